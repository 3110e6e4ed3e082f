/*
 * mkba_report.h: the standard MKBA report (A4 PDF) and its charts (PNG, SVG).
 *
 * The report is built from a finished results document alone: the JSON that
 * `mkba run --json` prints (docs/formats.md). It never calls a plugin.
 * Text goes through pango, drawing through cairo.
 */
#ifndef MKBA_REPORT_H
#define MKBA_REPORT_H

#include <jansson.h>
#include <stddef.h>

#define MKBA_REPORT_PDF 0x1u /* report.pdf, the standard A4 report */
#define MKBA_REPORT_PNG 0x2u /* chart-<name>.png, 1200 px wide */
#define MKBA_REPORT_SVG 0x4u /* chart-<name>.svg */

/*
 * Render the results document into a directory.
 *
 * results  the results document (borrowed; the exact document of
 *          `mkba run --json`, schema "mkba-results/1")
 * dir      an existing, empty directory owned by the caller, who later
 *          renames the files into place
 * formats  a bitwise or of MKBA_REPORT_PDF, MKBA_REPORT_PNG, MKBA_REPORT_SVG
 * lang     "nl" (Dutch, also when NULL) or "en": headings, number formats
 * err      buffer for a message on failure (lower case, no full stop);
 *          may be NULL when errlen is 0
 * errlen   size of err in bytes
 *
 * Writes `report.pdf` when formats has MKBA_REPORT_PDF, and each chart that
 * applies to this document as `chart-<name>.png` / `chart-<name>.svg`.
 * The PDF has a table of contents with links, an outline of every section
 * and heading, Title, Author (the scenario's `author`, else "mkba"),
 * Subject, Creator and /Lang; each chart carries its title and a
 * description (SVG <title>/<desc>, PNG text chunks).
 * When SOURCE_DATE_EPOCH is set, the page date and the PDF metadata dates
 * come from it (UTC), so the same input gives the same bytes.
 * Returns 0 on success, 1 on failure with a message in err; files already
 * written are left for the caller to remove with the directory.
 */
int mkba_report_render(const json_t *results, const char *dir, unsigned formats,
                       const char *lang, char *err, size_t errlen);

/*
 * As mkba_report_render, on at most `threads` threads (0 or less: one per
 * processor, at most 8). The PDF and each chart file are separate tasks;
 * each file is made by one thread alone, so the bytes written are the same
 * whatever the number of threads.
 */
int mkba_report_render_threads(const json_t *results, const char *dir,
                               unsigned formats, const char *lang, int threads,
                               char *err, size_t errlen);

/*
 * The chart names mkba_report_render would write for this document, in
 * report order (for tests and the CLI's listing).
 *
 * results  the results document (borrowed)
 * names    receives up to max pointers to static strings ("actors", ...)
 * max      capacity of names
 *
 * Returns the number of charts (which may exceed max).
 */
size_t mkba_report_chart_names(const json_t *results, const char **names,
                               size_t max);

/*
 * The national report: national.pdf from the national document of
 * `mkba batch` (docs/formats.md, "national.json"; national.c).
 *
 * national  the national document (borrowed; "mkba_national": 1, with its
 *           "national" totals: a shard is refused)
 * dir       an existing directory owned by the caller (the output's staging
 *           directory), who later renames the files into place
 * formats   MKBA_REPORT_PDF writes national.pdf; other bits are ignored
 * lang      "nl" (also when NULL) or "en": every heading, sentence and
 *           number format (region and intervention names come from the
 *           document, in the batch's language)
 * err       buffer for a message on failure (lower case, no full stop);
 *           may be NULL when errlen is 0
 * errlen    size of err in bytes
 *
 * The report: title page (batch title, date, what was computed, the
 * conclusion in words), contents, the national total per intervention
 * with why regions were skipped, per intervention the regions side by side
 * (small multiples and a table: net value per participant, B/C, P(NPV > 0),
 * each actor's net value), per region the interventions ranked, the
 * method box, the data version of every region and the provenance. PDF
 * metadata, outline and /Lang as mkba_report_render's; with
 * SOURCE_DATE_EPOCH the same document gives the same bytes.
 * Returns 0 on success, 1 on failure with a message in err.
 */
int mkba_report_national_render(const json_t *national, const char *dir,
                                unsigned formats, const char *lang, char *err,
                                size_t errlen);

/*
 * The national workbook: the national document as national.xlsx
 * (workbook_national.c): a summary sheet with the national totals, one
 * long "Data" table (region, intervention, actor, measure, value; the
 * value column only numbers), a sheet per intervention (regions as rows),
 * a sheet per region (interventions as rows) and the provenance.
 *
 * national  the national document (borrowed; not a shard)
 * path      the file to write, e.g. STAGING/national.xlsx; replaced if it
 *           exists
 * lang      "nl" (also when NULL) or "en": sheet names, headers, formats
 * err       buffer for a message on failure; may be NULL when errlen is 0
 * errlen    size of err in bytes
 *
 * Creation date SOURCE_DATE_EPOCH, else 1 January 1980, so the same
 * document gives the same bytes; the file is read back and checked as
 * results.xlsx is. Returns 0 on success, 1 on failure with a message.
 */
int mkba_workbook_national_write(const json_t *national, const char *path,
                                 const char *lang, char *err, size_t errlen);

#endif /* MKBA_REPORT_H */
