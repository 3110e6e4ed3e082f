/*
 * output.h - writing results so that a reader sees the old set of files
 * or the new set, never a mix and never a stale file of an earlier run.
 *
 * `-o DIR` builds the complete output in a staging directory beside DIR
 * (PARENT/.BASE.mkba-PID-XXXXXX, on the same file system), then, holding
 * an exclusive lock (flock) on PARENT, replaces DIR as a whole: Linux's
 * renameat2(RENAME_EXCHANGE) swaps the two directories in one step, and
 * the old set is removed afterwards; where the file system cannot exchange,
 * the old DIR is renamed aside and the new one renamed into place, so a
 * reader sees either set or, for an instant, none.  A failure, SIGINT or
 * SIGTERM removes the staging directory.  A staging directory whose
 * process (the PID in its name) no longer runs on this machine is stale
 * and removed by the next run into the same parent.
 *
 * Files mkba did not write: DIR may hold only what mkba writes there
 * (results.json, results.csv, results.xlsx, report.pdf, chart-*.png, chart-*.svg; for
 * mkba batch national.json, national.csv, national.xlsx, national.pdf and the directory
 * cells/ with its scenario files; a name given to mkba_output_write may hold
 * directories, made in the staging directory).  A DIR with
 * anything else is refused, unless the caller asks to replace it whole (`--replace`), foreign files
 * included.
 */
#ifndef MKBA_OUTPUT_H
#define MKBA_OUTPUT_H

#include <jansson.h>

#include "diag.h"

typedef struct mkba_output mkba_output;

/*
 * Check DIR and make a staging directory beside it (creating DIR's missing
 * parents).  `replace` allows replacing a DIR that holds files mkba did
 * not write.  Paths too long to represent are an input error (exit 2).
 * *out is owned by the caller until commit or abort.
 */
int mkba_output_open(const char *dir, int replace, mkba_output **out, mkba_diag *d);
/* The staging directory, where files are written (borrowed). */
const char *mkba_output_staging(const mkba_output *o);
/* Write `text` (len bytes) as file `name` in the staging directory. */
int mkba_output_write(mkba_output *o, const char *name, const char *text, size_t len, mkba_diag *d);
/* Replace DIR by the staged set, as above; frees o. */
int mkba_output_commit(mkba_output *o, mkba_diag *d);
/* Remove the staging directory and its files; frees o (NULL is fine). */
void mkba_output_abort(mkba_output *o);

#endif
