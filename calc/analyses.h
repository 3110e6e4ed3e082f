/*
 * analyses.h - what the analyses that follow the base case found, held
 * together for the results document (results.h).  pipeline.h fills it;
 * each member is the return value of one analysis.
 */
#ifndef MKBA_ANALYSES_H
#define MKBA_ANALYSES_H

#include <jansson.h>

#include "sampler.h"

typedef struct mkba_analyses {
  mkba_sampler *sampler; /* how draws are made (sampler.h); owned */
  json_t *uncertainty;   /* the Monte Carlo (montecarlo.h) with its measured
                            correlations (correlations.h); owned, NULL without draws */
  json_t *sensitivity;   /* the one-way analyses (oneway.h); owned, NULL when not run */
  json_t *switching;     /* their switching values; owned, NULL when not run */
  json_t *variants;      /* the scenario's variants (variants.h); owned, NULL for none */
  json_t *optimism_bias; /* the optimism-bias adjustment; owned, NULL for none */
} mkba_analyses;

/* Free what `a` holds and zero it (a itself belongs to the caller). */
void mkba_analyses_clear(mkba_analyses *a);

#endif
