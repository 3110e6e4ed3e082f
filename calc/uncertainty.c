/* uncertainty.c - Monte Carlo; see uncertainty.h. */
#define _DEFAULT_SOURCE /* madvise(MADV_HUGEPAGE), Linux: see big_alloc */
#include "uncertainty.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_randist.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "actors.h"
#include "block.h"
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
  int per_draw;     /* MKBA_MC_PER_DRAW=1: compute() draw by draw, never compute_block */
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

/* A worker's own state: ledgers, blocks and parameter arrays per intervention. */
typedef struct wstate {
  mkba_ctx **ctx;     /* [n] per-draw ledgers (Monte Carlo mode) */
  mkba_block **blk;   /* [n] blocks, for plugins with compute_block */
  double **p;         /* [n] one draw's parameters */
  double **lanes;     /* [n] [iv->n * MKBA_MC_BLOCK]: parameter j of draw l at j * BLOCK + l */
  const double ***pl; /* [n] [iv->n] pointers into lanes, as compute_block takes them */
  int **drawn;        /* [n] the indices of intervention k's uncertain parameters */
  int *n_drawn;       /* [n] their number */
} wstate;

static void wstate_free(wstate *w, size_t n) {
  for (size_t k = 0; k < n; k++) {
    if (w->ctx)
      mkba_ctx_free(w->ctx[k]);
    if (w->blk)
      mkba_block_free(w->blk[k]);
    if (w->p)
      free(w->p[k]);
    if (w->lanes)
      free(w->lanes[k]);
    if (w->pl)
      free(w->pl[k]);
    if (w->drawn)
      free(w->drawn[k]);
  }
  free(w->drawn);
  free(w->n_drawn);
  free(w->ctx);
  free(w->blk);
  free(w->p);
  free(w->lanes);
  free(w->pl);
}

/* Set up a worker's state; 0, or -1 when out of memory. */
static int wstate_init(wstate *w, const mkba_run *run) {
  size_t n = run->n;
  memset(w, 0, sizeof *w);
  w->ctx = calloc(n, sizeof *w->ctx);
  w->blk = calloc(n, sizeof *w->blk);
  w->p = calloc(n, sizeof *w->p);
  w->lanes = calloc(n, sizeof *w->lanes);
  w->pl = calloc(n, sizeof *w->pl);
  w->drawn = calloc(n, sizeof *w->drawn);
  w->n_drawn = calloc(n, sizeof *w->n_drawn);
  if (!w->ctx || !w->blk || !w->p || !w->lanes || !w->pl || !w->drawn || !w->n_drawn)
    return -1;
  for (size_t k = 0; k < n; k++) {
    const mkba_instance *iv = run->iv[k];
    size_t np = (size_t)iv->n + 1;
    w->ctx[k] = mkba_ctx_new(run->scen->horizon, run->scen->start_year, iv->plugin->name);
    w->p[k] = malloc(np * sizeof(double));
    if (!w->ctx[k] || !w->p[k])
      return -1;
    mkba_ctx_set_fast(w->ctx[k], run->df);
    if (iv->n) /* base is NULL for a plugin without parameters */
      memcpy(w->p[k], iv->base, (size_t)iv->n * sizeof(double));
    if (iv->plugin->desc.compute_block &&
        !(w->blk[k] = mkba_block_new(run->scen->horizon, run->df, iv->plugin->name)))
      return -1;
    w->lanes[k] = malloc(np * MKBA_MC_BLOCK * sizeof(double));
    w->pl[k] = malloc(np * sizeof(double *));
    if (!w->lanes[k] || !w->pl[k])
      return -1;
    if (!(w->drawn[k] = malloc(np * sizeof **w->drawn)))
      return -1;
    for (int j = 0; j < iv->n; j++) /* what a draw changes: the per-draw path copies only these */
      if (iv->pv[j].dist.kind != MKBA_FIXED)
        w->drawn[k][w->n_drawn[k]++] = j;
    for (int j = 0; j < iv->n; j++) { /* fixed parameters keep their base in every lane */
      double *x = w->lanes[k] + (size_t)j * MKBA_MC_BLOCK;
      for (int l = 0; l < MKBA_MC_BLOCK; l++)
        x[l] = iv->base[j];
      w->pl[k][j] = x;
    }
  }
  return 0;
}

/*
 * Draws first .. first + nb - 1 of intervention k, whose parameters for
 * draw l are in column l of w->lanes[k] (uncertain ones; the rest at base):
 * NPV per draw into v[l][0] (total) and v[l][1 + a] (actors).  In blocks
 * when the plugin has compute_block (unless per_draw), else draw by draw.
 * Returns -1 after fail() with the draw that failed.
 */
