/*
 * cli_check.c - mkba check-plugin FILE.so [--scenario S.json] [--json]:
 * what a consultant runs before sending a plugin to a municipality.
 *
 * Every bit of plugin code runs in supervised children (supervise.h), one
 * per stage of plugin_check.h, with the time and memory limits of the
 * command: a plugin that crashes, hangs or calls exit() fails the property
 * of the stage it did that in, and mkba itself goes on to report.  This
 * process only reads the file's first bytes, builds the scenario the
 * stages bind, and prints one verdict per property.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "count.h"
#include "diag.h"
#include "plugin_check.h"
#include "scenario.h"

/* The scenario of a check without --scenario: the plugin's defaults. */
#define DEFAULT_START_YEAR 2025
#define DEFAULT_HORIZON 10
/* Seconds each stage may take unless --timeout says otherwise. */
#define DEFAULT_TIMEOUT 60

/* The verdicts so far: one JSON object per property, or NULL while unjudged. */
typedef struct verdicts {
  json_t *v[MKBA_CHECK_N];
} verdicts;

/* Judge property `prop` (unless judged): status, message and fix (NULL for none). */
static void judge(verdicts *vs, int prop, const char *status, const char *message,
                  const char *fix) {
  if (vs->v[prop])
    return;
  json_t *v = json_object();
  json_object_set_new(v, "status", json_string(status));
  json_object_set_new(v, "message", json_string(message));
  json_object_set_new(v, "fix", fix ? json_string(fix) : json_null());
  vs->v[prop] = v;
}

/* 1 when property `prop` passed (a note is not a pass for what depends on it). */
static int passed(const verdicts *vs, int prop) {
  const char *s = vs->v[prop] ? json_string_value(json_object_get(vs->v[prop], "status")) : NULL;
  return s && !strcmp(s, "pass");
}

/* Take the verdicts a stage's product judged. */
static void take(verdicts *vs, const json_t *product) {
  const json_t *got = json_object_get(product, "verdicts");
  for (int k = 0; k < MKBA_CHECK_N; k++) {
    json_t *v = json_object_get(got, mkba_check_id(k));
    if (v && !vs->v[k])
      vs->v[k] = json_incref(v);
  }
}

/* The supervisor's message without its ending "; nothing was written" (no output here). */
static void trim_supervisor(char *msg) {
  static const char tail[] = "; nothing was written";
  size_t n = strlen(msg), t = sizeof tail - 1;
  if (n >= t && !strcmp(msg + n - t, tail))
    msg[n - t] = '\0';
}

/*
 * Run stage `stage` of job j in a supervised child.  Returns the product
 * (new reference), or NULL with the reason (a crash, exit, limit, or a
 * stage that could not run) in d.
 */
static json_t *run_stage(mkba_check_job *j, int stage, const mkba_limits *lim, mkba_diag *d) {
  char *out = NULL;
  size_t len = 0;
  j->stage = stage;
  if (mkba_supervise(lim, mkba_check_work, j, &out, &len, d)) {
    trim_supervisor(d->msg);
    return NULL;
  }
  json_error_t err;
  json_t *product = json_loadb(out, len, 0, &err);
  free(out);
  if (!json_is_object(product)) {
    json_decref(product);
    mkba_diag_set(d, MKBA_EXIT_RUN, "the check's child sent no verdicts back");
    return NULL;
  }
  return product;
}

/*
 * The plugin file must be a readable regular file that starts like an ELF
 * object; otherwise print why and return 2 (bad usage), else 0.
 */
