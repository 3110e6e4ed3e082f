/* batch_run.c - the cells of a batch computed on threads; see batch_run.h. */
#define _GNU_SOURCE /* MAP_ANONYMOUS */
#include "batch_run.h"

#include <glib.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "count.h"
#include "jnum.h"
#include "pipeline.h"
#include "results.h"

#ifndef MKBA_VERSION
#define MKBA_VERSION "0.0.0"
#endif

/* ---- the shared record ------------------------------------------------------ */

mkba_batch_watch *mkba_batch_watch_create(void) {
  void *p = mmap(NULL, sizeof(mkba_batch_watch), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
                 -1, 0);
  if (p == MAP_FAILED)
    return NULL;
  mkba_batch_watch *w = p;
  w->crashed = -1;
  w->how = 0;
  w->draw = -1;
  for (int i = 0; i < MKBA_WATCH_SLOTS; i++)
    w->running[i] = -1;
  return w;
}

void mkba_batch_watch_free(mkba_batch_watch *w) {
  if (w)
    munmap(w, sizeof *w);
}

/* The record the handlers below write into (the child's, set once). */
static mkba_batch_watch *g_watch;
/* The cell this thread computes, or -1. */
static _Thread_local int cur_cell = -1;

/* Record which cell this thread computed when it crashed, then crash as it would have. */
static void on_crash(int sig) {
  mkba_batch_watch *w = g_watch;
  if (w && cur_cell >= 0 && w->crashed < 0) {
    w->crashed = cur_cell;
    w->how = sig;
    w->draw = mkba_watch_area ? mkba_watch_area->slot[mkba_watch_slot].draw : -1;
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

/* A plugin called exit(): record the cell of the thread that did. */
static void on_exit_(void) {
  mkba_batch_watch *w = g_watch;
  if (w && cur_cell >= 0 && w->crashed < 0) {
    w->crashed = cur_cell;
    w->how = 0;
    w->draw = mkba_watch_area ? mkba_watch_area->slot[mkba_watch_slot].draw : -1;
  }
}

/* Install the handlers above (in the child only). */
static void watch_cells(mkba_batch_watch *w) {
  if (!w || g_watch)
    return;
  g_watch = w;
  static const int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGSYS, SIGTRAP};
  for (size_t k = 0; k < MKBA_COUNT(sigs); k++) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_crash;
    sigemptyset(&sa.sa_mask);
    sigaction(sigs[k], &sa, NULL);
  }
  atexit(on_exit_);
}

/* ---- computing ------------------------------------------------------------- */

/* The work shared by the threads of one batch. */
typedef struct pool {
  const mkba_batch *b;
  const mkba_batch_opts *o;
  size_t *todo;           /* cells to compute, in order */
  size_t n_todo;          /* their number */
  size_t next;            /* next of todo to take (under lock) */
  json_t **cell;          /* [cells] results by cell index (under lock) */
  mkba_data *data;        /* for the programme-size check (under lock) */
  mkba_region **region;   /* [n_regions] loaded when first needed (under lock) */
  pthread_mutex_t lock;   /* the loader, data and region readers are not thread-safe */
  atomic_int stop;        /* a fatal error: take no more cells */
  mkba_diag err;          /* the fatal error */
  long err_cell;          /* its cell, -1 none */
  size_t done;            /* cells finished (under lock) */
  struct timespec t0;     /* when computing started */
  double last_progress;   /* when progress was last drawn */
  int drawn;              /* progress was drawn */
  atomic_int next_thread; /* hands out worker numbers */
} pool;

/* Seconds since t0. */
static double since(const struct timespec *t0) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - t0->tv_sec) + 1e-9 * (double)(t.tv_nsec - t0->tv_nsec);
}

/* "region \"x\", intervention i (plugin \"p\")" of cell c into buf. */
static void cell_name(const mkba_batch *b, size_t c, char *buf, size_t len) {
  snprintf(buf, len, "region \"%s\", intervention %zu (plugin \"%s\")", b->regions[c / b->n_iv].id,
           c % b->n_iv, b->iv[c % b->n_iv].plugin);
}

