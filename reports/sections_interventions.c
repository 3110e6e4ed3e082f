/*
 * sections_interventions.c: the interventions compared, in the order of
 * the ranking. Their present values, B/C and payback, the chart, how sure
 * each one is (interval and chances) with the EVPI, for alternatives the
 * correlations under those chances, and the net value per actor and
 * intervention.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"

/* The uncertainty entry of the intervention at place i of the document
 * (r: the rendering), by its own index when it has one. */
static const json_t *iv_unc_at(const mkba_report_ctx *r, size_t i) {
  double index =
      mkba_j_num(mkba_j_at(mkba_j_arr(r->doc, "interventions"), i), "index");
  return mkba_iv_uncertainty(r, isfinite(index) ? index : (double)i);
}

/* A row of the comparison from a summary (sum): costs, benefits and net in
 * present value, B/C and society's payback year (r: the rendering; row:
 * its cells 1 to 5). */
static void summary_cells(const mkba_report_ctx *r, mkba_row *row,
                          const json_t *sum) {
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
}

/* A row of the uncertainty table from an uncertainty entry (unc): P5,
 * median (when shown), P95 and the chances (r: the rendering; row: its
 * cells from 1; median: whether the table has the median column). */
static void uncertainty_cells(const mkba_report_ctx *r, mkba_row *row,
                              const json_t *unc, int median) {
  int c = 1;
  mkba_row_amount(row, c++, mkba_j_num(unc, "npv_p05"), r->lang);
  if (median)
    mkba_row_amount(row, c++, mkba_j_num(unc, "npv_p50"), r->lang);
  mkba_row_amount(row, c++, mkba_j_num(unc, "npv_p95"), r->lang);
  mkba_row_percent(row, c++, mkba_j_num(unc, "p_npv_positive"), r->lang);
  mkba_row_percent(row, c, mkba_j_num(unc, "p_best"), r->lang);
}

/*
 * How sure each intervention is: its 90% interval (P5, P95), median, the
 * chance of a positive net value and of being the best, in the order of the
 * ranking, so no alternative's spread is left out (for a package the
 * package's own as its last row). Nothing when the results have no
 * uncertainty per intervention. pg: the page flow; order, n: the ranking.
 */
static void uncertainty_table(mkba_page *pg, const size_t *order, size_t n) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  const json_t *list = mkba_j_arr(u, "interventions");
  if (mkba_j_len(list) == 0)
    return;
  int alt = mkba_report_alternatives(r), median = 0;
  for (size_t i = 0; i < mkba_j_len(list); i++)
    median |= isfinite(mkba_j_num(mkba_j_at(list, i), "npv_p50"));
  mkba_col cols[6];
  int nc = 0;
  cols[nc++] = (mkba_col){s->col_intervention, 2.5, MKBA_ALIGN_LEFT};
  cols[nc++] = (mkba_col){s->col_p05, 1.1, MKBA_ALIGN_RIGHT};
  if (median)
    cols[nc++] = (mkba_col){s->col_p50, 1.1, MKBA_ALIGN_RIGHT};
  cols[nc++] = (mkba_col){s->col_p95, 1.1, MKBA_ALIGN_RIGHT};
  cols[nc++] = (mkba_col){s->col_p_positive, 0.9, MKBA_ALIGN_RIGHT};
  cols[nc++] = (mkba_col){s->col_p_best, 0.8, MKBA_ALIGN_RIGHT};
  mkba_page_heading(pg, alt ? s->iv_unc_heading_alt : s->iv_unc_heading, 100);
  char draws[32], text[600];
  mkba_fmt_int(draws, sizeof draws, mkba_j_num(u, "draws"), r->lang);
  mkba_page_note(pg, mkba_tpl(text, sizeof text, s->iv_unc_intro, draws, NULL,
                              NULL, NULL));
  mkba_table t;
  mkba_table_begin(&t, pg, cols, nc);
  mkba_row row;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  for (size_t o = 0; o < n; o++) {
    mkba_row_clear(&row);
    mkba_ranked_name(r, mkba_j_at(ivs, order[o]), o, 0, row.buf[0],
                     sizeof row.buf[0]);
    uncertainty_cells(r, &row, iv_unc_at(r, order[o]), median);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  if (!alt) { /* alternatives have no sum */
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, s->row_package);
    uncertainty_cells(r, &row, u, median);
    mkba_row_set(&row, nc - 1, "");
    mkba_table_row(&t, row.cell, MKBA_ROW_BOLD | MKBA_ROW_RULE, NULL);
  }
  mkba_table_end(&t);
  /* the two chance columns in words: "best" is easily misread */
  mkba_page_note(pg, mkba_tpl(text, sizeof text, s->iv_chances_note, draws,
                              NULL, NULL, NULL));
}

/* Whether every word of text fits on one line of width w in a table's bold
 * header style. */
