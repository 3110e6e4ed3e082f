/* correlations.c - the rank correlations as the draws made them; see correlations.h. */
#include "correlations.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "jnum.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

/* A value and where it stood, for ranking draws. */
typedef struct ranked {
  double v;
  long i;
} ranked;

/* Order of ranked values (ascending); ties keep no particular order. */
static int ranked_cmp(const void *a, const void *b) {
  double x = ((const ranked *)a)->v, y = ((const ranked *)b)->v;
  return (x > y) - (x < y);
}

/*
 * Ranks (1..n, ties sharing their mean rank, as Spearman's rho needs) of
 * column `col` of the row-major draws m (n rows of `cols`) into r; `w` is
 * scratch of n entries.
 */
static void column_ranks(const double *m, long n, int cols, int col, ranked *w, double *r) {
  for (long i = 0; i < n; i++)
    w[i] = (ranked){m[i * cols + col], i};
  qsort(w, (size_t)n, sizeof *w, ranked_cmp);
  for (long a = 0, b; a < n; a = b) {
    for (b = a + 1; b < n && w[b].v == w[a].v; b++)
      ;
    double mean = (double)(a + b + 1) / 2; /* ranks a+1 .. b */
    for (long q = a; q < b; q++)
      r[w[q].i] = mean;
  }
}

/* Pearson's correlation of x and y (n values each); NaN when one is constant. */
static double pearson(const double *x, const double *y, long n) {
  double mx = 0, my = 0, sxy = 0, sxx = 0, syy = 0;
  for (long i = 0; i < n; i++) {
    mx += x[i] / (double)n;
    my += y[i] / (double)n;
  }
  for (long i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxx > 0 && syy > 0 ? sxy / sqrt(sxx * syy) : NAN;
}

/* Draws over which the correlations' effect is measured, at most. */
#define CORR_DRAWS 10000
/* Parameter values held for that measurement, at most (32 MB of doubles). */
#define CORR_CELLS 4000000L

json_t *mkba_correlations_measured(const mkba_run *run, const mkba_sampler *sm,
                                   const json_t *uncertainty) {
  const json_t *asked = run->scen->correlations;
  if (!json_array_size(asked) || !uncertainty || !sm)
    return NULL;
  long draws = (long)json_integer_value(json_object_get(uncertainty, "draws"));
  unsigned long seed = (unsigned long)json_integer_value(json_object_get(uncertainty, "seed"));
  int cols = 0;
  for (size_t k = 0; k < run->n; k++)
    for (int j = 0; j < run->iv[k]->n; j++)
      cols += run->iv[k]->pv[j].dist.kind != MKBA_FIXED;
  long n = draws < CORR_DRAWS ? draws : CORR_DRAWS;
  if (cols > 0 && n * cols > CORR_CELLS)
    n = CORR_CELLS / cols;
  double *m = cols > 0 && n > 2 ? malloc((size_t)n * (size_t)cols * sizeof *m) : NULL;
  double *rx = m ? malloc(2 * (size_t)n * sizeof *rx) : NULL;
  ranked *w = rx ? malloc((size_t)n * sizeof *w) : NULL;
  mkba_diag d = {0};
  int got;
  int measured = w && !mkba_mc_params(run, sm, seed, n, m, &got, &d) && got == cols;
  json_t *arr = json_array();
  size_t c;
  json_t *e;
  json_array_foreach(asked, c, e) {
    json_t *ps = json_object_get(e, "parameters"), *o = json_object(), *labels = json_array();
    int col[2] = {-1, -1};
    for (int side = 0; side < 2; side++) {
      size_t k;
      int j;
      const char *id = json_string_value(json_array_get(ps, (size_t)side));
      if (mkba_run_find_param(run, id, &k, &j)) { /* checked at prepare time */
        json_array_append_new(labels, json_string(id));
        continue;
      }
      const mkba_pvalue *pv = &run->iv[k]->pv[j];
      json_array_append_new(
          labels,
          json_string(mkba_lang_of(run->lang) == MKBA_LANG_EN ? pv->label_en : pv->label_nl));
      col[side] = 0; /* its column among the uncertain parameters */
      for (size_t kk = 0; kk <= k; kk++)
        for (int jj = 0; jj < (kk == k ? j : run->iv[kk]->n); jj++)
          col[side] += run->iv[kk]->pv[jj].dist.kind != MKBA_FIXED;
    }
    double rank = json_number_value(json_object_get(e, "rank"));
    json_object_set_new(o, "parameters", json_deep_copy(ps));
    json_object_set_new(o, "labels", labels);
    json_object_set_new(o, "rank", mkba_jnum(rank));
    /* Spearman's rho to the copula's Pearson correlation, as the sampler does. */
    json_object_set_new(o, "copula_correlation", mkba_jnum(2 * sin(M_PI * rank / 6)));
    if (measured && col[0] >= 0 && col[1] >= 0) {
      column_ranks(m, n, cols, col[0], w, rx);
      column_ranks(m, n, cols, col[1], w, rx + n);
      json_object_set_new(o, "achieved_rank", mkba_jnum(pearson(rx, rx + n, n)));
      json_object_set_new(o, "draws_measured", json_integer(n));
    } else {
      json_object_set_new(o, "achieved_rank", json_null());
      json_object_set_new(o, "draws_measured", json_integer(0));
    }
    json_array_append_new(arr, o);
  }
  free(m);
  free(rx);
  free(w);
  return arr;
}
