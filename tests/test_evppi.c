/*
 * test_evppi.c - the EVPPI estimator (calc/evppi.c) against what can be
 * worked out on paper: closed forms where the net benefit is linear in a
 * normal parameter, 0 for a parameter that does not move it, and the bounds
 * 0 <= EVPPI <= EVPI.  The draws come from a seeded generator, so every
 * figure below is the same on every run.
 */
#include <check.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdlib.h>

#include "evppi.h"

#define N 50000L

static gsl_rng *rng;
static float theta[4][N];
static double nb[2][N];

static void setup(void) {
  rng = gsl_rng_alloc(gsl_rng_mt19937);
  gsl_rng_set(rng, 20261205);
}

static void teardown(void) { gsl_rng_free(rng); }

/* E[max(X, 0)] for X ~ N(m, s): m Phi(m/s) + s phi(m/s). */
static double e_pos_normal(double m, double s) {
  return m * gsl_cdf_ugaussian_P(m / s) + s * gsl_ran_ugaussian_pdf(m / s);
}

static double evppi_of(int param, int n_opt, int with_null) {
  const double *opts[2] = {nb[0], nb[1]};
  mkba_evppi_options set = {opts, n_opt, with_null};
  double e = -1;
  ck_assert_int_eq(mkba_evppi(theta[param], N, &set, 1, &e), 0);
  return e;
}

/* The EVPI of the first n_opt options of nb. */
static double evpi_of(int n_opt, int with_null) {
  const double *opts[2] = {nb[0], nb[1]};
  mkba_evppi_options set = {opts, n_opt, with_null};
  return mkba_evpi(N, &set);
}

/*
 * NB = a + b theta + e, theta ~ N(0, 1), e ~ N(0, 2), against doing
 * nothing: E(NB | theta) = a + b theta, so EVPPI = E[max(a + b theta, 0)]
 * - max(a, 0) = 0.5 Phi(0.5) + phi(0.5) - 0.5 = 0.19780 for a = 0.5, b = 1.
 * The Monte Carlo error of the estimate is about 0.004.
 */
START_TEST(linear_normal_closed_form) {
  const double a = 0.5, b = 1;
  for (long i = 0; i < N; i++) {
    double t = gsl_ran_ugaussian(rng);
    theta[0][i] = (float)t;
    nb[0][i] = a + b * t + gsl_ran_gaussian(rng, 2);
  }
  double want = e_pos_normal(a, b) - a;
  ck_assert_double_eq_tol(want, 0.19780, 1e-5);
  double got = evppi_of(0, 1, 1);
  ck_assert_msg(fabs(got - want) < 0.015, "EVPPI %g, closed form %g", got, want);
  /* EVPI over the whole net benefit, N(0.5, sqrt(5)): the bound. */
  double evpi = evpi_of(1, 1);
  ck_assert_msg(fabs(evpi - (e_pos_normal(a, sqrt(5)) - a)) < 0.03, "EVPI %g", evpi);
  ck_assert(got <= evpi);
}
END_TEST

/*
 * A parameter the net benefit does not depend on: EVPPI about 0 (here
 * below 2.5% of the EVPI of 0.80), while the parameter that drives it gets
 * most of the EVPI.
 */
START_TEST(parameter_that_does_not_matter) {
  for (long i = 0; i < N; i++) {
    double eta = gsl_ran_ugaussian(rng);
    theta[0][i] = (float)gsl_rng_uniform(rng); /* unrelated */
    theta[1][i] = (float)eta;
    nb[0][i] = 0.2 + eta + gsl_ran_gaussian(rng, 2);
  }
  double evpi = evpi_of(1, 1);
  double none = evppi_of(0, 1, 1), some = evppi_of(1, 1, 1);
  ck_assert_msg(evpi > 0.7 && evpi < 0.9, "EVPI %g", evpi);
  ck_assert_msg(none < 0.025 * evpi, "EVPPI of an unrelated parameter %g (EVPI %g)", none, evpi);
  /* By hand: E[max(0.2 + eta, 0)] - 0.2 = 0.2 Phi(0.2) + phi(0.2) - 0.2 = 0.3069. */
  ck_assert_msg(fabs(some - (e_pos_normal(0.2, 1) - 0.2)) < 0.015, "EVPPI %g", some);
}
END_TEST

