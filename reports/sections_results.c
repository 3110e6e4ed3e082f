/*
 * sections_results.c: the deterministic results. The overzichtstabel (every
 * cost and benefit item, transfers, PM items, effects), who pays and who
 * gains, and the years with the payback curve.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void note_amounts(mkba_page *pg) {
  char note[600], year[16];
  mkba_tpl(note, sizeof note, pg->r->s->pv_note,
           mkba_price_year(pg->r, year, sizeof year), NULL, NULL, NULL);
  mkba_page_note(pg, note);
}

static void category_table(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const mkba_col cols[] = {
      {s->col_item, 2.3, MKBA_ALIGN_LEFT},
      {s->col_costs_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_net_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_costs_und, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits_und, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, 6);
  mkba_row row;
  const json_t *cats = mkba_j_arr(r->doc, "categories");
  for (size_t i = 0; i < mkba_j_len(cats); i++) {
    const json_t *c = mkba_j_at(cats, i);
    mkba_row_clear(&row);
    mkba_display_label(c, row.buf[0], sizeof row.buf[0]);
    mkba_row_amount(&row, 1, mkba_j_num(c, "pv_costs"), r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(c, "pv_benefits"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(c, "npv"), r->lang);
    mkba_row_amount(&row, 4, mkba_j_num(c, "undiscounted_costs"), r->lang);
    mkba_row_amount(&row, 5, mkba_j_num(c, "undiscounted_benefits"), r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  const json_t *sum = mkba_j_obj(r->doc, "summary");
  const json_t *und = mkba_j_obj(r->doc, "undiscounted");
  mkba_row_clear(&row);
  mkba_row_set(&row, 0, s->row_total);
  mkba_row_amount(&row, 1, mkba_j_num(sum, "pv_costs"), r->lang);
  mkba_row_amount(&row, 2, mkba_j_num(sum, "pv_benefits"), r->lang);
  mkba_row_amount(&row, 3, mkba_j_num(sum, "npv"), r->lang);
  mkba_row_amount(&row, 4, mkba_j_num(und, "costs"), r->lang);
  mkba_row_amount(&row, 5, mkba_j_num(und, "benefits"), r->lang);
  mkba_table_row(&t, row.cell, MKBA_ROW_BOLD | MKBA_ROW_RULE, NULL);
  mkba_table_end(&t);
}

static void transfer_table(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *tr = mkba_j_arr(r->doc, "transfers");
  mkba_page_heading(pg, s->transfers_heading, 60);
  mkba_page_note(pg, s->transfers_intro);
  if (mkba_j_len(tr) == 0) {
    mkba_page_para(pg, s->transfers_none);
    return;
  }
  const mkba_col cols[] = {
      {s->col_from_to, 2.2, MKBA_ALIGN_LEFT},
      {s->col_item, 2.4, MKBA_ALIGN_LEFT},
      {s->col_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_und, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, 4);
  mkba_row row;
  for (size_t i = 0; i < mkba_j_len(tr); i++) {
    const json_t *e = mkba_j_at(tr, i);
    char ft[256];
    snprintf(ft, sizeof ft, "%s \xe2\x86\x92 %s",
             mkba_report_actor_label(r, mkba_j_str(e, "from", "?")),
             mkba_report_actor_label(r, mkba_j_str(e, "to", "?")));
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, ft);
    mkba_row_set(&row, 1,
                 mkba_j_str(e, "label", mkba_j_str(e, "category", "")));
    mkba_row_amount(&row, 2, mkba_j_num(e, "pv"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(e, "undiscounted"), r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
}

static const char *direction(const mkba_strings *s, const char *d) {
  if (d != NULL && strcmp(d, "positive") == 0)
    return s->dir_positive;
  if (d != NULL && strcmp(d, "negative") == 0)
    return s->dir_negative;
  return s->dir_unknown;
}

static void pm_table(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *pm = mkba_j_arr(r->doc, "pm_items");
  mkba_page_heading(pg, s->pm_heading, 50);
  if (mkba_j_len(pm) == 0) {
    mkba_page_para(pg, s->pm_none);
    return;
  }
  const mkba_col cols[] = {
      {s->col_effect, 4.2, MKBA_ALIGN_LEFT},
      {s->col_direction, 1.1, MKBA_ALIGN_LEFT},
      {s->col_actor, 1.5, MKBA_ALIGN_LEFT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, 3);
  mkba_row row;
  for (size_t i = 0; i < mkba_j_len(pm); i++) {
    const json_t *e = mkba_j_at(pm, i);
    const char *actor = mkba_j_str(e, "actor", NULL);
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_j_str(e, "label", "?"));
    mkba_row_set(&row, 1, direction(s, mkba_j_str(e, "direction", NULL)));
    mkba_row_set(&row, 2,
                 actor ? mkba_report_actor_label(r, actor) : s->all_actors);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
}

static void outcome_table(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *oc = mkba_j_arr(r->doc, "outcomes");
  if (mkba_j_len(oc) == 0)
    return;
  mkba_page_heading(pg, s->outcomes_heading, 50);
  const mkba_col cols[] = {
      {s->col_effect, 2.8, MKBA_ALIGN_LEFT},
      {s->col_unit, 0.9, MKBA_ALIGN_LEFT},
      {s->col_baseline, 1, MKBA_ALIGN_RIGHT},
      {s->col_with, 1, MKBA_ALIGN_RIGHT},
      {s->col_difference, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, 5);
  mkba_row row;
  for (size_t i = 0; i < mkba_j_len(oc); i++) {
    const json_t *e = mkba_j_at(oc, i);
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_j_str(e, "label", mkba_j_str(e, "id", "?")));
    mkba_row_set(&row, 1, mkba_j_str(e, "unit", ""));
    mkba_fmt_sig(row.buf[2], sizeof row.buf[2], mkba_j_num(e, "baseline"), 4,
                 r->lang);
    mkba_fmt_sig(row.buf[3], sizeof row.buf[3], mkba_j_num(e, "intervention"),
                 4, r->lang);
    double d = mkba_j_num(e, "difference");
    char num[64];
    mkba_fmt_sig(num, sizeof num, d, 4, r->lang);
    /* an explicit plus, so an increase is not read as a level */
    snprintf(row.buf[4], sizeof row.buf[4], "%s%s",
             isfinite(d) && d > 0 ? "+" : "", num);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
}

