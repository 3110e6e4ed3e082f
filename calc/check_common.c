/*
 * check_common.c - what every stage of `mkba check-plugin` shares; see
 * check_common.h.
 */
#include "check_common.h"

#include <ctype.h>
#include <fcntl.h>
#include <glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "actors.h"
#include "pipeline.h"

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
void mkba_check_verdict(json_t *doc, int prop, const char *status, const char *fix, const char *fmt,
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
const char *mkba_check_actor(int a) {
  const char *id = mkba_actor_id(a);
  return id ? id : "?";
}

/* ---- standard output ----------------------------------------------------- */

/* Send descriptor 1 into a new pipe; 0, or -1 when it cannot (then nothing changed). */
int mkba_check_capture_begin(mkba_check_capture *c) {
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
size_t mkba_check_capture_end(mkba_check_capture *c, char *head, size_t len) {
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
void mkba_check_record_output(json_t *doc, const char *key, size_t bytes, const char *head) {
  json_t *o = json_object();
  gchar *valid = g_utf8_make_valid(head, -1);
  json_object_set_new(o, "bytes", json_integer((json_int_t)bytes));
  json_object_set_new(o, "head", json_string(valid));
  json_object_set_new(doc, key, o);
  g_free(valid);
}

/* Append ", key" (or "key" first) to list[0 .. len-1]; "..." once when it would not fit. */
void mkba_check_list_add(char *list, size_t len, const char *key) {
  size_t used = strlen(list);
  if (used >= 3 && !strcmp(list + used - 3, "..."))
    return; /* full already */
  if (used + strlen(key) + 2 + 5 > len) {
    snprintf(list + used, len - used, "%s...", used ? ", " : "");
    return;
  }
  snprintf(list + used, len - used, "%s%s", used ? ", " : "", key);
}

/* ---- ledgers ------------------------------------------------------------- */

/* Value i of array a, or 0 where there is no array (a category or transfer table not made). */
static double value_at(const double *a, size_t i) { return a ? a[i] : 0; }

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
    double vx = value_at(fx, i), vy = value_at(fy, i);
    if (memcmp(&vx, &vy, sizeof(double))) {
      size_t kd = i % 2, a = i / 2 % A, t = i / 2 / A % H, r = i / 2 / A / H;
      snprintf(why, len,
               "category \"%s\", %s arm, actor %s, year %zu, %s: %.17g the first time, %.17g a "
               "later time",
               id, arm[r], mkba_check_actor((int)a), (size_t)x->start_year + t, kind[kd], vx, vy);
      return 1;
    }
  }
  const double *tx = kx >= 0 ? x->tr[kx] : NULL, *ty = ky >= 0 ? y->tr[ky] : NULL;
  for (size_t i = 0; (tx || ty) && i < 2 * H * A * A; i++) {
    double vx = value_at(tx, i), vy = value_at(ty, i);
    if (memcmp(&vx, &vy, sizeof(double))) {
      size_t to = i % A, from = i / A % A, t = i / A / A % H, r = i / A / A / H;
      snprintf(why, len,
               "category \"%s\", %s arm, transfer %s to %s, year %zu: %.17g the first time, "
               "%.17g a later time",
               id, arm[r], mkba_check_actor((int)from), mkba_check_actor((int)to),
               (size_t)x->start_year + t, vx, vy);
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
int mkba_check_ledger_diff(const mkba_ctx *x, const mkba_ctx *y, char *why, size_t len) {
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

/* Load the plugin and bind the scenario (configure() runs); 0 or -1 with d set. */
int mkba_check_prepare(const mkba_check_job *j, mkba_run **run, mkba_diag *d) {
  const mkba_loaded *p;
  *run = NULL;
  if (mkba_plugin_load_path(j->path, 1, &p, d))
    return -1;
  /* What `mkba run` checks before computing, though no analysis follows here. */
  mkba_analyses an = {0};
  int rc = mkba_pipeline_prepare(j->scen_name, j->scen_text, j->scen_len, "en", run, &an, d);
  mkba_analyses_clear(&an);
  return rc;
}

/* A new ledger for intervention 0 of run, or NULL. */
mkba_ctx *mkba_check_new_ledger(const mkba_run *run) {
  return mkba_ctx_new(run->scen->horizon, run->scen->start_year, run->iv[0]->plugin->name);
}
