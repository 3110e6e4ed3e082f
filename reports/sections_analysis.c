/*
 * sections_analysis.c: how sure we are. The Monte Carlo results, the
 * tornado chart with switching values, and the comparison of the
 * interventions in a package.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The intervention a parameter belongs to, for a grey line under its label
 * when the document has several (r: the rendering; id: the parameter's id;
 * buf, len: output, empty when there is nothing to say). Returns buf. */
static char *param_intervention(const mkba_report_ctx *r, const char *id,
                                char *buf, size_t len) {
  buf[0] = '\0';
  int k = mkba_param_intervention(r, id);
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  if (mkba_j_len(ivs) > 1 && k >= 0 && (size_t)k < mkba_j_len(ivs))
    mkba_intervention_short_name(mkba_j_at(ivs, (size_t)k), buf, len);
  return buf;
}

/* A parameter's table cell: its label (label, or the annex's when NULL),
 * and under it in grey its intervention when there are several (r: the
 * rendering; id: the parameter's id; buf, len: output). Returns buf. */
static char *param_cell(const mkba_report_ctx *r, const char *id,
                        const char *label, char *buf, size_t len) {
  char iv[300];
  if (label == NULL || label[0] == '\0')
    label = mkba_j_str(mkba_param_entry(r, id), "label", id);
  param_intervention(r, id, iv, sizeof iv);
  if (iv[0] != '\0')
    snprintf(buf, len, "%s\n%s", label, iv);
  else
    snprintf(buf, len, "%s", label);
  return buf;
}

/*
 * The rank correlations the draws were made with, when the scenario has
 * any: which parameters move together and how strongly, asked and as
 * measured in the draws. They widen or narrow the interval P5-P95 quoted
 * just above (for alternatives: the chances of the comparison table), so
 * they stand right under it (pg: the page flow; u: the results'
 * "uncertainty").
 */
