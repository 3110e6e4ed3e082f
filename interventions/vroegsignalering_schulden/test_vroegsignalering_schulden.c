/*
 * test_vroegsignalering_schulden.c - the vroegsignalering_schulden plugin
 * against the mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 * The effect parameters: a larger value of each raises the NPV, and with
 * all three at zero only outreach and help are left.
 */
static const mkba_check_spec spec = {.effects = {"effect", "attribution", "ramp_up"},
                                     .more = {0.6, 0.95, 0.9},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* Undiscounted total of `kind` for `actor` in `category` and year `t`. */
static double total(const mkba_mock *m, int actor, const char *category, int kind, int t) {
  return mkba_mock_total(m, actor, category, kind, t);
}

/* The base case reports its outcomes and lists PM items; the home is a cost. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(mkba_mock_outcome(m, "achterstanden_opgelost", MKBA_INTERVENTION) > 0);
  ck_assert(mkba_mock_outcome(m, "huisuitzettingen_vermeden", MKBA_INTERVENTION) > 0);
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  ck_assert(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, MKBA_MOCK_ALL) > 0);
  ck_assert(total(m, MKBA_DEELNEMER, "wonen", MKBA_BENEFIT, MKBA_MOCK_ALL) == 0);
  ck_assert(total(m, MKBA_MOCK_ALL, "huurschuld", MKBA_COST, MKBA_MOCK_ALL) == 0);
  ck_assert(total(m, MKBA_MOCK_ALL, "huurschuld", MKBA_BENEFIT, MKBA_MOCK_ALL) == 0);
  mkba_mock_free(m);
}
END_TEST

/* Every price and share set by hand; delay, ramp-up and drop-off as given. */
static mkba_mock *by_hand(double delay, double ramp_up, double drop_off) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "signals", 1000);
  mkba_check_set(m, "outreach_contacts", 1);
  mkba_check_set(m, "reach", 0.4);
  mkba_check_set(m, "help_contacts", 2);
  mkba_check_set(m, "contact_cost", 100);
  mkba_check_set(m, "effect", 0.5);
  mkba_check_set(m, "deadweight", 0.2);
  mkba_check_set(m, "attribution", 0.75);
  mkba_check_set(m, "ramp_up", ramp_up);
  mkba_check_set(m, "drop_off", drop_off);
  mkba_check_set(m, "escalation_delay", delay);
  mkba_check_set(m, "debt_help_avoided", 0.5);
  mkba_check_set(m, "debt_case_cost", 2000);
  mkba_check_set(m, "eviction_risk", 0.05);
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
  mkba_check_set(m, "utility_loss_homeless", 0.1);
  mkba_check_set(m, "utility_gain", 0.02);
  mkba_check_set(m, "qaly_value", 50000);
  mkba_check_run(m);
  return m;
}

/*
 * By hand, no delay, full effect from year 0, no drop-off.  1,000 signals,
 * 40% helped (400).  Outreach and help (1,000 x 1 + 400 x 2) x 100 =
 * 180,000 a year (gemeente, cost).  Net effect 0.5 x (1 - 0.2) x 0.75 =
 * 0.3: 120 households resolved a year.
 *   Debt counselling avoided: 120 x 0.5 x 2,000 = 120,000 (gemeente).
 *   Evictions avoided 120 x 0.05 = 6: landlord 6 x 0.75 x 6,000 = 27,000
 *   saved, arrears 9,000 paid rather than written off (deelnemer -> corporation).
 *   Shelter 6 x 0.4 = 2.4 households for 1.5 years: 2.4 and 3.6
 *   place-years, 48,000 and 72,000 saved.  Home-years: those plus
 *   6 x 0.6 x 0.5 = 1.8 with others: 4.2 and 5.4, 29,400 and 37,800 (cost).
 *   Quality of life: 120 x 0.02 x 50,000 = 120,000 less stress, plus
 *   0.1 x 50,000 = 5,000 per shelter-year: 132,000 and 138,000.
 */
START_TEST(hand_calculation) {
  mkba_mock *m = by_hand(0, 1, 0);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_COST, 0), 180000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_BENEFIT, 0), 120000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_WONINGCORPORATIE, "huisuitzetting", MKBA_BENEFIT, 0), 27000,
                          1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "huurschuld", MKBA_TRANSFER, 0), 9000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 0), 48000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 72000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 0), 29400, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 1), 37800, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 0), 132000,
                          1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 1), 138000,
                          1e-6);
  /* Huurtoeslag 0.5 x 2,000 per home-year, bijstand 0.5 x 10,000 per
     shelter-year avoided. */
  ck_assert_double_eq_tol(total(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, 1), 5400, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, 1), 18000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "huisuitzettingen_vermeden", MKBA_INTERVENTION), 60,
                          1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "achterstanden_opgelost", MKBA_INTERVENTION), 1200,
                          1e-9);
  mkba_mock_free(m);
}
END_TEST

/*
 * Delay 1.5 years, ramp-up 0.5, drop-off 0.2.  Resolved: R(0) = 60,
 * R(t) = 120 later.  Escalations avoided fall 1.5 years on, half in year
 * t + 1 and half in year t + 2:
 *   esc = 0, 30, 30 + 60 = 90, 60 + 60 = 120, ...
 * Of those avoided in year tau, 0.2 x 0.8^(k-1) escalate in year tau + k:
 *   de(1) = 30, de(2) = 90 - 30 x 0.2 = 84,
 *   de(3) = 120 - (30 x 0.8 x 0.2 + 90 x 0.2) = 97.2.
 * Debt counselling avoided at 0.5 x 2,000 = 1,000 each: 0, 30,000, 84,000,
 * 97,200.  Less stress lands in the signal year: 60 x 1,000 = 60,000 in
 * year 0, when no eviction is avoided yet.
 */
START_TEST(delay_ramp_up_and_drop_off) {
  mkba_mock *m = by_hand(1.5, 0.5, 0.2);
  const double cases[4] = {0, 30000, 84000, 97200};
  for (int t = 0; t < 4; t++)
    ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "schuldhulp", MKBA_BENEFIT, t), cases[t], 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 0), 60000,
                          1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_WONINGCORPORATIE, "huisuitzetting", MKBA_BENEFIT, 0), 0,
                          1e-9);
  mkba_mock_free(m);
}
END_TEST

/* With deadweight 1 every resolved arrear would have been resolved anyway:
   outreach and help are all that is left, and no money changes hands. */
START_TEST(full_deadweight_leaves_only_costs) {
  mkba_mock *m = by_hand(0, 1, 0);
  mkba_check_set(m, "deadweight", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, MKBA_MOCK_ALL), 1800000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_TRANSFER, MKBA_MOCK_ALL), 0, 1e-9);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("vroegsignalering_schulden");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, hand_calculation);
  tcase_add_test(tc, delay_ramp_up_and_drop_off);
  tcase_add_test(tc, full_deadweight_leaves_only_costs);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
