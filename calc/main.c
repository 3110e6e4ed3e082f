/*
 * main.c - the mkba command line (docs/formats.md).
 *
 * Exit status: 0 success, 1 the run failed, 2 bad usage or invalid input.
 * Errors go to standard error as "mkba: FILE:LINE:COLUMN: message".
 */
#include <errno.h>
#include <gsl/gsl_errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "count.h"
#include "diag.h"
#include "mkba_plugin.h"

#ifndef MKBA_VERSION
#define MKBA_VERSION "0.0.0"
#endif

static const char usage_main[] =
    "usage: mkba COMMAND [OPTIONS]\n"
    "\n"
    "Social cost-benefit analysis (MKBA) of social-domain interventions.\n"
    "\n"
    "commands:\n"
    "  run SCENARIO.json      evaluate a scenario and report the results\n"
    "  validate SCENARIO.json check a scenario; same errors as run, nothing written\n"
    "  batch BATCH.json -o DIR  every region times every intervention (the national run)\n"
    "  merge SHARD_DIR... -o DIR  join the shards of a batch run with --shard\n"
    "  list                   interventions (plugins) found\n"
    "  describe NAME          one plugin's parameters, defaults and sources\n"
    "  regions                regional parameter sets available\n"
    "  costs                  the value bank: every shared unit cost, its source\n"
    "  new-plugin NAME [DIR]  write a new plugin's folder that builds and tests out of the tree\n"
    "  check-plugin FILE.so   check a plugin before you send it: a verdict per property\n"
    "  help [COMMAND]         this text, or one command's\n"
    "  version                mkba's version and its plugin ABI\n"
    "\n"
    "  A SCENARIO.json of \"-\" is read from standard input.\n"
    "  mkba --version | --help | COMMAND --help\n"
    "\n"
    "environment:\n"
    "  MKBA_PLUGIN_PATH   directories searched for plugins first (absolute, colon-separated)\n"
    "  MKBA_DATA_DIR      another data directory (price index, unit costs, regions)\n"
    "  MKBA_REGION_PATH   directories with more region files\n"
    "  SOURCE_DATE_EPOCH  the date on reports and workbooks, for byte-identical files\n"
    "  MKBA_NO_SUPERVISOR=1  compute in this process (for a debugger)\n"
    "  MKBA_MC_PER_DRAW=1    Monte Carlo draw by draw, never in blocks (for comparison)\n"
    "\n"
    "exit status: 0 success, 1 the run failed, 2 bad usage or invalid input\n";

static const char usage_run[] =
    "usage: mkba run SCENARIO.json [-o DIR] [--format LIST] [--json] [--lang nl|en]\n"
    "                              [--draws N] [--seed N] [--threads N] [--no-sensitivity]\n"
    "                              [--replace] [--timeout SECONDS] [--max-memory SIZE]\n"
    "\n"
    "  SCENARIO.json      the scenario file, or - to read it from standard input\n"
    "  -o DIR             write DIR/results.json and DIR/results.csv (and --format files);\n"
    "                     DIR is replaced as a whole, or not at all when the run fails\n"
    "  --format LIST      also write pdf, png, svg, xlsx (comma-separated; csv and\n"
    "                     json are always written with -o)\n"
    "  --json             print the results document on standard output, nothing else\n"
    "  --lang nl|en       language of labels and reports (default nl)\n"
    "  --draws N          Monte Carlo draws (overrides the scenario; 0 = none)\n"
    "  --seed N           Monte Carlo seed, 0 to 2^53-1 (overrides the scenario)\n"
    "  --threads N        worker threads (default: the number of cores)\n"
    "  --no-sensitivity   leave out the one-way analyses (tornado, switching values)\n"
    "  --replace          replace DIR even when it holds files mkba did not write\n"
    "  --timeout S        stop a run that takes longer than S seconds (default 3600)\n"
    "  --max-memory SIZE  stop a run that uses more memory, e.g. 2G or 500M\n"
    "                     (default three quarters of the machine's memory)\n"
    "\n"
    "Without -o or --json a short summary is printed.\n";

