/* plugin_check.c - the stages of `mkba check-plugin`; see plugin_check.h. */
#include "plugin_check.h"

#include <ctype.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <glib.h>
#include <jansson.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "actors.h"
#include "block.h"
#include "data.h"
#include "evaluate.h"
#include "ledger.h"
#include "loader.h"
#include "paths.h"
#include "run.h"
#include "uncertainty.h"
#include "watch.h"

#define A MKBA_N_ACTORS

static const char *const ids[MKBA_CHECK_N] = {
    "abi",    "sources",        "units",     "base",      "determinism", "threads",
    "stdout", "negative_costs", "direction", "transfers", "blocks"};

const char *mkba_check_id(int prop) { return prop >= 0 && prop < MKBA_CHECK_N ? ids[prop] : NULL; }

/* ---- verdicts ------------------------------------------------------------ */

/*
 * Record the verdict on property `prop` in doc["verdicts"]: `status` "pass",
 * "fail" or "note", the message (printf-style; plugin strings in it are made
 * valid UTF-8) and `fix`, what to do about it, or NULL for nothing.
 */
static void verdict(json_t *doc, int prop, const char *status, const char *fix, const char *fmt,
                    ...) __attribute__((format(printf, 5, 6)));
static void verdict(json_t *doc, int prop, const char *status, const char *fix, const char *fmt,
                    ...) {
  char msg[4096];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  gchar *valid = g_utf8_make_valid(msg, -1);
  json_t *v = json_object();
  json_object_set_new(v, "status", json_string(status));
  json_object_set_new(v, "message", json_string(valid));
  json_object_set_new(v, "fix", fix ? json_string(fix) : json_null());
  json_object_set_new(json_object_get(doc, "verdicts"), ids[prop], v);
  g_free(valid);
}

/* The label of actor a in messages: its id, "gemeente". */
static const char *actor_name(int a) {
  const char *id = mkba_actor_id(a);
  return id ? id : "?";
}

/* ---- standard output ----------------------------------------------------- */

/*
 * Standard output caught while plugin code runs: file descriptor 1 goes
 * to a pipe of our own (non-blocking, so that a plugin that writes much
 * cannot hang the stage), and what arrived is read when the code is done.
 */
typedef struct capture {
  int saved; /* the descriptor 1 was before, or -1 */
  int rd;    /* the pipe's reading end, or -1 */
} capture;

/* Send descriptor 1 into a new pipe; 0, or -1 when it cannot (then nothing changed). */
static int capture_begin(capture *c) {
  int fds[2];
  c->saved = c->rd = -1;
  fflush(stdout);
  if (pipe(fds))
    return -1;
  for (int i = 0; i < 2; i++) {
    fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
    fcntl(fds[i], F_SETFD, FD_CLOEXEC);
  }
  c->saved = dup(STDOUT_FILENO);
  if (c->saved < 0 || dup2(fds[1], STDOUT_FILENO) < 0) {
    if (c->saved >= 0)
      close(c->saved);
    close(fds[0]);
    close(fds[1]);
    c->saved = -1;
    return -1;
  }
  close(fds[1]);
  c->rd = fds[0];
  return 0;
}

/*
 * Put descriptor 1 back and return the number of bytes the plugin wrote;
 * the first of them, made printable, go into head[0 .. len-1].
 */
static size_t capture_end(capture *c, char *head, size_t len) {
  size_t total = 0, kept = 0;
  head[0] = '\0';
  if (c->rd < 0)
    return 0;
  fflush(stdout);
  clearerr(stdout); /* a write the full pipe refused is not mkba's error */
  dup2(c->saved, STDOUT_FILENO);
  close(c->saved);
  char buf[4096];
  ssize_t r;
  while ((r = read(c->rd, buf, sizeof buf)) > 0) {
    for (ssize_t i = 0; i < r && kept + 1 < len; i++)
      head[kept++] = isprint((unsigned char)buf[i]) ? buf[i] : ' ';
    total += (size_t)r;
  }
  while (kept && head[kept - 1] == ' ') /* a closing newline */
    kept--;
  head[kept] = '\0';
  close(c->rd);
  c->rd = c->saved = -1;
  return total;
}

/* Record in doc[key] what the plugin wrote to standard output: {"bytes", "head"}. */
static void record_output(json_t *doc, const char *key, size_t bytes, const char *head) {
  json_t *o = json_object();
  gchar *valid = g_utf8_make_valid(head, -1);
  json_object_set_new(o, "bytes", json_integer((json_int_t)bytes));
  json_object_set_new(o, "head", json_string(valid));
  json_object_set_new(doc, key, o);
  g_free(valid);
}

/* ---- stage 1: the descriptor and the parameter table ---------------------- */

/*
 * Split a loader message, which reads "what is wrong; how to fix it", at
 * its last "; ": msg keeps what is wrong, the result points at the fix
 * (inside msg).  NULL, and msg unchanged, when there is no "; ".
 */
static const char *split_fix(char *msg) {
  char *semi = NULL;
  for (char *s = strstr(msg, "; "); s; s = strstr(s + 2, "; "))
    semi = s;
  if (!semi)
    return NULL;
  *semi = '\0';
  return semi + 2;
}

/*
 * 1 when the file is loaded (the loader opened it) but exports no
 * mkba_plugin_entry: a shared object, but not an mkba plugin.
 */
static int loaded_without_entry(const char *path) {
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NOLOAD);
  if (!h)
    return 0;
  int none = dlsym(h, MKBA_ENTRY_SYMBOL) == NULL;
  dlclose(h);
  return none;
}

