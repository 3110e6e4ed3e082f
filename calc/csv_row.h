/*
 * csv_row.h - the rows of mkba's CSV tables (results.csv in csv.c,
 * national.csv in national.c): a growing text with the separators of its
 * language, quoted text fields, numbers with 15 significant digits and the
 * language's decimal separator, CRLF line ends and a UTF-8 byte order mark
 * (why: see csv.c).
 *
 * Out of memory marks the text failed and appends nothing more;
 * mkba_csv_finish then gives NULL.
 */
#ifndef MKBA_CSV_ROW_H
#define MKBA_CSV_ROW_H

#include <jansson.h>
#include <stddef.h>

#include "format.h"

/* A CSV text being built, with the separators of its language. */
typedef struct mkba_csv {
  char *s;        /* the text (owned until mkba_csv_finish), NUL-terminated */
  size_t n, cap;  /* its length and room, in bytes */
  int failed;     /* out of memory: the result is NULL */
  char sep;       /* field separator: ';' in Dutch, ',' in English */
  char point;     /* decimal separator: ',' in Dutch, '.' in English */
  mkba_lang lang; /* the language of the codes */
} mkba_csv;

/* One code in both languages; English codes are mostly the document's
 * keys. */
typedef struct mkba_csv_code {
  const char *en, *nl; /* static */
} mkba_csv_code;

/*
 * Start b (out) as an empty text in language lang with the byte order mark
 * and the header row: n column names, from head in English or kop in Dutch
 * (both borrowed).
 */
void mkba_csv_start(mkba_csv *b, mkba_lang lang, const char *const *head, const char *const *kop,
                    size_t n);

/*
 * The code `en` (borrowed, may be NULL) in b's language, looked up in codes
 * (n entries, borrowed); a code missing from the table stays as it is.
 * Returns a string of codes or en itself.
 */
const char *mkba_csv_tr(const mkba_csv *b, const mkba_csv_code *codes, size_t n, const char *en);

/*
 * A code of the results document (table, measure, kind, confidence ...; en
 * borrowed, may be NULL) in b's language, from the one table results.csv
 * and national.csv share; a code it lacks stays as it is.
 */
const char *mkba_csv_result_code(const mkba_csv *b, const char *en);

/* Append n bytes of s (borrowed) to b. */
void mkba_csv_put(mkba_csv *b, const char *s, size_t n);

/* Append the string s (borrowed) to b. */
void mkba_csv_puts(mkba_csv *b, const char *s);

/* Append a text field s (borrowed; NULL: empty) to b, quoted when it holds
 * a separator, quote or line break. */
void mkba_csv_field(mkba_csv *b, const char *s);

/* Append the separator between fields to b. */
void mkba_csv_sep(mkba_csv *b);

/*
 * Append number v (borrowed: a JSON integer, real or boolean as 1/0) to b
 * with b's decimal separator, 15 significant digits and no grouping.
 * Returns 0, or -1 for anything else (text, null, NULL), which then
 * appends nothing.
 */
int mkba_csv_number(mkba_csv *b, const json_t *v);

/* End the row: CRLF. */
void mkba_csv_end_row(mkba_csv *b);

/* The finished text (the caller frees it), or NULL when b failed (then b's
 * text is freed). */
char *mkba_csv_finish(mkba_csv *b);

#endif /* MKBA_CSV_ROW_H */
