// One call with a pointer or length outside linear memory, chosen by argv[1]: the runtime must trap
// (as Wasmtime does), never read or write the host's memory.
#include <stdio.h>
#include <stdlib.h>
#include <wasi/api.h>

int32_t raw_path_create_directory(int32_t fd, const char *path, int32_t len)
    __attribute__((__import_module__("wasi_snapshot_preview1"), __import_name__("path_create_directory")));
int32_t raw_fd_write(int32_t fd, const void *iovs, int32_t count, void *written)
    __attribute__((__import_module__("wasi_snapshot_preview1"), __import_name__("fd_write")));

int main(int argc, char **argv) {
    uint8_t *far = (uint8_t *)0xfffffff0;
    __wasi_size_t n;
    int which = argc > 1 ? atoi(argv[1]) : 0;
    printf("case %d\n", which);
    fflush(stdout);
    __wasi_ciovec_t bad = {far, 64};
    int r = -1;
    switch (which) {
        case 0: r = raw_fd_write(1, &bad, 1, &n); break;
        case 1: r = raw_fd_write(1, far, 1, &n); break;
        case 2: r = raw_fd_write(1, &bad, 0x7fffffff, &n); break;
        case 3: r = __wasi_args_sizes_get((__wasi_size_t *)far, (__wasi_size_t *)far); break;
        case 4: r = __wasi_random_get(far, 32); break;
        case 5: r = raw_path_create_directory(3, (const char *)far, 100); break;
        case 6: r = raw_path_create_directory(3, "data/x", 0x7fffffff); break;
        case 7: r = __wasi_clock_time_get(0, 0, (__wasi_timestamp_t *)far); break;
        case 8: { __wasi_fd_t fd; r = __wasi_path_open(3, 0, "data/inside.txt", 0, __WASI_RIGHTS_FD_READ, 0, 0, &fd);
                  __wasi_iovec_t into = {far, 16}; r = __wasi_fd_read(fd, &into, 1, &n); break; }
        case 9: { __wasi_event_t ev; r = __wasi_poll_oneoff((const __wasi_subscription_t *)far, &ev, 1, &n); break; }
    }
    printf("returned %d\n", r);
    return 0;
}
