/* compare.c - ranking, discounting regimes and warnings; see compare.h. */
#include "compare.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors.h"
#include "format.h"
#include "jnum.h"
#include "words.h"

#define A MKBA_N_ACTORS

static double npv_of(const mkba_eval *e) { return e->total.pv_benefits - e->total.pv_costs; }

/* The Monte Carlo summary `mc` of intervention k (the package's with one). */
static const json_t *mc_of(const mkba_run *run, const json_t *mc, size_t k) {
  if (!mc)
    return NULL;
  if (run->n == 1)
    return mc;
  return json_array_get(json_object_get(mc, "interventions"), k);
}

json_t *mkba_ranking(const mkba_run *run, const json_t *uncertainty) {
  if (run->n < 2)
    return NULL;
  size_t *order = malloc(run->n * sizeof *order);
  if (!order)
    return NULL;
  for (size_t k = 0; k < run->n; k++)
    order[k] = k;
  /* Insertion sort, best NPV first; ties keep the scenario's order. */
  for (size_t i = 1; i < run->n; i++)
    for (size_t j = i; j > 0 && npv_of(&run->eval[order[j]]) > npv_of(&run->eval[order[j - 1]]);
         j--) {
      size_t t = order[j];
      order[j] = order[j - 1];
      order[j - 1] = t;
    }
  json_t *arr = json_array();
  for (size_t i = 0; i < run->n; i++) {
    size_t k = order[i];
    const json_t *mc = mc_of(run, uncertainty, k);
    json_t *o = json_object();
    json_object_set_new(o, "rank", json_integer((json_int_t)i + 1));
    json_object_set_new(o, "intervention", json_integer((json_int_t)k));
    json_object_set_new(o, "label", json_string(run->iv[k]->label));
    json_object_set_new(o, "npv", mkba_jnum(npv_of(&run->eval[k])));
    json_object_set_new(
        o, "bcr",
        run->eval[k].total.pv_costs != 0
            ? mkba_jnum(run->eval[k].total.pv_benefits / run->eval[k].total.pv_costs)
            : json_null());
    const json_t *pb = mc ? json_object_get(mc, "p_best") : NULL;
    json_object_set_new(o, "p_best", pb ? json_incref((json_t *)pb) : json_null());
    const json_t *pp = mc ? json_object_get(mc, "p_npv_positive") : NULL;
    json_object_set_new(o, "p_npv_positive", pp ? json_incref((json_t *)pp) : json_null());
    json_array_append_new(arr, o);
  }
  free(order);
  return arr;
}

/* The three regimes of mkba_discount_sensitivity, from the scenario's base year. */
static void regime(int which, int base_year, mkba_discount *d) {
  memset(d, 0, sizeof *d);
  d->base_year = base_year;
  if (which == 0) {
    d->rate = 0.0225;
  } else if (which == 1) {
    d->rate = 0.03;
  } else {
    d->is_schedule = 1;
    d->n_steps = 2;
    d->from[0] = 0;
    d->rates[0] = 0.028;
    d->from[1] = 35;
    d->rates[1] = 0.018;
    d->rate = 0.028;
  }
}

json_t *mkba_discount_sensitivity(const mkba_run *run, const mkba_ctx *c) {
  static const char *const ids[] = {"standaard_2020", "standaard_2015", "termijnstructuur_2025"};
  const mkba_words *words = mkba_words_for(mkba_lang_of(run->lang));
  const char *const labels[] = {words->regime_std_2020, words->regime_std_2015,
                                words->regime_term_2025};
  const mkba_scenario *s = run->scen;
  double *df = malloc((size_t)s->horizon * sizeof *df);
  if (!df)
    return NULL;
  json_t *arr = json_array();
  for (int w = 0; w < 3; w++) {
    mkba_discount d;
    mkba_eval e;
    regime(w, s->discount.base_year, &d);
    mkba_discount_factors(&d, s->start_year, s->horizon, df);
    if (mkba_evaluate(c, df, s->start_year, &e)) {
      json_decref(arr);
      free(df);
      return NULL;
    }
    json_t *o = json_object(), *disc = json_object();
    json_object_set_new(o, "id", json_string(ids[w]));
    json_object_set_new(o, "label", json_string(labels[w]));
    if (d.is_schedule) {
      json_t *steps = json_array();
      for (int k = 0; k < d.n_steps; k++) {
        json_t *st = json_object();
        json_object_set_new(st, "from", json_integer(d.from[k]));
        json_object_set_new(st, "rate", mkba_jnum(d.rates[k]));
        json_array_append_new(steps, st);
      }
      json_object_set_new(disc, "schedule", steps);
    } else {
      json_object_set_new(disc, "rate", mkba_jnum(d.rate));
    }
    json_object_set_new(disc, "base_year", json_integer(d.base_year));
    json_object_set_new(o, "discount", disc);
    json_object_set_new(o, "pv_costs", mkba_jnum(e.total.pv_costs));
    json_object_set_new(o, "pv_benefits", mkba_jnum(e.total.pv_benefits));
    json_object_set_new(o, "npv", mkba_jnum(npv_of(&e)));
    json_object_set_new(o, "bcr",
                        e.total.pv_costs != 0 ? mkba_jnum(e.total.pv_benefits / e.total.pv_costs)
                                              : json_null());
    json_array_append_new(arr, o);
    mkba_eval_clear(&e);
  }
  free(df);
  return arr;
}

