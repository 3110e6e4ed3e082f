/*
 * test_method.c - the method rules of a Dutch MKBA, each against a hand
 * calculation: the price level and its default, one price level for every
 * amount (the value of a QALY included), discounting from the base year,
 * payback and the first year rate of return, budget effects against
 * monetised well-being, the standard discounting regimes side by side,
 * variants of discounting and horizon, the base case as the expected value
 * of every distribution, alternatives against packages and their warnings.
 * Scenarios use the `cashflow` plugin so that the numbers can be checked on
 * paper; a few use housing_first where a plugin's defaults are the point.
 */
#include <math.h>

#include "mkba_test.h"

/* CBS CPI changes in the data (data/cpi.json), to check re-indexing by hand. */
static double cpi(int from, int to) {
  static const double pct[] = {/* 2014 */ 1.0, 0.6, 0.3,  1.4, 1.7, 2.6,
                               /* 2020 */ 1.3, 2.7, 10.0, 3.8, 3.3, 3.3};
  double f = 1;
  for (int y = from + 1; y <= to; y++)
    f *= 1 + pct[y - 2014] / 100;
  return f;
}

/* A cashflow scenario: `head` adds top-level keys, `flows` is the flows array. */
static json_t *cashflow(const char *head, const char *params, const char *flows) {
  char text[8192];
  snprintf(
      text, sizeof text,
      "{%s, \"interventions\": [{\"plugin\": \"cashflow\", \"params\": {%s%s\"flows\": [%s]}}]}",
      head, params, *params ? ", " : "", flows);
  return mkba_test_results(text, NULL);
}

START_TEST(price_level_defaults_to_last_index_year) {
  /* A business case written now for 2027: prijspeil 2025, the last CPI year. */
  json_t *r = cashflow("\"start_year\": 2027, \"horizon_years\": 1, \"discount\": {\"rate\": 0}",
                       "\"price_year\": 2024",
                       "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"cost\", "
                       "\"amounts\": [1000]}");
  ck_assert_int_eq((int)mkba_test_num(r, "scenario/price_year"), 2025);
  ck_assert(json_is_false(mkba_test_get(r, "scenario/price_year_stated")));
  ck_assert_money(mkba_test_num(r, "summary/pv_costs"), 1000 * 1.033);
  json_decref(r);
  /* A start within the index: the start year. */
  r = cashflow("\"start_year\": 2020, \"horizon_years\": 1", "",
               "{\"actor\": \"gemeente\", "
               "\"category\": \"x\", \"kind\": \"cost\", \"amounts\": [1]}");
  ck_assert_int_eq((int)mkba_test_num(r, "scenario/price_year"), 2020);
  json_decref(r);
}
END_TEST

START_TEST(stated_future_price_level_needs_inflation) {
  const char *s = "{\"start_year\": 2027, \"horizon_years\": 1, \"price_year\": 2027, "
                  "\"interventions\": [{\"plugin\": \"housing_first\"}]}";
  mkba_cmd c = mkba_test_cmd_on(s, "validate", NULL);
  ck_assert_int_eq(c.status, 2);
  /* The error suggests the last index year first, then an assumption. */
  char *last = strstr(c.err, "\"price_year\": 2025"), *infl = strstr(c.err, "assumed_inflation");
  ck_assert_msg(last && infl && last < infl, "%s", c.err);
  mkba_cmd_free(&c);
  /* With an assumed inflation, defaults rest on that assumption and say so,
     in the run's language. */
  for (int en = 0; en < 2; en++) {
    json_t *r = mkba_test_results("{\"start_year\": 2027, \"horizon_years\": 1, \"price_year\": "
                                  "2027, \"assumed_inflation\": 0.02, \"interventions\": "
                                  "[{\"plugin\": \"housing_first\"}]}",
                                  en ? "--lang en" : NULL);
    json_t *params = mkba_test_get(r, "parameters"), *p;
    size_t k;
    int seen = 0;
    json_array_foreach(params, k, p) {
      if (strcmp(json_string_value(json_object_get(p, "parameter")), "seh_cost"))
        continue;
      seen = 1;
      ck_assert_str_eq(json_string_value(json_object_get(p, "confidence")), "assumption");
      ck_assert_ptr_nonnull(strstr(json_string_value(json_object_get(p, "source")),
                                   en ? "the scenario's assumed inflation"
                                      : "de aangenomen inflatie van het scenario"));
      ck_assert_money(json_number_value(json_object_get(p, "value")),
                      258 * cpi(2022, 2025) * 1.02 * 1.02);
    }
    ck_assert(seen);
    json_decref(r);
  }
}
END_TEST

