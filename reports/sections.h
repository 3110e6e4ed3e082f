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

/* Variants and optimism bias beside the base case; does nothing when the
 * document has neither (sections_variants.c). */
void mkba_section_variants(mkba_page *pg);

/* Interventions compared; does nothing for a single intervention. */
void mkba_section_interventions(mkba_page *pg);

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

/* Cell i: a fraction as a percentage with one decimal. */
void mkba_row_percent(mkba_row *row, int i, double frac, mkba_lang lang);

/* A confidence id ("verified", ...) in the report's language (s: strings;
 * c: the id, NULL gives a dash); borrowed. */
const char *mkba_confidence_label(const mkba_strings *s, const char *c);

/* The scenario's price year as text ("2024"), into buf of len bytes. */
char *mkba_price_year(const mkba_report_ctx *r, char *buf, size_t len);

/* The discounting in words ("2,25% (basisjaar 2025)"), into buf. */
char *mkba_discount_text(const mkba_report_ctx *r, char *buf, size_t len);

#endif /* MKBA_SECTIONS_H */
