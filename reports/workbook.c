/*
 * workbook.c: the results as an Excel workbook, one function per sheet.
 *
 * Every sheet but the summary is a table: a header row (frozen, with a
 * filter), then one row per thing (an actor, a year, a parameter). Sheets
 * that exist per level (actors, categories, years, ...) carry the level in
 * their first column: the package and, with several interventions, each
 * intervention; alternatives have no package, since their sum is not a
 * choice anyone can make. The "Data" sheet holds every number of the
 * document once per row, the sum of alternatives included, labelled.
 *
 * Numbers are written as numbers: the separators are the reader's own
 * (Dutch Excel shows € 1.234.567), the format says whether a number is
 * euros (whole), a percentage or a factor. libxlsxwriter cannot measure
 * text, so column widths come from the number of characters written.
 */
#include "workbook.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>
#include <zlib.h>

#include "count.h"
#include "format.h"
#include "results.h"
#include "workbook_sheet.h"

/* Widest column for ordinary text (wrapped text: see workbook_sheet.c). */
#define MAX_WIDTH 50.0
/* 1 January 1980 UTC: the creation time without SOURCE_DATE_EPOCH. */
#define FIXED_CREATED ((time_t)315532800)

/* The workbook being written. */
typedef struct {
  wbs_book w;           /* what every sheet needs; first, see book_of */
  const json_t *doc;    /* the results document (borrowed) */
  const json_t **level; /* level 0: the document; then the interventions
                           (owned; the documents borrowed) */
  char (*name)[192];    /* each level's name, as in the first column (owned) */
  char all[192];        /* the name for numbers of the whole scenario */
  size_t n_iv;          /* number of interventions */
  int alternatives;     /* 1: the interventions are alternatives */
} book;

/* One sheet being written. */
typedef wbs_sheet sheet;

/* The workbook sheet s belongs to (its wbs_book is a book's first
 * member). */
static book *book_of(const sheet *s) { return (book *)s->b; }

/* A measure: a key of the document with its name and format. */
typedef struct {
  const char *key; /* the key in the results document */
  words name;      /* its name as a header and in the Data sheet */
  fmt_kind f;      /* how its values are shown */
} measure;

/* ---- words -------------------------------------------------------------- */

/* The string of a pair in the workbook's language (b: the workbook; w: the
 * pair). */
static const char *say(const book *b, words w) { return wbs_say(&b->w, w); }

/* The name of every measure the document has, in both languages. The same
 * name serves the column headers and the Data sheet's measure column, so a
 * pivot of the Data sheet reads like the sheets. */
