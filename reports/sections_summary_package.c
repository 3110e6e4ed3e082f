/*
 * sections_summary_package.c: page 1 for one intervention or a package.
 * The conclusion in bold (the verdict, the optimism-bias-adjusted figure,
 * how sure), the four key figures, what the benefits are made of (budget
 * and well-being), who pays and who gains in words, which members carry a
 * package and which pull it down, the PM items, and the per-actor table
 * that completes the page.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "count.h"
#include "sections_summary_words.h"

/* One key figure: a shaded box with a label, a large value and a note. */
static void kpi(cairo_t *cr, double x, double y, double w, double h,
                const char *label, const char *value, const char *note) {
  cairo_rectangle(cr, x, y, w, h);
  mkba_set_rgb(cr, MKBA_RGB_SHADE);
  cairo_fill(cr);
  cairo_rectangle(cr, x, y, 3, h);
  mkba_set_rgb(cr, MKBA_RGB_ACCENT);
  cairo_fill(cr);
  mkba_text_style ls = mkba_style(MKBA_PT_NOTE);
  ls.width = w - 14;
  ls.colour = MKBA_RGB_MUTED;
  double lh = mkba_text_draw(cr, label, &ls, x + 9, y + 7);
  mkba_text_style vs = mkba_style(MKBA_PT_FIGURE);
  vs.bold = 1;
  vs.width = w - 14;
  vs.max_lines = 1;
  double vh = mkba_text_draw(cr, value, &vs, x + 9, y + 9 + fmax(lh, 18));
  if (note != NULL && note[0] != '\0') {
    mkba_text_style ns = mkba_style(MKBA_PT_FINE);
    ns.width = w - 14;
    ns.colour = MKBA_RGB_MUTED;
    mkba_text_draw(cr, note, &ns, x + 9, y + 11 + fmax(lh, 18) + vh);
  }
}

/* The four key figures side by side: net value (with the optimism-bias
 * adjusted one under it), benefits per euro of cost, payback year (with
 * the IRR) and the chance of a positive net value (with P5 and P95). */
static void key_figures(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *sum = mkba_j_obj(r->doc, "summary");
  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  char npv[64], bcr[64], payback[64], p[64], irr[96], interval[160];
  char ob[128] = "";
  mkba_fmt_money_short(npv, sizeof npv, mkba_j_num(sum, "npv"), r->lang);
  const json_t *bias = mkba_optimism_bias(r);
  if (bias != NULL) {
    char m[64];
    mkba_tpl(ob, sizeof ob, s->kpi_ob,
             mkba_money_text(r, mkba_j_num(mkba_j_obj(bias, "summary"), "npv"),
                             m, sizeof m),
             NULL, NULL, NULL);
  }
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
  if (u != NULL) {
    mkba_chance_text(r, mkba_j_num(u, "p_npv_positive"), p, sizeof p);
    char lo[64], hi[64];
    mkba_money_pair(r, mkba_j_num(u, "npv_p05"), mkba_j_num(u, "npv_p95"), lo,
                    hi, sizeof lo);
    snprintf(interval, sizeof interval, "P5 %s, P95 %s", lo, hi);
  } else {
    snprintf(p, sizeof p, "%s", "\xe2\x80\x93");
    snprintf(interval, sizeof interval, "%s", s->kpi_none_p);
  }
  const double gap = 8, h = 74;
  double w = (MKBA_TEXT_WIDTH - 3 * gap) / 4;
  mkba_page_need(pg, h + 10);
  double x = MKBA_MARGIN_X, y = pg->y;
  kpi(pg->cr, x, y, w, h, s->kpi_npv, npv, ob);
  kpi(pg->cr, x + (w + gap), y, w, h, s->kpi_bcr,
      isfinite(b) ? bcr : "\xe2\x80\x93", isfinite(b) ? NULL : bcr);
  /* a long "not within the period" does not fit the large type */
  kpi(pg->cr, x + 2 * (w + gap), y, w, h, s->kpi_payback,
      isfinite(pb) ? payback : "\xe2\x80\x93", isfinite(pb) ? irr : payback);
  kpi(pg->cr, x + 3 * (w + gap), y, w, h, s->kpi_p, p, interval);
  pg->y += h + 12;
  pg->fresh = 0;
}

