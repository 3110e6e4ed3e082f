/*
 * mc_summary.h - what the Monte Carlo's draws say: the uncertainty object
 * of the results (docs/formats.md): per package, actor and intervention the
 * share of positive NPVs, mean, sd and percentiles; the S-curve and the
 * histogram; with several interventions the chance that each is best; the
 * EVPI, and the EVPPI of every uncertain parameter.
 */
#ifndef MKBA_MC_SUMMARY_H
#define MKBA_MC_SUMMARY_H

#include <jansson.h>

#include "sampler.h"

/* The draws of one Monte Carlo run, as the workers left them. */
typedef struct mkba_mc_draws {
  const mkba_run *run;    /* the run, borrowed */
  const mkba_sampler *sm; /* how the draws were made, borrowed */
  long draws;             /* number of draws */
  unsigned long seed;     /* their seed */
  int threads;            /* threads the summaries may use */
  double *npv;            /* [draws] the package's NPV; sorted by the summary */
  double *actor;          /* [A * draws] per actor; reordered by the summary */
  double *iv;             /* [n * draws] per intervention with several, else NULL */
  long n_keep;            /* draws kept for the EVPPI */
  float *theta;           /* [(n_ind + n_cor) * n_keep] the uncertain parameters' draws */
  double *iv_gem;         /* [n * n_keep] the gemeente's NPV per intervention, or NULL */
} mkba_mc_draws;

/*
 * The uncertainty object (new reference), or NULL when out of memory.  The
 * arrays of m are reordered (npv sorted) on the way.
 */
json_t *mkba_mc_summarise(mkba_mc_draws *m);

#endif
