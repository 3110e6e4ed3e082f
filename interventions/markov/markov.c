/*
 * markov.c - a cohort state-transition model written in the scenario's
 * JSON (docs/formats.md, "markov"), run on the SDK's cohort helper.
 *
 * Every number of the model (cohort, each transition probability, each
 * amount, utility and the value of a QALY) becomes a parameter with a
 * stable id, the JSON path inside params, so that the report lists it and
 * the uncertainty analysis can vary it.  A row's "rest" absorbs what the
 * other entries of the row leave, in the base case and in every Monte Carlo
 * draw.  Time: an arm's transitions may change by period, cost and
 * transfer lines may hold for a range of years, and "counting" says which
 * occupancy a year counts.  Euro amounts are in euros of "price_year" and
 * reach compute() re-indexed to the scenario's price level.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_STATES 64
#define MAX_PERIODS 64
#define MAX_ID 64
#define MAX_LABEL 256
/* Rows must sum to one within this. */
#define ROW_TOLERANCE 1e-9

static const char *const arm_key[MKBA_N_ARMS] = {"baseline", "intervention"};
static const char *const arm_nl[MKBA_N_ARMS] = {"nulalternatief", "interventie"};

typedef struct entry {
  int from, to; /* states */
  int param;    /* parameter index, or -1 for "rest" */
} entry;

/* The transitions of one arm from year `from` until the next period. */
typedef struct period {
  int from;                 /* first year index */
  int n_entries;            /* entries given */
  entry *entries;           /* [n_states * n_states] at most */
  char has_row[MAX_STATES]; /* 1 where the period gives a row; else absorbing */
  char path[MAX_ID + 32];   /* "transitions.intervention[1].rows", for messages */
} period;

/* A cost, programme-cost or transfer line. */
typedef struct line {
  int state;             /* state, or -1: the whole cohort (programme costs only) */
  int actor;             /* who bears it, or pays a transfer */
  int to;                /* who receives a transfer */
  char category[MAX_ID]; /* category id */
  char label[MAX_LABEL]; /* the category's label, or "" for its id */
  int param;             /* amount per person-year */
  int first, last;       /* year indices, inclusive */
} line;

typedef struct pm {
  char nl[MAX_LABEL], en[MAX_LABEL];
  int direction, actor;
} pm;

typedef struct model {
  int n;                        /* states */
  char ids[MAX_STATES][MAX_ID]; /* state ids */
  double start[MAX_STATES];     /* start shares, summing to 1 */
  int cohort;                   /* parameter index */
  int counting;                 /* enum mkba_counting */
  int n_periods[MKBA_N_ARMS];
  period *periods[MKBA_N_ARMS];
  int n_costs, n_progs, n_transfers, n_pm;
  line *costs, *progs, *transfers;
  pm *pm_items;
  int utility[MAX_STATES]; /* parameter index, or -1 for 0 */
  int has_utilities;
  int qaly_value; /* parameter index, or -1 */
  int price_year; /* euros of this year; 0 = the scenario's */
} model;

static void release(void *m_) {
  model *m = m_;
  if (!m)
    return;
  for (int a = 0; a < MKBA_N_ARMS; a++) {
    for (int k = 0; k < m->n_periods[a]; k++)
      free(m->periods[a][k].entries);
    free(m->periods[a]);
  }
  free(m->costs);
  free(m->progs);
  free(m->transfers);
  free(m->pm_items);
  free(m);
}

static int valid_id(const char *s) {
  if (!s || !(*s >= 'a' && *s <= 'z') || strlen(s) >= 48)
    return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
      return 0;
  return 1;
}

static int state_index(const model *m, const char *id) {
  for (int s = 0; id && s < m->n; s++)
    if (!strcmp(m->ids[s], id))
      return s;
  return -1;
}

/* Look up a state named by JSON string v (or key text `name`); error if unknown. */
static int need_state(const mkba_host *h, mkba_config *cfg, const model *m, const mkba_json *at,
                      const char *name, const char *where) {
  int s = state_index(m, name);
  if (s < 0)
    h->config_error(cfg, at, "%s: unknown state \"%s\" (states are listed in \"states\")", where,
                    name ? name : "(not a string)");
  return s;
}

/* A whole number in [lo, hi] at `v`; MKBA_ERROR with a message otherwise. */
static int whole(const mkba_host *h, mkba_config *cfg, const mkba_json *v, const char *what, int lo,
                 int hi, int *out) {
  double x = h->json_number(v);
  if (h->json_type(v) != MKBA_JSON_NUMBER || x != floor(x) || x < lo || x > hi)
    return h->config_error(cfg, v, "%s must be a whole number from %d to %d", what, lo, hi);
  *out = (int)x;
  return MKBA_OK;
}

