/*
 * sections_method.c: how the numbers were made and what the gemeente's
 * budget sees of them.
 *
 * The method box answers the questions a ministry analyst asks before
 * reading any number (what is the nulalternatief, which discount rate and
 * why, which horizon and price level, are there residual values, how much
 * rests on assumptions); the method sensitivity says in words whether the
 * conclusion survives the other discount regimes and leaving well-being
 * out (the table of regimes is in the sensitivity chapter). The budget
 * view gives the gemeente its cash per year, undiscounted, which is how a
 * council budget is read.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "count.h"

/* Width of the method box's label column, in points. */
#define LABEL_W 112.0
/* Inner margin of the box. */
#define BOX_PAD 8.0
/* Alternatives side by side in the budget matrix. */
#define ALT_COLS 5

/* See sections.h. */
void mkba_draw_box(mkba_page *pg, const mkba_box_row *rows, int n) {
  cairo_t *cr = pg->cr;
  mkba_text_style ls = mkba_style(MKBA_PT_LABEL);
  ls.bold = 1;
  ls.width = LABEL_W - 6;
  mkba_text_style ts = mkba_style(MKBA_PT_LABEL);
  ts.width = MKBA_TEXT_WIDTH - LABEL_W - 2 * BOX_PAD - 4;
  double h[MKBA_BOX_ROWS], total = 2 * BOX_PAD;
  for (int i = 0; i < n; i++) {
    double lh, th;
    mkba_text_size(cr, rows[i].label, &ls, NULL, &lh);
    mkba_text_size(cr, rows[i].text, &ts, NULL, &th);
    h[i] = fmax(lh, th) + 4;
    total += h[i];
  }
  mkba_page_need(pg, total + 6);
  double x = MKBA_MARGIN_X, y = pg->y;
  cairo_rectangle(cr, x, y, MKBA_TEXT_WIDTH, total);
  mkba_set_rgb(cr, MKBA_RGB_SHADE);
  cairo_fill(cr);
  cairo_rectangle(cr, x, y, 3, total);
  mkba_set_rgb(cr, MKBA_RGB_ACCENT);
  cairo_fill(cr);
  double yy = y + BOX_PAD;
  for (int i = 0; i < n; i++) {
    mkba_text_draw(cr, rows[i].label, &ls, x + BOX_PAD + 2, yy);
    mkba_text_draw(cr, rows[i].text, &ts, x + BOX_PAD + LABEL_W, yy);
    yy += h[i];
  }
  pg->y = y + total + 8;
  pg->fresh = 0;
}

/* The discounting with its source: the Dutch standard said as such, any
 * other rate or schedule as the scenario's own choice. */
static void discount_row(const mkba_report_ctx *r, char *buf, size_t len) {
  const json_t *d = mkba_j_obj(mkba_j_obj(r->doc, "scenario"), "discount");
  double rate = mkba_j_num(d, "rate");
  char text[300];
  mkba_discount_text(r, text, sizeof text);
  if (mkba_j_arr(d, "schedule") == NULL && isfinite(rate) &&
      fabs(rate - 0.0225) < 1e-9) {
    char pc[32], base[16];
    mkba_fmt_percent(pc, sizeof pc, rate, 2, r->lang);
    snprintf(base, sizeof base, "%.0f", mkba_j_num(d, "base_year"));
    mkba_tpl(buf, len, r->s->m_discount_std, pc, base, NULL, NULL);
  } else {
    mkba_tpl(buf, len, r->s->m_discount_own, text, NULL, NULL, NULL);
  }
}

/* The present value of category id over the document (for alternatives,
 * summed over their own lists: only to say whether it exists and how
 * large). Returns NAN when no one books it. */