static const measure measures[] = {
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
static const measure *find_measure(const char *key) {
  for (size_t i = 0; i < MKBA_COUNT(measures); i++)
    if (strcmp(measures[i].key, key) == 0)
      return &measures[i];
  return NULL;
}

/* A measure's name in the workbook's language; an unknown key is its own
 * name (b: the workbook; key: borrowed). */
static const char *measure_name(const book *b, const char *key) {
  const measure *m = find_measure(key);
  return m != NULL ? say(b, m->name) : key;
}

/* A measure's format; an unknown key is shown as it is. */
static fmt_kind measure_fmt(const char *key) {
  const measure *m = find_measure(key);
  return m != NULL ? m->f : F_GENERAL;
}

/* ---- cells -------------------------------------------------------------- */

/* Keep the first error and where it happened (b: the workbook; e: what
 * libxlsxwriter returned; where: what was being written, for the message). */
static void note(book *b, lxw_error e, const char *where) {
  wbs_note(&b->w, e, where);
}

/* obj[key] in column c of the current row: a number as a number, a string
 * as text, anything else blank. */
static void put_key(sheet *s, lxw_col_t c, const json_t *obj, const char *key,
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
static int sheet_open(sheet *s, book *b, words name) {
  return wbs_sheet_open(s, &b->w, say(b, name), LXW_ERROR_MEMORY_MALLOC_FAILED);
}

/* The header row: n column names (s: the sheet, at row 0; heads: pairs). */
static void sheet_head(sheet *s, const words *heads, size_t n) {
  for (size_t c = 0; c < n; c++)
    wbs_put_head(s, (lxw_col_t)c, wbs_say(s->b, heads[c]));
  s->row = 1;
}

/* A header row from measure keys after `first` fixed columns (s: the sheet;
 * keys: n measure keys). */
static void sheet_head_keys(sheet *s, lxw_col_t first, const char *const *keys,
                            size_t n) {
  for (size_t k = 0; k < n; k++)
    wbs_put_head(s, first + (lxw_col_t)k, measure_name(book_of(s), keys[k]));
}

/* Measure keys of obj in columns first.., in the keys' formats. */
static void put_keys(sheet *s, lxw_col_t first, const json_t *obj,
                     const char *const *keys, size_t n) {
  for (size_t k = 0; k < n; k++)
    put_key(s, first + (lxw_col_t)k, obj, keys[k], measure_fmt(keys[k]));
}

/* ---- levels ------------------------------------------------------------- */

/* The levels the table sheets show: the package (never for alternatives)
 * and, with several interventions, each intervention. first and end: the
 * range of level indices. */
static void shown_levels(const book *b, size_t *first, size_t *end) {
  *first = b->alternatives ? 1 : 0;
  *end = b->n_iv > 1 ? 1 + b->n_iv : 1;
}

/* The level name of an intervention index (as in the document's
 * "intervention" and parameter prefixes), or of the package for -1. */
static const char *iv_name(const book *b, long k) {
  if (k < 0 || (size_t)k >= b->n_iv || b->n_iv <= 1)
    return b->name[0];
  return b->name[1 + k];
}

/* The intervention a parameter id such as "1:effect" belongs to: its index,
 * or -1 without a prefix (one intervention). */
static long param_iv(const char *id) {
  if (id == NULL)
    return -1;
  char *end;
  long k = strtol(id, &end, 10);
  return end != id && *end == ':' ? k : -1;
}

/* ---- the summary -------------------------------------------------------- */

/* A section heading on the summary sheet (s: the sheet; w: the heading). */
static void summary_section(sheet *s, words w) {
  if (s->row > 1)
    s->row++; /* a blank row before each section but the first */
  wbs_put_text(s, 0, wbs_say(s->b, w), F_SECTION);
  s->row++;
}

/* A row of the summary: name, value (or text when the value is missing),
 * note. */
static void summary_row(sheet *s, const char *name, double v, fmt_kind f,
                        const char *note_text) {
  wbs_put_text(s, 0, name, F_WRAP);
  wbs_put_num(s, 1, v, f);
  wbs_put_text(s, 2, note_text, F_WRAP);
  s->row++;
}

/* The scenario: title, region, period, price level, discounting. */
static void summary_scenario(sheet *s) {
  book *b = book_of(s);
  const json_t *sc = mkba_j_obj(b->doc, "scenario");
  summary_section(s, (words){"Scenario", "Scenario"});
  wbs_put_text(s, 0, say(b, (words){"Titel", "Title"}), F_TEXT);
  wbs_put_text(s, 1, mkba_j_str(sc, "title", ""), F_TEXT);
  s->row++;
  wbs_put_text(s, 0, say(b, (words){"Regio", "Region"}), F_TEXT);
  wbs_put_text(s, 1,
               mkba_j_str(sc, "region_label", mkba_j_str(sc, "region", "")),
               F_TEXT);
  s->row++;
  const char *keys[] = {"start_year", "horizon_years", "price_year",
                        "assumed_inflation"};
  for (size_t k = 0; k < MKBA_COUNT(keys); k++)
    if (isfinite(mkba_j_num(sc, keys[k])))
      summary_row(s, measure_name(b, keys[k]), mkba_j_num(sc, keys[k]),
                  measure_fmt(keys[k]), NULL);
  const json_t *d = mkba_j_obj(sc, "discount");
  if (isfinite(mkba_j_num(d, "rate")))
    summary_row(s, measure_name(b, "rate"), mkba_j_num(d, "rate"), F_RATE,
                mkba_j_str(d, "source", NULL));
  const json_t *steps = mkba_j_arr(d, "schedule");
  for (size_t i = 0; i < mkba_j_len(steps); i++) {
    const json_t *st = mkba_j_at(steps, i);
    char name[96];
    snprintf(
        name, sizeof name, "%s %.0f",
        say(b, (words){"Discontovoet vanaf jaar", "Discount rate from year"}),
        mkba_j_num(st, "from"));
    summary_row(s, name, mkba_j_num(st, "rate"), F_RATE, NULL);
  }
  if (isfinite(mkba_j_num(d, "base_year")))
    summary_row(s, measure_name(b, "base_year"), mkba_j_num(d, "base_year"),
                F_PLAIN, NULL);
  wbs_put_text(s, 0, say(b, (words){"Vergelijking", "Comparison"}), F_TEXT);
  wbs_put_text(s, 1,
               say(b, b->alternatives ? (words){"alternatieven", "alternatives"}
                                      : (words){"pakket", "package"}),
               F_TEXT);
  s->row++;
  summary_row(s, say(b, (words){"Interventies", "Interventions"}),
              (double)b->n_iv, F_INT, NULL);
}

/* The headline results of the package (or the one intervention), with
 * what a missing number means. */
static void summary_result(sheet *s) {
  book *b = book_of(s);
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
      why =
          say(b, (words){"niet binnen de looptijd", "not within the horizon"});
    else if (!isfinite(v) && strcmp(keys[k], "bcr") == 0)
      why = say(b, (words){"n.v.t. (geen kosten)", "n/a (no costs)"});
    else if (!isfinite(v))
      why = say(b, (words){"bestaat niet", "does not exist"});
    summary_row(s, measure_name(b, keys[k]), v, measure_fmt(keys[k]), why);
  }
  const json_t *u = mkba_j_obj(b->doc, "undiscounted");
  const char *und[] = {"costs", "benefits", "net"};
  for (size_t k = 0; k < 3; k++)
    summary_row(s, measure_name(b, und[k]), mkba_j_num(u, und[k]), F_EURO,
                NULL);
  const json_t *ob = mkba_j_obj(mkba_j_obj(b->doc, "optimism_bias"), "summary");
  if (ob != NULL) {
    summary_row(s,
                say(b, (words){"Saldo met optimism bias (CW)",
                               "Net with optimism bias (PV)"}),
                mkba_j_num(ob, "npv"), F_EURO, NULL);
    summary_row(
        s,
        say(b, (words){"Baten per euro kosten met optimism bias",
                       "Benefits per euro of costs with optimism bias"}),
        mkba_j_num(ob, "bcr"), F_RATIO, NULL);
  }
}

/* The alternatives ranked, best first: rank, name and net value. */
static void summary_ranking(sheet *s) {
  book *b = book_of(s);
  const json_t *rk = mkba_j_arr(b->doc, "ranking");
  summary_section(s, (words){"Rangorde (beste eerst)", "Ranking (best first)"});
  for (size_t i = 0; i < mkba_j_len(rk); i++) {
    const json_t *e = mkba_j_at(rk, i);
    char name[256];
    snprintf(name, sizeof name, "%.0f. %s", mkba_j_num(e, "rank"),
             mkba_j_str(e, "label", "?"));
    summary_row(s, name, mkba_j_num(e, "npv"), F_EURO, measure_name(b, "npv"));
  }
}

/* The Monte Carlo summary of the package: draws, seed, chance, interval;
 * for alternatives only what is not a figure of their sum. */
static void summary_uncertainty(sheet *s) {
  book *b = book_of(s);
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
      summary_row(s, measure_name(b, keys[k]), mkba_j_num(u, keys[k]),
                  measure_fmt(keys[k]), NULL);
}

/* The net value under the other discounting regimes (not for
 * alternatives, whose sum means nothing), the value of a QALY, and the
 * warnings in the workbook's language. */
static void summary_method(sheet *s) {
  book *b = book_of(s);
  const json_t *ds = mkba_j_arr(b->doc, "discount_sensitivity");
  if (!b->alternatives && mkba_j_len(ds) > 0) {
    summary_section(s, (words){"Saldo bij andere discontovoeten",
                               "Net at other discount rates"});
    for (size_t i = 0; i < mkba_j_len(ds); i++) {
      const json_t *e = mkba_j_at(ds, i);
      summary_row(s, mkba_j_str(e, "label", mkba_j_str(e, "id", "?")),
                  mkba_j_num(e, "npv"), F_EURO, measure_name(b, "npv"));
    }
  }
  const json_t *q = mkba_j_obj(b->doc, "qaly_value");
  if (q != NULL) {
    summary_section(s, (words){"Waarde van een QALY", "Value of a QALY"});
    summary_row(s, say(b, (words){"Waarde (prijspeil)", "Value (price level)"}),
                mkba_j_num(q, "value"), F_EURO, mkba_j_str(q, "source", NULL));
  }
  const json_t *w = mkba_j_arr(b->doc, "warnings");
  if (mkba_j_len(w) > 0) {
    summary_section(s, (words){"Let op", "Note"});
    for (size_t i = 0; i < mkba_j_len(w); i++) {
      const json_t *msg = mkba_j_obj(mkba_j_at(w, i), "message");
      char name[64];
      snprintf(name, sizeof name, "%s %zu",
               say(b, (words){"Waarschuwing", "Warning"}), i + 1);
      summary_row(s, name, NAN, F_GENERAL,
                  mkba_j_str(msg, b->w.lang == MKBA_LANG_EN ? "en" : "nl", ""));
    }
  }
}

/* Sheet "Samenvatting": what the report's first page says, in numbers. */
static void sheet_summary(book *b) {
  sheet s;
  if (sheet_open(&s, b, (words){"Samenvatting", "Summary"}))
    return;
  const words heads[] = {
      {"Onderdeel", "Item"}, {"Waarde", "Value"}, {"Toelichting", "Note"}};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  summary_scenario(&s);
  if (b->alternatives)
    summary_ranking(&s);
  else
    summary_result(&s);
  summary_uncertainty(&s);
  summary_method(&s);
  wbs_sheet_close(&s, 0, 0);
}

/* ---- per intervention --------------------------------------------------- */

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

/* A header "Saldo (CW): <actor>" for each actor from column first on. */
static void actor_npv_heads(sheet *s, lxw_col_t first) {
  const json_t *actors = mkba_j_arr(book_of(s)->doc, "actors");
  for (size_t a = 0; a < mkba_j_len(actors) && first + a < WBS_MAX_COLS; a++) {
    char h[128];
    snprintf(h, sizeof h, "%s: %s", measure_name(book_of(s), "npv"),
             mkba_j_str(mkba_j_at(actors, a), "id", "?"));
    wbs_put_head(s, (lxw_col_t)(first + a), h);
  }
}

/* Each actor's net value of a level (its "actors" array) from column first
 * on, in the order of the document's actors. */
static void actor_npv_cells(sheet *s, lxw_col_t first, const json_t *ia) {
  const json_t *actors = mkba_j_arr(book_of(s)->doc, "actors");
  for (size_t a = 0; a < mkba_j_len(actors) && first + a < WBS_MAX_COLS; a++) {
    const char *id = mkba_j_str(mkba_j_at(actors, a), "id", NULL);
    wbs_put_num(s, (lxw_col_t)(first + a),
                mkba_j_num(mkba_j_find_id(ia, id), "npv"), F_EURO);
  }
}

/* The element of arr whose `key` is the number k, or NULL. */
static const json_t *find_index(const json_t *arr, const char *key, size_t k) {
  for (size_t i = 0; i < mkba_j_len(arr); i++)
    if (mkba_j_num(mkba_j_at(arr, i), key) == (double)k)
      return mkba_j_at(arr, i);
  return NULL;
}

/* One row of the interventions sheet: intervention i, or the package for
 * i == n_iv. */
static void intervention_row(sheet *s, size_t i) {
  const book *b = book_of(s);
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
    put_key(s, (lxw_col_t)(IV_NAME_COLS + k), src, key, measure_fmt(key));
  }
  actor_npv_cells(s, IV_NAME_COLS + N_IV_KEYS, mkba_j_arr(iv, "actors"));
}

/* Sheet "Interventies": one row per intervention (and the package, last,
 * when the interventions form one), with its ranking, uncertainty and the
 * net value per actor. */
static void sheet_interventions(book *b) {
  sheet s;
  if (sheet_open(&s, b, (words){"Interventies", "Interventions"}))
    return;
  const words heads[IV_NAME_COLS] = {{"Nr", "No"},
                                     {"Interventie", "Intervention"},
                                     {"Plugin", "Plugin"},
                                     {"Versie", "Version"},
                                     {"Model", "Model"}};
  sheet_head(&s, heads, IV_NAME_COLS);
  sheet_head_keys(&s, IV_NAME_COLS, iv_keys, N_IV_KEYS);
  actor_npv_heads(&s, IV_NAME_COLS + N_IV_KEYS);
  size_t rows = b->n_iv + (!b->alternatives && b->n_iv > 1);
  for (size_t i = 0; i < rows; i++, s.row++)
    intervention_row(&s, i);
  wbs_sheet_close(&s, 2, 1);
}

/* ---- actors, categories, transfers, years, outcomes --------------------- */

/* A table sheet with one row per element of each level's array `key`:
 * level name, id and label columns, then the measure keys (b: the
 * workbook; name: the sheet; key: the array; id_head: the id column's
 * name; keys, n: measure columns). */
