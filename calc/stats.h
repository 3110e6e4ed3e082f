/*
 * stats.h - summaries of an array of Monte Carlo draws: the share above
 * zero, mean, standard deviation and the 5th, 50th and 95th percentiles,
 * with numpy's default quantile (linear between order statistics).  The
 * array that the charts need in order is radix-sorted; the others are
 * only partly ordered, by selection.
 */
#ifndef MKBA_STATS_H
#define MKBA_STATS_H

/* Quantile p (0..1) of the n sorted doubles x. */
double mkba_quantile_sorted(const double *x, long n, double p);

/*
 * P(>0), mean, p05, p50, p95 and sd of x[0..n-1] into out[0..5], sorting x
 * in place; tmp is scratch of n doubles.
 */
void mkba_stats_sorted(double *x, long n, double *tmp, double out[6]);

/* The same without sorting: x is reordered, not sorted. */
void mkba_stats_select(double *x, long n, double out[6]);

#endif
