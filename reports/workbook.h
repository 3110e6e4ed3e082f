/*
 * workbook.h: the results as an Excel workbook (results.xlsx).
 *
 * Like the report, the workbook is built from a finished results document
 * alone (the JSON of `mkba run --json`, docs/formats.md) and never calls a
 * plugin. It is written with libxlsxwriter: a sheet per part of the results
 * (summary, interventions, actors, categories, transfers, years, outcomes,
 * PM items, uncertainty, quantiles, histogram, sensitivity, switching
 * values, variants, parameters with their sources, provenance) and one long
 * "Data" sheet, an Excel table with one number per row for a pivot table.
 * Numbers are stored as numbers with number formats; sheet names and
 * headers are in the report language; actor ids stay Dutch.
 */
#ifndef MKBA_WORKBOOK_H
#define MKBA_WORKBOOK_H

#include <jansson.h>
#include <stddef.h>

/* The bit of mkba_report_render's formats that the workbook takes: the CLI
 * keeps it apart from the report's own bits (see mkba_report.h). */
#define MKBA_REPORT_XLSX 0x8u /* results.xlsx */

/*
 * Write the results document as an Excel workbook.
 *
 * results  the results document (borrowed; schema "mkba-results/1")
 * path     the file to write, e.g. STAGING/results.xlsx; replaced if it
 *          exists
 * lang     "nl" (Dutch, also when NULL) or "en": sheet names, headers and
 *          the euro format
 * err      buffer for a message on failure (lower case, no full stop);
 *          may be NULL when errlen is 0
 * errlen   size of err in bytes
 *
 * The document's creation time is SOURCE_DATE_EPOCH when that is set, else
 * a fixed date (1 January 1980, the date libxlsxwriter gives every member
 * of the zip file), so that the same results give the same bytes.
 * Returns 0 on success, 1 on failure with a message in err; a partly
 * written file is left for the caller to remove with its directory.
 */
int mkba_workbook_write(const json_t *results, const char *path,
                        const char *lang, char *err, size_t errlen);

#endif /* MKBA_WORKBOOK_H */
