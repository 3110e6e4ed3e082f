/*
 * cli_batch.c - mkba batch and mkba merge (docs/formats.md, "The batch
 * file" and "national.json").
 *
 * batch: this process reads and checks the batch file (no plugin code
 * runs), the supervised child computes the cells (batch.c) and sends back
 * the national document; this process adds the national totals and writes
 * DIR/national.json, DIR/national.csv and DIR/cells/REGION/INDEX-PLUGIN.json
 * as one set, or nothing.  A cell whose plugin crashes the child or calls
 * exit() is named from the shared record (batch.h); with --keep-going it is
 * recorded as failed and the child runs again without it.
 *
 * merge: the shards' national documents are checked and joined into the
 * bytes a single run writes.
 *
 * Both write the national report (national.pdf) and workbook
 * (national.xlsx) into the same staging directory as the JSON and CSV, so
 * the set stays whole or nothing; --format pdf,xlsx picks them (default:
 * both when mkba has the renderer; a shard has no totals and writes
 * neither).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch_run.h"
#include "cli.h"
#include "dump.h"
#include "national.h"
#include "output.h"
#ifdef MKBA_HAVE_REPORTS
#include "mkba_report.h"
#endif

/* What --format asks of batch and merge, as bits. */
#define WANT_PDF 0x1u  /* national.pdf */
#define WANT_XLSX 0x2u /* national.xlsx */

/*
 * The files --format asks for (list: the option, or NULL for the default:
 * both when mkba has the renderer; shard: a shard, which writes neither)
 * into *want. Returns 0, or -1 after a message for a list that cannot be.
 */
static int national_formats(const char *list, int shard, unsigned *want) {
#ifdef MKBA_HAVE_REPORTS
  *want = list || shard ? 0 : WANT_PDF | WANT_XLSX;
#else
  *want = 0;
#endif
  if (!list)
    return 0;
  char *copy = strdup(list), *save = NULL;
  int rc = copy ? 0 : -1;
  for (char *f = copy ? strtok_r(copy, ",", &save) : NULL; f; f = strtok_r(NULL, ",", &save)) {
    if (!strcmp(f, "pdf"))
      *want |= WANT_PDF;
    else if (!strcmp(f, "xlsx"))
      *want |= WANT_XLSX;
    else if (strcmp(f, "csv") && strcmp(f, "json")) {
      fprintf(stderr, "mkba: unknown format \"%s\" in --format (known: pdf, xlsx, csv, json)\n", f);
      rc = -1;
      break;
    }
  }
  free(copy);
  if (!rc && *want && shard) {
    fprintf(stderr, "mkba: a shard has no national totals, so no report or workbook; "
                    "`mkba merge` writes them (leave out --format, or give --format json)\n");
    rc = -1;
  }
#ifndef MKBA_HAVE_REPORTS
  if (!rc && *want) {
    fprintf(stderr, "mkba: this mkba was built without the report renderer\n");
    rc = -1;
  }
#endif
  if (!copy)
    fprintf(stderr, "mkba: out of memory\n");
  return rc;
}

/*
 * Write the national report and workbook (want: WANT_* bits) of doc in
 * lang into out's staging directory; 0, or -1 with the failure in d.
 */
static int write_national(mkba_output *out, const json_t *doc, const char *lang, unsigned want,
                          mkba_diag *d) {
#ifdef MKBA_HAVE_REPORTS
  char err[1024] = "", path[4200];
  if ((want & WANT_PDF) && mkba_report_national_render(doc, mkba_output_staging(out),
                                                       MKBA_REPORT_PDF, lang, err, sizeof err)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "report: %s", err);
    return -1;
  }
  snprintf(path, sizeof path, "%s/national.xlsx", mkba_output_staging(out));
  if ((want & WANT_XLSX) && mkba_workbook_national_write(doc, path, lang, err, sizeof err)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "workbook: %s", err);
    return -1;
  }
#else
  (void)out;
  (void)doc;
  (void)lang;
  (void)want;
  (void)d;
#endif
  return 0;
}

/* What the child needs. */
typedef struct job {
  const mkba_batch *b;      /* the batch (borrowed) */
  const mkba_batch_opts *o; /* how to compute it (borrowed) */
} job;

