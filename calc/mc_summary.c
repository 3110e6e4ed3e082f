/* mc_summary.c - the Monte Carlo's draws summarised; see mc_summary.h. */
#include "mc_summary.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors.h"
#include "evppi.h"
#include "format.h"
#include "jnum.h"
#include "stats.h"

#define A MKBA_N_ACTORS
#define HIST_BINS 40

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
      mkba_stats_sorted(j->x[k], j->n, tmp, j->out[k]);
    else
      mkba_stats_select(j->x[k], j->n, j->out[k]);
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
static double *iv_draws(mkba_mc_draws *m, size_t k) {
  return m->run->n > 1 ? m->iv + k * (size_t)m->draws : m->npv;
}

/* The EVPPI of every uncertain parameter, for society (q < n_par) and for
 * the gemeente (q >= n_par), shared out over threads. */
typedef struct evppi_jobs {
  mkba_mc_draws *m;
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
static int add_evppi(mkba_mc_draws *m, json_t *u) {
  const mkba_run *run = m->run;
  const mkba_sampler *sm = m->sm;
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
    j.opts[1][0] = m->actor + (size_t)MKBA_GEMEENTE * (size_t)m->draws;
  }
  j.sets[0].nb = j.opts[0];
  j.sets[1].nb = j.opts[1];
  j.out = calloc(2 * (size_t)j.n_par, sizeof *j.out);
  if (!j.out)
    return -1;
  int t = m->threads < 1 ? 1 : m->threads > 8 ? 8 : m->threads;
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
  int en = mkba_lang_of(run->lang) == MKBA_LANG_EN;
  json_t **rows = calloc((size_t)j.n_par, sizeof *rows);
  if (!rows) {
    free(j.out);
    return -1;
  }
  for (int q = 0; q < j.n_par; q++) {
    mkba_upar w = q < sm->n_ind ? sm->ind[q] : sm->cor[q - sm->n_ind];
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

json_t *mkba_mc_summarise(mkba_mc_draws *m) {
  const mkba_run *run = m->run;
  long n = m->draws;
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
  int t = m->threads < 1 ? 1 : m->threads > 8 ? 8 : m->threads;
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
  json_object_set_new(u, "seed", json_integer((json_int_t)m->seed));
  set_stats(u, s[0]);
  /* m->npv is now sorted: the S-curve and the histogram. */
  const double *sorted = m->npv;
  json_t *qs = json_array();
  for (int q = 0; q <= 100; q++)
    json_array_append_new(qs, mkba_jnum(mkba_quantile_sorted(sorted, n, q / 100.0)));
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
