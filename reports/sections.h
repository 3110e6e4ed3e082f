/*
 * sections.h: the chapters of the standard report, in the order report.c
 * draws them, each with the file that draws it; the parts of a chapter
 * that a file of their own draws; and the small helpers every chapter
 * shares for table rows, sentences and the interventions' order and names.
 */
#ifndef MKBA_SECTIONS_H
#define MKBA_SECTIONS_H

#include "page.h"
#include "table.h"

/* ---- the chapters (pg: the page flow) ---- */

/* Summary: scenario, key figures, plain-language result, one line per actor
 * (sections_summary.c). */
void mkba_section_summary(mkba_page *pg);

/* The overzichtstabel: categories, transfers, PM items, effects
 * (sections_results.c). */
void mkba_section_overview(mkba_page *pg);

/* The method box: nulalternatief, project alternative, discounting (2,25%
 * real per Werkgroep Discontovoet 2020, or the scenario's own), horizon,
 * price level, residual values, the value of a QALY, the simulations and
 * how many parameters are assumptions; then the result's sensitivity to
 * those choices in words (sections_method.c). */
void mkba_section_method(mkba_page *pg);

/* The gemeente's budget: what it pays and gets back per year, undiscounted,
 * with the cumulative net, when the results carry per-actor years; its
 * totals and payback year always; for alternatives, per alternative
 * (sections_method.c). */
void mkba_section_budget(mkba_page *pg);

/* Who pays, who gains: chart and table per actor (sections_results.c; not
 * for alternatives, like the two after it). */
void mkba_section_actors(mkba_page *pg);

/* Costs and benefits over time with the payback curve
 * (sections_results.c). */
void mkba_section_years(mkba_page *pg);

/* Uncertainty: histogram, S-curve, per-actor chances, the correlations
 * (sections_uncertainty.c). */
void mkba_section_uncertainty(mkba_page *pg);

/* Tornado chart, switching values and discounting regimes
 * (sections_sensitivity.c). */
void mkba_section_sensitivity(mkba_page *pg);

/* "Waar loont meer onderzoek?": the EVPPI per parameter (sections_research.c).
 */
void mkba_section_research(mkba_page *pg);

/* Variants and optimism bias beside the base case; does nothing when the
 * document has neither (sections_variants.c). */
void mkba_section_variants(mkba_page *pg);

/* Interventions compared; does nothing for a single intervention. For
 * alternatives it follows the budget (sections_interventions.c). */
void mkba_section_interventions(mkba_page *pg);

/* The region's own figures the run used: the counts that scaled programme
 * sizes and the unit prices the region sets, with sources
 * (sections_region.c); nothing when the run used none. */
void mkba_section_regional(mkba_page *pg);

/* Every parameter with value, distribution, unit, source, confidence
 * (sections_annex.c). */
void mkba_section_assumptions(mkba_page *pg);

/* Versions, digests, data version, seed, discounting, price index
 * (sections_annex.c). */
void mkba_section_provenance(mkba_page *pg);

/* ---- parts of a chapter, each drawn by a file of its own (pg: the page
 * flow) ---- */

/* Page 1 for one intervention or a package, after the heading: the
 * conclusion, the key figures, costs and benefits in words, who pays and
 * who gains, the package's members, the PM items
 * (sections_summary_package.c). */
void mkba_summary_package(mkba_page *pg);

/* Page 1's per-actor table, its heading and its notes; when fit_only, only
 * if all of it fits below the cursor (measured, not estimated)
 * (sections_summary_package.c). */
void mkba_summary_actor_table(mkba_page *pg, int fit_only);

/* Page 1 for alternatives, after the heading: the conclusion, every
 * alternative ranked, the best one in words
 * (sections_summary_alternatives.c). */
void mkba_summary_alternatives(mkba_page *pg);

/* The rank correlations the draws were made with, when the scenario has
 * any, asked and as measured: under the uncertainty chapter's interval,
 * or for alternatives under the comparison's chances (u: the results'
 * "uncertainty"; sections_uncertainty.c). */
void mkba_correlations(mkba_page *pg, const json_t *u);

/* The switching values of the sensitivity chapter: those within the
 * parameter's range, those outside it with the range, the rest counted or
 * named (sections_switching.c). */
void mkba_switching(mkba_page *pg);

/* Rows a method box can hold. */
#define MKBA_BOX_ROWS 12

/* One line of a method box: a label (borrowed) and its text. */
typedef struct {
  const char *label; /* bold, in the box's label column */
  char text[900];    /* beside it, wrapped */
} mkba_box_row;

