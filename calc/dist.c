/* dist.c - distributions; see dist.h. */
#include "dist.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const names[] = {NULL,         "normal", "lognormal", "uniform",
                                    "triangular", "pert",   "beta",      "gamma"};

/* The scenario-file name of a kind ("normal", ...), or NULL for fixed. */
static const char *dist_name(int kind) {
  return kind > 0 && kind <= MKBA_GAMMA ? names[kind] : NULL;
}

/* The JSON keys of each kind, in p1, p2, p3 order. */
static const char *const keys[][3] = {{NULL, NULL, NULL},      {"mean", "sd", NULL},
                                      {"mean", "sd", NULL},    {"min", "max", NULL},
                                      {"min", "mode", "max"},  {"min", "mode", "max"},
                                      {"alpha", "beta", NULL}, {"shape", "scale", NULL}};

/* Lognormal parameters of the underlying normal from the variable's mean and sd. */
static void lognormal_musigma(const mkba_dist *dist, double *mu, double *sigma) {
  double m = dist->p1, s = dist->p2;
  double s2 = log1p((s * s) / (m * m));
  *sigma = sqrt(s2);
  *mu = log(m) - s2 / 2;
}

/* PERT as a beta on [min, max] with the classic lambda = 4. */
static void pert_ab(const mkba_dist *dist, double *a, double *b) {
  double range = dist->p3 - dist->p1;
  *a = 1 + 4 * (dist->p2 - dist->p1) / range;
  *b = 1 + 4 * (dist->p3 - dist->p2) / range;
}

int mkba_dist_check(const mkba_dist *x, char *why, size_t len) {
  const char *bad = NULL;
  switch (x->kind) {
  case MKBA_FIXED:
    break;
  case MKBA_NORMAL:
    if (!(x->p2 > 0))
      bad = "sd must be greater than 0";
    break;
  case MKBA_LOGNORMAL:
    if (!(x->p1 > 0))
      bad = "mean must be greater than 0 for a lognormal";
    else if (!(x->p2 > 0))
      bad = "sd must be greater than 0";
    break;
  case MKBA_UNIFORM:
    if (!(x->p1 < x->p2))
      bad = "min must be less than max";
    break;
  case MKBA_TRIANGULAR:
  case MKBA_PERT:
    if (!(x->p1 < x->p3))
      bad = "min must be less than max";
    else if (!(x->p1 <= x->p2 && x->p2 <= x->p3))
      bad = "mode must lie between min and max";
    break;
  case MKBA_BETA:
    if (!(x->p1 > 0 && x->p2 > 0))
      bad = "alpha and beta must be greater than 0";
    break;
  case MKBA_GAMMA:
    if (!(x->p1 > 0 && x->p2 > 0))
      bad = "shape and scale must be greater than 0";
    break;
  default:
    bad = "unknown distribution";
  }
  if (!bad && !(isfinite(x->p1) && isfinite(x->p2) && isfinite(x->p3)))
    bad = "parameters must be finite numbers";
  if (bad)
    snprintf(why, len, "%s", bad);
  return bad ? -1 : 0;
}

/*
 * The mean of `dist`: normal and lognormal their mean, uniform (a+b)/2,
 * triangular (a+c+b)/3, pert (a+4c+b)/6, beta a/(a+b), gamma shape*scale;
 * 0 for fixed.  The base case of a distribution without "value".
 */
static double dist_mean(const mkba_dist *x) {
  switch (x->kind) {
  case MKBA_NORMAL:
  case MKBA_LOGNORMAL:
    return x->p1;
  case MKBA_UNIFORM:
    return (x->p1 + x->p2) / 2;
  case MKBA_TRIANGULAR:
    return (x->p1 + x->p2 + x->p3) / 3;
  case MKBA_PERT:
    return (x->p1 + 4 * x->p2 + x->p3) / 6;
  case MKBA_BETA:
    return x->p1 / (x->p1 + x->p2);
  case MKBA_GAMMA:
    return x->p1 * x->p2;
  default:
    return 0;
  }
}

