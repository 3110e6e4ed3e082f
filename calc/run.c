/* run.c - base-case evaluation of a scenario; see run.h. */
#include "run.h"
#include "format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Read the scenario from file `path`, or, when `text` is not NULL, from its
 * `len` bytes in memory (named `path` in messages); then prepare the run.
 */
static int prepare(const char *path, const char *text, size_t len, const char *lang, mkba_run **out,
                   mkba_diag *d) {
  *out = NULL;
  mkba_run *run = calloc(1, sizeof *run);
  if (!run) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  run->lang = mkba_lang_code(mkba_lang_of(lang));
  if ((text ? mkba_scenario_parse(path, text, len, &run->scen, d)
            : mkba_scenario_load(path, &run->scen, d)) ||
      mkba_data_load(mkba_data_dir(), &run->data, d))
    goto fail;
  mkba_scenario *s = run->scen;
  int first, last;
  mkba_cpi_range(run->data, &first, &last);
  if (mkba_scenario_price_level(s, last, d))
    goto fail;
  if (mkba_region_load(run->data, s->region, &run->region, d)) {
    mkba_jdoc_locate(s->doc, mkba_jdoc_root(s->doc), "region", d);
    goto fail;
  }
  run->n = s->n_iv;
  run->iv = calloc(s->n_iv, sizeof *run->iv);
  run->ledger = calloc(s->n_iv, sizeof *run->ledger);
  run->eval = calloc(s->n_iv, sizeof *run->eval);
  run->df = calloc((size_t)s->horizon, sizeof *run->df);
  if (!run->iv || !run->ledger || !run->eval || !run->df) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    goto fail;
  }
  for (size_t k = 0; k < s->n_iv; k++)
    if (mkba_instance_bind(s, k, run->data, run->region, run->lang, &run->iv[k], d))
      goto fail;
  mkba_discount_factors(&s->discount, s->start_year, s->horizon, run->df);
  *out = run;
  return 0;
fail:
  mkba_run_free(run);
  return -1;
}

int mkba_run_prepare(const char *path, const char *lang, mkba_run **out, mkba_diag *d) {
  return prepare(path, NULL, 0, lang, out, d);
}

int mkba_run_prepare_text(const char *name, const char *text, size_t len, const char *lang,
                          mkba_run **out, mkba_diag *d) {
  return prepare(name, text, len, lang, out, d);
}

/* A non-finite total means some flow overflowed: name where. */
static int check_finite(const mkba_run *run, const mkba_eval *e, const char *who, mkba_diag *d) {
  double x = e->total.pv_costs + e->total.pv_benefits + e->total.costs + e->total.benefits;
  for (int a = 0; a < MKBA_N_ACTORS; a++)
    x += e->actor[a].pv_costs + e->actor[a].pv_benefits;
  if (isfinite(x))
    return 0;
  for (int t = 0; t < e->horizon; t++)
    if (!isfinite(e->year[t].costs + e->year[t].benefits)) {
      mkba_diag_set(d, MKBA_EXIT_RUN,
                    "%s: the totals of year %d are not finite numbers "
                    "(amounts too large?)",
                    who, run->scen->start_year + t);
      return -1;
    }
  mkba_diag_set(d, MKBA_EXIT_RUN, "%s: the totals overflow; are some amounts far too large?", who);
  return -1;
}

/* Record that memory ran out; -1. */
static int out_of_memory(mkba_diag *d) {
  mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
  return -1;
}

int mkba_run_base(mkba_run *run, mkba_diag *d) {
  const mkba_scenario *s = run->scen;
  run->total = mkba_ctx_new(s->horizon, s->start_year, "package");
  if (!run->total) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  for (size_t k = 0; k < run->n; k++) {
    mkba_instance *iv = run->iv[k];
    run->ledger[k] = mkba_ctx_new(s->horizon, s->start_year, iv->plugin->name);
    if (!run->ledger[k]) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
      return -1;
    }
    char who[128];
    snprintf(who, sizeof who, "plugin \"%s\" (interventions[%zu])", iv->plugin->name, k);
    if (mkba_instance_run(iv, run->ledger[k], iv->base, d)) /* names the plugin */
      return -1;
    /* mkba_evaluate and mkba_ctx_add fail only when memory runs out (the
       ledger's ids were checked as the plugin posted them). */
    if (mkba_evaluate(run->ledger[k], run->df, s->start_year, &run->eval[k]))
      return out_of_memory(d);
    if (check_finite(run, &run->eval[k], who, d))
      return -1;
    if (mkba_ctx_add(run->total, run->ledger[k]))
      return out_of_memory(d);
  }
  if (mkba_evaluate(run->total, run->df, s->start_year, &run->total_eval))
    return out_of_memory(d);
  return check_finite(run, &run->total_eval, "the package", d);
}

void mkba_run_free(mkba_run *run) {
  if (!run)
    return;
  for (size_t k = 0; k < run->n; k++) {
    if (run->iv)
      mkba_instance_free(run->iv[k]);
    if (run->ledger)
      mkba_ctx_free(run->ledger[k]);
    if (run->eval)
      mkba_eval_clear(&run->eval[k]);
  }
  free(run->iv);
  free(run->ledger);
  free(run->eval);
  mkba_ctx_free(run->total);
  mkba_eval_clear(&run->total_eval);
  free(run->df);
  mkba_region_free(run->region);
  mkba_data_free(run->data);
  mkba_scenario_free(run->scen);
  free(run);
}

int mkba_run_find_param(const mkba_run *run, const char *id, size_t *k, int *j) {
  const char *key = id;
  size_t idx = 0;
  if (run->n > 1) {
    char *end;
    unsigned long v = strtoul(id, &end, 10);
    if (end == id || *end != ':' || v >= run->n)
      return -1;
    idx = (size_t)v;
    key = end + 1;
  }
  const mkba_instance *iv = run->iv[idx];
  for (int q = 0; q < iv->n; q++)
    if (!strcmp(iv->pv[q].id, key)) {
      *k = idx;
      *j = q;
      return 0;
    }
  return -1;
}
