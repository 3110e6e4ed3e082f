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
 * no number is broken over two lines; a column of numbers keeps some air,
 * so neighbouring numbers do not read as one, and a column of labels gets
 * the room to keep each on one line before a header gets more than it
 * needs. When the longest words of all columns together are wider than
 * the page, the headers are set smaller first (to 80%); only then do the
 * columns shrink, with their text set smaller to match, never cut. A
 * short expression in a header or a cell ("P(net > 0)", "(B/C)") is one
 * word: it is never broken over two lines. Nothing is drawn between
 * mkba_table_begin and mkba_table_end; draw nothing else on the page
 * there, except a heading that must stay with the table (see
 * mkba_table_height).
 *
 * A table no taller than half a page is not split: when it does not fit
 * below the cursor it starts on the next page, unless a heading is the
 * last thing above it (the heading would be left alone; give the heading
 * the table's height as its keep instead). A group title always stays
 * with the row under it, and a table that is split leaves at least three
 * rows for the next page, so a total never goes over alone.
 */
#ifndef MKBA_TABLE_H
#define MKBA_TABLE_H

#include <stddef.h>

#include "page.h"

#define MKBA_TABLE_MAX_COLS 12
/* A table no taller than this (points: half the text height) is drawn on
 * one page, not split. */
#define MKBA_TABLE_KEEP_WHOLE ((MKBA_TEXT_BOTTOM - MKBA_TEXT_TOP) / 2)

/* A table's sizes on the type scale (text.h), before any shrinking: the
 * body, the header half a point smaller, and a cell's grey second part and
 * a row's note a point smaller. */
#define MKBA_PT_TABLE MKBA_PT_CAPTION
#define MKBA_PT_TABLE_HEAD MKBA_PT_NOTE
#define MKBA_PT_TABLE_REST MKBA_PT_FINE

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
  double head_scale;                 /* header size factor, 1 unless shrunk */
  char *head[MKBA_TABLE_MAX_COLS];   /* header texts, glued (owned) */
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

/* The height the whole table will take on the page, header and every row
 * with its padding, measured as mkba_table_end will lay it out (t: rows
 * added, nothing drawn yet). For a heading above the table: a heading kept
 * with this many points moves to the next page together with a table that
 * is not split. */
double mkba_table_height(mkba_table *t);

/* Size the columns, draw the table (over as many pages as it takes, with
 * the header on each), leave some space below it and free the rows. */
void mkba_table_end(mkba_table *t);

/* Free the rows of a table that is not to be drawn after all (t: begun,
 * rows added; nothing is drawn). */
void mkba_table_discard(mkba_table *t);

#endif /* MKBA_TABLE_H */
