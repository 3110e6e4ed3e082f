/*
 * test_uncertainty.c - Monte Carlo, tornado, switching values, copula,
 * EVPI, variants and optimism bias against hand calculations.
 *
 * The base model: rate 0, a cost of 800 in year 0 and a benefit of 1000 in
 * year 1 times a scale s ~ normal(1, 0.5).  NPV = 1000 s - 800, so
 * P(NPV > 0) = P(s > 0.8) = Phi(0.4) = 0.655422, E[NPV] = 200, and NPV = 0
 * at s = 0.8.  The scale's range is [-1e6, 1e6], so truncation plays no part.
 */
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_math.h>

#include "mkba_test.h"
#include "run.h"
#include "uncertainty.h"

#define BASE_FLOWS                                                                                 \
  "{\"actor\": \"gemeente\", \"category\": \"programma\", \"kind\": \"cost\", "                    \
  "\"amounts\": [800]}, {\"actor\": \"zorgverzekeraar\", \"category\": \"zorg\", "                 \
  "\"kind\": \"benefit\", \"amounts\": [0, 1000], \"scale\": {\"dist\": \"normal\", "              \
  "\"mean\": 1, \"sd\": 0.5}}"

static json_t *results_of(const char *scenario, const char *extra) {
  char *dir = mkba_test_tmpdir();
  char *path = mkba_test_write(dir, "s.json", scenario);
  char args[1024];
  snprintf(args, sizeof args, "run '%s' --json %s", path, extra ? extra : "");
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_msg(r.status == 0, "mkba failed (%d): %s", r.status, r.err);
  json_t *j = json_loads(r.out, 0, NULL);
  ck_assert_ptr_nonnull(j);
  mkba_cmd_free(&r);
  unlink(path);
  rmdir(dir);
  free(path);
  free(dir);
  return j;
}

static const char *scenario =
    "{\"start_year\": 2025, \"horizon_years\": 2, \"discount\": {\"rate\": 0},"
    " \"uncertainty\": {\"draws\": 40000, \"seed\": 11},"
    " \"interventions\": [{\"plugin\": \"cashflow\", \"params\": {\"flows\": [" BASE_FLOWS "]}}]}";

START_TEST(normal_scale_matches_analytic) {
  json_t *r = results_of(scenario, NULL);
  double p = mkba_test_num(r, "uncertainty/p_npv_positive");
  double exact = gsl_cdf_ugaussian_P(0.4);
  double se = sqrt(exact * (1 - exact) / 40000);
  ck_assert_msg(fabs(p - exact) < 4 * se, "P(NPV>0) %g, analytic %g", p, exact);
  /* Mean 200, sd 500: four standard errors of the mean. */
  ck_assert_double_eq_tol(mkba_test_num(r, "uncertainty/npv_mean"), 200, 4 * 500 / sqrt(40000));
  /* p05 = 200 - 1.6449 * 500 within a few standard errors of the quantile. */
  ck_assert_double_eq_tol(mkba_test_num(r, "uncertainty/npv_p05"), 200 - 1.644854 * 500, 25);
  /* Per actor: the insurer's NPV is 1000 s > 0 almost surely; the gemeente's never. */
  ck_assert_double_eq(mkba_test_num(r, "uncertainty/actors/0/p_npv_positive"), 0);
  ck_assert_double_eq_tol(mkba_test_num(r, "uncertainty/actors/1/p_npv_positive"),
                          1 - gsl_cdf_ugaussian_P(-2), 0.003);
  /* Histogram and S-curve. */
  ck_assert_int_eq((int)json_array_size(mkba_test_get(r, "uncertainty/quantiles")), 101);
  json_t *counts = mkba_test_get(r, "uncertainty/histogram/counts");
  long total = 0;
  for (size_t k = 0; k < json_array_size(counts); k++)
    total += (long)json_integer_value(json_array_get(counts, k));
  ck_assert_int_eq(total, 40000);
  json_decref(r);
}
END_TEST

