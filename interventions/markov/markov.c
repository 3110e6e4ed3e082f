/*
 * markov.c - a cohort state-transition model written in the scenario's
 * JSON (CONTRACT.md section 6), run on the SDK's cohort helper.
 *
 * Every number of the model (cohort, each transition probability, each
 * cost, utility and the QALY value) becomes a parameter with a stable id,
 * the JSON path inside params, so that the report lists it and the
 * uncertainty analysis can vary it.  A row's "rest" absorbs what the other
 * entries of the row leave, in the base case and in every Monte Carlo draw.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_STATES 64
#define MAX_ID 64
/* Rows must sum to one within this (CONTRACT.md). */
#define ROW_TOLERANCE 1e-9

static const char *const arm_key[MKBA_N_ARMS] = {"baseline", "intervention"};

typedef struct entry {
  int from, to; /* states */
  int param;    /* parameter index, or -1 for "rest" */
} entry;

typedef struct cost_line {
  int state;             /* state, or -1: the whole cohort (programme costs only) */
  int actor;             /* who bears it */
  char category[MAX_ID]; /* category id */
  int param;             /* amount per person-year */
} cost_line;

typedef struct model {
  int n;                        /* states */
  char ids[MAX_STATES][MAX_ID]; /* state ids */
  double start[MAX_STATES];     /* start shares, summing to 1 */
  int cohort;                   /* parameter index */
  int n_entries[MKBA_N_ARMS];
  entry *entries[MKBA_N_ARMS]; /* the transition entries given */
  int has_row[MKBA_N_ARMS][MAX_STATES];
  int n_costs, n_progs;
  cost_line *costs, *progs;
  int utility[MAX_STATES]; /* parameter index, or -1 for 0 */
  int has_utilities;
  int qaly_value; /* parameter index, or -1 */
} model;

