/*
 * national.c - the national document of a batch: its totals, merging
 * shards into it, and its CSV table (see batch.h, docs/formats.md).
 *
 * Everything here reads and writes the document only, never engine
 * internals, so that a merge of shards and a single run build the same
 * bytes from the same cells.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_row.h"

#include "count.h"
#include "national.h"

/* ---- totals ----------------------------------------------------------------- */

int mkba_national_finish(json_t *doc) {
  const json_t *ivs = json_object_get(doc, "interventions");
  const json_t *cells = json_object_get(doc, "cells");
  json_t *nat = json_array();
  if (!nat)
    return -1;
  size_t i;
  json_t *iv;
  json_array_foreach(ivs, i, iv) {
    double costs = 0, benefits = 0, npv = 0, part = 0;
    long ok = 0, skipped = 0, failed = 0, with_part = 0;
    size_t k;
    json_t *c;
    json_array_foreach(cells, k, c) {
      if ((size_t)json_integer_value(json_object_get(c, "intervention")) != i)
        continue;
      const char *st = json_string_value(json_object_get(c, "status"));
      if (!st || strcmp(st, "ok")) {
        skipped += st && !strcmp(st, "skipped");
        failed += !st || strcmp(st, "skipped");
        continue;
      }
      ok++;
      const json_t *s = json_object_get(c, "summary");
      costs += json_number_value(json_object_get(s, "pv_costs"));
      benefits += json_number_value(json_object_get(s, "pv_benefits"));
      npv += json_number_value(json_object_get(s, "npv"));
      const json_t *p = json_object_get(c, "participants");
      if (json_is_number(json_object_get(p, "value"))) {
        part += json_number_value(json_object_get(p, "value"));
        with_part++;
      }
    }
    json_t *o = json_object();
    json_object_set_new(o, "intervention", json_integer((json_int_t)i));
    json_object_set(o, "plugin", json_object_get(iv, "plugin"));
    json_object_set_new(o, "regions_ok", json_integer(ok));
    json_object_set_new(o, "regions_skipped", json_integer(skipped));
    json_object_set_new(o, "regions_failed", json_integer(failed));
    json_object_set_new(o, "pv_costs", json_real(costs == 0 ? 0.0 : costs));
    json_object_set_new(o, "pv_benefits", json_real(benefits == 0 ? 0.0 : benefits));
    json_object_set_new(o, "npv", json_real(npv == 0 ? 0.0 : npv));
    json_object_set_new(o, "participants", with_part ? json_real(part) : json_null());
    json_object_set_new(o, "npv_per_participant",
                        with_part && part > 0 ? json_real(npv / part) : json_null());
    json_array_append_new(nat, o);
  }
  return json_object_set_new(doc, "national", nat);
}

/* ---- merging shards ----------------------------------------------------- */

/* A copy of doc without "shard", "cells" and "national": what shards share. */
static json_t *common(const json_t *doc) {
  json_t *o = json_copy((json_t *)doc);
  json_object_del(o, "shard");
  json_object_del(o, "cells");
  json_object_del(o, "national");
  return o;
}

/* Cell index of cell object c in a document with n_iv interventions and region ids. */
static long cell_index(const json_t *doc, const json_t *c) {
  const json_t *regions = json_object_get(doc, "regions");
  size_t n_iv = json_array_size(json_object_get(doc, "interventions"));
  const char *rid = json_string_value(json_object_get(c, "region"));
  json_int_t i = json_integer_value(json_object_get(c, "intervention"));
  size_t r;
  json_t *o;
  json_array_foreach(regions, r, o) {
    const char *id = json_string_value(json_object_get(o, "id"));
    if (rid && id && !strcmp(id, rid) && i >= 0 && (size_t)i < n_iv)
      return (long)(r * n_iv + (size_t)i);
  }
  return -1;
}

