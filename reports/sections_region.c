/*
 * sections_region.c: "Regionale cijfers", the figures of the region a run
 * used. A council that reads a business case for its own region must see
 * which regional counts scaled the programme sizes, against which national
 * counts, and where each comes from; and which prices the region sets
 * itself.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"

/* "2.700 (2023)", or a dash for a count without value. */
static void count_text(const mkba_report_ctx *r, const json_t *c, char *buf,
                       size_t len) {
  double v = mkba_j_num(c, "value"), year = mkba_j_num(c, "year");
  char n[64];
  if (!isfinite(v)) {
    snprintf(buf, len, "\xe2\x80\x93");
    return;
  }
  mkba_fmt_int(n, sizeof n, v, r->lang);
  if (isfinite(year) && year > 0)
    snprintf(buf, len, "%s (%.0f)", n, year);
  else
    snprintf(buf, len, "%s", n);
}

/* Whether the count's list of scaled parameters (its "used_by", ids such
 * as "3:practices") names a parameter of intervention iv. */
static int uses_intervention(const json_t *used, size_t iv) {
  for (size_t k = 0; k < mkba_j_len(used); k++) {
    const char *id = json_string_value(mkba_j_at(used, k));
    char *end = NULL;
    if (id == NULL)
      continue;
    long n = strtol(id, &end, 10);
    if (end != id && *end == ':' && n >= 0 && (size_t)n == iv)
      return 1;
  }
  return 0;
}

/* Append text to buf (len bytes) after sep unless buf is empty. */
static void list_add(char *buf, size_t len, const char *sep, const char *text) {
  size_t o = strlen(buf);
  if (o + 1 < len)
    snprintf(buf + o, len - o, "%s%s", o > 0 ? sep : "", text);
}

/*
 * What a regional count scaled, in words the reader knows from the rest of
 * the report, never the parameter ids of "used_by": with several
 * interventions their names (numbered as in the ranking when they are
 * alternatives), with one the labels of its scaled parameters. r: the
 * rendering; used: the count's "used_by"; buf, len: output, empty when
 * nothing is named.
 */
static void scaled_text(const mkba_report_ctx *r, const json_t *used, char *buf,
                        size_t len) {
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const json_t *params = mkba_j_arr(r->doc, "parameters");
  buf[0] = '\0';
  if (mkba_j_len(ivs) > 1) {
    /* alternatives in the order and with the numbers of the ranking, a
     * package's interventions in their own order */
    size_t order[256];
    int numbered = mkba_report_alternatives(r);
    size_t n =
        numbered ? mkba_ranked(r, order, MKBA_COUNT(order)) : mkba_j_len(ivs);
    for (size_t i = 0; i < n && i < MKBA_COUNT(order); i++) {
      size_t idx = numbered ? order[i] : i;
      const json_t *iv = mkba_j_at(ivs, idx);
      double own = mkba_j_num(iv, "index");
      if (!uses_intervention(used, isfinite(own) ? (size_t)own : idx))
        continue;
      char name[300], item[320];
      mkba_intervention_short_name(iv, name, sizeof name);
      if (numbered)
        snprintf(item, sizeof item, "%zu.\xc2\xa0%s", i + 1, name);
      else
        snprintf(item, sizeof item, "%s", name);
      list_add(buf, len, "; ", item);
    }
    return;
  }
  for (size_t k = 0; k < mkba_j_len(used); k++) {
    const char *id = json_string_value(mkba_j_at(used, k));
    for (size_t j = 0; id != NULL && j < mkba_j_len(params); j++) {
      const json_t *p = mkba_j_at(params, j);
      const char *pid = mkba_j_str(p, "parameter", "");
      const char *label = mkba_j_str(p, "label", NULL);
      if (label != NULL &&
          (strcmp(pid, id) == 0 ||
           strcmp(mkba_param_local_id(pid), mkba_param_local_id(id)) == 0)) {
        list_add(buf, len, "; ", label);
        break;
      }
    }
  }
}

/* The text under a count's row: where the regional and the national count
 * come from (national: the count's own source only), and what it scaled.
 * r: the rendering; c: the count; national: whether the run is national;
 * buf, len: output. */
static void count_note(const mkba_report_ctx *r, const json_t *c, int national,
                       char *buf, size_t len) {
  const mkba_strings *s = r->s;
  char a[1500], b[1500], scaled[1500];
  /* sources in the report's language ("aanname: ...", "afgeleid: ...") */
  mkba_fmt_source(a, sizeof a, mkba_j_str(c, "source", ""), r->lang);
  if (national) {
    snprintf(buf, len, "%s: %s", s->col_source, a);
    return;
  }
  mkba_fmt_source(b, sizeof b,
                  mkba_j_str(mkba_j_obj(c, "national"), "source", ""), r->lang);
  size_t o =
      (size_t)snprintf(buf, len, "%s: %s\n%s: %s", s->regional_src_region, a,
                       s->regional_src_national, b);
  scaled_text(r, mkba_j_arr(c, "used_by"), scaled, sizeof scaled);
  if (scaled[0] != '\0' && o + 1 < len)
    snprintf(buf + o, len - o, "\n%s: %s.", s->regional_scaled, scaled);
}

