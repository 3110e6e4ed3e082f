/*
 * test_skaeve_huse.c - the skaeve_huse plugin against the mock host.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "mkba_mock.h"

static const char *plugin_path(void) {
  const char *path = getenv("MKBA_TEST_PLUGIN");
  ck_assert_msg(path != NULL, "MKBA_TEST_PLUGIN is not set");
  return path;
}

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 */
static mkba_mock *open_mock(void) {
  mkba_mock *m = NULL;
  char err[512];
  int rc = mkba_mock_open(plugin_path(), 2025, 10, 2024, &m, err, sizeof err);
  ck_assert_msg(rc == MKBA_OK, "mkba_mock_open: %s", err);
  return m;
}

static void set(mkba_mock *m, const char *key, double value) {
  ck_assert_msg(mkba_mock_set(m, key, value) == MKBA_OK, "cannot set %s", key);
}

static void run(mkba_mock *m) {
  char err[512];
  ck_assert_msg(mkba_mock_run(m, err, sizeof err) == MKBA_OK, "run: %s", err);
}

START_TEST(base_case_is_finite) {
  mkba_mock *m = open_mock();
  run(m);
  ck_assert(isfinite(mkba_mock_npv(m, -1, 0.0225)));
  for (int a = 0; a < MKBA_N_ACTORS; a++) {
    ck_assert(isfinite(mkba_mock_npv(m, a, 0.0225)));
    ck_assert(isfinite(mkba_mock_total(m, a, NULL, MKBA_COST, MKBA_MOCK_ALL)));
    ck_assert(
        isfinite(mkba_mock_total(m, a, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL)));
  }
  ck_assert(isfinite(
      mkba_mock_outcome(m, "stabiele_bewonersjaren", MKBA_INTERVENTION)));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

START_TEST(more_effect_gives_higher_npv) {
  mkba_mock *m = open_mock();
  run(m);
  double npv = mkba_mock_npv(m, -1, 0.0225);
  set(m, "effect", 0.9);
  run(m);
  double more0 = mkba_mock_npv(m, -1, 0.0225);
  ck_assert_msg(more0 > npv, "npv %g after raising effect, %g before", more0,
                npv);
  mkba_mock_free(m);
}
END_TEST

START_TEST(zero_effect_leaves_only_costs) {
  mkba_mock *m = open_mock();
  set(m, "effect", 0);
  run(m);
  double costs =
      mkba_mock_total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, MKBA_MOCK_ALL);
  ck_assert(costs > 0);
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, 0.0), -costs, 1e-6 * costs);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0,
      1e-6);
  mkba_mock_free(m);
}
END_TEST

START_TEST(same_inputs_same_ledger) {
  mkba_mock *a = open_mock(), *b = open_mock();
  run(a);
  run(b);
  ck_assert(mkba_mock_same_ledger(a, b));
  mkba_mock_free(a);
  mkba_mock_free(b);
}
END_TEST

/*
 * By hand: 10 homes at 100,000 with a 50-year life, so after ten years 80%
 * (800,000) is left and deducted in year 9.  Running 10 x 15,000 =
 * 150,000 a year: year 0 costs 1,150,000, year 9 150,000 - 800,000.
 * Stable resident-years 10 x 0.7 = 7: shelter 7 x 0.5 x 20,000 = 70,000;
 * police 7 x 5 x 3,000 = 105,000; care 7 x 10 x 300 = 21,000; QALYs
 * 7 x 0.1 x 50,000 = 35,000.
 */
START_TEST(hand_calculation) {
  mkba_mock *m = open_mock();
  set(m, "units", 10);
  set(m, "investment_per_unit", 100000);
  set(m, "lifetime", 50);
  set(m, "running_cost", 15000);
  set(m, "effect", 0.7);
  set(m, "shelter_share", 0.5);
  set(m, "shelter_cost", 20000);
  set(m, "incidents", 5);
  set(m, "incident_cost", 3000);
  set(m, "crisis_days", 10);
  set(m, "nursing_day_cost", 300);
  set(m, "utility_gain", 0.1);
  set(m, "qaly_value", 50000);
  run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_COST, 0),
                          1150000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_COST, 9),
                          -650000, 1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 4), 70000,
      1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, NULL, MKBA_BENEFIT, 4),
                          105000, 1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_ZORGVERZEKERAAR, NULL, MKBA_BENEFIT, 4), 21000,
      1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_DEELNEMER, NULL, MKBA_BENEFIT, 4), 35000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("skaeve_huse");
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_is_finite);
  tcase_add_test(tc, more_effect_gives_higher_npv);
  tcase_add_test(tc, zero_effect_leaves_only_costs);
  tcase_add_test(tc, same_inputs_same_ledger);
  tcase_add_test(tc, hand_calculation);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? 0 : 1;
}
