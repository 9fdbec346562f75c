// Tries to leave the preopened directory, and to use descriptors and pointers it was never given.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>

#define CHECK(what, expr) do { errno = 0; long r_ = (long)(expr); printf("%-34s -> %ld errno=%d\n", what, r_, r_ < 0 ? errno : 0); } while (0)
#define RAW(what, expr) printf("%-34s -> errno=%d\n", what, (int)(expr))

static int preopen(void) { return 3; }

// The imports themselves, to pass what wasi-libc's wrappers would not (they measure paths with strlen).
int32_t raw_path_filestat_get(int32_t fd, int32_t flags, const char *path, int32_t len, void *buf)
    __attribute__((__import_module__("wasi_snapshot_preview1"), __import_name__("path_filestat_get")));
int32_t raw_path_create_directory(int32_t fd, const char *path, int32_t len)
    __attribute__((__import_module__("wasi_snapshot_preview1"), __import_name__("path_create_directory")));

int main(void) {
    struct stat st;
    CHECK("open ../outside.txt", open("data/../../outside.txt", O_RDONLY));
    CHECK("create ../created.txt", open("data/../../created.txt", O_CREAT | O_WRONLY, 0644));
    CHECK("open /etc/passwd", open("/etc/passwd", O_RDONLY));
    CHECK("stat ..", stat("data/..", &st));
    CHECK("mkdir ../made", mkdir("data/../../made", 0755));
    CHECK("symlink to ..", symlink("../..", "data/up"));
    CHECK("open via link to ..", open("data/up/outside.txt", O_RDONLY));
    CHECK("create via link to ..", open("data/up/created.txt", O_CREAT | O_WRONLY, 0644));
    CHECK("stat via link to ..", stat("data/up", &st));
    CHECK("symlink absolute", symlink("/etc/passwd", "data/abs"));
    CHECK("rename out", rename("data/inside.txt", "data/../../moved.txt"));
    CHECK("unlink out", unlink("data/../../outside.txt"));
    CHECK("link out", link("data/../../outside.txt", "data/hard"));
    CHECK("chain sub/../..", open("data/sub/../../outside.txt", O_RDONLY));
    CHECK("open dot", open("data/.", O_RDONLY | O_DIRECTORY) >= 0);
    int sub = open("data", O_RDONLY | O_DIRECTORY);
    CHECK("openat .. of an opened dir", openat(sub, "../data/inside.txt", O_RDONLY));
    CHECK("openat link up from opened dir", (symlink("..", "data/parent"), openat(sub, "parent/data/inside.txt", O_RDONLY)));
    CHECK("openat inside opened dir", openat(sub, "inside.txt", O_RDONLY) >= 0);
    CHECK("rmdir preopen", rmdir("data"));

    int fd = preopen();
    __wasi_fd_t out;
    RAW("raw path_open absolute", __wasi_path_open(fd, 0, "/etc/passwd", 0, __WASI_RIGHTS_FD_READ, 0, 0, &out));
    RAW("raw path_open ..", __wasi_path_open(fd, 0, "../outside.txt", 0, __WASI_RIGHTS_FD_READ, 0, 0, &out));
    RAW("raw path_open empty", __wasi_path_open(fd, 0, "", 0, __WASI_RIGHTS_FD_READ, 0, 0, &out));
    RAW("raw path_open via file", __wasi_path_open(fd, 0, "inside.txt/x", 0, __WASI_RIGHTS_FD_READ, 0, 0, &out));
    // Paths the C library would not pass: a NUL inside, and bytes that are not UTF-8.
    __wasi_filestat_t filestat;
    RAW("raw path with NUL", raw_path_filestat_get(fd, 0, "data/inside.txt\0x", 17, &filestat));
    RAW("raw path not UTF-8", raw_path_create_directory(fd, "bad\xff\xfe", 5));
    // Descriptors never given.
    __wasi_fdstat_t fdstat;
    for (int guess = 4; guess < 12; guess++) {
        char what[40];
        snprintf(what, sizeof what, "fd_fdstat_get guessed %d", guess);
        RAW(what, __wasi_fd_fdstat_get(guess, &fdstat));
    }
    RAW("fd_write guessed 100", __wasi_fd_write(100, 0, 0, &(__wasi_size_t){0}));
    RAW("fd_close guessed -1", __wasi_fd_close((__wasi_fd_t)-1));
    RAW("path_open from stdout", __wasi_path_open(1, 0, "inside.txt", 0, __WASI_RIGHTS_FD_READ, 0, 0, &out));
    RAW("fd_prestat_get stdout", __wasi_fd_prestat_get(1, &(__wasi_prestat_t){0}));
    RAW("fd_seek stdout", __wasi_fd_seek(1, 0, 0, &(__wasi_filesize_t){0}));
    RAW("fd_read dir", __wasi_fd_read(fd, &(__wasi_iovec_t){0}, 1, &(__wasi_size_t){0}));
    int ok = open("data/inside.txt", O_RDONLY);
    CHECK("inside still readable", ok >= 0);
    return 0;
}