static double category_pv(const mkba_report_ctx *r, const char *id) {
  const json_t *c = mkba_j_find_id(mkba_j_arr(r->doc, "categories"), id);
  if (c != NULL && !mkba_report_alternatives(r))
    return mkba_j_num(c, "pv_benefits") - mkba_j_num(c, "pv_costs");
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  double v = NAN;
  for (size_t i = 0; i < mkba_j_len(ivs); i++) {
    const json_t *e =
        mkba_j_find_id(mkba_j_arr(mkba_j_at(ivs, i), "categories"), id);
    if (e == NULL)
      continue;
    double x = mkba_j_num(e, "pv_benefits") - mkba_j_num(e, "pv_costs");
    v = isfinite(v) ? v + x : x;
  }
  return v;
}

/* Whether any benefit is monetised well-being (then the QALY value
 * matters). */
static int has_wellbeing(const mkba_report_ctx *r) {
  if (mkba_j_num(mkba_j_obj(r->doc, "summary"), "pv_benefits_wellbeing") != 0)
    return 1;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  for (size_t i = 0; i < mkba_j_len(ivs); i++)
    if (mkba_j_num(mkba_j_obj(mkba_j_at(ivs, i), "summary"),
                   "pv_benefits_wellbeing") > 0)
      return 1;
  return 0;
}

/* How many parameters vary in the simulations: those with a distribution
 * that is not fixed (ps: the "parameters" array). */
static size_t varied_count(const json_t *ps) {
  size_t v = 0;
  for (size_t i = 0; i < mkba_j_len(ps); i++) {
    const char *d = mkba_j_str(mkba_j_obj(mkba_j_at(ps, i), "distribution"),
                               "dist", "fixed");
    v += strcmp(d, "fixed") != 0 && strcmp(d, "constant") != 0;
  }
  return v;
}

/* "Daarin variëren 4 van de 31 parameters; ..." for the method box's
 * uncertainty row, added to buf (len bytes): how much of the model the
 * simulations move. */
static void varied_words(const mkba_report_ctx *r, char *buf, size_t len) {
  const mkba_strings *s = r->s;
  const json_t *ps = mkba_j_arr(r->doc, "parameters");
  size_t n = mkba_j_len(ps), k = varied_count(ps);
  if (n == 0)
    return;
  char v[32], all[32], f[32], part[400];
  mkba_fmt_int(v, sizeof v, (double)k, r->lang);
  mkba_fmt_int(all, sizeof all, (double)n, r->lang);
  mkba_fmt_int(f, sizeof f, (double)(n - k), r->lang);
  mkba_tpl(part, sizeof part,
           k == n   ? s->varied_all
           : k == 1 ? s->varied_one
                    : s->varied_many,
           v, all, f, NULL);
  /* a sentence of its own: capital, full stop */
  if (part[0] >= 'a' && part[0] <= 'z')
    part[0] = (char)(part[0] - 'a' + 'A');
  size_t o = strlen(part);
  if (o + 1 < sizeof part)
    snprintf(part + o, sizeof part - o, ".");
  mkba_sentence_add(buf, len, part);
}

/* "114 van de 170 parameters zijn aannames ...": the confidence labels of
 * the parameters, counted; the scenario author's own choices said as
 * such. */
