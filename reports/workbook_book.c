/*
 * workbook_book.c: the results workbook's book and the helpers its sheets
 * share (workbook_book.h): the measures' names and formats in both
 * languages, measure cells and header rows, the levels (the package and
 * each intervention) and their names, the actors' net values and the
 * names of a correlation's numbers.
 */
#include "workbook_book.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "results.h"

/* ---- the book ----------------------------------------------------------- */

/* The workbook sheet s belongs to (its wbs_book is a book's first
 * member). */
wb_book *wb_book_of(const wb_sheet *s) { return (wb_book *)s->b; }

/* ---- words -------------------------------------------------------------- */

/* The string of a pair in the workbook's language (b: the workbook; w: the
 * pair). */
const char *wb_say(const wb_book *b, words w) { return wbs_say(&b->w, w); }

/* The name of every measure the document has, in both languages. The same
 * name serves the column headers and the Data sheet's measure column, so a
 * pivot of the Data sheet reads like the sheets. */
static const wb_measure measures[] = {
    {"pv_costs", {"Kosten (CW)", "Costs (PV)"}, F_EURO},
    {"pv_benefits", {"Baten (CW)", "Benefits (PV)"}, F_EURO},
    {"npv", {"Saldo (CW)", "Net (PV)"}, F_EURO},
    {"bcr", {"Baten per euro kosten", "Benefits per euro of costs"}, F_RATIO},
    {"payback_year", {"Terugverdiend in", "Paid back in"}, F_PLAIN},
    {"irr", {"Interne rentevoet", "Internal rate of return"}, F_PCT},
    {"first_year_return",
     {"Rendement eerste jaar", "First-year return"},
     F_PCT},
    {"pv_benefits_budget",
     {"Baten voor budgetten (CW)", "Budget benefits (PV)"},
     F_EURO},
    {"pv_benefits_wellbeing",
     {"Baten in welzijn (CW)", "Well-being benefits (PV)"},
     F_EURO},
    {"npv_without_wellbeing",
     {"Saldo zonder welzijn (CW)", "Net without well-being (PV)"},
     F_EURO},
    {"undiscounted_costs",
     {"Kosten (niet verdisc.)", "Costs (undiscounted)"},
     F_EURO},
    {"undiscounted_benefits",
     {"Baten (niet verdisc.)", "Benefits (undiscounted)"},
     F_EURO},
    {"costs", {"Kosten (niet verdisc.)", "Costs (undiscounted)"}, F_EURO},
    {"benefits", {"Baten (niet verdisc.)", "Benefits (undiscounted)"}, F_EURO},
    {"net", {"Saldo (niet verdisc.)", "Net (undiscounted)"}, F_EURO},
    {"discount_factor", {"Discontofactor", "Discount factor"}, F_FACTOR},
    {"pv_net", {"Saldo van het jaar (CW)", "Net of the year (PV)"}, F_EURO},
    {"cumulative_pv_net",
     {"Cumulatief saldo (CW)", "Cumulative net (PV)"},
     F_EURO},
    {"baseline", {"Zonder maatregel", "Without the measure"}, F_DEC},
    {"intervention", {"Met maatregel", "With the measure"}, F_DEC},
    {"difference", {"Verschil", "Difference"}, F_DEC},
    {"pv", {"Overdracht (CW)", "Transfer (PV)"}, F_EURO},
    {"undiscounted",
     {"Overdracht (niet verdisc.)", "Transfer (undiscounted)"},
     F_EURO},
    {"draws", {"Trekkingen", "Draws"}, F_INT},
    {"seed", {"Startgetal (seed)", "Seed"}, F_PLAIN},
    {"p_npv_positive", {"Kans saldo > 0", "Probability net > 0"}, F_PROB},
    {"npv_mean", {"Saldo gemiddeld (CW)", "Net, mean (PV)"}, F_EURO},
    {"npv_sd",
     {"Saldo standaardafwijking (CW)", "Net, standard deviation (PV)"},
     F_EURO},
    {"npv_p05", {"Saldo P5 (CW)", "Net P5 (PV)"}, F_EURO},
    {"npv_p50", {"Saldo mediaan (CW)", "Net median (PV)"}, F_EURO},
    {"npv_p95", {"Saldo P95 (CW)", "Net P95 (PV)"}, F_EURO},
    {"p_best", {"Kans beste keuze", "Probability best choice"}, F_PROB},
    {"evpi",
     {"Waarde van volledige informatie (EVPI)",
      "Expected value of perfect information (EVPI)"},
     F_EURO},
    {"evpi_gemeente",
     {"Waarde van volledige informatie voor de gemeente (EVPI)",
      "Expected value of perfect information to the gemeente (EVPI)"},
     F_EURO},
    {"evppi",
     {"Waarde van volledige informatie over deze parameter (EVPPI)",
      "Expected value of perfect information on this parameter (EVPPI)"},
     F_EURO},
    {"evppi_draws",
     {"Trekkingen voor de EVPPI", "Draws used for the EVPPI"},
     F_INT},
    {"rank", {"Rang", "Rank"}, F_PLAIN},
    {"base", {"Basiswaarde", "Base value"}, F_GENERAL},
    {"low", {"Laag (P10)", "Low (P10)"}, F_GENERAL},
    {"high", {"Hoog (P90)", "High (P90)"}, F_GENERAL},
    {"npv_low", {"Saldo bij laag (CW)", "Net at low (PV)"}, F_EURO},
    {"npv_high", {"Saldo bij hoog (CW)", "Net at high (PV)"}, F_EURO},
    {"value", {"Waarde", "Value"}, F_GENERAL},
    {"start_year", {"Eerste jaar", "First year"}, F_PLAIN},
    {"horizon_years", {"Looptijd (jaren)", "Horizon (years)"}, F_PLAIN},
    {"price_year", {"Prijspeil", "Price level"}, F_PLAIN},
    {"rate", {"Discontovoet", "Discount rate"}, F_RATE},
    {"base_year", {"Basisjaar discontering", "Discounting base year"}, F_PLAIN},
    {"from", {"Vanaf jaar", "From year"}, F_PLAIN},
    {"assumed_inflation",
     {"Veronderstelde inflatie", "Assumed inflation"},
     F_RATE},
    {"amount", {"Bedrag", "Amount"}, F_EURO},
    {"factor", {"Factor", "Factor"}, F_FACTOR},
    {"to_year",
     {"Prijspeil van de index", "Price level of the index"},
     F_PLAIN},
    {"year", {"Jaar", "Year"}, F_PLAIN},
    {"national_value", {"Landelijke waarde", "National value"}, F_GENERAL},
    {"mean", {"Gemiddelde", "Mean"}, F_GENERAL},
    {"sd", {"Standaardafwijking", "Standard deviation"}, F_GENERAL},
    {"min", {"Minimum", "Minimum"}, F_GENERAL},
    {"mode", {"Modus", "Mode"}, F_GENERAL},
    {"max", {"Maximum", "Maximum"}, F_GENERAL},
    {"alpha", {"Alfa", "Alpha"}, F_GENERAL},
    {"beta", {"Bèta", "Beta"}, F_GENERAL},
    {"shape", {"Vorm", "Shape"}, F_GENERAL},
    {"scale", {"Schaal", "Scale"}, F_GENERAL},
};

