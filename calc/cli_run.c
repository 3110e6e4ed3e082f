/*
 * cli_run.c - mkba run and mkba validate.
 *
 * The computation (loading plugins, the base case, the one-way analyses,
 * variants, Monte Carlo, the results document) runs in the supervised
 * child; this process reads the results document back and writes what the
 * user asked for: the summary, the document on standard output, or the
 * output directory with the CSV, the report and the workbook.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "csv.h"
#include "dump.h"
#include "jdoc.h"
#include "output.h"
#include "pipeline.h"
#include "results.h"
#include "summary.h"
#include "watch.h"
#ifdef MKBA_HAVE_REPORTS
#include "mkba_report.h"
#include "workbook.h"
#else
#define MKBA_REPORT_XLSX 0x8u /* as in workbook.h: refused without the renderer */
#endif

/* What the child needs to know. */
typedef struct job {
  const mkba_opts *o;
  int validate_only;
  size_t max_memory; /* bytes, for the Monte Carlo estimate */
  const char *text;  /* the scenario read from standard input ("-"), or NULL */
  size_t len;        /* its bytes */
} job;

/* The name standard input goes by in messages ("<stdin>:3:5: ..."). */
#define STDIN_NAME "<stdin>"

/*
 * Read the scenario of `run -` from standard input into *text (new, caller
 * frees; *len bytes), bounded as a scenario file is, in this process before
 * the child starts.  Returns 0, or an exit code with the message printed.
 */
static int read_stdin(char **text, size_t *len) {
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    size_t got = fread(buf + n, 1, cap - n, stdin);
    n += got;
    if (got == 0 || n > MKBA_JDOC_MAX_BYTES)
      break;
    if (n == cap) {
      char *grown = realloc(buf, cap * 2);
      if (!grown) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = grown;
      cap *= 2;
    }
  }
  if (!buf || ferror(stdin) || n > MKBA_JDOC_MAX_BYTES) {
    fprintf(stderr, "mkba: %s: %s\n", STDIN_NAME,
            !buf            ? "out of memory"
            : ferror(stdin) ? "cannot read standard input"
                            : "more than the largest scenario mkba reads");
    free(buf);
    return buf ? MKBA_EXIT_INPUT : MKBA_EXIT_RUN;
  }
  *text = buf;
  *len = n;
  return 0;
}

/*
 * Memory a Monte Carlo run keeps: 8 bytes per draw for the package, each
 * actor and (with several) each intervention, and a sort buffer of the same
 * size per summary thread, plus the program itself.
 */
static size_t mc_memory(long draws, size_t n_iv, int threads) {
  size_t series = 1 + MKBA_N_ACTORS + (n_iv > 1 ? n_iv : 0);
  size_t sorters = (size_t)(threads < 8 ? threads : 8);
  return 8 * (size_t)draws * (series + sorters) + ((size_t)64 << 20);
}

/* The child's work: the results document as text, or nothing for validate. */
static int compute(void *arg, char **out, size_t *len, mkba_diag *d) {
  const job *j = arg;
  const mkba_opts *o = j->o;
  mkba_run *run = NULL;
  mkba_analyses an = {0};
  *out = NULL;
  *len = 0;
  mkba_watch_phase(MKBA_PHASE_START, 0);
  if (mkba_pipeline_prepare(j->text ? STDIN_NAME : o->arg, j->text, j->len, o->lang, &run, &an, d))
    return -1;
  mkba_watch_phase(MKBA_PHASE_BASE, 0);
  if (j->validate_only) {
    /* The base case too, so that validate reports what run would. */
    int rc = mkba_run_base(run, d);
    mkba_analyses_clear(&an);
    mkba_run_free(run);
    return rc;
  }
  mkba_pipeline_options po = {.oneway = !o->no_sensitivity};
  mkba_mc_options *mc = &po.mc;
  *mc = (mkba_mc_options){run->scen->draws, run->scen->seed, o->threads, 0};
  if (o->draws >= 0)
    mc->draws = o->draws;
  if (o->seed >= 0)
    mc->seed = (unsigned long)o->seed;
  if (mc->threads <= 0) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    mc->threads = n > 0 ? (int)(n > 64 ? 64 : n) : 1;
  }
  mc->progress = isatty(STDERR_FILENO);
  po.oneway_threads = mc->threads;
  size_t need = mc->draws > 0 ? mc_memory(mc->draws, run->n, mc->threads) : 0;
  if (j->max_memory && need > j->max_memory) {
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "a Monte Carlo run of %ld draws of %zu intervention%s needs about %zu MB, more "
                  "than the memory limit of %zu MB (--max-memory); use fewer draws, or raise "
                  "the limit",
                  mc->draws, run->n, run->n == 1 ? "" : "s", need >> 20, j->max_memory >> 20);
    mkba_analyses_clear(&an);
    mkba_run_free(run);
    return -1;
  }
  int rc = mkba_pipeline_run(run, &an, &po, d);
  if (!rc) {
    json_t *results = mkba_results_json(run, &an);
    *out = results ? mkba_results_dump(results) : NULL;
    json_decref(results);
    if (!*out) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
      rc = -1;
    } else {
      *len = strlen(*out);
    }
  }
  mkba_analyses_clear(&an);
  mkba_run_free(run);
  if (rc && !d->code)
    mkba_diag_set(d, MKBA_EXIT_RUN, "the run failed");
  return rc;
}

