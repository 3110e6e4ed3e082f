/*
 * test_eu_burgers_opvang.c - Check suite for the eu_burgers_opvang plugin, run
 * against the mock host.  MKBA_TEST_PLUGIN names the plugin file.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

#define RATE 0.0225

/* The scenario: 2025-2034 at 2024 prices.  2024 is the last year of the
   CBS index in data/cpi.json that every amount can be re-indexed to
   without an inflation assumption. */
static const mkba_check_spec spec = {.effects = {"share_return", "share_work", "attribution"},
                                     .more = {0.4, 0.3, 0.95},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* Undiscounted total of `kind` for all actors in `category` and `year`. */
static double total(const mkba_mock *m, const char *category, int kind, int year) {
  return mkba_mock_total(m, MKBA_MOCK_ALL, category, kind, year);
}

/* Beyond the shared properties: transfers are finite too, and the base case
   has costs, benefits, a transfer and PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  for (int a = 0; a < MKBA_N_ACTORS; a++)
    ck_assert(isfinite(mkba_mock_total(m, a, NULL, MKBA_TRANSFER, MKBA_MOCK_ALL)));
  ck_assert_double_gt(total(m, NULL, MKBA_COST, MKBA_MOCK_ALL), 0);
  ck_assert_double_gt(total(m, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0);
  ck_assert_double_gt(total(m, "belastingen", MKBA_TRANSFER, MKBA_MOCK_ALL), 0);
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/* With no effect the discounted NPV is negative too. */
START_TEST(zero_effect_npv_is_negative) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "share_return", 0.0);
  mkba_check_set(m, "share_work", 0.0);
  mkba_check_run(m);
  ck_assert_double_lt(mkba_mock_npv(m, -1, RATE), 0);
  mkba_mock_free(m);
}
END_TEST

/* Round numbers for the hand calculations below. */
static mkba_mock *hand_mock(void) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "clients", 100);
  mkba_check_set(m, "stay_days", 73); /* a fifth of a year */
  mkba_check_set(m, "place_cost", 36500);
  mkba_check_set(m, "support_hours", 10);
  mkba_check_set(m, "hour_cost", 50);
  mkba_check_set(m, "travel_cost", 200);
  mkba_check_set(m, "share_return", 0.3);
  mkba_check_set(m, "share_work", 0.2);
  mkba_check_set(m, "deadweight", 0.5);
  mkba_check_set(m, "attribution", 0.8);
  mkba_check_set(m, "months_avoided", 12);
  mkba_check_set(m, "drop_off", 0.5);
  mkba_check_set(m, "seh_visits", 2);
  mkba_check_set(m, "seh_cost", 250);
  mkba_check_set(m, "hospital_days", 1);
  mkba_check_set(m, "hospital_day_cost", 500);
  mkba_check_set(m, "callouts", 1);
  mkba_check_set(m, "callout_cost", 100);
  mkba_check_set(m, "offences", 1);
  mkba_check_set(m, "offence_cost", 2000);
  mkba_check_set(m, "victim_share", 0.5);
  mkba_check_set(m, "dwelling_cost", 8000);
  mkba_check_set(m, "dwelling_share", 0.5);
  mkba_check_set(m, "work_hours", 1000);
  mkba_check_set(m, "productivity", 40);
  mkba_check_set(m, "displacement", 0.75);
  mkba_check_set(m, "tax_share", 0.25);
  return m;
}

/*
 * By hand, 100 stays a year of 73 days (0.2 year):
 *   stays     100 x 0.2 x 36,500          = 730,000 cost, gemeente
 *   guidance  100 x 10 x 50                =  50,000 cost, gemeente
 *   journeys  100 x 0.3 x 200              =   6,000 cost, gemeente (gross returns)
 * Net exits per intake: (1 - 0.5) x 0.8 = 0.4 of the gross shares, so 12
 * returns and 8 workers.  The avoided street year runs from 0.5 + 0.2 =
 * 0.7 to 1.7 years after the start of the intake year: 0.3 of it in the
 * intake year, 0.7 in the next; with drop-off 0.5 the second part counts
 * 0.35.  Year 0: 0.3 per exit; year 1 on: 0.3 + 0.35 = 0.65 per exit.
 * Per street person-year: care 2 x 250 + 1 x 500 = 1,000 (Rijk); police
 * 1 x 100 + (1 - 0.5) x 1 x 2,000 = 1,100 (Rijk); victims 0.5 x 2,000 =
 * 1,000 (samenleving).  A work-year produces 1,000 x 40 x (1 - 0.75) =
 * 10,000 and uses half a dwelling, 4,000.
 * Year 0: 20 x 0.3 = 6 street person-years avoided:
 *   care 6,000; police 6,600; victims 6,000 (benefits)
 *   8 x 0.3 = 2.4 work-years: production 24,000 (benefit, deelnemer),
 *   dwelling 9,600 (cost, deelnemer), taxes 0.25 x 24,000 = 6,000
 *   (deelnemer -> rijk)
 * Year 1: 20 x 0.65 = 13 street person-years: care 13,000; 8 x 0.65 = 5.2
 *   work-years: production 52,000.
 * Over ten years: 6 + 9 x 13 = 123 street person-years = 1,476 months.
 */