/* The verdict in one sentence, for a summary (an intervention's or the
 * package's): subject, period, net value. buf, len: output. */
static void verdict(const mkba_report_ctx *r, const char *subj,
                    const json_t *sum, char *buf, size_t len) {
  const mkba_strings *s = r->s;
  char per[64], npv[64];
  double x = mkba_j_num(sum, "npv");
  mkba_period_text(r, per, sizeof per);
  mkba_money_text(r, x, npv, sizeof npv);
  const char *t = !isfinite(x) ? NULL
                  : x > 0      ? s->verdict_positive
                  : x < 0      ? s->verdict_negative
                               : s->verdict_zero;
  buf[0] = '\0';
  if (t != NULL)
    mkba_tpl(buf, len, t, subj, per, npv, NULL);
}

/* "Gecorrigeerd voor optimism bias (kosten +20%, baten −10%) is het saldo
 * € 2,9 mln." for the document's bias, or nothing. */
static void bias_words(const mkba_report_ctx *r, char *buf, size_t len) {
  const json_t *bias = mkba_optimism_bias(r);
  buf[0] = '\0';
  if (bias == NULL)
    return;
  char c[32], b[32], m[64];
  mkba_share_text(c, sizeof c, mkba_j_num(bias, "costs"), r->lang);
  mkba_share_text(b, sizeof b, mkba_j_num(bias, "benefits"), r->lang);
  mkba_money_text(r, mkba_j_num(mkba_j_obj(bias, "summary"), "npv"), m,
                  sizeof m);
  mkba_tpl(buf, len, r->s->verdict_ob, c, b, m, NULL);
}

/* How sure, in words a council reads: a qualifier chosen by how often the
 * simulations agree with the sign of the base case, then the chance and
 * the 90% interval; when few parameters vary, that the certainty holds
 * only within what varies. */
static void sure_words(const mkba_report_ctx *r, double npv, char *buf,
                       size_t len) {
  const mkba_strings *s = r->s;
  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  double p = mkba_j_num(u, "p_npv_positive");
  if (u == NULL || !isfinite(p)) {
    snprintf(buf, len, "%s", s->sure_none);
    return;
  }
  double agree = npv >= 0 ? p : 1 - p;
  mkba_param_counts pc = mkba_count_params(r, -1);
  const char *t = agree >= 0.95
                      ? mkba_few_vary(&pc) ? s->sure_high_few : s->sure_high
                  : agree >= 0.80 ? s->sure_likely
                                  : s->sure_low;
  char p_text[32], n[32], lo[64], hi[64];
  mkba_chance_text(r, p, p_text, sizeof p_text);
  mkba_fmt_int(n, sizeof n, mkba_j_num(u, "draws"), r->lang);
  mkba_money_pair(r, mkba_j_num(u, "npv_p05"), mkba_j_num(u, "npv_p95"), lo, hi,
                  sizeof lo);
  if (t == s->sure_high_few) {
    /* the qualifier names what varies and what does not */
    char few[200], fixed[32];
    mkba_few_text(r, &pc, few, sizeof few, fixed, sizeof fixed);
    const char *args[] = {p_text, n, lo, hi, few, fixed};
    mkba_tpl_n(buf, len, t, args, MKBA_COUNT(args));
  } else {
    mkba_tpl(buf, len, t, p_text, n, lo, hi);
    mkba_few_words(r, &pc, buf, len);
  }
}

/* The conclusion for one intervention or a package, in bold: the verdict,
 * the optimism-bias-adjusted figure, and how sure. */
static void conclusion(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const json_t *sum = mkba_j_obj(r->doc, "summary");
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  size_t n = mkba_j_len(ivs);
  char subj[300], text[2048], part[800];
  if (n > 1) {
    char k[16];
    snprintf(k, sizeof k, "%zu", n);
    mkba_tpl(subj, sizeof subj, r->s->package_subject, k, NULL, NULL, NULL);
  } else {
    mkba_iv_sentence_name(r, mkba_j_at(ivs, 0), subj, sizeof subj);
  }
  text[0] = '\0';
  verdict(r, subj, sum, part, sizeof part);
  mkba_sentence_add(text, sizeof text, part);
  bias_words(r, part, sizeof part);
  mkba_sentence_add(text, sizeof text, part);
  sure_words(r, mkba_j_num(sum, "npv"), part, sizeof part);
  mkba_sentence_add(text, sizeof text, part);
  mkba_text_style st = mkba_style(MKBA_PT_CONCLUSION);
  st.bold = 1;
  mkba_page_text(pg, text, st);
  mkba_page_gap(pg, 4);
}

