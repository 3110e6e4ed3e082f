/*
 * cohort.h - the Markov cohort services of the plugin header (mkba_host's
 * cohort_*): occupancy per arm and year, and the per-person-year flows
 * booked on it into a ledger.  Contracts as in mkba_plugin.h.
 */
#ifndef MKBA_COHORT_H
#define MKBA_COHORT_H

#include "ledger.h"

/* ABI 1.0 cohort services. */
int mkba_svc_cohort_run(mkba_ctx *ctx, const mkba_cohort *c, double *occ);
int mkba_svc_cohort_state_cost(mkba_ctx *ctx, const double *occ, int n, int state,
                               enum mkba_actor actor, int cat, double amount);
int mkba_svc_cohort_programme_cost(mkba_ctx *ctx, const double *occ, int n, int state,
                                   enum mkba_actor actor, int cat, double amount);
int mkba_svc_cohort_person_years(mkba_ctx *ctx, const double *occ, int n, const char *const *ids);
/* ABI 1.1 cohort services (cohort.c). */
int mkba_svc_cohort_run_ex(mkba_ctx *ctx, const mkba_cohort_ex *c, double *occ);
int mkba_svc_cohort_state_cost_years(mkba_ctx *ctx, const double *occ, int n, int state,
                                     enum mkba_actor actor, int cat, double amount, int first,
                                     int last);
int mkba_svc_cohort_programme_cost_years(mkba_ctx *ctx, const double *occ, int n, int state,
                                         enum mkba_actor actor, int cat, double amount, int first,
                                         int last);
int mkba_svc_cohort_transfer(mkba_ctx *ctx, const double *occ, int n, int state,
                             enum mkba_actor from, enum mkba_actor to, int cat, double amount,
                             int first, int last);

#endif
