/*
 * national.c: mkba_report_national_render, the national report's entry
 * point, and page 1 (title, what was computed, the conclusion); the
 * document is read by national_doc.c.
 */
#include "national.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "mkba_report.h"
#include "report_pdf.h"
#include "sections.h"
#include "table.h"

/* Cells counted by status over the whole document. */
static void tally(const mkba_nat *n, size_t *ok, size_t *skipped,
                  size_t *failed) {
  *ok = *skipped = *failed = 0;
  const json_t *cells = mkba_j_arr(n->nat, "cells");
  for (size_t k = 0; k < mkba_j_len(cells); k++) {
    const char *st = mkba_j_str(mkba_j_at(cells, k), "status", "");
    if (strcmp(st, "ok") == 0)
      (*ok)++;
    else if (strcmp(st, "skipped") == 0)
      (*skipped)++;
    else
      (*failed)++;
  }
}

/* The "what was computed" table: a label and a value per row, no header. */
static void facts(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  const mkba_strings *s = n->base.s;
  const mkba_nat_strings *ns = n->ns;
  const json_t *prov = mkba_j_obj(n->nat, "provenance");
  mkba_lang l = n->base.lang;
  static const mkba_col cols[] = {{NULL, 1, MKBA_ALIGN_LEFT},
                                  {NULL, 2.6, MKBA_ALIGN_LEFT}};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  char a[64], b[64], c[64], d[64];

  mkba_row_clear(&row);
  mkba_row_set(&row, 0, ns->f_regions);
  snprintf(a, sizeof a, "%zu", n->n_reg);
  snprintf(b, sizeof b, "%zu", mkba_nat_regions_ok(n));
  mkba_tpl(row.buf[1], sizeof row.buf[1], ns->f_regions_value, a, b, NULL,
           NULL);
  row.cell[1] = row.buf[1];
  mkba_table_row(&t, row.cell, 0, NULL);

  mkba_row_clear(&row);
  mkba_row_set(&row, 0, s->interventions_word);
  snprintf(row.buf[1], sizeof row.buf[1], "%zu", n->n_iv);
  row.cell[1] = row.buf[1];
  mkba_table_row(&t, row.cell, 0, NULL);

  size_t ok, sk, fa;
  tally(n, &ok, &sk, &fa);
  mkba_row_clear(&row);
  mkba_row_set(&row, 0, ns->f_cells);
  mkba_fmt_int(a, sizeof a, (double)(ok + sk + fa), l);
  mkba_fmt_int(b, sizeof b, (double)ok, l);
  mkba_fmt_int(c, sizeof c, (double)sk, l);
  mkba_fmt_int(d, sizeof d, (double)fa, l);
  mkba_tpl(row.buf[1], sizeof row.buf[1], ns->f_cells_value, a, b, c, d);
  row.cell[1] = row.buf[1];
  mkba_table_row(&t, row.cell, 0, NULL);

  double y0 = mkba_j_num(prov, "start_year");
  double h = mkba_j_num(prov, "horizon_years");
  mkba_row_clear(&row);
  mkba_row_set(&row, 0, s->period);
  snprintf(a, sizeof a, "%.0f", y0);
  snprintf(b, sizeof b, "%.0f", y0 + h - 1);
  snprintf(c, sizeof c, "%.0f", h);
  mkba_tpl(row.buf[1], sizeof row.buf[1], s->period_value, a, b, c, NULL);
  row.cell[1] = row.buf[1];
  mkba_table_row(&t, row.cell, 0, NULL);

  double draws = mkba_j_num(prov, "draws");
  mkba_row_clear(&row);
  mkba_row_set(&row, 0, s->prov_draws);
  if (isfinite(draws) && draws > 0) {
    mkba_fmt_int(a, sizeof a, draws, l);
    mkba_tpl(row.buf[1], sizeof row.buf[1], ns->f_draws_value, a, NULL, NULL,
             NULL);
    row.cell[1] = row.buf[1];
  } else {
    mkba_row_set(&row, 1, ns->f_draws_none);
  }
  mkba_table_row(&t, row.cell, 0, NULL);

  mkba_row_clear(&row);
  mkba_row_set(&row, 0, s->prov_seed);
  snprintf(a, sizeof a, "%.0f", mkba_j_num(prov, "seed"));
  mkba_tpl(row.buf[1], sizeof row.buf[1], ns->f_seed_value, a, NULL, NULL,
           NULL);
  row.cell[1] = row.buf[1];
  mkba_table_row(&t, row.cell, 0, NULL);

  mkba_row_clear(&row);
  mkba_row_set(&row, 0, s->price_level);
  mkba_nat_price_year(n, row.buf[1], sizeof row.buf[1]);
  row.cell[1] = row.buf[1];
  mkba_table_row(&t, row.cell, 0, NULL);
  mkba_table_end(&t);
}

/* The conclusion in words: how many regions count, how many interventions
 * come out positive, the highest and lowest net value in total (each with
 * its value per unit of programme size), that values per unit do not
 * compare, and any failures. n: the report; buf: output (len bytes). */