int mkba_national_merge(json_t *const *docs, const char *const *names, size_t n, json_t **out,
                        mkba_diag *d) {
  *out = NULL;
  if (n == 0) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "merge needs at least one shard directory");
    return -1;
  }
  json_t *base = common(docs[0]);
  size_t n_cells = json_array_size(json_object_get(base, "regions")) *
                   json_array_size(json_object_get(base, "interventions"));
  json_t **cell = calloc(n_cells + 1, sizeof *cell);
  json_int_t shard_n = json_integer_value(json_object_get(json_object_get(docs[0], "shard"), "n"));
  int *seen = calloc((size_t)(shard_n > 0 && shard_n < 1000000 ? shard_n : 1) + 1, sizeof *seen);
  int rc = 0;
  if (!base || !cell || !seen) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    rc = -1;
  }
  for (size_t s = 0; !rc && s < n; s++) {
    const json_t *sh = json_object_get(docs[s], "shard");
    json_int_t k = json_integer_value(json_object_get(sh, "k"));
    json_int_t nn = json_integer_value(json_object_get(sh, "n"));
    if (!json_is_integer(json_object_get(docs[s], "mkba_national"))) {
      mkba_diag_set(d, MKBA_EXIT_INPUT, "%s/national.json: not the national document of a batch",
                    names[s]);
      rc = -1;
    } else if (!json_is_object(sh)) {
      mkba_diag_set(d, MKBA_EXIT_INPUT,
                    "%s/national.json: not a shard (it was written without --shard K/N)", names[s]);
      rc = -1;
    } else if (nn != shard_n || k < 1 || k > nn) {
      mkba_diag_set(d, MKBA_EXIT_INPUT,
                    "%s: shard %lld/%lld does not belong with shards of %lld; merge the "
                    "shards of one split",
                    names[s], (long long)k, (long long)nn, (long long)shard_n);
      rc = -1;
    } else if (seen[k]) {
      mkba_diag_set(d, MKBA_EXIT_INPUT, "%s: shard %lld/%lld is given twice (also in %s)", names[s],
                    (long long)k, (long long)nn, names[seen[k] - 1]);
      rc = -1;
    } else {
      seen[k] = (int)s + 1;
      json_t *c = common(docs[s]);
      if (!json_equal(c, base)) {
        mkba_diag_set(d, MKBA_EXIT_INPUT,
                      "%s: this shard comes from another batch than %s (its batch file, "
                      "language, draws, seed, data or plugins differ)",
                      names[s], names[0]);
        rc = -1;
      }
      json_decref(c);
    }
    size_t j;
    json_t *o;
    json_array_foreach(rc ? NULL : json_object_get(docs[s], "cells"), j, o) {
      long ci = cell_index(base, o);
      if (ci < 0 || (size_t)ci >= n_cells) {
        mkba_diag_set(d, MKBA_EXIT_INPUT, "%s/national.json: cells[%zu] is not a cell of the batch",
                      names[s], j);
        rc = -1;
        break;
      }
      if (cell[ci]) {
        mkba_diag_set(d, MKBA_EXIT_INPUT,
                      "%s: the cell of region \"%s\", intervention %lld is "
                      "in two shards",
                      names[s], json_string_value(json_object_get(o, "region")),
                      (long long)json_integer_value(json_object_get(o, "intervention")));
        rc = -1;
        break;
      }
      cell[ci] = o;
    }
  }
  for (json_int_t k = 1; !rc && k <= shard_n; k++)
    if (!seen[k]) {
      mkba_diag_set(d, MKBA_EXIT_INPUT, "shard %lld/%lld is missing", (long long)k,
                    (long long)shard_n);
      rc = -1;
    }
  for (size_t c = 0; !rc && c < n_cells; c++)
    if (!cell[c]) {
      mkba_diag_set(d, MKBA_EXIT_INPUT, "cell %zu of the batch is in no shard", c);
      rc = -1;
    }
  if (!rc) {
    json_t *cells = json_array();
    for (size_t c = 0; c < n_cells; c++)
      json_array_append(cells, cell[c]);
    json_object_set_new(base, "cells", cells);
    if (mkba_national_finish(base)) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
      rc = -1;
    }
  }
  free(cell);
  free(seen);
  if (rc) {
    json_decref(base);
    return -1;
  }
  *out = base;
  return 0;
}

