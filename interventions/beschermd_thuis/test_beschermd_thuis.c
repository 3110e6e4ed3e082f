/*
 * test_beschermd_thuis.c - Check suite for the beschermd_thuis plugin, run
 * against the mock host.  MKBA_TEST_PLUGIN names the plugin file.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

#define RATE 0.0225

/* The scenario: 2025-2034 at 2024 prices.  2024 is the last year of the
   CBS index in data/cpi.json that every amount can be re-indexed to
   without an inflation assumption. */
static const mkba_check_spec spec = {.effects = {"extra_outflow", "attribution"},
                                     .more = {0.25, 0.95},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* Undiscounted total of `kind` for all actors in `category` and `year`. */
static double total(const mkba_mock *m, const char *category, int kind, int year) {
  return mkba_mock_total(m, MKBA_MOCK_ALL, category, kind, year);
}

/* Beyond the shared properties: transfers are finite too, and the base case
   has costs, benefits, transfers and PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  for (int a = 0; a < MKBA_N_ACTORS; a++)
    ck_assert(isfinite(mkba_mock_total(m, a, NULL, MKBA_TRANSFER, MKBA_MOCK_ALL)));
  ck_assert_double_gt(total(m, NULL, MKBA_COST, MKBA_MOCK_ALL), 0);
  ck_assert_double_gt(total(m, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0);
  ck_assert_double_gt(total(m, "bijstand", MKBA_TRANSFER, MKBA_MOCK_ALL), 0);
  ck_assert_double_gt(total(m, "huurtoeslag", MKBA_TRANSFER, MKBA_MOCK_ALL), 0);
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/* With no effect the discounted NPV is negative: the guidance remains. */
START_TEST(zero_effect_npv_is_negative) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "extra_outflow", 0.0);
  mkba_check_run(m);
  ck_assert_double_lt(mkba_mock_npv(m, -1, RATE), 0);
  mkba_mock_free(m);
}
END_TEST

/* Transfers move money between actors and net to zero for society: the
   actors' NPVs add up to the societal NPV. */
START_TEST(transfers_net_to_zero) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  double sum = 0;
  for (int a = 0; a < MKBA_N_ACTORS; a++)
    sum += mkba_mock_npv(m, a, RATE);
  const double npv = mkba_mock_npv(m, -1, RATE);
  ck_assert_double_eq_tol(sum, npv, 1e-6 * fabs(npv) + 1e-6);
  mkba_mock_free(m);
}
END_TEST

/* Round numbers for the hand calculations below. */
static mkba_mock *hand_mock(void) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "clients", 100);
  mkba_check_set(m, "outflow", 0.1);
  mkba_check_set(m, "return_rate", 0.2);
  mkba_check_set(m, "extra_outflow", 0.25);
  mkba_check_set(m, "deadweight", 0.2);
  mkba_check_set(m, "attribution", 0.5);
  mkba_check_set(m, "ramp_up", 0.5);
  mkba_check_set(m, "drop_off", 0.5);
  mkba_check_set(m, "bw_cost", 30000);
  mkba_check_set(m, "hour_cost", 50);
  mkba_check_set(m, "ambulant_hours", 200);
  mkba_check_set(m, "transition_hours", 40);
  mkba_check_set(m, "dwelling_cost", 7000);
  mkba_check_set(m, "share_bijstand", 0.5);
  mkba_check_set(m, "bijstand_full", 15000);
  mkba_check_set(m, "bijstand_institution", 5000);
  mkba_check_set(m, "share_huurtoeslag", 0.8);
  mkba_check_set(m, "huurtoeslag", 2500);
  mkba_check_set(m, "contribution_bw", 8000);
  mkba_check_set(m, "contribution_home", 250);
  mkba_check_set(m, "utility_gain", 0.05);
  mkba_check_set(m, "qaly_value", 50000);
  return m;
}

