/*
 * workbook_data.c: the results workbook's "Data" sheet: every number of
 * the document once per row, labelled by level, actor, category, kind,
 * item, year and measure, in an Excel table a pivot table takes as it is.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "count.h"
#include "results.h"
#include "workbook_book.h"
#include "workbook_sheets.h"

/* Where a number of the Data sheet belongs. */
typedef struct {
  const char *iv;    /* the level's name */
  const char *actor; /* an actor id, or NULL */
  const char *cat;   /* a category id, or NULL */
  const char *kind;  /* which table of the document */
  const char *item;  /* the row within it (outcome, parameter, ...) */
  double year;       /* a calendar year, or NaN */
} place;

/* One row of the Data sheet: where, measure name, value (only numbers: a
 * missing value is no row at all). */
static void datum(wb_sheet *s, const place *p, const char *measure_label,
                  double v, fmt_kind f) {
  if (!isfinite(v))
    return;
  wbs_put_text(s, 0, p->iv, F_TEXT);
  wbs_put_text(s, 1, p->actor, F_TEXT);
  wbs_put_text(s, 2, p->cat, F_TEXT);
  wbs_put_text(s, 3, p->kind, F_TEXT);
  wbs_put_text(s, 4, p->item, F_TEXT);
  wbs_put_num(s, 5, p->year, F_PLAIN);
  wbs_put_text(s, 6, measure_label, F_TEXT);
  wbs_put_num(s, 7, v, f);
  s->row++;
}

/* Every number of obj (not its nested objects) as Data rows, named by the
 * measure table; `skip` lists keys that are identities, not numbers. */
static void data_members(wb_sheet *s, const place *p, const json_t *obj,
                         const char *const *skip) {
  const char *key;
  json_t *v;
  json_object_foreach((json_t *)obj, key, v) {
    int skipped = 0;
    for (size_t i = 0; skip != NULL && skip[i] != NULL; i++)
      skipped |= strcmp(skip[i], key) == 0;
    if (!skipped && json_is_number(v))
      datum(s, p, wb_measure_name(wb_book_of(s), key), json_number_value(v),
            wb_measure_fmt(key));
  }
}

/* Words naming the kinds of numbers in the Data sheet's kind column. */
static const words K_SCENARIO = {"scenario", "scenario"},
                   K_RANKING = {"rangorde", "ranking"},
                   K_SUMMARY = {"samenvatting", "summary"},
                   K_UNDISC = {"niet verdisconteerd", "undiscounted"},
                   K_PERSPECTIVE = {"perspectief", "perspective"},
                   K_ACTOR = {"actor", "actor"},
                   K_CATEGORY = {"categorie", "category"},
                   K_TRANSFER = {"overdracht", "transfer"},
                   K_YEAR = {"jaar", "year"}, K_OUTCOME = {"effect", "outcome"},
                   K_DISCOUNT = {"discontering", "discounting"},
                   K_QALY = {"QALY-waarde", "QALY value"},
                   K_UNCERTAINTY = {"onzekerheid", "uncertainty"},
                   K_QUANTILE = {"kwantiel", "quantile"},
                   K_HISTOGRAM = {"histogram", "histogram"},
                   K_SENSITIVITY = {"gevoeligheid", "sensitivity"},
                   K_SWITCHING = {"omslagwaarde", "switching value"},
                   K_PARAMETER = {"parameter", "parameter"},
                   K_REGION = {"regio", "region"},
                   K_VARIANT = {"variant", "variant"},
                   K_BIAS = {"optimism bias", "optimism bias"},
                   K_PROVENANCE = {"herkomst", "provenance"};

/* The transfers of a level: each one twice, as paid by its payer and as
 * received by its receiver, so a pivot by actor shows both sides. */
static void data_transfers(wb_sheet *s, const char *iv, const json_t *arr) {
  const wb_book *b = wb_book_of(s);
  static const words measure_names[2][2] = {
      {{"Betaald (CW)", "Paid (PV)"},
       {"Betaald (niet verdisc.)", "Paid (undiscounted)"}},
      {{"Ontvangen (CW)", "Received (PV)"},
       {"Ontvangen (niet verdisc.)", "Received (undiscounted)"}}};
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    for (int side = 0; side < 2; side++) {
      place p = {iv,
                 mkba_j_str(e, side ? "to" : "from", NULL),
                 mkba_j_str(e, "category", NULL),
                 wb_say(b, K_TRANSFER),
                 NULL,
                 NAN};
      datum(s, &p, wb_say(b, measure_names[side][0]), mkba_j_num(e, "pv"),
            F_EURO);
      datum(s, &p, wb_say(b, measure_names[side][1]),
            mkba_j_num(e, "undiscounted"), F_EURO);
    }
  }
}

