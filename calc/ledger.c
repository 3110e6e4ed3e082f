/* ledger.c - the dense ledger and the posting services; see ledger.h. */
#include "ledger.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"

#define A MKBA_N_ACTORS

mkba_ctx *mkba_ctx_new(int horizon, int start_year, const char *plugin) {
  mkba_ctx *c = calloc(1, sizeof *c);
  if (!c)
    return NULL;
  c->horizon = horizon;
  c->start_year = start_year;
  c->plugin = plugin;
  c->part = -1;
  return c;
}

int mkba_ctx_fail(mkba_ctx *ctx, const char *fmt, ...) {
  if (ctx->failed)
    return MKBA_ERROR;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(ctx->err, sizeof ctx->err, fmt, ap);
  va_end(ap);
  ctx->failed = 1;
  return MKBA_ERROR;
}

void mkba_ctx_set_fast(mkba_ctx *ctx, const double *df) {
  ctx->fast = 1;
  ctx->df = df;
}

void mkba_ctx_reset(mkba_ctx *ctx) {
  size_t H = (size_t)ctx->horizon;
  ctx->failed = 0;
  ctx->err[0] = '\0';
  ctx->cat_next = ctx->out_next = 0;
  if (ctx->fast) {
    for (int a = 0; a < A; a++)
      ctx->acc[a] = 0;
    return;
  }
  for (int k = 0; k < ctx->n_cat; k++) {
    memset(ctx->flow[k], 0, 2 * H * A * 2 * sizeof(double));
    if (ctx->tr[k])
      memset(ctx->tr[k], 0, 2 * H * A * A * sizeof(double));
  }
  for (int k = 0; k < ctx->n_out; k++)
    memset(ctx->out[k], 0, 2 * H * sizeof(double));
  for (int k = 0; k < ctx->n_pm; k++) {
    free(ctx->pm[k].label_nl);
    free(ctx->pm[k].label_en);
  }
  ctx->n_pm = 0;
}

void mkba_ctx_end_compute(mkba_ctx *ctx) {
  /* Grow the arena to what this compute needed, so the next needs no malloc. */
  if (ctx->n_spill) {
    size_t need = ctx->arena_used;
    for (int k = 0; k < ctx->n_spill; k++)
      free(ctx->spill[k]);
    ctx->n_spill = 0;
    char *na = realloc(ctx->arena, need * 2);
    if (na) {
      ctx->arena = na;
      ctx->arena_cap = need * 2;
    }
  }
  ctx->arena_used = 0;
}

void mkba_ctx_free(mkba_ctx *ctx) {
  if (!ctx)
    return;
  mkba_ctx_end_compute(ctx);
  free(ctx->arena);
  free(ctx->spill);
  for (int k = 0; k < ctx->n_cat; k++) {
    free(ctx->flow[k]);
    free(ctx->tr[k]);
    free(ctx->cat_nl[k]);
    free(ctx->cat_en[k]);
  }
  free(ctx->flow);
  free(ctx->tr);
  if (ctx->cat_index)
    g_hash_table_destroy(ctx->cat_index);
  if (ctx->out_index)
    g_hash_table_destroy(ctx->out_index);
  free(ctx->cat_id);
  free(ctx->cat_nl);
  free(ctx->cat_en);
  for (int k = 0; k < ctx->n_out; k++) {
    free(ctx->out[k]);
    free(ctx->out_nl[k]);
    free(ctx->out_en[k]);
    free(ctx->out_unit[k]);
  }
  free(ctx->out);
  free(ctx->out_id);
  free(ctx->out_nl);
  free(ctx->out_en);
  free(ctx->out_unit);
  for (int k = 0; k < ctx->n_pm; k++) {
    free(ctx->pm[k].label_nl);
    free(ctx->pm[k].label_en);
  }
  free(ctx->pm);
  free(ctx);
}

/* Resize *p to cap elements of size bytes; 0 or -1. */
static int grow_(void **p, size_t cap, size_t size) {
  void *np = realloc(*p, cap * size);
  if (!np)
    return -1;
  *p = np;
  return 0;
}