static void sheet_level_table(book *b, words name, const char *key,
                              words id_head, const char *const *keys,
                              size_t n) {
  sheet s;
  if (sheet_open(&s, b, name))
    return;
  const words heads[] = {
      {"Interventie", "Intervention"}, id_head, {"Naam", "Name"}};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  sheet_head_keys(&s, 3, keys, n);
  size_t first, end;
  shown_levels(b, &first, &end);
  for (size_t l = first; l < end; l++) {
    const json_t *arr = mkba_j_arr(b->level[l], key);
    for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
      const json_t *e = mkba_j_at(arr, i);
      wbs_put_text(&s, 0, b->name[l], F_TEXT);
      wbs_put_text(&s, 1, mkba_j_str(e, "id", NULL), F_TEXT);
      wbs_put_text(&s, 2, mkba_j_str(e, "label", NULL), F_TEXT);
      put_keys(&s, 3, e, keys, n);
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
static void sheet_actors(book *b) {
  sheet s;
  if (sheet_open(&s, b, (words){"Actoren", "Actors"}))
    return;
  const words heads[] = {
      {"Interventie", "Intervention"}, {"Actor", "Actor"}, {"Naam", "Name"}};
  const char *ukeys[] = {"p_npv_positive", "npv_mean", "npv_p05",
                         "npv_p50",        "npv_p95",  "npv_sd"};
  const size_t nu = MKBA_COUNT(ukeys);
  sheet_head(&s, heads, MKBA_COUNT(heads));
  sheet_head_keys(&s, 3, flow_keys, N_FLOW_KEYS);
  const char *pay = "payback_year";
  sheet_head_keys(&s, 3 + N_FLOW_KEYS, &pay, 1);
  sheet_head_keys(&s, 4 + N_FLOW_KEYS, ukeys, nu);
  const json_t *uact = mkba_j_arr(mkba_j_obj(b->doc, "uncertainty"), "actors");
  size_t first, end;
  shown_levels(b, &first, &end);
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
        put_keys(&s, 3, e, flow_keys, N_FLOW_KEYS);
        put_key(&s, 3 + N_FLOW_KEYS, e, pay, F_PLAIN);
        if (l == 0 && part == 0)
          put_keys(&s, 4 + N_FLOW_KEYS, mkba_j_find_id(uact, id), ukeys, nu);
      }
    }
  }
  wbs_sheet_close(&s, 3, 1);
}

/* Sheet "Categorieën": costs and benefits per category, per level. */
static void sheet_categories(book *b) {
  sheet_level_table(b, (words){"Categorieën", "Categories"}, "categories",
                    (words){"Categorie", "Category"}, flow_keys, N_FLOW_KEYS);
}

/* Sheet "Overdrachten": transfers between actors, per level: payer,
 * receiver, category, present and undiscounted value. */
static void sheet_transfers(book *b) {
  sheet s;
  if (sheet_open(&s, b, (words){"Overdrachten", "Transfers"}))
    return;
  const words heads[] = {{"Interventie", "Intervention"},
                         {"Van", "From"},
                         {"Naar", "To"},
                         {"Categorie", "Category"},
                         {"Naam", "Name"}};
  const char *keys[] = {"pv", "undiscounted"};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  sheet_head_keys(&s, 5, keys, MKBA_COUNT(keys));
  size_t first, end;
  shown_levels(b, &first, &end);
  for (size_t l = first; l < end; l++) {
    const json_t *arr = mkba_j_arr(b->level[l], "transfers");
    for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
      const json_t *e = mkba_j_at(arr, i);
      wbs_put_text(&s, 0, b->name[l], F_TEXT);
      wbs_put_text(&s, 1, mkba_j_str(e, "from", NULL), F_TEXT);
      wbs_put_text(&s, 2, mkba_j_str(e, "to", NULL), F_TEXT);
      wbs_put_text(&s, 3, mkba_j_str(e, "category", NULL), F_TEXT);
      wbs_put_text(&s, 4, mkba_j_str(e, "label", NULL), F_TEXT);
      put_keys(&s, 5, e, keys, MKBA_COUNT(keys));
    }
  }
  wbs_sheet_close(&s, 1, 1);
}

/* Sheet "Jaren": per level and year the discount factor, costs, benefits
 * and net (undiscounted), and the net in present value. */
static void sheet_years(book *b) {
  sheet s;
  if (sheet_open(&s, b, (words){"Jaren", "Years"}))
    return;
  const words heads[] = {{"Interventie", "Intervention"}, {"Jaar", "Year"}};
  const char *keys[] = {"discount_factor", "costs",
                        "benefits",        "net",
                        "pv_net",          "cumulative_pv_net"};
  const size_t n = MKBA_COUNT(keys);
  sheet_head(&s, heads, MKBA_COUNT(heads));
  sheet_head_keys(&s, 2, keys, n);
  size_t first, end;
  shown_levels(b, &first, &end);
  for (size_t l = first; l < end; l++) {
    const json_t *arr = mkba_j_arr(b->level[l], "years");
    for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
      const json_t *e = mkba_j_at(arr, i);
      wbs_put_text(&s, 0, b->name[l], F_TEXT);
      wbs_put_num(&s, 1, mkba_j_num(e, "year"), F_PLAIN);
      put_keys(&s, 2, e, keys, n);
    }
  }
  wbs_sheet_close(&s, 2, 1);
}

/* Sheet "Effecten": outcomes not in euros, per level. */
static void sheet_outcomes(book *b) {
  sheet s;
  if (sheet_open(&s, b, (words){"Effecten", "Outcomes"}))
    return;
  const words heads[] = {{"Interventie", "Intervention"},
                         {"Effect", "Outcome"},
                         {"Naam", "Name"},
                         {"Eenheid", "Unit"}};
  const char *keys[] = {"baseline", "intervention", "difference"};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  sheet_head_keys(&s, 4, keys, MKBA_COUNT(keys));
  size_t first, end;
  shown_levels(b, &first, &end);
  for (size_t l = first; l < end; l++) {
    const json_t *arr = mkba_j_arr(b->level[l], "outcomes");
    for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
      const json_t *e = mkba_j_at(arr, i);
      wbs_put_text(&s, 0, b->name[l], F_TEXT);
      wbs_put_text(&s, 1, mkba_j_str(e, "id", NULL), F_TEXT);
      wbs_put_text(&s, 2, mkba_j_str(e, "label", NULL), F_TEXT);
      wbs_put_text(&s, 3, mkba_j_str(e, "unit", NULL), F_TEXT);
      put_keys(&s, 4, e, keys, MKBA_COUNT(keys));
    }
  }
  wbs_sheet_close(&s, 3, 1);
}

/* Sheet "PM-posten": effects not expressed in euros, with their direction
 * and actor, per level. */
static void sheet_pm(book *b) {
  sheet s;
  if (sheet_open(&s, b, (words){"PM-posten", "PM items"}))
    return;
  const words heads[] = {{"Interventie", "Intervention"},
                         {"Post", "Item"},
                         {"Richting", "Direction"},
                         {"Actor", "Actor"}};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  size_t first, end;
  shown_levels(b, &first, &end);
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
      wbs_put_text(&s, 2, say(b, w), F_TEXT);
      wbs_put_text(&s, 3, mkba_j_str(e, "actor", NULL), F_TEXT);
    }
  }
  wbs_sheet_close(&s, 1, 1);
}

/* ---- uncertainty -------------------------------------------------------- */

/* Sheet "Onzekerheid": the Monte Carlo figures of the package, each actor
 * and each intervention, one row each. */
static void sheet_uncertainty(book *b, const json_t *u) {
  sheet s;
  if (sheet_open(&s, b, (words){"Onzekerheid", "Uncertainty"}))
    return;
  const words heads[] = {{"Reeks", "Series"}, {"Id", "Id"}, {"Naam", "Name"}};
  const char *keys[] = {"p_npv_positive", "npv_mean", "npv_sd", "npv_p05",
                        "npv_p50",        "npv_p95",  "p_best"};
  const size_t n = MKBA_COUNT(keys);
  sheet_head(&s, heads, MKBA_COUNT(heads));
  sheet_head_keys(&s, 3, keys, n);
  if (!b->alternatives) {
    wbs_put_text(&s, 0, say(b, (words){"pakket", "package"}), F_TEXT);
    wbs_put_text(&s, 2, b->name[0], F_TEXT);
    put_keys(&s, 3, u, keys, n);
    s.row++;
  }
  const json_t *acts = mkba_j_arr(u, "actors");
  for (size_t i = 0; !b->alternatives && i < mkba_j_len(acts); i++, s.row++) {
    const json_t *e = mkba_j_at(acts, i);
    const char *id = mkba_j_str(e, "id", NULL);
    wbs_put_text(&s, 0, say(b, (words){"actor", "actor"}), F_TEXT);
    wbs_put_text(&s, 1, id, F_TEXT);
    wbs_put_text(&s, 2,
                 mkba_j_str(mkba_j_find_id(mkba_j_arr(b->doc, "actors"), id),
                            "label", NULL),
                 F_TEXT);
    put_keys(&s, 3, e, keys, n);
  }
  const json_t *ivs = mkba_j_arr(u, "interventions");
  for (size_t i = 0; i < mkba_j_len(ivs); i++, s.row++) {
    const json_t *e = mkba_j_at(ivs, i);
    wbs_put_text(&s, 0, say(b, (words){"interventie", "intervention"}), F_TEXT);
    wbs_put_num(&s, 1, mkba_j_num(e, "index"), F_PLAIN);
    wbs_put_text(&s, 2, iv_name(b, (long)mkba_j_num(e, "index")), F_TEXT);
    put_keys(&s, 3, e, keys, n);
  }
  wbs_sheet_close(&s, 3, 1);
}

