/* uncertainty.c - Monte Carlo, tornado and switching values; see uncertainty.h. */
#include "uncertainty.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_roots.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "actors.h"
#include "dist.h"
#include "evppi.h"
#include "watch.h"

#define A MKBA_N_ACTORS
#define HIST_BINS 40
/* Draws of a truncated distribution tried before giving up. */
#define MAX_REJECTS 10000

/* One uncertain parameter: instance k, index j. */
typedef struct upar {
  int k, j;
} upar;

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

/*
 * How one draw of the parameters is made.  Independent parameters are
 * drawn directly (truncated to their range by rejection); correlated ones
 * through a Gaussian copula: z = L e with e independent standard normals
 * and L the Cholesky factor of the normal correlations, u = Phi(z) mapped
 * into [F(min), F(max)] of the parameter's distribution, x = F^-1(u).
 */
typedef struct mkba_sampler {
  int n_ind; /* independent uncertain parameters */
  upar *ind;
  int n_cor; /* correlated parameters */
  upar *cor;
  double *L;           /* [n_cor * n_cor] lower triangle, row-major */
  double *fmin, *fmax; /* [n_cor] distribution function at the range's ends */
} mkba_sampler;

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

int mkba_sampler_prepare(mkba_run *run, mkba_diag *d) {
  const mkba_scenario *s = run->scen;
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
  run->sampler = sm;
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
        sm->cor[sm->n_cor++] = (upar){(int)k, j};
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
        sm->ind[sm->n_ind++] = (upar){(int)k, j};
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

/*
 * Draw every uncertain parameter into p[k][j]; `z` and `e` are scratch of
 * n_cor doubles.  Returns -1 (with the parameter in *bad) when a
 * distribution almost never falls within its range.
 */
static int sample_params(const mkba_run *run, const mkba_sampler *sm, gsl_rng *rng, double **p,
                         double *e, upar *bad) {
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

typedef struct mc {
  mkba_run *run;
  const mkba_mc_options *opt;
  long n_blocks;
  atomic_long next_block;
  atomic_long done_blocks;
  atomic_int stop;
  atomic_int slots; /* watch slots handed to worker threads */
  double *npv;      /* [draws] package */
  double *actor;    /* [A * draws] */
  double *iv;       /* [n * draws] per intervention */
  /*
   * For the EVPPI: the first n_keep draws of every uncertain parameter (the
   * sampler's independent ones, then its correlated ones) and, with
   * several interventions, the gemeente's NPV of each.  Floats: the
   * regression needs no more, and memory stays small.
   */
  long n_keep;
  float *theta;   /* [(n_ind + n_cor) * n_keep] */
  double *iv_gem; /* [n * n_keep], or NULL with one intervention */
  pthread_mutex_t lock;
  long err_draw; /* draw of the first error, -1 if none */
  mkba_diag err;
  struct timespec t0;
  pthread_t main; /* the calling thread, which draws the progress bar */
} mc;

/* splitmix64: turns (seed, block) into well-spread generator seeds. */
static uint64_t mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

static double elapsed(const struct timespec *t0) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - t0->tv_sec) + 1e-9 * (double)(t.tv_nsec - t0->tv_nsec);
}

static void progress(mc *m, int final) {
  if (!m->opt->progress || elapsed(&m->t0) < 1.0)
    return;
  long done = atomic_load(&m->done_blocks);
  int pct = (int)(100.0 * (double)done / (double)m->n_blocks);
  char bar[41];
  for (int i = 0; i < 40; i++)
    bar[i] = i < pct * 40 / 100 ? '=' : ' ';
  bar[40] = '\0';
  fprintf(stderr, "\rmkba: Monte Carlo [%s] %3d%%%s", bar, pct, final ? "\n" : "");
}

static void fail(mc *m, long i, const mkba_diag *d) {
  pthread_mutex_lock(&m->lock);
  if (m->err_draw < 0 || i < m->err_draw) {
    m->err_draw = i;
    m->err = *d;
  }
  pthread_mutex_unlock(&m->lock);
  atomic_store(&m->stop, 1);
}

