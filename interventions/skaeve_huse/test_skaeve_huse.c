/*
 * test_skaeve_huse.c - the skaeve_huse plugin against the mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 */
static const mkba_check_spec spec = {
    .effects = {"effect"}, .more = {0.9}, .start_year = 2025, .horizon = 10, .price_year = 2024};

/* The base case reports its outcome and lists PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_outcome(m, "stabiele_bewonersjaren", MKBA_INTERVENTION)));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
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
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "units", 10);
  mkba_check_set(m, "investment_per_unit", 100000);
  mkba_check_set(m, "lifetime", 50);
  mkba_check_set(m, "running_cost", 15000);
  mkba_check_set(m, "effect", 0.7);
  mkba_check_set(m, "shelter_share", 0.5);
  mkba_check_set(m, "shelter_cost", 20000);
  mkba_check_set(m, "incidents", 5);
  mkba_check_set(m, "incident_cost", 3000);
  mkba_check_set(m, "crisis_days", 10);
  mkba_check_set(m, "nursing_day_cost", 300);
  mkba_check_set(m, "utility_gain", 0.1);
  mkba_check_set(m, "qaly_value", 50000);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_COST, 0), 1150000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_COST, 9), -650000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 4), 70000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, NULL, MKBA_BENEFIT, 4), 105000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_ZORGVERZEKERAAR, NULL, MKBA_BENEFIT, 4), 21000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, NULL, MKBA_BENEFIT, 4), 35000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("skaeve_huse");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, hand_calculation);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
