/*
 * evppi.h - the expected value of partial perfect information (EVPPI) of
 * one uncertain parameter, estimated from the Monte Carlo draws already
 * made (docs/method.md, value of information).
 *
 * For a parameter theta and options k with net benefit NB_k:
 *
 *     EVPPI(theta) = E_theta[ max_k E(NB_k | theta) ] - max_k E(NB_k)
 *
 * E(NB_k | theta) is estimated by a least-squares regression of the drawn
 * NB_k on theta (Strong and Oakley's single-parameter method: Strong M,
 * Oakley JE, "An efficient method for computing single-parameter partial
 * expected value of perfect information", Medical Decision Making
 * 33(6):755-766, 2013), over a cubic regression spline with knots at the
 * quantiles of theta.  The number of knots (none: a constant or a line;
 * 1, 3 or 7 inner knots) is chosen by generalised cross-validation, so
 * that a parameter that does not move the net benefit gets a constant fit
 * and an EVPPI of 0.  The fit has an intercept, so the estimate is never
 * below 0.
 *
 * The regression runs on MKBA_EVPPI_BINS groups of draws of equal size in
 * the order of theta, each at its mean theta with its draws' mean net
 * benefits and sums of squares (the within-group part of the residuals is
 * the same for every model): a few operations per draw instead of a
 * spline evaluation per draw and model, for hundreds of parameters.
 */
#ifndef MKBA_EVPPI_H
#define MKBA_EVPPI_H

#include <stddef.h>

/* At most this many draws enter one estimate (the first ones). */
#define MKBA_EVPPI_MAX_DRAWS 10000L
/* The groups of draws the regression runs on (fewer with fewer draws). */
#define MKBA_EVPPI_BINS 100

/* One decision to inform: options whose net benefits per draw are nb[k][i]. */
typedef struct mkba_evppi_options {
  const double *const *nb; /* [n_opt] arrays over the draws */
  int n_opt;               /* number of options, 1 .. 64 */
  int with_null;           /* 1: doing nothing (net benefit 0) is one more option */
} mkba_evppi_options;

/*
 * The EVPPI of the parameter whose draws are theta[0 .. n-1], for each of
 * the `n_sets` decisions `sets` over the same draws, into out[0 ..
 * n_sets-1] (in the unit of nb).  Uses the first MKBA_EVPPI_MAX_DRAWS draws
 * at most.  Returns 0, or -1 when out of memory.  Thread-safe.
 */
int mkba_evppi(const float *theta, long n, const mkba_evppi_options *sets, int n_sets, double *out);

/*
 * The expected value of perfect information over the same options and
 * draws (all of them): E[max_k NB_k] - max_k E[NB_k].  The upper bound of
 * every parameter's EVPPI.
 */
double mkba_evpi(long n, const mkba_evppi_options *set);

#endif
