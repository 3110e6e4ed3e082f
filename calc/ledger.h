/*
 * ledger.h - where a plugin's compute() posts: struct mkba_ctx.
 *
 * The ledger is dense: for each category an array indexed by arm, year,
 * actor and kind (cost, benefit), and for categories that carry transfers
 * an array by arm, year, payer and receiver.  Categories and outcomes are
 * interned once and keep their index for the ledger's life, so a ledger
 * reused for many Monte Carlo draws never allocates after the first.
 *
 * Errors are sticky (as in cairo): the first failing service call records
 * a message naming the plugin, category and year; later calls do nothing
 * and return MKBA_ERROR.
 */
#ifndef MKBA_LEDGER_H
#define MKBA_LEDGER_H

#include <glib.h>

#include "id.h"
#include "mkba_plugin.h"

typedef struct mkba_pm {
  char *label_nl, *label_en; /* owned */
  int direction;             /* enum mkba_direction */
  int actor;                 /* enum mkba_actor or MKBA_NO_ACTOR */
} mkba_pm;

struct mkba_ctx {
  int horizon;        /* years */
  int start_year;     /* calendar year of index 0 */
  const char *plugin; /* plugin name, for messages (borrowed) */

  int n_cat, cap_cat;    /* categories */
  int cat_next;          /* where the next category() call is looked for first: plugins
                            intern their categories in the same order every compute */
  GHashTable *cat_index; /* id -> index + 1, once there are many categories */
  char (*cat_id)[MKBA_ID_MAX];
  char **cat_nl, **cat_en;
  double **flow; /* [cat][((arm * H + t) * A + actor) * 2 + kind] */
  double **tr;   /* [cat][((arm * H + t) * A + from) * A + to], or NULL */

  int n_out, cap_out;    /* outcomes */
  int out_next;          /* as cat_next, for outcome_id() */
  GHashTable *out_index; /* id -> index + 1, once there are many outcomes */
  char (*out_id)[MKBA_ID_MAX];
  char **out_nl, **out_en, **out_unit;
  double **out; /* [outcome][arm * H + t] */

  int n_pm; /* PM items */
  mkba_pm *pm;

  char *arena; /* scratch memory, kept between computes */
  size_t arena_used, arena_cap;
  void **spill; /* blocks beyond the arena during one compute */
  int n_spill, cap_spill;

  /*
   * Monte Carlo mode: flows go straight into discounted NPVs per actor
   * (acc) with factors df, outcomes and PM items are skipped; the dense
   * ledger is not touched.
   */
  int fast;
  const double *df;
  double acc[MKBA_N_ACTORS];

  int part;   /* the part of the model to compute (ABI 1.1), or -1 for all */
  int failed; /* sticky error */
  char err[512];
};

/* A new empty ledger for `horizon` years from `start_year`; NULL if no memory. */
mkba_ctx *mkba_ctx_new(int horizon, int start_year, const char *plugin);
/* Zero all amounts and outcomes, drop PM items; keep interned names. */
void mkba_ctx_reset(mkba_ctx *ctx);
/*
 * Switch `ctx` to Monte Carlo mode with discount factors `df` (borrowed,
 * one per year): only NPVs per actor are kept, see mkba_npv_fast.
 */
void mkba_ctx_set_fast(mkba_ctx *ctx, const double *df);
/* Free the scratch memory of the last compute. */
void mkba_ctx_end_compute(mkba_ctx *ctx);
void mkba_ctx_free(mkba_ctx *ctx);

/* Record an error unless one is recorded; returns MKBA_ERROR. */
int mkba_ctx_fail(mkba_ctx *ctx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The index of category `id` in ctx, or -1 when it has none. */
int mkba_ctx_find_category(const mkba_ctx *ctx, const char *id);

/*
 * Add ledger `src` into `dst` (same horizon), merging categories and
 * outcomes by id and PM items by label: the package of several
 * interventions.  Returns 0 or -1 (no memory).
 */
int mkba_ctx_add(mkba_ctx *dst, const mkba_ctx *src);

/* Net amount (intervention minus baseline) of a flow cell. */
static inline double mkba_ctx_net(const mkba_ctx *c, int cat, int t, int actor, int kind) {
  const double *f = c->flow[cat];
  int H = c->horizon;
  return f[((H + t) * MKBA_N_ACTORS + actor) * 2 + kind] -
         f[(t * MKBA_N_ACTORS + actor) * 2 + kind];
}

/* Net transfer from `from` to `to` in category `cat`, year t. */
static inline double mkba_ctx_tr(const mkba_ctx *c, int cat, int t, int from, int to) {
  const double *f = c->tr[cat];
  int H = c->horizon, A = MKBA_N_ACTORS;
  return f[((H + t) * A + from) * A + to] - f[(t * A + from) * A + to];
}

/* Services implemented in ledger.c, for the table (hostapi.c). */
int mkba_svc_horizon(const mkba_ctx *ctx);
int mkba_svc_start_year(const mkba_ctx *ctx);
int mkba_svc_category(mkba_ctx *ctx, const char *id, const char *nl, const char *en);
int mkba_svc_flow(mkba_ctx *ctx, enum mkba_arm arm, enum mkba_actor actor, int cat,
                  enum mkba_kind kind, int year, double amount);
int mkba_svc_transfer(mkba_ctx *ctx, enum mkba_arm arm, enum mkba_actor from, enum mkba_actor to,
                      int cat, int year, double amount);
int mkba_svc_post(mkba_ctx *ctx, const mkba_posting *p);
int mkba_svc_outcome_id(mkba_ctx *ctx, const char *id, const char *nl, const char *en,
                        const char *unit);
int mkba_svc_outcome(mkba_ctx *ctx, int outcome, enum mkba_arm arm, int year, double value);
int mkba_svc_pm_item(mkba_ctx *ctx, const char *nl, const char *en, enum mkba_direction direction,
                     enum mkba_actor actor);
void *mkba_svc_scratch(mkba_ctx *ctx, size_t bytes);
int mkba_svc_compute_part(const mkba_ctx *ctx);

#endif