static int assumptions_row(const mkba_report_ctx *r, char *buf, size_t len) {
  const json_t *ps = mkba_j_arr(r->doc, "parameters");
  size_t n = mkba_j_len(ps);
  if (n == 0)
    return 0;
  /* the other grades, each with its count, those with none left out */
  static const char *const ids[] = {"assumption", "verified", "secondary",
                                    "scenario"};
  size_t count[4] = {0, 0, 0, 0};
  for (size_t i = 0; i < n; i++) {
    const char *c = mkba_j_str(mkba_j_at(ps, i), "confidence", "");
    for (size_t k = 0; k < 4; k++)
      count[k] += strcmp(c, ids[k]) == 0;
  }
  /* the author's choices have no source: a sentence of their own */
  char who[300] = "";
  if (count[3] > 0) {
    char z[32];
    mkba_fmt_int(z, sizeof z, (double)count[3], r->lang);
    who[0] = ' ';
    mkba_tpl(who + 1, sizeof who - 2,
             count[3] == 1 ? r->s->scenario_one : r->s->scenario_many, z, NULL,
             NULL, NULL);
    size_t o = strlen(who);
    snprintf(who + o, sizeof who - o, ".");
  }
  char items[3][96], rest[320], na[32], nn[32];
  const char *ptr[3];
  size_t m = 0;
  for (size_t k = 1; k < 3; k++) {
    if (count[k] == 0)
      continue;
    char x[32];
    mkba_fmt_int(x, sizeof x, (double)count[k], r->lang);
    snprintf(items[m], sizeof items[m], "%s %s", x,
             mkba_confidence_label(r->s, ids[k]));
    ptr[m] = items[m];
    m++;
  }
  mkba_join_list(r, ptr, m, rest, sizeof rest);
  mkba_fmt_int(na, sizeof na, (double)count[0], r->lang);
  mkba_fmt_int(nn, sizeof nn, (double)n, r->lang);
  const char *args[] = {na, nn, m > 0 ? rest : "\xe2\x80\x93",
                        r->s->sec_assumptions, who};
  mkba_tpl_n(buf, len, r->s->m_assumptions_text, args, MKBA_COUNT(args));
  return 1;
}

