/*
 * evaluate.h - from a ledger to the numbers of an MKBA: discount factors,
 * present values per actor and category, undiscounted totals, yearly
 * series, payback year and internal rate of return.  Pure functions of
 * their inputs (docs/method.md).
 */
#ifndef MKBA_EVALUATE_H
#define MKBA_EVALUATE_H

#include "ledger.h"
#include "scenario.h"

/* Perspectives reported beside the actors. */
enum { MKBA_PERSPECTIVE_SOCIETY = 0, MKBA_PERSPECTIVE_GOVERNMENT, MKBA_N_PERSPECTIVES };

/*
 * Costs and benefits of something, discounted and not.  Benefits are split
 * into budget effects (euros saved or changing hands) and monetised
 * well-being (quality of life valued in euros, see mkba_category_wellbeing);
 * pv_benefits is their sum.
 */
typedef struct mkba_totals {
  double pv_costs, pv_benefits; /* present values */
  double costs, benefits;       /* undiscounted sums */
  double pv_wellbeing;          /* the part of pv_benefits that is monetised well-being */
} mkba_totals;

typedef struct mkba_year {
  double costs, benefits; /* societal, undiscounted */
  double pv_net;          /* discounted net */
  double cumulative_pv_net;
} mkba_year;

typedef struct mkba_eval {
  int horizon;
  mkba_totals total;                /* society: transfers net out */
  mkba_totals actor[MKBA_N_ACTORS]; /* transfers counted */
  mkba_totals perspective[MKBA_N_PERSPECTIVES];
  int n_cat;
  mkba_totals *category;            /* [n_cat], indexed like the ledger */
  double *transfer_pv;              /* [n_cat * A * A] discounted, from/to */
  double *transfer_sum;             /* [n_cat * A * A] undiscounted */
  mkba_year *year;                  /* [horizon] */
  int payback_year;                 /* calendar year, or 0 for none */
  int actor_payback[MKBA_N_ACTORS]; /* the same per actor (transfers counted) */
  double *actor_costs;              /* [A * horizon] undiscounted, per actor and year,
                                       a transfer a cost to its payer */
  double *actor_benefits;           /* [A * horizon] the same, a transfer a benefit
                                       to its receiver */
  double irr;                       /* NaN when not defined */
  double first_year_return;         /* NaN when not defined */
} mkba_eval;

/*
 * Discount factors for the scenario's years: df[t] for year start+t,
 * `horizon` of them.  A rate r gives (1+r)^-(year - base_year).  A schedule
 * counts its steps in years after base_year: the factor of year y is
 * prod_{k=0}^{y-base-1} 1/(1+r_k), and a year before base_year is
 * compounded forward at the first rate.
 */
void mkba_discount_factors(const mkba_discount *disc, int start_year, int horizon, double *df);

/* Evaluate ledger `c` with factors `df`.  *e is filled; free with mkba_eval_clear. */
int mkba_evaluate(const mkba_ctx *c, const double *df, int start_year, mkba_eval *e);
void mkba_eval_clear(mkba_eval *e);

/*
 * The fast path for Monte Carlo: societal NPV into npv[0] and each actor's
 * into npv[1 + a], nothing else.  No allocation.
 */
void mkba_npv_fast(const mkba_ctx *c, const double *df, double npv[1 + MKBA_N_ACTORS]);

#endif