/* The common members of a cell: ids, seed, scenario file and status. */
static json_t *cell_head(const mkba_batch *b, size_t c, const char *status) {
  json_t *o = json_object();
  char *path = mkba_batch_cell_path(b, c);
  const mkba_batch_iv *iv = &b->iv[c % b->n_iv];
  json_object_set_new(o, "region", json_string(b->regions[c / b->n_iv].id));
  json_object_set_new(o, "intervention", json_integer((json_int_t)(c % b->n_iv)));
  json_object_set_new(o, "plugin", json_string(iv->plugin));
  json_object_set_new(o, "seed", json_integer((json_int_t)mkba_batch_cell_seed(b, c)));
  json_object_set_new(o, "scenario", path ? json_string(path) : json_null());
  json_object_set_new(o, "status", json_string(status));
  free(path);
  return o;
}

/* A cell that was not computed: status "failed" or "skipped" with its reason. */
static json_t *cell_error(const mkba_batch *b, size_t c, const char *status, const char *msg) {
  json_t *o = cell_head(b, c, status);
  json_object_set_new(o, "error", json_string(msg));
  return o;
}

/* A copy of object `from` without the members named in the NULL-terminated `skip`. */
static json_t *copy_without(const json_t *from, const char *const *skip) {
  json_t *o = json_object();
  const char *key;
  json_t *v;
  json_object_foreach((json_t *)from, key, v) {
    int drop = 0;
    for (const char *const *s = skip; *s; s++)
      drop |= !strcmp(*s, key);
    if (!drop)
      json_object_set_new(o, key, json_deep_copy(v));
  }
  return o;
}

/*
 * The programme size of the cell's intervention: the first parameter that
 * is a national count of a target group (scaled by the region unless the
 * batch states it), or NULL when the plugin has none.
 */
static const mkba_param *size_param(const mkba_loaded *p) {
  for (uint32_t k = 0; k < p->desc.n_params; k++)
    if (p->params[k].target_group || (p->params[k].flags & MKBA_PARAM_POPULATION))
      return &p->params[k];
  return NULL;
}

/*
 * A count of a parameter's "region_scaling" (results.json) as the national
 * document keeps it: target group, value, year, confidence and source.
 */
static json_t *scaling_count(const json_t *count) {
  json_t *o = json_object();
  static const char *const keep[] = {"target_group", "value", "year", "confidence", "source", NULL};
  for (const char *const *k = keep; *k; k++) {
    const json_t *v = json_object_get(count, *k);
    json_object_set_new(o, *k, v ? json_deep_copy(v) : json_null());
  }
  return o;
}

/*
 * How the region scaled the programme size `key` of the cell, from the
 * results' parameters (res): {target_group, counted_as, factor,
 * region_count, national_count}; NULL when it was not scaled.
 */
static json_t *scaling_of(const json_t *res, const char *key) {
  size_t k;
  json_t *p;
  json_array_foreach(json_object_get(res, "parameters"), k, p) {
    const char *id = json_string_value(json_object_get(p, "parameter"));
    const json_t *sc = json_object_get(p, "region_scaling");
    if (!id || strcmp(id, key) || !json_is_object(sc))
      continue;
    json_t *o = json_object();
    json_object_set_new(o, "target_group", json_deep_copy(json_object_get(sc, "target_group")));
    json_object_set_new(o, "counted_as", json_deep_copy(json_object_get(sc, "counted_as")));
    json_object_set_new(o, "factor", json_deep_copy(json_object_get(sc, "factor")));
    json_object_set_new(o, "region_count", scaling_count(json_object_get(sc, "region_count")));
    json_object_set_new(o, "national_count", scaling_count(json_object_get(sc, "national_count")));
    return o;
  }
  return NULL;
}