/* 1 when source text `s` says nothing: a placeholder or a bare "assumption". */
static int says_nothing(const char *s) {
  static const char *const empty[] = {"todo", "tbd", "fixme",  "xxx",     "?",        "-",
                                      "n/a",  "na",  "none",   "unknown", "onbekend", "source",
                                      "bron", "nvt", "n.v.t.", NULL};
  static const char *const prefix[] = {"todo", "tbd", "fixme", "xxx", NULL};
  static const char *const assumption[] = {"assumption", "aanname", NULL};
  while (isspace((unsigned char)*s))
    s++;
  size_t n = strlen(s);
  while (n && isspace((unsigned char)s[n - 1]))
    n--;
  char low[64];
  if (n < 3)
    return 1;
  size_t m = n < sizeof low - 1 ? n : sizeof low - 1;
  for (size_t i = 0; i < m; i++)
    low[i] = (char)tolower((unsigned char)s[i]);
  low[m] = '\0';
  for (int k = 0; empty[k]; k++)
    if (n == strlen(empty[k]) && !strcmp(low, empty[k]))
      return 1;
  for (int k = 0; prefix[k]; k++)
    if (!strncmp(low, prefix[k], strlen(prefix[k])))
      return 1;
  for (int k = 0; assumption[k]; k++) { /* "assumption" or "assumption:" with no reason */
    size_t a = strlen(assumption[k]);
    if (!strncmp(low, assumption[k], a)) {
      const char *rest = s + a;
      size_t left = n - a;
      while (left && (*rest == ':' || isspace((unsigned char)*rest))) {
        rest++;
        left--;
      }
      if (left < 3)
        return 1;
    }
  }
  return 0;
}

/* Append ", key" (or "key" first) to list[0 .. len-1]; "..." once when it would not fit. */
static void list_add(char *list, size_t len, const char *key) {
  size_t used = strlen(list);
  if (used >= 3 && !strcmp(list + used - 3, "..."))
    return; /* full already */
  if (used + strlen(key) + 2 + 5 > len) {
    snprintf(list + used, len - used, "%s...", used ? ", " : "");
    return;
  }
  snprintf(list + used, len - used, "%s%s", used ? ", " : "", key);
}

/* Property 2: every parameter has a source (or a value-bank row) and a confidence. */
static void check_sources(json_t *doc, const mkba_loaded *p, const mkba_data *data) {
  char no_nl[1024] = "";
  for (uint32_t k = 0; k < p->desc.n_params; k++) {
    const mkba_param *q = &p->params[k];
    if (q->unit_cost && data && !mkba_unit_cost_find(data, q->unit_cost)) {
      verdict(doc, MKBA_CHECK_SOURCES, "fail",
              "use a row that `mkba costs` lists, or give the parameter a .source of its own",
              "parameter \"%s\" takes its value from value-bank row \"%s\", which "
              "data/unit_costs.json does not have",
              q->key, q->unit_cost);
      return;
    }
    if (!q->unit_cost && (!q->source || says_nothing(q->source))) {
      verdict(doc, MKBA_CHECK_SOURCES, "fail",
              "write where the value comes from: author, title, year and page or URL, or "
              "\"assumption: <why this value>\"",
              "parameter \"%s\" has no real source (\"%s\")", q->key, q->source ? q->source : "");
      return;
    }
    if (q->source_nl && says_nothing(q->source_nl)) {
      verdict(doc, MKBA_CHECK_SOURCES, "fail",
              "write the source in Dutch as .source_nl (\"aanname: <waarom>\" for an assumption), "
              "or leave source_nl out",
              "parameter \"%s\" has no real Dutch source (source_nl \"%s\")", q->key, q->source_nl);
      return;
    }
    if (!q->unit_cost && (q->confidence < MKBA_VERIFIED || q->confidence > MKBA_ASSUMPTION)) {
      verdict(doc, MKBA_CHECK_SOURCES, "fail",
              "set .confidence to MKBA_VERIFIED, MKBA_SECONDARY or MKBA_ASSUMPTION",
              "parameter \"%s\" has no confidence", q->key);
      return;
    }
    if (!q->unit_cost && !q->source_nl)
      list_add(no_nl, sizeof no_nl, q->key);
  }
  if (no_nl[0])
    verdict(doc, MKBA_CHECK_SOURCES, "note",
            "add .source_nl, the source in Dutch (\"aanname: <waarom>\" for an assumption)",
            "every parameter has a source and a confidence, but these have no Dutch source "
            "(source_nl), so the Dutch report shows the English one: %s",
            no_nl);
  else
    verdict(doc, MKBA_CHECK_SOURCES, "pass", NULL,
            "every parameter (%u) has a source in English and Dutch, or a value-bank row, and a "
            "confidence",
            p->desc.n_params);
}

/* 1 when `word` occurs in s as a word of its own (letters around it do not count). */
static int has_word(const char *s, const char *word, int ignore_case, int prefix_only) {
  size_t n = strlen(word);
  for (const char *at = s; *at; at++) {
    if (ignore_case ? g_ascii_strncasecmp(at, word, n) : strncmp(at, word, n))
      continue;
    int before = at > s && isalpha((unsigned char)at[-1]);
    int after = isalpha((unsigned char)at[n]);
    if (!before && (prefix_only || !after))
      return 1;
  }
  return 0;
}

/* 1 when a unit is an amount of money: it says EUR, euro(s) or the euro sign. */
static int is_money(const char *unit) {
  return has_word(unit, "EUR", 0, 0) || has_word(unit, "euro", 1, 1) ||
         strstr(unit, "\xe2\x82\xac") != NULL;
}

