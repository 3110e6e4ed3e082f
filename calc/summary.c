/* summary.c - the printed summary; see summary.h. */
#include "summary.h"

#include <string.h>

#include "fmt.h"

static double num(const json_t *o, const char *key) {
  return json_number_value(json_object_get(o, key));
}

/* One "label   value" line of money. */
static void money_line(FILE *out, const char *label, double x, int en) {
  char v[64];
  mkba_text_money(x, v, sizeof v, en);
  fprintf(out, "  %-30s %16s\n", label, v);
}

/* A probability line by the reports' one rule, or nothing when the value is null. */
static void prob_line(FILE *out, const char *label, const json_t *x, int en) {
  char v[64];
  if (!json_is_number(x))
    return;
  mkba_text_probability(json_number_value(x), v, sizeof v, en);
  fprintf(out, "  %-30s %16s\n", label, v);
}

/* A percentage line, or nothing when the value is null. */
static void pct_line(FILE *out, const char *label, const json_t *x, int digits, int en) {
  char v[64];
  if (!json_is_number(x))
    return;
  mkba_text_decimal(100 * json_number_value(x), digits, "%", v, sizeof v, en);
  fprintf(out, "  %-30s %16s\n", label, v);
}

static void ranking(FILE *out, const json_t *r, int en) {
  const json_t *rank = json_object_get(r, "ranking");
  fprintf(out, "%s\n\n",
          en ? "The interventions are alternatives, ranked by net present value:"
             : "De interventies zijn alternatieven, gerangschikt naar saldo (NCW):");
  fprintf(out, "  %-38s %16s %7s %9s\n", "", en ? "NPV" : "NCW", en ? "B/C" : "B/K",
          en ? "P(best)" : "P(beste)");
  size_t k;
  json_t *e;
  json_array_foreach(rank, k, e) {
    char npv[64], bcr[32] = "-", pb[32] = "-", label[64];
    mkba_text_money(num(e, "npv"), npv, sizeof npv, en);
    if (json_is_number(json_object_get(e, "bcr")))
      mkba_text_decimal(num(e, "bcr"), 2, "", bcr, sizeof bcr, en);
    if (json_is_number(json_object_get(e, "p_best")))
      mkba_text_probability(num(e, "p_best"), pb, sizeof pb, en);
    snprintf(label, sizeof label, "%lld. %s",
             (long long)json_integer_value(json_object_get(e, "rank")),
             json_string_value(json_object_get(e, "label")));
    fprintf(out, "  %-38.38s %16s %7s %9s\n", label, npv, bcr, pb);
  }
  fprintf(out, "\n%s\n\n",
          en ? "  (Alternatives are options for the same money or people: their sum is not a "
               "result.)"
             : "  (Alternatieven zijn keuzes voor hetzelfde geld of dezelfde mensen: hun som is "
               "geen uitkomst.)");
}

static void totals(FILE *out, const json_t *r, int en) {
  const json_t *s = json_object_get(r, "summary");
  money_line(out, en ? "present value of costs" : "contante waarde kosten", num(s, "pv_costs"), en);
  money_line(out, en ? "present value of benefits" : "contante waarde baten", num(s, "pv_benefits"),
             en);
  money_line(out, en ? "  of which budget effects" : "  waarvan budgeteffecten",
             num(s, "pv_benefits_budget"), en);
  money_line(out, en ? "  of which well-being (QALYs)" : "  waarvan welzijn (QALY's)",
             num(s, "pv_benefits_wellbeing"), en);
  money_line(out, en ? "net present value" : "saldo (NCW)", num(s, "npv"), en);
  money_line(out, en ? "  without well-being" : "  zonder welzijn", num(s, "npv_without_wellbeing"),
             en);
  char v[64];
  if (json_is_number(json_object_get(s, "bcr"))) {
    mkba_text_decimal(num(s, "bcr"), 2, "", v, sizeof v, en);
    fprintf(out, "  %-30s %16s\n", en ? "benefit/cost ratio" : "baten/kostenverhouding", v);
  }
  const json_t *pb = json_object_get(s, "payback_year");
  if (json_is_integer(pb))
    fprintf(out, "  %-30s %16lld\n", en ? "payback year" : "terugverdienjaar",
            (long long)json_integer_value(pb));
  pct_line(out, en ? "first year rate of return" : "rendement eerste jaar",
           json_object_get(s, "first_year_return"), 1, en);
  pct_line(out, en ? "internal rate of return" : "interne rentevoet", json_object_get(s, "irr"), 1,
           en);
  const json_t *u = json_object_get(r, "uncertainty");
  if (json_is_object(u))
    prob_line(out, en ? "P(NPV > 0)" : "P(NCW > 0)", json_object_get(u, "p_npv_positive"), en);
  fprintf(out, "\n  %-30s %16s %16s %16s %10s\n", "actor", en ? "costs" : "kosten",
          en ? "benefits" : "baten", en ? "net" : "saldo", en ? "payback" : "terugverd.");
  size_t k;
  json_t *act;
  json_array_foreach(json_object_get(r, "actors"), k, act) {
    char a[64], b[64], c[64], y[16] = "-";
    mkba_text_money(num(act, "pv_costs"), a, sizeof a, en);
    mkba_text_money(num(act, "pv_benefits"), b, sizeof b, en);
    mkba_text_money(num(act, "npv"), c, sizeof c, en);
    if (json_is_integer(json_object_get(act, "payback_year")))
      snprintf(y, sizeof y, "%lld",
               (long long)json_integer_value(json_object_get(act, "payback_year")));
    fprintf(out, "  %-30s %16s %16s %16s %10s\n", json_string_value(json_object_get(act, "label")),
            a, b, c, y);
  }
}

void mkba_print_summary(FILE *out, const json_t *r, int en) {
  const json_t *sc = json_object_get(r, "scenario");
  long long start = json_integer_value(json_object_get(sc, "start_year"));
  fprintf(out, "%s\n", json_string_value(json_object_get(sc, "title")));
  fprintf(out, "%s %s, %lld-%lld, %s %lld\n\n", en ? "region" : "regio",
          json_string_value(json_object_get(sc, "region_label")), start,
          start + json_integer_value(json_object_get(sc, "horizon_years")) - 1,
          en ? "euros of" : "prijspeil",
          (long long)json_integer_value(json_object_get(sc, "price_year")));
  const char *cmp = json_string_value(json_object_get(r, "comparison"));
  if (cmp && !strcmp(cmp, "alternatives") && json_object_get(r, "ranking"))
    ranking(out, r, en);
  else
    totals(out, r, en);
  const json_t *w = json_object_get(r, "warnings");
  if (json_array_size(w)) {
    fprintf(out, "\n%s\n", en ? "Warnings:" : "Waarschuwingen:");
    size_t k;
    json_t *e;
    json_array_foreach(w, k, e) fprintf(
        out, "  - %s\n",
        json_string_value(json_object_get(json_object_get(e, "message"), en ? "en" : "nl")));
  }
  fprintf(out, "\n%s\n",
          en ? "(present values in euros; use -o DIR for the full results)"
             : "(contante waarden in euro's; gebruik -o MAP voor alle resultaten)");
}
