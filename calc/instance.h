/*
 * instance.h - one intervention of a scenario, bound (bind.h) and ready to
 * run: compute() for one set of parameter values, compute_block() for a
 * block of Monte Carlo draws.
 */
#ifndef MKBA_INSTANCE_H
#define MKBA_INSTANCE_H

#include "bind.h"

/*
 * Bind intervention `index` of scenario `s` (plugin loaded, params
 * checked) for `region`.  `lang` picks the default label.  *out is owned by
 * the caller.
 */
int mkba_instance_bind(const mkba_scenario *s, size_t index, const mkba_data *data,
                       const mkba_region *region, const char *lang, mkba_instance **out,
                       mkba_diag *d);

/*
 * Run compute() with parameter values `p` ([n]) into `ctx`, which is reset
 * first.  A plugin failure is a run error naming the plugin.
 */
int mkba_instance_run(const mkba_instance *iv, mkba_ctx *ctx, const double *p, mkba_diag *d);

/*
 * Run compute_block() (ABI 1.5; only when the plugin has it) for draws
 * `first_draw` .. first_draw + n - 1: p[j] holds parameter j of every draw
 * (p[j][l]).  The NPVs per actor are then in b->acc.  A plugin failure is a
 * run error naming the plugin and the block's draws (counted from 1).
 */
int mkba_instance_run_block(const mkba_instance *iv, struct mkba_block *b, const double *const *p,
                            int n, long first_draw, mkba_diag *d);

void mkba_instance_free(mkba_instance *iv);

#endif
