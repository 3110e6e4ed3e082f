/*
 * workbook_sheet.h: what the results workbook (workbook.c) and the
 * national workbook (workbook_national.c) share: the cell formats, the
 * workbook and sheet being written, text and number cells that widen
 * their column, header rows, and a sheet's finish (column widths, row
 * heights of wrapped text, a frozen header, a filter, A4 printing).
 *
 * Internal to reports/: neither workbook's sheets are here, only the
 * means to write them. Errors are not returned per cell: the first one is
 * kept in the workbook (wbs_note) and reported when it is closed.
 */
#ifndef MKBA_WORKBOOK_SHEET_H
#define MKBA_WORKBOOK_SHEET_H

#include <stddef.h>
#include <xlsxwriter.h>

#include "format.h"

/* Columns a sheet can have; the widest (the results' interventions) uses
 * 5 + 15 + 6. */
#define WBS_MAX_COLS 48

/* How a cell is shown. */
typedef enum {
  F_TEXT,    /* text */
  F_WRAP,    /* long text, wrapped in a wide column */
  F_EURO,    /* whole euros with thousands separators */
  F_PCT,     /* a fraction as a percentage with one decimal */
  F_PCT0,    /* a whole percentage, such as a percentile */
  F_PROB,    /* a probability, by the report's rule (see wbs_make_formats) */
  F_RATE,    /* a discount or inflation rate: 2.25% */
  F_RATIO,   /* a ratio such as B/C: two decimals */
  F_FACTOR,  /* a factor such as a discount factor: four decimals */
  F_INT,     /* a count with thousands separators */
  F_PLAIN,   /* a year, rank or seed: digits only */
  F_DEC,     /* a quantity (QALYs, person-years): up to two decimals */
  F_GENERAL, /* a parameter in its own unit: as it is */
  F_HEAD,    /* a header cell */
  F_SECTION, /* a section heading on the summary sheet */
  F_N
} fmt_kind;

/* A pair of strings, Dutch first. */
typedef struct {
  const char *nl, *en; /* Dutch, English (static) */
} words;

/* The workbook being written: what every sheet needs of it. A workbook's
 * own data (its document, its names) lives in a struct of the writer's
 * that has this as its first member. */
typedef struct {
  lxw_workbook *wb;     /* the workbook (libxlsxwriter's), owned until the
                           writer closes it with workbook_close */
  mkba_lang lang;       /* language of names, headers and formats */
  lxw_format *fmt[F_N]; /* one format per kind, owned by wb */
  lxw_error error;      /* the first error, or LXW_NO_ERROR */
  char where[64];       /* what was being written when it happened */
  double max_width;     /* widest column for ordinary text, characters */
  /* The characters number v takes in format f, for its column's width;
   * NULL: wbs_number_width. */
  double (*number_width)(double v, fmt_kind f);
} wbs_book;

/* A cell of wrapped text: its row needs the height of its lines, which
 * only the final column width tells. */
typedef struct {
  lxw_row_t row; /* its row */
  lxw_col_t col; /* its column */
  double chars;  /* its length in characters */
} wbs_wrapped;

/* One sheet being written (from wbs_sheet_open to wbs_sheet_close, which
 * frees what it holds). */
typedef struct {
  wbs_book *b;                      /* the workbook it belongs to (borrowed) */
  lxw_worksheet *ws;                /* the sheet (owned by the workbook) */
  lxw_row_t row;                    /* the next row to write */
  lxw_col_t ncol;                   /* columns used */
  double width[WBS_MAX_COLS];       /* the widest content per column */
  unsigned char wrap[WBS_MAX_COLS]; /* 1: a column of wrapped text */
  wbs_wrapped *wraps;               /* the wrapped cells (owned), for heights */
  size_t n_wraps, cap_wraps;        /* their number, and room for more */
} wbs_sheet;

/* The string of a pair in the workbook's language (b: the workbook; w: the
 * pair). Returns one of w's static strings. */
