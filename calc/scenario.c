/* scenario.c - reading scenario files; see scenario.h. */
#include "scenario.h"

#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "id.h"

/* Werkgroep Discontovoet 2020: 2.25% real, all horizons. */
#define MKBA_DEFAULT_RATE 0.0225

int mkba_get_int(const mkba_jdoc *doc, const json_t *obj, const char *key, int required,
                 long long dflt, long long lo, long long hi, long long *out, mkba_diag *d) {
  json_t *v = json_object_get(obj, key);
  if (!v) {
    if (required) {
      mkba_jdoc_error(doc, obj, d, "missing required key \"%s\"", key);
      return -1;
    }
    *out = dflt;
    return 0;
  }
  double x = json_is_number(v) ? json_number_value(v) : NAN;
  if (!json_is_number(v) || x != floor(x)) {
    mkba_jdoc_member_error(doc, obj, key, d, "\"%s\" must be a whole number", key);
    return -1;
  }
  if (lo == hi && x != (double)lo) {
    mkba_jdoc_member_error(doc, obj, key, d, "\"%s\" is %.0f; this mkba reads version %lld", key, x,
                           lo);
    return -1;
  }
  if (x < (double)lo || x > (double)hi) {
    mkba_jdoc_member_error(doc, obj, key, d,
                           "\"%s\" is %.0f; it must lie between %lld "
                           "and %lld",
                           key, x, lo, hi);
    return -1;
  }
  *out = (long long)x;
  return 0;
}

/* Read member `key` as a finite number in [lo, hi] (`dflt` when absent). */
static int get_number(const mkba_jdoc *doc, const json_t *obj, const char *key, int required,
                      double dflt, double lo, double hi, double *out, mkba_diag *d) {
  json_t *v = json_object_get(obj, key);
  if (!v) {
    if (required) {
      mkba_jdoc_error(doc, obj, d, "missing required key \"%s\"", key);
      return -1;
    }
    *out = dflt;
    return 0;
  }
  if (!json_is_number(v)) {
    mkba_jdoc_member_error(doc, obj, key, d, "\"%s\" must be a number", key);
    return -1;
  }
  double x = json_number_value(v);
  if (!(x >= lo && x <= hi)) {
    mkba_jdoc_member_error(doc, obj, key, d,
                           "\"%s\" is %g; it must lie between %g and "
                           "%g",
                           key, x, lo, hi);
    return -1;
  }
  *out = x;
  return 0;
}

static int get_string(const mkba_jdoc *doc, const json_t *obj, const char *key, const char **out,
                      mkba_diag *d) {
  json_t *v = json_object_get(obj, key);
  *out = NULL;
  if (!v)
    return 0;
  if (!json_is_string(v)) {
    mkba_jdoc_member_error(doc, obj, key, d, "\"%s\" must be a string", key);
    return -1;
  }
  *out = json_string_value(v);
  return 0;
}

