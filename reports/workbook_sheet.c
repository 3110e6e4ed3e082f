/*
 * workbook_sheet.c: the cells, sheets and formats both workbooks write
 * with (see workbook_sheet.h).
 *
 * Numbers are written as numbers: the separators are the reader's own
 * (Dutch Excel shows € 1.234.567), the format says whether a number is
 * euros (whole), a percentage or a factor. libxlsxwriter cannot measure
 * text, so column widths come from the number of characters written.
 */
#include "workbook_sheet.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The longest text a cell takes is 32,767 characters; cut well before. */
#define MAX_TEXT 32000
/* The width of wrapped text columns. */
#define WRAP_WIDTH 70.0

/* See workbook_sheet.h. */
const char *wbs_say(const wbs_book *b, words w) {
  return b->lang == MKBA_LANG_EN ? w.en : w.nl;
}

/* See workbook_sheet.h. */
void wbs_note(wbs_book *b, lxw_error e, const char *where) {
  if (e != LXW_NO_ERROR && b->error == LXW_NO_ERROR) {
    b->error = e;
    snprintf(b->where, sizeof b->where, "%s", where);
  }
}

/* See workbook_sheet.h. */
double wbs_text_width(const char *t) {
  double n = 0;
  for (const unsigned char *p = (const unsigned char *)t; *p && *p != '\n'; p++)
    if ((*p & 0xC0) != 0x80)
      n++;
  return n;
}

/* See workbook_sheet.h. */
double wbs_number_width(double v, fmt_kind f) {
  static const int decimals[F_N] = {
      [F_PCT] = 1,   [F_PCT0] = 0,   [F_PROB] = 2, [F_RATE] = 2,
      [F_RATIO] = 2, [F_FACTOR] = 4, [F_DEC] = 2,  [F_GENERAL] = 6};
  int pct = f == F_PCT || f == F_PCT0 || f == F_RATE || f == F_PROB;
  double a = fabs(pct ? v * 100 : v);
  int digits = a >= 1 ? (int)floor(log10(a)) + 1 : 1;
  double w = digits + (v < 0) + decimals[f] + (decimals[f] > 0);
  if (f == F_EURO || f == F_INT || f == F_DEC)
    w += (digits - 1) / 3;
  if (f == F_EURO)
    w += 2;
  if (pct)
    w += 1;
  return w;
}

/* See workbook_sheet.h. */
void wbs_widen(wbs_sheet *s, lxw_col_t c, double w) {
  if (c >= WBS_MAX_COLS)
    return;
  if (w > s->width[c])
    s->width[c] = w;
  if (c + 1 > s->ncol)
    s->ncol = c + 1;
}

/* Remember a wrapped cell of `chars` characters at row r, column c of
 * sheet s; without memory its row merely keeps one line. */
static void remember_wrap(wbs_sheet *s, lxw_row_t r, lxw_col_t c,
                          double chars) {
  if (s->n_wraps == s->cap_wraps) {
    size_t cap = s->cap_wraps ? 2 * s->cap_wraps : 64;
    wbs_wrapped *w = realloc(s->wraps, cap * sizeof *w);
    if (w == NULL)
      return;
    s->wraps = w;
    s->cap_wraps = cap;
  }
  s->wraps[s->n_wraps++] = (wbs_wrapped){r, c, chars};
}

/* Text t (borrowed) in row r, column c of sheet s, shown as f; nothing for
 * NULL or "". Text longer than a cell takes is cut at a character
 * boundary. */
static void put_text_at(wbs_sheet *s, lxw_row_t r, lxw_col_t c, const char *t,
                        fmt_kind f) {
  if (t == NULL || t[0] == '\0')
    return;
  char *cut = NULL;
  if (strlen(t) > MAX_TEXT) {
    size_t n = MAX_TEXT;
    while (n > 0 && (t[n] & 0xC0) == 0x80)
      n--;
    cut = strndup(t, n);
    if (cut == NULL) {
      wbs_note(s->b, LXW_ERROR_MEMORY_MALLOC_FAILED, "text");
      return;
    }
    t = cut;
  }
  wbs_note(s->b, worksheet_write_string(s->ws, r, c, t, s->b->fmt[f]),
           "a text cell");
  if (f == F_WRAP && c < WBS_MAX_COLS) {
    s->wrap[c] = 1;
    remember_wrap(s, r, c, wbs_text_width(t));
  }
  wbs_widen(s, c, wbs_text_width(t));
  free(cut);
}

/* See workbook_sheet.h. */
void wbs_put_text(wbs_sheet *s, lxw_col_t c, const char *t, fmt_kind f) {
  put_text_at(s, s->row, c, t, f);
}

/* Number v in row r, column c of sheet s, shown as f; nothing for a value
 * that is not finite (a JSON null read as NaN): a blank, never a text. */
