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
 * quantiles of theta.  The number of knots (none: a constant, a line, a
 * cubic, 2, 4 or 8 inner knots) is chosen by generalised cross-validation,
 * so that a parameter that does not move the net benefit gets a constant
 * fit and an EVPPI of about 0.  The fit has an intercept, so the mean of
 * the fitted values is the mean of the draws and the estimate is never
 * below 0.
 */
#ifndef MKBA_EVPPI_H
#define MKBA_EVPPI_H

#include <stddef.h>

/* At most this many draws enter one estimate (the first ones). */
#define MKBA_EVPPI_MAX_DRAWS 25000L

/*
 * The EVPPI of the parameter whose draws are theta[0 .. n-1], for options
 * whose net benefits in the same draws are nb[k][0 .. n-1], k = 0 ..
 * n_opt-1; with `with_null` set, doing nothing (net benefit 0) is one more
 * option.  Uses the first MKBA_EVPPI_MAX_DRAWS draws at most.  Writes the
 * estimate (in the unit of nb) into *out.  Returns 0, or -1 when out of
 * memory.  Thread-safe: no shared state.
 */
int mkba_evppi(const float *theta, long n, const double *const *nb, int n_opt, int with_null,
               double *out);

/*
 * The expected value of perfect information over the same options and
 * draws (all of them): E[max_k NB_k] - max_k E[NB_k].  The upper bound of
 * every parameter's EVPPI.
 */
double mkba_evpi(long n, const double *const *nb, int n_opt, int with_null);

#endif
