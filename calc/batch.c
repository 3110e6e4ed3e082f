/* batch.c - reading a batch file, its cells and their seeds; see batch.h. */
#define _GNU_SOURCE /* strdup, and PATH_MAX for paths.h */
#include "batch.h"

#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dump.h"
#include "loader.h"
#include "regions.h"

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
  b->title = strdup(mkba_lang_of(b->lang) == MKBA_LANG_EN ? b->title_en : b->title_nl);
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
  b->lang = mkba_lang_code(mkba_lang_of(lang));
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