static json_t *warning(const char *code, const char *nl, const char *en, json_t *ivs) {
  json_t *o = json_object(), *m = json_object();
  json_object_set_new(o, "code", json_string(code));
  json_object_set_new(m, "nl", json_string(nl));
  json_object_set_new(m, "en", json_string(en));
  json_object_set_new(o, "message", m);
  json_object_set_new(o, "interventions", ivs ? ivs : json_array());
  return o;
}

/* 1 when ledger c books a benefit for `actor` in category `id` in some year. */
static int books_benefit(const mkba_ctx *c, const char *id, int actor) {
  int k = mkba_ctx_find_category(c, id);
  for (int t = 0; k >= 0 && t < c->horizon; t++)
    if (mkba_ctx_net(c, k, t, actor, MKBA_BENEFIT) != 0)
      return 1;
  return 0;
}

/* "0 (Housing First), 2 (Skaeve Huse)" into buf. */
static void member_list(const mkba_run *run, const int *member, char *buf, size_t len) {
  size_t used = 0;
  buf[0] = '\0';
  for (size_t k = 0; k < run->n && used + 1 < len; k++)
    if (member[k])
      used += (size_t)snprintf(buf + used, len - used, "%s%zu (%s)", used ? ", " : "", k,
                               run->iv[k]->label);
}

static void overlap_warnings(const mkba_run *run, json_t *out) {
  const mkba_ctx *total = run->total;
  int *member = calloc(run->n, sizeof *member);
  if (!member)
    return;
  for (int j = 0; j < total->n_cat; j++) {
    const char *id = total->cat_id[j];
    char actors_nl[256] = "", actors_en[256] = "";
    size_t un = 0, ue = 0;
    int any = 0;
    memset(member, 0, run->n * sizeof *member);
    for (int a = 0; a < A; a++) {
      int count = 0;
      for (size_t k = 0; k < run->n; k++)
        count += books_benefit(run->ledger[k], id, a);
      if (count < 2)
        continue;
      any = 1;
      for (size_t k = 0; k < run->n; k++)
        member[k] |= books_benefit(run->ledger[k], id, a);
      un += (size_t)snprintf(actors_nl + un, sizeof actors_nl - un, "%s%s", un ? ", " : "",
                             mkba_words_actor(mkba_words_for(MKBA_LANG_NL), a));
      ue += (size_t)snprintf(actors_en + ue, sizeof actors_en - ue, "%s%s", ue ? ", " : "",
                             mkba_words_actor(mkba_words_for(MKBA_LANG_EN), a));
    }
    if (!any)
      continue;
    char who[1024], text[2][2048];
    member_list(run, member, who, sizeof who);
    for (int l = 0; l < 2; l++)
      mkba_tpl(text[l], sizeof text[l], mkba_words_for((mkba_lang)l)->warn_overlap, who, id,
               l == MKBA_LANG_NL ? actors_nl : actors_en, NULL);
    json_t *ivs = json_array();
    for (size_t k = 0; k < run->n; k++)
      if (member[k])
        json_array_append_new(ivs, json_integer((json_int_t)k));
    json_array_append_new(out, warning("overlap", text[MKBA_LANG_NL], text[MKBA_LANG_EN], ivs));
  }
  free(member);
}

/* One base-case-versus-mean check: for intervention k, or the package (k < 0). */
static void mean_warning(const mkba_run *run, long k, const json_t *mc, double base, json_t *out) {
  double mean = json_number_value(json_object_get(mc, "npv_mean"));
  double sd = json_number_value(json_object_get(mc, "npv_sd"));
  if (!(sd > 0) || !(fabs(base - mean) > 0.25 * sd))
    return;
  char text[2][1024];
  for (int l = 0; l < 2; l++) {
    const mkba_words *w = mkba_words_for((mkba_lang)l);
    char b[64], m[64], s[64], who[320], idx[32];
    mkba_text_money(base, b, sizeof b, (mkba_lang)l);
    mkba_text_money(mean, m, sizeof m, (mkba_lang)l);
    mkba_text_money(sd, s, sizeof s, (mkba_lang)l);
    snprintf(idx, sizeof idx, "%ld", k);
    if (k < 0)
      snprintf(who, sizeof who, "%s", run->n > 1 ? w->warn_mean_package : "");
    else
      mkba_tpl(who, sizeof who, w->warn_mean_intervention, idx, run->iv[k]->label, NULL, NULL);
    if (*who) /* the template runs on into the next word */
      snprintf(who + strlen(who), sizeof who - strlen(who), " ");
    mkba_tpl(text[l], sizeof text[l], w->warn_mean, who, b, s, m);
  }
  json_t *ivs = json_array();
  if (k >= 0)
    json_array_append_new(ivs, json_integer(k));
  else
    for (size_t j = 0; j < run->n; j++)
      json_array_append_new(ivs, json_integer((json_int_t)j));
  json_array_append_new(
      out, warning("base_case_far_from_mean", text[MKBA_LANG_NL], text[MKBA_LANG_EN], ivs));
}

json_t *mkba_warnings(const mkba_run *run, const json_t *uncertainty) {
  json_t *out = json_array();
  if (run->n > 1 && run->scen->comparison == MKBA_COMPARISON_PACKAGE)
    overlap_warnings(run, out);
  if (uncertainty) {
    if (run->n == 1 || run->scen->comparison == MKBA_COMPARISON_PACKAGE)
      mean_warning(run, -1, uncertainty, npv_of(&run->total_eval), out);
    for (size_t k = 0; run->n > 1 && k < run->n; k++)
      mean_warning(run, (long)k, mc_of(run, uncertainty, k), npv_of(&run->eval[k]), out);
  }
  return out;
}
