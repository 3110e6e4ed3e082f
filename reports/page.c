/*
 * page.c: page flow, header and footer.
 */
#include "page.h"

#include <cairo-pdf.h>
#include <stdio.h>

static void header(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  cairo_t *cr = pg->cr;
  mkba_text_style st = mkba_style(7.5);
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
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, MKBA_MARGIN_X, 44);
  cairo_line_to(cr, MKBA_MARGIN_X + MKBA_TEXT_WIDTH, 44);
  cairo_stroke(cr);
}

static void footer(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  cairo_t *cr = pg->cr;
  double y = MKBA_A4_HEIGHT - 40;
  cairo_set_source_rgb(cr, 0.75, 0.75, 0.75);
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, MKBA_MARGIN_X, y - 6);
  cairo_line_to(cr, MKBA_MARGIN_X + MKBA_TEXT_WIDTH, y - 6);
  cairo_stroke(cr);
  mkba_text_style st = mkba_style(7.5);
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
                    int total) {
  pg->cr = cr;
  pg->r = r;
  pg->page = 1;
  pg->total = total;
  pg->y = MKBA_TEXT_TOP;
  pg->fresh = 1;
  pg->is_pdf =
      cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_PDF;
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

static void section(mkba_page *pg, const char *title);

void mkba_page_section(mkba_page *pg, const char *title) {
  if (!pg->fresh)
    mkba_page_new(pg);
  section(pg, title);
}

void mkba_page_section_flow(mkba_page *pg, const char *title, double room) {
  if (!pg->fresh) {
    if (pg->y + 24 + room > MKBA_TEXT_BOTTOM)
      mkba_page_new(pg);
    else
      pg->y += 24;
  }
  section(pg, title);
}

static void section(mkba_page *pg, const char *title) {
  if (pg->is_pdf) {
    char link[64];
    snprintf(link, sizeof link, "page=%d pos=[%.0f %.0f]", pg->page,
             MKBA_MARGIN_X, pg->y);
    cairo_pdf_surface_add_outline(cairo_get_target(pg->cr),
                                  CAIRO_PDF_OUTLINE_ROOT, title, link, 0);
  }
  mkba_text_style st = mkba_style(16);
  st.bold = 1;
  st.width = MKBA_TEXT_WIDTH;
  pg->y += mkba_text_draw(pg->cr, title, &st, MKBA_MARGIN_X, pg->y) + 10;
  pg->fresh = 0;
}

void mkba_page_heading(mkba_page *pg, const char *title, double keep) {
  mkba_text_style st = mkba_style(11);
  st.bold = 1;
  st.width = MKBA_TEXT_WIDTH;
  double h;
  mkba_text_size(pg->cr, title, &st, NULL, &h);
  if (!pg->fresh)
    pg->y += 8;
  mkba_page_need(pg, h + 6 + keep);
  pg->y += mkba_text_draw(pg->cr, title, &st, MKBA_MARGIN_X, pg->y) + 5;
  pg->fresh = 0;
}

void mkba_page_text(mkba_page *pg, const char *text, mkba_text_style st) {
  st.width = MKBA_TEXT_WIDTH;
  double h;
  mkba_text_size(pg->cr, text, &st, NULL, &h);
  mkba_page_need(pg, h);
  pg->y += mkba_text_draw(pg->cr, text, &st, MKBA_MARGIN_X, pg->y) + 5;
  pg->fresh = 0;
}

void mkba_page_para(mkba_page *pg, const char *text) {
  mkba_page_text(pg, text, mkba_style(9));
}

void mkba_page_note(mkba_page *pg, const char *text) {
  mkba_text_style st = mkba_style(7.5);
  st.colour = MKBA_RGB_MUTED;
  mkba_page_text(pg, text, st);
}

void mkba_page_gap(mkba_page *pg, double h) {
  if (pg->y + h <= MKBA_TEXT_BOTTOM)
    pg->y += h;
}

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
