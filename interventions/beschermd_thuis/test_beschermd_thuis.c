/*
 * test_beschermd_thuis.c - Check suite for the beschermd_thuis plugin, run
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

static void set_zero_effect(mkba_mock *m) { set(m, "extra_outflow", 0.0); }

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
  run(lo);
  set(hi, "extra_outflow", 0.2);
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

/* Year 0: everyone is in beschermd wonen in both arms.  Year 1: the
   intervention arm has clients * extra_outflow more people at home. */
START_TEST(hand_calculated_years_0_and_1) {
  mkba_mock *m = open_mock(10, PRICE_YEAR);
  run(m);
  const double clients = get(m, "clients");
  ck_assert_double_eq_tol(
      total(m, NULL, MKBA_COST, 0),
      clients * get(m, "transition_hours") * get(m, "hour_cost"), 1e-6);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_BENEFIT, 0), 0.0, 1e-6);
  const double moved = clients * get(m, "extra_outflow");
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_GEMEENTE, "beschermd_wonen", MKBA_BENEFIT, 1),
      moved * get(m, "bw_cost"), 1e-6);
  ck_assert_double_eq_tol(total(m, "woonlasten", MKBA_BENEFIT, 1),
                          -moved * get(m, "rent"), 1e-6);
  ck_assert_double_eq_tol(
      total(m, NULL, MKBA_COST, 1),
      clients * (1 - get(m, "outflow") - get(m, "extra_outflow")) *
          get(m, "transition_hours") * get(m, "hour_cost"),
      1e-6);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("beschermd_thuis");
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_is_finite);
  tcase_add_test(tc, more_effect_raises_npv);
  tcase_add_test(tc, zero_effect_leaves_only_costs);
  tcase_add_test(tc, same_inputs_same_ledger);
  tcase_add_test(tc, hand_calculated_years_0_and_1);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? 0 : 1;
}
