/*
 * page.h: laying out the A4 report page by page.
 *
 * A cursor moves down the page; anything that does not fit starts a new
 * page. Every page gets a header (scenario title, date) and a footer
 * (report kind, "Pagina n van m"). The total m and the page of each heading
 * (for the table of contents) are known only after a pass, so report.c lays
 * the report out until a pass finds what the previous one predicted.
 *
 * Every section title and heading becomes a named destination, an entry in
 * the PDF outline (chapters at the top, headings under their chapter) and a
 * line in the table of contents, which links to the destination.
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

/* A section title or heading as the outline and the contents know it. */
typedef struct {
  char title[240]; /* its text (a copy, cut short if longer) */
  int level;       /* 0: a chapter; 1: a heading inside it */
  int page;        /* the page it is on, from 1 */
} mkba_toc_entry;

/* The headings of one layout pass, in reading order. */
typedef struct {
  mkba_toc_entry *entry; /* n entries (owned: mkba_toc_free) */
  size_t n;              /* entries in use */
  size_t cap;            /* entries allocated */
  int failed;            /* out of memory: the list is incomplete */
} mkba_toc;

/* Free t's entries and empty it (t: the list; NULL is fine). */
void mkba_toc_free(mkba_toc *t);

/* Whether a and b list the same headings on the same pages (both
 * borrowed); a list that failed equals nothing. */
int mkba_toc_equal(const mkba_toc *a, const mkba_toc *b);

typedef struct {
  cairo_t *cr;              /* drawing target (borrowed) */
  const mkba_report_ctx *r; /* the rendering (borrowed) */
  int page;                 /* current page, from 1 */
  int total;                /* pages in all, or 0 while not yet known */
  double y;                 /* cursor: top of free space on this page */
  int fresh;                /* nothing drawn below the header yet */
  int is_pdf;               /* target is a PDF surface: outline, links */
  const mkba_toc *known;    /* headings of the previous pass (borrowed) */
  mkba_toc *found;          /* headings of this pass (borrowed) */
  int headings;             /* headings so far: names their destinations */
  int chapter;              /* outline id of the current chapter, or 0 */
  int heading_page;         /* page of the last heading drawn, or 0 */
  double heading_end;       /* the cursor just below it and its intro */
} mkba_page;

/*
 * Start page 1 on cr (borrowed; an A4 surface) for rendering r.
 * total  pages in all if known, else 0
 * known  the headings and their pages from the previous pass, which the
 *        table of contents shows (borrowed; NULL or empty on a first pass)
 * found  receives this pass's headings (borrowed; may be NULL)
 */
void mkba_page_open(mkba_page *pg, cairo_t *cr, const mkba_report_ctx *r,
                    int total, const mkba_toc *known, mkba_toc *found);

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

/* A sub-heading, kept together with at least `keep` points that follow.
 * In the outline it sits under the current chapter; a heading before the
 * first chapter (the summary's) becomes a chapter itself. */
void mkba_page_heading(mkba_page *pg, const char *title, double keep);

/* A paragraph in style st (its width is set to the text width). */
void mkba_page_text(mkba_page *pg, const char *text, mkba_text_style st);

/* A paragraph of body text (MKBA_PT_BODY). */
void mkba_page_para(mkba_page *pg, const char *text);

/* A small grey note (MKBA_PT_NOTE). */
void mkba_page_note(mkba_page *pg, const char *text);

/* Vertical space. */
void mkba_page_gap(mkba_page *pg, double h);

/* Whether the last thing drawn on this page is a heading or a section
 * title, with at most its intro text and gaps after it: what must not be
 * left alone at the foot of a page (pg: the flow). */
int mkba_page_after_heading(const mkba_page *pg);

/* A chart at full text width, on this page if it fits. */
void mkba_page_chart(mkba_page *pg, const mkba_chart *chart);

/* The table of contents: a section listing every chapter and heading of
 * pg->known (the previous pass) with its page number and a link to it. It
 * is in the outline but not in its own list. */
void mkba_page_contents(mkba_page *pg);

#endif /* MKBA_PAGE_H */