START_TEST(tornado_and_switching) {
  json_t *r = results_of(scenario, "--draws 0");
  ck_assert(json_is_null(json_object_get(r, "uncertainty")));
  /* P10 and P90 of normal(1, 0.5): 1 -/+ 1.281552 * 0.5. */
  double lo = 1 - 1.2815516 * 0.5, hi = 1 + 1.2815516 * 0.5;
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "sensitivity/0/parameter")),
                   "flows[1].scale");
  ck_assert_double_eq_tol(mkba_test_num(r, "sensitivity/0/low"), lo, 1e-6);
  ck_assert_double_eq_tol(mkba_test_num(r, "sensitivity/0/high"), hi, 1e-6);
  ck_assert_double_eq_tol(mkba_test_num(r, "sensitivity/0/npv_low"), 1000 * lo - 800, 1e-3);
  ck_assert_double_eq_tol(mkba_test_num(r, "sensitivity/0/npv_high"), 1000 * hi - 800, 1e-3);
  ck_assert_double_eq(mkba_test_num(r, "sensitivity/0/base"), 1);
  ck_assert_double_eq_tol(mkba_test_num(r, "switching/0/value"), 0.8, 1e-9);
  json_decref(r);
}
END_TEST

START_TEST(tornado_sorted_and_no_switching_value) {
  /* Two uncertain parameters: the wider swing comes first.  The benefit
     scale b ~ uniform(0.5, 1.5) of 100 never turns an NPV of 1000 negative
     within its range [0, 2]: its switching value is null. */
  json_t *r = results_of(
      "{\"start_year\": 2025, \"horizon_years\": 1, \"discount\": {\"rate\": 0},"
      " \"interventions\": [{\"plugin\": \"cashflow\", \"params\": {\"flows\": ["
      " {\"actor\": \"rijk\", \"category\": \"a\", \"kind\": \"benefit\", \"amounts\": [100],"
      "  \"scale\": {\"dist\": \"uniform\", \"min\": 0.5, \"max\": 1.5}},"
      " {\"actor\": \"rijk\", \"category\": \"b\", \"kind\": \"benefit\", \"amounts\": [1000],"
      "  \"scale\": {\"dist\": \"uniform\", \"min\": 0.9, \"max\": 1.1}}]}}]}",
      NULL);
  /* Swings: 100 * 0.8 = 80 for flows[0], 1000 * 0.16 = 160 for flows[1]. */
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "sensitivity/0/parameter")),
                   "flows[1].scale");
  ck_assert_double_eq_tol(mkba_test_num(r, "sensitivity/0/npv_low"), 100 + 1000 * 0.92, 1e-6);
  ck_assert_double_eq_tol(mkba_test_num(r, "sensitivity/1/npv_low"), 60 + 1000, 1e-6);
  /* NPV = 100 s0 + 1000 s1 > 0 whenever s1 > -0.1 s0: inside [-1e6, 1e6] the zero of
     s1 is at -0.1 (others at base). */
  json_t *sw = json_object_get(r, "switching");
  ck_assert_int_eq((int)json_array_size(sw), 2);
  ck_assert_double_eq_tol(mkba_test_num(r, "switching/1/value"), -0.1, 1e-9);
  json_decref(r);
}
END_TEST

START_TEST(threads_byte_identical) {
  char *dir = mkba_test_tmpdir();
  char *path = mkba_test_write(dir, "s.json", scenario);
  char a1[512], a4[512];
  snprintf(a1, sizeof a1, "run '%s' --json --draws 5000 --threads 1", path);
  snprintf(a4, sizeof a4, "run '%s' --json --draws 5000 --threads 4", path);
  mkba_cmd r1 = mkba_run_cmd(a1), r4 = mkba_run_cmd(a4);
  ck_assert_int_eq(r1.status, 0);
  json_t *j1 = json_loads(r1.out, 0, NULL), *j4 = json_loads(r4.out, 0, NULL);
  char *u1 = json_dumps(json_object_get(j1, "uncertainty"), JSON_REAL_PRECISION(17));
  char *u4 = json_dumps(json_object_get(j4, "uncertainty"), JSON_REAL_PRECISION(17));
  ck_assert_str_eq(u1, u4);
  ck_assert_str_eq(r1.out, r4.out);
  free(u1);
  free(u4);
  json_decref(j1);
  json_decref(j4);
  mkba_cmd_free(&r1);
  mkba_cmd_free(&r4);
  unlink(path);
  rmdir(dir);
  free(path);
  free(dir);
}
END_TEST

