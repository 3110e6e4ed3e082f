/*
 * mkba_check.h - the properties every intervention plugin should have, as
 * ready-made Check tests on the mock host (mkba_mock.h).
 *
 *     static const mkba_check_spec spec = {
 *         .effects = {"effect"}, .more = {0.5},   // raise each to this value
 *         .start_year = 2025, .horizon = 10, .price_year = 2024};
 *
 *     int main(void) {
 *       Suite *s = suite_create("my_plugin");
 *       suite_add_tcase(s, mkba_check_properties(&spec));
 *       TCase *tc = tcase_create("model");
 *       tcase_add_test(tc, my_hand_calculation);   // uses mkba_check_open()
 *       suite_add_tcase(s, tc);
 *       return mkba_check_main(s);
 *     }
 *
 * The properties: the base case is finite for society and every actor; a
 * larger value of each effect parameter gives a higher NPV; with every
 * effect parameter at zero the NPV is minus the costs (no benefits remain
 * but the residual value of an investment, category "restwaarde");
 * two runs with the same inputs give the same ledger, bit for bit; and the
 * booking convention: every resource the project alternative uses is a
 * cost (net costs are never negative: a saving is a benefit), and a negative
 * benefit appears only as a genuine loss of well-being (a category
 * "kwaliteit_van_leven...").
 *
 * An effect whose default is already its maximum cannot be raised: give
 * .from, the values the effects start at instead of their defaults, e.g.
 * .from = (const double[]){0.5}, .more = {1.0}.  A test that needs another
 * scenario than the spec's opens its mock with mkba_check_open_at().
 *
 * The plugin is the file named by $MKBA_TEST_PLUGIN.  Header-only: include
 * it in one test file, and link Check and mkba-mock.
 */
#ifndef MKBA_CHECK_H
#define MKBA_CHECK_H

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mkba_mock.h"

#define MKBA_CHECK_MAX_EFFECTS 8

typedef struct mkba_check_spec {
  const char *effects[MKBA_CHECK_MAX_EFFECTS]; /* the effect parameters' keys */
  double more[MKBA_CHECK_MAX_EFFECTS];         /* a larger value for each */
  int start_year;                              /* scenario of the mock */
  int horizon;                                 /* years */
  int price_year;                              /* price level */
  double rate;                                 /* discount rate for NPVs (0 = 2.25%) */
  const double *from; /* if not NULL, effect k starts at from[k], not at its default */
} mkba_check_spec;

/* The spec the property tests read (Check tests take no arguments). */
static const mkba_check_spec *mkba_check_spec_;

/* A mock of the plugin with its defaults, for the scenario given. */
static inline mkba_mock *mkba_check_open_at(int start_year, int horizon, int price_year) {
  const char *path = getenv("MKBA_TEST_PLUGIN");
  ck_assert_msg(path != NULL, "MKBA_TEST_PLUGIN is not set");
  mkba_mock *m = NULL;
  char err[512];
  int rc = mkba_mock_open(path, start_year, horizon, price_year, &m, err, sizeof err);
  ck_assert_msg(rc == MKBA_OK, "mkba_mock_open: %s", err);
  return m;
}

/* A mock of the plugin with its defaults, for the spec's scenario. */
static inline mkba_mock *mkba_check_open(void) {
  const mkba_check_spec *s = mkba_check_spec_;
  return mkba_check_open_at(s ? s->start_year : 2025, s ? s->horizon : 10,
                            s ? s->price_year : 2024);
}

/* Set parameter `key`, failing the test if it is unknown or out of range. */
static inline void mkba_check_set(mkba_mock *m, const char *key, double value) {
  ck_assert_msg(mkba_mock_set(m, key, value) == MKBA_OK, "cannot set %s to %g", key, value);
}

/* The current value of parameter `key`, failing the test if there is none. */
static inline double mkba_check_get(const mkba_mock *m, const char *key) {
  double v = mkba_mock_get(m, key);
  ck_assert_msg(!isnan(v), "no parameter %s", key);
  return v;
}

/* Run compute(), failing the test with the plugin's message on error. */
static inline void mkba_check_run(mkba_mock *m) {
  char err[512];
  ck_assert_msg(mkba_mock_run(m, err, sizeof err) == MKBA_OK, "run: %s", err);
}

static inline double mkba_check_rate_(void) {
  return mkba_check_spec_ && mkba_check_spec_->rate > 0 ? mkba_check_spec_->rate : 0.0225;
}

START_TEST(mkba_check_base_case_is_finite) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_npv(m, -1, mkba_check_rate_())));
  for (int a = 0; a < MKBA_N_ACTORS; a++) {
    ck_assert(isfinite(mkba_mock_npv(m, a, mkba_check_rate_())));
    ck_assert(isfinite(mkba_mock_total(m, a, NULL, MKBA_COST, MKBA_MOCK_ALL)));
    ck_assert(isfinite(mkba_mock_total(m, a, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL)));
  }
  mkba_mock_free(m);
}
END_TEST

