/* instance.c - binding parameters and configure(); see instance.h. */
#include "instance.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors.h"
#include "block.h"
#include "dist.h"
#include "fmt.h"
#include "watch.h"

/* The configure() session behind the opaque mkba_config. */
struct mkba_config {
  const mkba_scenario *s;
  const mkba_data *data;
  const mkba_region *region;
  mkba_instance *iv;
  mkba_diag *d;
  int nl;         /* sources and notes in Dutch (the run's language) */
  char where[96]; /* "interventions[0].params", for messages */
};

static const json_t *J(const mkba_json *v) { return (const json_t *)v; }

static int add_pvalue(mkba_instance *iv, const mkba_pvalue *pv) {
  if (iv->n == iv->cap) { /* doubling: binding stays linear in the parameters */
    int cap = iv->cap * 2 + 16;
    mkba_pvalue *np = realloc(iv->pv, (size_t)cap * sizeof *np);
    if (np)
      iv->pv = np;
    double *nb = np ? realloc(iv->base, (size_t)cap * sizeof *nb) : NULL;
    if (!nb)
      return -1;
    iv->base = nb;
    iv->cap = cap;
  }
  iv->pv[iv->n] = *pv;
  iv->pv[iv->n].part = -1; /* config_param_part may set it */
  iv->base[iv->n] = pv->base;
  iv->n++;
  return 0;
}

/*
 * Take the value-bank row `id` (or the region's override of it) as the
 * default of pv: amount, price year, confidence and source.  A distribution
 * already in pv follows a regional override in proportion.
 */
static int bind_unit_cost(mkba_config *cfg, const char *key, const char *id, mkba_pvalue *pv) {
  const mkba_unit_cost *table = mkba_unit_cost_find(cfg->data, id);
  if (!table) {
    mkba_diag_set(cfg->d, MKBA_EXIT_RUN,
                  "plugin \"%s\": parameter \"%s\" refers to unit cost \"%s\", which the "
                  "value bank (data/unit_costs.json) does not have",
                  cfg->iv->plugin->name, key, id);
    return -1;
  }
  const mkba_unit_cost *uc = mkba_region_cost(cfg->region, id);
  if (!uc)
    uc = table;
  /* One resource, one uncertainty: the bank's range replaces the plugin's own. */
  if (table->has_range)
    pv->dist = (mkba_dist){MKBA_TRIANGULAR, table->low,
                           3 * table->amount - table->low - table->high, table->high};
  if (uc != table && table->amount > 0)
    mkba_dist_scale(&pv->dist, uc->amount / table->amount);
  pv->base = uc->amount;
  pv->regional_cost = uc != table ? uc : NULL;
  pv->price_year = uc->price_year;
  pv->confidence = uc->confidence;
  free(pv->source);
  pv->source = strdup(cfg->nl && uc->source_nl ? uc->source_nl : uc->source);
  return 0;
}

/*
 * Re-index pv (base, distribution, bounds) from euros of pv->price_year to
 * the scenario's price level.  A default that goes through a year whose
 * price index is itself an assumption (or the scenario's assumed
 * inflation) rests on that assumption, and says so.
 */
static int reindex(mkba_config *cfg, const char *key, mkba_pvalue *pv) {
  const mkba_scenario *s = cfg->s;
  double f;
  char why[512];
  if (!pv->price_year || pv->price_year == s->price_year)
    return 0;
  if (mkba_cpi_factor(cfg->data, pv->price_year, s->price_year, s->assumed_inflation, &f, why,
                      sizeof why)) {
    mkba_jdoc_member_error(s->doc, mkba_jdoc_root(s->doc),
                           s->price_year_stated ? "price_year" : "start_year", cfg->d,
                           "plugin \"%s\", parameter \"%s\" (euros of %d): %s",
                           cfg->iv->plugin->name, key, pv->price_year, why);
    return -1;
  }
  pv->base *= f;
  mkba_dist_scale(&pv->dist, f);
  pv->min *= f;
  pv->max *= f;
  int first, last, weak_year;
  int c = mkba_cpi_confidence(cfg->data, pv->price_year, s->price_year, &weak_year);
  mkba_cpi_range(cfg->data, &first, &last);
  if (c == MKBA_ASSUMPTION && pv->confidence && pv->confidence != MKBA_ASSUMPTION) {
    char note[1024];
    if (cfg->nl)
      snprintf(note, sizeof note, "%s (herrekend van %d naar %d via %s van %d, een aanname)",
               pv->source, pv->price_year, s->price_year,
               weak_year > last ? "de aangenomen inflatie van het scenario" : "de prijsindex",
               weak_year);
    else
      snprintf(note, sizeof note, "%s (re-indexed from %d to %d through %s of %d, an assumption)",
               pv->source, pv->price_year, s->price_year,
               weak_year > last ? "the scenario's assumed inflation" : "the price index",
               weak_year);
    free(pv->source);
    pv->source = strdup(note);
    pv->confidence = MKBA_ASSUMPTION;
  }
  return 0;
}

