// Clocks, sleeping, randomness, yielding, descriptor stats and the functions without a libc wrapper.
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wasi/api.h>

#define RAW(what, expr) printf("%-34s -> errno=%d\n", what, (int)(expr))

int main(void) {
    struct timespec a, b, r;
    clock_gettime(CLOCK_MONOTONIC, &a);
    struct timespec nap = {0, 20 * 1000 * 1000};
    printf("nanosleep -> %d\n", nanosleep(&nap, NULL));
    clock_gettime(CLOCK_MONOTONIC, &b);
    long long slept = (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
    printf("monotonic advanced by >= 20ms: %d\n", slept >= 20 * 1000 * 1000);
    clock_gettime(CLOCK_REALTIME, &a);
    printf("realtime after 2020: %d\n", a.tv_sec > 1577836800);
    printf("clock_getres monotonic ok: %d\n", clock_getres(CLOCK_MONOTONIC, &r) == 0 && r.tv_sec == 0 && r.tv_nsec > 0);
    unsigned char buf[32] = {0};
    RAW("random_get", __wasi_random_get(buf, sizeof buf));
    int nonzero = 0;
    for (int i = 0; i < 32; i++) nonzero |= buf[i];
    printf("random bytes not all zero: %d\n", nonzero != 0);
    RAW("sched_yield", __wasi_sched_yield());
    __wasi_fdstat_t st;
    RAW("fd_fdstat_get stdout", __wasi_fd_fdstat_get(1, &st));
    printf("stdout filetype=%d\n", st.fs_filetype);
    RAW("fd_fdstat_get preopen", __wasi_fd_fdstat_get(3, &st));
    printf("preopen filetype=%d\n", st.fs_filetype);
    __wasi_prestat_t pre;
    RAW("fd_prestat_get 3", __wasi_fd_prestat_get(3, &pre));
    char name[64] = {0};
    RAW("fd_prestat_dir_name 3", __wasi_fd_prestat_dir_name(3, (uint8_t *)name, pre.u.dir.pr_name_len));
    printf("preopen name=%s len=%lu\n", name, (unsigned long)pre.u.dir.pr_name_len);
    RAW("fd_prestat_get 4", __wasi_fd_prestat_get(4, &pre));
    // Sockets: none can be given, so every descriptor is either not a socket or not open.
    __wasi_fd_t fd;
    RAW("sock_accept 3", __wasi_sock_accept(3, 0, &fd));
    RAW("sock_shutdown 99", __wasi_sock_shutdown(99, __WASI_SDFLAGS_RD));
    // poll_oneoff: a relative clock, then a descriptor that is ready at once.
    __wasi_subscription_t subs[2];
    memset(subs, 0, sizeof subs);
    subs[0].userdata = 7;
    subs[0].u.tag = __WASI_EVENTTYPE_CLOCK;
    subs[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    subs[0].u.u.clock.timeout = 1000000;
    __wasi_event_t events[2];
    __wasi_size_t count = 0;
    RAW("poll_oneoff clock", __wasi_poll_oneoff(subs, events, 1, &count));
    printf("events=%lu userdata=%llu type=%d error=%d\n", (unsigned long)count, (unsigned long long)events[0].userdata, events[0].type, events[0].error);
    subs[1].userdata = 8;
    subs[1].u.tag = __WASI_EVENTTYPE_FD_WRITE;
    subs[1].u.u.fd_write.file_descriptor = 1;
    RAW("poll_oneoff clock and stdout", __wasi_poll_oneoff(subs, events, 2, &count));
    printf("events=%lu first userdata=%llu type=%d\n", (unsigned long)count, (unsigned long long)events[0].userdata, events[0].type);
    RAW("poll_oneoff none", __wasi_poll_oneoff(subs, events, 0, &count));
    // Renumbering: a copy of the preopen moved over another descriptor.
    __wasi_fd_t dir;
    RAW("path_open .", __wasi_path_open(3, 0, ".", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR, 0, 0, &dir));
    __wasi_fd_t other;
    RAW("path_open . again", __wasi_path_open(3, 0, ".", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR, 0, 0, &other));
    printf("fds %lu %lu\n", (unsigned long)dir, (unsigned long)other);
    RAW("fd_renumber", __wasi_fd_renumber(dir, other));
    RAW("fd_close renumbered from", __wasi_fd_close(dir));
    RAW("fd_close renumbered to", __wasi_fd_close(other));
    RAW("fd_renumber to closed", __wasi_fd_renumber(3, 50));
    return 0;
}
