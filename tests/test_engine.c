/*
 * test_engine.c - the engine against hand calculations: discounting by
 * rate, schedule and base year, transfers, payback year, IRR, price
 * re-indexing and a package of two interventions.  Scenarios use the
 * `cashflow` plugin so that every number below can be worked out on paper.
 */
#include <math.h>

#include "format.h"
#include "hostapi.h"
#include "ledger.h"
#include "mkba_test.h"

/* Run a scenario given as text and return its results document (new ref). */
static json_t *results_of(const char *scenario) { return mkba_test_results(scenario, NULL); }

START_TEST(constant_rate) {
  /* Costs 100 a year for three years, benefits 150 in years 1 and 2, 3%. */
  json_t *r =
      results_of("{\"mkba\": 1, \"start_year\": 2025, \"horizon_years\": 3, \"price_year\": 2024,"
                 " \"discount\": {\"rate\": 0.03}, \"interventions\": [{\"plugin\": \"cashflow\","
                 " \"params\": {\"price_year\": 2024, \"flows\": ["
                 "  {\"actor\": \"gemeente\", \"category\": \"programma\", \"kind\": \"cost\", "
                 "   \"amounts\": [100, 100, 100]},"
                 "  {\"actor\": \"zorgverzekeraar\", \"category\": \"zorg\", \"kind\": \"benefit\","
                 "   \"amounts\": [0, 150, 150]}]}}]}");
  double pv_c = 100 + 100 / 1.03 + 100 / (1.03 * 1.03);
  double pv_b = 150 / 1.03 + 150 / (1.03 * 1.03);
  ck_assert_money(mkba_test_num(r, "summary/pv_costs"), pv_c);
  ck_assert_money(mkba_test_num(r, "summary/pv_benefits"), pv_b);
  ck_assert_money(mkba_test_num(r, "summary/npv"), pv_b - pv_c);
  ck_assert_money(mkba_test_num(r, "summary/bcr"), pv_b / pv_c);
  ck_assert_money(mkba_test_num(r, "undiscounted/costs"), 300);
  ck_assert_money(mkba_test_num(r, "undiscounted/benefits"), 300);
  ck_assert_money(mkba_test_num(r, "undiscounted/net"), 0);
  /* Nets -100, 50, 50: -100 + 50x + 50x^2 = 0 gives x = 1, so the IRR is 0. */
  ck_assert_double_eq_tol(mkba_test_num(r, "summary/irr"), 0.0, 1e-9);
  /* The cumulative discounted net ends below zero: no payback year. */
  ck_assert(json_is_null(mkba_test_get(r, "summary/payback_year")));
  ck_assert_money(mkba_test_num(r, "years/1/discount_factor"), 1 / 1.03);
  ck_assert_money(mkba_test_num(r, "years/2/cumulative_pv_net"), pv_b - pv_c);
  ck_assert_int_eq((int)mkba_test_num(r, "years/2/year"), 2027);
  /* Per actor: the gemeente pays, the insurer gains. */
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "actors/0/id")), "gemeente");
  ck_assert_money(mkba_test_num(r, "actors/0/npv"), -pv_c);
  ck_assert_money(mkba_test_num(r, "actors/1/npv"), pv_b);
  ck_assert_int_eq((int)json_array_size(mkba_test_get(r, "actors")), 6);
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "actors/5/id")), "samenleving");
  /* Government perspective = gemeente + insurer + rijk. */
  ck_assert_money(mkba_test_num(r, "perspectives/1/npv"), pv_b - pv_c);
  json_decref(r);
}
END_TEST

START_TEST(default_rate) {
  /* No discount key: the Dutch standard 2.25%. */
  json_t *r =
      results_of("{\"start_year\": 2025, \"horizon_years\": 2, \"interventions\": [{\"plugin\": "
                 "\"cashflow\", \"params\": {\"flows\": [{\"actor\": \"rijk\", \"category\": \"x\","
                 " \"kind\": \"benefit\", \"amounts\": [0, 1000]}]}}]}");
  ck_assert_money(mkba_test_num(r, "summary/pv_benefits"), 1000 / 1.0225);
  ck_assert_money(mkba_test_num(r, "scenario/discount/rate"), 0.0225);
  ck_assert(json_is_null(mkba_test_get(r, "summary/bcr")));
  json_decref(r);
}
END_TEST

