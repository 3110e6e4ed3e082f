/*
 * block.c - blocks of Monte Carlo draws; see block.h.
 *
 * Every service here does for all draws of a block what the per-draw
 * service does in Monte Carlo mode (ledger.c, cohort.c with ctx->fast), in
 * the same order of arithmetic, so that a plugin's compute_block gives the
 * NPVs of compute() draw by draw.  The loops run over the draws innermost,
 * where the compiler can use vector instructions.
 */
#include "block.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define A MKBA_N_ACTORS

/* Rows may miss 1 by rounding in the plugin's own arithmetic; no more (as cohort.c). */
#define ROW_TOLERANCE 1e-9

static const char *const arm_names[MKBA_N_ARMS] = {"baseline", "intervention"};

mkba_block *mkba_block_new(int horizon, const double *df, const char *plugin) {
  mkba_block *b = calloc(1, sizeof *b);
  if (!b)
    return NULL;
  b->horizon = horizon;
  b->df = df;
  b->plugin = plugin;
  return b;
}

/* Free the spilled scratch of the last call and grow the arena to fit it next time. */
void mkba_block_end(mkba_block *b) {
  for (int k = 0; k < b->n_spill; k++)
    free(b->spill[k]);
  b->n_spill = 0;
  if (b->spilled) {
    size_t want = b->cap + b->spilled;
    char *a = realloc(b->arena, want);
    if (a) {
      b->arena = a;
      b->cap = want;
    }
    b->spilled = 0;
  }
  b->used = 0;
}

void mkba_block_free(mkba_block *b) {
  if (!b)
    return;
  mkba_block_end(b);
  free(b->spill);
  free(b->arena);
  free(b);
}

/* Record an error unless one is recorded; returns MKBA_ERROR. */
static int fail(mkba_block *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(mkba_block *b, const char *fmt, ...) {
  if (!b->failed) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(b->err, sizeof b->err, fmt, ap);
    va_end(ap);
    b->failed = 1;
  }
  return MKBA_ERROR;
}

int mkba_svc_block_horizon(const mkba_block *b) { return b->horizon; }

void *mkba_svc_block_scratch(mkba_block *b, size_t bytes) {
  size_t need = (bytes + 63) & ~(size_t)63; /* aligned for double, and for vectors */
  if (b->used + need <= b->cap) {
    void *p = b->arena + b->used;
    b->used += need;
    return p; /* not zeroed: a block's scratch is large and written before it is read */
  }
  if (b->n_spill == b->cap_spill) {
    int cap = b->cap_spill ? 2 * b->cap_spill : 8;
    void **s = realloc(b->spill, (size_t)cap * sizeof *s);
    if (!s)
      return NULL;
    b->spill = s;
    b->cap_spill = cap;
  }
  void *p = malloc(need);
  if (p) {
    b->spill[b->n_spill++] = p;
    b->spilled += need;
  }
  return p;
}

/* Check every matrix of one arm for every draw; the message names the draw.
 * The common case, all well, runs without branches over the draws. */
MKBA_VECTOR_CLONES static int check_rows(mkba_block *b, const double *P, int ns, int arm,
                                         int year) {
  int n = b->n;
  for (int s = 0; s < ns; s++) {
    double sum[MKBA_BLOCK_MAX];
    int bad = 0;
    for (int l = 0; l < n; l++)
      sum[l] = 0;
    for (int r = 0; r < ns; r++) {
      const double *e = P + ((size_t)s * ns + r) * n;
      int out = 0; /* NaN fails the check of the sum below */
      for (int l = 0; l < n; l++) {
        out += (e[l] < -ROW_TOLERANCE) + (e[l] > 1 + ROW_TOLERANCE);
        sum[l] += e[l];
      }
      bad |= out;
    }
    int off = 0;
    for (int l = 0; l < n; l++)
      off += !(fabs(sum[l] - 1) <= ROW_TOLERANCE);
    bad |= off;
    if (!bad)
      continue;
    for (int l = 0; l < n; l++) { /* find the first draw and entry that is wrong */
      double total = 0;
      for (int r = 0; r < ns; r++) {
        double e = P[((size_t)s * ns + r) * n + l];
        if (!(e >= -ROW_TOLERANCE && e <= 1 + ROW_TOLERANCE))
          return fail(b,
                      "cohort: %s transition from state %d to %d in year index %d is %g, "
                      "outside [0, 1] (draw %d of the block)",
                      arm_names[arm], s, r, year, e, l + 1);
        total += e;
      }
      if (fabs(total - 1) > ROW_TOLERANCE)
        return fail(b,
                    "cohort: %s transitions from state %d in year index %d sum to %.12g, "
                    "not 1 (draw %d of the block)",
                    arm_names[arm], s, year, total, l + 1);
    }
  }
  return MKBA_OK;
}