static void correlations(mkba_page *pg, const json_t *u) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *list = mkba_j_arr(u, "correlations");
  if (mkba_j_len(list) == 0)
    return;
  mkba_page_heading(pg, s->corr_heading, 60);
  /* alternatives have no uncertainty chapter: the chances they depend on
   * are those of the comparison table */
  mkba_page_para(pg, mkba_report_alternatives(r) ? s->corr_intro_alt
                                                 : s->corr_intro);
  const mkba_col cols[] = {
      {s->col_parameter, 2.6, MKBA_ALIGN_LEFT},
      {s->col_corr_with, 2.6, MKBA_ALIGN_LEFT},
      {s->col_rank_corr, 1, MKBA_ALIGN_RIGHT},
      {s->col_rank_achieved, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, 4);
  mkba_row row;
  for (size_t i = 0; i < mkba_j_len(list); i++) {
    const json_t *e = mkba_j_at(list, i);
    const json_t *ids = mkba_j_arr(e, "parameters");
    const json_t *labels = mkba_j_arr(e, "labels");
    mkba_row_clear(&row);
    for (int k = 0; k < 2; k++) {
      const char *id = json_string_value(mkba_j_at(ids, (size_t)k));
      const char *label = json_string_value(mkba_j_at(labels, (size_t)k));
      param_cell(r, id != NULL ? id : "?", label, row.buf[k],
                 sizeof row.buf[k]);
    }
    mkba_fmt_fixed(row.buf[2], sizeof row.buf[2], mkba_j_num(e, "rank"), 2,
                   r->lang);
    mkba_fmt_fixed(row.buf[3], sizeof row.buf[3],
                   mkba_j_num(e, "achieved_rank"), 2, r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
}

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
  mkba_fmt_probability(p, sizeof p, mkba_j_num(u, "p_npv_positive"), r->lang);
  mkba_fmt_money_short(mean, sizeof mean, mkba_j_num(u, "npv_mean"), r->lang);
  mkba_fmt_money_short(med, sizeof med, mkba_j_num(u, "npv_p50"), r->lang);
  mkba_fmt_money_short(lo, sizeof lo, mkba_j_num(u, "npv_p05"), r->lang);
  mkba_fmt_money_short(hi, sizeof hi, mkba_j_num(u, "npv_p95"), r->lang);
  const char *args[] = {draws, seed, p, mean, med, lo, hi};
  mkba_tpl_n(text, sizeof text, s->uncertainty_intro, args, 7);
  mkba_page_para(pg, text);
  correlations(pg, u);
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

/* A regime's short name for a column header: its label up to the first
 * " (" ("2,25% reëel"), the rest of which the section's intro says
 * (label: borrowed; buf, len: output). Returns buf. */
static char *regime_head(const char *label, char *buf, size_t len) {
  const char *cut = strstr(label, " (");
  size_t n = cut != NULL ? (size_t)(cut - label) : strlen(label);
  if (n >= len)
    n = len - 1;
  memcpy(buf, label, n);
  buf[n] = '\0';
  return buf;
}

/* Alternatives: one row per alternative, one column of net values per
 * regime, so fourteen alternatives take fourteen rows and not a page and
 * a half of group titles. */
static void discount_regimes_alternatives(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const json_t *regimes = mkba_j_arr(r->doc, "discount_sensitivity");
  size_t nr = mkba_j_len(regimes);
  if (nr > MKBA_TABLE_MAX_COLS - 1)
    nr = MKBA_TABLE_MAX_COLS - 1; /* the engine has three */
  mkba_col cols[MKBA_TABLE_MAX_COLS];
  char heads[MKBA_TABLE_MAX_COLS][160];
  cols[0] = (mkba_col){s->col_intervention, 2.6, MKBA_ALIGN_LEFT};
  for (size_t k = 0; k < nr; k++) {
    regime_head(mkba_j_str(mkba_j_at(regimes, k), "label", "?"), heads[k],
                sizeof heads[k]);
    cols[k + 1] = (mkba_col){heads[k], 1, MKBA_ALIGN_RIGHT};
  }
  mkba_table t;
  mkba_table_begin(&t, pg, cols, (int)nr + 1);
  mkba_row row;
  for (size_t i = 0; i < mkba_j_len(ivs); i++) {
    const json_t *iv = mkba_j_at(ivs, i);
    const json_t *list = mkba_j_arr(iv, "discount_sensitivity");
    char name[300];
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_intervention_name(iv, name, sizeof name));
    for (size_t k = 0; k < nr; k++) {
      /* the same regime by id, whatever the order */
      const char *id = mkba_j_str(mkba_j_at(regimes, k), "id", "");
      const json_t *e = mkba_j_find_id(list, id);
      if (e == NULL)
        e = mkba_j_at(list, k);
      mkba_row_amount(&row, (int)k + 1, mkba_j_num(e, "npv"), r->lang);
    }
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
}

/* One row per discounting regime: net value and B/C (for alternatives, a
 * row per alternative and a column per regime). */
static void discount_regimes(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  if (mkba_j_len(mkba_j_arr(r->doc, "discount_sensitivity")) == 0)
    return;
  mkba_page_heading(pg, s->discount_heading, 110);
  mkba_page_para(pg, s->discount_intro);
  if (mkba_report_alternatives(r)) {
    discount_regimes_alternatives(pg);
    return;
  }
  const mkba_col cols[] = {
      {s->col_regime, 3.4, MKBA_ALIGN_LEFT},
      {s->col_net_pv, 1.1, MKBA_ALIGN_RIGHT},
      {s->col_bcr, 0.6, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, 3);
  mkba_row row;
  const json_t *list = mkba_j_arr(r->doc, "discount_sensitivity");
  for (size_t i = 0; i < mkba_j_len(list); i++) {
    const json_t *e = mkba_j_at(list, i);
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_j_str(e, "label", ""));
    mkba_row_amount(&row, 1, mkba_j_num(e, "npv"), r->lang);
    mkba_fmt_fixed(row.buf[2], sizeof row.buf[2], mkba_j_num(e, "bcr"), 2,
                   r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
}

/* A switching value found within the parameter's range. */
typedef struct {
  const json_t *e; /* the "switching" entry (borrowed) */
  int iv;          /* its intervention, -1 when unknown */
  double change;   /* distance from the base, a fraction of it */
  size_t order;    /* position in the document, to keep ties stable */
} switch_row;

/* By intervention, then the most fragile first: the smallest change from
 * the base that turns the net value. */
static int by_fragility(const void *a, const void *b) {
  const switch_row *x = a, *y = b;
  if (x->iv != y->iv)
    return x->iv < y->iv ? -1 : 1;
  double cx = isfinite(x->change) ? fabs(x->change) : INFINITY;
  double cy = isfinite(y->change) ? fabs(y->change) : INFINITY;
  if (cx != cy)
    return cx < cy ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/*
 * The switching values: a compact table of the parameters that have one
 * within their range, grouped by intervention when there are several,
 * the most fragile first; the parameters without one only counted (or, a
 * few, named) in a sentence, not a row each.
 */
static void switching(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *sw = mkba_j_arr(r->doc, "switching");
  size_t n = mkba_j_len(sw);
  /* keep the heading with its explanation and the table's first rows */
  mkba_page_heading(pg, s->switching_heading, 90);
  if (n == 0) {
    mkba_page_para(pg, s->switching_none);
    return;
  }
  switch_row *rows = calloc(n, sizeof *rows);
  if (rows == NULL)
    return;
  size_t found = 0;
  for (size_t i = 0; i < n; i++) {
    const json_t *e = mkba_j_at(sw, i);
    double base = mkba_j_num(e, "base"), value = mkba_j_num(e, "value");
    if (!isfinite(value))
      continue;
    rows[found].e = e;
    rows[found].iv = mkba_param_intervention(r, mkba_j_str(e, "parameter", ""));
    rows[found].change =
        isfinite(base) && base != 0 ? (value - base) / fabs(base) : NAN;
    rows[found].order = i;
    found++;
  }
  char count[32], text[1600];
  snprintf(count, sizeof count, "%zu", n - found);
  if (found == 0) {
    snprintf(count, sizeof count, "%zu", n);
    mkba_page_para(pg, mkba_tpl(text, sizeof text, s->switching_all_none, count,
                                NULL, NULL, NULL));
    free(rows);
    return;
  }
  int several = mkba_j_len(mkba_j_arr(r->doc, "interventions")) > 1;
  mkba_page_para(pg, mkba_report_alternatives(r) ? s->switching_intro_alt
                                                 : s->switching_intro);
  qsort(rows, found, sizeof *rows, by_fragility);
  const mkba_col cols[] = {
      /* a wide first column: most labels on one line, so many values
       * take few pages */
      {s->col_parameter, 5, MKBA_ALIGN_LEFT},
      {s->col_base, 1.1, MKBA_ALIGN_RIGHT},
      {s->col_switch, 1.1, MKBA_ALIGN_RIGHT},
      {s->col_change, 0.8, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, 4);
  mkba_row row;
  int group = -2;
  for (size_t i = 0; i < found; i++) {
    const json_t *e = rows[i].e;
    const char *id = mkba_j_str(e, "parameter", "?");
    if (several && rows[i].iv != group) {
      /* the intervention the parameters below belong to */
      group = rows[i].iv;
      char name[300];
      mkba_row_clear(&row);
      const json_t *iv =
          mkba_j_at(mkba_j_arr(r->doc, "interventions"), (size_t)group);
      mkba_row_set(&row, 0,
                   iv != NULL ? mkba_intervention_name(iv, name, sizeof name)
                              : "?");
      mkba_table_row(&t, row.cell, MKBA_ROW_GROUP | MKBA_ROW_BOLD, NULL);
    }
    const char *unit = mkba_j_str(mkba_param_entry(r, id), "unit", NULL);
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_j_str(e, "label", id));
    mkba_fmt_param_value(row.buf[1], sizeof row.buf[1], mkba_j_num(e, "base"),
                         unit, 0, r->lang);
    mkba_fmt_param_value(row.buf[2], sizeof row.buf[2], mkba_j_num(e, "value"),
                         unit, 0, r->lang);
    change(row.buf[3], sizeof row.buf[3], mkba_j_num(e, "base"),
           mkba_j_num(e, "value"), r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
  free(rows);
  if (found == n)
    return;
  if (n - found <= 4) {
    /* a few: name them */
    char names[1200];
    size_t o = 0;
    names[0] = '\0';
    for (size_t i = 0; i < n; i++) {
      const json_t *e = mkba_j_at(sw, i);
      if (isfinite(mkba_j_num(e, "value")))
        continue;
      const char *id = mkba_j_str(e, "parameter", "?");
      char iv[300];
      param_intervention(r, id, iv, sizeof iv);
      int k = snprintf(names + o, sizeof names - o, "%s%s%s%s%s",
                       o > 0 ? "; " : "", mkba_j_str(e, "label", id),
                       iv[0] ? " (" : "", iv, iv[0] ? ")" : "");
      if (k < 0 || (size_t)k >= sizeof names - o)
        break;
      o += (size_t)k;
    }
    mkba_page_note(pg, mkba_tpl(text, sizeof text, s->switching_rest_list,
                                names, NULL, NULL, NULL));
  } else {
    mkba_page_note(pg, mkba_tpl(text, sizeof text, s->switching_rest, count,
                                NULL, NULL, NULL));
  }
}

void mkba_section_sensitivity(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  /* a section shares the page with the one before it when its first part,
   * the intro and the chart, fits below; else it starts a page */
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
  /* the switching values first: they belong with the tornado above; the
   * discount rates are a separate question */
  switching(pg);
  discount_regimes(pg);
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

/* An intervention's place in the document and its net value, to sort by
 * (no shared state, so reports may render side by side). */
typedef struct {
  size_t i;
  double net;
} iv_order;

/* Highest net value first; equal ones in the document's order. */
static int by_net(const void *a, const void *b) {
  const iv_order *x = a, *y = b;
  if (x->net != y->net)
    return x->net < y->net ? 1 : -1;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* The indexes of ivs from the highest net value to the lowest, as the
 * comparison chart draws them (new, caller frees; NULL when out of
 * memory: then the document's order). */
static size_t *by_net_value(const json_t *ivs) {
  size_t n = mkba_j_len(ivs);
  iv_order *o = malloc((n > 0 ? n : 1) * sizeof *o);
  size_t *order = malloc((n > 0 ? n : 1) * sizeof *order);
  if (o == NULL || order == NULL) {
    free(o);
    free(order);
    return NULL;
  }
  for (size_t i = 0; i < n; i++) {
    double v = mkba_j_num(mkba_j_obj(mkba_j_at(ivs, i), "summary"), "npv");
    o[i] = (iv_order){i, isfinite(v) ? v : -INFINITY};
  }
  qsort(o, n, sizeof *o, by_net);
  for (size_t i = 0; i < n; i++)
    order[i] = o[i].i;
  free(o);
  return order;
}

/* Whether an actor has any cost or benefit in the package or in any of the
 * interventions: an actor without is left out of the per-actor tables. */
static int actor_has_flows(const mkba_report_ctx *r, const char *id) {
  if (mkba_actor_has_flows(mkba_j_find_id(mkba_j_arr(r->doc, "actors"), id)))
    return 1;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  for (size_t i = 0; i < mkba_j_len(ivs); i++)
    if (mkba_actor_has_flows(
            mkba_j_find_id(mkba_j_arr(mkba_j_at(ivs, i), "actors"), id)))
      return 1;
  return 0;
}

/* A few interventions: one column each, one row per actor. */
static void actors_by_column(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  size_t n = mkba_j_len(ivs);
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
  mkba_table t;
  mkba_table_begin(&t, pg, ac, nc);
  mkba_row row;
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
  mkba_tpl(note, sizeof note, s->pv_note, mkba_price_year(r, year, sizeof year),
           NULL, NULL, NULL);
  mkba_page_note(pg, note);
}

/* Many interventions: one row each (in the chart's order), one column per
 * actor with any flows, and the intervention's total; amounts in thousands
 * of euros so every column stays narrow. */
static void actors_by_row(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const json_t *actors = mkba_j_arr(r->doc, "actors");
  size_t n = mkba_j_len(ivs);
  const char *ids[MKBA_TABLE_MAX_COLS];
  char heads[MKBA_TABLE_MAX_COLS][120];
  mkba_col ac[MKBA_TABLE_MAX_COLS];
  int na = 0;
  ac[0] = (mkba_col){s->col_intervention, 2.4, MKBA_ALIGN_LEFT};
  for (size_t a = 0; a < mkba_j_len(actors) && na < MKBA_TABLE_MAX_COLS - 2;
       a++) {
    const char *id = mkba_j_str(mkba_j_at(actors, a), "id", "");
    if (!actor_has_flows(r, id))
      continue;
    ids[na] = id;
    snprintf(heads[na], sizeof heads[na], "%s", mkba_report_actor_label(r, id));
    ac[na + 1] = (mkba_col){heads[na], 1, MKBA_ALIGN_RIGHT};
    na++;
  }
  ac[na + 1] = (mkba_col){s->col_net, 1, MKBA_ALIGN_RIGHT};
  mkba_page_heading(pg, s->iv_actors_heading, 120);
  /* the unit before the table, so it is read first and never left alone
   * on a page after it */
  char note[600], year[16];
  mkba_tpl(note, sizeof note, s->iv_actors_thousands,
           mkba_price_year(r, year, sizeof year), NULL, NULL, NULL);
  mkba_page_note(pg, note);
  mkba_table t;
  mkba_table_begin(&t, pg, ac, na + 2);
  mkba_row row;
  size_t *order = by_net_value(ivs);
  for (size_t o = 0; o < n; o++) {
    size_t i = order != NULL ? order[o] : o;
    const json_t *iv = mkba_j_at(ivs, i);
    char name[300];
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_intervention_short_name(iv, name, sizeof name));
    for (int a = 0; a < na; a++) {
      const json_t *ia = mkba_j_find_id(mkba_j_arr(iv, "actors"), ids[a]);
      mkba_row_amount(&row, a + 1, mkba_j_num(ia, "npv") / 1000, r->lang);
    }
    mkba_row_amount(&row, na + 1,
                    mkba_j_num(mkba_j_obj(iv, "summary"), "npv") / 1000,
                    r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  free(order);
  if (!mkba_report_alternatives(r)) { /* alternatives have no sum */
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, s->row_package);
    for (int a = 0; a < na; a++)
      mkba_row_amount(&row, a + 1,
                      mkba_j_num(mkba_j_find_id(actors, ids[a]), "npv") / 1000,
                      r->lang);
    mkba_row_amount(&row, na + 1,
                    mkba_j_num(mkba_j_obj(r->doc, "summary"), "npv") / 1000,
                    r->lang);
    mkba_table_row(&t, row.cell, MKBA_ROW_BOLD | MKBA_ROW_RULE, NULL);
  }
  mkba_table_end(&t);
}

void mkba_section_interventions(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  size_t n = mkba_j_len(ivs);
  if (n < 2)
    return;
  /* shares the page with the section before it when the chart fits below */
  mkba_page_section_flow(
      pg, s->sec_interventions,
      40 + mkba_chart_interventions.height(r, MKBA_TEXT_WIDTH));
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
  /* in the chart's order: the highest net value first */
  size_t *order = by_net_value(ivs);
  for (size_t o = 0; o < n; o++) {
    size_t i = order != NULL ? order[o] : o;
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
  free(order);
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
  /* alternatives have no uncertainty chapter: their correlations stand
   * under the chances they shape */
  if (u != NULL && mkba_report_alternatives(r))
    correlations(pg, u);

  /* who pays and who gains, per intervention: the net value by actor */
  if (n <= 5)
    actors_by_column(pg);
  else
    actors_by_row(pg);
}
