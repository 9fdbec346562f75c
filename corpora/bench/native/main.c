/* Native baseline: times run(n) of one kernel linked in, `REPS` times, and prints every result and time so
   the caller checks and takes the median the same way for every engine. The time is this thread's CPU time,
   as for the other engines (runtime/Plumb.Benchmarks/CpuTime.cs). Usage: KERNEL.native N REPS */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int run(int n);

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s N REPS\n", argv[0]);
    return 2;
  }
  int n = atoi(argv[1]), reps = atoi(argv[2]);
  for (int i = 0; i < reps; i++) {
    double start = now_ms();
    int result = run(n);
    double elapsed = now_ms() - start;
    printf("%d %.4f\n", result, elapsed);
  }
  return 0;
}