static int read_states(const mkba_host *h, mkba_config *cfg, model *m, const mkba_json *params) {
  const mkba_json *st = h->json_get(params, "states");
  if (h->json_type(st) != MKBA_JSON_ARRAY || h->json_size(st) == 0 || h->json_size(st) > MAX_STATES)
    return h->config_error(cfg, st ? st : params,
                           "markov needs \"states\", an array of 1 to %d state ids", MAX_STATES);
  m->n = (int)h->json_size(st);
  for (int s = 0; s < m->n; s++) {
    const mkba_json *v = h->json_at(st, (size_t)s);
    const char *id = h->json_string(v);
    if (!valid_id(id))
      return h->config_error(cfg, v,
                             "states[%d] must be an id such as \"straat\" "
                             "([a-z][a-z0-9_]*, at most 47 characters)",
                             s);
    if (state_index(m, id) >= 0)
      return h->config_error(cfg, v, "state \"%s\" is listed twice", id);
    snprintf(m->ids[s], MAX_ID, "%s", id);
  }
  const mkba_json *start = h->json_get(params, "start");
  if (h->json_type(start) != MKBA_JSON_OBJECT)
    return h->config_error(cfg, start ? start : params,
                           "markov needs \"start\", the share of the cohort in each state "
                           "at the start, e.g. {\"straat\": 0.5, \"opvang\": 0.5}");
  double sum = 0;
  for (size_t k = 0; k < h->json_size(start); k++) {
    const char *key;
    const mkba_json *v = h->json_member(start, k, &key);
    int s = need_state(h, cfg, m, v, key, "start");
    if (s < 0)
      return MKBA_ERROR;
    double x = h->json_number(v);
    if (h->json_type(v) != MKBA_JSON_NUMBER || x < 0 || x > 1)
      return h->config_error(cfg, v, "start.%s must be a number between 0 and 1", key);
    m->start[s] = x;
    sum += x;
  }
  if (fabs(sum - 1) > ROW_TOLERANCE)
    return h->config_error(cfg, start, "the start shares sum to %.10g; they must sum to 1", sum);
  return MKBA_OK;
}

/*
 * The rows of one period of arm a.  `path` is the JSON path of the rows
 * object ("transitions.baseline" or "transitions.baseline[1].rows");
 * `when` is added to the Dutch and English labels.
 */
static int read_rows(const mkba_host *h, mkba_config *cfg, model *m, const mkba_json *rows, int a,
                     period *pd, const char *when_nl, const char *when_en) {
  char path[MAX_ID * 4], nl[MAX_LABEL], en[MAX_LABEL];
  if (h->json_type(rows) != MKBA_JSON_OBJECT)
    return h->config_error(cfg, rows, "%s must be an object of rows", pd->path);
  pd->entries = calloc((size_t)m->n * (size_t)m->n + 1, sizeof *pd->entries);
  if (!pd->entries)
    return h->config_error(cfg, rows, "out of memory");
  for (size_t r = 0; r < h->json_size(rows); r++) {
    const char *from_id;
    const mkba_json *row = h->json_member(rows, r, &from_id);
    int from = need_state(h, cfg, m, row, from_id, pd->path);
    if (from < 0)
      return MKBA_ERROR;
    if (h->json_type(row) != MKBA_JSON_OBJECT)
      return h->config_error(cfg, row,
                             "%s.%s must be an object such as {\"opvang\": 0.3, \"%s\": \"rest\"}",
                             pd->path, from_id, from_id);
    pd->has_row[from] = 1;
    int rests = 0, uncertain = 0, first = pd->n_entries;
    double sum = 0;
    for (size_t c = 0; c < h->json_size(row); c++) {
      const char *to_id;
      const mkba_json *v = h->json_member(row, c, &to_id);
      snprintf(path, sizeof path, "%s.%s", pd->path, from_id);
      int to = need_state(h, cfg, m, v, to_id, path);
      if (to < 0)
        return MKBA_ERROR;
      entry *e = &pd->entries[pd->n_entries++];
      e->from = from;
      e->to = to;
      const char *text = h->json_string(v);
      if (text) {
        if (strcmp(text, "rest"))
          return h->config_error(cfg, v, "%s.%s: the only text allowed is \"rest\"", path, to_id);
        if (++rests > 1)
          return h->config_error(cfg, v, "%s has more than one \"rest\"", path);
        e->param = -1;
        continue;
      }
      snprintf(path, sizeof path, "%s.%s.%s", pd->path, from_id, to_id);
      snprintf(nl, sizeof nl, "Kans %s naar %s (%s%s)", from_id, to_id, arm_nl[a], when_nl);
      snprintf(en, sizeof en, "Probability %s to %s (%s%s)", from_id, to_id, arm_key[a], when_en);
      e->param = h->config_param(cfg, v, path, nl, en, "kans per jaar", 0, 0, 1);
      if (e->param < 0)
        return MKBA_ERROR;
      uncertain |= h->json_type(v) == MKBA_JSON_OBJECT;
      sum += h->config_value(cfg, e->param);
    }
    snprintf(path, sizeof path, "%s.%s", pd->path, from_id);
    if (!rests && uncertain)
      return h->config_error(cfg, row,
                             "%s has uncertain probabilities but no \"rest\" to absorb them; "
                             "add e.g. \"%s\": \"rest\"",
                             path, from_id);
    if (rests && sum > 1 + ROW_TOLERANCE)
      return h->config_error(cfg, row,
                             "%s: the probabilities sum to %.10g, so \"rest\" would be %.10g; "
                             "a row must sum to 1",
                             path, sum, 1 - sum);
    if (!rests && fabs(sum - 1) > ROW_TOLERANCE)
      return h->config_error(cfg, row, "%s sums to %.10g; a row must sum to 1 (or use \"rest\")",
                             path, sum);
    /*
     * With "rest", one entry can grow until the others use up the row: its
     * range is [0, 1 - the others], so that the one-way analyses stay
     * within what the model allows.
     */
    for (int k = first; rests && k < pd->n_entries; k++) {
      const entry *e = &pd->entries[k];
      if (e->param < 0)
        continue;
      double others = sum - h->config_value(cfg, e->param);
      if (h->config_set_range(cfg, row, e->param, 0, fmax(0, 1 - others)))
        return MKBA_ERROR;
    }
  }
  return MKBA_OK;
}

