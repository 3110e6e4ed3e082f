/*
 * cohort.c - the Markov cohort helper offered to plugins: occupancy per
 * arm and year, and the per-person-year flows built on it.
 *
 * o(0) = start and o(t+1) = o(t) P(t), with P(t) the matrix of year t (the
 * same every year for the 1.0 service).  What year index t counts is the
 * cohort's counting rule (enum mkba_counting): o(t) at the beginning of the
 * year, o(t+1) at its end, or their mean (the half-cycle correction).  The
 * occupancy array the plugin receives already holds the counted n(t), so
 * every booking service applies the rule without knowing it.
 */
#include "cohort.h"

#include <math.h>
#include <stdio.h>

#include "ledger.h"
#include "scenario.h"

/* Rows may miss 1 by rounding in the plugin's own arithmetic; no more. */
#define ROW_TOLERANCE 1e-9

static const char *const arm_names[MKBA_N_ARMS] = {"baseline", "intervention"};

/*
 * next = cur P for one year.  This loop is most of a Monte Carlo draw of a
 * cohort model, so small state counts get a version with n known to the
 * compiler, which unrolls it completely.
 */
#define STEP(N)                                                                                    \
  static void step_##N(const double *restrict P, const double *restrict cur,                       \
                       double *restrict next) {                                                    \
    for (int r = 0; r < N; r++)                                                                    \
      next[r] = cur[0] * P[r];                                                                     \
    for (int s = 1; s < N; s++)                                                                    \
      for (int r = 0; r < N; r++)                                                                  \
        next[r] += cur[s] * P[s * N + r];                                                          \
  }
STEP(2)
STEP(3)
STEP(4)
STEP(5)
STEP(6)
STEP(7)
STEP(8)

static void step_n(const double *restrict P, const double *restrict cur, double *restrict next,
                   int n) {
  for (int r = 0; r < n; r++)
    next[r] = cur[0] * P[r];
  for (int s = 1; s < n; s++)
    for (int r = 0; r < n; r++)
      next[r] += cur[s] * P[(size_t)s * n + r];
}

/* o(t+1) = o(t) P(t) for t = 0 .. steps-1; o holds steps + 1 rows of n. */
static void propagate(const double *const *P, double *restrict o, int n, int steps) {
#define CASE(N)                                                                                    \
  case N:                                                                                          \
    for (int t = 0; t < steps; t++)                                                                \
      step_##N(P[t], o + (size_t)t * N, o + (size_t)(t + 1) * N);                                  \
    return;
  switch (n) {
    CASE(2)
    CASE(3)
    CASE(4)
    CASE(5)
    CASE(6)
    CASE(7)
    CASE(8)
  default:
    for (int t = 0; t < steps; t++)
      step_n(P[t], o + (size_t)t * n, o + (size_t)(t + 1) * n, n);
  }
#undef CASE
}

/* Check that P is a probability matrix; the message names arm, year and row. */
static int check_matrix(mkba_ctx *ctx, const double *P, int n, int arm, int year) {
  for (int s = 0; s < n; s++) {
    double sum = 0;
    for (int r = 0; r < n; r++) {
      double p = P[s * n + r];
      if (!(p >= -ROW_TOLERANCE && p <= 1 + ROW_TOLERANCE))
        return mkba_ctx_fail(ctx,
                             "cohort: %s transition from state %d to %d in year index %d is %g, "
                             "outside [0, 1]",
                             arm_names[arm], s, r, year, p);
      sum += p;
    }
    if (fabs(sum - 1) > ROW_TOLERANCE)
      return mkba_ctx_fail(ctx,
                           "cohort: %s transitions from state %d in year index %d sum to %.12g, "
                           "not 1",
                           arm_names[arm], s, year, sum);
  }
  return MKBA_OK;
}