/*
 * Look `id` up among n ids: a scan while there are few (the common case,
 * called for every posting of every Monte Carlo draw), a hash table from
 * the ninth on, so that a model with many categories stays linear.
 */
#define SCAN_LIMIT 8
static int lookup(GHashTable *index, char (*ids)[MKBA_ID_MAX], int n, const char *id) {
  if (n <= SCAN_LIMIT || !index) {
    for (int k = 0; k < n; k++)
      if (strcmp(ids[k], id) == 0)
        return k;
    return -1;
  }
  return GPOINTER_TO_INT(g_hash_table_lookup(index, id)) - 1;
}

/* Record ids[k] in the index once there are more than SCAN_LIMIT. */
static void remember(GHashTable **index, char (*ids)[MKBA_ID_MAX], int n) {
  if (n <= SCAN_LIMIT)
    return;
  if (!*index) { /* keys point into ids, which may move: index by copies */
    *index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (int k = 0; k < n - 1; k++)
      g_hash_table_insert(*index, g_strdup(ids[k]), GINT_TO_POINTER(k + 1));
  }
  g_hash_table_insert(*index, g_strdup(ids[n - 1]), GINT_TO_POINTER(n));
}

int mkba_ctx_find_category(const mkba_ctx *ctx, const char *id) {
  return lookup(ctx->cat_index, ctx->cat_id, ctx->n_cat, id);
}

/* Intern category `id` (and labels if new) in `ctx`; index or -1. */
static int ctx_category(mkba_ctx *ctx, const char *id, const char *nl, const char *en) {
  /* The category after the last one asked for: one string compare, where a
     Monte Carlo draw of a large plugin otherwise hashed every id. */
  if (ctx->cat_next < ctx->n_cat && strcmp(ctx->cat_id[ctx->cat_next], id) == 0)
    return ctx->cat_next++;
  int found = lookup(ctx->cat_index, ctx->cat_id, ctx->n_cat, id);
  if (found >= 0) {
    ctx->cat_next = found + 1;
    return found;
  }
  if (!mkba_valid_id(id))
    return -1;
  if (ctx->n_cat == ctx->cap_cat) {
    int cap = ctx->cap_cat * 2 + 8;
    if (grow_((void **)&ctx->cat_id, (size_t)cap, sizeof *ctx->cat_id) ||
        grow_((void **)&ctx->cat_nl, (size_t)cap, sizeof *ctx->cat_nl) ||
        grow_((void **)&ctx->cat_en, (size_t)cap, sizeof *ctx->cat_en) ||
        grow_((void **)&ctx->flow, (size_t)cap, sizeof *ctx->flow) ||
        grow_((void **)&ctx->tr, (size_t)cap, sizeof *ctx->tr))
      return -1;
    ctx->cap_cat = cap;
  }
  int k = ctx->n_cat;
  ctx->flow[k] = calloc(2 * (size_t)ctx->horizon * A * 2, sizeof(double));
  if (!ctx->flow[k])
    return -1;
  ctx->tr[k] = NULL;
  snprintf(ctx->cat_id[k], MKBA_ID_MAX, "%s", id);
  ctx->cat_nl[k] = strdup(nl && *nl ? nl : id);
  ctx->cat_en[k] = strdup(en && *en ? en : (nl && *nl ? nl : id));
  ctx->n_cat++;
  ctx->cat_next = ctx->n_cat;
  remember(&ctx->cat_index, ctx->cat_id, ctx->n_cat);
  return k;
}