/*
 * next = cur P for one year and every draw, in the order of cohort.c's
 * step (next[r] = cur[0] P[0][r], then += cur[s] P[s][r] for s = 1 ..),
 * so that each draw's occupancy is bit for bit the per-draw one.
 */
MKBA_VECTOR_CLONES
static void step_block(const double *restrict P, const double *restrict cur, double *restrict next,
                       int ns, int n) {
  /* Eight draws at a time, each next[r] summed in registers: half the
     memory traffic of plain loops; the draws left over one by one. */
  int l0 = 0;
  for (; l0 + 8 <= n; l0 += 8)
    for (int r = 0; r < ns; r++) {
      double acc[8];
      const double *p = P + (size_t)r * n + l0, *c = cur + l0;
      for (int l = 0; l < 8; l++)
        acc[l] = c[l] * p[l];
      for (int s = 1; s < ns; s++) {
        p = P + ((size_t)s * ns + r) * n + l0;
        c = cur + (size_t)s * n + l0;
        for (int l = 0; l < 8; l++)
          acc[l] += c[l] * p[l];
      }
      for (int l = 0; l < 8; l++)
        next[(size_t)r * n + l0 + l] = acc[l];
    }
  for (int r = 0; r < ns; r++)
    for (int l = l0; l < n; l++) {
      double acc = cur[l] * P[(size_t)r * n + l];
      for (int s = 1; s < ns; s++)
        acc += cur[(size_t)s * n + l] * P[((size_t)s * ns + r) * n + l];
      next[(size_t)r * n + l] = acc;
    }
}

/* 1, with its entries in `once` [ns * ns], when matrix P (over the draws)
 * is the same in every draw; else 0. */
static int same_in_every_draw(const double *P, int ns, int n, double *once) {
  for (size_t e = 0; e < (size_t)ns * ns; e++) {
    const double *x = P + e * n;
    int same = 1;
    for (int l = 1; l < n; l++)
      same &= x[l] == x[0];
    if (!same)
      return 0;
    once[e] = x[0];
  }
  return 1;
}

/*
 * 1, with each draw's factor in scale[l], when the start of every draw is
 * that of draw 0 times a factor (a cohort whose size alone is uncertain),
 * to 1e-12 relative; else 0.
 */
static int proportional_start(const double *start, int ns, int n, double *scale) {
  int ref = -1;
  for (int s = 0; s < ns; s++)
    if (start[(size_t)s * n] > 0 && (ref < 0 || start[(size_t)s * n] > start[(size_t)ref * n]))
      ref = s;
  if (ref < 0)
    return 0;
  const double *x = start + (size_t)ref * n;
  for (int l = 0; l < n; l++)
    scale[l] = x[l] / x[0];
  for (int s = 0; s < ns; s++) {
    const double *y = start + (size_t)s * n;
    for (int l = 0; l < n; l++)
      if (!(fabs(y[l] - scale[l] * y[0]) <= 1e-12 * fabs(y[l])))
        return 0;
  }
  return 1;
}

/*
 * An arm whose matrices are the same in every draw and whose starts differ
 * only by a factor (the nulalternatief when only the intervention and the
 * cohort size are uncertain) is propagated once, for draw 0, and scaled
 * for the others: o_l(t) = scale_l o_0(t), since the cohort is linear in
 * its start.  Writes `steps` + 1 years of occupancy into buf.  Returns 0,
 * or -1 when the arm does not qualify (buf untouched).
 */
MKBA_VECTOR_CLONES static int propagate_once(mkba_block *b, const double *const *P,
                                             const double *start, int ns, int steps, double *buf) {
  int n = b->n;
  size_t nn = (size_t)ns * ns;
  double scale[MKBA_BLOCK_MAX];
  if (n < 2 || !proportional_start(start, ns, n, scale))
    return -1;
  double *once = mkba_svc_block_scratch(b, sizeof(double) * nn * (size_t)(steps + 1));
  double *v = mkba_svc_block_scratch(b, sizeof(double) * (size_t)ns * (size_t)(steps + 1));
  if (!once || !v)
    return -1;
  for (int t = 0; t < steps; t++) /* each distinct matrix once */
    if (t > 0 && P[t] == P[t - 1])
      memcpy(once + (size_t)t * nn, once + (size_t)(t - 1) * nn, nn * sizeof *once);
    else if (!same_in_every_draw(P[t], ns, n, once + (size_t)t * nn))
      return -1;
  for (int s = 0; s < ns; s++)
    v[s] = start[(size_t)s * n];
  for (int t = 0; t < steps; t++) { /* as cohort.c's step, for draw 0 */
    const double *M = once + (size_t)t * nn, *cur = v + (size_t)t * ns;
    double *next = v + (size_t)(t + 1) * ns;
    for (int r = 0; r < ns; r++)
      next[r] = cur[0] * M[r];
    for (int s = 1; s < ns; s++)
      for (int r = 0; r < ns; r++)
        next[r] += cur[s] * M[(size_t)s * ns + r];
  }
  for (int t = 0; t <= steps; t++)
    for (int s = 0; s < ns; s++) {
      double x = v[(size_t)t * ns + s], *out = buf + ((size_t)t * ns + s) * n;
      for (int l = 0; l < n; l++)
        out[l] = scale[l] * x;
    }
  return 0;
}

