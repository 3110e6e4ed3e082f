/*
 * sections_variants.c: the base case beside its variants and its
 * optimism-bias adjustment. The reader sees each case's present values, net
 * value and B/C, what each variant changes, and what optimism bias is; the
 * rest of the report stays with the unadjusted base case.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"

/* More cases than fit on two pages would not be read anyway. */
#define MAX_CASES 64

/* "optimism bias: kosten +20%, baten −10%" for ob ({costs, benefits}). */
static char *bias_terms(const mkba_report_ctx *r, const json_t *ob, char *buf,
                        size_t len) {
  char c[32], b[32];
  mkba_share_text(c, sizeof c, mkba_j_num(ob, "costs"), r->lang);
  mkba_share_text(b, sizeof b, mkba_j_num(ob, "benefits"), r->lang);
  return mkba_tpl(buf, len, r->s->ob_terms, c, b, NULL, NULL);
}

/* An override as the scenario gave it: a number in the report's format (as
 * its parameter p's unit asks; p may be NULL), a string as is, anything else
 * as compact JSON. */
static void override_value(const mkba_report_ctx *r, const json_t *p,
                           const json_t *v, char *buf, size_t len) {
  if (json_is_number(v)) {
    mkba_fmt_param(buf, len, json_number_value(v), mkba_j_str(p, "unit", NULL),
                   mkba_j_str(p, "parameter", NULL), r->lang);
  } else if (json_is_string(v)) {
    snprintf(buf, len, "%s", json_string_value(v));
  } else {
    char *t = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    snprintf(buf, len, "%s", t != NULL ? t : "?");
    free(t);
  }
}

/* Append text to buf (holding *o bytes), after "; " unless it is first.
 * What does not fit whole becomes one ellipsis, never a cut character; the
 * table of changed parameters has the full list. */
static void append(char *buf, size_t len, size_t *o, const char *text) {
  static const char more[] = " \xe2\x80\xa6";
  if (*o + 1 >= len)
    return; /* full */
  const char *sep = *o > 0 ? "; " : "";
  if (*o + strlen(sep) + strlen(text) + sizeof more > len) {
    snprintf(buf + *o, len - *o, "%s", more);
    *o = len - 1;
    return;
  }
  *o += (size_t)snprintf(buf + *o, len - *o, "%s%s", sep, text);
}

/* The parameter entry of the results whose id is id, or NULL. */
static const json_t *parameter(const mkba_report_ctx *r, const char *id) {
  const json_t *ps = mkba_j_arr(r->doc, "parameters");
  for (size_t i = 0; i < mkba_j_len(ps); i++) {
    const json_t *p = mkba_j_at(ps, i);
    if (strcmp(mkba_j_str(p, "parameter", ""), id) == 0)
      return p;
  }
  return NULL;
}

/* What a case changes, for the grey line under its name:
 * "Effect op huisvesting = 0,3; Effect = 0,15; optimism bias: ...". Empty for
 * the base case. */
static void changes(const mkba_report_ctx *r, const mkba_case *c, char *buf,
                    size_t len) {
  size_t o = 0;
  buf[0] = '\0';
  if (c->variant != NULL) {
    const json_t *params = mkba_j_obj(c->variant, "params");
    const char *id;
    json_t *v;
    /* jansson keeps the scenario's order */
    json_object_foreach((json_t *)params, id, v) {
      /* the parameter's label, not its id: the table below has both */
      const json_t *p = parameter(r, id);
      char val[128], item[400];
      override_value(r, p, v, val, sizeof val);
      snprintf(item, sizeof item, "%s = %s", mkba_j_str(p, "label", id), val);
      append(buf, len, &o, item);
    }
    if (params == NULL || json_object_size(params) == 0)
      append(buf, len, &o, r->s->variant_no_changes);
  }
  if (c->bias != NULL) {
    char terms[160];
    append(buf, len, &o, bias_terms(r, c->bias, terms, sizeof terms));
  }
}

/* The net value's distance from the base case, signed: +1.234.567. */
static void difference(char *buf, size_t len, double npv, double base,
                       mkba_lang lang) {
  if (!isfinite(npv) || !isfinite(base)) {
    snprintf(buf, len, "\xe2\x80\x93");
    return;
  }
  char num[64];
  mkba_fmt_int(num, sizeof num, npv - base, lang);
  snprintf(buf, len, "%s%s", npv - base >= 0.5 ? "+" : "", num);
}