/* The series that have quantiles or a histogram (`key`): the package (not
 * for alternatives, whose sum is no choice) and any intervention whose
 * uncertainty entry carries its own. Calls fn(s, name, entry) for each when
 * fn is not NULL (s: the sheet, or NULL with fn; b: the workbook; u: the
 * uncertainty). Returns the number of series. */
static size_t each_series(sheet *s, const book *b, const json_t *u,
                          const char *key,
                          void (*fn)(sheet *, const char *, const json_t *)) {
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
        fn(s, iv_name(b, (long)mkba_j_num(e, "index")), e);
    }
  }
  return n;
}

/* The quantiles of one series: percentile (as a fraction) and net value. */
static void quantile_rows(sheet *s, const char *name, const json_t *e) {
  const json_t *q = mkba_j_arr(e, "quantiles");
  size_t n = mkba_j_len(q);
  for (size_t i = 0; i < n; i++, s->row++) {
    wbs_put_text(s, 0, name, F_TEXT);
    wbs_put_num(s, 1, n > 1 ? (double)i / (double)(n - 1) : 0.0, F_PCT0);
    wbs_put_num(s, 2, json_number_value(mkba_j_at(q, i)), F_EURO);
  }
}

/* Sheet "Kwantielen": the S-curve as numbers, percentile 0 to 100. */
static void sheet_quantiles(book *b, const json_t *u) {
  sheet s;
  if (sheet_open(&s, b, (words){"Kwantielen", "Quantiles"}))
    return;
  const words heads[] = {{"Reeks", "Series"},
                         {"Percentiel", "Percentile"},
                         {"Saldo (CW)", "Net (PV)"}};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  each_series(&s, b, u, "quantiles", quantile_rows);
  wbs_sheet_close(&s, 1, 1);
}

/* The histogram of one series: each bin's bounds (the document's minimum
 * and maximum split into equal bins), count and share of the draws. */
static void histogram_rows(sheet *s, const char *name, const json_t *e,
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
static void histogram_series(sheet *s, const char *name, const json_t *e) {
  histogram_rows(
      s, name, e,
      mkba_j_num(mkba_j_obj(book_of(s)->doc, "uncertainty"), "draws"));
}

/* Sheet "Histogram": the distribution of the net value in bins. */
static void sheet_histogram(book *b, const json_t *u) {
  sheet s;
  if (sheet_open(&s, b, (words){"Histogram", "Histogram"}))
    return;
  const words heads[] = {{"Reeks", "Series"},       {"Klasse", "Bin"},
                         {"Van (CW)", "From (PV)"}, {"Tot (CW)", "To (PV)"},
                         {"Trekkingen", "Draws"},   {"Aandeel", "Share"}};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  each_series(&s, b, u, "histogram", histogram_series);
  wbs_sheet_close(&s, 2, 1);
}

/* The numbers of a correlated pair of parameters (they are not the
 * measures of the same keys elsewhere: "rank" is no ranking here). */
static const measure corr_measures[] = {
    {"rank", {"Rangcorrelatie gevraagd", "Rank correlation asked"}, F_RATIO},
    {"copula_correlation", {"Copulacorrelatie", "Copula correlation"}, F_RATIO},
    {"achieved_rank",
     {"Rangcorrelatie bereikt", "Rank correlation achieved"},
     F_RATIO},
    {"draws_measured", {"Trekkingen gemeten", "Draws measured"}, F_INT}};
#define N_CORR (MKBA_COUNT(corr_measures))

/* The name of a correlation's number, or the key itself. */
static const char *corr_name(const book *b, const char *key) {
  for (size_t i = 0; i < N_CORR; i++)
    if (strcmp(corr_measures[i].key, key) == 0)
      return say(b, corr_measures[i].name);
  return key;
}

/* Sheet "Correlaties": the pairs of parameters the scenario correlates,
 * the rank correlation asked, the copula's correlation that carries it and
 * the rank correlation the draws achieved. Only when there are any. */
static void sheet_correlations(book *b, const json_t *u) {
  const json_t *arr = mkba_j_arr(u, "correlations");
  if (mkba_j_len(arr) == 0)
    return;
  sheet s;
  if (sheet_open(&s, b, (words){"Correlaties", "Correlations"}))
    return;
  const words heads[] = {{"Parameter 1", "Parameter 1"},
                         {"Omschrijving 1", "Description 1"},
                         {"Parameter 2", "Parameter 2"},
                         {"Omschrijving 2", "Description 2"}};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  for (size_t k = 0; k < N_CORR; k++) {
    const char *h = say(b, corr_measures[k].name);
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
    for (size_t k = 0; k < N_CORR; k++)
      wbs_put_num(&s, (lxw_col_t)(4 + k), mkba_j_num(e, corr_measures[k].key),
                  corr_measures[k].f);
  }
  wbs_sheet_close(&s, 1, 1);
}

/* ---- sensitivity, switching values, variants ---------------------------- */

/* Sheet "Gevoeligheid": the tornado as numbers, each parameter with its
 * intervention, its low and high value and the net value at each. */
static void sheet_sensitivity(book *b) {
  sheet s;
  if (sheet_open(&s, b, (words){"Gevoeligheid", "Sensitivity"}))
    return;
  const words heads[] = {{"Interventie", "Intervention"},
                         {"Parameter", "Parameter"},
                         {"Omschrijving", "Description"}};
  const char *keys[] = {"base", "low", "high", "npv_low", "npv_high"};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  sheet_head_keys(&s, 3, keys, MKBA_COUNT(keys));
  const char *swing =
      say(b, (words){"Bandbreedte saldo (CW)", "Range of the net (PV)"});
  wbs_put_head(&s, 8, swing);
  const json_t *arr = mkba_j_arr(b->doc, "sensitivity");
  for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
    const json_t *e = mkba_j_at(arr, i);
    const char *id = mkba_j_str(e, "parameter", NULL);
    wbs_put_text(&s, 0, iv_name(b, param_iv(id)), F_TEXT);
    wbs_put_text(&s, 1, id, F_TEXT);
    wbs_put_text(&s, 2, mkba_j_str(e, "label", NULL), F_TEXT);
    put_keys(&s, 3, e, keys, MKBA_COUNT(keys));
    wbs_put_num(&s, 8,
                fabs(mkba_j_num(e, "npv_high") - mkba_j_num(e, "npv_low")),
                F_EURO);
  }
  wbs_sheet_close(&s, 2, 1);
}

/* Sheet "Omslagwaarden": the value of each parameter at which the net
 * value turns zero, blank with a note where none lies within its range. */
static void sheet_switching(book *b) {
  sheet s;
  if (sheet_open(&s, b, (words){"Omslagwaarden", "Switching values"}))
    return;
  const words heads[] = {
      {"Interventie", "Intervention"},     {"Parameter", "Parameter"},
      {"Omschrijving", "Description"},     {"Basiswaarde", "Base value"},
      {"Omslagwaarde", "Switching value"}, {"Toelichting", "Note"}};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  const json_t *arr = mkba_j_arr(b->doc, "switching");
  for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
    const json_t *e = mkba_j_at(arr, i);
    const char *id = mkba_j_str(e, "parameter", NULL);
    wbs_put_text(&s, 0, iv_name(b, param_iv(id)), F_TEXT);
    wbs_put_text(&s, 1, id, F_TEXT);
    wbs_put_text(&s, 2, mkba_j_str(e, "label", NULL), F_TEXT);
    wbs_put_num(&s, 3, mkba_j_num(e, "base"), F_GENERAL);
    wbs_put_num(&s, 4, mkba_j_num(e, "value"), F_GENERAL);
    if (!isfinite(mkba_j_num(e, "value")))
      wbs_put_text(&s, 5,
                   say(b, (words){"geen binnen bereik", "none within range"}),
                   F_TEXT);
  }
  wbs_sheet_close(&s, 2, 1);
}

/* The parameters a variant changes, as "id = value; ..." in the workbook's
 * number format (v: the variant; buf, len: output). Returns buf. */