START_TEST(one_price_level_for_every_amount) {
  /*
   * housing_first's defaults in euros of 2024 and of 2025: every amount, the
   * value of a QALY included, moves by the CPI of 2025, so the real result
   * does not change.
   */
#define HF_AT(year)                                                                                \
  "{\"start_year\": 2025, \"horizon_years\": 10, \"price_year\": " #year ", "                      \
  "\"interventions\": [{\"plugin\": \"housing_first\"}]}"
  const char *a = HF_AT(2024), *b = HF_AT(2025);
  json_t *ra = mkba_test_results(a, NULL), *rb = mkba_test_results(b, NULL);
  const char *keys[] = {"summary/npv", "summary/pv_costs", "summary/pv_benefits_wellbeing",
                        "actors/0/npv", "actors/4/npv"};
  for (int k = 0; k < 5; k++)
    ck_assert_money(mkba_test_num(rb, keys[k]), 1.033 * mkba_test_num(ra, keys[k]));
  /* The value of a QALY: EUR 50,000 of 2013, re-indexed. */
  ck_assert_money(mkba_test_num(ra, "qaly_value/value"), 50000 * cpi(2013, 2024));
  ck_assert_money(mkba_test_num(rb, "qaly_value/value"), 50000 * cpi(2013, 2025));
  ck_assert_int_eq((int)mkba_test_num(rb, "qaly_value/price_year"), 2013);
  json_decref(ra);
  json_decref(rb);
}
END_TEST

/* Discount factors of years 0..3 of a 4-year cashflow for `head`. */
static void factors(const char *head, double f[4]) {
  json_t *r = cashflow(head, "",
                       "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": "
                       "\"benefit\", \"amounts\": [1, 1, 1, 1]}");
  for (int t = 0; t < 4; t++) {
    char p[64];
    snprintf(p, sizeof p, "years/%d/discount_factor", t);
    f[t] = mkba_test_num(r, p);
  }
  json_decref(r);
}

START_TEST(schedule_counts_from_base_year) {
  /* 4% for the first two years after the base year, 2% after. */
  const char *sched =
      "\"schedule\": [{\"from\": 0, \"rate\": 0.04}, {\"from\": 2, \"rate\": 0.02}]";
  char head[512];
  double f[4];
  /* Base year 2023, two years before the start: 2025 is 2 years on. */
  snprintf(head, sizeof head,
           "\"start_year\": 2025, \"horizon_years\": 4, \"discount\": {%s, \"base_year\": 2023}",
           sched);
  factors(head, f);
  double a = 1 / 1.04, b = 1 / 1.02;
  ck_assert_money(f[0], a * a);
  ck_assert_money(f[1], a * a * b);
  ck_assert_money(f[2], a * a * b * b);
  ck_assert_money(f[3], a * a * b * b * b);
  /* Base year 2027, after the start: earlier years compound at the first rate. */
  snprintf(head, sizeof head,
           "\"start_year\": 2025, \"horizon_years\": 4, \"discount\": {%s, \"base_year\": 2027}",
           sched);
  factors(head, f);
  ck_assert_money(f[0], 1.04 * 1.04);
  ck_assert_money(f[1], 1.04);
  ck_assert_money(f[2], 1);
  ck_assert_money(f[3], a);
  /* The same calendar year gets the same factor when the start moves. */
  double g[4];
  snprintf(head, sizeof head,
           "\"start_year\": 2026, \"horizon_years\": 4, \"discount\": {%s, \"base_year\": 2023}",
           sched);
  factors(head, g);
  snprintf(head, sizeof head,
           "\"start_year\": 2025, \"horizon_years\": 4, \"discount\": {%s, \"base_year\": 2023}",
           sched);
  factors(head, f);
  for (int t = 0; t < 3; t++)
    ck_assert_money(g[t], f[t + 1]);
}
END_TEST

