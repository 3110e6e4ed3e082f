/* evaluate.c - discounting and totals; see evaluate.h. */
#include "evaluate.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define A MKBA_N_ACTORS

/* Rate in force k years after the base year (k < 0 takes the first step). */
static double step_rate(const mkba_discount *disc, int k) {
  double r = disc->rates[0];
  for (int i = 0; i < disc->n_steps; i++)
    if (disc->from[i] <= k)
      r = disc->rates[i];
  return r;
}

/*
 * F(t) = prod_{k<t} 1/(1+r_k) for a year t years after the base year; for
 * t < 0 the product of (1 + r_0) over the years up to the base year.
 */
static double schedule_factor(const mkba_discount *disc, int t) {
  double f = 1;
  for (int k = 0; k < t; k++)
    f /= 1 + step_rate(disc, k);
  for (int k = t; k < 0; k++)
    f *= 1 + step_rate(disc, k);
  return f;
}

void mkba_discount_factors(const mkba_discount *disc, int start_year, int horizon, double *df) {
  for (int t = 0; t < horizon; t++) {
    int from_base = start_year + t - disc->base_year;
    df[t] = disc->is_schedule ? schedule_factor(disc, from_base)
                              : pow(1 + disc->rate, -(double)from_base);
  }
}

/*
 * 1 when category `id` holds monetised well-being (QALYs and other quality
 * of life valued in euros): "kwaliteit_van_leven" or an id that starts with
 * "kwaliteit_van_leven_".  Everything else is a budget effect.
 */
static int category_wellbeing(const char *id) {
  static const char prefix[] = "kwaliteit_van_leven";
  size_t n = sizeof prefix - 1;
  return id && strncmp(id, prefix, n) == 0 && (id[n] == '\0' || id[n] == '_');
}

static int is_government(int a) {
  return a == MKBA_GEMEENTE || a == MKBA_ZORGVERZEKERAAR || a == MKBA_RIJK;
}

void mkba_npv_fast(const mkba_ctx *c, const double *df, double npv[1 + A]) {
  int H = c->horizon;
  for (int a = 0; a <= A; a++)
    npv[a] = 0;
  if (c->fast) { /* already discounted as it was posted */
    for (int a = 0; a < A; a++) {
      npv[1 + a] = c->acc[a];
      npv[0] += c->acc[a];
    }
    return;
  }
  for (int k = 0; k < c->n_cat; k++) {
    const double *base = c->flow[k], *with = c->flow[k] + (size_t)H * A * 2;
    for (int t = 0; t < H; t++) {
      const double *b = base + (size_t)t * A * 2, *w = with + (size_t)t * A * 2;
      for (int a = 0; a < A; a++) {
        double net = (w[2 * a + 1] - b[2 * a + 1]) - (w[2 * a] - b[2 * a]);
        npv[1 + a] += df[t] * net;
      }
    }
    if (c->tr[k])
      for (int t = 0; t < H; t++)
        for (int from = 0; from < A; from++)
          for (int to = 0; to < A; to++) {
            double x = mkba_ctx_tr(c, k, t, from, to);
            npv[1 + from] -= df[t] * x;
            npv[1 + to] += df[t] * x;
          }
  }
  for (int a = 0; a < A; a++)
    npv[0] += npv[1 + a];
}

/*
 * The first calendar year from which the cumulative discounted net is > 0
 * and stays >= 0 to the end of the horizon; 0 when there is none.  Years
 * with a cumulative net of exactly 0 (nothing has happened yet) are not
 * paid back.
 */
static int payback_year(const double *cum, int n, int start_year) {
  /* After the last year below zero, the first year above it. */
  int first = 0;
  for (int t = 0; t < n; t++)
    if (cum[t] < 0)
      first = t + 1;
  for (int t = first; t < n; t++)
    if (cum[t] > 0)
      return start_year + t;
  return 0;
}

/*
 * The first year rate of return: the discounted net of the first year with
 * benefits (> 0), over the present value of the costs up to and including
 * that year.  NaN when no year has benefits or no cost precedes them.
 */