/*
 * Scale pv, a national programme size of target group `group`, to the
 * region (like with like: the region's count of the group over the national
 * count of the same group), and say so in its source.
 */
static int scale_to_region(mkba_config *cfg, const mkba_param *q, const char *group,
                           mkba_pvalue *pv, const mkba_region *region) {
  mkba_region_scaling sc;
  mkba_diag why = {0};
  if (mkba_region_scale(region, group, q->key, &sc, &why)) {
    /* Point at the intervention that needs its programme size stated. */
    const mkba_iv_spec *spec = &cfg->s->iv[cfg->iv->index];
    mkba_jdoc_error(cfg->s->doc, spec->node, cfg->d, "%s", why.msg);
    cfg->d->code = why.code;
    return -1;
  }
  pv->scaling = sc;
  pv->scaled = 1;
  pv->national = pv->base;
  if (!region->national)
    return 0;
  pv->base *= sc.factor;
  mkba_dist_scale(&pv->dist, sc.factor);
  /* A programme runs with at least one participant wherever it runs. */
  if (q->flags & MKBA_PARAM_INTEGER)
    pv->base = fmax(1, round(pv->base));
  /* In the reader's words: the group's name, counts with grouped
     thousands (the counts are whole people, signals or judgments). */
  char note[2048], here[32], all[32];
  const mkba_region_count *rg = sc.regional, *nat = sc.national;
  const char *group_name = mkba_target_label(rg->id, !cfg->nl);
  mkba_text_money(rg->value, here, sizeof here, !cfg->nl);
  mkba_text_money(nat->value, all, sizeof all, !cfg->nl);
  if (cfg->nl)
    snprintf(note, sizeof note,
             "%s; geschaald naar %s met het aantal %s: %s in de regio (%d; %s) tegen %s landelijk "
             "(%d; %s)",
             pv->source, region->label_nl, group_name ? group_name : rg->id, here, rg->year,
             mkba_text_nl(rg->source, rg->source_nl, 1), all, nat->year,
             mkba_text_nl(nat->source, nat->source_nl, 1));
  else
    snprintf(note, sizeof note,
             "%s; scaled to the %s by the number of %s: %s in the region (%d; %s) against %s "
             "nationally (%d; %s)",
             pv->source, region->label_en, group_name ? group_name : rg->id, here, rg->year,
             rg->source, all, nat->year, nat->source);
  free(pv->source);
  pv->source = strdup(note);
  /* A count that is itself an assumption makes the default one. */
  int worst = sc.regional->confidence > sc.national->confidence ? sc.regional->confidence
                                                                : sc.national->confidence;
  if (worst > pv->confidence)
    pv->confidence = worst;
  return 0;
}

/* Step 1 and 2: the default of static parameter `q` (`stated`: the scenario gives a value). */
static int bind_default(mkba_config *cfg, const mkba_param *q, mkba_pvalue *pv,
                        const mkba_region *region, int stated) {
  pv->base = q->value;
  pv->dist = q->dist;
  pv->price_year = q->price_year;
  pv->confidence = q->confidence;
  /* A value-bank parameter may carry no source of its own (ABI 1.4 rule):
     bind_unit_cost() below gives it the bank's. */
  const char *src = cfg->nl && q->source_nl ? q->source_nl : q->source;
  pv->source = strdup(src ? src : "");
  if (q->unit_cost && bind_unit_cost(cfg, q->key, q->unit_cost, pv))
    return -1;
  if (reindex(cfg, q->key, pv))
    return -1;
  const char *group = q->target_group;
  if (!group && (q->flags & MKBA_PARAM_POPULATION))
    group = MKBA_TARGET_HOMELESS_REGISTERED; /* ABI 1.0 and 1.1 plugins */
  if (group && region && !stated)
    return scale_to_region(cfg, q, group, pv, region);
  return 0;
}

