/*
 * test_housing_first.c - the housing_first plugin against the mock host.
 *
 * The hand calculations use a small cohort without deaths, so that every
 * number can be followed on paper.  Years are counted at mid-year (the
 * life-table rule): year t counts (o(t) + o(t+1)) / 2.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 */
static const mkba_check_spec spec = {.effects = {"effect_housing", "effect_tenancy"},
                                     .more = {0.9, 0.9},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* The base case reports its outcome and lists PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_outcome(m, "qaly", MKBA_INTERVENTION)));
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  /* Housing First houses more people, so it uses more homes: a cost. */
  ck_assert(mkba_mock_total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, MKBA_MOCK_ALL) > 0);
  ck_assert(mkba_mock_total(m, MKBA_DEELNEMER, "wonen", MKBA_BENEFIT, MKBA_MOCK_ALL) == 0);
  mkba_mock_free(m);
}
END_TEST

/*
 * A small cohort: 40 clients, all in shelter, nobody dies, leaves for the
 * street or loses the home; every price set by hand.
 */
static mkba_mock *small_cohort(double ramp_up) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "clients", 40);
  mkba_check_set(m, "share_street", 0);
  mkba_check_set(m, "shelter_to_street", 0);
  mkba_check_set(m, "mortality_homeless", 0);
  mkba_check_set(m, "mortality_housed", 0);
  mkba_check_set(m, "base_tenancy_loss", 0);
  mkba_check_set(m, "base_housing", 0.15);
  mkba_check_set(m, "effect_housing", 0.6);
  mkba_check_set(m, "ramp_up", ramp_up);
  mkba_check_set(m, "support_hours", 4);
  mkba_check_set(m, "support_hour_cost", 50);
  mkba_check_set(m, "shelter_cost", 20000);
  mkba_check_set(m, "dwelling_cost", 7000);
  mkba_check_set(m, "huurtoeslag", 2000);
  mkba_check_set(m, "bijstand", 15000);
  mkba_check_set(m, "bijstand_institution", 5000);
  mkba_check_set(m, "share_bijstand", 0.5);
  mkba_check_run(m);
  return m;
}

/*
 * By hand, ramp_up = 1 (the whole effect from the first year).
 * Yearly chance of a home: baseline 0.15, Housing First 0.15 + 0.6 x 0.85
 * = 0.66.  o(1): baseline 34 in shelter and 6 housed, HF 13.6 and 26.4.
 * Year 0 counts the mean of o(0) and o(1): housed 3 (baseline) against
 * 13.2 (HF), 10.2 more housed person-years and 10.2 fewer in shelter.
 *   support   40 alive x 4 h x 52 weeks x EUR 50       = 416,000 (gemeente)
 *   shelter   10.2 x 20,000                             = 204,000 saved
 *   home      10.2 x 7,000                              =  71,400 cost (deelnemer)
 *   huurtoeslag 10.2 x 2,000                            =  20,400 rijk -> deelnemer
 *   bijstand  0.5 x 10.2 x (15,000 - 5,000)             =  51,000 gemeente -> deelnemer
 * Year 1: o(2) baseline shelter 34 x 0.85 = 28.9, HF 13.6 x 0.34 = 4.624;
 * counted 31.45 against 9.112, a saving of 22.338 x 20,000 = 446,760.
 */
START_TEST(hand_calculation) {
  mkba_mock *m = small_cohort(1);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 0), 416000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 0), 204000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 0), 71400, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, 0), 20400,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, 0), 51000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 446760,
                          1e-6);
  /* A transfer is no cost or benefit: nothing else is posted under its category. */
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_MOCK_ALL, "bijstand", MKBA_COST, MKBA_MOCK_ALL),
                          0, 1e-9);
  ck_assert(mkba_mock_outcome(m, "persoonsjaren_opvang", MKBA_BASELINE) >
            mkba_mock_outcome(m, "persoonsjaren_opvang", MKBA_INTERVENTION));
  mkba_mock_free(m);
}
END_TEST

/*
 * Ramp-up: with ramp_up = 0.5 the first year's chance of a home is
 * 0.15 + 0.5 x 0.6 x 0.85 = 0.405, so o(1) is 23.8 in shelter and 16.2
 * housed.  Year 0 counts 8.1 housed against 3: 5.1 x 7,000 = 35,700 for the
 * home, half of the 71,400 above.  From year 1 the whole effect works:
 * o(2) in shelter 23.8 x 0.34 = 8.092, counted (23.8 + 8.092) / 2 = 15.946
 * against 31.45, a saving of 15.504 x 20,000 = 310,080.
 */
