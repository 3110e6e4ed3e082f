/*
 * plugin_check.h - the properties `mkba check-plugin` checks, and the work
 * each supervised stage of it does.
 *
 * The command (cli_check.c) runs the checks in stages, each in its own
 * supervised child (supervise.h), so that a plugin that crashes, loops or
 * calls exit() in one stage fails the property of that stage and nothing
 * else: first the descriptor and parameter table, then the base case, then
 * determinism, threads and the direction of effects.  A stage's product is
 * a JSON object whose member "verdicts" maps property ids to
 * {"status": "pass"|"fail"|"note", "message", "fix"}; a property a stage
 * did not judge is absent.
 */
#ifndef MKBA_PLUGIN_CHECK_H
#define MKBA_PLUGIN_CHECK_H

#include <stddef.h>

#include "diag.h"

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
 * The work of one stage (an mkba_work_fn for mkba_supervise): `arg` is an
 * mkba_check_job.  The product is the JSON object described above, also
 * when the plugin fails a property; -1 only when the stage cannot run at
 * all (no memory, no data directory), with the reason in d.
 */
int mkba_check_work(void *arg, char **out, size_t *len, mkba_diag *d);

#endif