/* The child's work: the national document (without totals) as text. */
static int compute(void *arg, char **out, size_t *len, mkba_diag *d) {
  const job *j = arg;
  json_t *doc = NULL;
  *out = NULL;
  *len = 0;
  if (mkba_batch_compute(j->b, j->o, &doc, d))
    return -1;
  *out = mkba_results_dump(doc);
  json_decref(doc);
  if (!*out) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  *len = strlen(*out);
  return 0;
}

/*
 * The message for cell c that crashed the child or ended it (how: the
 * signal, or 0 for exit()), into buf.
 */
static void crash_message(const mkba_batch *b, const mkba_batch_watch *w, char *buf, size_t len) {
  size_t c = (size_t)w->crashed;
  char where[256] = "";
  if (w->draw >= 0)
    snprintf(where, sizeof where, ", in Monte Carlo draw %lld (seed %llu)", w->draw + 1,
             mkba_batch_cell_seed(b, c));
  if (w->how)
    snprintf(buf, len,
             "region \"%s\", intervention %zu (plugin \"%s\"): the plugin crashed: %s "
             "(signal %d)%s",
             b->regions[c / b->n_iv].id, c % b->n_iv, b->iv[c % b->n_iv].plugin, strsignal(w->how),
             w->how, where);
  else
    snprintf(buf, len,
             "region \"%s\", intervention %zu (plugin \"%s\"): the plugin ended the "
             "computation (exit()) instead of returning%s",
             b->regions[c / b->n_iv].id, c % b->n_iv, b->iv[c % b->n_iv].plugin, where);
}

/* The cells in flight when the child was stopped, appended to msg. */
static void in_flight(const mkba_batch *b, const mkba_batch_watch *w, char *msg, size_t len) {
  size_t used = strlen(msg);
  int any = 0;
  for (int s = 0; s < MKBA_WATCH_SLOTS && used < len; s++) {
    int c = w->running[s];
    if (c < 0 || (size_t)c >= mkba_batch_cells(b))
      continue;
    used += (size_t)snprintf(
        msg + used, len - used,
        "%s region \"%s\", intervention %zu (plugin "
        "\"%s\")",
        any ? " and" : "; cells being computed:", b->regions[(size_t)c / b->n_iv].id,
        (size_t)c % b->n_iv, b->iv[(size_t)c % b->n_iv].plugin);
    any = 1;
  }
}

/* Write the document, its CSV, report and workbook (want, in lang) and the cell scenarios of its
 * cells as one set into o->outdir. */
static int write_set(const mkba_opts *o, const char *text, const char *csv, const json_t *doc,
                     const mkba_batch *b, const char *const *from, size_t n_from, const char *lang,
                     unsigned want, mkba_diag *d) {
  mkba_output *out = NULL;
  if (mkba_output_open(o->outdir, o->replace, &out, d) ||
      mkba_output_write(out, "national.json", text, strlen(text), d) ||
      mkba_output_write(out, "national.csv", csv, strlen(csv), d) ||
      write_national(out, doc, lang, want, d)) {
    mkba_output_abort(out);
    return -1;
  }
  size_t k;
  json_t *c;
  json_array_foreach(json_object_get(doc, "cells"), k, c) {
    const char *rel = json_string_value(json_object_get(c, "scenario"));
    char *cell = NULL;
    if (b) { /* batch: the scenario is made again from the batch */
      const char *rid = json_string_value(json_object_get(c, "region"));
      size_t i = (size_t)json_integer_value(json_object_get(c, "intervention")), r = 0;
      while (r < b->n_regions && strcmp(b->regions[r].id, rid))
        r++;
      cell = r < b->n_regions ? mkba_batch_cell_scenario(b, r * b->n_iv + i) : NULL;
    } else { /* merge: copied from the shard that holds it */
      for (size_t s = 0; !cell && s < n_from; s++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s", from[s], rel ? rel : "");
        FILE *f = fopen(path, "rb");
        if (!f)
          continue;
        size_t cap = 4096, n = 0, got;
        cell = malloc(cap);
        while (cell && (got = fread(cell + n, 1, cap - n - 1, f)) > 0) {
          n += got;
          if (n + 1 >= cap) {
            char *t = realloc(cell, cap *= 2);
            if (!t)
              free(cell);
            cell = t;
          }
        }
        fclose(f);
        if (cell)
          cell[n] = '\0';
      }
    }
    if (!rel || !cell) {
      mkba_diag_set(d, b ? MKBA_EXIT_RUN : MKBA_EXIT_INPUT, "the scenario of cells[%zu] (%s) %s", k,
                    rel ? rel : "?", b ? "cannot be made" : "is in none of the shard directories");
      free(cell);
      mkba_output_abort(out);
      return -1;
    }
    int rc = mkba_output_write(out, rel, cell, strlen(cell), d);
    free(cell);
    if (rc) {
      mkba_output_abort(out);
      return -1;
    }
  }
  return mkba_output_commit(out, d);
}