int mkba_read_discount(const mkba_jdoc *doc, const json_t *obj, int start_year, mkba_discount *disc,
                       mkba_diag *d) {
  static const char *const keys[] = {"rate", "schedule", "base_year", NULL};
  long long base;
  memset(disc, 0, sizeof *disc);
  disc->rate = MKBA_DEFAULT_RATE;
  disc->is_default = obj == NULL;
  disc->base_year = start_year;
  if (!obj)
    return 0;
  if (!json_is_object(obj)) {
    mkba_jdoc_error(doc, obj, d,
                    "\"discount\" must be an object such as {\"rate\": 0.0225} or "
                    "{\"schedule\": [{\"from\": 0, \"rate\": 0.028}, ...]}");
    return -1;
  }
  if (mkba_jdoc_check_keys(doc, obj, keys, "discount", d) ||
      mkba_get_int(doc, obj, "base_year", 0, start_year, 1900, 2300, &base, d))
    return -1;
  disc->base_year = (int)base;
  json_t *rate = json_object_get(obj, "rate"), *sched = json_object_get(obj, "schedule");
  if (rate && sched) {
    mkba_jdoc_member_error(doc, obj, "schedule", d,
                           "discount has both \"rate\" and \"schedule\"; give one");
    return -1;
  }
  if (!rate && !sched) {
    mkba_jdoc_error(doc, obj, d,
                    "discount needs \"rate\" (e.g. 0.0225) or "
                    "\"schedule\"");
    return -1;
  }
  if (rate)
    return get_number(doc, obj, "rate", 1, 0, -0.99, 1.0, &disc->rate, d);
  if (!json_is_array(sched) || json_array_size(sched) == 0 ||
      json_array_size(sched) > MKBA_MAX_SCHEDULE) {
    mkba_jdoc_member_error(doc, obj, "schedule", d,
                           "\"schedule\" must be an array of 1 to %d steps such as "
                           "{\"from\": 0, \"rate\": 0.028}",
                           MKBA_MAX_SCHEDULE);
    return -1;
  }
  static const char *const step_keys[] = {"from", "rate", NULL};
  disc->is_schedule = 1;
  for (size_t k = 0; k < json_array_size(sched); k++) {
    json_t *step = json_array_get(sched, k);
    long long from;
    double r;
    if (mkba_jdoc_check_keys(doc, step, step_keys, "discount schedule step", d) ||
        mkba_get_int(doc, step, "from", 1, 0, 0, 10000, &from, d) ||
        get_number(doc, step, "rate", 1, 0, -0.99, 1.0, &r, d))
      return -1;
    if (k == 0 && from != 0) {
      mkba_jdoc_member_error(doc, step, "from", d,
                             "the first schedule step must start at \"from\": 0 (years "
                             "after the base year)");
      return -1;
    }
    if (k > 0 && from <= disc->from[k - 1]) {
      mkba_jdoc_member_error(doc, step, "from", d, "schedule steps must have increasing \"from\"");
      return -1;
    }
    disc->from[k] = (int)from;
    disc->rates[k] = r;
    disc->n_steps++;
  }
  disc->rate = disc->rates[0];
  return 0;
}

static int read_interventions(mkba_scenario *s, const json_t *arr, mkba_diag *d) {
  static const char *const keys[] = {"plugin", "label", "params", NULL};
  const mkba_jdoc *doc = s->doc;
  if (!arr) {
    mkba_jdoc_error(doc, mkba_jdoc_root(doc), d, "missing required key \"interventions\"");
    return -1;
  }
  if (!json_is_array(arr) || json_array_size(arr) == 0 ||
      json_array_size(arr) > MKBA_MAX_INTERVENTIONS) {
    mkba_jdoc_error(doc, arr, d,
                    "\"interventions\" must be an array of 1 to %d "
                    "interventions such as {\"plugin\": \"markov\", \"params\": {...}}",
                    MKBA_MAX_INTERVENTIONS);
    return -1;
  }
  s->iv = calloc(json_array_size(arr), sizeof *s->iv);
  if (!s->iv) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  for (size_t k = 0; k < json_array_size(arr); k++) {
    json_t *e = json_array_get(arr, k);
    char where[64];
    snprintf(where, sizeof where, "interventions[%zu]", k);
    if (mkba_jdoc_check_keys(doc, e, keys, where, d))
      return -1;
    const char *plugin, *label;
    if (get_string(doc, e, "plugin", &plugin, d) || get_string(doc, e, "label", &label, d))
      return -1;
    if (!plugin) {
      mkba_jdoc_error(doc, e, d, "%s: missing required key \"plugin\"", where);
      return -1;
    }
    if (!mkba_valid_id(plugin)) {
      mkba_jdoc_member_error(doc, e, "plugin", d,
                             "invalid plugin name \"%s\": names match [a-z][a-z0-9_]*", plugin);
      return -1;
    }
    json_t *params = json_object_get(e, "params");
    if (params && !json_is_object(params)) {
      mkba_jdoc_member_error(doc, e, "params", d, "\"params\" must be an object");
      return -1;
    }
    s->iv[k].plugin = strdup(plugin);
    s->iv[k].label = label ? strdup(label) : NULL;
    s->iv[k].node = e;
    s->iv[k].params = params;
    s->n_iv++;
  }
  return 0;
}

