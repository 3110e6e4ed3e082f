/*
 * table.c: tables that flow over pages.
 */
#include "table.h"

#include <string.h>

#define PAD_X 3.0
#define PAD_Y 2.6
#define SWATCH 7.0

static int has_header(const mkba_table *t) {
  for (int i = 0; i < t->ncols; i++)
    if (t->cols[i].title != NULL)
      return 1;
  return 0;
}

static mkba_text_style cell_style(const mkba_table *t, int col, double size,
                                  int bold) {
  mkba_text_style st = mkba_style(size);
  st.bold = bold;
  st.width = t->width[col] - 2 * PAD_X;
  st.align = t->cols[col].align;
  return st;
}

/* Split a cell at its first newline into main and secondary text. */
static void split(const char *cell, char *main, size_t len, const char **rest) {
  const char *nl = cell != NULL ? strchr(cell, '\n') : NULL;
  size_t n = nl != NULL ? (size_t)(nl - cell) : (cell ? strlen(cell) : 0);
  if (n >= len)
    n = len - 1;
  if (cell != NULL)
    memcpy(main, cell, n);
  main[n] = '\0';
  *rest = nl != NULL ? nl + 1 : NULL;
}

/* Height of one cell, drawing it when draw is set, at top y. */
static double cell(mkba_table *t, int col, const char *text, double y, int bold,
                   double inset, int draw) {
  cairo_t *cr = t->pg->cr;
  char main[2048];
  const char *rest;
  split(text, main, sizeof main, &rest);
  mkba_text_style st = cell_style(t, col, t->size, bold);
  st.width -= inset;
  double x = t->x[col] + PAD_X + inset;
  double h;
  if (draw)
    h = mkba_text_draw(cr, main, &st, x, y);
  else
    mkba_text_size(cr, main, &st, NULL, &h);
  if (rest != NULL && rest[0] != '\0') {
    mkba_text_style sub = st;
    sub.size = t->size - 1;
    sub.bold = 0;
    sub.colour = MKBA_RGB_MUTED;
    double h2;
    if (draw)
      h2 = mkba_text_draw(cr, rest, &sub, x, y + h);
    else
      mkba_text_size(cr, rest, &sub, NULL, &h2);
    h += h2;
  }
  return h;
}

static void draw_header(mkba_table *t) {
  mkba_page *pg = t->pg;
  cairo_t *cr = pg->cr;
  if (!has_header(t))
    return;
  double h = 0;
  for (int i = 0; i < t->ncols; i++) {
    mkba_text_style st = cell_style(t, i, t->size - 0.5, 1);
    double ch;
    mkba_text_size(cr, t->cols[i].title ? t->cols[i].title : "", &st, NULL,
                   &ch);
    if (ch > h)
      h = ch;
  }
  h += 2 * PAD_Y;
  mkba_page_need(pg, h + 3 * (t->size + 2 * PAD_Y));
  for (int i = 0; i < t->ncols; i++) {
    mkba_text_style st = cell_style(t, i, t->size - 0.5, 1);
    /* header text sits on the rule, like the numbers under it */
    double ch;
    const char *title = t->cols[i].title ? t->cols[i].title : "";
    mkba_text_size(cr, title, &st, NULL, &ch);
    mkba_text_draw(cr, title, &st, t->x[i] + PAD_X, pg->y + h - PAD_Y - ch);
  }
  pg->y += h;
  cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
  cairo_set_line_width(cr, 0.8);
  cairo_move_to(cr, MKBA_MARGIN_X, pg->y);
  cairo_line_to(cr, MKBA_MARGIN_X + MKBA_TEXT_WIDTH, pg->y);
  cairo_stroke(cr);
  pg->y += 1;
  pg->fresh = 0;
}

void mkba_table_begin(mkba_table *t, mkba_page *pg, const mkba_col *cols,
                      int ncols) {
  memset(t, 0, sizeof *t);
  if (ncols > MKBA_TABLE_MAX_COLS)
    ncols = MKBA_TABLE_MAX_COLS;
  t->pg = pg;
  t->cols = cols;
  t->ncols = ncols;
  t->size = 8;
  double total = 0;
  for (int i = 0; i < ncols; i++)
    total += cols[i].weight;
  double x = MKBA_MARGIN_X;
  for (int i = 0; i < ncols; i++) {
    t->width[i] = MKBA_TEXT_WIDTH * cols[i].weight / total;
    t->x[i] = x;
    x += t->width[i];
  }
  draw_header(t);
}

void mkba_table_row(mkba_table *t, const char *const *cells, unsigned flags,
                    const mkba_rgb *swatch) {
  mkba_page *pg = t->pg;
  cairo_t *cr = pg->cr;
  int bold = (flags & (MKBA_ROW_BOLD | MKBA_ROW_GROUP)) != 0;
  int span = (flags & MKBA_ROW_GROUP) != 0;
  double inset = swatch != NULL ? SWATCH + 4 : 0;
  double saved_w0 = t->width[0];
  if (span)
    t->width[0] = MKBA_TEXT_WIDTH;
  double h = 0;
  for (int i = 0; i < (span ? 1 : t->ncols); i++) {
    double ch = cell(t, i, cells[i], 0, bold, i == 0 ? inset : 0, 0);
    if (ch > h)
      h = ch;
  }
  h += 2 * PAD_Y;
  if (!pg->fresh && pg->y + h > MKBA_TEXT_BOTTOM) {
    mkba_page_new(pg);
    draw_header(t);
  }
  if (span) {
    pg->y += 3;
  } else if (!(flags & MKBA_ROW_PLAIN) && t->row % 2 == 1) {
    cairo_rectangle(cr, MKBA_MARGIN_X, pg->y, MKBA_TEXT_WIDTH, h);
    mkba_set_rgb(cr, MKBA_RGB_SHADE);
    cairo_fill(cr);
  }
  if (flags & MKBA_ROW_RULE) {
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_set_line_width(cr, 0.6);
    cairo_move_to(cr, MKBA_MARGIN_X, pg->y);
    cairo_line_to(cr, MKBA_MARGIN_X + MKBA_TEXT_WIDTH, pg->y);
    cairo_stroke(cr);
  }
  if (swatch != NULL) {
    cairo_rectangle(cr, t->x[0] + PAD_X, pg->y + PAD_Y + 1.5, SWATCH, SWATCH);
    mkba_set_rgb(cr, *swatch);
    cairo_fill_preserve(cr);
    cairo_set_source_rgba(cr, 0, 0, 0, 0.55);
    cairo_set_line_width(cr, 0.5);
    cairo_stroke(cr);
  }
  for (int i = 0; i < (span ? 1 : t->ncols); i++)
    cell(t, i, cells[i], pg->y + PAD_Y, bold, i == 0 ? inset : 0, 1);
  t->width[0] = saved_w0;
  pg->y += h;
  pg->fresh = 0;
  if (!span)
    t->row++;
  else
    t->row = 0;
}

void mkba_table_end(mkba_table *t) {
  mkba_page *pg = t->pg;
  cairo_set_source_rgb(pg->cr, 0.1, 0.1, 0.1);
  cairo_set_line_width(pg->cr, 0.5);
  cairo_move_to(pg->cr, MKBA_MARGIN_X, pg->y);
  cairo_line_to(pg->cr, MKBA_MARGIN_X + MKBA_TEXT_WIDTH, pg->y);
  cairo_stroke(pg->cr);
  pg->y += 8;
}
