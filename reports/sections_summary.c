/*
 * sections_summary.c: the first page, which many readers will read alone.
 * It says what was analysed and then the conclusion a council member can
 * repeat: the verdict (for alternatives, the ranking of all of them), how
 * sure it is, the optimism-bias-adjusted figure, what the benefits are made
 * of (budget and well-being), and who pays and who gains, in words. Also
 * the small helpers every section shares for rows and sentences.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "count.h"

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
  mkba_fmt_probability(row->buf[i], sizeof row->buf[i], frac, lang);
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

void mkba_sentence_add(char *buf, size_t len, const char *text) {
  size_t o = strlen(buf);
  if (text == NULL || text[0] == '\0' || o + 1 >= len)
    return;
  snprintf(buf + o, len - o, "%s%s", o > 0 ? " " : "", text);
}

char *mkba_share_text(char *buf, size_t len, double frac, mkba_lang lang) {
  double pc = frac * 100;
  int dec = isfinite(pc) && fabs(pc - round(pc)) > 1e-9 ? 1 : 0;
  return mkba_fmt_percent(buf, len, frac, dec, lang);
}

char *mkba_join_list(const mkba_report_ctx *r, const char *const *items,
                     size_t n, char *buf, size_t len) {
  size_t o = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < n && o + 1 < len; i++) {
    const char *sep = i == 0 ? "" : i + 1 == n ? r->s->list_and : ", ";
    o += (size_t)snprintf(buf + o, len - o, "%s%s", sep, items[i]);
  }
  return buf;
}

size_t mkba_ranked(const mkba_report_ctx *r, size_t *order, size_t max) {
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const json_t *rank = mkba_j_arr(r->doc, "ranking");
  size_t n = mkba_j_len(ivs), k = 0;
  if (n > max)
    n = max;
  /* the ranking first, as the engine ordered it ... */
  for (size_t i = 0; i < mkba_j_len(rank) && k < n; i++) {
    double x = mkba_j_num(mkba_j_at(rank, i), "intervention");
    if (!isfinite(x) || x < 0 || x >= (double)n)
      continue;
    int seen = 0;
    for (size_t j = 0; j < k; j++)
      seen |= order[j] == (size_t)x;
    if (!seen)
      order[k++] = (size_t)x;
  }
  /* ... then anything the ranking does not name, so none goes missing */
  for (size_t i = 0; i < n && k < n; i++) {
    int seen = 0;
    for (size_t j = 0; j < k; j++)
      seen |= order[j] == i;
    if (!seen)
      order[k++] = i;
  }
  return k;
}

/* The document's optimism-bias adjustment ({costs, benefits, summary}) when
 * it has one with its numbers, else NULL (borrowed; r: the rendering). */
static const json_t *optimism_bias(const mkba_report_ctx *r) {
  const json_t *ob = mkba_j_obj(r->doc, "optimism_bias");
  return mkba_j_obj(ob, "summary") != NULL ? ob : NULL;
}

/* The net value of a summary ({pv_costs, pv_benefits}) under the bias
 * (costs times 1 + c, benefits times 1 - b), as the engine computes it
 * (bias, summary: borrowed). */
static double biased_npv(const json_t *bias, const json_t *summary) {
  double c = mkba_j_num(bias, "costs"), b = mkba_j_num(bias, "benefits");
  return mkba_j_num(summary, "pv_benefits") * (1 - b) -
         mkba_j_num(summary, "pv_costs") * (1 + c);
}

char *mkba_iv_sentence_name(const mkba_report_ctx *r, const json_t *iv,
                            char *buf, size_t len) {
  char name[300];
  mkba_intervention_short_name(iv, name, sizeof name);
  return mkba_tpl(buf, len, r->s->quoted, name, NULL, NULL, NULL);
}

/* Money in the short form, for sentences (€ 1,2 mln). */
static char *money(const mkba_report_ctx *r, double x, char *buf, size_t len) {
  return mkba_fmt_money_short(buf, len, x, r->lang);
}

