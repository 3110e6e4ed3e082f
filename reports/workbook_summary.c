/*
 * workbook_summary.c: the results workbook's first two sheets, the summary
 * (what the report's first page says, in numbers) and the interventions
 * (one row per intervention, and the package, with its ranking,
 * uncertainty and net value per actor).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "count.h"
#include "results.h"
#include "workbook_book.h"
#include "workbook_sheets.h"

/* A section heading on the summary sheet (s: the sheet; w: the heading). */
static void summary_section(wb_sheet *s, words w) {
  if (s->row > 1)
    s->row++; /* a blank row before each section but the first */
  wbs_put_text(s, 0, wbs_say(s->b, w), F_SECTION);
  s->row++;
}

/* A row of the summary: name, value (or text when the value is missing),
 * note. */
static void summary_row(wb_sheet *s, const char *name, double v, fmt_kind f,
                        const char *note_text) {
  wbs_put_text(s, 0, name, F_WRAP);
  wbs_put_num(s, 1, v, f);
  wbs_put_text(s, 2, note_text, F_WRAP);
  s->row++;
}

/* The scenario: title, region, period, price level, discounting. */
static void summary_scenario(wb_sheet *s) {
  wb_book *b = wb_book_of(s);
  const json_t *sc = mkba_j_obj(b->doc, "scenario");
  summary_section(s, (words){"Scenario", "Scenario"});
  wbs_put_text(s, 0, wb_say(b, (words){"Titel", "Title"}), F_TEXT);
  wbs_put_text(s, 1, mkba_j_str(sc, "title", ""), F_TEXT);
  s->row++;
  wbs_put_text(s, 0, wb_say(b, (words){"Regio", "Region"}), F_TEXT);
  wbs_put_text(s, 1,
               mkba_j_str(sc, "region_label", mkba_j_str(sc, "region", "")),
               F_TEXT);
  s->row++;
  const char *keys[] = {"start_year", "horizon_years", "price_year",
                        "assumed_inflation"};
  for (size_t k = 0; k < MKBA_COUNT(keys); k++)
    if (isfinite(mkba_j_num(sc, keys[k])))
      summary_row(s, wb_measure_name(b, keys[k]), mkba_j_num(sc, keys[k]),
                  wb_measure_fmt(keys[k]), NULL);
  const json_t *d = mkba_j_obj(sc, "discount");
  if (isfinite(mkba_j_num(d, "rate")))
    summary_row(s, wb_measure_name(b, "rate"), mkba_j_num(d, "rate"), F_RATE,
                mkba_j_str(d, "source", NULL));
  const json_t *steps = mkba_j_arr(d, "schedule");
  for (size_t i = 0; i < mkba_j_len(steps); i++) {
    const json_t *st = mkba_j_at(steps, i);
    char name[96];
    snprintf(name, sizeof name, "%s %.0f",
             wb_say(b, (words){"Discontovoet vanaf jaar",
                               "Discount rate from year"}),
             mkba_j_num(st, "from"));
    summary_row(s, name, mkba_j_num(st, "rate"), F_RATE, NULL);
  }
  if (isfinite(mkba_j_num(d, "base_year")))
    summary_row(s, wb_measure_name(b, "base_year"), mkba_j_num(d, "base_year"),
                F_PLAIN, NULL);
  wbs_put_text(s, 0, wb_say(b, (words){"Vergelijking", "Comparison"}), F_TEXT);
  wbs_put_text(s, 1,
               wb_say(b, b->alternatives
                             ? (words){"alternatieven", "alternatives"}
                             : (words){"pakket", "package"}),
               F_TEXT);
  s->row++;
  summary_row(s, wb_say(b, (words){"Interventies", "Interventions"}),
              (double)b->n_iv, F_INT, NULL);
}

/* The headline results of the package (or the one intervention), with
 * what a missing number means. */