static void *worker(void *arg) {
  mc *m = arg;
  if (!pthread_equal(pthread_self(), m->main)) /* the main thread keeps slot 0 */
    mkba_watch_slot = 1 + atomic_fetch_add(&m->slots, 1) % (MKBA_WATCH_SLOTS - 1);
  mkba_run *run = m->run;
  size_t n = run->n;
  long draws = m->opt->draws;
  mkba_ctx **ctx = calloc(n, sizeof *ctx);
  double **p = calloc(n, sizeof *p);
  gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
  double *e = malloc(((size_t)run->sampler->n_cor + 1) * sizeof *e);
  int ok = ctx && p && rng && e;
  for (size_t k = 0; ok && k < n; k++) {
    const mkba_instance *iv = run->iv[k];
    ctx[k] = mkba_ctx_new(run->scen->horizon, run->scen->start_year, iv->plugin->name);
    p[k] = malloc(((size_t)iv->n + 1) * sizeof(double));
    ok = ctx[k] && p[k];
    if (ok)
      mkba_ctx_set_fast(ctx[k], run->df);
    if (ok && iv->n) /* base is NULL for a plugin without parameters */
      memcpy(p[k], iv->base, (size_t)iv->n * sizeof(double));
  }
  if (!ok) {
    mkba_diag d = {0};
    mkba_diag_set(&d, MKBA_EXIT_RUN, "out of memory");
    fail(m, 0, &d);
  }
  while (ok && !atomic_load(&m->stop)) {
    long b = atomic_fetch_add(&m->next_block, 1);
    if (b >= m->n_blocks)
      break;
    gsl_rng_set(rng, (unsigned long)mix(mix((uint64_t)m->opt->seed) ^ (uint64_t)b));
    long end = (b + 1) * MKBA_MC_BLOCK < draws ? (b + 1) * MKBA_MC_BLOCK : draws;
    for (long i = b * MKBA_MC_BLOCK; i < end && !atomic_load(&m->stop); i++) {
      mkba_watch_draw(i);
      upar bad;
      if (sample_params(run, run->sampler, rng, p, e, &bad)) {
        const mkba_pvalue *pv = &run->iv[bad.k]->pv[bad.j];
        mkba_diag d = {0};
        mkba_diag_set(&d, MKBA_EXIT_RUN,
                      "draw %ld: parameter \"%s\" of %s: its "
                      "distribution almost never falls within its range [%g, %g]",
                      i + 1, pv->id, run->iv[bad.k]->plugin->name, pv->min, pv->max);
        fail(m, i, &d);
        break;
      }
      if (i < m->n_keep) {
        const mkba_sampler *sm = run->sampler;
        for (int q = 0; q < sm->n_ind; q++)
          m->theta[(size_t)q * (size_t)m->n_keep + (size_t)i] =
              (float)p[sm->ind[q].k][sm->ind[q].j];
        for (int q = 0; q < sm->n_cor; q++)
          m->theta[(size_t)(sm->n_ind + q) * (size_t)m->n_keep + (size_t)i] =
              (float)p[sm->cor[q].k][sm->cor[q].j];
      }
      double tot[1 + A] = {0};
      for (size_t k = 0; k < n && !atomic_load(&m->stop); k++) {
        mkba_diag d; /* only the code needs clearing: msg is written on error */
        d.code = 0;
        double v[1 + A];
        if (mkba_instance_run(run->iv[k], ctx[k], p[k], &d)) {
          mkba_diag why = {0};
          mkba_diag_set(&why, MKBA_EXIT_RUN, "Monte Carlo draw %ld: %.1900s", i + 1, d.msg);
          fail(m, i, &why);
          break;
        }
        mkba_npv_fast(ctx[k], run->df, v);
        if (!isfinite(v[0])) {
          mkba_diag_set(&d, MKBA_EXIT_RUN,
                        "Monte Carlo draw %ld: plugin \"%s\" gave a "
                        "non-finite net present value",
                        i + 1, run->iv[k]->plugin->name);
          fail(m, i, &d);
          break;
        }
        if (n > 1)
          m->iv[k * (size_t)draws + (size_t)i] = v[0];
        if (n > 1 && i < m->n_keep)
          m->iv_gem[k * (size_t)m->n_keep + (size_t)i] = v[1 + MKBA_GEMEENTE];
        for (int a = 0; a <= A; a++)
          tot[a] += v[a];
      }
      m->npv[i] = tot[0];
      for (int a = 0; a < A; a++)
        m->actor[(size_t)a * (size_t)draws + (size_t)i] = tot[1 + a];
    }
    atomic_fetch_add(&m->done_blocks, 1);
    if (pthread_equal(pthread_self(), m->main))
      progress(m, 0);
  }
  mkba_watch_draw(-1);
  for (size_t k = 0; ctx && k < n; k++) {
    mkba_ctx_free(ctx[k]);
    if (p)
      free(p[k]);
  }
  free(ctx);
  free(p);
  free(e);
  gsl_rng_free(rng);
  return NULL;
}

