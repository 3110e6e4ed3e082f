/*
 * workbook_book.h: the results workbook being written (workbook.c) and
 * what its sheet files (workbook_*.c, see workbook_sheets.h) share: the
 * book with its levels, the measures' names and formats, measure cells and
 * header rows, the level of a parameter, the actors' net values and the
 * names of a correlation's numbers. Implemented in workbook_book.c.
 *
 * Internal to reports/, on top of workbook_sheet.h (what the results and
 * the national workbook share). Like there, errors are not returned per
 * cell: the first one is kept in the book (wbs_note).
 */
#ifndef MKBA_WORKBOOK_BOOK_H
#define MKBA_WORKBOOK_BOOK_H

#include <jansson.h>
#include <stddef.h>
#include <xlsxwriter.h>

#include "workbook_sheet.h"

/* The workbook being written. */
typedef struct {
  wbs_book w;           /* what every sheet needs; first, see wb_book_of */
  const json_t *doc;    /* the results document (borrowed) */
  const json_t **level; /* level 0: the document; then the interventions
                           (owned; the documents borrowed) */
  char (*name)[192];    /* each level's name, as in the first column (owned) */
  char all[192];        /* the name for numbers of the whole scenario */
  size_t n_iv;          /* number of interventions */
  int alternatives;     /* 1: the interventions are alternatives */
} wb_book;

/* One sheet being written. */
typedef wbs_sheet wb_sheet;

/* A measure: a key of the document with its name and format. */
typedef struct {
  const char *key; /* the key in the results document */
  words name;      /* its name as a header and in the Data sheet */
  fmt_kind f;      /* how its values are shown */
} wb_measure;

/* The workbook sheet s belongs to (its wbs_book is a wb_book's first
 * member). */
wb_book *wb_book_of(const wb_sheet *s);

/* The string of a pair in the workbook's language (b: the workbook; w: the
 * pair). Returns one of w's static strings. */
const char *wb_say(const wb_book *b, words w);

/* A measure's name in the workbook's language; an unknown key is its own
 * name (b: the workbook; key: a key of the document, borrowed). Returns a
 * static string or key. */
const char *wb_measure_name(const wb_book *b, const char *key);

/* A measure's format (key: a key of the document); an unknown key is
 * shown as it is (F_GENERAL). */
fmt_kind wb_measure_fmt(const char *key);

/* obj[key] (borrowed) in column c of the current row of sheet s: a number
 * as a number in format f, a string as text (wrapped when f is F_WRAP),
 * anything else blank. */
void wb_put_key(wb_sheet *s, lxw_col_t c, const json_t *obj, const char *key,
                fmt_kind f);

/* The n measure keys of obj (keys, obj: borrowed) in columns first.. of
 * the current row of sheet s, each in its measure's format. */
void wb_put_keys(wb_sheet *s, lxw_col_t first, const json_t *obj,
                 const char *const *keys, size_t n);

/* Add a sheet named in the workbook's language (s: out; b: the workbook;
 * name: the two names, each at most 31 characters). Returns 0, or -1 when
 * libxlsxwriter refuses (the error is noted). */
int wb_sheet_open(wb_sheet *s, wb_book *b, words name);

/* The header row of sheet s (at row 0): n column names in the workbook's
 * language (heads: n pairs, borrowed); the next row is then row 1. */
void wb_sheet_head(wb_sheet *s, const words *heads, size_t n);

/* A header row from measure keys after `first` fixed columns (s: the
 * sheet; keys: n measure keys, borrowed), each named by its measure. */
void wb_sheet_head_keys(wb_sheet *s, lxw_col_t first, const char *const *keys,
                        size_t n);

/* The levels the table sheets show: the package (never for alternatives)
 * and, with several interventions, each intervention (b: the workbook;
 * first, end: out, the range of level indices). */
void wb_shown_levels(const wb_book *b, size_t *first, size_t *end);

/* The level name of intervention index k (as in the document's
 * "intervention" and parameter prefixes), or of the package for -1 or an
 * index out of range (b: the workbook). Returns one of b's names. */
const char *wb_iv_name(const wb_book *b, long k);

/* The intervention a parameter id such as "1:effect" belongs to (id:
 * borrowed, may be NULL): its index, or -1 without a prefix (one
 * intervention). */
long wb_param_iv(const char *id);

/* A header "Saldo (CW): <actor>" in sheet s for each of the document's
 * actors from column first on. */
void wb_actor_npv_heads(wb_sheet *s, lxw_col_t first);

/* Each actor's net value of a level (ia: its "actors" array, borrowed) in
 * sheet s from column first on, in the order of the document's actors. */
void wb_actor_npv_cells(wb_sheet *s, lxw_col_t first, const json_t *ia);

/* The numbers of a correlated pair of parameters, in the order of their
 * columns (they are not the measures of the same keys elsewhere: "rank"
 * is no ranking here), and how many there are. */
extern const wb_measure wb_corr_measures[];
extern const size_t wb_n_corr;

/* The name of a correlation's number in the workbook's language, or the
 * key itself (b: the workbook; key: borrowed). */
const char *wb_corr_name(const wb_book *b, const char *key);

/* The levels of b->doc and their names: the document ("Pakket (samen)",
 * for alternatives "Alternatieven opgeteld", with one intervention its
 * name) and each intervention as "k: label"; sets n_iv, alternatives,
 * level, name and all. Returns 0, or -1 without memory; the caller frees
 * b->level and b->name in either case. */
int wb_make_levels(wb_book *b);

#endif /* MKBA_WORKBOOK_BOOK_H */
