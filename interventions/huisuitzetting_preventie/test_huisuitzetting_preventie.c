/*
 * test_huisuitzetting_preventie.c - the huisuitzetting_preventie plugin
 * against the mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 * The effect parameters: a larger value of each raises the NPV, and with
 * all three at zero only the coaching is left.
 */
static const mkba_check_spec spec = {.effects = {"effect", "attribution", "ramp_up"},
                                     .more = {0.8, 0.95, 0.9},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* Undiscounted total of `kind` for `actor` in `category` and year `t`. */
static double total(const mkba_mock *m, int actor, const char *category, int kind, int t) {
  return mkba_mock_total(m, actor, category, kind, t);
}

/* The base case reports its outcomes, lists PM items and books the home as a cost. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_outcome(m, "huisuitzettingen", MKBA_INTERVENTION)));
  ck_assert(mkba_mock_outcome(m, "huisuitzettingen", MKBA_INTERVENTION) <
            mkba_mock_outcome(m, "huisuitzettingen", MKBA_BASELINE));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  /* A household kept in its home uses it: a cost, never a benefit. */
  ck_assert(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, MKBA_MOCK_ALL) > 0);
  ck_assert(total(m, MKBA_DEELNEMER, "wonen", MKBA_BENEFIT, MKBA_MOCK_ALL) == 0);
  /* Arrears are money changing hands: no cost or benefit in "huurschuld". */
  ck_assert(total(m, MKBA_MOCK_ALL, "huurschuld", MKBA_COST, MKBA_MOCK_ALL) == 0);
  ck_assert(total(m, MKBA_MOCK_ALL, "huurschuld", MKBA_BENEFIT, MKBA_MOCK_ALL) == 0);
  mkba_mock_free(m);
}
END_TEST

/* Every price and share set by hand; ramp-up and drop-off as given. */
static mkba_mock *by_hand(double ramp_up, double drop_off) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "households", 100);
  mkba_check_set(m, "eviction_risk", 0.3);
  mkba_check_set(m, "effect", 0.5);
  mkba_check_set(m, "deadweight", 0.2);
  mkba_check_set(m, "attribution", 0.75);
  mkba_check_set(m, "ramp_up", ramp_up);
  mkba_check_set(m, "drop_off", drop_off);
  mkba_check_set(m, "contacts", 10);
  mkba_check_set(m, "contact_cost", 100);
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
  mkba_check_set(m, "qaly_value", 50000);
  mkba_check_run(m);
  return m;
}

/*
 * By hand, full effect from year 0 and no drop-off.  100 households at
 * risk 0.3: 30 evictions a year without coaching.  Net effect 0.5 x (1 -
 * 0.2) x 0.75 = 0.3, so 9 evictions averted a year, 21 left.
 *   Coaching: 100 x 10 x 100 = 100,000 a year (gemeente, cost).
 *   Landlord: 9 x (1 - 0.25) x 6,000 = 40,500 saved (woningcorporatie);
 *   arrears 9 x 0.25 x 6,000 = 13,500 fewer written off: the tenants pay
 *   them, a transfer deelnemer -> woningcorporatie of 13,500.
 *   Shelter: 9 x 0.4 = 3.6 households for 1.5 years each: 3.6 place-years
 *   in year 0, 3.6 + 1.8 = 5.4 from year 1: 72,000 and 108,000 saved.
 *   Home-years the coaching adds: the shelter years plus 9 x 0.6 = 5.4
 *   households for half a year with others (2.7 in the year itself):
 *   6.3 in year 0, 8.1 from year 1, at 7,000: 44,100 and 56,700 (deelnemer,
 *   cost).  Huurtoeslag 0.5 x 2,000 = 1,000 per home-year: 6,300 and 8,100
 *   (rijk -> deelnemer).  Bijstand 0.5 x (15,000 - 5,000) = 5,000 per
 *   shelter-year avoided: 18,000 and 27,000 (gemeente -> deelnemer).
 *   Quality of life 0.1 x 50,000 = 5,000 per shelter-year: 18,000 and 27,000.
 */
START_TEST(hand_calculation) {
  mkba_mock *m = by_hand(1, 0);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 0), 100000, 1e-6);
  for (int t = 0; t < 10; t++)
    ck_assert_double_eq_tol(total(m, MKBA_WONINGCORPORATIE, "huisuitzetting", MKBA_BENEFIT, t),
                            40500, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "huurschuld", MKBA_TRANSFER, 0), 13500, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 0), 72000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 108000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 0), 44100, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 1), 56700, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, 0), 6300, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, 1), 8100, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, 0), 18000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, 1), 27000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 1), 27000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "huisuitzettingen", MKBA_BASELINE), 300, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "huisuitzettingen", MKBA_INTERVENTION), 210, 1e-9);
  /* Society, year 1: 40,500 + 108,000 + 27,000 - 100,000 - 56,700 = 18,800
     (transfers net out). */
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, 1) -
                              total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, 1),
                          18800, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Ramp-up 0.5 and drop-off 0.2.  Averted: A(0) = 4.5, A(y) = 9 later.  Of
 * those kept in year y, 0.2 x 0.8^(k-1) are evicted in year y + k:
 *   dv(0) = 4.5
 *   dv(1) = 9 - 4.5 x 0.2 = 8.1
 *   dv(2) = 9 - (4.5 x 0.8 x 0.2 + 9 x 0.2) = 9 - 2.52 = 6.48
 * The landlord saves 4,500 per eviction avoided: 20,250, 36,450, 29,160.
 * Shelter (3 years, so no spell ends within these years): 0.4 dv summed,
 * 1.8, 5.04, 7.632 place-years: 36,000, 100,800, 152,640.
 */
START_TEST(ramp_up_and_drop_off) {
  mkba_mock *m = by_hand(0.5, 0.2);
  const double landlord[3] = {20250, 36450, 29160};
  for (int t = 0; t < 3; t++)
    ck_assert_double_eq_tol(total(m, MKBA_WONINGCORPORATIE, "huisuitzetting", MKBA_BENEFIT, t),
                            landlord[t], 1e-6);
  mkba_check_set(m, "shelter_years", 3);
  mkba_check_run(m);
  const double shelter[3] = {36000, 100800, 152640};
  for (int t = 0; t < 3; t++)
    ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, t), shelter[t], 1e-6);
  mkba_mock_free(m);
}
END_TEST

/* With deadweight 1 every averted eviction would have been averted anyway:
   the coaching is all that is left. */
START_TEST(full_deadweight_leaves_only_costs) {
  mkba_mock *m = by_hand(1, 0);
  mkba_check_set(m, "deadweight", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, MKBA_MOCK_ALL), 1000000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_TRANSFER, MKBA_MOCK_ALL), 0, 1e-9);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("huisuitzetting_preventie");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, hand_calculation);
  tcase_add_test(tc, ramp_up_and_drop_off);
  tcase_add_test(tc, full_deadweight_leaves_only_costs);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