/* A computed cell: summary, actors, uncertainty summary and participants from the results. */
static json_t *cell_ok(const mkba_batch *b, size_t c, const mkba_run *run, const json_t *res) {
  json_t *o = cell_head(b, c, "ok");
  json_object_set_new(o, "summary", json_deep_copy(json_object_get(res, "summary")));
  json_t *actors = json_array();
  static const char *const actor_skip[] = {"label", "years", NULL};
  size_t k;
  json_t *a;
  json_array_foreach(json_object_get(res, "actors"), k, a)
      json_array_append_new(actors, copy_without(a, actor_skip));
  json_object_set_new(o, "actors", actors);
  const json_t *u = json_object_get(res, "uncertainty");
  /* A cell keeps the summary figures; its EVPPI per parameter stays in
     the cell's own run (mkba run DIR/cells/...). */
  static const char *const u_skip[] = {"histogram", "quantiles",   "interventions", "correlations",
                                       "evppi",     "evppi_draws", "evpi_gemeente", NULL};
  json_object_set_new(o, "uncertainty", json_is_object(u) ? copy_without(u, u_skip) : json_null());
  const mkba_instance *iv = run->iv[0];
  const mkba_param *q = size_param(iv->plugin);
  json_t *part = json_null();
  for (int j = 0; q && j < iv->n; j++)
    if (!strcmp(iv->pv[j].id, q->key)) {
      json_decref(part);
      part = json_object();
      json_object_set_new(part, "parameter", json_string(q->key));
      json_object_set_new(part, "value", mkba_jnum(iv->base[j]));
      json_object_set_new(part, "unit", json_string(iv->pv[j].unit ? iv->pv[j].unit : ""));
      json_object_set_new(part, "scaled", json_boolean(iv->pv[j].scaled));
      json_t *sc = iv->pv[j].scaled ? scaling_of(res, q->key) : NULL;
      if (sc)
        json_object_set_new(part, "scaling", sc);
      break;
    }
  json_object_set_new(o, "participants", part);
  return o;
}

/*
 * Whether the cell's region can scale the plugin's programme sizes that the
 * batch does not state; when it cannot, the reason into why (the message
 * `mkba run` gives), the target group it lacks into *group, and 1.
 */
static int lacks_count(pool *pl, size_t c, const mkba_loaded *p, mkba_diag *why,
                       const char **lacked) {
  const mkba_batch *b = pl->b;
  size_t r = c / b->n_iv;
  const mkba_batch_iv *iv = &b->iv[c % b->n_iv];
  if (!pl->region[r] && mkba_region_load(pl->data, b->regions[r].id, &pl->region[r], why))
    return -1;
  for (uint32_t k = 0; k < p->desc.n_params; k++) {
    const mkba_param *q = &p->params[k];
    const char *group = q->target_group;
    if (!group && (q->flags & MKBA_PARAM_POPULATION))
      group = MKBA_TARGET_HOMELESS_REGISTERED;
    if (!group || (iv->params && json_object_get(iv->params, q->key)))
      continue;
    mkba_region_scaling sc;
    if (mkba_region_scale(pl->region[r], group, q->key, &sc, why)) {
      *lacked = group;
      return 1;
    }
  }
  return 0;
}

/*
 * Prepare cell c (under the lock): 0 with *run and `an` (zeroed by the
 * caller) ready, 1 when the cell is skipped (its region has no sourced
 * count; *skip_why holds why), or -1 with the error in d.
 */
static int prepare_cell(pool *pl, size_t c, mkba_run **run, mkba_analyses *an, mkba_diag *skip_why,
                        const char **lacked, mkba_diag *d) {
  const mkba_batch *b = pl->b;
  const mkba_loaded *p;
  *run = NULL;
  if (mkba_plugin_load(b->iv[c % b->n_iv].plugin, &p, d))
    return -1;
  int lacks = lacks_count(pl, c, p, skip_why, lacked);
  if (lacks) {
    if (lacks > 0)
      return 1;
    *d = *skip_why;
    return -1;
  }
  char *path = mkba_batch_cell_path(b, c), *text = mkba_batch_cell_scenario(b, c);
  int rc = -1;
  if (!path || !text)
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
  else
    rc = mkba_pipeline_prepare(path, text, strlen(text), b->lang, run, an, d);
  free(path);
  free(text);
  return rc;
}