static void conclusion(const mkba_nat *n, char *buf, size_t len) {
  const mkba_nat_strings *ns = n->ns;
  mkba_lang l = n->base.lang;
  char a[64], b[64], c[64], line[1200];
  buf[0] = '\0';
  size_t ok = mkba_nat_regions_ok(n);
  snprintf(a, sizeof a, "%zu", n->n_reg);
  snprintf(b, sizeof b, "%zu", ok);
  snprintf(c, sizeof c, "%zu", n->n_reg - ok);
  mkba_tpl(line, sizeof line,
           ok == 0          ? ns->concl_regions_none
           : ok == n->n_reg ? ns->concl_regions_all
                            : ns->concl_regions,
           a, b, c, NULL);
  mkba_sentence_add(buf, len, line);
  if (ok == 0)
    return;
  /* interventions compared by their total net value in euros: values per
   * unit are in different units (per practice, per home, per yearly
   * intake) and are given only beside it */
  size_t pos = 0, with = 0;
  long best = -1, worst = -1;
  for (size_t i = 0; i < n->n_iv; i++) {
    const json_t *t = n->total[i];
    double npv = mkba_j_num(t, "npv");
    if (!(mkba_j_num(t, "regions_ok") > 0 && isfinite(npv)))
      continue;
    with++;
    pos += npv > 0;
    if (best < 0 || npv > mkba_j_num(n->total[best], "npv"))
      best = (long)i;
    if (worst < 0 || npv < mkba_j_num(n->total[worst], "npv"))
      worst = (long)i;
  }
  snprintf(a, sizeof a, "%zu", pos);
  snprintf(b, sizeof b, "%zu", with);
  mkba_tpl(line, sizeof line,
           pos == with ? ns->concl_positive_all
           : pos == 0  ? ns->concl_positive_none
                       : ns->concl_positive,
           pos == with || pos == 0 ? b : a, b, NULL, NULL);
  mkba_sentence_add(buf, len, line);
  const long pick[2] = {best, worst};
  const char *tpl[2] = {ns->concl_best, ns->concl_worst};
  for (int k = 0; k < 2; k++) {
    if (pick[k] < 0 || (k == 1 && worst == best))
      continue;
    const json_t *t = n->total[pick[k]];
    char name[300], q[320], money[64], per[300];
    mkba_nat_iv(n, (size_t)pick[k], name, sizeof name);
    mkba_tpl(q, sizeof q, n->base.s->quoted, name, NULL, NULL, NULL);
    mkba_fmt_money_short(money, sizeof money, mkba_j_num(t, "npv"), l);
    mkba_nat_money_per(n, (size_t)pick[k], mkba_j_num(t, "npv_per_participant"),
                       per, sizeof per);
    mkba_sentence_add(buf, len,
                      mkba_tpl(line, sizeof line, tpl[k], q, money, per, NULL));
  }
  if (with > 1)
    mkba_sentence_add(buf, len, ns->concl_units);
  size_t c_ok, c_sk, c_fa;
  tally(n, &c_ok, &c_sk, &c_fa);
  if (c_fa > 0) {
    snprintf(a, sizeof a, "%zu", c_fa);
    mkba_sentence_add(
        buf, len,
        mkba_tpl(line, sizeof line, ns->concl_failed, a, NULL, NULL, NULL));
  }
}

/* Page 1: title, date, what was computed, the conclusion (pg: the flow). */
static void section_title(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  mkba_text_style st = mkba_style(MKBA_PT_TITLE);
  st.bold = 1;
  pg->y += 40;
  mkba_page_text(pg, mkba_nat_title(n->nat, n->base.lang, n->ns->title_kind),
                 st);
  st = mkba_style(MKBA_PT_SUBTITLE);
  st.colour = MKBA_RGB_MUTED;
  mkba_page_text(pg, n->ns->title_kind, st);
  mkba_page_text(pg, n->base.date, st);
  pg->y += 24;
  mkba_page_heading(pg, n->ns->computed_heading, 120);
  facts(pg);
  char text[4000];
  conclusion(n, text, sizeof text);
  mkba_page_heading(pg, n->ns->conclusion_heading, 60);
  mkba_page_text(pg, text, mkba_style(MKBA_PT_LEAD));
}

/* ---- the report ---- */

/* Lay the national report out on cr (see mkba_compose_fn). */
static int compose(cairo_t *cr, const mkba_report_ctx *r, int total,
                   const mkba_toc *known, mkba_toc *found) {
  mkba_page pg;
  mkba_page_open(&pg, cr, r, total, known, found);
  section_title(&pg);
  mkba_page_contents(&pg);
  mkba_nat_section_totals(&pg);
  mkba_nat_section_by_iv(&pg);
  mkba_nat_section_by_region(&pg);
  mkba_nat_section_method(&pg);
  mkba_nat_section_vintage(&pg);
  mkba_nat_section_provenance(&pg);
  mkba_page_close(&pg);
  return pg.page;
}

int mkba_report_national_render(const json_t *national, const char *dir,
                                unsigned formats, const char *lang, char *err,
                                size_t errlen) {
  if (err != NULL && errlen > 0)
    err[0] = '\0';
  if (dir == NULL || dir[0] == '\0') {
    if (err != NULL && errlen > 0)
      snprintf(err, errlen, "no output directory");
    return 1;
  }
  if (!(formats & MKBA_REPORT_PDF))
    return 0;
  mkba_nat n;
  if (mkba_nat_open(&n, national, lang, err, errlen) != 0)
    return 1;
  char path[4200];
  snprintf(path, sizeof path, "%s/national.pdf", dir);
  int rc = mkba_report_pdf_write(&n.base, compose, n.ns->report_kind, path, err,
                                 errlen);
  mkba_nat_free(&n);
  return rc;
}
