/* Integer loops: nested counted loops with multiply, shift, xor and division-free mixing (a Collatz-style
   walk plus a linear congruential update), all in locals. */
#include "bench.h"

BENCH_EXPORT int run(int n) {
  uint32_t acc = 0x9e3779b9u;
  for (int i = 0; i < n; i++) {
    uint32_t x = (uint32_t)i | 1u;
    for (int j = 0; j < 64; j++) {
      x = (x & 1u) ? 3u * x + 1u : x >> 1;
      acc = acc * 1664525u + 1013904223u;
      acc ^= x + (acc >> 7);
    }
  }
  return (int)acc;
}
