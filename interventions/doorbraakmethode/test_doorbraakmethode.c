/*
 * test_doorbraakmethode.c - Check suite for the doorbraakmethode plugin, run
 * against the mock host.  MKBA_TEST_PLUGIN names the plugin file.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

#define RATE 0.0225

/* The scenario: 2025-2034 at 2024 prices (the mock host states no assumed
   inflation, so the price level stays within the CBS index).  The effects:
   more breakthroughs, more of each owed to the method, a larger saving. */
static const mkba_check_spec spec = {
    .effects = {"share_solved", "attribution", "saving_per_solution"},
    .more = {1.0, 1.0, 45000},
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
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/* With no breakthrough the discounted NPV is negative too. */
START_TEST(zero_effect_npv_is_negative) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "share_solved", 0.0);
  mkba_check_run(m);
  ck_assert_double_lt(mkba_mock_npv(m, -1, RATE), 0);
  mkba_mock_free(m);
}
END_TEST

/* The letter's own assumptions, the same values as letter.json: 161 young
   people, EUR 3,850 each, all of it counted as spent (no transfer), no case
   work, every young person a breakthrough, IPW's EUR 28,500 in full (no
   deadweight, attribution 1) and in the same year, no home.  One year at
   the letter's price level (2021), so nothing is re-indexed. */
static void set_letter_values(mkba_mock *m) {
  mkba_check_set(m, "youths", 161);
  mkba_check_set(m, "money_per_youth", 3850);
  mkba_check_set(m, "money_transfer_share", 0);
  mkba_check_set(m, "staff_hours", 0);
  mkba_check_set(m, "share_solved", 1);
  mkba_check_set(m, "saving_per_solution", 28500);
  mkba_check_set(m, "deadweight", 0);
  mkba_check_set(m, "attribution", 1);
  mkba_check_set(m, "saving_years", 1);
  mkba_check_set(m, "drop_off", 0);
  mkba_check_set(m, "share_housing", 0);
}

/*
 * Kamerbrief 16 December 2021: 'ruim 160 jongeren', 'per jongere gemiddeld
 * 3.850 euro', 'besparingen van in totaal 4.588.500,- euro', '28.500 per
 * oplossing'.  By hand: spent 161 x 3,850 = 619,850; saved 161 x 28,500 =
 * 4,588,500; net 3,968,650; ratio 4,588,500 / 619,850 = 7.40.
 */
START_TEST(letter_reproduces_the_2021_letter) {
  mkba_mock *m = mkba_check_open_at(2021, 1, 2021);
  set_letter_values(m);
  mkba_check_run(m);
  const double spent = total(m, NULL, MKBA_COST, 0), saved = total(m, NULL, MKBA_BENEFIT, 0);
  ck_assert_double_eq_tol(spent, 161 * 3850.0, 1e-6);
  ck_assert_double_eq_tol(spent, 619850.0, 1e-6);
  ck_assert_double_eq_tol(total(m, "doorbraakgeld", MKBA_COST, 0), 619850.0, 1e-6);
  ck_assert_double_eq_tol(saved, 161 * 28500.0, 1e-6);
  ck_assert_double_eq_tol(saved, 4588500.0, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, RATE), 3968650.0, 1e-6);
  ck_assert_double_eq_tol(saved / spent, 7.4026, 1e-4);
  /* Nothing else: no transfers, no dwelling, every breakthrough the
     method's own. */
  ck_assert_double_eq_tol(total(m, NULL, MKBA_TRANSFER, MKBA_MOCK_ALL), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, "wonen", MKBA_COST, MKBA_MOCK_ALL), 0, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "doorbraken", MKBA_INTERVENTION), 161.0, 1e-12);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "doorbraken", MKBA_BASELINE), 0.0, 1e-12);
  /* The letter gives no split; the assumed one (60/15/15/10) applies. */
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "jongerenopvang", MKBA_BENEFIT, 0),
                          0.60 * 4588500.0, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_ZORGVERZEKERAAR, "ggz", MKBA_BENEFIT, 0),
                          0.15 * 4588500.0, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "politie_justitie", MKBA_BENEFIT, 0),
                          0.15 * 4588500.0, 1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_WONINGCORPORATIE, "huisuitzetting", MKBA_BENEFIT, 0),
      0.10 * 4588500.0, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/* Round numbers for the hand calculations below. */
