/*
 * test_markov.c - the `markov` plugin and the SDK cohort helper against
 * hand calculations (docs/formats.md, "markov"), and against a published
 * textbook model.
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
  /*
   * Two drawn values that together push the row past 1: the error names
   * the row.  Each alone may range up to 1 minus the other's base value.
   */
  mkba_mock *m = open_markov(
      "{\"cohort\": 10, \"states\": [\"a\", \"b\", \"c\"], \"start\": {\"a\": 1},"
      " \"transitions\": {\"baseline\": {}, \"intervention\": {\"a\": {\"b\":"
      " {\"dist\": \"uniform\", \"min\": 0, \"max\": 0.6, \"value\": 0.3}, \"c\":"
      " {\"dist\": \"uniform\", \"min\": 0, \"max\": 0.6, \"value\": 0.3}, \"a\": \"rest\"}}}}");
  char err[512];
  ck_assert_int_eq(mkba_mock_set(m, "transitions.intervention.a.c", 0.8), MKBA_ERROR);
  ck_assert_int_eq(mkba_mock_set(m, "transitions.intervention.a.b", 0.6), MKBA_OK);
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

/* Two states, a -> b 0.1 in the baseline; `inter` is the intervention arm. */
#define TWO_STATES(inter, rest)                                                                    \
  "{\"cohort\": 100, \"states\": [\"a\", \"b\"], \"start\": {\"a\": 1}, \"transitions\": {"        \
  "\"baseline\": {\"a\": {\"b\": 0.1, \"a\": \"rest\"}}, \"intervention\": " inter "}" rest "}"

static mkba_mock *open_h(const char *params, int horizon) {
  char path[4096], err[1024];
  snprintf(path, sizeof path, "%s/markov.so", getenv("MKBA_PLUGIN_DIR"));
  mkba_mock *m = NULL;
  ck_assert_msg(mkba_mock_open_json(path, 2025, horizon, 2025, params, &m, err, sizeof err) ==
                    MKBA_OK,
                "%s", err);
  ck_assert_msg(mkba_mock_run(m, err, sizeof err) == MKBA_OK, "%s", err);
  return m;
}

START_TEST(periods) {
  /*
   * The intervention moves a -> b at 0.3 in years 0 and 1, then at the
   * usual 0.1: o_int(a) = 100, 70, 49, 44.1.
   */
  mkba_mock *m = open_h(TWO_STATES("[{\"from\": 0, \"rows\": {\"a\": {\"b\": 0.3, \"a\": "
                                   "\"rest\"}}}, {\"from\": 2, \"rows\": {\"a\": {\"b\": 0.1, "
                                   "\"a\": \"rest\"}}}]",
                                   ""),
                        4);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "persoonsjaren_a", MKBA_INTERVENTION),
                          100 + 70 + 49 + 44.1, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "persoonsjaren_a", MKBA_BASELINE),
                          100 + 90 + 81 + 72.9, 1e-9);
  /* The parameter ids are the JSON paths of the periods. */
  ck_assert_double_eq_tol(mkba_mock_get(m, "transitions.intervention[1].rows.a.b"), 0.1, 1e-12);
  mkba_mock_free(m);
}
END_TEST

/*
 * A programme of EUR 10 a year per person in a, for years 0 and 1 only,
 * under each counting rule.  Intervention a -> b 0.3: o(a) = 100, 70, 49,
 * 34.3.  beginning: n(0) = 100, n(1) = 70; end: 70, 49; life-table: 85,
 * 59.5.  Year 2 books nothing.
 */
static void programme(const char *counting, double y0, double y1, double py_a) {
  char params[2048];
  snprintf(params, sizeof params,
           TWO_STATES("{\"a\": {\"b\": 0.3, \"a\": \"rest\"}}",
                      ", \"counting\": \"%s\", \"programme_costs\": [{\"state\": \"a\", "
                      "\"actor\": \"gemeente\", \"category\": \"p\", \"amount\": 10, "
                      "\"years\": [0, 1]}]"),
           counting);
  mkba_mock *m = open_h(params, 3);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "p", MKBA_COST, 0), 10 * y0, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "p", MKBA_COST, 1), 10 * y1, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "p", MKBA_COST, 2), 0, 1e-12);
  /* Person-years follow the same rule. */
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "persoonsjaren_a", MKBA_INTERVENTION), py_a, 1e-9);
  mkba_mock_free(m);
}

START_TEST(counting_rules) {
  programme("beginning", 100, 70, 100 + 70 + 49);
  programme("end", 70, 49, 70 + 49 + 34.3);
  programme("life-table", 85, 59.5, 85 + 59.5 + 41.65);
}
END_TEST

