/*
 * workbook_levels.c: the results workbook's sheets that exist per level
 * (the package and each intervention): actors and perspectives,
 * categories, transfers, years, outcomes and PM items.
 */
#include <string.h>

#include "count.h"
#include "results.h"
#include "workbook_book.h"
#include "workbook_sheets.h"

/* A table sheet with one row per element of each level's array `key`:
 * level name, id and label columns, then the measure keys (b: the
 * workbook; name: the sheet; key: the array; id_head: the id column's
 * name; keys, n: measure columns). */
static void sheet_level_table(wb_book *b, words name, const char *key,
                              words id_head, const char *const *keys,
                              size_t n) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, name))
    return;
  const words heads[] = {
      {"Interventie", "Intervention"}, id_head, {"Naam", "Name"}};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  wb_sheet_head_keys(&s, 3, keys, n);
  size_t first, end;
  wb_shown_levels(b, &first, &end);
  for (size_t l = first; l < end; l++) {
    const json_t *arr = mkba_j_arr(b->level[l], key);
    for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
      const json_t *e = mkba_j_at(arr, i);
      wbs_put_text(&s, 0, b->name[l], F_TEXT);
      wbs_put_text(&s, 1, mkba_j_str(e, "id", NULL), F_TEXT);
      wbs_put_text(&s, 2, mkba_j_str(e, "label", NULL), F_TEXT);
      wb_put_keys(&s, 3, e, keys, n);
    }
  }
  wbs_sheet_close(&s, 3, 1);
}

/* The measures of actors, perspectives and categories. */
static const char *const flow_keys[] = {"pv_costs",
                                        "pv_benefits",
                                        "npv",
                                        "undiscounted_costs",
                                        "undiscounted_benefits",
                                        "pv_benefits_budget",
                                        "pv_benefits_wellbeing",
                                        "npv_without_wellbeing"};
#define N_FLOW_KEYS (MKBA_COUNT(flow_keys))

/* Sheet "Actoren": who pays and who gains, per level: the six actors, then
 * the two perspectives (totals, not to be added to the actors), and the
 * package's Monte Carlo figures per actor. */
void wb_write_actors(wb_book *b) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Actoren", "Actors"}))
    return;
  const words heads[] = {
      {"Interventie", "Intervention"}, {"Actor", "Actor"}, {"Naam", "Name"}};
  const char *ukeys[] = {"p_npv_positive", "npv_mean", "npv_p05",
                         "npv_p50",        "npv_p95",  "npv_sd"};
  const size_t nu = MKBA_COUNT(ukeys);
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  wb_sheet_head_keys(&s, 3, flow_keys, N_FLOW_KEYS);
  const char *pay = "payback_year";
  wb_sheet_head_keys(&s, 3 + N_FLOW_KEYS, &pay, 1);
  wb_sheet_head_keys(&s, 4 + N_FLOW_KEYS, ukeys, nu);
  const json_t *uact = mkba_j_arr(mkba_j_obj(b->doc, "uncertainty"), "actors");
  size_t first, end;
  wb_shown_levels(b, &first, &end);
  for (size_t l = first; l < end; l++) {
    for (int part = 0; part < 2; part++) {
      const json_t *arr =
          mkba_j_arr(b->level[l], part == 0 ? "actors" : "perspectives");
      for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
        const json_t *e = mkba_j_at(arr, i);
        const char *id = mkba_j_str(e, "id", NULL);
        wbs_put_text(&s, 0, b->name[l], F_TEXT);
        wbs_put_text(&s, 1, id, F_TEXT);
        wbs_put_text(&s, 2, mkba_j_str(e, "label", NULL), F_TEXT);
        wb_put_keys(&s, 3, e, flow_keys, N_FLOW_KEYS);
        wb_put_key(&s, 3 + N_FLOW_KEYS, e, pay, F_PLAIN);
        if (l == 0 && part == 0)
          wb_put_keys(&s, 4 + N_FLOW_KEYS, mkba_j_find_id(uact, id), ukeys, nu);
      }
    }
  }
  wbs_sheet_close(&s, 3, 1);
}

/* Sheet "Categorieën": costs and benefits per category, per level. */
void wb_write_categories(wb_book *b) {
  sheet_level_table(b, (words){"Categorieën", "Categories"}, "categories",
                    (words){"Categorie", "Category"}, flow_keys, N_FLOW_KEYS);
}

/* Sheet "Overdrachten": transfers between actors, per level: payer,
 * receiver, category, present and undiscounted value. */
