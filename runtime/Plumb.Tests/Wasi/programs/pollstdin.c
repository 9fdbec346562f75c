// Polls standard input twice (50 ms, then without a timeout) and reads what came. From a pipe that is still
// empty the first poll times out; from a file (or a host MemoryStream) both polls see it ready at once.
#include <poll.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
    struct pollfd fd = { .fd = 0, .events = POLLIN };
    int n = poll(&fd, 1, 50);
    printf("first poll: %d%s\n", n, n > 0 && (fd.revents & POLLIN) ? " readable" : "");
    fflush(stdout);
    fd.revents = 0;
    n = poll(&fd, 1, -1);
    printf("second poll: %d%s\n", n, (fd.revents & POLLIN) ? " readable" : "");
    char buffer[64];
    ssize_t got = read(0, buffer, sizeof buffer);
    printf("read %zd: %.*s\n", got, (int)(got > 0 ? got : 0), buffer);
    return 0;
}