static void set_round_values(mkba_mock *m) {
  mkba_check_set(m, "youths", 100);
  mkba_check_set(m, "money_per_youth", 1000);
  mkba_check_set(m, "money_transfer_share", 0.5);
  mkba_check_set(m, "staff_hours", 10);
  mkba_check_set(m, "share_solved", 0.8);
  mkba_check_set(m, "saving_per_solution", 20000);
  mkba_check_set(m, "deadweight", 0.25);
  mkba_check_set(m, "attribution", 0.5);
  mkba_check_set(m, "saving_years", 2);
  mkba_check_set(m, "drop_off", 0.5);
  mkba_check_set(m, "share_housing", 0.5);
  mkba_check_set(m, "share_bijstand", 0.5);
  mkba_check_set(m, "share_zorgverzekeraar", 0.15);
  mkba_check_set(m, "share_rijk", 0.15);
  mkba_check_set(m, "share_woningcorporatie", 0.10);
}

/*
 * Three cohorts of 100 young people (2025, 2026, 2027), by hand:
 *   breakthroughs a cohort      100 x 0.8 = 80, of which 80 x 0.25 = 20 anyway
 *   net (deadweight, attribution)  80 x (1 - 0.25) x 0.5 = 30
 *   saving per effect-year      20,000 / 2 years = 10,000
 *   effect-years of a cohort    year 0: 1, year 1: 1 x (1 - 0.5) = 0.5 (drop-off)
 *   effect-years landing        2025: 30; 2026: 30 x 0.5 + 30 = 45; 2027: 45
 *   saving                      300,000; 450,000; 450,000 (benefit)
 *     of which gemeente (jongerenopvang) 60%: 180,000; 270,000; 270,000
 *   homes (share_housing 0.5)   15; 22.5; 22.5 person-years x dwelling_year (cost, deelnemer)
 *   money                       100 x 1,000 = 100,000: half bought (cost, gemeente),
 *                               half a transfer gemeente -> deelnemer
 *   case work                   100 x 10 hours x hour_cost (cost, gemeente)
 *   huurtoeslag                 homes x huurtoeslag_year (rijk -> deelnemer)
 *   bijstand                    homes x 0.5 x (bijstand_year - bijstand_institution_year)
 *                               (gemeente -> deelnemer)
 */
START_TEST(hand_calculation_three_cohorts) {
  mkba_mock *m = mkba_check_open_at(2025, 3, 2024);
  set_round_values(m);
  mkba_check_run(m);
  const double hour = mkba_check_get(m, "hour_cost"), home = mkba_check_get(m, "dwelling_year");
  const double ht = mkba_check_get(m, "huurtoeslag_year");
  const double rise =
      mkba_check_get(m, "bijstand_year") - mkba_check_get(m, "bijstand_institution_year");
  const double saving[3] = {300000, 450000, 450000}, homes[3] = {15, 22.5, 22.5};
  for (int t = 0; t < 3; t++) {
    ck_assert_double_eq_tol(total(m, NULL, MKBA_BENEFIT, t), saving[t], 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "jongerenopvang", MKBA_BENEFIT, t),
                            0.6 * saving[t], 1e-6);
    ck_assert_double_eq_tol(total(m, "doorbraakgeld", MKBA_COST, t), 50000, 1e-6);
    ck_assert_double_eq_tol(total(m, "doorbraakgeld", MKBA_TRANSFER, t), 50000, 1e-6);
    ck_assert_double_eq_tol(total(m, "begeleiding", MKBA_COST, t), 100 * 10 * hour, 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, t),
                            homes[t] * home, 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, t),
                            homes[t] * ht, 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, t),
                            homes[t] * 0.5 * rise, 1e-6);
  }
  /* Undiscounted: 1,200,000 saved less money, case work and homes. */
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, 0.0),
                          1200000 - 3 * (50000 + 1000 * hour) - 60 * home, 1e-6);
  /* The deelnemer pays the rent and receives the transfers. */
  ck_assert_double_eq_tol(mkba_mock_npv(m, MKBA_DEELNEMER, 0.0),
                          3 * 50000 + 60 * (ht + 0.5 * rise - home), 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "doorbraken", MKBA_INTERVENTION), 240, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "doorbraken", MKBA_BASELINE), 60, 1e-9);
  mkba_mock_free(m);
}
END_TEST

