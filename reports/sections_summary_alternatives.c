/*
 * sections_summary_alternatives.c: page 1 for alternatives, which are never
 * summed. The conclusion in bold (the best, how many are worth their
 * money, the ranking under optimism bias), every alternative ranked by net
 * value with its chances, and the best one in words: how sure, what its
 * benefits are made of, who pays and who gains.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>

#include "count.h"
#include "sections_summary_words.h"

/* The conclusion for alternatives, in bold: the best, how many are worth
 * their money, and the ranking under optimism bias. order: the ranking. */
static void alt_conclusion(mkba_page *pg, const size_t *order, size_t n) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const json_t *best = mkba_j_at(ivs, order[0]);
  char text[2048] = "", part[800], name[300], per[64], m[64], k[16], all[16];
  mkba_iv_sentence_name(r, best, name, sizeof name);
  snprintf(all, sizeof all, "%zu", n);
  mkba_tpl(part, sizeof part, s->alt_verdict, all, name,
           mkba_period_text(r, per, sizeof per),
           mkba_money_text(r, mkba_j_num(mkba_j_obj(best, "summary"), "npv"), m,
                           sizeof m));
  mkba_sentence_add(text, sizeof text, part);
  size_t pos = 0;
  for (size_t i = 0; i < n; i++)
    pos += mkba_j_num(mkba_j_obj(mkba_j_at(ivs, i), "summary"), "npv") > 0;
  snprintf(k, sizeof k, "%zu", pos);
  mkba_tpl(part, sizeof part,
           pos == 0   ? s->alt_positive_none
           : pos == n ? s->alt_positive_all
           : pos == 1 ? s->alt_positive_one
                      : s->alt_positive_some,
           pos == n ? all : k, all, NULL, NULL);
  mkba_sentence_add(text, sizeof text, part);
  const json_t *bias = mkba_optimism_bias(r);
  if (bias != NULL) {
    /* the correction is linear, so each alternative's adjusted net value
     * follows from its own present values */
    size_t top = order[0];
    double topv = -INFINITY;
    for (size_t i = 0; i < n; i++) {
      double v = mkba_biased_npv(
          bias, mkba_j_obj(mkba_j_at(ivs, order[i]), "summary"));
      if (v > topv) {
        topv = v;
        top = order[i];
      }
    }
    char c[32], b[32], tn[300];
    mkba_share_text(c, sizeof c, mkba_j_num(bias, "costs"), r->lang);
    mkba_share_text(b, sizeof b, mkba_j_num(bias, "benefits"), r->lang);
    mkba_money_text(r, topv, m, sizeof m);
    mkba_iv_sentence_name(r, mkba_j_at(ivs, top), tn, sizeof tn);
    const char *args[] = {c, b, tn, m};
    mkba_tpl_n(part, sizeof part,
               top == order[0] ? s->alt_ob_same : s->alt_ob_other, args,
               MKBA_COUNT(args));
    mkba_sentence_add(text, sizeof text, part);
  }
  mkba_text_style st = mkba_style(MKBA_PT_CONCLUSION);
  st.bold = 1;
  mkba_page_text(pg, text, st);
  mkba_page_gap(pg, 2);
}

/* Every alternative ranked by net value, best first: none left out. */
static void ranking(mkba_page *pg, const size_t *order, size_t n) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *rank = mkba_j_arr(r->doc, "ranking");
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const json_t *bias = mkba_optimism_bias(r);
  int with_p = mkba_j_obj(r->doc, "uncertainty") != NULL;
  mkba_col cols[6];
  int nc = 0;
  /* the rank leads the name ("1. ..."): a wide name column keeps names on
   * one line and the ranking on page 1 */
  cols[nc++] = (mkba_col){s->col_intervention, 3.8, MKBA_ALIGN_LEFT};
  cols[nc++] = (mkba_col){s->col_net_pv, 1.1, MKBA_ALIGN_RIGHT};
  if (bias != NULL)
    cols[nc++] = (mkba_col){s->col_npv_ob, 1.1, MKBA_ALIGN_RIGHT};
  cols[nc++] = (mkba_col){s->col_bcr, 0.6, MKBA_ALIGN_RIGHT};
  if (with_p) {
    cols[nc++] = (mkba_col){s->col_p_positive, 0.9, MKBA_ALIGN_RIGHT};
    cols[nc++] = (mkba_col){s->col_p_best, 0.8, MKBA_ALIGN_RIGHT};
  }
  /* what alternatives are is said once, under the ranking */
  mkba_page_heading(pg, s->ranking_heading, 140);
  mkba_table t;
  mkba_table_begin(&t, pg, cols, nc);
  mkba_row row;
  for (size_t i = 0; i < n; i++) {
    const json_t *iv = mkba_j_at(ivs, order[i]);
    const json_t *sum = mkba_j_obj(iv, "summary");
    const json_t *unc = mkba_iv_uncertainty(r, (double)order[i]);
    /* the engine's rank where it gave one, else the position */
    double rk = NAN;
    for (size_t j = 0; j < mkba_j_len(rank); j++)
      if (mkba_j_num(mkba_j_at(rank, j), "intervention") == (double)order[i])
        rk = mkba_j_num(mkba_j_at(rank, j), "rank");
    char name[300];
    int c = 0;
    mkba_row_clear(&row);
    snprintf(row.buf[c++], sizeof row.buf[0], "%.0f. %s",
             isfinite(rk) ? rk : (double)(i + 1),
             mkba_intervention_name(iv, name, sizeof name));
    mkba_row_amount(&row, c++, mkba_j_num(sum, "npv"), r->lang);
    if (bias != NULL)
      mkba_row_amount(&row, c++, mkba_biased_npv(bias, sum), r->lang);
    mkba_fmt_fixed(row.buf[c], sizeof row.buf[c], mkba_j_num(sum, "bcr"), 2,
                   r->lang);
    c++;
    if (with_p) {
      mkba_row_percent(&row, c++, mkba_j_num(unc, "p_npv_positive"), r->lang);
      mkba_row_percent(&row, c++, mkba_j_num(unc, "p_best"), r->lang);
    }
    mkba_table_row(&t, row.cell, i == 0 ? MKBA_ROW_BOLD : 0u, NULL);
  }
  mkba_table_end(&t);
  if (with_p) {
    char draws[32], note[600];
    mkba_fmt_int(draws, sizeof draws,
                 mkba_j_num(mkba_j_obj(r->doc, "uncertainty"), "draws"),
                 r->lang);
    mkba_page_note(pg, mkba_tpl(note, sizeof note, s->iv_chances_note, draws,
                                NULL, NULL, NULL));
  }
}

