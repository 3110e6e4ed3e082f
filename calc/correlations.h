/*
 * correlations.h - the rank correlations the scenario asked for, and what
 * the Monte Carlo made of them: per pair the parameters and their labels,
 * the asked `rank`, the `copula_correlation` of the normal copula that
 * carries it, and `achieved_rank`, Spearman's rho of the pair in the first
 * `draws_measured` draws of the run (at most 10,000, redrawn with the
 * Monte Carlo's own streams: mkba_mc_params), so that a reader sees the
 * correlations were applied.
 */
#ifndef MKBA_CORRELATIONS_H
#define MKBA_CORRELATIONS_H

#include <jansson.h>

#include "sampler.h"

/*
 * The results' uncertainty.correlations (new reference) for `run` with the
 * draws of `sm` and the seed and draw count of the Monte Carlo summary
 * `uncertainty` (borrowed); NULL when the scenario has no correlations or
 * there was no Monte Carlo.
 */
json_t *mkba_correlations_measured(const mkba_run *run, const mkba_sampler *sm,
                                   const json_t *uncertainty);

#endif