int mkba_svc_block_cohort_run(mkba_block *b, const mkba_cohort_ex *c, double *occ) {
  if (b->failed)
    return MKBA_ERROR;
  int H = b->horizon, n = b->n;
  if (!c || c->n_states < 1 || !c->start || !occ || !c->transition[0] || !c->transition[1])
    return fail(b, "block_cohort_run: incomplete cohort (states, start, both arms' matrices "
                   "per year and the occupancy array are required)");
  int ns = c->n_states, counting = c->counting;
  if (counting < MKBA_COUNT_BEGINNING || counting > MKBA_COUNT_LIFE_TABLE)
    return fail(b, "cohort: unknown counting rule %d", counting);
  for (int arm = 0; arm < MKBA_N_ARMS; arm++)
    for (int t = 0; t < H; t++) {
      const double *P = c->transition[arm][t];
      if (!P)
        return fail(b, "cohort: no %s transition matrix for year index %d", arm_names[arm], t);
      if ((t == 0 || P != c->transition[arm][t - 1]) && check_rows(b, P, ns, arm, t))
        return MKBA_ERROR;
    }
  for (size_t i = 0; i < (size_t)ns * n; i++)
    if (!isfinite(c->start[i]) || c->start[i] < 0)
      return fail(b, "cohort: start occupancy of state %d is %g (draw %d of the block)",
                  (int)(i / (size_t)n), c->start[i], (int)(i % (size_t)n) + 1);
  size_t row = (size_t)ns * n; /* one year of occupancy */
  double *o = NULL;
  if (counting != MKBA_COUNT_BEGINNING &&
      !(o = mkba_svc_block_scratch(b, sizeof(double) * (size_t)(H + 1) * row)))
    return fail(b, "cohort: out of memory");
  for (int arm = 0; arm < MKBA_N_ARMS; arm++) {
    double *out = occ + (size_t)arm * H * row;
    double *buf = o ? o : out;
    int steps = o ? H : H - 1;
    if (propagate_once(b, c->transition[arm], c->start, ns, steps, buf) != 0) {
      memcpy(buf, c->start, row * sizeof *buf);
      for (int t = 0; t < steps; t++)
        step_block(c->transition[arm][t], buf + (size_t)t * row, buf + (size_t)(t + 1) * row, ns,
                   n);
    }
    if (counting == MKBA_COUNT_END)
      memcpy(out, o + row, (size_t)H * row * sizeof *out);
    else if (counting == MKBA_COUNT_LIFE_TABLE)
      for (size_t i = 0; i < (size_t)H * row; i++)
        out[i] = 0.5 * (o[i] + o[row + i]);
  }
  return MKBA_OK;
}

/* 0 when actor (and, for a transfer, to) are actors; else an error. */
static int check_actors(mkba_block *b, const char *what, int kind, int actor, int to) {
  if (actor < 0 || actor >= A || (kind == MKBA_TRANSFER && (to < 0 || to >= A || to == actor)))
    return fail(b, "%s: bad actor %d or receiver %d", what, actor, to);
  return MKBA_OK;
}

