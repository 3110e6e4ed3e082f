/*
 * test_eu_burgers_opvang.c - Check suite for the eu_burgers_opvang plugin, run
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
static const mkba_check_spec spec = {.effects = {"share_exit"},
                                     .more = {0.6},
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
  mkba_check_set(m, "share_exit", 0.0);
  mkba_check_run(m);
  ck_assert_double_lt(mkba_mock_npv(m, -1, RATE), 0);
  mkba_mock_free(m);
}
END_TEST

/* Cost of a person-year on the street, from the bound parameters. */
static double street_year(const mkba_mock *m) {
  return mkba_check_get(m, "seh_visits") * mkba_check_get(m, "seh_cost") +
         mkba_check_get(m, "hospital_days") * mkba_check_get(m, "hospital_day_cost");
}

START_TEST(hand_calculated_year_0) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "months_avoided", 12); /* the default, stated for clarity */
  mkba_check_run(m);
  const double clients = mkba_check_get(m, "clients");
  ck_assert_double_eq_tol(
      total(m, NULL, MKBA_COST, 0),
      clients * (mkba_check_get(m, "stay_days") / 365.0 * mkba_check_get(m, "place_cost") +
                 mkba_check_get(m, "support_hours") * mkba_check_get(m, "hour_cost")),
      1e-6);
  const double exits = clients * mkba_check_get(m, "share_exit");
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "acute_zorg", MKBA_BENEFIT, 0),
                          exits * street_year(m), 1e-6);
  ck_assert_double_eq_tol(
      total(m, "politie_justitie", MKBA_BENEFIT, 0),
      exits * mkba_check_get(m, "incidents") * mkba_check_get(m, "incident_cost"), 1e-6);
  mkba_mock_free(m);
}
END_TEST

/* 18 months avoided per exit: 12 in the year of the stay, 6 in the next;
   over 10 yearly intakes the last 6 months fall beyond the horizon. */
START_TEST(avoided_months_spread_over_years) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "months_avoided", 18);
  mkba_check_run(m);
  const double exits = mkba_check_get(m, "clients") * mkba_check_get(m, "share_exit");
  const double per_month = street_year(m) / 12.0;
  ck_assert_double_eq_tol(total(m, "acute_zorg", MKBA_BENEFIT, 0), exits * 12 * per_month, 1e-6);
  ck_assert_double_eq_tol(total(m, "acute_zorg", MKBA_BENEFIT, 1), exits * 18 * per_month, 1e-6);
  ck_assert_double_eq_tol(total(m, "acute_zorg", MKBA_BENEFIT, MKBA_MOCK_ALL),
                          exits * (10 * 18 - 6) * per_month, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "maanden_straat", MKBA_BASELINE), exits * 174, 1e-6);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("eu_burgers_opvang");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, zero_effect_npv_is_negative);
  tcase_add_test(tc, hand_calculated_year_0);
  tcase_add_test(tc, avoided_months_spread_over_years);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
