/* regions.c - the regions and their target groups; see regions.h. */
#include "regions.h"

#include <dirent.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "count.h"
#include "data_fields.h"
#include "id.h"
#include "mkba_plugin.h"
#include "paths.h"
#include "words.h"

/* The target groups a region may count, with the group each falls back to
 * and the field of its label in mkba_words. */
static const struct target {
  const char *id, *parent;
  size_t label; /* offsetof(mkba_words, ...) */
} targets[] = {
    {"homeless_registered", NULL, offsetof(mkba_words, target_homeless_registered)},
    {"homeless_young", "homeless_registered", offsetof(mkba_words, target_homeless_young)},
    {"eu_citizens", "homeless_registered", offsetof(mkba_words, target_eu_citizens)},
    {"bw_clients", "inhabitants", offsetof(mkba_words, target_bw_clients)},
    {"eviction_judgments", "inhabitants", offsetof(mkba_words, target_eviction_judgments)},
    {"debt_signals", "inhabitants", offsetof(mkba_words, target_debt_signals)},
    {"inhabitants", NULL, offsetof(mkba_words, target_inhabitants)},
    {"homeless_estimate", NULL, offsetof(mkba_words, target_homeless_estimate)},
};

static const struct target *target_find(const char *id) {
  for (size_t k = 0; id && k < MKBA_COUNT(targets); k++)
    if (strcmp(targets[k].id, id) == 0)
      return &targets[k];
  return NULL;
}

size_t mkba_target_chain(const char *group, const char **ids, size_t max) {
  size_t n = 0;
  for (const struct target *t = target_find(group); t && n < max; t = target_find(t->parent))
    ids[n++] = t->id;
  return n;
}

const char *mkba_target_label(const char *id, mkba_lang lang) {
  const struct target *t = target_find(id);
  return t ? mkba_words_at(mkba_words_for(lang), t->label) : NULL;
}

const mkba_region_count *mkba_region_count_find(const mkba_region *r, const char *id) {
  for (size_t k = 0; r && k < r->n_counts; k++)
    if (strcmp(r->counts[k].id, id) == 0)
      return &r->counts[k];
  return NULL;
}

int mkba_region_scale(const mkba_region *r, const char *group, const char *key,
                      mkba_region_scaling *out, mkba_diag *d) {
  memset(out, 0, sizeof *out);
  out->asked = group;
  out->factor = 1;
  if (!r->national) { /* the national region: the programme as declared */
    out->regional = out->national = mkba_region_count_find(r, group);
    return 0;
  }
  char tried[512] = "";
  size_t used = 0;
  for (const struct target *t = target_find(group); t; t = target_find(t->parent)) {
    const mkba_region_count *a = mkba_region_count_find(r, t->id);
    const mkba_region_count *b = mkba_region_count_find(r->national, t->id);
    if (a && b && isfinite(a->value) && isfinite(b->value) && b->value > 0) {
      out->regional = a;
      out->national = b;
      out->factor = a->value / b->value;
      return 0;
    }
    if (used < sizeof tried - 1)
      used += (size_t)snprintf(tried + used, sizeof tried - used, "%s%s", used ? ", " : "", t->id);
  }
  mkba_diag_set(d, MKBA_EXIT_INPUT,
                "region \"%s\" (%s) has no sourced count of %s, so the national default of "
                "parameter \"%s\" cannot be scaled to it; state \"%s\" in the intervention's "
                "params (the programme size in this region)",
                r->id, r->path, tried, key, key);
  return -1;
}

static void count_free(mkba_region_count *c) {
  free(c->id);
  free(c->source);
  free(c->source_nl);
  free(c->definition);
  free(c->definition_nl);
}

void mkba_region_free(mkba_region *r) {
  if (!r)
    return;
  mkba_region_free(r->national);
  for (size_t k = 0; k < r->n_counts; k++)
    count_free(&r->counts[k]);
  free(r->counts);
  for (size_t k = 0; k < r->n_costs; k++)
    mkba_unit_cost_clear(&r->costs[k]);
  free(r->costs);
  free(r->centrumgemeente);
  free(r->basis);
  free(r->basis_nl);
  free(r->source_nl);
  free(r->id);
  free(r->label_nl);
  free(r->label_en);
  free(r->source);
  free(r->version);
  free(r->path);
  free(r);
}

