/*
 * main.c - the mkba command line (docs/formats.md).
 *
 * Exit status: 0 success, 1 the run failed, 2 bad usage or invalid input.
 * Errors go to standard error as "mkba: FILE:LINE:COLUMN: message".
 */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "actors.h"
#include "data.h"
#include "dist.h"
#include "fmt.h"
#include "loader.h"
#include "output.h"
#include "run.h"
#include "summary.h"
#include "uncertainty.h"
#include "variants.h"
#ifdef MKBA_HAVE_REPORTS
#include "mkba_report.h"
#endif

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
    "  list                   interventions (plugins) found\n"
    "  describe NAME          one plugin's parameters, defaults and sources\n"
    "  regions                regional parameter sets available\n"
    "\n"
    "  mkba --version | --help | COMMAND --help\n";

static const char usage_run[] =
    "usage: mkba run SCENARIO.json [-o DIR] [--format LIST] [--json] [--lang nl|en]\n"
    "                              [--draws N] [--seed N] [--threads N]\n"
    "\n"
    "  -o DIR          write DIR/results.json and DIR/results.csv (and --format files)\n"
    "  --format LIST   also write pdf, png, svg (comma-separated; csv and json are\n"
    "                  always written with -o)\n"
    "  --json          print the results document on standard output, nothing else\n"
    "  --lang nl|en    language of labels and reports (default nl)\n"
    "  --draws N       Monte Carlo draws (overrides the scenario; 0 = none)\n"
    "  --seed N        Monte Carlo seed (overrides the scenario)\n"
    "  --threads N     worker threads (default: the number of cores)\n"
    "\n"
    "Without -o or --json a short summary is printed.\n";

static const char usage_validate[] =
    "usage: mkba validate SCENARIO.json\n\n"
    "Check the scenario and its plugins as `run` would; nothing is computed or written.\n";
static const char usage_list[] = "usage: mkba list [--json]\n\nThe plugins found in "
                                 "$MKBA_PLUGIN_PATH and the plugin directories.\n";
static const char usage_describe[] =
    "usage: mkba describe NAME [--json] [--lang nl|en]\n\nA plugin's parameters with "
    "defaults, units, distributions and sources.\n";
static const char usage_regions[] =
    "usage: mkba regions [--json] [--lang nl|en]\n\nRegional parameter sets: data/regions "
    "and $MKBA_REGION_PATH.\n";

typedef struct opts {
  const char *cmd;
  const char *arg;    /* SCENARIO or NAME */
  const char *outdir; /* -o */
  const char *format; /* --format */
  const char *lang;   /* --lang */
  int json, help;
  long draws;     /* -1: from the scenario */
  long long seed; /* -1: from the scenario */
  int threads;    /* 0: number of cores */
} opts;

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
  if (!strcmp(cmd, "list"))
    return usage_list;
  if (!strcmp(cmd, "describe"))
    return usage_describe;
  if (!strcmp(cmd, "regions"))
    return usage_regions;
  return NULL;
}

/* Parse argv into o; returns -1 when parsing went fine, else an exit code. */
static int parse(int argc, char **argv, opts *o) {
  memset(o, 0, sizeof *o);
  o->draws = -1;
  o->seed = -1;
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
  if (!strcmp(argv[1], "--version")) {
    printf("mkba %s (plugin ABI %d.%d)\n", MKBA_VERSION, MKBA_ABI_MAJOR, MKBA_ABI_MINOR);
    return MKBA_EXIT_OK;
  }
  o->cmd = argv[i++];
  const char *usage = usage_for(o->cmd);
  if (!usage)
    return usage_error(usage_main, "unknown command \"%s\"", o->cmd);
  int takes_arg =
      !strcmp(o->cmd, "run") || !strcmp(o->cmd, "validate") || !strcmp(o->cmd, "describe");
  int is_run = !strcmp(o->cmd, "run");
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
    if (!flag[0]) {
      if (!takes_arg || o->arg)
        return usage_error(usage, "unexpected argument \"%s\"", a);
      o->arg = a;
      continue;
    }
    if (!strcmp(flag, "--help") || !strcmp(flag, "-h")) {
      o->help = 1;
      continue;
    }
    if (!strcmp(flag, "--json") && strcmp(o->cmd, "validate")) {
      o->json = 1;
      continue;
    }
    int wants =
        !strcmp(flag, "--lang") ||
        (is_run && (!strcmp(flag, "-o") || !strcmp(flag, "--format") || !strcmp(flag, "--draws") ||
                    !strcmp(flag, "--seed") || !strcmp(flag, "--threads")));
    if (!wants || !strcmp(o->cmd, "list") || !strcmp(o->cmd, "validate"))
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
    } else if (!strcmp(flag, "-o")) {
      o->outdir = val;
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
        return usage_error(usage, "--seed must be a whole number >= 0, not \"%s\"", val);
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
    return usage_error(usage, "missing %s", !strcmp(o->cmd, "describe") ? "NAME" : "SCENARIO.json");
  return -1;
}