/* The measure of a key, or NULL for a key without one (key: borrowed). */
static const wb_measure *find_measure(const char *key) {
  for (size_t i = 0; i < MKBA_COUNT(measures); i++)
    if (strcmp(measures[i].key, key) == 0)
      return &measures[i];
  return NULL;
}

/* A measure's name in the workbook's language; an unknown key is its own
 * name (b: the workbook; key: borrowed). */
const char *wb_measure_name(const wb_book *b, const char *key) {
  const wb_measure *m = find_measure(key);
  return m != NULL ? wb_say(b, m->name) : key;
}

/* A measure's format; an unknown key is shown as it is. */
fmt_kind wb_measure_fmt(const char *key) {
  const wb_measure *m = find_measure(key);
  return m != NULL ? m->f : F_GENERAL;
}

/* ---- cells -------------------------------------------------------------- */

/* obj[key] in column c of the current row: a number as a number, a string
 * as text, anything else blank. */
void wb_put_key(wb_sheet *s, lxw_col_t c, const json_t *obj, const char *key,
                fmt_kind f) {
  const char *t = mkba_j_str(obj, key, NULL);
  if (t != NULL)
    wbs_put_text(s, c, t, f == F_WRAP ? F_WRAP : F_TEXT);
  else
    wbs_put_num(s, c, mkba_j_num(obj, key), f);
}

