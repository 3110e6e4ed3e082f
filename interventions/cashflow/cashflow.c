/*
 * cashflow.c - flows typed in, e.g. from an existing spreadsheet MKBA
 * (docs/formats.md, "cashflow").  Each flow has amounts per year index, an
 * optional scale (a number or a distribution, default 1), and is a cost or
 * benefit of one actor, or a transfer from one actor to another.  All
 * amounts are re-indexed from params.price_year to the scenario's.
 */
#include <mkba_plugin.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ID 64

typedef struct flow {
  int kind;              /* MKBA_COST, MKBA_BENEFIT or MKBA_TRANSFER */
  int actor, from, to;   /* actor for cost/benefit; from/to for a transfer */
  char category[MAX_ID]; /* category id */
  char *label;           /* category label, or NULL for the id */
  int n;                 /* amounts given */
  double *amount;        /* [n] fixed amounts (already re-indexed) */
  int *amount_param;     /* [n] parameter index of a distributed amount, or -1 */
  int scale;             /* parameter index of the scale, or -1 for 1 */
} flow;

typedef struct model {
  double factor; /* price re-indexing factor */
  int n;
  flow *flows;
} model;

static void release(void *m_) {
  model *m = m_;
  if (!m)
    return;
  for (int k = 0; k < m->n; k++) {
    free(m->flows[k].amount);
    free(m->flows[k].amount_param);
    free(m->flows[k].label);
  }
  free(m->flows);
  free(m);
}

static int valid_id(const char *s) {
  if (!s || !(*s >= 'a' && *s <= 'z') || strlen(s) >= MAX_ID)
    return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
      return 0;
  return 1;
}

/*
 * Each flow is a part of the model: a parameter of flow i changes flow i
 * only, so the one-way analyses compute that flow alone (ABI 1.1).
 */
static int part(const mkba_host *h, mkba_config *cfg, int param, int index) {
  return MKBA_HOST_HAS(h, config_param_part) ? h->config_param_part(cfg, param, index) : MKBA_OK;
}

static int read_flow(const mkba_host *h, mkba_config *cfg, const mkba_json *fj, int i, flow *f) {
  static const char *const keys[] = {"actor", "from",    "to",    "category", "kind",
                                     "label", "amounts", "scale", NULL};
  char path[96];
  if (h->json_check_keys(cfg, fj, keys))
    return MKBA_ERROR;
  const mkba_json *kind = h->json_get(fj, "kind");
  const char *ks = h->json_string(kind);
  if (!ks)
    return h->config_error(cfg, fj,
                           "flows[%d] needs \"kind\": \"cost\", \"benefit\" or "
                           "\"transfer\"",
                           i);
  if (!strcmp(ks, "cost"))
    f->kind = MKBA_COST;
  else if (!strcmp(ks, "benefit"))
    f->kind = MKBA_BENEFIT;
  else if (!strcmp(ks, "transfer"))
    f->kind = MKBA_TRANSFER;
  else
    return h->config_error(cfg, kind,
                           "flows[%d]: unknown kind \"%s\" (cost, benefit or "
                           "transfer)",
                           i, ks);
  const mkba_json *actor = h->json_get(fj, "actor"), *from = h->json_get(fj, "from"),
                  *to = h->json_get(fj, "to");
  if (f->kind == MKBA_TRANSFER) {
    if (actor)
      return h->config_error(cfg, actor,
                             "flows[%d]: a transfer has \"from\" and \"to\", "
                             "not \"actor\"",
                             i);
    if (!from || !to)
      return h->config_error(cfg, fj, "flows[%d]: a transfer needs \"from\" and \"to\"", i);
    if ((f->from = h->config_actor(cfg, from)) < 0 || (f->to = h->config_actor(cfg, to)) < 0)
      return MKBA_ERROR;
    if (f->from == f->to)
      return h->config_error(cfg, to, "flows[%d]: a transfer needs two different actors", i);
  } else {
    if (from || to)
      return h->config_error(cfg, from ? from : to,
                             "flows[%d]: \"from\" and \"to\" are for "
                             "transfers; a %s has \"actor\"",
                             i, ks);
    if (!actor)
      return h->config_error(cfg, fj, "flows[%d] needs \"actor\"", i);
    if ((f->actor = h->config_actor(cfg, actor)) < 0)
      return MKBA_ERROR;
  }
  const mkba_json *cat = h->json_get(fj, "category");
  if (!cat || !valid_id(h->json_string(cat)))
    return h->config_error(cfg, cat ? cat : fj,
                           "flows[%d] needs \"category\", an id such as "
                           "\"opvang\" ([a-z][a-z0-9_]*)",
                           i);
  snprintf(f->category, sizeof f->category, "%s", h->json_string(cat));
  const mkba_json *label = h->json_get(fj, "label");
  if (label && !h->json_string(label))
    return h->config_error(cfg, label, "flows[%d]: \"label\" must be a string", i);
  f->label = label ? strdup(h->json_string(label)) : NULL;
  const mkba_json *am = h->json_get(fj, "amounts");
  if (h->json_type(am) != MKBA_JSON_ARRAY)
    return h->config_error(cfg, am ? am : fj,
                           "flows[%d] needs \"amounts\", an array with "
                           "the amount of each year",
                           i);
  f->n = (int)h->json_size(am);
  if (f->n > h->config_horizon(cfg))
    return h->config_error(cfg, am, "flows[%d] has %d amounts but the horizon is %d years", i, f->n,
                           h->config_horizon(cfg));
  f->amount = calloc((size_t)f->n + 1, sizeof *f->amount);
  f->amount_param = calloc((size_t)f->n + 1, sizeof *f->amount_param);
  if (!f->amount || !f->amount_param)
    return h->config_error(cfg, am, "out of memory");
  for (int t = 0; t < f->n; t++) {
    const mkba_json *v = h->json_at(am, (size_t)t);
    f->amount_param[t] = -1;
    if (h->json_type(v) == MKBA_JSON_NUMBER) {
      f->amount[t] = h->json_number(v);
    } else if (h->json_type(v) == MKBA_JSON_OBJECT) {
      snprintf(path, sizeof path, "flows[%d].amounts[%d]", i, t);
      f->amount_param[t] = h->config_param(cfg, v, path, path, path, "EUR", 0, -1e12, 1e12);
      if (f->amount_param[t] < 0 || part(h, cfg, f->amount_param[t], i))
        return MKBA_ERROR;
    } else {
      return h->config_error(cfg, v, "flows[%d].amounts[%d] must be a number", i, t);
    }
  }
  const mkba_json *scale = h->json_get(fj, "scale");
  f->scale = -1;
  if (scale) {
    snprintf(path, sizeof path, "flows[%d].scale", i);
    char nl[160], en[160];
    snprintf(nl, sizeof nl, "Schaalfactor %s (%s)", f->category, ks);
    snprintf(en, sizeof en, "Scale factor %s (%s)", f->category, ks);
    f->scale = h->config_param(cfg, scale, path, nl, en, "factor", 1, -1e6, 1e6);
    if (f->scale < 0 || part(h, cfg, f->scale, i))
      return MKBA_ERROR;
  }
  return MKBA_OK;
}