static void summary_result(wb_sheet *s) {
  wb_book *b = wb_book_of(s);
  const json_t *sum = mkba_j_obj(b->doc, "summary");
  summary_section(s, (words){"Resultaat", "Result"});
  const char *keys[] = {"pv_costs",
                        "pv_benefits",
                        "npv",
                        "bcr",
                        "payback_year",
                        "irr",
                        "first_year_return",
                        "pv_benefits_budget",
                        "pv_benefits_wellbeing",
                        "npv_without_wellbeing"};
  for (size_t k = 0; k < MKBA_COUNT(keys); k++) {
    double v = mkba_j_num(sum, keys[k]);
    const char *why = NULL;
    if (!isfinite(v) && strcmp(keys[k], "payback_year") == 0)
      why = wb_say(
          b, (words){"niet binnen de looptijd", "not within the horizon"});
    else if (!isfinite(v) && strcmp(keys[k], "bcr") == 0)
      why = wb_say(b, (words){"n.v.t. (geen kosten)", "n/a (no costs)"});
    else if (!isfinite(v))
      why = wb_say(b, (words){"bestaat niet", "does not exist"});
    summary_row(s, wb_measure_name(b, keys[k]), v, wb_measure_fmt(keys[k]),
                why);
  }
  const json_t *u = mkba_j_obj(b->doc, "undiscounted");
  const char *und[] = {"costs", "benefits", "net"};
  for (size_t k = 0; k < 3; k++)
    summary_row(s, wb_measure_name(b, und[k]), mkba_j_num(u, und[k]), F_EURO,
                NULL);
  const json_t *ob = mkba_j_obj(mkba_j_obj(b->doc, "optimism_bias"), "summary");
  if (ob != NULL) {
    summary_row(s,
                wb_say(b, (words){"Saldo met optimism bias (CW)",
                                  "Net with optimism bias (PV)"}),
                mkba_j_num(ob, "npv"), F_EURO, NULL);
    summary_row(
        s,
        wb_say(b, (words){"Baten per euro kosten met optimism bias",
                          "Benefits per euro of costs with optimism bias"}),
        mkba_j_num(ob, "bcr"), F_RATIO, NULL);
  }
}

/* The alternatives ranked, best first: rank, name and net value. */
static void summary_ranking(wb_sheet *s) {
  wb_book *b = wb_book_of(s);
  const json_t *rk = mkba_j_arr(b->doc, "ranking");
  summary_section(s, (words){"Rangorde (beste eerst)", "Ranking (best first)"});
  for (size_t i = 0; i < mkba_j_len(rk); i++) {
    const json_t *e = mkba_j_at(rk, i);
    char name[256];
    snprintf(name, sizeof name, "%.0f. %s", mkba_j_num(e, "rank"),
             mkba_j_str(e, "label", "?"));
    summary_row(s, name, mkba_j_num(e, "npv"), F_EURO,
                wb_measure_name(b, "npv"));
  }
}

/* The Monte Carlo summary of the package: draws, seed, chance, interval;
 * for alternatives only what is not a figure of their sum. */
static void summary_uncertainty(wb_sheet *s) {
  wb_book *b = wb_book_of(s);
  const json_t *u = mkba_j_obj(b->doc, "uncertainty");
  if (u == NULL)
    return;
  summary_section(s, (words){"Onzekerheid", "Uncertainty"});
  const char *keys[] = {"draws",    "seed",    "p_npv_positive",
                        "npv_mean", "npv_sd",  "npv_p05",
                        "npv_p50",  "npv_p95", "evpi"};
  for (size_t k = 0; k < MKBA_COUNT(keys); k++)
    if (isfinite(mkba_j_num(u, keys[k])) &&
        (!b->alternatives || (strncmp(keys[k], "npv", 3) != 0 &&
                              strcmp(keys[k], "p_npv_positive") != 0)))
      summary_row(s, wb_measure_name(b, keys[k]), mkba_j_num(u, keys[k]),
                  wb_measure_fmt(keys[k]), NULL);
}

/* The net value under the other discounting regimes (not for
 * alternatives, whose sum means nothing), the value of a QALY, and the
 * warnings in the workbook's language. */
static void summary_method(wb_sheet *s) {
  wb_book *b = wb_book_of(s);
  const json_t *ds = mkba_j_arr(b->doc, "discount_sensitivity");
  if (!b->alternatives && mkba_j_len(ds) > 0) {
    summary_section(s, (words){"Saldo bij andere discontovoeten",
                               "Net at other discount rates"});
    for (size_t i = 0; i < mkba_j_len(ds); i++) {
      const json_t *e = mkba_j_at(ds, i);
      summary_row(s, mkba_j_str(e, "label", mkba_j_str(e, "id", "?")),
                  mkba_j_num(e, "npv"), F_EURO, wb_measure_name(b, "npv"));
    }
  }
  const json_t *q = mkba_j_obj(b->doc, "qaly_value");
  if (q != NULL) {
    summary_section(s, (words){"Waarde van een QALY", "Value of a QALY"});
    summary_row(s,
                wb_say(b, (words){"Waarde (prijspeil)", "Value (price level)"}),
                mkba_j_num(q, "value"), F_EURO, mkba_j_str(q, "source", NULL));
  }
  const json_t *w = mkba_j_arr(b->doc, "warnings");
  if (mkba_j_len(w) > 0) {
    summary_section(s, (words){"Let op", "Note"});
    for (size_t i = 0; i < mkba_j_len(w); i++) {
      const json_t *msg = mkba_j_obj(mkba_j_at(w, i), "message");
      char name[64];
      snprintf(name, sizeof name, "%s %zu",
               wb_say(b, (words){"Waarschuwing", "Warning"}), i + 1);
      summary_row(s, name, NAN, F_GENERAL,
                  mkba_j_str(msg, b->w.lang == MKBA_LANG_EN ? "en" : "nl", ""));
    }
  }
}

