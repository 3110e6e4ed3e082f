/* summary.c - the printed summary; see summary.h. */
#include "summary.h"

#include <string.h>

#include "words.h"

/* The number `key` of object o (0 when it is missing). o, key: borrowed. */
static double num(const json_t *o, const char *key) {
  return json_number_value(json_object_get(o, key));
}

/*
 * One "label   value" line: the label after `indent` (two spaces for a
 * part of the line above, else ""), padded to one column with it, then the
 * value right-aligned. out: the stream; indent, label, v: borrowed.
 */
static void line(FILE *out, const char *indent, const char *label, const char *v) {
  fprintf(out, "  %s%-*s %16s\n", indent, (int)(30 - strlen(indent)), label, v);
}

/* One line of money x (whole euros, grouped) in lang. */
static void money_line(FILE *out, const char *indent, const char *label, double x, mkba_lang lang) {
  char v[64];
  mkba_text_money(x, v, sizeof v, lang);
  line(out, indent, label, v);
}

/* A probability line by the reports' one rule, or nothing when the value x
 * (borrowed) is null. */
static void prob_line(FILE *out, const char *label, const json_t *x, mkba_lang lang) {
  char v[64];
  if (!json_is_number(x))
    return;
  mkba_text_probability(json_number_value(x), v, sizeof v, lang);
  line(out, "", label, v);
}

/* A percentage line of fraction x (borrowed) with `digits` decimals, or
 * nothing when the value is null. */
static void pct_line(FILE *out, const char *label, const json_t *x, int digits, mkba_lang lang) {
  char v[64];
  if (!json_is_number(x))
    return;
  mkba_text_decimal(100 * json_number_value(x), digits, "%", v, sizeof v, lang);
  line(out, "", label, v);
}

/* Alternatives: the ranking of results document r (borrowed), in words w
 * and language lang. */
static void ranking(FILE *out, const json_t *r, const mkba_words *w, mkba_lang lang) {
  const json_t *rank = json_object_get(r, "ranking");
  fprintf(out, "%s\n\n", w->sum_ranking_intro);
  fprintf(out, "  %-38s %16s %7s %9s\n", "", w->sum_col_npv, w->sum_col_bcr, w->sum_col_p_best);
  size_t k;
  json_t *e;
  json_array_foreach(rank, k, e) {
    char npv[64], bcr[32] = "-", pb[32] = "-", label[64];
    mkba_text_money(num(e, "npv"), npv, sizeof npv, lang);
    if (json_is_number(json_object_get(e, "bcr")))
      mkba_text_decimal(num(e, "bcr"), 2, "", bcr, sizeof bcr, lang);
    if (json_is_number(json_object_get(e, "p_best")))
      mkba_text_probability(num(e, "p_best"), pb, sizeof pb, lang);
    snprintf(label, sizeof label, "%lld. %s",
             (long long)json_integer_value(json_object_get(e, "rank")),
             json_string_value(json_object_get(e, "label")));
    fprintf(out, "  %-38.38s %16s %7s %9s\n", label, npv, bcr, pb);
  }
  fprintf(out, "\n  %s\n\n", w->sum_alternatives_note);
}

/* A package or one intervention: the totals of results document r
 * (borrowed) and the actors' lines, in words w and language lang. */
static void totals(FILE *out, const json_t *r, const mkba_words *w, mkba_lang lang) {
  const json_t *s = json_object_get(r, "summary");
  money_line(out, "", w->sum_pv_costs, num(s, "pv_costs"), lang);
  money_line(out, "", w->sum_pv_benefits, num(s, "pv_benefits"), lang);
  money_line(out, "  ", w->sum_budget_effects, num(s, "pv_benefits_budget"), lang);
  money_line(out, "  ", w->sum_wellbeing, num(s, "pv_benefits_wellbeing"), lang);
  money_line(out, "", w->sum_npv, num(s, "npv"), lang);
  money_line(out, "  ", w->sum_without_wellbeing, num(s, "npv_without_wellbeing"), lang);
  char v[64];
  if (json_is_number(json_object_get(s, "bcr"))) {
    mkba_text_decimal(num(s, "bcr"), 2, "", v, sizeof v, lang);
    line(out, "", w->sum_bcr, v);
  }
  const json_t *pb = json_object_get(s, "payback_year");
  if (json_is_integer(pb))
    fprintf(out, "  %-30s %16lld\n", w->sum_payback_year, (long long)json_integer_value(pb));
  pct_line(out, w->sum_first_year_return, json_object_get(s, "first_year_return"), 1, lang);
  pct_line(out, w->sum_irr, json_object_get(s, "irr"), 1, lang);
  const json_t *u = json_object_get(r, "uncertainty");
  if (json_is_object(u))
    prob_line(out, w->sum_p_positive, json_object_get(u, "p_npv_positive"), lang);
  fprintf(out, "\n  %-30s %16s %16s %16s %10s\n", w->sum_col_actor, w->sum_col_costs,
          w->sum_col_benefits, w->sum_col_net, w->sum_col_payback);
  size_t k;
  json_t *act;
  json_array_foreach(json_object_get(r, "actors"), k, act) {
    char a[64], b[64], c[64], y[16] = "-";
    mkba_text_money(num(act, "pv_costs"), a, sizeof a, lang);
    mkba_text_money(num(act, "pv_benefits"), b, sizeof b, lang);
    mkba_text_money(num(act, "npv"), c, sizeof c, lang);
    if (json_is_integer(json_object_get(act, "payback_year")))
      snprintf(y, sizeof y, "%lld",
               (long long)json_integer_value(json_object_get(act, "payback_year")));
    fprintf(out, "  %-30s %16s %16s %16s %10s\n", json_string_value(json_object_get(act, "label")),
            a, b, c, y);
  }
}

void mkba_print_summary(FILE *out, const json_t *r, mkba_lang lang) {
  const mkba_words *w = mkba_words_for(lang);
  const json_t *sc = json_object_get(r, "scenario");
  long long start = json_integer_value(json_object_get(sc, "start_year"));
  fprintf(out, "%s\n", json_string_value(json_object_get(sc, "title")));
  fprintf(out, "%s %s, %lld-%lld, %s %lld\n\n", w->sum_region,
          json_string_value(json_object_get(sc, "region_label")), start,
          start + json_integer_value(json_object_get(sc, "horizon_years")) - 1, w->euros_of,
          (long long)json_integer_value(json_object_get(sc, "price_year")));
  const char *cmp = json_string_value(json_object_get(r, "comparison"));
  if (cmp && !strcmp(cmp, "alternatives") && json_object_get(r, "ranking"))
    ranking(out, r, w, lang);
  else
    totals(out, r, w, lang);
  const json_t *warn = json_object_get(r, "warnings");
  if (json_array_size(warn)) {
    fprintf(out, "\n%s\n", w->sum_warnings);
    size_t k;
    json_t *e;
    json_array_foreach(warn, k, e) fprintf(
        out, "  - %s\n",
        json_string_value(json_object_get(json_object_get(e, "message"), mkba_lang_code(lang))));
  }
  fprintf(out, "\n%s\n", w->sum_footer);
}