/* transitions.<arm>: rows, or a list of periods {"from": k, "rows": {...}}. */
static int read_arm(const mkba_host *h, mkba_config *cfg, model *m, const mkba_json *arm, int a) {
  static const char *const pkeys[] = {"from", "rows", NULL};
  if (h->json_type(arm) == MKBA_JSON_OBJECT) {
    m->n_periods[a] = 1;
    if (!(m->periods[a] = calloc(1, sizeof(period))))
      return h->config_error(cfg, arm, "out of memory");
    snprintf(m->periods[a][0].path, sizeof m->periods[a][0].path, "transitions.%s", arm_key[a]);
    return read_rows(h, cfg, m, arm, a, &m->periods[a][0], "", "");
  }
  size_t n = h->json_size(arm);
  if (h->json_type(arm) != MKBA_JSON_ARRAY || n == 0 || n > MAX_PERIODS)
    return h->config_error(cfg, arm,
                           "transitions.%s must be an object of rows, or an array of 1 to %d "
                           "periods such as {\"from\": 0, \"rows\": {...}}",
                           arm_key[a], MAX_PERIODS);
  if (!(m->periods[a] = calloc(n, sizeof(period))))
    return h->config_error(cfg, arm, "out of memory");
  for (size_t k = 0; k < n; k++) {
    const mkba_json *pj = h->json_at(arm, k);
    period *pd = &m->periods[a][k];
    m->n_periods[a]++;
    snprintf(pd->path, sizeof pd->path, "transitions.%s[%zu].rows", arm_key[a], k);
    char what[64], when_nl[64], when_en[64];
    snprintf(what, sizeof what, "transitions.%s[%zu].from", arm_key[a], k);
    if (h->json_check_keys(cfg, pj, pkeys))
      return MKBA_ERROR;
    const mkba_json *from = h->json_get(pj, "from"), *rows = h->json_get(pj, "rows");
    if (!from || !rows)
      return h->config_error(cfg, pj, "transitions.%s[%zu] needs \"from\" and \"rows\"", arm_key[a],
                             k);
    if (whole(h, cfg, from, what, 0, 10000, &pd->from))
      return MKBA_ERROR;
    if (k == 0 && pd->from != 0)
      return h->config_error(cfg, from,
                             "the first period of transitions.%s must have "
                             "\"from\": 0",
                             arm_key[a]);
    if (k > 0 && pd->from <= m->periods[a][k - 1].from)
      return h->config_error(
          cfg, from, "the periods of transitions.%s must have increasing \"from\"", arm_key[a]);
    snprintf(when_nl, sizeof when_nl, ", vanaf jaar %d", pd->from);
    snprintf(when_en, sizeof when_en, ", from year %d", pd->from);
    if (read_rows(h, cfg, m, rows, a, pd, when_nl, when_en))
      return MKBA_ERROR;
  }
  return MKBA_OK;
}

/* "years": [first, last] of line k of `name`; the whole horizon when absent. */
static int read_years(const mkba_host *h, mkba_config *cfg, const mkba_json *ln, const char *name,
                      size_t k, line *c) {
  const mkba_json *y = h->json_get(ln, "years");
  int horizon = h->config_horizon(cfg);
  c->first = 0;
  c->last = horizon - 1;
  if (!y)
    return MKBA_OK;
  char what[96];
  snprintf(what, sizeof what, "%s[%zu].years", name, k);
  if (h->json_type(y) != MKBA_JSON_ARRAY || h->json_size(y) != 2)
    return h->config_error(cfg, y,
                           "%s must be [first, last], year indices from 0, e.g. [0, 1] for the "
                           "first two years",
                           what);
  if (whole(h, cfg, h->json_at(y, 0), what, 0, 10000, &c->first) ||
      whole(h, cfg, h->json_at(y, 1), what, 0, 10000, &c->last))
    return MKBA_ERROR;
  if (c->first > c->last)
    return h->config_error(cfg, y, "%s: the first year index %d is after the last, %d", what,
                           c->first, c->last);
  if (c->first >= horizon)
    return h->config_error(cfg, y, "%s starts at year index %d, after the horizon (0..%d)", what,
                           c->first, horizon - 1);
  if (c->last >= horizon) /* a line may run to the end of a shorter horizon */
    c->last = horizon - 1;
  return MKBA_OK;
}

/* An actor id at key `key` of line k; -1 after an error. */
static int line_actor(const mkba_host *h, mkba_config *cfg, const mkba_json *ln, const char *key,
                      const char *name, size_t k) {
  const mkba_json *v = h->json_get(ln, key);
  if (!v) {
    h->config_error(cfg, ln, "%s[%zu] needs \"%s\"", name, k, key);
    return -1;
  }
  return h->config_actor(cfg, v);
}

/* What kind of line a list holds. */
enum { STATE_COST, PROGRAMME_COST, TRANSFER };