START_TEST(schedule) {
  /* 4% in year indices 0 and 1, 2% from index 2: f(t) = prod_{k<t} 1/(1+r_k). */
  json_t *r =
      results_of("{\"start_year\": 2025, \"horizon_years\": 4, \"discount\": {\"schedule\": ["
                 "{\"from\": 0, \"rate\": 0.04}, {\"from\": 2, \"rate\": 0.02}]},"
                 " \"interventions\": [{\"plugin\": \"cashflow\", \"params\": {\"flows\": ["
                 "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"benefit\","
                 " \"amounts\": [100, 100, 100, 100]}]}}]}");
  double f[4] = {1, 1 / 1.04, 1 / (1.04 * 1.04), 1 / (1.04 * 1.04 * 1.02)};
  for (int t = 0; t < 4; t++) {
    char p[64];
    snprintf(p, sizeof p, "years/%d/discount_factor", t);
    ck_assert_money(mkba_test_num(r, p), f[t]);
  }
  ck_assert_money(mkba_test_num(r, "summary/pv_benefits"), 100 * (f[0] + f[1] + f[2] + f[3]));
  json_decref(r);
}
END_TEST

START_TEST(base_year) {
  /* Base year 2026 has factor 1; 2025 is compounded forward. */
  json_t *r =
      results_of("{\"start_year\": 2025, \"horizon_years\": 3, \"discount\": {\"rate\": 0.05, "
                 "\"base_year\": 2026}, \"interventions\": [{\"plugin\": \"cashflow\", \"params\": "
                 "{\"flows\": [{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"cost\","
                 " \"amounts\": [100, 100, 100]}]}}]}");
  ck_assert_money(mkba_test_num(r, "years/0/discount_factor"), 1.05);
  ck_assert_money(mkba_test_num(r, "years/1/discount_factor"), 1.0);
  ck_assert_money(mkba_test_num(r, "years/2/discount_factor"), 1 / 1.05);
  ck_assert_money(mkba_test_num(r, "summary/pv_costs"), 105 + 100 + 100 / 1.05);
  json_decref(r);
}
END_TEST

START_TEST(transfers) {
  /* Bijstand of 1000 a year from gemeente to deelnemer, plus a cost of 500. */
  json_t *r =
      results_of("{\"start_year\": 2025, \"horizon_years\": 2, \"discount\": {\"rate\": 0.0225},"
                 " \"interventions\": [{\"plugin\": \"cashflow\", \"params\": {\"flows\": ["
                 "{\"from\": \"gemeente\", \"to\": \"deelnemer\", \"kind\": \"transfer\", "
                 " \"category\": \"bijstand\", \"amounts\": [1000, 1000]},"
                 "{\"actor\": \"gemeente\", \"category\": \"programma\", \"kind\": \"cost\","
                 " \"amounts\": [500]}]}}]}");
  double tr = 1000 + 1000 / 1.0225;
  /* Society: the transfer nets out. */
  ck_assert_money(mkba_test_num(r, "summary/pv_costs"), 500);
  ck_assert_money(mkba_test_num(r, "summary/pv_benefits"), 0);
  /* The payer counts it as a cost, the receiver as a benefit. */
  ck_assert_money(mkba_test_num(r, "actors/0/pv_costs"), 500 + tr);
  ck_assert_money(mkba_test_num(r, "actors/4/pv_benefits"), tr);
  ck_assert_money(mkba_test_num(r, "actors/4/npv"), tr);
  /* Government loses the transfer to the participant. */
  ck_assert_money(mkba_test_num(r, "perspectives/1/npv"), -500 - tr);
  /* Shown as a transfer, not as a category of costs. */
  ck_assert_int_eq((int)json_array_size(mkba_test_get(r, "categories")), 1);
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "transfers/0/from")), "gemeente");
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "transfers/0/to")), "deelnemer");
  ck_assert_money(mkba_test_num(r, "transfers/0/pv"), tr);
  ck_assert_money(mkba_test_num(r, "transfers/0/undiscounted"), 2000);
  /* The six actors' NPVs add up to society's. */
  double sum = 0;
  for (int a = 0; a < 6; a++) {
    char p[32];
    snprintf(p, sizeof p, "actors/%d/npv", a);
    sum += mkba_test_num(r, p);
  }
  ck_assert_money(sum, mkba_test_num(r, "summary/npv"));
  json_decref(r);
}
END_TEST

