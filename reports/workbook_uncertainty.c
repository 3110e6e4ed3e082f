/*
 * workbook_uncertainty.c: the results workbook's Monte Carlo sheets: the
 * figures per series, the quantiles (the S-curve as numbers), the
 * histogram and the correlated pairs of parameters.
 */
#include <math.h>

#include "count.h"
#include "results.h"
#include "workbook_book.h"
#include "workbook_sheets.h"

/* Sheet "Onzekerheid": the Monte Carlo figures of the package, each actor
 * and each intervention, one row each. */
void wb_write_uncertainty(wb_book *b, const json_t *u) {
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Onzekerheid", "Uncertainty"}))
    return;
  const words heads[] = {{"Reeks", "Series"}, {"Id", "Id"}, {"Naam", "Name"}};
  const char *keys[] = {"p_npv_positive", "npv_mean", "npv_sd", "npv_p05",
                        "npv_p50",        "npv_p95",  "p_best"};
  const size_t n = MKBA_COUNT(keys);
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  wb_sheet_head_keys(&s, 3, keys, n);
  if (!b->alternatives) {
    wbs_put_text(&s, 0, wb_say(b, (words){"pakket", "package"}), F_TEXT);
    wbs_put_text(&s, 2, b->name[0], F_TEXT);
    wb_put_keys(&s, 3, u, keys, n);
    s.row++;
  }
  const json_t *acts = mkba_j_arr(u, "actors");
  for (size_t i = 0; !b->alternatives && i < mkba_j_len(acts); i++, s.row++) {
    const json_t *e = mkba_j_at(acts, i);
    const char *id = mkba_j_str(e, "id", NULL);
    wbs_put_text(&s, 0, wb_say(b, (words){"actor", "actor"}), F_TEXT);
    wbs_put_text(&s, 1, id, F_TEXT);
    wbs_put_text(&s, 2,
                 mkba_j_str(mkba_j_find_id(mkba_j_arr(b->doc, "actors"), id),
                            "label", NULL),
                 F_TEXT);
    wb_put_keys(&s, 3, e, keys, n);
  }
  const json_t *ivs = mkba_j_arr(u, "interventions");
  for (size_t i = 0; i < mkba_j_len(ivs); i++, s.row++) {
    const json_t *e = mkba_j_at(ivs, i);
    wbs_put_text(&s, 0, wb_say(b, (words){"interventie", "intervention"}),
                 F_TEXT);
    wbs_put_num(&s, 1, mkba_j_num(e, "index"), F_PLAIN);
    wbs_put_text(&s, 2, wb_iv_name(b, (long)mkba_j_num(e, "index")), F_TEXT);
    wb_put_keys(&s, 3, e, keys, n);
  }
  wbs_sheet_close(&s, 3, 1);
}

/* The series that have quantiles or a histogram (`key`): the package (not
 * for alternatives, whose sum is no choice) and any intervention whose
 * uncertainty entry carries its own. Calls fn(s, name, entry) for each when
 * fn is not NULL (s: the sheet, or NULL with fn; b: the workbook; u: the
 * uncertainty). Returns the number of series. */
static size_t
each_series(wb_sheet *s, const wb_book *b, const json_t *u, const char *key,
            void (*fn)(wb_sheet *, const char *, const json_t *)) {
  size_t n = 0;
  if (!b->alternatives &&
      (mkba_j_arr(u, key) != NULL || mkba_j_obj(u, key) != NULL)) {
    n++;
    if (fn != NULL)
      fn(s, b->name[0], u);
  }
  const json_t *ivs = mkba_j_arr(u, "interventions");
  for (size_t i = 0; i < mkba_j_len(ivs); i++) {
    const json_t *e = mkba_j_at(ivs, i);
    if (mkba_j_arr(e, key) != NULL || mkba_j_obj(e, key) != NULL) {
      n++;
      if (fn != NULL)
        fn(s, wb_iv_name(b, (long)mkba_j_num(e, "index")), e);
    }
  }
  return n;
}

/* The quantiles of one series: percentile (as a fraction) and net value. */
static void quantile_rows(wb_sheet *s, const char *name, const json_t *e) {
  const json_t *q = mkba_j_arr(e, "quantiles");
  size_t n = mkba_j_len(q);
  for (size_t i = 0; i < n; i++, s->row++) {
    wbs_put_text(s, 0, name, F_TEXT);
    wbs_put_num(s, 1, n > 1 ? (double)i / (double)(n - 1) : 0.0, F_PCT0);
    wbs_put_num(s, 2, json_number_value(mkba_j_at(q, i)), F_EURO);
  }
}