/*
 * Two alternatives, no doing nothing: NB1 = theta + e1, NB2 = -theta + e2.
 * The better one depends on theta's sign: EVPPI = E[max(0, -2 theta)] -
 * max(0, E[-2 theta]) = 2 phi(0) = 0.7979.
 */
START_TEST(two_alternatives_closed_form) {
  for (long i = 0; i < N; i++) {
    double t = gsl_ran_ugaussian(rng);
    theta[0][i] = (float)t;
    nb[0][i] = t + gsl_ran_gaussian(rng, 1);
    nb[1][i] = -t + gsl_ran_gaussian(rng, 1);
  }
  double got = evppi_of(0, 2, 0);
  ck_assert_msg(fabs(got - 2 * gsl_ran_ugaussian_pdf(0)) < 0.03, "EVPPI %g", got);
  ck_assert(got <= evpi_of(2, 0));
}
END_TEST

/*
 * A parameter with two values (0 or 1, half each): no spline can be
 * fitted, the line is exact.  NB = -0.5 + theta + e: EVPPI = 0.5 x 0.5 +
 * 0.5 x 0 - max(0, 0) = 0.25.
 */
START_TEST(two_valued_parameter) {
  for (long i = 0; i < N; i++) {
    double t = gsl_rng_uniform(rng) < 0.5 ? 0 : 1;
    theta[0][i] = (float)t;
    nb[0][i] = -0.5 + t + gsl_ran_gaussian(rng, 1);
  }
  double got = evppi_of(0, 1, 1);
  ck_assert_msg(fabs(got - 0.25) < 0.02, "EVPPI %g", got);
}
END_TEST

/*
 * A non-linear model of four parameters: each EVPPI lies within [0,
 * EVPI], a fixed parameter has none, and too few draws give 0, not noise.
 */
START_TEST(bounds_hold) {
  for (long i = 0; i < N; i++) {
    double x = gsl_ran_ugaussian(rng), y = gsl_rng_uniform(rng), z = gsl_ran_exponential(rng, 1);
    theta[0][i] = (float)x;
    theta[1][i] = (float)y;
    theta[2][i] = (float)z;
    theta[3][i] = 3.0f; /* fixed */
    nb[0][i] = x * x - 1 + 2 * y * z - 1 + gsl_ran_gaussian(rng, 0.5);
  }
  double evpi = evpi_of(1, 1);
  for (int k = 0; k < 4; k++) {
    double e = evppi_of(k, 1, 1);
    ck_assert_msg(e >= 0 && e <= evpi, "parameter %d: EVPPI %g outside [0, %g]", k, e, evpi);
  }
  ck_assert_double_eq(evppi_of(3, 1, 1), 0);
  ck_assert_msg(evppi_of(0, 1, 1) > 0.1 * evpi, "x drives the decision");
  const double *opts[1] = {nb[0]};
  mkba_evppi_options set = {opts, 1, 1};
  double few = -1;
  ck_assert_int_eq(mkba_evppi(theta[0], 10, &set, 1, &few), 0);
  ck_assert_double_eq(few, 0);
}
END_TEST

int main(void) {
  Suite *s = suite_create("evppi");
  TCase *tc = tcase_create("closed forms");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, linear_normal_closed_form);
  tcase_add_test(tc, parameter_that_does_not_matter);
  tcase_add_test(tc, two_alternatives_closed_form);
  tcase_add_test(tc, two_valued_parameter);
  tcase_add_test(tc, bounds_hold);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