MKBA_VECTOR_CLONES int mkba_svc_block_cohort_line(mkba_block *b, const mkba_block_line *ln) {
  if (b->failed)
    return MKBA_ERROR;
  if (!ln || ln->size < sizeof *ln)
    return fail(b, "block_cohort_line: build the line with MKBA_BLOCK_LINE(host, blk, ...)");
  int H = b->horizon, n = b->n, ns = ln->n_states, first = ln->first;
  int last = ln->last < H ? ln->last : H - 1;
  if (!ln->occ || ns < 1 || ln->state < 0 || ln->state >= ns)
    return fail(b, "block_cohort_line: state %d outside 0..%d", ln->state, ns - 1);
  if (first < 0 || first > last)
    return fail(b, "block_cohort_line: years %d..%d do not lie within the horizon (0..%d)", first,
                ln->last, H - 1);
  /* As cohort.c's book(): a(t) - b(t) of the state, which per rule. */
  size_t row = (size_t)ns * n, arm1 = (size_t)H * row, at = (size_t)ln->state * n;
  const double *a, *bb;
  int kind;
  if (ln->rule == MKBA_LINE_STATE_COST) { /* a saving: baseline minus intervention */
    a = ln->occ + at, bb = ln->occ + arm1 + at, kind = MKBA_BENEFIT;
  } else if (ln->rule == MKBA_LINE_PROGRAMME_COST) { /* the intervention arm's use */
    a = ln->occ + arm1 + at, bb = NULL, kind = MKBA_COST;
  } else if (ln->rule == MKBA_LINE_TRANSFER) { /* intervention minus baseline */
    a = ln->occ + arm1 + at, bb = ln->occ + at, kind = MKBA_TRANSFER;
  } else {
    return fail(b, "block_cohort_line: unknown rule %d", (int)ln->rule);
  }
  if (check_actors(b, "block_cohort_line", kind, ln->actor, ln->to))
    return MKBA_ERROR;
  double sum[MKBA_BLOCK_MAX], v[MKBA_BLOCK_MAX];
  for (int l = 0; l < n; l++)
    sum[l] = 0;
  for (int t = first; t <= last; t++) { /* the same sums as cohort.c's book() */
    const double *x = a + (size_t)t * row;
    double d = b->df[t];
    if (bb) {
      const double *y = bb + (size_t)t * row;
      for (int l = 0; l < n; l++)
        sum[l] += d * (x[l] - y[l]);
    } else {
      for (int l = 0; l < n; l++)
        sum[l] += d * (x[l] - 0);
    }
  }
  int finite = 1;
  for (int l = 0; l < n; l++) {
    v[l] = 1 * sum[l] * (ln->amount ? ln->amount[l] : ln->scalar);
    finite &= isfinite(v[l]) != 0;
  }
  if (!finite)
    for (int l = 0; l < n; l++)
      if (!isfinite(v[l]))
        return fail(b,
                    "cohort line of state %d: amount is not a finite number (draw %d of the "
                    "block)",
                    ln->state, l + 1);
  double *acc = b->acc[ln->actor];
  if (kind == MKBA_TRANSFER) {
    double *rcv = b->acc[ln->to];
    for (int l = 0; l < n; l++) {
      acc[l] -= v[l];
      rcv[l] += v[l];
    }
  } else if (kind == MKBA_BENEFIT) { /* a benefit adds to the actor's NPV, a cost subtracts */
    for (int l = 0; l < n; l++)
      acc[l] += v[l];
  } else {
    for (int l = 0; l < n; l++)
      acc[l] += -v[l];
  }
  return MKBA_OK;
}

int mkba_svc_block_post(mkba_block *b, const mkba_block_posting *p) {
  if (b->failed)
    return MKBA_ERROR;
  if (!p || p->size < sizeof *p || !p->amount)
    return fail(b, "block_post: build the posting with MKBA_BLOCK_POST(host, blk, ...), "
                   "with .amount");
  if (p->arm != MKBA_BASELINE && p->arm != MKBA_INTERVENTION)
    return fail(b, "block_post: arm %d is neither MKBA_BASELINE nor MKBA_INTERVENTION",
                (int)p->arm);
  if (p->year < 0 || p->year >= b->horizon)
    return fail(b, "block_post: year index %d outside 0..%d", p->year, b->horizon - 1);
  if (p->kind != MKBA_COST && p->kind != MKBA_BENEFIT && p->kind != MKBA_TRANSFER)
    return fail(b, "block_post: kind %d is not MKBA_COST, MKBA_BENEFIT or MKBA_TRANSFER",
                (int)p->kind);
  if (check_actors(b, "block_post", (int)p->kind, (int)p->actor, (int)p->to))
    return MKBA_ERROR;
  int n = b->n;
  double d = b->df[p->year];
  for (int l = 0; l < n; l++)
    if (!isfinite(p->amount[l]))
      return fail(b,
                  "block_post in year %d: amount is not a finite number (%g, draw %d of the "
                  "block)",
                  p->year, p->amount[l], l + 1);
  double *acc = b->acc[p->actor];
  if (p->kind == MKBA_TRANSFER) { /* as ledger.c's transfer in Monte Carlo mode */
    double *rcv = b->acc[p->to], sign = p->arm == MKBA_INTERVENTION ? 1 : -1;
    for (int l = 0; l < n; l++) {
      double v = d * p->amount[l] * sign;
      acc[l] -= v;
      rcv[l] += v;
    }
  } else { /* as ledger.c's flow: a benefit in the intervention arm adds */
    int adds = (p->arm == MKBA_INTERVENTION) == (p->kind == MKBA_BENEFIT);
    for (int l = 0; l < n; l++) {
      double v = d * p->amount[l];
      acc[l] += adds ? v : -v;
    }
  }
  return MKBA_OK;
}

void mkba_block_begin(mkba_block *b, int n) {
  b->n = n;
  b->failed = 0;
  b->err[0] = '\0';
  for (int a = 0; a < A; a++)
    memset(b->acc[a], 0, (size_t)n * sizeof b->acc[a][0]);
}
