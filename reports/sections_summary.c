/*
 * sections_summary.c: the first page, which many readers will read alone.
 * It says what was analysed, the four figures a council asks for, the same
 * in a few plain sentences, and who pays and who gains.
 */
#include "sections.h"

#include <cairo-pdf.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

int mkba_report_alternatives(const mkba_report_ctx *r) {
  const char *c = mkba_j_str(r->doc, "comparison", "package");
  return strcmp(c, "alternatives") == 0 &&
         mkba_j_len(mkba_j_arr(r->doc, "interventions")) > 1;
}

void mkba_row_clear(mkba_row *row) {
  for (int i = 0; i < MKBA_TABLE_MAX_COLS; i++) {
    row->buf[i][0] = '\0';
    row->cell[i] = row->buf[i];
  }
}

void mkba_row_set(mkba_row *row, int i, const char *text) {
  snprintf(row->buf[i], sizeof row->buf[i], "%s", text ? text : "");
  row->cell[i] = row->buf[i];
}

void mkba_row_amount(mkba_row *row, int i, double euros, mkba_lang lang) {
  mkba_fmt_int(row->buf[i], sizeof row->buf[i], euros, lang);
  row->cell[i] = row->buf[i];
}

void mkba_row_percent(mkba_row *row, int i, double frac, mkba_lang lang) {
  mkba_fmt_percent(row->buf[i], sizeof row->buf[i], frac, 1, lang);
  row->cell[i] = row->buf[i];
}

char *mkba_price_year(const mkba_report_ctx *r, char *buf, size_t len) {
  double y = mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year");
  if (isfinite(y))
    snprintf(buf, len, "%.0f", y);
  else
    snprintf(buf, len, "?");
  return buf;
}

char *mkba_discount_text(const mkba_report_ctx *r, char *buf, size_t len) {
  const json_t *d = mkba_j_obj(mkba_j_obj(r->doc, "scenario"), "discount");
  const json_t *sched = mkba_j_arr(d, "schedule");
  char base[16];
  double by = mkba_j_num(d, "base_year");
  snprintf(base, sizeof base, "%.0f", by);
  if (sched != NULL) {
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < mkba_j_len(sched) && o + 1 < len; i++) {
      const json_t *e = mkba_j_at(sched, i);
      char rate[32], from[16], part[96];
      mkba_fmt_percent(rate, sizeof rate, mkba_j_num(e, "rate"), 2, r->lang);
      snprintf(from, sizeof from, "%.0f", mkba_j_num(e, "from"));
      mkba_tpl(part, sizeof part, r->s->discount_step, rate, from, NULL, NULL);
      o += (size_t)snprintf(buf + o, len - o, "%s%s", i ? "; " : "", part);
    }
    if (isfinite(by) && o + 1 < len) {
      char tail[64];
      mkba_tpl(tail, sizeof tail, r->s->discount_base, base, NULL, NULL, NULL);
      snprintf(buf + o, len - o, " (%s)", tail);
    }
    return buf;
  }
  char rate[32];
  mkba_fmt_percent(rate, sizeof rate, mkba_j_num(d, "rate"), 2, r->lang);
  if (isfinite(by))
    return mkba_tpl(buf, len, r->s->discount_fixed, rate, base, NULL, NULL);
  snprintf(buf, len, "%s", rate);
  return buf;
}

/* One key figure: a shaded box with a label, a large value and a note. */
static void kpi(cairo_t *cr, double x, double y, double w, double h,
                const char *label, const char *value, const char *note) {
  cairo_rectangle(cr, x, y, w, h);
  mkba_set_rgb(cr, MKBA_RGB_SHADE);
  cairo_fill(cr);
  cairo_rectangle(cr, x, y, 3, h);
  mkba_set_rgb(cr, MKBA_RGB_ACCENT);
  cairo_fill(cr);
  mkba_text_style ls = mkba_style(7.5);
  ls.width = w - 14;
  ls.colour = MKBA_RGB_MUTED;
  double lh = mkba_text_draw(cr, label, &ls, x + 9, y + 7);
  mkba_text_style vs = mkba_style(15);
  vs.bold = 1;
  vs.width = w - 14;
  vs.max_lines = 1;
  double vh = mkba_text_draw(cr, value, &vs, x + 9, y + 9 + fmax(lh, 18));
  if (note != NULL && note[0] != '\0') {
    mkba_text_style ns = mkba_style(7);
    ns.width = w - 14;
    ns.colour = MKBA_RGB_MUTED;
    mkba_text_draw(cr, note, &ns, x + 9, y + 11 + fmax(lh, 18) + vh);
  }
}

