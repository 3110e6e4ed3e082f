/* stats.c - summaries of an array of draws; see stats.h. */
#include "stats.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A double's bits as an unsigned key that sorts in the same order. */
static uint64_t sort_key(double x) {
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return (u >> 63) ? ~u : u | 0x8000000000000000ull;
}

/*
 * Sort n finite doubles ascending: an LSD radix sort on 16-bit digits, four
 * passes, O(n); a million draws sort in a few milliseconds where qsort takes
 * a tenth of a second.  tmp holds n doubles.
 */
static void sort_doubles(double *x, double *tmp, long n) {
  static const int bits = 16, buckets = 1 << 16;
  size_t *count = malloc((size_t)buckets * sizeof *count);
  if (!count) { /* fall back to insertion-free heap-less path: a simple shell sort */
    for (long gap = n / 2; gap > 0; gap /= 2)
      for (long i = gap; i < n; i++)
        for (long j = i; j >= gap && x[j - gap] > x[j]; j -= gap) {
          double t = x[j];
          x[j] = x[j - gap];
          x[j - gap] = t;
        }
    return;
  }
  double *src = x, *dst = tmp;
  for (int pass = 0; pass < 4; pass++) {
    int shift = pass * bits;
    memset(count, 0, (size_t)buckets * sizeof *count);
    for (long i = 0; i < n; i++)
      count[(sort_key(src[i]) >> shift) & 0xffff]++;
    size_t sum = 0;
    for (int b = 0; b < buckets; b++) {
      size_t c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (long i = 0; i < n; i++)
      dst[count[(sort_key(src[i]) >> shift) & 0xffff]++] = src[i];
    double *t = src;
    src = dst;
    dst = t;
  }
  free(count); /* four passes: the result is back in x */
}

/* Quantile p (numpy's default, linear between order statistics) of sorted x. */
double mkba_quantile_sorted(const double *x, long n, double p) {
  double h = (double)(n - 1) * p;
  long lo = (long)floor(h);
  if (lo >= n - 1)
    return x[n - 1];
  return x[lo] + (h - (double)lo) * (x[lo + 1] - x[lo]);
}

/*
 * Put the k-th smallest of x[lo..hi] at x[k], with nothing larger before it
 * and nothing smaller after (Hoare's selection with a median of three):
 * the percentiles of an actor's draws without sorting them all.
 */
static void select_kth(double *x, long lo, long hi, long k) {
  while (hi > lo) {
    double a = x[lo], b = x[lo + (hi - lo) / 2], c = x[hi];
    double piv = a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
    long i = lo, j = hi;
    while (i <= j) {
      while (x[i] < piv)
        i++;
      while (x[j] > piv)
        j--;
      if (i <= j) {
        double t = x[i];
        x[i++] = x[j];
        x[j--] = t;
      }
    }
    if (k <= j)
      hi = j;
    else if (k >= i)
      lo = i;
    else
      return;
  }
}

/*
 * mkba_quantile_sorted's value of p from x[from..n-1] partly ordered: every
 * element before `from` is at most every one after.  *from moves to the
 * order statistic used, so later (larger) p need not look before it.
 */
static double quantile_select(double *x, long n, double p, long *from) {
  double h = (double)(n - 1) * p;
  long lo = (long)floor(h);
  if (lo >= n - 1)
    lo = n - 1;
  select_kth(x, *from, n - 1, lo);
  *from = lo;
  if (lo >= n - 1)
    return x[n - 1];
  double next = x[lo + 1]; /* the (lo + 1)-th smallest: the least of what follows */
  for (long i = lo + 2; i < n; i++)
    if (x[i] < next)
      next = x[i];
  return x[lo] + (h - (double)lo) * (next - x[lo]);
}

/* P(>0), mean and sd of x[0..n-1] into out[0], out[1] and out[5]. */
static void moments(const double *x, long n, double out[6]) {
  long pos = 0;
  double sum = 0, ss = 0;
  for (long i = 0; i < n; i++) {
    pos += x[i] > 0;
    sum += x[i];
  }
  double mean = sum / (double)n;
  for (long i = 0; i < n; i++)
    ss += (x[i] - mean) * (x[i] - mean);
  out[0] = (double)pos / (double)n;
  out[1] = mean;
  out[5] = n > 1 ? sqrt(ss / (double)(n - 1)) : 0;
}

/* stats() without sorting (x is reordered): for the draws no chart needs sorted. */
void mkba_stats_select(double *x, long n, double out[6]) {
  long from = 0;
  moments(x, n, out);
  out[2] = quantile_select(x, n, 0.05, &from);
  out[3] = quantile_select(x, n, 0.50, &from);
  out[4] = quantile_select(x, n, 0.95, &from);
}

/* P(>0), mean, p05, p50, p95, sd of x[0..n-1], sorting x in place; tmp is n doubles. */
void mkba_stats_sorted(double *x, long n, double *tmp, double out[6]) {
  moments(x, n, out);
  sort_doubles(x, tmp, n);
  out[2] = mkba_quantile_sorted(x, n, 0.05);
  out[3] = mkba_quantile_sorted(x, n, 0.50);
  out[4] = mkba_quantile_sorted(x, n, 0.95);
}
