/*
 * test_transformatie_opvang.c - the transformatie_opvang plugin against the
 * mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * The properties run over 2025-2034 at 2024 prices (the last year of the
 * CBS index in the data).  With zero effect the homes' residual value
 * (category "restwaarde") is the one benefit left, as mkba_check allows.
 */
static const mkba_check_spec spec = {.effects = {"from_shelter"},
                                     .more = {0.99},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* A mock over the usual 10 years, 2025-2034 at 2024 prices. */
static mkba_mock *open10(void) { return mkba_check_open_at(2025, 10, 2024); }

/* Undiscounted total of `kind` for `actor` in `category` in `year`. */
static double total(const mkba_mock *m, int actor, const char *category, int kind, int year) {
  return mkba_mock_total(m, actor, category, kind, year);
}

/* The base case reports its outcomes and lists PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = open10();
  mkba_check_run(m);
  ck_assert(mkba_mock_outcome(m, "opvangjaren", MKBA_BASELINE) > 0);
  ck_assert(mkba_mock_outcome(m, "woningen_in_gebruik", MKBA_INTERVENTION) > 0);
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/* Ramp-up: with the defaults, year 0 has the investment and nothing else. */
START_TEST(nothing_lands_in_year_0) {
  mkba_mock *m = open10();
  mkba_check_run(m);
  ck_assert_double_gt(total(m, MKBA_MOCK_ALL, "investering", MKBA_COST, 0), 0);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, 0), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, "begeleiding", MKBA_COST, 0), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, "wonen", MKBA_COST, 0), 0, 1e-9);
  ck_assert_double_gt(total(m, MKBA_MOCK_ALL, "opvang", MKBA_BENEFIT, 1), 0);
  mkba_mock_free(m);
}
END_TEST

/* Round numbers for the hand calculations. */
static mkba_mock *hand(void) {
  mkba_mock *m = open10();
  mkba_check_set(m, "units", 10);
  mkba_check_set(m, "build_years", 2);
  mkba_check_set(m, "investment_per_unit", 100000);
  mkba_check_set(m, "lifetime", 40);
  mkba_check_set(m, "subsidy_per_unit", 20000);
  mkba_check_set(m, "exploitation_cost", 2000);
  mkba_check_set(m, "occupancy", 0.8);
  mkba_check_set(m, "from_shelter", 0.5);
  mkba_check_set(m, "deadweight", 0.5);
  mkba_check_set(m, "drop_off", 0.5);
  mkba_check_set(m, "support_hours", 100);
  mkba_check_set(m, "support_years", 1.5);
  mkba_check_set(m, "hour_cost", 50);
  mkba_check_set(m, "shelter_cost", 20000);
  mkba_check_set(m, "dwelling_year", 6000);
  mkba_check_set(m, "share_bijstand", 0.5);
  mkba_check_set(m, "bijstand_year", 15000);
  mkba_check_set(m, "bijstand_institution_year", 5000);
  mkba_check_set(m, "huurtoeslag_year", 2000);
  mkba_check_set(m, "utility_gain_housed", 0.1);
  mkba_check_set(m, "qaly_value", 50000);
  mkba_check_run(m);
  return m;
}

/*
 * The homes, by hand.  10 homes completed evenly over 2 years: 5 at the end
 * of year 0 and 5 at the end of year 1, so 0, 5 and then 10 homes are in
 * use in years 0, 1, 2+.  Investment 5 x 100,000 = 500,000 in years 0 and
 * 1 (the woningcorporatie), the subsidy 5 x 20,000 = 100,000 a year from
 * the Rijk to it, a transfer.  Exploitation 2,000 per home in use: 10,000
 * in year 1, 20,000 from year 2.  Residual value in year 9, straight-line
 * over 40 years: the first five homes were used 9 years, 5 x 100,000 x
 * (1 - 9/40) = 387,500; the others 8 years, 5 x 100,000 x (1 - 8/40) =
 * 400,000; 787,500 in all, a benefit.
 */
START_TEST(hand_calculation_homes) {
  mkba_mock *m = hand();
  ck_assert_double_eq_tol(total(m, MKBA_WONINGCORPORATIE, "investering", MKBA_COST, 0), 500000,
                          1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_WONINGCORPORATIE, "investering", MKBA_COST, 1), 500000,
                          1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, "investering", MKBA_COST, 2), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, MKBA_RIJK, "investering", MKBA_TRANSFER, 0), 100000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_RIJK, "investering", MKBA_TRANSFER, 1), 100000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_WONINGCORPORATIE, "wonen", MKBA_COST, 1), 10000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_WONINGCORPORATIE, "wonen", MKBA_COST, 5), 20000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_WONINGCORPORATIE, "restwaarde", MKBA_BENEFIT, 9), 787500,
                          1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, "restwaarde", MKBA_BENEFIT, MKBA_MOCK_ALL),
                          787500, 1e-6);
  /* Year 0: the investment only; no benefit before a home is in use. */
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, 0), 500000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, 0), 0, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "woningen_in_gebruik", MKBA_INTERVENTION),
                          5 + 8 * 10, 1e-9);
  mkba_mock_free(m);
}
END_TEST