/* Formats asked for with --format, as bits: 1 pdf, 2 png, 4 svg. */
static int parse_formats(const char *list, unsigned *bits) {
  *bits = 0;
  if (!list)
    return 0;
  char *copy = strdup(list), *save = NULL;
  int rc = 0;
  for (char *f = strtok_r(copy, ",", &save); f; f = strtok_r(NULL, ",", &save)) {
    if (!strcmp(f, "pdf"))
      *bits |= 1;
    else if (!strcmp(f, "png"))
      *bits |= 2;
    else if (!strcmp(f, "svg"))
      *bits |= 4;
    else if (strcmp(f, "csv") && strcmp(f, "json")) {
      fprintf(stderr,
              "mkba: unknown format \"%s\" in --format (known: pdf, png, svg, "
              "csv, json)\n",
              f);
      rc = -1;
      break;
    }
  }
  free(copy);
  return rc;
}

static int cmd_run(const opts *o, int validate_only) {
  mkba_diag d = {0};
  mkba_run *run = NULL;
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
  if (mkba_run_prepare(o->arg, o->lang, &run, &d)) {
    mkba_diag_print(&d);
    return d.code;
  }
  if (validate_only) {
    /* The base case too, so that validate reports what run would. */
    int rc = mkba_run_base(run, &d) ? d.code : MKBA_EXIT_OK;
    if (rc)
      mkba_diag_print(&d);
    else
      fprintf(stderr, "mkba: %s: valid\n", o->arg);
    mkba_run_free(run);
    return rc;
  }
  mkba_mc_options mc = {run->scen->draws, run->scen->seed, o->threads, 0};
  if (o->draws >= 0)
    mc.draws = o->draws;
  if (o->seed >= 0)
    mc.seed = (unsigned long)o->seed;
  if (mc.threads <= 0) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    mc.threads = n > 0 ? (int)(n > 64 ? 64 : n) : 1;
  }
  mc.progress = isatty(STDERR_FILENO);
  if (mkba_run_base(run, &d) || mkba_sensitivity_run(run, &d) || mkba_variants_run(run, &d) ||
      (mc.draws > 0 && mkba_uncertainty_run(run, &mc, &d))) {
    mkba_diag_print(&d);
    mkba_run_free(run);
    return d.code ? d.code : MKBA_EXIT_RUN;
  }
  json_t *results = mkba_results_json(run);
  char *text = results ? mkba_results_dump(results) : NULL;
  char *csv = results ? mkba_results_csv(results, run->lang) : NULL;
  int rc = MKBA_EXIT_OK;
  if (!text || !csv) {
    fprintf(stderr, "mkba: out of memory\n");
    rc = MKBA_EXIT_RUN;
  }
  if (!rc && o->outdir) {
    mkba_output *out = NULL;
    if (mkba_output_open(o->outdir, &out, &d) ||
        mkba_output_write(out, "results.json", text, strlen(text), &d) ||
        mkba_output_write(out, "results.csv", csv, strlen(csv), &d)) {
      rc = d.code;
    }
#ifdef MKBA_HAVE_REPORTS
    char err[1024] = "";
    if (!rc && formats &&
        mkba_report_render(results, mkba_output_staging(out), formats, run->lang, err,
                           sizeof err)) {
      mkba_diag_set(&d, MKBA_EXIT_RUN, "report: %s", err);
      rc = MKBA_EXIT_RUN;
    }
#endif
    if (!rc && mkba_output_commit(out, &d))
      rc = d.code;
    else if (rc)
      mkba_output_abort(out);
    if (rc)
      mkba_diag_print(&d);
    else if (!o->json)
      fprintf(stderr, "mkba: wrote %s/results.json and %s/results.csv%s\n", o->outdir, o->outdir,
              formats ? " and the report files" : "");
  }
  if (!rc && o->json)
    fputs(text, stdout);
  else if (!rc && !o->outdir)
    mkba_print_summary(stdout, results, !strcmp(run->lang, "en"));
  free(text);
  free(csv);
  json_decref(results);
  mkba_run_free(run);
  if (fflush(stdout) != 0 && !rc) {
    fprintf(stderr, "mkba: cannot write to standard output\n");
    rc = MKBA_EXIT_RUN;
  }
  return rc;
}