START_TEST(payback_needs_a_positive_cumulative) {
  /* Rate 0.  Nothing happens in 2025 (cumulative 0): not paid back then. */
  json_t *r =
      cashflow("\"start_year\": 2025, \"horizon_years\": 3, \"discount\": {\"rate\": 0}", "",
               "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"cost\", "
               "\"amounts\": [0, 50, 50]}, {\"actor\": \"rijk\", \"category\": \"y\", "
               "\"kind\": \"benefit\", \"amounts\": [0, 100, 0]}");
  /* Cumulative 0, 50, 0: > 0 first in 2026 and never below 0 after. */
  ck_assert_int_eq((int)mkba_test_num(r, "summary/payback_year"), 2026);
  /* Per actor: the gemeente only pays (never), the rijk gains in 2026. */
  ck_assert(json_is_null(mkba_test_get(r, "actors/0/payback_year")));
  ck_assert_int_eq((int)mkba_test_num(r, "actors/2/payback_year"), 2026);
  /* An actor with nothing at all has not paid back. */
  ck_assert(json_is_null(mkba_test_get(r, "actors/5/payback_year")));
  json_decref(r);
  /* Nothing anywhere: no payback year. */
  r = cashflow("\"start_year\": 2025, \"horizon_years\": 2", "",
               "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"cost\", "
               "\"amounts\": [0, 0]}");
  ck_assert(json_is_null(mkba_test_get(r, "summary/payback_year")));
  json_decref(r);
  /* The gemeente's own payback with a transfer: pays 100, then receives 60 a year. */
  r = cashflow("\"start_year\": 2025, \"horizon_years\": 3, \"discount\": {\"rate\": 0}", "",
               "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"cost\", "
               "\"amounts\": [100]}, {\"from\": \"rijk\", \"to\": \"gemeente\", \"kind\": "
               "\"transfer\", \"category\": \"uitkering\", \"amounts\": [0, 60, 60]}");
  ck_assert_int_eq((int)mkba_test_num(r, "actors/0/payback_year"), 2027);
  json_decref(r);
}
END_TEST

START_TEST(first_year_return) {
  /* Costs 100, 20, 20; benefits 0, 50, 50 at 4%: first year with benefits 2026. */
  json_t *r =
      cashflow("\"start_year\": 2025, \"horizon_years\": 3, \"discount\": {\"rate\": 0.04}", "",
               "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"cost\", "
               "\"amounts\": [100, 20, 20]}, {\"actor\": \"rijk\", \"category\": \"y\", "
               "\"kind\": \"benefit\", \"amounts\": [0, 50, 50]}");
  double d = 1 / 1.04;
  ck_assert_money(mkba_test_num(r, "summary/first_year_return"), d * (50 - 20) / (100 + d * 20));
  json_decref(r);
  /* No benefits: no first year return. */
  r = cashflow("\"start_year\": 2025, \"horizon_years\": 1", "",
               "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"cost\", "
               "\"amounts\": [1]}");
  ck_assert(json_is_null(mkba_test_get(r, "summary/first_year_return")));
  json_decref(r);
}
END_TEST