/* ---- the CSV table ---------------------------------------------------------- */

/* The text being built (see csv_row.h). */
typedef mkba_csv buf;

/* The national run's own codes in English (the document's keys) and Dutch;
 * the codes it shares with results.csv are mkba_csv_result_code's. */
static const mkba_csv_code codes[] = {
    {"cell", "cel"},
    {"participants", "deelnemers"},
    {"national", "landelijk"},
    {"intervention", "interventie"},
    {"value", "waarde"},
    {"scaled", "geschaald"},
    {"scaling_factor", "schaalfactor"},
    {"regions_ok", "regios_berekend"},
    {"regions_skipped", "regios_overgeslagen"},
    {"regions_failed", "regios_mislukt"},
    {"npv_per_participant", "ncw_per_deelnemer"},
    {"ok", "ok"},
    {"failed", "mislukt"},
    {"skipped", "overgeslagen"},
};

/* The code `en` in the file's language: the national run's own codes,
 * then those it shares with results.csv (unchanged when in neither). */
static const char *tr(const buf *b, const char *en) {
  const char *t = mkba_csv_tr(b, codes, MKBA_COUNT(codes), en);
  return t != en ? t : mkba_csv_result_code(b, en);
}

/* What a row is about: every column but measure and value. */
typedef struct rowc {
  const char *table, *region, *iv, *plugin, *actor, *unit, *note;
  int euros; /* 1: the unit is EUR for money measures, none for the others */
} rowc;

/* Whether measure `key` is an amount of money (present values, NPVs, totals). */
static int money(const char *key) {
  return !strncmp(key, "pv_", 3) || !strncmp(key, "npv", 3) || !strncmp(key, "undiscounted_", 13);
}

/*
 * One row with number v in the value column; a v that is no number gives
 * no row (the value column holds numbers only, as in results.csv).
 */
static void row(buf *b, const rowc *c, const char *measure, const json_t *v) {
  if (!json_is_number(v) && !json_is_boolean(v))
    return;
  const char *before[] = {tr(b, c->table), c->region, c->iv, c->plugin, c->actor, tr(b, measure)};
  for (size_t k = 0; k < MKBA_COUNT(before); k++) {
    mkba_csv_field(b, before[k]);
    mkba_csv_sep(b);
  }
  mkba_csv_number(b, v);
  mkba_csv_sep(b);
  mkba_csv_field(b, c->euros ? (money(measure) ? "EUR" : NULL) : c->unit);
  mkba_csv_sep(b);
  mkba_csv_field(b, c->note);
  mkba_csv_end_row(b);
}

/* A row per number member of o, in document order, except "id". */
static void members(buf *b, const rowc *c, const json_t *o) {
  const char *key;
  json_t *v;
  json_object_foreach((json_t *)o, key, v) if (strcmp(key, "id")) row(b, c, key, v);
}

/* Rows per actor of a list of actor objects. */
static void actor_rows(buf *b, rowc c, const json_t *list) {
  size_t k;
  json_t *a;
  json_array_foreach(list, k, a) {
    c.actor = json_string_value(json_object_get(a, "id"));
    members(b, &c, a);
  }
}