static const char usage_batch[] =
    "usage: mkba batch BATCH.json -o DIR [--threads N] [--shard K/N] [--keep-going]\n"
    "                                    [--lang nl|en] [--draws N] [--seed N] [--replace]\n"
    "                                    [--timeout SECONDS] [--max-memory SIZE]\n"
    "                                    [--format LIST]\n"
    "\n"
    "Compute every cell (region x intervention) of a batch file and write\n"
    "DIR/national.json, DIR/national.csv, the report DIR/national.pdf, the workbook\n"
    "DIR/national.xlsx and each cell's scenario as\n"
    "DIR/cells/REGION/INDEX-PLUGIN.json, as one set or nothing. Cells leave out the\n"
    "one-way analyses; rerun one alone with\n"
    "  mkba run DIR/cells/REGION/INDEX-PLUGIN.json --no-sensitivity\n"
    "\n"
    "  -o DIR             the output directory (replaced as a whole)\n"
    "  --threads N        cells computed at once (default: the number of cores);\n"
    "                     the output does not depend on it\n"
    "  --shard K/N        compute only the cells whose index modulo N is K-1, for\n"
    "                     `mkba merge`\n"
    "  --keep-going       record a failing cell with its error instead of failing\n"
    "  --lang nl|en       language of labels, national.csv, the report and the\n"
    "                     workbook (default nl)\n"
    "  --format LIST      which of pdf, xlsx to write besides json and csv\n"
    "                     (comma-separated; default pdf,xlsx; json alone: neither;\n"
    "                     a shard writes neither, its merge does)\n"
    "  --draws N          Monte Carlo draws per cell (overrides the batch file)\n"
    "  --seed N           the batch seed, 0 to 2^53-1 (overrides the batch file)\n"
    "  --replace          replace DIR even when it holds files mkba did not write\n"
    "  --timeout S        stop a batch that takes longer than S seconds (default 21600)\n"
    "  --max-memory SIZE  stop a batch that uses more memory, e.g. 2G or 500M\n";

static const char usage_merge[] =
    "usage: mkba merge SHARD_DIR... -o DIR [--replace] [--format LIST]\n"
    "\n"
    "Join the output directories of `mkba batch --shard K/N` (all N of them, of one\n"
    "batch) into DIR: the same bytes a single run of the batch writes, with the\n"
    "report and workbook in the batch's language.\n"
    "\n"
    "  -o DIR      the output directory (replaced as a whole)\n"
    "  --format LIST  pdf, xlsx as for batch (default pdf,xlsx)\n"
    "  --replace   replace DIR even when it holds files mkba did not write\n";

static const char usage_validate[] =
    "usage: mkba validate SCENARIO.json [--timeout SECONDS] [--max-memory SIZE]\n\n"
    "Check the scenario and its plugins as `run` would, the base case included;\n"
    "nothing is written. SCENARIO.json \"-\" reads it from standard input.\n";
static const char usage_list[] =
    "usage: mkba list [--json] [--lang nl|en]\n\nThe plugins found in $MKBA_PLUGIN_PATH and "
    "the plugin directories,\nread from their files: listing runs no plugin code.\n";
static const char usage_describe[] =
    "usage: mkba describe NAME [--json] [--lang nl|en] [--timeout SECONDS]\n\nA plugin's "
    "parameters with defaults, units, distributions and sources.\n";
static const char usage_costs[] =
    "usage: mkba costs [--json] [--lang nl|en] [--region ID]\n\nThe value bank "
    "(data/unit_costs.json): each shared unit cost with its amount, price year,\nsource, "
    "confidence and what it includes; with --region, that region's overrides.\n";
static const char usage_new_plugin[] =
    "usage: mkba new-plugin NAME [DIR]\n\n"
    "Write a plugin folder DIR (default ./NAME): NAME.c from the template, a README\n"
    "with the sections every plugin README has, example.json, a Check test on\n"
    "mkba_check.h and a CMakeLists.txt that builds out of the tree with pkg-config.\n"
    "NAME is [a-z][a-z0-9_]*; DIR must not exist yet.  Then:\n"
    "  cmake -S DIR -B DIR/build && cmake --build DIR/build && ctest --test-dir DIR/build\n";
static const char usage_check_plugin[] =
    "usage: mkba check-plugin FILE.so [--scenario S.json] [--json] [--timeout SECONDS]\n"
    "                                 [--max-memory SIZE]\n\n"
    "Load a plugin in a supervised child and check the standard properties: ABI and\n"
    "parameter table, sources, units and price years, a finite base case, the same\n"
    "ledger for the same inputs and from several threads at once, nothing on\n"
    "standard output, no negative costs, effects that move the NPV the right way,\n"
    "transfers that net to zero, and a compute_block that gives compute()'s NPVs.\n"
    "Prints a verdict per property with the fix;\n"
    "--json prints them as a JSON document.  Exit status 0 when every property\n"
    "holds, 1 when one fails, 2 for bad usage.\n\n"
    "  --scenario S.json  take the plugin's params (and start year, horizon, region)\n"
    "                     from the first intervention of S.json that names it;\n"
    "                     needed by plugins whose configure() reads params\n"
    "  --timeout S        stop a stage of the check (load, base case, determinism,\n"
    "                     threads, directions) that takes longer than S seconds\n"
    "                     (default 60)\n"
    "  --max-memory SIZE  stop a stage that uses more memory, e.g. 2G or 500M\n";
