// Reads standard input to its end and writes it back upper-cased, with a count.
#include <ctype.h>
#include <stdio.h>

int main(void) {
    int c, n = 0;
    while ((c = getchar()) != EOF) {
        putchar(toupper(c));
        n++;
    }
    printf("\n%d bytes\n", n);
    return 0;
}
