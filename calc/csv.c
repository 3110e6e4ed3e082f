/*
 * csv.c - every number of the results document as one long ("tidy") CSV
 * table, built from the document itself so that CSV and JSON always agree.
 *
 * One header row and twelve columns on every row:
 *
 *   tabel;interventie;id;label;actor;jaar;maat;waarde;eenheid;bron;betrouwbaarheid;toelichting
 *   table,intervention,id,label,actor,year,measure,value,unit,source,confidence,note
 *
 * One number per row, in `waarde` / `value`: a JSON number with nothing
 * else, never text and never empty, so that a pivot table sums it (Excel
 * counts a value field that holds text or blanks).  A JSON null is no
 * number, so it gives no row; text of the document (sources, units,
 * confidence, kinds) goes in the text columns of the rows it describes.
 *
 * The codes (table and measure names, confidence, kinds, PM directions) are
 * Dutch in the Dutch file and English with --lang en; the English codes are
 * mostly the document's own keys.  Actor ids are the Dutch ids in both, as
 * in the document.
 *
 * Separators: Dutch Excel opens a double-clicked .csv with the regional
 * settings, ';' between fields and ',' as the decimal separator, and takes
 * a '.' for a thousands separator (0.9955 becomes text, 1234.5 becomes
 * 12345).  So the Dutch file uses ';' and decimal commas and the English
 * one ',' and decimal points; neither ever groups thousands.  A script
 * reads the Dutch file with sep=';' and decimal=','.  The file starts with
 * a UTF-8 byte order mark so Excel reads "€" and "ë" correctly, and ends
 * lines with CRLF (RFC 4180).  Numbers carry 15 significant digits, all
 * that Excel keeps.
 */
#include "csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "csv_row.h"

/* The text being built (see csv_row.h). */
typedef mkba_csv buf;

/* What a row is about: every column but measure and value (NULL: empty). */
typedef struct rowc {
  const char *table, *iv, *id, *label, *actor;
  long long year;
  int has_year;
  const char *unit, *source, *conf, *note;
} rowc;

/*
 * The code `en` in the file's language.  A code missing from the table
 * stays as it is (English), which the tests find: a Dutch row whose code
 * equals the English row's.
 */
static const char *tr(const buf *b, const char *en) { return mkba_csv_result_code(b, en); }

/*
 * One row: c's columns, measure `measure` (an English code, translated
 * here) and the number v.  A v that is no number (null, text, missing)
 * gives no row: the value column holds numbers only.
 */
static void row(buf *b, const rowc *c, const char *measure, const json_t *v) {
  if (!json_is_number(v) && !json_is_boolean(v))
    return;
  char year[32] = "";
  if (c->has_year)
    snprintf(year, sizeof year, "%lld", c->year);
  const char *before[] = {tr(b, c->table), c->iv, c->id, c->label, c->actor, year, tr(b, measure)};
  for (size_t k = 0; k < MKBA_COUNT(before); k++) {
    mkba_csv_field(b, before[k]);
    mkba_csv_sep(b);
  }
  mkba_csv_number(b, v);
  const char *after[] = {c->unit, c->source, tr(b, c->conf), c->note};
  for (size_t k = 0; k < MKBA_COUNT(after); k++) {
    mkba_csv_sep(b);
    mkba_csv_field(b, after[k]);
  }
  mkba_csv_end_row(b);
}

/* A row for a number computed here (not a member of the document). */
static void row_num(buf *b, const rowc *c, const char *measure, double x) {
  json_t *v = json_real(x);
  if (!v)
    b->failed = 1;
  row(b, c, measure, v);
  json_decref(v);
}

/* A row for a count computed here. */
static void row_int(buf *b, const rowc *c, const char *measure, long long x) {
  json_t *v = json_integer(x);
  if (!v)
    b->failed = 1;
  row(b, c, measure, v);
  json_decref(v);
}

/* A string member of o, or NULL. */
static const char *str(const json_t *o, const char *key) {
  return json_string_value(json_object_get(o, key));
}

