/* A sieve of Eratosthenes over a byte array, repeated: byte loads and stores in tight loops. */
#include "bench.h"

#define LIMIT (1 << 20)
static uint8_t composite[LIMIT];

BENCH_EXPORT int run(int n) {
  int count = 0;
  for (int round = 0; round < n; round++) {
    for (int i = 0; i < LIMIT; i++) composite[i] = 0;
    count = 0;
    for (int i = 2; i < LIMIT; i++) {
      if (composite[i]) continue;
      count++;
      for (int j = i + i; j < LIMIT; j += i) composite[j] = 1;
    }
  }
  return count;
}
