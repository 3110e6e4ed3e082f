/*
 * data_fields.h - reading the fields the data files (the price index, the
 * value bank, the regions) share, strictly and with positions: strings and
 * their Dutch twins, numbers, labels, and value-bank rows (also a region's
 * own prices).  Each reader returns 0 or -1 with d set at the field.
 */
#ifndef MKBA_DATA_FIELDS_H
#define MKBA_DATA_FIELDS_H

#include "diag.h"
#include "jdoc.h"

/* One row of the unit-cost table, or a region's override of one. */
typedef struct mkba_unit_cost {
  char *id;              /* e.g. "emergency_visit" */
  char *label_nl;        /* Dutch label */
  char *label_en;        /* English label */
  char *unit;            /* e.g. "EUR per bezoek" */
  char *source;          /* citation */
  char *source_nl;       /* the citation in Dutch, or NULL (then `source`) */
  char *includes;        /* what the amount includes (value bank rows), or NULL */
  char *includes_nl;     /* `includes` in Dutch, or NULL */
  double amount;         /* euros of price_year, or a share when price_year is 0 */
  int price_year;        /* price level of amount; 0 = not money (a share) */
  int confidence;        /* enum mkba_confidence */
  int has_range;         /* low..high given: every parameter bound to the row takes
                            the triangular distribution with that range and mean
                            `amount`, so that one resource has one uncertainty */
  double low;            /* smallest plausible amount (same units as amount) */
  double high;           /* largest plausible amount */
  char *range_source;    /* why that range, when has_range */
  char *range_source_nl; /* `range_source` in Dutch, or NULL */
} mkba_unit_cost;

/* Confidence name <-> enum: "verified", "secondary", "assumption". */
const char *mkba_confidence_name(int confidence);
int mkba_confidence_parse(const char *s);

/* Member `key` of o as a string (borrowed), or NULL: absent (an error when
 * `required`) or not a string (always an error). */
const char *mkba_field_str(const mkba_jdoc *doc, const json_t *o, const char *key, int required,
                           mkba_diag *d);

/* The optional Dutch twin `key`_nl of text `key` (e.g. "source_nl"), as a
 * new string in *out (NULL when absent).  Returns -1 on a wrong type. */
int mkba_field_nl(const mkba_jdoc *doc, const json_t *o, const char *key, char **out, mkba_diag *d);

/* Member `key` of o as a finite number (required). */
int mkba_field_num(const mkba_jdoc *doc, const json_t *o, const char *key, double *out,
                   mkba_diag *d);

/* The "label": {"nl", "en"} of o, as new strings. */
int mkba_field_label(const mkba_jdoc *doc, const json_t *o, char **nl, char **en, mkba_diag *d);

/* Free what value-bank row c holds (c itself is the caller's). */
void mkba_unit_cost_clear(mkba_unit_cost *c);

/* Read value-bank row `row` with id `id` into c: a row of the table when
 * `full`, a region's override of one otherwise. */
int mkba_unit_cost_read(const mkba_jdoc *doc, const json_t *row, const char *id, int full,
                        mkba_unit_cost *c, mkba_diag *d);

#endif