/*
 * A saving over 1.5 years fades by 20% a year; one cohort seen over two
 * years (the second cohort adds its own first year):
 *   net 100 x 1 x (1 - 0) x 1 = 100; saving per effect-year 30,000 / 1.5 = 20,000
 *   cohort 2025: 2025 effect-years 1, 2026 the half year left x (1 - 0.2) = 0.4
 *   2025: 100 x 20,000 = 2,000,000; 2026: 100 x (0.4 + 1) x 20,000 = 2,800,000
 */
START_TEST(fractional_saving_years_and_drop_off) {
  mkba_mock *m = mkba_check_open_at(2025, 2, 2024);
  set_round_values(m);
  mkba_check_set(m, "share_solved", 1);
  mkba_check_set(m, "deadweight", 0);
  mkba_check_set(m, "attribution", 1);
  mkba_check_set(m, "saving_per_solution", 30000);
  mkba_check_set(m, "saving_years", 1.5);
  mkba_check_set(m, "drop_off", 0.2);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_BENEFIT, 0), 2000000, 1e-6);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_BENEFIT, 1), 2800000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/* Everything solved anyway (deadweight 1) leaves only the costs. */
START_TEST(full_deadweight_leaves_only_costs) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "deadweight", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, "wonen", MKBA_COST, MKBA_MOCK_ALL), 0, 1e-9);
  ck_assert_double_gt(total(m, NULL, MKBA_COST, MKBA_MOCK_ALL), 0);
  mkba_mock_free(m);
}
END_TEST

/* The defaults are the means of their distributions. */
START_TEST(defaults_are_expected_values) {
  mkba_mock *m = mkba_check_open_at(2025, 10, 2021);
  ck_assert_double_eq_tol(mkba_check_get(m, "share_solved"), (0.5 + 0.75 + 1) / 3, 1e-12);
  ck_assert_double_eq_tol(mkba_check_get(m, "saving_per_solution"), 28500, 1e-9);
  ck_assert_double_eq_tol(mkba_check_get(m, "deadweight"), (0.2 + 0.4 + 0.6) / 3, 1e-12);
  ck_assert_double_eq_tol(mkba_check_get(m, "attribution"), (0.5 + 0.7 + 0.9) / 3, 1e-12);
  ck_assert_double_eq_tol(mkba_check_get(m, "staff_hours"), 20, 1e-12);
  ck_assert_double_gt(mkba_check_get(m, "staff_hours"), 0);
  ck_assert_double_eq_tol(mkba_check_get(m, "youths"), 284, 1e-12);
  mkba_mock_free(m);
}
END_TEST

START_TEST(shares_above_one_are_refused) {
  /* Each share is at most a third, so the three never exceed the whole. */
  mkba_mock *m = mkba_check_open_at(spec.start_year, 1, 2021);
  ck_assert_int_eq(mkba_mock_set(m, "share_zorgverzekeraar", 0.5), MKBA_ERROR);
  mkba_check_set(m, "share_zorgverzekeraar", 1.0 / 3);
  mkba_check_set(m, "share_rijk", 1.0 / 3);
  mkba_check_set(m, "share_woningcorporatie", 1.0 / 3);
  char err[512] = "";
  ck_assert_int_eq(mkba_mock_run(m, err, sizeof err), MKBA_OK);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "jongerenopvang", MKBA_BENEFIT, 0), 0,
                          1e-6);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("doorbraakmethode");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, zero_effect_npv_is_negative);
  tcase_add_test(tc, letter_reproduces_the_2021_letter);
  tcase_add_test(tc, hand_calculation_three_cohorts);
  tcase_add_test(tc, fractional_saving_years_and_drop_off);
  tcase_add_test(tc, full_deadweight_leaves_only_costs);
  tcase_add_test(tc, defaults_are_expected_values);
  tcase_add_test(tc, shares_above_one_are_refused);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
