/* variants.c - scenario variants and optimism bias; see variants.h. */
#include "variants.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "actors.h"
#include "jnum.h"

int mkba_variants_check(const mkba_run *run, mkba_diag *d) {
  const mkba_scenario *s = run->scen;
  size_t k;
  json_t *v;
  json_array_foreach(s->variants, k, v) {
    const char *id;
    json_t *val;
    json_object_foreach(json_object_get(v, "params"), id, val) {
      size_t iv;
      int j;
      if (mkba_run_find_param(run, id, &iv, &j)) {
        mkba_jdoc_error(s->doc, val, d, "variants[%zu]: unknown parameter \"%s\"%s", k, id,
                        run->n > 1 ? " (with several interventions, prefix the index: "
                                     "\"0:effect\")"
                                   : " (the ids are those of the results' \"parameters\")");
        return -1;
      }
      const mkba_pvalue *pv = &run->iv[iv]->pv[j];
      double x = json_number_value(val);
      if (!(x >= pv->min && x <= pv->max)) {
        mkba_jdoc_error(s->doc, val, d,
                        "variants[%zu]: \"%s\" is %g; it must lie between "
                        "%g and %g",
                        k, id, x, pv->min, pv->max);
        return -1;
      }
    }
  }
  return 0;
}

/* pv_costs, pv_benefits, npv, bcr with costs x (1 + c) and benefits x (1 - b). */
static json_t *summary(double costs, double benefits, double c, double b) {
  json_t *o = json_object();
  costs *= 1 + c;
  benefits *= 1 - b;
  json_object_set_new(o, "pv_costs", mkba_jnum(costs));
  json_object_set_new(o, "pv_benefits", mkba_jnum(benefits));
  json_object_set_new(o, "npv", mkba_jnum(benefits - costs));
  json_object_set_new(o, "bcr", costs != 0 ? mkba_jnum(benefits / costs) : json_null());
  return o;
}

static json_t *actors(const mkba_totals *t, double c, double b, const char *lang) {
  json_t *arr = json_array();
  for (int a = 0; a < MKBA_N_ACTORS; a++) {
    json_t *o = summary(t[a].pv_costs, t[a].pv_benefits, c, b);
    json_object_set_new(o, "id", json_string(mkba_actor_id(a)));
    json_object_set_new(o, "label", json_string(mkba_actor_label(a, lang)));
    json_array_append_new(arr, o);
  }
  return arr;
}

/*
 * Evaluate the package with instances iv[0..n-1], parameter values p[k],
 * horizon `horizon` and discount factors df.
 */
static int evaluate_with(const mkba_run *run, mkba_instance **iv, double **p, int horizon,
                         const double *df, mkba_totals *total, mkba_totals actor[MKBA_N_ACTORS],
                         mkba_diag *d) {
  const mkba_scenario *s = run->scen;
  memset(total, 0, sizeof *total);
  memset(actor, 0, MKBA_N_ACTORS * sizeof *actor);
  for (size_t k = 0; k < run->n; k++) {
    mkba_ctx *ctx = mkba_ctx_new(horizon, s->start_year, iv[k]->plugin->name);
    mkba_eval e;
    int plugin_failed = ctx && mkba_instance_run(iv[k], ctx, p[k], d); /* names the plugin */
    if (!ctx || plugin_failed || mkba_evaluate(ctx, df, s->start_year, &e)) {
      mkba_ctx_free(ctx);
      if (!plugin_failed) /* a ledger or its evaluation found no memory */
        mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
      return -1;
    }
    total->pv_costs += e.total.pv_costs;
    total->pv_benefits += e.total.pv_benefits;
    total->pv_wellbeing += e.total.pv_wellbeing;
    for (int a = 0; a < MKBA_N_ACTORS; a++) {
      actor[a].pv_costs += e.actor[a].pv_costs;
      actor[a].pv_benefits += e.actor[a].pv_benefits;
      actor[a].pv_wellbeing += e.actor[a].pv_wellbeing;
    }
    mkba_eval_clear(&e);
    mkba_ctx_free(ctx);
  }
  return 0;
}

/*
 * One variant: its own horizon and discounting, then the parameter
 * overrides.  The interventions stay bound as for the scenario: compute()
 * reads the horizon from its ledger, and a model typed in for more years
 * (cashflow amounts, markov year ranges) is cut at a shorter horizon.
 * Fills total and act.
 */