/* Costs and benefits in a few sentences: totals, B/C, payback, first year
 * return, and the split of benefits into budget effects and well-being. */
static void money_words(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *sum = mkba_j_obj(r->doc, "summary");
  char text[2048] = "", part[512], per[64], a[64], b[64];
  mkba_period_text(r, per, sizeof per);
  mkba_money_text(r, mkba_j_num(sum, "pv_costs"), a, sizeof a);
  mkba_money_text(r, mkba_j_num(sum, "pv_benefits"), b, sizeof b);
  mkba_tpl(part, sizeof part,
           mkba_j_len(mkba_j_arr(r->doc, "interventions")) > 1
               ? s->sum_costs_benefits_package
               : s->sum_costs_benefits,
           per, a, b, NULL);
  mkba_sentence_add(text, sizeof text, part);
  double bcr = mkba_j_num(sum, "bcr");
  if (isfinite(bcr)) {
    /* "€ 1,43": a ratio read as euros of benefit per euro of cost */
    char num[32];
    mkba_fmt_fixed(num, sizeof num, bcr, 2, r->lang);
    snprintf(a, sizeof a, "%s%s",
             r->lang == MKBA_LANG_NL ? "\xe2\x82\xac\xc2\xa0" : "\xe2\x82\xac",
             num);
    mkba_sentence_add(
        text, sizeof text,
        mkba_tpl(part, sizeof part, s->sum_bcr, a, NULL, NULL, NULL));
  }
  double pb = mkba_j_num(sum, "payback_year");
  if (isfinite(pb)) {
    snprintf(a, sizeof a, "%.0f", pb);
    mkba_tpl(part, sizeof part, s->sum_payback, a, NULL, NULL, NULL);
  } else {
    snprintf(part, sizeof part, "%s", s->sum_no_payback);
  }
  mkba_sentence_add(text, sizeof text, part);
  double fyrr = mkba_j_num(sum, "first_year_return");
  if (isfinite(fyrr)) {
    mkba_fmt_percent(a, sizeof a, fyrr, 1, r->lang);
    mkba_sentence_add(
        text, sizeof text,
        mkba_tpl(part, sizeof part, s->sum_fyrr, a, NULL, NULL, NULL));
  }
  double wb = mkba_j_num(sum, "pv_benefits_wellbeing");
  if (isfinite(wb) && wb != 0) {
    char budget[64], well[64], qv[64], without[64];
    mkba_money_text(r, mkba_j_num(sum, "pv_benefits_budget"), budget,
                    sizeof budget);
    mkba_money_text(r, wb, well, sizeof well);
    mkba_fmt_money(qv, sizeof qv,
                   mkba_j_num(mkba_j_obj(r->doc, "qaly_value"), "value"),
                   r->lang);
    mkba_money_text(r, mkba_j_num(sum, "npv_without_wellbeing"), without,
                    sizeof without);
    mkba_sentence_add(
        text, sizeof text,
        mkba_tpl(part, sizeof part, s->sum_split, budget, well, qv, without));
  }
  mkba_page_para(pg, text);
}

/* In a package: which intervention carries the result and which pull it
 * down, so a large total does not hide a poor member. */