/* ---- sheets ------------------------------------------------------------- */

/* Add a sheet named in the workbook's language (s: out; b: the workbook;
 * name: the two names, each at most 31 characters). Returns 0, or -1 when
 * libxlsxwriter refuses (the error is noted). */
int wb_sheet_open(wb_sheet *s, wb_book *b, words name) {
  return wbs_sheet_open(s, &b->w, wb_say(b, name),
                        LXW_ERROR_MEMORY_MALLOC_FAILED);
}

/* The header row: n column names (s: the sheet, at row 0; heads: pairs). */
void wb_sheet_head(wb_sheet *s, const words *heads, size_t n) {
  for (size_t c = 0; c < n; c++)
    wbs_put_head(s, (lxw_col_t)c, wbs_say(s->b, heads[c]));
  s->row = 1;
}

/* A header row from measure keys after `first` fixed columns (s: the sheet;
 * keys: n measure keys). */
void wb_sheet_head_keys(wb_sheet *s, lxw_col_t first, const char *const *keys,
                        size_t n) {
  for (size_t k = 0; k < n; k++)
    wbs_put_head(s, first + (lxw_col_t)k,
                 wb_measure_name(wb_book_of(s), keys[k]));
}

/* Measure keys of obj in columns first.., in the keys' formats. */
void wb_put_keys(wb_sheet *s, lxw_col_t first, const json_t *obj,
                 const char *const *keys, size_t n) {
  for (size_t k = 0; k < n; k++)
    wb_put_key(s, first + (lxw_col_t)k, obj, keys[k], wb_measure_fmt(keys[k]));
}

/* ---- levels ------------------------------------------------------------- */

/* The levels the table sheets show: the package (never for alternatives)
 * and, with several interventions, each intervention. first and end: the
 * range of level indices. */
void wb_shown_levels(const wb_book *b, size_t *first, size_t *end) {
  *first = b->alternatives ? 1 : 0;
  *end = b->n_iv > 1 ? 1 + b->n_iv : 1;
}

/* The level name of an intervention index (as in the document's
 * "intervention" and parameter prefixes), or of the package for -1. */
const char *wb_iv_name(const wb_book *b, long k) {
  if (k < 0 || (size_t)k >= b->n_iv || b->n_iv <= 1)
    return b->name[0];
  return b->name[1 + k];
}

/* The intervention a parameter id such as "1:effect" belongs to: its index,
 * or -1 without a prefix (one intervention). */
long wb_param_iv(const char *id) {
  if (id == NULL)
    return -1;
  char *end;
  long k = strtol(id, &end, 10);
  return end != id && *end == ':' ? k : -1;
}

/* The levels and their names: the document ("Pakket (samen)", for
 * alternatives "Alternatieven opgeteld", with one intervention its name)
 * and each intervention as "k: label". Returns 0, or -1 without memory. */