/* The numbers of one level (the document or one intervention): summary,
 * undiscounted totals, perspectives, actors, categories, transfers, years,
 * outcomes and the discounting regimes. */
static void data_level(wb_sheet *s, const char *iv, const json_t *lv) {
  const wb_book *b = wb_book_of(s);
  static const char *const ids[] = {"id", NULL};
  place p = {iv, NULL, NULL, wb_say(b, K_SUMMARY), NULL, NAN};
  data_members(s, &p, mkba_j_obj(lv, "summary"), NULL);
  p.kind = wb_say(b, K_UNDISC);
  data_members(s, &p, mkba_j_obj(lv, "undiscounted"), NULL);
  const json_t *arr = mkba_j_arr(lv, "perspectives");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    place q = {iv,   mkba_j_str(mkba_j_at(arr, i), "id", NULL),
               NULL, wb_say(b, K_PERSPECTIVE),
               NULL, NAN};
    data_members(s, &q, mkba_j_at(arr, i), ids);
  }
  static const char *const year_ids[] = {"year", NULL};
  arr = mkba_j_arr(lv, "actors");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    place q = {iv,   mkba_j_str(mkba_j_at(arr, i), "id", NULL),
               NULL, wb_say(b, K_ACTOR),
               NULL, NAN};
    data_members(s, &q, mkba_j_at(arr, i), ids);
    /* The actor's own budget, year by year. */
    const json_t *ys = mkba_j_arr(mkba_j_at(arr, i), "years");
    for (size_t k = 0; k < mkba_j_len(ys); k++) {
      q.year = mkba_j_num(mkba_j_at(ys, k), "year");
      data_members(s, &q, mkba_j_at(ys, k), year_ids);
    }
  }
  arr = mkba_j_arr(lv, "categories");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    place q = {iv,
               NULL,
               mkba_j_str(mkba_j_at(arr, i), "id", NULL),
               wb_say(b, K_CATEGORY),
               NULL,
               NAN};
    data_members(s, &q, mkba_j_at(arr, i), ids);
  }
  data_transfers(s, iv, mkba_j_arr(lv, "transfers"));
  arr = mkba_j_arr(lv, "years");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    place q = {iv,   NULL,
               NULL, wb_say(b, K_YEAR),
               NULL, mkba_j_num(mkba_j_at(arr, i), "year")};
    data_members(s, &q, mkba_j_at(arr, i), year_ids);
  }
  arr = mkba_j_arr(lv, "outcomes");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    place q = {iv,
               NULL,
               NULL,
               wb_say(b, K_OUTCOME),
               mkba_j_str(mkba_j_at(arr, i), "id", NULL),
               NAN};
    data_members(s, &q, mkba_j_at(arr, i), ids);
  }
  arr = mkba_j_arr(lv, "discount_sensitivity");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    place q = {iv, NULL, NULL, wb_say(b, K_DISCOUNT), mkba_j_str(e, "id", NULL),
               NAN};
    data_members(s, &q, e, ids);
    const json_t *d = mkba_j_obj(e, "discount");
    data_members(s, &q, d, NULL);
    const json_t *st = mkba_j_arr(d, "schedule");
    for (size_t k = 0; k < mkba_j_len(st); k++)
      data_members(s, &q, mkba_j_at(st, k), NULL);
  }
}