const mkba_unit_cost *mkba_region_cost(const mkba_region *r, const char *id) {
  for (size_t k = 0; r && k < r->n_costs; k++)
    if (strcmp(r->costs[k].id, id) == 0)
      return &r->costs[k];
  return NULL;
}

/* The Dutch twins of count c's texts; on failure c is freed. */
static int count_nl(const mkba_jdoc *doc, const json_t *o, mkba_region_count *c, mkba_diag *d) {
  if (!mkba_field_nl(doc, o, "source", &c->source_nl, d) &&
      !mkba_field_nl(doc, o, "definition", &c->definition_nl, d))
    return 0;
  count_free(c);
  memset(c, 0, sizeof *c);
  return -1;
}

/*
 * Read count `id` of a region file: {"value", "year", "confidence",
 * "source", "definition"}, or {"value": null, "source": why not}.
 */
static int read_count(const mkba_jdoc *doc, const json_t *o, const char *id, mkba_region_count *c,
                      mkba_diag *d) {
  static const char *const keys[] = {"value",     "year",       "confidence",    "source",
                                     "source_nl", "definition", "definition_nl", NULL};
  memset(c, 0, sizeof *c);
  c->value = NAN;
  if (!target_find(id)) {
    char known[512] = "";
    size_t used = 0;
    for (size_t k = 0; k < MKBA_COUNT(targets); k++)
      used +=
          (size_t)snprintf(known + used, sizeof known - used, "%s%s", k ? ", " : "", targets[k].id);
    mkba_jdoc_error(doc, o, d, "unknown count \"%s\" (known: %s)", id, known);
    return -1;
  }
  if (mkba_jdoc_check_keys(doc, o, keys, "region count", d))
    return -1;
  const char *src = mkba_field_str(doc, o, "source", 1, d);
  const char *def = mkba_field_str(doc, o, "definition", 0, d);
  if (!src || d->code)
    return -1;
  json_t *v = json_object_get(o, "value");
  if (json_is_null(v)) { /* not sourced: the source says why */
    c->id = strdup(id);
    c->source = strdup(src);
    c->definition = def ? strdup(def) : NULL;
    return count_nl(doc, o, c, d);
  }
  double value, year;
  const char *conf;
  if (mkba_field_num(doc, o, "value", &value, d) || mkba_field_num(doc, o, "year", &year, d) ||
      !(conf = mkba_field_str(doc, o, "confidence", 1, d)))
    return -1;
  if (!(value > 0) || !isfinite(value)) {
    mkba_jdoc_member_error(doc, o, "value", d,
                           "count \"%s\" must be above 0 (or null when it cannot be sourced)", id);
    return -1;
  }
  if (year != floor(year) || year < 1900 || year > 2200) {
    mkba_jdoc_member_error(doc, o, "year", d, "count \"%s\": \"year\" must be a year", id);
    return -1;
  }
  if (!(c->confidence = mkba_confidence_parse(conf))) {
    mkba_jdoc_member_error(doc, o, "confidence", d,
                           "confidence must be \"verified\", \"secondary\" or \"assumption\"");
    return -1;
  }
  c->id = strdup(id);
  c->value = value;
  c->year = (int)year;
  c->source = strdup(src);
  c->definition = def ? strdup(def) : NULL;
  return count_nl(doc, o, c, d);
}

/*
 * Read region file `path`; its "id" must equal `id`.  Version 2 carries
 * "counts"; version 1 (one "homeless" count) still reads, as the count of
 * people registered in shelter.
 */
