/*
 * test_kleinschalige_opvang.c - the kleinschalige_opvang plugin against the
 * mock host.
 */
#include <check.h>
#include <math.h>

#include "mkba_check.h"

/*
 * A mock for 2025-2034 at 2024 prices (the last year of the CBS index in
 * the data; 2025 would need an inflation assumption), with the defaults.
 * With both effects at zero only the extra cost of the rooms remains.
 */
static const mkba_check_spec spec = {.effects = {"stay_reduction", "utility_gain_room"},
                                     .more = {0.4, 0.1},
                                     .start_year = 2025,
                                     .horizon = 10,
                                     .price_year = 2024};

/* The base case reports its outcomes and lists PM items. */
START_TEST(base_case_outcomes) {
  mkba_mock *m = mkba_check_open();
  mkba_check_run(m);
  ck_assert(isfinite(mkba_mock_outcome(m, "qaly_winst", MKBA_INTERVENTION)));
  ck_assert(mkba_mock_outcome(m, "gehuisveste_persoonsjaren", MKBA_INTERVENTION) > 0);
  ck_assert_int_gt(mkba_mock_pm_count(m), 0);
  mkba_mock_free(m);
}
END_TEST

/* Round numbers for the hand calculations below. */
static mkba_mock *open_by_hand(void) {
  mkba_mock *m = mkba_check_open();
  mkba_check_set(m, "places", 40);
  mkba_check_set(m, "conversion_years", 1);
  mkba_check_set(m, "stay_reduction", 0.25);
  mkba_check_set(m, "deadweight", 0.2);
  mkba_check_set(m, "attribution", 0.75);
  mkba_check_set(m, "utility_gain_room", 0.05);
  mkba_check_set(m, "utility_gain_housed", 0.1);
  mkba_check_set(m, "extra_cost_share", 0.2);
  mkba_check_set(m, "shelter_cost", 30000);
  mkba_check_set(m, "home_cost", 7000);
  mkba_check_set(m, "support_hours", 2);
  mkba_check_set(m, "guidance_hour_cost", 60);
  mkba_check_set(m, "qaly_value", 50000);
  mkba_check_set(m, "huurtoeslag", 2000);
  mkba_check_set(m, "bijstand", 15000);
  mkba_check_set(m, "bijstand_institution", 5000);
  mkba_check_set(m, "bijstand_share", 0.7);
  return m;
}

static double at(mkba_mock *m, int actor, const char *cat, int kind, int t) {
  return mkba_mock_total(m, actor, cat, kind, t);
}

/*
 * By hand.  The rooms are ready after a year: year 0 has nothing.  From
 * year 1: 40 places; the stay is 25% shorter, of which 1 - 0.2 is not
 * deadweight and 0.75 is due to the rooms: r = 0.25 x 0.8 x 0.75 = 0.15.
 * Room place-years 40 x 0.85 = 34, person-years housed instead 6.
 *   shelter: the rooms' extra 34 x 30,000 x 0.2 = 204,000 (cost); place-years
 *     no longer needed 6 x 30,000 = 180,000 (saving);
 *   homes 6 x 7,000 = 42,000 (the tenants); support 6 x 2 x 52 x 60 =
 *     37,440 (gemeente);
 *   QALYs 34 x 0.05 + 6 x 0.1 = 2.3, worth 115,000;
 *   huurtoeslag rijk -> tenant 6 x 2,000 = 12,000; bijstand gemeente ->
 *     tenant 6 x 0.7 x (15,000 - 5,000) = 42,000.
 */
START_TEST(hand_calculation) {
  mkba_mock *m = open_by_hand();
  mkba_check_run(m);
  ck_assert_double_eq_tol(at(m, MKBA_MOCK_ALL, NULL, MKBA_COST, 0), 0, 1e-9);
  ck_assert_double_eq_tol(at(m, MKBA_MOCK_ALL, NULL, MKBA_BENEFIT, 0), 0, 1e-9);
  for (int t = 1; t < 10; t++) {
    ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "opvang", MKBA_COST, t), 204000, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, t), 180000, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_DEELNEMER, "wonen", MKBA_COST, t), 42000, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, t), 37440, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, t), 115000,
                            1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_RIJK, "huurtoeslag", MKBA_TRANSFER, t), 12000, 1e-6);
    ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, t), 42000, 1e-6);
  }
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "qaly_winst", MKBA_INTERVENTION), 9 * 2.3, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "opvangplekjaren", MKBA_BASELINE), 9 * 40, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "opvangplekjaren", MKBA_INTERVENTION), 9 * 34, 1e-9);
  mkba_mock_free(m);
}
END_TEST

/* Ramp-up: ready after half a year, year 0 has half of everything. */
START_TEST(ramp_up) {
  mkba_mock *m = open_by_hand();
  mkba_check_set(m, "conversion_years", 0.5);
  mkba_check_run(m);
  ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "opvang", MKBA_COST, 0), 102000, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 0), 90000, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "opvang", MKBA_COST, 1), 204000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * Without deadweight and with full attribution the whole 25% counts:
 * 30 room place-years (extra 180,000) and 10 housed (saving 300,000,
 * homes 70,000).
 */
START_TEST(deadweight_and_attribution) {
  mkba_mock *m = open_by_hand();
  mkba_check_set(m, "deadweight", 0);
  mkba_check_set(m, "attribution", 1);
  mkba_check_run(m);
  ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "opvang", MKBA_COST, 2), 180000, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 2), 300000, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 2), 70000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

/*
 * No shorter stays: nobody moves, so no home, support or transfers; the
 * rooms' extra 40 x 30,000 x 0.2 = 240,000 remains, with the room QALYs
 * 40 x 0.05 = 2 (100,000).
 */
START_TEST(no_shorter_stays_no_moves) {
  mkba_mock *m = open_by_hand();
  mkba_check_set(m, "stay_reduction", 0);
  mkba_check_run(m);
  ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "opvang", MKBA_COST, 3), 240000, 1e-6);
  ck_assert_double_eq_tol(at(m, MKBA_DEELNEMER, "wonen", MKBA_COST, 3), 0, 1e-9);
  ck_assert_double_eq_tol(at(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 3), 0, 1e-9);
  ck_assert_double_eq_tol(at(m, MKBA_MOCK_ALL, NULL, MKBA_TRANSFER, 3), 0, 1e-9);
  ck_assert_double_eq_tol(at(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 3), 100000,
                          1e-6);
  mkba_mock_free(m);
}
END_TEST

/* The region scales the programme: `places` is a national count. */
START_TEST(places_are_a_national_count) {
  mkba_mock *m = mkba_check_open();
  ck_assert_double_eq_tol(mkba_check_get(m, "places"), 500, 1e-9);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("kleinschalige_opvang");
  suite_add_tcase(s, mkba_check_properties(&spec));
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, base_case_outcomes);
  tcase_add_test(tc, hand_calculation);
  tcase_add_test(tc, ramp_up);
  tcase_add_test(tc, deadweight_and_attribution);
  tcase_add_test(tc, no_shorter_stays_no_moves);
  tcase_add_test(tc, places_are_a_national_count);
  suite_add_tcase(s, tc);
  return mkba_check_main(s);
}