/* Formats asked for with --format, as bits: 1 pdf, 2 png, 4 svg, 8 xlsx. */
static int parse_formats(const char *list, unsigned *bits) {
  *bits = 0;
  if (!list)
    return 0;
  char *copy = strdup(list), *save = NULL;
  int rc = copy ? 0 : -1;
  for (char *f = copy ? strtok_r(copy, ",", &save) : NULL; f; f = strtok_r(NULL, ",", &save)) {
    if (!strcmp(f, "pdf"))
      *bits |= 1;
    else if (!strcmp(f, "png"))
      *bits |= 2;
    else if (!strcmp(f, "svg"))
      *bits |= 4;
    else if (!strcmp(f, "xlsx"))
      *bits |= MKBA_REPORT_XLSX;
    else if (strcmp(f, "csv") && strcmp(f, "json")) {
      fprintf(stderr,
              "mkba: unknown format \"%s\" in --format (known: pdf, png, svg, xlsx, csv, json)\n",
              f);
      rc = -1;
      break;
    }
  }
  free(copy);
  return rc;
}

/*
 * Write the output directory: JSON, CSV, the report and the workbook, whole
 * or not at all: a report or workbook that cannot be written fails the run.
 */
static int write_dir(const mkba_opts *o, const json_t *results, const char *text, const char *csv,
                     unsigned formats, mkba_diag *d) {
  mkba_output *out = NULL;
  if (mkba_output_open(o->outdir, o->replace, &out, d) ||
      mkba_output_write(out, "results.json", text, strlen(text), d) ||
      mkba_output_write(out, "results.csv", csv, strlen(csv), d)) {
    mkba_output_abort(out);
    return -1;
  }
#ifdef MKBA_HAVE_REPORTS
  char err[1024] = "";
  unsigned report = formats & (MKBA_REPORT_PDF | MKBA_REPORT_PNG | MKBA_REPORT_SVG);
  if (report && mkba_report_render_threads(results, mkba_output_staging(out), report, o->lang,
                                           o->threads, err, sizeof err)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "report: %s", err);
    mkba_output_abort(out);
    return -1;
  }
  if (formats & MKBA_REPORT_XLSX) {
    char path[4096];
    snprintf(path, sizeof path, "%s/results.xlsx", mkba_output_staging(out));
    if (mkba_workbook_write(results, path, o->lang, err, sizeof err)) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "workbook: %s", err);
      mkba_output_abort(out);
      return -1;
    }
  }
#else
  (void)results;
  (void)formats;
#endif
  return mkba_output_commit(out, d);
}

int mkba_cmd_run(const mkba_opts *o, int validate_only) {
  mkba_diag d = {0};
  unsigned formats;
  if (parse_formats(o->format, &formats))
    return MKBA_EXIT_INPUT;
#ifndef MKBA_HAVE_REPORTS
  if (formats) {
    fprintf(stderr, "mkba: this mkba was built without the report renderer\n");
    return MKBA_EXIT_INPUT;
  }
#endif
  if (formats && !o->outdir) {
    fprintf(stderr, "mkba: --format needs -o DIR to write the files into\n");
    return MKBA_EXIT_INPUT;
  }
  if (o->outdir) { /* a directory mkba will refuse: say so before the computation */
    mkba_output *probe = NULL;
    if (mkba_output_open(o->outdir, o->replace, &probe, &d)) {
      mkba_diag_print(&d);
      return d.code;
    }
    mkba_output_abort(probe);
  }
  mkba_limits lim = mkba_cli_limits(o, validate_only ? 600 : 3600);
  job j = {o, validate_only, lim.max_memory, NULL, 0};
  char *input = NULL;
  if (!strcmp(o->arg, "-")) {
    int rc = read_stdin(&input, &j.len);
    if (rc)
      return rc;
    j.text = input;
  }
  char *text = NULL;
  size_t len = 0;
  int failed = mkba_supervise(&lim, compute, &j, &text, &len, &d);
  free(input);
  if (failed) {
    mkba_diag_print(&d);
    return d.code ? d.code : MKBA_EXIT_RUN;
  }
  if (validate_only) {
    free(text);
    fprintf(stderr, "mkba: %s: valid\n", j.text ? STDIN_NAME : o->arg);
    return MKBA_EXIT_OK;
  }
  json_error_t e;
  json_t *results = json_loadb(text, len, 0, &e);
  char *csv = results ? mkba_results_csv(results, o->lang) : NULL;
  int rc = MKBA_EXIT_OK;
  if (!results || !csv) {
    fprintf(stderr, "mkba: the results document could not be read back%s%s\n", results ? "" : ": ",
            results ? "" : e.text);
    rc = MKBA_EXIT_RUN;
  } else if (o->outdir) {
    if (write_dir(o, results, text, csv, formats, &d)) {
      mkba_diag_print(&d);
      rc = d.code ? d.code : MKBA_EXIT_RUN;
    } else if (!o->json) {
      /* "DIR/results.json, DIR/results.csv, the report files and DIR/results.xlsx" */
      int xlsx = (formats & MKBA_REPORT_XLSX) != 0, report = (formats & ~MKBA_REPORT_XLSX) != 0;
      fprintf(stderr, "mkba: wrote %s/results.json%s%s/results.csv%s%s%s%s\n", o->outdir,
              report || xlsx ? ", " : " and ", o->outdir,
              report ? (xlsx ? ", the report files" : " and the report files") : "",
              xlsx ? " and " : "", xlsx ? o->outdir : "", xlsx ? "/results.xlsx" : "");
    }
  }
  if (!rc && o->json)
    fwrite(text, 1, len, stdout);
  else if (!rc && !o->outdir)
    mkba_print_summary(stdout, results, mkba_lang_of(o->lang));
  free(text);
  free(csv);
  json_decref(results);
  return rc;
}