/* Counts of the cells by status, for the closing line. */
static void tally(const json_t *doc, size_t *ok, size_t *skipped, size_t *failed) {
  *ok = *skipped = *failed = 0;
  size_t k;
  json_t *c;
  json_array_foreach(json_object_get(doc, "cells"), k, c) {
    const char *st = json_string_value(json_object_get(c, "status"));
    if (st && !strcmp(st, "ok"))
      (*ok)++;
    else if (st && !strcmp(st, "skipped"))
      (*skipped)++;
    else
      (*failed)++;
  }
}

/* Finish a document read back (totals for a whole run), dump it, make its CSV, report and
 * workbook (want) in lang and write. */
static int finish_and_write(const mkba_opts *o, json_t *doc, const mkba_batch *b,
                            const char *const *from, size_t n_from, const char *lang,
                            unsigned want) {
  mkba_diag d = {0};
  if (!json_object_get(doc, "shard") && !json_object_get(doc, "national") &&
      mkba_national_finish(doc)) {
    fprintf(stderr, "mkba: out of memory\n");
    return MKBA_EXIT_RUN;
  }
  char *text = mkba_results_dump(doc);
  char *csv = text ? mkba_national_csv(doc, lang) : NULL;
  int rc = MKBA_EXIT_OK;
  if (!text || !csv) {
    fprintf(stderr, "mkba: out of memory\n");
    rc = MKBA_EXIT_RUN;
  } else if (write_set(o, text, csv, doc, b, from, n_from, lang, want, &d)) {
    mkba_diag_print(&d);
    rc = d.code ? d.code : MKBA_EXIT_RUN;
  } else {
    size_t ok, skipped, failed;
    tally(doc, &ok, &skipped, &failed);
    fprintf(stderr,
            "mkba: wrote %s/national.json, %s/national.csv%s%s%s%s%s%s and %zu cell scenarios "
            "in %s/cells (%zu computed, %zu skipped for want of a sourced count, %zu failed)\n",
            o->outdir, o->outdir, want & WANT_PDF ? ", " : "", want & WANT_PDF ? o->outdir : "",
            want & WANT_PDF ? "/national.pdf" : "", want & WANT_XLSX ? ", " : "",
            want & WANT_XLSX ? o->outdir : "", want & WANT_XLSX ? "/national.xlsx" : "",
            ok + skipped + failed, o->outdir, ok, skipped, failed);
  }
  free(text);
  free(csv);
  return rc;
}

