/*
 * report_pdf.h: the PDF machinery of report.c that another report built on
 * the same page flow shares (the national report, national.c): the report
 * date, and the multi-pass PDF writer with its metadata and catalog
 * entries (/Lang, outline, dates).
 */
#ifndef MKBA_REPORT_PDF_H
#define MKBA_REPORT_PDF_H

#include <stddef.h>
#include <time.h>

#include "page.h"

/*
 * Lay a whole report out on cr for rendering r: open the page flow with
 * total, known and found (see mkba_page_open), draw every section, close
 * it. Returns the number of pages.
 */
typedef int (*mkba_compose_fn)(cairo_t *cr, const mkba_report_ctx *r, int total,
                               const mkba_toc *known, mkba_toc *found);

/* The report date, never the clock, so that the same input gives the same
 * bytes: SOURCE_DATE_EPOCH when set, else the scenario's "date"
 * (scenario: the results document's "scenario" object, or NULL), else none
 * (*dated 0, *when 0). Returns 0, or 1 when SOURCE_DATE_EPOCH is set but
 * not a valid time. */
int mkba_report_time(const json_t *scenario, time_t *when, int *dated);

/*
 * Write the PDF that compose lays out to path, as report.pdf is written:
 * passes until the contents and page numbers settle; Title (r->doc's
 * scenario title), Author (its author, else "mkba"), Subject (subject;
 * NULL: r->s->report_kind), Creator, dates from r->when; /Lang from
 * r->lang, the outline opened. r: the rendering (borrowed); err, errlen:
 * a message on failure. Returns 0, or 1 with a message.
 */
int mkba_report_pdf_write(const mkba_report_ctx *r, mkba_compose_fn compose,
                          const char *subject, const char *path, char *err,
                          size_t errlen);

#endif /* MKBA_REPORT_PDF_H */
