/*
 * mock_host.c - the mock host of mkba_mock.h: the real loader, binding and
 * ledger of mkba, driven from a test instead of a scenario file.
 */
#include "mkba_mock.h"

#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "instance.h"
#include "loader.h"
#include "scenario.h"

struct mkba_mock {
  mkba_scenario *scen;
  mkba_data *data;
  mkba_region *region;
  mkba_instance *iv;
  mkba_ctx *ctx;
};

static int fail(char *err, size_t errlen, const mkba_diag *d) {
  if (err && errlen)
    snprintf(err, errlen, "%s", d->code ? d->msg : "unknown error");
  return MKBA_ERROR;
}

/*
 * Bind the plugin at `path` (loaded already as `p`) as the first
 * intervention of scenario `text` (`name` in messages) into a new mock.
 */
static int open_scenario(const mkba_loaded *p, const char *name, const char *text, mkba_mock **out,
                         char *err, size_t errlen) {
  mkba_diag d = {0};
  mkba_mock *m = calloc(1, sizeof *m);
  if (!m) {
    mkba_diag_set(&d, MKBA_EXIT_RUN, "out of memory");
    return fail(err, errlen, &d);
  }
  int rc = mkba_scenario_parse(name, text, strlen(text), &m->scen, &d);
  if (!rc && (m->scen->n_iv == 0 || strcmp(m->scen->iv[0].plugin, p->name) != 0)) {
    mkba_diag_set(&d, MKBA_EXIT_INPUT,
                  "%s: the first intervention must name the plugin under test, \"%s\"", name,
                  p->name);
    rc = 1;
  }
  rc = rc || mkba_data_load(mkba_data_dir(), &m->data, &d) ||
       mkba_region_load(m->data, m->scen->region, &m->region, &d) ||
       mkba_instance_bind(m->scen, 0, m->data, m->region, "nl", &m->iv, &d);
  if (!rc && !(m->ctx = mkba_ctx_new(m->scen->horizon, m->scen->start_year, p->name))) {
    mkba_diag_set(&d, MKBA_EXIT_RUN, "out of memory");
    rc = 1;
  }
  if (rc) {
    mkba_mock_free(m);
    return fail(err, errlen, &d);
  }
  *out = m;
  return MKBA_OK;
}

int mkba_mock_open_json(const char *path, int start_year, int horizon, int price_year,
                        const char *params_json, mkba_mock **out, char *err, size_t errlen) {
  mkba_diag d = {0};
  const mkba_loaded *p;
  *out = NULL;
  gsl_set_error_handler_off();
  if (mkba_plugin_load_path(path, 0, &p, &d))
    return fail(err, errlen, &d);
  size_t len = strlen(params_json ? params_json : "{}") + 512;
  char *text = malloc(len);
  if (!text) {
    mkba_diag_set(&d, MKBA_EXIT_RUN, "out of memory");
    return fail(err, errlen, &d);
  }
  snprintf(text, len,
           "{\"mkba\": 1, \"title\": \"mock\", \"start_year\": %d, \"horizon_years\": %d, "
           "\"price_year\": %d, \"interventions\": [{\"plugin\": \"%s\", \"params\": %s}]}",
           start_year, horizon, price_year, p->name, params_json ? params_json : "{}");
  int rc = open_scenario(p, "params", text, out, err, errlen);
  free(text);
  return rc;
}

int mkba_mock_open_scenario(const char *path, const char *scenario_json, mkba_mock **out, char *err,
                            size_t errlen) {
  mkba_diag d = {0};
  const mkba_loaded *p;
  *out = NULL;
  gsl_set_error_handler_off();
  if (mkba_plugin_load_path(path, 0, &p, &d))
    return fail(err, errlen, &d);
  return open_scenario(p, "scenario", scenario_json ? scenario_json : "", out, err, errlen);
}

int mkba_mock_open(const char *path, int start_year, int horizon, int price_year, mkba_mock **out,
                   char *err, size_t errlen) {
  return mkba_mock_open_json(path, start_year, horizon, price_year, "{}", out, err, errlen);
}

static int find(const mkba_mock *m, const char *key) {
  for (int j = 0; key && j < m->iv->n; j++)
    if (strcmp(m->iv->pv[j].id, key) == 0)
      return j;
  return -1;
}

int mkba_mock_set(mkba_mock *m, const char *key, double value) {
  int j = find(m, key);
  if (j < 0 || !isfinite(value) || value < m->iv->pv[j].min || value > m->iv->pv[j].max)
    return MKBA_ERROR;
  m->iv->base[j] = value;
  return MKBA_OK;
}

double mkba_mock_get(const mkba_mock *m, const char *key) {
  int j = find(m, key);
  return j < 0 ? NAN : m->iv->base[j];
}