static void package_words(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  size_t n = mkba_j_len(ivs);
  if (n < 2)
    return;
  size_t best = 0;
  for (size_t i = 1; i < n; i++)
    if (mkba_j_num(mkba_j_obj(mkba_j_at(ivs, i), "summary"), "npv") >
        mkba_j_num(mkba_j_obj(mkba_j_at(ivs, best), "summary"), "npv"))
      best = i;
  char text[3000] = "", part[2400], name[300], m[64];
  double bn = mkba_j_num(mkba_j_obj(mkba_j_at(ivs, best), "summary"), "npv");
  if (isfinite(bn) && bn > 0) {
    mkba_iv_sentence_name(r, mkba_j_at(ivs, best), name, sizeof name);
    mkba_tpl(part, sizeof part, r->s->pkg_best, name,
             mkba_money_text(r, bn, m, sizeof m), NULL, NULL);
    mkba_sentence_add(text, sizeof text, part);
  }
  /* every member with a negative net value, none left out */
  char items[64][360];
  const char *ptr[64];
  size_t k = 0;
  for (size_t i = 0; i < n && k < 64; i++) {
    double x = mkba_j_num(mkba_j_obj(mkba_j_at(ivs, i), "summary"), "npv");
    if (!(isfinite(x) && x < 0))
      continue;
    mkba_iv_sentence_name(r, mkba_j_at(ivs, i), name, sizeof name);
    snprintf(items[k], sizeof items[k], "%s (%s)", name,
             mkba_money_text(r, x, m, sizeof m));
    ptr[k] = items[k];
    k++;
  }
  if (k > 0) {
    char list[2000];
    mkba_join_list(r, ptr, k, list, sizeof list);
    mkba_sentence_add(text, sizeof text,
                      mkba_tpl(part, sizeof part, r->s->pkg_negative, list,
                               NULL, NULL, NULL));
  }
  if (text[0] != '\0')
    mkba_page_para(pg, text);
}

/* How many effects stay out of the euros, and where they are listed. */
static void pm_words(mkba_page *pg, const json_t *pm) {
  size_t n = mkba_j_len(pm);
  if (n == 0)
    return;
  char k[16], text[400];
  snprintf(k, sizeof k, "%zu", n);
  mkba_page_para(
      pg, mkba_tpl(text, sizeof text,
                   n == 1 ? pg->r->s->pm_count_one : pg->r->s->pm_count_many, k,
                   NULL, NULL, NULL));
}

/* See sections.h. */
void mkba_summary_actor_table(mkba_page *pg, int fit_only) {
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
  /* the notes under it: present values, transfers, undiscounted */
  char notes[3][600], year[16];
  int nn = 0;
  mkba_tpl(notes[nn++], sizeof notes[0], s->pv_note,
           mkba_price_year(r, year, sizeof year), NULL, NULL, NULL);
  snprintf(notes[nn++], sizeof notes[0], "%s", s->transfer_note);
  const json_t *und = mkba_j_obj(r->doc, "undiscounted");
  if (und != NULL) {
    char c[64], b[64], n[64];
    mkba_money_text(r, mkba_j_num(und, "costs"), c, sizeof c);
    mkba_money_text(r, mkba_j_num(und, "benefits"), b, sizeof b);
    mkba_money_text(r, mkba_j_num(und, "net"), n, sizeof n);
    mkba_tpl(notes[nn++], sizeof notes[0], s->undiscounted_line, c, b, n, NULL);
  }
  if (fit_only && !pg->fresh) {
    /* heading (a gap, the title, a gap), table and notes, as drawn */
    mkba_text_style hs = mkba_style(MKBA_PT_HEADING),
                    ns = mkba_style(MKBA_PT_NOTE);
    hs.bold = 1;
    hs.width = ns.width = MKBA_TEXT_WIDTH;
    double h, need = mkba_table_height(&t) + 8;
    mkba_text_size(pg->cr, s->per_actor_heading, &hs, NULL, &h);
    need += 8 + h + 5;
    for (int i = 0; i < nn; i++) {
      mkba_text_size(pg->cr, notes[i], &ns, NULL, &h);
      need += h + 5;
    }
    if (pg->y + need > MKBA_TEXT_BOTTOM) {
      mkba_table_discard(&t);
      return;
    }
  }
  mkba_page_heading(pg, s->per_actor_heading, 120);
  mkba_table_end(&t);
  for (int i = 0; i < nn; i++)
    mkba_page_note(pg, notes[i]);
}

/* See sections.h. */
void mkba_summary_package(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  conclusion(pg);
  key_figures(pg);
  money_words(pg);
  char who[2400];
  mkba_who_pays_text(r, mkba_j_arr(r->doc, "actors"), NULL, who, sizeof who);
  if (who[0] != '\0')
    mkba_page_para(pg, who);
  package_words(pg);
  pm_words(pg, mkba_j_arr(r->doc, "pm_items"));
}