static double first_year_return(const double *costs, const double *benefits, const double *df,
                                int n) {
  double pv_costs = 0;
  for (int t = 0; t < n; t++) {
    pv_costs += df[t] * costs[t];
    if (benefits[t] > 0)
      return pv_costs > 0 ? df[t] * (benefits[t] - costs[t]) / pv_costs : NAN;
  }
  return NAN;
}

typedef struct {
  const double *net;
  int n;
} irr_args;

/* NPV of the nets at rate r, scaled so that it stays finite near r = -1. */
static double npv_at(double r, void *arg) {
  const irr_args *a = arg;
  double v = 0, f = 1;
  for (int t = 0; t < a->n; t++) {
    v += a->net[t] * f;
    f /= 1 + r;
  }
  return v;
}

/*
 * The internal rate of return of yearly nets `net` (t = 0..n-1): the rate
 * that makes their NPV zero, defined only when the nets change sign exactly
 * once, from negative to positive (zeros ignored); NaN otherwise.
 */
static double irr(const double *net, int n) {
  /* Defined only for one sign change, negative to positive (zeros ignored). */
  int changes = 0, last = 0, first = 0;
  for (int t = 0; t < n; t++) {
    int s = net[t] > 0 ? 1 : net[t] < 0 ? -1 : 0;
    if (!s)
      continue;
    if (!first)
      first = s;
    else if (s != last)
      changes++;
    last = s;
  }
  if (changes != 1 || first != -1)
    return NAN;
  /*
   * By Descartes' rule the polynomial in 1/(1+r) has exactly one positive
   * root: NPV(r) is positive as r -> -1 and negative as r -> infinity.
   */
  /* GSL's default error handler aborts; mkba turns it off once at start. */
  irr_args args = {net, n};
  gsl_function F = {npv_at, &args};
  double lo = -0.9, hi = 1.0;
  for (int k = 0; k < 60 && npv_at(lo, &args) < 0; k++)
    lo = -1 + (lo + 1) / 10;
  for (int k = 0; k < 60 && npv_at(hi, &args) > 0; k++)
    hi = hi * 4 + 1;
  if (!(npv_at(lo, &args) >= 0 && npv_at(hi, &args) <= 0))
    return NAN;
  gsl_root_fsolver *s = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
  double root = NAN;
  if (s && gsl_root_fsolver_set(s, &F, lo, hi) == GSL_SUCCESS) {
    for (int it = 0; it < 200; it++) {
      if (gsl_root_fsolver_iterate(s) != GSL_SUCCESS)
        break;
      double a = gsl_root_fsolver_x_lower(s), b = gsl_root_fsolver_x_upper(s);
      root = gsl_root_fsolver_root(s);
      if (gsl_root_test_interval(a, b, 0, 1e-13) == GSL_SUCCESS)
        break;
    }
  }
  gsl_root_fsolver_free(s);
  return root;
}

static void add(mkba_totals *t, double df, double cost, double benefit, int wellbeing) {
  t->pv_costs += df * cost;
  t->pv_benefits += df * benefit;
  t->costs += cost;
  t->benefits += benefit;
  if (wellbeing)
    t->pv_wellbeing += df * benefit;
}