START_TEST(budget_and_wellbeing) {
  /* 300 saved by the insurer, 200 of quality of life, cost 400, rate 0. */
  json_t *r =
      cashflow("\"start_year\": 2025, \"horizon_years\": 1, \"discount\": {\"rate\": 0}", "",
               "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"cost\", "
               "\"amounts\": [400]}, {\"actor\": \"zorgverzekeraar\", \"category\": \"zorg\", "
               "\"kind\": \"benefit\", \"amounts\": [300]}, {\"actor\": \"deelnemer\", "
               "\"category\": \"kwaliteit_van_leven\", \"kind\": \"benefit\", \"amounts\": "
               "[200]}");
  ck_assert_money(mkba_test_num(r, "summary/pv_benefits"), 500);
  ck_assert_money(mkba_test_num(r, "summary/pv_benefits_budget"), 300);
  ck_assert_money(mkba_test_num(r, "summary/pv_benefits_wellbeing"), 200);
  ck_assert_money(mkba_test_num(r, "summary/npv"), 100);
  ck_assert_money(mkba_test_num(r, "summary/npv_without_wellbeing"), -100);
  ck_assert_money(mkba_test_num(r, "actors/4/pv_benefits_wellbeing"), 200);
  ck_assert_money(mkba_test_num(r, "actors/1/pv_benefits_budget"), 300);
  json_decref(r);
}
END_TEST

START_TEST(discounting_regimes_side_by_side) {
  json_t *r =
      cashflow("\"start_year\": 2025, \"horizon_years\": 2, \"discount\": {\"rate\": 0.1}", "",
               "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"benefit\", "
               "\"amounts\": [100, 100]}");
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "discount_sensitivity/0/id")),
                   "standaard_2020");
  ck_assert_money(mkba_test_num(r, "discount_sensitivity/0/npv"), 100 + 100 / 1.0225);
  ck_assert_money(mkba_test_num(r, "discount_sensitivity/1/npv"), 100 + 100 / 1.03);
  ck_assert_money(mkba_test_num(r, "discount_sensitivity/2/npv"), 100 + 100 / 1.028);
  /* The scenario's own 10% stays the headline. */
  ck_assert_money(mkba_test_num(r, "summary/npv"), 100 + 100 / 1.1);
  ck_assert_money(mkba_test_num(r, "interventions/0/discount_sensitivity/1/npv"), 100 + 100 / 1.03);
  json_decref(r);
}
END_TEST

START_TEST(variants_of_discount_and_horizon) {
  json_t *r = mkba_test_results(
      "{\"start_year\": 2025, \"horizon_years\": 2, \"discount\": {\"rate\": 0},"
      " \"interventions\": [{\"plugin\": \"cashflow\", \"params\": {\"flows\": ["
      "  {\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"benefit\", \"amounts\": "
      "[100, 100]}]}}],"
      " \"variants\": [{\"id\": \"drie_procent\", \"discount\": {\"rate\": 0.03}},"
      "  {\"id\": \"kort\", \"horizon_years\": 1}]}",
      NULL);
  ck_assert_money(mkba_test_num(r, "variants/0/summary/npv"), 100 + 100 / 1.03);
  ck_assert_money(mkba_test_num(r, "variants/0/discount/rate"), 0.03);
  ck_assert_money(mkba_test_num(r, "variants/1/summary/npv"), 100);
  ck_assert_int_eq((int)mkba_test_num(r, "variants/1/horizon_years"), 1);
  json_decref(r);
}
END_TEST

/* The base case of scale distribution `dist` (no "value"): its mean. */
static double base_of(const char *dist) {
  char flows[1024];
  snprintf(flows, sizeof flows,
           "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"benefit\", "
           "\"amounts\": [1], \"scale\": %s}",
           dist);
  json_t *r = cashflow("\"start_year\": 2025, \"horizon_years\": 1", "", flows);
  double v = mkba_test_num(r, "parameters/0/value");
  ck_assert_money(mkba_test_num(r, "summary/pv_benefits"), v);
  json_decref(r);
  return v;
}