int mkba_cmd_batch(const mkba_opts *o) {
  mkba_diag d = {0};
  mkba_batch *b = NULL;
  if (!o->outdir) {
    fprintf(stderr, "mkba: batch needs -o DIR to write the national results into\n");
    return MKBA_EXIT_INPUT;
  }
  unsigned want;
  if (national_formats(o->format, o->shard_n > 1, &want))
    return MKBA_EXIT_INPUT;
  if (mkba_batch_load(o->arg, o->lang, o->draws, o->seed, &b, &d)) {
    mkba_diag_print(&d);
    return d.code;
  }
  mkba_output *probe = NULL; /* a directory mkba will refuse: say so before the computation */
  if (mkba_output_open(o->outdir, o->replace, &probe, &d)) {
    mkba_diag_print(&d);
    mkba_batch_free(b);
    return d.code;
  }
  mkba_output_abort(probe);
  size_t n = mkba_batch_cells(b);
  char **failed = calloc(n + 1, sizeof *failed);
  mkba_batch_watch *w = mkba_batch_watch_create();
  if (!failed || !w) {
    fprintf(stderr, "mkba: out of memory\n");
    free(failed);
    mkba_batch_watch_free(w);
    mkba_batch_free(b);
    return MKBA_EXIT_RUN;
  }
  int threads = o->threads;
  if (threads <= 0) {
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    threads = cores > 0 ? (int)(cores > 256 ? 256 : cores) : 1;
  }
  mkba_batch_opts bo = {threads,
                        o->keep_going,
                        o->shard_n > 1 ? o->shard_k : 1,
                        o->shard_n > 1 ? o->shard_n : 1,
                        isatty(STDERR_FILENO),
                        failed,
                        w};
  job j = {b, &bo};
  mkba_limits lim = mkba_cli_limits(o, 6 * 3600);
  char *text = NULL;
  size_t len = 0;
  int rc = MKBA_EXIT_OK;
  for (;;) {
    d = (mkba_diag){0};
    w->crashed = -1;
    w->how = 0;
    w->draw = -1;
    for (int s = 0; s < MKBA_WATCH_SLOTS; s++)
      w->running[s] = -1;
    if (!mkba_supervise(&lim, compute, &j, &text, &len, &d))
      break;
    char msg[3000];
    if (w->crashed >= 0 && (size_t)w->crashed < n) {
      crash_message(b, w, msg, sizeof msg);
      if (o->keep_going && !failed[w->crashed]) {
        failed[w->crashed] = strdup(msg);
        if (failed[w->crashed])
          continue; /* again, without that cell */
      }
      fprintf(stderr, "mkba: %s; nothing was written\n", msg);
    } else {
      snprintf(msg, sizeof msg, "%s", d.msg);
      if (d.code == MKBA_EXIT_RUN)
        in_flight(b, w, msg, sizeof msg);
      fprintf(stderr, "mkba: %s\n", msg);
    }
    rc = d.code ? d.code : MKBA_EXIT_RUN;
    break;
  }
  if (!rc) {
    json_error_t e;
    json_t *doc = json_loadb(text, len, 0, &e);
    if (!doc) {
      fprintf(stderr, "mkba: the national document could not be read back: %s\n", e.text);
      rc = MKBA_EXIT_RUN;
    } else {
      rc = finish_and_write(o, doc, b, NULL, 0, b->lang, want);
    }
    json_decref(doc);
  }
  free(text);
  for (size_t c = 0; c < n; c++)
    free(failed[c]);
  free(failed);
  mkba_batch_watch_free(w);
  mkba_batch_free(b);
  return rc;
}

int mkba_cmd_merge(const mkba_opts *o) {
  if (!o->outdir) {
    fprintf(stderr, "mkba: merge needs -o DIR to write the merged results into\n");
    return MKBA_EXIT_INPUT;
  }
  unsigned want;
  if (national_formats(o->format, 0, &want))
    return MKBA_EXIT_INPUT;
  json_t **docs = calloc((size_t)o->n_inputs + 1, sizeof *docs);
  if (!docs) {
    fprintf(stderr, "mkba: out of memory\n");
    return MKBA_EXIT_RUN;
  }
  int rc = MKBA_EXIT_OK;
  for (int s = 0; s < o->n_inputs && !rc; s++) {
    char path[4200];
    snprintf(path, sizeof path, "%s/national.json", o->inputs[s]);
    json_error_t e;
    docs[s] = json_load_file(path, 0, &e);
    if (!docs[s]) {
      if (access(path, R_OK))
        fprintf(stderr, "mkba: %s: cannot read it; is %s the output of mkba batch --shard?\n", path,
                o->inputs[s]);
      else
        fprintf(stderr, "mkba: %s:%d:%d: %s\n", path, e.line, e.column, e.text);
      rc = MKBA_EXIT_INPUT;
    } else if (!json_is_object(docs[s])) {
      fprintf(stderr, "mkba: %s: not the national document of a batch\n", path);
      rc = MKBA_EXIT_INPUT;
    }
  }
  json_t *merged = NULL;
  mkba_diag d = {0};
  if (!rc && mkba_national_merge(docs, o->inputs, (size_t)o->n_inputs, &merged, &d)) {
    mkba_diag_print(&d);
    rc = d.code ? d.code : MKBA_EXIT_INPUT;
  }
  if (!rc) {
    const char *lang =
        json_string_value(json_object_get(json_object_get(merged, "provenance"), "lang"));
    rc =
        finish_and_write(o, merged, NULL, o->inputs, (size_t)o->n_inputs, lang ? lang : "nl", want);
  }
  json_decref(merged);
  for (int s = 0; s < o->n_inputs; s++)
    json_decref(docs[s]);
  free(docs);
  return rc;
}
