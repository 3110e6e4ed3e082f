/*
 * results.c - the results document of docs/formats.md, built from a
 * finished run and its analyses; see results.h.  Keys in a fixed order, numbers at full precision,
 * nothing that depends on the clock or the machine: the same input gives the same bytes.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "actors.h"
#include "compare.h"
#include "dist.h"
#include "jnum.h"
#include "results.h"
#include "words.h"

#ifndef MKBA_VERSION
#define MKBA_VERSION "0.0.0"
#endif

#define A MKBA_N_ACTORS

/* 1 when the run writes English. */
static int en(const mkba_run *run) { return mkba_lang_of(run->lang) == MKBA_LANG_EN; }

static json_t *jint(long long x) { return json_integer(x); }

/* Benefits split into budget effects and monetised well-being. */
static void set_split(json_t *o, const mkba_totals *t) {
  json_object_set_new(o, "pv_benefits_budget", mkba_jnum(t->pv_benefits - t->pv_wellbeing));
  json_object_set_new(o, "pv_benefits_wellbeing", mkba_jnum(t->pv_wellbeing));
  json_object_set_new(o, "npv_without_wellbeing",
                      mkba_jnum(t->pv_benefits - t->pv_wellbeing - t->pv_costs));
}

static void set_pv(json_t *o, const mkba_totals *t) {
  json_object_set_new(o, "pv_costs", mkba_jnum(t->pv_costs));
  json_object_set_new(o, "pv_benefits", mkba_jnum(t->pv_benefits));
  json_object_set_new(o, "npv", mkba_jnum(t->pv_benefits - t->pv_costs));
  json_object_set_new(o, "undiscounted_costs", mkba_jnum(t->costs));
  json_object_set_new(o, "undiscounted_benefits", mkba_jnum(t->benefits));
  set_split(o, t);
}

static json_t *summary(const mkba_eval *e) {
  json_t *o = json_object();
  const mkba_totals *t = &e->total;
  json_object_set_new(o, "pv_costs", mkba_jnum(t->pv_costs));
  json_object_set_new(o, "pv_benefits", mkba_jnum(t->pv_benefits));
  json_object_set_new(o, "npv", mkba_jnum(t->pv_benefits - t->pv_costs));
  json_object_set_new(o, "bcr",
                      t->pv_costs != 0 ? mkba_jnum(t->pv_benefits / t->pv_costs) : json_null());
  json_object_set_new(o, "payback_year", e->payback_year ? jint(e->payback_year) : json_null());
  json_object_set_new(o, "irr", mkba_jnum(e->irr));
  json_object_set_new(o, "first_year_return", mkba_jnum(e->first_year_return));
  set_split(o, t);
  return o;
}

static json_t *undiscounted(const mkba_eval *e) {
  json_t *o = json_object();
  json_object_set_new(o, "costs", mkba_jnum(e->total.costs));
  json_object_set_new(o, "benefits", mkba_jnum(e->total.benefits));
  json_object_set_new(o, "net", mkba_jnum(e->total.benefits - e->total.costs));
  return o;
}

static json_t *actors(const mkba_run *run, const mkba_eval *e) {
  json_t *arr = json_array();
  for (int a = 0; a < A; a++) {
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(mkba_actor_id(a)));
    json_object_set_new(o, "label", json_string(mkba_actor_label(a, run->lang)));
    set_pv(o, &e->actor[a]);
    json_object_set_new(o, "payback_year",
                        e->actor_payback[a] ? jint(e->actor_payback[a]) : json_null());
    /* The actor's own budget year by year (undiscounted, transfers counted). */
    json_t *years = json_array();
    for (int t = 0; t < e->horizon; t++) {
      json_t *y = json_object();
      double c = e->actor_costs[(size_t)a * e->horizon + t];
      double b = e->actor_benefits[(size_t)a * e->horizon + t];
      json_object_set_new(y, "year", jint(run->scen->start_year + t));
      json_object_set_new(y, "costs", mkba_jnum(c));
      json_object_set_new(y, "benefits", mkba_jnum(b));
      json_object_set_new(y, "net", mkba_jnum(b - c));
      json_array_append_new(years, y);
    }
    json_object_set_new(o, "years", years);
    json_array_append_new(arr, o);
  }
  return arr;
}

