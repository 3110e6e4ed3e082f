/*
 * sections_uncertainty.c: the uncertainty chapter, how sure we are. The
 * Monte Carlo results in words, the rank correlations the draws were made
 * with, the histogram and S-curve of the net value, and each actor's
 * chances and interval as a chart and a table.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>

#include "count.h"

/* A parameter's table cell: its label (label, or the annex's when NULL),
 * and under it in grey its intervention when there are several (r: the
 * rendering; id: the parameter's id; buf, len: output). Returns buf. */
static char *param_cell(const mkba_report_ctx *r, const char *id,
                        const char *label, char *buf, size_t len) {
  char iv[300];
  if (label == NULL || label[0] == '\0')
    label = mkba_j_str(mkba_param_entry(r, id), "label", id);
  mkba_param_iv_name(r, id, iv, sizeof iv);
  if (iv[0] != '\0')
    snprintf(buf, len, "%s\n%s", label, iv);
  else
    snprintf(buf, len, "%s", label);
  return buf;
}

/* See sections.h. */
void mkba_correlations(mkba_page *pg, const json_t *u) {
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
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
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

/* See sections.h. */
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
  mkba_tpl_n(text, sizeof text, s->uncertainty_intro, args, MKBA_COUNT(args));
  mkba_page_para(pg, text);
  mkba_correlations(pg, u);
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
    mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
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
