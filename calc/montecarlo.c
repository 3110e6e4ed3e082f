/* montecarlo.c - the Monte Carlo analysis; see montecarlo.h. */
#define _DEFAULT_SOURCE /* madvise(MADV_HUGEPAGE), Linux: see big_alloc */
#include "montecarlo.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "block.h"
#include "evppi.h"
#include "mc_summary.h"
#include "watch.h"

#define A MKBA_N_ACTORS

typedef struct mc {
  const mkba_run *run;    /* borrowed */
  const mkba_sampler *sm; /* borrowed */
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
  const mkba_run *run = m->run;
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
  const mkba_run *run = m->run;
  const mkba_sampler *sm = m->sm;
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
    mkba_sampler_seed(rng, m->opt->seed, b);
    long first = b * MKBA_MC_BLOCK;
    long end = first + MKBA_MC_BLOCK < draws ? first + MKBA_MC_BLOCK : draws;
    /* The block's parameters, draw after draw from the block's stream (the
       same values whether the plugins then compute in blocks or not). */
    int nb = 0;
    mkba_upar bad = {-1, -1};
    for (long i = first; i < end; i++, nb++) {
      mkba_watch_draw(i);
      if (mkba_sampler_draw(run, sm, rng, w.p, e, &bad))
        break;
      for (int t = 0; t < 2; t++)
        for (int q = 0; q < (t ? sm->n_cor : sm->n_ind); q++) {
          mkba_upar u = t ? sm->cor[q] : sm->ind[q];
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

int mkba_mc_run(const mkba_run *run, const mkba_sampler *sm, const mkba_mc_options *opt,
                json_t **out, mkba_diag *d) {
  mc m;
  memset(&m, 0, sizeof m);
  *out = NULL;
  m.run = run;
  m.sm = sm;
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
  size_t n_par = (size_t)sm->n_ind + (size_t)sm->n_cor;
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
      mkba_mc_draws all = {run,     sm,   draws,    opt->seed, opt->threads, m.npv,
                           m.actor, m.iv, m.n_keep, m.theta,   m.iv_gem};
      *out = mkba_mc_summarise(&all);
      if (!*out) {
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