static json_t *perspectives(const mkba_run *run, const mkba_eval *e) {
  static const char *const ids[] = {"maatschappij", "overheid"};
  const mkba_words *w = mkba_words_for(mkba_lang_of(run->lang));
  const char *const labels[] = {w->persp_society, w->persp_government};
  json_t *arr = json_array();
  for (int p = 0; p < MKBA_N_PERSPECTIVES; p++) {
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(ids[p]));
    json_object_set_new(o, "label", json_string(labels[p]));
    set_pv(o, &e->perspective[p]);
    json_array_append_new(arr, o);
  }
  return arr;
}

static json_t *categories(const mkba_run *run, const mkba_ctx *c, const mkba_eval *e) {
  json_t *arr = json_array();
  for (int k = 0; k < c->n_cat; k++) {
    const mkba_totals *t = &e->category[k];
    int used = 0;
    for (size_t i = 0; i < 2 * (size_t)c->horizon * A * 2 && !used; i++)
      used = c->flow[k][i] != 0;
    if (!used)
      continue; /* a category only for transfers is listed under transfers */
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(c->cat_id[k]));
    json_object_set_new(o, "label", json_string(en(run) ? c->cat_en[k] : c->cat_nl[k]));
    set_pv(o, t);
    json_array_append_new(arr, o);
  }
  return arr;
}

static json_t *transfers(const mkba_run *run, const mkba_ctx *c, const mkba_eval *e) {
  json_t *arr = json_array();
  for (int k = 0; k < c->n_cat; k++)
    for (int from = 0; from < A; from++)
      for (int to = 0; to < A; to++) {
        size_t i = ((size_t)k * A + from) * A + to;
        if (e->transfer_sum[i] == 0 && e->transfer_pv[i] == 0)
          continue;
        json_t *o = json_object();
        json_object_set_new(o, "from", json_string(mkba_actor_id(from)));
        json_object_set_new(o, "to", json_string(mkba_actor_id(to)));
        json_object_set_new(o, "category", json_string(c->cat_id[k]));
        json_object_set_new(o, "label", json_string(en(run) ? c->cat_en[k] : c->cat_nl[k]));
        json_object_set_new(o, "pv", mkba_jnum(e->transfer_pv[i]));
        json_object_set_new(o, "undiscounted", mkba_jnum(e->transfer_sum[i]));
        json_array_append_new(arr, o);
      }
  return arr;
}

static json_t *years(const mkba_run *run, const mkba_eval *e) {
  json_t *arr = json_array();
  for (int t = 0; t < e->horizon; t++) {
    json_t *o = json_object();
    const mkba_year *y = &e->year[t];
    json_object_set_new(o, "year", jint(run->scen->start_year + t));
    json_object_set_new(o, "discount_factor", mkba_jnum(run->df[t]));
    json_object_set_new(o, "costs", mkba_jnum(y->costs));
    json_object_set_new(o, "benefits", mkba_jnum(y->benefits));
    json_object_set_new(o, "net", mkba_jnum(y->benefits - y->costs));
    json_object_set_new(o, "pv_net", mkba_jnum(y->pv_net));
    json_object_set_new(o, "cumulative_pv_net", mkba_jnum(y->cumulative_pv_net));
    json_array_append_new(arr, o);
  }
  return arr;
}

static json_t *outcomes(const mkba_run *run, const mkba_ctx *c) {
  json_t *arr = json_array();
  for (int k = 0; k < c->n_out; k++) {
    double b = 0, w = 0;
    for (int t = 0; t < c->horizon; t++) {
      b += c->out[k][t];
      w += c->out[k][c->horizon + t];
    }
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(c->out_id[k]));
    json_object_set_new(o, "label", json_string(en(run) ? c->out_en[k] : c->out_nl[k]));
    json_object_set_new(o, "unit", json_string(c->out_unit[k]));
    json_object_set_new(o, "baseline", mkba_jnum(b));
    json_object_set_new(o, "intervention", mkba_jnum(w));
    json_object_set_new(o, "difference", mkba_jnum(w - b));
    json_array_append_new(arr, o);
  }
  return arr;
}