char *mkba_national_csv(const json_t *doc, const char *lang) {
  static const char *const head[] = {"table",   "region", "intervention", "plugin", "actor",
                                     "measure", "value",  "unit",         "note"};
  static const char *const kop[] = {"tabel", "regio",  "interventie", "plugin",     "actor",
                                    "maat",  "waarde", "eenheid",     "toelichting"};
  buf b;
  mkba_csv_start(&b, mkba_lang_of(lang), head, kop, MKBA_COUNT(head));
  const json_t *ivs = json_object_get(doc, "interventions");
  size_t n_iv = json_array_size(ivs);
  char **names = calloc(n_iv + 1, sizeof *names);
  if (!names) {
    free(b.s);
    return NULL;
  }
  for (size_t i = 0; i < n_iv; i++) {
    const json_t *iv = json_array_get(ivs, i);
    const char *label = json_string_value(json_object_get(iv, "label"));
    if (!label)
      label = json_string_value(json_object_get(iv, "title"));
    size_t len = (label ? strlen(label) : 0) + 32;
    if ((names[i] = malloc(len)))
      snprintf(names[i], len, "%zu: %s", i, label ? label : "");
    else
      b.failed = 1;
  }
  size_t k;
  json_t *c;
  json_array_foreach(json_object_get(doc, "cells"), k, c) {
    json_int_t i = json_integer_value(json_object_get(c, "intervention"));
    rowc r = {.region = json_string_value(json_object_get(c, "region")),
              .iv = i >= 0 && (size_t)i < n_iv ? names[i] : NULL,
              .plugin = json_string_value(json_object_get(c, "plugin"))};
    /* The cell itself: its seed, with its status (and error) in the note. */
    const char *st = json_string_value(json_object_get(c, "status"));
    const char *err = json_string_value(json_object_get(c, "error"));
    char note[2600];
    snprintf(note, sizeof note, "%s%s%s; %s", tr(&b, st ? st : ""), err ? ": " : "", err ? err : "",
             json_string_value(json_object_get(c, "scenario")));
    rowc cell = r;
    cell.table = "cell";
    cell.note = note;
    row(&b, &cell, "intervention", json_object_get(c, "intervention"));
    row(&b, &cell, "seed", json_object_get(c, "seed"));
    rowc s = r;
    s.table = "summary";
    s.euros = 1;
    members(&b, &s, json_object_get(c, "summary"));
    rowc a = r;
    a.table = "actors";
    a.euros = 1;
    actor_rows(&b, a, json_object_get(c, "actors"));
    const json_t *u = json_object_get(c, "uncertainty");
    if (json_is_object(u)) {
      rowc ur = r;
      ur.table = "uncertainty";
      ur.euros = 1;
      members(&b, &ur, u);
      actor_rows(&b, ur, json_object_get(u, "actors"));
    }
    const json_t *p = json_object_get(c, "participants");
    if (json_is_object(p)) {
      rowc pr = r;
      pr.table = "participants";
      pr.unit = json_string_value(json_object_get(p, "unit"));
      pr.note = json_string_value(json_object_get(p, "parameter"));
      row(&b, &pr, "participants", json_object_get(p, "value"));
      row(&b, &pr, "scaled", json_object_get(p, "scaled"));
      /* how the region scaled it: the factor, with the count used in the note */
      const json_t *sc = json_object_get(p, "scaling");
      if (json_is_object(sc)) {
        rowc sr = r;
        sr.table = "participants";
        sr.note = json_string_value(json_object_get(sc, "counted_as"));
        row(&b, &sr, "scaling_factor", json_object_get(sc, "factor"));
      }
    }
  }
  json_array_foreach(json_object_get(doc, "national"), k, c) {
    json_int_t i = json_integer_value(json_object_get(c, "intervention"));
    rowc r = {.table = "national",
              .iv = i >= 0 && (size_t)i < n_iv ? names[i] : NULL,
              .plugin = json_string_value(json_object_get(c, "plugin")),
              .euros = 1};
    const char *key;
    json_t *v;
    json_object_foreach(c, key, v) {
      if (!strcmp(key, "intervention"))
        continue;
      row(&b, &r, key, v);
    }
  }
  for (size_t i = 0; i < n_iv; i++)
    free(names[i]);
  free(names);
  return mkba_csv_finish(&b);
}