START_TEST(base_case_is_the_mean) {
  ck_assert_money(base_of("{\"dist\": \"normal\", \"mean\": 2, \"sd\": 0.5}"), 2);
  ck_assert_money(base_of("{\"dist\": \"lognormal\", \"mean\": 3, \"sd\": 1}"), 3);
  ck_assert_money(base_of("{\"dist\": \"uniform\", \"min\": 1, \"max\": 4}"), 2.5);
  ck_assert_money(base_of("{\"dist\": \"triangular\", \"min\": 0, \"mode\": 1, \"max\": 5}"), 2);
  ck_assert_money(base_of("{\"dist\": \"pert\", \"min\": 0, \"mode\": 1, \"max\": 8}"), 2);
  ck_assert_money(base_of("{\"dist\": \"beta\", \"alpha\": 2, \"beta\": 6}"), 0.25);
  ck_assert_money(base_of("{\"dist\": \"gamma\", \"shape\": 3, \"scale\": 0.5}"), 1.5);
  /* "value" overrides the mean. */
  ck_assert_money(
      base_of("{\"dist\": \"triangular\", \"min\": 0, \"mode\": 1, \"max\": 5, \"value\": 1}"), 1);
}
END_TEST

START_TEST(warning_when_base_far_from_mean) {
  /* Base 1 at the bottom of uniform(1, 3): the mean 2 lies 1.7 sd away. */
  const char *off = "{\"start_year\": 2025, \"horizon_years\": 1, \"interventions\": [{\"plugin\": "
                    "\"cashflow\", \"params\": {\"flows\": [{\"actor\": \"gemeente\", "
                    "\"category\": \"x\", \"kind\": \"benefit\", \"amounts\": [1000], \"scale\": "
                    "{\"dist\": \"uniform\", \"min\": 1, \"max\": 3, \"value\": 1}}]}}], "
                    "\"uncertainty\": {\"draws\": 2000, \"seed\": 3}}";
  json_t *r = mkba_test_results(off, NULL);
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "warnings/0/code")),
                   "base_case_far_from_mean");
  ck_assert_ptr_nonnull(strstr(json_string_value(mkba_test_get(r, "warnings/0/message/en")),
                               "quarter of a standard deviation"));
  json_decref(r);
  /* Without "value" the base case is the mean: no warning. */
  const char *centred = "{\"start_year\": 2025, \"horizon_years\": 1, \"interventions\": "
                        "[{\"plugin\": \"cashflow\", \"params\": {\"flows\": [{\"actor\": "
                        "\"gemeente\", \"category\": \"x\", \"kind\": \"benefit\", \"amounts\": "
                        "[1000], \"scale\": {\"dist\": \"uniform\", \"min\": 1, \"max\": 3}}]}}], "
                        "\"uncertainty\": {\"draws\": 2000, \"seed\": 3}}";
  r = mkba_test_results(centred, NULL);
  ck_assert_int_eq((int)json_array_size(mkba_test_get(r, "warnings")), 0);
  json_decref(r);
}
END_TEST

/* Two cashflows that both save the gemeente shelter costs; HEAD adds keys. */
#define TWO(head)                                                                                  \
  "{\"start_year\": 2025, \"horizon_years\": 1, \"discount\": {\"rate\": 0}," head                 \
  " \"interventions\": ["                                                                          \
  " {\"plugin\": \"cashflow\", \"label\": \"A\", \"params\": {\"flows\": ["                        \
  "  {\"actor\": \"gemeente\", \"category\": \"opvang\", \"kind\": \"benefit\", \"amounts\": "     \
  "[100]}]}},"                                                                                     \
  " {\"plugin\": \"cashflow\", \"label\": \"B\", \"params\": {\"flows\": ["                        \
  "  {\"actor\": \"gemeente\", \"category\": \"opvang\", \"kind\": \"benefit\", \"amounts\": "     \
  "[300]}]}}]}"

START_TEST(package_overlap_warning) {
  const char *text = TWO("");
  json_t *r = mkba_test_results(text, NULL);
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "comparison")), "package");
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "warnings/0/code")), "overlap");
  ck_assert_int_eq((int)json_array_size(mkba_test_get(r, "warnings/0/interventions")), 2);
  const char *nl = json_string_value(mkba_test_get(r, "warnings/0/message/nl"));
  ck_assert_msg(strstr(nl, "0 (A)") && strstr(nl, "1 (B)") && strstr(nl, "\"opvang\""), "%s", nl);
  ck_assert_money(mkba_test_num(r, "summary/npv"), 400);
  json_decref(r);
}
END_TEST