int mkba_evaluate(const mkba_ctx *c, const double *df, int start_year, mkba_eval *e) {
  int H = c->horizon;
  memset(e, 0, sizeof *e);
  e->horizon = H;
  e->n_cat = c->n_cat;
  e->category = calloc((size_t)c->n_cat + 1, sizeof *e->category);
  e->transfer_pv = calloc((size_t)c->n_cat * A * A + 1, sizeof(double));
  e->transfer_sum = calloc((size_t)c->n_cat * A * A + 1, sizeof(double));
  e->year = calloc((size_t)H, sizeof *e->year);
  e->actor_costs = calloc((size_t)A * H + 1, sizeof(double));
  e->actor_benefits = calloc((size_t)A * H + 1, sizeof(double));
  /* Scratch: yearly nets of society and of each actor, costs and benefits. */
  double *net = calloc((size_t)H * (A + 4), sizeof *net);
  if (!e->category || !e->transfer_pv || !e->transfer_sum || !e->year || !e->actor_costs ||
      !e->actor_benefits || !net) {
    free(net);
    mkba_eval_clear(e);
    return -1;
  }
  double *anet = net + H, *cums = anet + (size_t)A * H, *ycost = cums + H, *yben = ycost + H;
  for (int k = 0; k < c->n_cat; k++) {
    int wb = category_wellbeing(c->cat_id[k]);
    for (int t = 0; t < H; t++) {
      for (int a = 0; a < A; a++) {
        double cost = mkba_ctx_net(c, k, t, a, MKBA_COST);
        double ben = mkba_ctx_net(c, k, t, a, MKBA_BENEFIT);
        add(&e->total, df[t], cost, ben, wb);
        add(&e->actor[a], df[t], cost, ben, wb);
        add(&e->category[k], df[t], cost, ben, wb);
        if (is_government(a))
          add(&e->perspective[MKBA_PERSPECTIVE_GOVERNMENT], df[t], cost, ben, wb);
        e->year[t].costs += cost;
        e->year[t].benefits += ben;
        anet[(size_t)a * H + t] += ben - cost;
        e->actor_costs[(size_t)a * H + t] += cost;
        e->actor_benefits[(size_t)a * H + t] += ben;
      }
      if (!c->tr[k])
        continue;
      for (int from = 0; from < A; from++)
        for (int to = 0; to < A; to++) {
          double x = mkba_ctx_tr(c, k, t, from, to);
          if (x == 0)
            continue;
          add(&e->actor[from], df[t], x, 0, 0);
          add(&e->actor[to], df[t], 0, x, 0);
          anet[(size_t)from * H + t] -= x;
          anet[(size_t)to * H + t] += x;
          e->actor_costs[(size_t)from * H + t] += x;
          e->actor_benefits[(size_t)to * H + t] += x;
          /* Only money crossing the government's boundary counts for it. */
          if (is_government(from) && !is_government(to))
            add(&e->perspective[MKBA_PERSPECTIVE_GOVERNMENT], df[t], x, 0, 0);
          if (!is_government(from) && is_government(to))
            add(&e->perspective[MKBA_PERSPECTIVE_GOVERNMENT], df[t], 0, x, 0);
          e->transfer_pv[((size_t)k * A + from) * A + to] += df[t] * x;
          e->transfer_sum[((size_t)k * A + from) * A + to] += x;
        }
    }
  }
  e->perspective[MKBA_PERSPECTIVE_SOCIETY] = e->total;
  double cum = 0;
  for (int t = 0; t < H; t++) {
    net[t] = e->year[t].benefits - e->year[t].costs;
    e->year[t].pv_net = df[t] * net[t];
    cum += e->year[t].pv_net;
    e->year[t].cumulative_pv_net = cum;
    ycost[t] = e->year[t].costs;
    yben[t] = e->year[t].benefits;
  }
  for (int t = 0; t < H; t++)
    cums[t] = e->year[t].cumulative_pv_net;
  e->payback_year = payback_year(cums, H, start_year);
  e->irr = irr(net, H);
  e->first_year_return = first_year_return(ycost, yben, df, H);
  for (int a = 0; a < A; a++) {
    double acum = 0;
    for (int t = 0; t < H; t++) {
      acum += df[t] * anet[(size_t)a * H + t];
      cums[t] = acum;
    }
    e->actor_payback[a] = payback_year(cums, H, start_year);
  }
  free(net);
  return 0;
}

void mkba_eval_clear(mkba_eval *e) {
  free(e->category);
  free(e->transfer_pv);
  free(e->transfer_sum);
  free(e->year);
  free(e->actor_costs);
  free(e->actor_benefits);
  memset(e, 0, sizeof *e);
}