void mkba_section_overview(mkba_page *pg) {
  const mkba_strings *s = pg->r->s;
  mkba_page_section(pg, s->sec_overview);
  mkba_page_para(pg, s->overview_intro);
  note_amounts(pg);
  mkba_page_gap(pg, 2);
  category_table(pg);
  transfer_table(pg);
  pm_table(pg);
  outcome_table(pg);
}

void mkba_section_actors(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  mkba_page_section(pg, s->sec_actors);
  mkba_page_para(pg, s->actors_intro);
  if (mkba_chart_actors.applies(r))
    mkba_page_chart(pg, &mkba_chart_actors);
  const mkba_col cols[] = {
      {s->col_actor, 1.6, MKBA_ALIGN_LEFT},
      {s->col_costs_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_net_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_transfers_net, 1, MKBA_ALIGN_RIGHT},
      {s->col_costs_und, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits_und, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, 7);
  mkba_row row;
  const json_t *actors = mkba_j_arr(r->doc, "actors");
  for (size_t i = 0; i < mkba_j_len(actors); i++) {
    const json_t *a = mkba_j_at(actors, i);
    const char *id = mkba_j_str(a, "id", "");
    double in, out;
    mkba_actor_transfers(r, id, &in, &out);
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_report_actor_label(r, id));
    mkba_row_amount(&row, 1, mkba_j_num(a, "pv_costs"), r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(a, "pv_benefits"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(a, "npv"), r->lang);
    mkba_row_amount(&row, 4, in - out, r->lang);
    mkba_row_amount(&row, 5, mkba_j_num(a, "undiscounted_costs"), r->lang);
    mkba_row_amount(&row, 6, mkba_j_num(a, "undiscounted_benefits"), r->lang);
    mkba_rgb c = mkba_actor_rgb(id);
    mkba_table_row(&t, row.cell, 0, &c);
  }
  mkba_table_end(&t);
  note_amounts(pg);
  mkba_page_note(pg, s->transfer_note);

  const json_t *ps = mkba_j_arr(r->doc, "perspectives");
  if (mkba_j_len(ps) > 0) {
    mkba_page_heading(pg, s->perspectives_heading, 50);
    const mkba_col pc[] = {
        {s->col_perspective, 2.2, MKBA_ALIGN_LEFT},
        {s->col_costs_pv, 1, MKBA_ALIGN_RIGHT},
        {s->col_benefits_pv, 1, MKBA_ALIGN_RIGHT},
        {s->col_net_pv, 1, MKBA_ALIGN_RIGHT},
    };
    mkba_table_begin(&t, pg, pc, 4);
    for (size_t i = 0; i < mkba_j_len(ps); i++) {
      const json_t *p = mkba_j_at(ps, i);
      mkba_row_clear(&row);
      mkba_row_set(&row, 0, mkba_j_str(p, "label", mkba_j_str(p, "id", "?")));
      mkba_row_amount(&row, 1, mkba_j_num(p, "pv_costs"), r->lang);
      mkba_row_amount(&row, 2, mkba_j_num(p, "pv_benefits"), r->lang);
      mkba_row_amount(&row, 3, mkba_j_num(p, "npv"), r->lang);
      mkba_table_row(&t, row.cell, 0, NULL);
    }
    mkba_table_end(&t);
  }
}

void mkba_section_years(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  mkba_page_section(pg, s->sec_years);
  mkba_page_para(pg, s->years_intro);
  if (mkba_chart_years.applies(r))
    mkba_page_chart(pg, &mkba_chart_years);
  const mkba_col cols[] = {
      {s->col_year, 0.6, MKBA_ALIGN_LEFT},
      {s->col_factor, 1.15, MKBA_ALIGN_RIGHT},
      {s->col_costs, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits, 1, MKBA_ALIGN_RIGHT},
      {s->col_net, 1, MKBA_ALIGN_RIGHT},
      {s->col_net_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_cumulative, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, 7);
  mkba_row row;
  const json_t *years = mkba_j_arr(r->doc, "years");
  for (size_t i = 0; i < mkba_j_len(years); i++) {
    const json_t *y = mkba_j_at(years, i);
    mkba_row_clear(&row);
    snprintf(row.buf[0], sizeof row.buf[0], "%.0f", mkba_j_num(y, "year"));
    mkba_fmt_fixed(row.buf[1], sizeof row.buf[1],
                   mkba_j_num(y, "discount_factor"), 4, r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(y, "costs"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(y, "benefits"), r->lang);
    mkba_row_amount(&row, 4, mkba_j_num(y, "net"), r->lang);
    mkba_row_amount(&row, 5, mkba_j_num(y, "pv_net"), r->lang);
    mkba_row_amount(&row, 6, mkba_j_num(y, "cumulative_pv_net"), r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
  note_amounts(pg);
}