/* Step 3: a scenario value for parameter pv (bounds min..max). */
static int bind_value(mkba_config *cfg, const json_t *v, const char *what, mkba_pvalue *pv) {
  const mkba_jdoc *doc = cfg->s->doc;
  double base;
  mkba_dist dist;
  if (mkba_dist_parse(doc, v, what, &dist, &base, cfg->d))
    return -1;
  if (!isfinite(base) || base < pv->min || base > pv->max) {
    mkba_jdoc_error(doc, v, cfg->d, "%s is %g; it must lie between %g and %g (%s)", what, base,
                    pv->min, pv->max, pv->unit && *pv->unit ? pv->unit : "no unit");
    return -1;
  }
  if ((pv->flags & MKBA_PARAM_INTEGER) && base != floor(base)) {
    mkba_jdoc_error(doc, v, cfg->d, "%s must be a whole number, not %g", what, base);
    return -1;
  }
  pv->base = base;
  pv->dist = dist;
  pv->node = v;
  pv->confidence = 0;
  pv->price_year = 0;
  free(pv->source);
  pv->source = strdup("scenario");
  return 0;
}

static int bind_static(mkba_config *cfg, const mkba_region *region) {
  mkba_instance *iv = cfg->iv;
  const mkba_loaded *p = iv->plugin;
  const json_t *params = cfg->s->iv[iv->index].params;
  const mkba_jdoc *doc = cfg->s->doc;
  /* Unknown keys first, unless configure() reads the rest of params itself. */
  if (params && !p->desc.configure) {
    const char *key;
    json_t *v;
    json_object_foreach((json_t *)params, key, v) {
      if (mkba_plugin_param_index(p, key) >= 0)
        continue;
      const char **allowed = calloc(p->desc.n_params + 1, sizeof *allowed);
      for (uint32_t k = 0; allowed && k < p->desc.n_params; k++)
        allowed[k] = p->params[k].key;
      char where[128];
      snprintf(where, sizeof where,
               "the params of plugin \"%s\" (see `mkba describe "
               "%s`)",
               p->name, p->name);
      if (allowed)
        mkba_jdoc_check_keys(doc, params, allowed, where, cfg->d);
      free(allowed);
      return -1;
    }
  }
  for (uint32_t k = 0; k < p->desc.n_params; k++) {
    const mkba_param *q = &p->params[k];
    mkba_pvalue pv = {0};
    pv.id = strdup(q->key);
    pv.label_nl = strdup(q->label_nl);
    pv.label_en = strdup(q->label_en);
    pv.unit = strdup(q->unit);
    pv.min = q->min;
    pv.max = q->max;
    pv.flags = q->flags;
    json_t *v = params ? json_object_get(params, q->key) : NULL;
    int rc = bind_default(cfg, q, &pv, region, v != NULL);
    pv.min = q->min; /* the scenario speaks in its own euros: plain bounds */
    pv.max = q->max;
    if (!rc && v) {
      char what[160];
      snprintf(what, sizeof what, "parameter \"%s\" of %s", q->key, p->name);
      rc = bind_value(cfg, v, what, &pv);
    }
    if (!rc && !(pv.base >= pv.min && pv.base <= pv.max) && !v && !q->unit_cost && !q->price_year &&
        !(q->flags & MKBA_PARAM_POPULATION) && !q->target_group) {
      mkba_diag_set(cfg->d, MKBA_EXIT_RUN,
                    "plugin \"%s\": default of \"%s\" outside its "
                    "bounds",
                    p->name, q->key);
      rc = -1;
    }
    if (!rc && !isfinite(pv.base)) {
      mkba_diag_set(cfg->d, MKBA_EXIT_RUN,
                    "plugin \"%s\": parameter \"%s\" is not a "
                    "finite number",
                    p->name, q->key);
      rc = -1;
    }
    if (rc || add_pvalue(iv, &pv)) {
      free(pv.id);
      free(pv.label_nl);
      free(pv.label_en);
      free(pv.unit);
      free(pv.source);
      mkba_diag_set(cfg->d, MKBA_EXIT_RUN, "out of memory");
      return -1;
    }
  }
  return 0;
}

/* ---- configure services ------------------------------------------------ */

