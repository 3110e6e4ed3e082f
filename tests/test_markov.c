/*
 * test_markov.c - the `markov` plugin and the SDK cohort helper against a
 * hand calculation (CONTRACT.md section 6).
 *
 * Two states a and b, 100 people all in a; b is absorbing.  Baseline a->b
 * 0.1, intervention a->b 0.3.  Occupancy (a, b):
 *   baseline      t0 (100, 0)  t1 (90, 10)  t2 (81, 19)
 *   intervention  t0 (100, 0)  t1 (70, 30)  t2 (49, 51)
 * State cost 1000 in a (gemeente): benefit (o_b - o_i) * 1000 = 0, 20000, 32000.
 * Programme cost 500 in b: o_i(b) * 500 = 0, 15000, 25500.
 * Programme cost 10 without state: cohort * 10 = 1000 a year.
 * Utilities a 0.5, b 0.8; QALYs baseline 50, 53, 55.7; intervention 50, 59,
 * 65.3; difference 0, 6, 9.6 = 15.6; at 50,000 a QALY: 0, 300000, 480000.
 */
#include "mkba_mock.h"
#include "mkba_test.h"

static const char *model =
    "{\"cohort\": 100, \"states\": [\"a\", \"b\"], \"start\": {\"a\": 1},"
    " \"transitions\": {\"baseline\": {\"a\": {\"b\": 0.1, \"a\": \"rest\"}},"
    "                   \"intervention\": {\"a\": {\"b\": 0.3, \"a\": \"rest\"}}},"
    " \"state_costs\": [{\"state\": \"a\", \"actor\": \"gemeente\", \"category\": \"opvang\","
    " \"amount\": 1000}],"
    " \"programme_costs\": [{\"state\": \"b\", \"actor\": \"gemeente\", \"category\": "
    "\"begeleiding\", \"amount\": 500}, {\"actor\": \"rijk\", \"category\": \"coordinatie\","
    " \"amount\": 10}],"
    " \"utilities\": {\"a\": 0.5, \"b\": 0.8}, \"qaly_value\": 50000}";

static mkba_mock *open_markov(const char *params) {
  char path[4096], err[1024];
  snprintf(path, sizeof path, "%s/markov.so", getenv("MKBA_PLUGIN_DIR"));
  mkba_mock *m = NULL;
  ck_assert_msg(mkba_mock_open_json(path, 2025, 3, 2025, params, &m, err, sizeof err) == MKBA_OK,
                "%s", err);
  ck_assert_msg(mkba_mock_run(m, err, sizeof err) == MKBA_OK, "%s", err);
  return m;
}

START_TEST(occupancy_and_flows) {
  mkba_mock *m = open_markov(model);
  double saving[3] = {0, 20000, 32000}, prog[3] = {0, 15000, 25500}, qaly[3] = {0, 300000, 480000};
  for (int t = 0; t < 3; t++) {
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, t), saving[t],
                            1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, t), prog[t],
                            1e-6);
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_RIJK, "coordinatie", MKBA_COST, t), 1000, 1e-9);
    ck_assert_double_eq_tol(
        mkba_mock_total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, t), qaly[t], 1e-6);
  }
  /* Person-years per state per arm: sums of the occupancies above. */
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "persoonsjaren_a", MKBA_BASELINE), 271, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "persoonsjaren_a", MKBA_INTERVENTION), 219, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "persoonsjaren_b", MKBA_INTERVENTION), 81, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "qaly", MKBA_BASELINE), 158.7, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "qaly", MKBA_INTERVENTION), 174.3, 1e-9);
  /* NPV at rate 0: benefits 52000 + 780000, costs 40500 + 3000. */
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, 0.0), 52000 + 780000 - 40500 - 3000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

START_TEST(pure_compute) {
  mkba_mock *a = open_markov(model), *b = open_markov(model);
  ck_assert(mkba_mock_same_ledger(a, b));
  ck_assert_int_eq(mkba_mock_set(b, "transitions.intervention.a.b", 0.31), MKBA_OK);
  char err[256];
  ck_assert_int_eq(mkba_mock_run(b, err, sizeof err), MKBA_OK);
  ck_assert(!mkba_mock_same_ledger(a, b));
  mkba_mock_free(a);
  mkba_mock_free(b);
}
END_TEST

START_TEST(rest_error_names_row) {
  /* A drawn value that pushes the row past 1: the error names the row. */
  mkba_mock *m = open_markov(
      "{\"cohort\": 10, \"states\": [\"a\", \"b\", \"c\"], \"start\": {\"a\": 1},"
      " \"transitions\": {\"baseline\": {}, \"intervention\": {\"a\": {\"b\": 0.5, \"c\":"
      " {\"dist\": \"uniform\", \"min\": 0, \"max\": 0.6, \"value\": 0.3}, \"a\": \"rest\"}}}}");
  char err[512];
  ck_assert_int_eq(mkba_mock_set(m, "transitions.intervention.a.c", 0.6), MKBA_OK);
  ck_assert_int_eq(mkba_mock_run(m, err, sizeof err), MKBA_ERROR);
  ck_assert_msg(strstr(err, "row transitions.intervention.a") != NULL, "%s", err);
  mkba_mock_free(m);
}
END_TEST

START_TEST(absorbing_without_row) {
  /* No row for b in either arm: b keeps everyone it gets. */
  mkba_mock *m = open_markov(
      "{\"cohort\": 10, \"states\": [\"a\", \"b\"], \"start\": {\"a\": 0.5, \"b\": 0.5},"
      " \"transitions\": {\"baseline\": {\"a\": {\"b\": 1}}, \"intervention\": {}}}");
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "persoonsjaren_b", MKBA_BASELINE), 5 + 10 + 10,
                          1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "persoonsjaren_b", MKBA_INTERVENTION), 15, 1e-9);
  mkba_mock_free(m);
}
END_TEST

int main(void) {
  Suite *s = suite_create("markov");
  TCase *tc = tcase_create("markov");
  tcase_add_test(tc, occupancy_and_flows);
  tcase_add_test(tc, pure_compute);
  tcase_add_test(tc, rest_error_names_row);
  tcase_add_test(tc, absorbing_without_row);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