/* Sheet "Kwantielen": the S-curve as numbers, percentile 0 to 100.
 * Only when a series has quantiles. */
void wb_write_quantiles(wb_book *b, const json_t *u) {
  if (each_series(NULL, b, u, "quantiles", NULL) == 0)
    return;
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Kwantielen", "Quantiles"}))
    return;
  const words heads[] = {{"Reeks", "Series"},
                         {"Percentiel", "Percentile"},
                         {"Saldo (CW)", "Net (PV)"}};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  each_series(&s, b, u, "quantiles", quantile_rows);
  wbs_sheet_close(&s, 1, 1);
}

/* The histogram of one series: each bin's bounds (the document's minimum
 * and maximum split into equal bins), count and share of the draws. */
static void histogram_rows(wb_sheet *s, const char *name, const json_t *e,
                           double draws) {
  const json_t *h = mkba_j_obj(e, "histogram");
  const json_t *c = mkba_j_arr(h, "counts");
  size_t n = mkba_j_len(c);
  double lo = mkba_j_num(h, "min"), hi = mkba_j_num(h, "max");
  for (size_t i = 0; i < n; i++, s->row++) {
    double count = json_number_value(mkba_j_at(c, i));
    wbs_put_text(s, 0, name, F_TEXT);
    wbs_put_num(s, 1, (double)(i + 1), F_PLAIN);
    wbs_put_num(s, 2, lo + (hi - lo) * (double)i / (double)n, F_EURO);
    wbs_put_num(s, 3, lo + (hi - lo) * (double)(i + 1) / (double)n, F_EURO);
    wbs_put_num(s, 4, count, F_INT);
    wbs_put_num(s, 5, draws > 0 ? count / draws : NAN, F_PCT);
  }
}

/* histogram_rows for each_series: the draws are the package's. */
static void histogram_series(wb_sheet *s, const char *name, const json_t *e) {
  histogram_rows(
      s, name, e,
      mkba_j_num(mkba_j_obj(wb_book_of(s)->doc, "uncertainty"), "draws"));
}

/* Sheet "Histogram": the distribution of the net value in bins. Only
 * when a series has a histogram. */
void wb_write_histogram(wb_book *b, const json_t *u) {
  if (each_series(NULL, b, u, "histogram", NULL) == 0)
    return;
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Histogram", "Histogram"}))
    return;
  const words heads[] = {{"Reeks", "Series"},       {"Klasse", "Bin"},
                         {"Van (CW)", "From (PV)"}, {"Tot (CW)", "To (PV)"},
                         {"Trekkingen", "Draws"},   {"Aandeel", "Share"}};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  each_series(&s, b, u, "histogram", histogram_series);
  wbs_sheet_close(&s, 2, 1);
}

/* Sheet "Correlaties": the pairs of parameters the scenario correlates,
 * the rank correlation asked, the copula's correlation that carries it and
 * the rank correlation the draws achieved. Only when there are any. */
void wb_write_correlations(wb_book *b, const json_t *u) {
  const json_t *arr = mkba_j_arr(u, "correlations");
  if (mkba_j_len(arr) == 0)
    return;
  wb_sheet s;
  if (wb_sheet_open(&s, b, (words){"Correlaties", "Correlations"}))
    return;
  const words heads[] = {{"Parameter 1", "Parameter 1"},
                         {"Omschrijving 1", "Description 1"},
                         {"Parameter 2", "Parameter 2"},
                         {"Omschrijving 2", "Description 2"}};
  wb_sheet_head(&s, heads, MKBA_COUNT(heads));
  for (size_t k = 0; k < wb_n_corr; k++) {
    const char *h = wb_say(b, wb_corr_measures[k].name);
    wbs_put_head(&s, (lxw_col_t)(4 + k), h);
  }
  for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
    const json_t *e = mkba_j_at(arr, i);
    for (size_t side = 0; side < 2; side++) {
      const json_t *p = mkba_j_at(mkba_j_arr(e, "parameters"), side);
      const json_t *l = mkba_j_at(mkba_j_arr(e, "labels"), side);
      wbs_put_text(&s, (lxw_col_t)(2 * side), json_string_value(p), F_TEXT);
      wbs_put_text(&s, (lxw_col_t)(2 * side + 1), json_string_value(l), F_TEXT);
    }
    for (size_t k = 0; k < wb_n_corr; k++)
      wbs_put_num(&s, (lxw_col_t)(4 + k),
                  mkba_j_num(e, wb_corr_measures[k].key),
                  wb_corr_measures[k].f);
  }
  wbs_sheet_close(&s, 1, 1);
}
