/*
 * supervise.h - running plugin code in a supervised child process.
 *
 * Plugins are C code loaded into mkba; a plugin that crashes, aborts,
 * calls exit(), loops, leaks or prints to standard output must not take
 * mkba's exit status, terminal or output files with it.  So every command
 * that runs plugin code does that work in a child process: the parent
 * keeps the terminal, standard output and the output directory, and the
 * final word.  The child sends back the product of its work (the results
 * document, a plugin description) and its status through pipes; its own
 * standard output is a third pipe, and any byte on it is an error.  The
 * parent stops the child when it exceeds the time limit or the memory
 * limit (resident memory, read from /proc every few milliseconds), and
 * names the plugin that was running, with the Monte Carlo draw and seed
 * where it was in one (watch.h).
 *
 * MKBA_NO_SUPERVISOR=1 in the environment runs the work in the process
 * itself: for a debugger, and to measure the supervisor's overhead.
 */
#ifndef MKBA_SUPERVISE_H
#define MKBA_SUPERVISE_H

#include <stddef.h>

#include "diag.h"

typedef struct mkba_limits {
  double timeout;    /* seconds of wall time; 0 for none */
  size_t max_memory; /* bytes of resident memory; 0 for none */
} mkba_limits;

/*
 * The work: put its product into *out (malloc'd, *len bytes; NULL for
 * none) and return 0, or return -1 with the error in d.  `arg` is the
 * caller's.  Runs in the child.
 */
typedef int (*mkba_work_fn)(void *arg, char **out, size_t *len, mkba_diag *d);

/*
 * Run `fn(arg)` in a supervised child; on success *out (owned by the
 * caller, NUL-terminated) and *len hold its product.  The child's errors
 * come back in d with their exit codes; what the supervisor detects (a
 * crash, exit, time or memory limit, output on standard output) is exit 1
 * with a message naming the plugin.
 */
int mkba_supervise(const mkba_limits *lim, mkba_work_fn fn, void *arg, char **out, size_t *len,
                   mkba_diag *d);

/* Physical memory of this machine in bytes (0 when unknown). */
size_t mkba_physical_memory(void);

#endif