static int read_lines(const mkba_host *h, mkba_config *cfg, model *m, const mkba_json *arr,
                      const char *name, int kind, line **out, int *n) {
  static const char *const cost_keys[] = {"state", "actor", "category",   "amount",
                                          "years", "label", "price_year", NULL};
  static const char *const tr_keys[] = {"state", "from",  "to",         "category", "amount",
                                        "years", "label", "price_year", NULL};
  static const char *const what_nl[] = {"Kosten", "Programmakosten", "Overdracht"};
  static const char *const what_en[] = {"Cost", "Programme cost", "Transfer"};
  char path[128], nl[MAX_LABEL], en[MAX_LABEL];
  if (!arr)
    return MKBA_OK;
  if (h->json_type(arr) != MKBA_JSON_ARRAY)
    return h->config_error(cfg, arr, "\"%s\" must be an array", name);
  *out = calloc(h->json_size(arr) + 1, sizeof **out);
  if (!*out)
    return h->config_error(cfg, arr, "out of memory");
  for (size_t k = 0; k < h->json_size(arr); k++) {
    const mkba_json *ln = h->json_at(arr, k);
    line *c = &(*out)[k];
    if (h->json_check_keys(cfg, ln, kind == TRANSFER ? tr_keys : cost_keys))
      return MKBA_ERROR;
    const mkba_json *st = h->json_get(ln, "state");
    c->state = -1;
    if (st) {
      snprintf(path, sizeof path, "%s[%zu].state", name, k);
      if ((c->state = need_state(h, cfg, m, st, h->json_string(st), path)) < 0)
        return MKBA_ERROR;
    } else if (kind != PROGRAMME_COST) {
      return h->config_error(cfg, ln, "%s[%zu] needs \"state\"", name, k);
    }
    c->to = -1;
    if (kind == TRANSFER) {
      if ((c->actor = line_actor(h, cfg, ln, "from", name, k)) < 0 ||
          (c->to = line_actor(h, cfg, ln, "to", name, k)) < 0)
        return MKBA_ERROR;
      if (c->actor == c->to)
        return h->config_error(cfg, h->json_get(ln, "to"),
                               "%s[%zu]: a transfer needs two different actors", name, k);
    } else if ((c->actor = line_actor(h, cfg, ln, "actor", name, k)) < 0) {
      return MKBA_ERROR;
    }
    const mkba_json *cat = h->json_get(ln, "category");
    if (!cat || !valid_id(h->json_string(cat)))
      return h->config_error(cfg, cat ? cat : ln,
                             "%s[%zu] needs \"category\", an id such as \"opvang\"", name, k);
    snprintf(c->category, sizeof c->category, "%s", h->json_string(cat));
    if (read_years(h, cfg, ln, name, k, c))
      return MKBA_ERROR;
    const mkba_json *amount = h->json_get(ln, "amount");
    if (!amount)
      return h->config_error(cfg, ln, "%s[%zu] needs \"amount\"", name, k);
    /* A line may state its own price year (its source's), else the model's. */
    int price_year = m->price_year;
    const mkba_json *py = h->json_get(ln, "price_year");
    snprintf(path, sizeof path, "%s[%zu].price_year", name, k);
    if (py && whole(h, cfg, py, path, 1900, 2200, &price_year))
      return MKBA_ERROR;
    const mkba_json *label = h->json_get(ln, "label");
    if (label && !h->json_string(label))
      return h->config_error(cfg, label, "%s[%zu].label must be a text", name, k);
    snprintf(c->label, sizeof c->label, "%s", label ? h->json_string(label) : "");
    snprintf(path, sizeof path, "%s[%zu].amount", name, k);
    const char *where = c->state >= 0 ? m->ids[c->state] : "cohort";
    snprintf(nl, sizeof nl, "%s %s (%s)", what_nl[kind], c->category, where);
    snprintf(en, sizeof en, "%s %s (%s)", what_en[kind], c->category, where);
    c->param = h->config_money_param(cfg, amount, path, nl, en, "EUR per persoon per jaar", 0, -1e9,
                                     1e9, price_year, NULL);
    if (c->param < 0)
      return MKBA_ERROR;
    (*n)++;
  }
  return MKBA_OK;
}

static int read_pm_items(const mkba_host *h, mkba_config *cfg, model *m, const mkba_json *arr) {
  static const char *const keys[] = {"label", "direction", "actor", NULL};
  static const char *const lkeys[] = {"nl", "en", NULL};
  static const char *const dirs[] = {"positive", "negative", "unknown"};
  if (!arr)
    return MKBA_OK;
  if (h->json_type(arr) != MKBA_JSON_ARRAY)
    return h->config_error(
        cfg, arr,
        "\"pm_items\" must be an array such as [{\"label\": \"Minder overlast\", "
        "\"direction\": \"positive\", \"actor\": \"samenleving\"}]");
  if (!(m->pm_items = calloc(h->json_size(arr) + 1, sizeof *m->pm_items)))
    return h->config_error(cfg, arr, "out of memory");
  for (size_t k = 0; k < h->json_size(arr); k++) {
    const mkba_json *it = h->json_at(arr, k);
    pm *p = &m->pm_items[k];
    if (h->json_check_keys(cfg, it, keys))
      return MKBA_ERROR;
    const mkba_json *label = h->json_get(it, "label");
    if (h->json_type(label) == MKBA_JSON_OBJECT) {
      if (h->json_check_keys(cfg, label, lkeys))
        return MKBA_ERROR;
      const char *a = h->json_string(h->json_get(label, "nl"));
      const char *b = h->json_string(h->json_get(label, "en"));
      if (!a || !*a)
        return h->config_error(cfg, label, "pm_items[%zu].label needs a Dutch text \"nl\"", k);
      snprintf(p->nl, sizeof p->nl, "%s", a);
      snprintf(p->en, sizeof p->en, "%s", b && *b ? b : a);
    } else if (h->json_string(label) && *h->json_string(label)) {
      snprintf(p->nl, sizeof p->nl, "%s", h->json_string(label));
      snprintf(p->en, sizeof p->en, "%s", h->json_string(label));
    } else {
      return h->config_error(cfg, label ? label : it,
                             "pm_items[%zu] needs \"label\": a text, or {\"nl\": ..., \"en\": ...}",
                             k);
    }
    const char *dir = h->json_string(h->json_get(it, "direction"));
    p->direction = 0;
    for (int d = 0; dir && d < 3; d++)
      if (!strcmp(dir, dirs[d]))
        p->direction = MKBA_PM_POSITIVE + d;
    if (!p->direction)
      return h->config_error(cfg, h->json_get(it, "direction") ? h->json_get(it, "direction") : it,
                             "pm_items[%zu] needs \"direction\": \"positive\", \"negative\" or "
                             "\"unknown\"",
                             k);
    const mkba_json *actor = h->json_get(it, "actor");
    p->actor = MKBA_NO_ACTOR;
    if (actor && (p->actor = h->config_actor(cfg, actor)) < 0)
      return MKBA_ERROR;
    m->n_pm++;
  }
  return MKBA_OK;
}

