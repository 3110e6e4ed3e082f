/*
 * sections_switching.c: the switching values of the sensitivity chapter,
 * the value at which a parameter turns the net value. Those within the
 * parameter's range first, grouped by intervention in the order of the
 * ranking, the most fragile first; then those outside it, with the range;
 * the parameters without any counted or named. Values are written with
 * their units, in the singular after one.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"

/* Intervention iv's place in order (n long), or n when it is not there. */
static size_t rank_of(const size_t *order, size_t n, int iv) {
  for (size_t i = 0; i < n && iv >= 0; i++)
    if (order[i] == (size_t)iv)
      return i;
  return n;
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
        mkba_ranked_name(r, mkba_j_at(ivs, order[group]), group, 0, row.buf[0],
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
    mkba_param_iv_name(r, id, iv, sizeof iv);
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

/* See sections.h. */
void mkba_switching(mkba_page *pg) {
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
  size_t *order = mkba_ranked_new(r, &nr);
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