static void title_block(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const json_t *sc = mkba_j_obj(r->doc, "scenario");
  mkba_text_style st = mkba_style(9.5);
  st.colour = MKBA_RGB_MUTED;
  mkba_page_text(pg, r->s->report_kind, st);
  mkba_text_style big = mkba_style(20);
  big.bold = 1;
  mkba_page_text(pg, mkba_j_str(sc, "title", r->s->report_kind), big);
  if (pg->is_pdf) {
    cairo_pdf_surface_add_outline(cairo_get_target(pg->cr),
                                  CAIRO_PDF_OUTLINE_ROOT, r->s->sec_summary,
                                  "page=1", 0);
  }
  mkba_page_gap(pg, 4);

  /* the facts of the scenario, as a two-column list */
  static const mkba_col cols[] = {{NULL, 1.1, MKBA_ALIGN_LEFT},
                                  {NULL, 4.0, MKBA_ALIGN_LEFT}};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, 2);
  mkba_row row;
  char buf[600], a[16], b[16], c[16];
  const char *region = mkba_j_str(sc, "region_label", NULL);
  if (region == NULL)
    region = mkba_j_str(sc, "region", "?");
  mkba_row_clear(&row);
  mkba_row_set(&row, 0, r->s->region);
  mkba_row_set(&row, 1, region);
  mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);

  double start = mkba_j_num(sc, "start_year");
  double years = mkba_j_num(sc, "horizon_years");
  snprintf(a, sizeof a, "%.0f", start);
  snprintf(b, sizeof b, "%.0f", start + years - 1);
  snprintf(c, sizeof c, "%.0f", years);
  mkba_row_set(&row, 0, r->s->period);
  mkba_row_set(&row, 1,
               mkba_tpl(buf, sizeof buf, r->s->period_value, a, b, c, NULL));
  mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);

  mkba_row_set(&row, 0, r->s->price_level);
  mkba_row_set(&row, 1, mkba_price_year(r, buf, sizeof buf));
  mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
  mkba_row_set(&row, 0, r->s->discount);
  mkba_row_set(&row, 1, mkba_discount_text(r, buf, sizeof buf));
  mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);

  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  size_t niv = mkba_j_len(ivs);
  for (size_t i = 0; i < niv; i++) {
    mkba_row_set(&row, 0,
                 i > 0     ? ""
                 : niv > 1 ? r->s->interventions_word
                           : r->s->intervention_word);
    mkba_row_set(&row, 1,
                 mkba_intervention_name(mkba_j_at(ivs, i), buf, sizeof buf));
    mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
  }
  pg->y += 6;
}

static void key_figures(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *sum = mkba_j_obj(r->doc, "summary");
  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  char npv[64], bcr[64], payback[64], p[64], irr[96], interval[160];
  mkba_fmt_money_short(npv, sizeof npv, mkba_j_num(sum, "npv"), r->lang);
  double b = mkba_j_num(sum, "bcr");
  if (isfinite(b))
    mkba_fmt_fixed(bcr, sizeof bcr, b, 2, r->lang);
  else
    snprintf(bcr, sizeof bcr, "%s", s->kpi_none_bcr);
  double pb = mkba_j_num(sum, "payback_year");
  if (isfinite(pb))
    snprintf(payback, sizeof payback, "%.0f", pb);
  else
    snprintf(payback, sizeof payback, "%s", s->kpi_none_payback);
  irr[0] = '\0';
  double ir = mkba_j_num(sum, "irr");
  if (isfinite(ir)) {
    char pc[32];
    mkba_fmt_percent(pc, sizeof pc, ir, 1, r->lang);
    mkba_tpl(irr, sizeof irr, s->kpi_irr, pc, NULL, NULL, NULL);
  }
  interval[0] = '\0';
  if (u != NULL) {
    mkba_fmt_percent(p, sizeof p, mkba_j_num(u, "p_npv_positive"), 0, r->lang);
    char lo[64], hi[64];
    mkba_fmt_money_short(lo, sizeof lo, mkba_j_num(u, "npv_p05"), r->lang);
    mkba_fmt_money_short(hi, sizeof hi, mkba_j_num(u, "npv_p95"), r->lang);
    snprintf(interval, sizeof interval, "P5 %s, P95 %s", lo, hi);
  } else {
    snprintf(p, sizeof p, "%s", "\xe2\x80\x93");
    snprintf(interval, sizeof interval, "%s", s->kpi_none_p);
  }
  const double gap = 8, h = 74;
  double w = (MKBA_TEXT_WIDTH - 3 * gap) / 4;
  mkba_page_need(pg, h + 10);
  double x = MKBA_MARGIN_X, y = pg->y;
  kpi(pg->cr, x, y, w, h, s->kpi_npv, npv, NULL);
  kpi(pg->cr, x + (w + gap), y, w, h, s->kpi_bcr,
      isfinite(b) ? bcr : "\xe2\x80\x93", isfinite(b) ? NULL : bcr);
  /* a long "not within the period" does not fit the large type */
  kpi(pg->cr, x + 2 * (w + gap), y, w, h, s->kpi_payback,
      isfinite(pb) ? payback : "\xe2\x80\x93", isfinite(pb) ? irr : payback);
  kpi(pg->cr, x + 3 * (w + gap), y, w, h, s->kpi_p, p, interval);
  pg->y += h + 12;
  pg->fresh = 0;
}