static int read_counting(const mkba_host *h, mkba_config *cfg, model *m, const mkba_json *v) {
  static const char *const names[] = {"beginning", "end", "life-table"};
  m->counting = MKBA_COUNT_BEGINNING;
  if (!v)
    return MKBA_OK;
  for (int k = 0; k < 3; k++)
    if (h->json_string(v) && !strcmp(h->json_string(v), names[k])) {
      m->counting = k;
      return MKBA_OK;
    }
  return h->config_error(cfg, v,
                         "\"counting\" must be \"beginning\" (the occupancy at the start of each "
                         "year), \"end\" (at its end) or \"life-table\" (their mean, the "
                         "half-cycle correction)");
}

static int configure(const mkba_host *h, mkba_config *cfg, const mkba_json *params, void **out) {
  static const char *const keys[] = {"cohort",      "states",          "start",     "transitions",
                                     "state_costs", "programme_costs", "transfers", "utilities",
                                     "qaly_value",  "price_year",      "counting",  "pm_items",
                                     NULL};
  static const char *const arm_keys[] = {"baseline", "intervention", NULL};
  char path[128], nl[160], en[160];
  if (!MKBA_HOST_HAS(h, config_set_range))
    return h->config_error(cfg, params, "markov needs a host with plugin ABI 1.1 or later");
  if (h->json_check_keys(cfg, params, keys))
    return MKBA_ERROR;
  model *m = calloc(1, sizeof *m);
  if (!m)
    return h->config_error(cfg, params, "out of memory");
  *out = m;
  m->qaly_value = -1;
  for (int s = 0; s < MAX_STATES; s++)
    m->utility[s] = -1;
  const mkba_json *py = h->json_get(params, "price_year");
  if (py && whole(h, cfg, py, "\"price_year\"", 1900, 2200, &m->price_year))
    return MKBA_ERROR;
  if (read_counting(h, cfg, m, h->json_get(params, "counting")))
    return MKBA_ERROR;
  const mkba_json *cohort = h->json_get(params, "cohort");
  if (!cohort)
    return h->config_error(cfg, params, "markov needs \"cohort\", the number of people");
  m->cohort =
      h->config_param(cfg, cohort, "cohort", "Omvang cohort", "Cohort size", "personen", 0, 0, 1e9);
  if (m->cohort < 0 || read_states(h, cfg, m, params))
    return MKBA_ERROR;
  const mkba_json *tr = h->json_get(params, "transitions");
  if (!tr)
    return h->config_error(cfg, params,
                           "markov needs \"transitions\" with \"baseline\" and \"intervention\"");
  if (h->json_check_keys(cfg, tr, arm_keys))
    return MKBA_ERROR;
  for (int a = 0; a < MKBA_N_ARMS; a++) {
    const mkba_json *arm = h->json_get(tr, arm_key[a]);
    if (!arm)
      return h->config_error(cfg, tr, "transitions needs \"%s\"", arm_key[a]);
    if (read_arm(h, cfg, m, arm, a))
      return MKBA_ERROR;
  }
  if (read_lines(h, cfg, m, h->json_get(params, "state_costs"), "state_costs", STATE_COST,
                 &m->costs, &m->n_costs) ||
      read_lines(h, cfg, m, h->json_get(params, "programme_costs"), "programme_costs",
                 PROGRAMME_COST, &m->progs, &m->n_progs) ||
      read_lines(h, cfg, m, h->json_get(params, "transfers"), "transfers", TRANSFER, &m->transfers,
                 &m->n_transfers) ||
      read_pm_items(h, cfg, m, h->json_get(params, "pm_items")))
    return MKBA_ERROR;
  const mkba_json *ut = h->json_get(params, "utilities");
  if (ut) {
    if (h->json_type(ut) != MKBA_JSON_OBJECT)
      return h->config_error(cfg, ut, "\"utilities\" must be an object of state: utility");
    m->has_utilities = 1;
    for (size_t k = 0; k < h->json_size(ut); k++) {
      const char *key;
      const mkba_json *v = h->json_member(ut, k, &key);
      int s = need_state(h, cfg, m, v, key, "utilities");
      if (s < 0)
        return MKBA_ERROR;
      snprintf(path, sizeof path, "utilities.%s", key);
      snprintf(nl, sizeof nl, "Utiliteit %s", key);
      snprintf(en, sizeof en, "Utility %s", key);
      if ((m->utility[s] = h->config_param(cfg, v, path, nl, en, "QALY per jaar", 0, -1, 1)) < 0)
        return MKBA_ERROR;
    }
  }
  const mkba_json *qv = h->json_get(params, "qaly_value");
  if (qv || m->has_utilities) {
    /* Given: euros of price_year.  Not given: the value bank's value of a QALY. */
    m->qaly_value =
        h->config_money_param(cfg, qv, "qaly_value", "Waarde van een QALY", "Value of a QALY",
                              "EUR per QALY", 0, 0, 1e7, m->price_year, qv ? NULL : "qaly_value");
    if (m->qaly_value < 0)
      return MKBA_ERROR;
  }
  return MKBA_OK;
}

