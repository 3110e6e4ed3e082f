/*
 * test_vroegsignalering_schulden.c - the vroegsignalering_schulden plugin
 * against the mock host.
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
      mkba_mock_outcome(m, "achterstanden_opgelost", MKBA_INTERVENTION)));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

START_TEST(more_effect_gives_higher_npv) {
  mkba_mock *m = open_mock();
  run(m);
  double npv = mkba_mock_npv(m, -1, 0.0225);
  set(m, "effect", 0.6);
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
 * By hand: 1,000 signals, 40% helped (400).  Outreach and help cost
 * (1,000 x 1 + 400 x 2) x 100 = 180,000 a year.  Resolved 400 x 0.25 =
 * 100: debt help avoided 100 x 0.5 x 2,000 = 100,000; evictions avoided
 * 100 x 0.05 = 5, landlord 5 x 6,000 = 30,000; homeless 5 x 0.4 = 2 for
 * 1.5 years at 20,000: year 0 40,000, later years 40,000 + 20,000 =
 * 60,000; QALYs 100 x 0.02 x 50,000 = 100,000.
 */
START_TEST(hand_calculation) {
  mkba_mock *m = open_mock();
  set(m, "signals", 1000);
  set(m, "outreach_contacts", 1);
  set(m, "reach", 0.4);
  set(m, "help_contacts", 2);
  set(m, "contact_cost", 100);
  set(m, "effect", 0.25);
  set(m, "debt_help_avoided", 0.5);
  set(m, "debt_case_cost", 2000);
  set(m, "eviction_risk", 0.05);
  set(m, "landlord_cost", 6000);
  set(m, "homeless_after_eviction", 0.4);
  set(m, "shelter_years", 1.5);
  set(m, "shelter_cost", 20000);
  set(m, "utility_gain", 0.02);
  set(m, "qaly_value", 50000);
  run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_COST, 0),
                          180000, 1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_BENEFIT, 0), 100000,
      1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_WONINGCORPORATIE, NULL, MKBA_BENEFIT, 0), 30000,
      1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 0), 40000,
      1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 60000,
      1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_DEELNEMER, NULL, MKBA_BENEFIT, 0), 100000, 1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_outcome(m, "huisuitzettingen_vermeden", MKBA_INTERVENTION), 50,
      1e-9);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("vroegsignalering_schulden");
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
