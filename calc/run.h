/*
 * run.h - one evaluation of a scenario: load everything, compute the base
 * case of each intervention and of the package, and build the results
 * document (CONTRACT.md section 4).
 */
#ifndef MKBA_RUN_H
#define MKBA_RUN_H

#include <jansson.h>

#include "data.h"
#include "evaluate.h"
#include "instance.h"
#include "scenario.h"

typedef struct mkba_run {
  mkba_scenario *scen;    /* owned */
  mkba_data *data;        /* owned */
  mkba_region *region;    /* owned */
  const char *lang;       /* "nl" or "en" (static string) */
  size_t n;               /* interventions */
  mkba_instance **iv;     /* [n] owned */
  mkba_ctx **ledger;      /* [n] base-case ledgers, owned */
  mkba_eval *eval;        /* [n] their evaluations */
  mkba_ctx *total;        /* the package: all ledgers added */
  mkba_eval total_eval;   /* its evaluation */
  double *df;             /* [horizon] discount factors */
  /* Set by the uncertainty analysis (uncertainty.h) when it runs; owned. */
  json_t *uncertainty, *sensitivity, *switching;
} mkba_run;

/*
 * Load scenario `path`, the data and region, load and bind every plugin.
 * Input errors are exit 2, plugin failures exit 1 (in d->code).
 */
int mkba_run_prepare(const char *path, const char *lang, mkba_run **out, mkba_diag *d);

/* Compute the base case of every intervention and the package. */
int mkba_run_base(mkba_run *run, mkba_diag *d);

/* The results document (new reference). */
json_t *mkba_results_json(const mkba_run *run);

void mkba_run_free(mkba_run *run);

/* A JSON number, or null where x is not finite; -0 becomes 0. */
json_t *mkba_jnum(double x);

#endif
