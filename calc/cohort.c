/*
 * cohort.c - the Markov cohort helper offered to plugins: occupancy per
 * arm and year, and the per-person-year flows built on it.  Semantics are
 * those of CONTRACT.md section 6 (`markov`): o(0) = start, o(t+1) = o(t) P,
 * year index t uses o(t), no half-cycle correction.
 */
#include <math.h>
#include <stdio.h>

#include "ledger.h"

/* Rows may miss 1 by rounding in the plugin's own arithmetic; no more. */
#define ROW_TOLERANCE 1e-9

static const char *const arm_names[MKBA_N_ARMS] = {"baseline", "intervention"};

int mkba_svc_cohort_run(mkba_ctx *ctx, const mkba_cohort *c, double *occ) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (!c || c->n_states < 1 || !c->start || !occ || !c->transition[0] ||
      !c->transition[1])
    return mkba_ctx_fail(ctx, "cohort_run: incomplete cohort (states, start, both "
                         "transition matrices and the occupancy array are required)");
  int n = c->n_states, H = ctx->horizon;
  for (int arm = 0; arm < MKBA_N_ARMS; arm++) {
    const double *P = c->transition[arm];
    for (int s = 0; s < n; s++) {
      double sum = 0;
      for (int r = 0; r < n; r++) {
        double p = P[s * n + r];
        if (!(p >= -ROW_TOLERANCE && p <= 1 + ROW_TOLERANCE))
          return mkba_ctx_fail(ctx, "cohort: %s transition from state %d to %d is %g, "
                               "outside [0, 1]", arm_names[arm], s, r, p);
        sum += p;
      }
      if (fabs(sum - 1) > ROW_TOLERANCE)
        return mkba_ctx_fail(ctx, "cohort: %s transitions from state %d sum to %.12g, "
                             "not 1", arm_names[arm], s, sum);
    }
  }
  for (int s = 0; s < n; s++)
    if (!isfinite(c->start[s]) || c->start[s] < 0)
      return mkba_ctx_fail(ctx, "cohort: start occupancy of state %d is %g", s,
                           c->start[s]);
  for (int arm = 0; arm < MKBA_N_ARMS; arm++) {
    const double *P = c->transition[arm];
    double *o = occ + (size_t)arm * H * n;
    for (int s = 0; s < n; s++)
      o[s] = c->start[s];
    for (int t = 0; t + 1 < H; t++) {
      const double *cur = o + (size_t)t * n;
      double *next = o + (size_t)(t + 1) * n;
      for (int r = 0; r < n; r++)
        next[r] = 0;
      for (int s = 0; s < n; s++) {
        double x = cur[s];
        if (x == 0)
          continue;
        const double *row = P + (size_t)s * n;
        for (int r = 0; r < n; r++)
          next[r] += x * row[r];
      }
    }
  }
  return MKBA_OK;
}

int mkba_svc_cohort_state_cost(mkba_ctx *ctx, const double *occ, int n, int state,
                               int actor, int cat, double amount) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (state < 0 || state >= n)
    return mkba_ctx_fail(ctx, "cohort_state_cost: state %d outside 0..%d", state, n - 1);
  int H = ctx->horizon;
  for (int t = 0; t < H; t++) {
    double base = occ[(size_t)t * n + state];
    double with = occ[((size_t)H + t) * n + state];
    if (mkba_svc_flow(ctx, MKBA_INTERVENTION, actor, cat, MKBA_BENEFIT, t,
                      (base - with) * amount))
      return MKBA_ERROR;
  }
  return MKBA_OK;
}

int mkba_svc_cohort_programme_cost(mkba_ctx *ctx, const double *occ, int n, int state,
                                   int actor, int cat, double amount) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (state < 0 || state >= n)
    return mkba_ctx_fail(ctx, "cohort_programme_cost: state %d outside 0..%d", state,
                         n - 1);
  int H = ctx->horizon;
  for (int t = 0; t < H; t++)
    if (mkba_svc_flow(ctx, MKBA_INTERVENTION, actor, cat, MKBA_COST, t,
                      occ[((size_t)H + t) * n + state] * amount))
      return MKBA_ERROR;
  return MKBA_OK;
}

int mkba_svc_cohort_person_years(mkba_ctx *ctx, const double *occ, int n,
                                 const char *const *ids) {
  if (ctx->failed)
    return MKBA_ERROR;
  int H = ctx->horizon;
  for (int s = 0; s < n; s++) {
    char id[MKBA_ID_MAX], nl[160], en[160];
    snprintf(id, sizeof id, "persoonsjaren_%s", ids[s]);
    snprintf(nl, sizeof nl, "Persoonsjaren %s", ids[s]);
    snprintf(en, sizeof en, "Person-years %s", ids[s]);
    int o = mkba_svc_outcome_id(ctx, id, nl, en, "persoonsjaren");
    if (o < 0)
      return MKBA_ERROR;
    for (int arm = 0; arm < MKBA_N_ARMS; arm++)
      for (int t = 0; t < H; t++)
        if (mkba_svc_outcome(ctx, o, arm, t, occ[((size_t)arm * H + t) * n + s]))
          return MKBA_ERROR;
  }
  return MKBA_OK;
}