/* The member named in a NULL-terminated list? */
static int listed(const char *const *list, const char *key) {
  for (; list && *list; list++)
    if (!strcmp(*list, key))
      return 1;
  return 0;
}

/*
 * A row for every number of object o, but the keys in `skip` (identities,
 * or members the caller writes itself).  `rename` is a NULL-terminated list
 * of pairs {key, code} for keys whose code is not the key itself.
 */
static void members(buf *b, const rowc *c, const json_t *o, const char *const *skip,
                    const char *const *rename) {
  const char *key;
  json_t *v;
  json_object_foreach((json_t *)o, key, v) {
    if (listed(skip, key))
      continue;
    const char *measure = key;
    for (const char *const *r = rename; r && r[0]; r += 2)
      if (!strcmp(r[0], key))
        measure = r[1];
    row(b, c, measure, v);
  }
}

/* The shared state of one conversion: the document and the interventions' names. */
typedef struct doc {
  const json_t *r;
  char **names; /* [n] "K: label" per intervention */
  size_t n;
  /*
   * The `interventie` of the top-level figures: "pakket" for a package;
   * for alternatives "som_alternatieven", since their sum is no option to
   * choose.  `scope` is that of scenario-wide rows (the scenario, warnings,
   * prices, provenance): "pakket", or "alle_alternatieven".
   */
  const char *package, *scope;
  /* "parameters" by id (the first entry of each id), built once: looking
     each sensitivity row's parameter up in the list made 10,000 uncertain
     flows quadratic. */
  json_t *by_id;
} doc;

/* The `interventie` column for intervention k (the package's name if unknown). */
static const char *iv_name(const doc *d, long long k) {
  return k >= 0 && (size_t)k < d->n && d->names[k] ? d->names[k] : d->package;
}

/*
 * The parameter `id` of the results' parameters list, or NULL; *k receives
 * its intervention.
 */
static const json_t *param(const doc *d, const char *id, long long *k) {
  const json_t *p = id && d->by_id ? json_object_get(d->by_id, id) : NULL;
  *k = p ? (long long)json_integer_value(json_object_get(p, "intervention")) : -1;
  return p;
}

/*
 * A discount object {rate | schedule, base_year}: rows for the rate, or per
 * schedule step its first year index and rate with `jaar` the step's first
 * calendar year (base year + index; `base` when the object has none).
 */
static void discount_rows(buf *b, rowc c, const json_t *disc, long long base) {
  if (!json_is_object(disc))
    return;
  const json_t *by = json_object_get(disc, "base_year");
  if (json_is_integer(by))
    base = (long long)json_integer_value(by);
  row(b, &c, "discount_rate", json_object_get(disc, "rate"));
  size_t k;
  json_t *st;
  json_array_foreach(json_object_get(disc, "schedule"), k, st) {
    rowc s = c;
    const json_t *from = json_object_get(st, "from");
    s.has_year = 1;
    s.year = base + (long long)json_integer_value(from);
    row(b, &s, "from_year_index", from);
    row(b, &s, "discount_rate", json_object_get(st, "rate"));
  }
  row(b, &c, "discount_base_year", by);
}

/*
 * Per actor of a list {id, label, numbers..., years}: rows with the actor's
 * id, and the actor's own budget year by year (costs, benefits, net with
 * the year filled in).
 */
static void actor_rows(buf *b, rowc c, const json_t *list) {
  static const char *const skip[] = {"id", "label", "years", NULL};
  static const char *const skip_year[] = {"year", NULL};
  size_t k, j;
  json_t *o, *y;
  json_array_foreach(list, k, o) {
    c.id = c.actor = str(o, "id");
    c.label = str(o, "label");
    members(b, &c, o, skip, NULL);
    json_array_foreach(json_object_get(o, "years"), j, y) {
      rowc r = c;
      r.has_year = 1;
      r.year = (long long)json_integer_value(json_object_get(y, "year"));
      members(b, &r, y, skip_year, NULL);
    }
  }
}