/* The scenario's numbers, the ranking and the value of a QALY. */
static void data_scenario(wb_sheet *s) {
  const wb_book *b = wb_book_of(s);
  const json_t *sc = mkba_j_obj(b->doc, "scenario");
  place p = {b->all, NULL, NULL, wb_say(b, K_SCENARIO), NULL, NAN};
  data_members(s, &p, sc, NULL);
  const json_t *d = mkba_j_obj(sc, "discount");
  data_members(s, &p, d, NULL);
  for (size_t k = 0; k < mkba_j_len(mkba_j_arr(d, "schedule")); k++)
    data_members(s, &p, mkba_j_at(mkba_j_arr(d, "schedule"), k), NULL);
  static const char *const rank_ids[] = {"intervention", NULL};
  const json_t *rk = mkba_j_arr(b->doc, "ranking");
  for (size_t i = 0; i < mkba_j_len(rk); i++) {
    const json_t *e = mkba_j_at(rk, i);
    place q = {wb_iv_name(b, (long)mkba_j_num(e, "intervention")),
               NULL,
               NULL,
               wb_say(b, K_RANKING),
               NULL,
               NAN};
    data_members(s, &q, e, rank_ids);
  }
  place q = {b->all, NULL, NULL, wb_say(b, K_QALY), NULL, NAN};
  data_members(s, &q, mkba_j_obj(b->doc, "qaly_value"), NULL);
}

/* Quantiles and histogram of one uncertainty entry (the package's or an
 * intervention's). */
static void data_distribution(wb_sheet *s, const char *iv, const json_t *u) {
  const wb_book *b = wb_book_of(s);
  const json_t *q = mkba_j_arr(u, "quantiles");
  for (size_t i = 0; i < mkba_j_len(q); i++) {
    char item[16];
    snprintf(item, sizeof item, "P%02zu", i);
    place p = {iv, NULL, NULL, wb_say(b, K_QUANTILE), item, NAN};
    datum(s, &p, wb_measure_name(b, "npv"), json_number_value(mkba_j_at(q, i)),
          F_EURO);
  }
  const json_t *h = mkba_j_obj(u, "histogram");
  place p = {iv, NULL, NULL, wb_say(b, K_HISTOGRAM), NULL, NAN};
  data_members(s, &p, h, NULL);
  const json_t *c = mkba_j_arr(h, "counts");
  for (size_t i = 0; i < mkba_j_len(c); i++) {
    char item[32];
    snprintf(item, sizeof item, "%s %02zu", wb_say(b, (words){"klasse", "bin"}),
             i + 1);
    place r = {iv, NULL, NULL, wb_say(b, K_HISTOGRAM), item, NAN};
    datum(s, &r, wb_say(b, (words){"Trekkingen", "Draws"}),
          json_number_value(mkba_j_at(c, i)), F_INT);
  }
}

/* The Monte Carlo numbers: package, actors, interventions, quantiles and
 * histograms. */
static void data_uncertainty(wb_sheet *s) {
  const wb_book *b = wb_book_of(s);
  const json_t *u = mkba_j_obj(b->doc, "uncertainty");
  if (u == NULL)
    return;
  place p = {b->name[0], NULL, NULL, wb_say(b, K_UNCERTAINTY), NULL, NAN};
  data_members(s, &p, u, NULL);
  static const char *const ids[] = {"id", NULL};
  const json_t *arr = mkba_j_arr(u, "actors");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    place q = p;
    q.actor = mkba_j_str(mkba_j_at(arr, i), "id", NULL);
    data_members(s, &q, mkba_j_at(arr, i), ids);
  }
  static const char *const iv_ids[] = {"index", NULL};
  arr = mkba_j_arr(u, "interventions");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    place q = p;
    q.iv = wb_iv_name(b, (long)mkba_j_num(e, "index"));
    data_members(s, &q, e, iv_ids);
    data_distribution(s, q.iv, e);
  }
  data_distribution(s, b->name[0], u);
  /* EVPPI per parameter: society's and the gemeente's. */
  arr = mkba_j_arr(u, "evppi");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    place q = {b->name[0],
               "maatschappij",
               NULL,
               wb_say(b, K_UNCERTAINTY),
               mkba_j_str(e, "parameter", "?"),
               NAN};
    datum(s, &q, wb_measure_name(b, "evppi"), mkba_j_num(e, "value"), F_EURO);
    q.actor = "gemeente";
    datum(s, &q, wb_measure_name(b, "evppi"), mkba_j_num(e, "gemeente"),
          F_EURO);
  }
  arr = mkba_j_arr(u, "correlations");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    const json_t *ps = mkba_j_arr(e, "parameters");
    char item[256];
    snprintf(
        item, sizeof item, "%s & %s",
        json_is_string(mkba_j_at(ps, 0)) ? json_string_value(mkba_j_at(ps, 0))
                                         : "?",
        json_is_string(mkba_j_at(ps, 1)) ? json_string_value(mkba_j_at(ps, 1))
                                         : "?");
    place q = {b->all, NULL,
               NULL,   wb_say(b, (words){"correlatie", "correlation"}),
               item,   NAN};
    const char *key;
    json_t *v;
    json_object_foreach((json_t *)e, key, v) {
      if (json_is_number(v))
        datum(s, &q, wb_corr_name(b, key), json_number_value(v),
              strcmp(key, "draws_measured") == 0 ? F_INT : F_RATIO);
    }
  }
}