/* Spearman's rank correlation of columns a and b of n rows of `cols`. */
static int by_value(const void *x, const void *y) {
  double a = **(double *const *)x, b = **(double *const *)y;
  return (a > b) - (a < b);
}
static double spearman(const double *m, long n, int cols, int a, int b) {
  double *ra = calloc((size_t)n, sizeof *ra), *rb = calloc((size_t)n, sizeof *rb);
  const double **idx = malloc((size_t)n * sizeof *idx);
  for (int pass = 0; pass < 2; pass++) {
    double *r = pass ? rb : ra;
    for (long i = 0; i < n; i++)
      idx[i] = &m[i * cols + (pass ? b : a)];
    qsort(idx, (size_t)n, sizeof *idx, by_value);
    for (long i = 0; i < n; i++)
      r[(idx[i] - m) / cols] = (double)i;
  }
  double ma = (double)(n - 1) / 2, sab = 0, saa = 0, sbb = 0;
  for (long i = 0; i < n; i++) {
    sab += (ra[i] - ma) * (rb[i] - ma);
    saa += (ra[i] - ma) * (ra[i] - ma);
    sbb += (rb[i] - ma) * (rb[i] - ma);
  }
  free(ra);
  free(rb);
  free(idx);
  return sab / sqrt(saa * sbb);
}

START_TEST(copula_rank_correlation) {
  char *dir = mkba_test_tmpdir();
  char *path = mkba_test_write(
      dir, "s.json",
      "{\"start_year\": 2025, \"horizon_years\": 2, \"uncertainty\": {\"draws\": 100,"
      " \"correlations\": [{\"parameters\": [\"flows[0].scale\", \"flows[1].scale\"], "
      "\"rank\": 0.7}, {\"parameters\": [\"flows[0].scale\", \"flows[2].scale\"], "
      "\"rank\": -0.4}]},"
      " \"interventions\": [{\"plugin\": \"cashflow\", \"params\": {\"flows\": ["
      " {\"actor\": \"rijk\", \"category\": \"a\", \"kind\": \"benefit\", \"amounts\": [1],"
      "  \"scale\": {\"dist\": \"gamma\", \"shape\": 2, \"scale\": 1}},"
      " {\"actor\": \"rijk\", \"category\": \"b\", \"kind\": \"benefit\", \"amounts\": [1],"
      "  \"scale\": {\"dist\": \"triangular\", \"min\": 0, \"mode\": 1, \"max\": 4}},"
      " {\"actor\": \"rijk\", \"category\": \"c\", \"kind\": \"benefit\", \"amounts\": [1],"
      "  \"scale\": {\"dist\": \"beta\", \"alpha\": 2, \"beta\": 5}},"
      " {\"actor\": \"rijk\", \"category\": \"d\", \"kind\": \"benefit\", \"amounts\": [1],"
      "  \"scale\": {\"dist\": \"uniform\", \"min\": 0, \"max\": 1}}]}}]}");
  mkba_run *run;
  mkba_diag d = {0};
  ck_assert_msg(mkba_run_prepare(path, "nl", &run, &d) == 0, "%s", d.msg);
  long n = 20000;
  double *m = malloc((size_t)n * 4 * sizeof *m);
  int cols;
  ck_assert_int_eq(mkba_mc_params(run, 3, n, m, &cols, &d), 0);
  ck_assert_int_eq(cols, 4);
  /* Spearman's rho of the draws matches the stated rank correlation. */
  ck_assert_double_eq_tol(spearman(m, n, cols, 0, 1), 0.7, 0.02);
  ck_assert_double_eq_tol(spearman(m, n, cols, 0, 2), -0.4, 0.02);
  ck_assert_double_eq_tol(spearman(m, n, cols, 0, 3), 0.0, 0.03);
  /* Marginals keep their distributions: the beta(2, 5) mean is 2/7. */
  double mean = 0;
  for (long i = 0; i < n; i++)
    mean += m[i * cols + 2] / (double)n;
  ck_assert_double_eq_tol(mean, 2.0 / 7, 0.005);
  free(m);
  mkba_run_free(run);
  unlink(path);
  rmdir(dir);
  free(path);
  free(dir);
}
END_TEST