/* Per element of a list with an id and a label: rows of its numbers. */
static void id_rows(buf *b, rowc c, const json_t *list, const char *id_key) {
  const char *const skip[] = {id_key, "label", "unit", NULL};
  static const char *const rename[] = {"intervention", "with_intervention", NULL};
  size_t k;
  json_t *o;
  json_array_foreach(list, k, o) {
    c.id = str(o, id_key);
    c.label = str(o, "label");
    c.unit = str(o, "unit");
    members(b, &c, o, skip, rename);
  }
}

/* The tables of one level of results: the package or one intervention. */
static void level(buf *b, const doc *d, const json_t *r, const char *iv) {
  rowc c = {.iv = iv};
  size_t k;
  json_t *o;
  c.table = "summary";
  members(b, &c, json_object_get(r, "summary"), NULL, NULL);
  c.table = "undiscounted";
  members(b, &c, json_object_get(r, "undiscounted"), NULL, NULL);
  c.table = "perspectives";
  id_rows(b, c, json_object_get(r, "perspectives"), "id");
  c.table = "actors";
  actor_rows(b, c, json_object_get(r, "actors"));
  c.table = "categories";
  id_rows(b, c, json_object_get(r, "categories"), "id");
  /* A transfer twice: paid by `from`, received by `to`, so a pivot by actor adds up. */
  c.table = "transfers";
  json_array_foreach(json_object_get(r, "transfers"), k, o) {
    rowc t = c;
    const char *from = str(o, "from"), *to = str(o, "to");
    char note[2][160];
    snprintf(note[0], sizeof note[0], "%s %s", tr(b, "to"), to ? to : "");
    snprintf(note[1], sizeof note[1], "%s %s", tr(b, "from"), from ? from : "");
    t.id = str(o, "category");
    t.label = str(o, "label");
    t.actor = from;
    t.note = note[0];
    row(b, &t, "pv_paid", json_object_get(o, "pv"));
    row(b, &t, "undiscounted_paid", json_object_get(o, "undiscounted"));
    t.actor = to;
    t.note = note[1];
    row(b, &t, "pv_received", json_object_get(o, "pv"));
    row(b, &t, "undiscounted_received", json_object_get(o, "undiscounted"));
  }
  c.table = "years";
  json_array_foreach(json_object_get(r, "years"), k, o) {
    static const char *const skip[] = {"year", NULL};
    rowc y = c;
    y.has_year = 1;
    y.year = (long long)json_integer_value(json_object_get(o, "year"));
    members(b, &y, o, skip, NULL);
  }
  c.table = "outcomes";
  id_rows(b, c, json_object_get(r, "outcomes"), "id");
  /* A PM item has no amount: its direction as +1, -1 or 0, the word in the note. */
  c.table = "pm_items";
  json_array_foreach(json_object_get(r, "pm_items"), k, o) {
    rowc p = c;
    const char *dir = str(o, "direction");
    p.label = str(o, "label");
    p.actor = str(o, "actor");
    p.note = tr(b, dir);
    row_int(b, &p, "direction",
            dir && !strcmp(dir, "positive")   ? 1
            : dir && !strcmp(dir, "negative") ? -1
                                              : 0);
  }
  c.table = "discount_sensitivity";
  const json_t *scen = json_object_get(d->r, "scenario");
  long long start = (long long)json_integer_value(json_object_get(scen, "start_year"));
  json_array_foreach(json_object_get(r, "discount_sensitivity"), k, o) {
    static const char *const skip[] = {"id", "label", "discount", NULL};
    rowc s = c;
    s.id = str(o, "id");
    s.label = str(o, "label");
    discount_rows(b, s, json_object_get(o, "discount"), start);
    members(b, &s, o, skip, NULL);
  }
}

/* The scenario's numbers: years, horizon, price level, discounting. */
static void scenario_rows(buf *b, const doc *d) {
  const json_t *s = json_object_get(d->r, "scenario");
  static const char *const skip[] = {"discount", NULL};
  rowc c = {.table = "scenario", .iv = d->scope};
  c.id = str(s, "region");
  c.label = str(s, "title");
  c.note = str(s, "region_label");
  members(b, &c, s, skip, NULL);
  const json_t *disc = json_object_get(s, "discount");
  c.source = str(disc, "source");
  discount_rows(b, c, disc, (long long)json_integer_value(json_object_get(s, "start_year")));
}