/* Build the matrix of period pd of arm a from p; the error names the row. */
static int matrix(const model *m, const period *pd, const double *p, double *P, char *err,
                  size_t errlen) {
  int n = m->n;
  int rest[MAX_STATES];
  double sum[MAX_STATES];
  for (int s = 0; s < n; s++) {
    rest[s] = -1;
    sum[s] = 0;
    for (int r = 0; r < n; r++)
      P[s * n + r] = pd->has_row[s] ? 0 : (s == r); /* no row: absorbing */
  }
  for (int k = 0; k < pd->n_entries; k++) {
    const entry *e = &pd->entries[k];
    if (e->param < 0) {
      rest[e->from] = e->to;
      continue;
    }
    P[e->from * n + e->to] += p[e->param];
    sum[e->from] += p[e->param];
  }
  for (int s = 0; s < n; s++) {
    if (!pd->has_row[s])
      continue;
    if (rest[s] >= 0) {
      double x = 1 - sum[s];
      if (x < -ROW_TOLERANCE || x > 1 + ROW_TOLERANCE) {
        snprintf(err, errlen,
                 "row %s.%s: its probabilities sum to %.10g, so \"rest\" would be %.10g, "
                 "outside [0, 1]",
                 pd->path, m->ids[s], sum[s], x);
        return MKBA_ERROR;
      }
      P[s * n + rest[s]] += x < 0 ? 0 : x;
    } else if (fabs(sum[s] - 1) > ROW_TOLERANCE) {
      snprintf(err, errlen, "row %s.%s sums to %.10g, not 1", pd->path, m->ids[s], sum[s]);
      return MKBA_ERROR;
    }
  }
  return MKBA_OK;
}

/* Book the lines of one kind. */
static int book_lines(const mkba_host *h, mkba_ctx *ctx, const model *m, const line *ls, int n_ls,
                      int kind, const double *occ, const double *p) {
  int H = h->horizon(ctx);
  for (int k = 0; k < n_ls; k++) {
    const line *l = &ls[k];
    int cat =
        h->category(ctx, l->category, l->label[0] ? l->label : NULL, l->label[0] ? l->label : NULL);
    int last = l->last < H ? l->last : H - 1;
    double amount = p[l->param];
    if (cat < 0)
      return MKBA_ERROR;
    if (l->first >= H) /* a variant's shorter horizon ends before the line */
      continue;
    int rc = MKBA_OK;
    if (kind == STATE_COST)
      rc = h->cohort_state_cost_years(ctx, occ, m->n, l->state, l->actor, cat, amount, l->first,
                                      last);
    else if (kind == TRANSFER)
      rc = h->cohort_transfer(ctx, occ, m->n, l->state, l->actor, l->to, cat, amount, l->first,
                              last);
    else if (l->state >= 0)
      rc = h->cohort_programme_cost_years(ctx, occ, m->n, l->state, l->actor, cat, amount, l->first,
                                          last);
    else /* the whole cohort, every year of the line */
      for (int t = l->first; t <= last && rc == MKBA_OK; t++)
        rc = h->flow(ctx, MKBA_INTERVENTION, l->actor, cat, MKBA_COST, t, p[m->cohort] * amount);
    if (rc)
      return MKBA_ERROR;
  }
  return MKBA_OK;
}