/* Property 3: units that read well; money with a price year, other numbers without. */
static void check_units(json_t *doc, const mkba_loaded *p) {
  for (uint32_t k = 0; k < p->desc.n_params; k++) {
    const mkba_param *q = &p->params[k];
    const char *u = q->unit ? q->unit : "";
    size_t n = strlen(u);
    int odd = n > 64 || (n && (isspace((unsigned char)u[0]) || isspace((unsigned char)u[n - 1])));
    for (size_t i = 0; i < n && !odd; i++)
      odd = (unsigned char)u[i] < 0x20 || u[i] == 0x7f;
    if (odd || !g_utf8_validate(u, -1, NULL)) {
      verdict(doc, MKBA_CHECK_UNITS, "fail",
              "write the unit as a reader sees it in the report, e.g. \"EUR per persoon per "
              "jaar\", \"kans\" or \"personen\" (at most 64 characters, no control characters or "
              "surrounding spaces)",
              "parameter \"%s\" has an unreadable unit \"%s\"", q->key, u);
      return;
    }
    int money = is_money(u);
    if (money && !q->price_year && !q->unit_cost) {
      verdict(doc, MKBA_CHECK_UNITS, "fail",
              "set .price_year to the year whose prices the value is in (the host re-indexes it "
              "to the scenario's price level), or take it from the value bank with .unit_cost",
              "parameter \"%s\" is an amount in euros (unit \"%s\") without a price year", q->key,
              u);
      return;
    }
    if (!money && q->price_year) {
      verdict(doc, MKBA_CHECK_UNITS, "fail",
              "set .price_year = 0 for a number that is not money, or say EUR in the unit of an "
              "amount",
              "parameter \"%s\" has price year %d, but its unit \"%s\" is not an amount in euros "
              "(the host would re-index it as money)",
              q->key, q->price_year, u);
      return;
    }
  }
  verdict(doc, MKBA_CHECK_UNITS, "pass", NULL,
          "every unit reads well; every amount in euros has a price year or a value-bank row, and "
          "no other number has one");
}

/* Stage 1: load the plugin (abi), then look at its table (sources, units). */
static int stage_table(const mkba_check_job *j, json_t *doc, mkba_diag *d) {
  capture cap;
  char head[200];
  const mkba_loaded *p = NULL;
  mkba_diag why = {0};
  int have = capture_begin(&cap) == 0;
  int rc = mkba_plugin_load_path(j->path, 1, &p, &why);
  size_t bytes = have ? capture_end(&cap, head, sizeof head) : 0;
  record_output(doc, "load_output", bytes, have ? head : "");
  if (rc) {
    if (loaded_without_entry(j->path)) {
      json_object_set_new(doc, "not_plugin", json_string(why.msg));
      return 0;
    }
    const char *fix = split_fix(why.msg);
    verdict(doc, MKBA_CHECK_ABI, "fail",
            fix ? fix : "rebuild the plugin against the mkba_plugin.h of this mkba", "%s", why.msg);
    return 0;
  }
  verdict(doc, MKBA_CHECK_ABI, "pass", NULL,
          "built for plugin ABI %u.%u (this mkba: %d.%d); the descriptor and its table of %u "
          "parameter%s pass the loader's checks",
          MKBA_ABI_VERSION_MAJOR(p->desc.abi_version), MKBA_ABI_VERSION_MINOR(p->desc.abi_version),
          MKBA_ABI_MAJOR, MKBA_ABI_MINOR, p->desc.n_params, p->desc.n_params == 1 ? "" : "s");
  json_object_set_new(doc, "name", json_string(p->name));
  json_object_set_new(doc, "configure", json_boolean(p->desc.configure != NULL));
  mkba_data *data = NULL;
  if (mkba_data_load(mkba_data_dir(), &data, d))
    return -1;
  check_sources(doc, p, data);
  check_units(doc, p);
  mkba_data_free(data);
  return 0;
}

/* ---- ledgers ------------------------------------------------------------- */

/* Value i of array a, or 0 where there is no array (a category or transfer table not made). */
static double at(const double *a, size_t i) { return a ? a[i] : 0; }

/*
 * Compare category kx of ledger x (the first compute) with category ky of
 * ledger y (a later one), bit for bit; either may be -1 for a category the
 * ledger does not have, which counts as all zeros (a reused ledger keeps the
 * categories of earlier computes).  0 when the same; else 1 with the first
 * difference described in why[0 .. len-1].
 */
static int category_diff(const mkba_ctx *x, int kx, const mkba_ctx *y, int ky, char *why,
                         size_t len) {
  static const char *const kind[] = {"cost", "benefit"};
  static const char *const arm[] = {"baseline", "intervention"};
  size_t H = (size_t)x->horizon;
  const char *id = kx >= 0 ? x->cat_id[kx] : y->cat_id[ky];
  const double *fx = kx >= 0 ? x->flow[kx] : NULL, *fy = ky >= 0 ? y->flow[ky] : NULL;
  for (size_t i = 0; i < 2 * H * A * 2; i++) {
    double vx = at(fx, i), vy = at(fy, i);
    if (memcmp(&vx, &vy, sizeof(double))) {
      size_t kd = i % 2, a = i / 2 % A, t = i / 2 / A % H, r = i / 2 / A / H;
      snprintf(why, len,
               "category \"%s\", %s arm, actor %s, year %zu, %s: %.17g the first time, %.17g a "
               "later time",
               id, arm[r], actor_name((int)a), (size_t)x->start_year + t, kind[kd], vx, vy);
      return 1;
    }
  }
  const double *tx = kx >= 0 ? x->tr[kx] : NULL, *ty = ky >= 0 ? y->tr[ky] : NULL;
  for (size_t i = 0; (tx || ty) && i < 2 * H * A * A; i++) {
    double vx = at(tx, i), vy = at(ty, i);
    if (memcmp(&vx, &vy, sizeof(double))) {
      size_t to = i % A, from = i / A % A, t = i / A / A % H, r = i / A / A / H;
      snprintf(why, len,
               "category \"%s\", %s arm, transfer %s to %s, year %zu: %.17g the first time, "
               "%.17g a later time",
               id, arm[r], actor_name((int)from), actor_name((int)to), (size_t)x->start_year + t,
               vx, vy);
      return 1;
    }
  }
  return 0;
}