START_TEST(ramp_up) {
  mkba_mock *m = small_cohort(0.5);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 0), 35700, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 310080,
                          1e-6);
  /* No ramp-up at all: nobody extra is housed in year 0's transition. */
  mkba_mock_free(m);
  m = small_cohort(0);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 0), 0, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Deadweight lives in the nulalternatief: when everybody would be housed
 * anyway (base_housing = 1) and keep the home (base_tenancy_loss = 0),
 * Housing First adds no home, no saving and no transfer, only its support.
 */
START_TEST(deadweight_in_the_baseline) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "base_housing", 1);
  mkba_check_set(m, "base_tenancy_loss", 0);
  mkba_check_run(m);
  double costs = mkba_mock_total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, MKBA_MOCK_ALL);
  ck_assert_double_eq_tol(
      costs, mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, MKBA_MOCK_ALL), 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_MOCK_ALL, NULL, MKBA_TRANSFER, MKBA_MOCK_ALL), 0,
                          1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Drop-off after the programme.  40 clients in shelter, nobody housed
 * without HF (base_housing 0), HF houses all in year 0 (effect 1,
 * ramp_up 1), support for one year only; tenants lose the home with chance
 * 0.2 a year, halved by HF (effect_tenancy 0.5).  o(1): 40 housed.
 * After support (t >= 1) the housing effect is gone and the tenancy effect
 * fades by drop_off = 0.5 a year:
 *   t = 1: loss 0.2 x (1 - 0.5 x 0.5)  = 0.15:  o(2) 34 housed, 6 in shelter
 *   t = 2: loss 0.2 x (1 - 0.5 x 0.25) = 0.175: o(3) 28.05 housed, 11.95 in shelter
 * Year 2 counts (6 + 11.95) / 2 = 8.975 in shelter against 40: a saving of
 * 31.025 x 20,000 = 620,500.  Without drop-off the loss stays 0.1: o(2) 4,
 * o(3) 7.6 in shelter, counted 5.8: a saving of 34.2 x 20,000 = 684,000.
 * Support is paid in year 0 only.
 */
static mkba_mock *after_support(double drop_off) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "clients", 40);
  mkba_check_set(m, "share_street", 0);
  mkba_check_set(m, "shelter_to_street", 0);
  mkba_check_set(m, "mortality_homeless", 0);
  mkba_check_set(m, "mortality_housed", 0);
  mkba_check_set(m, "base_housing", 0);
  mkba_check_set(m, "effect_housing", 1);
  mkba_check_set(m, "ramp_up", 1);
  mkba_check_set(m, "support_years", 1);
  mkba_check_set(m, "base_tenancy_loss", 0.2);
  mkba_check_set(m, "effect_tenancy", 0.5);
  mkba_check_set(m, "drop_off", drop_off);
  mkba_check_set(m, "shelter_cost", 20000);
  mkba_check_run(m);
  return m;
}

START_TEST(drop_off_after_support) {
  mkba_mock *m = after_support(0.5);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 2), 620500,
                          1e-6);
  ck_assert(mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 0) > 0);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 1), 0, 1e-9);
  mkba_mock_free(m);
  m = after_support(0);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 2), 684000,
                          1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Transfers move money between actors and leave society's NPV alone.  A
 * move from the street to a home keeps the full bijstand norm (no
 * bijstand transfer), but the tenant gets huurtoeslag.
 */
START_TEST(transfers_only_move_money) {
  mkba_mock *a = mkba_check_open(), *b = mkba_check_open();
  mkba_check_set(a, "share_bijstand", 0);
  mkba_check_set(b, "share_bijstand", 1);
  mkba_check_run(a);
  mkba_check_run(b);
  ck_assert_double_eq_tol(mkba_mock_npv(a, -1, 0.0225), mkba_mock_npv(b, -1, 0.0225), 1e-6);
  ck_assert(mkba_mock_npv(b, MKBA_DEELNEMER, 0.0225) > mkba_mock_npv(a, MKBA_DEELNEMER, 0.0225));
  ck_assert(mkba_mock_npv(b, MKBA_GEMEENTE, 0.0225) < mkba_mock_npv(a, MKBA_GEMEENTE, 0.0225));
  mkba_mock_free(a);
  mkba_mock_free(b);

  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "share_street", 1);
  mkba_check_set(m, "street_to_shelter", 0);
  mkba_check_set(m, "mortality_homeless", 0);
  mkba_check_set(m, "mortality_housed", 0);
  mkba_check_set(m, "base_tenancy_loss", 0);
  mkba_check_run(m);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, MKBA_MOCK_ALL), 0, 1e-4);
  ck_assert(mkba_mock_total(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, MKBA_MOCK_ALL) > 0);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, MKBA_MOCK_ALL),
                          0, 1e-6);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("housing_first");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, hand_calculation);
  tcase_add_test(tc, ramp_up);
  tcase_add_test(tc, deadweight_in_the_baseline);
  tcase_add_test(tc, drop_off_after_support);
  tcase_add_test(tc, transfers_only_move_money);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
