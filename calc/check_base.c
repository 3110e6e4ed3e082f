/* check_base.c - check-plugin: the base case; see check_stages.h. */
#include "check_stages.h"

#include <math.h>
#include <stdio.h>

#define A MKBA_N_ACTORS

/* ---- stage 2: the base case ------------------------------------------------ */

/* Property 8: no net cost below zero in any category, actor and year. */
static void check_negative_costs(json_t *doc, const mkba_ctx *c) {
  for (int k = 0; k < c->n_cat; k++)
    for (int t = 0; t < c->horizon; t++)
      for (int a = 0; a < A; a++) {
        double cost = mkba_ctx_net(c, k, t, a, MKBA_COST);
        if (cost < -1e-6) {
          mkba_check_verdict(
              doc, MKBA_CHECK_NEGATIVE_COSTS, "fail",
              "post a saving as a benefit, not as a negative cost: mkba_post_resource() "
              "books a change in the use of a resource as a cost or a saving",
              "category \"%s\", actor %s, year %d: a cost of %.2f euros (intervention minus "
              "baseline), below zero",
              c->cat_id[k], mkba_check_actor(a), c->start_year + t, cost);
          return;
        }
      }
  mkba_check_verdict(doc, MKBA_CHECK_NEGATIVE_COSTS, "pass", NULL,
                     "no cost is negative in any category, actor or year");
}

/*
 * Property 10: per year and category, what changes hands nets to zero over
 * the actors.  A transfer posted with host->transfer does by construction
 * (the ledger books it once, from payer to receiver).  Money changing hands
 * posted as flows shows as one actor bearing a cost and another gaining a
 * benefit in the same category and year; unless the two are equal, society
 * gains or loses money that only moved.
 */
static void check_transfers(json_t *doc, const mkba_ctx *c) {
  int flows_like = 0;
  for (int k = 0; k < c->n_cat; k++)
    for (int t = 0; t < c->horizon; t++) {
      int payer = -1, receiver = -1;
      double paid = 0, received = 0;
      for (int a = 0; a < A; a++) {
        double cost = mkba_ctx_net(c, k, t, a, MKBA_COST);
        double ben = mkba_ctx_net(c, k, t, a, MKBA_BENEFIT);
        if (cost > 1e-6 && ben <= 1e-6 && cost > paid) {
          payer = a;
          paid = cost;
        }
        if (ben > 1e-6 && cost <= 1e-6 && ben > received) {
          receiver = a;
          received = ben;
        }
      }
      if (payer < 0 || receiver < 0 || payer == receiver)
        continue;
      if (fabs(paid - received) > 1e-6 * fmax(paid, received)) {
        mkba_check_verdict(
            doc, MKBA_CHECK_TRANSFERS, "fail",
            "post money that changes hands with host->transfer (or mkba_post_transfer), which "
            "nets to zero for society; if these are a resource and a saving, post them in "
            "categories of their own",
            "category \"%s\", year %d: actor %s pays %.2f (a cost) and actor %s receives "
            "%.2f (a benefit) in the same category; as money changing hands it does not net "
            "to zero (%.2f left over for society)",
            c->cat_id[k], c->start_year + t, mkba_check_actor(payer), paid,
            mkba_check_actor(receiver), received, received - paid);
        return;
      }
      flows_like = 1;
    }
  if (flows_like)
    mkba_check_verdict(
        doc, MKBA_CHECK_TRANSFERS, "note",
        "post money that changes hands with host->transfer (or mkba_post_transfer): as two "
        "flows it counts as a cost and a benefit, which changes the benefit-cost ratio",
        "in some category one actor pays what another receives as flows (a cost and an "
        "equal benefit); it nets to zero");
  else
    mkba_check_verdict(doc, MKBA_CHECK_TRANSFERS, "pass", NULL,
                       "per year and category, the transfers net to zero over the actors");
}

/* 1 when every amount of ledger c is a finite number; else 0 with where in why. */
static int all_finite(const mkba_ctx *c, char *why, size_t len) {
  size_t H = (size_t)c->horizon;
  for (int k = 0; k < c->n_cat; k++) {
    for (size_t i = 0; i < 2 * H * A * 2; i++)
      if (!isfinite(c->flow[k][i])) {
        snprintf(why, len, "category \"%s\", year %zu: an amount that is not a finite number",
                 c->cat_id[k], (size_t)c->start_year + i / 2 / A % H);
        return 0;
      }
    for (size_t i = 0; c->tr[k] && i < 2 * H * A * A; i++)
      if (!isfinite(c->tr[k][i])) {
        snprintf(why, len, "category \"%s\", year %zu: a transfer that is not a finite number",
                 c->cat_id[k], (size_t)c->start_year + i / A / A % H);
        return 0;
      }
  }
  return 1;
}

/* The fix for a plugin whose configure() or binding failed. */
static const char *bind_fix(const mkba_check_job *j, int configure) {
  if (configure && !j->from_scenario)
    return "this plugin reads its params in configure() and refuses empty params ({}): pass "
           "--scenario S.json with an intervention that names it and gives its params";
  return "correct the params the message names (in the scenario, or the plugin's defaults)";
}

/* Stage 2: configure and the base case (base, stdout, negative costs, transfers). */
int mkba_check_stage_base(const mkba_check_job *j, json_t *doc, mkba_diag *d) {
  (void)d;
  mkba_check_capture cap;
  char head[200];
  mkba_run *run = NULL;
  mkba_diag why = {0};
  int have = mkba_check_capture_begin(&cap) == 0;
  int rc = mkba_check_prepare(j, &run, &why);
  int bound = rc == 0;
  if (!rc)
    rc = mkba_run_base(run, &why);
  size_t bytes = have ? mkba_check_capture_end(&cap, head, sizeof head) : 0;
  mkba_check_record_output(doc, "output", bytes, have ? head : "");
  char where[512];
  if (rc) {
    const mkba_loaded *p = NULL;
    mkba_diag ignore = {0};
    mkba_plugin_load_path(j->path, 1, &p, &ignore);
    int configure = p && p->desc.configure;
    if (!bound)
      mkba_check_verdict(doc, MKBA_CHECK_BASE, "fail", bind_fix(j, configure), "%s%s", why.msg,
                         configure && !j->from_scenario ? " (with empty params {})" : "");
    else
      mkba_check_verdict(
          doc, MKBA_CHECK_BASE, "fail",
          "compute() must post finite amounts and return MKBA_OK for the defaults; see the "
          "category and year in the message",
          "%s", why.msg);
  } else if (!all_finite(run->ledger[0], where, sizeof where)) {
    mkba_check_verdict(doc, MKBA_CHECK_BASE, "fail", "post finite amounts only", "%s", where);
  } else {
    const mkba_eval *e = &run->eval[0];
    mkba_check_verdict(
        doc, MKBA_CHECK_BASE, "pass", NULL,
        "the base case computes (%d years from %d, %s): net present value for society %.0f "
        "euros; every amount is finite",
        run->scen->horizon, run->scen->start_year,
        j->from_scenario ? "params of the scenario" : "the plugin's defaults",
        e->total.pv_benefits - e->total.pv_costs);
    check_negative_costs(doc, run->ledger[0]);
    check_transfers(doc, run->ledger[0]);
  }
  mkba_run_free(run);
  return 0;
}