/*
 * Compare ledgers x (the first compute) and y (a later one) amount by
 * amount, bit for bit: flows and transfers per category, outcomes and PM
 * items.  0 when they are the same; else 1 with the first difference
 * described in why[0 .. len-1].
 */
static int ledger_diff(const mkba_ctx *x, const mkba_ctx *y, char *why, size_t len) {
  size_t H = (size_t)x->horizon;
  static const char *const arm[] = {"baseline", "intervention"};
  for (int k = 0; k < x->n_cat; k++)
    if (category_diff(x, k, y, mkba_ctx_find_category(y, x->cat_id[k]), why, len))
      return 1;
  for (int k = 0; k < y->n_cat; k++)
    if (mkba_ctx_find_category(x, y->cat_id[k]) < 0 && category_diff(x, -1, y, k, why, len))
      return 1;
  if (x->n_out != y->n_out) {
    snprintf(why, len, "%d outcomes the first time, %d a later time", x->n_out, y->n_out);
    return 1;
  }
  for (int k = 0; k < x->n_out; k++)
    for (size_t i = 0; i < 2 * H; i++)
      if (strcmp(x->out_id[k], y->out_id[k]) ||
          memcmp(&x->out[k][i], &y->out[k][i], sizeof(double))) {
        snprintf(why, len, "outcome \"%s\", %s arm, year %zu: %.17g the first time, %.17g later",
                 x->out_id[k], arm[i / H], (size_t)x->start_year + i % H, x->out[k][i],
                 y->out[k][i]);
        return 1;
      }
  if (x->n_pm != y->n_pm) {
    snprintf(why, len, "%d PM items the first time, %d a later time", x->n_pm, y->n_pm);
    return 1;
  }
  for (int k = 0; k < x->n_pm; k++)
    if (strcmp(x->pm[k].label_nl, y->pm[k].label_nl) || x->pm[k].direction != y->pm[k].direction ||
        x->pm[k].actor != y->pm[k].actor) {
      snprintf(why, len, "PM item %d is \"%s\" the first time, \"%s\" a later time", k + 1,
               x->pm[k].label_nl, y->pm[k].label_nl);
      return 1;
    }
  return 0;
}

/* ---- stage 2: the base case ------------------------------------------------ */

/* Load the plugin and bind the scenario (configure() runs); 0 or -1 with d set. */
static int prepare(const mkba_check_job *j, mkba_run **run, mkba_diag *d) {
  const mkba_loaded *p;
  *run = NULL;
  if (mkba_plugin_load_path(j->path, 1, &p, d))
    return -1;
  return mkba_run_prepare_text(j->scen_name, j->scen_text, j->scen_len, "en", run, d);
}

/* Property 8: no net cost below zero in any category, actor and year. */
static void check_negative_costs(json_t *doc, const mkba_ctx *c) {
  for (int k = 0; k < c->n_cat; k++)
    for (int t = 0; t < c->horizon; t++)
      for (int a = 0; a < A; a++) {
        double cost = mkba_ctx_net(c, k, t, a, MKBA_COST);
        if (cost < -1e-6) {
          verdict(doc, MKBA_CHECK_NEGATIVE_COSTS, "fail",
                  "post a saving as a benefit, not as a negative cost: mkba_post_resource() "
                  "books a change in the use of a resource as a cost or a saving",
                  "category \"%s\", actor %s, year %d: a cost of %.2f euros (intervention minus "
                  "baseline), below zero",
                  c->cat_id[k], actor_name(a), c->start_year + t, cost);
          return;
        }
      }
  verdict(doc, MKBA_CHECK_NEGATIVE_COSTS, "pass", NULL,
          "no cost is negative in any category, actor or year");
}

/*
 * Property 10: per year and category, what changes hands nets to zero over
 * the actors.  A transfer posted with host->transfer does by construction
 * (the ledger books it once, from payer to receiver).  Money changing hands
 * posted as flows shows as one actor bearing a cost and another gaining a
 * benefit in the same category and year; unless the two are equal, society
 * gains or loses money that only moved.
 */
static void check_transfers(json_t *doc, const mkba_ctx *c) {
  int flows_like = 0;
  for (int k = 0; k < c->n_cat; k++)
    for (int t = 0; t < c->horizon; t++) {
      int payer = -1, receiver = -1;
      double paid = 0, received = 0;
      for (int a = 0; a < A; a++) {
        double cost = mkba_ctx_net(c, k, t, a, MKBA_COST);
        double ben = mkba_ctx_net(c, k, t, a, MKBA_BENEFIT);
        if (cost > 1e-6 && ben <= 1e-6 && cost > paid) {
          payer = a;
          paid = cost;
        }
        if (ben > 1e-6 && cost <= 1e-6 && ben > received) {
          receiver = a;
          received = ben;
        }
      }
      if (payer < 0 || receiver < 0 || payer == receiver)
        continue;
      if (fabs(paid - received) > 1e-6 * fmax(paid, received)) {
        verdict(doc, MKBA_CHECK_TRANSFERS, "fail",
                "post money that changes hands with host->transfer (or mkba_post_transfer), which "
                "nets to zero for society; if these are a resource and a saving, post them in "
                "categories of their own",
                "category \"%s\", year %d: actor %s pays %.2f (a cost) and actor %s receives "
                "%.2f (a benefit) in the same category; as money changing hands it does not net "
                "to zero (%.2f left over for society)",
                c->cat_id[k], c->start_year + t, actor_name(payer), paid, actor_name(receiver),
                received, received - paid);
        return;
      }
      flows_like = 1;
    }
  if (flows_like)
    verdict(doc, MKBA_CHECK_TRANSFERS, "note",
            "post money that changes hands with host->transfer (or mkba_post_transfer): as two "
            "flows it counts as a cost and a benefit, which changes the benefit-cost ratio",
            "in some category one actor pays what another receives as flows (a cost and an "
            "equal benefit); it nets to zero");
  else
    verdict(doc, MKBA_CHECK_TRANSFERS, "pass", NULL,
            "per year and category, the transfers net to zero over the actors");
}