/* Under the ranking, the best alternative in words: how sure, what its
 * benefits are made of, who pays and who gains. */
static void alt_words(mkba_page *pg, const size_t *order, size_t n) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const json_t *best = mkba_j_at(ivs, order[0]);
  const json_t *sum = mkba_j_obj(best, "summary");
  const json_t *unc = mkba_iv_uncertainty(r, (double)order[0]);
  char text[3000] = "", part[2400], name[300];
  mkba_iv_sentence_name(r, best, name, sizeof name);
  if (unc != NULL) {
    char pb[32], pp[32], lo[64], hi[64];
    mkba_chance_text(r, mkba_j_num(unc, "p_best"), pb, sizeof pb);
    mkba_chance_text(r, mkba_j_num(unc, "p_npv_positive"), pp, sizeof pp);
    mkba_money_pair(r, mkba_j_num(unc, "npv_p05"), mkba_j_num(unc, "npv_p95"),
                    lo, hi, sizeof lo);
    const char *args[] = {name, pb, pp, lo, hi};
    mkba_sentence_add(
        text, sizeof text,
        mkba_tpl_n(part, sizeof part, s->alt_sure, args, MKBA_COUNT(args)));
    mkba_param_counts pc = mkba_count_params(r, (double)order[0]);
    mkba_few_words(r, &pc, text, sizeof text);
    if (n > 1) {
      char second[300], p2[32];
      mkba_iv_sentence_name(r, mkba_j_at(ivs, order[1]), second, sizeof second);
      mkba_chance_text(
          r, mkba_j_num(mkba_iv_uncertainty(r, (double)order[1]), "p_best"), p2,
          sizeof p2);
      mkba_sentence_add(text, sizeof text,
                        mkba_tpl(part, sizeof part, s->alt_runner_up, second,
                                 p2, NULL, NULL));
    }
  } else {
    mkba_sentence_add(text, sizeof text, s->sure_none);
  }
  double wb = mkba_j_num(sum, "pv_benefits_wellbeing");
  if (isfinite(wb) && wb != 0) {
    char budget[64], well[64], without[64];
    mkba_money_text(r, mkba_j_num(sum, "pv_benefits_budget"), budget,
                    sizeof budget);
    mkba_money_text(r, wb, well, sizeof well);
    mkba_money_text(r, mkba_j_num(sum, "npv_without_wellbeing"), without,
                    sizeof without);
    mkba_sentence_add(
        text, sizeof text,
        mkba_tpl(part, sizeof part, s->alt_split, name, budget, well, without));
  }
  mkba_page_para(pg, text);
  /* "Bij {name}: {1}.": the lead names the alternative, the list fills
   * the rest */
  char lead[400], who[2400];
  mkba_tpl(lead, sizeof lead, s->alt_who, name, "{1}", NULL, NULL);
  mkba_who_pays_text(r, mkba_j_arr(best, "actors"), lead, who, sizeof who);
  if (who[0] != '\0') {
    text[0] = '\0';
    mkba_sentence_add(text, sizeof text, who);
    char more[400];
    mkba_sentence_add(text, sizeof text,
                      mkba_tpl(more, sizeof more, s->alt_who_more,
                               s->sec_interventions, NULL, NULL, NULL));
    mkba_page_para(pg, text);
  }
}

/* See sections.h. */
void mkba_summary_alternatives(mkba_page *pg) {
  size_t order[256];
  size_t n = mkba_ranked(pg->r, order, MKBA_COUNT(order));
  alt_conclusion(pg, order, n);
  ranking(pg, order, n);
  alt_words(pg, order, n);
}