/* The ranking of several interventions, and the warnings with the interventions they name. */
static void ranking_rows(buf *b, const doc *d) {
  size_t k;
  json_t *o;
  json_array_foreach(json_object_get(d->r, "ranking"), k, o) {
    static const char *const skip[] = {"intervention", "label", NULL};
    rowc c = {.table = "ranking"};
    c.iv = iv_name(d, (long long)json_integer_value(json_object_get(o, "intervention")));
    c.label = str(o, "label");
    members(b, &c, o, skip, NULL);
  }
  json_array_foreach(json_object_get(d->r, "warnings"), k, o) {
    rowc c = {.table = "warnings", .iv = d->scope};
    const json_t *ivs = json_object_get(o, "interventions");
    c.id = tr(b, str(o, "code"));
    c.label = str(json_object_get(o, "message"), mkba_lang_code(b->lang));
    row_int(b, &c, "n_interventions", (long long)json_array_size(ivs));
    size_t i;
    json_t *x;
    json_array_foreach(ivs, i, x) {
      c.iv = iv_name(d, (long long)json_integer_value(x));
      row(b, &c, "intervention_index", x);
    }
  }
}

/* The value of a QALY from the value bank. */
static void qaly_rows(buf *b, const doc *d) {
  const json_t *q = json_object_get(d->r, "qaly_value");
  rowc c = {.table = "qaly_value", .iv = d->scope};
  c.source = str(q, "source");
  row(b, &c, "value_at_price_level", json_object_get(q, "value"));
  row(b, &c, "amount", json_object_get(q, "amount"));
  row(b, &c, "source_price_year", json_object_get(q, "price_year"));
}

/* A count of a region file (value in its year), with its own source and confidence. */
static void count_row(buf *b, rowc c, const char *measure, const json_t *count) {
  c.has_year = json_is_integer(json_object_get(count, "year"));
  c.year = (long long)json_integer_value(json_object_get(count, "year"));
  c.source = str(count, "source");
  c.conf = str(count, "confidence");
  c.note = str(count, "definition");
  row(b, &c, measure, json_object_get(count, "value"));
}

/* Every parameter: base value, distribution, price year and regional scaling. */
static void parameter_rows(buf *b, const doc *d) {
  size_t k;
  json_t *p;
  json_array_foreach(json_object_get(d->r, "parameters"), k, p) {
    rowc c = {.table = "parameters"};
    const json_t *dist = json_object_get(p, "distribution");
    c.iv = iv_name(d, (long long)json_integer_value(json_object_get(p, "intervention")));
    c.id = str(p, "parameter");
    c.label = str(p, "label");
    c.unit = str(p, "unit");
    c.source = str(p, "source");
    c.conf = str(p, "confidence");
    c.note = tr(b, json_is_object(dist) ? str(dist, "dist") : "fixed");
    row(b, &c, "base_value", json_object_get(p, "value"));
    const char *key;
    json_t *v;
    json_object_foreach((json_t *)dist, key, v) {
      if (!strcmp(key, "dist") || !strcmp(key, "value")) /* the value is the base value */
        continue;
      char measure[64];
      snprintf(measure, sizeof measure, "dist_%s", key);
      row(b, &c, measure, v);
    }
    row(b, &c, "source_price_year", json_object_get(p, "price_year"));
    const json_t *sc = json_object_get(p, "region_scaling");
    if (json_is_object(sc)) {
      row(b, &c, "region_factor", json_object_get(sc, "factor"));
      row(b, &c, "national_value", json_object_get(sc, "national_value"));
      count_row(b, c, "region_count", json_object_get(sc, "region_count"));
      count_row(b, c, "national_count", json_object_get(sc, "national_count"));
    }
  }
}

