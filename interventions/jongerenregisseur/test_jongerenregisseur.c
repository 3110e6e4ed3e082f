/*
 * test_jongerenregisseur.c - Check suite for the jongerenregisseur plugin, run
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
static const mkba_check_spec spec = {
    .effects = {"effect"}, .more = {0.5}, .start_year = 2025, .horizon = 10, .price_year = 2024};

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
  mkba_check_set(m, "effect", 0.0);
  mkba_check_run(m);
  ck_assert_double_lt(mkba_mock_npv(m, -1, RATE), 0);
  mkba_mock_free(m);
}
END_TEST

START_TEST(hand_calculated_year_0) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  const double youths = mkba_check_get(m, "youths");
  ck_assert_double_eq_tol(total(m, NULL, MKBA_COST, 0),
                          youths * mkba_check_get(m, "hours") * mkba_check_get(m, "hour_cost"),
                          1e-6);
  const double years =
      youths * mkba_check_get(m, "months_homeless") * mkba_check_get(m, "effect") / 12.0;
  const double saved = years * mkba_check_get(m, "cost_homeless_year");
  ck_assert_double_eq_tol(total(m, "dakloosheid_jongeren", MKBA_BENEFIT, 0), saved, 1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_GEMEENTE, "dakloosheid_jongeren", MKBA_BENEFIT, 0),
      saved * (1 - mkba_check_get(m, "share_zorgverzekeraar") - mkba_check_get(m, "share_rijk")),
      1e-6);
  ck_assert_double_eq_tol(
      total(m, "kwaliteit_van_leven", MKBA_BENEFIT, 0),
      years * mkba_check_get(m, "utility_gain") * mkba_check_get(m, "qaly_value"), 1e-6);
  mkba_mock_free(m);
}
END_TEST

START_TEST(shares_above_one_are_refused) {
  /* Each share is at most a half, so the two never exceed the whole. */
  mkba_mock *m = mkba_check_open_at(spec.start_year, 1, spec.price_year);
  ck_assert_int_eq(mkba_mock_set(m, "share_zorgverzekeraar", 0.7), MKBA_ERROR);
  mkba_check_set(m, "share_zorgverzekeraar", 0.5);
  mkba_check_set(m, "share_rijk", 0.5);
  char err[512] = "";
  ck_assert_int_eq(mkba_mock_run(m, err, sizeof err), MKBA_OK);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("jongerenregisseur");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, zero_effect_npv_is_negative);
  tcase_add_test(tc, hand_calculated_year_0);
  tcase_add_test(tc, shares_above_one_are_refused);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
