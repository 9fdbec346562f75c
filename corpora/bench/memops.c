/* Memory copy and fill: word-wise copy and fill loops (kept as loops by -fno-builtin), then the same
   through __builtin_memcpy/__builtin_memset, which become memory.copy/memory.fill (bulk memory, Core 2.0). */
#include "bench.h"

#define WORDS (1 << 14)
static uint32_t src[WORDS], dst[WORDS];

static void copy_loop(uint32_t *d, const uint32_t *s, int count) {
  for (int i = 0; i < count; i++) d[i] = s[i];
}

static void fill_loop(uint32_t *d, uint32_t value, int count) {
  for (int i = 0; i < count; i++) d[i] = value;
}

BENCH_EXPORT int run(int n) {
  uint32_t seed = 88172645u, h = 0;
  for (int i = 0; i < WORDS; i++) src[i] = bench_next(&seed);
  for (int r = 0; r < n; r++) {
    int offset = r & 255;
    fill_loop(dst, (uint32_t)r, WORDS);
    copy_loop(dst + offset, src, WORDS - offset);
    h = h * 31u + dst[(r * 7919) & (WORDS - 1)];
    __builtin_memset(dst, r & 0xff, sizeof dst);
    __builtin_memcpy(dst + offset, src + (r & 15), (WORDS - 256) * sizeof(uint32_t));
    h = h * 31u + dst[(r * 104729) & (WORDS - 1)];
    src[r & (WORDS - 1)] ^= h;
  }
  return (int)h;
}