static int compute(const mkba_host *h, mkba_ctx *ctx, const void *m_, const double *p, char *err,
                   size_t errlen) {
  const model *m = m_;
  if (!m) {
    snprintf(err, errlen, "markov was not configured");
    return MKBA_ERROR;
  }
  int n = m->n, H = h->horizon(ctx);
  size_t nn = (size_t)n * (size_t)n;
  int np = m->n_periods[0] + m->n_periods[1];
  double *mats = h->scratch(ctx, sizeof(double) * (nn * (size_t)np + (size_t)n));
  double *occ = h->scratch(ctx, sizeof(double) * 2 * (size_t)H * (size_t)n);
  const double **per_year = h->scratch(ctx, sizeof(double *) * 2 * (size_t)H);
  if (!mats || !occ || !per_year) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  double *start = mats + nn * (size_t)np, *P = mats;
  for (int a = 0; a < MKBA_N_ARMS; a++) {
    const double **years = per_year + (size_t)a * H;
    for (int k = 0; k < m->n_periods[a]; k++, P += nn) {
      const period *pd = &m->periods[a][k];
      if (matrix(m, pd, p, P, err, errlen))
        return MKBA_ERROR;
      int end = k + 1 < m->n_periods[a] ? m->periods[a][k + 1].from : H;
      for (int t = pd->from; t < end && t < H; t++)
        years[t] = P;
    }
  }
  double cohort = p[m->cohort];
  for (int s = 0; s < n; s++)
    start[s] = cohort * m->start[s];
  mkba_cohort_ex c = {n, start, m->counting, {per_year, per_year + H}};
  if (h->cohort_run_ex(ctx, &c, occ) ||
      book_lines(h, ctx, m, m->costs, m->n_costs, STATE_COST, occ, p) ||
      book_lines(h, ctx, m, m->progs, m->n_progs, PROGRAMME_COST, occ, p) ||
      book_lines(h, ctx, m, m->transfers, m->n_transfers, TRANSFER, occ, p))
    return MKBA_ERROR;
  if (m->has_utilities) {
    int cat = h->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
    int q = h->outcome_id(ctx, "qaly", "QALY's", "QALYs", "QALY");
    if (cat < 0 || q < 0)
      return MKBA_ERROR;
    for (int t = 0; t < H; t++) {
      double u[MKBA_N_ARMS] = {0, 0};
      for (int a = 0; a < MKBA_N_ARMS; a++)
        for (int s = 0; s < n; s++)
          if (m->utility[s] >= 0)
            u[a] += occ[((size_t)a * H + t) * n + s] * p[m->utility[s]];
      if (h->outcome(ctx, q, MKBA_BASELINE, t, u[0]) ||
          h->outcome(ctx, q, MKBA_INTERVENTION, t, u[1]) ||
          h->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat, MKBA_BENEFIT, t,
                  (u[1] - u[0]) * p[m->qaly_value]))
        return MKBA_ERROR;
    }
  }
  for (int k = 0; k < m->n_pm; k++)
    if (h->pm_item(ctx, m->pm_items[k].nl, m->pm_items[k].en, m->pm_items[k].direction,
                   m->pm_items[k].actor))
      return MKBA_ERROR;
  const char *ids[MAX_STATES];
  for (int s = 0; s < n; s++)
    ids[s] = m->ids[s];
  return h->cohort_person_years(ctx, occ, n, ids);
}

/*
 * The matrix of period pd for every draw of a block: entry (s, r) of draw
 * l at P[(s * n + r) * nb + l], built in matrix()'s order of arithmetic so
 * that each draw's matrix is bit for bit compute()'s.
 */
MKBA_VECTOR_CLONES static int matrix_block(const model *m, const period *pd, const double *const *p,
                                           int nb, double *P, double *sum, char *err,
                                           size_t errlen) {
  int n = m->n;
  int rest[MAX_STATES];
  for (int s = 0; s < n; s++) {
    rest[s] = -1;
    for (int l = 0; l < nb; l++)
      sum[(size_t)s * nb + l] = 0;
    for (int r = 0; r < n; r++)
      for (int l = 0; l < nb; l++)
        P[((size_t)s * n + r) * nb + l] = pd->has_row[s] ? 0 : (s == r);
  }
  for (int k = 0; k < pd->n_entries; k++) {
    const entry *e = &pd->entries[k];
    if (e->param < 0) {
      rest[e->from] = e->to;
      continue;
    }
    double *x = P + ((size_t)e->from * n + e->to) * nb, *su = sum + (size_t)e->from * nb;
    const double *v = p[e->param];
    for (int l = 0; l < nb; l++) {
      x[l] += v[l];
      su[l] += v[l];
    }
  }
  for (int s = 0; s < n; s++) {
    if (!pd->has_row[s])
      continue;
    const double *su = sum + (size_t)s * nb;
    for (int l = 0; l < nb; l++) {
      if (rest[s] >= 0) {
        double x = 1 - su[l];
        if (x < -ROW_TOLERANCE || x > 1 + ROW_TOLERANCE) {
          snprintf(err, errlen,
                   "row %s.%s: its probabilities sum to %.10g, so \"rest\" would be %.10g, "
                   "outside [0, 1]",
                   pd->path, m->ids[s], su[l], x);
          return MKBA_ERROR;
        }
        P[((size_t)s * n + rest[s]) * nb + l] += x < 0 ? 0 : x;
      } else if (fabs(su[l] - 1) > ROW_TOLERANCE) {
        snprintf(err, errlen, "row %s.%s sums to %.10g, not 1", pd->path, m->ids[s], su[l]);
        return MKBA_ERROR;
      }
    }
  }
  return MKBA_OK;
}

/* The lines of one kind for every draw of a block, as book_lines books them. */
static int book_lines_block(const mkba_host *h, mkba_block *b, const model *m, const line *ls,
                            int n_ls, int kind, const double *occ, const double *const *p, int nb,
                            double *tmp) {
  int H = h->block_horizon(b);
  static const enum mkba_line_rule rule[] = {MKBA_LINE_STATE_COST, MKBA_LINE_PROGRAMME_COST,
                                             MKBA_LINE_TRANSFER};
  for (int k = 0; k < n_ls; k++) {
    const line *l = &ls[k];
    int last = l->last < H ? l->last : H - 1;
    if (l->first >= H) /* a variant's shorter horizon ends before the line */
      continue;
    if (kind != PROGRAMME_COST || l->state >= 0) {
      if (MKBA_BLOCK_LINE(h, b, .rule = rule[kind], .occ = occ, .n_states = m->n, .state = l->state,
                          .actor = l->actor, .to = l->to, .amount = p[l->param], .first = l->first,
                          .last = last))
        return MKBA_ERROR;
      continue;
    }
    /* The whole cohort, every year of the line: cohort size x amount. */
    for (int d = 0; d < nb; d++)
      tmp[d] = p[m->cohort][d] * p[l->param][d];
    for (int t = l->first; t <= last; t++)
      if (MKBA_BLOCK_POST(h, b, .arm = MKBA_INTERVENTION, .kind = MKBA_COST, .actor = l->actor,
                          .year = t, .amount = tmp))
        return MKBA_ERROR;
  }
  return MKBA_OK;
}