static int cmd_list(const opts *o) {
  mkba_diag d = {0};
  const mkba_loaded **all = NULL;
  size_t n = 0;
  int rc = mkba_plugin_list(&all, &n, &d) ? MKBA_EXIT_RUN : MKBA_EXIT_OK;
  if (rc)
    mkba_diag_print(&d);
  if (o->json) {
    json_t *arr = json_array();
    for (size_t k = 0; k < n; k++) {
      json_t *e = json_object(), *t = json_object();
      json_object_set_new(e, "name", json_string(all[k]->name));
      json_object_set_new(e, "version", json_string(all[k]->desc.version));
      json_object_set_new(t, "nl", json_string(all[k]->desc.title_nl));
      json_object_set_new(t, "en", json_string(all[k]->desc.title_en));
      json_object_set_new(e, "title", t);
      json_object_set_new(e, "path", json_string(all[k]->path));
      json_array_append_new(arr, e);
    }
    char *s = mkba_results_dump(arr);
    fputs(s ? s : "[]\n", stdout);
    free(s);
    json_decref(arr);
  } else {
    for (size_t k = 0; k < n; k++)
      printf("%-28s %-8s %s / %s\n", all[k]->name, all[k]->desc.version, all[k]->desc.title_nl,
             all[k]->desc.title_en);
    if (!n)
      printf("no plugins found (see MKBA_PLUGIN_PATH)\n");
  }
  free(all);
  return rc;
}

static int cmd_describe(const opts *o) {
  mkba_diag d = {0};
  const mkba_loaded *p;
  mkba_data *data = NULL;
  if (mkba_plugin_load(o->arg, &p, &d) || mkba_data_load(mkba_data_dir(), &data, &d)) {
    mkba_diag_print(&d);
    return d.code;
  }
  int en = !strcmp(o->lang, "en");
  json_t *root = json_object(), *t = json_object(), *params = json_array();
  json_object_set_new(root, "name", json_string(p->name));
  json_object_set_new(root, "version", json_string(p->desc.version));
  json_object_set_new(t, "nl", json_string(p->desc.title_nl));
  json_object_set_new(t, "en", json_string(p->desc.title_en));
  json_object_set_new(root, "title", t);
  if (p->desc.summary_nl || p->desc.summary_en) {
    json_t *s = json_object();
    json_object_set_new(s, "nl", json_string(p->desc.summary_nl ? p->desc.summary_nl : ""));
    json_object_set_new(s, "en", json_string(p->desc.summary_en ? p->desc.summary_en : ""));
    json_object_set_new(root, "summary", s);
  }
  json_object_set_new(root, "path", json_string(p->path));
  json_object_set_new(root, "structured_params", json_boolean(p->desc.configure != NULL));
  for (uint32_t k = 0; k < p->desc.n_params; k++) {
    const mkba_param *q = &p->params[k];
    json_t *e = json_object(), *l = json_object();
    double value = q->value;
    int py = q->price_year, conf = q->confidence;
    const char *src = q->source;
    const mkba_unit_cost *uc = q->unit_cost ? mkba_unit_cost_find(data, q->unit_cost) : NULL;
    if (uc) {
      value = uc->amount;
      py = uc->price_year;
      conf = uc->confidence;
      src = uc->source;
    }
    json_object_set_new(e, "key", json_string(q->key));
    json_object_set_new(l, "nl", json_string(q->label_nl));
    json_object_set_new(l, "en", json_string(q->label_en));
    json_object_set_new(e, "label", l);
    json_object_set_new(e, "unit", json_string(q->unit));
    json_object_set_new(e, "default", mkba_jnum(value));
    json_object_set_new(e, "distribution", mkba_dist_to_json(&q->dist, value));
    json_object_set_new(e, "source", json_string(src));
    json_object_set_new(e, "confidence", json_string(mkba_confidence_name(conf)));
    json_object_set_new(e, "min", mkba_jnum(q->min));
    json_object_set_new(e, "max", mkba_jnum(q->max));
    json_object_set_new(e, "price_year", py ? json_integer(py) : json_null());
    if (q->unit_cost)
      json_object_set_new(e, "unit_cost", json_string(q->unit_cost));
    if (q->flags & MKBA_PARAM_POPULATION)
      json_object_set_new(e, "scales_with_region", json_true());
    json_array_append_new(params, e);
  }
  json_object_set_new(root, "parameters", params);
  if (o->json) {
    char *s = mkba_results_dump(root);
    fputs(s ? s : "{}\n", stdout);
    free(s);
  } else {
    printf("%s %s: %s\n", p->name, p->desc.version, en ? p->desc.title_en : p->desc.title_nl);
    const char *sum = en ? p->desc.summary_en : p->desc.summary_nl;
    if (sum)
      printf("%s\n", sum);
    printf("%s\n\n", p->path);
    if (p->desc.configure)
      printf("%s\n\n", en ? "Its model is written in the scenario's params as JSON; see "
                            "the README."
                          : "Het model staat als JSON in de params van het scenario; zie "
                            "de README.");
    for (size_t k = 0; k < json_array_size(params); k++) {
      json_t *e = json_array_get(params, k);
      const mkba_param *q = &p->params[k];
      char dist[160];
      mkba_dist_describe(&q->dist, dist, sizeof dist);
      char money[64] = "";
      json_t *py = json_object_get(e, "price_year");
      if (json_is_integer(py))
        snprintf(money, sizeof money, en ? " (euros of %lld)" : " (prijspeil %lld)",
                 (long long)json_integer_value(py));
      if (q->dist.kind == MKBA_FIXED)
        snprintf(dist, sizeof dist, "%s", en ? "fixed" : "vast");
      printf("%s\n  %s [%s]\n  %s %g%s, %s %g..%g, %s\n  [%s] %s\n\n", q->key,
             en ? q->label_en : q->label_nl, q->unit, en ? "default" : "standaard",
             json_number_value(json_object_get(e, "default")), money, en ? "range" : "bereik",
             q->min, q->max, dist, json_string_value(json_object_get(e, "confidence")),
             json_string_value(json_object_get(e, "source")));
    }
  }
  json_decref(root);
  mkba_data_free(data);
  return MKBA_EXIT_OK;
}

