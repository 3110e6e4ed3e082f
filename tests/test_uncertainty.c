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
#include "oneway.h"
#include "pipeline.h"
#include "run.h"

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

/*
 * The one-way analyses shared over threads.  A package of three
 * interventions at rate 0 and one year: two cashflow models (each flow a
 * part of its model, so the analyses use the part cache) with 54 uncertain
 * scales between them, and the good fixture plugin, whose x is evaluated on
 * the whole model.  Flow i of intervention k is amount a = 100 + 13 i + 500 k,
 * a cost when i % 3 == 2 and else a benefit, scaled by s ~ normal(1, sd)
 * with sd = 0.05 + 0.02 (i % 4), except every fifth flow, which is fixed.
 * The fixture adds 100 x (x ~ uniform(0, 2), base 1).  With T the package
 * NPV at base, flow (k, i) at scale s gives T + sign a (s - 1): its
 * switching value is 1 - T / (sign a).
 */
#define MANY_FLOWS0 36
#define MANY_FLOWS1 30

/* Amount, sign (+1 benefit, -1 cost) and scale sd (0: fixed) of flow i of intervention k. */
static void many_flow(int k, int i, double *a, double *sign, double *sd) {
  *a = 100 + 13 * i + 500 * k;
  *sign = i % 3 == 2 ? -1 : 1;
  *sd = i % 5 == 4 ? 0 : 0.05 + 0.02 * (i % 4);
}

/* The scenario text (owned). */
static char *many_params_scenario(void) {
  size_t cap = 65536, n = 0;
  char *s = malloc(cap);
  n += (size_t)snprintf(s + n, cap - n,
                        "{\"start_year\": 2025, \"horizon_years\": 1, \"discount\": {\"rate\": 0},"
                        " \"interventions\": [");
  for (int k = 0; k < 2; k++) {
    n += (size_t)snprintf(s + n, cap - n, "%s{\"plugin\": \"cashflow\", \"params\": {\"flows\": [",
                          k ? ", " : "");
    for (int i = 0; i < (k ? MANY_FLOWS1 : MANY_FLOWS0); i++) {
      double a, sign, sd;
      many_flow(k, i, &a, &sign, &sd);
      n += (size_t)snprintf(s + n, cap - n,
                            "%s{\"actor\": \"rijk\", \"category\": \"c%d\", \"kind\": \"%s\", "
                            "\"amounts\": [%g]",
                            i ? ", " : "", i, sign > 0 ? "benefit" : "cost", a);
      if (sd > 0)
        n += (size_t)snprintf(s + n, cap - n,
                              ", \"scale\": {\"dist\": \"normal\", \"mean\": 1, \"sd\": %g}", sd);
      n += (size_t)snprintf(s + n, cap - n, "}");
    }
    n += (size_t)snprintf(s + n, cap - n, "]}}");
  }
  n += (size_t)snprintf(s + n, cap - n, ", {\"plugin\": \"good_fixture\"}]}");
  ck_assert_uint_lt(n, cap);
  return s;
}

/* The tornado and switching values of `run` on `threads` threads, as JSON text (owned). */
static char *oneway_text(mkba_run *run, int threads) {
  mkba_diag d = {0};
  json_t *rows, *sw;
  ck_assert_msg(mkba_oneway_run(run, threads, &rows, &sw, &d) == 0, "%d threads: %s", threads,
                d.msg);
  json_t *both = json_pack("{soso}", "sensitivity", rows, "switching", sw);
  char *text = json_dumps(both, JSON_REAL_PRECISION(17));
  json_decref(both);
  ck_assert_ptr_nonnull(text);
  return text;
}

/* Point MKBA_PLUGIN_PATH at the fixture plugins (beside the built ones). */
static void use_fixtures(void) {
  const char *fx = getenv("MKBA_FIXTURE_DIR");
  ck_assert_msg(fx != NULL, "MKBA_FIXTURE_DIR not set");
  setenv("MKBA_PLUGIN_PATH", fx, 1);
}

