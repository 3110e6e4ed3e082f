/*
 * test_poh_schulden.c - the poh_schulden plugin against the mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 * The effects: the share of patients whose debts are tackled early, and
 * the share of that due to the POH.
 */
static const mkba_check_spec spec = {.effects = {"effect", "attribution"},
                                     .more = {0.5, 0.95},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* Undiscounted total of `kind` for `actor` in `category` and `year`. */
static double total(const mkba_mock *m, int actor, const char *category, int kind, int year) {
  return mkba_mock_total(m, actor, category, kind, year);
}

/* The base case reports its outcomes and lists PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_outcome(m, "schulden_vroeg_aangepakt", MKBA_INTERVENTION)));
  ck_assert(isfinite(mkba_mock_outcome(m, "schuldhulptrajecten", MKBA_INTERVENTION)));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/* Round numbers for the hand calculations below. */
static mkba_mock *hand_mock(void) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "practices", 5);
  mkba_check_set(m, "clients", 40);
  mkba_check_set(m, "poh_consults", 4);
  mkba_check_set(m, "poh_consult_cost", 25);
  mkba_check_set(m, "casework_hours", 5);
  mkba_check_set(m, "casework_hour_cost", 60);
  mkba_check_set(m, "effect", 0.25);
  mkba_check_set(m, "deadweight", 0.2);
  mkba_check_set(m, "attribution", 0.75);
  mkba_check_set(m, "drop_off", 0.5);
  mkba_check_set(m, "referral_share", 0.2);
  mkba_check_set(m, "debt_help_avoided", 0.5);
  mkba_check_set(m, "help_delay", 1.5);
  mkba_check_set(m, "debt_case_cost", 2000);
  mkba_check_set(m, "gp_consults_avoided", 2);
  mkba_check_set(m, "gp_consult_cost", 30);
  mkba_check_set(m, "utility_gain", 0.02);
  mkba_check_set(m, "qaly_value", 50000);
  return m;
}

/*
 * By hand: 5 practices x 40 patients = 200 seen a year, each costing
 * 4 consults x 25 + 5 hours x 60 = 400: POH 80,000 a year, gemeente,
 * "begeleiding".  Debts tackled early: 200 x 0.25 = 50 a year; after
 * deadweight and attribution the POH helps 50 x (1 - 0.2) x 0.75 = 30.
 *
 * Drop-off: each year's 30 count half in their own year, then 0.5, 0.25,
 * ...  The stock of helped patients is 15 in year 0, 15 + 15 = 30 in
 * year 1, 15 + 15 + 7.5 = 37.5 in year 2.  GP consults saved (a benefit,
 * zorgverzekeraar): 15 x 2 x 30 = 900 in year 0, 37.5 x 60 = 2,250 in
 * year 2.  Quality of life: 15 x 0.02 x 50,000 = 15,000 in year 0,
 * 37,500 in year 2.
 *
 * Debt counselling: 50 x 0.2 = 10 referred a year (a case now each); each
 * year's 30 x 0.5 = 15 later cases avoided fall 1.5 years on: half (7.5)
 * in year 1, all 15 from year 2.  Year 0: 10 x 2,000 = 20,000 cost;
 * year 1: (10 - 7.5) x 2,000 = 5,000 cost; year 2: (10 - 15) x 2,000 =
 * 10,000 saved (a benefit, not a negative cost).
 */
START_TEST(hand_calculation) {
  mkba_mock *m = hand_mock();
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 4), 80000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_ZORGVERZEKERAAR, "zorg", MKBA_BENEFIT, 0), 900, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_ZORGVERZEKERAAR, "zorg", MKBA_BENEFIT, 1), 1800, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_ZORGVERZEKERAAR, "zorg", MKBA_BENEFIT, 2), 2250, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 0), 15000,
                          1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 2), 37500,
                          1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_COST, 0), 20000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_BENEFIT, 0), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_COST, 1), 5000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_COST, 2), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_BENEFIT, 2), 10000, 1e-6);
  /* Outcomes over 10 years: 30 x 10 helped; 10 x 10 referred with the POH,
     7.5 + 8 x 15 = 127.5 later cases without it. */
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "schulden_vroeg_aangepakt", MKBA_INTERVENTION), 300,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "schuldhulptrajecten", MKBA_INTERVENTION), 100,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "schuldhulptrajecten", MKBA_BASELINE), 127.5, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * The overcount the model used to have: a warm referral that only brings a
 * case forward saves nothing.  With no deadweight, full attribution, no
 * delay and every later case replaced by a referral now (referral share =
 * chance of a later case = 0.5), the debt counselling line is zero in
 * every year: 25 referred, 25 later cases avoided.
 */
START_TEST(referral_that_brings_a_case_forward_saves_nothing) {
  mkba_mock *m = hand_mock();
  mkba_check_set(m, "deadweight", 0);
  mkba_check_set(m, "attribution", 1);
  mkba_check_set(m, "help_delay", 0);
  mkba_check_set(m, "referral_share", 0.5);
  mkba_check_run(m);
  for (int t = 0; t < 10; t++) {
    ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_COST, t), 0, 1e-9);
    ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_BENEFIT, t), 0, 1e-9);
  }
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "schuldhulptrajecten", MKBA_INTERVENTION), 250,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "schuldhulptrajecten", MKBA_BASELINE), 250, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Deadweight and attribution multiply the effect, not the costs: with
 * deadweight 0.5 instead of 0.2 the POH helps 50 x 0.5 x 0.75 = 18.75
 * instead of 30, so every year's quality of life is 18.75 / 30 = 0.625
 * times as large (year 0: 15,000 -> 9,375), while the POH and the
 * referrals (deadweight or not, the POH refers them) cost the same.
 */
START_TEST(deadweight_scales_the_effect_not_the_costs) {
  mkba_mock *a = hand_mock(), *b = hand_mock();
  mkba_check_set(b, "deadweight", 0.5);
  mkba_check_run(a);
  mkba_check_run(b);
  ck_assert_double_eq_tol(total(b, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 0), 9375,
                          1e-6);
  for (int t = 0; t < 10; t++)
    ck_assert_double_eq_tol(
        total(b, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, t),
        0.625 * total(a, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, t), 1e-6);
  ck_assert_double_eq_tol(total(b, MKBA_GEMEENTE, "begeleiding", MKBA_COST, MKBA_MOCK_ALL),
                          total(a, MKBA_GEMEENTE, "begeleiding", MKBA_COST, MKBA_MOCK_ALL), 1e-6);
  /* Year 0 has no later cases yet: the referrals alone, 20,000 in both. */
  ck_assert_double_eq_tol(total(b, MKBA_GEMEENTE, "schuldhulp", MKBA_COST, 0), 20000, 1e-6);
  mkba_mock_free(a);
  mkba_mock_free(b);
}
END_TEST

/*
 * Drop-off 1: the effect lasts only the half year of help, so every year
 * holds one cohort's 15 helped patients: quality of life 15,000 in years
 * 0 and 5 alike.  Drop-off 0: nothing fades, and year 5 holds 15 + 5 x 30
 * = 165, or 165,000.
 */
START_TEST(drop_off_bounds) {
  mkba_mock *m = hand_mock();
  mkba_check_set(m, "drop_off", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 5), 15000,
                          1e-6);
  mkba_check_set(m, "drop_off", 0);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 5), 165000,
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
  tcase_add_test(tc, referral_that_brings_a_case_forward_saves_nothing);
  tcase_add_test(tc, deadweight_scales_the_effect_not_the_costs);
  tcase_add_test(tc, drop_off_bounds);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
