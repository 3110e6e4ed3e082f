/*
 * national_sections.c: the national report's results: the national total
 * per intervention with why regions were skipped, and per intervention the
 * regions side by side (the small multiples, then a table each).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "count.h"
#include "national.h"
#include "sections.h"
#include "table.h"

/* The actors whose net values the tables show, in the report's order. */
static const char *const ACTORS[] = {"gemeente",  "zorgverzekeraar",
                                     "rijk",      "woningcorporatie",
                                     "deelnemer", "samenleving"};
#define N_ACTORS (MKBA_COUNT(ACTORS))

/* Cell i of row: a count as a whole number (NaN: a dash). */
static void row_int(mkba_row *row, int i, double x, mkba_lang l) {
  mkba_fmt_int(row->buf[i], sizeof row->buf[i], x, l);
  row->cell[i] = row->buf[i];
}

/* Cell i of row: a ratio with two decimals (NaN: a dash). */
static void row_ratio(mkba_row *row, int i, double x, mkba_lang l) {
  mkba_fmt_fixed(row->buf[i], sizeof row->buf[i], x, 2, l);
  row->cell[i] = row->buf[i];
}

/* ---- the national total ---- */

/* Programme size x of intervention i with its unit ("51 personen per
 * jaar"; English units in English) into buf (len bytes); a dash without
 * a size. n: the report. */
static void size_text(const mkba_nat *n, size_t i, double x, char *buf,
                      size_t len) {
  char num[64], unit[200];
  mkba_fmt_int(num, sizeof num, x, n->base.lang);
  mkba_fmt_unit(unit, sizeof unit, mkba_nat_unit(n, i), n->base.lang);
  snprintf(buf, len, "%s%s%s", num, isfinite(x) && unit[0] ? " " : "",
           isfinite(x) ? unit : "");
}