/* Intern outcome `id`; index or -1. */
static int ctx_outcome_id(mkba_ctx *ctx, const char *id, const char *nl, const char *en,
                          const char *unit) {
  if (ctx->out_next < ctx->n_out && strcmp(ctx->out_id[ctx->out_next], id) == 0)
    return ctx->out_next++; /* as in ctx_category */
  int found = lookup(ctx->out_index, ctx->out_id, ctx->n_out, id);
  if (found >= 0) {
    ctx->out_next = found + 1;
    return found;
  }
  if (!mkba_valid_id(id))
    return -1;
  if (ctx->n_out == ctx->cap_out) {
    int cap = ctx->cap_out * 2 + 8;
    if (grow_((void **)&ctx->out_id, (size_t)cap, sizeof *ctx->out_id) ||
        grow_((void **)&ctx->out_nl, (size_t)cap, sizeof *ctx->out_nl) ||
        grow_((void **)&ctx->out_en, (size_t)cap, sizeof *ctx->out_en) ||
        grow_((void **)&ctx->out_unit, (size_t)cap, sizeof *ctx->out_unit) ||
        grow_((void **)&ctx->out, (size_t)cap, sizeof *ctx->out))
      return -1;
    ctx->cap_out = cap;
  }
  int k = ctx->n_out;
  ctx->out[k] = calloc(2 * (size_t)ctx->horizon, sizeof(double));
  if (!ctx->out[k])
    return -1;
  snprintf(ctx->out_id[k], MKBA_ID_MAX, "%s", id);
  ctx->out_nl[k] = strdup(nl && *nl ? nl : id);
  ctx->out_en[k] = strdup(en && *en ? en : (nl && *nl ? nl : id));
  ctx->out_unit[k] = strdup(unit ? unit : "");
  ctx->n_out++;
  ctx->out_next = ctx->n_out;
  remember(&ctx->out_index, ctx->out_id, ctx->n_out);
  return k;
}

/* ---- services ---------------------------------------------------------- */

int mkba_svc_horizon(const mkba_ctx *ctx) { return ctx->horizon; }
int mkba_svc_compute_part(const mkba_ctx *ctx) { return ctx->part; }
int mkba_svc_start_year(const mkba_ctx *ctx) { return ctx->start_year; }

int mkba_svc_category(mkba_ctx *ctx, const char *id, const char *nl, const char *en) {
  if (ctx->failed)
    return -1;
  int k = id ? ctx_category(ctx, id, nl, en) : -1;
  if (k < 0)
    mkba_ctx_fail(ctx, "invalid category id \"%s\": ids match [a-z][a-z0-9_]*", id ? id : "(null)");
  return k;
}

/* Check the indices every posting shares; 0 or an error. */
static int check_post(mkba_ctx *ctx, const char *what, int arm, int cat, int year, double amount) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (arm != MKBA_BASELINE && arm != MKBA_INTERVENTION)
    return mkba_ctx_fail(ctx,
                         "%s: arm %d is neither MKBA_BASELINE nor "
                         "MKBA_INTERVENTION",
                         what, arm);
  if (cat < 0 || cat >= ctx->n_cat)
    return mkba_ctx_fail(ctx,
                         "%s: category handle %d was not returned by "
                         "host->category()",
                         what, cat);
  if (year < 0 || year >= ctx->horizon)
    return mkba_ctx_fail(ctx, "%s in category \"%s\": year index %d outside 0..%d", what,
                         ctx->cat_id[cat], year, ctx->horizon - 1);
  if (!isfinite(amount))
    return mkba_ctx_fail(ctx,
                         "%s in category \"%s\", year %d: amount is not a finite "
                         "number (%g)",
                         what, ctx->cat_id[cat], ctx->start_year + year, amount);
  return MKBA_OK;
}

