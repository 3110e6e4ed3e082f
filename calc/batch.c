/*
 * batch.c - reading a batch file, its cells and their seeds; computing the
 * cells on several threads (see batch.h).
 */
#define _GNU_SOURCE /* MAP_ANONYMOUS */
#include "batch.h"

#include <glib.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "data.h"
#include "jdoc.h"
#include "loader.h"
#include "output.h"
#include "run.h"
#include "scenario.h"
#include "uncertainty.h"
#include "variants.h"

#ifndef MKBA_VERSION
#define MKBA_VERSION "0.0.0"
#endif

/* ---- reading the batch file -------------------------------------------- */

/*
 * " (did you mean \"x\"?)" for the nearest of names[0..n-1] within two
 * edits of `s`, into buf (empty when none is near).
 */
static void suggest(const char *s, const char *const *names, size_t n, char *buf, size_t len) {
  const char *pick = mkba_jdoc_nearest(s, names, n);
  if (pick)
    snprintf(buf, len, " (did you mean \"%s\"?)", pick);
  else
    buf[0] = '\0';
}

/* A string member `key` of obj into *out (owned copy; NULL when absent). */
static int get_string(const mkba_jdoc *doc, const json_t *obj, const char *key, char **out,
                      mkba_diag *d) {
  const json_t *v = json_object_get(obj, key);
  *out = NULL;
  if (!v)
    return 0;
  if (!json_is_string(v)) {
    mkba_jdoc_member_error(doc, obj, key, d, "\"%s\" must be a string", key);
    return -1;
  }
  if (!(*out = strdup(json_string_value(v)))) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  return 0;
}

/* Compare regions by id, for qsort. */
static int by_id(const void *a, const void *b) {
  return strcmp(((const mkba_batch_region *)a)->id, ((const mkba_batch_region *)b)->id);
}

/* Copy region r into slot out. */
static int keep_region(const mkba_region *r, mkba_batch_region *out) {
  out->id = strdup(r->id);
  out->label_nl = strdup(r->label_nl ? r->label_nl : r->id);
  out->label_en = strdup(r->label_en ? r->label_en : r->id);
  out->version = strdup(r->version ? r->version : "");
  return out->id && out->label_nl && out->label_en && out->version ? 0 : -1;
}

/* "regions": "all" or a list of ids, each a region that exists; sorted by id. */
static int read_regions(mkba_batch *b, const mkba_data *data, mkba_diag *d) {
  const json_t *root = mkba_jdoc_root(b->doc), *v = json_object_get(root, "regions");
  b->regions_node = v;
  if (!v) {
    mkba_jdoc_error(b->doc, NULL, d,
                    "the batch needs \"regions\": \"all\" or a list of region ids");
    return -1;
  }
  int all = json_is_string(v) && !strcmp(json_string_value(v), "all");
  if (!all && (!json_is_array(v) || json_array_size(v) == 0)) {
    mkba_jdoc_member_error(b->doc, root, "regions", d,
                           "\"regions\" must be \"all\" or a non-empty list of region ids (see "
                           "`mkba regions`)");
    return -1;
  }
  mkba_region **list = NULL;
  size_t n = 0;
  if (mkba_region_list(data, &list, &n, d))
    return -1;
  int rc = 0;
  const char **ids = calloc(n + 1, sizeof *ids);
  b->regions = calloc(all ? n : json_array_size(v), sizeof *b->regions);
  if (!ids || !b->regions) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    rc = -1;
  }
  for (size_t k = 0; !rc && k < n; k++)
    ids[k] = list[k]->id;
  if (!rc && all) {
    for (size_t k = 0; !rc && k < n; k++)
      if (strcmp(list[k]->id, "nederland") && keep_region(list[k], &b->regions[b->n_regions++]))
        rc = -1;
  } else if (!rc) {
    size_t k;
    json_t *e;
    json_array_foreach(v, k, e) {
      if (!json_is_string(e)) {
        mkba_jdoc_error(b->doc, e, d, "regions[%zu] must be a region id (a string)", k);
        rc = -1;
        break;
      }
      const char *id = json_string_value(e);
      size_t j = 0;
      while (j < n && strcmp(list[j]->id, id))
        j++;
      if (j == n) {
        char hint[128];
        suggest(id, ids, n, hint, sizeof hint);
        mkba_jdoc_error(b->doc, e, d, "unknown region \"%s\"%s; `mkba regions` lists them", id,
                        hint);
        rc = -1;
        break;
      }
      for (size_t q = 0; q < b->n_regions; q++)
        if (!strcmp(b->regions[q].id, id)) {
          mkba_jdoc_error(b->doc, e, d, "region \"%s\" is listed twice", id);
          rc = -1;
        }
      if (rc || keep_region(list[j], &b->regions[b->n_regions++])) {
        rc = rc ? rc : -1;
        break;
      }
    }
  }
  if (rc && !d->code)
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
  if (!rc)
    qsort(b->regions, b->n_regions, sizeof *b->regions, by_id);
  for (size_t k = 0; k < n; k++)
    mkba_region_free(list[k]);
  free(list);
  free(ids);
  return rc;
}

