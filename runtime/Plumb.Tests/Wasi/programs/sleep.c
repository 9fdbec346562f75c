// Sleeps for a minute: the host must be able to cut it short.
#include <stdio.h>
#include <unistd.h>

int main(void) {
    printf("sleeping\n");
    fflush(stdout);
    sleep(60);
    printf("woke\n");
    return 0;
}