int mkba_svc_flow(mkba_ctx *ctx, enum mkba_arm arm, enum mkba_actor actor, int cat,
                  enum mkba_kind kind, int year, double amount) {
  if (check_post(ctx, "flow", arm, cat, year, amount))
    return MKBA_ERROR;
  if (actor < 0 || actor >= A)
    return mkba_ctx_fail(ctx, "flow in category \"%s\": unknown actor %d", ctx->cat_id[cat], actor);
  if (kind != MKBA_COST && kind != MKBA_BENEFIT)
    return mkba_ctx_fail(ctx,
                         "flow in category \"%s\": kind must be MKBA_COST or "
                         "MKBA_BENEFIT (post transfers with host->transfer)",
                         ctx->cat_id[cat]);
  if (ctx->fast) {
    double v = ctx->df[year] * amount;
    ctx->acc[actor] += (arm == MKBA_INTERVENTION) == (kind == MKBA_BENEFIT) ? v : -v;
    return MKBA_OK;
  }
  ctx->flow[cat][((arm * ctx->horizon + year) * A + actor) * 2 + kind] += amount;
  return MKBA_OK;
}

/* host->post (ABI 1.4): one named posting, checked as flow() and transfer() check theirs. */
int mkba_svc_post(mkba_ctx *ctx, const mkba_posting *p) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (!p)
    return mkba_ctx_fail(ctx, "post: the posting is NULL");
  if (p->size < sizeof(mkba_posting))
    return mkba_ctx_fail(ctx,
                         "post: the posting's size is %u, not %zu; build it with "
                         "MKBA_POST(host, ctx, .arm = ..., ...)",
                         (unsigned)p->size, sizeof(mkba_posting));
  if (p->kind == MKBA_TRANSFER)
    return mkba_svc_transfer(ctx, p->arm, p->actor, p->to, p->category, p->year, p->amount);
  return mkba_svc_flow(ctx, p->arm, p->actor, p->category, p->kind, p->year, p->amount);
}

int mkba_svc_transfer(mkba_ctx *ctx, enum mkba_arm arm, enum mkba_actor from, enum mkba_actor to,
                      int cat, int year, double amount) {
  if (check_post(ctx, "transfer", arm, cat, year, amount))
    return MKBA_ERROR;
  if (from < 0 || from >= A || to < 0 || to >= A || from == to)
    return mkba_ctx_fail(ctx,
                         "transfer in category \"%s\": payer %d and receiver %d "
                         "must be two different actors",
                         ctx->cat_id[cat], from, to);
  if (ctx->fast) {
    double v = ctx->df[year] * amount * (arm == MKBA_INTERVENTION ? 1 : -1);
    ctx->acc[from] -= v;
    ctx->acc[to] += v;
    return MKBA_OK;
  }
  if (!ctx->tr[cat]) {
    ctx->tr[cat] = calloc(2 * (size_t)ctx->horizon * A * A, sizeof(double));
    if (!ctx->tr[cat])
      return mkba_ctx_fail(ctx, "out of memory");
  }
  ctx->tr[cat][((arm * ctx->horizon + year) * A + from) * A + to] += amount;
  return MKBA_OK;
}

int mkba_svc_outcome_id(mkba_ctx *ctx, const char *id, const char *nl, const char *en,
                        const char *unit) {
  if (ctx->failed)
    return -1;
  int k = id ? ctx_outcome_id(ctx, id, nl, en, unit) : -1;
  if (k < 0)
    mkba_ctx_fail(ctx, "invalid outcome id \"%s\": ids match [a-z][a-z0-9_]*", id ? id : "(null)");
  return k;
}

int mkba_svc_outcome(mkba_ctx *ctx, int o, enum mkba_arm arm, int year, double value) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (o < 0 || o >= ctx->n_out)
    return mkba_ctx_fail(ctx, "outcome handle %d was not returned by host->outcome_id()", o);
  if (arm != MKBA_BASELINE && arm != MKBA_INTERVENTION)
    return mkba_ctx_fail(ctx, "outcome \"%s\": bad arm %d", ctx->out_id[o], arm);
  if (year < 0 || year >= ctx->horizon)
    return mkba_ctx_fail(ctx, "outcome \"%s\": year index %d outside 0..%d", ctx->out_id[o], year,
                         ctx->horizon - 1);
  if (!isfinite(value))
    return mkba_ctx_fail(ctx, "outcome \"%s\", year %d: value is not a finite number",
                         ctx->out_id[o], ctx->start_year + year);
  if (ctx->fast)
    return MKBA_OK;
  ctx->out[o][arm * ctx->horizon + year] += value;
  return MKBA_OK;
}

