/*
 * workbook_params.c: the results workbook's sheets of what went into the
 * numbers: every parameter with its distribution and source, and the
 * provenance (versions, digests, seed, price index).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "format.h"
#include "results.h"
#include "workbook_book.h"
#include "workbook_sheets.h"

/* A distribution in words and the workbook's numbers: "bèta: alfa 3, bèta
 * 7", or "vast" for a fixed value (d: the distribution or null; buf, len:
 * output). Returns buf. */
static char *distribution_text(const wb_book *b, const json_t *d, char *buf,
                               size_t len) {
  static const struct {
    const char *id;
    words name;
  } dists[] = {{"normal", {"normaal", "normal"}},
               {"lognormal", {"lognormaal", "lognormal"}},
               {"uniform", {"uniform", "uniform"}},
               {"triangular", {"driehoek", "triangular"}},
               {"pert", {"PERT", "PERT"}},
               {"beta", {"bèta", "beta"}},
               {"gamma", {"gamma", "gamma"}}};
  static const struct {
    const char *key;
    words name;
  } params[] = {{"mean", {"gem.", "mean"}},    {"sd", {"sd", "sd"}},
                {"min", {"min.", "min"}},      {"mode", {"modus", "mode"}},
                {"max", {"max.", "max"}},      {"alpha", {"alfa", "alpha"}},
                {"beta", {"bèta", "beta"}},    {"shape", {"vorm", "shape"}},
                {"scale", {"schaal", "scale"}}};
  if (!json_is_object(d)) {
    snprintf(buf, len, "%s", wb_say(b, (words){"vast", "fixed"}));
    return buf;
  }
  const char *id = mkba_j_str(d, "dist", "?");
  const char *name = id;
  for (size_t i = 0; i < MKBA_COUNT(dists); i++)
    if (strcmp(dists[i].id, id) == 0)
      name = wb_say(b, dists[i].name);
  size_t used = (size_t)snprintf(buf, len, "%s", name);
  const char *key;
  json_t *v;
  int first = 1;
  json_object_foreach((json_t *)d, key, v) {
    if (!json_is_number(v) || strcmp(key, "value") == 0 || used >= len)
      continue;
    char num[64];
    const char *pname = key;
    for (size_t i = 0; i < MKBA_COUNT(params); i++)
      if (strcmp(params[i].key, key) == 0)
        pname = wb_say(b, params[i].name);
    mkba_fmt_number(num, sizeof num, json_number_value(v), b->w.lang);
    used += (size_t)snprintf(buf + used, len - used, "%s%s %s",
                             first ? ": " : ", ", pname, num);
    first = 0;
  }
  return buf;
}

/* A confidence level in the workbook's language. */
static const char *confidence_text(const wb_book *b, const char *c) {
  if (c == NULL)
    return NULL;
  if (strcmp(c, "verified") == 0)
    return wb_say(b, (words){"geverifieerd", "verified"});
  if (strcmp(c, "secondary") == 0)
    return wb_say(b, (words){"secundair", "secondary"});
  if (strcmp(c, "assumption") == 0)
    return wb_say(b, (words){"aanname", "assumption"});
  return c;
}

/* A source in the workbook's language, as the report writes it: a
 * publication as cited, a kind word ("assumption: ") translated (s: the
 * sheet; c: the column; src: the document's text, may be NULL). */
static void put_source(wb_sheet *s, lxw_col_t c, const char *src) {
  if (src == NULL)
    return;
  size_t len = strlen(src) + 64; /* a translated kind word is longer */
  char *buf = malloc(len);
  if (buf == NULL) {
    wbs_note(s->b, LXW_ERROR_MEMORY_MALLOC_FAILED, "a source");
    return;
  }
  wbs_put_text(s, c, mkba_fmt_source(buf, len, src, s->b->lang), F_WRAP);
  free(buf);
}

/* Sheet "Parameters": every parameter of the calculation with its value,
 * distribution, source, confidence, price level and regional scaling. */
