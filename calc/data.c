/* data.c - price index, unit costs and regions; see data.h. */
#include "data.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "id.h"
#include "jdoc.h"
#include "mkba_plugin.h"
#include "words.h"

#define MAX_CPI_YEARS 200

struct mkba_data {
  char *dir;
  char version[256];
  char *cpi_source;
  char *cpi_source_nl;         /* or NULL */
  int cpi_first;               /* year of level[0] (index 1.0) */
  int cpi_n;                   /* number of levels */
  double level[MAX_CPI_YEARS]; /* I(cpi_first + k) */
  int conf[MAX_CPI_YEARS];     /* confidence of the change from year k-1 to k */
  size_t n_costs;
  mkba_unit_cost *costs;
};

const char *mkba_confidence_name(int c) {
  switch (c) {
  case MKBA_VERIFIED:
    return "verified";
  case MKBA_SECONDARY:
    return "secondary";
  case MKBA_ASSUMPTION:
    return "assumption";
  default:
    return "unset";
  }
}

int mkba_confidence_parse(const char *s) {
  if (!s)
    return 0;
  if (!strcmp(s, "verified"))
    return MKBA_VERIFIED;
  if (!strcmp(s, "secondary"))
    return MKBA_SECONDARY;
  if (!strcmp(s, "assumption"))
    return MKBA_ASSUMPTION;
  return 0;
}

