/*
 * page.c: page flow, header and footer, and the document's navigation: a
 * named destination, an outline entry and a contents line for every section
 * title and heading.
 */
#include "page.h"

#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"

/* The destination of the table of contents itself (it is not in its own
 * list, so it has no number). */
#define CONTENTS_DEST "mkba-contents"

void mkba_toc_free(mkba_toc *t) {
  if (t == NULL)
    return;
  free(t->entry);
  memset(t, 0, sizeof *t);
}

int mkba_toc_equal(const mkba_toc *a, const mkba_toc *b) {
  if (a == NULL || b == NULL || a->failed || b->failed || a->n != b->n)
    return 0;
  for (size_t i = 0; i < a->n; i++) {
    const mkba_toc_entry *x = &a->entry[i], *y = &b->entry[i];
    if (x->level != y->level || x->page != y->page ||
        strcmp(x->title, y->title) != 0)
      return 0;
  }
  return 1;
}

/* Append a heading to t (title borrowed and copied; level, page as in
 * mkba_toc_entry). On failure t is marked failed, so no pass ever counts as
 * settled and the report still renders. */
static void toc_add(mkba_toc *t, const char *title, int level, int page) {
  if (t->failed)
    return;
  if (t->n == t->cap) {
    size_t cap = t->cap ? 2 * t->cap : 32;
    mkba_toc_entry *e = realloc(t->entry, cap * sizeof *e);
    if (e == NULL) {
      t->failed = 1;
      return;
    }
    t->entry = e;
    t->cap = cap;
  }
  mkba_toc_entry *e = &t->entry[t->n++];
  const char *src = title ? title : "";
  size_t n = strlen(src);
  if (n >= sizeof e->title) {
    /* cut short, at the start of a UTF-8 character: the first byte left
     * out must not continue the character before it */
    n = sizeof e->title - 1;
    while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
      n--;
  }
  memcpy(e->title, src, n);
  e->title[n] = '\0';
  e->level = level;
  e->page = page;
}

/* The destination name of heading number i (from 0) into buf of len bytes:
 * ASCII, because cairo 1.16 writes the name tree's keys unescaped. */
static void dest_name(char *buf, size_t len, int i) {
  snprintf(buf, len, "mkba-h%03d", i);
}

/*
 * Mark the heading about to be drawn at the cursor: a named destination a
 * little above it (so a viewer shows the title, not the line under it), an
 * outline entry (a chapter at the top, a heading under the current chapter)
 * and, when listed, an entry in this pass's list.
 * pg: the flow, cursor at the heading's top; title: borrowed;
 * level: 0 chapter, 1 heading; listed: 0 for the contents' own title.
 */
