/*
 * test_poh_schulden.c - the poh_schulden plugin against the mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 */
static const mkba_check_spec spec = {
    .effects = {"effect"}, .more = {0.5}, .start_year = 2025, .horizon = 10, .price_year = 2024};

/* The base case reports its outcome and lists PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_outcome(m, "schulden_vroeg_aangepakt", MKBA_INTERVENTION)));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/*
 * By hand: 5 practices x 40 patients x 0.25 = 50 helped a year.  POH cost
 * 5 x 20,000 = 100,000 a year.  Health effects last two years, so from
 * year 1 two cohorts count: care 2 x 50 x 1.5 x 30 = 4,500 and QALYs
 * 2 x 50 x 0.02 x 50,000 = 100,000 (year 0: half of each).  25 cases are
 * avoided per cohort, 1.5 years later: year 0 none, year 1 half
 * (25,000), from year 2 all (50,000).
 */
START_TEST(hand_calculation) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "practices", 5);
  mkba_check_set(m, "poh_cost", 20000);
  mkba_check_set(m, "clients", 40);
  mkba_check_set(m, "effect", 0.25);
  mkba_check_set(m, "debt_help_avoided", 0.5);
  mkba_check_set(m, "help_delay", 1.5);
  mkba_check_set(m, "debt_case_cost", 2000);
  mkba_check_set(m, "gp_consults_avoided", 1.5);
  mkba_check_set(m, "gp_consult_cost", 30);
  mkba_check_set(m, "utility_gain", 0.02);
  mkba_check_set(m, "duration", 2);
  mkba_check_set(m, "qaly_value", 50000);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_COST, 4), 100000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_ZORGVERZEKERAAR, NULL, MKBA_BENEFIT, 0), 2250,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_ZORGVERZEKERAAR, NULL, MKBA_BENEFIT, 1), 4500,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, NULL, MKBA_BENEFIT, 5), 100000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_BENEFIT, 0), 0,
                          1e-9);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_BENEFIT, 1), 25000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_BENEFIT, 2), 50000,
                          1e-6);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("poh_schulden");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, hand_calculation);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