/* 1 when every amount of ledger c is a finite number; else 0 with where in why. */
static int all_finite(const mkba_ctx *c, char *why, size_t len) {
  size_t H = (size_t)c->horizon;
  for (int k = 0; k < c->n_cat; k++) {
    for (size_t i = 0; i < 2 * H * A * 2; i++)
      if (!isfinite(c->flow[k][i])) {
        snprintf(why, len, "category \"%s\", year %zu: an amount that is not a finite number",
                 c->cat_id[k], (size_t)c->start_year + i / 2 / A % H);
        return 0;
      }
    for (size_t i = 0; c->tr[k] && i < 2 * H * A * A; i++)
      if (!isfinite(c->tr[k][i])) {
        snprintf(why, len, "category \"%s\", year %zu: a transfer that is not a finite number",
                 c->cat_id[k], (size_t)c->start_year + i / A / A % H);
        return 0;
      }
  }
  return 1;
}

/* The fix for a plugin whose configure() or binding failed. */
static const char *bind_fix(const mkba_check_job *j, int configure) {
  if (configure && !j->from_scenario)
    return "this plugin reads its params in configure() and refuses empty params ({}): pass "
           "--scenario S.json with an intervention that names it and gives its params";
  return "correct the params the message names (in the scenario, or the plugin's defaults)";
}

/* Stage 2: configure and the base case (base, stdout, negative costs, transfers). */
static int stage_base(const mkba_check_job *j, json_t *doc, mkba_diag *d) {
  (void)d;
  capture cap;
  char head[200];
  mkba_run *run = NULL;
  mkba_diag why = {0};
  int have = capture_begin(&cap) == 0;
  int rc = prepare(j, &run, &why);
  int bound = rc == 0;
  if (!rc)
    rc = mkba_run_base(run, &why);
  size_t bytes = have ? capture_end(&cap, head, sizeof head) : 0;
  record_output(doc, "output", bytes, have ? head : "");
  char where[512];
  if (rc) {
    const mkba_loaded *p = NULL;
    mkba_diag ignore = {0};
    mkba_plugin_load_path(j->path, 1, &p, &ignore);
    int configure = p && p->desc.configure;
    if (!bound)
      verdict(doc, MKBA_CHECK_BASE, "fail", bind_fix(j, configure), "%s%s", why.msg,
              configure && !j->from_scenario ? " (with empty params {})" : "");
    else
      verdict(doc, MKBA_CHECK_BASE, "fail",
              "compute() must post finite amounts and return MKBA_OK for the defaults; see the "
              "category and year in the message",
              "%s", why.msg);
  } else if (!all_finite(run->ledger[0], where, sizeof where)) {
    verdict(doc, MKBA_CHECK_BASE, "fail", "post finite amounts only", "%s", where);
  } else {
    const mkba_eval *e = &run->eval[0];
    verdict(doc, MKBA_CHECK_BASE, "pass", NULL,
            "the base case computes (%d years from %d, %s): net present value for society %.0f "
            "euros; every amount is finite",
            run->scen->horizon, run->scen->start_year,
            j->from_scenario ? "params of the scenario" : "the plugin's defaults",
            e->total.pv_benefits - e->total.pv_costs);
    check_negative_costs(doc, run->ledger[0]);
    check_transfers(doc, run->ledger[0]);
  }
  mkba_run_free(run);
  return 0;
}

/* ---- stage 3: determinism ---------------------------------------------------- */

/* A new ledger for intervention 0 of run, or NULL. */
static mkba_ctx *new_ledger(const mkba_run *run) {
  return mkba_ctx_new(run->scen->horizon, run->scen->start_year, run->iv[0]->plugin->name);
}

/* Stage 3: the same inputs twice, in a new ledger and in a reused one. */
static int stage_determinism(const mkba_check_job *j, json_t *doc, mkba_diag *d) {
  mkba_run *run = NULL;
  mkba_diag why = {0};
  capture cap;
  char head[8];
  int have = capture_begin(&cap) == 0;
  int rc = prepare(j, &run, &why);
  mkba_ctx *x = rc ? NULL : new_ledger(run), *y = rc ? NULL : new_ledger(run);
  char diff[1024] = "";
  int differs = 0;
  if (!rc && (!x || !y)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    rc = -2;
  }
  if (!rc) {
    const mkba_instance *iv = run->iv[0];
    rc = mkba_instance_run(iv, x, iv->base, &why) || mkba_instance_run(iv, y, iv->base, &why);
    differs = !rc && ledger_diff(x, y, diff, sizeof diff);
    /* Once more in the first ledger: nothing may stay behind in it either. */
    if (!rc && !differs) {
      rc = mkba_instance_run(iv, x, iv->base, &why);
      differs = !rc && ledger_diff(y, x, diff, sizeof diff);
    }
  }
  if (have)
    capture_end(&cap, head, sizeof head);
  if (rc == -2) {
    mkba_ctx_free(x);
    mkba_ctx_free(y);
    mkba_run_free(run);
    return -1;
  }
  if (rc)
    verdict(doc, MKBA_CHECK_DETERMINISM, "fail",
            "compute() must give the same result for the same inputs",
            "a repeated compute failed: %s", why.msg);
  else if (differs)
    verdict(doc, MKBA_CHECK_DETERMINISM, "fail",
            "compute() must depend only on its parameters and model: no static or global "
            "variables, no clock, no random numbers (the host draws them)",
            "the same inputs gave another ledger: %s", diff);
  else
    verdict(doc, MKBA_CHECK_DETERMINISM, "pass", NULL,
            "the same inputs gave the same ledger, bit for bit, three times (in a new ledger "
            "and in a reused one)");
  mkba_ctx_free(x);
  mkba_ctx_free(y);
  mkba_run_free(run);
  return 0;
}

