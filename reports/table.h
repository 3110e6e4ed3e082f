/*
 * table.h: tables that flow over pages, repeating their header row.
 *
 * Cells are plain UTF-8 that wraps within its column. A cell's first line
 * is body text; anything after a newline is drawn smaller and grey (a
 * parameter's id under its label, say).
 */
#ifndef MKBA_TABLE_H
#define MKBA_TABLE_H

#include "page.h"

#define MKBA_TABLE_MAX_COLS 12

typedef struct {
  const char *title; /* header text (borrowed); NULL for all: no header row */
  double weight;     /* share of the text width, relative to the others */
  mkba_align align;  /* numbers right, text left */
} mkba_col;

enum {
  MKBA_ROW_BOLD = 1u << 0,  /* a total */
  MKBA_ROW_RULE = 1u << 1,  /* a line above the row */
  MKBA_ROW_GROUP = 1u << 2, /* first cell spans the row: a group title */
  MKBA_ROW_PLAIN = 1u << 3  /* no zebra shading */
};

typedef struct {
  mkba_page *pg;                     /* the page flow (borrowed) */
  const mkba_col *cols;              /* columns (borrowed, ncols) */
  int ncols;                         /* number of columns */
  double width[MKBA_TABLE_MAX_COLS]; /* column widths in points */
  double x[MKBA_TABLE_MAX_COLS];     /* column left edges */
  int row;                           /* body rows so far, for shading */
  double size;                       /* body text size */
} mkba_table;

/* Start a table of ncols columns (at most MKBA_TABLE_MAX_COLS) on the page
 * flow pg, drawing its header row (t: caller's table state). */
void mkba_table_begin(mkba_table *t, mkba_page *pg, const mkba_col *cols,
                      int ncols);

/* Add a row: cells holds ncols strings (borrowed; NULL for empty); flags a
 * bitwise or of MKBA_ROW_*; swatch, when not NULL, is a colour square drawn
 * before the first cell (an actor's colour). */
void mkba_table_row(mkba_table *t, const char *const *cells, unsigned flags,
                    const mkba_rgb *swatch);

/* End the table, leaving some space below it. */
void mkba_table_end(mkba_table *t);

#endif /* MKBA_TABLE_H */