static int cmd_regions(const opts *o) {
  mkba_diag d = {0};
  mkba_data *data = NULL;
  mkba_region **all = NULL;
  size_t n = 0;
  if (mkba_data_load(mkba_data_dir(), &data, &d) || mkba_region_list(data, &all, &n, &d)) {
    mkba_diag_print(&d);
    mkba_data_free(data);
    return d.code;
  }
  int en = !strcmp(o->lang, "en");
  json_t *arr = json_array();
  for (size_t k = 0; k < n; k++) {
    const mkba_region *r = all[k];
    if (o->json) {
      json_t *e = json_object();
      json_object_set_new(e, "id", json_string(r->id));
      json_object_set_new(e, "label", json_string(en ? r->label_en : r->label_nl));
      json_object_set_new(e, "source", json_string(r->source));
      json_object_set_new(e, "homeless", mkba_jnum(r->homeless));
      json_object_set_new(e, "homeless_year", json_integer(r->homeless_year));
      json_object_set_new(e, "scale", mkba_jnum(r->scale));
      json_object_set_new(e, "version", json_string(r->version));
      json_object_set_new(e, "path", json_string(r->path));
      json_array_append_new(arr, e);
    } else {
      printf("%-12s %-34s %6.0f %s (%d), %s %.4f\n", r->id, en ? r->label_en : r->label_nl,
             r->homeless, en ? "homeless" : "dakloos", r->homeless_year, en ? "scale" : "schaal",
             r->scale);
    }
    mkba_region_free(all[k]);
  }
  free(all);
  if (o->json) {
    char *s = mkba_results_dump(arr);
    fputs(s ? s : "[]\n", stdout);
    free(s);
  }
  json_decref(arr);
  mkba_data_free(data);
  return MKBA_EXIT_OK;
}

int main(int argc, char **argv) {
  gsl_set_error_handler_off();
  opts o;
  int rc = parse(argc, argv, &o);
  if (rc >= 0)
    return rc;
  if (!strcmp(o.cmd, "run"))
    return cmd_run(&o, 0);
  if (!strcmp(o.cmd, "validate"))
    return cmd_run(&o, 1);
  if (!strcmp(o.cmd, "list"))
    return cmd_list(&o);
  if (!strcmp(o.cmd, "describe"))
    return cmd_describe(&o);
  return cmd_regions(&o);
}