/* Compute a prepared cell as `mkba run CELL --no-sensitivity` does; its cell object or NULL. */
static json_t *compute_cell(pool *pl, size_t c, mkba_run *run, mkba_analyses *an, mkba_diag *d) {
  mkba_pipeline_options po = {.mc = {run->scen->draws, run->scen->seed, 1, 0}};
  int rc = mkba_pipeline_run(run, an, &po, d);
  json_t *cell = NULL;
  if (!rc) {
    json_t *res = mkba_results_json(run, an);
    cell = res ? cell_ok(pl->b, c, run, res) : NULL;
    json_decref(res);
    if (!cell)
      mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
  }
  if (!cell && !d->code)
    mkba_diag_set(d, MKBA_EXIT_RUN, "the computation failed");
  return cell;
}

/* Cells done of total and the time left, on standard error (under the lock). */
static void progress(pool *pl, int final) {
  if (!pl->o->progress)
    return;
  double t = since(&pl->t0);
  if (!final && t - pl->last_progress < 0.2)
    return;
  if (final && !pl->drawn)
    return;
  pl->last_progress = t;
  pl->drawn = 1;
  double left = pl->done ? t / (double)pl->done * (double)(pl->n_todo - pl->done) : 0;
  fprintf(stderr, "\rmkba: batch: %zu of %zu cells, %s%.0f s left   %s", pl->done, pl->n_todo,
          pl->done ? "about " : "", left, final ? "\n" : "");
}

/* The message of a cell error: the cell named, the cell file's position dropped. */
static void cell_message(const mkba_batch *b, size_t c, const mkba_diag *e, char *buf, size_t len) {
  char who[512], *path = mkba_batch_cell_path(b, c);
  cell_name(b, c, who, sizeof who);
  const char *msg = e->msg;
  size_t n = path ? strlen(path) : 0;
  if (path && !strncmp(msg, path, n) && msg[n] == ':') {
    msg += n + 1; /* "path:LINE:COL: text" or "path: text" */
    while (*msg && *msg != ' ')
      msg++;
    while (*msg == ' ')
      msg++;
  }
  snprintf(buf, len, "%s: %s", who, msg);
  free(path);
}

/* One worker: take cells until none is left or a fatal error stops the batch. */
static void *worker(void *arg) {
  pool *pl = arg;
  const mkba_batch *b = pl->b;
  int t = atomic_fetch_add(&pl->next_thread, 1);
  if (t > 0) /* the calling thread keeps slot 0 */
    mkba_watch_slot = 1 + (t - 1) % (MKBA_WATCH_SLOTS - 1);
  int slot = mkba_watch_slot;
  for (;;) {
    pthread_mutex_lock(&pl->lock);
    if (atomic_load(&pl->stop) || pl->next >= pl->n_todo) {
      pthread_mutex_unlock(&pl->lock);
      break;
    }
    size_t c = pl->todo[pl->next++];
    cur_cell = (int)c;
    if (pl->o->watch)
      pl->o->watch->running[slot] = (int)c;
    mkba_run *run = NULL;
    mkba_analyses an = {0};
    mkba_diag d = {0}, why = {0};
    const char *lacked = NULL;
    int prep = prepare_cell(pl, c, &run, &an, &why, &lacked, &d);
    pthread_mutex_unlock(&pl->lock);
    json_t *cell = NULL;
    if (prep == 0) {
      cell = compute_cell(pl, c, run, &an, &d);
      mkba_analyses_clear(&an);
      mkba_run_free(run);
    }
    cur_cell = -1;
    if (pl->o->watch)
      pl->o->watch->running[slot] = -1;
    pthread_mutex_lock(&pl->lock);
    if (prep == 1) {
      /* The region file's path is this machine's: leave it out of the document. */
      char msg[sizeof why.msg];
      const mkba_region *r = pl->region[c / b->n_iv];
      char cut[4200];
      snprintf(cut, sizeof cut, " (%s)", r && r->path ? r->path : "");
      const char *at = r && r->path ? strstr(why.msg, cut) : NULL;
      if (at)
        snprintf(msg, sizeof msg, "%.*s%s", (int)(at - why.msg), why.msg, at + strlen(cut));
      else
        snprintf(msg, sizeof msg, "%s", why.msg);
      cell = cell_error(b, c, "skipped", msg);
      /* the counts tried, for a reader in any language */
      const char *chain[8];
      size_t nc = lacked ? mkba_target_chain(lacked, chain, 8) : 0;
      json_t *missing = json_array();
      for (size_t k = 0; k < nc; k++)
        json_array_append_new(missing, json_string(chain[k]));
      json_object_set_new(cell, "missing_counts", missing);
    }
    if (!cell) {
      char msg[2600];
      cell_message(b, c, &d, msg, sizeof msg);
      if (pl->o->keep_going && d.code != MKBA_EXIT_INPUT) {
        cell = cell_error(b, c, "failed", msg);
      } else if (pl->err_cell < 0 || (long)c < pl->err_cell) {
        pl->err_cell = (long)c;
        pl->err = (mkba_diag){0};
        if (d.code == MKBA_EXIT_INPUT) {
          const mkba_batch_iv *iv = &b->iv[c % b->n_iv];
          const json_t *root = mkba_jdoc_root(b->doc);
          if (iv->node)
            mkba_jdoc_error(b->doc, iv->node, &pl->err, "%s", msg);
          else
            mkba_jdoc_member_error(b->doc, root, "interventions", &pl->err, "%s", msg);
        } else {
          mkba_diag_set(&pl->err, MKBA_EXIT_RUN, "%s", msg);
        }
        atomic_store(&pl->stop, 1);
      }
    }
    pl->cell[c] = cell;
    pl->done++;
    progress(pl, 0);
    pthread_mutex_unlock(&pl->lock);
  }
  return NULL;
}