static void put_num_at(wbs_sheet *s, lxw_row_t r, lxw_col_t c, double v,
                       fmt_kind f) {
  if (!isfinite(v))
    return;
  wbs_note(s->b, worksheet_write_number(s->ws, r, c, v, s->b->fmt[f]),
           "a number cell");
  wbs_widen(s, c,
            s->b->number_width != NULL ? s->b->number_width(v, f)
                                       : wbs_number_width(v, f));
}

/* See workbook_sheet.h. */
void wbs_put_num(wbs_sheet *s, lxw_col_t c, double v, fmt_kind f) {
  put_num_at(s, s->row, c, v, f);
}

/* See workbook_sheet.h. */
void wbs_put_head(wbs_sheet *s, lxw_col_t c, const char *h) {
  put_text_at(s, 0, c, h, F_HEAD);
  if (h != NULL && h[0] != '\0')
    wbs_widen(s, c, wbs_text_width(h) + 2); /* the filter button */
}

/* See workbook_sheet.h. */
void wbs_sheet_head(wbs_sheet *s, const char *const *heads, size_t n) {
  for (size_t c = 0; c < n; c++)
    wbs_put_head(s, (lxw_col_t)c, heads[c]);
  s->row = 1;
}

/* See workbook_sheet.h. */
int wbs_sheet_open(wbs_sheet *s, wbs_book *b, const char *name,
                   lxw_error refused) {
  char clean[128];
  size_t k = 0, cs = 0;
  for (const unsigned char *p = (const unsigned char *)name;
       *p && k + 4 < sizeof clean; p++) {
    if (strchr("[]:*?/\\", *p) != NULL || (k == 0 && *p == '\''))
      continue;
    if ((*p & 0xC0) != 0x80 && ++cs > 31)
      break;
    clean[k++] = (char)*p;
  }
  while (k > 0 && clean[k - 1] == '\'')
    k--;
  clean[k] = '\0';
  memset(s, 0, sizeof *s);
  s->b = b;
  s->ws = workbook_add_worksheet(b->wb, clean);
  if (s->ws == NULL) {
    wbs_note(b, refused, clean);
    return -1;
  }
  return 0;
}

/* Rows with wrapped text get the height of their longest cell's lines
 * (about 15 points a line; a proportional font fits a little more than a
 * character per unit of column width, so the estimate errs on the tall
 * side): Excel may fit the height itself, LibreOffice does not. Rows are
 * written in order, so the cells of one row are neighbours in s->wraps.
 * (s: the sheet, whose wrapped cells are freed; width: each column's final
 * width). */
static void set_row_heights(wbs_sheet *s, const double *width) {
  for (size_t i = 0; i < s->n_wraps;) {
    lxw_row_t r = s->wraps[i].row;
    double lines = 1;
    for (; i < s->n_wraps && s->wraps[i].row == r; i++) {
      const wbs_wrapped *w = &s->wraps[i];
      double l = ceil(w->chars * 1.1 / (width[w->col] - 1));
      lines = l > lines ? l : lines;
    }
    if (lines > 1)
      wbs_note(s->b, worksheet_set_row(s->ws, r, 15 * lines, NULL),
               "row heights");
  }
  free(s->wraps);
  s->wraps = NULL;
  s->n_wraps = s->cap_wraps = 0;
}

/* See workbook_sheet.h. */
void wbs_sheet_close(wbs_sheet *s, lxw_col_t freeze_cols, int filter) {
  double width[WBS_MAX_COLS];
  for (lxw_col_t c = 0; c < s->ncol && c < WBS_MAX_COLS; c++) {
    double w = s->width[c] + 1;
    if (s->wrap[c])
      w = w < WRAP_WIDTH ? w : WRAP_WIDTH;
    else if (w > s->b->max_width)
      w = s->b->max_width;
    width[c] = w < 8 ? 8 : w;
    wbs_note(s->b, worksheet_set_column(s->ws, c, c, width[c], NULL),
             "column widths");
  }
  set_row_heights(s, width);
  worksheet_freeze_panes(s->ws, 1, freeze_cols);
  /* printed: A4, as wide as a page, landscape when wide, the header on
   * every page */
  worksheet_set_paper(s->ws, 9);
  if (s->ncol > 4)
    worksheet_set_landscape(s->ws);
  worksheet_fit_to_pages(s->ws, 1, 0);
  wbs_note(s->b, worksheet_repeat_rows(s->ws, 0, 0), "the printed header");
  if (filter && s->row > 1 && s->ncol > 0)
    wbs_note(s->b, worksheet_autofilter(s->ws, 0, 0, s->row - 1, s->ncol - 1),
             "a filter");
}