START_TEST(evpi_and_best_choice) {
  /* A's NPV ~ 1000 s (s ~ normal(1, 0.1)) always beats B's fixed 10: EVPI = 0. */
  json_t *r = results_of(
      "{\"start_year\": 2025, \"horizon_years\": 1, \"discount\": {\"rate\": 0},"
      " \"uncertainty\": {\"draws\": 5000, \"seed\": 5}, \"interventions\": ["
      " {\"plugin\": \"cashflow\", \"label\": \"A\", \"params\": {\"flows\": [{\"actor\": "
      "\"rijk\", \"category\": \"a\", \"kind\": \"benefit\", \"amounts\": [1000], \"scale\":"
      " {\"dist\": \"normal\", \"mean\": 1, \"sd\": 0.1}}]}},"
      " {\"plugin\": \"cashflow\", \"label\": \"B\", \"params\": {\"flows\": [{\"actor\": "
      "\"rijk\", \"category\": \"b\", \"kind\": \"benefit\", \"amounts\": [10]}]}}]}",
      NULL);
  ck_assert_double_eq(mkba_test_num(r, "uncertainty/evpi"), 0);
  ck_assert_double_eq(mkba_test_num(r, "uncertainty/interventions/0/p_best"), 1);
  ck_assert_double_eq(mkba_test_num(r, "uncertainty/interventions/1/p_best"), 0);
  json_decref(r);
  /* Two options that each win half the time: EVPI = E[max(X, 0)] = sd / sqrt(2 pi). */
  r = results_of(
      "{\"start_year\": 2025, \"horizon_years\": 1, \"discount\": {\"rate\": 0},"
      " \"uncertainty\": {\"draws\": 40000, \"seed\": 5}, \"interventions\": ["
      " {\"plugin\": \"cashflow\", \"params\": {\"flows\": [{\"actor\": \"rijk\", "
      "\"category\": \"a\", \"kind\": \"benefit\", \"amounts\": [100], \"scale\": {\"dist\": "
      "\"normal\", \"mean\": 0, \"sd\": 1}}]}},"
      " {\"plugin\": \"cashflow\", \"params\": {\"flows\": [{\"actor\": \"rijk\", "
      "\"category\": \"b\", \"kind\": \"benefit\", \"amounts\": [0]}]}}]}",
      NULL);
  ck_assert_double_eq_tol(mkba_test_num(r, "uncertainty/evpi"), 100 / sqrt(2 * M_PI), 2.0);
  ck_assert_double_eq_tol(mkba_test_num(r, "uncertainty/interventions/0/p_best"), 0.5, 0.015);
  json_decref(r);
}
END_TEST

START_TEST(variants_and_optimism_bias) {
  json_t *r = results_of(
      "{\"start_year\": 2025, \"horizon_years\": 2, \"discount\": {\"rate\": 0},"
      " \"optimism_bias\": {\"costs\": 0.2, \"benefits\": 0.1},"
      " \"variants\": [{\"id\": \"pessimistisch\", \"label\": \"Pessimistisch\","
      "  \"params\": {\"flows[1].scale\": 0.5}},"
      "  {\"id\": \"optimistisch\", \"params\": {\"flows[1].scale\": 1.5},"
      "   \"optimism_bias\": {\"costs\": 0.1}}],"
      " \"interventions\": [{\"plugin\": \"cashflow\", \"params\": {\"flows\": [" BASE_FLOWS
      "]}}]}",
      "--draws 0");
  /* Base: costs 800, benefits 1000. Bias: costs 960, benefits 900. */
  ck_assert_double_eq_tol(mkba_test_num(r, "optimism_bias/summary/pv_costs"), 960, 1e-9);
  ck_assert_double_eq_tol(mkba_test_num(r, "optimism_bias/summary/npv"), -60, 1e-9);
  ck_assert_double_eq_tol(mkba_test_num(r, "optimism_bias/actors/0/npv"), -960, 1e-9);
  ck_assert_double_eq_tol(mkba_test_num(r, "summary/npv"), 200, 1e-9); /* unadjusted */
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "variants/0/id")), "pessimistisch");
  ck_assert_double_eq_tol(mkba_test_num(r, "variants/0/summary/npv"), 500 - 800, 1e-9);
  ck_assert_double_eq_tol(mkba_test_num(r, "variants/1/summary/npv"), 1500 - 880, 1e-9);
  ck_assert_double_eq_tol(mkba_test_num(r, "variants/1/actors/1/npv"), 1500, 1e-9);
  json_decref(r);
}
END_TEST

int main(void) {
  Suite *s = suite_create("uncertainty");
  TCase *tc = tcase_create("uncertainty");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, normal_scale_matches_analytic);
  tcase_add_test(tc, tornado_and_switching);
  tcase_add_test(tc, tornado_sorted_and_no_switching_value);
  tcase_add_test(tc, threads_byte_identical);
  tcase_add_test(tc, copula_rank_correlation);
  tcase_add_test(tc, evpi_and_best_choice);
  tcase_add_test(tc, variants_and_optimism_bias);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
