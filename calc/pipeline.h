/*
 * pipeline.h - the order of a run, in one place.
 *
 *   scenario, data, region -> bind (run.h)
 *   -> what the analyses check before anything is computed: the
 *      correlations (sampler.h) and the variants' parameters (variants.h)
 *   -> base case (run.h: compute, ledger, evaluate)
 *   -> one-way analyses (oneway.h) -> variants (variants.h)
 *   -> Monte Carlo (montecarlo.h) with its measured correlations
 *      (correlations.h)
 *
 * Each analysis reads the run and returns its result; the pipeline keeps
 * them in an mkba_analyses (analyses.h), from which the caller builds the
 * results document (results.h).  `mkba run` and every cell of `mkba batch`
 * go this way.
 */
#ifndef MKBA_PIPELINE_H
#define MKBA_PIPELINE_H

#include "analyses.h"
#include "montecarlo.h"
#include "run.h"

typedef struct mkba_pipeline_options {
  int oneway;         /* 1: the one-way analyses (tornado, switching values) */
  int oneway_threads; /* threads for them (below 1: one) */
  mkba_mc_options mc; /* the Monte Carlo; mc.draws 0: none */
} mkba_pipeline_options;

/*
 * Prepare scenario `path` (read from the file, or from the `len` bytes of
 * `text` when text is not NULL, named `path` in messages) in language
 * `lang`: *run (owned by the caller; mkba_run_free), and in `a` (zeroed by
 * the caller; mkba_analyses_clear) the sampler.  Input errors are exit 2 at
 * their position, plugin failures exit 1.  On failure *run is NULL and `a`
 * holds nothing.
 */
int mkba_pipeline_prepare(const char *path, const char *text, size_t len, const char *lang,
                          mkba_run **run, mkba_analyses *a, mkba_diag *d);

/*
 * Compute the base case of a prepared run and then the analyses `o` asks
 * for, in the order above, into `a`.  Returns 0, or -1 with d set (what `a`
 * holds then is still the caller's to clear).
 */
int mkba_pipeline_run(mkba_run *run, mkba_analyses *a, const mkba_pipeline_options *o,
                      mkba_diag *d);

#endif
