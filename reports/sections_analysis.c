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

#include "count.h"

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

/* The interventions in the order of the ranking, best first, the same order
 * as page 1 and the other chapters (r: the rendering; *n: their count).
 * Returns a new array (caller frees), NULL when there are none or out of
 * memory. */
static size_t *ranked(const mkba_report_ctx *r, size_t *n) {
  size_t all = mkba_j_len(mkba_j_arr(r->doc, "interventions"));
  *n = 0;
  if (all == 0)
    return NULL;
  size_t *order = malloc(all * sizeof *order);
  if (order == NULL)
    return NULL;
  *n = mkba_ranked(r, order, all);
  return order;
}

/* Intervention iv's place in order (n long), or n when it is not there. */
static size_t rank_of(const size_t *order, size_t n, int iv) {
  for (size_t i = 0; i < n && iv >= 0; i++)
    if (order[i] == (size_t)iv)
      return i;
  return n;
}

/* An intervention's name for a row or a group title: for alternatives led
 * by its place in the ranking ("1. Wonen Eerst"), as on page 1 (r: the
 * rendering; iv: an element of "interventions"; pos: its place from 0;
 * short_name: the scenario's own label rather than the full name; buf, len:
 * output). Returns buf. */
static char *ranked_name(const mkba_report_ctx *r, const json_t *iv, size_t pos,
                         int short_name, char *buf, size_t len) {
  char name[300];
  if (short_name)
    mkba_intervention_short_name(iv, name, sizeof name);
  else
    mkba_intervention_name(iv, name, sizeof name);
  if (mkba_report_alternatives(r))
    snprintf(buf, len, "%zu. %s", pos + 1, name);
  else
    snprintf(buf, len, "%s", name);
  return buf;
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

/* A plural unit word and its singular, for a value of exactly one. */
typedef struct {
  const char *plural, *singular;
} unit_number;

/* Dutch plugin units are plurals; "1 personen" reads "1 persoon". */
static const unit_number nl_singulars[] = {
    {"personen", "persoon"},
    {"jaren", "jaar"},
    {"uren", "uur"},
    {"dagen", "dag"},
    {"weken", "week"},
    {"maanden", "maand"},
    {"bezoeken", "bezoek"},
    {"contacten", "contact"},
    {"consulten", "consult"},
    {"meldingen", "melding"},
    {"delicten", "delict"},
    {"incidenten", "incident"},
    {"woningen", "woning"},
    {"plekken", "plek"},
    {"plaatsen", "plaats"},
    {"praktijken", "praktijk"},
    {"signalen", "signaal"},
    {"huishoudens", "huishouden"},
    {"huisuitzettingen", "huisuitzetting"},
    {"trajecten", "traject"},
    {"ontvangers", "ontvanger"},
    {"oplossingen", "oplossing"},
    {"persoonsjaren", "persoonsjaar"},
    {"huishoudjaren", "huishoudjaar"},
    {"plekjaren", "plekjaar"},
};

/* The unit after a number of exactly one in the singular: "1 year",
 * "1 persoon", not "1 years" (buf: a value as mkba_fmt_param_value writes
 * it, changed in place; len: its size; lang: language). */
static void singular_unit(char *buf, size_t len, mkba_lang lang) {
  static const char nbsp[] = "\xc2\xa0", minus[] = "\xe2\x88\x92";
  char *p = buf;
  if (strncmp(p, minus, strlen(minus)) == 0)
    p += strlen(minus);
  if (p[0] != '1' || strncmp(p + 1, nbsp, strlen(nbsp)) != 0)
    return;
  char *word = p + 1 + strlen(nbsp);
  size_t room = len - (size_t)(word - buf);
  if (lang == MKBA_LANG_NL) {
    for (size_t i = 0; i < MKBA_COUNT(nl_singulars); i++)
      if (strcmp(word, nl_singulars[i].plural) == 0) {
        snprintf(word, room, "%s", nl_singulars[i].singular);
        return;
      }
    return;
  }
  /* English units are the regular plurals of the translation table, but
   * for "people" */
  size_t k = strlen(word);
  if (strcmp(word, "people") == 0)
    snprintf(word, room, "person");
  else if (k > 2 && word[k - 1] == 's' && word[k - 2] != 's' &&
           word[k - 2] != 'u') /* not "class", not "bonus" */
    word[k - 1] = '\0';
}

/* A value with its unit as a table cell (mkba_fmt_param_value), a share of
 * exactly nothing as "0%" rather than "0,00%" (buf, len: output; x: the
 * value; unit: the parameter's unit, may be NULL; one: whether a number of
 * one takes the singular; lang: language). Returns buf. */
static char *unit_value_n(char *buf, size_t len, double x, const char *unit,
                          int one, mkba_lang lang) {
  mkba_fmt_param_value(buf, len, x, unit, 0, lang);
  if (x == 0 && strchr(buf, '%') != NULL)
    snprintf(buf, len, "0%%");
  if (one)
    singular_unit(buf, len, lang);
  return buf;
}

/* A value with its unit as a table cell, the unit in the singular after
 * one (buf, len, x, unit, lang: as unit_value_n). Returns buf. */
static char *unit_value(char *buf, size_t len, double x, const char *unit,
                        mkba_lang lang) {
  return unit_value_n(buf, len, x, unit, 1, lang);
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
  size_t *order = ranked(r, &n);
  for (size_t o = 0; o < n; o++) {
    const json_t *iv = mkba_j_at(ivs, order[o]);
    const json_t *list = mkba_j_arr(iv, "discount_sensitivity");
    mkba_row_clear(&row);
    ranked_name(r, iv, o, 0, row.buf[0], sizeof row.buf[0]);
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

/*
 * The range of a parameter in the uncertainty analysis: the support of its
 * distribution in the results' "parameters" (uniform, triangular, PERT: min
 * to max; beta: 0 to 1; gamma, lognormal: 0 up; normal: everything). A
 * parameter without a distribution, or of a kind not known here, gets no
 * bounds: its switching value was sought within the values the model
 * allows, its range then. r: the rendering; id: the parameter's id; *lo,
 * *hi: the bounds, infinite where there is none. Returns 1 when a bound is
 * known.
 */
static int param_range(const mkba_report_ctx *r, const char *id, double *lo,
                       double *hi) {
  *lo = -INFINITY;
  *hi = INFINITY;
  const json_t *d = mkba_j_obj(mkba_param_entry(r, id), "distribution");
  const char *kind = mkba_j_str(d, "dist", "");
  if (strcmp(kind, "uniform") == 0 || strcmp(kind, "triangular") == 0 ||
      strcmp(kind, "pert") == 0) {
    double a = mkba_j_num(d, "min"), b = mkba_j_num(d, "max");
    if (isfinite(a))
      *lo = a;
    if (isfinite(b))
      *hi = b;
  } else if (strcmp(kind, "beta") == 0) {
    *lo = 0;
    *hi = 1;
  } else if (strcmp(kind, "gamma") == 0 || strcmp(kind, "lognormal") == 0) {
    *lo = 0;
  }
  return isfinite(*lo) || isfinite(*hi);
}

/* Whether x lies in [lo, hi], allowing for the last bits of a root found
 * numerically at a bound. */
static int in_range(double x, double lo, double hi) {
  double tol = 1e-9 * fmax(1, fmax(isfinite(lo) ? fabs(lo) : 0,
                                   isfinite(hi) ? fabs(hi) : 0));
  return x >= lo - tol && x <= hi + tol;
}

/* A range as a table cell: "15 – 65 personen" (the unit once when both
 * ends have it), "≥ 0" with a bound on one side only (buf, len: output;
 * lo, hi: the bounds; unit: the parameter's unit; lang). Returns buf. */
static char *range_text(char *buf, size_t len, double lo, double hi,
                        const char *unit, mkba_lang lang) {
  char a[128], b[128];
  if (!isfinite(lo) && !isfinite(hi)) {
    snprintf(buf, len, "\xe2\x80\x93");
    return buf;
  }
  if (!isfinite(hi)) {
    snprintf(buf, len, "\xe2\x89\xa5\xc2\xa0%s",
             unit_value(a, sizeof a, lo, unit, lang));
    return buf;
  }
  if (!isfinite(lo)) {
    snprintf(buf, len, "\xe2\x89\xa4\xc2\xa0%s",
             unit_value(b, sizeof b, hi, unit, lang));
    return buf;
  }
  unit_value_n(a, sizeof a, lo, unit, 0, lang);
  unit_value_n(b, sizeof b, hi, unit, 0, lang);
  /* the unit once, after the upper bound, when both ends carry the same:
   * "1 – 3 jaren", "15 – 65 personen" */
  static const char nbsp[] = "\xc2\xa0";
  const char *ua = strstr(a, nbsp), *ub = strstr(b, nbsp);
  if (ua != NULL && ub != NULL && strcmp(ua, ub) == 0 &&
      strchr("0123456789", a[0]) != NULL)
    a[ua - a] = '\0';
  else
    singular_unit(a, sizeof a, lang);
  singular_unit(b, sizeof b, lang);
  snprintf(buf, len, "%s \xe2\x80\x93 %s", a, b);
  return buf;
}

/* A switching value the engine found. */
typedef struct {
  const json_t *e; /* the "switching" entry (borrowed) */
  size_t pos;      /* its intervention's place in the ranking */
  double change;   /* distance from the base, a fraction of it */
  size_t order;    /* position in the document, to keep ties stable */
  int inside;      /* within the parameter's range */
  double lo, hi;   /* that range, infinite where unbounded */
} switch_row;

/* By the intervention's place in the ranking, then the most fragile first:
 * the smallest change from the base that turns the net value. */
static int by_fragility(const void *a, const void *b) {
  const switch_row *x = a, *y = b;
  if (x->pos != y->pos)
    return x->pos < y->pos ? -1 : 1;
  double cx = isfinite(x->change) ? fabs(x->change) : INFINITY;
  double cy = isfinite(y->change) ? fabs(y->change) : INFINITY;
  if (cx != cy)
    return cx < cy ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/*
 * One table of switching values: rows[0..n-1] (sorted), grouped under the
 * name of their intervention when there are several; with the change from
 * the base (inside the range) or the range itself (outside it). pg: the
 * page flow; order, nr: the ranking; outside: which of the two tables.
 */
static void switching_table(mkba_page *pg, const switch_row *rows, size_t n,
                            const size_t *order, size_t nr, int outside) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  int several = mkba_j_len(ivs) > 1;
  /* a wide first column: most labels on one line, so many values take few
   * pages */
  const mkba_col cols[] = {
      {s->col_parameter, outside ? 4.2 : 5, MKBA_ALIGN_LEFT},
      {s->col_base, 1.1, MKBA_ALIGN_RIGHT},
      {s->col_switch, 1.1, MKBA_ALIGN_RIGHT},
      outside ? (mkba_col){s->col_range, 1.7, MKBA_ALIGN_RIGHT}
              : (mkba_col){s->col_change, 0.8, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  size_t group = (size_t)-1;
  for (size_t i = 0; i < n; i++) {
    const json_t *e = rows[i].e;
    const char *id = mkba_j_str(e, "parameter", "?");
    if (several && rows[i].pos != group) {
      /* the intervention the parameters below belong to */
      group = rows[i].pos;
      mkba_row_clear(&row);
      if (group < nr)
        ranked_name(r, mkba_j_at(ivs, order[group]), group, 0, row.buf[0],
                    sizeof row.buf[0]);
      else
        mkba_row_set(&row, 0, "?");
      mkba_table_row(&t, row.cell, MKBA_ROW_GROUP | MKBA_ROW_BOLD, NULL);
    }
    const char *unit = mkba_j_str(mkba_param_entry(r, id), "unit", NULL);
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_j_str(e, "label", id));
    unit_value(row.buf[1], sizeof row.buf[1], mkba_j_num(e, "base"), unit,
               r->lang);
    unit_value(row.buf[2], sizeof row.buf[2], mkba_j_num(e, "value"), unit,
               r->lang);
    if (outside)
      range_text(row.buf[3], sizeof row.buf[3], rows[i].lo, rows[i].hi, unit,
                 r->lang);
    else
      change(row.buf[3], sizeof row.buf[3], mkba_j_num(e, "base"),
             mkba_j_num(e, "value"), r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
}

/* The parameters without any switching value: counted in a sentence, or,
 * a few, named (pg: the page flow; sw: the "switching" list; none: how
 * many of them have no value). */
static void switching_rest(mkba_page *pg, const json_t *sw, size_t none) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  char text[1600];
  if (none == 0)
    return;
  if (none > 4) {
    char count[32];
    snprintf(count, sizeof count, "%zu", none);
    mkba_page_note(pg, mkba_tpl(text, sizeof text, s->switching_rest, count,
                                NULL, NULL, NULL));
    return;
  }
  /* a few: name them */
  char names[1200];
  size_t o = 0;
  names[0] = '\0';
  for (size_t i = 0; i < mkba_j_len(sw); i++) {
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
  mkba_page_note(pg, mkba_tpl(text, sizeof text, s->switching_rest_list, names,
                              NULL, NULL, NULL));
}

/*
 * The switching values: first a compact table of those within the
 * parameter's range (its distribution's support), grouped by intervention
 * in the order of the ranking, the most fragile first; what "range" means;
 * then, shorter, those outside it with the range beside them; the
 * parameters without any only counted (or, a few, named) in a sentence.
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
  size_t nr = 0;
  size_t *order = ranked(r, &nr);
  if (rows == NULL) {
    free(order);
    return;
  }
  size_t found = 0;
  for (size_t i = 0; i < n; i++) {
    const json_t *e = mkba_j_at(sw, i);
    const char *id = mkba_j_str(e, "parameter", "");
    double base = mkba_j_num(e, "base"), value = mkba_j_num(e, "value");
    if (!isfinite(value))
      continue;
    switch_row *w = &rows[found++];
    w->e = e;
    w->pos = rank_of(order, nr, mkba_param_intervention(r, id));
    w->change = isfinite(base) && base != 0 ? (value - base) / fabs(base) : NAN;
    w->order = i;
    param_range(r, id, &w->lo, &w->hi);
    w->inside = in_range(value, w->lo, w->hi);
  }
  if (found == 0) {
    char count[32], text[1600];
    snprintf(count, sizeof count, "%zu", n);
    mkba_page_para(pg, mkba_tpl(text, sizeof text, s->switching_all_none, count,
                                NULL, NULL, NULL));
    free(rows);
    free(order);
    return;
  }
  /* those inside the range first, each part in the ranking's order */
  switch_row *in = malloc(found * sizeof *in);
  if (in == NULL) {
    free(rows);
    free(order);
    return;
  }
  size_t ni = 0, no = 0;
  for (size_t i = 0; i < found; i++)
    if (rows[i].inside)
      in[ni++] = rows[i];
  for (size_t i = 0; i < found; i++)
    if (!rows[i].inside)
      in[ni + no++] = rows[i];
  /* the two parts announced only when there are two */
  char intro[1600] = "";
  mkba_sentence_add(intro, sizeof intro,
                    mkba_report_alternatives(r) ? s->switching_intro_alt
                                                : s->switching_intro);
  if (ni > 0 && no > 0)
    mkba_sentence_add(intro, sizeof intro, s->switching_parts);
  mkba_page_para(pg, intro);
  qsort(in, ni, sizeof *in, by_fragility);
  qsort(in + ni, no, sizeof *in, by_fragility);
  if (ni > 0)
    switching_table(pg, in, ni, order, nr, 0);
  else
    mkba_page_para(pg, s->switching_inside_none);
  if (no > 0) {
    /* what "range" means, once the report speaks of values outside it */
    mkba_page_note(pg, s->switching_range_note);
    mkba_page_heading(pg, s->switching_outside_heading, 90);
    mkba_page_note(pg, s->switching_outside_intro);
    switching_table(pg, in + ni, no, order, nr, 1);
  }
  free(in);
  free(rows);
  free(order);
  switching_rest(pg, sw, n - found);
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
  size_t *order = ranked(r, &nr);
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

/* The uncertainty entry of the intervention at place i of the document
 * (r: the rendering), by its own index when it has one. */
static const json_t *iv_unc_at(const mkba_report_ctx *r, size_t i) {
  double index =
      mkba_j_num(mkba_j_at(mkba_j_arr(r->doc, "interventions"), i), "index");
  return iv_unc(r, isfinite(index) ? index : (double)i);
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
    ranked_name(r, mkba_j_at(ivs, order[o]), o, 0, row.buf[0],
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
    ranked_name(r, mkba_j_at(ivs, order[o]), o, 0, heads[o], sizeof heads[o]);
    fit = fit && words_fit(pg->cr, heads[o], col_w);
  }
  for (size_t o = 0; o < n; o++) {
    /* a long word in a narrow header would be split mid-word: then all
     * headers take the scenario's own, shorter labels */
    ranked_name(r, mkba_j_at(ivs, order[o]), o, !fit, heads[nc],
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
    ranked_name(r, iv, o, 1, row.buf[0], sizeof row.buf[0]);
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

void mkba_section_interventions(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  if (mkba_j_len(ivs) < 2)
    return;
  int alt = mkba_report_alternatives(r);
  size_t n = 0;
  size_t *order = ranked(r, &n);
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
    ranked_name(r, iv, o, 0, row.buf[0], sizeof row.buf[0]);
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
    correlations(pg, u);

  /* who pays and who gains, per intervention: the net value by actor */
  if (n <= 5)
    actors_by_column(pg, order, n);
  else
    actors_by_row(pg, order, n);
  free(order);
}