static char *variant_changes(const book *b, const json_t *v, char *buf,
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
static void variant_row(sheet *s, const char *id, const char *name,
                        const char *changes, const json_t *c,
                        const json_t *bias) {
  const char *keys[] = {"pv_costs", "pv_benefits", "npv", "bcr"};
  wbs_put_text(s, 0, id, F_TEXT);
  wbs_put_text(s, 1, name, F_TEXT);
  wbs_put_text(s, 2, changes, F_TEXT);
  wbs_put_num(s, 3, mkba_j_num(bias, "costs"), F_PCT);
  wbs_put_num(s, 4, mkba_j_num(bias, "benefits"), F_PCT);
  put_keys(s, 5, mkba_j_obj(c, "summary"), keys, MKBA_COUNT(keys));
  actor_npv_cells(s, 9, mkba_j_arr(c, "actors"));
  s->row++;
}

/* Sheet "Varianten": the base case, the base case with optimism bias and
 * each variant, with the net value per actor. Only when there are any. */
static void sheet_variants(book *b) {
  const json_t *vars = mkba_j_arr(b->doc, "variants");
  const json_t *ob = mkba_j_obj(b->doc, "optimism_bias");
  if (mkba_j_len(vars) == 0 && mkba_j_obj(ob, "summary") == NULL)
    return;
  sheet s;
  if (sheet_open(&s, b, (words){"Varianten", "Variants"}))
    return;
  const words heads[] = {{"Variant", "Variant"},
                         {"Naam", "Name"},
                         {"Gewijzigde parameters", "Changed parameters"},
                         {"Optimism bias kosten", "Optimism bias costs"},
                         {"Optimism bias baten", "Optimism bias benefits"}};
  const char *keys[] = {"pv_costs", "pv_benefits", "npv", "bcr"};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  sheet_head_keys(&s, 5, keys, MKBA_COUNT(keys));
  actor_npv_heads(&s, 9);
  variant_row(&s, NULL, say(b, (words){"Basis", "Base case"}), NULL, b->doc,
              NULL);
  if (mkba_j_obj(ob, "summary") != NULL)
    variant_row(&s, NULL,
                say(b, (words){"Basis met optimism bias",
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

/* ---- parameters and provenance ------------------------------------------ */

/* A distribution in words and the workbook's numbers: "bèta: alfa 3, bèta
 * 7", or "vast" for a fixed value (d: the distribution or null; buf, len:
 * output). Returns buf. */
static char *distribution_text(const book *b, const json_t *d, char *buf,
                               size_t len) {
  static const struct {
    const char *id;
    words name;
  } dists[] = {{"normal", {"normaal", "normal"}},
               {"lognormal", {"lognormaal", "lognormal"}},
               {"uniform", {"uniform", "uniform"}},
               {"triangular", {"driehoek", "triangular"}},
               {"pert", {"PERT", "PERT"}},
               {"beta", {"bèta", "beta"}},
               {"gamma", {"gamma", "gamma"}}};
  static const struct {
    const char *key;
    words name;
  } params[] = {{"mean", {"gem.", "mean"}},    {"sd", {"sd", "sd"}},
                {"min", {"min.", "min"}},      {"mode", {"modus", "mode"}},
                {"max", {"max.", "max"}},      {"alpha", {"alfa", "alpha"}},
                {"beta", {"bèta", "beta"}},    {"shape", {"vorm", "shape"}},
                {"scale", {"schaal", "scale"}}};
  if (!json_is_object(d)) {
    snprintf(buf, len, "%s", say(b, (words){"vast", "fixed"}));
    return buf;
  }
  const char *id = mkba_j_str(d, "dist", "?");
  const char *name = id;
  for (size_t i = 0; i < MKBA_COUNT(dists); i++)
    if (strcmp(dists[i].id, id) == 0)
      name = say(b, dists[i].name);
  size_t used = (size_t)snprintf(buf, len, "%s", name);
  const char *key;
  json_t *v;
  int first = 1;
  json_object_foreach((json_t *)d, key, v) {
    if (!json_is_number(v) || strcmp(key, "value") == 0 || used >= len)
      continue;
    char num[64];
    const char *pname = key;
    for (size_t i = 0; i < MKBA_COUNT(params); i++)
      if (strcmp(params[i].key, key) == 0)
        pname = say(b, params[i].name);
    mkba_fmt_number(num, sizeof num, json_number_value(v), b->w.lang);
    used += (size_t)snprintf(buf + used, len - used, "%s%s %s",
                             first ? ": " : ", ", pname, num);
    first = 0;
  }
  return buf;
}

/* A confidence level in the workbook's language. */
static const char *confidence_text(const book *b, const char *c) {
  if (c == NULL)
    return NULL;
  if (strcmp(c, "verified") == 0)
    return say(b, (words){"geverifieerd", "verified"});
  if (strcmp(c, "secondary") == 0)
    return say(b, (words){"secundair", "secondary"});
  if (strcmp(c, "assumption") == 0)
    return say(b, (words){"aanname", "assumption"});
  return c;
}

/* A source in the workbook's language, as the report writes it: a
 * publication as cited, a kind word ("assumption: ") translated (s: the
 * sheet; c: the column; src: the document's text, may be NULL). */
static void put_source(sheet *s, lxw_col_t c, const char *src) {
  if (src == NULL)
    return;
  size_t len = strlen(src) + 64; /* a translated kind word is longer */
  char *buf = malloc(len);
  if (buf == NULL) {
    wbs_note(s->b, LXW_ERROR_MEMORY_MALLOC_FAILED, "a source");
    return;
  }
  wbs_put_text(s, c, mkba_fmt_source(buf, len, src, s->b->lang), F_WRAP);
  free(buf);
}

/* Sheet "Parameters": every parameter of the calculation with its value,
 * distribution, source, confidence, price level and regional scaling. */
static void sheet_parameters(book *b) {
  sheet s;
  if (sheet_open(&s, b, (words){"Parameters", "Parameters"}))
    return;
  const words heads[] = {{"Interventie", "Intervention"},
                         {"Parameter", "Parameter"},
                         {"Omschrijving", "Description"},
                         {"Eenheid", "Unit"},
                         {"Waarde", "Value"},
                         {"Verdeling", "Distribution"},
                         {"Betrouwbaarheid", "Confidence"},
                         {"Prijspeil", "Price level"},
                         {"Regionale schaalfactor", "Regional scale factor"},
                         {"Landelijke waarde", "National value"},
                         {"Bron", "Source"}};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  const json_t *arr = mkba_j_arr(b->doc, "parameters");
  for (size_t i = 0; i < mkba_j_len(arr); i++, s.row++) {
    const json_t *e = mkba_j_at(arr, i);
    const json_t *rs = mkba_j_obj(e, "region_scaling");
    char dist[512];
    double iv = mkba_j_num(e, "intervention");
    wbs_put_text(&s, 0, iv_name(b, isfinite(iv) ? (long)iv : -1), F_TEXT);
    wbs_put_text(&s, 1, mkba_j_str(e, "parameter", NULL), F_TEXT);
    wbs_put_text(&s, 2, mkba_j_str(e, "label", NULL), F_TEXT);
    wbs_put_text(&s, 3, mkba_j_str(e, "unit", NULL), F_TEXT);
    wbs_put_num(&s, 4, mkba_j_num(e, "value"), F_GENERAL);
    wbs_put_text(&s, 5,
                 distribution_text(b, json_object_get(e, "distribution"), dist,
                                   sizeof dist),
                 F_TEXT);
    wbs_put_text(&s, 6, confidence_text(b, mkba_j_str(e, "confidence", NULL)),
                 F_TEXT);
    wbs_put_num(&s, 7, mkba_j_num(e, "price_year"), F_PLAIN);
    wbs_put_num(&s, 8, mkba_j_num(rs, "factor"), F_FACTOR);
    wbs_put_num(&s, 9, mkba_j_num(rs, "national_value"), F_GENERAL);
    put_source(&s, 10, mkba_j_str(e, "source", NULL));
  }
  wbs_sheet_close(&s, 3, 1);
}

/* A row of the provenance sheet: item, value (text or number), note. */
static void provenance_row(sheet *s, const char *item, const char *text,
                           double v, fmt_kind f, const char *note_text) {
  wbs_put_text(s, 0, item, F_TEXT);
  if (text != NULL)
    wbs_put_text(s, 1, text, F_TEXT);
  else
    wbs_put_num(s, 1, v, f);
  wbs_put_text(s, 2, note_text, F_WRAP);
  s->row++;
}

/* Sheet "Herkomst": what made these numbers: mkba, the plugins and their
 * digests, the data versions, the scenario's digest, the seed, the price
 * index and the regional source. */
static void sheet_provenance(book *b) {
  sheet s;
  if (sheet_open(&s, b, (words){"Herkomst", "Provenance"}))
    return;
  const words heads[] = {
      {"Onderdeel", "Item"}, {"Waarde", "Value"}, {"Toelichting", "Note"}};
  sheet_head(&s, heads, MKBA_COUNT(heads));
  const json_t *p = mkba_j_obj(b->doc, "provenance");
  provenance_row(&s, say(b, (words){"mkba-versie", "mkba version"}),
                 mkba_j_str(p, "mkba_version", ""), 0, F_TEXT, NULL);
  provenance_row(&s, say(b, (words){"Resultatenschema", "Results schema"}),
                 mkba_j_str(b->doc, "schema", ""), 0, F_TEXT, NULL);
  provenance_row(&s, say(b, (words){"Gegevensversies", "Data versions"}),
                 mkba_j_str(p, "data_version", ""), 0, F_TEXT, NULL);
  provenance_row(&s,
                 say(b, (words){"Scenario (SHA-256)", "Scenario (SHA-256)"}),
                 mkba_j_str(p, "scenario_sha256", ""), 0, F_TEXT, NULL);
  if (isfinite(mkba_j_num(p, "seed")))
    provenance_row(&s, measure_name(b, "seed"), NULL, mkba_j_num(p, "seed"),
                   F_PLAIN, NULL);
  if (mkba_j_str(p, "region_source", NULL) != NULL)
    provenance_row(&s,
                   say(b, (words){"Bron van de regio", "Source of the region"}),
                   mkba_j_str(mkba_j_obj(b->doc, "scenario"), "region", ""), 0,
                   F_TEXT, mkba_j_str(p, "region_source", NULL));
  const json_t *pl = mkba_j_arr(p, "plugins");
  for (size_t i = 0; i < mkba_j_len(pl); i++) {
    const json_t *e = mkba_j_at(pl, i);
    char item[160], note_text[160];
    snprintf(item, sizeof item, "Plugin %s", mkba_j_str(e, "name", "?"));
    snprintf(note_text, sizeof note_text, "SHA-256 %s",
             mkba_j_str(e, "sha256", "?"));
    provenance_row(&s, item, mkba_j_str(e, "version", ""), 0, F_TEXT,
                   note_text);
  }
  const json_t *pi = mkba_j_obj(p, "price_index");
  const json_t *f = mkba_j_arr(pi, "factors");
  for (size_t i = 0; i < mkba_j_len(f); i++) {
    const json_t *e = mkba_j_at(f, i);
    char item[96];
    snprintf(item, sizeof item, "%s %.0f",
             say(b, (words){"Prijsindexfactor", "Price index factor"}),
             mkba_j_num(e, "year"));
    char note_text[96];
    snprintf(note_text, sizeof note_text, "%s %.0f",
             say(b, (words){"naar prijspeil", "to price level"}),
             mkba_j_num(pi, "to_year"));
    provenance_row(&s, item, NULL, mkba_j_num(e, "factor"), F_FACTOR,
                   i == 0 ? mkba_j_str(pi, "source", note_text) : note_text);
  }
  wbs_sheet_close(&s, 1, 0);
}

/* ---- the data sheet ----------------------------------------------------- */

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
static void datum(sheet *s, const place *p, const char *measure_label, double v,
                  fmt_kind f) {
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
static void data_members(sheet *s, const place *p, const json_t *obj,
                         const char *const *skip) {
  const char *key;
  json_t *v;
  json_object_foreach((json_t *)obj, key, v) {
    int skipped = 0;
    for (size_t i = 0; skip != NULL && skip[i] != NULL; i++)
      skipped |= strcmp(skip[i], key) == 0;
    if (!skipped && json_is_number(v))
      datum(s, p, measure_name(book_of(s), key), json_number_value(v),
            measure_fmt(key));
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
static void data_transfers(sheet *s, const char *iv, const json_t *arr) {
  const book *b = book_of(s);
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
                 say(b, K_TRANSFER),
                 NULL,
                 NAN};
      datum(s, &p, say(b, measure_names[side][0]), mkba_j_num(e, "pv"), F_EURO);
      datum(s, &p, say(b, measure_names[side][1]),
            mkba_j_num(e, "undiscounted"), F_EURO);
    }
  }
}

/* The numbers of one level (the document or one intervention): summary,
 * undiscounted totals, perspectives, actors, categories, transfers, years,
 * outcomes and the discounting regimes. */
static void data_level(sheet *s, const char *iv, const json_t *lv) {
  const book *b = book_of(s);
  static const char *const ids[] = {"id", NULL};
  place p = {iv, NULL, NULL, say(b, K_SUMMARY), NULL, NAN};
  data_members(s, &p, mkba_j_obj(lv, "summary"), NULL);
  p.kind = say(b, K_UNDISC);
  data_members(s, &p, mkba_j_obj(lv, "undiscounted"), NULL);
  const json_t *arr = mkba_j_arr(lv, "perspectives");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    place q = {iv,   mkba_j_str(mkba_j_at(arr, i), "id", NULL),
               NULL, say(b, K_PERSPECTIVE),
               NULL, NAN};
    data_members(s, &q, mkba_j_at(arr, i), ids);
  }
  static const char *const year_ids[] = {"year", NULL};
  arr = mkba_j_arr(lv, "actors");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    place q = {iv,   mkba_j_str(mkba_j_at(arr, i), "id", NULL),
               NULL, say(b, K_ACTOR),
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
               say(b, K_CATEGORY),
               NULL,
               NAN};
    data_members(s, &q, mkba_j_at(arr, i), ids);
  }
  data_transfers(s, iv, mkba_j_arr(lv, "transfers"));
  arr = mkba_j_arr(lv, "years");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    place q = {iv,   NULL,
               NULL, say(b, K_YEAR),
               NULL, mkba_j_num(mkba_j_at(arr, i), "year")};
    data_members(s, &q, mkba_j_at(arr, i), year_ids);
  }
  arr = mkba_j_arr(lv, "outcomes");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    place q = {iv,
               NULL,
               NULL,
               say(b, K_OUTCOME),
               mkba_j_str(mkba_j_at(arr, i), "id", NULL),
               NAN};
    data_members(s, &q, mkba_j_at(arr, i), ids);
  }
  arr = mkba_j_arr(lv, "discount_sensitivity");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    place q = {iv, NULL, NULL, say(b, K_DISCOUNT), mkba_j_str(e, "id", NULL),
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
static void data_scenario(sheet *s) {
  const book *b = book_of(s);
  const json_t *sc = mkba_j_obj(b->doc, "scenario");
  place p = {b->all, NULL, NULL, say(b, K_SCENARIO), NULL, NAN};
  data_members(s, &p, sc, NULL);
  const json_t *d = mkba_j_obj(sc, "discount");
  data_members(s, &p, d, NULL);
  for (size_t k = 0; k < mkba_j_len(mkba_j_arr(d, "schedule")); k++)
    data_members(s, &p, mkba_j_at(mkba_j_arr(d, "schedule"), k), NULL);
  static const char *const rank_ids[] = {"intervention", NULL};
  const json_t *rk = mkba_j_arr(b->doc, "ranking");
  for (size_t i = 0; i < mkba_j_len(rk); i++) {
    const json_t *e = mkba_j_at(rk, i);
    place q = {iv_name(b, (long)mkba_j_num(e, "intervention")),
               NULL,
               NULL,
               say(b, K_RANKING),
               NULL,
               NAN};
    data_members(s, &q, e, rank_ids);
  }
  place q = {b->all, NULL, NULL, say(b, K_QALY), NULL, NAN};
  data_members(s, &q, mkba_j_obj(b->doc, "qaly_value"), NULL);
}

/* Quantiles and histogram of one uncertainty entry (the package's or an
 * intervention's). */
static void data_distribution(sheet *s, const char *iv, const json_t *u) {
  const book *b = book_of(s);
  const json_t *q = mkba_j_arr(u, "quantiles");
  for (size_t i = 0; i < mkba_j_len(q); i++) {
    char item[16];
    snprintf(item, sizeof item, "P%02zu", i);
    place p = {iv, NULL, NULL, say(b, K_QUANTILE), item, NAN};
    datum(s, &p, measure_name(b, "npv"), json_number_value(mkba_j_at(q, i)),
          F_EURO);
  }
  const json_t *h = mkba_j_obj(u, "histogram");
  place p = {iv, NULL, NULL, say(b, K_HISTOGRAM), NULL, NAN};
  data_members(s, &p, h, NULL);
  const json_t *c = mkba_j_arr(h, "counts");
  for (size_t i = 0; i < mkba_j_len(c); i++) {
    char item[32];
    snprintf(item, sizeof item, "%s %02zu", say(b, (words){"klasse", "bin"}),
             i + 1);
    place r = {iv, NULL, NULL, say(b, K_HISTOGRAM), item, NAN};
    datum(s, &r, say(b, (words){"Trekkingen", "Draws"}),
          json_number_value(mkba_j_at(c, i)), F_INT);
  }
}

/* The Monte Carlo numbers: package, actors, interventions, quantiles and
 * histograms. */
static void data_uncertainty(sheet *s) {
  const book *b = book_of(s);
  const json_t *u = mkba_j_obj(b->doc, "uncertainty");
  if (u == NULL)
    return;
  place p = {b->name[0], NULL, NULL, say(b, K_UNCERTAINTY), NULL, NAN};
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
    q.iv = iv_name(b, (long)mkba_j_num(e, "index"));
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
               say(b, K_UNCERTAINTY),
               mkba_j_str(e, "parameter", "?"),
               NAN};
    datum(s, &q, measure_name(b, "evppi"), mkba_j_num(e, "value"), F_EURO);
    q.actor = "gemeente";
    datum(s, &q, measure_name(b, "evppi"), mkba_j_num(e, "gemeente"), F_EURO);
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
    place q = {b->all, NULL, NULL, say(b, (words){"correlatie", "correlation"}),
               item,   NAN};
    const char *key;
    json_t *v;
    json_object_foreach((json_t *)e, key, v) {
      if (json_is_number(v))
        datum(s, &q, corr_name(b, key), json_number_value(v),
              strcmp(key, "draws_measured") == 0 ? F_INT : F_RATIO);
    }
  }
}

/* Sensitivity, switching values and parameters, each under the
 * intervention its parameter belongs to. */
static void data_parameters(sheet *s) {
  const book *b = book_of(s);
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
      place p = {iv_name(b, param_iv(id)), NULL, NULL,
                 say(b, lists[l].kind),    id,   NAN};
      data_members(s, &p, e, none);
    }
  }
  static const char *const par_ids[] = {"intervention", NULL};
  const json_t *arr = mkba_j_arr(b->doc, "parameters");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    double k = mkba_j_num(e, "intervention");
    place p = {
        iv_name(b, isfinite(k) ? (long)k : -1), NULL, NULL, say(b, K_PARAMETER),
        mkba_j_str(e, "parameter", NULL),       NAN};
    data_members(s, &p, e, par_ids);
    char m[128];
    const char *key;
    json_t *v;
    json_object_foreach(json_object_get(e, "distribution"), key, v) {
      if (!json_is_number(v))
        continue;
      snprintf(m, sizeof m, "%s: %s",
               say(b, (words){"Verdeling", "Distribution"}),
               measure_name(b, key));
      datum(s, &p, m, json_number_value(v), F_GENERAL);
    }
    const json_t *rs = mkba_j_obj(e, "region_scaling");
    data_members(s, &p, rs, none);
    const char *counts[] = {"region_count", "national_count"};
    for (size_t c = 0; c < 2; c++) {
      const json_t *cnt = mkba_j_obj(rs, counts[c]);
      snprintf(m, sizeof m, "%s",
               c ? say(b, (words){"Landelijke telling", "National count"})
                 : say(b, (words){"Regionale telling", "Regional count"}));
      datum(s, &p, m, mkba_j_num(cnt, "value"), F_GENERAL);
      snprintf(m, sizeof m, "%s: %s",
               c ? say(b, (words){"Landelijke telling", "National count"})
                 : say(b, (words){"Regionale telling", "Regional count"}),
               measure_name(b, "year"));
      datum(s, &p, m, mkba_j_num(cnt, "year"), F_PLAIN);
    }
  }
}