/* The method box's rows, into rows (MKBA_BOX_ROWS). Returns how many. */
static int method_rows(const mkba_report_ctx *r, mkba_box_row *rows) {
  const mkba_strings *s = r->s;
  const json_t *sc = mkba_j_obj(r->doc, "scenario");
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  size_t niv = mkba_j_len(ivs);
  int n = 0;
  char k[16], a[16], b[16], c[16];
  snprintf(k, sizeof k, "%zu", niv);

  rows[n].label = s->m_null;
  snprintf(rows[n++].text, sizeof rows[0].text, "%s", s->m_null_text);

  rows[n].label = s->m_project;
  if (mkba_report_alternatives(r))
    mkba_tpl(rows[n].text, sizeof rows[0].text, s->m_project_alt, k, NULL, NULL,
             NULL);
  else if (niv > 1)
    mkba_tpl(rows[n].text, sizeof rows[0].text, s->m_project_package, k, NULL,
             NULL, NULL);
  else
    mkba_intervention_name(mkba_j_at(ivs, 0), rows[n].text,
                           sizeof rows[0].text);
  n++;

  rows[n].label = s->discount;
  discount_row(r, rows[n++].text, sizeof rows[0].text);

  double start = mkba_j_num(sc, "start_year");
  double years = mkba_j_num(sc, "horizon_years");
  snprintf(a, sizeof a, "%.0f", start);
  snprintf(b, sizeof b, "%.0f", start + years - 1);
  snprintf(c, sizeof c, "%.0f", years);
  rows[n].label = s->period;
  mkba_tpl(rows[n++].text, sizeof rows[0].text, s->m_horizon_text, a, b, c,
           NULL);

  char year[16];
  rows[n].label = s->price_level;
  mkba_tpl(rows[n++].text, sizeof rows[0].text, s->m_price_text,
           mkba_price_year(r, year, sizeof year), NULL, NULL, NULL);

  rows[n].label = s->m_residual;
  double rest = category_pv(r, "restwaarde");
  if (isfinite(rest) && rest != 0) {
    char m[64];
    mkba_fmt_money_short(m, sizeof m, rest, r->lang);
    mkba_tpl(rows[n].text, sizeof rows[0].text, s->m_residual_yes, m, NULL,
             NULL, NULL);
  } else {
    snprintf(rows[n].text, sizeof rows[0].text, "%s", s->m_residual_no);
  }
  n++;

  const json_t *q = mkba_j_obj(r->doc, "qaly_value");
  if (q != NULL && has_wellbeing(r)) {
    char v[64], am[64], py[16];
    mkba_fmt_money(v, sizeof v, mkba_j_num(q, "value"), r->lang);
    mkba_fmt_money(am, sizeof am, mkba_j_num(q, "amount"), r->lang);
    snprintf(py, sizeof py, "%.0f", mkba_j_num(q, "price_year"));
    rows[n].label = s->m_qaly;
    mkba_tpl(rows[n++].text, sizeof rows[0].text, s->m_qaly_text, v, am, py,
             NULL);
  }

  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  if (u != NULL) {
    char d[32], seed[32];
    mkba_fmt_int(d, sizeof d, mkba_j_num(u, "draws"), r->lang);
    double sd = mkba_j_num(u, "seed");
    if (isfinite(sd))
      snprintf(seed, sizeof seed, "%.0f", sd);
    else
      snprintf(seed, sizeof seed, "%s", s->prov_none);
    rows[n].label = s->sec_uncertainty;
    mkba_tpl(rows[n].text, sizeof rows[0].text, s->m_uncertainty_text, d, seed,
             NULL, NULL);
    varied_words(r, rows[n].text, sizeof rows[0].text);
    n++;
  }

  rows[n].label = s->m_assumptions;
  if (assumptions_row(r, rows[n].text, sizeof rows[0].text))
    n++;

  /* optimism bias: the adjusted figure, or that none was applied */
  const json_t *ob = mkba_j_obj(r->doc, "optimism_bias");
  const json_t *obs = mkba_j_obj(ob, "summary");
  rows[n].label = s->m_optimism;
  if (obs != NULL) {
    char up[32], down[32], net[64];
    mkba_fmt_percent(up, sizeof up, mkba_j_num(ob, "costs"), 0, r->lang);
    mkba_fmt_percent(down, sizeof down, mkba_j_num(ob, "benefits"), 0, r->lang);
    mkba_fmt_money_short(net, sizeof net, mkba_j_num(obs, "npv"), r->lang);
    mkba_tpl(rows[n++].text, sizeof rows[0].text, s->m_optimism_yes, up, down,
             net, NULL);
  } else {
    snprintf(rows[n++].text, sizeof rows[0].text, "%s", s->m_optimism_no);
  }

  /* a region scales national programme sizes: say it is approximate */
  const json_t *rf = mkba_j_obj(r->doc, "regional_figures");
  const char *region = mkba_j_str(sc, "region", "nederland");
  if (rf != NULL && strcmp(region, "nederland") != 0 &&
      mkba_j_len(mkba_j_arr(rf, "counts")) > 0) {
    rows[n].label = s->region;
    mkba_tpl(rows[n++].text, sizeof rows[0].text, s->m_region_text,
             mkba_j_str(sc, "region_label", region), s->sec_regional, NULL,
             NULL);
  }
  return n;
}

/* The entry of list (a "discount_sensitivity" array) with this id. */
static const json_t *regime(const json_t *list, const char *id) {
  return mkba_j_find_id(list, id);
}

/* The method sensitivity of one summary: the other regimes' net values,
 * whether the sign holds, and the net value without well-being. */
