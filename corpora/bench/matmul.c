/* Matrix multiply: dense f64 matrices, i-k-j loop order, repeated n times on inputs that change a little
   every round. */
#include "bench.h"

#define N 96
static double a[N][N], b[N][N], c[N][N];

BENCH_EXPORT int run(int n) {
  uint32_t seed = 12345;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = (double)(bench_next(&seed) % 1000) / 1000.0;
      b[i][j] = (double)(bench_next(&seed) % 1000) / 1000.0 - 0.5;
    }
  double sum = 0;
  for (int r = 0; r < n; r++) {
    for (int i = 0; i < N; i++)
      for (int j = 0; j < N; j++) c[i][j] = 0;
    for (int i = 0; i < N; i++)
      for (int k = 0; k < N; k++) {
        double aik = a[i][k];
        for (int j = 0; j < N; j++) c[i][j] += aik * b[k][j];
      }
    for (int i = 0; i < N; i++) sum += c[i][i] - c[i][N - 1 - i];
    /* Perturb one input so that no round repeats the last. */
    a[r % N][(r * 7) % N] += 0.25;
  }
  return (int)(sum * 1000);
}