START_TEST(transfer_per_state) {
  /*
   * Bijstand of 1000 a year per person in a, from the gemeente to the
   * participant: (o_int(a) - o_base(a)) * 1000 = 0, -20000, -32000; fewer
   * people in a, less bijstand.  A transfer moves no resources: society's
   * NPV is 0, the gemeente gains what the participant loses.
   */
  mkba_mock *m = open_h(TWO_STATES("{\"a\": {\"b\": 0.3, \"a\": \"rest\"}}",
                                   ", \"transfers\": [{\"state\": \"a\", \"from\": "
                                   "\"gemeente\", \"to\": \"deelnemer\", \"category\": "
                                   "\"bijstand\", \"amount\": 1000}]"),
                        3);
  double expect[3] = {0, -20000, -32000};
  for (int t = 0; t < 3; t++)
    ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "bijstand", MKBA_TRANSFER, t),
                            expect[t], 1e-6);
  ck_assert_double_eq_tol(mkba_mock_npv(m, -1, 0), 0, 1e-9);
  ck_assert_double_eq_tol(mkba_mock_npv(m, MKBA_GEMEENTE, 0), 52000, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_npv(m, MKBA_DEELNEMER, 0), -52000, 1e-6);
  mkba_mock_free(m);
}
END_TEST

START_TEST(price_year_and_pm_items) {
  /* A state cost in euros of 2024, a scenario at 2025: +3.3% (CBS CPI 2025). */
  mkba_mock *m = open_h(TWO_STATES("{\"a\": {\"b\": 0.3, \"a\": \"rest\"}}",
                                   ", \"price_year\": 2024, \"state_costs\": [{\"state\": \"a\", "
                                   "\"actor\": \"gemeente\", \"category\": \"opvang\", "
                                   "\"amount\": 1000}], \"pm_items\": [{\"label\": {\"nl\": "
                                   "\"Minder overlast\", \"en\": \"Less nuisance\"}, "
                                   "\"direction\": \"positive\", \"actor\": \"samenleving\"}]"),
                        2);
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 1),
                          20 * 1000 * 1.033, 1e-6);
  ck_assert_double_eq_tol(mkba_mock_get(m, "state_costs[0].amount"), 1033, 1e-9);
  ck_assert_int_eq(mkba_mock_pm_count(m), 1);
  mkba_mock_free(m);
}
END_TEST

START_TEST(qaly_value_from_the_value_bank) {
  /* Utilities without "qaly_value": EUR 50,000 of 2013 at the 2025 price level. */
  mkba_mock *m = open_h(
      TWO_STATES("{\"a\": {\"b\": 0.3, \"a\": \"rest\"}}", ", \"utilities\": {\"b\": 1}"), 2);
  double f =
      1.010 * 1.006 * 1.003 * 1.014 * 1.017 * 1.026 * 1.013 * 1.027 * 1.100 * 1.038 * 1.033 * 1.033;
  ck_assert_double_eq_tol(mkba_mock_get(m, "qaly_value"), 50000 * f, 1e-6);
  ck_assert_double_eq_tol(
      mkba_mock_total(m, MKBA_DEELNEMER, "kwaliteit_van_leven", MKBA_BENEFIT, 1), 20 * 50000 * f,
      1e-5);
  mkba_mock_free(m);
}
END_TEST

/*
 * An external check against published results: the HIV model of Chancellor
 * et al. (Pharmacoeconomics 1997;12:54-66) as replicated in Briggs,
 * Claxton, Sculpher, Decision Modelling for Health Economic Evaluation
 * (Oxford University Press 2006), exercise 2.5: zidovudine monotherapy
 * against combination therapy with lamivudine (relative risk 0.509 and the
 * extra drug for the first two years only), 1000 people in state A, 20
 * yearly cycles counted at the end of each cycle, costs discounted at 6%
 * from the first cycle, life-years undiscounted.  Published: monotherapy
 * GBP 44,663 and 7.996 life-years (7.991 in the book's spreadsheet),
 * combination GBP 50,602 and 8.937 life-years, ICER GBP 6,276.  Transition
 * probabilities are the transition counts of the paper (A: 1251, 350, 116,
 * 17; B: 731, 512, 15; C: 1312, 437) divided by their row totals.
 */