static void package_sensitivity(const mkba_report_ctx *r, char *text,
                                size_t len) {
  const mkba_strings *s = r->s;
  const json_t *sum = mkba_j_obj(r->doc, "summary");
  const json_t *list = mkba_j_arr(r->doc, "discount_sensitivity");
  double base = mkba_j_num(sum, "npv");
  char items[8][400], flips[1200] = "";
  const char *ptr[8];
  size_t k = 0;
  for (size_t i = 0; i < mkba_j_len(list) && k < 8; i++) {
    const json_t *e = mkba_j_at(list, i);
    double v = mkba_j_num(e, "npv");
    /* the scenario's own regime is the headline already */
    if (!isfinite(v) || fabs(v - base) <= 1e-6 * fmax(1, fabs(base)))
      continue;
    char m[64];
    mkba_fmt_money_short(m, sizeof m, v, r->lang);
    snprintf(items[k], sizeof items[k], "%s: %s", mkba_j_str(e, "label", "?"),
             m);
    ptr[k] = items[k];
    k++;
    if ((v > 0) != (base > 0)) {
      char part[500];
      mkba_tpl(part, sizeof part, s->ms_sign_flips, mkba_j_str(e, "label", "?"),
               v > 0 ? s->word_positive : s->word_negative, NULL, NULL);
      mkba_sentence_add(flips, sizeof flips, part);
    }
  }
  char part[1600];
  if (k > 0) {
    char joined[1400];
    /* "label € x; label € y": the labels carry commas themselves */
    joined[0] = '\0';
    for (size_t i = 0; i < k; i++) {
      size_t o = strlen(joined);
      snprintf(joined + o, sizeof joined - o, "%s%s", i ? "; " : "", ptr[i]);
    }
    mkba_sentence_add(
        text, len,
        mkba_tpl(part, sizeof part, s->ms_rates, joined, NULL, NULL, NULL));
    mkba_sentence_add(text, len, flips[0] ? flips : s->ms_same_sign);
  }
  double wb = mkba_j_num(sum, "pv_benefits_wellbeing");
  if (isfinite(wb) && wb != 0) {
    char m[64];
    mkba_fmt_money_short(m, sizeof m, mkba_j_num(sum, "npv_without_wellbeing"),
                         r->lang);
    mkba_sentence_add(
        text, len,
        mkba_tpl(part, sizeof part, s->ms_wellbeing, m, NULL, NULL, NULL));
  }
}

/* For alternatives: whether the best stays the best under each other
 * regime and without well-being. order: the ranking (n). */
static void alternatives_sensitivity(const mkba_report_ctx *r,
                                     const size_t *order, size_t n, char *text,
                                     size_t len) {
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const json_t *first =
      mkba_j_arr(mkba_j_at(ivs, order[0]), "discount_sensitivity");
  char part[1200], name[300];
  int same = 1;
  for (size_t j = 0; j < mkba_j_len(first); j++) {
    const char *id = mkba_j_str(mkba_j_at(first, j), "id", "");
    size_t top = order[0];
    double topv = -INFINITY;
    for (size_t i = 0; i < n; i++) {
      double v = mkba_j_num(
          regime(mkba_j_arr(mkba_j_at(ivs, order[i]), "discount_sensitivity"),
                 id),
          "npv");
      if (isfinite(v) && v > topv) {
        topv = v;
        top = order[i];
      }
    }
    if (top == order[0])
      continue;
    same = 0;
    mkba_iv_sentence_name(r, mkba_j_at(ivs, top), name, sizeof name);
    mkba_sentence_add(text, len,
                      mkba_tpl(part, sizeof part, s->ms_alt_other,
                               mkba_j_str(mkba_j_at(first, j), "label", id),
                               name, NULL, NULL));
  }
  if (same && mkba_j_len(first) > 0) {
    mkba_iv_sentence_name(r, mkba_j_at(ivs, order[0]), name, sizeof name);
    mkba_sentence_add(
        text, len,
        mkba_tpl(part, sizeof part, s->ms_alt_same, name, NULL, NULL, NULL));
  }
  /* without well-being: which alternative leads on budget effects alone */
  size_t top = order[0];
  double topv = -INFINITY;
  int any_wb = 0;
  for (size_t i = 0; i < n; i++) {
    const json_t *sum = mkba_j_obj(mkba_j_at(ivs, order[i]), "summary");
    double v = mkba_j_num(sum, "npv_without_wellbeing");
    any_wb |= mkba_j_num(sum, "pv_benefits_wellbeing") != 0;
    if (isfinite(v) && v > topv) {
      topv = v;
      top = order[i];
    }
  }
  if (any_wb && isfinite(topv)) {
    char m[64];
    mkba_iv_sentence_name(r, mkba_j_at(ivs, top), name, sizeof name);
    mkba_fmt_money_short(m, sizeof m, topv, r->lang);
    mkba_sentence_add(
        text, len,
        mkba_tpl(part, sizeof part, s->ms_alt_wellbeing, name, m, NULL, NULL));
  }
}