static void plain_words(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *sc = mkba_j_obj(r->doc, "scenario");
  const json_t *sum = mkba_j_obj(r->doc, "summary");
  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  char text[2048], part[512], period[64], a[64], b[64];
  double start = mkba_j_num(sc, "start_year");
  double years = mkba_j_num(sc, "horizon_years");
  snprintf(period, sizeof period, "%.0f\xe2\x80\x93%.0f", start,
           start + years - 1);
  mkba_fmt_money_short(a, sizeof a, mkba_j_num(sum, "pv_costs"), r->lang);
  mkba_fmt_money_short(b, sizeof b, mkba_j_num(sum, "pv_benefits"), r->lang);
  mkba_tpl(text, sizeof text,
           mkba_j_len(mkba_j_arr(r->doc, "interventions")) > 1
               ? s->sum_costs_benefits_package
               : s->sum_costs_benefits,
           period, a, b, NULL);
  double npv = mkba_j_num(sum, "npv");
  mkba_fmt_money_short(a, sizeof a, npv, r->lang);
  if (isfinite(npv)) {
    const char *t = npv > 0   ? s->sum_positive
                    : npv < 0 ? s->sum_negative
                              : s->sum_zero;
    mkba_tpl(part, sizeof part, t, a, NULL, NULL, NULL);
    strncat(text, " ", sizeof text - strlen(text) - 1);
    strncat(text, part, sizeof text - strlen(text) - 1);
  }
  double bcr = mkba_j_num(sum, "bcr");
  if (isfinite(bcr)) {
    /* "€ 1,43": a ratio read as euros of benefit per euro of cost */
    char num[32];
    mkba_fmt_fixed(num, sizeof num, bcr, 2, r->lang);
    snprintf(a, sizeof a, "%s%s",
             r->lang == MKBA_LANG_NL ? "\xe2\x82\xac\xc2\xa0" : "\xe2\x82\xac",
             num);
    mkba_tpl(part, sizeof part, s->sum_bcr, a, NULL, NULL, NULL);
    strncat(text, " ", sizeof text - strlen(text) - 1);
    strncat(text, part, sizeof text - strlen(text) - 1);
  }
  double pb = mkba_j_num(sum, "payback_year");
  if (isfinite(pb)) {
    snprintf(a, sizeof a, "%.0f", pb);
    mkba_tpl(part, sizeof part, s->sum_payback, a, NULL, NULL, NULL);
  } else {
    snprintf(part, sizeof part, "%s", s->sum_no_payback);
  }
  strncat(text, " ", sizeof text - strlen(text) - 1);
  strncat(text, part, sizeof text - strlen(text) - 1);
  double fyrr = mkba_j_num(sum, "first_year_return");
  if (isfinite(fyrr)) {
    mkba_fmt_percent(a, sizeof a, fyrr, 1, r->lang);
    mkba_tpl(part, sizeof part, s->sum_fyrr, a, NULL, NULL, NULL);
    strncat(text, " ", sizeof text - strlen(text) - 1);
    strncat(text, part, sizeof text - strlen(text) - 1);
  }
  double wb = mkba_j_num(sum, "pv_benefits_wellbeing");
  if (isfinite(wb) && wb != 0) {
    char budget[64], well[64], qv[64], without[64];
    mkba_fmt_money_short(budget, sizeof budget,
                         mkba_j_num(sum, "pv_benefits_budget"), r->lang);
    mkba_fmt_money_short(well, sizeof well, wb, r->lang);
    mkba_fmt_money(qv, sizeof qv,
                   mkba_j_num(mkba_j_obj(r->doc, "qaly_value"), "value"),
                   r->lang);
    mkba_fmt_money_short(without, sizeof without,
                         mkba_j_num(sum, "npv_without_wellbeing"), r->lang);
    mkba_tpl(part, sizeof part, s->sum_split, budget, well, qv, without);
    strncat(text, " ", sizeof text - strlen(text) - 1);
    strncat(text, part, sizeof text - strlen(text) - 1);
  }
  if (u != NULL) {
    char p[32], n[32], lo[64], hi[64];
    mkba_fmt_percent(p, sizeof p, mkba_j_num(u, "p_npv_positive"), 0, r->lang);
    mkba_fmt_int(n, sizeof n, mkba_j_num(u, "draws"), r->lang);
    mkba_fmt_money_short(lo, sizeof lo, mkba_j_num(u, "npv_p05"), r->lang);
    mkba_fmt_money_short(hi, sizeof hi, mkba_j_num(u, "npv_p95"), r->lang);
    mkba_tpl(part, sizeof part, s->sum_uncertainty, p, n, lo, hi);
    strncat(text, " ", sizeof text - strlen(text) - 1);
    strncat(text, part, sizeof text - strlen(text) - 1);
  }
  mkba_text_style st = mkba_style(10);
  mkba_page_text(pg, text, st);
}