/* {"costs": 0.2, "benefits": 0.1}: fractions in [0, 1]. */
static int read_bias(const mkba_jdoc *doc, const json_t *o, double *costs, double *benefits,
                     mkba_diag *d) {
  static const char *const keys[] = {"costs", "benefits", NULL};
  if (mkba_jdoc_check_keys(doc, o, keys, "optimism_bias", d) ||
      get_number(doc, o, "costs", 0, 0, 0, 10, costs, d) ||
      get_number(doc, o, "benefits", 0, 0, 0, 1, benefits, d))
    return -1;
  return 0;
}

static int read_variants(mkba_scenario *s, const json_t *v, mkba_diag *d) {
  static const char *const keys[] = {"id",       "label",         "params", "optimism_bias",
                                     "discount", "horizon_years", NULL};
  s->variants = v;
  if (!v)
    return 0;
  if (!json_is_array(v) || json_array_size(v) > 32) {
    mkba_jdoc_error(s->doc, v, d,
                    "\"variants\" must be an array of at most 32 variants "
                    "such as {\"id\": \"pessimistisch\", \"params\": {\"effect\": 0.2}}");
    return -1;
  }
  for (size_t k = 0; k < json_array_size(v); k++) {
    json_t *e = json_array_get(v, k);
    char where[32];
    snprintf(where, sizeof where, "variants[%zu]", k);
    if (mkba_jdoc_check_keys(s->doc, e, keys, where, d))
      return -1;
    json_t *id = json_object_get(e, "id");
    if (!json_is_string(id) || !mkba_valid_id(json_string_value(id))) {
      if (id)
        mkba_jdoc_member_error(s->doc, e, "id", d,
                               "%s: \"id\" must be an id such as "
                               "\"pessimistisch\"",
                               where);
      else
        mkba_jdoc_error(s->doc, e, d, "%s needs an \"id\"", where);
      return -1;
    }
    for (size_t j = 0; j < k; j++)
      if (!strcmp(json_string_value(json_object_get(json_array_get(v, j), "id")),
                  json_string_value(id))) {
        mkba_jdoc_member_error(s->doc, e, "id", d, "variant id \"%s\" is used twice",
                               json_string_value(id));
        return -1;
      }
    json_t *label = json_object_get(e, "label"), *params = json_object_get(e, "params"),
           *bias = json_object_get(e, "optimism_bias");
    if (label && !json_is_string(label)) {
      mkba_jdoc_member_error(s->doc, e, "label", d, "%s: \"label\" must be a string", where);
      return -1;
    }
    if (params && !json_is_object(params)) {
      mkba_jdoc_member_error(s->doc, e, "params", d,
                             "%s: \"params\" must be an object of "
                             "parameter id: value",
                             where);
      return -1;
    }
    const char *key;
    json_t *val;
    if (params)
      json_object_foreach(params, key, val) if (!json_is_number(val)) {
        mkba_jdoc_error(s->doc, val, d, "%s: the value of \"%s\" must be a number", where, key);
        return -1;
      }
    double c, b;
    if (bias && read_bias(s->doc, bias, &c, &b, d))
      return -1;
    mkba_discount disc;
    long long h;
    json_t *dv = json_object_get(e, "discount");
    if ((dv && mkba_read_discount(s->doc, dv, s->start_year, &disc, d)) ||
        mkba_get_int(s->doc, e, "horizon_years", 0, s->horizon, 1, MKBA_MAX_HORIZON, &h, d))
      return -1;
  }
  return 0;
}

static int read_uncertainty(mkba_scenario *s, const json_t *u, mkba_diag *d) {
  static const char *const keys[] = {"draws", "seed", "correlations", NULL};
  long long draws, seed;
  s->uncertainty = u;
  if (!u)
    return 0;
  if (mkba_jdoc_check_keys(s->doc, u, keys, "uncertainty", d) ||
      mkba_get_int(s->doc, u, "draws", 0, 0, 0, 100000000, &draws, d) ||
      mkba_get_int(s->doc, u, "seed", 0, 1, 0, 9007199254740991LL, &seed, d))
    return -1;
  s->draws = (long)draws;
  s->seed = (unsigned long)seed;
  static const char *const ckeys[] = {"parameters", "rank", NULL};
  json_t *c = json_object_get(u, "correlations");
  s->correlations = c;
  if (c && (!json_is_array(c) || json_array_size(c) > 1000)) {
    mkba_jdoc_error(s->doc, c, d,
                    "\"correlations\" must be an array such as "
                    "[{\"parameters\": [\"a\", \"b\"], \"rank\": 0.5}]");
    return -1;
  }
  for (size_t k = 0; c && k < json_array_size(c); k++) {
    json_t *e = json_array_get(c, k), *ps;
    double rank;
    if (mkba_jdoc_check_keys(s->doc, e, ckeys, "a correlation", d) ||
        get_number(s->doc, e, "rank", 1, 0, -1, 1, &rank, d))
      return -1;
    ps = json_object_get(e, "parameters");
    if (!json_is_array(ps) || json_array_size(ps) != 2 || !json_is_string(json_array_get(ps, 0)) ||
        !json_is_string(json_array_get(ps, 1))) {
      mkba_jdoc_error(s->doc, ps ? ps : e, d,
                      "a correlation needs \"parameters\": two "
                      "parameter ids, as in the results' \"parameters\" list");
      return -1;
    }
  }
  return 0;
}