/* The totals table: one row per intervention. */
static void totals_table(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  const mkba_strings *s = n->base.s;
  const mkba_nat_strings *ns = n->ns;
  mkba_lang l = n->base.lang;
  const mkba_col cols[] = {{s->col_intervention, 3.4, MKBA_ALIGN_LEFT},
                           {ns->col_regions_counts, 1.3, MKBA_ALIGN_RIGHT},
                           {ns->col_participants, 1.3, MKBA_ALIGN_RIGHT},
                           {s->col_costs_pv, 1.0, MKBA_ALIGN_RIGHT},
                           {s->col_benefits_pv, 1.0, MKBA_ALIGN_RIGHT},
                           {s->col_net_pv, 1.0, MKBA_ALIGN_RIGHT},
                           {ns->col_npv_pp, 1.9, MKBA_ALIGN_RIGHT}};
  /* present values in one unit (millions, as in sentences) so the table
   * fits the page; the workbook has them in full */
  double ref = 0;
  for (size_t i = 0; i < n->n_iv; i++)
    for (int k = 0; k < 3; k++) {
      static const char *const keys[] = {"pv_costs", "pv_benefits", "npv"};
      double v = fabs(mkba_j_num(n->total[i], keys[k]));
      ref = isfinite(v) && v > ref ? v : ref;
    }
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  for (size_t i = 0; i < n->n_iv; i++) {
    const json_t *tot = n->total[i];
    mkba_row_clear(&row);
    char name[300];
    snprintf(row.buf[0], sizeof row.buf[0], "%zu. %s", i + 1,
             mkba_nat_iv(n, i, name, sizeof name));
    row.cell[0] = row.buf[0];
    char a[32], b[32], c[32];
    mkba_fmt_int(a, sizeof a, mkba_j_num(tot, "regions_ok"), l);
    mkba_fmt_int(b, sizeof b, mkba_j_num(tot, "regions_skipped"), l);
    mkba_fmt_int(c, sizeof c, mkba_j_num(tot, "regions_failed"), l);
    snprintf(row.buf[1], sizeof row.buf[1], "%s / %s / %s", a, b, c);
    row.cell[1] = row.buf[1];
    size_text(n, i, mkba_j_num(tot, "participants"), row.buf[2],
              sizeof row.buf[2]);
    row.cell[2] = row.buf[2];
    static const char *const money[] = {"pv_costs", "pv_benefits", "npv"};
    for (int k = 0; k < 3; k++) {
      mkba_fmt_money_like(row.buf[3 + k], sizeof row.buf[3 + k],
                          mkba_j_num(tot, money[k]), ref, l);
      row.cell[3 + k] = row.buf[3 + k];
    }
    mkba_nat_money_per(n, i, mkba_j_num(tot, "npv_per_participant"), row.buf[6],
                       sizeof row.buf[6]);
    row.cell[6] = row.buf[6];
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
}

/* One reason of one intervention: how many regions, and which. */
typedef struct {
  char text[600]; /* the reason in words */
  size_t count;   /* regions with it */
} reason;

/* The skipped and failed cells of every intervention, grouped by reason:
 * intervention, number of regions, reason. */
static void skipped_table(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  const mkba_strings *s = n->base.s;
  const mkba_nat_strings *ns = n->ns;
  const mkba_col cols[] = {{s->col_intervention, 2.2, MKBA_ALIGN_LEFT},
                           {ns->col_regions_skipped, 0.8, MKBA_ALIGN_RIGHT},
                           {ns->col_reason, 3.2, MKBA_ALIGN_LEFT}};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  int any = 0;
  for (size_t i = 0; i < n->n_iv; i++) {
    reason rs[8] = {0}; /* (cppcheck cannot see that k < nr guards the reads) */
    size_t nr = 0;
    for (size_t r = 0; r < n->n_reg; r++) {
      const json_t *c = mkba_nat_cell(n, r, i);
      if (c == NULL || mkba_nat_ok(c))
        continue;
      char why[600];
      mkba_nat_reason(n, c, why, sizeof why);
      size_t k = 0;
      while (k < nr && strcmp(rs[k].text, why) != 0)
        k++;
      if (k == nr && nr < 8) {
        snprintf(rs[nr].text, sizeof rs[nr].text, "%s", why);
        rs[nr++].count = 0;
      }
      if (k < nr)
        rs[k].count++;
    }
    for (size_t k = 0; k < nr; k++) {
      mkba_row_clear(&row);
      char name[300];
      if (k == 0) {
        snprintf(row.buf[0], sizeof row.buf[0], "%zu. %s", i + 1,
                 mkba_nat_iv(n, i, name, sizeof name));
        row.cell[0] = row.buf[0];
      }
      row_int(&row, 1, (double)rs[k].count, n->base.lang);
      mkba_row_set(&row, 2, rs[k].text);
      mkba_table_row(&t, row.cell, 0, NULL);
      any = 1;
    }
  }
  if (any)
    mkba_table_end(&t);
  else
    mkba_table_discard(&t);
}

void mkba_nat_section_totals(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  char year[16], intro[1200];
  mkba_page_section(pg, n->ns->sec_totals);
  mkba_tpl(intro, sizeof intro, n->ns->totals_intro,
           mkba_nat_price_year(n, year, sizeof year), NULL, NULL, NULL);
  mkba_page_para(pg, intro);
  totals_table(pg);
  mkba_page_note(pg, n->ns->participants_note);
  int skipped = 0;
  for (size_t i = 0; i < n->n_iv; i++)
    skipped |= mkba_j_num(n->total[i], "regions_skipped") > 0 ||
               mkba_j_num(n->total[i], "regions_failed") > 0;
  if (!skipped)
    return;
  mkba_page_heading(pg, n->ns->skipped_heading, 80);
  mkba_page_para(pg, n->ns->skipped_intro);
  skipped_table(pg);
}

/* ---- per intervention ---- */

/* The regions of intervention i that were not computed, as a note:
 * "Niet doorgerekend (38): Alkmaar, Almelo, ...", or, when an earlier
 * intervention's note listed the same regions (prev: its list, kept in
 * prev_len bytes; *prev_iv: its index, SIZE_MAX for none), a reference to
 * that one. Nothing when all were computed. */
static void not_computed_note(mkba_page *pg, size_t i, char *prev,
                              size_t prev_len, size_t *prev_iv) {
  const mkba_nat *n = mkba_nat_of(pg);
  char list[8000];
  size_t used = 0, count = 0;
  list[0] = '\0';
  for (size_t r = 0; r < n->n_reg; r++) {
    const json_t *c = mkba_nat_cell(n, r, i);
    if (mkba_nat_ok(c))
      continue;
    char name[200];
    mkba_nat_region(n, r, name, sizeof name);
    if (used + strlen(name) + 3 < sizeof list)
      used += (size_t)snprintf(list + used, sizeof list - used, "%s%s",
                               count ? ", " : "", name);
    count++;
  }
  if (count == 0)
    return;
  char num[32];
  char note[8400];
  snprintf(num, sizeof num, "%zu", count);
  if (*prev_iv != SIZE_MAX && strcmp(prev, list) == 0) {
    char name[300], head[320];
    snprintf(head, sizeof head, "%zu. %s", *prev_iv + 1,
             mkba_nat_iv(n, *prev_iv, name, sizeof name));
    mkba_tpl(note, sizeof note, n->ns->iv_not_computed_same, num, head, NULL,
             NULL);
  } else {
    mkba_tpl(note, sizeof note, n->ns->iv_not_computed, num, list, NULL, NULL);
    snprintf(prev, prev_len, "%s", list);
    *prev_iv = i;
  }
  mkba_page_note(pg, note);
}

/* The table of intervention i under its heading (head, borrowed): a row
 * per computed region (and per failed region, with its error), then the
 * sum. */
static void iv_table(mkba_page *pg, size_t i, const char *head) {
  const mkba_nat *n = mkba_nat_of(pg);
  const mkba_strings *s = n->base.s;
  const mkba_nat_strings *ns = n->ns;
  mkba_lang l = n->base.lang;
  mkba_col cols[5 + N_ACTORS] = {{ns->col_region, 1.5, MKBA_ALIGN_LEFT},
                                 {ns->col_participants, 0.9, MKBA_ALIGN_RIGHT},
                                 {ns->col_npv_pp, 1.1, MKBA_ALIGN_RIGHT},
                                 {s->col_bcr, 0.6, MKBA_ALIGN_RIGHT},
                                 {s->col_p_positive, 0.8, MKBA_ALIGN_RIGHT}};
  for (size_t a = 0; a < N_ACTORS; a++)
    cols[5 + a] =
        (mkba_col){mkba_i18n_actor(l, ACTORS[a]), 1, MKBA_ALIGN_RIGHT};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, (int)(5 + N_ACTORS));
  mkba_row row;
  double actor_sum[N_ACTORS] = {0};
  const char *unit = NULL;
  for (size_t r = 0; r < n->n_reg; r++) {
    const json_t *c = mkba_nat_cell(n, r, i);
    if (c == NULL || strcmp(mkba_j_str(c, "status", ""), "skipped") == 0)
      continue;
    mkba_row_clear(&row);
    mkba_nat_region(n, r, row.buf[0], sizeof row.buf[0]);
    row.cell[0] = row.buf[0];
    if (!mkba_nat_ok(c)) { /* failed: the error across the row */
      char why[600];
      mkba_table_row_note(&t, row.cell, 0, NULL,
                          mkba_nat_reason(n, c, why, sizeof why), 1);
      continue;
    }
    const json_t *sum = mkba_j_obj(c, "summary");
    const json_t *u = mkba_j_obj(c, "uncertainty");
    unit = mkba_j_str(mkba_j_obj(c, "participants"), "unit", unit);
    row_int(&row, 1, mkba_nat_participants(c), l);
    mkba_row_amount(&row, 2, mkba_nat_npp(c), l); /* euros: the caption */
    row_ratio(&row, 3, mkba_j_num(sum, "bcr"), l);
    if (u != NULL)
      mkba_row_percent(&row, 4, mkba_j_num(u, "p_npv_positive"), l);
    else
      mkba_row_set(&row, 4, "–");
    for (size_t a = 0; a < N_ACTORS; a++) {
      double v =
          mkba_j_num(mkba_j_find_id(mkba_j_arr(c, "actors"), ACTORS[a]), "npv");
      actor_sum[a] += isfinite(v) ? v : 0;
      mkba_row_amount(&row, 5 + (int)a, v / 1000, l);
    }
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  const json_t *tot = n->total[i];
  if (mkba_j_num(tot, "regions_ok") > 0) {
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, ns->national_row);
    row_int(&row, 1, mkba_j_num(tot, "participants"), l);
    mkba_row_amount(&row, 2, mkba_j_num(tot, "npv_per_participant"), l);
    double costs = mkba_j_num(tot, "pv_costs");
    row_ratio(&row, 3, costs > 0 ? mkba_j_num(tot, "pv_benefits") / costs : NAN,
              l);
    for (size_t a = 0; a < N_ACTORS; a++)
      mkba_row_amount(&row, 5 + (int)a, actor_sum[a] / 1000, l);
    mkba_table_row(&t, row.cell, MKBA_ROW_BOLD | MKBA_ROW_RULE, NULL);
  } else {
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, ns->none_computed);
    mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
  }
  /* the heading goes with the table (drawn before it, as table.h allows) */
  mkba_page_heading(pg, head,
                    fmin(mkba_table_height(&t), MKBA_TABLE_KEEP_WHOLE));
  mkba_table_end(&t);
  /* the units of this table, right under it */
  char u[200], per[300], year[16], line[900];
  mkba_fmt_unit(u, sizeof u, unit != NULL ? unit : mkba_nat_unit(n, i), l);
  mkba_nat_per(n, i, per, sizeof per);
  mkba_tpl(line, sizeof line, ns->iv_caption, u, per,
           mkba_nat_price_year(n, year, sizeof year), NULL);
  mkba_page_note(pg, line);
}

void mkba_nat_section_by_iv(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  mkba_page_section_flow(pg, n->ns->sec_by_iv, 320);
  char intro[2400];
  snprintf(intro, sizeof intro, "%s", n->ns->by_iv_intro);
  /* equal bars by construction are said to be so, not left as a finding */
  if (mkba_nat_same_per_unit(n))
    mkba_sentence_add(intro, sizeof intro, n->ns->by_iv_same);
  mkba_page_para(pg, intro);
  mkba_nat_chart_panels(pg);
  char prev[8000] = "";
  size_t prev_iv = SIZE_MAX;
  for (size_t i = 0; i < n->n_iv; i++) {
    char name[300], head[320];
    snprintf(head, sizeof head, "%zu. %s", i + 1,
             mkba_nat_iv(n, i, name, sizeof name));
    iv_table(pg, i, head);
    not_computed_note(pg, i, prev, sizeof prev, &prev_iv);
  }
}