static json_t *pm_items(const mkba_run *run, const mkba_ctx *c) {
  static const char *const dir[] = {"", "positive", "negative", "unknown"};
  json_t *arr = json_array();
  for (int k = 0; k < c->n_pm; k++) {
    json_t *o = json_object();
    json_object_set_new(o, "label", json_string(en(run) ? c->pm[k].label_en : c->pm[k].label_nl));
    json_object_set_new(o, "direction", json_string(dir[c->pm[k].direction]));
    json_object_set_new(
        o, "actor", c->pm[k].actor >= 0 ? json_string(mkba_actor_id(c->pm[k].actor)) : json_null());
    json_array_append_new(arr, o);
  }
  return arr;
}

static json_t *scenario(const mkba_run *run) {
  const mkba_scenario *s = run->scen;
  json_t *o = json_object(), *disc = json_object();
  json_object_set_new(o, "title", json_string(s->title));
  if (s->author)
    json_object_set_new(o, "author", json_string(s->author));
  /* The business case's date, "YYYY-MM-DD", checked by the scenario reader;
     absent when the scenario gives none, so the same input gives the same bytes. */
  const json_t *date = json_object_get(mkba_jdoc_root(s->doc), "date");
  if (json_is_string(date))
    json_object_set_new(o, "date", json_string(json_string_value(date)));
  json_object_set_new(o, "region", json_string(s->region));
  json_object_set_new(o, "region_label",
                      json_string(en(run) ? run->region->label_en : run->region->label_nl));
  json_object_set_new(o, "start_year", jint(s->start_year));
  json_object_set_new(o, "horizon_years", jint(s->horizon));
  json_object_set_new(o, "price_year", jint(s->price_year));
  json_object_set_new(o, "price_year_stated", json_boolean(s->price_year_stated));
  if (s->discount.is_schedule) {
    json_t *steps = json_array();
    for (int k = 0; k < s->discount.n_steps; k++) {
      json_t *st = json_object();
      json_object_set_new(st, "from", jint(s->discount.from[k]));
      json_object_set_new(st, "rate", mkba_jnum(s->discount.rates[k]));
      json_array_append_new(steps, st);
    }
    json_object_set_new(disc, "schedule", steps);
  } else {
    json_object_set_new(disc, "rate", mkba_jnum(s->discount.rate));
  }
  json_object_set_new(disc, "base_year", jint(s->discount.base_year));
  if (s->discount.is_default)
    json_object_set_new(disc, "source", json_string("Werkgroep Discontovoet 2020"));
  json_object_set_new(o, "discount", disc);
  if (!isnan(s->assumed_inflation))
    json_object_set_new(o, "assumed_inflation", mkba_jnum(s->assumed_inflation));
  return o;
}

/*
 * The value of a QALY that plugins take from the value bank by default, at
 * the scenario's price level, with the amount and price year of its source.
 */
static json_t *qaly_value(const mkba_run *run) {
  const mkba_unit_cost *uc = mkba_region_cost(run->region, "qaly_value");
  if (!uc)
    uc = mkba_unit_cost_find(run->data, "qaly_value");
  double f;
  char why[256];
  if (!uc || mkba_cpi_factor(run->data, uc->price_year, run->scen->price_year,
                             run->scen->assumed_inflation, &f, why, sizeof why))
    return json_null();
  json_t *o = json_object();
  json_object_set_new(o, "value", mkba_jnum(uc->amount * f));
  json_object_set_new(o, "amount", mkba_jnum(uc->amount));
  json_object_set_new(o, "price_year", jint(uc->price_year));
  json_object_set_new(o, "source", json_string(mkba_text_nl(uc->source, uc->source_nl, !en(run))));
  return o;
}