static void mark(mkba_page *pg, const char *title, int level, int listed) {
  char name[32];
  if (listed)
    dest_name(name, sizeof name, pg->headings++);
  else
    snprintf(name, sizeof name, "%s", CONTENTS_DEST);
  if (pg->is_pdf) {
    char attrs[96];
    double y = pg->y - 6 > 0 ? pg->y - 6 : 0;
    snprintf(attrs, sizeof attrs, "name='%s' x=%.1f y=%.1f", name,
             MKBA_MARGIN_X - 10, y);
    cairo_tag_begin(pg->cr, CAIRO_TAG_DEST, attrs);
    cairo_tag_end(pg->cr, CAIRO_TAG_DEST);
    char link[64];
    snprintf(link, sizeof link, "dest='%s'", name);
    int parent = level == 0 ? CAIRO_PDF_OUTLINE_ROOT : pg->chapter;
    /* chapters open, so the reader sees every heading at once */
    int id = cairo_pdf_surface_add_outline(
        cairo_get_target(pg->cr), parent, title ? title : "", link,
        level == 0 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
    if (level == 0)
      pg->chapter = id;
  } else if (level == 0) {
    pg->chapter = 1;
  }
  if (listed && pg->found != NULL)
    toc_add(pg->found, title, level, pg->page);
}

static void header(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  cairo_t *cr = pg->cr;
  mkba_text_style st = mkba_style(MKBA_PT_NOTE);
  st.colour = MKBA_RGB_MUTED;
  double dw;
  mkba_text_size(cr, r->date, &st, &dw, NULL);
  mkba_text_style t = st;
  t.width = MKBA_TEXT_WIDTH - dw - 20;
  t.max_lines = 1;
  const char *title =
      mkba_j_str(mkba_j_obj(r->doc, "scenario"), "title", r->s->report_kind);
  mkba_text_draw(cr, title, &t, MKBA_MARGIN_X, 32);
  st.align = MKBA_ALIGN_RIGHT;
  mkba_text_draw(cr, r->date, &st, MKBA_MARGIN_X + MKBA_TEXT_WIDTH, 32);
  cairo_set_source_rgb(cr, 0.75, 0.75, 0.75);
  cairo_set_line_width(cr, MKBA_LW_FINE);
  cairo_move_to(cr, MKBA_MARGIN_X, 44);
  cairo_line_to(cr, MKBA_MARGIN_X + MKBA_TEXT_WIDTH, 44);
  cairo_stroke(cr);
}

static void footer(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  cairo_t *cr = pg->cr;
  double y = MKBA_A4_HEIGHT - 40;
  cairo_set_source_rgb(cr, 0.75, 0.75, 0.75);
  cairo_set_line_width(cr, MKBA_LW_FINE);
  cairo_move_to(cr, MKBA_MARGIN_X, y - 6);
  cairo_line_to(cr, MKBA_MARGIN_X + MKBA_TEXT_WIDTH, y - 6);
  cairo_stroke(cr);
  mkba_text_style st = mkba_style(MKBA_PT_NOTE);
  st.colour = MKBA_RGB_MUTED;
  char left[256], ver[128];
  mkba_tpl(ver, sizeof ver, r->s->made_with,
           mkba_j_str(mkba_j_obj(r->doc, "provenance"), "mkba_version", "?"),
           NULL, NULL, NULL);
  snprintf(left, sizeof left, "%s \xc2\xb7 %s", r->s->report_kind, ver);
  mkba_text_draw(cr, left, &st, MKBA_MARGIN_X, y);
  char n[16], m[16], pages[64];
  snprintf(n, sizeof n, "%d", pg->page);
  snprintf(m, sizeof m, "%d", pg->total > 0 ? pg->total : pg->page);
  mkba_tpl(pages, sizeof pages, r->s->page_of, n, m, NULL, NULL);
  st.align = MKBA_ALIGN_RIGHT;
  st.bold = 1;
  mkba_text_draw(cr, pages, &st, MKBA_MARGIN_X + MKBA_TEXT_WIDTH, y);
}

void mkba_page_open(mkba_page *pg, cairo_t *cr, const mkba_report_ctx *r,
                    int total, const mkba_toc *known, mkba_toc *found) {
  memset(pg, 0, sizeof *pg);
  pg->cr = cr;
  pg->r = r;
  pg->page = 1;
  pg->total = total;
  pg->y = MKBA_TEXT_TOP;
  pg->fresh = 1;
  pg->is_pdf =
      cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_PDF;
  pg->known = known;
  pg->found = found;
  header(pg);
}

void mkba_page_close(mkba_page *pg) {
  footer(pg);
  cairo_show_page(pg->cr);
}

void mkba_page_new(mkba_page *pg) {
  footer(pg);
  cairo_show_page(pg->cr);
  pg->page++;
  pg->y = MKBA_TEXT_TOP;
  pg->fresh = 1;
  header(pg);
}

void mkba_page_need(mkba_page *pg, double h) {
  if (!pg->fresh && pg->y + h > MKBA_TEXT_BOTTOM)
    mkba_page_new(pg);
}

static void section(mkba_page *pg, const char *title, int listed);

/* Whether the last thing drawn is a heading or section title, with at most
 * the text that follows it straight away (its intro): a table that moves
 * to the next page would leave it alone at the foot of this one. */
static int after_heading(const mkba_page *pg) {
  return pg->heading_page == pg->page && pg->y == pg->heading_end;
}

/* Mark the cursor as just below a heading (pg: the flow). */
static void heading_ends(mkba_page *pg) {
  pg->heading_page = pg->page;
  pg->heading_end = pg->y;
}

void mkba_page_section(mkba_page *pg, const char *title) {
  if (!pg->fresh)
    mkba_page_new(pg);
  section(pg, title, 1);
}

void mkba_page_section_flow(mkba_page *pg, const char *title, double room) {
  if (!pg->fresh) {
    if (pg->y + 24 + room > MKBA_TEXT_BOTTOM)
      mkba_page_new(pg);
    else
      pg->y += 24;
  }
  section(pg, title, 1);
}

/* A chapter title at the cursor (title borrowed; listed: whether the
 * contents list it). */
static void section(mkba_page *pg, const char *title, int listed) {
  mark(pg, title, 0, listed);
  mkba_text_style st = mkba_style(MKBA_PT_SECTION);
  st.bold = 1;
  st.width = MKBA_TEXT_WIDTH;
  pg->y += mkba_text_draw(pg->cr, title, &st, MKBA_MARGIN_X, pg->y) + 10;
  pg->fresh = 0;
  heading_ends(pg);
}

void mkba_page_heading(mkba_page *pg, const char *title, double keep) {
  mkba_text_style st = mkba_style(MKBA_PT_HEADING);
  st.bold = 1;
  st.width = MKBA_TEXT_WIDTH;
  double h;
  mkba_text_size(pg->cr, title, &st, NULL, &h);
  if (!pg->fresh)
    pg->y += 8;
  mkba_page_need(pg, h + 6 + keep);
  mark(pg, title, pg->chapter != 0 ? 1 : 0, 1);
  pg->y += mkba_text_draw(pg->cr, title, &st, MKBA_MARGIN_X, pg->y) + 5;
  pg->fresh = 0;
  /* a table right under it must not leave it alone (table.c) */
  heading_ends(pg);
}

void mkba_page_text(mkba_page *pg, const char *text, mkba_text_style st) {
  st.width = MKBA_TEXT_WIDTH;
  double h;
  mkba_text_size(pg->cr, text, &st, NULL, &h);
  mkba_page_need(pg, h);
  int intro = after_heading(pg);
  pg->y += mkba_text_draw(pg->cr, text, &st, MKBA_MARGIN_X, pg->y) + 5;
  pg->fresh = 0;
  if (intro) /* a heading's intro goes with it */
    heading_ends(pg);
}

void mkba_page_para(mkba_page *pg, const char *text) {
  mkba_page_text(pg, text, mkba_style(MKBA_PT_BODY));
}

void mkba_page_note(mkba_page *pg, const char *text) {
  mkba_text_style st = mkba_style(MKBA_PT_NOTE);
  st.colour = MKBA_RGB_MUTED;
  mkba_page_text(pg, text, st);
}

void mkba_page_gap(mkba_page *pg, double h) {
  int intro = after_heading(pg);
  if (pg->y + h <= MKBA_TEXT_BOTTOM)
    pg->y += h;
  if (intro)
    heading_ends(pg);
}

int mkba_page_after_heading(const mkba_page *pg) { return after_heading(pg); }

void mkba_page_chart(mkba_page *pg, const mkba_chart *chart) {
  double h = chart->height(pg->r, MKBA_TEXT_WIDTH);
  mkba_page_need(pg, h + 6);
  cairo_save(pg->cr);
  cairo_translate(pg->cr, MKBA_MARGIN_X, pg->y + 4);
  chart->draw(pg->cr, pg->r, MKBA_TEXT_WIDTH, h);
  cairo_restore(pg->cr);
  pg->y += h + 14;
  pg->fresh = 0;
}

/* Width of the page-number column of the contents, in points: room for
 * three digits at 10 pt. */
#define CONTENTS_NUMBER_WIDTH 24.0

/* The weight of the contents' dotted leaders: with round caps, each dot is
 * a round dot this wide, a little heavier than a hairline so it prints. */
#define LEADER_DOT 0.9

/* Dots from x0 to x1 on the line at y, placed on a grid counted from x1 so
 * that the leaders of all lines end in the same column (cr: the target). */
static void leader(cairo_t *cr, double x0, double x1, double y) {
  const double step = 3.0;
  double n = (x1 - x0) / step;
  if (n < 2)
    return;
  x0 = x1 - (double)(long)n * step;
  cairo_save(cr);
  mkba_set_rgb(cr, MKBA_RGB_MUTED);
  cairo_set_line_width(cr, LEADER_DOT);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  const double dash[] = {0.0, step};
  cairo_set_dash(cr, dash, MKBA_COUNT(dash), 0);
  cairo_move_to(cr, x0, y);
  cairo_line_to(cr, x1, y);
  cairo_stroke(cr);
  cairo_restore(cr);
}

/* One line of the contents: entry e (number i in the list), its title, a
 * dotted leader and its page number, all of it a link to the heading. */
static void contents_line(mkba_page *pg, const mkba_toc_entry *e, int i) {
  cairo_t *cr = pg->cr;
  int chapter = e->level == 0;
  mkba_text_style st = mkba_style(chapter ? MKBA_PT_LEAD : MKBA_PT_BODY);
  st.bold = chapter;
  double indent = chapter ? 0 : 14;
  st.width = MKBA_TEXT_WIDTH - indent - CONTENTS_NUMBER_WIDTH - 12;
  double tw, h, line;
  mkba_text_size(cr, e->title, &st, &tw, &h);
  mkba_text_size(cr, "X", &st, NULL, &line);
  if (!pg->fresh)
    pg->y += chapter ? 7 : 2;
  mkba_page_need(pg, h);
  double y = pg->y;
  if (pg->is_pdf) {
    char name[32], attrs[160];
    dest_name(name, sizeof name, i);
    snprintf(attrs, sizeof attrs, "dest='%s' rect=[%.1f %.1f %.1f %.1f]", name,
             MKBA_MARGIN_X + indent, y - 1, MKBA_TEXT_WIDTH - indent, h + 2);
    cairo_tag_begin(cr, CAIRO_TAG_LINK, attrs);
  }
  mkba_text_draw(cr, e->title, &st, MKBA_MARGIN_X + indent, y);
  char num[16];
  snprintf(num, sizeof num, "%d", e->page);
  mkba_text_style ns = st;
  ns.width = 0;
  ns.align = MKBA_ALIGN_RIGHT;
  double right = MKBA_MARGIN_X + MKBA_TEXT_WIDTH;
  /* the number stands on the title's last line */
  mkba_text_draw(cr, num, &ns, right, y + h - line);
  if (h < 1.5 * line) /* one line: a leader joins title and number */
    leader(cr, MKBA_MARGIN_X + indent + tw + 4,
           right - CONTENTS_NUMBER_WIDTH - 4, y + 0.78 * st.size);
  if (pg->is_pdf)
    cairo_tag_end(cr, CAIRO_TAG_LINK);
  pg->y = y + h;
  pg->fresh = 0;
}

void mkba_page_contents(mkba_page *pg) {
  if (!pg->fresh)
    mkba_page_new(pg);
  section(pg, pg->r->s->sec_contents, 0);
  const mkba_toc *k = pg->known;
  for (size_t i = 0; k != NULL && !k->failed && i < k->n; i++)
    contents_line(pg, &k->entry[i], (int)i);
}
