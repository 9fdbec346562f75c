// Clocks and randomness as printed numbers: identical on every run under deterministic settings.
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <wasi/api.h>

int main(void) {
    __wasi_timestamp_t wall, mono;
    __wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &wall);
    __wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &mono);
    printf("wall %llu monotonic %llu\n", (unsigned long long)wall, (unsigned long long)mono);
    sleep(5);
    __wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &mono);
    printf("after sleep monotonic %llu\n", (unsigned long long)mono);
    unsigned char bytes[8];
    __wasi_random_get(bytes, sizeof bytes);
    printf("random");
    for (int i = 0; i < 8; i++) printf(" %02x", bytes[i]);
    printf("\n");
    return 0;
}
