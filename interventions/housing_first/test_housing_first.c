/*
 * test_housing_first.c - the housing_first plugin against the mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 */
static const mkba_check_spec spec = {.effects = {"effect_housing", "effect_tenancy"},
                                     .more = {0.9, 0.9},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* The base case reports its outcome and lists PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_outcome(m, "qaly", MKBA_INTERVENTION)));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
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
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "clients", 40);
  mkba_check_set(m, "share_street", 0);
  mkba_check_set(m, "shelter_to_street", 0);
  mkba_check_set(m, "mortality_homeless", 0);
  mkba_check_set(m, "mortality_housed", 0);
  mkba_check_set(m, "base_housing", 0.15);
  mkba_check_set(m, "effect_housing", 0.6);
  mkba_check_set(m, "support_cost", 10000);
  mkba_check_set(m, "shelter_cost", 20000);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 0), 400000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, 0), 0, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 408000,
                          1e-6);
  ck_assert(mkba_mock_outcome(m, "persoonsjaren_opvang", MKBA_BASELINE) >
            mkba_mock_outcome(m, "persoonsjaren_opvang", MKBA_INTERVENTION));
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("housing_first");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, hand_calculation);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