static int svc_config_horizon(const mkba_config *cfg) { return cfg->s->horizon; }
static int svc_config_price_year(const mkba_config *cfg) { return cfg->s->price_year; }

static double svc_config_reindex(mkba_config *cfg, const mkba_json *at, int from) {
  double f;
  char why[512];
  if (mkba_cpi_factor(cfg->data, from, cfg->s->price_year, cfg->s->assumed_inflation, &f, why,
                      sizeof why)) {
    mkba_jdoc_error(cfg->s->doc, J(at), cfg->d, "%s", why);
    return 0;
  }
  return f;
}

static int svc_json_type(const mkba_json *v) {
  switch (v ? json_typeof(J(v)) : (json_type)-1) {
  case JSON_OBJECT:
    return MKBA_JSON_OBJECT;
  case JSON_ARRAY:
    return MKBA_JSON_ARRAY;
  case JSON_STRING:
    return MKBA_JSON_STRING;
  case JSON_INTEGER:
  case JSON_REAL:
    return MKBA_JSON_NUMBER;
  case JSON_TRUE:
  case JSON_FALSE:
    return MKBA_JSON_BOOL;
  case JSON_NULL:
    return MKBA_JSON_NULL;
  default:
    return MKBA_JSON_NONE;
  }
}

static const mkba_json *svc_json_get(const mkba_json *o, const char *key) {
  return json_is_object(J(o)) ? (const mkba_json *)json_object_get(J(o), key) : NULL;
}

static size_t svc_json_size(const mkba_json *v) {
  if (json_is_array(J(v)))
    return json_array_size(J(v));
  if (json_is_object(J(v)))
    return json_object_size(J(v));
  return 0;
}

static const mkba_json *svc_json_at(const mkba_json *a, size_t i) {
  return json_is_array(J(a)) ? (const mkba_json *)json_array_get(J(a), i) : NULL;
}

static const mkba_json *svc_json_member(const mkba_json *o, size_t i, const char **key) {
  if (key)
    *key = NULL;
  if (!json_is_object(J(o)))
    return NULL;
  void *it = json_object_iter((json_t *)J(o));
  for (size_t k = 0; it && k < i; k++)
    it = json_object_iter_next((json_t *)J(o), it);
  if (!it)
    return NULL;
  if (key)
    *key = json_object_iter_key(it);
  return (const mkba_json *)json_object_iter_value(it);
}

static double svc_json_number(const mkba_json *v) {
  return json_is_number(J(v)) ? json_number_value(J(v)) : 0;
}

static const char *svc_json_string(const mkba_json *v) {
  return json_is_string(J(v)) ? json_string_value(J(v)) : NULL;
}

static int svc_json_check_keys(mkba_config *cfg, const mkba_json *obj, const char *const *allowed) {
  /* The static table's keys are allowed everywhere at the top of params. */
  const mkba_loaded *p = cfg->iv->plugin;
  const json_t *top = cfg->s->iv[cfg->iv->index].params;
  size_t n = 0;
  while (allowed && allowed[n])
    n++;
  const char **all = calloc(n + p->desc.n_params + 1, sizeof *all);
  if (!all) {
    mkba_diag_set(cfg->d, MKBA_EXIT_RUN, "out of memory");
    return MKBA_ERROR;
  }
  for (size_t k = 0; k < n; k++)
    all[k] = allowed[k];
  if (J(obj) == top)
    for (uint32_t k = 0; k < p->desc.n_params; k++)
      all[n++] = p->params[k].key;
  char where[160];
  snprintf(where, sizeof where, "%s (plugin \"%s\")", cfg->where, p->name);
  int rc = mkba_jdoc_check_keys(cfg->s->doc, J(obj), all, where, cfg->d);
  free(all);
  return rc ? MKBA_ERROR : MKBA_OK;
}

