/*
 * test_template.c - the plugin of template.c against the mock host.
 *
 * Run by ctest with MKBA_TEST_PLUGIN naming template.so (and MKBA_DATA_DIR
 * the data directory, for the value bank).  Three kinds of test:
 *   - the standard properties of mkba_check.h (finite base case, more
 *     effect gives a higher NPV, zero effect leaves only the costs, the same
 *     inputs give the same ledger, the booking convention);
 *   - the parameter table: every default sourced, assumptions marked as
 *     such, amounts with a price year, distributions centred on defaults;
 *   - the model by hand: every input set, every figure followed on paper.
 * When you change the model in template.c, change the hand calculation
 * with it: work the new numbers out on paper first, then let the test hold
 * the code to them.
 */
#include <check.h>
#include <dlfcn.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mkba_check.h"

/*
 * The scenario of the property tests: 2025-2034 at 2024 prices (the last
 * year of the CBS price index in the data, so no inflation is assumed).
 * `effect` is the effect parameter: raised from its default 0.5 to 0.8 the
 * NPV must rise, at zero only the costs remain.
 */
static const mkba_check_spec spec = {
    .effects = {"effect"}, .more = {0.8}, .start_year = 2025, .horizon = 10, .price_year = 2024};

/* The plugin's own descriptor, read through its entry point (borrowed). */
static const mkba_plugin *descriptor(void) {
  const char *path = getenv("MKBA_TEST_PLUGIN");
  ck_assert_msg(path != NULL, "MKBA_TEST_PLUGIN is not set");
  void *so = dlopen(path, RTLD_NOW | RTLD_LOCAL); /* kept open: the table lives in it */
  ck_assert_msg(so != NULL, "dlopen %s: %s", path, dlerror());
  mkba_entry_fn entry;
  *(void **)&entry = dlsym(so, MKBA_ENTRY_SYMBOL);
  ck_assert_msg(entry != NULL, "%s exports no %s", path, MKBA_ENTRY_SYMBOL);
  const mkba_plugin *p = entry();
  ck_assert(p != NULL && p->n_params > 0 && p->params != NULL);
  return p;
}

/* The mean of distribution `d`; NaN for MKBA_FIXED (there is none). */
static double dist_mean(const mkba_dist *d) {
  switch (d->kind) {
  case MKBA_NORMAL:
  case MKBA_LOGNORMAL:
    return d->p1;
  case MKBA_UNIFORM:
    return (d->p1 + d->p2) / 2;
  case MKBA_TRIANGULAR:
    return (d->p1 + d->p2 + d->p3) / 3;
  case MKBA_PERT:
    return (d->p1 + 4 * d->p2 + d->p3) / 6;
  case MKBA_BETA:
    return d->p1 / (d->p1 + d->p2);
  case MKBA_GAMMA:
    return d->p1 * d->p2;
  default:
    return NAN;
  }
}

/*
 * Every parameter says where its default comes from: a source, or
 * "assumption: why" with the confidence MKBA_ASSUMPTION; an amount in
 * euros has the price year it is in (or is a value-bank row, which has
 * one); a default lies within its bounds; and a parameter with a
 * distribution has the distribution's mean as its default, so that the
 * base case is the expected value the Monte Carlo analysis draws around.
 */
START_TEST(parameters_sourced) {
  const mkba_plugin *p = descriptor();
  for (uint32_t i = 0; i < p->n_params; i++) {
    const mkba_param *q = &p->params[i];
    ck_assert_msg(q->source && strlen(q->source) > 10, "%s: no source", q->key);
    ck_assert_msg(q->label_nl && *q->label_nl && q->label_en && *q->label_en, "%s: no labels",
                  q->key);
    ck_assert_msg(q->unit && *q->unit, "%s: no unit", q->key);
    if (strncmp(q->source, "assumption", 10) == 0)
      ck_assert_msg(q->confidence == MKBA_ASSUMPTION,
                    "%s: the source is an assumption, the confidence is not", q->key);
    else
      ck_assert_msg(q->confidence == MKBA_VERIFIED || q->confidence == MKBA_SECONDARY,
                    "%s: a source without a confidence", q->key);
    if (strncmp(q->unit, "EUR", 3) == 0)
      ck_assert_msg(q->price_year > 0 || q->unit_cost, "%s: an amount without a price year",
                    q->key);
    ck_assert_msg(q->min <= q->value && q->value <= q->max, "%s: default %g outside [%g, %g]",
                  q->key, q->value, q->min, q->max);
    if (q->dist.kind != MKBA_FIXED)
      ck_assert_msg(fabs(dist_mean(&q->dist) - q->value) <= 1e-9 * fmax(1, fabs(q->value)),
                    "%s: default %g, but the distribution's mean is %g", q->key, q->value,
                    dist_mean(&q->dist));
  }
}
END_TEST

/*
 * A mock with every input set by hand: 100 clients, support EUR 10,000 a
 * year each, half a year in shelter without the programme, a shelter
 * place-year EUR 20,000, effect 0.5, deadweight 0.2.
 */
static mkba_mock *by_hand(void) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "clients", 100);
  mkba_check_set(m, "support_cost", 10000);
  mkba_check_set(m, "shelter_share", 0.5);
  mkba_check_set(m, "place_year", 20000);
  mkba_check_set(m, "effect", 0.5);
  mkba_check_set(m, "deadweight", 0.2);
  mkba_check_run(m);
  return m;
}

/*
 * By hand, every year alike:
 *   support   100 x 10,000                                = 1,000,000 cost (gemeente)
 *   shelter   baseline 100 x 0.5 = 50 person-years;
 *             with support 50 x (1 - 0.5 x (1 - 0.2)) = 30;
 *             20 fewer x 20,000                           =   400,000 benefit (gemeente)
 *   nights    50 x 365 = 18,250 against 30 x 365 = 10,950 a year
 * Over ten years, undiscounted: NPV 10 x (400,000 - 1,000,000) = -6,000,000.
 */
START_TEST(hand_calculation) {
  mkba_mock *m = by_hand();
  for (int t = 0; t < 10; t++) {
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, t), 1000000,
                            1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, t), 400000,
                            1e-6);
  }
  /* Less shelter is a saving (a benefit), never a negative cost. */
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_MOCK_ALL, "opvang", MKBA_COST, MKBA_MOCK_ALL), 0,
                          1e-9);
  /* Nobody else pays or gains. */
  for (int a = 0; a < MKBA_N_ACTORS; a++)
    if (a != MKBA_GEMEENTE)
      ck_assert_double_eq_tol(mkba_mock_npv(m, a, 0.0), 0, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, 0.0), -6000000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "opvangnachten", MKBA_BASELINE), 182500, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "opvangnachten", MKBA_INTERVENTION), 109500, 1e-6);
  ck_assert_int_eq(mkba_mock_pm_count(m), 1);
  mkba_mock_free(m);
}
END_TEST

/*
 * Deadweight: when everything would have been avoided anyway (deadweight
 * 1) the programme saves nothing and only its cost remains; discounted at
 * 2.25% from the start year, 10 years of EUR 1,000,000 are
 * (1 - 1.0225^-10) / (1 - 1.0225^-1) x 1,000,000 = 9,065,706.
 */
START_TEST(full_deadweight_saves_nothing) {
  mkba_mock *m = by_hand();
  mkba_check_set(m, "deadweight", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, 0.0225), -9065706.22, 0.01);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("template");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, parameters_sourced);
  tcase_add_test(tc, hand_calculation);
  tcase_add_test(tc, full_deadweight_saves_nothing);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