static void release(void *m_) {
  model *m = m_;
  if (!m)
    return;
  free(m->entries[0]);
  free(m->entries[1]);
  free(m->costs);
  free(m->progs);
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

static int read_states(const mkba_host *h, mkba_config *cfg, model *m, const mkba_json *params) {
  const mkba_json *st = h->json_get(params, "states");
  if (h->json_type(st) != MKBA_JSON_ARRAY || h->json_size(st) == 0 || h->json_size(st) > MAX_STATES)
    return h->config_error(cfg, st ? st : params,
                           "markov needs \"states\", an array of 1 "
                           "to %d state ids",
                           MAX_STATES);
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

static int read_arm(const mkba_host *h, mkba_config *cfg, model *m, const mkba_json *arm, int a) {
  char path[256], nl[256], en[256];
  if (h->json_type(arm) != MKBA_JSON_OBJECT)
    return h->config_error(cfg, arm, "transitions.%s must be an object of rows", arm_key[a]);
  size_t cap = (size_t)m->n * (size_t)m->n;
  m->entries[a] = calloc(cap + 1, sizeof *m->entries[a]);
  if (!m->entries[a])
    return h->config_error(cfg, arm, "out of memory");
  for (size_t r = 0; r < h->json_size(arm); r++) {
    const char *from_id;
    const mkba_json *row = h->json_member(arm, r, &from_id);
    snprintf(path, sizeof path, "transitions.%s", arm_key[a]);
    int from = need_state(h, cfg, m, row, from_id, path);
    if (from < 0)
      return MKBA_ERROR;
    if (h->json_type(row) != MKBA_JSON_OBJECT)
      return h->config_error(cfg, row,
                             "transitions.%s.%s must be an object such as "
                             "{\"opvang\": 0.3, \"%s\": \"rest\"}",
                             arm_key[a], from_id, from_id);
    m->has_row[a][from] = 1;
    int rests = 0, uncertain = 0;
    double sum = 0;
    for (size_t c = 0; c < h->json_size(row); c++) {
      const char *to_id;
      const mkba_json *v = h->json_member(row, c, &to_id);
      snprintf(path, sizeof path, "transitions.%s.%s", arm_key[a], from_id);
      int to = need_state(h, cfg, m, v, to_id, path);
      if (to < 0)
        return MKBA_ERROR;
      entry *e = &m->entries[a][m->n_entries[a]++];
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
      snprintf(path, sizeof path, "transitions.%s.%s.%s", arm_key[a], from_id, to_id);
      snprintf(nl, sizeof nl, "Kans %s naar %s (%s)", from_id, to_id,
               a ? "interventie" : "nulalternatief");
      snprintf(en, sizeof en, "Probability %s to %s (%s)", from_id, to_id, arm_key[a]);
      e->param = h->config_param(cfg, v, path, nl, en, "kans per jaar", 0, 0, 1);
      if (e->param < 0)
        return MKBA_ERROR;
      uncertain |= h->json_type(v) == MKBA_JSON_OBJECT;
      sum += h->config_value(cfg, e->param);
    }
    snprintf(path, sizeof path, "transitions.%s.%s", arm_key[a], from_id);
    if (!rests && uncertain)
      return h->config_error(cfg, row,
                             "%s has uncertain probabilities but no \"rest\" to "
                             "absorb them; add e.g. \"%s\": \"rest\"",
                             path, from_id);
    if (rests && sum > 1 + ROW_TOLERANCE)
      return h->config_error(cfg, row,
                             "%s: the probabilities sum to %.10g, so \"rest\" would "
                             "be %.10g; a row must sum to 1",
                             path, sum, 1 - sum);
    if (!rests && !uncertain && fabs(sum - 1) > ROW_TOLERANCE)
      return h->config_error(cfg, row,
                             "%s sums to %.10g; a row must sum to 1 (or use "
                             "\"rest\")",
                             path, sum);
  }
  return MKBA_OK;
}

static int read_costs(const mkba_host *h, mkba_config *cfg, model *m, const mkba_json *arr,
                      const char *name, int programme, cost_line **out, int *n) {
  static const char *const keys[] = {"state", "actor", "category", "amount", NULL};
  char path[128], nl[256], en[256];
  if (!arr)
    return MKBA_OK;
  if (h->json_type(arr) != MKBA_JSON_ARRAY)
    return h->config_error(cfg, arr, "\"%s\" must be an array", name);
  *out = calloc(h->json_size(arr) + 1, sizeof **out);
  if (!*out)
    return h->config_error(cfg, arr, "out of memory");
  for (size_t k = 0; k < h->json_size(arr); k++) {
    const mkba_json *line = h->json_at(arr, k);
    cost_line *c = &(*out)[k];
    if (h->json_check_keys(cfg, line, keys))
      return MKBA_ERROR;
    const mkba_json *st = h->json_get(line, "state");
    c->state = -1;
    if (st) {
      snprintf(path, sizeof path, "%s[%zu].state", name, k);
      if ((c->state = need_state(h, cfg, m, st, h->json_string(st), path)) < 0)
        return MKBA_ERROR;
    } else if (!programme) {
      return h->config_error(cfg, line, "%s[%zu] needs \"state\"", name, k);
    }
    const mkba_json *actor = h->json_get(line, "actor");
    if (!actor)
      return h->config_error(cfg, line, "%s[%zu] needs \"actor\"", name, k);
    if ((c->actor = h->config_actor(cfg, actor)) < 0)
      return MKBA_ERROR;
    const mkba_json *cat = h->json_get(line, "category");
    if (!cat || !valid_id(h->json_string(cat)))
      return h->config_error(cfg, cat ? cat : line,
                             "%s[%zu] needs \"category\", an id "
                             "such as \"opvang\"",
                             name, k);
    snprintf(c->category, sizeof c->category, "%s", h->json_string(cat));
    const mkba_json *amount = h->json_get(line, "amount");
    if (!amount)
      return h->config_error(cfg, line, "%s[%zu] needs \"amount\"", name, k);
    snprintf(path, sizeof path, "%s[%zu].amount", name, k);
    const char *where = c->state >= 0 ? m->ids[c->state] : (programme ? "cohort" : "");
    snprintf(nl, sizeof nl, "%s %s (%s)", programme ? "Programmakosten" : "Kosten", c->category,
             where);
    snprintf(en, sizeof en, "%s %s (%s)", programme ? "Programme cost" : "Cost", c->category,
             where);
    c->param = h->config_param(cfg, amount, path, nl, en, "EUR per persoon per jaar", 0, -1e9, 1e9);
    if (c->param < 0)
      return MKBA_ERROR;
    (*n)++;
  }
  return MKBA_OK;
}

static int configure(const mkba_host *h, mkba_config *cfg, const mkba_json *params, void **out) {
  static const char *const keys[] = {"cohort",      "states",      "start",
                                     "transitions", "state_costs", "programme_costs",
                                     "utilities",   "qaly_value",  NULL};
  static const char *const arm_keys[] = {"baseline", "intervention", NULL};
  char path[128], nl[160], en[160];
  if (h->json_check_keys(cfg, params, keys))
    return MKBA_ERROR;
  model *m = calloc(1, sizeof *m);
  if (!m)
    return h->config_error(cfg, params, "out of memory");
  *out = m;
  m->qaly_value = -1;
  for (int s = 0; s < MAX_STATES; s++)
    m->utility[s] = -1;
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
                           "markov needs \"transitions\" with \"baseline\" and "
                           "\"intervention\"");
  if (h->json_check_keys(cfg, tr, arm_keys))
    return MKBA_ERROR;
  for (int a = 0; a < MKBA_N_ARMS; a++) {
    const mkba_json *arm = h->json_get(tr, arm_key[a]);
    if (!arm)
      return h->config_error(cfg, tr, "transitions needs \"%s\"", arm_key[a]);
    if (read_arm(h, cfg, m, arm, a))
      return MKBA_ERROR;
  }
  if (read_costs(h, cfg, m, h->json_get(params, "state_costs"), "state_costs", 0, &m->costs,
                 &m->n_costs) ||
      read_costs(h, cfg, m, h->json_get(params, "programme_costs"), "programme_costs", 1, &m->progs,
                 &m->n_progs))
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
    /* At least EUR 50,000 per QALY: van Gils, Schoemaker, Polder, NTvG 2013;157:A6507. */
    m->qaly_value = h->config_param(cfg, qv, "qaly_value", "Waarde van een QALY", "Value of a QALY",
                                    "EUR per QALY", 50000, 0, 1e7);
    if (m->qaly_value < 0)
      return MKBA_ERROR;
  }
  return MKBA_OK;
}