static int run_variant(const mkba_run *run, const json_t *v, mkba_totals *total,
                       mkba_totals act[MKBA_N_ACTORS], mkba_diag *d) {
  const mkba_scenario *s = run->scen;
  mkba_discount disc = s->discount;
  int horizon = s->horizon;
  const json_t *dv = json_object_get(v, "discount"), *hv = json_object_get(v, "horizon_years");
  if (hv)
    horizon = (int)json_number_value(hv);
  if (dv && mkba_read_discount(s->doc, dv, s->start_year, &disc, d))
    return -1;
  double **p = calloc(run->n, sizeof *p);
  double *df = calloc((size_t)horizon, sizeof *df);
  int rc = -1;
  if (!p || !df) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    goto out;
  }
  for (size_t k = 0; k < run->n; k++) {
    if (!(p[k] = malloc(((size_t)run->iv[k]->n + 1) * sizeof **p))) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
      goto out;
    }
    if (run->iv[k]->n) /* base is NULL for a plugin without parameters */
      memcpy(p[k], run->iv[k]->base, (size_t)run->iv[k]->n * sizeof **p);
  }
  const char *id;
  json_t *val;
  json_object_foreach(json_object_get(v, "params"), id, val) {
    size_t k;
    int j;
    if (!mkba_run_find_param(run, id, &k, &j))
      p[k][j] = json_number_value(val);
  }
  mkba_discount_factors(&disc, s->start_year, horizon, df);
  rc = evaluate_with(run, run->iv, p, horizon, df, total, act, d);
out:
  for (size_t k = 0; p && k < run->n; k++)
    free(p[k]);
  free(p);
  free(df);
  return rc;
}

int mkba_variants_run(const mkba_run *run, json_t **variants, json_t **optimism_bias,
                      mkba_diag *d) {
  *variants = *optimism_bias = NULL;
  const mkba_scenario *s = run->scen;
  const mkba_eval *base = &run->total_eval;
  if (s->has_bias) {
    json_t *o = json_object();
    json_object_set_new(o, "costs", mkba_jnum(s->bias_costs));
    json_object_set_new(o, "benefits", mkba_jnum(s->bias_benefits));
    json_object_set_new(
        o, "summary",
        summary(base->total.pv_costs, base->total.pv_benefits, s->bias_costs, s->bias_benefits));
    json_object_set_new(o, "actors",
                        actors(base->actor, s->bias_costs, s->bias_benefits, run->lang));
    *optimism_bias = o;
  }
  if (!s->variants)
    return 0;
  json_t *arr = json_array();
  size_t vi;
  json_t *v;
  json_array_foreach(s->variants, vi, v) {
    double c = 0, b = 0;
    json_t *bias = json_object_get(v, "optimism_bias");
    if (bias) {
      c = json_number_value(json_object_get(bias, "costs"));
      b = json_number_value(json_object_get(bias, "benefits"));
    }
    mkba_totals total, act[MKBA_N_ACTORS];
    if (run_variant(run, v, &total, act, d)) {
      char msg[sizeof d->msg];
      memcpy(msg, d->msg, sizeof msg);
      d->code = 0;
      mkba_diag_set(d, MKBA_EXIT_RUN, "variant \"%s\": %.1900s",
                    json_string_value(json_object_get(v, "id")), msg);
      json_decref(arr);
      return -1;
    }
    json_t *o = json_object();
    json_object_set_new(o, "id", json_incref(json_object_get(v, "id")));
    json_t *label = json_object_get(v, "label");
    json_object_set_new(o, "label",
                        label ? json_incref(label) : json_incref(json_object_get(v, "id")));
    json_t *params = json_object_get(v, "params");
    json_object_set_new(o, "params", params ? json_deep_copy(params) : json_object());
    if (json_object_get(v, "discount"))
      json_object_set_new(o, "discount", json_deep_copy(json_object_get(v, "discount")));
    if (json_object_get(v, "horizon_years"))
      json_object_set_new(o, "horizon_years", json_incref(json_object_get(v, "horizon_years")));
    if (bias) {
      json_t *bo = json_object();
      json_object_set_new(bo, "costs", mkba_jnum(c));
      json_object_set_new(bo, "benefits", mkba_jnum(b));
      json_object_set_new(o, "optimism_bias", bo);
    }
    json_object_set_new(o, "summary", summary(total.pv_costs, total.pv_benefits, c, b));
    json_object_set_new(o, "actors", actors(act, c, b, run->lang));
    json_array_append_new(arr, o);
  }
  *variants = arr;
  return 0;
}
