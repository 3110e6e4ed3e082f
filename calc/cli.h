/*
 * cli.h - the commands of the mkba program (docs/formats.md, command
 * line): the options main.c parsed, and one function per command, each
 * returning the exit status (0, 1 or 2).
 */
#ifndef MKBA_CLI_H
#define MKBA_CLI_H

#include <stddef.h>

#include "supervise.h"

typedef struct mkba_opts {
  const char *cmd;           /* run, validate, batch, merge, list, describe, regions, costs */
  const char *arg;           /* SCENARIO, BATCH, NAME or FILE.so */
  const char *arg2;          /* new-plugin: the DIR, or NULL */
  const char *outdir;        /* -o */
  const char *format;        /* --format */
  const char *lang;          /* --lang: "nl" or "en" */
  const char *region;        /* --region (costs) */
  const char *scenario;      /* --scenario (check-plugin) */
  int json;                  /* --json */
  int help;                  /* --help */
  int replace;               /* --replace: replace DIR even with files mkba did not write */
  int no_sensitivity;        /* --no-sensitivity */
  long draws;                /* --draws, or -1: from the scenario */
  long long seed;            /* --seed, or -1: from the scenario */
  int threads;               /* --threads, or 0: the number of cores */
  double timeout;            /* --timeout in seconds, or -1: the command's default */
  size_t max_memory;         /* --max-memory in bytes, or 0: the default share of memory */
  int keep_going;            /* --keep-going (batch): record a failing cell and go on */
  int shard_k;               /* --shard K/N (batch): this shard, 1..N; 0 without --shard */
  int shard_n;               /* the number of shards; 0 without --shard */
  const char *const *inputs; /* merge: the shard directories (borrowed from argv) */
  int n_inputs;              /* their number */
} mkba_opts;

/* The limits of the supervised child for a command; default_timeout in seconds. */
mkba_limits mkba_cli_limits(const mkba_opts *o, double default_timeout);

/* mkba run (validate_only 0) and mkba validate (1). */
int mkba_cmd_run(const mkba_opts *o, int validate_only);

/* mkba batch BATCH.json -o DIR (cli_batch.c). */
int mkba_cmd_batch(const mkba_opts *o);

/* mkba merge SHARD_DIR... -o DIR (cli_batch.c). */
int mkba_cmd_merge(const mkba_opts *o);

/* mkba list, describe NAME, regions, costs. */
int mkba_cmd_costs(const mkba_opts *o);
int mkba_cmd_list(const mkba_opts *o);
int mkba_cmd_describe(const mkba_opts *o);
int mkba_cmd_regions(const mkba_opts *o);

/* mkba new-plugin NAME [DIR] (cli_new.c): a plugin folder from the template. */
int mkba_cmd_new_plugin(const mkba_opts *o);

/* mkba check-plugin FILE.so [--json] (cli_check.c): the standard properties. */
int mkba_cmd_check_plugin(const mkba_opts *o);

#endif