/* The document's head: everything but the cells and the national totals. */
static json_t *national_head(const mkba_batch *b, const mkba_batch_opts *o) {
  int en = mkba_lang_of(b->lang) == MKBA_LANG_EN;
  json_t *doc = json_object();
  json_object_set_new(doc, "mkba_national", json_integer(1));
  json_object_set_new(doc, "title", json_string(b->title));
  if (b->title_nl && b->title_en) /* the report's language picks one */
    json_object_set_new(doc, "titles",
                        json_pack("{s:s,s:s}", "nl", b->title_nl, "en", b->title_en));
  if (o->shard_n > 1) {
    json_t *s = json_object();
    json_object_set_new(s, "k", json_integer(o->shard_k));
    json_object_set_new(s, "n", json_integer(o->shard_n));
    json_object_set_new(doc, "shard", s);
  }
  json_t *prov = json_object();
  json_object_set_new(prov, "mkba_version", json_string(MKBA_VERSION));
  json_object_set_new(prov, "batch_sha256", json_string(b->sha256));
  json_object_set_new(prov, "batch", json_deep_copy(mkba_jdoc_root(b->doc)));
  json_object_set_new(prov, "lang", json_string(b->lang));
  json_object_set_new(prov, "data_version", json_string(b->data_version));
  json_t *rv = json_object();
  for (size_t r = 0; r < b->n_regions; r++)
    json_object_set_new(rv, b->regions[r].id, json_string(b->regions[r].version));
  json_object_set_new(prov, "region_versions", rv);
  json_t *pl = json_array();
  for (size_t i = 0; i < b->n_iv; i++) {
    json_t *p = json_object();
    json_object_set_new(p, "name", json_string(b->iv[i].plugin));
    json_object_set_new(p, "version", json_string(b->iv[i].version));
    json_object_set_new(p, "sha256", json_string(b->iv[i].sha256));
    json_array_append_new(pl, p);
  }
  json_object_set_new(prov, "plugins", pl);
  json_object_set_new(prov, "start_year", json_integer(b->start_year));
  json_object_set_new(prov, "horizon_years", json_integer(b->horizon));
  json_object_set_new(prov, "draws", json_integer(b->draws));
  json_object_set_new(prov, "seed", json_integer((json_int_t)b->seed));
  json_object_set_new(prov, "one_way_analyses", json_false());
  json_object_set_new(prov, "cells", json_integer((json_int_t)mkba_batch_cells(b)));
  json_object_set_new(doc, "provenance", prov);
  json_t *regions = json_array();
  for (size_t r = 0; r < b->n_regions; r++) {
    json_t *o2 = json_object();
    json_object_set_new(o2, "id", json_string(b->regions[r].id));
    json_object_set_new(o2, "label",
                        json_string(en ? b->regions[r].label_en : b->regions[r].label_nl));
    json_object_set_new(o2, "version", json_string(b->regions[r].version));
    json_array_append_new(regions, o2);
  }
  json_object_set_new(doc, "regions", regions);
  json_t *ivs = json_array();
  for (size_t i = 0; i < b->n_iv; i++) {
    const mkba_batch_iv *iv = &b->iv[i];
    json_t *o2 = json_object();
    json_object_set_new(o2, "index", json_integer((json_int_t)i));
    json_object_set_new(o2, "plugin", json_string(iv->plugin));
    json_object_set_new(o2, "version", json_string(iv->version));
    json_object_set_new(o2, "label", iv->label ? json_string(iv->label) : json_null());
    json_object_set_new(o2, "title", json_string(en ? iv->title_en : iv->title_nl));
    json_array_append_new(ivs, o2);
  }
  json_object_set_new(doc, "interventions", ivs);
  return doc;
}