void wb_write_transfers(wb_book *b) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Overdrachten", "Transfers"}))
    return;
  const words heads[] = {{"Interventie", "Intervention"},
                         {"Van", "From"},
                         {"Naar", "To"},
                         {"Categorie", "Category"},
                         {"Naam", "Name"}};
  const char *keys[] = {"pv", "undiscounted"};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  wb_sheet_head_keys(&s, 5, keys, MKBA_COUNT(keys));
  size_t first, end;
  wb_shown_levels(b, &first, &end);
  for (size_t l = first; l < end; l++) {
    const json_t *arr = mkba_j_arr(b->level[l], "transfers");
    for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
      const json_t *e = mkba_j_at(arr, i);
      wbs_put_text(&s, 0, b->name[l], F_TEXT);
      wbs_put_text(&s, 1, mkba_j_str(e, "from", NULL), F_TEXT);
      wbs_put_text(&s, 2, mkba_j_str(e, "to", NULL), F_TEXT);
      wbs_put_text(&s, 3, mkba_j_str(e, "category", NULL), F_TEXT);
      wbs_put_text(&s, 4, mkba_j_str(e, "label", NULL), F_TEXT);
      wb_put_keys(&s, 5, e, keys, MKBA_COUNT(keys));
    }
  }
  wbs_sheet_close(&s, 1, 1);
}

/* Sheet "Jaren": per level and year the discount factor, costs, benefits
 * and net (undiscounted), and the net in present value. */
void wb_write_years(wb_book *b) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Jaren", "Years"}))
    return;
  const words heads[] = {{"Interventie", "Intervention"}, {"Jaar", "Year"}};
  const char *keys[] = {"discount_factor", "costs",
                        "benefits",        "net",
                        "pv_net",          "cumulative_pv_net"};
  const size_t n = MKBA_COUNT(keys);
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  wb_sheet_head_keys(&s, 2, keys, n);
  size_t first, end;
  wb_shown_levels(b, &first, &end);
  for (size_t l = first; l < end; l++) {
    const json_t *arr = mkba_j_arr(b->level[l], "years");
    for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
      const json_t *e = mkba_j_at(arr, i);
      wbs_put_text(&s, 0, b->name[l], F_TEXT);
      wbs_put_num(&s, 1, mkba_j_num(e, "year"), F_PLAIN);
      wb_put_keys(&s, 2, e, keys, n);
    }
  }
  wbs_sheet_close(&s, 2, 1);
}

/* Sheet "Effecten": outcomes not in euros, per level. */
void wb_write_outcomes(wb_book *b) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Effecten", "Outcomes"}))
    return;
  const words heads[] = {{"Interventie", "Intervention"},
                         {"Effect", "Outcome"},
                         {"Naam", "Name"},
                         {"Eenheid", "Unit"}};
  const char *keys[] = {"baseline", "intervention", "difference"};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  wb_sheet_head_keys(&s, 4, keys, MKBA_COUNT(keys));
  size_t first, end;
  wb_shown_levels(b, &first, &end);
  for (size_t l = first; l < end; l++) {
    const json_t *arr = mkba_j_arr(b->level[l], "outcomes");
    for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
      const json_t *e = mkba_j_at(arr, i);
      wbs_put_text(&s, 0, b->name[l], F_TEXT);
      wbs_put_text(&s, 1, mkba_j_str(e, "id", NULL), F_TEXT);
      wbs_put_text(&s, 2, mkba_j_str(e, "label", NULL), F_TEXT);
      wbs_put_text(&s, 3, mkba_j_str(e, "unit", NULL), F_TEXT);
      wb_put_keys(&s, 4, e, keys, MKBA_COUNT(keys));
    }
  }
  wbs_sheet_close(&s, 3, 1);
}

/* Sheet "PM-posten": effects not expressed in euros, with their direction
 * and actor, per level. */
void wb_write_pm(wb_book *b) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"PM-posten", "PM items"}))
    return;
  const words heads[] = {{"Interventie", "Intervention"},
                         {"Post", "Item"},
                         {"Richting", "Direction"},
                         {"Actor", "Actor"}};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  size_t first, end;
  wb_shown_levels(b, &first, &end);
  for (size_t l = first; l < end; l++) {
    const json_t *arr = mkba_j_arr(b->level[l], "pm_items");
    for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
      const json_t *e = mkba_j_at(arr, i);
      const char *dir = mkba_j_str(e, "direction", "unknown");
      words w = {"onbekend", "unknown"};
      if (strcmp(dir, "positive") == 0)
        w = (words){"positief", "positive"};
      else if (strcmp(dir, "negative") == 0)
        w = (words){"negatief", "negative"};
      wbs_put_text(&s, 0, b->name[l], F_TEXT);
      wbs_put_text(&s, 1, mkba_j_str(e, "label", NULL), F_TEXT);
      wbs_put_text(&s, 2, wb_say(b, w), F_TEXT);
      wbs_put_text(&s, 3, mkba_j_str(e, "actor", NULL), F_TEXT);
    }
  }
  wbs_sheet_close(&s, 1, 1);
}
