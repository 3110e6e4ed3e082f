/* data_fields.c - the fields the data files share; see data_fields.h. */
#include "data_fields.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mkba_plugin.h"

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

/* Small typed getters for data files: strict, with positions. */
const char *mkba_field_str(const mkba_jdoc *doc, const json_t *o, const char *key, int required,
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
int mkba_field_nl(const mkba_jdoc *doc, const json_t *o, const char *key, char **out,
                  mkba_diag *d) {
  char k[64];
  snprintf(k, sizeof k, "%s_nl", key);
  *out = NULL;
  const char *s = mkba_field_str(doc, o, k, 0, d);
  if (d->code)
    return -1;
  if (s && !*s) {
    mkba_jdoc_member_error(doc, o, k, d, "\"%s\" must not be empty", k);
    return -1;
  }
  *out = s ? strdup(s) : NULL;
  return 0;
}

int mkba_field_num(const mkba_jdoc *doc, const json_t *o, const char *key, double *out,
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

int mkba_field_label(const mkba_jdoc *doc, const json_t *o, char **nl, char **en, mkba_diag *d) {
  static const char *const k[] = {"nl", "en", NULL};
  json_t *l = json_object_get(o, "label");
  if (!l || mkba_jdoc_check_keys(doc, l, k, "label", d))
    return l ? -1 : (mkba_jdoc_error(doc, o, d, "missing \"label\""), -1);
  const char *a = mkba_field_str(doc, l, "nl", 1, d), *b = mkba_field_str(doc, l, "en", 1, d);
  if (!a || !b)
    return -1;
  *nl = strdup(a);
  *en = strdup(b);
  return 0;
}

void mkba_unit_cost_clear(mkba_unit_cost *c) {
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
  const char *why = mkba_field_str(doc, row, "range_source", 1, d);
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
  return mkba_field_nl(doc, row, "range_source", &c->range_source_nl, d);
}

/* Read one unit-cost row (table row when full, region override otherwise). */
int mkba_unit_cost_read(const mkba_jdoc *doc, const json_t *row, const char *id, int full,
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
  const char *src = mkba_field_str(doc, row, "source", 1, d);
  const char *conf = mkba_field_str(doc, row, "confidence", 1, d);
  /* Every euro amount has a price year: one price level holds for all of
     them, the value of a QALY included. */
  /* A share (a fraction, not money) has "price_year": null. */
  int share = json_is_null(json_object_get(row, "price_year"));
  if (!src || !conf || mkba_field_num(doc, row, "amount", &amount, d) ||
      (!share && mkba_field_num(doc, row, "price_year", &py, d)))
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
  if (mkba_field_nl(doc, row, "source", &c->source_nl, d)) {
    mkba_unit_cost_clear(c);
    return -1;
  }
  if (full) {
    const char *unit = mkba_field_str(doc, row, "unit", 1, d);
    const char *inc = mkba_field_str(doc, row, "includes", 0, d);
    if (d->code) {
      mkba_unit_cost_clear(c);
      return -1;
    }
    c->includes = inc ? strdup(inc) : NULL;
    if (!unit || mkba_field_nl(doc, row, "includes", &c->includes_nl, d) ||
        mkba_field_label(doc, row, &c->label_nl, &c->label_en, d) ||
        read_range(doc, row, id, c, d)) {
      mkba_unit_cost_clear(c);
      return -1;
    }
    c->unit = strdup(unit);
  }
  return 0;
}
