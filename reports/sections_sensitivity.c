/*
 * sections_sensitivity.c: the sensitivity chapter. The tornado chart, with
 * a note on whose parameters it shows when there are several
 * interventions; the switching values (sections_switching.c); and the net
 * value under each discounting regime.
 */
#include "sections.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"

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

/* Alternatives: one row per alternative in the order of the ranking, one
 * column of net values per regime, so fourteen alternatives take fourteen
 * rows and not a page and a half of group titles. */
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
  size_t n = 0;
  size_t *order = mkba_ranked_new(r, &n);
  for (size_t o = 0; o < n; o++) {
    const json_t *iv = mkba_j_at(ivs, order[o]);
    const json_t *list = mkba_j_arr(iv, "discount_sensitivity");
    mkba_row_clear(&row);
    mkba_ranked_name(r, iv, o, 0, row.buf[0], sizeof row.buf[0]);
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
  free(order);
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
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
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

/* Under the tornado, when its rows concern only some of the interventions:
 * which ones, and that the others' parameters move the net value less. The
 * chart draws the first rows of "sensitivity", which the engine sorts by
 * swing (pg: the page flow). */
static void tornado_interventions(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const json_t *sens = mkba_j_arr(r->doc, "sensitivity");
  size_t n = mkba_j_len(ivs), shown = mkba_j_len(sens);
  if (n < 2 || n > 256)
    return;
  if (shown > MKBA_TORNADO_MAX_ROWS)
    shown = MKBA_TORNADO_MAX_ROWS;
  unsigned char seen[256] = {0};
  size_t k = 0;
  for (size_t i = 0; i < shown; i++) {
    int iv = mkba_param_intervention(
        r, mkba_j_str(mkba_j_at(sens, i), "parameter", ""));
    if (iv >= 0 && (size_t)iv < n && !seen[iv]) {
      seen[iv] = 1;
      k++;
    }
  }
  if (k == 0 || k == n)
    return;
  /* in the ranking's order, by their short names in quotation marks: a
   * name may have commas of its own */
  size_t nr = 0;
  size_t *order = mkba_ranked_new(r, &nr);
  char(*names)[300] = malloc(k * sizeof *names);
  const char *items[256];
  size_t m = 0;
  for (size_t o = 0; o < nr && order != NULL && names != NULL; o++)
    if (seen[order[o]] && m < k) {
      mkba_iv_sentence_name(r, mkba_j_at(ivs, order[o]), names[m],
                            sizeof names[m]);
      items[m] = names[m];
      m++;
    }
  free(order);
  if (m > 0) {
    char list[4096], rest[32], text[5000];
    mkba_join_list(r, items, m, list, sizeof list);
    snprintf(rest, sizeof rest, "%zu", n - k);
    mkba_page_note(pg, mkba_tpl(text, sizeof text, r->s->tornado_ivs, list,
                                rest, NULL, NULL));
  }
  free(names);
}

/* See sections.h. */
void mkba_section_sensitivity(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  /* a section shares the page with the one before it when its first part,
   * the intro and the chart, fits below; else it starts a page. A chart
   * too tall to share a page with the title takes a page of its own, and
   * the title and intro stay below the section before it rather than
   * alone on a page. */
  double room = 120;
  if (mkba_chart_tornado.applies(r)) {
    double h = 60 + mkba_chart_tornado.height(r, MKBA_TEXT_WIDTH);
    if (h + 30 <= MKBA_TEXT_BOTTOM - MKBA_TEXT_TOP)
      room = h;
  }
  mkba_page_section_flow(pg, s->sec_sensitivity, room);
  if (mkba_chart_tornado.applies(r)) {
    mkba_page_para(pg, s->sensitivity_intro);
    mkba_page_chart(pg, &mkba_chart_tornado);
    tornado_interventions(pg);
  } else {
    mkba_page_para(pg, s->sensitivity_none);
  }
  /* the switching values first: they belong with the tornado above; the
   * discount rates are a separate question */
  mkba_switching(pg);
  discount_regimes(pg);
}
