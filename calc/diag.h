/*
 * diag.h - error messages with exit codes, in the style users see them:
 * "mkba: FILE:LINE:COLUMN: what is wrong".
 *
 * A mkba_diag is a small value owned by the caller (usually on the stack).
 * The first error set sticks (as in cairo): later calls do not overwrite
 * it, so the root cause is what the user reads.
 */
#ifndef MKBA_DIAG_H
#define MKBA_DIAG_H

#include <stddef.h>

/* Exit statuses (docs/formats.md, command line). */
enum {
  MKBA_EXIT_OK = 0,   /* success */
  MKBA_EXIT_RUN = 1,  /* the run failed: plugin error, non-finite number, load failure */
  MKBA_EXIT_INPUT = 2 /* bad usage or invalid input */
};

typedef struct mkba_diag {
  int code;       /* 0 while no error; else MKBA_EXIT_RUN or MKBA_EXIT_INPUT */
  char msg[2048]; /* the message, without the "mkba: " prefix */
} mkba_diag;

/* Record an error with exit `code` unless one is already recorded. */
void mkba_diag_set(mkba_diag *d, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/*
 * Record an error at `file`:`line`:`col` (line/col 0 = unknown, then only
 * the file is named; file NULL = no position).
 */
void mkba_diag_at(mkba_diag *d, int code, const char *file, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Print "mkba: <msg>" to standard error. */
void mkba_diag_print(const mkba_diag *d);

#endif