static int check_file(const char *path) {
  struct stat st;
  unsigned char magic[4] = {0};
  if (stat(path, &st) != 0) {
    fprintf(stderr, "mkba: %s: cannot read the plugin file: %s\n", path, strerror(errno));
    return MKBA_EXIT_INPUT;
  }
  if (!S_ISREG(st.st_mode)) {
    fprintf(stderr, "mkba: %s: not a plugin file (a directory or device); give the NAME.so\n",
            path);
    return MKBA_EXIT_INPUT;
  }
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "mkba: %s: cannot read the plugin file: %s\n", path, strerror(errno));
    return MKBA_EXIT_INPUT;
  }
  size_t got = fread(magic, 1, sizeof magic, f);
  fclose(f);
  if (got != sizeof magic || memcmp(magic,
                                    "\x7f"
                                    "ELF",
                                    4)) {
    fprintf(stderr,
            "mkba: %s: not a plugin: not an ELF shared object; build the plugin with "
            "cc -shared -fPIC (see `mkba new-plugin`)\n",
            path);
    return MKBA_EXIT_INPUT;
  }
  return 0;
}

/*
 * The scenario text the stages bind, into *text (owned by the caller) and
 * its name into name[0 .. len-1]: with --scenario, the params, start year,
 * horizon, price year, inflation, discount and region of its first
 * intervention that names plugin `plugin`; else the plugin's defaults.
 * Returns 0, or an exit code after printing why.
 */
static int build_scenario(const mkba_opts *o, const char *plugin, char **text, char *name,
                          size_t len) {
  json_t *doc = json_object(), *list = json_array(), *iv = json_object();
  mkba_scenario *s = NULL;
  *text = NULL;
  json_object_set_new(doc, "mkba", json_integer(1));
  json_object_set_new(doc, "title", json_string("mkba check-plugin"));
  json_object_set_new(iv, "plugin", json_string(plugin));
  if (o->scenario) {
    mkba_diag d = {0};
    if (mkba_scenario_load(o->scenario, &s, &d)) {
      mkba_diag_print(&d);
      json_decref(doc);
      json_decref(list);
      json_decref(iv);
      return d.code ? d.code : MKBA_EXIT_INPUT;
    }
    size_t k = 0;
    while (k < s->n_iv && strcmp(s->iv[k].plugin, plugin))
      k++;
    if (k == s->n_iv) {
      char names[512] = "";
      for (size_t i = 0, used = 0; i < s->n_iv && used + 70 < sizeof names; i++)
        used += (size_t)snprintf(names + used, sizeof names - used, "%s%s", i ? ", " : "",
                                 s->iv[i].plugin);
      fprintf(stderr,
              "mkba: %s: no intervention names plugin \"%s\" (it names %s); add one with the "
              "plugin's params, or check another scenario\n",
              o->scenario, plugin, names);
      mkba_scenario_free(s);
      json_decref(doc);
      json_decref(list);
      json_decref(iv);
      return MKBA_EXIT_INPUT;
    }
    static const char *const keep[] = {"region",     "start_year",        "horizon_years",
                                       "price_year", "assumed_inflation", "discount",
                                       NULL};
    const json_t *root = mkba_jdoc_root(s->doc);
    for (int i = 0; keep[i]; i++) {
      const json_t *v = json_object_get(root, keep[i]);
      if (v)
        json_object_set_new(doc, keep[i], json_deep_copy(v));
    }
    if (s->iv[k].params)
      json_object_set_new(iv, "params", json_deep_copy(s->iv[k].params));
    snprintf(name, len, "%s (interventions[%zu] alone)", o->scenario, k);
  } else {
    json_object_set_new(doc, "start_year", json_integer(DEFAULT_START_YEAR));
    json_object_set_new(doc, "horizon_years", json_integer(DEFAULT_HORIZON));
    snprintf(name, len, "the defaults of %s (no --scenario)", plugin);
  }
  json_array_append_new(list, iv);
  json_object_set_new(doc, "interventions", list);
  *text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(doc);
  mkba_scenario_free(s);
  if (!*text) {
    fputs("mkba: out of memory\n", stderr);
    return MKBA_EXIT_RUN;
  }
  return 0;
}