START_TEST(alternatives_are_ranked_not_summed) {
  const char *text = TWO(" \"comparison\": \"alternatives\",");
  json_t *r = mkba_test_results(text, NULL);
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "comparison")), "alternatives");
  ck_assert_int_eq((int)mkba_test_num(r, "ranking/0/intervention"), 1);
  ck_assert_money(mkba_test_num(r, "ranking/0/npv"), 300);
  ck_assert_int_eq((int)mkba_test_num(r, "ranking/1/intervention"), 0);
  ck_assert(json_is_null(mkba_test_get(r, "ranking/0/p_best")));
  /* Alternatives do not overlap: no warning. */
  ck_assert_int_eq((int)json_array_size(mkba_test_get(r, "warnings")), 0);
  json_decref(r);
  /* The printed summary leads with the ranking and never prints the sum. */
  mkba_cmd c = mkba_test_cmd_on(text, "run", NULL);
  ck_assert_int_eq(c.status, 0);
  char *rank = strstr(c.out, "gerangschikt");
  ck_assert_msg(rank && strstr(c.out, "1. B") && strstr(c.out, "2. A"), "%s", c.out);
  ck_assert_msg(!strstr(c.out, "400"), "the sum is printed: %s", c.out);
  mkba_cmd_free(&c);
  /* With draws, each alternative's chance of being best. */
  r = mkba_test_results(text, "--draws 100");
  ck_assert_money(mkba_test_num(r, "ranking/0/p_best"), 1);
  json_decref(r);
}
END_TEST

START_TEST(oneway_by_parts_is_exact) {
  /*
   * Three flows with an uncertain scale each: the one-way analysis computes
   * one flow at a time (cashflow declares its flows as parts), and must
   * give what the whole model gives: NPV = base + (scale - 1) * flow.
   */
  json_t *r =
      cashflow("\"start_year\": 2025, \"horizon_years\": 2, \"discount\": {\"rate\": 0}", "",
               "{\"actor\": \"gemeente\", \"category\": \"a\", \"kind\": \"cost\", "
               "\"amounts\": [100, 100], \"scale\": {\"dist\": \"uniform\", \"min\": "
               "0.5, \"max\": 1.5}}, {\"actor\": \"rijk\", \"category\": \"b\", "
               "\"kind\": \"benefit\", \"amounts\": [0, 300], \"scale\": {\"dist\": "
               "\"uniform\", \"min\": 0, \"max\": 2}}, {\"actor\": \"rijk\", "
               "\"category\": \"c\", \"kind\": \"benefit\", \"amounts\": [50], \"scale\": "
               "{\"dist\": \"uniform\", \"min\": 0.9, \"max\": 1.1}}");
  double base = 300 + 50 - 200, flow[3] = {-200, 300, 50}, lo[3] = {0.6, 0.2, 0.92},
         hi[3] = {1.4, 1.8, 1.08};
  ck_assert_money(mkba_test_num(r, "summary/npv"), base);
  json_t *e;
  size_t k;
  json_array_foreach(mkba_test_get(r, "sensitivity"), k, e) {
    const char *id = json_string_value(json_object_get(e, "parameter"));
    int f = id[6] - '0'; /* "flows[F].scale" */
    ck_assert_money(json_number_value(json_object_get(e, "npv_low")), base + (lo[f] - 1) * flow[f]);
    ck_assert_money(json_number_value(json_object_get(e, "npv_high")),
                    base + (hi[f] - 1) * flow[f]);
  }
  /* Switching values: base + (s - 1) * flow = 0: 1.75, 0.5 and -2. */
  json_array_foreach(mkba_test_get(r, "switching"), k, e) {
    const char *id = json_string_value(json_object_get(e, "parameter"));
    int f = id[6] - '0';
    ck_assert_double_eq_tol(json_number_value(json_object_get(e, "value")), 1 - base / flow[f],
                            1e-9);
  }
  json_decref(r);
  /* --no-sensitivity leaves the one-way analyses out. */
  r = mkba_test_results("{\"start_year\": 2025, \"horizon_years\": 1, \"interventions\": "
                        "[{\"plugin\": \"housing_first\"}]}",
                        "--no-sensitivity");
  ck_assert_int_eq((int)json_array_size(mkba_test_get(r, "sensitivity")), 0);
  ck_assert_int_eq((int)json_array_size(mkba_test_get(r, "switching")), 0);
  json_decref(r);
}
END_TEST