/* Build the transition matrix of arm a from p; error names the row. */
static int matrix(const mkba_host *h, mkba_ctx *ctx, const model *m, const double *p, int a,
                  double *P, char *err, size_t errlen) {
  (void)h;
  (void)ctx;
  int n = m->n;
  int rest[MAX_STATES];
  double sum[MAX_STATES];
  for (int s = 0; s < n; s++) {
    rest[s] = -1;
    sum[s] = 0;
    for (int r = 0; r < n; r++)
      P[s * n + r] = m->has_row[a][s] ? 0 : (s == r); /* no row: absorbing */
  }
  for (int k = 0; k < m->n_entries[a]; k++) {
    const entry *e = &m->entries[a][k];
    if (e->param < 0) {
      rest[e->from] = e->to;
      continue;
    }
    P[e->from * n + e->to] += p[e->param];
    sum[e->from] += p[e->param];
  }
  for (int s = 0; s < n; s++) {
    if (!m->has_row[a][s])
      continue;
    if (rest[s] >= 0) {
      double x = 1 - sum[s];
      if (x < -ROW_TOLERANCE || x > 1 + ROW_TOLERANCE) {
        snprintf(err, errlen,
                 "row transitions.%s.%s: its probabilities sum to %.10g, so "
                 "\"rest\" would be %.10g, outside [0, 1]",
                 arm_key[a], m->ids[s], sum[s], x);
        return MKBA_ERROR;
      }
      P[s * n + rest[s]] += x < 0 ? 0 : x;
    } else if (fabs(sum[s] - 1) > ROW_TOLERANCE) {
      snprintf(err, errlen, "row transitions.%s.%s sums to %.10g, not 1", arm_key[a], m->ids[s],
               sum[s]);
      return MKBA_ERROR;
    }
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
  double *P0 =
      h->scratch(ctx, sizeof(double) * (size_t)n * (size_t)n * 2 + sizeof(double) * (size_t)n);
  double *occ = h->scratch(ctx, sizeof(double) * 2 * (size_t)H * (size_t)n);
  if (!P0 || !occ) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  double *P1 = P0 + (size_t)n * (size_t)n, *start = P1 + (size_t)n * (size_t)n;
  if (matrix(h, ctx, m, p, MKBA_BASELINE, P0, err, errlen) ||
      matrix(h, ctx, m, p, MKBA_INTERVENTION, P1, err, errlen))
    return MKBA_ERROR;
  double cohort = p[m->cohort];
  for (int s = 0; s < n; s++)
    start[s] = cohort * m->start[s];
  mkba_cohort c = {n, start, {P0, P1}};
  if (h->cohort_run(ctx, &c, occ))
    return MKBA_ERROR;
  for (int k = 0; k < m->n_costs; k++) {
    const cost_line *l = &m->costs[k];
    int cat = h->category(ctx, l->category, NULL, NULL);
    if (cat < 0 || h->cohort_state_cost(ctx, occ, n, l->state, l->actor, cat, p[l->param]))
      return MKBA_ERROR;
  }
  for (int k = 0; k < m->n_progs; k++) {
    const cost_line *l = &m->progs[k];
    int cat = h->category(ctx, l->category, NULL, NULL);
    if (cat < 0)
      return MKBA_ERROR;
    if (l->state >= 0) {
      if (h->cohort_programme_cost(ctx, occ, n, l->state, l->actor, cat, p[l->param]))
        return MKBA_ERROR;
    } else {
      for (int t = 0; t < H; t++)
        if (h->flow(ctx, MKBA_INTERVENTION, l->actor, cat, MKBA_COST, t, cohort * p[l->param]))
          return MKBA_ERROR;
    }
  }
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
  const char *ids[MAX_STATES];
  for (int s = 0; s < n; s++)
    ids[s] = m->ids[s];
  return h->cohort_person_years(ctx, occ, n, ids);
}

MKBA_PLUGIN(.name = "markov", .version = "1.0.0", .title_nl = "Markov-cohortmodel (ingevoerd)",
            .title_en = "Markov cohort model (typed in)",
            .summary_nl = "Een cohort dat jaarlijks tussen toestanden beweegt, met en zonder "
                          "interventie; kosten per persoonsjaar en QALY's.",
            .summary_en = "A cohort moving between states each year, with and without the "
                          "intervention; costs per person-year and QALYs.",
            .configure = configure, .release = release, .compute = compute)
