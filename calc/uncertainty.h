/*
 * uncertainty.h - Monte Carlo over every parameter with a distribution
 * (the one-way analyses are in oneway.h).
 *
 * Reproducibility: draws are grouped in fixed blocks of MKBA_MC_BLOCK; the
 * random stream of block b is seeded from (seed, b) alone, and each draw's
 * result is stored at its own index.  So the same seed and draw count give
 * the same numbers whatever the number of threads.
 */
#ifndef MKBA_UNCERTAINTY_H
#define MKBA_UNCERTAINTY_H

#include "run.h"

#define MKBA_MC_BLOCK 256

typedef struct mkba_mc_options {
  long draws;         /* number of draws (> 0) */
  unsigned long seed; /* seed */
  int threads;        /* worker threads (>= 1) */
  int progress;       /* 1: draw a progress bar on stderr */
} mkba_mc_options;

/*
 * Run the Monte Carlo analysis on a run whose base case is computed, and
 * set run->uncertainty.  Run errors (a plugin failing in a draw, a drawn
 * value out of range) are exit 1 with the draw number.
 */
int mkba_uncertainty_run(mkba_run *run, const mkba_mc_options *opt, mkba_diag *d);

/*
 * Resolve uncertainty.correlations of the scenario against the bound
 * parameters and build the Gaussian copula (run->sampler).  Input errors
 * (unknown or fixed parameter, inconsistent correlations) are exit 2 at the
 * position in the scenario.
 */
int mkba_sampler_prepare(mkba_run *run, mkba_diag *d);
void mkba_sampler_free(struct mkba_sampler *s);

/*
 * The parameter draws of draws 0..n-1 for `seed`, exactly as the Monte Carlo
 * makes them: out[i * cols + c] for the c-th uncertain parameter (in the
 * order of the results' "parameters" list); *cols receives their number.
 * For tests and diagnostics.  out holds n * (number of parameters) doubles.
 */
int mkba_mc_params(mkba_run *run, unsigned long seed, long n, double *out, int *cols, mkba_diag *d);

#endif