/* Sensitivity, switching values and parameters, each under the
 * intervention its parameter belongs to. */
static void data_parameters(wb_sheet *s) {
  const wb_book *b = wb_book_of(s);
  static const char *const none[] = {NULL};
  const struct {
    const char *key;
    words kind;
  } lists[] = {{"sensitivity", K_SENSITIVITY}, {"switching", K_SWITCHING}};
  for (size_t l = 0; l < 2; l++) {
    const json_t *arr = mkba_j_arr(b->doc, lists[l].key);
    for (size_t i = 0; i < mkba_j_len(arr); i++) {
      const json_t *e = mkba_j_at(arr, i);
      const char *id = mkba_j_str(e, "parameter", NULL);
      place p = {wb_iv_name(b, wb_param_iv(id)), NULL, NULL,
                 wb_say(b, lists[l].kind),       id,   NAN};
      data_members(s, &p, e, none);
    }
  }
  static const char *const par_ids[] = {"intervention", NULL};
  const json_t *arr = mkba_j_arr(b->doc, "parameters");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    double k = mkba_j_num(e, "intervention");
    place p = {wb_iv_name(b, isfinite(k) ? (long)k : -1),
               NULL,
               NULL,
               wb_say(b, K_PARAMETER),
               mkba_j_str(e, "parameter", NULL),
               NAN};
    data_members(s, &p, e, par_ids);
    char m[128];
    const char *key;
    json_t *v;
    json_object_foreach(json_object_get(e, "distribution"), key, v) {
      if (!json_is_number(v))
        continue;
      snprintf(m, sizeof m, "%s: %s",
               wb_say(b, (words){"Verdeling", "Distribution"}),
               wb_measure_name(b, key));
      datum(s, &p, m, json_number_value(v), F_GENERAL);
    }
    const json_t *rs = mkba_j_obj(e, "region_scaling");
    data_members(s, &p, rs, none);
    const char *counts[] = {"region_count", "national_count"};
    for (size_t c = 0; c < 2; c++) {
      const json_t *cnt = mkba_j_obj(rs, counts[c]);
      snprintf(m, sizeof m, "%s",
               c ? wb_say(b, (words){"Landelijke telling", "National count"})
                 : wb_say(b, (words){"Regionale telling", "Regional count"}));
      datum(s, &p, m, mkba_j_num(cnt, "value"), F_GENERAL);
      snprintf(m, sizeof m, "%s: %s",
               c ? wb_say(b, (words){"Landelijke telling", "National count"})
                 : wb_say(b, (words){"Regionale telling", "Regional count"}),
               wb_measure_name(b, "year"));
      datum(s, &p, m, mkba_j_num(cnt, "year"), F_PLAIN);
    }
  }
}

/* The regional counts and prices the run used. */
static void data_region(wb_sheet *s) {
  const wb_book *b = wb_book_of(s);
  static const char *const none[] = {NULL};
  const json_t *rf = mkba_j_obj(b->doc, "regional_figures");
  const json_t *arr = mkba_j_arr(rf, "counts");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    place p = {b->all,
               NULL,
               NULL,
               wb_say(b, K_REGION),
               mkba_j_str(e, "target_group", NULL),
               NAN};
    data_members(s, &p, e, none);
    const json_t *nat = mkba_j_obj(e, "national");
    datum(s, &p, wb_measure_name(b, "national_value"), mkba_j_num(nat, "value"),
          F_GENERAL);
    char m[128];
    snprintf(m, sizeof m, "%s: %s", wb_measure_name(b, "national_value"),
             wb_measure_name(b, "year"));
    datum(s, &p, m, mkba_j_num(nat, "year"), F_PLAIN);
  }
  arr = mkba_j_arr(rf, "unit_costs");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    place p = {b->all,
               NULL,
               NULL,
               wb_say(b, K_REGION),
               mkba_j_str(e, "unit_cost", NULL),
               NAN};
    data_members(s, &p, e, none);
  }
}

