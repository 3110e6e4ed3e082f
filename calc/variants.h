/*
 * variants.h - named scenario variants (sets of parameter overrides, e.g.
 * "pessimistisch" and "optimistisch") evaluated side by side with the base
 * case, and the optimism-bias adjustment (costs up, benefits down by stated
 * fractions, as in the UK Green Book).
 */
#ifndef MKBA_VARIANTS_H
#define MKBA_VARIANTS_H

#include "run.h"

/* Check the variants' parameter ids against the bound parameters (exit 2). */
int mkba_variants_prepare(mkba_run *run, mkba_diag *d);

/* Evaluate the variants and the optimism bias: run->variants, run->optimism_bias. */
int mkba_variants_run(mkba_run *run, mkba_diag *d);

#endif