/*
 * Check member "date" of the scenario's root object `root` in document
 * `doc`: absent is fine; present, it must be a string "YYYY-MM-DD" naming a
 * real calendar date (month 1-12, a day that month has, 29 February only in
 * a leap year), the business case's date that the report prints.  Errors go
 * to `d` at the member's position.  Returns 0, or -1 on an input error.
 */
static int check_date(const mkba_jdoc *doc, const json_t *root, mkba_diag *d) {
  static const int days_in[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const char *text;
  if (get_string(doc, root, "date", &text, d))
    return -1;
  if (!text)
    return 0;
  int ok = strlen(text) == 10 && text[4] == '-' && text[7] == '-';
  for (int k = 0; ok && k < 10; k++)
    ok = k == 4 || k == 7 || (text[k] >= '0' && text[k] <= '9');
  int year = 0, month = 0, day = 0;
  if (ok) {
    year = atoi(text);
    month = atoi(text + 5);
    day = atoi(text + 8);
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    ok = month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in[month - 1] + (month == 2 && leap) && year >= 1900 && year <= 2200;
  }
  if (!ok) {
    mkba_jdoc_member_error(doc, root, "date", d,
                           "\"date\" is \"%s\"; it must be a calendar date between 1900 and "
                           "2200 written YYYY-MM-DD, such as \"2025-03-14\"",
                           text);
    return -1;
  }
  return 0;
}

static int read_root(mkba_scenario *s, mkba_diag *d) {
  /* "$schema" names a JSON Schema for editors (docs/schema/); mkba ignores it. */
  static const char *const keys[] = {"mkba",
                                     "title",
                                     "region",
                                     "start_year",
                                     "horizon_years",
                                     "price_year",
                                     "discount",
                                     "interventions",
                                     "uncertainty",
                                     "assumed_inflation",
                                     "variants",
                                     "optimism_bias",
                                     "comparison",
                                     "author",
                                     "date",
                                     "$schema",
                                     NULL};
  const mkba_jdoc *doc = s->doc;
  json_t *root = mkba_jdoc_root(doc);
  long long version, start, horizon, price;
  const char *title, *region, *comparison, *author, *schema;
  if (mkba_jdoc_check_keys(doc, root, keys, "the scenario", d) ||
      mkba_get_int(doc, root, "mkba", 0, 1, 1, 1, &version, d) ||
      get_string(doc, root, "title", &title, d) || get_string(doc, root, "region", &region, d) ||
      mkba_get_int(doc, root, "start_year", 1, 0, 1900, 2200, &start, d) ||
      mkba_get_int(doc, root, "horizon_years", 1, 0, 1, MKBA_MAX_HORIZON, &horizon, d) ||
      mkba_get_int(doc, root, "price_year", 0, 0, 1900, 2200, &price, d) ||
      get_number(doc, root, "assumed_inflation", 0, NAN, -0.5, 0.5, &s->assumed_inflation, d) ||
      get_string(doc, root, "comparison", &comparison, d) ||
      get_string(doc, root, "author", &author, d) || check_date(doc, root, d) ||
      get_string(doc, root, "$schema", &schema, d))
    return -1;
  (void)schema; /* for editors only */
  s->comparison = MKBA_COMPARISON_PACKAGE;
  if (comparison && !strcmp(comparison, "alternatives"))
    s->comparison = MKBA_COMPARISON_ALTERNATIVES;
  else if (comparison && strcmp(comparison, "package")) {
    mkba_jdoc_member_error(doc, root, "comparison", d,
                           "\"comparison\" is \"%s\"; it must be \"package\" (the "
                           "interventions are done together and summed) or \"alternatives\" "
                           "(they are options to choose between)",
                           comparison);
    return -1;
  }
  if (region && !mkba_valid_id(region)) {
    mkba_jdoc_member_error(doc, root, "region", d,
                           "invalid region \"%s\": region ids match [a-z][a-z0-9_]* "
                           "(see `mkba regions`)",
                           region);
    return -1;
  }
  s->start_year = (int)start;
  s->horizon = (int)horizon;
  s->price_year = (int)price; /* 0 until mkba_scenario_price_level() */
  s->price_year_stated = price != 0;
  if (!title) {
    const char *base = strrchr(mkba_jdoc_name(doc), '/');
    title = base ? base + 1 : mkba_jdoc_name(doc);
  }
  s->title = strdup(title);
  s->author = author ? strdup(author) : NULL;
  s->region = strdup(region ? region : "nederland");
  if (mkba_read_discount(doc, json_object_get(root, "discount"), s->start_year, &s->discount, d) ||
      read_interventions(s, json_object_get(root, "interventions"), d) ||
      read_uncertainty(s, json_object_get(root, "uncertainty"), d) ||
      read_variants(s, json_object_get(root, "variants"), d))
    return -1;
  json_t *bias = json_object_get(root, "optimism_bias");
  s->has_bias = bias != NULL;
  if (bias && read_bias(doc, bias, &s->bias_costs, &s->bias_benefits, d))
    return -1;
  return 0;
}

static int finish(mkba_jdoc *doc, mkba_scenario **out, mkba_diag *d) {
  mkba_scenario *s = calloc(1, sizeof *s);
  if (!s) {
    mkba_jdoc_free(doc);
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  s->doc = doc;
  s->assumed_inflation = NAN;
  if (read_root(s, d)) {
    mkba_scenario_free(s);
    return -1;
  }
  size_t len;
  const char *bytes = mkba_jdoc_bytes(doc, &len);
  gchar *hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)bytes, len);
  snprintf(s->sha256, sizeof s->sha256, "%s", hex);
  g_free(hex);
  *out = s;
  return 0;
}