/* A double's bits as an unsigned key that sorts in the same order. */
static uint64_t sort_key(double x) {
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return (u >> 63) ? ~u : u | 0x8000000000000000ull;
}

/*
 * Sort n finite doubles ascending: an LSD radix sort on 16-bit digits, four
 * passes, O(n); a million draws sort in a few milliseconds where qsort takes
 * a tenth of a second.  tmp holds n doubles.
 */
static void sort_doubles(double *x, double *tmp, long n) {
  static const int bits = 16, buckets = 1 << 16;
  size_t *count = malloc((size_t)buckets * sizeof *count);
  if (!count) { /* fall back to insertion-free heap-less path: a simple shell sort */
    for (long gap = n / 2; gap > 0; gap /= 2)
      for (long i = gap; i < n; i++)
        for (long j = i; j >= gap && x[j - gap] > x[j]; j -= gap) {
          double t = x[j];
          x[j] = x[j - gap];
          x[j - gap] = t;
        }
    return;
  }
  double *src = x, *dst = tmp;
  for (int pass = 0; pass < 4; pass++) {
    int shift = pass * bits;
    memset(count, 0, (size_t)buckets * sizeof *count);
    for (long i = 0; i < n; i++)
      count[(sort_key(src[i]) >> shift) & 0xffff]++;
    size_t sum = 0;
    for (int b = 0; b < buckets; b++) {
      size_t c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (long i = 0; i < n; i++)
      dst[count[(sort_key(src[i]) >> shift) & 0xffff]++] = src[i];
    double *t = src;
    src = dst;
    dst = t;
  }
  free(count); /* four passes: the result is back in x */
}

/* Quantile p (numpy's default, linear between order statistics) of sorted x. */
static double quantile_sorted(const double *x, long n, double p) {
  double h = (double)(n - 1) * p;
  long lo = (long)floor(h);
  if (lo >= n - 1)
    return x[n - 1];
  return x[lo] + (h - (double)lo) * (x[lo + 1] - x[lo]);
}

/* P(>0), mean, p05, p50, p95, sd of x[0..n-1], sorting x in place; tmp is n doubles. */
static void stats(double *x, long n, double *tmp, double out[6]) {
  long pos = 0;
  double sum = 0, ss = 0;
  for (long i = 0; i < n; i++) {
    pos += x[i] > 0;
    sum += x[i];
  }
  double mean = sum / (double)n;
  for (long i = 0; i < n; i++)
    ss += (x[i] - mean) * (x[i] - mean);
  sort_doubles(x, tmp, n);
  out[0] = (double)pos / (double)n;
  out[1] = mean;
  out[2] = quantile_sorted(x, n, 0.05);
  out[3] = quantile_sorted(x, n, 0.50);
  out[4] = quantile_sorted(x, n, 0.95);
  out[5] = n > 1 ? sqrt(ss / (double)(n - 1)) : 0;
}

/* The summaries to compute: one array of draws each, done by several threads. */
typedef struct stat_jobs {
  double **x; /* [n_jobs] arrays of draws, sorted in place */
  double (*out)[6];
  int n_jobs;
  long n;
  atomic_int next;
} stat_jobs;

static void *stat_worker(void *arg) {
  stat_jobs *j = arg;
  double *tmp = malloc((size_t)j->n * sizeof *tmp);
  for (int k; tmp && (k = atomic_fetch_add(&j->next, 1)) < j->n_jobs;)
    stats(j->x[k], j->n, tmp, j->out[k]);
  free(tmp);
  return tmp ? arg : NULL;
}

static void set_stats(json_t *o, const double s[6]) {
  json_object_set_new(o, "p_npv_positive", mkba_jnum(s[0]));
  json_object_set_new(o, "npv_mean", mkba_jnum(s[1]));
  json_object_set_new(o, "npv_p05", mkba_jnum(s[2]));
  json_object_set_new(o, "npv_p50", mkba_jnum(s[3]));
  json_object_set_new(o, "npv_p95", mkba_jnum(s[4]));
  json_object_set_new(o, "npv_sd", mkba_jnum(s[5]));
}

/* Draws of intervention k (the package's when there is one intervention). */
static double *iv_draws(mc *m, size_t k) {
  return m->run->n > 1 ? m->iv + k * (size_t)m->opt->draws : m->npv;
}

/* The EVPPI of every uncertain parameter, for society (q < n_par) and for
 * the gemeente (q >= n_par), shared out over threads. */
typedef struct evppi_jobs {
  mc *m;
  int n_par;                                     /* uncertain parameters */
  const double *opts[2][MKBA_MAX_INTERVENTIONS]; /* society's and the gemeente's options */
  int n_opt, with_null;                          /* as mkba_evppi takes them */
  double *out;                                   /* [2 * n_par] */
  atomic_int next;
  atomic_int failed;
} evppi_jobs;

static void *evppi_worker(void *arg) {
  evppi_jobs *j = arg;
  for (int q; (q = atomic_fetch_add(&j->next, 1)) < 2 * j->n_par;) {
    int who = q >= j->n_par, par = q % j->n_par;
    const float *theta = j->m->theta + (size_t)par * (size_t)j->m->n_keep;
    if (mkba_evppi(theta, j->m->n_keep, j->opts[who], j->n_opt, j->with_null, &j->out[q]))
      atomic_store(&j->failed, 1);
  }
  return NULL;
}

static int by_evppi(const void *a, const void *b) {
  const json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
  double vx = json_number_value(json_object_get(x, "value"));
  double vy = json_number_value(json_object_get(y, "value"));
  if (vx != vy)
    return vx < vy ? 1 : -1;
  return strcmp(json_string_value(json_object_get(x, "parameter")),
                json_string_value(json_object_get(y, "parameter")));
}

/*
 * uncertainty.evppi (largest first) and uncertainty.evpi_gemeente into u,
 * from the kept draws, before summarise sorts the draws.  With several
 * interventions the options are the interventions, as for the EVPI; with
 * one, doing it or doing nothing.  Returns 0 or -1 (out of memory).
 */
static int add_evppi(mc *m, json_t *u) {
  mkba_run *run = m->run;
  const mkba_sampler *sm = run->sampler;
  evppi_jobs j = {.m = m, .n_par = sm->n_ind + sm->n_cor};
  if (j.n_par == 0 || m->n_keep < 16)
    return 0;
  if (run->n > 1) {
    j.n_opt = (int)run->n;
    for (size_t k = 0; k < run->n; k++) {
      j.opts[0][k] = iv_draws(m, k);
      j.opts[1][k] = m->iv_gem + k * (size_t)m->n_keep;
    }
  } else {
    j.n_opt = 1;
    j.with_null = 1;
    j.opts[0][0] = m->npv;
    j.opts[1][0] = m->actor + (size_t)MKBA_GEMEENTE * (size_t)m->opt->draws;
  }
  j.out = calloc(2 * (size_t)j.n_par, sizeof *j.out);
  if (!j.out)
    return -1;
  int t = m->opt->threads < 1 ? 1 : m->opt->threads > 8 ? 8 : m->opt->threads;
  pthread_t th[8];
  int started = 0;
  for (int i = 1; i < t && i < 2 * j.n_par; i++)
    if (pthread_create(&th[started], NULL, evppi_worker, &j) == 0)
      started++;
  evppi_worker(&j);
  for (int i = 0; i < started; i++)
    pthread_join(th[i], NULL);
  if (atomic_load(&j.failed)) {
    free(j.out);
    return -1;
  }
  int en = !strcmp(run->lang, "en");
  json_t **rows = calloc((size_t)j.n_par, sizeof *rows);
  if (!rows) {
    free(j.out);
    return -1;
  }
  for (int q = 0; q < j.n_par; q++) {
    upar w = q < sm->n_ind ? sm->ind[q] : sm->cor[q - sm->n_ind];
    const mkba_pvalue *pv = &run->iv[w.k]->pv[w.j];
    char id[320];
    if (run->n > 1)
      snprintf(id, sizeof id, "%d:%s", w.k, pv->id);
    else
      snprintf(id, sizeof id, "%s", pv->id);
    rows[q] = json_object();
    json_object_set_new(rows[q], "parameter", json_string(id));
    json_object_set_new(rows[q], "label", json_string(en ? pv->label_en : pv->label_nl));
    json_object_set_new(rows[q], "value", mkba_jnum(j.out[q]));
    json_object_set_new(rows[q], "gemeente", mkba_jnum(j.out[j.n_par + q]));
  }
  qsort(rows, (size_t)j.n_par, sizeof *rows, by_evppi);
  json_t *arr = json_array();
  for (int q = 0; q < j.n_par; q++)
    json_array_append_new(arr, rows[q]);
  json_object_set_new(u, "evppi", arr);
  json_object_set_new(u, "evppi_draws", json_integer(m->n_keep));
  json_object_set_new(u, "evpi_gemeente",
                      mkba_jnum(mkba_evpi(m->n_keep, j.opts[1], j.n_opt, j.with_null)));
  free(rows);
  free(j.out);
  return 0;
}

static json_t *summarise(mc *m) {
  mkba_run *run = m->run;
  long n = m->opt->draws;
  size_t n_iv = run->n > 1 ? run->n : 0;
  /* Which option is best in each draw, before the draws are sorted. */
  long *best = calloc(run->n, sizeof *best);
  double *mean = calloc(run->n, sizeof *mean), emax = 0;
  if (!best || !mean) {
    free(best);
    free(mean);
    return NULL;
  }
  json_t *u = json_object();
  if (add_evppi(m, u)) { /* before the draws are sorted below */
    json_decref(u);
    free(best);
    free(mean);
    return NULL;
  }
  for (long i = 0; n_iv && i < n; i++) {
    size_t b = 0;
    for (size_t k = 0; k < run->n; k++) {
      double v = iv_draws(m, k)[i];
      mean[k] += v / (double)n;
      if (v > iv_draws(m, b)[i])
        b = k;
    }
    best[b]++;
    emax += iv_draws(m, b)[i] / (double)n;
  }
  int n_jobs = 1 + A + (int)n_iv;
  double *x[1 + A + MKBA_MAX_INTERVENTIONS];
  double s[1 + A + MKBA_MAX_INTERVENTIONS][6];
  x[0] = m->npv;
  for (int a = 0; a < A; a++)
    x[1 + a] = m->actor + (size_t)a * (size_t)n;
  for (size_t k = 0; k < n_iv; k++)
    x[1 + A + k] = iv_draws(m, k);
  stat_jobs jobs = {x, s, n_jobs, n, 0};
  int t = m->opt->threads < 1 ? 1 : m->opt->threads > 8 ? 8 : m->opt->threads;
  pthread_t th[8];
  int started = 0;
  for (int i = 1; i < t; i++)
    if (pthread_create(&th[i], NULL, stat_worker, &jobs) == 0)
      started++;
  int ok = stat_worker(&jobs) != NULL;
  for (int i = 1; i <= started; i++) {
    void *r;
    pthread_join(th[i], &r);
    ok &= r != NULL;
  }
  if (!ok) {
    json_decref(u);
    free(best);
    free(mean);
    return NULL;
  }
  json_object_set_new(u, "draws", json_integer(n));
  json_object_set_new(u, "seed", json_integer((json_int_t)m->opt->seed));
  set_stats(u, s[0]);
  /* m->npv is now sorted: the S-curve and the histogram. */
  const double *sorted = m->npv;
  json_t *qs = json_array();
  for (int q = 0; q <= 100; q++)
    json_array_append_new(qs, mkba_jnum(quantile_sorted(sorted, n, q / 100.0)));
  double lo = sorted[0], hi = sorted[n - 1];
  long counts[HIST_BINS] = {0};
  for (long i = 0; i < n; i++) {
    int bin = hi > lo ? (int)((sorted[i] - lo) / (hi - lo) * HIST_BINS) : 0;
    counts[bin >= HIST_BINS ? HIST_BINS - 1 : bin]++;
  }
  json_t *hist = json_object(), *c = json_array();
  json_object_set_new(hist, "min", mkba_jnum(lo));
  json_object_set_new(hist, "max", mkba_jnum(hi));
  for (int b = 0; b < HIST_BINS; b++)
    json_array_append_new(c, json_integer(counts[b]));
  json_object_set_new(hist, "counts", c);
  json_t *acts = json_array();
  for (int a = 0; a < A; a++) {
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(mkba_actor_id(a)));
    set_stats(o, s[1 + a]);
    json_array_append_new(acts, o);
  }
  json_object_set_new(u, "actors", acts);
  json_object_set_new(u, "histogram", hist);
  json_object_set_new(u, "quantiles", qs);
  if (n_iv) {
    json_t *ivs = json_array();
    double maxmean = -INFINITY;
    for (size_t k = 0; k < n_iv; k++) {
      json_t *o = json_object();
      json_object_set_new(o, "index", json_integer((json_int_t)k));
      set_stats(o, s[1 + A + k]);
      json_object_set_new(o, "p_best", mkba_jnum((double)best[k] / (double)n));
      json_array_append_new(ivs, o);
      if (mean[k] > maxmean)
        maxmean = mean[k];
    }
    json_object_set_new(u, "interventions", ivs);
    /* EVPI = E[max] - max E; rounding can leave -1e-10 where they are equal. */
    double evpi = emax - maxmean;
    json_object_set_new(u, "evpi", mkba_jnum(evpi > 0 ? evpi : 0));
  } else {
    /* One intervention: against doing nothing (NPV 0), E[max(NPV, 0)] - max(E[NPV], 0). */
    double pos = 0;
    for (long i = 0; i < n; i++)
      pos += (m->npv[i] > 0 ? m->npv[i] : 0) / (double)n;
    double evpi = pos - (s[0][1] > 0 ? s[0][1] : 0);
    json_object_set_new(u, "evpi", mkba_jnum(evpi > 0 ? evpi : 0));
  }
  free(best);
  free(mean);
  return u;
}