static int words_fit(cairo_t *cr, const char *text, double w) {
  mkba_text_style st = mkba_style(MKBA_PT_TABLE_HEAD);
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

/* A few interventions: one column each in the order of the ranking, one
 * row per actor (pg: the page flow; order, n: the ranking). */
static void actors_by_column(mkba_page *pg, const size_t *order, size_t n) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  mkba_page_heading(pg, s->iv_actors_heading, 120);
  mkba_col ac[MKBA_TABLE_MAX_COLS];
  char heads[MKBA_TABLE_MAX_COLS][300];
  int nc = 0;
  ac[nc++] = (mkba_col){s->col_actor, 1.5, MKBA_ALIGN_LEFT};
  /* header cells are 1 / (1.5 + n + 1) of the text width, less padding */
  double col_w = MKBA_TEXT_WIDTH / (2.5 + (double)n) - 6;
  int fit = 1;
  for (size_t o = 0; o < n; o++) {
    mkba_ranked_name(r, mkba_j_at(ivs, order[o]), o, 0, heads[o],
                     sizeof heads[o]);
    fit = fit && words_fit(pg->cr, heads[o], col_w);
  }
  for (size_t o = 0; o < n; o++) {
    /* a long word in a narrow header would be split mid-word: then all
     * headers take the scenario's own, shorter labels */
    mkba_ranked_name(r, mkba_j_at(ivs, order[o]), o, !fit, heads[nc],
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
    for (size_t o = 0; o < n; o++) {
      const json_t *ia =
          mkba_j_find_id(mkba_j_arr(mkba_j_at(ivs, order[o]), "actors"), id);
      mkba_row_amount(&row, (int)o + 1, mkba_j_num(ia, "npv"), r->lang);
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

/* Many interventions: one row each (in the order of the ranking), one
 * column per actor with any flows, and the intervention's total; amounts in
 * thousands of euros so every column stays narrow (pg: the page flow;
 * order, n: the ranking). */
static void actors_by_row(mkba_page *pg, const size_t *order, size_t n) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const json_t *actors = mkba_j_arr(r->doc, "actors");
  const char *ids[MKBA_TABLE_MAX_COLS];
  char heads[MKBA_TABLE_MAX_COLS][120];
  mkba_col ac[MKBA_TABLE_MAX_COLS];
  int na = 0;
  /* a wide name column: names on one or two lines, not three */
  ac[0] = (mkba_col){s->col_intervention, 3.2, MKBA_ALIGN_LEFT};
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
  for (size_t o = 0; o < n; o++) {
    const json_t *iv = mkba_j_at(ivs, order[o]);
    mkba_row_clear(&row);
    mkba_ranked_name(r, iv, o, 1, row.buf[0], sizeof row.buf[0]);
    for (int a = 0; a < na; a++) {
      const json_t *ia = mkba_j_find_id(mkba_j_arr(iv, "actors"), ids[a]);
      mkba_row_amount(&row, a + 1, mkba_j_num(ia, "npv") / 1000, r->lang);
    }
    mkba_row_amount(&row, na + 1,
                    mkba_j_num(mkba_j_obj(iv, "summary"), "npv") / 1000,
                    r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
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

/* See sections.h. */
void mkba_section_interventions(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  if (mkba_j_len(ivs) < 2)
    return;
  int alt = mkba_report_alternatives(r);
  size_t n = 0;
  size_t *order = mkba_ranked_new(r, &n);
  if (order == NULL)
    return;
  /* shares the page with the section before it when the chart fits below */
  mkba_page_section_flow(
      pg, s->sec_interventions,
      40 + mkba_chart_interventions.height(r, MKBA_TEXT_WIDTH));
  /* alternatives are each on their own, never a package */
  mkba_page_para(pg, alt ? s->interventions_intro_alt : s->interventions_intro);
  mkba_page_chart(pg, &mkba_chart_interventions);

  const mkba_col cols[] = {
      {s->col_intervention, 2.3, MKBA_ALIGN_LEFT},
      {s->col_costs_pv, 1.05, MKBA_ALIGN_RIGHT},
      {s->col_benefits_pv, 1.05, MKBA_ALIGN_RIGHT},
      {s->col_net_pv, 1.05, MKBA_ALIGN_RIGHT},
      {s->col_bcr, 0.55, MKBA_ALIGN_RIGHT},
      /* whose payback: society's, not the gemeente's of its budget */
      {s->col_payback_society, 1.3, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  /* in the order of the ranking: the highest net value first */
  for (size_t o = 0; o < n; o++) {
    const json_t *iv = mkba_j_at(ivs, order[o]);
    mkba_row_clear(&row);
    mkba_ranked_name(r, iv, o, 0, row.buf[0], sizeof row.buf[0]);
    summary_cells(r, &row, mkba_j_obj(iv, "summary"));
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  if (!alt) { /* alternatives have no sum */
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, s->row_package);
    summary_cells(r, &row, mkba_j_obj(r->doc, "summary"));
    mkba_table_row(&t, row.cell, MKBA_ROW_BOLD | MKBA_ROW_RULE, NULL);
  }
  mkba_table_end(&t);
  char note[800], year[16];
  mkba_page_note(pg, mkba_tpl(note, sizeof note, s->pv_note,
                              mkba_price_year(r, year, sizeof year), NULL, NULL,
                              NULL));
  /* whose payback the column gives, beside the gemeente's own */
  mkba_page_note(pg, s->payback_society_note);

  /* how sure each one is: interval and chances */
  uncertainty_table(pg, order, n);
  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  double evpi = mkba_j_num(u, "evpi");
  if (isfinite(evpi)) {
    char money[64], text[600];
    mkba_fmt_money_short(money, sizeof money, evpi, r->lang);
    mkba_page_para(
        pg, mkba_tpl(text, sizeof text, s->evpi_line, money, NULL, NULL, NULL));
  }
  /* alternatives have no uncertainty chapter: their correlations stand
   * under the chances they shape */
  if (u != NULL && alt)
    mkba_correlations(pg, u);

  /* who pays and who gains, per intervention: the net value by actor */
  if (n <= 5)
    actors_by_column(pg, order, n);
  else
    actors_by_row(pg, order, n);
  free(order);
}