/*
 * By hand, 100 residents, outflow 0.1, return 0.2.  Net effect
 *   e(0) = 0.25 x (1 - 0.2) x 0.5 x 0.5 (ramp-up)            = 0.05
 *   e(1) = 0.25 x (1 - 0.2) x 0.5 x 1 x (1 - 0.5) (drop-off) = 0.05
 * so the intervention's outflow is 0.15 in years 0 and 1.  Persons (bw, thuis):
 *   baseline      o(0) = (100, 0)  o(1) = (90, 10)  o(2) = (83, 17)
 *   intervention  o(0) = (100, 0)  o(1) = (85, 15)  o(2) = (75.25, 24.75)
 * with o(2) = 85 x 0.85 + 15 x 0.2 = 75.25 in beschermd wonen.  Counted
 * mid-year (life table), at home:
 *   year 0: baseline 5, intervention 7.5: 2.5 extra person-years
 *   year 1: baseline 13.5, intervention 19.875: 6.375 extra
 * and in beschermd wonen, intervention arm: 92.5 (year 0), 80.125 (year 1).
 * Year 0:
 *   beschermd wonen saved   2.5 x 30,000                  =  75,000 benefit, gemeente
 *   dwelling                2.5 x 7,000                   =  17,500 cost, deelnemer
 *   support    92.5 x 40 x 50 + 2.5 x 200 x 50 = 185,000 + 25,000 = 210,000 cost, gemeente
 *   bijstand   0.5 x (2.5 x 15,000 - 2.5 x 5,000)         =  12,500 gemeente -> deelnemer
 *   huurtoeslag 2.5 x 0.8 x 2,500                         =   5,000 rijk -> deelnemer
 *   own contribution 2.5 x 250 - 2.5 x (1 - 0.5) x 8,000  =  -9,375 deelnemer -> gemeente
 *   quality of life 2.5 x 0.05 x 50,000                   =   6,250 benefit, deelnemer
 * Year 1:
 *   beschermd wonen saved 6.375 x 30,000 = 191,250; dwelling 6.375 x 7,000 = 44,625;
 *   support 80.125 x 2,000 + 6.375 x 10,000 = 224,000; bijstand 0.5 x 6.375 x 10,000 = 31,875.
 */
START_TEST(hand_calculated_years_0_and_1) {
  mkba_mock *m = hand_mock();
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "beschermd_wonen", MKBA_BENEFIT, 0),
                          75000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 0), 17500, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 0), 210000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, 0), 12500,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, 0), 5000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "eigen_bijdrage", MKBA_TRANSFER, 0),
                          -9375, 1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 0), 6250, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "beschermd_wonen", MKBA_BENEFIT, 1),
                          191250, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 1), 44625, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 1), 224000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, 1), 31875,
                          1e-6);
  /* Nothing is booked as a negative cost or a negative budget benefit. */
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_MOCK_ALL, "wonen", MKBA_BENEFIT, 0), 0, 1e-9);
  mkba_mock_free(m);
}
END_TEST

/*
 * Ramp-up: with the full effect in the first year, e(0) = 0.25 x 0.8 x 0.5
 * = 0.1, the outflow 0.2, so 20 - 10 = 10 more people are home by the end
 * of year 0 and 5 extra person-years count in it: the dwelling costs
 * 5 x 7,000 = 35,000 instead of 17,500.
 */
START_TEST(ramp_up_delays_the_effect) {
  mkba_mock *m = hand_mock();
  mkba_check_set(m, "ramp_up", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 0), 35000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Deadweight and attribution multiply the effect: with everything
 * deadweight (1), or nothing attributed (0), the arms are equal and only
 * the guidance remains, for the residents counted mid-year in beschermd
 * wonen, year 0: (100 + 90) / 2 x 40 x 50 = 190,000.
 */
START_TEST(deadweight_and_attribution_remove_the_effect) {
  const char *keys[] = {"deadweight", "attribution"};
  const double values[] = {1, 0};
  for (int k = 0; k < 2; k++) {
    mkba_mock *m = hand_mock();
    mkba_check_set(m, keys[k], values[k]);
    mkba_check_run(m);
    ck_assert_double_eq_tol(total(m, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0, 1e-9);
    ck_assert_double_eq_tol(total(m, "wonen", MKBA_COST, MKBA_MOCK_ALL), 0, 1e-9);
    ck_assert_double_eq_tol(total(m, "bijstand", MKBA_TRANSFER, MKBA_MOCK_ALL), 0, 1e-9);
    ck_assert_double_eq_tol(total(m, "begeleiding", MKBA_COST, 0), 190000, 1e-6);
    mkba_mock_free(m);
  }
}
END_TEST

/*
 * Drop-off: without it, e(1) = 0.25 x 0.8 x 0.5 = 0.1, so the intervention
 * outflow in year 1 is 0.2 and o(2) at home = 85 x 0.2 + 15 x 0.8 = 29
 * (instead of 24.75); year 1 counts (15 + 29) / 2 = 22 at home against
 * 13.5: 8.5 extra person-years, a dwelling cost of 59,500.
 */
START_TEST(drop_off_shrinks_the_effect) {
  mkba_mock *m = hand_mock();
  mkba_check_set(m, "drop_off", 0);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 1), 59500, 1e-6);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("beschermd_thuis");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, zero_effect_npv_is_negative);
  tcase_add_test(tc, transfers_net_to_zero);
  tcase_add_test(tc, hand_calculated_years_0_and_1);
  tcase_add_test(tc, ramp_up_delays_the_effect);
  tcase_add_test(tc, deadweight_and_attribution_remove_the_effect);
  tcase_add_test(tc, drop_off_shrinks_the_effect);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