int mkba_uncertainty_run(mkba_run *run, const mkba_mc_options *opt, mkba_diag *d) {
  mc m;
  memset(&m, 0, sizeof m);
  m.run = run;
  m.opt = opt;
  m.err_draw = -1;
  pthread_mutex_init(&m.lock, NULL);
  clock_gettime(CLOCK_MONOTONIC, &m.t0);
  m.main = pthread_self();
  mkba_watch_phase(MKBA_PHASE_MC, opt->seed);
  long draws = opt->draws;
  m.n_blocks = (draws + MKBA_MC_BLOCK - 1) / MKBA_MC_BLOCK;
  m.npv = malloc((size_t)draws * sizeof *m.npv);
  m.actor = malloc((size_t)draws * A * sizeof *m.actor);
  /* Per-intervention draws only when there are several (else: the package's). */
  m.iv = run->n > 1 ? malloc((size_t)draws * run->n * sizeof *m.iv) : NULL;
  m.n_keep = draws < MKBA_EVPPI_MAX_DRAWS ? draws : MKBA_EVPPI_MAX_DRAWS;
  size_t n_par = (size_t)run->sampler->n_ind + (size_t)run->sampler->n_cor;
  m.theta = malloc((n_par ? n_par : 1) * (size_t)m.n_keep * sizeof *m.theta);
  m.iv_gem = run->n > 1 ? malloc(run->n * (size_t)m.n_keep * sizeof *m.iv_gem) : NULL;
  int rc = 0;
  if (!m.npv || !m.actor || (run->n > 1 && (!m.iv || !m.iv_gem)) || !m.theta) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory for %ld Monte Carlo draws", draws);
    rc = -1;
  } else {
    int t = opt->threads < 1 ? 1 : opt->threads;
    if (t > m.n_blocks)
      t = (int)m.n_blocks;
    pthread_t *th = calloc((size_t)t, sizeof *th);
    int started = 0;
    for (int i = 1; th && i < t; i++)
      if (pthread_create(&th[i], NULL, worker, &m) == 0)
        started++;
      else
        break;
    worker(&m);
    for (int i = 1; i <= started; i++)
      pthread_join(th[i], NULL);
    free(th);
    progress(&m, 1);
    if (m.err_draw >= 0) {
      *d = m.err;
      rc = -1;
    } else {
      run->uncertainty = summarise(&m);
      if (!run->uncertainty) {
        mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
        rc = -1;
      }
    }
  }
  free(m.npv);
  free(m.actor);
  free(m.iv);
  free(m.theta);
  free(m.iv_gem);
  pthread_mutex_destroy(&m.lock);
  return rc;
}