/* Two amounts read together ("tussen € 0,51 mln en € 1,1 mln") in one
 * unit, that of the larger: into lo and hi, len bytes each. */
static void pair(const mkba_report_ctx *r, double a, double b, char *lo,
                 char *hi, size_t len) {
  double ref = fmax(fabs(a), fabs(b));
  mkba_fmt_money_like(lo, len, a, ref, r->lang);
  mkba_fmt_money_like(hi, len, b, ref, r->lang);
}

/* A chance in sentences: the same rounding as in every table, so page 1
 * never says 100% where a table says 99,6%. */
static char *chance(const mkba_report_ctx *r, double p, char *buf, size_t len) {
  return mkba_fmt_probability(buf, len, p, r->lang);
}

/* What the numbers rest on: the parameters, how many of them are
 * assumptions, how many the scenario's author chose without a source, and
 * how many vary in the simulations (a distribution that is not fixed). */
typedef struct {
  size_t n;        /* parameters */
  size_t assumed;  /* confidence "assumption" */
  size_t scenario; /* confidence "scenario": the author's choice */
  size_t varied;   /* with a distribution */
} param_counts;

/* The counts over the parameters of intervention iv, or of all of them
 * when iv is negative (r: the rendering). */
static param_counts count_params(const mkba_report_ctx *r, double iv) {
  param_counts c = {0, 0, 0, 0};
  const json_t *ps = mkba_j_arr(r->doc, "parameters");
  for (size_t i = 0; i < mkba_j_len(ps); i++) {
    const json_t *p = mkba_j_at(ps, i);
    if (iv >= 0 && mkba_j_num(p, "intervention") != iv)
      continue;
    const char *conf = mkba_j_str(p, "confidence", "");
    const char *dist =
        mkba_j_str(mkba_j_obj(p, "distribution"), "dist", "fixed");
    c.n++;
    c.assumed += strcmp(conf, "assumption") == 0;
    c.scenario += strcmp(conf, "scenario") == 0;
    c.varied += strcmp(dist, "fixed") != 0 && strcmp(dist, "constant") != 0;
  }
  return c;
}

/* Whether so few parameters vary that the simulations understate the
 * uncertainty: fewer than half of them (c: the counts). */
static int few_vary(const param_counts *c) {
  return c->n > 0 && 2 * c->varied < c->n;
}

/* "1 van de 22 parameters varieert in de simulaties; de andere 21 liggen
 * vast" for counts c, into buf (len bytes). */
static char *varied_text(const mkba_report_ctx *r, const param_counts *c,
                         char *buf, size_t len) {
  const mkba_strings *s = r->s;
  char v[32], n[32], f[32];
  mkba_fmt_int(v, sizeof v, (double)c->varied, r->lang);
  mkba_fmt_int(n, sizeof n, (double)c->n, r->lang);
  mkba_fmt_int(f, sizeof f, (double)(c->n - c->varied), r->lang);
  return mkba_tpl(buf, len,
                  c->varied == c->n ? s->varied_all
                  : c->varied == 1  ? s->varied_one
                                    : s->varied_many,
                  v, n, f, NULL);
}

/* "de 1 parameter die varieert" for counts c into buf (len bytes), and
 * the number of fixed ones into fixed (flen bytes). */
static void few_text(const mkba_report_ctx *r, const param_counts *c, char *buf,
                     size_t len, char *fixed, size_t flen) {
  char v[32];
  mkba_fmt_int(v, sizeof v, (double)c->varied, r->lang);
  mkba_fmt_int(fixed, flen, (double)(c->n - c->varied), r->lang);
  mkba_tpl(buf, len, c->varied == 1 ? r->s->few_one : r->s->few_many, v, NULL,
           NULL, NULL);
}

/* "Daarin telt alleen de onzekerheid van de 1 parameter die varieert
 * mee ...": the certainty qualified, added to text (len bytes) when few
 * parameters vary. */
