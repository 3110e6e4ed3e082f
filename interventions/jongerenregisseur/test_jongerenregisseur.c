/*
 * test_jongerenregisseur.c - Check suite for the jongerenregisseur plugin, run
 * against the mock host.  MKBA_TEST_PLUGIN names the plugin file.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

#define RATE 0.0225

/* The scenario: 2025-2034 at 2024 prices (the mock host states no assumed
   inflation, so the price level stays within the CBS index).  The effects:
   a larger share of homeless months avoided, more of it owed to the
   coordinator. */
static const mkba_check_spec spec = {.effects = {"effect", "attribution"},
                                     .more = {0.6, 1.0},
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
  ck_assert_double_gt(total(m, "huurtoeslag", MKBA_TRANSFER, MKBA_MOCK_ALL), 0);
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/* With no effect the discounted NPV is negative too. */
START_TEST(zero_effect_npv_is_negative) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "effect", 0.0);
  mkba_check_run(m);
  ck_assert_double_lt(mkba_mock_npv(m, -1, RATE), 0);
  mkba_mock_free(m);
}
END_TEST

/* Round numbers for the hand calculation below. */
static void set_round_values(mkba_mock *m) {
  mkba_check_set(m, "youths", 120);
  mkba_check_set(m, "hours", 50);
  mkba_check_set(m, "months_homeless", 6);
  mkba_check_set(m, "share_in_shelter", 0.5);
  mkba_check_set(m, "effect", 0.5);
  mkba_check_set(m, "deadweight", 0.2);
  mkba_check_set(m, "attribution", 0.75);
  mkba_check_set(m, "ramp_up", 0.5);
  mkba_check_set(m, "drop_off", 0.5);
  mkba_check_set(m, "other_cost_year", 10000);
  mkba_check_set(m, "share_zorgverzekeraar", 0.4);
  mkba_check_set(m, "share_own_home", 0.5);
  mkba_check_set(m, "share_bijstand", 0.5);
  mkba_check_set(m, "work_hours", 100);
  mkba_check_set(m, "utility_gain", 0.1);
}

/*
 * Three cohorts of 120 young people (2025, 2026, 2027), by hand:
 *   full effect of a cohort   120 x 6/12 x 0.5 x (1 - 0.2) x 0.75 = 18 homeless years avoided
 *   weight by year after start  0: ramp-up 0.5; 1: (1 - 0.5) = 0.5; 2: 0.5^2 = 0.25
 *   years avoided             2025: 18 x 0.5 = 9; 2026: 18 x (0.5 + 0.5) = 18;
 *                             2027: 18 x (0.5 + 0.5 + 0.25) = 22.5
 *   youth shelter saved       x 0.5 in shelter x youth_shelter_year (gemeente, jongerenopvang)
 *   other costs saved         x 10,000: 40% zorgverzekeraar (ggz), 60% Rijk (politie_justitie)
 *   own home                  x 0.5: person-years x dwelling_year (cost, deelnemer, wonen),
 *                             x huurtoeslag_year (rijk -> deelnemer),
 *                             x 0.5 from shelter x 0.5 on bijstand x (full - institution norm)
 *                             (gemeente -> deelnemer)
 *   work                      x 100 hours x productivity_hour (benefit, deelnemer)
 *   quality of life           x 0.1 QALY x qaly_value (deelnemer)
 *   coordinators              120 x 50 hours x hour_cost a year (cost, gemeente)
 */
START_TEST(hand_calculation_three_cohorts) {
  mkba_mock *m = mkba_check_open_at(2025, 3, 2024);
  set_round_values(m);
  mkba_check_run(m);
  const double years[3] = {9, 18, 22.5};
  const double shelter = mkba_check_get(m, "youth_shelter_year");
  const double dwelling = mkba_check_get(m, "dwelling_year");
  const double ht = mkba_check_get(m, "huurtoeslag_year");
  const double rise =
      mkba_check_get(m, "bijstand_year") - mkba_check_get(m, "bijstand_institution_year");
  const double work = 100 * mkba_check_get(m, "productivity_hour");
  const double qol = 0.1 * mkba_check_get(m, "qaly_value");
  const double coordinators = 120 * 50 * mkba_check_get(m, "hour_cost");
  double npv0 = 0;
  for (int t = 0; t < 3; t++) {
    const double y = years[t];
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, t),
                            coordinators, 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "jongerenopvang", MKBA_BENEFIT, t),
                            y * 0.5 * shelter, 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_ZORGVERZEKERAAR, "ggz", MKBA_BENEFIT, t),
                            y * 10000 * 0.4, 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "politie_justitie", MKBA_BENEFIT, t),
                            y * 10000 * 0.6, 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, t),
                            y * 0.5 * dwelling, 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, t),
                            y * 0.5 * ht, 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, t),
                            y * 0.5 * 0.5 * 0.5 * rise, 1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "productie", MKBA_BENEFIT, t),
                            y * work, 1e-6);
    ck_assert_double_eq_tol(
        mkba_mock_total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, t), y * qol, 1e-6);
    npv0 += y * (0.5 * shelter + 10000 - 0.5 * dwelling + work + qol) - coordinators;
  }
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, 0.0), npv0, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "maanden_dakloos_vermeden", MKBA_INTERVENTION),
                          12 * (9 + 18 + 22.5), 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "qaly", MKBA_INTERVENTION), 0.1 * 49.5, 1e-9);
  /* Who gains: the gemeente saves shelter but pays the coordinators and the
     bijstand rise; the deelnemer pays rent and gains work, well-being and
     the transfers. */
  ck_assert_double_eq_tol(mkba_mock_npv(m, MKBA_GEMEENTE, 0.0),
                          49.5 * (0.5 * shelter - 0.125 * rise) - 3 * coordinators, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_npv(m, MKBA_DEELNEMER, 0.0),
                          49.5 * (work + qol - 0.5 * dwelling + 0.5 * ht + 0.125 * rise), 1e-6);
  ck_assert_double_eq_tol(mkba_mock_npv(m, MKBA_RIJK, 0.0), 49.5 * (6000 - 0.5 * ht), 1e-6);
  mkba_mock_free(m);
}
END_TEST