static int eval_iv(mc *m, wstate *w, size_t k, long first, int nb, double (*v)[1 + A]) {
  mkba_run *run = m->run;
  const mkba_instance *iv = run->iv[k];
  mkba_diag d;
  if (w->blk[k] && !m->per_draw) {
    d.code = 0;
    if (mkba_instance_run_block(iv, w->blk[k], w->pl[k], nb, first, &d) == 0) {
      for (int l = 0; l < nb; l++) {
        v[l][0] = 0;
        for (int a = 0; a < A; a++) { /* summed as mkba_npv_fast sums */
          v[l][1 + a] = w->blk[k]->acc[a][l];
          v[l][0] += v[l][1 + a];
        }
      }
      goto check;
    }
    /* Find the draw and the message compute() gives for it, below. */
  }
  for (int l = 0; l < nb; l++) {
    for (int q = 0; q < w->n_drawn[k]; q++) { /* draw l's uncertain values, from its lane */
      int j = w->drawn[k][q];
      w->p[k][j] = w->lanes[k][(size_t)j * MKBA_MC_BLOCK + (size_t)l];
    }
    d.code = 0; /* only the code needs clearing: msg is written on error */
    mkba_watch_draw(first + l);
    if (mkba_instance_run(iv, w->ctx[k], w->p[k], &d)) {
      mkba_diag why = {0};
      mkba_diag_set(&why, MKBA_EXIT_RUN, "Monte Carlo draw %ld: %.1900s", first + l + 1, d.msg);
      fail(m, first + l, &why);
      return -1;
    }
    mkba_npv_fast(w->ctx[k], run->df, v[l]);
  }
check:
  for (int l = 0; l < nb; l++)
    if (!isfinite(v[l][0])) {
      mkba_diag_set(&d, MKBA_EXIT_RUN,
                    "Monte Carlo draw %ld: plugin \"%s\" gave a non-finite net present value",
                    first + l + 1, iv->plugin->name);
      fail(m, first + l, &d);
      return -1;
    }
  return 0;
}

static void *worker(void *arg) {
  mc *m = arg;
  if (!pthread_equal(pthread_self(), m->main)) /* the main thread keeps slot 0 */
    mkba_watch_slot = 1 + atomic_fetch_add(&m->slots, 1) % (MKBA_WATCH_SLOTS - 1);
  mkba_run *run = m->run;
  const mkba_sampler *sm = run->sampler;
  size_t n = run->n;
  long draws = m->opt->draws;
  wstate w;
  gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
  double *e = malloc(((size_t)sm->n_cor + 1) * sizeof *e);
  double(*v)[1 + A] = malloc(MKBA_MC_BLOCK * sizeof *v);
  double(*tot)[1 + A] = malloc(MKBA_MC_BLOCK * sizeof *tot);
  int ok = wstate_init(&w, run) == 0 && rng && e && v && tot;
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
    long first = b * MKBA_MC_BLOCK;
    long end = first + MKBA_MC_BLOCK < draws ? first + MKBA_MC_BLOCK : draws;
    /* The block's parameters, draw after draw from the block's stream (the
       same values whether the plugins then compute in blocks or not). */
    int nb = 0;
    upar bad = {-1, -1};
    for (long i = first; i < end; i++, nb++) {
      mkba_watch_draw(i);
      if (sample_params(run, sm, rng, w.p, e, &bad))
        break;
      for (int t = 0; t < 2; t++)
        for (int q = 0; q < (t ? sm->n_cor : sm->n_ind); q++) {
          upar u = t ? sm->cor[q] : sm->ind[q];
          double x = w.p[u.k][u.j];
          if (i < m->n_keep)
            m->theta[(size_t)(t ? sm->n_ind + q : q) * (size_t)m->n_keep + (size_t)i] = (float)x;
          w.lanes[u.k][(size_t)u.j * MKBA_MC_BLOCK + (size_t)nb] = x;
        }
    }
    for (int l = 0; l < nb; l++)
      for (int a = 0; a <= A; a++)
        tot[l][a] = 0;
    for (size_t k = 0; k < n && nb > 0 && !atomic_load(&m->stop); k++) {
      if (eval_iv(m, &w, k, first, nb, v)) {
        ok = 0;
        break;
      }
      for (int l = 0; l < nb; l++) {
        if (n > 1)
          m->iv[k * (size_t)draws + (size_t)(first + l)] = v[l][0];
        if (n > 1 && first + l < m->n_keep)
          m->iv_gem[k * (size_t)m->n_keep + (size_t)(first + l)] = v[l][1 + MKBA_GEMEENTE];
        for (int a = 0; a <= A; a++)
          tot[l][a] += v[l][a];
      }
    }
    for (int l = 0; ok && l < nb; l++) {
      m->npv[first + l] = tot[l][0];
      for (int a = 0; a < A; a++)
        m->actor[(size_t)a * (size_t)draws + (size_t)(first + l)] = tot[l][1 + a];
    }
    if (ok && first + nb < end) { /* a parameter could not be drawn in draw first + nb */
      const mkba_pvalue *pv = &run->iv[bad.k]->pv[bad.j];
      mkba_diag d = {0};
      mkba_diag_set(&d, MKBA_EXIT_RUN,
                    "draw %ld: parameter \"%s\" of %s: its "
                    "distribution almost never falls within its range [%g, %g]",
                    first + nb + 1, pv->id, run->iv[bad.k]->plugin->name, pv->min, pv->max);
      fail(m, first + nb, &d);
      break;
    }
    atomic_fetch_add(&m->done_blocks, 1);
    if (pthread_equal(pthread_self(), m->main))
      progress(m, 0);
  }
  mkba_watch_draw(-1);
  wstate_free(&w, n);
  free(e);
  free(v);
  free(tot);
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