static void few_words(const mkba_report_ctx *r, const param_counts *c,
                      char *text, size_t len) {
  if (!few_vary(c))
    return;
  char v[200], f[32], part[600];
  few_text(r, c, v, sizeof v, f, sizeof f);
  mkba_sentence_add(
      text, len,
      mkba_tpl(part, sizeof part, r->s->sure_fixed, v, f, NULL, NULL));
}

/* "2025–2034" for the scenario's period, into buf. */
static char *period(const mkba_report_ctx *r, char *buf, size_t len) {
  const json_t *sc = mkba_j_obj(r->doc, "scenario");
  double start = mkba_j_num(sc, "start_year");
  double years = mkba_j_num(sc, "horizon_years");
  snprintf(buf, len, "%.0f\xe2\x80\x93%.0f", start, start + years - 1);
  return buf;
}

/* The actor as the subject of a sentence ("de gemeente", "het Rijk"), or
 * its label when the id is not one of the six (r: rendering; id). */
static const char *subject(const mkba_report_ctx *r, const char *id) {
  const mkba_strings *s = r->s;
  static const char *const ids[] = {"gemeente",  "zorgverzekeraar",
                                    "rijk",      "woningcorporatie",
                                    "deelnemer", "samenleving"};
  const char *const subj[] = {s->subj_gemeente,  s->subj_zorgverzekeraar,
                              s->subj_rijk,      s->subj_woningcorporatie,
                              s->subj_deelnemer, s->subj_samenleving};
  for (size_t i = 0; i < MKBA_COUNT(ids); i++)
    if (id != NULL && strcmp(id, ids[i]) == 0)
      return subj[i];
  return mkba_report_actor_label(r, id);
}

/* One actor's money in words: "de gemeente betaalt € 8,2 mln en krijgt
 * € 7,0 mln terug (per saldo −€ 1,3 mln)". a: an element of an "actors"
 * array; buf, len: output. */
static void actor_words(const mkba_report_ctx *r, const json_t *a, char *buf,
                        size_t len) {
  const mkba_strings *s = r->s;
  const char *who = subject(r, mkba_j_str(a, "id", "?"));
  double c = mkba_j_num(a, "pv_costs"), b = mkba_j_num(a, "pv_benefits");
  double wb = mkba_j_num(a, "pv_benefits_wellbeing");
  /* the amounts of one actor in one unit: "€ 8,2 mln ... € 0,70 mln" */
  double ref = fmax(isfinite(c) ? fabs(c) : 0, isfinite(b) ? fabs(b) : 0);
  char cs[64], bs[64], ns[64];
  mkba_fmt_money_like(cs, sizeof cs, c, ref, r->lang);
  mkba_fmt_money_like(bs, sizeof bs, b, ref, r->lang);
  mkba_fmt_money_like(ns, sizeof ns, b - c, ref, r->lang);
  int pays = isfinite(c) && c > 0;
  if (pays && isfinite(b) && b != 0)
    mkba_tpl(buf, len, s->who_pays_gets, who, cs, bs, ns);
  else if (pays)
    mkba_tpl(buf, len, s->who_pays, who, cs, NULL, NULL);
  else if (isfinite(b) && b < 0)
    mkba_tpl(buf, len, s->who_loses, who, money(r, -b, bs, sizeof bs), NULL,
             NULL);
  else
    mkba_tpl(buf, len, s->who_gains, who, bs, NULL, NULL);
  /* well-being is not money in anyone's pocket: say how much of it is */
  if (isfinite(wb) && wb > 0 && isfinite(b) && b > 0) {
    char part[160], w[64];
    mkba_tpl(part, sizeof part, s->who_wellbeing,
             mkba_fmt_money_like(w, sizeof w, wb, ref, r->lang), NULL, NULL,
             NULL);
    size_t o = strlen(buf);
    if (o + 1 < len)
      snprintf(buf + o, len - o, "%s", part);
  }
}