static int is_dir(const char *p) {
  struct stat st;
  return p && *p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Small typed getters for data files: strict, with positions. */
static const char *get_str(const mkba_jdoc *doc, const json_t *o, const char *key, int required,
                           mkba_diag *d) {
  json_t *v = json_object_get(o, key);
  if (!v) {
    if (required)
      mkba_jdoc_error(doc, o, d, "missing \"%s\"", key);
    return NULL;
  }
  if (!json_is_string(v)) {
    mkba_jdoc_member_error(doc, o, key, d, "\"%s\" must be a string", key);
    return NULL;
  }
  return json_string_value(v);
}

/*
 * The optional Dutch twin `key`_nl of text `key` (e.g. "source_nl"), as a
 * new string in *out (NULL when absent).  Returns -1 on a wrong type.
 */
static int get_nl(const mkba_jdoc *doc, const json_t *o, const char *key, char **out,
                  mkba_diag *d) {
  char k[64];
  snprintf(k, sizeof k, "%s_nl", key);
  *out = NULL;
  const char *s = get_str(doc, o, k, 0, d);
  if (d->code)
    return -1;
  if (s && !*s) {
    mkba_jdoc_member_error(doc, o, k, d, "\"%s\" must not be empty", k);
    return -1;
  }
  *out = s ? strdup(s) : NULL;
  return 0;
}

static int get_num(const mkba_jdoc *doc, const json_t *o, const char *key, double *out,
                   mkba_diag *d) {
  json_t *v = json_object_get(o, key);
  if (!json_is_number(v)) {
    if (v)
      mkba_jdoc_member_error(doc, o, key, d, "\"%s\" must be a number", key);
    else
      mkba_jdoc_error(doc, o, d, "missing \"%s\"", key);
    return -1;
  }
  *out = json_number_value(v);
  return 0;
}

static int get_label(const mkba_jdoc *doc, const json_t *o, char **nl, char **en, mkba_diag *d) {
  static const char *const k[] = {"nl", "en", NULL};
  json_t *l = json_object_get(o, "label");
  if (!l || mkba_jdoc_check_keys(doc, l, k, "label", d))
    return l ? -1 : (mkba_jdoc_error(doc, o, d, "missing \"label\""), -1);
  const char *a = get_str(doc, l, "nl", 1, d), *b = get_str(doc, l, "en", 1, d);
  if (!a || !b)
    return -1;
  *nl = strdup(a);
  *en = strdup(b);
  return 0;
}

static void cost_free(mkba_unit_cost *c) {
  free(c->range_source);
  free(c->range_source_nl);
  free(c->includes);
  free(c->includes_nl);
  free(c->source_nl);
  free(c->id);
  free(c->label_nl);
  free(c->label_en);
  free(c->unit);
  free(c->source);
}

/*
 * The optional "range": [low, high] of a value-bank row, with the
 * "range_source" that says why.  The parameters bound to the row take the
 * triangular distribution over it whose mean is the amount (the base case
 * is the expected value), so the mode 3 amount - low - high must lie in the
 * range.
 */
static int read_range(const mkba_jdoc *doc, const json_t *row, const char *id, mkba_unit_cost *c,
                      mkba_diag *d) {
  json_t *r = json_object_get(row, "range");
  if (!r)
    return 0;
  const char *why = get_str(doc, row, "range_source", 1, d);
  if (!why)
    return -1;
  double lo = json_number_value(json_array_get(r, 0)), hi = json_number_value(json_array_get(r, 1));
  double mode = 3 * c->amount - lo - hi;
  if (!json_is_array(r) || json_array_size(r) != 2 || !json_is_number(json_array_get(r, 0)) ||
      !json_is_number(json_array_get(r, 1)) || !(lo >= 0 && lo <= c->amount && c->amount <= hi) ||
      !(mode >= lo - 1e-9 * hi && mode <= hi + 1e-9 * hi)) {
    mkba_jdoc_error(doc, r, d,
                    "unit cost \"%s\": \"range\" must be [low, high] around the amount, with "
                    "the mode of a triangle of mean %g (3 x amount - low - high) inside it",
                    id, c->amount);
    return -1;
  }
  c->has_range = 1;
  c->low = lo;
  c->high = hi;
  c->range_source = strdup(why);
  return get_nl(doc, row, "range_source", &c->range_source_nl, d);
}

/* Read one unit-cost row (table row when full, region override otherwise). */
static int read_cost(const mkba_jdoc *doc, const json_t *row, const char *id, int full,
                     mkba_unit_cost *c, mkba_diag *d) {
  static const char *const k_full[] = {
      "id",        "label",    "unit",        "amount", "price_year",   "confidence",      "source",
      "source_nl", "includes", "includes_nl", "range",  "range_source", "range_source_nl", NULL};
  static const char *const k_over[] = {"amount", "price_year", "confidence",
                                       "source", "source_nl",  NULL};
  memset(c, 0, sizeof *c);
  if (mkba_jdoc_check_keys(doc, row, full ? k_full : k_over, "unit cost", d))
    return -1;
  double amount, py = 0;
  const char *src = get_str(doc, row, "source", 1, d);
  const char *conf = get_str(doc, row, "confidence", 1, d);
  /* Every euro amount has a price year: one price level holds for all of
     them, the value of a QALY included. */
  /* A share (a fraction, not money) has "price_year": null. */
  int share = json_is_null(json_object_get(row, "price_year"));
  if (!src || !conf || get_num(doc, row, "amount", &amount, d) ||
      (!share && get_num(doc, row, "price_year", &py, d)))
    return -1;
  c->confidence = mkba_confidence_parse(conf);
  if (!c->confidence) {
    mkba_jdoc_member_error(doc, row, "confidence", d,
                           "confidence must be \"verified\", \"secondary\" or "
                           "\"assumption\"");
    return -1;
  }
  if (!(amount >= 0) || (!share && (py != floor(py) || py < 1900 || py > 2200)) ||
      (share && amount > 1)) {
    mkba_jdoc_error(doc, row, d,
                    "unit cost \"%s\": amount must be >= 0 and price_year a year "
                    "(or null for a share between 0 and 1)",
                    id);
    return -1;
  }
  c->amount = amount;
  c->price_year = (int)py;
  c->source = strdup(src);
  c->id = strdup(id);
  if (get_nl(doc, row, "source", &c->source_nl, d)) {
    cost_free(c);
    return -1;
  }
  if (full) {
    const char *unit = get_str(doc, row, "unit", 1, d);
    const char *inc = get_str(doc, row, "includes", 0, d);
    if (d->code) {
      cost_free(c);
      return -1;
    }
    c->includes = inc ? strdup(inc) : NULL;
    if (!unit || get_nl(doc, row, "includes", &c->includes_nl, d) ||
        get_label(doc, row, &c->label_nl, &c->label_en, d) || read_range(doc, row, id, c, d)) {
      cost_free(c);
      return -1;
    }
    c->unit = strdup(unit);
  }
  return 0;
}

static int load_cpi(mkba_data *data, mkba_diag *d) {
  char path[4096];
  snprintf(path, sizeof path, "%s/cpi.json", data->dir);
  mkba_jdoc *doc;
  if (mkba_jdoc_load(path, &doc, d))
    return -1;
  static const char *const top[] = {"mkba_data", "version", "title",   "source", "source_nl",
                                    "note",      "note_nl", "changes", NULL};
  static const char *const row_k[] = {"year",   "change_pct", "confidence",
                                      "source", "source_nl",  NULL};
  json_t *root = mkba_jdoc_root(doc);
  int rc = -1;
  const char *ver, *src;
  if (mkba_jdoc_check_keys(doc, root, top, "price index", d) ||
      !(ver = get_str(doc, root, "version", 1, d)) || !(src = get_str(doc, root, "source", 1, d)))
    goto out;
  json_t *ch = json_object_get(root, "changes");
  if (!json_is_array(ch) || json_array_size(ch) == 0 || json_array_size(ch) >= MAX_CPI_YEARS) {
    mkba_jdoc_error(doc, ch ? ch : root, d, "\"changes\" must be a non-empty array");
    goto out;
  }
  data->cpi_n = 1;
  data->level[0] = 1.0;
  for (size_t k = 0; k < json_array_size(ch); k++) {
    json_t *row = json_array_get(ch, k);
    double y, pct;
    if (mkba_jdoc_check_keys(doc, row, row_k, "price index row", d) ||
        get_num(doc, row, "year", &y, d) || get_num(doc, row, "change_pct", &pct, d))
      goto out;
    if (k == 0)
      data->cpi_first = (int)y - 1;
    if ((int)y != data->cpi_first + data->cpi_n || !(pct > -100)) {
      mkba_jdoc_error(doc, row, d, "price index years must follow each other");
      goto out;
    }
    const char *conf = get_str(doc, row, "confidence", 1, d);
    if (!conf || !get_str(doc, row, "source", 1, d))
      goto out;
    if (!(data->conf[data->cpi_n] = mkba_confidence_parse(conf))) {
      mkba_jdoc_member_error(doc, row, "confidence", d,
                             "confidence must be \"verified\", \"secondary\" or \"assumption\"");
      goto out;
    }
    data->level[data->cpi_n] = data->level[data->cpi_n - 1] * (1 + pct / 100);
    data->cpi_n++;
  }
  data->cpi_source = strdup(src);
  if (get_nl(doc, root, "source", &data->cpi_source_nl, d))
    goto out;
  snprintf(data->version, sizeof data->version, "cpi %s", ver);
  rc = 0;
out:
  mkba_jdoc_free(doc);
  return rc;
}

static int load_costs(mkba_data *data, mkba_diag *d) {
  char path[4096];
  snprintf(path, sizeof path, "%s/unit_costs.json", data->dir);
  mkba_jdoc *doc;
  if (mkba_jdoc_load(path, &doc, d))
    return -1;
  static const char *const top[] = {"mkba_data", "version", "title", "source",
                                    "source_nl", "costs",   NULL};
  json_t *root = mkba_jdoc_root(doc);
  int rc = -1;
  const char *ver;
  if (mkba_jdoc_check_keys(doc, root, top, "unit costs", d) ||
      !(ver = get_str(doc, root, "version", 1, d)))
    goto out;
  json_t *rows = json_object_get(root, "costs");
  if (!json_is_array(rows)) {
    mkba_jdoc_error(doc, rows ? rows : root, d, "\"costs\" must be an array");
    goto out;
  }
  data->costs = calloc(json_array_size(rows) + 1, sizeof *data->costs);
  for (size_t k = 0; k < json_array_size(rows); k++) {
    json_t *row = json_array_get(rows, k);
    const char *id = json_is_object(row) ? get_str(doc, row, "id", 1, d) : NULL;
    if (!id) {
      mkba_jdoc_error(doc, row, d, "a unit cost needs an \"id\"");
      goto out;
    }
    if (!mkba_valid_id(id) || mkba_unit_cost_find(data, id)) {
      mkba_jdoc_member_error(doc, row, "id", d,
                             "unit cost id \"%s\" is invalid or "
                             "repeated",
                             id);
      goto out;
    }
    if (read_cost(doc, row, id, 1, &data->costs[data->n_costs], d))
      goto out;
    data->n_costs++;
  }
  size_t n = strlen(data->version);
  snprintf(data->version + n, sizeof data->version - n, ", unit_costs %s", ver);
  rc = 0;
out:
  mkba_jdoc_free(doc);
  return rc;
}

int mkba_data_load(const char *dir, mkba_data **out, mkba_diag *d) {
  mkba_data *data = calloc(1, sizeof *data);
  *out = NULL;
  if (!data || !(data->dir = strdup(dir))) {
    free(data);
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  if (!is_dir(dir)) {
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "data directory \"%s\" not found (set MKBA_DATA_DIR to the "
                  "mkba data/ folder)",
                  dir);
    mkba_data_free(data);
    return -1;
  }
  if (load_cpi(data, d) || load_costs(data, d)) {
    mkba_data_free(data);
    return -1;
  }
  *out = data;
  return 0;
}

void mkba_data_free(mkba_data *data) {
  if (!data)
    return;
  for (size_t k = 0; k < data->n_costs; k++)
    cost_free(&data->costs[k]);
  free(data->costs);
  free(data->cpi_source);
  free(data->cpi_source_nl);
  free(data->dir);
  free(data);
}

const char *mkba_data_version(const mkba_data *data) { return data->version; }
const char *mkba_cpi_source(const mkba_data *data, int nl) {
  return nl && data->cpi_source_nl ? data->cpi_source_nl : data->cpi_source;
}
void mkba_cpi_range(const mkba_data *data, int *first, int *last) {
  *first = data->cpi_first;
  *last = data->cpi_first + data->cpi_n - 1;
}

/* Index level of `year`, or NaN where the data cannot say. */
static double level(const mkba_data *data, int year, double infl) {
  int last = data->cpi_first + data->cpi_n - 1;
  if (year < data->cpi_first)
    return NAN;
  if (year <= last)
    return data->level[year - data->cpi_first];
  if (isnan(infl))
    return NAN;
  return data->level[data->cpi_n - 1] * pow(1 + infl, year - last);
}

int mkba_cpi_factor(const mkba_data *data, int from, int to, double infl, double *factor, char *why,
                    size_t whylen) {
  *factor = 1.0;
  if (from == to)
    return 0;
  int last = data->cpi_first + data->cpi_n - 1;
  double a = level(data, from, infl), b = level(data, to, infl);
  if (isnan(a) || isnan(b)) {
    int bad = isnan(a) ? from : to;
    if (bad < data->cpi_first)
      snprintf(why, whylen,
               "the CBS price index in the data starts in %d; it cannot "
               "re-index euros of %d",
               data->cpi_first, bad);
    else
      snprintf(why, whylen,
               "the CBS price index in the data ends in %d; use \"price_year\": %d "
               "(amounts in euros of %d), or state an inflation assumption for the "
               "years after %d, e.g. \"assumed_inflation\": 0.02",
               last, last, last, last);
    return -1;
  }
  *factor = b / a;
  return 0;
}

int mkba_cpi_confidence(const mkba_data *data, int from, int to, int *weak_year) {
  int lo = from < to ? from : to, hi = from < to ? to : from;
  int last = data->cpi_first + data->cpi_n - 1, worst = MKBA_VERIFIED;
  *weak_year = 0;
  for (int y = lo + 1; y <= hi; y++) {
    /* A year after the index rests on the scenario's assumed inflation. */
    int c = y > last               ? MKBA_ASSUMPTION
            : y <= data->cpi_first ? MKBA_VERIFIED
                                   : data->conf[y - data->cpi_first];
    if (c > worst) {
      worst = c;
      *weak_year = y;
    }
  }
  return worst;
}

const mkba_unit_cost *mkba_unit_costs(const mkba_data *data, size_t *n) {
  *n = data->n_costs;
  return data->costs;
}

const mkba_unit_cost *mkba_unit_cost_find(const mkba_data *data, const char *id) {
  for (size_t k = 0; id && k < data->n_costs; k++)
    if (strcmp(data->costs[k].id, id) == 0)
      return &data->costs[k];
  return NULL;
}

/* ---- regions ---------------------------------------------------------- */

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
  for (size_t k = 0; id && k < sizeof targets / sizeof *targets; k++)
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
    cost_free(&r->costs[k]);
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
  if (!get_nl(doc, o, "source", &c->source_nl, d) &&
      !get_nl(doc, o, "definition", &c->definition_nl, d))
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
    for (size_t k = 0; k < sizeof targets / sizeof *targets; k++)
      used +=
          (size_t)snprintf(known + used, sizeof known - used, "%s%s", k ? ", " : "", targets[k].id);
    mkba_jdoc_error(doc, o, d, "unknown count \"%s\" (known: %s)", id, known);
    return -1;
  }
  if (mkba_jdoc_check_keys(doc, o, keys, "region count", d))
    return -1;
  const char *src = get_str(doc, o, "source", 1, d);
  const char *def = get_str(doc, o, "definition", 0, d);
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
  if (get_num(doc, o, "value", &value, d) || get_num(doc, o, "year", &year, d) ||
      !(conf = get_str(doc, o, "confidence", 1, d)))
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
  if (get_num(doc, root, "mkba_region", &format, d))
    goto out;
  if (format != 1 && format != 2) {
    mkba_jdoc_member_error(doc, root, "mkba_region", d,
                           "\"mkba_region\" must be 2 (the current format) or 1");
    goto out;
  }
  if (mkba_jdoc_check_keys(doc, root, format == 1 ? top1 : top2, "region", d))
    goto out;
  (void)get_str(doc, root, "$schema", 0, d); /* any string; a wrong type sets d->code */
  if (d->code || !(fid = get_str(doc, root, "id", 1, d)) ||
      !(ver = get_str(doc, root, "version", 1, d)) || !(src = get_str(doc, root, "source", 1, d)) ||
      get_label(doc, root, &r->label_nl, &r->label_en, d))
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
  if (get_nl(doc, root, "source", &r->source_nl, d))
    goto out;
  if (format == 1) {
    double homeless, year;
    if (get_num(doc, root, "homeless", &homeless, d) ||
        get_num(doc, root, "homeless_year", &year, d))
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
    const char *cg = get_str(doc, root, "centrumgemeente", 0, d);
    const char *basis = get_str(doc, root, "basis", 0, d);
    json_t *notes = json_object_get(root, "notes");
    if (d->code)
      goto out;
    r->centrumgemeente = cg ? strdup(cg) : NULL;
    r->basis = basis ? strdup(basis) : NULL;
    if (get_nl(doc, root, "basis", &r->basis_nl, d))
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
      if (read_cost(doc, row, key, 0, &r->costs[r->n_costs], d))
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
  snprintf(buf, len, "%s/regions/%s.json", data->dir, id);
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
  snprintf(dirs[nd++], sizeof dirs[0], "%s/regions", data->dir);
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
