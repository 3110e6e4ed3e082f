/*
 * sampler.h - how the Monte Carlo draws the parameters.
 *
 * Every parameter with a distribution is drawn from it, truncated to its
 * allowed range; the pairs that the scenario's uncertainty.correlations
 * name are drawn together through a Gaussian copula.  Draws come in blocks
 * of MKBA_MC_BLOCK; block b of a run draws from a stream seeded by (seed, b)
 * alone (mkba_sampler_seed), so the same seed gives the same draws whatever
 * the number of threads and whoever asks (the Monte Carlo, the measured
 * correlations, check-plugin).
 */
#ifndef MKBA_SAMPLER_H
#define MKBA_SAMPLER_H

#include <gsl/gsl_rng.h>

#include "run.h"

/* Draws per block: per random stream, and per compute_block call. */
#define MKBA_MC_BLOCK 256

/* One uncertain parameter: intervention k, parameter j. */
typedef struct mkba_upar {
  int k, j;
} mkba_upar;

/*
 * How one draw of the parameters is made.  Independent parameters are
 * drawn directly (truncated to their range by rejection); correlated ones
 * through a Gaussian copula: z = L e with e independent standard normals
 * and L the Cholesky factor of the normal correlations, u = Phi(z) mapped
 * into [F(min), F(max)] of the parameter's distribution, x = F^-1(u).
 */
typedef struct mkba_sampler {
  int n_ind; /* independent uncertain parameters */
  mkba_upar *ind;
  int n_cor; /* correlated parameters */
  mkba_upar *cor;
  double *L;           /* [n_cor * n_cor] lower triangle, row-major */
  double *fmin, *fmax; /* [n_cor] distribution function at the range's ends */
} mkba_sampler;

/*
 * Resolve the scenario's uncertainty.correlations against the run's bound
 * parameters and build the copula: *out (owned by the caller, free with
 * mkba_sampler_free).  Input errors (an unknown or fixed parameter, a pair
 * given twice, correlations that contradict each other) are exit 2 at their
 * position in the scenario.
 */
int mkba_sampler_new(const mkba_run *run, mkba_sampler **out, mkba_diag *d);

/* Free a sampler (NULL is fine). */
void mkba_sampler_free(mkba_sampler *sm);

/* Seed `rng` for block `block` of a run with seed `seed`. */
void mkba_sampler_seed(gsl_rng *rng, unsigned long seed, long block);

/*
 * Draw every uncertain parameter into p[k][j] (the other entries of p are
 * left alone); `e` is scratch of n_cor + 1 doubles.  Returns -1, with the
 * parameter in *bad, when a distribution almost never falls within its
 * range.
 */
int mkba_sampler_draw(const mkba_run *run, const mkba_sampler *sm, gsl_rng *rng, double **p,
                      double *e, mkba_upar *bad);

/*
 * The parameter draws of draws 0..n-1 for `seed`, exactly as the Monte Carlo
 * makes them: out[i * cols + c] for the c-th uncertain parameter (in the
 * order of the results' "parameters" list); *cols receives their number.
 * For the measured correlations, check-plugin and tests.  out holds n *
 * (number of uncertain parameters) doubles.
 */
int mkba_mc_params(const mkba_run *run, const mkba_sampler *sm, unsigned long seed, long n,
                   double *out, int *cols, mkba_diag *d);

#endif
