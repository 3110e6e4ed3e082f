/*
 * test_bemoeizorg.c - Check suite for the bemoeizorg plugin, run against the
 * mock host.  MKBA_TEST_PLUGIN names the plugin file.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

#define RATE 0.0225

/* The scenario: 2025-2034 at 2024 prices.  2024 is the last year of the
   CBS index in data/cpi.json; a later one needs an inflation assumption the
   mock host does not state, so 2025 would fail to bind any re-indexed
   amount.  The effect parameters: a larger value of each raises the NPV,
   and with all three at zero only the team's hours are left. */
static const mkba_check_spec spec = {.effects = {"effect", "attribution", "ramp_up"},
                                     .more = {0.6, 0.95, 0.9},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* Undiscounted total of `kind` for `actor` in `category` and year `t`. */
static double total(const mkba_mock *m, int actor, const char *category, int kind, int t) {
  return mkba_mock_total(m, actor, category, kind, t);
}

/* Beyond the shared properties: transfers are finite too, and the base case
   has costs, benefits, PM items, a home as a cost and no eviction figure of
   its own (the removed EUR 100,000 a piece). */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  for (int a = 0; a < MKBA_N_ACTORS; a++)
    ck_assert(isfinite(mkba_mock_total(m, a, NULL, MKBA_TRANSFER, MKBA_MOCK_ALL)));
  ck_assert_double_gt(total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, MKBA_MOCK_ALL), 0);
  ck_assert_double_gt(total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0);
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  ck_assert(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, MKBA_MOCK_ALL) > 0);
  ck_assert(total(m, MKBA_GEMEENTE, "huisuitzetting", MKBA_BENEFIT, MKBA_MOCK_ALL) == 0);
  ck_assert(isnan(mkba_mock_get(m, "eviction_cost")));
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

/* Every price and share set by hand; ramp-up and drop-off as given. */
static mkba_mock *by_hand(double ramp_up, double drop_off) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "clients", 100);
  mkba_check_set(m, "outreach_hours", 40);
  mkba_check_set(m, "hour_cost", 50);
  mkba_check_set(m, "effect", 0.5);
  mkba_check_set(m, "deadweight", 0.2);
  mkba_check_set(m, "attribution", 0.75);
  mkba_check_set(m, "ramp_up", ramp_up);
  mkba_check_set(m, "drop_off", drop_off);
  mkba_check_set(m, "crisis_days", 10);
  mkba_check_set(m, "crisis_day_cost", 300);
  mkba_check_set(m, "incidents", 2);
  mkba_check_set(m, "offence_share", 0.25);
  mkba_check_set(m, "callout_cost", 100);
  mkba_check_set(m, "offence_cost", 4000);
  mkba_check_set(m, "victim_share", 0.5);
  mkba_check_set(m, "eviction_risk", 0.1);
  mkba_check_set(m, "landlord_cost", 6000);
  mkba_check_set(m, "arrears_share", 0.25);
  mkba_check_set(m, "homeless_after_eviction", 0.4);
  mkba_check_set(m, "shelter_years", 1.5);
  mkba_check_set(m, "years_with_others", 0.5);
  mkba_check_set(m, "shelter_cost", 20000);
  mkba_check_set(m, "dwelling_cost", 7000);
  mkba_check_set(m, "share_huurtoeslag", 0.5);
  mkba_check_set(m, "huurtoeslag", 2000);
  mkba_check_set(m, "share_bijstand", 0.5);
  mkba_check_set(m, "bijstand", 15000);
  mkba_check_set(m, "bijstand_institution", 5000);
  mkba_check_set(m, "treatment_contacts", 12);
  mkba_check_set(m, "contact_cost", 100);
  mkba_check_set(m, "utility_gain", 0.1);
  mkba_check_set(m, "qaly_value", 50000);
  mkba_check_run(m);
  return m;
}

/*
 * By hand, full effect in the outreach year and none after it (drop-off 1).
 * 100 clients, net effect 0.5 x (1 - 0.2) x 0.75 = 0.3: 30 stabilised
 * client-years a year.
 *   Team: 100 x 40 x 50 = 200,000 (gemeente, cost).
 *   Crisis: 30 x 10 x 300 = 90,000 saved; treatment 30 x 12 x 100 =
 *   36,000 more (zorgverzekeraar, both in "ggz").
 *   Incidents 30 x 2 = 60: 45 nuisance callouts at 100 = 4,500 and 15
 *   offences at 4,000 = 60,000, half to police and justice: rijk 34,500,
 *   victims and neighbours (samenleving) 30,000.
 *   Quality of life 30 x 0.1 x 50,000 = 150,000, and nothing more: the
 *   eviction block books no well-being here.
 *   Evictions avoided 30 x 0.1 = 3: landlord 3 x 0.75 x 6,000 = 13,500;
 *   shelter 3 x 0.4 = 1.2 households for 1.5 years: 1.2 and 1.8
 *   place-years, 24,000 and 36,000; home-years plus 3 x 0.6 x 0.5 = 0.9:
 *   2.1 and 2.7, 14,700 and 18,900 (deelnemer, cost).
 */
START_TEST(hand_calculation) {
  mkba_mock *m = by_hand(1, 1);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 0), 200000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_ZORGVERZEKERAAR, "ggz", MKBA_BENEFIT, 0), 90000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_ZORGVERZEKERAAR, "ggz", MKBA_COST, 0), 36000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_RIJK, "politie_justitie", MKBA_BENEFIT, 0), 34500, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_SAMENLEVING, "slachtoffers_omwonenden", MKBA_BENEFIT, 0),
                          30000, 1e-6);
  for (int t = 0; t < 10; t++)
    ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, t),
                            150000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_WONINGCORPORATIE, "huisuitzetting", MKBA_BENEFIT, 0), 13500,
                          1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "huurschuld", MKBA_TRANSFER, 0), 4500, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 0), 24000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 36000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 0), 14700, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 1), 18900, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "gestabiliseerd", MKBA_INTERVENTION), 300, 1e-9);
  mkba_mock_free(m);
}
END_TEST

/*
 * Ramp-up 0.5 and drop-off 0.5: each cohort of 30 has 15 stabilised in
 * its outreach year, 15 the year after, 7.5 the next:
 *   S(0) = 15, S(1) = 15 + 15 = 30, S(2) = 15 + 15 + 7.5 = 37.5.
 * Crisis saved at 10 x 300 = 3,000 each: 45,000, 90,000, 112,500.
 */
START_TEST(ramp_up_and_drop_off) {
  mkba_mock *m = by_hand(0.5, 0.5);
  const double crisis[3] = {45000, 90000, 112500};
  for (int t = 0; t < 3; t++)
    ck_assert_double_eq_tol(total(m, MKBA_ZORGVERZEKERAAR, "ggz", MKBA_BENEFIT, t), crisis[t],
                            1e-6);
  mkba_mock_free(m);
}
END_TEST

/* With deadweight 1 the team changes nothing: only its hours are left. */
START_TEST(full_deadweight_leaves_only_costs) {
  mkba_mock *m = by_hand(1, 1);
  mkba_check_set(m, "deadweight", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, MKBA_MOCK_ALL), 2000000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("bemoeizorg");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, zero_effect_npv_is_negative);
  tcase_add_test(tc, hand_calculation);
  tcase_add_test(tc, ramp_up_and_drop_off);
  tcase_add_test(tc, full_deadweight_leaves_only_costs);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