/* The region's own counts and prices that the run used. */
static void regional_rows(buf *b, const doc *d) {
  const json_t *rf = json_object_get(d->r, "regional_figures");
  size_t k;
  json_t *o;
  json_array_foreach(json_object_get(rf, "counts"), k, o) {
    rowc c = {.table = "regional_figures", .iv = d->scope};
    c.id = str(o, "target_group");
    c.label = str(o, "label");
    count_row(b, c, "count", o);
    count_row(b, c, "national_count", json_object_get(o, "national"));
    c.source = str(o, "source");
    c.conf = str(o, "confidence");
    row(b, &c, "region_factor", json_object_get(o, "factor"));
  }
  json_array_foreach(json_object_get(rf, "unit_costs"), k, o) {
    rowc c = {.table = "regional_figures", .iv = d->scope};
    c.id = str(o, "unit_cost");
    c.label = str(o, "label");
    c.unit = str(o, "unit");
    c.source = str(o, "source");
    c.conf = str(o, "confidence");
    row(b, &c, "amount", json_object_get(o, "amount"));
    row(b, &c, "source_price_year", json_object_get(o, "price_year"));
  }
}

/*
 * The Monte Carlo: the package's figures, per actor and per intervention,
 * the histogram (each bin with its bounds), the 101 quantiles and the
 * correlations asked for with what they gave.
 */
static void uncertainty_rows(buf *b, const doc *d) {
  const json_t *u = json_object_get(d->r, "uncertainty");
  if (!json_is_object(u))
    return;
  static const char *const nested[] = {
      "actors",       "histogram", "quantiles",     "interventions",
      "correlations", "evppi",     "evpi_gemeente", NULL};
  rowc c = {.table = "uncertainty", .iv = d->package};
  members(b, &c, u, nested, NULL);
  rowc gem = c; /* the value of perfect information to the gemeente alone */
  gem.actor = "gemeente";
  row(b, &gem, "evpi", json_object_get(u, "evpi_gemeente"));
  actor_rows(b, c, json_object_get(u, "actors"));
  size_t k;
  json_t *o;
  json_array_foreach(json_object_get(u, "interventions"), k, o) {
    static const char *const skip[] = {"index", NULL};
    rowc i = c;
    i.iv = iv_name(d, (long long)json_integer_value(json_object_get(o, "index")));
    members(b, &i, o, skip, NULL);
  }
  /* EVPPI per parameter, for society and for the gemeente. */
  json_array_foreach(json_object_get(u, "evppi"), k, o) {
    rowc e = {.table = "evppi",
              .iv = d->package,
              .id = str(o, "parameter"),
              .label = str(o, "label"),
              .actor = "maatschappij"};
    row(b, &e, "evppi", json_object_get(o, "value"));
    e.actor = "gemeente";
    row(b, &e, "evppi", json_object_get(o, "gemeente"));
  }
  const json_t *h = json_object_get(u, "histogram"), *counts = json_object_get(h, "counts");
  double lo = json_number_value(json_object_get(h, "min"));
  double hi = json_number_value(json_object_get(h, "max"));
  size_t bins = json_array_size(counts);
  json_t *n;
  json_array_foreach(counts, k, n) {
    char id[16];
    snprintf(id, sizeof id, "%zu", k + 1);
    rowc bin = {.table = "histogram", .iv = d->package, .id = id};
    /* The outer bounds are exactly the document's min and max. */
    if (k == 0)
      row(b, &bin, "bin_lower", json_object_get(h, "min"));
    else
      row_num(b, &bin, "bin_lower", lo + (hi - lo) * (double)k / (double)bins);
    if (k + 1 == bins)
      row(b, &bin, "bin_upper", json_object_get(h, "max"));
    else
      row_num(b, &bin, "bin_upper", lo + (hi - lo) * (double)(k + 1) / (double)bins);
    row(b, &bin, "draws_in_bin", n);
  }
  json_array_foreach(json_object_get(u, "quantiles"), k, n) {
    char id[16], label[16];
    snprintf(id, sizeof id, "%zu", k);
    snprintf(label, sizeof label, "P%zu", k);
    rowc q = {.table = "quantiles", .iv = d->package, .id = id, .label = label};
    row(b, &q, "npv", n);
  }
  json_array_foreach(json_object_get(u, "correlations"), k, o) {
    const json_t *ps = json_object_get(o, "parameters"), *ls = json_object_get(o, "labels");
    const char *pa = json_string_value(json_array_get(ps, 0));
    const char *pb = json_string_value(json_array_get(ps, 1));
    const char *la = json_string_value(json_array_get(ls, 0));
    const char *lb = json_string_value(json_array_get(ls, 1));
    char id[600], label[1200];
    snprintf(id, sizeof id, "%s ~ %s", pa ? pa : "", pb ? pb : "");
    snprintf(label, sizeof label, "%s ~ %s", la ? la : "", lb ? lb : "");
    rowc r = {.table = "correlations", .iv = d->scope, .id = id, .label = label};
    static const char *const rename[] = {"rank", "rank_asked", "achieved_rank", "rank_achieved",
                                         NULL};
    static const char *const skip[] = {"parameters", "labels", NULL};
    members(b, &r, o, skip, rename);
  }
}

