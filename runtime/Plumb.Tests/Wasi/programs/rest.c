// The functions the other programs do not reach through wasi-libc, called directly.
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>

#define RAW(what, expr) printf("%-34s -> errno=%d\n", what, (int)(expr))

int main(void) {
    __wasi_fd_t fd;
    RAW("path_open for writing", __wasi_path_open(3, 0, "data/rest.txt", __WASI_OFLAGS_CREAT,
        __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_TELL, 0, 0, &fd));
    __wasi_ciovec_t iov = {(const uint8_t *)"0123456789", 10};
    __wasi_size_t n;
    RAW("fd_write", __wasi_fd_write(fd, &iov, 1, &n));
    __wasi_filesize_t position;
    RAW("fd_tell", __wasi_fd_tell(fd, &position));
    printf("position %llu\n", (unsigned long long)position);
    __wasi_filesize_t at;
    RAW("fd_seek to 2", __wasi_fd_seek(fd, 2, __WASI_WHENCE_SET, &at));
    RAW("fd_tell after seek", __wasi_fd_tell(fd, &position));
    printf("position %llu\n", (unsigned long long)position);
    RAW("fd_fdstat_set_flags append", __wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_APPEND));
    __wasi_fdstat_t st;
    RAW("fd_fdstat_get", __wasi_fd_fdstat_get(fd, &st));
    printf("flags %d filetype %d\n", st.fs_flags, st.fs_filetype);
    __wasi_ciovec_t tail = {(const uint8_t *)"END", 3};
    RAW("fd_write appended", __wasi_fd_write(fd, &tail, 1, &n));
    RAW("fd_fdstat_set_flags none", __wasi_fd_fdstat_set_flags(fd, 0));
    RAW("fd_filestat_set_times", __wasi_fd_filestat_set_times(fd, 1000000000000000000ull, 1200000000000000000ull,
        __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM));
    __wasi_filestat_t fs;
    RAW("fd_filestat_get", __wasi_fd_filestat_get(fd, &fs));
    printf("size %llu mtim %llu type %d\n", (unsigned long long)fs.size, (unsigned long long)fs.mtim, fs.filetype);
    RAW("fd_filestat_set_times both mtim", __wasi_fd_filestat_set_times(fd, 0, 0, __WASI_FSTFLAGS_MTIM | __WASI_FSTFLAGS_MTIM_NOW));
    RAW("fd_fdstat_set_rights", __wasi_fd_fdstat_set_rights(fd, 0, 0));
    RAW("fd_fdstat_set_rights bad fd", __wasi_fd_fdstat_set_rights(77, 0, 0));
    RAW("fd_allocate", __wasi_fd_allocate(fd, 0, 100));
    RAW("fd_filestat_get after allocate", __wasi_fd_filestat_get(fd, &fs));
    printf("allocated size %llu\n", (unsigned long long)fs.size);
    // Back to the written size, so that both runtimes leave the same file.
    RAW("fd_filestat_set_size", __wasi_fd_filestat_set_size(fd, 13));
    RAW("fd_close", __wasi_fd_close(fd));
    __wasi_size_t size;
    __wasi_roflags_t flags;
    char buffer[8];
    __wasi_iovec_t in = {(uint8_t *)buffer, sizeof buffer};
    RAW("sock_recv stdin", __wasi_sock_recv(0, &in, 1, 0, &size, &flags));
    RAW("sock_send stdout", __wasi_sock_send(1, &iov, 1, 0, &size));
    RAW("sock_recv bad fd", __wasi_sock_recv(99, &in, 1, 0, &size, &flags));
    RAW("sock_send bad fd", __wasi_sock_send(99, &iov, 1, 0, &size));
    RAW("fd_tell stdout", __wasi_fd_tell(1, &position));
    return 0;
}