/* The regional counts and prices the run used. */
static void data_region(sheet *s) {
  const book *b = book_of(s);
  static const char *const none[] = {NULL};
  const json_t *rf = mkba_j_obj(b->doc, "regional_figures");
  const json_t *arr = mkba_j_arr(rf, "counts");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    place p = {b->all,
               NULL,
               NULL,
               say(b, K_REGION),
               mkba_j_str(e, "target_group", NULL),
               NAN};
    data_members(s, &p, e, none);
    const json_t *nat = mkba_j_obj(e, "national");
    datum(s, &p, measure_name(b, "national_value"), mkba_j_num(nat, "value"),
          F_GENERAL);
    char m[128];
    snprintf(m, sizeof m, "%s: %s", measure_name(b, "national_value"),
             measure_name(b, "year"));
    datum(s, &p, m, mkba_j_num(nat, "year"), F_PLAIN);
  }
  arr = mkba_j_arr(rf, "unit_costs");
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    place p = {
        b->all, NULL, NULL, say(b, K_REGION), mkba_j_str(e, "unit_cost", NULL),
        NAN};
    data_members(s, &p, e, none);
  }
}

/* One variant, or the base case with optimism bias (v: the element of
 * "variants", or "optimism_bias" itself; id: the variant's id or NULL;
 * bias: its optimism bias or NULL; kind: the kind column's words). */