/* Draw n rows (at most MKBA_BOX_ROWS; borrowed) on pg as the method box: a
 * shaded box with an accent bar, kept on one page; pg->y moves below it
 * (sections_method.c, also for the national report's method). */
void mkba_draw_box(mkba_page *pg, const mkba_box_row *rows, int n);

/* ---- table rows and sentences (sections_fill.c) ---- */

/* Text buffers for one table row; cell[i] points into buf[i] or is NULL. */
typedef struct {
  char buf[MKBA_TABLE_MAX_COLS][600];
  const char *cell[MKBA_TABLE_MAX_COLS];
} mkba_row;

/* Empty every cell (row: caller's buffers). */
void mkba_row_clear(mkba_row *row);

/* Copy text (borrowed; NULL: empty) into cell i. */
void mkba_row_set(mkba_row *row, int i, const char *text);

/* Cell i: euros as a whole number with separators, no euro sign. */
void mkba_row_amount(mkba_row *row, int i, double euros, mkba_lang lang);

/* Cell i: a probability as a percentage, by the one rule of
 * mkba_fmt_probability (99,6%; > 99,9% for 0,9999). */
void mkba_row_percent(mkba_row *row, int i, double frac, mkba_lang lang);

/* The scenario's price year as text ("2024"), into buf of len bytes. */
char *mkba_price_year(const mkba_report_ctx *r, char *buf, size_t len);

/* The discounting in words ("2,25% (basisjaar 2025)"), into buf. */
char *mkba_discount_text(const mkba_report_ctx *r, char *buf, size_t len);

/* Append a sentence to buf (len bytes), after a space unless buf is empty;
 * NULL or empty text adds nothing. */
void mkba_sentence_add(char *buf, size_t len, const char *text);

/* A fraction as a percentage, whole unless it has a fraction of a percent
 * (20%, 12,5%), into buf. */
char *mkba_share_text(char *buf, size_t len, double frac, mkba_lang lang);

/* items[0..n-1] as "a, b en c" in the report's language, into buf. */
char *mkba_join_list(const mkba_report_ctx *r, const char *const *items,
                     size_t n, char *buf, size_t len);

/* A confidence id ("verified", ...) in the report's language (s: strings;
 * c: the id, NULL gives a dash); borrowed (sections_annex.c). */
const char *mkba_confidence_label(const mkba_strings *s, const char *c);

/* ---- the interventions' order and names (sections_ranking.c) ---- */

/* Whether the document compares alternatives (never summed) rather than a
 * package (r: the rendering). */
int mkba_report_alternatives(const mkba_report_ctx *r);

/* The interventions' indices in the order of the ranking (best first),
 * followed by any the ranking does not name, so none goes missing; into
 * order (up to max). Returns the count. */
size_t mkba_ranked(const mkba_report_ctx *r, size_t *order, size_t max);

/* The same order in an array of its own, for the chapters after page 1
 * (r: the rendering; *n: their count). Returns a new array (caller frees),
 * NULL when there are none or out of memory. */
size_t *mkba_ranked_new(const mkba_report_ctx *r, size_t *n);

/* An intervention's name for a row or a group title: for alternatives led
 * by its place in the ranking ("1. Wonen Eerst"), as on page 1 (r: the
 * rendering; iv: an element of "interventions"; pos: its place from 0;
 * short_name: the scenario's own label rather than the full name; buf, len:
 * output). Returns buf. */
char *mkba_ranked_name(const mkba_report_ctx *r, const json_t *iv, size_t pos,
                       int short_name, char *buf, size_t len);

/* An intervention's name for a sentence: its short name in the language's
 * quotation marks, so a title with a colon reads as one name (iv: an
 * element of "interventions"; buf, len: output). Returns buf. */
char *mkba_iv_sentence_name(const mkba_report_ctx *r, const json_t *iv,
                            char *buf, size_t len);

/* The intervention a parameter belongs to, for a grey line under its label
 * when the document has several (r: the rendering; id: the parameter's id;
 * buf, len: output, empty when there is nothing to say). Returns buf. */
char *mkba_param_iv_name(const mkba_report_ctx *r, const char *id, char *buf,
                         size_t len);

/* The uncertainty entry of the intervention whose index is index, or NULL
 * (r: the rendering; borrowed). */
const json_t *mkba_iv_uncertainty(const mkba_report_ctx *r, double index);

#endif /* MKBA_SECTIONS_H */