static const char usage_regions[] =
    "usage: mkba regions [--json] [--lang nl|en]\n\nRegional parameter sets: data/regions "
    "and $MKBA_REGION_PATH.\n";

/* A size such as 512M, 2G or 1048576 (bytes) into *out; at least 16 MB. */
static int parse_size(const char *s, size_t *out) {
  char *end;
  double v = strtod(s, &end);
  double unit = 1;
  if (*end == 'K' || *end == 'k')
    unit = 1024.0;
  else if (*end == 'M' || *end == 'm')
    unit = 1024.0 * 1024;
  else if (*end == 'G' || *end == 'g')
    unit = 1024.0 * 1024 * 1024;
  else if (*end == 'T' || *end == 't')
    unit = 1024.0 * 1024 * 1024 * 1024;
  if (unit > 1)
    end++;
  if (*end == 'B' || *end == 'b')
    end++;
  if (end == s || *end || !(v * unit >= 16.0 * 1024 * 1024) || v * unit > 1e18)
    return -1;
  *out = (size_t)(v * unit);
  return 0;
}

static int usage_error(const char *usage, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int usage_error(const char *usage, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "mkba: ");
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n%s", usage);
  va_end(ap);
  return MKBA_EXIT_INPUT;
}

static int parse_long(const char *s, long long lo, long long hi, long long *out) {
  char *end;
  if (!s || !*s)
    return -1;
  long long v = strtoll(s, &end, 10);
  if (*end || v < lo || v > hi)
    return -1;
  *out = v;
  return 0;
}

static const char *usage_for(const char *cmd) {
  if (!cmd)
    return usage_main;
  if (!strcmp(cmd, "run"))
    return usage_run;
  if (!strcmp(cmd, "validate"))
    return usage_validate;
  if (!strcmp(cmd, "batch"))
    return usage_batch;
  if (!strcmp(cmd, "merge"))
    return usage_merge;
  if (!strcmp(cmd, "list"))
    return usage_list;
  if (!strcmp(cmd, "describe"))
    return usage_describe;
  if (!strcmp(cmd, "regions"))
    return usage_regions;
  if (!strcmp(cmd, "costs"))
    return usage_costs;
  if (!strcmp(cmd, "new-plugin"))
    return usage_new_plugin;
  if (!strcmp(cmd, "check-plugin"))
    return usage_check_plugin;
  return NULL;
}

