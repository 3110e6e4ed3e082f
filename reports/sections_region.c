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
#include <string.h>

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

void mkba_section_regional(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *fig = mkba_j_obj(r->doc, "regional_figures");
  const json_t *counts = mkba_j_arr(fig, "counts");
  const json_t *costs = mkba_j_arr(fig, "unit_costs");
  if (mkba_j_len(counts) == 0 && mkba_j_len(costs) == 0)
    return;
  const json_t *sc = mkba_j_obj(r->doc, "scenario");
  const char *region =
      mkba_j_str(sc, "region_label", mkba_j_str(sc, "region", "?"));
  int national = strcmp(mkba_j_str(fig, "region", ""), "nederland") == 0;
  char text[1200];
  mkba_page_section_flow(pg, s->sec_regional, 200);
  if (national)
    mkba_page_para(pg, s->regional_national);
  else
    mkba_page_para(pg, mkba_tpl(text, sizeof text, s->regional_intro, region,
                                NULL, NULL, NULL));
  if (mkba_j_len(counts) > 0) {
    const mkba_col cols[] = {
        {s->col_target_group, 2.0, MKBA_ALIGN_LEFT},
        {s->col_region_count, 0.85, MKBA_ALIGN_RIGHT},
        {s->col_national_count, 0.85, MKBA_ALIGN_RIGHT},
        {s->col_scale_factor, 0.9, MKBA_ALIGN_RIGHT},
        {s->col_source, 2.8, MKBA_ALIGN_LEFT},
        {s->col_confidence, 0.8, MKBA_ALIGN_LEFT},
    };
    mkba_table t;
    mkba_table_begin(&t, pg, cols, 6);
    mkba_row row;
    for (size_t i = 0; i < mkba_j_len(counts); i++) {
      const json_t *c = mkba_j_at(counts, i);
      const json_t *nat = mkba_j_obj(c, "national");
      const json_t *used = mkba_j_arr(c, "used_by");
      char label[600], src[1500];
      size_t o = (size_t)snprintf(
          label, sizeof label, "%s",
          mkba_j_str(c, "label", mkba_j_str(c, "target_group", "?")));
      for (size_t k = 0; k < mkba_j_len(used) && o + 1 < sizeof label; k++)
        o += (size_t)snprintf(label + o, sizeof label - o, "%s%s",
                              k ? ", " : "\n",
                              json_string_value(mkba_j_at(used, k)));
      mkba_row_clear(&row);
      mkba_row_set(&row, 0, label);
      count_text(r, c, row.buf[1], sizeof row.buf[1]);
      count_text(r, nat, row.buf[2], sizeof row.buf[2]);
      mkba_fmt_fixed(row.buf[3], sizeof row.buf[3], mkba_j_num(c, "factor"), 3,
                     r->lang);
      /* sources in the report's language ("aanname: ...", "afgeleid:
       * ..."); the national count's source small under the region's */
      char a[700], b[700];
      mkba_fmt_source(a, sizeof a, mkba_j_str(c, "source", ""), r->lang);
      mkba_fmt_source(b, sizeof b, mkba_j_str(nat, "source", ""), r->lang);
      if (national)
        snprintf(src, sizeof src, "%s", a);
      else
        snprintf(src, sizeof src, "%s\n%s", a, b);
      row.cell[4] = src;
      mkba_row_set(&row, 5,
                   mkba_confidence_label(s, mkba_j_str(c, "confidence", NULL)));
      for (int k = 0; k < 6; k++)
        if (row.cell[k] == NULL)
          row.cell[k] = row.buf[k];
      mkba_table_row(&t, row.cell, 0, NULL);
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
    mkba_table_begin(&t, pg, cols, 5);
    mkba_row row;
    for (size_t i = 0; i < mkba_j_len(costs); i++) {
      const json_t *c = mkba_j_at(costs, i);
      char label[600];
      snprintf(label, sizeof label, "%s\n%s", mkba_j_str(c, "label", "?"),
               mkba_j_str(c, "unit_cost", "?"));
      mkba_row_clear(&row);
      mkba_row_set(&row, 0, label);
      /* a unit price: cents below 100 euros, whole euros above */
      mkba_fmt_price(row.buf[1], sizeof row.buf[1], mkba_j_num(c, "amount"),
                     r->lang);
      mkba_fmt_unit(row.buf[2], sizeof row.buf[2], mkba_j_str(c, "unit", ""),
                    r->lang);
      mkba_fmt_source(row.buf[3], sizeof row.buf[3],
                      mkba_j_str(c, "source", ""), r->lang);
      mkba_row_set(&row, 4,
                   mkba_confidence_label(s, mkba_j_str(c, "confidence", NULL)));
      mkba_table_row(&t, row.cell, 0, NULL);
    }
    mkba_table_end(&t);
  }
}