void mkba_section_regional(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *fig = mkba_j_obj(r->doc, "regional_figures");
  const json_t *counts = mkba_j_arr(fig, "counts");
  const json_t *costs = mkba_j_arr(fig, "unit_costs");
  if (mkba_j_len(counts) == 0 && mkba_j_len(costs) == 0)
    return;
  const json_t *sc = mkba_j_obj(r->doc, "scenario");
  /* the region's name as a noun: "Voor Centrumregio Utrecht", "For the
   * Utrecht central region" */
  const char *region =
      mkba_j_str(sc, "region_label", mkba_j_str(sc, "region", "?"));
  int national = strcmp(mkba_j_str(fig, "region", ""), "nederland") == 0;
  char text[1200];
  /* room for the intro and the counts' rows (about 100 points each with
   * their sources), so the last count does not end up alone on a page of
   * its own; a longer table starts where a good part of it fits */
  double room = 90 + 100 * (double)mkba_j_len(counts);
  mkba_page_section_flow(pg, s->sec_regional, room < 450 ? room : 450);
  if (national)
    mkba_page_para(pg, s->regional_national);
  else
    mkba_page_para(pg, mkba_tpl(text, sizeof text, s->regional_intro, region,
                                NULL, NULL, NULL));
  if (mkba_j_len(counts) > 0) {
    /* the sources across the number columns under each count, as in the
     * assumptions annex: in a column of their own they made a tall narrow
     * strip */
    const mkba_col cols[] = {
        {s->col_target_group, 1.6, MKBA_ALIGN_LEFT},
        {s->col_region_count, 1.0, MKBA_ALIGN_RIGHT},
        {s->col_national_count, 1.1, MKBA_ALIGN_RIGHT},
        {s->col_scale_factor, 0.8, MKBA_ALIGN_RIGHT},
        {s->col_confidence, 1.0, MKBA_ALIGN_LEFT},
    };
    mkba_table t;
    mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
    mkba_row row;
    for (size_t i = 0; i < mkba_j_len(counts); i++) {
      const json_t *c = mkba_j_at(counts, i);
      char note[4800];
      mkba_row_clear(&row);
      mkba_row_set(&row, 0,
                   mkba_j_str(c, "label", mkba_j_str(c, "target_group", "?")));
      /* a label is a noun phrase from the data: it starts a cell */
      if (row.buf[0][0] >= 'a' && row.buf[0][0] <= 'z')
        row.buf[0][0] = (char)(row.buf[0][0] - 'a' + 'A');
      count_text(r, c, row.buf[1], sizeof row.buf[1]);
      count_text(r, mkba_j_obj(c, "national"), row.buf[2], sizeof row.buf[2]);
      mkba_fmt_fixed(row.buf[3], sizeof row.buf[3], mkba_j_num(c, "factor"), 3,
                     r->lang);
      mkba_row_set(&row, 4,
                   mkba_confidence_label(s, mkba_j_str(c, "confidence", NULL)));
      count_note(r, c, national, note, sizeof note);
      mkba_table_row_note(&t, row.cell, 0, NULL, note, 1);
    }
    mkba_table_end(&t);
  }
  if (mkba_j_len(costs) > 0) {
    mkba_page_para(pg, mkba_tpl(text, sizeof text, s->regional_costs, region,
                                NULL, NULL, NULL));
    const mkba_col cols[] = {
        {s->col_parameter, 2.0, MKBA_ALIGN_LEFT},
        {s->col_value, 0.9, MKBA_ALIGN_RIGHT},
        {s->col_unit, 1.1, MKBA_ALIGN_LEFT},
        {s->col_source, 3.1, MKBA_ALIGN_LEFT},
        {s->col_confidence, 1.05, MKBA_ALIGN_LEFT},
    };
    mkba_table t;
    mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
    mkba_row row;
    for (size_t i = 0; i < mkba_j_len(costs); i++) {
      const json_t *c = mkba_j_at(costs, i);
      const char *unit = mkba_j_str(c, "unit", "");
      char label[600];
      snprintf(label, sizeof label, "%s\n%s", mkba_j_str(c, "label", "?"),
               mkba_j_str(c, "unit_cost", "?"));
      mkba_row_clear(&row);
      mkba_row_set(&row, 0, label);
      /* a unit price as the annex writes it: € 32.300, € 70,89, the unit
       * without the euro word */
      mkba_fmt_param_shown(
          row.buf[1], sizeof row.buf[1], mkba_j_num(c, "amount"), NAN,
          mkba_unit_is_money(unit) ? unit : "EUR", NULL, r->lang);
      mkba_fmt_unit_shown(row.buf[2], sizeof row.buf[2], unit, r->lang);
      mkba_fmt_source(row.buf[3], sizeof row.buf[3],
                      mkba_j_str(c, "source", ""), r->lang);
      mkba_row_set(&row, 4,
                   mkba_confidence_label(s, mkba_j_str(c, "confidence", NULL)));
      mkba_table_row(&t, row.cell, 0, NULL);
    }
    mkba_table_end(&t);
  }
}