int mkba_batch_compute(const mkba_batch *b, const mkba_batch_opts *o, json_t **doc, mkba_diag *d) {
  *doc = NULL;
  size_t n = mkba_batch_cells(b);
  int sk = o->shard_n > 1 ? o->shard_k : 1, sn = o->shard_n > 1 ? o->shard_n : 1;
  pool pl;
  memset(&pl, 0, sizeof pl);
  pl.b = b;
  pl.o = o;
  pl.err_cell = -1;
  pl.todo = calloc(n + 1, sizeof *pl.todo);
  pl.cell = calloc(n + 1, sizeof *pl.cell);
  pl.region = calloc(b->n_regions + 1, sizeof *pl.region);
  if (!pl.todo || !pl.cell || !pl.region) {
    free(pl.todo);
    free(pl.cell);
    free(pl.region);
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  watch_cells(o->watch);
  pthread_mutex_init(&pl.lock, NULL);
  for (size_t c = 0; c < n; c++)
    if (c % (size_t)sn == (size_t)(sk - 1) && !(o->failed && o->failed[c]))
      pl.todo[pl.n_todo++] = c;
  int rc = 0;
  if (pl.n_todo && mkba_data_load(mkba_data_dir(), &pl.data, d))
    rc = -1;
  clock_gettime(CLOCK_MONOTONIC, &pl.t0);
  if (!rc && pl.n_todo) {
    int t = o->threads < 1 ? 1 : o->threads;
    if ((size_t)t > pl.n_todo)
      t = (int)pl.n_todo;
    pthread_t *th = calloc((size_t)t, sizeof *th);
    int started = 0;
    for (int i = 1; th && i < t; i++)
      if (pthread_create(&th[i], NULL, worker, &pl) == 0)
        started++;
      else
        break;
    worker(&pl);
    for (int i = 1; i <= started; i++)
      pthread_join(th[i], NULL);
    free(th);
    pthread_mutex_lock(&pl.lock);
    progress(&pl, 1);
    pthread_mutex_unlock(&pl.lock);
    if (pl.err_cell >= 0) {
      *d = pl.err;
      rc = -1;
    }
  }
  json_t *out = NULL;
  if (!rc) {
    out = national_head(b, o);
    json_t *cells = json_array();
    for (size_t c = 0; c < n; c++) {
      if (c % (size_t)sn != (size_t)(sk - 1))
        continue;
      if (o->failed && o->failed[c])
        json_array_append_new(cells, cell_error(b, c, "failed", o->failed[c]));
      else if (pl.cell[c])
        json_array_append(cells, pl.cell[c]);
    }
    json_object_set_new(out, "cells", cells);
    if (!out || !cells) {
      json_decref(out);
      out = NULL;
      mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
      rc = -1;
    }
  }
  for (size_t c = 0; c < n; c++)
    json_decref(pl.cell[c]);
  for (size_t r = 0; r < b->n_regions; r++)
    mkba_region_free(pl.region[r]);
  mkba_data_free(pl.data);
  pthread_mutex_destroy(&pl.lock);
  free(pl.todo);
  free(pl.cell);
  free(pl.region);
  *doc = out;
  return rc;
}
