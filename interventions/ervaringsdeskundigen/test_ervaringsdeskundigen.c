/*
 * test_ervaringsdeskundigen.c - Check suite for the ervaringsdeskundigen
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
static const mkba_check_spec spec = {.effects = {"exit_increase", "return_reduction"},
                                     .more = {0.5, 0.5},
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
  mkba_check_set(m, "exit_increase", 0.0);
  mkba_check_set(m, "return_reduction", 0.0);
  mkba_check_run(m);
  ck_assert_double_lt(mkba_mock_npv(m, -1, RATE), 0);
  mkba_mock_free(m);
}
END_TEST

/* Year 0: everyone is in shelter in both arms, so only peer hours are booked.
   Year 1: the intervention arm has clients * exit_rate * exit_increase more
   people out of shelter. */
START_TEST(hand_calculated_years_0_and_1) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  const double clients = mkba_check_get(m, "clients");
  ck_assert_double_eq_tol(
      total(m, NULL, MKBA_COST, 0),
      clients * mkba_check_get(m, "peer_hours") * mkba_check_get(m, "hour_cost"), 1e-6);
  ck_assert_double_eq_tol(total(m, NULL, MKBA_BENEFIT, 0), 0.0, 1e-6);
  const double moved =
      clients * mkba_check_get(m, "exit_rate") * mkba_check_get(m, "exit_increase");
  ck_assert_double_eq_tol(total(m, "opvang", MKBA_BENEFIT, 1),
                          moved * mkba_check_get(m, "shelter_cost"), 1e-6);
  ck_assert_double_eq_tol(
      total(m, "ambulante_begeleiding", MKBA_BENEFIT, 1),
      -moved * mkba_check_get(m, "ambulant_hours") * mkba_check_get(m, "hour_cost"), 1e-6);
  mkba_mock_free(m);
}
END_TEST

/* Fewer fall-backs alone also pays something back. */
START_TEST(return_reduction_alone_helps) {
  mkba_mock *a = mkba_check_open();
  mkba_mock *b = mkba_check_open();
  mkba_check_set(a, "exit_increase", 0.0);
  mkba_check_set(a, "return_reduction", 0.0);
  mkba_check_set(b, "exit_increase", 0.0);
  mkba_check_run(a);
  mkba_check_run(b);
  ck_assert_double_gt(mkba_mock_npv(b, -1, RATE), mkba_mock_npv(a, -1, RATE));
  mkba_mock_free(a);
  mkba_mock_free(b);
}
END_TEST

int main(void) {
  Suite *s = suite_create("ervaringsdeskundigen");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, zero_effect_npv_is_negative);
  tcase_add_test(tc, hand_calculated_years_0_and_1);
  tcase_add_test(tc, return_reduction_alone_helps);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