/* A count of a region file: value, year, confidence and source. */
static json_t *count_json(const mkba_region_count *c, int english) {
  json_t *o = json_object();
  json_object_set_new(o, "target_group", json_string(c->id));
  const char *label = mkba_target_label(c->id, english);
  json_object_set_new(o, "label", json_string(label ? label : c->id));
  json_object_set_new(o, "value", mkba_jnum(c->value));
  json_object_set_new(o, "year", jint(c->year));
  json_object_set_new(o, "confidence", json_string(mkba_confidence_name(c->confidence)));
  json_object_set_new(o, "source", json_string(mkba_text_nl(c->source, c->source_nl, !english)));
  if (c->definition)
    json_object_set_new(o, "definition",
                        json_string(mkba_text_nl(c->definition, c->definition_nl, !english)));
  return o;
}

/* How the region scaled programme size pv (pv->scaled). */
static json_t *scaling_json(const mkba_pvalue *pv, int english) {
  const mkba_region_scaling *sc = &pv->scaling;
  json_t *o = json_object();
  json_object_set_new(o, "target_group", json_string(sc->asked));
  json_object_set_new(o, "counted_as", json_string(sc->regional->id));
  json_object_set_new(o, "factor", mkba_jnum(sc->factor));
  json_object_set_new(o, "national_value", mkba_jnum(pv->national));
  json_object_set_new(o, "region_count", count_json(sc->regional, english));
  json_object_set_new(o, "national_count", count_json(sc->national, english));
  return o;
}

/*
 * The region's own figures this run used: the counts that scaled a
 * programme size (once each) and the value-bank rows the region prices
 * itself, each with its source, for the report's "Regionale cijfers".
 */
static json_t *regional_figures(const mkba_run *run) {
  json_t *o = json_object(), *counts = json_array(), *costs = json_array();
  json_object_set_new(o, "region", json_string(run->region->id));
  json_object_set_new(o, "centrumgemeente",
                      run->region->centrumgemeente ? json_string(run->region->centrumgemeente)
                                                   : json_null());
  for (size_t k = 0; k < run->n; k++)
    for (int j = 0; j < run->iv[k]->n; j++) {
      const mkba_pvalue *pv = &run->iv[k]->pv[j];
      json_t *list = pv->scaled ? counts : pv->regional_cost ? costs : NULL;
      const char *id = pv->scaled          ? pv->scaling.regional->id
                       : pv->regional_cost ? pv->regional_cost->id
                                           : NULL;
      if (!list)
        continue;
      json_t *e = NULL, *u;
      size_t i;
      json_array_foreach(list, i, u) {
        const char *have =
            json_string_value(json_object_get(u, pv->scaled ? "target_group" : "unit_cost"));
        if (strcmp(have, id) == 0)
          e = u;
      }
      if (!e) {
        if (pv->scaled) {
          e = count_json(pv->scaling.regional, en(run));
          json_object_set_new(e, "national", count_json(pv->scaling.national, en(run)));
          json_object_set_new(e, "factor", mkba_jnum(pv->scaling.factor));
        } else {
          /* The region's amount, the bank's label and unit. */
          const mkba_unit_cost *uc = pv->regional_cost;
          const mkba_unit_cost *bank = mkba_unit_cost_find(run->data, uc->id);
          e = json_object();
          json_object_set_new(e, "unit_cost", json_string(uc->id));
          json_object_set_new(e, "label", json_string(en(run) ? bank->label_en : bank->label_nl));
          json_object_set_new(e, "amount", mkba_jnum(uc->amount));
          json_object_set_new(e, "unit", json_string(bank->unit));
          json_object_set_new(e, "price_year", uc->price_year ? jint(uc->price_year) : json_null());
          json_object_set_new(e, "confidence", json_string(mkba_confidence_name(uc->confidence)));
          json_object_set_new(e, "source",
                              json_string(mkba_text_nl(uc->source, uc->source_nl, !en(run))));
        }
        json_object_set_new(e, "used_by", json_array());
        json_array_append_new(list, e);
      }
      char id2[300];
      if (run->n > 1)
        snprintf(id2, sizeof id2, "%zu:%s", k, pv->id);
      else
        snprintf(id2, sizeof id2, "%s", pv->id);
      json_array_append_new(json_object_get(e, "used_by"), json_string(id2));
    }
  json_object_set_new(o, "counts", counts);
  json_object_set_new(o, "unit_costs", costs);
  return o;
}