START_TEST(oneway_threads_identical) {
  use_fixtures();
  char *dir = mkba_test_tmpdir(), *text = many_params_scenario();
  char *path = mkba_test_write(dir, "s.json", text);
  mkba_run *run;
  mkba_diag d = {0};
  ck_assert_msg(mkba_run_prepare(path, "en", &run, &d) == 0, "%s", d.msg);
  ck_assert_msg(mkba_run_base(run, &d) == 0, "%s", d.msg);
  /* The same text for 1, 2 and 4 threads, and for more threads than parameters. */
  char *t1 = oneway_text(run, 1);
  for (int t = 2; t <= 64; t *= 2) {
    if (t == 8)
      t = 64;
    char *tn = oneway_text(run, t);
    ck_assert_msg(!strcmp(t1, tn), "%d threads differ from 1", t);
    free(tn);
  }
  /* and every row is right: the analyses were not mixed up between threads. */
  double total = 100;
  for (int k = 0; k < 2; k++)
    for (int i = 0; i < (k ? MANY_FLOWS1 : MANY_FLOWS0); i++) {
      double a, sign, sd;
      many_flow(k, i, &a, &sign, &sd);
      total += sign * a;
    }
  json_t *rows, *sw;
  ck_assert_msg(mkba_oneway_run(run, 64, &rows, &sw, &d) == 0, "%s", d.msg);
  ck_assert_int_eq((int)json_array_size(rows), 24 + 29 + 1);
  ck_assert_int_eq((int)json_array_size(sw), 24 + 29 + 1);
  double z = gsl_cdf_ugaussian_Pinv(0.9), prev = INFINITY;
  for (size_t r = 0; r < json_array_size(rows); r++) {
    json_t *row = json_array_get(rows, r);
    const char *id = json_string_value(json_object_get(row, "parameter"));
    double nlo = json_number_value(json_object_get(row, "npv_low"));
    double nhi = json_number_value(json_object_get(row, "npv_high"));
    double swing = fabs(nhi - nlo);
    ck_assert_msg(swing <= prev, "row %zu (%s) is out of order", r, id);
    prev = swing;
    int k, i;
    if (!strcmp(id, "2:x")) {
      ck_assert_double_eq_tol(nlo, total - 80, 1e-9);
      ck_assert_double_eq_tol(nhi, total + 80, 1e-9);
      continue;
    }
    ck_assert_msg(sscanf(id, "%d:flows[%d].scale", &k, &i) == 2, "parameter %s", id);
    double a, sign, sd;
    many_flow(k, i, &a, &sign, &sd);
    ck_assert_msg(sd > 0, "%s is fixed", id);
    ck_assert_double_eq_tol(nlo, total - sign * a * z * sd, 1e-9);
    ck_assert_double_eq_tol(nhi, total + sign * a * z * sd, 1e-9);
  }
  /* Switching values stay in parameter order: intervention, then flow. */
  size_t q = 0;
  for (int k = 0; k < 2; k++)
    for (int i = 0; i < (k ? MANY_FLOWS1 : MANY_FLOWS0); i++) {
      double a, sign, sd;
      many_flow(k, i, &a, &sign, &sd);
      if (sd == 0)
        continue;
      char id[64];
      snprintf(id, sizeof id, "%d:flows[%d].scale", k, i);
      json_t *s = json_array_get(sw, q++);
      ck_assert_str_eq(json_string_value(json_object_get(s, "parameter")), id);
      double want = 1 - total / (sign * a);
      ck_assert_double_eq_tol(json_number_value(json_object_get(s, "value")), want,
                              mkba_test_tol(want));
    }
  ck_assert_str_eq(json_string_value(json_object_get(json_array_get(sw, q), "parameter")), "2:x");
  free(t1);
  json_decref(rows);
  json_decref(sw);
  mkba_run_free(run);
  /* A package without uncertain parameters: empty on any number of threads. */
  free(mkba_test_write(
      dir, "s.json",
      "{\"start_year\": 2025, \"horizon_years\": 1, \"interventions\": [{\"plugin\":"
      " \"cashflow\", \"params\": {\"flows\": [{\"actor\": \"rijk\", \"category\": "
      "\"a\", \"kind\": \"benefit\", \"amounts\": [1]}]}}]}"));
  ck_assert_msg(mkba_run_prepare(path, "en", &run, &d) == 0, "%s", d.msg);
  ck_assert_msg(mkba_run_base(run, &d) == 0, "%s", d.msg);
  char *t0 = oneway_text(run, 4);
  ck_assert_str_eq(t0, "{\"sensitivity\": [], \"switching\": []}");
  free(t0);
  mkba_run_free(run);
  unsetenv("MKBA_PLUGIN_PATH");
  unlink(path);
  rmdir(dir);
  free(path);
  free(dir);
  free(text);
}
END_TEST

START_TEST(oneway_cli_threads_identical) {
  /* The whole results document of `mkba run` is the same for --threads 1, 2 and 4. */
  use_fixtures();
  char *text = many_params_scenario();
  mkba_cmd r1 = mkba_test_cmd_on(text, "run", "--json --draws 0 --threads 1");
  ck_assert_msg(r1.status == 0, "%s", r1.err);
  ck_assert_ptr_nonnull(strstr(r1.out, "\"0:flows[35].scale\""));
  for (int t = 2; t <= 4; t *= 2) {
    char opt[64];
    snprintf(opt, sizeof opt, "--json --draws 0 --threads %d", t);
    mkba_cmd rt = mkba_test_cmd_on(text, "run", opt);
    ck_assert_msg(rt.status == 0, "%s", rt.err);
    ck_assert_msg(!strcmp(r1.out, rt.out), "--threads %d differs from --threads 1", t);
    mkba_cmd_free(&rt);
  }
  mkba_cmd_free(&r1);
  unsetenv("MKBA_PLUGIN_PATH");
  free(text);
}
END_TEST

