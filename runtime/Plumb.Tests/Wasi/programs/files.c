// The file system through wasi-libc: open, read, write, seek, stat, directories, links, renames, times.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#define CHECK(what, expr) do { errno = 0; long r_ = (long)(expr); printf("%-28s -> %ld errno=%d\n", what, r_, r_ < 0 ? errno : 0); } while (0)

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list(const char *path) {
    DIR *d = opendir(path);
    if (!d) { printf("opendir %s failed errno=%d\n", path, errno); return; }
    char *names[64]; int n = 0; struct dirent *e;
    while ((e = readdir(d)) && n < 64) {
        char buf[300]; snprintf(buf, sizeof buf, "%s:%d", e->d_name, e->d_type);
        names[n++] = strdup(buf);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp);
    printf("ls %s:", path);
    for (int i = 0; i < n; i++) { printf(" %s", names[i]); free(names[i]); }
    printf("\n");
}

int main(void) {
    char buf[128];
    int fd;
    CHECK("open a.txt for writing", fd = open("data/a.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644));
    CHECK("write", write(fd, "hello, world\n", 13));
    CHECK("lseek end", lseek(fd, 0, SEEK_END));
    CHECK("lseek cur", lseek(fd, -6, SEEK_CUR));
    CHECK("write over", write(fd, "WORLD", 5));
    CHECK("pwrite at 0", pwrite(fd, "H", 1, 0));
    CHECK("lseek negative", lseek(fd, -100, SEEK_SET));
    CHECK("read from write-only", read(fd, buf, 4));
    CHECK("fsync", fsync(fd));
    CHECK("fdatasync", fdatasync(fd));
    CHECK("close", close(fd));
    CHECK("close again", close(fd));

    fd = open("data/a.txt", O_RDONLY);
    CHECK("open a.txt for reading", fd >= 0);
    memset(buf, 0, sizeof buf);
    CHECK("read", read(fd, buf, sizeof buf - 1));
    printf("content: %s", buf);
    memset(buf, 0, sizeof buf);
    CHECK("pread at 7", pread(fd, buf, 5, 7));
    printf("pread: %s\n", buf);
    CHECK("tell after pread", lseek(fd, 0, SEEK_CUR));
    CHECK("write to read-only", write(fd, "x", 1));
    CHECK("fadvise", posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL) == 0);
    struct stat st;
    CHECK("fstat", fstat(fd, &st));
    printf("fstat size=%lld regular=%d\n", (long long)st.st_size, S_ISREG(st.st_mode));
    close(fd);

    fd = open("data/a.txt", O_WRONLY | O_APPEND);
    CHECK("open append", fd >= 0);
    CHECK("append", write(fd, "more\n", 5));
    CHECK("ftruncate 30", ftruncate(fd, 30));
    CHECK("fstat size", (fstat(fd, &st), st.st_size));
    CHECK("ftruncate 18", ftruncate(fd, 18));
    close(fd);

    CHECK("open excl existing", open("data/a.txt", O_CREAT | O_EXCL | O_WRONLY, 0644));
    CHECK("open missing", open("data/missing.txt", O_RDONLY));
    CHECK("open dir for writing", open("data", O_WRONLY));
    CHECK("open file as dir", open("data/a.txt", O_RDONLY | O_DIRECTORY));
    CHECK("mkdir sub", mkdir("data/sub", 0755));
    CHECK("mkdir sub again", mkdir("data/sub", 0755));
    CHECK("mkdir missing parent", mkdir("data/nope/sub", 0755));
    CHECK("stat sub is dir", (stat("data/sub", &st), S_ISDIR(st.st_mode)));
    CHECK("stat missing", stat("data/missing", &st));
    CHECK("stat through file", stat("data/a.txt/x", &st));
    CHECK("rename a to sub/b", rename("data/a.txt", "data/sub/b.txt"));
    CHECK("rename missing", rename("data/a.txt", "data/c.txt"));
    CHECK("rmdir non-empty", rmdir("data/sub"));
    CHECK("unlink dir", unlink("data/sub"));
    CHECK("symlink", symlink("sub/b.txt", "data/link"));
    CHECK("symlink exists", symlink("sub/b.txt", "data/link"));
    memset(buf, 0, sizeof buf);
    CHECK("readlink", readlink("data/link", buf, sizeof buf));
    printf("readlink: %s\n", buf);
    CHECK("readlink non-link", readlink("data/sub", buf, sizeof buf));
    CHECK("lstat link", (lstat("data/link", &st), S_ISLNK(st.st_mode)));
    CHECK("stat via link size", (stat("data/link", &st), st.st_size));
    fd = open("data/link", O_RDONLY);
    memset(buf, 0, sizeof buf);
    CHECK("read via link", read(fd, buf, sizeof buf - 1));
    printf("via link: %s", buf);
    close(fd);
    CHECK("open nofollow", open("data/link", O_RDONLY | O_NOFOLLOW));
    CHECK("link", link("data/sub/b.txt", "data/hard.txt"));
    CHECK("stat hard size", (stat("data/hard.txt", &st), st.st_size));
    struct timeval times[2] = {{1000000000, 0}, {1500000000, 0}};
    CHECK("utimes", utimes("data/hard.txt", times));
    CHECK("stat mtime", (stat("data/hard.txt", &st), (long)st.st_mtim.tv_sec));
    CHECK("mkdir sub2", mkdir("data/sub2", 0755));
    CHECK("rename dir onto empty dir", rename("data/sub2", "data/sub3"));
    CHECK("rename dir onto non-empty", rename("data/sub3", "data/sub"));
    CHECK("rename file onto dir", rename("data/hard.txt", "data/sub3"));
    list("data");
    list("data/sub");
    CHECK("unlink link", unlink("data/link"));
    CHECK("unlink missing", unlink("data/link"));
    CHECK("rmdir sub3", rmdir("data/sub3"));
    CHECK("rmdir missing", rmdir("data/sub3"));
    fd = open("data/empty.txt", O_CREAT | O_RDWR, 0644);
    CHECK("create empty", fd >= 0);
    CHECK("read empty", read(fd, buf, 10));
    close(fd);
    DIR *d = opendir("data/sub");
    CHECK("opendir", d != NULL);
    int dfd = dirfd(d);
    CHECK("openat relative", openat(dfd, "b.txt", O_RDONLY) >= 0);
    CHECK("openat dotdot", openat(dfd, "../empty.txt", O_RDONLY) >= 0);
    closedir(d);
    list("data");
    return 0;
}