/* Parse argv into o; returns -1 when parsing went fine, else an exit code. */
static int parse(int argc, char **argv, mkba_opts *o) {
  memset(o, 0, sizeof *o);
  o->draws = -1;
  o->seed = -1;
  o->timeout = -1;
  o->lang = "nl";
  int i = 1;
  if (argc < 2) {
    fputs(usage_main, stderr);
    return MKBA_EXIT_INPUT;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
    fputs(usage_main, stdout);
    return MKBA_EXIT_OK;
  }
  if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
    if (argc > 2)
      return usage_error(usage_main, "%s takes no arguments", argv[1]);
    printf("mkba %s (plugin ABI %d.%d)\n", MKBA_VERSION, MKBA_ABI_MAJOR, MKBA_ABI_MINOR);
    return MKBA_EXIT_OK;
  }
  if (!strcmp(argv[1], "help")) { /* mkba help [COMMAND]: as COMMAND --help */
    const char *text = argc > 2 ? usage_for(argv[2]) : usage_main;
    if (argc > 3)
      return usage_error(usage_main, "help takes one command at most");
    if (!text)
      return usage_error(usage_main, "unknown command \"%s\"", argv[2]);
    fputs(text, stdout);
    return MKBA_EXIT_OK;
  }
  o->cmd = argv[i++];
  const char *usage = usage_for(o->cmd);
  if (!usage)
    return usage_error(usage_main, "unknown command \"%s\"", o->cmd);
  int is_batch = !strcmp(o->cmd, "batch"), is_merge = !strcmp(o->cmd, "merge");
  int is_new = !strcmp(o->cmd, "new-plugin"), is_check = !strcmp(o->cmd, "check-plugin");
  int takes_arg = !strcmp(o->cmd, "run") || !strcmp(o->cmd, "validate") ||
                  !strcmp(o->cmd, "describe") || is_batch || is_new || is_check;
  int is_run = !strcmp(o->cmd, "run");
  static const char *inputs[256];
  for (; i < argc; i++) {
    const char *a = argv[i];
    char flag[64] = "";
    const char *val = NULL;
    if (a[0] == '-' && a[1]) {
      const char *eq = strchr(a, '=');
      size_t n = eq ? (size_t)(eq - a) : strlen(a);
      if (n >= sizeof flag)
        return usage_error(usage, "unknown option \"%s\"", a);
      memcpy(flag, a, n);
      flag[n] = '\0';
      val = eq ? eq + 1 : NULL;
    }
    if (!flag[0] && is_merge) {
      if (o->n_inputs >= (int)MKBA_COUNT(inputs))
        return usage_error(usage, "at most %zu shard directories", MKBA_COUNT(inputs));
      inputs[o->n_inputs++] = a;
      o->inputs = inputs;
      continue;
    }
    if (!flag[0]) {
      if (is_new && o->arg && !o->arg2) { /* new-plugin NAME DIR */
        o->arg2 = a;
        continue;
      }
      if (!takes_arg || o->arg)
        return usage_error(usage, "unexpected argument \"%s\"", a);
      o->arg = a;
      continue;
    }
    if (!strcmp(flag, "--help") || !strcmp(flag, "-h")) {
      o->help = 1;
      continue;
    }
    if (!strcmp(flag, "--json") && strcmp(o->cmd, "validate") && !is_batch && !is_merge &&
        !is_new) {
      o->json = 1;
      continue;
    }
    if (is_run && !strcmp(flag, "--no-sensitivity")) {
      o->no_sensitivity = 1;
      continue;
    }
    if ((is_run || is_batch || is_merge) && !strcmp(flag, "--replace")) {
      o->replace = 1;
      continue;
    }
    if (is_batch && !strcmp(flag, "--keep-going")) {
      o->keep_going = 1;
      continue;
    }
    int supervised = takes_arg && !is_new; /* the commands that run plugin code */
    int wants =
        (!strcmp(flag, "--lang") && strcmp(o->cmd, "validate") && !is_merge && !is_new &&
         !is_check) ||
        (!strcmp(flag, "--region") && !strcmp(o->cmd, "costs")) ||
        (supervised && (!strcmp(flag, "--timeout") || !strcmp(flag, "--max-memory"))) ||
        (is_run && (!strcmp(flag, "-o") || !strcmp(flag, "--format") || !strcmp(flag, "--draws") ||
                    !strcmp(flag, "--seed") || !strcmp(flag, "--threads"))) ||
        (is_batch &&
         (!strcmp(flag, "-o") || !strcmp(flag, "--draws") || !strcmp(flag, "--seed") ||
          !strcmp(flag, "--threads") || !strcmp(flag, "--shard") || !strcmp(flag, "--format"))) ||
        (is_merge && (!strcmp(flag, "-o") || !strcmp(flag, "--format"))) ||
        (is_check && !strcmp(flag, "--scenario"));
    if (!wants)
      return usage_error(usage, "unknown option \"%s\"", a);
    if (!val) {
      if (i + 1 >= argc)
        return usage_error(usage, "option \"%s\" needs a value", flag);
      val = argv[++i];
    }
    long long v;
    if (!strcmp(flag, "--lang")) {
      if (strcmp(val, "nl") && strcmp(val, "en"))
        return usage_error(usage, "--lang must be nl or en, not \"%s\"", val);
      o->lang = val;
    } else if (!strcmp(flag, "--region")) {
      o->region = val;
    } else if (!strcmp(flag, "--scenario")) {
      o->scenario = val;
    } else if (!strcmp(flag, "-o")) {
      if (!*val)
        return usage_error(usage, "-o needs a directory name");
      o->outdir = val;
    } else if (!strcmp(flag, "--timeout")) {
      char *end;
      double t = strtod(val, &end);
      if (*end || !(t > 0 && t <= 1e7))
        return usage_error(usage, "--timeout must be a number of seconds above 0, not \"%s\"", val);
      o->timeout = t;
    } else if (!strcmp(flag, "--max-memory")) {
      if (parse_size(val, &o->max_memory))
        return usage_error(usage,
                           "--max-memory must be a size such as 500M or 2G (at least 16M), "
                           "not \"%s\"",
                           val);
    } else if (!strcmp(flag, "--shard")) {
      long long k, n;
      const char *slash = strchr(val, '/');
      char kbuf[32];
      if (!slash || (size_t)(slash - val) >= sizeof kbuf)
        return usage_error(usage, "--shard must be K/N with 1 <= K <= N, e.g. 2/4, not \"%s\"",
                           val);
      memcpy(kbuf, val, (size_t)(slash - val));
      kbuf[slash - val] = '\0';
      if (parse_long(kbuf, 1, 1000000, &k) || parse_long(slash + 1, 1, 1000000, &n) || k > n)
        return usage_error(usage, "--shard must be K/N with 1 <= K <= N, e.g. 2/4, not \"%s\"",
                           val);
      o->shard_k = (int)k;
      o->shard_n = (int)n;
    } else if (!strcmp(flag, "--format")) {
      o->format = val;
    } else if (!strcmp(flag, "--draws")) {
      if (parse_long(val, 0, 100000000, &v))
        return usage_error(usage,
                           "--draws must be a whole number from 0 to 100000000, "
                           "not \"%s\"",
                           val);
      o->draws = (long)v;
    } else if (!strcmp(flag, "--seed")) {
      if (parse_long(val, 0, 9007199254740991LL, &v))
        return usage_error(usage, "--seed must be a whole number from 0 to 2^53-1, not \"%s\"",
                           val);
      o->seed = v;
    } else if (!strcmp(flag, "--threads")) {
      if (parse_long(val, 1, 256, &v))
        return usage_error(usage,
                           "--threads must be a whole number from 1 to 256, not "
                           "\"%s\"",
                           val);
      o->threads = (int)v;
    }
  }
  if (o->help) {
    fputs(usage, stdout);
    return MKBA_EXIT_OK;
  }
  if (takes_arg && !o->arg)
    return usage_error(usage, "missing %s",
                       !strcmp(o->cmd, "describe") || is_new ? "NAME"
                       : is_batch                            ? "BATCH.json"
                       : is_check                            ? "FILE.so"
                                                             : "SCENARIO.json");
  if (is_merge && !o->n_inputs)
    return usage_error(usage, "missing SHARD_DIR");
  if ((is_batch || is_merge) && !o->outdir)
    return usage_error(usage, "%s needs -o DIR", o->cmd);
  return -1;
}

