/*
 * test_huisuitzetting_preventie.c - the huisuitzetting_preventie plugin against
 * the mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 */
static const mkba_check_spec spec = {
    .effects = {"effect"}, .more = {0.8}, .start_year = 2025, .horizon = 10, .price_year = 2024};

/* The base case reports its outcome and lists PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_outcome(m, "huisuitzettingen", MKBA_INTERVENTION)));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/*
 * By hand: 100 households, risk 0.3: 30 evictions a year without
 * coaching, 15 with.  Coaching 100 x 10 x 100 = 100,000 a year; landlord
 * 15 x 6,000 = 90,000.  Homeless 12 vs 6 a year for 1.5 years: year 0
 * 6 fewer homeless person-years (120,000 shelter, 6 x 0.1 x 50,000 =
 * 30,000 quality of life), later years 9 fewer (180,000 shelter).
 */
START_TEST(hand_calculation) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "households", 100);
  mkba_check_set(m, "eviction_risk", 0.3);
  mkba_check_set(m, "effect", 0.5);
  mkba_check_set(m, "contacts", 10);
  mkba_check_set(m, "contact_cost", 100);
  mkba_check_set(m, "landlord_cost", 6000);
  mkba_check_set(m, "homeless_after_eviction", 0.4);
  mkba_check_set(m, "shelter_years", 1.5);
  mkba_check_set(m, "shelter_cost", 20000);
  mkba_check_set(m, "utility_loss_homeless", 0.1);
  mkba_check_set(m, "qaly_value", 50000);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_COST, 0), 100000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_WONINGCORPORATIE, NULL, MKBA_BENEFIT, 0), 90000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 0), 120000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 180000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, NULL, MKBA_BENEFIT, 0), 30000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "huisuitzettingen", MKBA_BASELINE), 300, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "huisuitzettingen", MKBA_INTERVENTION), 150, 1e-9);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("huisuitzetting_preventie");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, hand_calculation);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