static int read_region(const mkba_data *data, const char *path, const char *id, mkba_region **out,
                       mkba_diag *d) {
  static const char *const top1[] = {"mkba_region",   "id",         "label",
                                     "version",       "source",     "homeless",
                                     "homeless_year", "unit_costs", NULL};
  /* "$schema" names a JSON Schema for editors (docs/schema/); mkba ignores it. */
  static const char *const top2[] = {
      "mkba_region", "id",       "label",  "version",    "source", "source_nl", "centrumgemeente",
      "basis",       "basis_nl", "counts", "unit_costs", "notes",  "$schema",   NULL};
  mkba_jdoc *doc;
  *out = NULL;
  if (mkba_jdoc_load(path, &doc, d))
    return -1;
  json_t *root = mkba_jdoc_root(doc);
  mkba_region *r = calloc(1, sizeof *r);
  int rc = -1;
  const char *fid, *ver, *src;
  double format;
  if (!r || !json_is_object(root)) {
    mkba_jdoc_error(doc, root, d, "a region file must be a JSON object");
    goto out;
  }
  if (mkba_field_num(doc, root, "mkba_region", &format, d))
    goto out;
  if (format != 1 && format != 2) {
    mkba_jdoc_member_error(doc, root, "mkba_region", d,
                           "\"mkba_region\" must be 2 (the current format) or 1");
    goto out;
  }
  if (mkba_jdoc_check_keys(doc, root, format == 1 ? top1 : top2, "region", d))
    goto out;
  (void)mkba_field_str(doc, root, "$schema", 0, d); /* any string; a wrong type sets d->code */
  if (d->code || !(fid = mkba_field_str(doc, root, "id", 1, d)) ||
      !(ver = mkba_field_str(doc, root, "version", 1, d)) ||
      !(src = mkba_field_str(doc, root, "source", 1, d)) ||
      mkba_field_label(doc, root, &r->label_nl, &r->label_en, d))
    goto out;
  if (strcmp(fid, id) != 0) {
    mkba_jdoc_member_error(doc, root, "id", d,
                           "region id \"%s\" does not match the file name (%s.json)", fid, id);
    goto out;
  }
  r->id = strdup(fid);
  r->version = strdup(ver);
  r->source = strdup(src);
  r->path = strdup(path);
  if (mkba_field_nl(doc, root, "source", &r->source_nl, d))
    goto out;
  if (format == 1) {
    double homeless, year;
    if (mkba_field_num(doc, root, "homeless", &homeless, d) ||
        mkba_field_num(doc, root, "homeless_year", &year, d))
      goto out;
    if (!(homeless > 0)) {
      mkba_jdoc_member_error(doc, root, "homeless", d, "\"homeless\" must be above 0");
      goto out;
    }
    r->counts = calloc(1, sizeof *r->counts);
    r->counts[0] = (mkba_region_count){.id = strdup("homeless_registered"),
                                       .value = homeless,
                                       .year = (int)year,
                                       .confidence = MKBA_SECONDARY,
                                       .source = strdup(src),
                                       .source_nl = r->source_nl ? strdup(r->source_nl) : NULL};
    r->n_counts = 1;
  } else {
    json_t *counts = json_object_get(root, "counts");
    if (!json_is_object(counts)) {
      mkba_jdoc_error(doc, counts ? counts : root, d,
                      "\"counts\" must be an object of target-group counts");
      goto out;
    }
    r->counts = calloc(json_object_size(counts) + 1, sizeof *r->counts);
    const char *key;
    json_t *c;
    json_object_foreach(counts, key, c) {
      if (!json_is_object(c)) {
        mkba_jdoc_error(doc, c, d, "count \"%s\" must be an object", key);
        goto out;
      }
      if (read_count(doc, c, key, &r->counts[r->n_counts], d))
        goto out;
      r->n_counts++;
    }
    const char *cg = mkba_field_str(doc, root, "centrumgemeente", 0, d);
    const char *basis = mkba_field_str(doc, root, "basis", 0, d);
    json_t *notes = json_object_get(root, "notes");
    if (d->code)
      goto out;
    r->centrumgemeente = cg ? strdup(cg) : NULL;
    r->basis = basis ? strdup(basis) : NULL;
    if (mkba_field_nl(doc, root, "basis", &r->basis_nl, d))
      goto out;
    size_t k;
    json_t *note;
    if (notes && !json_is_array(notes)) {
      mkba_jdoc_error(doc, notes, d, "\"notes\" must be an array of strings");
      goto out;
    }
    json_array_foreach(notes, k, note) if (!json_is_string(note)) {
      mkba_jdoc_error(doc, note, d, "\"notes\" must be an array of strings");
      goto out;
    }
  }
  json_t *costs = json_object_get(root, "unit_costs");
  if (costs) {
    if (!json_is_object(costs)) {
      mkba_jdoc_error(doc, costs, d, "\"unit_costs\" must be an object of overrides");
      goto out;
    }
    r->costs = calloc(json_object_size(costs) + 1, sizeof *r->costs);
    const char *key;
    json_t *row;
    json_object_foreach(costs, key, row) {
      if (!mkba_unit_cost_find(data, key)) {
        mkba_jdoc_error(doc, row, d, "unknown unit cost \"%s\" (see data/unit_costs.json)", key);
        goto out;
      }
      if (mkba_unit_cost_read(doc, row, key, 0, &r->costs[r->n_costs], d))
        goto out;
      r->n_costs++;
    }
  }
  rc = 0;
out:
  mkba_jdoc_free(doc);
  if (rc)
    mkba_region_free(r);
  else
    *out = r;
  return rc;
}

