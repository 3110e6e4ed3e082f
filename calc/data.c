/* data.c - the price index and the value bank; see data.h. */
#include "data.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "data_fields.h"
#include "id.h"
#include "jdoc.h"
#include "mkba_plugin.h"

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

static int is_dir(const char *p) {
  struct stat st;
  return p && *p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
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
      !(ver = mkba_field_str(doc, root, "version", 1, d)) ||
      !(src = mkba_field_str(doc, root, "source", 1, d)))
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
        mkba_field_num(doc, row, "year", &y, d) || mkba_field_num(doc, row, "change_pct", &pct, d))
      goto out;
    if (k == 0)
      data->cpi_first = (int)y - 1;
    if ((int)y != data->cpi_first + data->cpi_n || !(pct > -100)) {
      mkba_jdoc_error(doc, row, d, "price index years must follow each other");
      goto out;
    }
    const char *conf = mkba_field_str(doc, row, "confidence", 1, d);
    if (!conf || !mkba_field_str(doc, row, "source", 1, d))
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
  if (mkba_field_nl(doc, root, "source", &data->cpi_source_nl, d))
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
      !(ver = mkba_field_str(doc, root, "version", 1, d)))
    goto out;
  json_t *rows = json_object_get(root, "costs");
  if (!json_is_array(rows)) {
    mkba_jdoc_error(doc, rows ? rows : root, d, "\"costs\" must be an array");
    goto out;
  }
  data->costs = calloc(json_array_size(rows) + 1, sizeof *data->costs);
  for (size_t k = 0; k < json_array_size(rows); k++) {
    json_t *row = json_array_get(rows, k);
    const char *id = json_is_object(row) ? mkba_field_str(doc, row, "id", 1, d) : NULL;
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
    if (mkba_unit_cost_read(doc, row, id, 1, &data->costs[data->n_costs], d))
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
    mkba_unit_cost_clear(&data->costs[k]);
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

const char *mkba_data_root(const mkba_data *data) { return data->dir; }
