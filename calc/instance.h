/*
 * instance.h - one intervention of a scenario, bound and ready to run.
 *
 * Binding turns a plugin's parameter table and the scenario's "params"
 * into a flat array of base-case values (and a distribution per value):
 *
 *   1. the plugin's default, or the unit-cost table's amount for a
 *      parameter tied to a unit cost (a region file may override it);
 *   2. re-indexed with the CBS price index from the default's price year to
 *      the scenario's; a population count scaled by the region's share;
 *   3. replaced by the scenario's value (a number or a distribution, in the
 *      scenario's euros and for its region) where the scenario gives one;
 *   4. then the plugin's configure(), if any, declares the parameters of
 *      its structured JSON (cashflow flows, markov transitions).
 */
#ifndef MKBA_INSTANCE_H
#define MKBA_INSTANCE_H

#include "data.h"
#include "ledger.h"
#include "loader.h"
#include "scenario.h"

/* One bound parameter value. */
typedef struct mkba_pvalue {
  char *id;                    /* stable id: the key, or a JSON path inside params */
  char *label_nl;              /* Dutch label */
  char *label_en;              /* English label */
  char *unit;                  /* unit */
  char *source;                /* where the value comes from */
  int confidence;              /* enum mkba_confidence, or 0 for "set in the scenario" */
  int price_year;              /* price year of the default before re-indexing, or 0 */
  double base;                 /* base-case value used */
  mkba_dist dist;              /* uncertainty around it (MKBA_FIXED for none) */
  double min, max;             /* allowed range */
  unsigned flags;              /* MKBA_PARAM_* */
  const json_t *node;          /* the scenario value, or NULL for a default */
  int part;                    /* the part of the model it changes (config_param_part), or -1 */
  int scaled;                  /* a programme size the region scaled (scaling below) */
  mkba_region_scaling scaling; /* counts borrowed from the run's region */
  double national;             /* the national default before scaling (when scaled) */
  const mkba_unit_cost *regional_cost; /* the region's own price of the value-bank
                                          row, borrowed; NULL = the national one */
} mkba_pvalue;

typedef struct mkba_instance {
  size_t index;              /* position in the scenario's interventions */
  const mkba_loaded *plugin; /* borrowed from the loader */
  char *label;               /* the user's label, or the plugin's title */
  void *model;               /* from configure(), released by the plugin */
  int n, cap;                /* number of parameters, room for them */
  mkba_pvalue *pv;           /* [n] */
  int n_parts;               /* 1 + the largest part declared, 0 for none */
  double *base;              /* [n] base-case values, as compute() gets them */
  const mkba_scenario *scen; /* borrowed */
} mkba_instance;

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
