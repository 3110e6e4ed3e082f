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

/*
 * o(t+1) = o(t) P for t = 0 .. H-2, o holding H rows of n.  This loop is
 * most of a Monte Carlo draw of a cohort model, so small state counts get
 * a version with n known to the compiler, which unrolls it completely.
 */
#define PROPAGATE(N)                                                                               \
  static void propagate_##N(const double *restrict P, double *restrict o, int H) {                 \
    for (int t = 0; t + 1 < H; t++) {                                                              \
      const double *cur = o + (size_t)t * N;                                                       \
      double *next = o + (size_t)(t + 1) * N;                                                      \
      for (int r = 0; r < N; r++)                                                                  \
        next[r] = cur[0] * P[r];                                                                   \
      for (int s = 1; s < N; s++)                                                                  \
        for (int r = 0; r < N; r++)                                                                \
          next[r] += cur[s] * P[s * N + r];                                                        \
    }                                                                                              \
  }
PROPAGATE(2)
PROPAGATE(3)
PROPAGATE(4)
PROPAGATE(5)
PROPAGATE(6)
PROPAGATE(7)
PROPAGATE(8)

static void propagate(const double *restrict P, double *restrict o, int n, int H) {
  switch (n) {
  case 2:
    propagate_2(P, o, H);
    return;
  case 3:
    propagate_3(P, o, H);
    return;
  case 4:
    propagate_4(P, o, H);
    return;
  case 5:
    propagate_5(P, o, H);
    return;
  case 6:
    propagate_6(P, o, H);
    return;
  case 7:
    propagate_7(P, o, H);
    return;
  case 8:
    propagate_8(P, o, H);
    return;
  default:
    break;
  }
  for (int t = 0; t + 1 < H; t++) {
    const double *cur = o + (size_t)t * n;
    double *next = o + (size_t)(t + 1) * n;
    for (int r = 0; r < n; r++)
      next[r] = cur[0] * P[r];
    for (int s = 1; s < n; s++)
      for (int r = 0; r < n; r++)
        next[r] += cur[s] * P[(size_t)s * n + r];
  }
}

int mkba_svc_cohort_run(mkba_ctx *ctx, const mkba_cohort *c, double *occ) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (!c || c->n_states < 1 || !c->start || !occ || !c->transition[0] || !c->transition[1])
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
          return mkba_ctx_fail(ctx,
                               "cohort: %s transition from state %d to %d is %g, "
                               "outside [0, 1]",
                               arm_names[arm], s, r, p);
        sum += p;
      }
      if (fabs(sum - 1) > ROW_TOLERANCE)
        return mkba_ctx_fail(ctx,
                             "cohort: %s transitions from state %d sum to %.12g, "
                             "not 1",
                             arm_names[arm], s, sum);
    }
  }
  for (int s = 0; s < n; s++)
    if (!isfinite(c->start[s]) || c->start[s] < 0)
      return mkba_ctx_fail(ctx, "cohort: start occupancy of state %d is %g", s, c->start[s]);
  for (int arm = 0; arm < MKBA_N_ARMS; arm++) {
    double *o = occ + (size_t)arm * H * n;
    for (int s = 0; s < n; s++)
      o[s] = c->start[s];
    propagate(c->transition[arm], o, n, H);
  }
  return MKBA_OK;
}

/*
 * Monte Carlo mode: add sum_t df[t] * sign * (a(t) - b(t)) * amount to the
 * actor's NPV in one go instead of a flow per year.  `a`/`b` are the
 * occupancy columns (b may be NULL for 0).
 */
static int fast_series(mkba_ctx *ctx, const double *a, const double *b, int n, int actor, int cat,
                       double sign, double amount) {
  if (actor < 0 || actor >= MKBA_N_ACTORS || cat < 0 || cat >= ctx->n_cat)
    return mkba_ctx_fail(ctx, "cohort: bad actor %d or category %d", actor, cat);
  double sum = 0;
  for (int t = 0; t < ctx->horizon; t++)
    sum += ctx->df[t] * (a[(size_t)t * n] - (b ? b[(size_t)t * n] : 0));
  double v = sign * sum * amount;
  if (!isfinite(v))
    return mkba_ctx_fail(ctx,
                         "cohort flow in category \"%s\": amount is not a finite "
                         "number",
                         ctx->cat_id[cat]);
  ctx->acc[actor] += v;
  return MKBA_OK;
}

int mkba_svc_cohort_state_cost(mkba_ctx *ctx, const double *occ, int n, int state, int actor,
                               int cat, double amount) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (state < 0 || state >= n)
    return mkba_ctx_fail(ctx, "cohort_state_cost: state %d outside 0..%d", state, n - 1);
  int H = ctx->horizon;
  if (ctx->fast) /* a saving: baseline minus intervention occupancy */
    return fast_series(ctx, occ + state, occ + (size_t)H * n + state, n, actor, cat, 1, amount);
  for (int t = 0; t < H; t++) {
    double base = occ[(size_t)t * n + state];
    double with = occ[((size_t)H + t) * n + state];
    if (mkba_svc_flow(ctx, MKBA_INTERVENTION, actor, cat, MKBA_BENEFIT, t, (base - with) * amount))
      return MKBA_ERROR;
  }
  return MKBA_OK;
}

int mkba_svc_cohort_programme_cost(mkba_ctx *ctx, const double *occ, int n, int state, int actor,
                                   int cat, double amount) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (state < 0 || state >= n)
    return mkba_ctx_fail(ctx, "cohort_programme_cost: state %d outside 0..%d", state, n - 1);
  int H = ctx->horizon;
  if (ctx->fast) /* a cost of the intervention arm */
    return fast_series(ctx, occ + (size_t)H * n + state, NULL, n, actor, cat, -1, amount);
  for (int t = 0; t < H; t++)
    if (mkba_svc_flow(ctx, MKBA_INTERVENTION, actor, cat, MKBA_COST, t,
                      occ[((size_t)H + t) * n + state] * amount))
      return MKBA_ERROR;
  return MKBA_OK;
}

int mkba_svc_cohort_person_years(mkba_ctx *ctx, const double *occ, int n, const char *const *ids) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (ctx->fast) /* Monte Carlo keeps no outcomes */
    return MKBA_OK;
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