/* Find the file of region `id`: $MKBA_REGION_PATH first, then data/regions. */
static int region_path(const mkba_data *data, const char *id, char *buf, size_t len) {
  const char *env = getenv("MKBA_REGION_PATH");
  struct stat st;
  if (env && *env) {
    char *copy = strdup(env), *save = NULL;
    for (char *dir = strtok_r(copy, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
      snprintf(buf, len, "%s/%s.json", dir, id);
      if (stat(buf, &st) == 0) {
        free(copy);
        return 0;
      }
    }
    free(copy);
  }
  snprintf(buf, len, "%s/regions/%s.json", mkba_data_root(data), id);
  return stat(buf, &st) == 0 ? 0 : -1;
}

int mkba_region_load(const mkba_data *data, const char *id, mkba_region **out, mkba_diag *d) {
  char path[4096];
  *out = NULL;
  if (!mkba_valid_id(id) || region_path(data, id, path, sizeof path)) {
    mkba_region **all = NULL;
    size_t n = 0;
    char list[1024] = "";
    mkba_diag tmp = {0};
    if (mkba_region_list(data, &all, &n, &tmp) == 0) {
      size_t used = 0;
      for (size_t k = 0; k < n; k++) {
        if (used < sizeof list - 70)
          used +=
              (size_t)snprintf(list + used, sizeof list - used, "%s%s", k ? ", " : "", all[k]->id);
        mkba_region_free(all[k]);
      }
      free(all);
    }
    mkba_diag_set(d, MKBA_EXIT_INPUT,
                  "unknown region \"%s\" (known: %s; see `mkba "
                  "regions`)",
                  id, list);
    return -1;
  }
  mkba_region *r;
  if (read_region(data, path, id, &r, d))
    return -1;
  /* A region's programme sizes are the national ones scaled by its counts. */
  if (strcmp(id, "nederland") != 0) {
    if (region_path(data, "nederland", path, sizeof path)) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "region \"nederland\" missing from the data");
      mkba_region_free(r);
      return -1;
    }
    if (read_region(data, path, "nederland", &r->national, d)) {
      mkba_region_free(r);
      return -1;
    }
  }
  *out = r;
  return 0;
}

static int by_id(const void *a, const void *b) {
  return strcmp((*(mkba_region *const *)a)->id, (*(mkba_region *const *)b)->id);
}

int mkba_region_list(const mkba_data *data, mkba_region ***out, size_t *n, mkba_diag *d) {
  char dirs[8][4096];
  size_t nd = 0;
  const char *env = getenv("MKBA_REGION_PATH");
  if (env && *env) {
    char *copy = strdup(env), *save = NULL;
    for (char *s = strtok_r(copy, ":", &save); s && nd < 7; s = strtok_r(NULL, ":", &save))
      snprintf(dirs[nd++], sizeof dirs[0], "%s", s);
    free(copy);
  }
  snprintf(dirs[nd++], sizeof dirs[0], "%s/regions", mkba_data_root(data));
  mkba_region **list = NULL;
  size_t count = 0;
  *out = NULL;
  *n = 0;
  for (size_t k = 0; k < nd; k++) {
    DIR *dir = opendir(dirs[k]);
    if (!dir)
      continue;
    struct dirent *e;
    while ((e = readdir(dir))) {
      size_t len = strlen(e->d_name);
      if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0)
        continue;
      char id[64];
      if (len - 5 >= sizeof id)
        continue;
      memcpy(id, e->d_name, len - 5);
      id[len - 5] = '\0';
      int seen = !mkba_valid_id(id);
      for (size_t j = 0; j < count && !seen; j++)
        seen = strcmp(list[j]->id, id) == 0;
      if (seen)
        continue;
      mkba_region *r;
      if (mkba_region_load(data, id, &r, d)) {
        closedir(dir);
        for (size_t j = 0; j < count; j++)
          mkba_region_free(list[j]);
        free(list);
        return -1;
      }
      mkba_region **nl = realloc(list, (count + 1) * sizeof *nl);
      if (!nl) {
        mkba_region_free(r);
        break;
      }
      list = nl;
      list[count++] = r;
    }
    closedir(dir);
  }
  if (count)
    qsort(list, count, sizeof *list, by_id);
  *out = list;
  *n = count;
  return 0;
}
