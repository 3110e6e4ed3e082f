/*
 * test_transformatie_opvang.c - the transformatie_opvang plugin against the
 * mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 */
static const mkba_check_spec spec = {.effects = {"additionality"},
                                     .more = {0.95},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* The base case reports its outcome and lists PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_outcome(m, "opvangjaren", MKBA_INTERVENTION)));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/*
 * By hand: 20 homes at 20,000 each, 90% occupied (18 resident-years a
 * year), half of the residents would otherwise be in shelter (9).  Year 0
 * costs 20 x 20,000 + 18 x 10,000 = 580,000, later years 180,000.
 * Shelter saved 9 x 20,000 = 180,000 a year; QALYs 9 x 0.1 = 0.9, worth
 * 45,000.  Leases passed: 18 / 1.5 = 12 a year, 120 in ten years.
 */
START_TEST(hand_calculation) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "units", 20);
  mkba_check_set(m, "investment_per_unit", 20000);
  mkba_check_set(m, "support_cost", 10000);
  mkba_check_set(m, "occupancy", 0.9);
  mkba_check_set(m, "additionality", 0.5);
  mkba_check_set(m, "stay_years", 1.5);
  mkba_check_set(m, "shelter_cost", 20000);
  mkba_check_set(m, "utility_gain_housed", 0.1);
  mkba_check_set(m, "qaly_value", 50000);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, 0), 580000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, 1), 180000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 3), 180000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, NULL, MKBA_BENEFIT, 3), 45000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "huurcontracten_omgeklapt", MKBA_INTERVENTION), 120,
                          1e-9);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("transformatie_opvang");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, hand_calculation);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