int wb_make_levels(wb_book *b) {
  const json_t *ivs = mkba_j_arr(b->doc, "interventions");
  b->n_iv = mkba_j_len(ivs);
  b->alternatives =
      b->n_iv > 1 &&
      strcmp(mkba_j_str(b->doc, "comparison", "package"), "alternatives") == 0;
  b->level = calloc(1 + b->n_iv, sizeof *b->level);
  b->name = calloc(1 + b->n_iv, sizeof *b->name);
  if (b->level == NULL || b->name == NULL)
    return -1;
  b->level[0] = b->doc;
  for (size_t k = 0; k < b->n_iv; k++) {
    const json_t *iv = mkba_j_at(ivs, k);
    b->level[1 + k] = iv;
    snprintf(
        b->name[1 + k], sizeof b->name[1 + k], "%zu: %s", k,
        mkba_j_str(iv, "label",
                   mkba_j_str(iv, "title", mkba_j_str(iv, "plugin", "?"))));
  }
  if (b->n_iv == 1)
    memcpy(b->name[0], b->name[1], sizeof b->name[0]);
  else
    snprintf(b->name[0], sizeof b->name[0], "%s",
             wb_say(b, b->alternatives
                           ? (words){"Alternatieven opgeteld",
                                     "Alternatives added up"}
                           : (words){"Pakket (samen)", "Package (together)"}));
  /* scenario, provenance: for alternatives not their sum but all of them */
  snprintf(b->all, sizeof b->all, "%s",
           b->alternatives
               ? wb_say(b, (words){"Alle alternatieven", "All alternatives"})
               : b->name[0]);
  return 0;
}

/* ---- the actors' net values --------------------------------------------- */

/* A header "Saldo (CW): <actor>" for each actor from column first on. */
void wb_actor_npv_heads(wb_sheet *s, lxw_col_t first) {
  const json_t *actors = mkba_j_arr(wb_book_of(s)->doc, "actors");
  for (size_t a = 0; a < mkba_j_len(actors) && first + a < WBS_MAX_COLS; a++) {
    char h[128];
    snprintf(h, sizeof h, "%s: %s", wb_measure_name(wb_book_of(s), "npv"),
             mkba_j_str(mkba_j_at(actors, a), "id", "?"));
    wbs_put_head(s, (lxw_col_t)(first + a), h);
  }
}

/* Each actor's net value of a level (its "actors" array) from column first
 * on, in the order of the document's actors. */
void wb_actor_npv_cells(wb_sheet *s, lxw_col_t first, const json_t *ia) {
  const json_t *actors = mkba_j_arr(wb_book_of(s)->doc, "actors");
  for (size_t a = 0; a < mkba_j_len(actors) && first + a < WBS_MAX_COLS; a++) {
    const char *id = mkba_j_str(mkba_j_at(actors, a), "id", NULL);
    wbs_put_num(s, (lxw_col_t)(first + a),
                mkba_j_num(mkba_j_find_id(ia, id), "npv"), F_EURO);
  }
}

/* ---- correlations ------------------------------------------------------- */

/* The numbers of a correlated pair of parameters (they are not the
 * measures of the same keys elsewhere: "rank" is no ranking here). */
const wb_measure wb_corr_measures[] = {
    {"rank", {"Rangcorrelatie gevraagd", "Rank correlation asked"}, F_RATIO},
    {"copula_correlation", {"Copulacorrelatie", "Copula correlation"}, F_RATIO},
    {"achieved_rank",
     {"Rangcorrelatie bereikt", "Rank correlation achieved"},
     F_RATIO},
    {"draws_measured", {"Trekkingen gemeten", "Draws measured"}, F_INT}};
const size_t wb_n_corr = MKBA_COUNT(wb_corr_measures);

/* The name of a correlation's number, or the key itself. */
const char *wb_corr_name(const wb_book *b, const char *key) {
  for (size_t i = 0; i < wb_n_corr; i++)
    if (strcmp(wb_corr_measures[i].key, key) == 0)
      return wb_say(b, wb_corr_measures[i].name);
  return key;
}
