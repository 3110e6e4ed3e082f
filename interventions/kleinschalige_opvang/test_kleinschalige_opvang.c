/*
 * test_kleinschalige_opvang.c - the kleinschalige_opvang plugin against the
 * mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 */
static const mkba_check_spec spec = {.effects = {"stay_reduction", "utility_gain_room"},
                                     .more = {0.4, 0.1},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* The base case reports its outcome and lists PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_outcome(m, "qaly_winst", MKBA_INTERVENTION)));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/*
 * By hand, one year: 40 places, stays 25% shorter.  Place-years used
 * 40 x 0.75 = 30, freed 10.  Extra cost 30 x 5,000 = 150,000; shelter
 * saved 10 x 20,000 = 200,000; support at home -10 x 2 x 52 x 60 =
 * -62,400; QALYs 30 x 0.05 + 10 x 0.1 = 2.5, worth 125,000.
 */
START_TEST(hand_calculation) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "places", 40);
  mkba_check_set(m, "stay_reduction", 0.25);
  mkba_check_set(m, "utility_gain_room", 0.05);
  mkba_check_set(m, "utility_gain_housed", 0.1);
  mkba_check_set(m, "extra_cost", 5000);
  mkba_check_set(m, "shelter_cost", 20000);
  mkba_check_set(m, "support_hours", 2);
  mkba_check_set(m, "guidance_hour_cost", 60);
  mkba_check_set(m, "qaly_value", 50000);
  mkba_check_run(m);
  for (int t = 0; t < 10; t++) {
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_COST, t), 150000, 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, t), 200000,
                            1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_BENEFIT, t),
                            -62400, 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, NULL, MKBA_BENEFIT, t), 125000,
                            1e-6);
  }
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "qaly_winst", MKBA_INTERVENTION), 25, 1e-9);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("kleinschalige_opvang");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, hand_calculation);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