/* Sheet "Samenvatting": what the report's first page says, in numbers. */
void wb_write_summary(wb_book *b) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Samenvatting", "Summary"}))
    return;
  const words heads[] = {
      {"Onderdeel", "Item"}, {"Waarde", "Value"}, {"Toelichting", "Note"}};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  summary_scenario(&s);
  if (b->alternatives)
    summary_ranking(&s);
  else
    summary_result(&s);
  summary_uncertainty(&s);
  summary_method(&s);
  wbs_sheet_close(&s, 0, 0);
}

/* ---- the interventions -------------------------------------------------- */

/* The measures of the interventions sheet, after its five name columns:
 * from the summary, the ranking (rank, chance of being best) and the Monte
 * Carlo figures. */
static const char *const iv_keys[] = {"rank",
                                      "pv_costs",
                                      "pv_benefits",
                                      "npv",
                                      "bcr",
                                      "payback_year",
                                      "irr",
                                      "pv_benefits_budget",
                                      "pv_benefits_wellbeing",
                                      "npv_without_wellbeing",
                                      "p_npv_positive",
                                      "p_best",
                                      "npv_p05",
                                      "npv_p50",
                                      "npv_p95"};
#define N_IV_KEYS (MKBA_COUNT(iv_keys))
#define IV_NAME_COLS 5

/* The element of arr whose `key` is the number k, or NULL. */
static const json_t *find_index(const json_t *arr, const char *key, size_t k) {
  for (size_t i = 0; i < mkba_j_len(arr); i++)
    if (mkba_j_num(mkba_j_at(arr, i), key) == (double)k)
      return mkba_j_at(arr, i);
  return NULL;
}

/* One row of the interventions sheet: intervention i, or the package for
 * i == n_iv. */
static void intervention_row(wb_sheet *s, size_t i) {
  const wb_book *b = wb_book_of(s);
  int pkg = i == b->n_iv;
  const json_t *iv = pkg ? b->doc : b->level[1 + i];
  const json_t *u = mkba_j_obj(b->doc, "uncertainty");
  /* the package's uncertainty is the document's, and so is that of a
   * single intervention */
  const json_t *un =
      pkg || b->n_iv == 1
          ? u
          : find_index(mkba_j_arr(u, "interventions"), "index", i);
  const json_t *r =
      pkg ? NULL : find_index(mkba_j_arr(b->doc, "ranking"), "intervention", i);
  if (!pkg)
    wbs_put_num(s, 0, (double)i, F_PLAIN);
  wbs_put_text(s, 1,
               pkg ? b->name[0]
                   : mkba_j_str(iv, "label", mkba_j_str(iv, "title", "")),
               F_TEXT);
  wbs_put_text(s, 2, mkba_j_str(iv, "plugin", NULL), F_TEXT);
  wbs_put_text(s, 3, mkba_j_str(iv, "version", NULL), F_TEXT);
  wbs_put_text(s, 4, mkba_j_str(iv, "title", NULL), F_TEXT);
  for (size_t k = 0; k < N_IV_KEYS; k++) {
    const char *key = iv_keys[k];
    const json_t *src = mkba_j_obj(iv, "summary");
    if (strcmp(key, "rank") == 0 || strcmp(key, "p_best") == 0)
      src = r != NULL ? r : un;
    else if (strncmp(key, "p_", 2) == 0 || strncmp(key, "npv_p", 5) == 0)
      src = un;
    wb_put_key(s, (lxw_col_t)(IV_NAME_COLS + k), src, key, wb_measure_fmt(key));
  }
  wb_actor_npv_cells(s, IV_NAME_COLS + N_IV_KEYS, mkba_j_arr(iv, "actors"));
}

/* Sheet "Interventies": one row per intervention (and the package, last,
 * when the interventions form one), with its ranking, uncertainty and the
 * net value per actor. */
void wb_write_interventions(wb_book *b) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Interventies", "Interventions"}))
    return;
  const words heads[IV_NAME_COLS] = {{"Nr", "No"},
                                     {"Interventie", "Intervention"},
                                     {"Plugin", "Plugin"},
                                     {"Versie", "Version"},
                                     {"Model", "Model"}};
  wb_sheet_head(&s, heads, IV_NAME_COLS);
  wb_sheet_head_keys(&s, IV_NAME_COLS, iv_keys, N_IV_KEYS);
  wb_actor_npv_heads(&s, IV_NAME_COLS + N_IV_KEYS);
  size_t rows = b->n_iv + (!b->alternatives && b->n_iv > 1);
  for (size_t i = 0; i < rows; i++, s.row++)
    intervention_row(&s, i);
  wbs_sheet_close(&s, 2, 1);
}
