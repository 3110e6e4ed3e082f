/*
 * test_wonen_werken_jongeren.c - Check suite for the wonen_werken_jongeren
 * plugin, run against the mock host.  MKBA_TEST_PLUGIN names the plugin file.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

#define RATE 0.0225

/* The scenario: 2025-2034 at 2024 prices.  2024 is the last year of the
   CBS index in data/cpi.json; a later one needs an inflation assumption the
   mock host does not state, so 2025 would fail to bind any re-indexed
   amount. */
static const mkba_check_spec spec = {.effects = {"housing_effect", "work_effect"},
                                     .more = {0.95, 0.5},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* Undiscounted total of `kind` for `actor` in `category` and `year`. */
static double total(const mkba_mock *m, int actor, const char *category, int kind, int year) {
  return mkba_mock_total(m, actor, category, kind, year);
}

/* Beyond the shared properties: transfers are finite too, and the base case
   has costs, benefits and PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  for (int a = 0; a < MKBA_N_ACTORS; a++)
    ck_assert(isfinite(mkba_mock_total(m, a, NULL, MKBA_TRANSFER, MKBA_MOCK_ALL)));
  ck_assert_double_gt(total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, MKBA_MOCK_ALL), 0);
  ck_assert_double_gt(total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0);
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/* With no effect the discounted NPV is negative too. */
START_TEST(zero_effect_npv_is_negative) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "housing_effect", 0.0);
  mkba_check_set(m, "work_effect", 0.0);
  mkba_check_run(m);
  ck_assert_double_lt(mkba_mock_npv(m, -1, RATE), 0);
  mkba_mock_free(m);
}
END_TEST

/* Round numbers for the hand calculations below. */
static mkba_mock *hand_mock(void) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "youths", 100);
  mkba_check_set(m, "ramp_up", 0.5);
  mkba_check_set(m, "coach_hours", 100);
  mkba_check_set(m, "hour_cost", 60);
  mkba_check_set(m, "housing_effect", 0.8);
  mkba_check_set(m, "work_effect", 0.25);
  mkba_check_set(m, "deadweight", 0.2);
  mkba_check_set(m, "attribution", 0.75);
  mkba_check_set(m, "drop_off", 0.5);
  mkba_check_set(m, "months_shelter", 6);
  mkba_check_set(m, "shelter_cost", 24000);
  mkba_check_set(m, "dwelling_cost", 7000);
  mkba_check_set(m, "huurtoeslag_share", 0.5);
  mkba_check_set(m, "huurtoeslag", 2000);
  mkba_check_set(m, "bijstand_share", 0.5);
  mkba_check_set(m, "bijstand", 15000);
  mkba_check_set(m, "bijstand_institution", 5000);
  mkba_check_set(m, "work_hours", 1000);
  mkba_check_set(m, "hour_value", 40);
  mkba_check_set(m, "productivity", 0.5);
  mkba_check_set(m, "displacement", 0.25);
  mkba_check_set(m, "utility_gain", 0.1);
  mkba_check_set(m, "qaly_value", 50000);
  return m;
}

/*
 * By hand.  Deadweight and attribution leave (1 - 0.2) x 0.75 = 0.6 of
 * each effect to the project: per year's intake of 100, 100 x 0.8 x 0.6 =
 * 48 extra housed and 100 x 0.25 x 0.6 = 15 extra in work.  The intakes
 * add up with drop-off 0.5 and ramp-up 0.5: the stock is 0.5 in year 0,
 * 0.5 x 0.5 + 1 = 1.25 in year 1, 1.25 x 0.5 + 1 = 1.625 in year 2.
 *
 * Year 0: housed 48 x 0.5 = 24, of which 24 x 6/12 = 12 shelter years
 * replaced; workers 15 x 0.5 = 7.5.
 *   coaching, gemeente, cost     100 x 100 x 60           = 600,000 (every year)
 *   wonen, deelnemer, cost       24 x 7,000               = 168,000
 *   jongerenopvang, gemeente     12 x 24,000              = 288,000 saved
 *   kwaliteit_van_leven          24 x 0.1 x 50,000        = 120,000
 *   productie, deelnemer         7.5 x 1,000 x 40 x 0.5 x (1 - 0.25) = 112,500
 *   huurtoeslag, rijk -> deelnemer   24 x 0.5 x 2,000     = 24,000
 *   bijstand, gemeente -> deelnemer: out of shelter 12 x 0.5 x (15,000 -
 *     5,000) = 60,000 more, less the 7.5 x 0.5 x 15,000 = 56,250 the
 *     workers would have had without the project: 3,750 net.
 * Year 1: housed 60, shelter 30, workers 18.75: wonen 420,000, jongerenopvang
 * 720,000, productie 281,250, huurtoeslag 60,000.  Year 2: housed 78, wonen
 * 546,000.
 */