/*
 * Everything written to standard output must have arrived: a full disk, a
 * closed pipe or a closed descriptor is an error (exit 1), never a
 * truncated document that looks like success.
 */
static int finish_stdout(int rc) {
  int bad = ferror(stdout) != 0;
  bad |= fflush(stdout) != 0;
  bad |= fclose(stdout) != 0;
  if (bad && rc == MKBA_EXIT_OK) {
    fprintf(stderr, "mkba: cannot write to standard output: %s\n", strerror(errno));
    rc = MKBA_EXIT_RUN;
  }
  return rc;
}

int main(int argc, char **argv) {
  gsl_set_error_handler_off();
  signal(SIGPIPE, SIG_IGN); /* a closed pipe is a write error, reported as such */
  mkba_opts o;
  int rc = parse(argc, argv, &o);
  if (rc < 0) {
    if (!strcmp(o.cmd, "run"))
      rc = mkba_cmd_run(&o, 0);
    else if (!strcmp(o.cmd, "validate"))
      rc = mkba_cmd_run(&o, 1);
    else if (!strcmp(o.cmd, "batch"))
      rc = mkba_cmd_batch(&o);
    else if (!strcmp(o.cmd, "merge"))
      rc = mkba_cmd_merge(&o);
    else if (!strcmp(o.cmd, "list"))
      rc = mkba_cmd_list(&o);
    else if (!strcmp(o.cmd, "describe"))
      rc = mkba_cmd_describe(&o);
    else if (!strcmp(o.cmd, "costs"))
      rc = mkba_cmd_costs(&o);
    else if (!strcmp(o.cmd, "new-plugin"))
      rc = mkba_cmd_new_plugin(&o);
    else if (!strcmp(o.cmd, "check-plugin"))
      rc = mkba_cmd_check_plugin(&o);
    else
      rc = mkba_cmd_regions(&o);
  }
  return finish_stdout(rc);
}