START_TEST(hand_calculated_years_0_and_1) {
  mkba_mock *m = hand_mock();
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_COST, 0), 730000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 0), 50000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "terugreis", MKBA_COST, 0), 6000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "zorg", MKBA_BENEFIT, 0), 6000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "politie_justitie", MKBA_BENEFIT, 0), 6600,
                          1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_SAMENLEVING, "slachtoffers_omwonenden", MKBA_BENEFIT, 0), 6000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "productie", MKBA_BENEFIT, 0), 24000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 0), 9600, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "belastingen", MKBA_TRANSFER, 0), 6000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "zorg", MKBA_BENEFIT, 1), 13000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_DEELNEMER, "productie", MKBA_BENEFIT, 1), 52000,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "maanden_straat", MKBA_BASELINE), 1476, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Drop-off: without it, an exit keeps its whole avoided year, so from year
 * 1 on 20 x (0.3 + 0.7) = 20 street person-years: care 20,000.
 */
START_TEST(drop_off_shrinks_the_effect) {
  mkba_mock *m = hand_mock();
  mkba_check_set(m, "drop_off", 0);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "zorg", MKBA_BENEFIT, 1), 20000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Ramp-up through timing: a longer stay pushes the avoided time later.  A
 * stay of 0 days starts it at mid-year, so year 0 gets 0.5 per exit: care
 * 20 x 0.5 x 1,000 = 10,000.
 */
START_TEST(stay_delays_the_effect) {
  mkba_mock *m = hand_mock();
  mkba_check_set(m, "stay_days", 0);
  mkba_check_run(m);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "zorg", MKBA_BENEFIT, 0), 10000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Deadweight and attribution multiply the effect: with everything
 * deadweight, or nothing attributed, no benefit is left, but the programme
 * still pays the journeys home it arranges (6,000 a year).
 */
START_TEST(deadweight_and_attribution_remove_the_effect) {
  const char *keys[] = {"deadweight", "attribution"};
  const double values[] = {1, 0};
  for (int k = 0; k < 2; k++) {
    mkba_mock *m = hand_mock();
    mkba_check_set(m, keys[k], values[k]);
    mkba_check_run(m);
    ck_assert_double_eq_tol(total(m, NULL, MKBA_BENEFIT, MKBA_MOCK_ALL), 0, 1e-9);
    ck_assert_double_eq_tol(total(m, "wonen", MKBA_COST, MKBA_MOCK_ALL), 0, 1e-9);
    ck_assert_double_eq_tol(total(m, "belastingen", MKBA_TRANSFER, MKBA_MOCK_ALL), 0, 1e-9);
    ck_assert_double_eq_tol(total(m, "terugreis", MKBA_COST, 0), 6000, 1e-6);
    mkba_mock_free(m);
  }
}
END_TEST

/*
 * Displacement only cuts production: at 1 no production (and no taxes)
 * remain, the avoided street costs stay.
 */
START_TEST(displacement_cuts_production_only) {
  mkba_mock *m = hand_mock();
  mkba_check_set(m, "displacement", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(total(m, "productie", MKBA_BENEFIT, MKBA_MOCK_ALL), 0, 1e-9);
  ck_assert_double_eq_tol(total(m, "belastingen", MKBA_TRANSFER, MKBA_MOCK_ALL), 0, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "zorg", MKBA_BENEFIT, 0), 6000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("eu_burgers_opvang");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, zero_effect_npv_is_negative);
  tcase_add_test(tc, hand_calculated_years_0_and_1);
  tcase_add_test(tc, drop_off_shrinks_the_effect);
  tcase_add_test(tc, stay_delays_the_effect);
  tcase_add_test(tc, deadweight_and_attribution_remove_the_effect);
  tcase_add_test(tc, displacement_cuts_production_only);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