/* Who pays and who gains in words, from an "actors" array (the document's
 * or an intervention's; r: the rendering): "Wie betaalt, wie baat: de
 * gemeente betaalt ... en krijgt ... terug; ...", the actors for whom
 * nothing changes, and when the gemeente recovers its spending. lead: a
 * template whose {1} takes the list (NULL: the standard one). buf, len:
 * output, empty when no actor has a flow. */
static void who_pays_text(const mkba_report_ctx *r, const json_t *actors,
                          const char *lead, char *buf, size_t len) {
  const mkba_strings *s = r->s;
  char list[1600] = "", part[400], line[1800];
  const char *none[16];
  size_t n_none = 0;
  for (size_t i = 0; i < mkba_j_len(actors); i++) {
    const json_t *a = mkba_j_at(actors, i);
    if (!mkba_actor_has_flows(a)) {
      if (n_none < MKBA_COUNT(none))
        none[n_none++] = subject(r, mkba_j_str(a, "id", "?"));
      continue;
    }
    actor_words(r, a, part, sizeof part);
    size_t o = strlen(list);
    if (o + 1 < sizeof list)
      snprintf(list + o, sizeof list - o, "%s%s", o > 0 ? "; " : "", part);
  }
  buf[0] = '\0';
  if (list[0] != '\0')
    mkba_sentence_add(buf, len,
                      mkba_tpl(line, sizeof line,
                               lead != NULL ? lead : s->who_lead, list, NULL,
                               NULL, NULL));
  if (n_none > 0) {
    char names[600];
    mkba_join_list(r, none, n_none, names, sizeof names);
    mkba_sentence_add(
        buf, len,
        mkba_tpl(line, sizeof line, s->who_none, names, NULL, NULL, NULL));
  }
  /* the council's own question: when does the gemeente get its money back */
  const json_t *g = mkba_j_find_id(actors, "gemeente");
  if (mkba_j_num(g, "pv_costs") > 0) {
    double pb = mkba_j_num(g, "payback_year");
    char year[16];
    snprintf(year, sizeof year, "%.0f", pb);
    mkba_sentence_add(buf, len,
                      isfinite(pb)
                          ? mkba_tpl(line, sizeof line, s->gemeente_payback,
                                     year, NULL, NULL, NULL)
                          : s->gemeente_no_payback);
  }
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

/* The report's kind and title, then the scenario's facts as a two-column
 * list. Alternatives and long packages name only their number here: the
 * ranking and the comparison list them all. */
static void title_block(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *sc = mkba_j_obj(r->doc, "scenario");
  mkba_text_style st = mkba_style(MKBA_PT_KICKER);
  st.colour = MKBA_RGB_MUTED;
  mkba_page_text(pg, s->report_kind, st);
  mkba_text_style big = mkba_style(MKBA_PT_TITLE);
  big.bold = 1;
  mkba_page_text(pg, mkba_j_str(sc, "title", s->report_kind), big);
  mkba_page_gap(pg, 4);

  static const mkba_col cols[] = {{NULL, 1.1, MKBA_ALIGN_LEFT},
                                  {NULL, 4.0, MKBA_ALIGN_LEFT}};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  char buf[600], a[16], b[16], c[16];
  const char *region = mkba_j_str(sc, "region_label", NULL);
  if (region == NULL)
    region = mkba_j_str(sc, "region", "?");
  mkba_row_clear(&row);
  mkba_row_set(&row, 0, s->region);
  mkba_row_set(&row, 1, region);
  mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);

  double start = mkba_j_num(sc, "start_year");
  double years = mkba_j_num(sc, "horizon_years");
  snprintf(a, sizeof a, "%.0f", start);
  snprintf(b, sizeof b, "%.0f", start + years - 1);
  snprintf(c, sizeof c, "%.0f", years);
  mkba_row_set(&row, 0, s->period);
  mkba_row_set(&row, 1,
               mkba_tpl(buf, sizeof buf, s->period_value, a, b, c, NULL));
  mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);

  mkba_row_set(&row, 0, s->price_level);
  mkba_row_set(&row, 1, mkba_price_year(r, buf, sizeof buf));
  mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
  /* the standard rate with its source, so the reader knows it is one */
  const json_t *d = mkba_j_obj(sc, "discount");
  double rate = mkba_j_num(d, "rate");
  mkba_row_set(&row, 0, s->discount);
  if (mkba_j_arr(d, "schedule") == NULL && isfinite(rate) &&
      fabs(rate - 0.0225) < 1e-9) {
    char pc[32], by[16];
    mkba_fmt_percent(pc, sizeof pc, rate, 2, r->lang);
    snprintf(by, sizeof by, "%.0f", mkba_j_num(d, "base_year"));
    mkba_row_set(
        &row, 1,
        mkba_tpl(buf, sizeof buf, s->discount_std_short, pc, by, NULL, NULL));
  } else {
    mkba_row_set(&row, 1, mkba_discount_text(r, buf, sizeof buf));
  }
  mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);

  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  size_t niv = mkba_j_len(ivs);
  char count[32];
  snprintf(count, sizeof count, "%zu", niv);
  if (mkba_report_alternatives(r)) {
    /* the conclusion counts them and the ranking lists them all */
  } else if (niv > 6) {
    mkba_row_set(&row, 0, s->interventions_word);
    mkba_row_set(&row, 1,
                 mkba_tpl(buf, sizeof buf, s->interventions_count, count,
                          s->sec_interventions, NULL, NULL));
    mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
  } else {
    for (size_t i = 0; i < niv; i++) {
      mkba_row_set(&row, 0,
                   i > 0     ? ""
                   : niv > 1 ? s->interventions_word
                             : s->intervention_word);
      mkba_row_set(&row, 1,
                   mkba_intervention_name(mkba_j_at(ivs, i), buf, sizeof buf));
      mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
    }
  }
  /* how much rests on assumptions and on the author's own choices, and how
   * much of it varies in the simulations, before any number is read */
  param_counts pc = count_params(r, -1);
  if (pc.n > 0) {
    char x[32], y[32], who[300] = "";
    mkba_fmt_int(x, sizeof x, (double)pc.assumed, r->lang);
    mkba_fmt_int(y, sizeof y, (double)pc.n, r->lang);
    if (pc.scenario > 0) {
      char z[32];
      mkba_fmt_int(z, sizeof z, (double)pc.scenario, r->lang);
      who[0] = ';';
      who[1] = ' ';
      mkba_tpl(who + 2, sizeof who - 2,
               pc.scenario == 1 ? s->scenario_one : s->scenario_many, z, NULL,
               NULL, NULL);
    }
    mkba_row_set(&row, 0, s->m_assumptions);
    mkba_row_set(
        &row, 1,
        mkba_tpl(buf, sizeof buf, s->p1_assumptions, x, y, s->sec_method, who));
    mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
    if (mkba_j_obj(r->doc, "uncertainty") != NULL) {
      mkba_row_set(&row, 0, s->sec_uncertainty);
      mkba_row_set(&row, 1, varied_text(r, &pc, buf, sizeof buf));
      mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
    }
  }
  mkba_table_end(&t);
}