/* SHA-256 of the file at path into out ("" when it cannot be read). */
static void file_digest(const char *path, char out[65]) {
  gchar *bytes = NULL;
  gsize len = 0;
  out[0] = '\0';
  if (!g_file_get_contents(path, &bytes, &len, NULL))
    return;
  gchar *hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)bytes, len);
  snprintf(out, 65, "%s", hex ? hex : "");
  g_free(hex);
  g_free(bytes);
}

/* Fill iv's identity (version, titles, digest) from the plugin file found. */
static int keep_plugin(const mkba_plugin_found *f, mkba_batch_iv *iv) {
  iv->version = strdup(f->has_ident ? f->version : "");
  iv->title_nl = strdup(f->has_ident && f->title_nl[0] ? f->title_nl : f->name);
  iv->title_en = strdup(f->has_ident && f->title_en[0] ? f->title_en : f->name);
  if (!iv->plugin)
    iv->plugin = strdup(f->name);
  file_digest(f->path, iv->sha256);
  return iv->version && iv->title_nl && iv->title_en && iv->plugin ? 0 : -1;
}

/*
 * "interventions": "all" (every plugin found except cashflow and markov,
 * which need a model in their params) or a list of {"plugin", "params",
 * "label"}.  Plugins are found by their files; none is loaded here.
 */