int mkba_svc_pm_item(mkba_ctx *ctx, const char *nl, const char *en, enum mkba_direction direction,
                     enum mkba_actor actor) {
  if (ctx->failed)
    return MKBA_ERROR;
  if (!nl || !*nl)
    return mkba_ctx_fail(ctx, "PM item without a label");
  if (direction < MKBA_PM_POSITIVE || direction > MKBA_PM_UNKNOWN)
    return mkba_ctx_fail(ctx, "PM item \"%s\": bad direction %d", nl, direction);
  if (actor != MKBA_NO_ACTOR && (actor < 0 || actor >= A))
    return mkba_ctx_fail(ctx, "PM item \"%s\": unknown actor %d", nl, actor);
  if (ctx->fast)
    return MKBA_OK;
  for (int k = 0; k < ctx->n_pm; k++)
    if (strcmp(ctx->pm[k].label_nl, nl) == 0 && ctx->pm[k].direction == (int)direction &&
        ctx->pm[k].actor == actor)
      return MKBA_OK;
  mkba_pm *np = realloc(ctx->pm, (size_t)(ctx->n_pm + 1) * sizeof *np);
  if (!np)
    return mkba_ctx_fail(ctx, "out of memory");
  ctx->pm = np;
  ctx->pm[ctx->n_pm].label_nl = strdup(nl);
  ctx->pm[ctx->n_pm].label_en = strdup(en && *en ? en : nl);
  ctx->pm[ctx->n_pm].direction = direction;
  ctx->pm[ctx->n_pm].actor = actor;
  ctx->n_pm++;
  return MKBA_OK;
}

void *mkba_svc_scratch(mkba_ctx *ctx, size_t bytes) {
  size_t size = (bytes + 15) & ~(size_t)15; /* keeps every block aligned for double */
  ctx->arena_used += size;
  if (ctx->arena_used <= ctx->arena_cap) {
    void *p = ctx->arena + ctx->arena_used - size;
    memset(p, 0, size);
    return p;
  }
  /* Past the arena: a block of its own for now; end_compute grows the arena. */
  if (ctx->n_spill == ctx->cap_spill) {
    int cap = ctx->cap_spill * 2 + 8;
    if (grow_((void **)&ctx->spill, (size_t)cap, sizeof *ctx->spill))
      return NULL;
    ctx->cap_spill = cap;
  }
  void *p = calloc(1, size ? size : 16);
  if (p)
    ctx->spill[ctx->n_spill++] = p;
  return p;
}

int mkba_ctx_add(mkba_ctx *dst, const mkba_ctx *src) {
  size_t H = (size_t)dst->horizon;
  for (int k = 0; k < src->n_cat; k++) {
    int j = ctx_category(dst, src->cat_id[k], src->cat_nl[k], src->cat_en[k]);
    if (j < 0)
      return -1;
    for (size_t i = 0; i < 2 * H * A * 2; i++)
      dst->flow[j][i] += src->flow[k][i];
    if (src->tr[k]) {
      if (!dst->tr[j] && !(dst->tr[j] = calloc(2 * H * A * A, sizeof(double))))
        return -1;
      for (size_t i = 0; i < 2 * H * A * A; i++)
        dst->tr[j][i] += src->tr[k][i];
    }
  }
  for (int k = 0; k < src->n_out; k++) {
    int j = ctx_outcome_id(dst, src->out_id[k], src->out_nl[k], src->out_en[k], src->out_unit[k]);
    if (j < 0)
      return -1;
    for (size_t i = 0; i < 2 * H; i++)
      dst->out[j][i] += src->out[k][i];
  }
  for (int k = 0; k < src->n_pm; k++)
    if (mkba_svc_pm_item(dst, src->pm[k].label_nl, src->pm[k].label_en, src->pm[k].direction,
                         src->pm[k].actor))
      return -1;
  return 0;
}
