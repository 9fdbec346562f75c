/* Shared helpers for the benchmark kernels. Every kernel exports `int run(int n)` and imports nothing:
   no libc, no WASI, memory only through static arrays, so every engine can run it as it is. */
#ifndef PLUMB_BENCH_H
#define PLUMB_BENCH_H

#include <stdint.h>

#if defined(__wasm__)
#define BENCH_EXPORT __attribute__((export_name("run")))
#else
#define BENCH_EXPORT
#endif

/* A small deterministic generator (xorshift32), so inputs are the same on every engine and run. */
static inline uint32_t bench_next(uint32_t *state) {
  uint32_t x = *state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  *state = x;
  return x;
}

int run(int n);

#endif
