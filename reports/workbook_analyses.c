/*
 * workbook_analyses.c: the results workbook's sheets of the analyses
 * around the base case: sensitivity (the tornado as numbers), switching
 * values, and the variants with optimism bias.
 */
#include <math.h>
#include <stdio.h>

#include "count.h"
#include "format.h"
#include "results.h"
#include "workbook_book.h"
#include "workbook_sheets.h"

/* Sheet "Gevoeligheid": the tornado as numbers, each parameter with its
 * intervention, its low and high value and the net value at each. */
void wb_write_sensitivity(wb_book *b) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Gevoeligheid", "Sensitivity"}))
    return;
  const words heads[] = {{"Interventie", "Intervention"},
                         {"Parameter", "Parameter"},
                         {"Omschrijving", "Description"}};
  const char *keys[] = {"base", "low", "high", "npv_low", "npv_high"};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  wb_sheet_head_keys(&s, 3, keys, MKBA_COUNT(keys));
  const char *swing =
      wb_say(b, (words){"Bandbreedte saldo (CW)", "Range of the net (PV)"});
  wbs_put_head(&s, 8, swing);
  const json_t *arr = mkba_j_arr(b->doc, "sensitivity");
  for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
    const json_t *e = mkba_j_at(arr, i);
    const char *id = mkba_j_str(e, "parameter", NULL);
    wbs_put_text(&s, 0, wb_iv_name(b, wb_param_iv(id)), F_TEXT);
    wbs_put_text(&s, 1, id, F_TEXT);
    wbs_put_text(&s, 2, mkba_j_str(e, "label", NULL), F_TEXT);
    wb_put_keys(&s, 3, e, keys, MKBA_COUNT(keys));
    wbs_put_num(&s, 8,
                fabs(mkba_j_num(e, "npv_high") - mkba_j_num(e, "npv_low")),
                F_EURO);
  }
  wbs_sheet_close(&s, 2, 1);
}

/* Sheet "Omslagwaarden": the value of each parameter at which the net
 * value turns zero, blank with a note where none lies within its range. */
void wb_write_switching(wb_book *b) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Omslagwaarden", "Switching values"}))
    return;
  const words heads[] = {
      {"Interventie", "Intervention"},     {"Parameter", "Parameter"},
      {"Omschrijving", "Description"},     {"Basiswaarde", "Base value"},
      {"Omslagwaarde", "Switching value"}, {"Toelichting", "Note"}};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  const json_t *arr = mkba_j_arr(b->doc, "switching");
  for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
    const json_t *e = mkba_j_at(arr, i);
    const char *id = mkba_j_str(e, "parameter", NULL);
    wbs_put_text(&s, 0, wb_iv_name(b, wb_param_iv(id)), F_TEXT);
    wbs_put_text(&s, 1, id, F_TEXT);
    wbs_put_text(&s, 2, mkba_j_str(e, "label", NULL), F_TEXT);
    wbs_put_num(&s, 3, mkba_j_num(e, "base"), F_GENERAL);
    wbs_put_num(&s, 4, mkba_j_num(e, "value"), F_GENERAL);
    if (!isfinite(mkba_j_num(e, "value")))
      wbs_put_text(
          &s, 5, wb_say(b, (words){"geen binnen bereik", "none within range"}),
          F_TEXT);
  }
  wbs_sheet_close(&s, 2, 1);
}

/* The parameters a variant changes, as "id = value; ..." in the workbook's
 * number format (v: the variant; buf, len: output). Returns buf. */
static char *variant_changes(const wb_book *b, const json_t *v, char *buf,
                             size_t len) {
  const char *key;
  json_t *val;
  size_t used = 0;
  buf[0] = '\0';
  json_object_foreach((json_t *)mkba_j_obj(v, "params"), key, val) {
    char num[64];
    if (json_is_number(val))
      mkba_fmt_number(num, sizeof num, json_number_value(val), b->w.lang);
    else
      snprintf(num, sizeof num, "%s",
               json_is_string(val) ? json_string_value(val) : "…");
    if (used < len)
      used += (size_t)snprintf(buf + used, len - used, "%s%s = %s",
                               used ? "; " : "", key, num);
  }
  return buf;
}

/* One row of the variants sheet: a case's id, name, changes, optimism
 * bias, summary and net value per actor (c: the case's object, holding
 * "summary" and "actors"; bias: its optimism bias or NULL). */
static void variant_row(wb_sheet *s, const char *id, const char *name,
                        const char *changes, const json_t *c,
                        const json_t *bias) {
  const char *keys[] = {"pv_costs", "pv_benefits", "npv", "bcr"};
  wbs_put_text(s, 0, id, F_TEXT);
  wbs_put_text(s, 1, name, F_TEXT);
  wbs_put_text(s, 2, changes, F_TEXT);
  wbs_put_num(s, 3, mkba_j_num(bias, "costs"), F_PCT);
  wbs_put_num(s, 4, mkba_j_num(bias, "benefits"), F_PCT);
  wb_put_keys(s, 5, mkba_j_obj(c, "summary"), keys, MKBA_COUNT(keys));
  wb_actor_npv_cells(s, 9, mkba_j_arr(c, "actors"));
  s->row++;
}

/* Sheet "Varianten": the base case, the base case with optimism bias and
 * each variant, with the net value per actor. Only when there are any. */
void wb_write_variants(wb_book *b) {
  const json_t *vars = mkba_j_arr(b->doc, "variants");
  const json_t *ob = mkba_j_obj(b->doc, "optimism_bias");
  if (mkba_j_len(vars) == 0 && mkba_j_obj(ob, "summary") == NULL)
    return;
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Varianten", "Variants"}))
    return;
  const words heads[] = {{"Variant", "Variant"},
                         {"Naam", "Name"},
                         {"Gewijzigde parameters", "Changed parameters"},
                         {"Optimism bias kosten", "Optimism bias costs"},
                         {"Optimism bias baten", "Optimism bias benefits"}};
  const char *keys[] = {"pv_costs", "pv_benefits", "npv", "bcr"};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  wb_sheet_head_keys(&s, 5, keys, MKBA_COUNT(keys));
  wb_actor_npv_heads(&s, 9);
  variant_row(&s, NULL, wb_say(b, (words){"Basis", "Base case"}), NULL, b->doc,
              NULL);
  if (mkba_j_obj(ob, "summary") != NULL)
    variant_row(&s, NULL,
                wb_say(b, (words){"Basis met optimism bias",
                                  "Base case with optimism bias"}),
                NULL, ob, ob);
  for (size_t i = 0; i < mkba_j_len(vars); i++) {
    const json_t *v = mkba_j_at(vars, i);
    char changes[1024];
    variant_changes(b, v, changes, sizeof changes);
    variant_row(&s, mkba_j_str(v, "id", NULL), mkba_j_str(v, "label", NULL),
                changes, v, mkba_j_obj(v, "optimism_bias"));
  }
  wbs_sheet_close(&s, 2, 1);
}