/* ---- one-way sensitivity and switching values ------------------------- */

typedef struct oneway {
  mkba_run *run;
  int k, j;          /* the parameter */
  double rest;       /* package NPV without intervention k */
  mkba_ctx *ctx;     /* scratch ledger for intervention k */
  double *p;         /* parameter copy for intervention k */
  double own;        /* intervention k's NPV at base */
  double *part_base; /* [n_parts] NPV of each part at base, NaN until computed */
  int failed;        /* 1 after the first failure, described in err */
  mkba_diag err;
} oneway;

/* NPV of intervention k with its parameters p, all parts or one (-1: all). */
static int npv_of(oneway *o, int part, double x, double *out) {
  mkba_diag d = {0};
  double v[1 + A];
  o->ctx->part = part;
  int rc = mkba_instance_run(o->run->iv[o->k], o->ctx, o->p, &d);
  o->ctx->part = -1;
  const mkba_pvalue *pv = &o->run->iv[o->k]->pv[o->j];
  if (rc) {
    o->failed = 1;
    mkba_diag_set(&o->err, MKBA_EXIT_RUN,
                  "one-way sensitivity, parameter \"%s\" of plugin \"%s\" (interventions[%d]) "
                  "at %.17g: %.1800s",
                  pv->id, o->run->iv[o->k]->plugin->name, o->k, x, d.msg);
    return -1;
  }
  mkba_npv_fast(o->ctx, o->run->df, v);
  if (!isfinite(v[0])) {
    o->failed = 1;
    mkba_diag_set(&o->err, MKBA_EXIT_RUN,
                  "one-way sensitivity, parameter \"%s\" of plugin \"%s\" (interventions[%d]) "
                  "at %.17g: the net present value is not a finite number",
                  pv->id, o->run->iv[o->k]->plugin->name, o->k, x);
    return -1;
  }
  *out = v[0];
  return 0;
}

