/*
 * check_common.h - the properties and stages of `mkba check-plugin`, and
 * what every stage shares: verdicts, the plugin's standard output caught,
 * ledgers compared bit for bit, the plugin loaded and bound.  Each stage is
 * in a file of its own (check_stages.h); plugin_check.c runs the one asked.
 */
#ifndef MKBA_CHECK_COMMON_H
#define MKBA_CHECK_COMMON_H

#include <jansson.h>
#include <stddef.h>

#include "diag.h"
#include "ledger.h"
#include "run.h"

/* The properties, in the order they are reported. */
enum mkba_check_prop {
  MKBA_CHECK_ABI = 0,        /* the loader's ABI and table checks */
  MKBA_CHECK_SOURCES,        /* sources, Dutch sources, confidence */
  MKBA_CHECK_UNITS,          /* units and price years */
  MKBA_CHECK_BASE,           /* the base case computes, every amount finite */
  MKBA_CHECK_DETERMINISM,    /* the same inputs give the same ledger */
  MKBA_CHECK_THREADS,        /* the same ledger from several threads at once */
  MKBA_CHECK_STDOUT,         /* nothing written to standard output */
  MKBA_CHECK_NEGATIVE_COSTS, /* no cost with a negative amount */
  MKBA_CHECK_DIRECTION,      /* flagged parameters move the NPV their way */
  MKBA_CHECK_TRANSFERS,      /* transfers net to zero over actors */
  MKBA_CHECK_BLOCKS,         /* compute_block (ABI 1.5) gives compute()'s NPVs */
  MKBA_CHECK_N
};

/* The id of property `prop` in the output ("abi", "sources", ...). */
const char *mkba_check_id(int prop);

/* The stages, each run in a supervised child of its own. */
enum mkba_check_stage {
  MKBA_STAGE_TABLE = 0,   /* load: abi, sources, units (and output while loading) */
  MKBA_STAGE_BASE,        /* configure and the base case: base, stdout, negative costs,
                             transfers */
  MKBA_STAGE_DETERMINISM, /* determinism */
  MKBA_STAGE_THREADS,     /* threads */
  MKBA_STAGE_DIRECTION,   /* direction */
  MKBA_STAGE_BLOCKS       /* blocks */
};

/* What one stage is to do; every pointer is borrowed for the stage. */
typedef struct mkba_check_job {
  const char *path;      /* the plugin file */
  const char *scen_name; /* the scenario's name in messages */
  const char *scen_text; /* a scenario with one intervention naming the plugin */
  size_t scen_len;       /* its bytes */
  int stage;             /* enum mkba_check_stage */
  int from_scenario;     /* 1 when the params come from --scenario, 0 for {} */
  int threads, repeats;  /* the threads stage: threads computing at once, computes each */
} mkba_check_job;

/*
 * Standard output caught while plugin code runs: file descriptor 1 goes
 * to a pipe of our own (non-blocking, so that a plugin that writes much
 * cannot hang the stage), and what arrived is read when the code is done.
 */
typedef struct mkba_check_capture {
  int saved; /* the descriptor 1 was before, or -1 */
  int rd;    /* the pipe's reading end, or -1 */
} mkba_check_capture;

/*
 * Record the verdict on property `prop` in doc["verdicts"]: `status` "pass",
 * "fail" or "note", the message (printf-style; plugin strings in it are made
 * valid UTF-8) and `fix`, what to do about it, or NULL for nothing.
 */
void mkba_check_verdict(json_t *doc, int prop, const char *status, const char *fix, const char *fmt,
                        ...) __attribute__((format(printf, 5, 6)));

/* The label of actor a in messages: its id, "gemeente". */
const char *mkba_check_actor(int a);

/* Send descriptor 1 into a new pipe; 0, or -1 when it cannot (then nothing changed). */
int mkba_check_capture_begin(mkba_check_capture *c);

/*
 * Put descriptor 1 back and return the number of bytes the plugin wrote;
 * the first of them, made printable, go into head[0 .. len-1].
 */
size_t mkba_check_capture_end(mkba_check_capture *c, char *head, size_t len);

/* Record in doc[key] what the plugin wrote to standard output: {"bytes", "head"}. */
void mkba_check_record_output(json_t *doc, const char *key, size_t bytes, const char *head);

/* Append ", key" (or "key" first) to list[0 .. len-1]; "..." once when it would not fit. */
void mkba_check_list_add(char *list, size_t len, const char *key);

/*
 * Compare ledgers x (the first compute) and y (a later one) bit for bit: 0
 * when the same; else 1 with the first difference in why[0 .. len-1].
 */
int mkba_check_ledger_diff(const mkba_ctx *x, const mkba_ctx *y, char *why, size_t len);

/* Load the plugin and bind the scenario (configure() runs): *run, 0 or -1 with d set. */
int mkba_check_prepare(const mkba_check_job *j, mkba_run **run, mkba_diag *d);

/* A new ledger for intervention 0 of run, or NULL. */
mkba_ctx *mkba_check_new_ledger(const mkba_run *run);

#endif
