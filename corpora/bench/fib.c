/* Recursive calls: the naive Fibonacci recursion, dominated by call and return. */
#include "bench.h"

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

BENCH_EXPORT int run(int n) { return fib(n); }