static void case_table(mkba_page *pg, const mkba_case *cases, size_t n) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const mkba_col cols[] = {
      {s->col_variant, 2.7, MKBA_ALIGN_LEFT},
      {s->col_costs_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_net_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_bcr, 0.55, MKBA_ALIGN_RIGHT},
      {s->col_change, 1.1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  double base = mkba_j_num(cases[0].summary, "npv");
  for (size_t i = 0; i < n; i++) {
    const mkba_case *c = &cases[i];
    const json_t *sum = c->summary;
    /* name, newline and changes together fit one cell */
    char name[300], what[sizeof row.buf[0] - sizeof name];
    mkba_case_label(r, c, name, sizeof name);
    changes(r, c, what, sizeof what);
    mkba_row_clear(&row);
    snprintf(row.buf[0], sizeof row.buf[0], "%s%s%s", name, what[0] ? "\n" : "",
             what);
    mkba_row_amount(&row, 1, mkba_j_num(sum, "pv_costs"), r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(sum, "pv_benefits"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(sum, "npv"), r->lang);
    mkba_fmt_fixed(row.buf[4], sizeof row.buf[4], mkba_j_num(sum, "bcr"), 2,
                   r->lang);
    if (i > 0)
      difference(row.buf[5], sizeof row.buf[5], mkba_j_num(sum, "npv"), base,
                 r->lang);
    mkba_table_row(&t, row.cell, i == 0 ? MKBA_ROW_BOLD : 0, NULL);
  }
  mkba_table_end(&t);
  char note[600], year[16];
  mkba_tpl(note, sizeof note, s->pv_note, mkba_price_year(r, year, sizeof year),
           NULL, NULL, NULL);
  mkba_page_note(pg, note);
}

/* Under a parameter's label: its id and, in a package, the intervention it
 * belongs to ("1:effect · Vroegsignalering"), as "1:" says little. */
static void parameter_id_line(const mkba_report_ctx *r, const json_t *p,
                              const char *id, char *buf, size_t len) {
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  double index = mkba_j_num(p, "intervention");
  if (mkba_j_len(ivs) < 2 || !isfinite(index) || index < 0 ||
      index >= (double)mkba_j_len(ivs)) {
    snprintf(buf, len, "%s", id);
    return;
  }
  char name[300];
  mkba_intervention_short_name(mkba_j_at(ivs, (size_t)index), name,
                               sizeof name);
  snprintf(buf, len, "%s \xc2\xb7 %s", id, name);
}

/* The overrides in words: per variant, each parameter's label, id, base
 * value and the value in the variant, so "1:effect" means something. */
static void override_table(mkba_page *pg, const mkba_case *cases, size_t n) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  int any = 0;
  for (size_t i = 0; i < n; i++)
    any |= json_object_size(mkba_j_obj(cases[i].variant, "params")) > 0;
  if (!any)
    return;
  mkba_page_heading(pg, s->overrides_heading, 80);
  const mkba_col cols[] = {
      {s->col_parameter, 3.4, MKBA_ALIGN_LEFT},
      {s->col_base, 1, MKBA_ALIGN_RIGHT},
      {s->col_in_variant, 1, MKBA_ALIGN_RIGHT},
      {s->col_unit, 1.6, MKBA_ALIGN_LEFT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  for (size_t i = 0; i < n; i++) {
    const json_t *params = mkba_j_obj(cases[i].variant, "params");
    if (json_object_size(params) == 0)
      continue;
    mkba_row_clear(&row);
    mkba_case_label(r, &cases[i], row.buf[0], sizeof row.buf[0]);
    mkba_table_row(&t, row.cell, MKBA_ROW_GROUP, NULL);
    const char *id;
    json_t *v;
    json_object_foreach((json_t *)params, id, v) {
      const json_t *p = parameter(r, id);
      char where[400];
      parameter_id_line(r, p, id, where, sizeof where);
      mkba_row_clear(&row);
      snprintf(row.buf[0], sizeof row.buf[0], "%s\n%s",
               mkba_j_str(p, "label", id), where);
      mkba_fmt_param(row.buf[1], sizeof row.buf[1], mkba_j_num(p, "value"),
                     mkba_j_str(p, "unit", NULL), id, r->lang);
      override_value(r, p, v, row.buf[2], sizeof row.buf[2]);
      mkba_fmt_unit(row.buf[3], sizeof row.buf[3], mkba_j_str(p, "unit", NULL),
                    r->lang);
      mkba_table_row(&t, row.cell, 0, NULL);
    }
  }
  mkba_table_end(&t);
}

void mkba_section_variants(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  if (!mkba_has_variants(r))
    return;
  mkba_case cases[MAX_CASES];
  size_t n = mkba_cases(r, cases, MAX_CASES);
  if (n > MAX_CASES)
    n = MAX_CASES;
  /* its own page: chart and table read together, and a table that starts
   * under the switching values would break after a row or two */
  mkba_page_section(pg, s->sec_variants);
  mkba_page_para(pg, s->variants_intro);

  /* what optimism bias is, before the rows that carry it */
  const json_t *ob = NULL;
  int variant_bias = 0;
  for (size_t i = 0; i < n; i++) {
    if (cases[i].variant == NULL && cases[i].bias != NULL)
      ob = cases[i].bias;
    if (cases[i].variant != NULL && cases[i].bias != NULL)
      variant_bias = 1;
  }
  if (ob != NULL || variant_bias) {
    char text[1200], part[600], c[32], b[32];
    snprintf(text, sizeof text, "%s", s->ob_what);
    if (ob != NULL) {
      mkba_share_text(c, sizeof c, mkba_j_num(ob, "costs"), r->lang);
      mkba_share_text(b, sizeof b, mkba_j_num(ob, "benefits"), r->lang);
      mkba_tpl(part, sizeof part, s->ob_base, c, b, NULL, NULL);
      strncat(text, " ", sizeof text - strlen(text) - 1);
      strncat(text, part, sizeof text - strlen(text) - 1);
    }
    if (variant_bias) {
      strncat(text, " ", sizeof text - strlen(text) - 1);
      strncat(text, s->ob_variants, sizeof text - strlen(text) - 1);
    }
    mkba_page_para(pg, text);
  }
  mkba_page_chart(pg, &mkba_chart_variants);
  case_table(pg, cases, n);
  override_table(pg, cases, n);
}