static int svc_config_error(mkba_config *cfg, const mkba_json *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int svc_config_error(mkba_config *cfg, const mkba_json *at, const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  mkba_jdoc_error(cfg->s->doc, at ? J(at) : cfg->s->iv[cfg->iv->index].node, cfg->d, "%s: %s",
                  cfg->iv->plugin->name, msg);
  return MKBA_ERROR;
}

static int svc_config_param(mkba_config *cfg, const mkba_json *v, const char *id, const char *nl,
                            const char *en, const char *unit, double fallback, double min,
                            double max) {
  mkba_pvalue pv = {0};
  pv.min = min;
  pv.max = max;
  pv.base = fallback;
  pv.id = strdup(id ? id : "?");
  pv.label_nl = strdup(nl ? nl : pv.id);
  pv.label_en = strdup(en ? en : pv.label_nl);
  pv.unit = strdup(unit ? unit : "");
  pv.source = strdup(v ? "scenario" : cfg->nl ? "standaardwaarde" : "default");
  char what[200];
  snprintf(what, sizeof what, "%s of %s", pv.id, cfg->iv->plugin->name);
  int rc = v ? bind_value(cfg, J(v), what, &pv) : 0;
  if (!rc && (!isfinite(pv.base) || pv.base < min || pv.base > max)) {
    mkba_diag_set(cfg->d, MKBA_EXIT_RUN,
                  "plugin \"%s\": default %g of \"%s\" outside "
                  "[%g, %g]",
                  cfg->iv->plugin->name, fallback, pv.id, min, max);
    rc = -1;
  }
  if (!rc && add_pvalue(cfg->iv, &pv)) {
    mkba_diag_set(cfg->d, MKBA_EXIT_RUN, "out of memory");
    rc = -1;
  }
  if (rc) {
    free(pv.id);
    free(pv.label_nl);
    free(pv.label_en);
    free(pv.unit);
    free(pv.source);
    return -1;
  }
  return cfg->iv->n - 1;
}

static int svc_config_money_param(mkba_config *cfg, const mkba_json *v, const char *id,
                                  const char *nl, const char *en, const char *unit, double fallback,
                                  double min, double max, int price_year, const char *unit_cost) {
  mkba_pvalue pv = {0};
  pv.min = min;
  pv.max = max;
  pv.base = fallback;
  pv.price_year = price_year;
  pv.id = strdup(id ? id : "?");
  pv.label_nl = strdup(nl ? nl : pv.id);
  pv.label_en = strdup(en ? en : pv.label_nl);
  pv.unit = strdup(unit ? unit : "");
  pv.source = strdup(v ? "scenario" : cfg->nl ? "standaardwaarde" : "default");
  char what[200];
  snprintf(what, sizeof what, "%s of %s", pv.id, cfg->iv->plugin->name);
  int rc = 0;
  if (price_year && (price_year < 1900 || price_year > 2200)) {
    mkba_diag_set(cfg->d, MKBA_EXIT_RUN, "plugin \"%s\": \"%s\" has price year %d",
                  cfg->iv->plugin->name, pv.id, price_year);
    rc = -1;
  } else if (v) {
    rc = bind_value(cfg, J(v), what, &pv);
    pv.price_year = price_year; /* the scenario's value is in euros of price_year */
  } else if (unit_cost) {
    rc = bind_unit_cost(cfg, pv.id, unit_cost, &pv);
    if (!rc) { /* bounds are given in euros of the row's price year */
      pv.min = min;
      pv.max = max;
    }
  }
  if (!rc && (!isfinite(pv.base) || pv.base < pv.min || pv.base > pv.max)) {
    mkba_diag_set(cfg->d, MKBA_EXIT_RUN, "plugin \"%s\": default %g of \"%s\" outside [%g, %g]",
                  cfg->iv->plugin->name, pv.base, pv.id, pv.min, pv.max);
    rc = -1;
  }
  if (!rc && reindex(cfg, pv.id, &pv))
    rc = -1;
  if (!rc && add_pvalue(cfg->iv, &pv)) {
    mkba_diag_set(cfg->d, MKBA_EXIT_RUN, "out of memory");
    rc = -1;
  }
  if (rc) {
    free(pv.id);
    free(pv.label_nl);
    free(pv.label_en);
    free(pv.unit);
    free(pv.source);
    return -1;
  }
  return cfg->iv->n - 1;
}

static int svc_config_set_range(mkba_config *cfg, const mkba_json *at, int index, double min,
                                double max) {
  mkba_instance *iv = cfg->iv;
  if (index < 0 || index >= iv->n || !(min <= max)) {
    mkba_diag_set(cfg->d, MKBA_EXIT_RUN, "plugin \"%s\": config_set_range(%d, %g, %g) is invalid",
                  iv->plugin->name, index, min, max);
    return MKBA_ERROR;
  }
  mkba_pvalue *pv = &iv->pv[index];
  double lo = fmax(min, pv->min), hi = fmin(max, pv->max);
  if (!(pv->base >= lo && pv->base <= hi)) {
    mkba_jdoc_error(cfg->s->doc, at ? J(at) : cfg->s->iv[iv->index].node, cfg->d,
                    "%s: %s is %g; it must lie between %g and %g", iv->plugin->name, pv->id,
                    pv->base, lo, hi);
    return MKBA_ERROR;
  }
  pv->min = lo;
  pv->max = hi;
  return MKBA_OK;
}

static int svc_config_param_part(mkba_config *cfg, int index, int part) {
  mkba_instance *iv = cfg->iv;
  if (index < 0 || index >= iv->n || part < 0 || part > 100000000) {
    mkba_diag_set(cfg->d, MKBA_EXIT_RUN, "plugin \"%s\": config_param_part(%d, %d) is invalid",
                  iv->plugin->name, index, part);
    return MKBA_ERROR;
  }
  iv->pv[index].part = part;
  if (part + 1 > iv->n_parts)
    iv->n_parts = part + 1;
  return MKBA_OK;
}

static int svc_config_actor(mkba_config *cfg, const mkba_json *v) {
  int a = json_is_string(J(v)) ? mkba_actor_parse(json_string_value(J(v))) : -1;
  if (a < 0)
    mkba_jdoc_error(cfg->s->doc, J(v), cfg->d,
                    "%s: unknown actor %s%s%s (actors: gemeente, zorgverzekeraar, rijk, "
                    "woningcorporatie, deelnemer, samenleving)",
                    cfg->iv->plugin->name, json_is_string(J(v)) ? "\"" : "",
                    json_is_string(J(v)) ? json_string_value(J(v)) : "(not a string)",
                    json_is_string(J(v)) ? "\"" : "");
  return a;
}

static double svc_config_value(const mkba_config *cfg, int index) {
  return index >= 0 && index < cfg->iv->n ? cfg->iv->base[index] : NAN;
}

static const mkba_host services = {
    .size = sizeof(mkba_host),
    .abi_version = MKBA_ABI_VERSION,
    .horizon = mkba_svc_horizon,
    .start_year = mkba_svc_start_year,
    .category = mkba_svc_category,
    .flow = mkba_svc_flow,
    .transfer = mkba_svc_transfer,
    .outcome_id = mkba_svc_outcome_id,
    .outcome = mkba_svc_outcome,
    .pm_item = mkba_svc_pm_item,
    .scratch = mkba_svc_scratch,
    .cohort_run = mkba_svc_cohort_run,
    .cohort_state_cost = mkba_svc_cohort_state_cost,
    .cohort_programme_cost = mkba_svc_cohort_programme_cost,
    .cohort_person_years = mkba_svc_cohort_person_years,
    .config_horizon = svc_config_horizon,
    .config_price_year = svc_config_price_year,
    .config_reindex = svc_config_reindex,
    .json_type = svc_json_type,
    .json_get = svc_json_get,
    .json_size = svc_json_size,
    .json_at = svc_json_at,
    .json_member = svc_json_member,
    .json_number = svc_json_number,
    .json_string = svc_json_string,
    .json_check_keys = svc_json_check_keys,
    .config_error = svc_config_error,
    .config_param = svc_config_param,
    .config_actor = svc_config_actor,
    .config_value = svc_config_value,
    .cohort_run_ex = mkba_svc_cohort_run_ex,
    .cohort_state_cost_years = mkba_svc_cohort_state_cost_years,
    .cohort_programme_cost_years = mkba_svc_cohort_programme_cost_years,
    .cohort_transfer = mkba_svc_cohort_transfer,
    .config_money_param = svc_config_money_param,
    .config_set_range = svc_config_set_range,
    .config_param_part = svc_config_param_part,
    .compute_part = mkba_svc_compute_part,
    .post = mkba_svc_post,
    .block_horizon = mkba_svc_block_horizon,
    .block_scratch = mkba_svc_block_scratch,
    .block_cohort_run = mkba_svc_block_cohort_run,
    .block_cohort_line = mkba_svc_block_cohort_line,
    .block_post = mkba_svc_block_post,
};

const mkba_host *mkba_host_services(void) { return &services; }

/* ---- instances ---------------------------------------------------------- */

int mkba_instance_bind(const mkba_scenario *s, size_t index, const mkba_data *data,
                       const mkba_region *region, const char *lang, mkba_instance **out,
                       mkba_diag *d) {
  *out = NULL;
  const mkba_loaded *p;
  const mkba_iv_spec *spec = &s->iv[index];
  if (mkba_plugin_load(spec->plugin, &p, d)) {
    /* Unknown plugin: point at the scenario's "plugin" key. */
    mkba_jdoc_locate(s->doc, spec->node, "plugin", d);
    return -1;
  }
  mkba_instance *iv = calloc(1, sizeof *iv);
  if (!iv) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  iv->index = index;
  iv->plugin = p;
  mkba_watch_name((int)index, p->name);
  iv->scen = s;
  const char *title = lang && !strcmp(lang, "en") ? p->desc.title_en : p->desc.title_nl;
  iv->label = strdup(spec->label ? spec->label : title);
  mkba_config cfg = {s, data, region, iv, d, !(lang && !strcmp(lang, "en")), ""};
  snprintf(cfg.where, sizeof cfg.where, "interventions[%zu].params", index);
  int rc = bind_static(&cfg, region);
  if (!rc && p->desc.configure) {
    json_t *empty = NULL;
    const json_t *params = spec->params;
    if (!params)
      params = empty = json_object();
    mkba_watch_enter((int)index);
    int prc = p->desc.configure(mkba_host_services(), &cfg, (const mkba_json *)params, &iv->model);
    mkba_watch_enter(-1);
    json_decref(empty);
    if (prc != MKBA_OK || d->code) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "plugin \"%s\": configure failed without a message", p->name);
      rc = -1;
    }
  }
  if (rc) {
    mkba_instance_free(iv);
    return -1;
  }
  *out = iv;
  return 0;
}

