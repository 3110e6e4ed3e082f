/*
 * national_doc.c: reading the national document for its report: the cells
 * by region and intervention, names, reasons, counts (see national.h).
 * The report's sections and charts use it; it uses none of them.
 */
#include "national_doc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mkba_report.h"
#include "report_pdf.h"
#include "sections.h"

/* ---- reading the document ---- */

/* Write a message into err (errlen bytes; may be NULL/0) and return 1. */
static int fail(char *err, size_t errlen, const char *msg, const char *arg) {
  if (err != NULL && errlen > 0)
    snprintf(err, errlen, "%s%s%s", msg, arg ? " " : "", arg ? arg : "");
  return 1;
}

/* The index of the region with this id in the document, or n_reg. */
static size_t region_index(const mkba_nat *n, const char *id) {
  const json_t *regs = mkba_j_arr(n->nat, "regions");
  for (size_t r = 0; r < n->n_reg && id != NULL; r++)
    if (strcmp(mkba_j_str(mkba_j_at(regs, r), "id", ""), id) == 0)
      return r;
  return n->n_reg;
}

const char *mkba_nat_title(const json_t *doc, mkba_lang lang,
                           const char *fallback) {
  const char *t = mkba_j_str(mkba_j_obj(doc, "titles"),
                             lang == MKBA_LANG_EN ? "en" : "nl", NULL);
  return t != NULL ? t : mkba_j_str(doc, "title", fallback);
}

int mkba_nat_open(mkba_nat *n, const json_t *doc, const char *lang, char *err,
                  size_t errlen) {
  memset(n, 0, sizeof *n);
  if (!json_is_object(doc) || json_object_get(doc, "mkba_national") == NULL)
    return fail(err, errlen, "not a national document (mkba batch)", NULL);
  if (json_object_get(doc, "shard") != NULL)
    return fail(err, errlen,
                "a shard has no national totals; merge the shards first "
                "(mkba merge)",
                NULL);
  int l = mkba_lang_parse(lang);
  if (l < 0)
    return fail(err, errlen, "unknown language (use nl or en):", lang);
  n->nat = doc;
  n->ns = mkba_nat_i18n((mkba_lang)l);
  n->words = *mkba_i18n((mkba_lang)l);
  n->words.report_kind = n->ns->report_kind;
  n->base.lang = (mkba_lang)l;
  n->base.s = &n->words;
  /* A batch has no "date" of its own: SOURCE_DATE_EPOCH dates it, or nothing.
   */
  if (mkba_report_time(NULL, &n->base.when, &n->base.dated) != 0)
    return fail(err, errlen, "invalid SOURCE_DATE_EPOCH",
                getenv("SOURCE_DATE_EPOCH"));
  if (n->base.dated)
    mkba_fmt_date(n->base.date, sizeof n->base.date, n->base.when,
                  n->base.lang);
  const json_t *prov = mkba_j_obj(doc, "provenance");
  n->shell = json_pack("{s:{s:s},s:{s:s}}", "scenario", "title",
                       mkba_nat_title(doc, (mkba_lang)l, n->ns->title_kind),
                       "provenance", "mkba_version",
                       mkba_j_str(prov, "mkba_version", "?"));
  n->n_reg = mkba_j_len(mkba_j_arr(doc, "regions"));
  n->n_iv = mkba_j_len(mkba_j_arr(doc, "interventions"));
  n->cell = calloc(n->n_reg * n->n_iv + 1, sizeof *n->cell);
  n->total = calloc(n->n_iv + 1, sizeof *n->total);
  if (n->shell == NULL || n->cell == NULL || n->total == NULL) {
    mkba_nat_free(n);
    return fail(err, errlen, "out of memory", NULL);
  }
  n->base.doc = n->shell;
  const json_t *cells = mkba_j_arr(doc, "cells");
  for (size_t k = 0; k < mkba_j_len(cells); k++) {
    const json_t *c = mkba_j_at(cells, k);
    size_t r = region_index(n, mkba_j_str(c, "region", NULL));
    double i = mkba_j_num(c, "intervention");
    if (r < n->n_reg && isfinite(i) && i >= 0 && i < (double)n->n_iv)
      n->cell[r * n->n_iv + (size_t)i] = c;
  }
  const json_t *tot = mkba_j_arr(doc, "national");
  for (size_t k = 0; k < mkba_j_len(tot); k++) {
    double i = mkba_j_num(mkba_j_at(tot, k), "intervention");
    if (isfinite(i) && i >= 0 && i < (double)n->n_iv)
      n->total[(size_t)i] = mkba_j_at(tot, k);
  }
  return 0;
}

void mkba_nat_free(mkba_nat *n) {
  json_decref(n->shell);
  free(n->cell);
  free(n->total);
  n->shell = NULL;
  n->cell = NULL;
  n->total = NULL;
}

const json_t *mkba_nat_cell(const mkba_nat *n, size_t r, size_t i) {
  return r < n->n_reg && i < n->n_iv ? n->cell[r * n->n_iv + i] : NULL;
}

int mkba_nat_ok(const json_t *cell) {
  return cell != NULL && strcmp(mkba_j_str(cell, "status", ""), "ok") == 0;
}

double mkba_nat_participants(const json_t *cell) {
  double p = mkba_j_num(mkba_j_obj(cell, "participants"), "value");
  return isfinite(p) && p > 0 ? p : NAN;
}

double mkba_nat_npp(const json_t *cell) {
  return mkba_j_num(mkba_j_obj(cell, "summary"), "npv") /
         mkba_nat_participants(cell);
}

