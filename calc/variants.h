/*
 * variants.h - named scenario variants (sets of parameter overrides, e.g.
 * "pessimistisch" and "optimistisch") evaluated side by side with the base
 * case, and the optimism-bias adjustment (costs up, benefits down by stated
 * fractions, as in the UK Green Book).
 */
#ifndef MKBA_VARIANTS_H
#define MKBA_VARIANTS_H

#include <jansson.h>

#include "run.h"

/*
 * Check the variants' parameter ids and values against the run's bound
 * parameters, before anything is computed: input errors are exit 2 at
 * their position in the scenario.
 */
int mkba_variants_check(const mkba_run *run, mkba_diag *d);

/*
 * Evaluate the variants and the optimism bias of `run`, whose base case is
 * computed: *variants and *optimism_bias receive the results' objects (new
 * references), each NULL when the scenario has none.  A variant that fails
 * is a run error naming it.
 */
int mkba_variants_run(const mkba_run *run, json_t **variants, json_t **optimism_bias, mkba_diag *d);

#endif
