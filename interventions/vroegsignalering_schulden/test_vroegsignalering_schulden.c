/*
 * test_vroegsignalering_schulden.c - the vroegsignalering_schulden plugin
 * against the mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 */
static const mkba_check_spec spec = {
    .effects = {"effect"}, .more = {0.6}, .start_year = 2025, .horizon = 10, .price_year = 2024};

/* The base case reports its outcome and lists PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_outcome(m, "achterstanden_opgelost", MKBA_INTERVENTION)));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
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
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "signals", 1000);
  mkba_check_set(m, "outreach_contacts", 1);
  mkba_check_set(m, "reach", 0.4);
  mkba_check_set(m, "help_contacts", 2);
  mkba_check_set(m, "contact_cost", 100);
  mkba_check_set(m, "effect", 0.25);
  mkba_check_set(m, "debt_help_avoided", 0.5);
  mkba_check_set(m, "debt_case_cost", 2000);
  mkba_check_set(m, "eviction_risk", 0.05);
  mkba_check_set(m, "landlord_cost", 6000);
  mkba_check_set(m, "homeless_after_eviction", 0.4);
  mkba_check_set(m, "shelter_years", 1.5);
  mkba_check_set(m, "shelter_cost", 20000);
  mkba_check_set(m, "utility_gain", 0.02);
  mkba_check_set(m, "qaly_value", 50000);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_COST, 0), 180000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_BENEFIT, 0), 100000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_WONINGCORPORATIE, NULL, MKBA_BENEFIT, 0), 30000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 0), 40000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 60000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, NULL, MKBA_BENEFIT, 0), 100000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "huisuitzettingen_vermeden", MKBA_INTERVENTION), 50,
                          1e-9);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("vroegsignalering_schulden");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, hand_calculation);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
