/*
 * cp_plugin.c - the plugins `mkba check-plugin` is tested on: one sound
 * plugin, and the same plugin built with one defect each (-D CP_...), so
 * that each must fail exactly one property (tests/kit/check_plugin.cmake).
 *
 * Model: `clients` people each cost `cost` euros a year (gemeente) and,
 * with probability `effect`, save `saving` euros a year (zorgverzekeraar).
 * Society's NPV rises with clients, effect and saving, and falls with cost.
 */
#include "mkba_plugin.h"

#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#ifndef CP_NAME
#define CP_NAME "cp_good"
#endif

enum { P_CLIENTS, P_COST, P_SAVING, P_EFFECT, P_N };

/* The flags of `effect`: a wrong-direction plugin declares it lowers the NPV. */
#ifdef CP_WRONG_DIRECTION
#define CP_EFFECT_FLAGS MKBA_PARAM_LOWERS_NPV
#else
#define CP_EFFECT_FLAGS MKBA_PARAM_RAISES_NPV
#endif
/* The source of `cost`: a placeholder in the no-source plugin. */
#ifdef CP_NO_SOURCE
#define CP_COST_SOURCE "TODO"
#else
#define CP_COST_SOURCE "assumption: about 20 hours of guidance a year"
#endif
/* The price year of `saving`: none in the no-price-year plugin. */
#ifdef CP_NO_PRICE_YEAR
#define CP_SAVING_YEAR 0
#else
#define CP_SAVING_YEAR 2024
#endif

static const mkba_param params[] = {
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Aantal deelnemers",
                   .label_en = "Participants",
                   .unit = "personen",
                   .value = 20,
                   .min = 0,
                   .max = 1000,
                   .flags = MKBA_PARAM_INTEGER | MKBA_PARAM_RAISES_NPV,
                   .source = "assumption: a small programme",
                   .source_nl = "aanname: een klein programma",
                   .confidence = MKBA_ASSUMPTION},
    [P_COST] = {.key = "cost",
                .label_nl = "Kosten per deelnemer per jaar",
                .label_en = "Cost per participant per year",
                .unit = "EUR per persoon per jaar",
                .value = 1000,
                .min = 0,
                .max = 100000,
                .price_year = 2024,
                .flags = MKBA_PARAM_LOWERS_NPV,
                .source = CP_COST_SOURCE,
                .source_nl = "aanname: ongeveer 20 uur begeleiding per jaar",
                .confidence = MKBA_ASSUMPTION},
    [P_SAVING] = {.key = "saving",
                  .label_nl = "Vermeden zorgkosten per jaar",
                  .label_en = "Care costs avoided per year",
                  .unit = "EUR per persoon per jaar",
                  .value = 5000,
                  .min = 0,
                  .max = 100000,
                  .price_year = CP_SAVING_YEAR,
                  .flags = MKBA_PARAM_RAISES_NPV,
                  .source = "assumption: a few weeks of care avoided",
                  .source_nl = "aanname: enkele weken zorg vermeden",
                  .confidence = MKBA_ASSUMPTION},
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Kans op effect",
                  .label_en = "Probability of an effect",
                  .unit = "kans",
                  .value = 0.3,
                  .min = 0,
                  .max = 1,
                  .flags = CP_EFFECT_FLAGS,
                  .source = "assumption: a third at most",
                  .source_nl = "aanname: hooguit een derde",
                  .confidence = MKBA_ASSUMPTION},
};

#ifdef CP_COUNTER
static int calls; /* state kept between computes: not deterministic */
#endif
#ifdef CP_RACE
static volatile double shared_sum; /* one sum for every thread: not thread-safe */
#endif

#ifdef CP_CONFIGURE
/* The model configure() builds: the yearly cost from params.amount. */
typedef struct cp_model {
  int amount; /* index of the declared parameter */
} cp_model;

/* Read params {"amount": number}, refusing params without it. */
static int configure(const mkba_host *h, mkba_config *cfg, const mkba_json *json, void **model) {
  static const char *const keys[] = {"amount", NULL};
  if (h->json_check_keys(cfg, json, keys))
    return MKBA_ERROR;
  const mkba_json *amount = h->json_get(json, "amount");
  if (!amount)
    return h->config_error(cfg, json, "\"amount\" is required");
  cp_model *m = malloc(sizeof *m);
  if (!m)
    return h->config_error(cfg, json, "out of memory");
  m->amount = h->config_param(cfg, amount, "amount", "Bedrag", "Amount", "EUR per jaar", 0, 0, 1e6);
  if (m->amount < 0) {
    free(m);
    return MKBA_ERROR;
  }
  *model = m;
  return MKBA_OK;
}

/* Free the model. */
static void release(void *model) { free(model); }
#endif