START_TEST(payback) {
  /* Rate 0; nets -100, 30, 50, 80: cumulative -100, -70, -20, 60. */
  json_t *r = results_of(
      "{\"start_year\": 2025, \"horizon_years\": 4, \"discount\": {\"rate\": 0},"
      " \"interventions\": [{\"plugin\": \"cashflow\", \"params\": {\"flows\": ["
      "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"cost\", \"amounts\": [100]},"
      "{\"actor\": \"rijk\", \"category\": \"y\", \"kind\": \"benefit\", "
      " \"amounts\": [0, 30, 50, 80]}]}}]}");
  ck_assert_int_eq((int)mkba_test_num(r, "summary/payback_year"), 2028);
  /* -100 + 30x + 50x^2 + 80x^3 = 0 solved for x = 1/(1+r), checked here. */
  double irr = mkba_test_num(r, "summary/irr"), x = 1 / (1 + irr);
  ck_assert_double_eq_tol(-100 + 30 * x + 50 * x * x + 80 * x * x * x, 0, 1e-7);
  ck_assert(irr > 0.2 && irr < 0.3);
  json_decref(r);

  /* Nets -10, 20, -15, 10: cumulative -10, 10, -5, 5; payback from 2028, no IRR. */
  r = results_of("{\"start_year\": 2025, \"horizon_years\": 4, \"discount\": {\"rate\": 0},"
                 " \"interventions\": [{\"plugin\": \"cashflow\", \"params\": {\"flows\": ["
                 "{\"actor\": \"gemeente\", \"category\": \"x\", \"kind\": \"benefit\","
                 " \"amounts\": [-10, 20, -15, 10]}]}}]}");
  ck_assert_int_eq((int)mkba_test_num(r, "summary/payback_year"), 2028);
  ck_assert(json_is_null(mkba_test_get(r, "summary/irr")));
  json_decref(r);
}
END_TEST

START_TEST(reindex) {
  /* Euros of 2022 to 2024: CPI +3.8% (2023) and +3.3% (2024). */
  json_t *r =
      results_of("{\"start_year\": 2025, \"horizon_years\": 1, \"price_year\": 2024, \"discount\":"
                 " {\"rate\": 0}, \"interventions\": [{\"plugin\": \"cashflow\", \"params\": "
                 "{\"price_year\": 2022, \"flows\": [{\"actor\": \"gemeente\", \"category\": \"x\","
                 " \"kind\": \"cost\", \"amounts\": [1000]}]}}]}");
  ck_assert_money(mkba_test_num(r, "summary/pv_costs"), 1000 * 1.038 * 1.033);
  ck_assert_int_eq((int)mkba_test_num(r, "provenance/price_index/to_year"), 2024);
  json_decref(r);
}
END_TEST

START_TEST(package_of_two) {
  json_t *r = results_of(
      "{\"start_year\": 2025, \"horizon_years\": 2, \"discount\": {\"rate\": 0.1},"
      " \"interventions\": ["
      " {\"plugin\": \"cashflow\", \"label\": \"A\", \"params\": {\"flows\": ["
      "  {\"actor\": \"gemeente\", \"category\": \"a\", \"kind\": \"cost\", \"amounts\": [100, "
      "100]},"
      "  {\"actor\": \"rijk\", \"category\": \"shared\", \"kind\": \"benefit\", \"amounts\": [0, "
      "330],"
      "   \"scale\": {\"dist\": \"normal\", \"mean\": 1, \"sd\": 0.1}}]}},"
      " {\"plugin\": \"cashflow\", \"label\": \"B\", \"params\": {\"flows\": ["
      "  {\"actor\": \"zorgverzekeraar\", \"category\": \"shared\", \"kind\": \"benefit\","
      "   \"amounts\": [55, 0]}]}}]}");
  double a = 330 / 1.1 - 100 - 100 / 1.1, b = 55;
  ck_assert_money(mkba_test_num(r, "interventions/0/summary/npv"), a);
  ck_assert_money(mkba_test_num(r, "interventions/1/summary/npv"), b);
  ck_assert_money(mkba_test_num(r, "summary/npv"), a + b);
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "interventions/1/label")), "B");
  /* Categories merge by id across interventions. */
  ck_assert_int_eq((int)json_array_size(mkba_test_get(r, "categories")), 2);
  ck_assert_money(mkba_test_num(r, "categories/1/pv_benefits"), 330 / 1.1 + 55);
  /* With several interventions, parameter ids carry the index. */
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "sensitivity/0/parameter")),
                   "0:flows[1].scale");
  json_decref(r);
}
END_TEST

START_TEST(deterministic_bytes) {
  /* Same input, same bytes. */
  const char *args = "run \"$MKBA_EXAMPLES/housing_first.json\" --json --draws 2000";
  mkba_cmd a = mkba_run_cmd(args), b = mkba_run_cmd(args);
  ck_assert_int_eq(a.status, 0);
  ck_assert_str_eq(a.out, b.out);
  mkba_cmd_free(&a);
  mkba_cmd_free(&b);
}
END_TEST

/*
 * The printed summary's chances follow the reports' one rule: 1,991 of
 * 2,000 draws (0.9955) is 99,6%, never "100%" below 1 nor "0%" above 0.
 */
