/*
 * oneway.c - one-way sensitivity (the tornado) and switching values; see
 * oneway.h.
 */
#include "oneway.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dist.h"
#include "format.h"
#include "jnum.h"
#include "watch.h"

#define A MKBA_N_ACTORS

/*
 * One thread's work on intervention k: its scratch ledger, its own copy of
 * the parameters (npv_with changes p[j] and puts it back) and its own cache
 * of each part's base NPV.  Nothing in it is shared with another thread.
 */
typedef struct oneway {
  const mkba_run *run; /* the run (read only while threads work) */
  int k, j;            /* the parameter; k = -1 before the first job */
  double rest;         /* package NPV without intervention k */
  mkba_ctx *ctx;       /* scratch ledger for intervention k (owned) */
  double *p;           /* parameter copy for intervention k (owned) */
  double own;          /* intervention k's NPV at base */
  double *part_base;   /* [n_parts] NPV of each part at base, NaN until computed (owned) */
  int failed;          /* 1 after the first failure, described in err */
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

/* One uncertain parameter, (k, j), and what its one-way analysis gave. */
typedef struct oneway_job {
  int k, j;         /* intervention and parameter index */
  double lo, hi;    /* P10 and P90, clamped to the parameter's range */
  double nlo, nhi;  /* package NPV at lo and at hi */
  double switching; /* the switching value, or NaN */
} oneway_job;

/*
 * The work shared by the threads: the jobs in parameter order, handed out
 * by an atomic counter.  Each job's result goes into its own slot, written
 * by the one thread that took it; `stop` is the lowest failing job found so
 * far (n_jobs while none), past which no thread starts a job.
 */
typedef struct oneway_jobs {
  const mkba_run *run; /* the run (read only while threads work) */
  oneway_job *job;     /* [n_jobs] in (k, j) order, each slot its taker's */
  int n_jobs;
  atomic_int next;  /* next job to hand out */
  atomic_int stop;  /* lowest failing job so far, or n_jobs */
  atomic_int slots; /* watch slots handed to worker threads */
} oneway_jobs;

/* One thread: its scratch state and its first (= lowest) failure. */
typedef struct oneway_thread {
  oneway_jobs *jobs; /* shared (borrowed) */
  int main;          /* 1 for the calling thread, which keeps watch slot 0 */
  int failed_job;    /* the job this thread failed on, or -1 */
  mkba_diag err;     /* why, when failed_job >= 0 */
} oneway_thread;

/* Free o's per-intervention state, leaving o ready for another intervention. */
static void oneway_release(oneway *o) {
  mkba_ctx_free(o->ctx);
  free(o->p);
  free(o->part_base);
  o->ctx = NULL;
  o->p = NULL;
  o->part_base = NULL;
  o->k = -1;
}

/*
 * Make o work on intervention k: a fresh scratch ledger, the parameters at
 * base and an empty part cache.  Returns 0 or -1 (out of memory).
 */
static int oneway_enter(oneway *o, int k) {
  const mkba_run *run = o->run;
  const mkba_instance *iv = run->iv[k];
  oneway_release(o);
  double total = run->total_eval.total.pv_benefits - run->total_eval.total.pv_costs;
  o->own = run->eval[k].total.pv_benefits - run->eval[k].total.pv_costs;
  /* Alternatives stand alone: their one-way NPVs and switching values are their own. */
  o->rest = run->scen->comparison == MKBA_COMPARISON_ALTERNATIVES ? 0 : total - o->own;
  o->ctx = mkba_ctx_new(run->scen->horizon, run->scen->start_year, iv->plugin->name);
  o->p = malloc(((size_t)iv->n + 1) * sizeof *o->p);
  o->part_base = iv->n_parts ? malloc((size_t)iv->n_parts * sizeof *o->part_base) : NULL;
  if (!o->ctx || !o->p || (iv->n_parts && !o->part_base)) {
    oneway_release(o);
    return -1;
  }
  o->k = k;
  for (int q = 0; q < iv->n_parts; q++)
    o->part_base[q] = NAN;
  /* Only NPVs are needed: postings go straight into them, as in Monte Carlo. */
  mkba_ctx_set_fast(o->ctx, run->df);
  if (iv->n) /* base is NULL for a plugin without parameters */
    memcpy(o->p, iv->base, (size_t)iv->n * sizeof *o->p);
  return 0;
}

/* The one-way analysis of job q into its slot; 0, or -1 with o->err set. */
static int oneway_job_run(oneway *o, oneway_job *job) {
  if (job->k != o->k && oneway_enter(o, job->k)) {
    mkba_diag_set(&o->err, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  const mkba_pvalue *pv = &o->run->iv[job->k]->pv[job->j];
  o->j = job->j; /* npv_with changes p[j] and puts it back */
  o->failed = 0;
  double lo = mkba_dist_quantile(&pv->dist, pv->base, 0.10);
  double hi = mkba_dist_quantile(&pv->dist, pv->base, 0.90);
  job->lo = fmin(fmax(lo, pv->min), pv->max);
  job->hi = fmin(fmax(hi, pv->min), pv->max);
  job->nlo = npv_with(job->lo, o);
  job->nhi = npv_with(job->hi, o);
  job->switching = switching_value(o, pv->base, pv->min, pv->max);
  return o->failed ? -1 : 0;
}

/* Lower jobs->stop to q unless a lower failing job already set it. */
static void oneway_stop_at(oneway_jobs *jobs, int q) {
  int cur = atomic_load(&jobs->stop);
  while (q < cur && !atomic_compare_exchange_weak(&jobs->stop, &cur, q))
    ;
}

/*
 * A worker: takes jobs in increasing order until none is left or a job at
 * or past the lowest failure is handed out.  A thread's jobs come in
 * increasing order, so its first failure is its lowest.  Returns arg.
 */
static void *oneway_worker(void *arg) {
  oneway_thread *t = arg;
  oneway_jobs *jobs = t->jobs;
  if (!t->main) /* the main thread keeps slot 0 */
    mkba_watch_slot = 1 + atomic_fetch_add(&jobs->slots, 1) % (MKBA_WATCH_SLOTS - 1);
  oneway o = {jobs->run, -1, 0, 0, NULL, NULL, 0, NULL, 0, {0, ""}};
  for (int q; (q = atomic_fetch_add(&jobs->next, 1)) < jobs->n_jobs;) {
    if (q >= atomic_load(&jobs->stop))
      break; /* a lower job failed: the run fails with its error */
    o.err.code = 0;
    o.err.msg[0] = '\0';
    if (oneway_job_run(&o, &jobs->job[q])) {
      t->failed_job = q;
      t->err = o.err;
      oneway_stop_at(jobs, q);
      break;
    }
  }
  oneway_release(&o);
  return arg;
}

/* Free the first n rows of list, list itself, and the two arrays. */
static void free_rows(json_t **list, size_t n, json_t *rows, json_t *sw) {
  for (size_t i = 0; i < n; i++)
    json_decref(list[i]);
  free(list);
  json_decref(rows);
  json_decref(sw);
}

int mkba_oneway_run(const mkba_run *run, int threads, json_t **sensitivity, json_t **switching,
                    mkba_diag *d) {
  *sensitivity = *switching = NULL;
  oneway_jobs jobs;
  memset(&jobs, 0, sizeof jobs);
  jobs.run = run;
  size_t n_par = 0;
  for (size_t k = 0; k < run->n; k++)
    for (int j = 0; j < run->iv[k]->n; j++)
      n_par += run->iv[k]->pv[j].dist.kind != MKBA_FIXED;
  if (n_par > INT_MAX) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "too many uncertain parameters for the one-way analyses");
    return -1;
  }
  jobs.job = malloc((n_par ? n_par : 1) * sizeof *jobs.job);
  if (!jobs.job) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  for (size_t k = 0; k < run->n; k++)
    for (int j = 0; j < run->iv[k]->n; j++)
      if (run->iv[k]->pv[j].dist.kind != MKBA_FIXED)
        jobs.job[jobs.n_jobs++] = (oneway_job){(int)k, j, NAN, NAN, NAN, NAN, NAN};
  atomic_init(&jobs.next, 0);
  atomic_init(&jobs.stop, jobs.n_jobs);
  atomic_init(&jobs.slots, 0);

  /* The calling thread is thread 0; the others start if they can. */
  int nt = threads < 1 ? 1 : threads;
  if (nt > jobs.n_jobs)
    nt = jobs.n_jobs > 0 ? jobs.n_jobs : 1;
  oneway_thread *th = calloc((size_t)nt, sizeof *th);
  pthread_t *tid = calloc((size_t)nt, sizeof *tid);
  if (!th || !tid) {
    free(th);
    free(tid);
    free(jobs.job);
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  for (int i = 0; i < nt; i++)
    th[i] = (oneway_thread){&jobs, i == 0, -1, {0, ""}};
  int started = 0;
  for (int i = 1; i < nt; i++, started++)
    if (pthread_create(&tid[i], NULL, oneway_worker, &th[i]) != 0)
      break; /* fewer threads: the ones running share the rest */
  oneway_worker(&th[0]);
  for (int i = 1; i <= started; i++)
    pthread_join(tid[i], NULL);
  free(tid);

  /* The lowest failing job, whichever thread ran it: the error single-threaded work gives. */
  int first = -1;
  for (int i = 0; i < nt; i++)
    if (th[i].failed_job >= 0 && (first < 0 || th[i].failed_job < th[first].failed_job))
      first = i;
  if (first >= 0) { /* a plugin that fails here fails the run, as in Monte Carlo */
    *d = th[first].err;
    free(th);
    free(jobs.job);
    return -1;
  }
  free(th);

  /* The rows and switching values in parameter order, as they always were. */
  json_t *rows = json_array(), *sw = json_array();
  json_t **list = malloc((size_t)(jobs.n_jobs ? jobs.n_jobs : 1) * sizeof *list);
  if (!rows || !sw || !list) {
    free_rows(list, 0, rows, sw);
    free(jobs.job);
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  int en = mkba_lang_of(run->lang) == MKBA_LANG_EN;
  size_t n_rows = 0;
  for (int q = 0; q < jobs.n_jobs; q++) {
    const oneway_job *job = &jobs.job[q];
    const mkba_pvalue *pv = &run->iv[job->k]->pv[job->j];
    char id[320];
    if (run->n > 1)
      snprintf(id, sizeof id, "%d:%s", job->k, pv->id);
    else
      snprintf(id, sizeof id, "%s", pv->id);
    const char *label = en ? pv->label_en : pv->label_nl;
    json_t *r = json_object();
    json_object_set_new(r, "parameter", json_string(id));
    json_object_set_new(r, "label", json_string(label));
    json_object_set_new(r, "base", mkba_jnum(pv->base));
    json_object_set_new(r, "low", mkba_jnum(job->lo));
    json_object_set_new(r, "high", mkba_jnum(job->hi));
    json_object_set_new(r, "npv_low", mkba_jnum(job->nlo));
    json_object_set_new(r, "npv_high", mkba_jnum(job->nhi));
    list[n_rows++] = r;
    json_t *s = json_object();
    json_object_set_new(s, "parameter", json_string(id));
    json_object_set_new(s, "label", json_string(label));
    json_object_set_new(s, "base", mkba_jnum(pv->base));
    json_object_set_new(s, "value", mkba_jnum(job->switching));
    json_array_append_new(sw, s);
  }
  free(jobs.job);
  if (n_rows)
    qsort(list, n_rows, sizeof *list, by_swing);
  for (size_t i = 0; i < n_rows; i++)
    json_array_append_new(rows, list[i]);
  free(list);
  *sensitivity = rows;
  *switching = sw;
  return 0;
}
