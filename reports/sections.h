/*
 * sections.h: the chapters of the standard report, in order, and the small
 * helpers they share for filling table rows.
 */
#ifndef MKBA_SECTIONS_H
#define MKBA_SECTIONS_H

#include "page.h"
#include "table.h"

/* Summary: scenario, key figures, plain-language result, one line per actor
 * (sections_summary.c). pg: the page flow. */
void mkba_section_summary(mkba_page *pg);

/* The overzichtstabel: categories, transfers, PM items, effects. */
void mkba_section_overview(mkba_page *pg);

/* Who pays, who gains: chart and table per actor, perspectives. */
void mkba_section_actors(mkba_page *pg);

/* Costs and benefits over time with the payback curve. */
void mkba_section_years(mkba_page *pg);

/* Uncertainty: histogram, S-curve, per-actor chances (sections_analysis.c). */
void mkba_section_uncertainty(mkba_page *pg);

/* Tornado chart and switching values. */
void mkba_section_sensitivity(mkba_page *pg);

/* "Waar loont meer onderzoek?": the EVPPI per parameter (sections_research.c).
 */
void mkba_section_research(mkba_page *pg);

/* Variants and optimism bias beside the base case; does nothing when the
 * document has neither (sections_variants.c). */
void mkba_section_variants(mkba_page *pg);

/* Interventions compared; does nothing for a single intervention. */
void mkba_section_interventions(mkba_page *pg);

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

/* The region's own figures the run used: the counts that scaled programme
 * sizes and the unit prices the region sets, with sources
 * (sections_region.c); nothing when the run used none. */
void mkba_section_regional(mkba_page *pg);

/* Every parameter with value, distribution, unit, source, confidence
 * (sections_annex.c). */
void mkba_section_assumptions(mkba_page *pg);

/* Versions, digests, data version, seed, discounting, price index. */
void mkba_section_provenance(mkba_page *pg);

/* Whether the document compares alternatives (never summed) rather than a
 * package (r: the rendering). */
int mkba_report_alternatives(const mkba_report_ctx *r);

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

/* A confidence id ("verified", ...) in the report's language (s: strings;
 * c: the id, NULL gives a dash); borrowed. */
const char *mkba_confidence_label(const mkba_strings *s, const char *c);

/* The scenario's price year as text ("2024"), into buf of len bytes. */
char *mkba_price_year(const mkba_report_ctx *r, char *buf, size_t len);

/* The discounting in words ("2,25% (basisjaar 2025)"), into buf. */
char *mkba_discount_text(const mkba_report_ctx *r, char *buf, size_t len);

/* Append a sentence to buf (len bytes), after a space unless buf is empty;
 * NULL or empty text adds nothing (sections_summary.c). */
void mkba_sentence_add(char *buf, size_t len, const char *text);

/* A fraction as a percentage, whole unless it has a fraction of a percent
 * (20%, 12,5%), into buf. */
char *mkba_share_text(char *buf, size_t len, double frac, mkba_lang lang);

/* items[0..n-1] as "a, b en c" in the report's language, into buf. */
char *mkba_join_list(const mkba_report_ctx *r, const char *const *items,
                     size_t n, char *buf, size_t len);

/* The interventions' indices in the order of the ranking (best first),
 * followed by any the ranking does not name, so none goes missing; into
 * order (up to max). Returns the count. */
size_t mkba_ranked(const mkba_report_ctx *r, size_t *order, size_t max);

/* An intervention's name for a sentence: its short name in the language's
 * quotation marks, so a title with a colon reads as one name (iv: an
 * element of "interventions"; buf, len: output). Returns buf. */
char *mkba_iv_sentence_name(const mkba_report_ctx *r, const json_t *iv,
                            char *buf, size_t len);

#endif /* MKBA_SECTIONS_H */
