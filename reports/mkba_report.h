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

#endif /* MKBA_REPORT_H */