const char *mkba_nat_unit(const mkba_nat *n, size_t i) {
  for (size_t r = 0; r < n->n_reg; r++) {
    const json_t *c = mkba_nat_cell(n, r, i);
    const char *u = mkba_j_str(mkba_j_obj(c, "participants"), "unit", NULL);
    if (mkba_nat_ok(c) && u != NULL && u[0] != '\0')
      return u;
  }
  return NULL;
}

char *mkba_nat_per(const mkba_nat *n, size_t i, char *buf, size_t len) {
  return mkba_nat_per_unit(n->base.lang, mkba_nat_unit(n, i), buf, len);
}

char *mkba_nat_money_per(const mkba_nat *n, size_t i, double v, char *buf,
                         size_t len) {
  char money[64], per[200];
  mkba_fmt_money(money, sizeof money, v, n->base.lang);
  mkba_nat_per(n, i, per, sizeof per);
  snprintf(buf, len, "%s%s%s", money, per[0] && isfinite(v) ? " " : "",
           isfinite(v) ? per : "");
  return buf;
}

int mkba_nat_same_per_unit(const mkba_nat *n) {
  int compared = 0;
  for (size_t i = 0; i < n->n_iv; i++) {
    double first = NAN;
    for (size_t r = 0; r < n->n_reg; r++) {
      const json_t *c = mkba_nat_cell(n, r, i);
      double v = mkba_nat_ok(c) ? mkba_nat_npp(c) : NAN;
      if (!isfinite(v))
        continue;
      if (!isfinite(first)) {
        first = v;
        continue;
      }
      if (fabs(v - first) > 0.005 * fmax(fabs(first), fabs(v)))
        return 0;
      compared = 1;
    }
  }
  return compared;
}

char *mkba_nat_region(const mkba_nat *n, size_t r, char *buf, size_t len) {
  const json_t *reg = mkba_j_at(mkba_j_arr(n->nat, "regions"), r);
  const char *label = mkba_j_str(reg, "label", mkba_j_str(reg, "id", "?"));
  static const char *const lead[] = {"Centrumregio ", "Central region "};
  static const char *const tail = " central region";
  for (size_t k = 0; k < 2; k++)
    if (strncmp(label, lead[k], strlen(lead[k])) == 0 &&
        label[strlen(lead[k])] != '\0')
      label += strlen(lead[k]);
  size_t l = strlen(label), t = strlen(tail);
  if (l > t && strcmp(label + l - t, tail) == 0)
    snprintf(buf, len, "%.*s", (int)(l - t), label);
  else
    snprintf(buf, len, "%s", label);
  return buf;
}

char *mkba_nat_iv(const mkba_nat *n, size_t i, char *buf, size_t len) {
  const json_t *iv = mkba_j_at(mkba_j_arr(n->nat, "interventions"), i);
  snprintf(buf, len, "%s",
           mkba_j_str(iv, "label",
                      mkba_j_str(iv, "title", mkba_j_str(iv, "plugin", "?"))));
  return buf;
}

size_t mkba_nat_group_ids(const json_t *cell, char (*ids)[64], size_t max) {
  /* the target groups the engine tried, in its order */
  const json_t *missing = mkba_j_arr(cell, "missing_counts");
  size_t k = 0;
  for (size_t i = 0; i < json_array_size(missing) && k < max; i++) {
    const char *id = json_string_value(json_array_get(missing, i));
    if (id != NULL)
      snprintf(ids[k++], 64, "%s", id);
  }
  return k;
}

/* The target groups a skipped cell lacks a count of, in the report's
 * language joined as a list ("inwoners en geregistreerde daklozen"), into
 * buf (len bytes); empty when the cell's error names none (n: the national
 * rendering; cell borrowed). Returns buf. */
static char *groups_text(const mkba_nat *n, const json_t *cell, char *buf,
                         size_t len) {
  char ids[16][64];
  const char *names[16];
  size_t k = mkba_nat_group_ids(cell, ids, 16);
  for (size_t i = 0; i < k; i++)
    names[i] = mkba_nat_group(n->base.lang, ids[i]);
  buf[0] = '\0';
  return mkba_join_list(&n->base, names, k, buf, len);
}

char *mkba_nat_reason(const mkba_nat *n, const json_t *cell, char *buf,
                      size_t len) {
  buf[0] = '\0';
  const char *st = mkba_j_str(cell, "status", "");
  if (cell == NULL || strcmp(st, "ok") == 0)
    return buf;
  if (strcmp(st, "skipped") == 0) {
    char groups[400];
    groups_text(n, cell, groups, sizeof groups);
    if (groups[0] != '\0')
      return mkba_tpl(buf, len, n->ns->reason_count, groups, NULL, NULL, NULL);
  }
  return mkba_tpl(buf, len, n->ns->reason_failed,
                  mkba_j_str(cell, "error", "?"), NULL, NULL, NULL);
}

size_t mkba_nat_regions_ok(const mkba_nat *n) {
  size_t k = 0;
  for (size_t r = 0; r < n->n_reg; r++) {
    int any = 0;
    for (size_t i = 0; i < n->n_iv && !any; i++)
      any = mkba_nat_ok(mkba_nat_cell(n, r, i));
    k += (size_t)any;
  }
  return k;
}

char *mkba_nat_price_year(const mkba_nat *n, char *buf, size_t len) {
  double y = mkba_j_num(mkba_j_obj(n->nat, "provenance"), "start_year");
  if (isfinite(y))
    snprintf(buf, len, "%.0f", y);
  else
    snprintf(buf, len, "%s", "–");
  return buf;
}

/* ---- page 1 ---- */