int mkba_instance_run(const mkba_instance *iv, mkba_ctx *ctx, const double *p, mkba_diag *d) {
  char err[512]; /* called once per Monte Carlo draw: clear one byte, not 512 */
  err[0] = '\0';
  mkba_ctx_reset(ctx);
  mkba_watch_enter((int)iv->index);
  int rc = iv->plugin->desc.compute(mkba_host_services(), ctx, iv->model, p, err, sizeof err);
  mkba_watch_enter(-1);
  err[sizeof err - 1] = '\0'; /* a plugin may fill the buffer without its end */
  mkba_ctx_end_compute(ctx);
  if (rc != MKBA_OK || ctx->failed) {
    const char *why = ctx->failed ? ctx->err
                      : err[0]    ? err
                                  : "compute failed without a "
                                    "message";
    mkba_diag_set(d, MKBA_EXIT_RUN, "plugin \"%s\" (interventions[%zu]): %s", iv->plugin->name,
                  iv->index, why);
    return -1;
  }
  return 0;
}

int mkba_instance_run_block(const mkba_instance *iv, mkba_block *b, const double *const *p, int n,
                            long first_draw, mkba_diag *d) {
  char err[512];
  err[0] = '\0';
  mkba_block_begin(b, n);
  mkba_watch_enter((int)iv->index);
  int rc =
      iv->plugin->desc.compute_block(mkba_host_services(), b, iv->model, p, n, err, sizeof err);
  mkba_watch_enter(-1);
  err[sizeof err - 1] = '\0';
  mkba_block_end(b);
  if (rc != MKBA_OK || b->failed) {
    const char *why = b->failed ? b->err : err[0] ? err : "compute_block failed without a message";
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "plugin \"%s\" (interventions[%zu]), Monte Carlo draws %ld-%ld: %s",
                  iv->plugin->name, iv->index, first_draw + 1, first_draw + n, why);
    return -1;
  }
  return 0;
}

void mkba_instance_free(mkba_instance *iv) {
  if (!iv)
    return;
  if (iv->model && iv->plugin->desc.release) {
    mkba_watch_enter((int)iv->index);
    iv->plugin->desc.release(iv->model);
    mkba_watch_enter(-1);
  }
  for (int k = 0; k < iv->n; k++) {
    free(iv->pv[k].id);
    free(iv->pv[k].label_nl);
    free(iv->pv[k].label_en);
    free(iv->pv[k].unit);
    free(iv->pv[k].source);
  }
  free(iv->pv);
  free(iv->base);
  free(iv->label);
  free(iv);
}
