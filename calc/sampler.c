/* sampler.c - how the parameters of a draw are made; see sampler.h. */
#include "sampler.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_randist.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dist.h"

/* Draws of a truncated distribution tried before giving up. */
#define MAX_REJECTS 10000

/*
 * Draw parameter pv from its distribution, truncated to its allowed range
 * by rejection (exact, and cheap when out-of-range values are rare).
 */
static int draw(const mkba_pvalue *pv, gsl_rng *rng, double *out) {
  for (int tries = 0; tries < MAX_REJECTS; tries++) {
    double x = mkba_dist_sample(&pv->dist, pv->base, rng);
    if (x >= pv->min && x <= pv->max) {
      *out = x;
      return 0;
    }
  }
  return -1;
}

void mkba_sampler_free(mkba_sampler *sm) {
  if (!sm)
    return;
  free(sm->ind);
  free(sm->cor);
  free(sm->L);
  free(sm->fmin);
  free(sm->fmax);
  free(sm);
}

static int cor_index(const mkba_sampler *sm, size_t k, int j) {
  for (int q = 0; q < sm->n_cor; q++)
    if (sm->cor[q].k == (int)k && sm->cor[q].j == j)
      return q;
  return -1;
}

/*
 * Fill sampler `sm`, whose ind and cor have room for every parameter of the
 * run: which parameters are drawn alone, which together, and the copula.
 * Returns 0 or -1 with d set; the caller frees sm either way.
 */
