/*
 * test_housing_first.c - the housing_first plugin against the mock host.
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
  ck_assert(isfinite(mkba_mock_outcome(m, "qaly", MKBA_INTERVENTION)));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

START_TEST(more_effect_gives_higher_npv) {
  mkba_mock *m = open_mock();
  run(m);
  double npv = mkba_mock_npv(m, -1, 0.0225);
  set(m, "effect_housing", 0.9);
  run(m);
  double more0 = mkba_mock_npv(m, -1, 0.0225);
  ck_assert_msg(more0 > npv, "npv %g after raising effect_housing, %g before",
                more0, npv);
  set(m, "effect_tenancy", 0.9);
  run(m);
  double more1 = mkba_mock_npv(m, -1, 0.0225);
  ck_assert_msg(more1 > more0, "npv %g after raising effect_tenancy, %g before",
                more1, more0);
  mkba_mock_free(m);
}
END_TEST

START_TEST(zero_effect_leaves_only_costs) {
  mkba_mock *m = open_mock();
  set(m, "effect_housing", 0);
  set(m, "effect_tenancy", 0);
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
 * By hand: 40 clients, all in shelter, nobody dies or leaves for the
 * street.  Year 0: support 40 x 10,000 and no benefit (both arms start
 * alike).  Year 1: baseline shelter holds 40 (1 - 0.15) = 34, Housing First
 * 40 (1 - 0.15 - 0.6 x 0.85) = 13.6, a saving of 20.4 person-years x
 * 20,000 = 408,000.
 */
START_TEST(hand_calculation) {
  mkba_mock *m = open_mock();
  set(m, "clients", 40);
  set(m, "share_street", 0);
  set(m, "shelter_to_street", 0);
  set(m, "mortality_homeless", 0);
  set(m, "mortality_housed", 0);
  set(m, "base_housing", 0.15);
  set(m, "effect_housing", 0.6);
  set(m, "support_cost", 10000);
  set(m, "shelter_cost", 20000);
  run(m);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 0), 400000,
      1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, 0), 0, 1e-9);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 408000,
      1e-6);
  ck_assert(mkba_mock_outcome(m, "persoonsjaren_opvang", MKBA_BASELINE) >
            mkba_mock_outcome(m, "persoonsjaren_opvang", MKBA_INTERVENTION));
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("housing_first");
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