/* ---- stage 4: threads ---------------------------------------------------- */

/* The start signal of the threads stage: workers wait until every one exists. */
typedef struct start_gate {
  pthread_mutex_t lock;
  pthread_cond_t cond;
  int open; /* 1: go */
} start_gate;

/* One worker of the threads stage. */
typedef struct worker {
  const mkba_run *run; /* borrowed */
  const mkba_ctx *ref; /* the ledger of one thread alone (borrowed) */
  int slot;            /* its watch slot */
  int repeats;         /* computes to do */
  start_gate *gate;    /* all start together (borrowed) */
  int failed;          /* 1: a compute failed; 2: a ledger differed */
  char why[1024];      /* what went wrong */
} worker;

/* Compute `repeats` times in a ledger of its own, comparing each with the reference. */
static void *work(void *arg) {
  worker *w = arg;
  mkba_watch_slot = w->slot;
  const mkba_instance *iv = w->run->iv[0];
  mkba_ctx *c = new_ledger(w->run);
  pthread_mutex_lock(&w->gate->lock);
  while (!w->gate->open)
    pthread_cond_wait(&w->gate->cond, &w->gate->lock);
  pthread_mutex_unlock(&w->gate->lock);
  for (int r = 0; c && r < w->repeats && !w->failed; r++) {
    mkba_diag d = {0};
    if (mkba_instance_run(iv, c, iv->base, &d)) {
      w->failed = 1;
      snprintf(w->why, sizeof w->why, "%s", d.msg);
    } else if (ledger_diff(w->ref, c, w->why, sizeof w->why)) {
      w->failed = 2;
    }
  }
  if (!c) {
    w->failed = 1;
    snprintf(w->why, sizeof w->why, "out of memory");
  }
  mkba_ctx_free(c);
  return NULL;
}

/* Stage 4: several threads at once, each with its own ledger. */
static int stage_threads(const mkba_check_job *j, json_t *doc, mkba_diag *d) {
  mkba_run *run = NULL;
  mkba_diag why = {0};
  capture cap;
  char head[8];
  int have = capture_begin(&cap) == 0;
  int n = j->threads > 0 ? j->threads : 4, repeats = j->repeats > 0 ? j->repeats : 16;
  if (n > MKBA_WATCH_SLOTS - 1)
    n = MKBA_WATCH_SLOTS - 1;
  int rc = prepare(j, &run, &why);
  mkba_ctx *ref = rc ? NULL : new_ledger(run);
  if (!rc && ref)
    rc = mkba_instance_run(run->iv[0], ref, run->iv[0]->base, &why);
  worker *ws = calloc((size_t)n, sizeof *ws);
  pthread_t *th = calloc((size_t)n, sizeof *th);
  int started = 0, bad = -1;
  start_gate gate = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0};
  if (!rc && ref && ws && th) {
    for (int i = 0; i < n; i++) {
      ws[i] = (worker){run, ref, 1 + i, repeats, &gate, 0, ""};
      if (pthread_create(&th[i], NULL, work, &ws[i]) != 0)
        break;
      started++;
    }
    pthread_mutex_lock(&gate.lock);
    gate.open = 1;
    pthread_cond_broadcast(&gate.cond);
    pthread_mutex_unlock(&gate.lock);
    for (int i = 0; i < started; i++)
      pthread_join(th[i], NULL);
    for (int i = 0; i < started && bad < 0; i++)
      if (ws[i].failed)
        bad = i;
  }
  if (have)
    capture_end(&cap, head, sizeof head);
  int ran = !rc && ref && ws && th && started == n;
  if (rc)
    verdict(doc, MKBA_CHECK_THREADS, "fail", "compute() must succeed for the defaults",
            "compute failed: %s", why.msg);
  else if (ran && bad >= 0)
    verdict(doc, MKBA_CHECK_THREADS, "fail",
            "compute() runs in several threads at once, each with its own ctx: keep no state in "
            "static or global variables; take working memory from host->scratch()",
            "%d threads computing %d times each at once: %s%s", n, repeats,
            ws[bad].failed == 2 ? "a thread got another ledger than one thread alone: " : "",
            ws[bad].why);
  else if (ran)
    verdict(doc, MKBA_CHECK_THREADS, "pass", NULL,
            "%d threads computing %d times each at once, each with its own ledger, gave the "
            "ledger of one thread alone every time",
            n, repeats);
  else
    mkba_diag_set(d, MKBA_EXIT_RUN, "cannot start %d threads (out of memory or threads)", n);
  mkba_ctx_free(ref);
  free(ws);
  free(th);
  mkba_run_free(run);
  return ran || rc ? 0 : -1;
}

/* ---- stage 5: direction -------------------------------------------------- */

/*
 * Society's NPV with parameter values p in ledger c; 0, or -1 with the
 * plugin's message in d.
 */
static int npv_at(const mkba_run *run, mkba_ctx *c, const double *p, double *npv, mkba_diag *d) {
  double all[1 + A];
  if (mkba_instance_run(run->iv[0], c, p, d))
    return -1;
  mkba_npv_fast(c, run->df, all);
  *npv = all[0];
  return 0;
}

/*
 * A value of parameter k other than its base, within its range: a step of
 * a tenth of the value (or a hundredth of the range) upwards, or downwards
 * at the top of the range; a whole step for a whole number.  Returns the
 * direction of the step (+1, -1), or 0 when the range is a single value.
 */
static int nudge(const mkba_pvalue *pv, double base, double *to) {
  double step = fmax(fabs(base) * 0.1, (pv->max - pv->min) * 0.01);
  if (pv->flags & MKBA_PARAM_INTEGER)
    step = fmax(1, ceil(step));
  if (base + step <= pv->max) {
    *to = base + step;
    return 1;
  }
  if (pv->max > base) {
    *to = pv->max;
    return 1;
  }
  if (base - step >= pv->min) {
    *to = base - step;
    return -1;
  }
  if (pv->min < base) {
    *to = pv->min;
    return -1;
  }
  return 0;
}

