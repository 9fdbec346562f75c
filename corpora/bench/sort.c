/* Sorting: quicksort (median of three, insertion sort for short ranges) and heap sort of pseudo-random
   arrays, n rounds each on fresh data. */
#include "bench.h"

#define COUNT 20000
static int32_t data[COUNT];

static void fill(uint32_t seed) {
  for (int i = 0; i < COUNT; i++) data[i] = (int32_t)bench_next(&seed);
}

static void insertion(int32_t *v, int lo, int hi) {
  for (int i = lo + 1; i <= hi; i++) {
    int32_t x = v[i];
    int j = i - 1;
    while (j >= lo && v[j] > x) {
      v[j + 1] = v[j];
      j--;
    }
    v[j + 1] = x;
  }
}

static void swap(int32_t *v, int i, int j) {
  int32_t t = v[i];
  v[i] = v[j];
  v[j] = t;
}

/* Recurse into the smaller half and loop on the larger one, so the depth stays logarithmic. */
static void quicksort(int32_t *v, int lo, int hi) {
  while (hi - lo > 16) {
    int mid = lo + (hi - lo) / 2;
    if (v[mid] < v[lo]) swap(v, mid, lo);
    if (v[hi] < v[lo]) swap(v, hi, lo);
    if (v[hi] < v[mid]) swap(v, hi, mid);
    int32_t pivot = v[mid];
    int i = lo, j = hi;
    while (i <= j) {
      while (v[i] < pivot) i++;
      while (v[j] > pivot) j--;
      if (i <= j) swap(v, i++, j--);
    }
    if (j - lo < hi - i) {
      quicksort(v, lo, j);
      lo = i;
    } else {
      quicksort(v, i, hi);
      hi = j;
    }
  }
  insertion(v, lo, hi);
}

static void sift(int32_t *v, int root, int end) {
  for (;;) {
    int child = 2 * root + 1;
    if (child >= end) return;
    if (child + 1 < end && v[child] < v[child + 1]) child++;
    if (v[root] >= v[child]) return;
    swap(v, root, child);
    root = child;
  }
}

static void heapsort(int32_t *v, int count) {
  for (int i = count / 2 - 1; i >= 0; i--) sift(v, i, count);
  for (int end = count - 1; end > 0; end--) {
    swap(v, 0, end);
    sift(v, 0, end);
  }
}

static uint32_t checksum(void) {
  uint32_t h = 0;
  for (int i = 0; i < COUNT; i++) h = h * 31u + (uint32_t)data[i];
  return h;
}

BENCH_EXPORT int run(int n) {
  uint32_t h = 0;
  for (int r = 0; r < n; r++) {
    fill(0x12345u + (uint32_t)r);
    if (r & 1) heapsort(data, COUNT);
    else quicksort(data, 0, COUNT - 1);
    h = h * 7u + checksum();
  }
  return (int)h;
}