void wb_write_parameters(wb_book *b) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Parameters", "Parameters"}))
    return;
  const words heads[] = {{"Interventie", "Intervention"},
                         {"Parameter", "Parameter"},
                         {"Omschrijving", "Description"},
                         {"Eenheid", "Unit"},
                         {"Waarde", "Value"},
                         {"Verdeling", "Distribution"},
                         {"Betrouwbaarheid", "Confidence"},
                         {"Prijspeil", "Price level"},
                         {"Regionale schaalfactor", "Regional scale factor"},
                         {"Landelijke waarde", "National value"},
                         {"Bron", "Source"}};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  const json_t *arr = mkba_j_arr(b->doc, "parameters");
  for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
    const json_t *e = mkba_j_at(arr, i);
    const json_t *rs = mkba_j_obj(e, "region_scaling");
    char dist[512];
    double iv = mkba_j_num(e, "intervention");
    wbs_put_text(&s, 0, wb_iv_name(b, isfinite(iv) ? (long)iv : -1), F_TEXT);
    wbs_put_text(&s, 1, mkba_j_str(e, "parameter", NULL), F_TEXT);
    wbs_put_text(&s, 2, mkba_j_str(e, "label", NULL), F_TEXT);
    wbs_put_text(&s, 3, mkba_j_str(e, "unit", NULL), F_TEXT);
    wbs_put_num(&s, 4, mkba_j_num(e, "value"), F_GENERAL);
    wbs_put_text(&s, 5,
                 distribution_text(b, json_object_get(e, "distribution"), dist,
                                   sizeof dist),
                 F_TEXT);
    wbs_put_text(&s, 6, confidence_text(b, mkba_j_str(e, "confidence", NULL)),
                 F_TEXT);
    wbs_put_num(&s, 7, mkba_j_num(e, "price_year"), F_PLAIN);
    wbs_put_num(&s, 8, mkba_j_num(rs, "factor"), F_FACTOR);
    wbs_put_num(&s, 9, mkba_j_num(rs, "national_value"), F_GENERAL);
    put_source(&s, 10, mkba_j_str(e, "source", NULL));
  }
  wbs_sheet_close(&s, 3, 1);
}

/* A row of the provenance sheet: item, value (text or number), note. */
static void provenance_row(wb_sheet *s, const char *item, const char *text,
                           double v, fmt_kind f, const char *note_text) {
  wbs_put_text(s, 0, item, F_TEXT);
  if (text != NULL)
    wbs_put_text(s, 1, text, F_TEXT);
  else
    wbs_put_num(s, 1, v, f);
  wbs_put_text(s, 2, note_text, F_WRAP);
  s->row++;
}

/* Sheet "Herkomst": what made these numbers: mkba, the plugins and their
 * digests, the data versions, the scenario's digest, the seed, the price
 * index and the regional source. */
void wb_write_provenance(wb_book *b) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Herkomst", "Provenance"}))
    return;
  const words heads[] = {
      {"Onderdeel", "Item"}, {"Waarde", "Value"}, {"Toelichting", "Note"}};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  const json_t *p = mkba_j_obj(b->doc, "provenance");
  provenance_row(&s, wb_say(b, (words){"mkba-versie", "mkba version"}),
                 mkba_j_str(p, "mkba_version", ""), 0, F_TEXT, NULL);
  provenance_row(&s, wb_say(b, (words){"Resultatenschema", "Results schema"}),
                 mkba_j_str(b->doc, "schema", ""), 0, F_TEXT, NULL);
  provenance_row(&s, wb_say(b, (words){"Gegevensversies", "Data versions"}),
                 mkba_j_str(p, "data_version", ""), 0, F_TEXT, NULL);
  provenance_row(&s,
                 wb_say(b, (words){"Scenario (SHA-256)", "Scenario (SHA-256)"}),
                 mkba_j_str(p, "scenario_sha256", ""), 0, F_TEXT, NULL);
  if (isfinite(mkba_j_num(p, "seed")))
    provenance_row(&s, wb_measure_name(b, "seed"), NULL, mkba_j_num(p, "seed"),
                   F_PLAIN, NULL);
  if (mkba_j_str(p, "region_source", NULL) != NULL)
    provenance_row(
        &s, wb_say(b, (words){"Bron van de regio", "Source of the region"}),
        mkba_j_str(mkba_j_obj(b->doc, "scenario"), "region", ""), 0, F_TEXT,
        mkba_j_str(p, "region_source", NULL));
  const json_t *pl = mkba_j_arr(p, "plugins");
  for (size_t i = 0; i < mkba_j_len(pl); i++) {
    const json_t *e = mkba_j_at(pl, i);
    char item[160], note_text[160];
    snprintf(item, sizeof item, "Plugin %s", mkba_j_str(e, "name", "?"));
    snprintf(note_text, sizeof note_text, "SHA-256 %s",
             mkba_j_str(e, "sha256", "?"));
    provenance_row(&s, item, mkba_j_str(e, "version", ""), 0, F_TEXT,
                   note_text);
  }
  const json_t *pi = mkba_j_obj(p, "price_index");
  const json_t *f = mkba_j_arr(pi, "factors");
  for (size_t i = 0; i < mkba_j_len(f); i++) {
    const json_t *e = mkba_j_at(f, i);
    char item[96];
    snprintf(item, sizeof item, "%s %.0f",
             wb_say(b, (words){"Prijsindexfactor", "Price index factor"}),
             mkba_j_num(e, "year"));
    char note_text[96];
    snprintf(note_text, sizeof note_text, "%s %.0f",
             wb_say(b, (words){"naar prijspeil", "to price level"}),
             mkba_j_num(pi, "to_year"));
    provenance_row(&s, item, NULL, mkba_j_num(e, "factor"), F_FACTOR,
                   i == 0 ? mkba_j_str(pi, "source", note_text) : note_text);
  }
  wbs_sheet_close(&s, 1, 0);
}