/* Both arms' difference, posted in the intervention arm; one defect where -D says. */
static int compute(const mkba_host *h, mkba_ctx *ctx, const void *model, const double *p, char *err,
                   size_t errlen) {
  (void)err;
  (void)errlen;
  (void)model;
  int care = h->category(ctx, "zorg", "Zorg", "Care");
  int guidance = h->category(ctx, "begeleiding", "Begeleiding", "Guidance");
  double cost = p[P_CLIENTS] * p[P_COST];
  double saving = p[P_CLIENTS] * p[P_EFFECT] * p[P_SAVING];
#ifdef CP_CONFIGURE
  cost += p[((const cp_model *)model)->amount];
#endif
#ifdef CP_COUNTER
  cost += ++calls;
#endif
#ifdef CP_RACE
  shared_sum = 0;
  for (int i = 0; i < 100; i++) { /* slow, so that the threads overlap */
    shared_sum += 1;
    nanosleep(&(struct timespec){0, 20000}, NULL);
  }
  cost += shared_sum;
#endif
#ifdef CP_PRINTF
  printf("computing %g clients\n", p[P_CLIENTS]);
#endif
#ifdef CP_CRASH
  raise(SIGSEGV);
#endif
#ifdef CP_EXIT
  exit(3);
#endif
#ifdef CP_LOOP
  for (volatile int spin = 1; spin;)
    ;
#endif
  for (int t = 0; t < h->horizon(ctx); t++) {
    double c = cost;
#ifdef CP_NEGATIVE_COST
    c = t == 2 ? -cost : cost; /* a saving booked as a negative cost */
#endif
#ifdef CP_NAN
    c = t == 3 ? NAN : cost;
#endif
    if (h->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, guidance, MKBA_COST, t, c) ||
        h->flow(ctx, MKBA_INTERVENTION, MKBA_ZORGVERZEKERAAR, care, MKBA_BENEFIT, t, saving))
      return MKBA_ERROR;
#ifdef CP_UNBALANCED
    /* Bijstand "moved" from the rijk to the participant as two flows that differ. */
    int benefit = h->category(ctx, "uitkering", "Uitkering", "Benefit payment");
    if (h->flow(ctx, MKBA_INTERVENTION, MKBA_RIJK, benefit, MKBA_COST, t, 1000) ||
        h->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, benefit, MKBA_BENEFIT, t, 800))
      return MKBA_ERROR;
#endif
  }
  return MKBA_OK;
}

#if defined(CP_BLOCK) || defined(CP_BAD_BLOCK)
/* compute() for a block of Monte Carlo draws (ABI 1.5); CP_BAD_BLOCK books 1% more saving. */
static int compute_block(const mkba_host *h, mkba_block *b, const void *model,
                         const double *const *p, int n, char *err, size_t errlen) {
  (void)model;
  (void)err;
  (void)errlen;
  double *cost = h->block_scratch(b, sizeof(double) * (size_t)n);
  double *saving = h->block_scratch(b, sizeof(double) * (size_t)n);
  if (!cost || !saving)
    return MKBA_ERROR;
  for (int l = 0; l < n; l++) {
    cost[l] = p[P_CLIENTS][l] * p[P_COST][l];
    saving[l] = p[P_CLIENTS][l] * p[P_EFFECT][l] * p[P_SAVING][l];
#ifdef CP_BAD_BLOCK
    saving[l] *= 1.01; /* not what compute() posts */
#endif
  }
  for (int t = 0; t < h->block_horizon(b); t++)
    if (MKBA_BLOCK_POST(h, b, .arm = MKBA_INTERVENTION, .kind = MKBA_COST, .actor = MKBA_GEMEENTE,
                        .year = t, .amount = cost) ||
        MKBA_BLOCK_POST(h, b, .arm = MKBA_INTERVENTION, .kind = MKBA_BENEFIT,
                        .actor = MKBA_ZORGVERZEKERAAR, .year = t, .amount = saving))
      return MKBA_ERROR;
  return MKBA_OK;
}
#define CP_BLOCK_FIELDS , .compute_block = compute_block
#else
#define CP_BLOCK_FIELDS
#endif

/* configure() and release() of the configure plugin (a directive cannot stand in MKBA_PLUGIN). */
#ifdef CP_CONFIGURE
#define CP_CONFIGURE_FIELDS .configure = configure, .release = release,
#else
#define CP_CONFIGURE_FIELDS
#endif

MKBA_PLUGIN(.name = CP_NAME, .version = "1.0.0", .title_nl = "Controletest",
            .title_en = "Check test", MKBA_PARAMS_N(params, P_N),
            CP_CONFIGURE_FIELDS /* then */.compute = compute CP_BLOCK_FIELDS)