/* One variant, or the base case with optimism bias (v: the element of
 * "variants", or "optimism_bias" itself; id: the variant's id or NULL;
 * bias: its optimism bias or NULL; kind: the kind column's words). */
static void data_case(wb_sheet *s, const json_t *v, const char *id,
                      const json_t *bias, words kind) {
  const wb_book *b = wb_book_of(s);
  static const char *const ids[] = {"id", NULL};
  place p = {b->name[0], NULL, NULL, wb_say(b, kind), id, NAN};
  data_members(s, &p, mkba_j_obj(v, "summary"), NULL);
  datum(s, &p,
        wb_say(b, (words){"Optimism bias kosten", "Optimism bias costs"}),
        mkba_j_num(bias, "costs"), F_PCT);
  datum(s, &p,
        wb_say(b, (words){"Optimism bias baten", "Optimism bias benefits"}),
        mkba_j_num(bias, "benefits"), F_PCT);
  const char *key;
  json_t *val;
  json_object_foreach((json_t *)mkba_j_obj(v, "params"), key, val) {
    if (json_is_number(val))
      datum(s, &p, key, json_number_value(val), F_GENERAL);
  }
  const json_t *acts = mkba_j_arr(v, "actors");
  for (size_t a = 0; a < mkba_j_len(acts); a++) {
    place q = p;
    q.actor = mkba_j_str(mkba_j_at(acts, a), "id", NULL);
    data_members(s, &q, mkba_j_at(acts, a), ids);
  }
}

/* The variants and the base case with optimism bias. */
static void data_variants(wb_sheet *s) {
  const json_t *vars = mkba_j_arr(wb_book_of(s)->doc, "variants");
  for (size_t i = 0; i < mkba_j_len(vars); i++) {
    const json_t *v = mkba_j_at(vars, i);
    data_case(s, v, mkba_j_str(v, "id", NULL), mkba_j_obj(v, "optimism_bias"),
              K_VARIANT);
  }
  const json_t *ob = mkba_j_obj(wb_book_of(s)->doc, "optimism_bias");
  if (ob != NULL)
    data_case(s, ob, NULL, ob, K_BIAS);
}

/* The provenance's numbers: the seed and the price index. */
static void data_provenance(wb_sheet *s) {
  const wb_book *b = wb_book_of(s);
  static const char *const none[] = {NULL};
  const json_t *prov = mkba_j_obj(b->doc, "provenance");
  place p = {b->all, NULL, NULL, wb_say(b, K_PROVENANCE), NULL, NAN};
  data_members(s, &p, prov, none);
  const json_t *pi = mkba_j_obj(prov, "price_index");
  data_members(s, &p, pi, none);
  static const char *const year_ids[] = {"year", NULL};
  const json_t *arr = mkba_j_arr(pi, "factors");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    place q = p;
    q.year = mkba_j_num(mkba_j_at(arr, i), "year");
    data_members(s, &q, mkba_j_at(arr, i), year_ids);
  }
}

/* Sheet "Data": every number of the document, one per row, in an Excel
 * table (named mkba_data) that a pivot table takes as it is: the value
 * column holds only numbers. */
void wb_write_data(wb_book *b) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Data", "Data"}))
    return;
  static const words heads[] = {{"Interventie", "Intervention"},
                                {"Actor", "Actor"},
                                {"Categorie", "Category"},
                                {"Soort", "Kind"},
                                {"Onderdeel", "Item"},
                                {"Jaar", "Year"},
                                {"Maat", "Measure"},
                                {"Waarde", "Value"}};
  enum { N = MKBA_COUNT(heads) };
  for (lxw_col_t c = 0; c < N; c++)
    wbs_widen(&s, c, wbs_text_width(wb_say(b, heads[c])) + 3);
  s.row = 1;
  data_scenario(&s);
  for (size_t l = 0; l < (b->n_iv > 1 ? 1 + b->n_iv : 1); l++)
    data_level(&s, b->name[l], b->level[l]);
  data_uncertainty(&s);
  data_parameters(&s);
  data_region(&s);
  data_variants(&s);
  data_provenance(&s);
  const char *names[N];
  for (size_t c = 0; c < N; c++)
    names[c] = wb_say(b, heads[c]);
  wbs_table_close(&s, "mkba_data", names, N);
}