START_TEST(hand_calculation) {
  mkba_mock *m = hand_mock();
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 0), 600000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 7), 600000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 0), 168000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, "wonen", MKBA_BENEFIT, 0), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "jongerenopvang", MKBA_BENEFIT, 0), 288000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 0), 120000,
                          1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "productie", MKBA_BENEFIT, 0), 112500, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, 0), 24000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, 0), 3750, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 1), 420000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "jongerenopvang", MKBA_BENEFIT, 1), 720000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "productie", MKBA_BENEFIT, 1), 281250, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, 1), 60000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 2), 546000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Ramp-up 1 instead of 0.5: the first intake counts in full, the stock is
 * 1 in year 0 and 1.5 in year 1, so the home costs 48 x 7,000 = 336,000 in
 * year 0 and 72 x 7,000 = 504,000 in year 1; the coaching is the same.
 */
START_TEST(ramp_up_lowers_the_first_year) {
  mkba_mock *m = hand_mock();
  mkba_check_set(m, "ramp_up", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 0), 336000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 1), 504000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 0), 600000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Drop-off 1: an effect lasts only its project year, so from year 1 on
 * every year holds one intake: 48 housed, 336,000 for the homes in year 5.
 * Drop-off 0: nothing fades, year 5 holds 0.5 + 5 = 5.5 intakes: 264
 * housed, 1,848,000.
 */
START_TEST(drop_off_bounds) {
  mkba_mock *m = hand_mock();
  mkba_check_set(m, "drop_off", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 5), 336000, 1e-6);
  mkba_check_set(m, "drop_off", 0);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 5), 1848000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Deadweight 0 and attribution 1: the whole effect is the project's, 80
 * housed per intake instead of 48, so year 0's youth shelter saving is
 * 40 x 6/12 x 24,000 = 480,000 instead of 288,000; the coaching is the same.
 */
START_TEST(deadweight_and_attribution_scale_the_effect) {
  mkba_mock *m = hand_mock();
  mkba_check_set(m, "deadweight", 0);
  mkba_check_set(m, "attribution", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "jongerenopvang", MKBA_BENEFIT, 0), 480000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 0), 600000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/* Bijstand and huurtoeslag are transfers: they move actors' results, not
   society's. */
START_TEST(bijstand_and_huurtoeslag_are_transfers) {
  mkba_mock *a = hand_mock();
  mkba_mock *b = hand_mock();
  mkba_check_set(b, "bijstand", 20000);
  mkba_check_set(b, "bijstand_institution", 2000);
  mkba_check_set(b, "huurtoeslag", 4000);
  mkba_check_run(a);
  mkba_check_run(b);
  ck_assert_double_eq_tol(mkba_mock_npv(a, -1, RATE), mkba_mock_npv(b, -1, RATE),
                          1e-6 * fabs(mkba_mock_npv(a, -1, RATE)) + 1e-6);
  ck_assert_double_lt(mkba_mock_npv(b, MKBA_RIJK, RATE), mkba_mock_npv(a, MKBA_RIJK, RATE));
  ck_assert_double_gt(mkba_mock_npv(b, MKBA_DEELNEMER, RATE),
                      mkba_mock_npv(a, MKBA_DEELNEMER, RATE));
  mkba_mock_free(a);
  mkba_mock_free(b);
}
END_TEST

int main(void) {
  Suite *s = suite_create("wonen_werken_jongeren");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, zero_effect_npv_is_negative);
  tcase_add_test(tc, hand_calculation);
  tcase_add_test(tc, ramp_up_lowers_the_first_year);
  tcase_add_test(tc, drop_off_bounds);
  tcase_add_test(tc, deadweight_and_attribution_scale_the_effect);
  tcase_add_test(tc, bijstand_and_huurtoeslag_are_transfers);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