static void key_figures(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *sum = mkba_j_obj(r->doc, "summary");
  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  char npv[64], bcr[64], payback[64], p[64], irr[96], interval[160];
  char ob[128] = "";
  mkba_fmt_money_short(npv, sizeof npv, mkba_j_num(sum, "npv"), r->lang);
  const json_t *bias = optimism_bias(r);
  if (bias != NULL) {
    char m[64];
    mkba_tpl(
        ob, sizeof ob, s->kpi_ob,
        money(r, mkba_j_num(mkba_j_obj(bias, "summary"), "npv"), m, sizeof m),
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
    chance(r, mkba_j_num(u, "p_npv_positive"), p, sizeof p);
    char lo[64], hi[64];
    pair(r, mkba_j_num(u, "npv_p05"), mkba_j_num(u, "npv_p95"), lo, hi,
         sizeof lo);
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
  period(r, per, sizeof per);
  money(r, x, npv, sizeof npv);
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
  const json_t *bias = optimism_bias(r);
  buf[0] = '\0';
  if (bias == NULL)
    return;
  char c[32], b[32], m[64];
  mkba_share_text(c, sizeof c, mkba_j_num(bias, "costs"), r->lang);
  mkba_share_text(b, sizeof b, mkba_j_num(bias, "benefits"), r->lang);
  money(r, mkba_j_num(mkba_j_obj(bias, "summary"), "npv"), m, sizeof m);
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
  param_counts pc = count_params(r, -1);
  const char *t = agree >= 0.95
                      ? few_vary(&pc) ? s->sure_high_few : s->sure_high
                  : agree >= 0.80 ? s->sure_likely
                                  : s->sure_low;
  char p_text[32], n[32], lo[64], hi[64];
  chance(r, p, p_text, sizeof p_text);
  mkba_fmt_int(n, sizeof n, mkba_j_num(u, "draws"), r->lang);
  pair(r, mkba_j_num(u, "npv_p05"), mkba_j_num(u, "npv_p95"), lo, hi,
       sizeof lo);
  if (t == s->sure_high_few) {
    /* the qualifier names what varies and what does not */
    char few[200], fixed[32];
    few_text(r, &pc, few, sizeof few, fixed, sizeof fixed);
    const char *args[] = {p_text, n, lo, hi, few, fixed};
    mkba_tpl_n(buf, len, t, args, MKBA_COUNT(args));
  } else {
    mkba_tpl(buf, len, t, p_text, n, lo, hi);
    few_words(r, &pc, buf, len);
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
  period(r, per, sizeof per);
  money(r, mkba_j_num(sum, "pv_costs"), a, sizeof a);
  money(r, mkba_j_num(sum, "pv_benefits"), b, sizeof b);
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
    money(r, mkba_j_num(sum, "pv_benefits_budget"), budget, sizeof budget);
    money(r, wb, well, sizeof well);
    mkba_fmt_money(qv, sizeof qv,
                   mkba_j_num(mkba_j_obj(r->doc, "qaly_value"), "value"),
                   r->lang);
    money(r, mkba_j_num(sum, "npv_without_wellbeing"), without, sizeof without);
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
    mkba_tpl(part, sizeof part, r->s->pkg_best, name, money(r, bn, m, sizeof m),
             NULL, NULL);
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
             money(r, x, m, sizeof m));
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

/* The per-actor table of page 1, its heading and its notes; when fit_only,
 * only if all of it fits below the cursor (measured, not estimated). */
static void actor_table(mkba_page *pg, int fit_only) {
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
    money(r, mkba_j_num(und, "costs"), c, sizeof c);
    money(r, mkba_j_num(und, "benefits"), b, sizeof b);
    money(r, mkba_j_num(und, "net"), n, sizeof n);
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

/* The uncertainty entry of intervention index k, or NULL. */
static const json_t *iv_uncertainty(const mkba_report_ctx *r, size_t k) {
  const json_t *list =
      mkba_j_arr(mkba_j_obj(r->doc, "uncertainty"), "interventions");
  for (size_t i = 0; i < mkba_j_len(list); i++) {
    const json_t *e = mkba_j_at(list, i);
    if (mkba_j_num(e, "index") == (double)k)
      return e;
  }
  return NULL;
}

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
  mkba_tpl(
      part, sizeof part, s->alt_verdict, all, name, period(r, per, sizeof per),
      money(r, mkba_j_num(mkba_j_obj(best, "summary"), "npv"), m, sizeof m));
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
  const json_t *bias = optimism_bias(r);
  if (bias != NULL) {
    /* the correction is linear, so each alternative's adjusted net value
     * follows from its own present values */
    size_t top = order[0];
    double topv = -INFINITY;
    for (size_t i = 0; i < n; i++) {
      double v =
          biased_npv(bias, mkba_j_obj(mkba_j_at(ivs, order[i]), "summary"));
      if (v > topv) {
        topv = v;
        top = order[i];
      }
    }
    char c[32], b[32], tn[300];
    mkba_share_text(c, sizeof c, mkba_j_num(bias, "costs"), r->lang);
    mkba_share_text(b, sizeof b, mkba_j_num(bias, "benefits"), r->lang);
    money(r, topv, m, sizeof m);
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
  const json_t *bias = optimism_bias(r);
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
    const json_t *unc = iv_uncertainty(r, order[i]);
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
      mkba_row_amount(&row, c++, biased_npv(bias, sum), r->lang);
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
  const json_t *unc = iv_uncertainty(r, order[0]);
  char text[3000] = "", part[2400], name[300];
  mkba_iv_sentence_name(r, best, name, sizeof name);
  if (unc != NULL) {
    char pb[32], pp[32], lo[64], hi[64];
    chance(r, mkba_j_num(unc, "p_best"), pb, sizeof pb);
    chance(r, mkba_j_num(unc, "p_npv_positive"), pp, sizeof pp);
    pair(r, mkba_j_num(unc, "npv_p05"), mkba_j_num(unc, "npv_p95"), lo, hi,
         sizeof lo);
    const char *args[] = {name, pb, pp, lo, hi};
    mkba_sentence_add(
        text, sizeof text,
        mkba_tpl_n(part, sizeof part, s->alt_sure, args, MKBA_COUNT(args)));
    param_counts pc = count_params(r, (double)order[0]);
    few_words(r, &pc, text, sizeof text);
    if (n > 1) {
      char second[300], p2[32];
      mkba_iv_sentence_name(r, mkba_j_at(ivs, order[1]), second, sizeof second);
      chance(r, mkba_j_num(iv_uncertainty(r, order[1]), "p_best"), p2,
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
    money(r, mkba_j_num(sum, "pv_benefits_budget"), budget, sizeof budget);
    money(r, wb, well, sizeof well);
    money(r, mkba_j_num(sum, "npv_without_wellbeing"), without, sizeof without);
    mkba_sentence_add(
        text, sizeof text,
        mkba_tpl(part, sizeof part, s->alt_split, name, budget, well, without));
  }
  mkba_page_para(pg, text);
  /* "Bij {name}: {1}.": the lead names the alternative, the list fills
   * the rest */
  char lead[400], who[2400];
  mkba_tpl(lead, sizeof lead, s->alt_who, name, "{1}", NULL, NULL);
  who_pays_text(r, mkba_j_arr(best, "actors"), lead, who, sizeof who);
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
  const mkba_report_ctx *r = pg->r;
  title_block(pg);
  mkba_page_heading(pg, r->s->sec_summary, 200);
  if (mkba_report_alternatives(r)) {
    size_t order[256];
    size_t n = mkba_ranked(r, order, MKBA_COUNT(order));
    alt_conclusion(pg, order, n);
    ranking(pg, order, n);
    alt_words(pg, order, n);
    warnings(pg);
    return;
  }
  conclusion(pg);
  key_figures(pg);
  money_words(pg);
  char who[2400];
  who_pays_text(r, mkba_j_arr(r->doc, "actors"), NULL, who, sizeof who);
  if (who[0] != '\0')
    mkba_page_para(pg, who);
  package_words(pg);
  pm_words(pg, mkba_j_arr(r->doc, "pm_items"));
  warnings(pg);
  /* the table completes page 1 when it fits there; the overzichtstabel by
   * actor has the same numbers, so it never pushes the story onto a page
   * of its own */
  actor_table(pg, pg->page == 1);
}