static json_t *parameters(const mkba_run *run) {
  json_t *arr = json_array();
  for (size_t k = 0; k < run->n; k++) {
    const mkba_instance *iv = run->iv[k];
    for (int j = 0; j < iv->n; j++) {
      const mkba_pvalue *pv = &iv->pv[j];
      json_t *o = json_object();
      char id[300];
      if (run->n > 1)
        snprintf(id, sizeof id, "%zu:%s", k, pv->id);
      else
        snprintf(id, sizeof id, "%s", pv->id);
      json_object_set_new(o, "intervention", jint((long long)k));
      json_object_set_new(o, "plugin", json_string(iv->plugin->name));
      json_object_set_new(o, "parameter", json_string(id));
      json_object_set_new(o, "label", json_string(en(run) ? pv->label_en : pv->label_nl));
      json_object_set_new(o, "unit", json_string(pv->unit));
      json_object_set_new(o, "value", mkba_jnum(pv->base));
      json_object_set_new(o, "distribution", mkba_dist_to_json(&pv->dist, pv->base));
      json_object_set_new(o, "source", json_string(pv->source));
      json_object_set_new(
          o, "confidence",
          json_string(pv->confidence ? mkba_confidence_name(pv->confidence) : "scenario"));
      json_object_set_new(o, "price_year", pv->price_year ? jint(pv->price_year) : json_null());
      if (pv->scaled)
        json_object_set_new(o, "region_scaling", scaling_json(pv, en(run)));
      if (pv->regional_cost)
        json_object_set_new(o, "regional_unit_cost", json_string(pv->regional_cost->id));
      json_array_append_new(arr, o);
    }
  }
  return arr;
}

static json_t *provenance(const mkba_run *run, const mkba_analyses *a) {
  const mkba_scenario *s = run->scen;
  json_t *o = json_object(), *plugins = json_array();
  json_object_set_new(o, "mkba_version", json_string(MKBA_VERSION));
  for (size_t k = 0; k < run->n; k++) {
    const mkba_loaded *p = run->iv[k]->plugin;
    int seen = 0;
    for (size_t j = 0; j < k; j++)
      seen |= run->iv[j]->plugin == p;
    if (seen)
      continue;
    json_t *e = json_object();
    json_object_set_new(e, "name", json_string(p->name));
    json_object_set_new(e, "version", json_string(p->desc.version));
    json_object_set_new(e, "sha256", json_string(p->sha256));
    json_array_append_new(plugins, e);
  }
  json_object_set_new(o, "plugins", plugins);
  char ver[512];
  snprintf(ver, sizeof ver, "%s, region %s %s", mkba_data_version(run->data), run->region->id,
           run->region->version);
  json_object_set_new(o, "data_version", json_string(ver));
  json_object_set_new(o, "scenario_sha256", json_string(s->sha256));
  json_t *pi = json_object(), *factors = json_array();
  json_object_set_new(pi, "source", json_string(mkba_cpi_source(run->data, !en(run))));
  json_object_set_new(pi, "to_year", jint(s->price_year));
  int first, last;
  mkba_cpi_range(run->data, &first, &last);
  if (!isnan(s->assumed_inflation) && s->price_year > last)
    last = s->price_year;
  for (int y = first; y <= last; y++) {
    double f;
    char why[256];
    if (mkba_cpi_factor(run->data, y, s->price_year, s->assumed_inflation, &f, why, sizeof why))
      continue;
    json_t *e = json_object();
    json_object_set_new(e, "year", jint(y));
    json_object_set_new(e, "factor", mkba_jnum(f));
    json_array_append_new(factors, e);
  }
  json_object_set_new(pi, "factors", factors);
  if (!isnan(s->assumed_inflation))
    json_object_set_new(pi, "assumed_inflation", mkba_jnum(s->assumed_inflation));
  json_object_set_new(o, "price_index", pi);
  json_object_set_new(
      o, "region_source",
      json_string(mkba_text_nl(run->region->source, run->region->source_nl, !en(run))));
  json_object_set_new(o, "seed", a->uncertainty ? json_integer((json_int_t)s->seed) : json_null());
  return o;
}