int mkba_scenario_price_level(mkba_scenario *s, int last_index_year, mkba_diag *d) {
  const mkba_jdoc *doc = s->doc;
  json_t *root = mkba_jdoc_root(doc);
  if (!s->price_year_stated) {
    s->price_year = s->start_year < last_index_year ? s->start_year : last_index_year;
    return 0;
  }
  if (s->price_year > last_index_year && isnan(s->assumed_inflation)) {
    mkba_jdoc_member_error(doc, root, "price_year", d,
                           "\"price_year\" is %d, after the last year of the CBS price index "
                           "(%d); use \"price_year\": %d (amounts in euros of %d), or state "
                           "the inflation of the years after %d, e.g. "
                           "\"assumed_inflation\": 0.02",
                           s->price_year, last_index_year, last_index_year, last_index_year,
                           last_index_year);
    return -1;
  }
  return 0;
}

int mkba_scenario_load(const char *path, mkba_scenario **out, mkba_diag *d) {
  mkba_jdoc *doc;
  *out = NULL;
  if (mkba_jdoc_load(path, &doc, d))
    return -1;
  return finish(doc, out, d);
}

int mkba_scenario_parse(const char *name, const char *text, size_t len, mkba_scenario **out,
                        mkba_diag *d) {
  mkba_jdoc *doc;
  *out = NULL;
  if (mkba_jdoc_parse(name, text, len, &doc, d))
    return -1;
  return finish(doc, out, d);
}

void mkba_scenario_free(mkba_scenario *s) {
  if (!s)
    return;
  for (size_t k = 0; k < s->n_iv; k++) {
    free(s->iv[k].plugin);
    free(s->iv[k].label);
  }
  free(s->iv);
  free(s->title);
  free(s->author);
  free(s->region);
  mkba_jdoc_free(s->doc);
  free(s);
}