static int read_interventions(mkba_batch *b, mkba_diag *d) {
  const json_t *root = mkba_jdoc_root(b->doc), *v = json_object_get(root, "interventions");
  b->iv_node = v;
  if (!v) {
    mkba_jdoc_error(b->doc, NULL, d,
                    "the batch needs \"interventions\": \"all\" or a list of {\"plugin\": ...}");
    return -1;
  }
  int all = json_is_string(v) && !strcmp(json_string_value(v), "all");
  if (!all && (!json_is_array(v) || json_array_size(v) == 0)) {
    mkba_jdoc_member_error(b->doc, root, "interventions", d,
                           "\"interventions\" must be \"all\" or a non-empty list of "
                           "{\"plugin\": NAME, \"params\": {...}, \"label\": TEXT}");
    return -1;
  }
  mkba_plugin_found *found = NULL;
  size_t n = 0;
  if (mkba_plugin_find_all(&found, &n, d))
    return -1;
  int rc = 0;
  const char **names = calloc(n + 1, sizeof *names);
  b->iv = calloc(all ? n : json_array_size(v), sizeof *b->iv);
  if (!names || !b->iv) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    rc = -1;
  }
  for (size_t k = 0; !rc && k < n; k++)
    names[k] = found[k].name;
  if (!rc && all) {
    for (size_t k = 0; !rc && k < n; k++)
      if (strcmp(found[k].name, "cashflow") && strcmp(found[k].name, "markov") &&
          keep_plugin(&found[k], &b->iv[b->n_iv++]))
        rc = -1;
  } else if (!rc) {
    static const char *const keys[] = {"plugin", "params", "label", NULL};
    size_t k;
    json_t *e;
    json_array_foreach(v, k, e) {
      char where[64];
      snprintf(where, sizeof where, "interventions[%zu]", k);
      if (!json_is_object(e)) {
        mkba_jdoc_error(b->doc, e, d, "%s must be an object {\"plugin\": NAME, ...}", where);
        rc = -1;
        break;
      }
      mkba_batch_iv *iv = &b->iv[b->n_iv++];
      iv->node = e;
      if (mkba_jdoc_check_keys(b->doc, e, keys, where, d) ||
          get_string(b->doc, e, "plugin", &iv->plugin, d) ||
          get_string(b->doc, e, "label", &iv->label, d)) {
        rc = -1;
        break;
      }
      if (!iv->plugin) {
        mkba_jdoc_error(b->doc, e, d, "%s needs \"plugin\", the plugin's name (see `mkba list`)",
                        where);
        rc = -1;
        break;
      }
      iv->params = json_object_get(e, "params");
      if (iv->params && !json_is_object(iv->params)) {
        mkba_jdoc_error(b->doc, iv->params, d, "\"params\" of %s must be an object", where);
        rc = -1;
        break;
      }
      size_t j = 0;
      while (j < n && strcmp(found[j].name, iv->plugin))
        j++;
      if (j == n) {
        char hint[128];
        suggest(iv->plugin, names, n, hint, sizeof hint);
        mkba_jdoc_error(b->doc, json_object_get(e, "plugin"), d,
                        "unknown plugin \"%s\"%s; `mkba list` lists them", iv->plugin, hint);
        rc = -1;
        break;
      }
      if (keep_plugin(&found[j], iv)) {
        mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
        rc = -1;
        break;
      }
    }
  }
  if (rc && !d->code)
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
  free(found);
  free(names);
  return rc;
}

/*
 * "title": a string, or {"nl": TEXT, "en": TEXT} with both; b->title is the
 * one in b->lang, b->title_nl and b->title_en are kept for the report of
 * either language.  A title of another type is an input error at its
 * position.
 */
static int read_title(mkba_batch *b, mkba_diag *d) {
  const json_t *root = mkba_jdoc_root(b->doc), *v = json_object_get(root, "title");
  if (!v || json_is_string(v))
    return get_string(b->doc, root, "title", &b->title, d);
  if (!json_is_object(v)) {
    mkba_jdoc_member_error(b->doc, root, "title", d,
                           "\"title\" must be a string or {\"nl\": TEXT, \"en\": TEXT}");
    return -1;
  }
  static const char *const keys[] = {"nl", "en", NULL};
  if (mkba_jdoc_check_keys(b->doc, v, keys, "title", d) ||
      get_string(b->doc, v, "nl", &b->title_nl, d) || get_string(b->doc, v, "en", &b->title_en, d))
    return -1;
  if (!b->title_nl || !b->title_en) {
    mkba_jdoc_member_error(b->doc, root, "title", d,
                           "\"title\" needs both \"nl\" and \"en\" (or is one string)");
    return -1;
  }
  b->title = strdup(strcmp(b->lang, "en") ? b->title_nl : b->title_en);
  if (!b->title) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  return 0;
}

