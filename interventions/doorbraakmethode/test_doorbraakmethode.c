/*
 * test_doorbraakmethode.c - Check suite for the doorbraakmethode plugin, run
 * against the mock host.  MKBA_TEST_PLUGIN names the plugin file.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>

#include "mkba_mock.h"

#define RATE 0.0225
/* The scenario's price level.  2024 is the last year of the CBS index in
   data/cpi.json; a later one needs an inflation assumption the mock host
   does not state, so 2025 would fail to bind any re-indexed amount. */
#define PRICE_YEAR 2024

static mkba_mock *open_mock(int horizon, int price_year) {
  const char *path = getenv("MKBA_TEST_PLUGIN");
  ck_assert_msg(path != NULL, "MKBA_TEST_PLUGIN is not set");
  mkba_mock *m = NULL;
  char err[512] = "";
  ck_assert_msg(mkba_mock_open(path, 2025, horizon, price_year, &m, err,
                               sizeof err) == MKBA_OK,
                "%s", err);
  return m;
}

static void run(mkba_mock *m) {
  char err[512] = "";
  ck_assert_msg(mkba_mock_run(m, err, sizeof err) == MKBA_OK, "%s", err);
}

static void set(mkba_mock *m, const char *key, double value) {
  ck_assert_msg(mkba_mock_set(m, key, value) == MKBA_OK, "cannot set %s", key);
}

static double get(const mkba_mock *m, const char *key) {
  double v = mkba_mock_get(m, key);
  ck_assert_msg(!isnan(v), "no parameter %s", key);
  return v;
}

/* Undiscounted total of `kind` for all actors in `category` and `year`. */
static double total(const mkba_mock *m, const char *category, int kind,
                    int year) {
  return mkba_mock_total(m, MKBA_MOCK_ALL, category, kind, year);
}

static void set_zero_effect(mkba_mock *m) { set(m, "share_solved", 0.0); }

START_TEST(base_case_is_finite) {
  mkba_mock *m = open_mock(10, PRICE_YEAR);
  run(m);
  ck_assert(isfinite(mkba_mock_npv(m, -1, RATE)));
  for (int a = 0; a < MKBA_N_ACTORS; a++) {
    ck_assert(isfinite(mkba_mock_npv(m, a, RATE)));
    for (int k = MKBA_COST; k <= MKBA_TRANSFER; k++)
      ck_assert(isfinite(mkba_mock_total(m, a, NULL, k, MKBA_MOCK_ALL)));
  }
  ck_assert_double_gt(total(m, NULL, MKBA_COST, MKBA_MOCK_ALL), 0);
  ck_assert_double_gt(total(m, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0);
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

START_TEST(more_effect_raises_npv) {
  mkba_mock *lo = open_mock(10, PRICE_YEAR);
  mkba_mock *hi = open_mock(10, PRICE_YEAR);
  set(lo, "share_solved", 0.5);
  run(lo);
  set(hi, "share_solved", 1.0);
  run(hi);
  ck_assert_double_gt(mkba_mock_npv(hi, -1, RATE), mkba_mock_npv(lo, -1, RATE));
  mkba_mock_free(lo);
  mkba_mock_free(hi);
}
END_TEST

START_TEST(zero_effect_leaves_only_costs) {
  mkba_mock *m = open_mock(10, PRICE_YEAR);
  set_zero_effect(m);
  run(m);
  double costs = total(m, NULL, MKBA_COST, MKBA_MOCK_ALL);
  ck_assert_double_gt(costs, 0);
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, 0.0), -costs, 1e-6 * costs);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0.0,
                          1e-6 * costs);
  ck_assert_double_lt(mkba_mock_npv(m, -1, RATE), 0);
  mkba_mock_free(m);
}
END_TEST

START_TEST(same_inputs_same_ledger) {
  mkba_mock *a = open_mock(10, PRICE_YEAR);
  mkba_mock *b = open_mock(10, PRICE_YEAR);
  run(a);
  run(b);
  ck_assert_int_eq(mkba_mock_same_ledger(a, b), 1);
  run(a); /* a second run on the same mock must not drift either */
  ck_assert_int_eq(mkba_mock_same_ledger(a, b), 1);
  mkba_mock_free(a);
  mkba_mock_free(b);
}
END_TEST

/* The defaults reproduce the letter of 16 December 2021 in one year, at the
   letter's own price level (2021), so nothing is re-indexed. */
START_TEST(defaults_reproduce_the_2021_letter) {
  mkba_mock *m = open_mock(1, 2021);
  set(m, "share_solved", 1.0); /* the base case, stated for clarity */
  run(m);
  ck_assert_double_eq_tol(get(m, "youths"), 161, 1e-12);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_COST, 0), 161 * 3850.0, 1e-6);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_COST, 0), 619850.0, 1e-6);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_BENEFIT, 0), 4588500.0, 1e-6);
  ck_assert_double_eq_tol(total(m, "vermeden_scenario", MKBA_BENEFIT, 0),
                          161 * 28500.0, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, 0.0), 4588500.0 - 619850.0,
                          1e-6);
  /* Undiscounted in year 0: the discount rate does not matter. */
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, RATE), 3968650.0, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "doorbraken", MKBA_INTERVENTION),
                          161.0, 1e-12);
  mkba_mock_free(m);
}
END_TEST

/* The assumed split: 60% gemeente, 15% insurer, 15% Rijk, 10% landlord. */
START_TEST(saving_split_over_actors) {
  mkba_mock *m = open_mock(1, 2021);
  run(m);
  const double saved = 4588500.0;
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_BENEFIT, 0), 0.60 * saved,
      1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_ZORGVERZEKERAAR, NULL, MKBA_BENEFIT, 0),
      0.15 * saved, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, NULL, MKBA_BENEFIT, 0),
                          0.15 * saved, 1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_WONINGCORPORATIE, NULL, MKBA_BENEFIT, 0),
      0.10 * saved, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, NULL, MKBA_COST, 0),
                          619850.0, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/* Every year of a longer horizon repeats the yearly figures. */
START_TEST(each_year_repeats) {
  mkba_mock *m = open_mock(10, PRICE_YEAR);
  run(m);
  double c0 = total(m, NULL, MKBA_COST, 0);
  ck_assert_double_eq_tol(c0, get(m, "youths") * get(m, "money_per_youth"),
                          1e-6);
  for (int t = 1; t < 10; t++)
    ck_assert_double_eq_tol(total(m, NULL, MKBA_COST, t), c0, 1e-6);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_COST, MKBA_MOCK_ALL), 10 * c0,
                          1e-6);
  mkba_mock_free(m);
}
END_TEST

START_TEST(shares_above_one_are_refused) {
  mkba_mock *m = open_mock(1, 2021);
  set(m, "share_zorgverzekeraar", 0.5);
  set(m, "share_rijk", 0.4);
  set(m, "share_woningcorporatie", 0.2);
  char err[512] = "";
  ck_assert_int_eq(mkba_mock_run(m, err, sizeof err), MKBA_ERROR);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("doorbraakmethode");
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_is_finite);
  tcase_add_test(tc, more_effect_raises_npv);
  tcase_add_test(tc, zero_effect_leaves_only_costs);
  tcase_add_test(tc, same_inputs_same_ledger);
  tcase_add_test(tc, defaults_reproduce_the_2021_letter);
  tcase_add_test(tc, saving_split_over_actors);
  tcase_add_test(tc, each_year_repeats);
  tcase_add_test(tc, shares_above_one_are_refused);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? 0 : 1;
}