static void data_case(sheet *s, const json_t *v, const char *id,
                      const json_t *bias, words kind) {
  const book *b = book_of(s);
  static const char *const ids[] = {"id", NULL};
  place p = {b->name[0], NULL, NULL, say(b, kind), id, NAN};
  data_members(s, &p, mkba_j_obj(v, "summary"), NULL);
  datum(s, &p, say(b, (words){"Optimism bias kosten", "Optimism bias costs"}),
        mkba_j_num(bias, "costs"), F_PCT);
  datum(s, &p, say(b, (words){"Optimism bias baten", "Optimism bias benefits"}),
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
static void data_variants(sheet *s) {
  const json_t *vars = mkba_j_arr(book_of(s)->doc, "variants");
  for (size_t i = 0; i < mkba_j_len(vars); i++) {
    const json_t *v = mkba_j_at(vars, i);
    data_case(s, v, mkba_j_str(v, "id", NULL), mkba_j_obj(v, "optimism_bias"),
              K_VARIANT);
  }
  const json_t *ob = mkba_j_obj(book_of(s)->doc, "optimism_bias");
  if (ob != NULL)
    data_case(s, ob, NULL, ob, K_BIAS);
}

/* The provenance's numbers: the seed and the price index. */
static void data_provenance(sheet *s) {
  const book *b = book_of(s);
  static const char *const none[] = {NULL};
  const json_t *prov = mkba_j_obj(b->doc, "provenance");
  place p = {b->all, NULL, NULL, say(b, K_PROVENANCE), NULL, NAN};
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
static void sheet_data(book *b) {
  sheet s;
  if (sheet_open(&s, b, (words){"Data", "Data"}))
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
    wbs_widen(&s, c, wbs_text_width(say(b, heads[c])) + 3);
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
    names[c] = say(b, heads[c]);
  wbs_table_close(&s, "mkba_data", names, N);
}

/* ---- the workbook ------------------------------------------------------- */

/* The creation time: SOURCE_DATE_EPOCH, or the fixed date. Returns 0, or
 * -1 when the variable is set but not a time. */
static int created_time(time_t *when) {
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  *when = FIXED_CREATED;
  if (sde == NULL || sde[0] == '\0')
    return 0;
  char *end;
  errno = 0;
  long long v = strtoll(sde, &end, 10);
  if (errno != 0 || *end != '\0' || v < 0)
    return -1;
  *when = (time_t)v;
  return 0;
}

/* Document properties: title, subject, author (mkba and its version),
 * creation time, and as custom properties the scenario's digest and the
 * data versions (b: the workbook; when: the creation time). */
static void set_properties(book *b, time_t when) {
  const json_t *p = mkba_j_obj(b->doc, "provenance");
  char author[64], comments[256];
  snprintf(author, sizeof author, "mkba %s", mkba_j_str(p, "mkba_version", ""));
  snprintf(comments, sizeof comments, "%s",
           say(b, (words){"Elk getal van results.json; het blad Data is "
                          "klaar voor een draaitabel.",
                          "Every number of results.json; the Data sheet is "
                          "ready for a pivot table."}));
  lxw_doc_properties props = {
      .title = (char *)mkba_j_str(mkba_j_obj(b->doc, "scenario"), "title", ""),
      .subject = (char *)say(b, (words){"Maatschappelijke kosten-batenanalyse",
                                        "Social cost-benefit analysis"}),
      .author = author,
      .keywords = (char *)"MKBA",
      .comments = comments,
      .created = when};
  note(b, workbook_set_properties(b->w.wb, &props), "document properties");
  const char *custom[] = {"scenario_sha256", "data_version"};
  for (size_t i = 0; i < 2; i++) {
    const char *v = mkba_j_str(p, custom[i], NULL);
    if (v != NULL && v[0] != '\0')
      note(b, workbook_set_custom_property_string(b->w.wb, custom[i], v),
           "document properties");
  }
}

/* The levels and their names: the document ("Pakket (samen)", for
 * alternatives "Alternatieven opgeteld", with one intervention its name)
 * and each intervention as "k: label". Returns 0, or -1 without memory. */
static int make_levels(book *b) {
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
    snprintf(
        b->name[0], sizeof b->name[0], "%s",
        say(b, b->alternatives
                   ? (words){"Alternatieven opgeteld", "Alternatives added up"}
                   : (words){"Pakket (samen)", "Package (together)"}));
  /* scenario, provenance: for alternatives not their sum but all of them */
  snprintf(b->all, sizeof b->all, "%s",
           b->alternatives
               ? say(b, (words){"Alle alternatieven", "All alternatives"})
               : b->name[0]);
  return 0;
}

/* ---- checking the written file ------------------------------------------
 *
 * libxlsxwriter (1.1.4) writes each part of the workbook to a temporary file
 * and does not check those writes: a full disk or a file size limit gives a
 * workbook with a part cut short, and no error. So the written file is read
 * back: every part must inflate to its recorded size and checksum, and every
 * XML part must end with the end tag of its root element. */

/* The little-endian 16-bit number at p. */
static unsigned long le16(const unsigned char *p) {
  return (unsigned long)p[0] | (unsigned long)p[1] << 8;
}

/* The little-endian 32-bit number at p. */
static unsigned long le32(const unsigned char *p) {
  return le16(p) | le16(p + 2) << 16;
}

/* The whole file at path in memory (malloc; *len: its size), or NULL. */
static unsigned char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  unsigned char *data = NULL;
  long n = -1;
  if (f != NULL && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 &&
      fseek(f, 0, SEEK_SET) == 0 && (data = malloc((size_t)n)) != NULL &&
      fread(data, 1, (size_t)n, f) != (size_t)n) {
    free(data);
    data = NULL;
  }
  if (f != NULL)
    fclose(f);
  *len = data != NULL ? (size_t)n : 0;
  return data;
}

/* Whether an XML part (x, n bytes) is whole: it ends with the end tag of
 * its root element, or is a root element that closes itself. */
static int xml_whole(const unsigned char *x, size_t n) {
  size_t i = 0;
  while (i < n &&
         (x[i] != '<' || (i + 1 < n && (x[i + 1] == '?' || x[i + 1] == '!')))) {
    if (x[i] == '<') /* a declaration or comment: past its end */
      while (i < n && x[i] != '>')
        i++;
    i++;
  }
  size_t name = i + 1, end = name;
  while (end < n && x[end] != '>' && x[end] != '/' && x[end] != ' ' &&
         x[end] != '\t' && x[end] != '\r' && x[end] != '\n')
    end++;
  while (n > 0 && (x[n - 1] == ' ' || x[n - 1] == '\r' || x[n - 1] == '\n'))
    n--;
  size_t k = end - name;
  if (end >= n || k == 0)
    return 0;
  if (n >= k + 3 && x[n - 1] == '>' &&
      memcmp(x + n - k - 1, x + name, k) == 0 && x[n - k - 2] == '/' &&
      x[n - k - 3] == '<')
    return 1;
  const unsigned char *close = memchr(x + end, '>', n - end);
  return close != NULL && close == x + n - 1 && close[-1] == '/';
}

/* Inflate one part (data, clen bytes, zip method 0 or 8) and check that it
 * has ulen bytes and the CRC-32 crc. Returns the part (malloc) or NULL. */
static unsigned char *inflate_part(const unsigned char *data, size_t clen,
                                   unsigned long method, size_t ulen,
                                   unsigned long crc) {
  unsigned char *out = malloc(ulen + 1);
  if (out == NULL)
    return NULL;
  int ok = 0;
  if (method == 0) {
    ok = clen == ulen;
    if (ok)
      memcpy(out, data, ulen);
  } else if (method == 8) {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, -MAX_WBITS) == Z_OK) {
      z.next_in = (unsigned char *)data;
      z.avail_in = (uInt)clen;
      z.next_out = out;
      z.avail_out = (uInt)(ulen + 1);
      ok = inflate(&z, Z_FINISH) == Z_STREAM_END && z.total_out == ulen;
      inflateEnd(&z);
    }
  }
  if (ok && crc32(0L, out, (uInt)ulen) == crc)
    return out;
  free(out);
  return NULL;
}