START_TEST(evpi_of_one_intervention) {
  /*
   * One intervention against doing nothing: EVPI = E[max(NPV, 0)] -
   * max(E[NPV], 0).  NPV = 1000 s with s normal(0, 1): 1000 / sqrt(2 pi).
   */
  json_t *r = mkba_test_results(
      "{\"start_year\": 2025, \"horizon_years\": 1, \"interventions\": [{\"plugin\": "
      "\"cashflow\", \"params\": {\"flows\": [{\"actor\": \"rijk\", \"category\": \"x\", "
      "\"kind\": \"benefit\", \"amounts\": [1000], \"scale\": {\"dist\": \"normal\", "
      "\"mean\": 0, \"sd\": 1}}]}}], \"uncertainty\": {\"draws\": 40000, \"seed\": 5}}",
      "--no-sensitivity");
  ck_assert_double_eq_tol(mkba_test_num(r, "uncertainty/evpi"),
                          1000 / sqrt(2 * 3.14159265358979323846), 8);
  json_decref(r);
}
END_TEST

START_TEST(plugin_defaults_are_expected_values) {
  /*
   * Every plugin of the library, run with its defaults and Monte Carlo: the
   * base case lies within a quarter standard deviation of the mean.
   */
  mkba_cmd l = mkba_run_cmd("list --json");
  ck_assert_int_eq(l.status, 0);
  json_t *list = json_loads(l.out, 0, NULL), *e;
  size_t k;
  int checked = 0;
  json_array_foreach(list, k, e) {
    const char *name = json_string_value(json_object_get(e, "name"));
    if (!strcmp(name, "cashflow") || !strcmp(name, "markov"))
      continue; /* their models are typed in, not defaults */
    char text[512];
    snprintf(text, sizeof text,
             "{\"start_year\": 2025, \"horizon_years\": 10, \"interventions\": [{\"plugin\": "
             "\"%s\"}], \"uncertainty\": {\"draws\": 2000, \"seed\": 11}}",
             name);
    json_t *r = mkba_test_results(text, NULL);
    json_t *w;
    size_t i;
    json_array_foreach(json_object_get(r, "warnings"), i, w) ck_assert_msg(
        strcmp(json_string_value(json_object_get(w, "code")), "base_case_far_from_mean"), "%s: %s",
        name, json_string_value(json_object_get(json_object_get(w, "message"), "en")));
    json_decref(r);
    checked++;
  }
  ck_assert_int_ge(checked, 14);
  json_decref(list);
  mkba_cmd_free(&l);
}
END_TEST

int main(void) {
  Suite *s = suite_create("method");
  TCase *tc = tcase_create("method");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, price_level_defaults_to_last_index_year);
  tcase_add_test(tc, stated_future_price_level_needs_inflation);
  tcase_add_test(tc, one_price_level_for_every_amount);
  tcase_add_test(tc, schedule_counts_from_base_year);
  tcase_add_test(tc, payback_needs_a_positive_cumulative);
  tcase_add_test(tc, first_year_return);
  tcase_add_test(tc, budget_and_wellbeing);
  tcase_add_test(tc, discounting_regimes_side_by_side);
  tcase_add_test(tc, variants_of_discount_and_horizon);
  tcase_add_test(tc, base_case_is_the_mean);
  tcase_add_test(tc, warning_when_base_far_from_mean);
  tcase_add_test(tc, package_overlap_warning);
  tcase_add_test(tc, alternatives_are_ranked_not_summed);
  tcase_add_test(tc, plugin_defaults_are_expected_values);
  tcase_add_test(tc, oneway_by_parts_is_exact);
  tcase_add_test(tc, evpi_of_one_intervention);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