/* See workbook_sheet.h. */
void wbs_table_close(wbs_sheet *s, const char *name, const char *const *heads,
                     size_t n) {
  lxw_table_column cols[WBS_MAX_COLS], *colp[WBS_MAX_COLS + 1];
  if (n > WBS_MAX_COLS)
    n = WBS_MAX_COLS;
  for (size_t c = 0; c < n; c++) {
    memset(&cols[c], 0, sizeof cols[c]);
    cols[c].header = (char *)heads[c];
    colp[c] = &cols[c];
  }
  colp[n] = NULL;
  lxw_table_options opt = {.name = (char *)name,
                           .style_type = LXW_TABLE_STYLE_TYPE_LIGHT,
                           .style_type_number = 9,
                           .columns = colp};
  wbs_note(s->b,
           worksheet_add_table(s->ws, 0, 0, s->row > 1 ? s->row - 1 : 1,
                               (lxw_col_t)(n - 1), &opt),
           "the data table");
  wbs_sheet_close(s, 0, 0);
}

/* See workbook_sheet.h. The euro sign goes where the language puts it:
 * "€ 1.234" and "-€ 1.234" in Dutch, "€1,234" and "-€1,234" in English, as
 * in the report. */
void wbs_make_formats(wbs_book *b) {
  static const char *const codes[F_N] = {
      [F_PCT] = "0.0%",   [F_PCT0] = "0%",       [F_RATE] = "0.00%",
      [F_RATIO] = "0.00", [F_FACTOR] = "0.0000", [F_INT] = "#,##0",
      [F_PLAIN] = "0",    [F_DEC] = "#,##0.0#",  [F_GENERAL] = "General"};
  for (int f = 0; f < F_N; f++) {
    lxw_format *x = workbook_add_format(b->wb);
    b->fmt[f] = x;
    if (x == NULL) {
      wbs_note(b, LXW_ERROR_MEMORY_MALLOC_FAILED, "formats");
      continue;
    }
    format_set_align(x, LXW_ALIGN_VERTICAL_TOP);
    if (codes[f] != NULL)
      format_set_num_format(x, codes[f]);
  }
  if (b->error != LXW_NO_ERROR)
    return;
  format_set_num_format(b->fmt[F_EURO],
                        b->lang == MKBA_LANG_EN
                            ? "\"\xe2\x82\xac\"#,##0;-\"\xe2\x82\xac\"#,##0"
                            : "\"\xe2\x82\xac \"#,##0;-\"\xe2\x82\xac \"#,##0");
  /* A probability as the report prints it: tenths of a percent, but 100%
   * only when certain and "> 99,9%" just below, so that 0,9999 never reads
   * as certainty. (A number format takes two conditions: the low end, a
   * chance below 0,05%, shows as 0,0%.) The literal's decimal mark is the
   * language's. */
  format_set_num_format(b->fmt[F_PROB],
                        b->lang == MKBA_LANG_EN
                            ? "[=1]0%;[>=0.9995]\"> 99.9%\";0.0%"
                            : "[=1]0%;[>=0.9995]\"> 99,9%\";0.0%");
  format_set_text_wrap(b->fmt[F_WRAP]);
  format_set_bold(b->fmt[F_HEAD]);
  format_set_text_wrap(b->fmt[F_HEAD]);
  format_set_bottom(b->fmt[F_HEAD], LXW_BORDER_THIN);
  format_set_bg_color(b->fmt[F_HEAD], 0xE8EEF4);
  format_set_bold(b->fmt[F_SECTION]);
}

/* See workbook_sheet.h. */
lxw_workbook *wbs_workbook_new(const char *path) {
  char tmpdir[4096];
  snprintf(tmpdir, sizeof tmpdir, "%s", path);
  char *slash = strrchr(tmpdir, '/');
  if (slash != NULL)
    *slash = '\0';
  lxw_workbook_options opt = {.tmpdir = slash != NULL ? tmpdir : NULL};
  return workbook_new_opt(path, &opt);
}

/* See workbook_sheet.h. */
int wbs_fail(char *err, size_t errlen, const char *what, const char *why) {
  if (err != NULL && errlen > 0)
    snprintf(err, errlen, "%s%s%s", what, why && why[0] ? ": " : "",
             why ? why : "");
  return 1;
}

/* See workbook_sheet.h. */
int wbs_close(wbs_book *b, const char *base, char *err, size_t errlen) {
  lxw_error closed = workbook_close(b->wb);
  b->wb = NULL;
  char why[512];
  if (b->error != LXW_NO_ERROR) {
    snprintf(why, sizeof why, "%s (%s)", lxw_strerror(b->error), b->where);
    return wbs_fail(err, errlen, base, why);
  }
  if (closed != LXW_NO_ERROR) {
    /* libxlsxwriter's sentence as a message: lower case, no full stop */
    const char *e = lxw_strerror(closed);
    snprintf(why, sizeof why, "%.*s", (int)strcspn(e, "."), e);
    why[0] = (char)(why[0] >= 'A' && why[0] <= 'Z' ? why[0] + 32 : why[0]);
    return wbs_fail(err, errlen, base, why);
  }
  return 0;
}