void mkba_section_method(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  mkba_box_row rows[MKBA_BOX_ROWS];
  int n = method_rows(r, rows);
  mkba_page_section_flow(pg, s->sec_method, 260);
  mkba_page_para(pg, s->method_intro);
  mkba_draw_box(pg, rows, n);

  char text[3000] = "", part[400];
  if (mkba_report_alternatives(r)) {
    size_t order[256];
    size_t k = mkba_ranked(r, order, MKBA_COUNT(order));
    alternatives_sensitivity(r, order, k, text, sizeof text);
  } else {
    package_sensitivity(r, text, sizeof text);
  }
  if (text[0] == '\0')
    return;
  mkba_sentence_add(text, sizeof text,
                    mkba_tpl(part, sizeof part, s->ms_where, s->sec_sensitivity,
                             NULL, NULL, NULL));
  mkba_page_heading(pg, s->ms_heading, 40);
  mkba_page_para(pg, text);
}

/* An actor's yearly entry: costs and benefits of year index t, or NAN. */
static void actor_year(const json_t *actor, size_t t, double *costs,
                       double *benefits) {
  const json_t *y = mkba_j_at(mkba_j_arr(actor, "years"), t);
  *costs = mkba_j_num(y, "costs");
  *benefits = mkba_j_num(y, "benefits");
}

/* The gemeente's year table: pays, gets back, net, cumulative net, with a
 * total row. g: the gemeente's entry of an "actors" array. */