/* The tornado and the switching values, each parameter with its intervention and unit. */
static void sensitivity_rows(buf *b, const doc *d) {
  static const char *const skip[] = {"parameter", "label", NULL};
  static const char *const rename[] = {"base", "base_value", "value", "switching_value", NULL};
  const char *tables[2][2] = {{"sensitivity", "sensitivity"}, {"switching", "switching_values"}};
  for (int t = 0; t < 2; t++) {
    size_t k;
    json_t *o;
    json_array_foreach(json_object_get(d->r, tables[t][0]), k, o) {
      rowc c = {.table = tables[t][1]};
      long long iv;
      const json_t *p = param(d, str(o, "parameter"), &iv);
      c.iv = iv_name(d, iv);
      c.id = str(o, "parameter");
      c.label = str(o, "label");
      c.unit = str(p, "unit");
      members(b, &c, o, skip, rename);
    }
  }
}

/* An optimism bias {costs, benefits}: the two adjustments. */
static void bias_rows(buf *b, const rowc *c, const json_t *bias) {
  row(b, c, "cost_adjustment", json_object_get(bias, "costs"));
  row(b, c, "benefit_adjustment", json_object_get(bias, "benefits"));
}

/* The variants side by side and the optimism-bias-adjusted result. */
static void variant_rows(buf *b, const doc *d) {
  const json_t *scen = json_object_get(d->r, "scenario");
  long long base = (long long)json_integer_value(
      json_object_get(json_object_get(scen, "discount"), "base_year"));
  size_t k;
  json_t *v;
  json_array_foreach(json_object_get(d->r, "variants"), k, v) {
    char name[300];
    const char *id = str(v, "id");
    snprintf(name, sizeof name, "%s: %s", tr(b, "variant"), id ? id : "?");
    rowc c = {.table = "variants", .iv = name};
    c.label = str(v, "label");
    members(b, &c, json_object_get(v, "summary"), NULL, NULL);
    row(b, &c, "horizon_years", json_object_get(v, "horizon_years"));
    discount_rows(b, c, json_object_get(v, "discount"), base);
    bias_rows(b, &c, json_object_get(v, "optimism_bias"));
    actor_rows(b, c, json_object_get(v, "actors"));
    const char *pid;
    json_t *x;
    json_object_foreach(json_object_get(v, "params"), pid, x) {
      rowc p = c;
      long long iv;
      const json_t *par = param(d, pid, &iv);
      p.id = pid;
      p.label = str(par, "label");
      p.unit = str(par, "unit");
      row(b, &p, "parameter_value", x);
    }
  }
  const json_t *bias = json_object_get(d->r, "optimism_bias");
  if (json_is_object(bias)) {
    rowc c = {.table = "optimism_bias", .iv = d->package};
    bias_rows(b, &c, bias);
    members(b, &c, json_object_get(bias, "summary"), NULL, NULL);
    actor_rows(b, c, json_object_get(bias, "actors"));
  }
}

