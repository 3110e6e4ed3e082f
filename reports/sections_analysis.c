/*
 * sections_analysis.c: how sure we are. The Monte Carlo results, the
 * tornado chart with switching values, and the comparison of the
 * interventions in a package.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void mkba_section_uncertainty(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  if (u == NULL) {
    mkba_page_section(pg, s->sec_uncertainty);
    mkba_page_para(pg, s->uncertainty_none);
    return;
  }
  mkba_page_section(pg, s->sec_uncertainty);
  char draws[32], seed[32], p[32], mean[64], med[64], lo[64], hi[64];
  char text[1024];
  mkba_fmt_int(draws, sizeof draws, mkba_j_num(u, "draws"), r->lang);
  double sd = mkba_j_num(u, "seed");
  if (isfinite(sd))
    snprintf(seed, sizeof seed, "%.0f", sd);
  else
    snprintf(seed, sizeof seed, "%s", s->prov_none);
  mkba_fmt_percent(p, sizeof p, mkba_j_num(u, "p_npv_positive"), 1, r->lang);
  mkba_fmt_money_short(mean, sizeof mean, mkba_j_num(u, "npv_mean"), r->lang);
  mkba_fmt_money_short(med, sizeof med, mkba_j_num(u, "npv_p50"), r->lang);
  mkba_fmt_money_short(lo, sizeof lo, mkba_j_num(u, "npv_p05"), r->lang);
  mkba_fmt_money_short(hi, sizeof hi, mkba_j_num(u, "npv_p95"), r->lang);
  const char *args[] = {draws, seed, p, mean, med, lo, hi};
  mkba_tpl_n(text, sizeof text, s->uncertainty_intro, args, 7);
  mkba_page_para(pg, text);
  if (mkba_chart_histogram.applies(r))
    mkba_page_chart(pg, &mkba_chart_histogram);
  if (mkba_chart_scurve.applies(r))
    mkba_page_chart(pg, &mkba_chart_scurve);
  if (mkba_chart_actor_risk.applies(r)) {
    mkba_page_chart(pg, &mkba_chart_actor_risk);
    const mkba_col cols[] = {
        {s->col_actor, 1.6, MKBA_ALIGN_LEFT},
        {s->col_p_positive, 1, MKBA_ALIGN_RIGHT},
        {s->col_mean, 1, MKBA_ALIGN_RIGHT},
        {s->col_p05, 1, MKBA_ALIGN_RIGHT},
        {s->col_p50, 1, MKBA_ALIGN_RIGHT},
        {s->col_p95, 1, MKBA_ALIGN_RIGHT},
    };
    mkba_table t;
    mkba_table_begin(&t, pg, cols, 6);
    mkba_row row;
    const json_t *ua = mkba_j_arr(u, "actors");
    for (size_t i = 0; i < mkba_j_len(ua); i++) {
      const json_t *a = mkba_j_at(ua, i);
      const char *id = mkba_j_str(a, "id", "");
      mkba_row_clear(&row);
      mkba_row_set(&row, 0, mkba_report_actor_label(r, id));
      int flows = mkba_actor_has_flows(
          mkba_j_find_id(mkba_j_arr(r->doc, "actors"), id));
      mkba_row_percent(&row, 1, flows ? mkba_j_num(a, "p_npv_positive") : NAN,
                       r->lang);
      mkba_row_amount(&row, 2, mkba_j_num(a, "npv_mean"), r->lang);
      mkba_row_amount(&row, 3, mkba_j_num(a, "npv_p05"), r->lang);
      mkba_row_amount(&row, 4, mkba_j_num(a, "npv_p50"), r->lang);
      mkba_row_amount(&row, 5, mkba_j_num(a, "npv_p95"), r->lang);
      mkba_rgb c = mkba_actor_rgb(id);
      mkba_table_row(&t, row.cell, 0, &c);
    }
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, s->row_total_society);
    mkba_row_percent(&row, 1, mkba_j_num(u, "p_npv_positive"), r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(u, "npv_mean"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(u, "npv_p05"), r->lang);
    mkba_row_amount(&row, 4, mkba_j_num(u, "npv_p50"), r->lang);
    mkba_row_amount(&row, 5, mkba_j_num(u, "npv_p95"), r->lang);
    mkba_table_row(&t, row.cell, MKBA_ROW_BOLD | MKBA_ROW_RULE, NULL);
    mkba_table_end(&t);
  }
}

/* The switching value's distance from the base, as a signed percentage. */
static void change(char *buf, size_t len, double base, double value,
                   mkba_lang lang) {
  if (!isfinite(base) || !isfinite(value) || base == 0) {
    snprintf(buf, len, "\xe2\x80\x93");
    return;
  }
  double f = (value - base) / fabs(base);
  char pc[32];
  mkba_fmt_percent(pc, sizeof pc, f, 0, lang);
  snprintf(buf, len, "%s%s", f > 0 ? "+" : "", pc);
}