/* Check one part of the zip file (zip, len bytes) whose central directory
 * entry is at cd. Returns 0, or -1 with the part's name in why. */
static int check_part(const unsigned char *zip, size_t len,
                      const unsigned char *cd, char *why, size_t whylen) {
  unsigned long method = le16(cd + 10), crc = le32(cd + 16);
  size_t clen = le32(cd + 20), ulen = le32(cd + 24), nlen = le16(cd + 28);
  size_t local = le32(cd + 42);
  snprintf(why, whylen, "%.*s", (int)nlen, (const char *)cd + 46);
  if (local + 30 > len || le32(zip + local) != 0x04034b50UL)
    return -1;
  size_t start = local + 30 + le16(zip + local + 26) + le16(zip + local + 28);
  if (start > len || clen > len - start)
    return -1;
  unsigned char *part = inflate_part(zip + start, clen, method, ulen, crc);
  if (part == NULL)
    return -1;
  int xml = nlen > 4 && (memcmp(cd + 46 + nlen - 4, ".xml", 4) == 0 ||
                         memcmp(cd + 46 + nlen - 4, "rels", 4) == 0);
  int whole = !xml || xml_whole(part, ulen);
  free(part);
  return whole ? 0 : -1;
}

/* Check the workbook written at path: a zip file whose every part is
 * whole. Returns 0, or -1 with what is wrong in why. */
static int check_file(const char *path, char *why, size_t whylen) {
  size_t len;
  unsigned char *zip = slurp(path, &len);
  if (zip == NULL) {
    snprintf(why, whylen, "cannot read it back: %s", strerror(errno));
    return -1;
  }
  size_t eocd = len >= 22 ? len - 22 : 0;
  while (eocd > 0 && len - eocd < 22 + 65535 &&
         le32(zip + eocd) != 0x06054b50UL)
    eocd--;
  int rc = -1;
  if (len >= 22 && le32(zip + eocd) == 0x06054b50UL) {
    size_t n = le16(zip + eocd + 10), off = le32(zip + eocd + 16);
    char part[256] = "";
    rc = n > 0 ? 0 : -1;
    for (size_t i = 0; i < n && rc == 0; i++) {
      if (off + 46 > len || le32(zip + off) != 0x02014b50UL ||
          off + 46 + le16(zip + off + 28) > len) {
        rc = -1;
        break;
      }
      rc = check_part(zip, len, zip + off, part, sizeof part);
      off += 46 + le16(zip + off + 28) + le16(zip + off + 30) +
             le16(zip + off + 32);
    }
    if (rc != 0)
      snprintf(why, whylen,
               "the part %s was not written whole (a full disk or a file "
               "size limit?)",
               part[0] ? part : "directory");
  } else {
    snprintf(why, whylen, "the file is not a whole zip file");
  }
  free(zip);
  return rc;
}

/* See workbook.h. */
int mkba_workbook_check(const char *path, char *why, size_t whylen) {
  return check_file(path, why, whylen);
}

/* Every sheet, in the order a reader wants them. */
static void write_sheets(book *b) {
  sheet_summary(b);
  sheet_interventions(b);
  sheet_actors(b);
  sheet_categories(b);
  sheet_transfers(b);
  sheet_years(b);
  sheet_outcomes(b);
  sheet_pm(b);
  const json_t *u = mkba_j_obj(b->doc, "uncertainty");
  if (u != NULL) {
    sheet_uncertainty(b, u);
    if (each_series(NULL, b, u, "quantiles", NULL) > 0)
      sheet_quantiles(b, u);
    if (each_series(NULL, b, u, "histogram", NULL) > 0)
      sheet_histogram(b, u);
    sheet_correlations(b, u);
  }
  sheet_sensitivity(b);
  sheet_switching(b);
  sheet_variants(b);
  sheet_parameters(b);
  sheet_provenance(b);
  sheet_data(b);
}

/* See workbook.h. */
int mkba_workbook_write(const json_t *results, const char *path,
                        const char *lang, char *err, size_t errlen) {
  if (err != NULL && errlen > 0)
    err[0] = '\0';
  /* messages name the file, not the staging directory it is written in */
  const char *base = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;
  int l = mkba_lang_parse(lang);
  if (l < 0)
    return wbs_fail(err, errlen, "unknown language", lang);
  if (!json_is_object(results) || mkba_j_obj(results, "summary") == NULL)
    return wbs_fail(err, errlen, "results document has no 'summary'", "");
  time_t when;
  if (created_time(&when) != 0)
    return wbs_fail(err, errlen, "invalid SOURCE_DATE_EPOCH",
                    getenv("SOURCE_DATE_EPOCH"));
  book b;
  memset(&b, 0, sizeof b);
  b.doc = results;
  b.w.lang = (mkba_lang)l;
  b.w.max_width = MAX_WIDTH;
  if (make_levels(&b) != 0) {
    free(b.level);
    free(b.name);
    return wbs_fail(err, errlen, "out of memory", "");
  }
  b.w.wb = wbs_workbook_new(path);
  if (b.w.wb == NULL) {
    free(b.level);
    free(b.name);
    return wbs_fail(err, errlen, base, "cannot start the workbook");
  }
  wbs_make_formats(&b.w);
  set_properties(&b, when);
  if (b.w.error == LXW_NO_ERROR)
    write_sheets(&b);
  /* Close (and so free) the workbook in any case; its error counts only
   * when the sheets went well. */
  int failed = wbs_close(&b.w, base, err, errlen);
  free(b.level);
  free(b.name);
  if (failed)
    return 1;
  char why[512];
  if (check_file(path, why, sizeof why) != 0)
    return wbs_fail(err, errlen, base, why);
  return 0;
}