START_TEST(probability_rule) {
  char b[32];
  mkba_text_probability(1991.0 / 2000, b, sizeof b, 0);
  ck_assert_str_eq(b, "99,6%");
  mkba_text_probability(0.9999, b, sizeof b, 0);
  ck_assert_str_eq(b, "> 99,9%");
  mkba_text_probability(1, b, sizeof b, 1);
  ck_assert_str_eq(b, "100%");
  mkba_text_probability(0.0001, b, sizeof b, 1);
  ck_assert_str_eq(b, "< 0.1%");
  mkba_text_probability(0, b, sizeof b, 1);
  ck_assert_str_eq(b, "0%");
  mkba_text_probability(0.301, b, sizeof b, 1);
  ck_assert_str_eq(b, "30.1%");
}
END_TEST

/*
 * host->post (ABI 1.4) books exactly what flow() and transfer() book, and
 * refuses a posting not built with MKBA_POST or a transfer to its payer.
 */
START_TEST(post_books_as_flow_and_transfer) {
  const mkba_host *host = mkba_host_services();
  ck_assert(MKBA_HOST_HAS(host, post));
  mkba_ctx *a = mkba_ctx_new(3, 2025, "test"), *b = mkba_ctx_new(3, 2025, "test");
  ck_assert(a && b);
  int ca = host->category(a, "zorg", NULL, NULL), cb = host->category(b, "zorg", NULL, NULL);
  ck_assert_int_eq(host->flow(a, MKBA_INTERVENTION, MKBA_ZORGVERZEKERAAR, ca, MKBA_COST, 1, 120),
                   MKBA_OK);
  ck_assert_int_eq(host->transfer(a, MKBA_INTERVENTION, MKBA_RIJK, MKBA_DEELNEMER, ca, 2, 50),
                   MKBA_OK);
  ck_assert_int_eq(MKBA_POST(host, b, .arm = MKBA_INTERVENTION, .kind = MKBA_COST,
                             .actor = MKBA_ZORGVERZEKERAAR, .category = cb, .year = 1,
                             .amount = 120),
                   MKBA_OK);
  ck_assert_int_eq(MKBA_POST(host, b, .arm = MKBA_INTERVENTION, .kind = MKBA_TRANSFER,
                             .actor = MKBA_RIJK, .to = MKBA_DEELNEMER, .category = cb, .year = 2,
                             .amount = 50),
                   MKBA_OK);
  for (int t = 0; t < 3; t++)
    for (int actor = 0; actor < MKBA_N_ACTORS; actor++) {
      for (int kind = 0; kind < 2; kind++)
        ck_assert_double_eq(mkba_ctx_net(a, ca, t, actor, kind),
                            mkba_ctx_net(b, cb, t, actor, kind));
      for (int to = 0; to < MKBA_N_ACTORS; to++)
        ck_assert_double_eq(mkba_ctx_tr(a, ca, t, actor, to), mkba_ctx_tr(b, cb, t, actor, to));
    }
  ck_assert_double_eq(mkba_ctx_net(b, cb, 1, MKBA_ZORGVERZEKERAAR, MKBA_COST), 120);
  ck_assert_double_eq(mkba_ctx_tr(b, cb, 2, MKBA_RIJK, MKBA_DEELNEMER), 50);
  /* A posting without its size (not built with MKBA_POST) is refused, saying how. */
  mkba_posting bare = {.arm = MKBA_INTERVENTION, .kind = MKBA_COST, .category = cb, .amount = 1};
  ck_assert_int_eq(host->post(b, &bare), MKBA_ERROR);
  ck_assert_ptr_nonnull(strstr(b->err, "MKBA_POST"));
  mkba_ctx_reset(b); /* clears the sticky error */
  /* A transfer whose receiver is its payer (e.g. `.to` left out) is refused. */
  ck_assert_int_eq(MKBA_POST(host, b, .arm = MKBA_INTERVENTION, .kind = MKBA_TRANSFER,
                             .actor = MKBA_GEMEENTE, .category = cb, .year = 0, .amount = 5),
                   MKBA_ERROR);
  ck_assert_ptr_nonnull(strstr(b->err, "two different actors"));
  mkba_ctx_free(a);
  mkba_ctx_free(b);
}
END_TEST

int main(void) {
  Suite *s = suite_create("engine");
  TCase *tc = tcase_create("hand calculations");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, constant_rate);
  tcase_add_test(tc, default_rate);
  tcase_add_test(tc, schedule);
  tcase_add_test(tc, base_year);
  tcase_add_test(tc, transfers);
  tcase_add_test(tc, payback);
  tcase_add_test(tc, reindex);
  tcase_add_test(tc, package_of_two);
  tcase_add_test(tc, deterministic_bytes);
  tcase_add_test(tc, probability_rule);
  tcase_add_test(tc, post_books_as_flow_and_transfer);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
