/*
 * output.h - writing results so that they appear whole or not at all.
 *
 * Files are written into a staging directory inside the output directory
 * (DIR/.mkba-XXXXXX) and renamed into place only when everything has been
 * written; a failure removes the staging directory and leaves DIR as it
 * was.  rename(2) within one file system is atomic per file.
 */
#ifndef MKBA_OUTPUT_H
#define MKBA_OUTPUT_H

#include <jansson.h>

#include "diag.h"

typedef struct mkba_output mkba_output;

/* Create DIR if needed and a staging directory in it.  *out owned. */
int mkba_output_open(const char *dir, mkba_output **out, mkba_diag *d);
/* The staging directory, where files are written (borrowed). */
const char *mkba_output_staging(const mkba_output *o);
/* Write `text` (len bytes) as file `name` in the staging directory. */
int mkba_output_write(mkba_output *o, const char *name, const char *text, size_t len, mkba_diag *d);
/* Move every staged file into DIR and remove the staging directory. */
int mkba_output_commit(mkba_output *o, mkba_diag *d);
/* Remove the staging directory and its files; frees o (NULL is fine). */
void mkba_output_abort(mkba_output *o);

/* The results document as text: indented, keys in insertion order. */
char *mkba_results_dump(const json_t *results);

/* The CSV of CONTRACT/README (see csv.c); new string, NULL on error. */
char *mkba_results_csv(const json_t *results, const char *lang);

#endif