/* The shared core of cohort_run and cohort_run_ex. */
static int run(mkba_ctx *ctx, int n, const double *start, int counting,
               const double *const *const P[MKBA_N_ARMS], double *occ) {
  int H = ctx->horizon;
  if (counting < MKBA_COUNT_BEGINNING || counting > MKBA_COUNT_LIFE_TABLE)
    return mkba_ctx_fail(ctx, "cohort: unknown counting rule %d", counting);
  for (int arm = 0; arm < MKBA_N_ARMS; arm++)
    for (int t = 0; t < H; t++) {
      if (!P[arm][t])
        return mkba_ctx_fail(ctx, "cohort: no %s transition matrix for year index %d",
                             arm_names[arm], t);
      /* Check each distinct matrix once: periods repeat the same pointer. */
      if ((t == 0 || P[arm][t] != P[arm][t - 1]) && check_matrix(ctx, P[arm][t], n, arm, t))
        return MKBA_ERROR;
    }
  for (int s = 0; s < n; s++)
    if (!isfinite(start[s]) || start[s] < 0)
      return mkba_ctx_fail(ctx, "cohort: start occupancy of state %d is %g", s, start[s]);
  /* Beginning-of-year counting needs o(0..H-1): propagate in place. */
  double *o = NULL;
  if (counting != MKBA_COUNT_BEGINNING &&
      !(o = mkba_svc_scratch(ctx, sizeof(double) * (size_t)(H + 1) * (size_t)n)))
    return mkba_ctx_fail(ctx, "cohort: out of memory");
  for (int arm = 0; arm < MKBA_N_ARMS; arm++) {
    double *out = occ + (size_t)arm * H * n;
    double *buf = o ? o : out;
    for (int s = 0; s < n; s++)
      buf[s] = start[s];
    propagate(P[arm], buf, n, o ? H : H - 1);
    if (counting == MKBA_COUNT_END)
      for (size_t i = 0; i < (size_t)H * n; i++)
        out[i] = o[n + i];
    else if (counting == MKBA_COUNT_LIFE_TABLE)
      for (size_t i = 0; i < (size_t)H * n; i++)
        out[i] = 0.5 * (o[i] + o[n + i]);
  }
  return MKBA_OK;
}

int mkba_svc_cohort_run(mkba_ctx *ctx, const mkba_cohort *c, double *occ) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (!c || c->n_states < 1 || !c->start || !occ || !c->transition[0] || !c->transition[1])
    return mkba_ctx_fail(ctx, "cohort_run: incomplete cohort (states, start, both "
                              "transition matrices and the occupancy array are required)");
  const double *P[MKBA_N_ARMS][MKBA_MAX_HORIZON];
  for (int arm = 0; arm < MKBA_N_ARMS; arm++)
    for (int t = 0; t < ctx->horizon; t++)
      P[arm][t] = c->transition[arm];
  const double *const *const per_year[MKBA_N_ARMS] = {P[0], P[1]};
  return run(ctx, c->n_states, c->start, MKBA_COUNT_BEGINNING, per_year, occ);
}

int mkba_svc_cohort_run_ex(mkba_ctx *ctx, const mkba_cohort_ex *c, double *occ) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (!c || c->n_states < 1 || !c->start || !occ || !c->transition[0] || !c->transition[1])
    return mkba_ctx_fail(ctx, "cohort_run_ex: incomplete cohort (states, start, both arms' "
                              "matrices per year and the occupancy array are required)");
  const double *const *const per_year[MKBA_N_ARMS] = {c->transition[0], c->transition[1]};
  return run(ctx, c->n_states, c->start, c->counting, per_year, occ);
}

/* Clip a year range to the horizon; 0, or an error for an empty or bad range. */
static int year_range(mkba_ctx *ctx, const char *what, int *first, int *last) {
  if (*first < 0 || *first > *last || *first >= ctx->horizon)
    return mkba_ctx_fail(ctx, "%s: years %d..%d do not lie within the horizon (0..%d)", what,
                         *first, *last, ctx->horizon - 1);
  if (*last >= ctx->horizon)
    *last = ctx->horizon - 1;
  return MKBA_OK;
}

/*
 * Book sign * (a(t) - b(t)) * amount for year indices first..last, `a` and
 * `b` the occupancy columns of a state (b may be NULL for 0): as a flow of
 * `kind` for `actor`, or, with kind MKBA_TRANSFER, from `actor` to `to`.
 * In Monte Carlo mode the sum goes straight into the actors' NPVs.
 */
