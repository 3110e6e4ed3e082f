/*
 * block.h - blocks of Monte Carlo draws (plugin ABI 1.5): the host side of
 * compute_block().  A block holds, per actor, the discounted NPV of every
 * draw of the block, and the scratch memory of one compute_block call.
 * Monte Carlo keeps nothing else, so there is no ledger.
 */
#ifndef MKBA_BLOCK_H
#define MKBA_BLOCK_H

#include <stddef.h>

#include "mkba_plugin.h"

struct mkba_block {
  int n;              /* draws in the block, 1 .. MKBA_BLOCK_MAX */
  int horizon;        /* years */
  const double *df;   /* [horizon] discount factors (borrowed) */
  const char *plugin; /* for messages (borrowed) */
  /* The discounted NPV per actor of each draw, as mkba_ctx.acc per draw. */
  double acc[MKBA_N_ACTORS][MKBA_BLOCK_MAX];
  char *arena; /* scratch, kept between calls */
  size_t used, cap;
  void **spill; /* blocks beyond the arena during one call */
  int n_spill, cap_spill;
  size_t spilled; /* bytes spilled in this call: the arena grows by it */
  int failed;     /* sticky error */
  char err[512];
};

/* A new block for `horizon` years with discount factors `df` (borrowed); NULL if no memory. */
mkba_block *mkba_block_new(int horizon, const double *df, const char *plugin);
void mkba_block_free(mkba_block *b);

/* Before a compute_block call for n draws: zero the NPVs, clear the error. */
void mkba_block_begin(mkba_block *b, int n);
/* After it: free the call's scratch (the arena is kept for the next). */
void mkba_block_end(mkba_block *b);

/* The host services of ABI 1.5 (for the service table). */
int mkba_svc_block_horizon(const mkba_block *b);
void *mkba_svc_block_scratch(mkba_block *b, size_t bytes);
int mkba_svc_block_cohort_run(mkba_block *b, const mkba_cohort_ex *c, double *occ);
int mkba_svc_block_cohort_line(mkba_block *b, const mkba_block_line *line);
int mkba_svc_block_post(mkba_block *b, const mkba_block_posting *post);

#endif