/*
 * compute() for a block of Monte Carlo draws (ABI 1.5): the same model with
 * every number an array over the draws; the cohort is propagated for all
 * draws at once.  Outcomes, person-years and PM items are left out, since
 * Monte Carlo keeps only NPVs.
 */
MKBA_VECTOR_CLONES static int compute_block(const mkba_host *h, mkba_block *b, const void *m_,
                                            const double *const *p, int nb, char *err,
                                            size_t errlen) {
  const model *m = m_;
  if (!m) {
    snprintf(err, errlen, "markov was not configured");
    return MKBA_ERROR;
  }
  int n = m->n, H = h->block_horizon(b);
  size_t nn = (size_t)n * (size_t)n, lanes = (size_t)nb;
  int np = m->n_periods[0] + m->n_periods[1];
  double *mats = h->block_scratch(b, sizeof(double) * (nn * (size_t)np + (size_t)n) * lanes);
  double *occ = h->block_scratch(b, sizeof(double) * 2 * (size_t)H * (size_t)n * lanes);
  double *sum = h->block_scratch(b, sizeof(double) * (size_t)n * lanes);
  double *tmp = h->block_scratch(b, sizeof(double) * 3 * lanes);
  const double **per_year = h->block_scratch(b, sizeof(double *) * 2 * (size_t)H);
  if (!mats || !occ || !sum || !tmp || !per_year) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  double *start = mats + nn * (size_t)np * lanes, *P = mats;
  for (int t = 0; t < 2 * H; t++) /* block scratch is not zeroed: a year no period covers is NULL */
    per_year[t] = NULL;
  for (int a = 0; a < MKBA_N_ARMS; a++) {
    const double **years = per_year + (size_t)a * H;
    for (int k = 0; k < m->n_periods[a]; k++, P += nn * lanes) {
      const period *pd = &m->periods[a][k];
      if (matrix_block(m, pd, p, nb, P, sum, err, errlen))
        return MKBA_ERROR;
      int end = k + 1 < m->n_periods[a] ? m->periods[a][k + 1].from : H;
      for (int t = pd->from; t < end && t < H; t++)
        years[t] = P;
    }
  }
  for (int s = 0; s < n; s++)
    for (int l = 0; l < nb; l++)
      start[(size_t)s * lanes + l] = p[m->cohort][l] * m->start[s];
  mkba_cohort_ex c = {n, start, m->counting, {per_year, per_year + H}};
  if (h->block_cohort_run(b, &c, occ) ||
      book_lines_block(h, b, m, m->costs, m->n_costs, STATE_COST, occ, p, nb, tmp) ||
      book_lines_block(h, b, m, m->progs, m->n_progs, PROGRAMME_COST, occ, p, nb, tmp) ||
      book_lines_block(h, b, m, m->transfers, m->n_transfers, TRANSFER, occ, p, nb, tmp))
    return MKBA_ERROR;
  if (m->has_utilities) { /* QALYs valued in euros, year by year, as compute() posts them */
    size_t row = (size_t)n * lanes;
    for (int t = 0; t < H; t++) {
      /* three distinct arrays: restrict lets the loops below use vectors */
      double *restrict u0 = tmp, *restrict u1 = tmp + lanes, *restrict x = tmp + 2 * lanes;
      for (int l = 0; l < nb; l++)
        u0[l] = u1[l] = 0;
      for (int s = 0; s < n; s++) {
        if (m->utility[s] < 0)
          continue;
        const double *restrict o0 = occ + (size_t)t * row + (size_t)s * lanes;
        const double *restrict o1 = occ + ((size_t)H + t) * row + (size_t)s * lanes;
        const double *restrict ut = p[m->utility[s]];
        for (int l = 0; l < nb; l++) {
          u0[l] += o0[l] * ut[l];
          u1[l] += o1[l] * ut[l];
        }
      }
      for (int l = 0; l < nb; l++)
        x[l] = (u1[l] - u0[l]) * p[m->qaly_value][l];
      if (MKBA_BLOCK_POST(h, b, .arm = MKBA_INTERVENTION, .kind = MKBA_BENEFIT,
                          .actor = MKBA_DEELNEMER, .year = t, .amount = x))
        return MKBA_ERROR;
    }
  }
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "markov", .version = "1.1.0", .title_nl = "Markov-cohortmodel (ingevoerd)",
            .title_en = "Markov cohort model (typed in)",
            .summary_nl = "Een cohort dat jaarlijks tussen toestanden beweegt, met en zonder "
                          "interventie; kosten, overdrachten en QALY's per persoonsjaar, met "
                          "perioden en telwijze.",
            .summary_en = "A cohort moving between states each year, with and without the "
                          "intervention; costs, transfers and QALYs per person-year, with "
                          "periods and a counting rule.",
            .configure = configure, .release = release, .compute = compute,
            .compute_block = compute_block)
