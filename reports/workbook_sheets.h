/*
 * workbook_sheets.h: the sheets of the results workbook, one function per
 * sheet, each in the file of its group; workbook.c calls them in the order
 * a reader wants them. Each takes the book (b: the workbook being written,
 * borrowed) and adds its sheet to it, or nothing when the document has
 * nothing for it; a failure is noted in the book (wbs_note), not returned.
 *
 * Internal to reports/. The sheet files depend on workbook_book.h alone,
 * never on workbook.c or on each other.
 */
#ifndef MKBA_WORKBOOK_SHEETS_H
#define MKBA_WORKBOOK_SHEETS_H

#include <jansson.h>

#include "workbook_book.h"

/* workbook_summary.c: sheet "Samenvatting", what the report's first page
 * says, in numbers. */
void wb_write_summary(wb_book *b);

/* workbook_summary.c: sheet "Interventies", one row per intervention (and
 * the package, last, when the interventions form one), with its ranking,
 * uncertainty and the net value per actor. */
void wb_write_interventions(wb_book *b);

/* workbook_levels.c: sheet "Actoren", who pays and who gains, per level,
 * with the perspectives and the package's Monte Carlo figures per actor. */
void wb_write_actors(wb_book *b);

/* workbook_levels.c: sheet "Categorieën", costs and benefits per category,
 * per level. */
void wb_write_categories(wb_book *b);

/* workbook_levels.c: sheet "Overdrachten", transfers between actors, per
 * level. */
void wb_write_transfers(wb_book *b);

/* workbook_levels.c: sheet "Jaren", per level and year the discount
 * factor, costs, benefits and net. */
void wb_write_years(wb_book *b);

/* workbook_levels.c: sheet "Effecten", outcomes not in euros, per level. */
void wb_write_outcomes(wb_book *b);

/* workbook_levels.c: sheet "PM-posten", effects not expressed in euros,
 * with their direction and actor, per level. */
void wb_write_pm(wb_book *b);

/* workbook_uncertainty.c: sheet "Onzekerheid", the Monte Carlo figures of
 * the package, each actor and each intervention (u: the document's
 * "uncertainty", borrowed, not NULL). */
void wb_write_uncertainty(wb_book *b, const json_t *u);

/* workbook_uncertainty.c: sheet "Kwantielen", the S-curve as numbers, when
 * a series of u (the document's "uncertainty", borrowed) has quantiles. */
void wb_write_quantiles(wb_book *b, const json_t *u);

/* workbook_uncertainty.c: sheet "Histogram", the net value in bins, when a
 * series of u (the document's "uncertainty", borrowed) has a histogram. */
void wb_write_histogram(wb_book *b, const json_t *u);

/* workbook_uncertainty.c: sheet "Correlaties", the correlated pairs of
 * parameters, when u (the document's "uncertainty", borrowed) has any. */
void wb_write_correlations(wb_book *b, const json_t *u);

/* workbook_analyses.c: sheet "Gevoeligheid", the tornado as numbers. */
void wb_write_sensitivity(wb_book *b);

/* workbook_analyses.c: sheet "Omslagwaarden", the value of each parameter
 * at which the net value turns zero. */
void wb_write_switching(wb_book *b);

/* workbook_analyses.c: sheet "Varianten", the base case, with optimism
 * bias and each variant, when the document has any. */
void wb_write_variants(wb_book *b);

/* workbook_params.c: sheet "Parameters", every parameter with its value,
 * distribution, source, confidence, price level and regional scaling. */
void wb_write_parameters(wb_book *b);

/* workbook_params.c: sheet "Herkomst", what made these numbers. */
void wb_write_provenance(wb_book *b);

/* workbook_data.c: sheet "Data", every number of the document, one per
 * row, in an Excel table (mkba_data) for a pivot table. */
void wb_write_data(wb_book *b);

#endif /* MKBA_WORKBOOK_SHEETS_H */