static void actor_table(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  const json_t *ua = mkba_j_arr(u, "actors");
  int with_p = u != NULL;
  const mkba_col cols[] = {
      {s->col_actor, 1.9, MKBA_ALIGN_LEFT},
      {s->col_costs_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_net_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_p_positive, 0.9, MKBA_ALIGN_RIGHT},
  };
  mkba_page_heading(pg, s->per_actor_heading, 120);
  mkba_table t;
  mkba_table_begin(&t, pg, cols, with_p ? 5 : 4);
  mkba_row row;
  const json_t *actors = mkba_j_arr(r->doc, "actors");
  for (size_t i = 0; i < mkba_j_len(actors); i++) {
    const json_t *a = mkba_j_at(actors, i);
    const char *id = mkba_j_str(a, "id", "");
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_report_actor_label(r, id));
    mkba_row_amount(&row, 1, mkba_j_num(a, "pv_costs"), r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(a, "pv_benefits"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(a, "npv"), r->lang);
    /* an actor without any flow has no chance to speak of */
    mkba_row_percent(&row, 4,
                     mkba_actor_has_flows(a)
                         ? mkba_j_num(mkba_j_find_id(ua, id), "p_npv_positive")
                         : NAN,
                     r->lang);
    mkba_rgb c = mkba_actor_rgb(id);
    mkba_table_row(&t, row.cell, 0, &c);
  }
  /* perspectives: society (the total) and government */
  const json_t *ps = mkba_j_arr(r->doc, "perspectives");
  const json_t *sum = mkba_j_obj(r->doc, "summary");
  int first = 1;
  if (mkba_j_find_id(ps, "maatschappij") == NULL) {
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, s->row_total_society);
    mkba_row_amount(&row, 1, mkba_j_num(sum, "pv_costs"), r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(sum, "pv_benefits"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(sum, "npv"), r->lang);
    mkba_row_percent(&row, 4, mkba_j_num(u, "p_npv_positive"), r->lang);
    mkba_table_row(&t, row.cell, MKBA_ROW_BOLD | MKBA_ROW_RULE, NULL);
    first = 0;
  }
  for (size_t i = 0; i < mkba_j_len(ps); i++) {
    const json_t *p = mkba_j_at(ps, i);
    const char *id = mkba_j_str(p, "id", "");
    int society = strcmp(id, "maatschappij") == 0;
    mkba_row_clear(&row);
    mkba_row_set(&row, 0,
                 society ? s->row_total_society : mkba_j_str(p, "label", id));
    mkba_row_amount(&row, 1, mkba_j_num(p, "pv_costs"), r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(p, "pv_benefits"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(p, "npv"), r->lang);
    mkba_row_percent(&row, 4,
                     society ? mkba_j_num(u, "p_npv_positive")
                             : mkba_j_num(p, "p_npv_positive"),
                     r->lang);
    mkba_table_row(&t, row.cell, MKBA_ROW_BOLD | (first ? MKBA_ROW_RULE : 0u),
                   NULL);
    first = 0;
  }
  mkba_table_end(&t);
  char note[600], year[16];
  mkba_tpl(note, sizeof note, s->pv_note, mkba_price_year(r, year, sizeof year),
           NULL, NULL, NULL);
  mkba_page_note(pg, note);
  mkba_page_note(pg, s->transfer_note);
  const json_t *und = mkba_j_obj(r->doc, "undiscounted");
  if (und != NULL) {
    char c[64], b[64], n[64];
    mkba_fmt_money_short(c, sizeof c, mkba_j_num(und, "costs"), r->lang);
    mkba_fmt_money_short(b, sizeof b, mkba_j_num(und, "benefits"), r->lang);
    mkba_fmt_money_short(n, sizeof n, mkba_j_num(und, "net"), r->lang);
    mkba_page_note(
        pg, mkba_tpl(note, sizeof note, s->undiscounted_line, c, b, n, NULL));
  }
}

/* The interventions ranked by net value, best first: page 1 for alternatives.
 */
static void ranking(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *rank = mkba_j_arr(r->doc, "ranking");
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  int with_p = mkba_j_obj(r->doc, "uncertainty") != NULL;
  const mkba_col cols[] = {
      {s->col_rank, 0.45, MKBA_ALIGN_RIGHT},
      {s->col_intervention, 2.6, MKBA_ALIGN_LEFT},
      {s->col_net_pv, 1.1, MKBA_ALIGN_RIGHT},
      {s->col_bcr, 0.6, MKBA_ALIGN_RIGHT},
      {s->col_p_positive, 0.9, MKBA_ALIGN_RIGHT},
      {s->col_p_best, 0.8, MKBA_ALIGN_RIGHT},
  };
  mkba_page_heading(pg, s->ranking_heading, 140);
  mkba_page_para(pg, s->ranking_intro);
  mkba_table t;
  mkba_table_begin(&t, pg, cols, with_p ? 6 : 4);
  mkba_row row;
  for (size_t i = 0; i < mkba_j_len(rank); i++) {
    const json_t *e = mkba_j_at(rank, i);
    double k = mkba_j_num(e, "intervention");
    char name[300];
    mkba_row_clear(&row);
    snprintf(row.buf[0], sizeof row.buf[0], "%.0f", mkba_j_num(e, "rank"));
    mkba_row_set(
        &row, 1,
        mkba_intervention_name(mkba_j_at(ivs, isfinite(k) ? (size_t)k : 0),
                               name, sizeof name));
    mkba_row_amount(&row, 2, mkba_j_num(e, "npv"), r->lang);
    mkba_fmt_fixed(row.buf[3], sizeof row.buf[3], mkba_j_num(e, "bcr"), 2,
                   r->lang);
    mkba_row_percent(&row, 4, mkba_j_num(e, "p_npv_positive"), r->lang);
    mkba_row_percent(&row, 5, mkba_j_num(e, "p_best"), r->lang);
    mkba_table_row(&t, row.cell, i == 0 ? MKBA_ROW_BOLD : 0u, NULL);
  }
  mkba_table_end(&t);
  const json_t *best = mkba_j_at(rank, 0);
  if (best != NULL) {
    char name[300], money[64], text[800];
    double k = mkba_j_num(best, "intervention");
    mkba_intervention_name(mkba_j_at(ivs, isfinite(k) ? (size_t)k : 0), name,
                           sizeof name);
    mkba_fmt_money_short(money, sizeof money, mkba_j_num(best, "npv"), r->lang);
    mkba_page_para(pg, mkba_tpl(text, sizeof text, s->ranking_best, name, money,
                                NULL, NULL));
  }
  mkba_page_note(pg, s->alternatives_note);
}

/* What the reader must know that is not an error: overlap, off-centre base
 * case. */
static void warnings(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const json_t *w = mkba_j_arr(r->doc, "warnings");
  if (mkba_j_len(w) == 0)
    return;
  mkba_page_heading(pg, r->s->warnings_heading, 60);
  for (size_t i = 0; i < mkba_j_len(w); i++) {
    const json_t *m = mkba_j_obj(mkba_j_at(w, i), "message");
    mkba_page_para(pg,
                   mkba_j_str(m, r->lang == MKBA_LANG_EN ? "en" : "nl", ""));
  }
}

void mkba_section_summary(mkba_page *pg) {
  title_block(pg);
  mkba_page_heading(pg, pg->r->s->sec_summary, 200);
  if (mkba_report_alternatives(pg->r)) {
    ranking(pg);
    warnings(pg);
    return;
  }
  key_figures(pg);
  plain_words(pg);
  warnings(pg);
  actor_table(pg);
}
