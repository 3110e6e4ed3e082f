/*
 * test_skaeve_huse.c - the skaeve_huse plugin against the mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 * The effect is the share of home-years with a resident who stays: at zero
 * only the homes, the site and the support remain, all costs.
 */
static const mkba_check_spec spec = {
    .effects = {"effect"}, .more = {0.9}, .start_year = 2025, .horizon = 10, .price_year = 2024};

/* The base case reports its outcomes and lists PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_outcome(m, "stabiele_bewonersjaren", MKBA_INTERVENTION)));
  ck_assert(mkba_mock_outcome(m, "politiemeldingen_overlast", MKBA_BASELINE) >
            mkba_mock_outcome(m, "politiemeldingen_overlast", MKBA_INTERVENTION));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/* Round numbers for the hand calculations below. */
static mkba_mock *open_by_hand(void) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "units", 10);
  mkba_check_set(m, "build_years", 1);
  mkba_check_set(m, "effect", 0.5);
  mkba_check_set(m, "deadweight", 0.2);
  mkba_check_set(m, "attribution", 0.75);
  mkba_check_set(m, "displacement", 0.2);
  mkba_check_set(m, "shelter_share", 0.4);
  mkba_check_set(m, "housed_share", 0.3);
  mkba_check_set(m, "shelter_cost", 30000);
  mkba_check_set(m, "home_cost", 7000);
  mkba_check_set(m, "evictions", 0.2);
  mkba_check_set(m, "eviction_cost", 6000);
  mkba_check_set(m, "arrears_share", 0.5);
  mkba_check_set(m, "callouts", 10);
  mkba_check_set(m, "callout_cost", 150);
  mkba_check_set(m, "offences", 1);
  mkba_check_set(m, "offence_cost", 4000);
  mkba_check_set(m, "victim_share", 0.5);
  mkba_check_set(m, "crisis_days", 10);
  mkba_check_set(m, "nursing_day_cost", 300);
  mkba_check_set(m, "utility_gain", 0.1);
  mkba_check_set(m, "qaly_value", 50000);
  mkba_check_set(m, "support_hours", 5);
  mkba_check_set(m, "guidance_hour_cost", 70);
  mkba_check_set(m, "site_cost", 30000);
  mkba_check_set(m, "site_life", 12.5);
  mkba_check_set(m, "huurtoeslag", 2000);
  mkba_check_set(m, "bijstand", 15000);
  mkba_check_set(m, "bijstand_institution", 5000);
  mkba_check_set(m, "bijstand_share", 0.7);
  return m;
}

/* Cost (kind MKBA_COST) or benefit of `actor` in `cat` in year `t`. */
static double at(mkba_mock *m, int actor, const char *cat, int kind, int t) {
  return mkba_mock_total(m, actor, cat, kind, t);
}

/*
 * By hand.  The site is ready after one year (build_years = 1): year 0 has
 * nothing, from year 1 all 10 homes are in use.  Stable resident-years
 * S = 10 x 0.5 = 5; behaviour changed B = 5 x (1 - 0.2) x 0.75 = 3;
 * nuisance gone N = 3 x (1 - 0.2) = 2.4.  A year from year 1:
 *   homes: the residents 5 x (1 - 0.3) x 7,000 = 24,500 (they no longer
 *     rent an ordinary home 0.3 of the year); the landlord the 5 homes
 *     without a stable resident, 5 x 7,000 = 35,000;
 *   site: 10 x 30,000 x 0.0225 / (1 - 1.0225^-12.5) = 10 x 30,000 x
 *     0.0926675 = 27,800.25 (gemeente); support 10 x 5 x 52 x 70 = 182,000;
 *   shelter saved 5 x 0.4 x 30,000 = 60,000 (gemeente);
 *   evictions 5 x 0.2 = 1 a year of 6,000: half landlord's resources
 *     (3,000 saved), half written-off arrears, a transfer landlord ->
 *     resident that falls by 3,000;
 *   police 2.4 x (10 x 150 + 1 x 4,000 x 0.5) = 8,400 (rijk); victims and
 *     neighbours 2.4 x 4,000 x 0.5 = 4,800 (samenleving);
 *   crisis days 3 x 10 x 300 = 9,000 (zorgverzekeraar, ggz);
 *   quality of life 3 x 0.1 x 50,000 = 15,000;
 *   huurtoeslag rijk -> resident 5 x 0.7 x 2,000 = 7,000; bijstand gemeente
 *     -> resident 5 x 0.4 x 0.7 x (15,000 - 5,000) = 14,000.
 */