/*
 * Failing plugins after 300 uncertain cash flows (which keep every thread
 * busy by the time the plugins' parameters are handed out):
 * interventions[1] fails late in its switching-value search (x = 1.5625 on
 * the grid over [0, 10]), interventions[2] and [3] at once, at P90.  The
 * error is always interventions[1]'s, whichever thread fails first.
 */
static char *failing_scenario(void) {
  size_t cap = 65536, n = 0;
  char *s = malloc(cap);
  n += (size_t)snprintf(s + n, cap - n,
                        "{\"start_year\": 2025, \"horizon_years\": 1, \"interventions\": ["
                        "{\"plugin\": \"cashflow\", \"params\": {\"flows\": [");
  for (int i = 0; i < 300; i++)
    n += (size_t)snprintf(s + n, cap - n,
                          "%s{\"actor\": \"rijk\", \"category\": \"c%d\", \"kind\": "
                          "\"benefit\", \"amounts\": [%d], \"scale\": {\"dist\": \"uniform\", "
                          "\"min\": 0.5, \"max\": 1.5}}",
                          i ? ", " : "", i, 10 + i);
  n += (size_t)snprintf(
      s + n, cap - n,
      "]}}, {\"plugin\": \"fails_above\", \"params\": {\"x\": {\"dist\": \"uniform\", "
      "\"min\": 0, \"max\": 1.5}}}, {\"plugin\": \"fails_above\"}, {\"plugin\": "
      "\"fails_above\", \"params\": {\"x\": {\"dist\": \"uniform\", \"min\": 0.5, \"max\": "
      "2.2}}}]}");
  ck_assert_uint_lt(n, cap);
  return s;
}
static const char *failing_error =
    "one-way sensitivity, parameter \"x\" of plugin \"fails_above\" (interventions[1]) at "
    "1.5625: plugin \"fails_above\" (interventions[1]): the fixture refuses x = 1.5625 above 1.5";

START_TEST(oneway_threads_first_error) {
  use_fixtures();
  char *dir = mkba_test_tmpdir();
  char *text = failing_scenario();
  char *path = mkba_test_write(dir, "s.json", text);
  mkba_run *run;
  mkba_diag d = {0};
  ck_assert_msg(mkba_run_prepare(path, "en", &run, &d) == 0, "%s", d.msg);
  ck_assert_msg(mkba_run_base(run, &d) == 0, "%s", d.msg);
  for (int rep = 0; rep < 40; rep++) {
    int threads = rep ? 2 + rep % 3 : 1;
    mkba_diag e = {0};
    json_t *rows, *sw;
    ck_assert_int_eq(mkba_oneway_run(run, threads, &rows, &sw, &e), -1);
    ck_assert_int_eq(e.code, MKBA_EXIT_RUN);
    ck_assert_msg(!strcmp(e.msg, failing_error), "%d threads: %s", threads, e.msg);
  }
  mkba_run_free(run);
  /* The program says the same on one thread and on four. */
  char a1[600], a4[600];
  snprintf(a1, sizeof a1, "run '%s' --json --draws 0 --threads 1", path);
  snprintf(a4, sizeof a4, "run '%s' --json --draws 0 --threads 4", path);
  mkba_cmd r1 = mkba_run_cmd(a1);
  mkba_cmd r4 = mkba_run_cmd(a4);
  ck_assert_int_eq(r1.status, 1);
  ck_assert_int_eq(r4.status, 1);
  ck_assert_ptr_nonnull(strstr(r1.err, failing_error));
  ck_assert_str_eq(r1.err, r4.err);
  mkba_cmd_free(&r1);
  mkba_cmd_free(&r4);
  unsetenv("MKBA_PLUGIN_PATH");
  unlink(path);
  rmdir(dir);
  free(path);
  free(dir);
  free(text);
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
  mkba_analyses an = {0};
  ck_assert_msg(mkba_pipeline_prepare(path, NULL, 0, "nl", &run, &an, &d) == 0, "%s", d.msg);
  long n = 20000;
  double *m = malloc((size_t)n * 4 * sizeof *m);
  int cols;
  ck_assert_int_eq(mkba_mc_params(run, an.sampler, 3, n, m, &cols, &d), 0);
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
  mkba_analyses_clear(&an);
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
  tcase_add_test(tc, oneway_threads_identical);
  tcase_add_test(tc, oneway_cli_threads_identical);
  tcase_add_test(tc, oneway_threads_first_error);
  tcase_add_test(tc, copula_rank_correlation);
  tcase_add_test(tc, evpi_and_best_choice);
  tcase_add_test(tc, variants_and_optimism_bias);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