static void gemeente_years(mkba_page *pg, const json_t *g) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *years = mkba_j_arr(g, "years");
  const mkba_col cols[] = {
      {s->col_year, 0.6, MKBA_ALIGN_LEFT},
      {s->col_gem_pays, 1, MKBA_ALIGN_RIGHT},
      {s->col_gem_gets, 1, MKBA_ALIGN_RIGHT},
      {s->col_net, 1, MKBA_ALIGN_RIGHT},
      {s->col_cum_net, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  double cum = 0, tc = 0, tb = 0;
  for (size_t i = 0; i < mkba_j_len(years); i++) {
    double c, b;
    actor_year(g, i, &c, &b);
    cum += b - c;
    tc += c;
    tb += b;
    mkba_row_clear(&row);
    snprintf(row.buf[0], sizeof row.buf[0], "%.0f",
             mkba_j_num(mkba_j_at(years, i), "year"));
    mkba_row_amount(&row, 1, c, r->lang);
    mkba_row_amount(&row, 2, b, r->lang);
    mkba_row_amount(&row, 3, b - c, r->lang);
    mkba_row_amount(&row, 4, cum, r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_row_clear(&row);
  mkba_row_set(&row, 0, s->row_total);
  mkba_row_amount(&row, 1, tc, r->lang);
  mkba_row_amount(&row, 2, tb, r->lang);
  mkba_row_amount(&row, 3, tb - tc, r->lang);
  mkba_table_row(&t, row.cell, MKBA_ROW_BOLD | MKBA_ROW_RULE, NULL);
  mkba_table_end(&t);
}

/* "Over 2025–2034 betaalt de gemeente ... en krijgt zij ... terug: per
 * saldo ...", then when it recovers its spending. g: its actor entry. */
static void gemeente_totals(mkba_page *pg, const json_t *g) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *sc = mkba_j_obj(r->doc, "scenario");
  char per[64], c[64], b[64], net[64], text[1200] = "", part[600];
  double start = mkba_j_num(sc, "start_year");
  double years = mkba_j_num(sc, "horizon_years");
  snprintf(per, sizeof per, "%.0f\xe2\x80\x93%.0f", start, start + years - 1);
  double uc = mkba_j_num(g, "undiscounted_costs");
  double ub = mkba_j_num(g, "undiscounted_benefits");
  double ref = fmax(fabs(uc), fabs(ub));
  mkba_fmt_money_like(c, sizeof c, uc, ref, r->lang);
  mkba_fmt_money_like(b, sizeof b, ub, ref, r->lang);
  mkba_fmt_money_like(net, sizeof net, ub - uc, ref, r->lang);
  mkba_sentence_add(
      text, sizeof text,
      mkba_tpl(part, sizeof part, s->budget_total, per, c, b, net));
  if (uc > 0) {
    double pb = mkba_j_num(g, "payback_year");
    char y[16];
    snprintf(y, sizeof y, "%.0f", pb);
    mkba_sentence_add(text, sizeof text,
                      isfinite(pb)
                          ? mkba_tpl(part, sizeof part, s->gemeente_payback, y,
                                     NULL, NULL, NULL)
                          : s->gemeente_no_payback);
  }
  mkba_page_para(pg, text);
}

/* The caption of one part of a table of alternatives in parts ("Alternatieven
 * 6–10 van 14 ..."), kept with the table t under it (rows added, not yet
 * drawn): with all of it when it is not split, else with its start. from,
 * k: the part's first alternative (from 0) and its count; n: all. */
static void part_caption(mkba_page *pg, mkba_table *t, size_t from, size_t k,
                         size_t n) {
  char a[16], b[16], all[16], head[200];
  snprintf(a, sizeof a, "%zu", from + 1);
  snprintf(b, sizeof b, "%zu", from + k);
  snprintf(all, sizeof all, "%zu", n);
  mkba_tpl(head, sizeof head, pg->r->s->overview_part, a, b, all, NULL);
  mkba_text_style st = mkba_style(MKBA_PT_BODY);
  st.bold = 1;
  st.width = MKBA_TEXT_WIDTH;
  double ch, h = mkba_table_height(t);
  mkba_text_size(pg->cr, head, &st, NULL, &ch);
  if (!pg->fresh)
    mkba_page_gap(pg, 4);
  mkba_page_need(pg, ch + 5 + (h <= MKBA_TABLE_KEEP_WHOLE ? h : 120));
  mkba_page_text(pg, head, st);
}

/* For alternatives: the chapter's title and intro (borrowed), kept with
 * the gemeente's totals per alternative, then its net per year per
 * alternative when the results carry per-actor years. */
static void alternatives_budget(mkba_page *pg, const size_t *order, size_t n,
                                const char *intro) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const mkba_col cols[] = {
      {s->col_intervention, 2.4, MKBA_ALIGN_LEFT},
      {s->col_gem_pays, 1, MKBA_ALIGN_RIGHT},
      {s->col_gem_gets, 1, MKBA_ALIGN_RIGHT},
      {s->col_net, 1, MKBA_ALIGN_RIGHT},
      {s->col_payback, 0.9, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  int with_years = 1;
  for (size_t i = 0; i < n; i++) {
    const json_t *iv = mkba_j_at(ivs, order[i]);
    const json_t *g = mkba_j_find_id(mkba_j_arr(iv, "actors"), "gemeente");
    with_years &= mkba_j_len(mkba_j_arr(g, "years")) > 0;
    char name[300];
    mkba_row_clear(&row);
    mkba_intervention_name(iv, name, sizeof name);
    snprintf(row.buf[0], sizeof row.buf[0], "%zu. %s", i + 1, name);
    double uc = mkba_j_num(g, "undiscounted_costs");
    double ub = mkba_j_num(g, "undiscounted_benefits");
    mkba_row_amount(&row, 1, uc, r->lang);
    mkba_row_amount(&row, 2, ub, r->lang);
    mkba_row_amount(&row, 3, ub - uc, r->lang);
    double pb = mkba_j_num(g, "payback_year");
    if (isfinite(pb))
      snprintf(row.buf[4], sizeof row.buf[4], "%.0f", pb);
    else
      mkba_row_set(&row, 4, "\xe2\x80\x93");
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  /* the chapter starts where its title (about 30 points), its intro and
   * the totals fit */
  mkba_text_style st = mkba_style(MKBA_PT_BODY);
  st.width = MKBA_TEXT_WIDTH;
  double ih, h = mkba_table_height(&t);
  mkba_text_size(pg->cr, intro, &st, NULL, &ih);
  mkba_page_section_flow(pg, s->sec_budget,
                         30 + ih + 5 + (h <= MKBA_TABLE_KEEP_WHOLE ? h : 120));
  mkba_page_para(pg, intro);
  mkba_table_end(&t);
  if (!with_years || n == 0)
    return;
  const json_t *years =
      mkba_j_arr(mkba_j_find_id(mkba_j_arr(mkba_j_at(ivs, order[0]), "actors"),
                                "gemeente"),
                 "years");
  for (size_t from = 0; from < n; from += ALT_COLS) {
    size_t k = n - from < ALT_COLS ? n - from : ALT_COLS;
    mkba_col yc[ALT_COLS + 1];
    char heads[ALT_COLS][300];
    yc[0] = (mkba_col){s->col_year, 0.6, MKBA_ALIGN_LEFT};
    for (size_t j = 0; j < k; j++) {
      char name[260];
      mkba_intervention_short_name(mkba_j_at(ivs, order[from + j]), name,
                                   sizeof name);
      snprintf(heads[j], sizeof heads[j], "%zu. %s", from + j + 1, name);
      yc[j + 1] = (mkba_col){heads[j], 1, MKBA_ALIGN_RIGHT};
    }
    mkba_table_begin(&t, pg, yc, (int)k + 1);
    for (size_t y = 0; y < mkba_j_len(years); y++) {
      mkba_row_clear(&row);
      snprintf(row.buf[0], sizeof row.buf[0], "%.0f",
               mkba_j_num(mkba_j_at(years, y), "year"));
      for (size_t j = 0; j < k; j++) {
        const json_t *g = mkba_j_find_id(
            mkba_j_arr(mkba_j_at(ivs, order[from + j]), "actors"), "gemeente");
        double c, b;
        actor_year(g, y, &c, &b);
        mkba_row_amount(&row, (int)j + 1, b - c, r->lang);
      }
      mkba_table_row(&t, row.cell, 0, NULL);
    }
    if (from == 0) {
      /* the heading stays with the first table (or its first part) */
      double th = mkba_table_height(&t);
      mkba_page_heading(pg, s->budget_years_alt,
                        (th <= MKBA_TABLE_KEEP_WHOLE ? th : 120) +
                            (n > ALT_COLS ? 24 : 0));
    }
    if (n > ALT_COLS)
      part_caption(pg, &t, from, k, n);
    mkba_table_end(&t);
  }
}

void mkba_section_budget(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  char text[1200], year[16];
  mkba_price_year(r, year, sizeof year);
  if (mkba_report_alternatives(r)) {
    size_t order[256];
    size_t n = mkba_ranked(r, order, MKBA_COUNT(order));
    alternatives_budget(pg, order, n,
                        mkba_tpl(text, sizeof text, s->budget_intro_alt, year,
                                 NULL, NULL, NULL));
    return;
  }
  const json_t *g = mkba_j_find_id(mkba_j_arr(r->doc, "actors"), "gemeente");
  mkba_page_section_flow(pg, s->sec_budget, 200);
  if (g == NULL || !mkba_actor_has_flows(g)) {
    mkba_page_para(pg, mkba_tpl(text, sizeof text, s->who_none,
                                s->subj_gemeente, NULL, NULL, NULL));
    return;
  }
  mkba_page_para(
      pg, mkba_tpl(text, sizeof text, s->budget_intro, year, NULL, NULL, NULL));
  if (mkba_j_len(mkba_j_arr(g, "years")) > 0)
    gemeente_years(pg, g);
  gemeente_totals(pg, g);
}