/*
 * The effect, by hand.  Per home: occupancy 0.8 x from shelter 0.5 x (1 -
 * deadweight 0.5) = 0.2 shelter years avoided in its first year of use,
 * halved (drop-off 0.5) every later year.  Year 1: 5 x 0.2 = 1.0.  Year 2:
 * 5 x 0.2 x 0.5 + 5 x 0.2 = 1.5.  Year 3: 0.25 + 0.5 = 0.75.  At 20,000 a
 * shelter place-year the gemeente saves 20,000, 30,000 and 15,000.  Over the
 * horizon: 1.0 x (1 + 0.5 + ... + 0.5^8) + 1.0 x (1 + ... + 0.5^7) =
 * 1.99609375 + 1.9921875 = 3.98828125 shelter years.  Quality of life in
 * year 2: 1.5 x 0.1 x 50,000 = 7,500.  Support, 100 hours x 50 = 5,000 per
 * resident-year for 1.5 years after moving in: year 1, 5 homes x 0.8 = 4
 * residents, 20,000; year 2, 4 x 0.5 + 4 = 6, 30,000; year 3, 4 x 0.5 = 2,
 * 10,000; year 4 nothing.
 */
START_TEST(hand_calculation_effect) {
  mkba_mock *m = hand();
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1), 20000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 2), 30000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 3), 15000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "opvangjaren", MKBA_BASELINE), 3.98828125, 1e-9);
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 2), 7500,
                          1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 1), 20000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 2), 30000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 3), 10000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 4), 0, 1e-9);
  /* Year 1 in all: investment 500,000 + exploitation 10,000 + support 20,000. */
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, NULL, MKBA_COST, 1), 530000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * The transfers, by hand, for the 1.5 extra housed person-years of year 2:
 * rent 1.5 x 6,000 = 9,000 from the deelnemer to the woningcorporatie;
 * huurtoeslag 1.5 x 2,000 = 3,000 from the Rijk; bijstand 1.5 x 0.5 x
 * (15,000 - 5,000) = 7,500 from the gemeente.  Transfers leave the societal
 * NPV alone: a subsidy of zero changes the woningcorporatie's NPV by its
 * present value and society's not at all.
 */
START_TEST(hand_calculation_transfers) {
  mkba_mock *m = hand();
  ck_assert_double_eq_tol(total(m, MKBA_DEELNEMER, "wonen", MKBA_TRANSFER, 2), 9000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, 2), 3000, 1e-6);
  ck_assert_double_eq_tol(total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, 2), 7500, 1e-6);
  double society = mkba_mock_npv(m, -1, 0.0225);
  double owner = mkba_mock_npv(m, MKBA_WONINGCORPORATIE, 0.0225);
  mkba_check_set(m, "subsidy_per_unit", 0);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, 0.0225), society, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_npv(m, MKBA_WONINGCORPORATIE, 0.0225),
                          owner - 100000 - 100000 / 1.0225, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/* More deadweight or faster drop-off means fewer shelter years avoided. */
START_TEST(deadweight_and_drop_off_lower_the_effect) {
  mkba_mock *m = hand();
  double base = mkba_mock_outcome(m, "opvangjaren", MKBA_BASELINE);
  mkba_check_set(m, "deadweight", 0.75); /* a quarter instead of half remains */
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "opvangjaren", MKBA_BASELINE), base / 2, 1e-9);
  mkba_check_set(m, "deadweight", 0.5);
  mkba_check_set(m, "drop_off", 1); /* the effect lasts one year per home */
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "opvangjaren", MKBA_BASELINE), 2.0, 1e-9);
  mkba_check_set(m, "deadweight", 1); /* everyone would have left anyway */
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, "opvang", MKBA_BENEFIT, MKBA_MOCK_ALL), 0, 1e-9);
  mkba_mock_free(m);
}
END_TEST

/* With zero effect over 10 years, the only benefit left is the homes'
   residual value. */
START_TEST(zero_effect_leaves_the_residual_value) {
  mkba_mock *m = open10();
  mkba_check_set(m, "from_shelter", 0);
  mkba_check_run(m);
  double all = total(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL);
  ck_assert_double_gt(all, 0);
  ck_assert_double_eq_tol(total(m, MKBA_MOCK_ALL, "restwaarde", MKBA_BENEFIT, MKBA_MOCK_ALL), all,
                          1e-6);
  ck_assert_double_lt(mkba_mock_npv(m, -1, 0.0225), 0);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("transformatie_opvang");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, nothing_lands_in_year_0);
  tcase_add_test(tc, hand_calculation_homes);
  tcase_add_test(tc, hand_calculation_effect);
  tcase_add_test(tc, hand_calculation_transfers);
  tcase_add_test(tc, deadweight_and_drop_off_lower_the_effect);
  tcase_add_test(tc, zero_effect_leaves_the_residual_value);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