json_t *mkba_results_json(const mkba_run *run, const mkba_analyses *a) {
  json_t *o = json_object();
  const mkba_eval *e = &run->total_eval;
  json_object_set_new(o, "schema", json_string("mkba-results/1"));
  json_object_set_new(o, "lang", json_string(run->lang));
  json_object_set_new(o, "scenario", scenario(run));
  json_object_set_new(o, "comparison",
                      json_string(run->scen->comparison == MKBA_COMPARISON_ALTERNATIVES
                                      ? "alternatives"
                                      : "package"));
  json_t *ranking = mkba_ranking(run, a->uncertainty);
  if (ranking)
    json_object_set_new(o, "ranking", ranking);
  json_object_set_new(o, "warnings", mkba_warnings(run, a->uncertainty));
  json_object_set_new(o, "summary", summary(e));
  json_object_set_new(o, "undiscounted", undiscounted(e));
  json_object_set_new(o, "perspectives", perspectives(run, e));
  json_object_set_new(o, "actors", actors(run, e));
  json_object_set_new(o, "categories", categories(run, run->total, e));
  json_object_set_new(o, "transfers", transfers(run, run->total, e));
  json_object_set_new(o, "years", years(run, e));
  json_object_set_new(o, "outcomes", outcomes(run, run->total));
  json_object_set_new(o, "pm_items", pm_items(run, run->total));
  json_object_set_new(o, "discount_sensitivity", mkba_discount_sensitivity(run, run->total));
  json_object_set_new(o, "qaly_value", qaly_value(run));
  json_t *ivs = json_array();
  for (size_t k = 0; k < run->n; k++) {
    const mkba_instance *iv = run->iv[k];
    const mkba_eval *ev = &run->eval[k];
    json_t *x = json_object();
    json_object_set_new(x, "index", jint((long long)k));
    json_object_set_new(x, "plugin", json_string(iv->plugin->name));
    json_object_set_new(x, "version", json_string(iv->plugin->desc.version));
    json_object_set_new(x, "label", json_string(iv->label));
    json_object_set_new(
        x, "title", json_string(en(run) ? iv->plugin->desc.title_en : iv->plugin->desc.title_nl));
    json_object_set_new(x, "summary", summary(ev));
    json_object_set_new(x, "undiscounted", undiscounted(ev));
    json_object_set_new(x, "perspectives", perspectives(run, ev));
    json_object_set_new(x, "actors", actors(run, ev));
    json_object_set_new(x, "categories", categories(run, run->ledger[k], ev));
    json_object_set_new(x, "transfers", transfers(run, run->ledger[k], ev));
    json_object_set_new(x, "years", years(run, ev));
    json_object_set_new(x, "outcomes", outcomes(run, run->ledger[k]));
    json_object_set_new(x, "pm_items", pm_items(run, run->ledger[k]));
    json_object_set_new(x, "discount_sensitivity", mkba_discount_sensitivity(run, run->ledger[k]));
    json_array_append_new(ivs, x);
  }
  json_object_set_new(o, "interventions", ivs);
  json_object_set_new(o, "parameters", parameters(run));
  json_object_set_new(o, "regional_figures", regional_figures(run));
  json_object_set_new(o, "uncertainty", a->uncertainty ? json_incref(a->uncertainty) : json_null());
  json_object_set_new(o, "sensitivity",
                      a->sensitivity ? json_incref(a->sensitivity) : json_array());
  json_object_set_new(o, "switching", a->switching ? json_incref(a->switching) : json_array());
  if (a->variants)
    json_object_set_new(o, "variants", json_incref(a->variants));
  if (a->optimism_bias)
    json_object_set_new(o, "optimism_bias", json_incref(a->optimism_bias));
  json_object_set_new(o, "provenance", provenance(run, a));
  return o;
}