int mkba_batch_load(const char *path, const char *lang, long draws, long long seed,
                    mkba_batch **out, mkba_diag *d) {
  *out = NULL;
  mkba_batch *b = calloc(1, sizeof *b);
  if (!b) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  b->lang = lang && !strcmp(lang, "en") ? "en" : "nl";
  mkba_data *data = NULL;
  if (mkba_jdoc_load(path, &b->doc, d))
    goto fail;
  const json_t *root = mkba_jdoc_root(b->doc);
  /* "$schema" names a JSON Schema for editors (docs/schema/); mkba ignores it. */
  static const char *const keys[] = {"mkba_batch",    "title",      "regions",
                                     "interventions", "start_year", "horizon_years",
                                     "uncertainty",   "$schema",    NULL};
  long long version, start, horizon, nd = 0, ns = 1;
  const json_t *schema = json_object_get(root, "$schema");
  if (mkba_jdoc_check_keys(b->doc, root, keys, "the batch file", d))
    goto fail;
  if (schema && !json_is_string(schema)) {
    mkba_jdoc_member_error(b->doc, root, "$schema", d, "\"$schema\" must be a string");
    goto fail;
  }
  if (mkba_get_int(b->doc, root, "mkba_batch", 1, 1, 1, 1, &version, d) || read_title(b, d) ||
      mkba_get_int(b->doc, root, "start_year", 1, 0, 1900, 2200, &start, d) ||
      mkba_get_int(b->doc, root, "horizon_years", 1, 0, 1, MKBA_MAX_HORIZON, &horizon, d))
    goto fail;
  const json_t *u = json_object_get(root, "uncertainty");
  if (u) {
    static const char *const ukeys[] = {"draws", "seed", NULL};
    if (!json_is_object(u)) {
      mkba_jdoc_error(b->doc, u, d, "\"uncertainty\" must be an object {\"draws\", \"seed\"}");
      goto fail;
    }
    if (mkba_jdoc_check_keys(b->doc, u, ukeys, "uncertainty", d) ||
        mkba_get_int(b->doc, u, "draws", 0, 0, 0, 100000000, &nd, d) ||
        mkba_get_int(b->doc, u, "seed", 0, 1, 0, 9007199254740991LL, &ns, d))
      goto fail;
  }
  b->start_year = (int)start;
  b->horizon = (int)horizon;
  b->draws = draws >= 0 ? draws : (long)nd;
  b->seed = (unsigned long long)(seed >= 0 ? seed : ns);
  if (!b->title) {
    const char *slash = strrchr(path, '/');
    b->title = strdup(slash ? slash + 1 : path);
  }
  if (mkba_data_load(mkba_data_dir(), &data, d) || read_regions(b, data, d) ||
      read_interventions(b, d))
    goto fail;
  b->data_version = strdup(mkba_data_version(data));
  size_t len;
  const char *bytes = mkba_jdoc_bytes(b->doc, &len);
  gchar *hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)bytes, len);
  snprintf(b->sha256, sizeof b->sha256, "%s", hex ? hex : "");
  g_free(hex);
  if (!b->title || !b->data_version) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    goto fail;
  }
  mkba_data_free(data);
  *out = b;
  return 0;
fail:
  mkba_data_free(data);
  mkba_batch_free(b);
  return -1;
}

void mkba_batch_free(mkba_batch *b) {
  if (!b)
    return;
  for (size_t k = 0; b->regions && k < b->n_regions; k++) {
    free(b->regions[k].id);
    free(b->regions[k].label_nl);
    free(b->regions[k].label_en);
    free(b->regions[k].version);
  }
  for (size_t k = 0; b->iv && k < b->n_iv; k++) {
    free(b->iv[k].plugin);
    free(b->iv[k].label);
    free(b->iv[k].version);
    free(b->iv[k].title_nl);
    free(b->iv[k].title_en);
  }
  free(b->regions);
  free(b->iv);
  free(b->title);
  free(b->title_nl);
  free(b->title_en);
  free(b->data_version);
  mkba_jdoc_free(b->doc);
  free(b);
}

/* ---- cells ---------------------------------------------------------------- */

size_t mkba_batch_cells(const mkba_batch *b) { return b->n_regions * b->n_iv; }

/* splitmix64's finaliser. */
static uint64_t mix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

/* FNV-1a over the bytes of s and a terminating zero byte, continuing from h. */
static uint64_t fnv1a(uint64_t h, const char *s) {
  for (const unsigned char *p = (const unsigned char *)s;; p++) {
    h ^= *p;
    h *= 0x100000001B3ull;
    if (!*p)
      return h;
  }
}

