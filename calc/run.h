/*
 * run.h - the base case of a scenario: load the scenario, the data and the
 * region, bind every intervention, and compute the base case of each and of
 * the package.  The analyses that follow (montecarlo.h, oneway.h,
 * variants.h) read a run; pipeline.h calls them in order.
 */
#ifndef MKBA_RUN_H
#define MKBA_RUN_H

#include "evaluate.h"
#include "instance.h"
#include "regions.h"
#include "scenario.h"

typedef struct mkba_run {
  mkba_scenario *scen;  /* owned */
  mkba_data *data;      /* owned */
  mkba_region *region;  /* owned */
  const char *lang;     /* "nl" or "en" (static string) */
  size_t n;             /* interventions */
  mkba_instance **iv;   /* [n] owned */
  mkba_ctx **ledger;    /* [n] base-case ledgers, owned */
  mkba_eval *eval;      /* [n] their evaluations */
  mkba_ctx *total;      /* the package: all ledgers added */
  mkba_eval total_eval; /* its evaluation */
  double *df;           /* [horizon] discount factors */
} mkba_run;

/*
 * Find parameter `id` as the results name it ("effect", or "1:effect" when
 * the scenario has several interventions): *k the intervention, *j the
 * parameter.  Returns 0 or -1.
 */
int mkba_run_find_param(const mkba_run *run, const char *id, size_t *k, int *j);

/*
 * Load scenario `path`, the data and region, load and bind every plugin:
 * *out (owned by the caller; mkba_run_free).  Input errors are exit 2,
 * plugin failures exit 1 (in d->code).
 */
int mkba_run_prepare(const char *path, const char *lang, mkba_run **out, mkba_diag *d);

/*
 * The same for a scenario held in memory: `len` bytes of `text`, named
 * `name` in messages and in the results (mkba batch prepares its cells so).
 * The text is borrowed for the call only.
 */
int mkba_run_prepare_text(const char *name, const char *text, size_t len, const char *lang,
                          mkba_run **out, mkba_diag *d);

/* Compute the base case of every intervention and the package. */
int mkba_run_base(mkba_run *run, mkba_diag *d);

void mkba_run_free(mkba_run *run);

#endif
