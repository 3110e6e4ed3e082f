/*
 * montecarlo.h - the Monte Carlo analysis: every parameter with a
 * distribution drawn (sampler.h), every intervention computed for each
 * draw, and the draws summarised (mc_summary.h).
 *
 * Reproducibility: draws are grouped in fixed blocks of MKBA_MC_BLOCK; the
 * random stream of block b is seeded from (seed, b) alone, and each draw's
 * result is stored at its own index.  So the same seed and draw count give
 * the same numbers whatever the number of threads.
 */
#ifndef MKBA_MONTECARLO_H
#define MKBA_MONTECARLO_H

#include <jansson.h>

#include "sampler.h"

typedef struct mkba_mc_options {
  long draws;         /* number of draws (> 0) */
  unsigned long seed; /* seed */
  int threads;        /* worker threads (>= 1) */
  int progress;       /* 1: draw a progress bar on stderr */
} mkba_mc_options;

/*
 * Run the Monte Carlo analysis on `run`, whose base case is computed, with
 * the draws that `sm` makes: *out receives the results' uncertainty object
 * (new reference).  Run errors (a plugin failing in a draw, a drawn value
 * out of range) are exit 1 with the draw number.
 */
int mkba_mc_run(const mkba_run *run, const mkba_sampler *sm, const mkba_mc_options *opt,
                json_t **out, mkba_diag *d);

#endif