int mkba_dist_parse(const mkba_jdoc *doc, const json_t *v, const char *what, mkba_dist *dist,
                    double *base, mkba_diag *d) {
  memset(dist, 0, sizeof *dist);
  if (json_is_number(v)) {
    *base = json_number_value(v);
    return 0;
  }
  if (!json_is_object(v)) {
    mkba_jdoc_error(doc, v, d,
                    "%s must be a number or a distribution object such as "
                    "{\"dist\": \"normal\", \"mean\": 1, \"sd\": 0.1}",
                    what);
    return -1;
  }
  json_t *name = json_object_get(v, "dist");
  if (!json_is_string(name)) {
    if (name)
      mkba_jdoc_member_error(doc, v, "dist", d, "%s: \"dist\" must be a string", what);
    else
      mkba_jdoc_error(doc, v, d, "%s: a distribution needs a \"dist\" key", what);
    return -1;
  }
  int kind = 0;
  for (int k = 1; k <= MKBA_GAMMA; k++)
    if (strcmp(json_string_value(name), names[k]) == 0)
      kind = k;
  if (!kind) {
    mkba_jdoc_error(doc, name, d,
                    "%s: unknown distribution \"%s\" (known: normal, lognormal, "
                    "uniform, triangular, pert, beta, gamma)",
                    what, json_string_value(name));
    return -1;
  }
  const char *allowed[6] = {"dist", "value", NULL, NULL, NULL, NULL};
  for (int k = 0; k < 3 && keys[kind][k]; k++)
    allowed[2 + k] = keys[kind][k];
  char where[256];
  snprintf(where, sizeof where, "%s (%s distribution)", what, names[kind]);
  if (mkba_jdoc_check_keys(doc, v, allowed, where, d))
    return -1;
  double p[3] = {0, 0, 0};
  for (int k = 0; k < 3 && keys[kind][k]; k++) {
    json_t *pv = json_object_get(v, keys[kind][k]);
    if (!pv) {
      mkba_jdoc_error(doc, v, d, "%s: a %s distribution needs \"%s\"", what, names[kind],
                      keys[kind][k]);
      return -1;
    }
    if (!json_is_number(pv)) {
      mkba_jdoc_member_error(doc, v, keys[kind][k], d, "%s: \"%s\" must be a number", what,
                             keys[kind][k]);
      return -1;
    }
    p[k] = json_number_value(pv);
  }
  dist->kind = kind;
  dist->p1 = p[0];
  dist->p2 = p[1];
  dist->p3 = p[2];
  char why[128];
  if (mkba_dist_check(dist, why, sizeof why)) {
    mkba_jdoc_error(doc, name, d, "%s: invalid %s distribution: %s", what, names[kind], why);
    return -1;
  }
  json_t *bv = json_object_get(v, "value");
  if (bv && !json_is_number(bv)) {
    mkba_jdoc_member_error(doc, v, "value", d, "%s: \"value\" must be a number", what);
    return -1;
  }
  *base = bv ? json_number_value(bv) : dist_mean(dist);
  return 0;
}

double mkba_dist_cdf(const mkba_dist *x, double base, double v) {
  double mu, sigma, a, b;
  switch (x->kind) {
  case MKBA_NORMAL:
    return gsl_cdf_gaussian_P(v - x->p1, x->p2);
  case MKBA_LOGNORMAL:
    lognormal_musigma(x, &mu, &sigma);
    return v <= 0 ? 0 : gsl_cdf_lognormal_P(v, mu, sigma);
  case MKBA_UNIFORM:
    return v <= x->p1 ? 0 : v >= x->p2 ? 1 : (v - x->p1) / (x->p2 - x->p1);
  case MKBA_TRIANGULAR: {
    double lo = x->p1, c = x->p2, hi = x->p3;
    if (v <= lo)
      return 0;
    if (v >= hi)
      return 1;
    if (v <= c)
      return (v - lo) * (v - lo) / ((hi - lo) * (c - lo));
    return 1 - (hi - v) * (hi - v) / ((hi - lo) * (hi - c));
  }
  case MKBA_PERT:
    pert_ab(x, &a, &b);
    return v <= x->p1 ? 0 : v >= x->p3 ? 1 : gsl_cdf_beta_P((v - x->p1) / (x->p3 - x->p1), a, b);
  case MKBA_BETA:
    return v <= 0 ? 0 : v >= 1 ? 1 : gsl_cdf_beta_P(v, x->p1, x->p2);
  case MKBA_GAMMA:
    return v <= 0 ? 0 : gsl_cdf_gamma_P(v, x->p1, x->p2);
  default:
    return v >= base ? 1 : 0;
  }
}