/*
 * Put the k-th smallest of x[lo..hi] at x[k], with nothing larger before it
 * and nothing smaller after (Hoare's selection with a median of three):
 * the percentiles of an actor's draws without sorting them all.
 */
static void select_kth(double *x, long lo, long hi, long k) {
  while (hi > lo) {
    double a = x[lo], b = x[lo + (hi - lo) / 2], c = x[hi];
    double piv = a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
    long i = lo, j = hi;
    while (i <= j) {
      while (x[i] < piv)
        i++;
      while (x[j] > piv)
        j--;
      if (i <= j) {
        double t = x[i];
        x[i++] = x[j];
        x[j--] = t;
      }
    }
    if (k <= j)
      hi = j;
    else if (k >= i)
      lo = i;
    else
      return;
  }
}

/*
 * quantile_sorted's value of p from x[from..n-1] partly ordered: every
 * element before `from` is at most every one after.  *from moves to the
 * order statistic used, so later (larger) p need not look before it.
 */
static double quantile_select(double *x, long n, double p, long *from) {
  double h = (double)(n - 1) * p;
  long lo = (long)floor(h);
  if (lo >= n - 1)
    lo = n - 1;
  select_kth(x, *from, n - 1, lo);
  *from = lo;
  if (lo >= n - 1)
    return x[n - 1];
  double next = x[lo + 1]; /* the (lo + 1)-th smallest: the least of what follows */
  for (long i = lo + 2; i < n; i++)
    if (x[i] < next)
      next = x[i];
  return x[lo] + (h - (double)lo) * (next - x[lo]);
}

/* P(>0), mean and sd of x[0..n-1] into out[0], out[1] and out[5]. */
static void moments(const double *x, long n, double out[6]) {
  long pos = 0;
  double sum = 0, ss = 0;
  for (long i = 0; i < n; i++) {
    pos += x[i] > 0;
    sum += x[i];
  }
  double mean = sum / (double)n;
  for (long i = 0; i < n; i++)
    ss += (x[i] - mean) * (x[i] - mean);
  out[0] = (double)pos / (double)n;
  out[1] = mean;
  out[5] = n > 1 ? sqrt(ss / (double)(n - 1)) : 0;
}

/* stats() without sorting (x is reordered): for the draws no chart needs sorted. */
static void stats_select(double *x, long n, double out[6]) {
  long from = 0;
  moments(x, n, out);
  out[2] = quantile_select(x, n, 0.05, &from);
  out[3] = quantile_select(x, n, 0.50, &from);
  out[4] = quantile_select(x, n, 0.95, &from);
}

/* P(>0), mean, p05, p50, p95, sd of x[0..n-1], sorting x in place; tmp is n doubles. */
static void stats(double *x, long n, double *tmp, double out[6]) {
  moments(x, n, out);
  sort_doubles(x, tmp, n);
  out[2] = quantile_sorted(x, n, 0.05);
  out[3] = quantile_sorted(x, n, 0.50);
  out[4] = quantile_sorted(x, n, 0.95);
}

/*
 * Memory for the per-draw arrays (tens of megabytes at a million draws):
 * asked for in huge pages where the kernel offers them, since touching a
 * fresh 4 KiB page costs a fault and the arrays are written once each.
 * Freed with free().  NULL if out of memory.
 */
