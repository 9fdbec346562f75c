/* Vector code: element-wise f32, i32 and i8 loops that clang turns into Wasm SIMD (this kernel alone is built
   with -msimd128; scripts/build-bench.sh) and gcc into SSE2, so that the table shows what the engines make of
   v128 instructions: loads, stores, f32x4 mul/add, i32x4 add/xor, i8x16 add, splats and lane extracts. */
#include "bench.h"

#define N 4096
static float x[N], y[N];
static int32_t a[N], b[N];
static uint8_t p[N], q[N];

BENCH_EXPORT int run(int n) {
  uint32_t seed = 2463534242u;
  for (int i = 0; i < N; i++) {
    x[i] = (float)(bench_next(&seed) % 1000) / 100.0f;
    y[i] = 0;
    a[i] = (int32_t)bench_next(&seed);
    b[i] = (int32_t)bench_next(&seed);
    p[i] = (uint8_t)bench_next(&seed);
    q[i] = (uint8_t)bench_next(&seed);
  }
  int32_t h = 0;
  for (int r = 0; r < n; r++) {
    for (int i = 0; i < N; i++) y[i] = y[i] * 0.5f + x[i] * 1.5f;
    for (int i = 0; i < N; i++) a[i] = a[i] + (b[i] ^ r);
    for (int i = 0; i < N; i++) p[i] = (uint8_t)(p[i] + q[i] + (uint8_t)r);
    h = h * 31 + (int32_t)(y[(r * 7) & (N - 1)] * 16.0f) + a[(r * 13) & (N - 1)] + p[(r * 17) & (N - 1)];
  }
  return h;
}