/* One row per discounting regime: net value and B/C (for alternatives, per
 * alternative). */
static void discount_regimes(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  int alt = mkba_report_alternatives(r);
  size_t n = alt ? mkba_j_len(ivs) : 1;
  if (mkba_j_len(mkba_j_arr(r->doc, "discount_sensitivity")) == 0)
    return;
  const mkba_col cols[] = {
      {s->col_regime, 3.4, MKBA_ALIGN_LEFT},
      {s->col_net_pv, 1.1, MKBA_ALIGN_RIGHT},
      {s->col_bcr, 0.6, MKBA_ALIGN_RIGHT},
  };
  mkba_page_heading(pg, s->discount_heading, 110);
  mkba_page_para(pg, s->discount_intro);
  mkba_table t;
  mkba_table_begin(&t, pg, cols, 3);
  mkba_row row;
  for (size_t k = 0; k < n; k++) {
    const json_t *list =
        alt ? mkba_j_arr(mkba_j_at(ivs, k), "discount_sensitivity")
            : mkba_j_arr(r->doc, "discount_sensitivity");
    if (alt) {
      char name[300];
      mkba_row_clear(&row);
      mkba_row_set(
          &row, 0,
          mkba_intervention_name(mkba_j_at(ivs, k), name, sizeof name));
      mkba_table_row(&t, row.cell, MKBA_ROW_BOLD, NULL);
    }
    for (size_t i = 0; i < mkba_j_len(list); i++) {
      const json_t *e = mkba_j_at(list, i);
      mkba_row_clear(&row);
      mkba_row_set(&row, 0, mkba_j_str(e, "label", ""));
      mkba_row_amount(&row, 1, mkba_j_num(e, "npv"), r->lang);
      mkba_fmt_fixed(row.buf[2], sizeof row.buf[2], mkba_j_num(e, "bcr"), 2,
                     r->lang);
      mkba_table_row(&t, row.cell, 0, NULL);
    }
  }
  mkba_table_end(&t);
}