const char *wbs_say(const wbs_book *b, words w);

/* Keep the first error and where it happened (b: the workbook; e: what
 * libxlsxwriter returned; where: what was being written, for the message,
 * copied). */
void wbs_note(wbs_book *b, lxw_error e, const char *where);

/* Characters (not bytes) of UTF-8 text t up to its first line break, which
 * is what a column must be wide enough for. */
double wbs_text_width(const char *t);

/* The characters number v takes in format f: digits, separators, sign,
 * euro sign, decimals and percent sign. The default of
 * wbs_book.number_width. */
double wbs_number_width(double v, fmt_kind f);

/* Widen column c of sheet s to hold w characters. */
void wbs_widen(wbs_sheet *s, lxw_col_t c, double w);

/* Text t (borrowed) in column c of the current row of sheet s, shown as f;
 * nothing for NULL or "". Text longer than a cell takes is cut at a
 * character boundary. */
void wbs_put_text(wbs_sheet *s, lxw_col_t c, const char *t, fmt_kind f);

/* Number v in column c of the current row of sheet s, shown as f; nothing
 * for a value that is not finite (a JSON null read as NaN): a blank, never
 * a text. */
void wbs_put_num(wbs_sheet *s, lxw_col_t c, double v, fmt_kind f);

/* Header h (borrowed) in column c of the header row (row 0) of sheet s,
 * its column widened for the filter button too. */
void wbs_put_head(wbs_sheet *s, lxw_col_t c, const char *h);

/* A header row of n names (heads: borrowed) from column 0 of sheet s; the
 * next row is then row 1. */
void wbs_sheet_head(wbs_sheet *s, const char *const *heads, size_t n);

/* Add a sheet called name to workbook b and start s on it (s: out). The
 * name (borrowed) is cut to 31 characters, without the characters Excel
 * refuses anywhere and the apostrophe it refuses at either end
 * ("'s-Hertogenbosch" becomes "s-Hertogenbosch"). Returns 0, or -1 when
 * libxlsxwriter refuses, with `refused` noted as the error. */
int wbs_sheet_open(wbs_sheet *s, wbs_book *b, const char *name,
                   lxw_error refused);

/* Finish sheet s: column widths from what was written, the row heights of
 * wrapped text, the header row (and freeze_cols name columns) frozen, A4
 * printing (landscape when wide) with the header on every page, and with
 * `filter` a filter on the table. Frees the wrapped cells. */
void wbs_sheet_close(wbs_sheet *s, lxw_col_t freeze_cols, int filter);

/* Finish sheet s as an Excel table called name (static or borrowed; a
 * pivot table takes it as it is) over its rows so far, with n column
 * headers (heads: borrowed, at most WBS_MAX_COLS): then as
 * wbs_sheet_close, without a filter, since the table has its own. */
void wbs_table_close(wbs_sheet *s, const char *name, const char *const *heads,
                     size_t n);

/* Add one format per kind to b's workbook: top-aligned, with the kind's
 * number format; the euro sign and the decimal mark of a probability as in
 * b's language. A failure is noted. */
void wbs_make_formats(wbs_book *b);

/* Start a workbook at path (borrowed) with libxlsxwriter's temporary files
 * beside it, on the file system that has to hold it anyway (/tmp may be
 * small). Returns the workbook (the caller closes it with workbook_close),
 * or NULL. */
lxw_workbook *wbs_workbook_new(const char *path);

/* Close b's workbook (which frees it) and say how that went: 0, or 1 with
 * "base: why" in err (errlen bytes) for the first error noted while
 * writing or else for one of closing (base: the file's name, borrowed). */
int wbs_close(wbs_book *b, const char *base, char *err, size_t errlen);

/* Write "what: why" (just what when why is NULL or "") into err, when
 * there is room (errlen bytes), and return 1. */
int wbs_fail(char *err, size_t errlen, const char *what, const char *why);

#endif /* MKBA_WORKBOOK_SHEET_H */