/* Deadweight 1 (everything would have happened anyway) or attribution 0
   leaves only the coordinators' cost. */
START_TEST(no_net_effect_leaves_only_costs) {
  const char *keys[] = {"deadweight", "attribution"};
  const double values[] = {1, 0};
  for (int k = 0; k < 2; k++) {
    mkba_mock *m = mkba_check_open();
    mkba_check_set(m, keys[k], values[k]);
    mkba_check_run(m);
    ck_assert_double_eq_tol(total(m, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0, 1e-9);
    ck_assert_double_eq_tol(total(m, "wonen", MKBA_COST, MKBA_MOCK_ALL), 0, 1e-9);
    ck_assert_double_eq_tol(total(m, NULL, MKBA_COST, MKBA_MOCK_ALL),
                            total(m, "begeleiding", MKBA_COST, MKBA_MOCK_ALL), 1e-6);
    mkba_mock_free(m);
  }
}
END_TEST

/* Without drop-off a cohort keeps its full effect after the start year;
   with full drop-off only the start year counts. */
START_TEST(drop_off_and_ramp_up) {
  mkba_mock *m = mkba_check_open_at(2025, 2, 2024);
  set_round_values(m);
  mkba_check_set(m, "ramp_up", 0.25);
  mkba_check_set(m, "drop_off", 0);
  mkba_check_run(m);
  /* 2025: 18 x 0.25 = 4.5 years; 2026: 18 x (1 + 0.25) = 22.5 years. */
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "maanden_dakloos_vermeden", MKBA_INTERVENTION),
                          12 * (4.5 + 22.5), 1e-9);
  mkba_check_set(m, "drop_off", 1);
  mkba_check_run(m);
  /* 2025: 4.5; 2026: 0 + 4.5. */
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "maanden_dakloos_vermeden", MKBA_INTERVENTION),
                          12 * (4.5 + 4.5), 1e-9);
  mkba_mock_free(m);
}
END_TEST

/* The defaults are the means of their distributions. */
START_TEST(defaults_are_expected_values) {
  mkba_mock *m = mkba_check_open_at(2025, 10, 2018);
  ck_assert_double_eq_tol(mkba_check_get(m, "months_homeless"), (2 + 7 + 12) / 3.0, 1e-12);
  ck_assert_double_eq_tol(mkba_check_get(m, "effect"), (0.1 + 0.4 + 0.7) / 3, 1e-12);
  ck_assert_double_eq_tol(mkba_check_get(m, "deadweight"), (0.1 + 0.25 + 0.4) / 3, 1e-12);
  ck_assert_double_eq_tol(mkba_check_get(m, "attribution"), (0.6 + 0.8 + 1) / 3, 1e-12);
  ck_assert_double_eq_tol(mkba_check_get(m, "ramp_up"), (0.25 + 0.5 + 0.75) / 3, 1e-12);
  ck_assert_double_eq_tol(mkba_check_get(m, "drop_off"), (0.25 + 0.5 + 0.75) / 3, 1e-12);
  ck_assert_double_eq_tol(mkba_check_get(m, "other_cost_year"), (6500 + 13000 + 19500) / 3.0, 1e-9);
  ck_assert_double_eq_tol(mkba_check_get(m, "youths"), 5671, 1e-12);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("jongerenregisseur");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, zero_effect_npv_is_negative);
  tcase_add_test(tc, hand_calculation_three_cohorts);
  tcase_add_test(tc, no_net_effect_leaves_only_costs);
  tcase_add_test(tc, drop_off_and_ramp_up);
  tcase_add_test(tc, defaults_are_expected_values);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
