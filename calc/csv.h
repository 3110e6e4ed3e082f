/*
 * csv.h - every number of the results document as one long ("tidy") CSV
 * table, built from the document itself so that CSV and JSON always agree
 * (the columns are in csv.c and docs/formats.md).
 */
#ifndef MKBA_CSV_H
#define MKBA_CSV_H

#include <jansson.h>

/*
 * The CSV of `results` with labels in `lang` ("nl" or "en"): a new string
 * the caller frees, or NULL on error.
 */
char *mkba_results_csv(const json_t *results, const char *lang);

#endif