unsigned long long mkba_batch_cell_seed(const mkba_batch *b, size_t c) {
  const mkba_batch_region *r = &b->regions[c / b->n_iv];
  size_t i = c % b->n_iv;
  char index[32];
  snprintf(index, sizeof index, "%zu", i);
  uint64_t h = fnv1a(fnv1a(fnv1a(0xCBF29CE484222325ull, r->id), b->iv[i].plugin), index);
  return (unsigned long long)(mix64(mix64(b->seed) ^ h) & ((1ull << 53) - 1));
}

char *mkba_batch_cell_path(const mkba_batch *b, size_t c) {
  const mkba_batch_region *r = &b->regions[c / b->n_iv];
  size_t i = c % b->n_iv;
  size_t len = strlen(r->id) + strlen(b->iv[i].plugin) + 48;
  char *p = malloc(len);
  if (p)
    snprintf(p, len, "cells/%s/%zu-%s.json", r->id, i, b->iv[i].plugin);
  return p;
}

char *mkba_batch_cell_scenario(const mkba_batch *b, size_t c) {
  const mkba_batch_region *r = &b->regions[c / b->n_iv];
  const mkba_batch_iv *iv = &b->iv[c % b->n_iv];
  char title[1024];
  snprintf(title, sizeof title, "%s: %s, %s", b->title, r->id, iv->label ? iv->label : iv->plugin);
  json_t *s = json_object(), *entry = json_object(), *list = json_array(), *u = json_object();
  json_object_set_new(s, "mkba", json_integer(1));
  json_object_set_new(s, "title", json_string(title));
  json_object_set_new(s, "region", json_string(r->id));
  json_object_set_new(s, "start_year", json_integer(b->start_year));
  json_object_set_new(s, "horizon_years", json_integer(b->horizon));
  json_object_set_new(entry, "plugin", json_string(iv->plugin));
  if (iv->label)
    json_object_set_new(entry, "label", json_string(iv->label));
  if (iv->params)
    json_object_set_new(entry, "params", json_deep_copy(iv->params));
  json_array_append_new(list, entry);
  json_object_set_new(s, "interventions", list);
  json_object_set_new(u, "draws", json_integer(b->draws));
  json_object_set_new(u, "seed", json_integer((json_int_t)mkba_batch_cell_seed(b, c)));
  json_object_set_new(s, "uncertainty", u);
  char *text = mkba_results_dump(s);
  json_decref(s);
  return text;
}

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
  for (size_t k = 0; k < sizeof sigs / sizeof sigs[0]; k++) {
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
 * Prepare cell c (under the lock): 0 with *run ready, 1 when the cell is
 * skipped (its region has no sourced count; *skip_why holds why), or -1
 * with the error in d.
 */
static int prepare_cell(pool *pl, size_t c, mkba_run **run, mkba_diag *skip_why,
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
    rc = mkba_run_prepare_text(path, text, strlen(text), b->lang, run, d);
  free(path);
  free(text);
  return rc;
}

/* Compute a prepared cell as `mkba run CELL --no-sensitivity` does; its cell object or NULL. */
static json_t *compute_cell(pool *pl, size_t c, mkba_run *run, mkba_diag *d) {
  int rc = mkba_run_base(run, d);
  if (!rc)
    rc = mkba_variants_run(run, d);
  if (!rc && run->scen->draws > 0) {
    mkba_mc_options mc = {run->scen->draws, run->scen->seed, 1, 0};
    rc = mkba_uncertainty_run(run, &mc, d);
  }
  json_t *cell = NULL;
  if (!rc) {
    json_t *res = mkba_results_json(run);
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
    mkba_diag d = {0}, why = {0};
    const char *lacked = NULL;
    int prep = prepare_cell(pl, c, &run, &why, &lacked, &d);
    pthread_mutex_unlock(&pl->lock);
    json_t *cell = NULL;
    if (prep == 0) {
      cell = compute_cell(pl, c, run, &d);
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
  int en = !strcmp(b->lang, "en");
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