/*
 * Package NPV with parameter (k, j) at value x, all else at base.  A
 * parameter that changes one part of its model (config_param_part) is
 * evaluated on that part alone: NPV = rest + own - part at base + part at x.
 */
static double npv_with(double x, void *arg) {
  oneway *o = arg;
  double v, base;
  if (o->failed)
    return NAN;
  int part = o->run->iv[o->k]->pv[o->j].part;
  double saved = o->p[o->j];
  if (part >= 0 && o->part_base) {
    if (isnan(o->part_base[part])) {
      if (npv_of(o, part, saved, &base))
        return NAN;
      o->part_base[part] = base;
    }
    o->p[o->j] = x;
    int rc = npv_of(o, part, x, &v);
    o->p[o->j] = saved;
    return rc ? NAN : o->rest + o->own - o->part_base[part] + v;
  }
  o->p[o->j] = x;
  int rc = npv_of(o, -1, x, &v);
  o->p[o->j] = saved;
  return rc ? NAN : o->rest + v;
}

/* The value in [lo, hi] nearest to base where npv_with crosses 0, or NaN. */
static double switching_value(oneway *o, double base, double lo, double hi) {
  enum { GRID = 64 };
  double xs[GRID + 1], fs[GRID + 1];
  for (int g = 0; g <= GRID; g++) {
    xs[g] = lo + (hi - lo) * g / GRID;
    fs[g] = npv_with(xs[g], o);
  }
  double best = NAN;
  for (int g = 0; g < GRID; g++) {
    if (!isfinite(fs[g]) || !isfinite(fs[g + 1]))
      continue;
    double root;
    if (fs[g] == 0)
      root = xs[g];
    else if (fs[g + 1] == 0)
      root = xs[g + 1];
    else if ((fs[g] < 0) != (fs[g + 1] < 0)) {
      gsl_function F = {npv_with, o};
      gsl_root_fsolver *s = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
      root = NAN;
      if (s && gsl_root_fsolver_set(s, &F, xs[g], xs[g + 1]) == GSL_SUCCESS)
        for (int it = 0; it < 200; it++) {
          if (gsl_root_fsolver_iterate(s) != GSL_SUCCESS)
            break;
          root = gsl_root_fsolver_root(s);
          if (gsl_root_test_interval(gsl_root_fsolver_x_lower(s), gsl_root_fsolver_x_upper(s), 0,
                                     1e-12 * (fabs(root) + 1)) == GSL_SUCCESS)
            break;
        }
      gsl_root_fsolver_free(s);
    } else {
      continue;
    }
    if (isfinite(root) && (isnan(best) || fabs(root - base) < fabs(best - base)))
      best = root;
  }
  return best;
}

