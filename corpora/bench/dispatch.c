/* An indirect-call dispatch loop: a bytecode-like program run through a table of function pointers,
   which compiles to call_indirect through the module's table. */
#include "bench.h"

typedef uint32_t (*op_fn)(uint32_t acc, uint32_t arg);

static uint32_t op_add(uint32_t acc, uint32_t arg) { return acc + arg; }
static uint32_t op_sub(uint32_t acc, uint32_t arg) { return acc - arg * 3u; }
static uint32_t op_xor(uint32_t acc, uint32_t arg) { return acc ^ (arg * 0x01000193u); }
static uint32_t op_rot(uint32_t acc, uint32_t arg) { return (acc << (arg & 31)) | (acc >> ((32 - (arg & 31)) & 31)); }
static uint32_t op_mul(uint32_t acc, uint32_t arg) { return acc * (arg | 1u); }
static uint32_t op_shr(uint32_t acc, uint32_t arg) { return acc ^ (acc >> ((arg & 15) + 1)); }
static uint32_t op_not(uint32_t acc, uint32_t arg) { return ~acc + arg; }
static uint32_t op_min(uint32_t acc, uint32_t arg) { return acc < arg ? acc + 1u : acc - arg; }

static op_fn const table[8] = {op_add, op_sub, op_xor, op_rot, op_mul, op_shr, op_not, op_min};

#define PROGRAM 4096
static uint8_t opcodes[PROGRAM];
static uint32_t args[PROGRAM];

BENCH_EXPORT int run(int n) {
  uint32_t seed = 0xdeadbeefu;
  for (int i = 0; i < PROGRAM; i++) {
    uint32_t r = bench_next(&seed);
    opcodes[i] = (uint8_t)(r & 7u);
    args[i] = r >> 3;
  }
  uint32_t acc = 1;
  for (int r = 0; r < n; r++)
    for (int i = 0; i < PROGRAM; i++) acc = table[opcodes[i]](acc, args[i]);
  return (int)acc;
}