/* Print the verdicts: the JSON document, or one line per property. */
static void print(const mkba_opts *o, const char *plugin, verdicts *vs, int ok) {
  if (o->json) {
    json_t *doc = json_object(), *props = json_array();
    json_object_set_new(doc, "plugin", json_string(plugin));
    json_object_set_new(doc, "file", json_string(o->arg));
    json_object_set_new(doc, "ok", json_boolean(ok));
    for (int k = 0; k < MKBA_CHECK_N; k++) {
      json_t *p = json_object();
      json_object_set_new(p, "id", json_string(mkba_check_id(k)));
      json_object_set(p, "status", json_object_get(vs->v[k], "status"));
      json_object_set(p, "message", json_object_get(vs->v[k], "message"));
      json_object_set(p, "fix", json_object_get(vs->v[k], "fix"));
      json_array_append_new(props, p);
    }
    json_object_set_new(doc, "properties", props);
    char *s = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    if (s)
      printf("%s\n", s);
    free(s);
    json_decref(doc);
    return;
  }
  int fails = 0, notes = 0;
  printf("mkba check-plugin: %s (%s)\n", plugin, o->arg);
  for (int k = 0; k < MKBA_CHECK_N; k++) {
    const char *status = json_string_value(json_object_get(vs->v[k], "status"));
    const char *msg = json_string_value(json_object_get(vs->v[k], "message"));
    const char *fix = json_string_value(json_object_get(vs->v[k], "fix"));
    fails += !strcmp(status, "fail");
    notes += !strcmp(status, "note");
    printf("%-4s  %-14s  %s%s%s\n",
           !strcmp(status, "pass")   ? "PASS"
           : !strcmp(status, "fail") ? "FAIL"
                                     : "NOTE",
           mkba_check_id(k), msg, fix ? ". Fix: " : "", fix ? fix : "");
  }
  if (fails)
    printf("%d propert%s fail%s: fix the plugin and check it again\n", fails,
           fails == 1 ? "y" : "ies", fails == 1 ? "s" : "");
  else
    printf("every property holds%s\n", notes ? " (read the notes)" : "");
}