static int book(mkba_ctx *ctx, const double *a, const double *b, int n, int kind, int actor, int to,
                int cat, double sign, double amount, int first, int last) {
  if (actor < 0 || actor >= MKBA_N_ACTORS ||
      (kind == MKBA_TRANSFER && (to < 0 || to >= MKBA_N_ACTORS || to == actor)) || cat < 0 ||
      cat >= ctx->n_cat)
    return mkba_ctx_fail(ctx, "cohort: bad actor %d, receiver %d or category %d", actor, to, cat);
  if (ctx->fast) {
    double sum = 0;
    for (int t = first; t <= last; t++)
      sum += ctx->df[t] * (a[(size_t)t * n] - (b ? b[(size_t)t * n] : 0));
    double v = sign * sum * amount;
    if (!isfinite(v))
      return mkba_ctx_fail(ctx, "cohort flow in category \"%s\": amount is not a finite number",
                           ctx->cat_id[cat]);
    if (kind == MKBA_TRANSFER) {
      ctx->acc[actor] -= v;
      ctx->acc[to] += v;
    } else {
      /* A benefit adds to the actor's NPV, a cost subtracts. */
      ctx->acc[actor] += kind == MKBA_BENEFIT ? v : -v;
    }
    return MKBA_OK;
  }
  for (int t = first; t <= last; t++) {
    double x = sign * (a[(size_t)t * n] - (b ? b[(size_t)t * n] : 0)) * amount;
    int rc = kind == MKBA_TRANSFER ? mkba_svc_transfer(ctx, MKBA_INTERVENTION, actor, to, cat, t, x)
                                   : mkba_svc_flow(ctx, MKBA_INTERVENTION, actor, cat, kind, t, x);
    if (rc)
      return MKBA_ERROR;
  }
  return MKBA_OK;
}

int mkba_svc_cohort_state_cost_years(mkba_ctx *ctx, const double *occ, int n, int state,
                                     enum mkba_actor actor, int cat, double amount, int first,
                                     int last) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (state < 0 || state >= n)
    return mkba_ctx_fail(ctx, "cohort_state_cost: state %d outside 0..%d", state, n - 1);
  if (year_range(ctx, "cohort_state_cost", &first, &last))
    return MKBA_ERROR;
  /* A saving: baseline minus intervention occupancy. */
  return book(ctx, occ + state, occ + (size_t)ctx->horizon * n + state, n, MKBA_BENEFIT, actor, -1,
              cat, 1, amount, first, last);
}

int mkba_svc_cohort_programme_cost_years(mkba_ctx *ctx, const double *occ, int n, int state,
                                         enum mkba_actor actor, int cat, double amount, int first,
                                         int last) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (state < 0 || state >= n)
    return mkba_ctx_fail(ctx, "cohort_programme_cost: state %d outside 0..%d", state, n - 1);
  if (year_range(ctx, "cohort_programme_cost", &first, &last))
    return MKBA_ERROR;
  return book(ctx, occ + (size_t)ctx->horizon * n + state, NULL, n, MKBA_COST, actor, -1, cat, 1,
              amount, first, last);
}

int mkba_svc_cohort_transfer(mkba_ctx *ctx, const double *occ, int n, int state,
                             enum mkba_actor from, enum mkba_actor to, int cat, double amount,
                             int first, int last) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (state < 0 || state >= n)
    return mkba_ctx_fail(ctx, "cohort_transfer: state %d outside 0..%d", state, n - 1);
  if (year_range(ctx, "cohort_transfer", &first, &last))
    return MKBA_ERROR;
  /* Intervention minus baseline: fewer people in the state, less paid. */
  return book(ctx, occ + (size_t)ctx->horizon * n + state, occ + state, n, MKBA_TRANSFER, from, to,
              cat, 1, amount, first, last);
}

int mkba_svc_cohort_state_cost(mkba_ctx *ctx, const double *occ, int n, int state,
                               enum mkba_actor actor, int cat, double amount) {
  return mkba_svc_cohort_state_cost_years(ctx, occ, n, state, actor, cat, amount, 0,
                                          ctx->horizon - 1);
}

int mkba_svc_cohort_programme_cost(mkba_ctx *ctx, const double *occ, int n, int state,
                                   enum mkba_actor actor, int cat, double amount) {
  return mkba_svc_cohort_programme_cost_years(ctx, occ, n, state, actor, cat, amount, 0,
                                              ctx->horizon - 1);
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