static int build(const mkba_run *run, mkba_sampler *sm, mkba_diag *d) {
  const mkba_scenario *s = run->scen;
  /* First: which parameters the correlations name, each checked. */
  size_t c;
  json_t *e;
  json_array_foreach(s->correlations, c, e) {
    json_t *ps = json_object_get(e, "parameters");
    for (int side = 0; side < 2; side++) {
      json_t *idv = json_array_get(ps, (size_t)side);
      const char *id = json_string_value(idv);
      size_t k;
      int j;
      if (mkba_run_find_param(run, id, &k, &j)) {
        mkba_jdoc_error(s->doc, idv, d, "correlation: unknown parameter \"%s\"%s", id,
                        run->n > 1 ? " (with several interventions, prefix the index: "
                                     "\"0:effect\")"
                                   : " (the ids are those of the results' \"parameters\")");
        return -1;
      }
      if (run->iv[k]->pv[j].dist.kind == MKBA_FIXED) {
        mkba_jdoc_error(s->doc, idv, d,
                        "correlation: parameter \"%s\" has no distribution "
                        "to correlate",
                        id);
        return -1;
      }
      if (cor_index(sm, k, j) < 0)
        sm->cor[sm->n_cor++] = (mkba_upar){(int)k, j};
    }
    if (!strcmp(json_string_value(json_array_get(ps, 0)),
                json_string_value(json_array_get(ps, 1)))) {
      mkba_jdoc_error(s->doc, ps, d, "correlation: a parameter with itself");
      return -1;
    }
  }
  for (size_t k = 0; k < run->n; k++)
    for (int j = 0; j < run->iv[k]->n; j++)
      if (run->iv[k]->pv[j].dist.kind != MKBA_FIXED && cor_index(sm, k, j) < 0)
        sm->ind[sm->n_ind++] = (mkba_upar){(int)k, j};
  if (!sm->n_cor)
    return 0;
  int m = sm->n_cor;
  sm->L = calloc((size_t)m * (size_t)m, sizeof *sm->L);
  sm->fmin = calloc((size_t)m, sizeof *sm->fmin);
  sm->fmax = calloc((size_t)m, sizeof *sm->fmax);
  gsl_matrix *R = gsl_matrix_alloc((size_t)m, (size_t)m);
  if (!sm->L || !sm->fmin || !sm->fmax || !R) {
    gsl_matrix_free(R);
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  gsl_matrix_set_identity(R);
  json_array_foreach(s->correlations, c, e) {
    json_t *ps = json_object_get(e, "parameters");
    size_t ka, kb;
    int ja, jb;
    mkba_run_find_param(run, json_string_value(json_array_get(ps, 0)), &ka, &ja);
    mkba_run_find_param(run, json_string_value(json_array_get(ps, 1)), &kb, &jb);
    int a = cor_index(sm, ka, ja), b = cor_index(sm, kb, jb);
    if (gsl_matrix_get(R, (size_t)a, (size_t)b) != 0) {
      mkba_jdoc_error(s->doc, e, d, "correlation: this pair of parameters is given twice");
      gsl_matrix_free(R);
      return -1;
    }
    /* Spearman's rank correlation to the normal copula's Pearson correlation. */
    double rs = json_number_value(json_object_get(e, "rank"));
    double r = 2 * sin(M_PI * rs / 6);
    gsl_matrix_set(R, (size_t)a, (size_t)b, r);
    gsl_matrix_set(R, (size_t)b, (size_t)a, r);
  }
  if (gsl_linalg_cholesky_decomp1(R) != GSL_SUCCESS) {
    mkba_jdoc_error(s->doc, s->correlations, d,
                    "the correlations contradict each other (their matrix is not positive "
                    "definite); weaken some of them");
    gsl_matrix_free(R);
    return -1;
  }
  for (int i = 0; i < m; i++)
    for (int j = 0; j <= i; j++)
      sm->L[i * m + j] = gsl_matrix_get(R, (size_t)i, (size_t)j);
  gsl_matrix_free(R);
  for (int q = 0; q < m; q++) {
    const mkba_pvalue *pv = &run->iv[sm->cor[q].k]->pv[sm->cor[q].j];
    sm->fmin[q] = mkba_dist_cdf(&pv->dist, pv->base, pv->min);
    sm->fmax[q] = mkba_dist_cdf(&pv->dist, pv->base, pv->max);
    if (!(sm->fmax[q] - sm->fmin[q] > 1e-9)) {
      mkba_diag_set(d, MKBA_EXIT_RUN,
                    "parameter \"%s\": its distribution has almost no "
                    "mass within its range [%g, %g]",
                    pv->id, pv->min, pv->max);
      return -1;
    }
  }
  return 0;
}

int mkba_sampler_new(const mkba_run *run, mkba_sampler **out, mkba_diag *d) {
  *out = NULL;
  mkba_sampler *sm = calloc(1, sizeof *sm);
  size_t total = 0;
  for (size_t k = 0; k < run->n; k++)
    total += (size_t)run->iv[k]->n;
  if (!sm || !(sm->ind = calloc(total + 1, sizeof *sm->ind)) ||
      !(sm->cor = calloc(total + 1, sizeof *sm->cor))) {
    mkba_sampler_free(sm);
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  if (build(run, sm, d)) {
    mkba_sampler_free(sm);
    return -1;
  }
  *out = sm;
  return 0;
}

int mkba_sampler_draw(const mkba_run *run, const mkba_sampler *sm, gsl_rng *rng, double **p,
                      double *e, mkba_upar *bad) {
  for (int q = 0; q < sm->n_ind; q++) {
    const mkba_pvalue *pv = &run->iv[sm->ind[q].k]->pv[sm->ind[q].j];
    if (draw(pv, rng, &p[sm->ind[q].k][sm->ind[q].j])) {
      *bad = sm->ind[q];
      return -1;
    }
  }
  int m = sm->n_cor;
  for (int i = 0; i < m; i++)
    e[i] = gsl_ran_gaussian_ziggurat(rng, 1.0);
  for (int i = m - 1; i >= 0; i--) { /* z = L e, in place from the bottom row */
    double z = 0;
    for (int j = 0; j <= i; j++)
      z += sm->L[i * m + j] * e[j];
    e[i] = z;
  }
  for (int q = 0; q < m; q++) {
    const mkba_pvalue *pv = &run->iv[sm->cor[q].k]->pv[sm->cor[q].j];
    double u = sm->fmin[q] + gsl_cdf_ugaussian_P(e[q]) * (sm->fmax[q] - sm->fmin[q]);
    u = fmin(fmax(u, 1e-15), 1 - 1e-15);
    double x = mkba_dist_quantile(&pv->dist, pv->base, u);
    p[sm->cor[q].k][sm->cor[q].j] = fmin(fmax(x, pv->min), pv->max);
  }
  return 0;
}

/* splitmix64: turns (seed, block) into well-spread generator seeds. */
static uint64_t mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

void mkba_sampler_seed(gsl_rng *rng, unsigned long seed, long block) {
  gsl_rng_set(rng, (unsigned long)mix(mix((uint64_t)seed) ^ (uint64_t)block));
}

int mkba_mc_params(const mkba_run *run, const mkba_sampler *sm, unsigned long seed, long n,
                   double *out, int *cols, mkba_diag *d) {
  double **p = calloc(run->n, sizeof *p);
  double *e = malloc(((size_t)sm->n_cor + 1) * sizeof *e);
  gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
  int rc = p && e && rng ? 0 : -1;
  for (size_t k = 0; !rc && k < run->n; k++) {
    p[k] = malloc(((size_t)run->iv[k]->n + 1) * sizeof **p);
    if (!p[k])
      rc = -1;
    else if (run->iv[k]->n)
      memcpy(p[k], run->iv[k]->base, (size_t)run->iv[k]->n * sizeof **p);
  }
  int c = 0;
  for (long i = 0; !rc && i < n; i++) {
    if (i % MKBA_MC_BLOCK == 0) /* the same streams as the Monte Carlo */
      mkba_sampler_seed(rng, seed, i / MKBA_MC_BLOCK);
    mkba_upar bad;
    if (mkba_sampler_draw(run, sm, rng, p, e, &bad)) {
      rc = -1;
      break;
    }
    c = 0;
    for (size_t k = 0; k < run->n; k++)
      for (int j = 0; j < run->iv[k]->n; j++)
        if (run->iv[k]->pv[j].dist.kind != MKBA_FIXED)
          out[i * (sm->n_ind + sm->n_cor) + c++] = p[k][j];
  }
  *cols = sm->n_ind + sm->n_cor;
  for (size_t k = 0; p && k < run->n; k++)
    free(p[k]);
  free(p);
  free(e);
  gsl_rng_free(rng);
  if (rc)
    mkba_diag_set(d, MKBA_EXIT_RUN, "could not draw the parameters");
  return rc;
}