int mkba_cmd_check_plugin(const mkba_opts *o) {
  int rc = check_file(o->arg);
  if (rc)
    return rc;
  char path[PATH_MAX];
  if (!realpath(o->arg, path)) { /* dlopen searches a name without a slash elsewhere */
    fprintf(stderr, "mkba: %s: cannot read the plugin file: %s\n", o->arg, strerror(errno));
    return MKBA_EXIT_INPUT;
  }
  /* The plugin's name is its file's (the loader checks the descriptor agrees). */
  char plugin[256];
  const char *base = strrchr(path, '/');
  snprintf(plugin, sizeof plugin, "%s", base ? base + 1 : path);
  size_t n = strlen(plugin);
  if (n > 3 && !strcmp(plugin + n - 3, ".so"))
    plugin[n - 3] = '\0';
  char *text = NULL, scen_name[PATH_MAX + 64];
  if ((rc = build_scenario(o, plugin, &text, scen_name, sizeof scen_name)))
    return rc;
  mkba_limits lim = mkba_cli_limits(o, DEFAULT_TIMEOUT);
  mkba_check_job job = {path, scen_name, text, strlen(text), 0, o->scenario != NULL, 4, 16};
  verdicts vs = {{NULL}};
  mkba_diag d = {0};

  /* 1. Load: abi, sources, units. */
  json_t *table = run_stage(&job, MKBA_STAGE_TABLE, &lim, &d);
  if (table && json_is_string(json_object_get(table, "not_plugin"))) {
    fprintf(stderr, "mkba: %s: not an mkba plugin: %s\n", o->arg,
            json_string_value(json_object_get(table, "not_plugin")));
    json_decref(table);
    free(text);
    return MKBA_EXIT_INPUT;
  }
  if (table) {
    take(&vs, table);
    const char *name = json_string_value(json_object_get(table, "name"));
    if (name)
      snprintf(plugin, sizeof plugin, "%s", name);
  } else {
    judge(&vs, MKBA_CHECK_ABI, "fail", d.msg,
          "a plugin's constructors and mkba_plugin_entry() must only return its descriptor");
  }
  json_int_t load_bytes =
      json_integer_value(json_object_get(json_object_get(table, "load_output"), "bytes"));
  const char *load_head =
      json_string_value(json_object_get(json_object_get(table, "load_output"), "head"));

  /* 2. Configure and the base case: base, stdout, negative costs, transfers. */
  json_t *base_out = NULL;
  if (passed(&vs, MKBA_CHECK_ABI)) {
    memset(&d, 0, sizeof d);
    base_out = run_stage(&job, MKBA_STAGE_BASE, &lim, &d);
    if (base_out)
      take(&vs, base_out);
    else
      judge(&vs, MKBA_CHECK_BASE, "fail", d.msg,
            "configure() and compute() must return, with MKBA_OK or MKBA_ERROR and a message; "
            "never crash or call exit()");
  }
  json_int_t bytes =
      json_integer_value(json_object_get(json_object_get(base_out, "output"), "bytes"));
  const char *head =
      json_string_value(json_object_get(json_object_get(base_out, "output"), "head"));
  static const char stdout_fix[] =
      "remove the printf, puts or write to standard output: it carries mkba's results, and "
      "plugins do no input or output (report a problem through err or config_error)";
  char msg[1024];
  if (load_bytes > 0 || bytes > 0) {
    snprintf(msg, sizeof msg, "the plugin wrote %lld byte%s to standard output while %s: \"%s\"",
             (long long)(load_bytes > 0 ? load_bytes : bytes),
             (load_bytes > 0 ? load_bytes : bytes) == 1 ? "" : "s",
             load_bytes > 0 ? "it was loaded" : "configuring or computing",
             load_bytes > 0 ? (load_head ? load_head : "") : (head ? head : ""));
    judge(&vs, MKBA_CHECK_STDOUT, "fail", msg, stdout_fix);
  } else if (passed(&vs, MKBA_CHECK_BASE)) {
    judge(&vs, MKBA_CHECK_STDOUT, "pass",
          "nothing was written to standard output while loading, configuring and computing", NULL);
  }

  /* 3. Determinism; then 4. threads and 5. direction, which assume it. */
  if (passed(&vs, MKBA_CHECK_BASE)) {
    static const struct {
      int stage, prop;
    } later[] = {{MKBA_STAGE_DETERMINISM, MKBA_CHECK_DETERMINISM},
                 {MKBA_STAGE_THREADS, MKBA_CHECK_THREADS},
                 {MKBA_STAGE_DIRECTION, MKBA_CHECK_DIRECTION},
                 {MKBA_STAGE_BLOCKS, MKBA_CHECK_BLOCKS}};
    for (size_t k = 0; k < MKBA_COUNT(later); k++) {
      if (k > 0 && !passed(&vs, MKBA_CHECK_DETERMINISM))
        break;
      memset(&d, 0, sizeof d);
      json_t *got = run_stage(&job, later[k].stage, &lim, &d);
      if (got)
        take(&vs, got);
      else
        judge(&vs, later[k].prop, "fail", d.msg,
              "compute() must return, with MKBA_OK or MKBA_ERROR and a message; never crash or "
              "call exit()");
      json_decref(got);
    }
  }

  /* What could not be checked, and why. */
  for (int k = 0; k < MKBA_CHECK_N; k++) {
    const char *why = !passed(&vs, MKBA_CHECK_ABI)
                          ? "not checked: the plugin does not load (see abi)"
                      : !passed(&vs, MKBA_CHECK_BASE)
                          ? "not checked: the base case does not compute (see base)"
                          : "not checked: the plugin does not compute the same ledger twice "
                            "(see determinism)";
    judge(&vs, k, "note", why, NULL);
  }
  int ok = 1;
  for (int k = 0; k < MKBA_CHECK_N; k++)
    ok &= strcmp(json_string_value(json_object_get(vs.v[k], "status")), "fail") != 0;
  print(o, plugin, &vs, ok);
  for (int k = 0; k < MKBA_CHECK_N; k++)
    json_decref(vs.v[k]);
  json_decref(table);
  json_decref(base_out);
  free(text);
  return ok ? MKBA_EXIT_OK : MKBA_EXIT_RUN;
}