void mkba_section_sensitivity(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  /* a short section shares the page with the one before it */
  double room = mkba_chart_tornado.applies(r)
                    ? 60 + mkba_chart_tornado.height(r, MKBA_TEXT_WIDTH)
                    : 120;
  mkba_page_section_flow(pg, s->sec_sensitivity, room);
  if (mkba_chart_tornado.applies(r)) {
    mkba_page_para(pg, s->sensitivity_intro);
    mkba_page_chart(pg, &mkba_chart_tornado);
  } else {
    mkba_page_para(pg, s->sensitivity_none);
  }
  discount_regimes(pg);
  const json_t *sw = mkba_j_arr(r->doc, "switching");
  /* keep the heading with its explanation and the table's first rows */
  mkba_page_heading(pg, s->switching_heading, 130);
  if (mkba_j_len(sw) == 0) {
    mkba_page_para(pg, s->switching_none);
    return;
  }
  mkba_page_para(pg, s->switching_intro);
  const mkba_col cols[] = {
      {s->col_parameter, 3.2, MKBA_ALIGN_LEFT},
      {s->col_base, 1, MKBA_ALIGN_RIGHT},
      {s->col_switch, 1.3, MKBA_ALIGN_RIGHT},
      {s->col_change, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, 4);
  mkba_row row;
  for (size_t i = 0; i < mkba_j_len(sw); i++) {
    const json_t *e = mkba_j_at(sw, i);
    const char *id = mkba_j_str(e, "parameter", "?");
    char label[600];
    snprintf(label, sizeof label, "%s\n%s", mkba_j_str(e, "label", id), id);
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, label);
    double base = mkba_j_num(e, "base"), value = mkba_j_num(e, "value");
    mkba_fmt_number(row.buf[1], sizeof row.buf[1], base, r->lang);
    if (isfinite(value))
      mkba_fmt_sig(row.buf[2], sizeof row.buf[2], value, 4, r->lang);
    else
      mkba_row_set(&row, 2, s->switch_none);
    change(row.buf[3], sizeof row.buf[3], base, value, r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
}

/* The uncertainty entry for intervention index, or NULL. */
static const json_t *iv_unc(const mkba_report_ctx *r, double index) {
  const json_t *list =
      mkba_j_arr(mkba_j_obj(r->doc, "uncertainty"), "interventions");
  for (size_t i = 0; i < mkba_j_len(list); i++) {
    const json_t *e = mkba_j_at(list, i);
    if (mkba_j_num(e, "index") == index)
      return e;
  }
  return NULL;
}

static void summary_cells(const mkba_report_ctx *r, mkba_row *row,
                          const json_t *sum, const json_t *unc) {
  mkba_row_amount(row, 1, mkba_j_num(sum, "pv_costs"), r->lang);
  mkba_row_amount(row, 2, mkba_j_num(sum, "pv_benefits"), r->lang);
  mkba_row_amount(row, 3, mkba_j_num(sum, "npv"), r->lang);
  mkba_fmt_fixed(row->buf[4], sizeof row->buf[4], mkba_j_num(sum, "bcr"), 2,
                 r->lang);
  double pb = mkba_j_num(sum, "payback_year");
  if (isfinite(pb))
    snprintf(row->buf[5], sizeof row->buf[5], "%.0f", pb);
  else
    mkba_row_set(row, 5, "\xe2\x80\x93");
  mkba_row_percent(row, 6, mkba_j_num(unc, "p_npv_positive"), r->lang);
  mkba_row_percent(row, 7, mkba_j_num(unc, "p_best"), r->lang);
}

/* Whether every word of text fits on one line of width w in a table's bold
 * header style. */
static int words_fit(cairo_t *cr, const char *text, double w) {
  mkba_text_style st = mkba_style(7.5);
  st.bold = 1;
  char word[300];
  for (const char *p = text; *p != '\0';) {
    size_t k = strcspn(p, " ");
    if (k > 0 && k < sizeof word) {
      memcpy(word, p, k);
      word[k] = '\0';
      double ww;
      mkba_text_size(cr, word, &st, &ww, NULL);
      if (ww > w)
        return 0;
    }
    p += k;
    while (*p == ' ')
      p++;
  }
  return 1;
}

void mkba_section_interventions(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  size_t n = mkba_j_len(ivs);
  if (n < 2)
    return;
  mkba_page_section(pg, s->sec_interventions);
  mkba_page_para(pg, s->interventions_intro);
  mkba_page_chart(pg, &mkba_chart_interventions);

  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  const mkba_col cols[] = {
      {s->col_intervention, 1.9, MKBA_ALIGN_LEFT},
      {s->col_costs_pv, 1.05, MKBA_ALIGN_RIGHT},
      {s->col_benefits_pv, 1.05, MKBA_ALIGN_RIGHT},
      {s->col_net_pv, 1.05, MKBA_ALIGN_RIGHT},
      {s->col_bcr, 0.55, MKBA_ALIGN_RIGHT},
      /* wide enough for "Terugverdiend" on one line */
      {s->col_payback, 1.25, MKBA_ALIGN_RIGHT},
      {s->col_p_positive, 0.9, MKBA_ALIGN_RIGHT}, /* "P(net > 0)" whole */
      {s->col_p_best, 0.7, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, u != NULL ? 8 : 6);
  mkba_row row;
  for (size_t i = 0; i < n; i++) {
    const json_t *iv = mkba_j_at(ivs, i);
    char name[300];
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_intervention_name(iv, name, sizeof name));
    double index = mkba_j_num(iv, "index");
    summary_cells(r, &row, mkba_j_obj(iv, "summary"),
                  iv_unc(r, isfinite(index) ? index : (double)i));
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  if (!mkba_report_alternatives(r)) { /* alternatives have no sum */
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, s->row_package);
    summary_cells(r, &row, mkba_j_obj(r->doc, "summary"), u);
    mkba_row_set(&row, 7, "");
    mkba_table_row(&t, row.cell, MKBA_ROW_BOLD | MKBA_ROW_RULE, NULL);
  }
  mkba_table_end(&t);
  if (u != NULL) {
    /* the two chance columns in words: "best" is easily misread */
    char draws[32], note[600];
    mkba_fmt_int(draws, sizeof draws, mkba_j_num(u, "draws"), r->lang);
    mkba_page_note(pg, mkba_tpl(note, sizeof note, s->iv_chances_note, draws,
                                NULL, NULL, NULL));
  }
  double evpi = mkba_j_num(u, "evpi");
  if (isfinite(evpi)) {
    char money[64], text[600];
    mkba_fmt_money_short(money, sizeof money, evpi, r->lang);
    mkba_page_para(
        pg, mkba_tpl(text, sizeof text, s->evpi_line, money, NULL, NULL, NULL));
  }

  /* who pays and who gains, per intervention: the net value by actor */
  if (n <= 5) {
    mkba_page_heading(pg, s->iv_actors_heading, 120);
    mkba_col ac[MKBA_TABLE_MAX_COLS];
    char heads[MKBA_TABLE_MAX_COLS][300];
    int nc = 0;
    ac[nc++] = (mkba_col){s->col_actor, 1.5, MKBA_ALIGN_LEFT};
    /* header cells are 1 / (1.5 + n + 1) of the text width, less padding */
    double col_w = MKBA_TEXT_WIDTH / (2.5 + (double)n) - 6;
    int fit = 1;
    for (size_t i = 0; i < n; i++) {
      mkba_intervention_name(mkba_j_at(ivs, i), heads[i], sizeof heads[i]);
      fit = fit && words_fit(pg->cr, heads[i], col_w);
    }
    for (size_t i = 0; i < n; i++) {
      /* a long word in a narrow header would be split mid-word: then all
       * headers take the scenario's own, shorter labels */
      if (fit)
        mkba_intervention_name(mkba_j_at(ivs, i), heads[nc], sizeof heads[nc]);
      else
        mkba_intervention_short_name(mkba_j_at(ivs, i), heads[nc],
                                     sizeof heads[nc]);
      ac[nc] = (mkba_col){heads[nc], 1, MKBA_ALIGN_RIGHT};
      nc++;
    }
    int pkg = !mkba_report_alternatives(r); /* alternatives have no sum */
    if (pkg)
      ac[nc++] = (mkba_col){s->row_package, 1, MKBA_ALIGN_RIGHT};
    mkba_table_begin(&t, pg, ac, nc);
    const json_t *actors = mkba_j_arr(r->doc, "actors");
    for (size_t a = 0; a < mkba_j_len(actors); a++) {
      const json_t *act = mkba_j_at(actors, a);
      const char *id = mkba_j_str(act, "id", "");
      mkba_row_clear(&row);
      mkba_row_set(&row, 0, mkba_report_actor_label(r, id));
      for (size_t i = 0; i < n; i++) {
        const json_t *ia =
            mkba_j_find_id(mkba_j_arr(mkba_j_at(ivs, i), "actors"), id);
        mkba_row_amount(&row, (int)i + 1, mkba_j_num(ia, "npv"), r->lang);
      }
      if (pkg)
        mkba_row_amount(&row, (int)n + 1, mkba_j_num(act, "npv"), r->lang);
      mkba_rgb c = mkba_actor_rgb(id);
      mkba_table_row(&t, row.cell, 0, &c);
    }
    mkba_table_end(&t);
    char note[600], year[16];
    mkba_tpl(note, sizeof note, s->pv_note,
             mkba_price_year(r, year, sizeof year), NULL, NULL, NULL);
    mkba_page_note(pg, note);
  }
}
