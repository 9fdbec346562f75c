/* A hash over a buffer: FNV-1a over bytes and a 64-bit multiply-rotate hash (xxhash-like) over words. */
#include "bench.h"

#define SIZE (1 << 16)
static uint8_t buffer[SIZE];

static uint32_t fnv1a(const uint8_t *p, int len, uint32_t h) {
  for (int i = 0; i < len; i++) {
    h ^= p[i];
    h *= 16777619u;
  }
  return h;
}

static uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

static uint64_t mix64(const uint8_t *p, int len, uint64_t h) {
  const uint64_t prime1 = 0x9E3779B185EBCA87ull, prime2 = 0xC2B2AE3D27D4EB4Full;
  for (int i = 0; i + 8 <= len; i += 8) {
    uint64_t w = (uint64_t)p[i] | (uint64_t)p[i + 1] << 8 | (uint64_t)p[i + 2] << 16 | (uint64_t)p[i + 3] << 24 |
                 (uint64_t)p[i + 4] << 32 | (uint64_t)p[i + 5] << 40 | (uint64_t)p[i + 6] << 48 |
                 (uint64_t)p[i + 7] << 56;
    h = rotl(h + w * prime2, 31) * prime1;
  }
  h ^= h >> 33;
  h *= prime2;
  h ^= h >> 29;
  return h;
}

BENCH_EXPORT int run(int n) {
  uint32_t seed = 2463534242u;
  for (int i = 0; i < SIZE; i++) buffer[i] = (uint8_t)bench_next(&seed);
  uint32_t h32 = 2166136261u;
  uint64_t h64 = 0;
  for (int r = 0; r < n; r++) {
    h32 = fnv1a(buffer, SIZE, h32);
    h64 = mix64(buffer, SIZE, h64 ^ h32);
    buffer[r & (SIZE - 1)] ^= (uint8_t)h64;
  }
  return (int)(h32 ^ (uint32_t)h64 ^ (uint32_t)(h64 >> 32));
}