static int configure(const mkba_host *h, mkba_config *cfg, const mkba_json *params, void **out) {
  static const char *const keys[] = {"price_year", "flows", NULL};
  if (h->json_check_keys(cfg, params, keys))
    return MKBA_ERROR;
  model *m = calloc(1, sizeof *m);
  if (!m)
    return h->config_error(cfg, params, "out of memory");
  *out = m;
  m->factor = 1;
  const mkba_json *py = h->json_get(params, "price_year");
  if (py) {
    double y = h->json_number(py);
    if (h->json_type(py) != MKBA_JSON_NUMBER || y != (int)y || y < 1900 || y > 2200)
      return h->config_error(cfg, py, "\"price_year\" must be a year such as 2022");
    m->factor = h->config_reindex(cfg, py, (int)y);
    if (m->factor == 0)
      return MKBA_ERROR;
  }
  const mkba_json *flows = h->json_get(params, "flows");
  if (h->json_type(flows) != MKBA_JSON_ARRAY || h->json_size(flows) == 0)
    return h->config_error(cfg, flows ? flows : params,
                           "cashflow needs \"flows\", a non-empty array of flows");
  m->n = (int)h->json_size(flows);
  m->flows = calloc((size_t)m->n, sizeof *m->flows);
  if (!m->flows)
    return h->config_error(cfg, flows, "out of memory");
  for (int i = 0; i < m->n; i++)
    if (read_flow(h, cfg, h->json_at(flows, (size_t)i), i, &m->flows[i]))
      return MKBA_ERROR;
  return MKBA_OK;
}

static int compute(const mkba_host *h, mkba_ctx *ctx, const void *m_, const double *p, char *err,
                   size_t errlen) {
  const model *m = m_;
  if (!m) {
    snprintf(err, errlen, "cashflow was not configured");
    return MKBA_ERROR;
  }
  int horizon = h->horizon(ctx); /* a variant may cut the horizon short */
  /* One flow when the host asks for one part (a one-way analysis), else all. */
  int only = MKBA_HOST_HAS(h, compute_part) ? h->compute_part(ctx) : -1;
  int first = only >= 0 && only < m->n ? only : 0, end = only >= 0 && only < m->n ? only + 1 : m->n;
  for (int i = first; i < end; i++) {
    const flow *f = &m->flows[i];
    int cat = h->category(ctx, f->category, f->label, f->label);
    if (cat < 0)
      return MKBA_ERROR;
    double scale = f->scale >= 0 ? p[f->scale] : 1.0;
    for (int t = 0; t < f->n && t < horizon; t++) {
      double a =
          (f->amount_param[t] >= 0 ? p[f->amount_param[t]] : f->amount[t]) * m->factor * scale;
      int rc = f->kind == MKBA_TRANSFER
                   ? h->transfer(ctx, MKBA_INTERVENTION, f->from, f->to, cat, t, a)
                   : h->flow(ctx, MKBA_INTERVENTION, f->actor, cat, f->kind, t, a);
      if (rc)
        return MKBA_ERROR;
    }
  }
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "cashflow", .version = "1.0.0", .title_nl = "Kasstromen (ingevoerd)",
            .title_en = "Cash flows (typed in)",
            .summary_nl = "Kosten, baten en overdrachten per jaar, zoals uit een bestaande "
                          "MKBA-spreadsheet; elk met een optionele schaalfactor.",
            .summary_en = "Costs, benefits and transfers per year, as from an existing "
                          "spreadsheet MKBA; each with an optional scale factor.",
            .configure = configure, .release = release, .compute = compute)
