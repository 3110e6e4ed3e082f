/*
 * test_ervaringsdeskundigen.c - Check suite for the ervaringsdeskundigen
 * plugin, run against the mock host.  MKBA_TEST_PLUGIN names the plugin file.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

#define RATE 0.0225

/* The scenario: 2025-2034 at 2024 prices, the last year of the CBS index
   in data/cpi.json. */
static const mkba_check_spec spec = {.effects = {"exit_increase", "return_reduction"},
                                     .more = {0.5, 0.5},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* Undiscounted total of `kind` for `actor` in `category` and `year`. */
static double total(const mkba_mock *m, int actor, const char *category, int kind, int year) {
  return mkba_mock_total(m, actor, category, kind, year);
}

/* Beyond the shared properties: the base case has costs, benefits,
   transfers and PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert_double_gt(total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, MKBA_MOCK_ALL), 0);
  ck_assert_double_gt(total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0);
  ck_assert_double_gt(total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, MKBA_MOCK_ALL), 0);
  ck_assert_double_gt(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, MKBA_MOCK_ALL), 0);
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/* Round numbers for the hand calculations. */
static void set_round(mkba_mock *m) {
  mkba_check_set(m, "clients", 100);
  mkba_check_set(m, "peer_hours", 40);
  mkba_check_set(m, "hour_cost", 50);
  mkba_check_set(m, "exit_rate", 0.3);
  mkba_check_set(m, "exit_increase", 0.5);
  mkba_check_set(m, "return_reduction", 0);
  mkba_check_set(m, "attribution", 0.8);
  mkba_check_set(m, "shelter_cost", 20000);
  mkba_check_set(m, "ambulant_hours", 100);
  mkba_check_set(m, "dwelling_year", 6000);
  mkba_check_set(m, "share_bijstand", 0.5);
  mkba_check_set(m, "bijstand_year", 15000);
  mkba_check_set(m, "bijstand_institution_year", 5000);
  mkba_check_set(m, "huurtoeslag_year", 2000);
  mkba_check_set(m, "utility_gain", 0.1);
  mkba_check_set(m, "qaly_value", 50000);
}

/*
 * By hand.  Year 0: all 100 in shelter in both arms, so only the peers are
 * booked: 100 x 40 hours x 50 = 200,000, and no benefit.  Year 1: the peers
 * raise the outflow by 0.5 x attribution 0.8 = 40%, from 0.3 to 0.42, so
 * 100 x 0.3 x 0.4 = 12 more people are in a home.  Shelter saved 12 x
 * 20,000 = 240,000 (gemeente).  Their homes, 12 x 6,000 = 72,000 (a cost to
 * the deelnemer, who pays the rent).  Support: the peers again for all 100
 * (58 in shelter, 42 in their first year at home), 200,000, plus ambulant
 * support for the 12, 12 x 100 x 50 = 60,000: 260,000.  Quality of life 12
 * x 0.1 x 50,000 = 60,000.  Transfers: bijstand 12 x 0.5 x (15,000 - 5,000)
 * = 60,000 from the gemeente, huurtoeslag 12 x 2,000 = 24,000 from the Rijk.
 */
START_TEST(hand_calculated_years_0_and_1) {
  mkba_mock *m = mkba_check_open();
  set_round(m);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, 0), 200000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, 0), 0, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_TRANSFER, 0), 0, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 240000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 1), 72000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 1), 260000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 1), 60000,
                          1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, 1), 60000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, 1), 24000, 1e-6);
  /* A saving is a benefit and a use a cost: nothing the other way round. */
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, "wonen", MKBA_BENEFIT, 1), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, "opvang", MKBA_COST, 1), 0, 1e-9);
  mkba_mock_free(m);
}
END_TEST

/* Attribution multiplies the effect: half the attribution with twice the
   observed change gives the same ledger, and none gives only costs. */
START_TEST(attribution_multiplies_the_effect) {
  mkba_mock *a = mkba_check_open(), *b = mkba_check_open();
  set_round(a);
  set_round(b);
  mkba_check_set(a, "exit_increase", 0.2);
  mkba_check_set(a, "attribution", 1);
  mkba_check_set(b, "exit_increase", 0.4);
  mkba_check_set(b, "attribution", 0.5);
  mkba_check_run(a);
  mkba_check_run(b);
  ck_assert(mkba_mock_same_ledger(a, b));
  mkba_check_set(b, "attribution", 0);
  mkba_check_run(b);
  ck_assert_double_eq_tol(total(b, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0, 1e-9);
  ck_assert_double_lt(mkba_mock_npv(b, -1, RATE), 0);
  mkba_mock_free(a);
  mkba_mock_free(b);
}
END_TEST

/*
 * Drop-off, by hand: 100 people, outflow 0.5 a year in both arms, fall-back
 * 0.2, halved by the peers (reduction 0.5, attribution 1).  Year 1: 50 in
 * shelter, 50 in their first year at home, in both arms.  Year 2: baseline
 * 50 x 0.5 + 50 x 0.2 = 35 in shelter, with peers 25 + 50 x 0.1 = 30.
 * Year 3, baseline: 35 x 0.5 + 25 x 0.2 + 40 x 0.2 = 30.5.  With peers and
 * drop-off 1 the protection ends after the first year at home: 30 x 0.5 +
 * 25 x 0.1 + 45 x 0.2 = 26.5, 4 fewer; with drop-off 0 it lasts: 15 + 2.5
 * + 45 x 0.1 = 22, 8.5 fewer.  At 20,000 a place-year: 80,000 and 170,000.
 */
START_TEST(drop_off_fades_the_fall_back_effect) {
  mkba_mock *m = mkba_check_open();
  set_round(m);
  mkba_check_set(m, "exit_rate", 0.5);
  mkba_check_set(m, "exit_increase", 0);
  mkba_check_set(m, "return_rate", 0.2);
  mkba_check_set(m, "return_reduction", 0.5);
  mkba_check_set(m, "attribution", 1);
  mkba_check_set(m, "drop_off", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 0, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 2), 100000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 3), 80000, 1e-6);
  mkba_check_set(m, "drop_off", 0);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 3), 170000, 1e-6);
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
  tcase_add_test(tc, hand_calculated_years_0_and_1);
  tcase_add_test(tc, attribution_multiplies_the_effect);
  tcase_add_test(tc, drop_off_fades_the_fall_back_effect);
  tcase_add_test(tc, zero_effect_npv_is_negative);
  tcase_add_test(tc, return_reduction_alone_helps);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