#define HIV_ROW_A "\"a\": {\"b\": %.17g, \"c\": %.17g, \"d\": %.17g, \"a\": \"rest\"}"
#define HIV_ROW_B "\"b\": {\"c\": %.17g, \"d\": %.17g, \"b\": \"rest\"}"
#define HIV_ROW_C "\"c\": {\"d\": %.17g, \"c\": \"rest\"}"
#define HIV_ROWS "{" HIV_ROW_A ", " HIV_ROW_B ", " HIV_ROW_C "}"

START_TEST(textbook_hiv_model) {
  const double nA = 1734, nB = 1258, nC = 1749, rr = 0.509;
  const double pAB = 350 / nA, pAC = 116 / nA, pAD = 17 / nA, pBC = 512 / nB, pBD = 15 / nB,
               pCD = 437 / nC;
  char mono[512], comb[512], text[8192];
  snprintf(mono, sizeof mono, HIV_ROWS, pAB, pAC, pAD, pBC, pBD, pCD);
  snprintf(comb, sizeof comb, HIV_ROWS, rr * pAB, rr * pAC, rr * pAD, rr * pBC, rr * pBD, rr * pCD);
  /* Direct medical and community costs plus zidovudine per state; lamivudine GBP 2086.50. */
  snprintf(text, sizeof text,
           "{\"start_year\": 2025, \"horizon_years\": 20, \"discount\": {\"rate\": 0.06, "
           "\"base_year\": 2024}, \"interventions\": [{\"plugin\": \"markov\", \"params\": {"
           "\"cohort\": 1000, \"states\": [\"a\", \"b\", \"c\", \"d\"], \"start\": {\"a\": 1},"
           " \"counting\": \"end\", \"transitions\": {\"baseline\": %s, \"intervention\": "
           "[{\"from\": 0, \"rows\": %s}, {\"from\": 2, \"rows\": %s}]},"
           " \"state_costs\": ["
           "{\"state\": \"a\", \"actor\": \"zorgverzekeraar\", \"category\": \"zorg\", "
           "\"amount\": 5034}, {\"state\": \"b\", \"actor\": \"zorgverzekeraar\", "
           "\"category\": \"zorg\", \"amount\": 5330}, {\"state\": \"c\", \"actor\": "
           "\"zorgverzekeraar\", \"category\": \"zorg\", \"amount\": 11285}],"
           " \"programme_costs\": ["
           "{\"state\": \"a\", \"actor\": \"zorgverzekeraar\", \"category\": "
           "\"lamivudine\", \"amount\": 2086.5, \"years\": [0, 1]},"
           "{\"state\": \"b\", \"actor\": \"zorgverzekeraar\", \"category\": "
           "\"lamivudine\", \"amount\": 2086.5, \"years\": [0, 1]},"
           "{\"state\": \"c\", \"actor\": \"zorgverzekeraar\", \"category\": "
           "\"lamivudine\", \"amount\": 2086.5, \"years\": [0, 1]}]}}]}",
           mono, comb, mono);
  json_t *r = mkba_test_results(text, NULL);
  /* The extra cost per person is combination minus monotherapy. */
  double extra = -mkba_test_num(r, "summary/npv") / 1000;
  double ly[2] = {0, 0};
  size_t k;
  json_t *o;
  json_array_foreach(mkba_test_get(r, "outcomes"), k, o) {
    const char *id = json_string_value(json_object_get(o, "id"));
    if (strcmp(id, "persoonsjaren_d") == 0)
      continue;
    ly[0] += json_number_value(json_object_get(o, "baseline")) / 1000;
    ly[1] += json_number_value(json_object_get(o, "intervention")) / 1000;
  }
  ck_assert_double_eq_tol(extra, 50602 - 44663, 2);
  ck_assert_double_eq_tol(ly[1], 8.937, 0.0005);
  ck_assert_double_eq_tol(ly[0], 7.991, 0.0005);
  ck_assert_double_eq_tol(extra / (ly[1] - ly[0]), 6276, 1);
  json_decref(r);
}
END_TEST

int main(void) {
  Suite *s = suite_create("markov");
  TCase *tc = tcase_create("markov");
  tcase_add_test(tc, occupancy_and_flows);
  tcase_add_test(tc, pure_compute);
  tcase_add_test(tc, rest_error_names_row);
  tcase_add_test(tc, absorbing_without_row);
  tcase_add_test(tc, periods);
  tcase_add_test(tc, counting_rules);
  tcase_add_test(tc, transfer_per_state);
  tcase_add_test(tc, price_year_and_pm_items);
  tcase_add_test(tc, qaly_value_from_the_value_bank);
  tcase_add_test(tc, textbook_hiv_model);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
