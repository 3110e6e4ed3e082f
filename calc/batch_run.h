/*
 * batch_run.h - the cells of a batch computed: the supervised child
 * prepares the cells one at a time (the plugin loader and the data readers
 * are not thread-safe) and computes them on several threads, each cell's
 * Monte Carlo on one thread, and collects the results by cell index, so
 * that no byte of the output depends on the number of threads.
 */
#ifndef MKBA_BATCH_RUN_H
#define MKBA_BATCH_RUN_H

#include <jansson.h>

#include "batch.h"
#include "diag.h"
#include "watch.h"

/*
 * What the supervisor cannot know about a batch, in memory shared with the
 * child (mkba_batch_watch_create before the fork): which cell a thread that
 * crashed or called exit() was computing, and which cells were in flight.
 */
typedef struct mkba_batch_watch {
  volatile int crashed;                   /* cell whose thread crashed or exited, -1 none */
  volatile int how;                       /* the signal, or 0 for exit() */
  volatile long long draw;                /* its Monte Carlo draw (0-based), -1 none */
  volatile int running[MKBA_WATCH_SLOTS]; /* per worker: the cell it computes, -1 none */
} mkba_batch_watch;

/* A new record in shared memory (munmap with mkba_batch_watch_free); NULL on failure. */
mkba_batch_watch *mkba_batch_watch_create(void);
void mkba_batch_watch_free(mkba_batch_watch *w);

/* How to compute a batch. */
typedef struct mkba_batch_opts {
  int threads;             /* worker threads (>= 1) */
  int keep_going;          /* 1: a failing cell is recorded, not fatal */
  int shard_k, shard_n;    /* compute cells with c % n == k - 1 (1/1: all) */
  int progress;            /* 1: progress on standard error */
  char *const *failed;     /* [cells] an error for cells not to compute (crashed before), or NULL */
  mkba_batch_watch *watch; /* the shared record, or NULL */
} mkba_batch_opts;

/*
 * Compute the cells of the shard and build the national document without
 * its national totals (new reference in *doc).  Runs plugin code: call it in
 * the supervised child.  A failing cell is exit 1 naming region and
 * intervention unless keep_going; an input error in a cell (a parameter out
 * of range) is exit 2 at the intervention in the batch file.
 */
int mkba_batch_compute(const mkba_batch *b, const mkba_batch_opts *o, json_t **doc, mkba_diag *d);

#endif