int mkba_mock_run(mkba_mock *m, char *err, size_t errlen) {
  mkba_diag d = {0};
  if (mkba_instance_run(m->iv, m->ctx, m->iv->base, &d))
    return fail(err, errlen, &d);
  return MKBA_OK;
}

int mkba_mock_category_count(const mkba_mock *m) { return m->ctx->n_cat; }

const char *mkba_mock_category(const mkba_mock *m, int i) {
  return i >= 0 && i < m->ctx->n_cat ? m->ctx->cat_id[i] : NULL;
}

double mkba_mock_total(const mkba_mock *m, int actor, const char *category, int kind, int year) {
  const mkba_ctx *c = m->ctx;
  double sum = 0;
  for (int k = 0; k < c->n_cat; k++) {
    if (category && strcmp(c->cat_id[k], category) != 0)
      continue;
    for (int t = 0; t < c->horizon; t++) {
      if (year != MKBA_MOCK_ALL && year != t)
        continue;
      for (int a = 0; a < MKBA_N_ACTORS; a++) {
        if (actor != MKBA_MOCK_ALL && actor != a)
          continue;
        if (kind == MKBA_COST || kind == MKBA_MOCK_ALL)
          sum += mkba_ctx_net(c, k, t, a, MKBA_COST);
        if (kind == MKBA_BENEFIT || kind == MKBA_MOCK_ALL)
          sum += mkba_ctx_net(c, k, t, a, MKBA_BENEFIT);
        if ((kind == MKBA_TRANSFER || kind == MKBA_MOCK_ALL) && c->tr[k])
          for (int to = 0; to < MKBA_N_ACTORS; to++)
            sum += mkba_ctx_tr(c, k, t, a, to);
      }
    }
  }
  return sum;
}

double mkba_mock_npv(const mkba_mock *m, int actor, double rate) {
  const mkba_ctx *c = m->ctx;
  double npv = 0;
  for (int k = 0; k < c->n_cat; k++)
    for (int t = 0; t < c->horizon; t++) {
      double df = pow(1 + rate, -t);
      for (int a = 0; a < MKBA_N_ACTORS; a++) {
        if (actor >= 0 && a != actor)
          continue;
        npv += df * (mkba_ctx_net(c, k, t, a, MKBA_BENEFIT) - mkba_ctx_net(c, k, t, a, MKBA_COST));
      }
      if (actor >= 0 && c->tr[k])
        for (int o = 0; o < MKBA_N_ACTORS; o++)
          npv += df * (mkba_ctx_tr(c, k, t, o, actor) - mkba_ctx_tr(c, k, t, actor, o));
    }
  return npv;
}

double mkba_mock_outcome(const mkba_mock *m, const char *id, int arm) {
  const mkba_ctx *c = m->ctx;
  for (int k = 0; k < c->n_out; k++)
    if (strcmp(c->out_id[k], id) == 0) {
      double s = 0;
      for (int t = 0; t < c->horizon; t++)
        s += c->out[k][(arm == MKBA_INTERVENTION ? c->horizon : 0) + t];
      return s;
    }
  return NAN;
}

int mkba_mock_pm_count(const mkba_mock *m) { return m->ctx->n_pm; }

int mkba_mock_same_ledger(const mkba_mock *a, const mkba_mock *b) {
  const mkba_ctx *x = a->ctx, *y = b->ctx;
  size_t H = (size_t)x->horizon, A = MKBA_N_ACTORS;
  if (x->horizon != y->horizon || x->n_cat != y->n_cat || x->n_out != y->n_out ||
      x->n_pm != y->n_pm)
    return 0;
  for (int k = 0; k < x->n_cat; k++) {
    if (strcmp(x->cat_id[k], y->cat_id[k]) ||
        memcmp(x->flow[k], y->flow[k], 2 * H * A * 2 * sizeof(double)) ||
        (!x->tr[k]) != (!y->tr[k]) ||
        (x->tr[k] && memcmp(x->tr[k], y->tr[k], 2 * H * A * A * sizeof(double))))
      return 0;
  }
  for (int k = 0; k < x->n_out; k++)
    if (strcmp(x->out_id[k], y->out_id[k]) || memcmp(x->out[k], y->out[k], 2 * H * sizeof(double)))
      return 0;
  for (int k = 0; k < x->n_pm; k++)
    if (strcmp(x->pm[k].label_nl, y->pm[k].label_nl) || x->pm[k].direction != y->pm[k].direction ||
        x->pm[k].actor != y->pm[k].actor)
      return 0;
  return 1;
}

void mkba_mock_free(mkba_mock *m) {
  if (!m)
    return;
  mkba_ctx_free(m->ctx);
  mkba_instance_free(m->iv);
  mkba_region_free(m->region);
  mkba_data_free(m->data);
  mkba_scenario_free(m->scen);
  free(m);
}
