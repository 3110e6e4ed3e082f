/*
 * table.h: tables that flow over pages, repeating their header row.
 *
 * Cells are plain UTF-8 that wraps within its column, between words only. A
 * cell's first line is body text; anything after a newline is drawn smaller
 * and grey (a parameter's id under its label, say).
 *
 * Rows are kept until mkba_table_end, which sizes the columns and draws the
 * table: each column gets its share of the text width by weight, but never
 * less than its longest word (of the header or of any cell), so no word and
 * no number is broken over two lines. Only when the longest words of all
 * columns together are wider than the page do columns shrink, and then
 * their text is set smaller to match, never cut. Nothing is drawn between
 * mkba_table_begin and mkba_table_end; draw nothing else on the page there.
 */
#ifndef MKBA_TABLE_H
#define MKBA_TABLE_H

#include <stddef.h>

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

struct mkba_table_row; /* a kept row (table.c) */

typedef struct {
  mkba_page *pg;                     /* the page flow (borrowed) */
  const mkba_col *cols;              /* columns (borrowed, ncols) */
  int ncols;                         /* number of columns */
  double width[MKBA_TABLE_MAX_COLS]; /* column widths in points (at end) */
  double x[MKBA_TABLE_MAX_COLS];     /* column left edges (at end) */
  double scale[MKBA_TABLE_MAX_COLS]; /* text size factor, 1 unless shrunk */
  int row;                           /* body rows so far, for shading */
  double size;                       /* body text size */
  struct mkba_table_row *rows;       /* rows kept until the end (owned) */
  size_t nrows, cap;                 /* rows kept, room for rows */
} mkba_table;

/* Start a table of ncols columns (at most MKBA_TABLE_MAX_COLS) on the page
 * flow pg (t: caller's table state; cols borrowed until mkba_table_end). */
void mkba_table_begin(mkba_table *t, mkba_page *pg, const mkba_col *cols,
                      int ncols);

/* Add a row: cells holds ncols strings (copied; NULL for empty); flags a
 * bitwise or of MKBA_ROW_*; swatch, when not NULL, is a colour square drawn
 * before the first cell (an actor's colour). */
void mkba_table_row(mkba_table *t, const char *const *cells, unsigned flags,
                    const mkba_rgb *swatch);

/*
 * Add a row with a note under it: as mkba_table_row, and note (copied; NULL
 * or "" for none) set small and grey below the cells of columns from..ncols-1
 * and across them, so a long text (a source) takes the width of several
 * columns instead of a tall narrow one. Column 0..from-1 keep their height
 * beside it. from: the first column the note spans, 0..ncols-1.
 */
void mkba_table_row_note(mkba_table *t, const char *const *cells,
                         unsigned flags, const mkba_rgb *swatch,
                         const char *note, int from);

/* Size the columns, draw the table (over as many pages as it takes, with
 * the header on each), leave some space below it and free the rows. */
void mkba_table_end(mkba_table *t);

#endif /* MKBA_TABLE_H */
