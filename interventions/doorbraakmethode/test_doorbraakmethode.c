/*
 * test_doorbraakmethode.c - Check suite for the doorbraakmethode plugin, run
 * against the mock host.  MKBA_TEST_PLUGIN names the plugin file.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

#define RATE 0.0225

/* The scenario: 2025-2034 at 2024 prices.  2024 is the last year of the
   CBS index in data/cpi.json; a later one needs an inflation assumption the
   mock host does not state, so 2025 would fail to bind any re-indexed
   amount. */
static const mkba_check_spec spec = {.effects = {"share_solved"},
                                     .more = {1.0},
                                     .from = (const double[]){0.5},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* Undiscounted total of `kind` for all actors in `category` and `year`. */
static double total(const mkba_mock *m, const char *category, int kind, int year) {
  return mkba_mock_total(m, MKBA_MOCK_ALL, category, kind, year);
}

/* Beyond the shared properties: transfers are finite too, and the base case
   has costs, benefits and PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  for (int a = 0; a < MKBA_N_ACTORS; a++)
    ck_assert(isfinite(mkba_mock_total(m, a, NULL, MKBA_TRANSFER, MKBA_MOCK_ALL)));
  ck_assert_double_gt(total(m, NULL, MKBA_COST, MKBA_MOCK_ALL), 0);
  ck_assert_double_gt(total(m, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0);
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/* With no effect the discounted NPV is negative too. */
START_TEST(zero_effect_npv_is_negative) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "share_solved", 0.0);
  mkba_check_run(m);
  ck_assert_double_lt(mkba_mock_npv(m, -1, RATE), 0);
  mkba_mock_free(m);
}
END_TEST

/* The letter's values reproduce the letter of 16 December 2021 in one year,
   at the letter's own price level (2021), so nothing is re-indexed.  The
   defaults of these three are the means of their distributions instead. */
static void set_letter_values(mkba_mock *m) {
  mkba_check_set(m, "staff_hours", 0.0);
  mkba_check_set(m, "share_solved", 1.0);
  mkba_check_set(m, "saving_per_solution", 28500.0);
}

START_TEST(letter_values_reproduce_the_2021_letter) {
  mkba_mock *m = mkba_check_open_at(spec.start_year, 1, 2021);
  set_letter_values(m);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_check_get(m, "youths"), 161, 1e-12);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_COST, 0), 161 * 3850.0, 1e-6);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_COST, 0), 619850.0, 1e-6);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_BENEFIT, 0), 4588500.0, 1e-6);
  ck_assert_double_eq_tol(total(m, "vermeden_scenario", MKBA_BENEFIT, 0), 161 * 28500.0, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, 0.0), 4588500.0 - 619850.0, 1e-6);
  /* Undiscounted in year 0: the discount rate does not matter. */
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, RATE), 3968650.0, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "doorbraken", MKBA_INTERVENTION), 161.0, 1e-12);
  mkba_mock_free(m);
}
END_TEST

/* The assumed split: 60% gemeente, 15% insurer, 15% Rijk, 10% landlord. */
START_TEST(saving_split_over_actors) {
  mkba_mock *m = mkba_check_open_at(spec.start_year, 1, 2021);
  set_letter_values(m);
  mkba_check_run(m);
  const double saved = 4588500.0;
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_BENEFIT, 0), 0.60 * saved,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_ZORGVERZEKERAAR, NULL, MKBA_BENEFIT, 0),
                          0.15 * saved, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, NULL, MKBA_BENEFIT, 0), 0.15 * saved, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_WONINGCORPORATIE, NULL, MKBA_BENEFIT, 0),
                          0.10 * saved, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_COST, 0), 619850.0, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/* Every year of a longer horizon repeats the yearly figures. */
START_TEST(each_year_repeats) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  double c0 = total(m, NULL, MKBA_COST, 0);
  ck_assert_double_eq_tol(c0,
                          mkba_check_get(m, "youths") *
                              (mkba_check_get(m, "money_per_youth") +
                               mkba_check_get(m, "staff_hours") * mkba_check_get(m, "hour_cost")),
                          1e-6);
  for (int t = 1; t < 10; t++)
    ck_assert_double_eq_tol(total(m, NULL, MKBA_COST, t), c0, 1e-6);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_COST, MKBA_MOCK_ALL), 10 * c0, 1e-6);
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
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("doorbraakmethode");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, zero_effect_npv_is_negative);
  tcase_add_test(tc, letter_values_reproduce_the_2021_letter);
  tcase_add_test(tc, saving_split_over_actors);
  tcase_add_test(tc, each_year_repeats);
  tcase_add_test(tc, shares_above_one_are_refused);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