START_TEST(mkba_check_more_effect_higher_npv) {
  const mkba_check_spec *s = mkba_check_spec_;
  for (int k = 0; k < MKBA_CHECK_MAX_EFFECTS && s->effects[k]; k++) {
    mkba_mock *m = mkba_check_open();
    if (s->from)
      mkba_check_set(m, s->effects[k], s->from[k]);
    mkba_check_run(m);
    double before = mkba_mock_npv(m, -1, mkba_check_rate_());
    double start = mkba_mock_get(m, s->effects[k]);
    ck_assert_msg(s->more[k] > start, "spec: more[%d] must exceed the %s of %s (%g)", k,
                  s->from ? "from value" : "default", s->effects[k], start);
    mkba_check_set(m, s->effects[k], s->more[k]);
    mkba_check_run(m);
    double after = mkba_mock_npv(m, -1, mkba_check_rate_());
    ck_assert_msg(after > before, "NPV %g with %s = %g, %g with %g", after, s->effects[k],
                  s->more[k], before, start);
    mkba_mock_free(m);
  }
}
END_TEST

START_TEST(mkba_check_zero_effect_only_costs) {
  const mkba_check_spec *s = mkba_check_spec_;
  mkba_mock *m = mkba_check_open();
  for (int k = 0; k < MKBA_CHECK_MAX_EFFECTS && s->effects[k]; k++)
    mkba_check_set(m, s->effects[k], 0);
  mkba_check_run(m);
  double costs = mkba_mock_total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, MKBA_MOCK_ALL);
  /* What an investment is still worth at the end of the horizon does not
     depend on its effect: the one benefit that remains (category
     "restwaarde"), and it cannot exceed what was invested. */
  double rest = mkba_mock_total(m, MKBA_MOCK_ALL, "restwaarde", MKBA_BENEFIT, MKBA_MOCK_ALL);
  ck_assert_msg(costs > 0, "no costs with zero effect");
  ck_assert_msg(rest < costs, "a residual value %g above the costs %g", rest, costs);
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, 0.0), rest - costs, 1e-6 * costs);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL) - rest, 0, 1e-6);
  mkba_mock_free(m);
}
END_TEST

START_TEST(mkba_check_same_inputs_same_ledger) {
  mkba_mock *a = mkba_check_open(), *b = mkba_check_open();
  mkba_check_run(a);
  mkba_check_run(b);
  ck_assert(mkba_mock_same_ledger(a, b));
  mkba_check_run(a); /* and again on the same mock: no state left behind */
  ck_assert(mkba_mock_same_ledger(a, b));
  mkba_mock_free(a);
  mkba_mock_free(b);
}
END_TEST

START_TEST(mkba_check_booking_convention) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  const mkba_check_spec *s = mkba_check_spec_;
  int horizon = s ? s->horizon : 10;
  for (int c = 0; c < mkba_mock_category_count(m); c++) {
    const char *id = mkba_mock_category(m, c);
    int wellbeing = strncmp(id, "kwaliteit_van_leven", 19) == 0;
    for (int a = 0; a < MKBA_N_ACTORS; a++)
      for (int t = 0; t < horizon; t++) {
        double cost = mkba_mock_total(m, a, id, MKBA_COST, t);
        double ben = mkba_mock_total(m, a, id, MKBA_BENEFIT, t);
        ck_assert_msg(cost >= -1e-6,
                      "category \"%s\", actor %d, year %d: a negative cost (%g); a saving is a "
                      "benefit",
                      id, a, t, cost);
        ck_assert_msg(ben >= -1e-6 || wellbeing,
                      "category \"%s\", actor %d, year %d: a negative benefit (%g); a resource "
                      "the project uses is a cost",
                      id, a, t, ben);
      }
  }
  mkba_mock_free(m);
}
END_TEST

/* The five property tests for `spec` (borrowed; it must outlive the run). */
static inline TCase *mkba_check_properties(const mkba_check_spec *spec) {
  mkba_check_spec_ = spec;
  TCase *tc = tcase_create("properties");
  tcase_add_test(tc, mkba_check_base_case_is_finite);
  tcase_add_test(tc, mkba_check_more_effect_higher_npv);
  tcase_add_test(tc, mkba_check_zero_effect_only_costs);
  tcase_add_test(tc, mkba_check_same_inputs_same_ledger);
  tcase_add_test(tc, mkba_check_booking_convention);
  return tc;
}

/* Run suite `s`; the exit status for ctest. */
static inline int mkba_check_main(Suite *s) {
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif /* MKBA_CHECK_H */