double mkba_dist_quantile(const mkba_dist *x, double base, double p) {
  double mu, sigma, a, b;
  switch (x->kind) {
  case MKBA_NORMAL:
    return x->p1 + gsl_cdf_gaussian_Pinv(p, x->p2);
  case MKBA_LOGNORMAL:
    lognormal_musigma(x, &mu, &sigma);
    return gsl_cdf_lognormal_Pinv(p, mu, sigma);
  case MKBA_UNIFORM:
    return x->p1 + p * (x->p2 - x->p1);
  case MKBA_TRIANGULAR: {
    double lo = x->p1, c = x->p2, hi = x->p3;
    double fc = (c - lo) / (hi - lo);
    if (p < fc)
      return lo + sqrt(p * (hi - lo) * (c - lo));
    return hi - sqrt((1 - p) * (hi - lo) * (hi - c));
  }
  case MKBA_PERT:
    pert_ab(x, &a, &b);
    return x->p1 + (x->p3 - x->p1) * gsl_cdf_beta_Pinv(p, a, b);
  case MKBA_BETA:
    return gsl_cdf_beta_Pinv(p, x->p1, x->p2);
  case MKBA_GAMMA:
    return gsl_cdf_gamma_Pinv(p, x->p1, x->p2);
  default:
    return base;
  }
}

double mkba_dist_sample(const mkba_dist *x, double base, gsl_rng *rng) {
  double mu, sigma, a, b;
  switch (x->kind) {
  case MKBA_NORMAL:
    return x->p1 + gsl_ran_gaussian_ziggurat(rng, x->p2);
  case MKBA_LOGNORMAL:
    lognormal_musigma(x, &mu, &sigma);
    return gsl_ran_lognormal(rng, mu, sigma);
  case MKBA_UNIFORM:
    return gsl_ran_flat(rng, x->p1, x->p2);
  case MKBA_TRIANGULAR:
    return mkba_dist_quantile(x, base, gsl_rng_uniform_pos(rng));
  case MKBA_PERT:
    pert_ab(x, &a, &b);
    return x->p1 + (x->p3 - x->p1) * gsl_ran_beta(rng, a, b);
  case MKBA_BETA:
    return gsl_ran_beta(rng, x->p1, x->p2);
  case MKBA_GAMMA:
    return gsl_ran_gamma(rng, x->p1, x->p2);
  default:
    return base;
  }
}

int mkba_dist_scale(mkba_dist *x, double f) {
  switch (x->kind) {
  case MKBA_NORMAL:
  case MKBA_LOGNORMAL:
    x->p1 *= f;
    x->p2 *= f;
    return 0;
  case MKBA_UNIFORM:
    x->p1 *= f;
    x->p2 *= f;
    return 0;
  case MKBA_TRIANGULAR:
  case MKBA_PERT:
    x->p1 *= f;
    x->p2 *= f;
    x->p3 *= f;
    return 0;
  case MKBA_GAMMA:
    x->p2 *= f;
    return 0;
  case MKBA_BETA:
    return -1;
  default:
    return 0;
  }
}

json_t *mkba_dist_to_json(const mkba_dist *x, double base) {
  if (x->kind == MKBA_FIXED || !dist_name(x->kind))
    return json_null();
  json_t *o = json_object();
  json_object_set_new(o, "dist", json_string(names[x->kind]));
  double p[3] = {x->p1, x->p2, x->p3};
  for (int k = 0; k < 3 && keys[x->kind][k]; k++)
    json_object_set_new(o, keys[x->kind][k], json_real(p[k]));
  json_object_set_new(o, "value", json_real(base));
  return o;
}

void mkba_dist_describe(const mkba_dist *x, char *buf, size_t len) {
  if (x->kind == MKBA_FIXED || !dist_name(x->kind)) {
    snprintf(buf, len, "fixed");
    return;
  }
  if (keys[x->kind][2])
    snprintf(buf, len, "%s(%s=%g, %s=%g, %s=%g)", names[x->kind], keys[x->kind][0], x->p1,
             keys[x->kind][1], x->p2, keys[x->kind][2], x->p3);
  else
    snprintf(buf, len, "%s(%s=%g, %s=%g)", names[x->kind], keys[x->kind][0], x->p1,
             keys[x->kind][1], x->p2);
}