/* The price index factors, the price year and the seed behind the figures. */
static void provenance_rows(buf *b, const doc *d) {
  const json_t *p = json_object_get(d->r, "provenance");
  const json_t *pi = json_object_get(p, "price_index");
  char note[512];
  snprintf(note, sizeof note, "mkba %s; %s", str(p, "mkba_version") ? str(p, "mkba_version") : "",
           str(p, "data_version") ? str(p, "data_version") : "");
  rowc c = {.table = "provenance", .iv = d->scope, .note = note};
  c.source = str(pi, "source");
  size_t k;
  json_t *f;
  json_array_foreach(json_object_get(pi, "factors"), k, f) {
    rowc y = c;
    y.has_year = 1;
    y.year = (long long)json_integer_value(json_object_get(f, "year"));
    row(b, &y, "price_index_factor", json_object_get(f, "factor"));
  }
  row(b, &c, "price_year", json_object_get(pi, "to_year"));
  row(b, &c, "assumed_inflation", json_object_get(pi, "assumed_inflation"));
  c.source = NULL;
  c.note = str(p, "scenario_sha256");
  row(b, &c, "seed", json_object_get(p, "seed"));
}

char *mkba_results_csv(const json_t *r, const char *lang) {
  static const char *const head[] = {"table", "intervention", "id",         "label",
                                     "actor", "year",         "measure",    "value",
                                     "unit",  "source",       "confidence", "note"};
  static const char *const kop[] = {
      "tabel", "interventie", "id",      "label", "actor",           "jaar",
      "maat",  "waarde",      "eenheid", "bron",  "betrouwbaarheid", "toelichting"};
  buf b;
  mkba_csv_start(&b, mkba_lang_of(lang), head, kop, MKBA_COUNT(head));
  const json_t *ivs = json_object_get(r, "interventions");
  int alternatives = !strcmp(str(r, "comparison") ? str(r, "comparison") : "", "alternatives");
  doc d = {r,
           calloc(json_array_size(ivs) + 1, sizeof(char *)),
           json_array_size(ivs),
           tr(&b, alternatives ? "sum_of_alternatives" : "package"),
           tr(&b, alternatives ? "all_alternatives" : "package"),
           NULL};
  if (!d.names)
    return NULL;
  size_t k;
  json_t *iv;
  d.by_id = json_object();
  json_array_foreach(json_object_get(r, "parameters"), k, iv) {
    const char *pid = str(iv, "parameter");
    if (pid && d.by_id && !json_object_get(d.by_id, pid))
      json_object_set(d.by_id, pid, iv);
  }
  json_array_foreach(ivs, k, iv) {
    const char *label = str(iv, "label");
    size_t len = (label ? strlen(label) : 0) + 32;
    if ((d.names[k] = malloc(len)))
      snprintf(d.names[k], len, "%zu: %s", k, label ? label : "");
    else
      b.failed = 1;
  }
  scenario_rows(&b, &d);
  ranking_rows(&b, &d);
  level(&b, &d, r, d.package);
  qaly_rows(&b, &d);
  json_array_foreach(ivs, k, iv) {
    rowc c = {.table = "interventions", .iv = iv_name(&d, (long long)k)};
    char note[512];
    snprintf(note, sizeof note, "%s %s: %s", str(iv, "plugin") ? str(iv, "plugin") : "",
             str(iv, "version") ? str(iv, "version") : "",
             str(iv, "title") ? str(iv, "title") : "");
    c.label = str(iv, "label");
    c.note = note;
    row(&b, &c, "index", json_object_get(iv, "index"));
    level(&b, &d, iv, iv_name(&d, (long long)k));
  }
  parameter_rows(&b, &d);
  regional_rows(&b, &d);
  uncertainty_rows(&b, &d);
  sensitivity_rows(&b, &d);
  variant_rows(&b, &d);
  provenance_rows(&b, &d);
  for (k = 0; k < d.n; k++)
    free(d.names[k]);
  free(d.names);
  json_decref(d.by_id);
  return mkba_csv_finish(&b);
}