/* Stage 5: flagged parameters move the NPV their way; unflagged effects are listed. */
static int stage_direction(const mkba_check_job *j, json_t *doc, mkba_diag *d) {
  mkba_run *run = NULL;
  mkba_diag why = {0};
  capture cap;
  char head[8];
  int have = capture_begin(&cap) == 0;
  int rc = prepare(j, &run, &why);
  mkba_ctx *c = rc ? NULL : new_ledger(run);
  const mkba_instance *iv = rc ? NULL : run->iv[0];
  double *p = iv ? malloc((size_t)(iv->n ? iv->n : 1) * sizeof *p) : NULL;
  double base_npv = 0;
  if (!rc && (!c || !p)) {
    if (have)
      capture_end(&cap, head, sizeof head);
    mkba_ctx_free(c);
    free(p);
    mkba_run_free(run);
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  if (!rc) {
    if (iv->n) /* no parameters: base is NULL */
      memcpy(p, iv->base, (size_t)iv->n * sizeof *p);
    rc = npv_at(run, c, p, &base_npv, &why);
  }
  char unflagged[1024] = "", still[1024] = "", failed[2048] = "";
  int n_flagged = 0;
  const char *fail_fix = NULL;
  int n_static = rc ? 0 : (int)iv->plugin->desc.n_params;
  for (int k = 0; k < n_static && !failed[0]; k++) {
    const mkba_pvalue *pv = &iv->pv[k];
    unsigned want = pv->flags & (MKBA_PARAM_RAISES_NPV | MKBA_PARAM_LOWERS_NPV);
    double to, npv;
    int dir = nudge(pv, iv->base[k], &to);
    if (!dir) {
      if (want)
        list_add(still, sizeof still, pv->id);
      continue;
    }
    p[k] = to;
    mkba_diag e = {0};
    int bad = npv_at(run, c, p, &npv, &e);
    p[k] = iv->base[k];
    if (bad) {
      snprintf(failed, sizeof failed,
               "with \"%s\" = %g, within its range [%g, %g], compute "
               "failed: %s",
               pv->id, to, pv->min, pv->max, e.msg);
      fail_fix = "compute() must work for every value in a parameter's range (or narrow the "
                 "range with .min and .max)";
      break;
    }
    double tol = 1e-9 * fmax(1, fabs(base_npv)), change = (npv - base_npv) * dir;
    int moves = change > tol ? 1 : change < -tol ? -1 : 0;
    if (!want) {
      if (moves) {
        char item[200];
        snprintf(item, sizeof item, "%s (raising it %s the NPV)", pv->id,
                 moves > 0 ? "raises" : "lowers");
        list_add(unflagged, sizeof unflagged, item);
      }
      continue;
    }
    n_flagged++;
    int expect = want == MKBA_PARAM_RAISES_NPV ? 1 : -1;
    if (moves == -expect) {
      snprintf(failed, sizeof failed,
               "parameter \"%s\" is flagged %s, but %s it from %g to %g moves society's NPV from "
               "%.2f to %.2f",
               pv->id, expect > 0 ? "MKBA_PARAM_RAISES_NPV" : "MKBA_PARAM_LOWERS_NPV",
               dir > 0 ? "raising" : "lowering", iv->base[k], to, dir > 0 ? base_npv : npv,
               dir > 0 ? npv : base_npv);
      fail_fix = "check the sign of the effect in compute(), or flag the parameter the other way "
                 "(MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV) if the flag is wrong";
    } else if (!moves) {
      list_add(still, sizeof still, pv->id);
    }
  }
  if (have)
    capture_end(&cap, head, sizeof head);
  if (rc)
    verdict(doc, MKBA_CHECK_DIRECTION, "fail", "compute() must succeed for the defaults",
            "compute failed: %s", why.msg);
  else if (failed[0])
    verdict(doc, MKBA_CHECK_DIRECTION, "fail", fail_fix, "%s", failed);
  else if (unflagged[0] || still[0]) {
    char msg[3072];
    snprintf(msg, sizeof msg, "%s%s%s%s%s",
             unflagged[0] ? "parameters that move the NPV without a declared direction: " : "",
             unflagged, unflagged[0] && still[0] ? "; " : "",
             still[0] ? "flagged parameters that do not move the NPV at the base case: " : "",
             still);
    verdict(doc, MKBA_CHECK_DIRECTION, "note",
            unflagged[0] ? "declare the expected direction with .flags = MKBA_PARAM_RAISES_NPV "
                           "(an effect, a price of what is avoided) or MKBA_PARAM_LOWERS_NPV (a "
                           "cost of the programme), after checking it is the one you expect"
                         : "check that these effects reach the NPV",
            "%d flagged parameter%s move%s the NPV the declared way; %s", n_flagged,
            n_flagged == 1 ? "" : "s", n_flagged == 1 ? "s" : "", msg);
  } else if (n_static == 0)
    verdict(doc, MKBA_CHECK_DIRECTION, "pass", NULL,
            "the plugin has no parameter table to flag (configure() declares its parameters)");
  else
    verdict(doc, MKBA_CHECK_DIRECTION, "pass", NULL,
            "every parameter that moves the NPV declares its direction, and each of the %d "
            "moves it that way",
            n_flagged);
  free(p);
  mkba_ctx_free(c);
  mkba_run_free(run);
  return 0;
}

/* ---- stage 6: blocks of draws ------------------------------------------- */

/* The draws compared: one block, drawn as the Monte Carlo draws them. */
#define BLOCK_DRAWS 256

/*
 * Stage 6: a plugin with compute_block (ABI 1.5) gives, for a block of
 * Monte Carlo draws, the NPVs per actor that compute() gives draw by draw
 * (to 1e-9 relative).  A plugin without it passes: its draws are computed
 * one by one.
 */
static int stage_blocks(const mkba_check_job *j, json_t *doc, mkba_diag *d) {
  mkba_run *run = NULL;
  mkba_diag why = {0};
  capture cap;
  char head[8];
  int have = capture_begin(&cap) == 0;
  int rc = prepare(j, &run, &why);
  const mkba_instance *iv = rc ? NULL : run->iv[0];
  if (!rc && !iv->plugin->desc.compute_block) {
    if (have)
      capture_end(&cap, head, sizeof head);
    verdict(doc, MKBA_CHECK_BLOCKS, "pass", NULL,
            "no compute_block: Monte Carlo computes the plugin's draws one by one");
    mkba_run_free(run);
    return 0;
  }
  int n = iv ? iv->n : 0, cols = 0;
  double *draws = rc ? NULL : malloc(sizeof(double) * BLOCK_DRAWS * (size_t)(n + 1));
  double *lanes = rc ? NULL : malloc(sizeof(double) * BLOCK_DRAWS * (size_t)(n + 1));
  const double **pl = rc ? NULL : malloc(sizeof(double *) * (size_t)(n + 1));
  double *p = rc ? NULL : malloc(sizeof(double) * (size_t)(n + 1));
  mkba_ctx *c = rc ? NULL : new_ledger(run);
  mkba_block *b = rc ? NULL : mkba_block_new(run->scen->horizon, run->df, iv->plugin->name);
  if (!rc && (!draws || !lanes || !pl || !p || !c || !b)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    rc = -2;
  }
  if (!rc)
    rc = mkba_mc_params(run, 1, BLOCK_DRAWS, draws, &cols, &why);
  char diff[600] = "";
  if (!rc) { /* lane l of parameter j: its draw l when uncertain, else its base */
    for (int jj = 0, q = 0; jj < n; jj++) {
      int drawn = iv->pv[jj].dist.kind != MKBA_FIXED;
      for (int l = 0; l < BLOCK_DRAWS; l++)
        lanes[(size_t)jj * BLOCK_DRAWS + l] =
            drawn ? draws[(size_t)l * (size_t)cols + (size_t)q] : iv->base[jj];
      q += drawn;
      pl[jj] = lanes + (size_t)jj * BLOCK_DRAWS;
    }
    rc = mkba_instance_run_block(iv, b, pl, BLOCK_DRAWS, 0, &why);
  }
  if (!rc) {
    mkba_ctx_set_fast(c, run->df);
    for (int l = 0; l < BLOCK_DRAWS && !rc && !diff[0]; l++) {
      for (int jj = 0; jj < n; jj++)
        p[jj] = lanes[(size_t)jj * BLOCK_DRAWS + l];
      double v[1 + A];
      rc = mkba_instance_run(iv, c, p, &why);
      if (!rc)
        mkba_npv_fast(c, run->df, v);
      for (int a = 0; !rc && a < A && !diff[0]; a++) {
        double x = b->acc[a][l], y = v[1 + a];
        if (!(fabs(x - y) <= 1e-9 * fmax(fabs(x), fabs(y)) || fabs(x - y) <= 1e-6))
          snprintf(diff, sizeof diff,
                   "draw %d of the block: NPV of %s is %.17g in blocks and %.17g from compute()",
                   l + 1, actor_name(a), x, y);
      }
    }
  }
  if (have)
    capture_end(&cap, head, sizeof head);
  if (rc == -2) {
    /* nothing judged: the stage could not run */
  } else if (rc) {
    verdict(doc, MKBA_CHECK_BLOCKS, "fail",
            "compute_block must compute every draw compute() computes; see the message", "%s",
            why.msg);
  } else if (diff[0]) {
    verdict(doc, MKBA_CHECK_BLOCKS, "fail",
            "compute_block must give compute()'s NPVs draw by draw: do the same arithmetic, "
            "in the same order, over arrays of draws",
            "%s", diff);
  } else {
    verdict(doc, MKBA_CHECK_BLOCKS, "pass", NULL,
            "compute_block gave compute()'s NPVs per actor for a block of %d Monte Carlo draws "
            "(to 1e-9 relative)",
            BLOCK_DRAWS);
  }
  free(draws);
  free(lanes);
  free(pl);
  free(p);
  mkba_ctx_free(c);
  mkba_block_free(b);
  mkba_run_free(run);
  return rc == -2 ? -1 : 0;
}

/* ---- the stage's work ---------------------------------------------------- */

int mkba_check_work(void *arg, char **out, size_t *len, mkba_diag *d) {
  const mkba_check_job *j = arg;
  *out = NULL;
  *len = 0;
  json_t *doc = json_object();
  if (!doc || json_object_set_new(doc, "verdicts", json_object())) {
    json_decref(doc);
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  mkba_watch_phase(j->stage == MKBA_STAGE_TABLE ? MKBA_PHASE_LOAD : MKBA_PHASE_BASE, 0);
  int rc;
  switch (j->stage) {
  case MKBA_STAGE_TABLE:
    rc = stage_table(j, doc, d);
    break;
  case MKBA_STAGE_BASE:
    rc = stage_base(j, doc, d);
    break;
  case MKBA_STAGE_DETERMINISM:
    rc = stage_determinism(j, doc, d);
    break;
  case MKBA_STAGE_THREADS:
    rc = stage_threads(j, doc, d);
    break;
  case MKBA_STAGE_BLOCKS:
    rc = stage_blocks(j, doc, d);
    break;
  default:
    rc = stage_direction(j, doc, d);
    break;
  }
  if (!rc) {
    *out = json_dumps(doc, JSON_COMPACT);
    if (!*out) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
      rc = -1;
    } else {
      *len = strlen(*out);
    }
  }
  json_decref(doc);
  return rc;
}
