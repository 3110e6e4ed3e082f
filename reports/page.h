/*
 * page.h: laying out the A4 report page by page.
 *
 * A cursor moves down the page; anything that does not fit starts a new
 * page. Every page gets a header (scenario title, date) and a footer
 * (report kind, "Pagina n van m"). The total m is known only after a first
 * pass, so the report is laid out twice (report.c).
 */
#ifndef MKBA_PAGE_H
#define MKBA_PAGE_H

#include <cairo.h>

#include "chart.h"
#include "results.h"
#include "text.h"

#define MKBA_A4_WIDTH 595.276
#define MKBA_A4_HEIGHT 841.89
#define MKBA_MARGIN_X 50.0
#define MKBA_TEXT_WIDTH (MKBA_A4_WIDTH - 2 * MKBA_MARGIN_X)
#define MKBA_TEXT_TOP 62.0
#define MKBA_TEXT_BOTTOM (MKBA_A4_HEIGHT - 58.0)

typedef struct {
  cairo_t *cr;              /* drawing target (borrowed) */
  const mkba_report_ctx *r; /* the rendering (borrowed) */
  int page;                 /* current page, from 1 */
  int total;                /* pages in all, or 0 while not yet known */
  double y;                 /* cursor: top of free space on this page */
  int fresh;                /* nothing drawn below the header yet */
  int is_pdf;               /* target is a PDF surface: add outline */
} mkba_page;

/* Start page 1 on cr (borrowed; an A4 surface) for rendering r; total pages
 * if known, else 0. */
void mkba_page_open(mkba_page *pg, cairo_t *cr, const mkba_report_ctx *r,
                    int total);

/* Finish the last page. */
void mkba_page_close(mkba_page *pg);

/* Finish this page and start the next. */
void mkba_page_new(mkba_page *pg);

/* Make sure h points are free below the cursor, else start a new page. */
void mkba_page_need(mkba_page *pg, double h);

/* A section: starts on a new page (unless this one is still empty), with a
 * large title that also goes into the PDF outline (title borrowed). */
void mkba_page_section(mkba_page *pg, const char *title);

/* A section that may share the page: it starts on this page when at least
 * `room` points are free below the cursor, else on a new one. */
void mkba_page_section_flow(mkba_page *pg, const char *title, double room);

/* A sub-heading, kept together with at least `keep` points that follow. */
void mkba_page_heading(mkba_page *pg, const char *title, double keep);

/* A paragraph in style st (its width is set to the text width). */
void mkba_page_text(mkba_page *pg, const char *text, mkba_text_style st);

/* A paragraph of body text (9 pt). */
void mkba_page_para(mkba_page *pg, const char *text);

/* A small grey note (7.5 pt). */
void mkba_page_note(mkba_page *pg, const char *text);

/* Vertical space. */
void mkba_page_gap(mkba_page *pg, double h);

/* A chart at full text width, on this page if it fits. */
void mkba_page_chart(mkba_page *pg, const mkba_chart *chart);

#endif /* MKBA_PAGE_H */
