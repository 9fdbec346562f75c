// proc_exit from deep inside the program, with output flushed first.
#include <stdio.h>
#include <stdlib.h>

static void deep(int n) {
    if (n == 0) {
        printf("exiting\n");
        fflush(stdout);
        exit(42);
    }
    deep(n - 1);
}

int main(void) {
    deep(10);
    printf("not reached\n");
    return 0;
}