START_TEST(hand_calculation) {
  mkba_mock *m = open_by_hand();
  mkba_check_run(m);
  ck_assert_double_eq_tol(at(m, MKBA_MOCK_ALL, NULL, MKBA_COST, 0), 0, 1e-9);
  ck_assert_double_eq_tol(at(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, 0), 0, 1e-9);
  for (int t = 1; t < 10; t++) {
    ck_assert_double_eq_tol(at(m, MKBA_DEELNEMER, "wonen", MKBA_COST, t), 24500, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_WONINGCORPORATIE, "wonen", MKBA_COST, t), 35000, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "investering", MKBA_COST, t), 27800.25, 0.01);
    ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, t), 182000, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, t), 60000, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_WONINGCORPORATIE, "huisuitzetting", MKBA_BENEFIT, t), 3000,
                            1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_DEELNEMER, "huurschuld", MKBA_TRANSFER, t), 3000, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_RIJK, "politie_justitie", MKBA_BENEFIT, t), 8400, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_SAMENLEVING, "slachtoffers_omwonenden", MKBA_BENEFIT, t),
                            4800, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_ZORGVERZEKERAAR, "ggz", MKBA_BENEFIT, t), 9000, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, t), 15000,
                            1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, t), 7000, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, t), 14000, 1e-6);
  }
  /* Nine years of 5 stable resident-years; 2.4 x 10 callouts fewer a year. */
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "stabiele_bewonersjaren", MKBA_INTERVENTION), 45,
                          1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "politiemeldingen_overlast", MKBA_BASELINE) -
                              mkba_mock_outcome(m, "politiemeldingen_overlast", MKBA_INTERVENTION),
                          9 * 24, 1e-9);
  mkba_mock_free(m);
}
END_TEST

/*
 * Ramp-up: ready after 1.5 years, the homes are in use half of year 1 and
 * all of year 2.  Police 4,200 then 8,400; the site charge 13,900.12 then
 * 27,800.25.
 */
START_TEST(ramp_up) {
  mkba_mock *m = open_by_hand();
  mkba_check_set(m, "build_years", 1.5);
  mkba_check_run(m);
  ck_assert_double_eq_tol(at(m, MKBA_RIJK, "politie_justitie", MKBA_BENEFIT, 0), 0, 1e-9);
  ck_assert_double_eq_tol(at(m, MKBA_RIJK, "politie_justitie", MKBA_BENEFIT, 1), 4200, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_RIJK, "politie_justitie", MKBA_BENEFIT, 2), 8400, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "investering", MKBA_COST, 1), 13900.12, 0.01);
  ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "investering", MKBA_COST, 2), 27800.25, 0.01);
  mkba_mock_free(m);
}
END_TEST

/*
 * Deadweight, attribution and displacement touch behaviour only.  With
 * none of them B = N = S = 5: police 5 x 3,500 = 17,500, crisis days
 * 5 x 3,000 = 15,000; moving in is unchanged: shelter still 60,000, the
 * residents' homes still 24,500.
 */
START_TEST(deadweight_attribution_displacement) {
  mkba_mock *m = open_by_hand();
  mkba_check_set(m, "deadweight", 0);
  mkba_check_set(m, "attribution", 1);
  mkba_check_set(m, "displacement", 0);
  mkba_check_run(m);
  ck_assert_double_eq_tol(at(m, MKBA_RIJK, "politie_justitie", MKBA_BENEFIT, 3), 17500, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_ZORGVERZEKERAAR, "ggz", MKBA_BENEFIT, 3), 15000, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 3), 60000, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 3), 24500, 1e-6);
  /* Displacement alone: half the nuisance moves, crises do not. */
  mkba_check_set(m, "displacement", 0.5);
  mkba_check_run(m);
  ck_assert_double_eq_tol(at(m, MKBA_RIJK, "politie_justitie", MKBA_BENEFIT, 3), 8750, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_ZORGVERZEKERAAR, "ggz", MKBA_BENEFIT, 3), 15000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Without a stable resident every home still costs a home, carried by the
 * landlord: 10 x 7,000 = 70,000 a year, and no transfers move.
 */
START_TEST(empty_homes_cost_the_landlord) {
  mkba_mock *m = open_by_hand();
  mkba_check_set(m, "effect", 0);
  mkba_check_run(m);
  ck_assert_double_eq_tol(at(m, MKBA_WONINGCORPORATIE, "wonen", MKBA_COST, 4), 70000, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 4), 0, 1e-9);
  ck_assert_double_eq_tol(at(m, MKBA_MOCK_ALL, NULL, MKBA_TRANSFER, 4), 0, 1e-9);
  mkba_mock_free(m);
}
END_TEST

/*
 * The baseline year cannot hold more than a year: with 0.8 in shelter an
 * ordinary home gets at most 0.2 of it, so the residents' homes cost
 * 5 x 0.8 x 7,000 = 28,000 and huurtoeslag is 5 x 0.8 x 2,000 = 8,000.
 */
START_TEST(baseline_year_is_one_year) {
  mkba_mock *m = open_by_hand();
  mkba_check_set(m, "shelter_share", 0.8);
  mkba_check_set(m, "housed_share", 0.5);
  mkba_check_run(m);
  ck_assert_double_eq_tol(at(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 5), 28000, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, 5), 8000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/* The region scales the programme: `units` is a national count. */
START_TEST(units_are_a_national_count) {
  mkba_mock *m = mkba_check_open();
  ck_assert_double_eq_tol(mkba_check_get(m, "units"), 1000, 1e-9);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("skaeve_huse");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, hand_calculation);
  tcase_add_test(tc, ramp_up);
  tcase_add_test(tc, deadweight_attribution_displacement);
  tcase_add_test(tc, empty_homes_cost_the_landlord);
  tcase_add_test(tc, baseline_year_is_one_year);
  tcase_add_test(tc, units_are_a_national_count);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