static int by_swing(const void *a, const void *b) {
  const json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
  double sx = fabs(json_number_value(json_object_get(x, "npv_high")) -
                   json_number_value(json_object_get(x, "npv_low")));
  double sy = fabs(json_number_value(json_object_get(y, "npv_high")) -
                   json_number_value(json_object_get(y, "npv_low")));
  if (sx != sy)
    return sx < sy ? 1 : -1;
  return strcmp(json_string_value(json_object_get(x, "parameter")),
                json_string_value(json_object_get(y, "parameter")));
}

int mkba_sensitivity_run(mkba_run *run, mkba_diag *d) {
  json_t *rows = json_array(), *sw = json_array();
  size_t n_rows = 0, cap = 0;
  json_t **list = NULL;
  int en = !strcmp(run->lang, "en");
  double total = run->total_eval.total.pv_benefits - run->total_eval.total.pv_costs;
  for (size_t k = 0; k < run->n; k++) {
    mkba_instance *iv = run->iv[k];
    double own = run->eval[k].total.pv_benefits - run->eval[k].total.pv_costs;
    /* Alternatives stand alone: their one-way NPVs and switching values are their own. */
    double rest = run->scen->comparison == MKBA_COMPARISON_ALTERNATIVES ? 0 : total - own;
    oneway o = {run, (int)k, 0, rest, NULL, NULL, own, NULL, 0, {0, ""}};
    o.ctx = mkba_ctx_new(run->scen->horizon, run->scen->start_year, iv->plugin->name);
    o.p = malloc(((size_t)iv->n + 1) * sizeof *o.p);
    o.part_base = iv->n_parts ? malloc((size_t)iv->n_parts * sizeof *o.part_base) : NULL;
    if (!o.ctx || !o.p || (iv->n_parts && !o.part_base)) {
      mkba_ctx_free(o.ctx);
      free(o.p);
      free(o.part_base);
      mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
      return -1;
    }
    for (int q = 0; q < iv->n_parts; q++)
      o.part_base[q] = NAN;
    /* Only NPVs are needed: postings go straight into them, as in Monte Carlo. */
    mkba_ctx_set_fast(o.ctx, run->df);
    if (iv->n) /* base is NULL for a plugin without parameters */
      memcpy(o.p, iv->base, (size_t)iv->n * sizeof *o.p);
    for (int j = 0; j < iv->n; j++) {
      const mkba_pvalue *pv = &iv->pv[j];
      if (pv->dist.kind == MKBA_FIXED)
        continue;
      o.j = j; /* npv_with changes p[j] and puts it back */
      o.failed = 0;
      double lo = mkba_dist_quantile(&pv->dist, pv->base, 0.10);
      double hi = mkba_dist_quantile(&pv->dist, pv->base, 0.90);
      lo = fmin(fmax(lo, pv->min), pv->max);
      hi = fmin(fmax(hi, pv->min), pv->max);
      double nlo = npv_with(lo, &o), nhi = npv_with(hi, &o);
      char id[320];
      if (run->n > 1)
        snprintf(id, sizeof id, "%zu:%s", k, pv->id);
      else
        snprintf(id, sizeof id, "%s", pv->id);
      const char *label = en ? pv->label_en : pv->label_nl;
      json_t *r = json_object();
      json_object_set_new(r, "parameter", json_string(id));
      json_object_set_new(r, "label", json_string(label));
      json_object_set_new(r, "base", mkba_jnum(pv->base));
      json_object_set_new(r, "low", mkba_jnum(lo));
      json_object_set_new(r, "high", mkba_jnum(hi));
      json_object_set_new(r, "npv_low", mkba_jnum(nlo));
      json_object_set_new(r, "npv_high", mkba_jnum(nhi));
      if (n_rows == cap) {
        cap = cap * 2 + 16;
        json_t **nl = realloc(list, cap * sizeof *nl);
        if (!nl) {
          json_decref(r);
          break;
        }
        list = nl;
      }
      list[n_rows++] = r;
      json_t *s = json_object();
      json_object_set_new(s, "parameter", json_string(id));
      json_object_set_new(s, "label", json_string(label));
      json_object_set_new(s, "base", mkba_jnum(pv->base));
      json_object_set_new(s, "value", mkba_jnum(switching_value(&o, pv->base, pv->min, pv->max)));
      json_array_append_new(sw, s);
      if (o.failed) { /* a plugin that fails here fails the run, as in Monte Carlo */
        *d = o.err;
        mkba_ctx_free(o.ctx);
        free(o.p);
        free(o.part_base);
        for (size_t i = 0; i < n_rows; i++)
          json_decref(list[i]);
        free(list);
        json_decref(rows);
        json_decref(sw);
        return -1;
      }
    }
    mkba_ctx_free(o.ctx);
    free(o.p);
    free(o.part_base);
  }
  if (n_rows)
    qsort(list, n_rows, sizeof *list, by_swing);
  for (size_t i = 0; i < n_rows; i++)
    json_array_append_new(rows, list[i]);
  free(list);
  json_decref(run->sensitivity);
  json_decref(run->switching);
  run->sensitivity = rows;
  run->switching = sw;
  return 0;
}

int mkba_mc_params(mkba_run *run, unsigned long seed, long n, double *out, int *cols,
                   mkba_diag *d) {
  const mkba_sampler *sm = run->sampler;
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
      gsl_rng_set(rng, (unsigned long)mix(mix((uint64_t)seed) ^ (uint64_t)(i / MKBA_MC_BLOCK)));
    upar bad;
    if (sample_params(run, sm, rng, p, e, &bad)) {
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