static void *big_alloc(size_t bytes) {
  const size_t huge = (size_t)2 << 20;
  if (bytes < 4 * huge)
    return malloc(bytes);
  void *p = NULL;
  if (posix_memalign(&p, huge, (bytes + huge - 1) / huge * huge))
    return NULL;
#ifdef MADV_HUGEPAGE
  madvise(p, (bytes + huge - 1) / huge * huge, MADV_HUGEPAGE); /* a hint: failure is fine */
#endif
  return p;
}

/* The summaries to compute: one array of draws each, done by several threads. */
typedef struct stat_jobs {
  double **x; /* [n_jobs] arrays of draws: the first sorted in place, the others reordered */
  double (*out)[6];
  int n_jobs;
  long n;
  atomic_int next;
} stat_jobs;

static void *stat_worker(void *arg) {
  stat_jobs *j = arg;
  double *tmp = malloc((size_t)j->n * sizeof *tmp);
  for (int k; tmp && (k = atomic_fetch_add(&j->next, 1)) < j->n_jobs;)
    if (k == 0) /* the package's: the S-curve and histogram need them sorted */
      stats(j->x[k], j->n, tmp, j->out[k]);
    else
      stats_select(j->x[k], j->n, j->out[k]);
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
  mkba_evppi_options sets[2];                    /* the two decisions over them */
  double *out;                                   /* [n_par][2] */
  atomic_int next;
  atomic_int failed;
} evppi_jobs;

static void *evppi_worker(void *arg) {
  evppi_jobs *j = arg;
  for (int q; (q = atomic_fetch_add(&j->next, 1)) < j->n_par;) {
    const float *theta = j->m->theta + (size_t)q * (size_t)j->m->n_keep;
    if (mkba_evppi(theta, j->m->n_keep, j->sets, 2, &j->out[2 * q]))
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
    j.sets[0].n_opt = j.sets[1].n_opt = (int)run->n;
    for (size_t k = 0; k < run->n; k++) {
      j.opts[0][k] = iv_draws(m, k);
      j.opts[1][k] = m->iv_gem + k * (size_t)m->n_keep;
    }
  } else {
    j.sets[0].n_opt = j.sets[1].n_opt = 1;
    j.sets[0].with_null = j.sets[1].with_null = 1;
    j.opts[0][0] = m->npv;
    j.opts[1][0] = m->actor + (size_t)MKBA_GEMEENTE * (size_t)m->opt->draws;
  }
  j.sets[0].nb = j.opts[0];
  j.sets[1].nb = j.opts[1];
  j.out = calloc(2 * (size_t)j.n_par, sizeof *j.out);
  if (!j.out)
    return -1;
  int t = m->opt->threads < 1 ? 1 : m->opt->threads > 8 ? 8 : m->opt->threads;
  pthread_t th[8];
  int started = 0;
  for (int i = 1; i < t && i < j.n_par; i++)
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
    json_object_set_new(rows[q], "value", mkba_jnum(j.out[2 * q]));
    json_object_set_new(rows[q], "gemeente", mkba_jnum(j.out[2 * q + 1]));
  }
  qsort(rows, (size_t)j.n_par, sizeof *rows, by_evppi);
  json_t *arr = json_array();
  for (int q = 0; q < j.n_par; q++)
    json_array_append_new(arr, rows[q]);
  json_object_set_new(u, "evppi", arr);
  json_object_set_new(u, "evppi_draws", json_integer(m->n_keep));
  json_object_set_new(u, "evpi_gemeente", mkba_jnum(mkba_evpi(m->n_keep, &j.sets[1])));
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
  /* For tests and comparisons: the per-draw path even where a plugin has blocks. */
  const char *pd = getenv("MKBA_MC_PER_DRAW");
  m.per_draw = pd && !strcmp(pd, "1");
  pthread_mutex_init(&m.lock, NULL);
  clock_gettime(CLOCK_MONOTONIC, &m.t0);
  m.main = pthread_self();
  mkba_watch_phase(MKBA_PHASE_MC, opt->seed);
  long draws = opt->draws;
  m.n_blocks = (draws + MKBA_MC_BLOCK - 1) / MKBA_MC_BLOCK;
  m.npv = big_alloc((size_t)draws * sizeof *m.npv);
  m.actor = big_alloc((size_t)draws * A * sizeof *m.actor);
  /* Per-intervention draws only when there are several (else: the package's). */
  m.iv = run->n > 1 ? big_alloc((size_t)draws * run->n * sizeof *m.iv) : NULL;
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
