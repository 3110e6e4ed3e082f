/*
 * configure.c - the host services a plugin's configure() calls: reading its
 * structured JSON, declaring parameters, reporting errors at their position
 * in the scenario; see configure.h.
 */
#include "configure.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors.h"
#include "words.h"

static const json_t *J(const mkba_json *v) { return (const json_t *)v; }

int mkba_svc_config_horizon(const mkba_config *cfg) { return cfg->s->horizon; }
int mkba_svc_config_price_year(const mkba_config *cfg) { return cfg->s->price_year; }

double mkba_svc_config_reindex(mkba_config *cfg, const mkba_json *at, int from) {
  double f;
  char why[512];
  if (mkba_cpi_factor(cfg->data, from, cfg->s->price_year, cfg->s->assumed_inflation, &f, why,
                      sizeof why)) {
    mkba_jdoc_error(cfg->s->doc, J(at), cfg->d, "%s", why);
    return 0;
  }
  return f;
}

int mkba_svc_json_type(const mkba_json *v) {
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

const mkba_json *mkba_svc_json_get(const mkba_json *o, const char *key) {
  return json_is_object(J(o)) ? (const mkba_json *)json_object_get(J(o), key) : NULL;
}

size_t mkba_svc_json_size(const mkba_json *v) {
  if (json_is_array(J(v)))
    return json_array_size(J(v));
  if (json_is_object(J(v)))
    return json_object_size(J(v));
  return 0;
}

const mkba_json *mkba_svc_json_at(const mkba_json *a, size_t i) {
  return json_is_array(J(a)) ? (const mkba_json *)json_array_get(J(a), i) : NULL;
}

const mkba_json *mkba_svc_json_member(const mkba_json *o, size_t i, const char **key) {
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

double mkba_svc_json_number(const mkba_json *v) {
  return json_is_number(J(v)) ? json_number_value(J(v)) : 0;
}

const char *mkba_svc_json_string(const mkba_json *v) {
  return json_is_string(J(v)) ? json_string_value(J(v)) : NULL;
}

int mkba_svc_json_check_keys(mkba_config *cfg, const mkba_json *obj, const char *const *allowed) {
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

int mkba_svc_config_error(mkba_config *cfg, const mkba_json *at, const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  mkba_jdoc_error(cfg->s->doc, at ? J(at) : cfg->s->iv[cfg->iv->index].node, cfg->d, "%s: %s",
                  cfg->iv->plugin->name, msg);
  return MKBA_ERROR;
}

/*
 * Start parameter *pv that configure() declares: id, labels, unit, its
 * fallback value and range, and its source (the scenario's when `v` gives
 * a value); `what` (len bytes) receives how messages name it.
 */
static void declare(mkba_config *cfg, mkba_pvalue *pv, const mkba_json *v, const char *id,
                    const char *nl, const char *en, const char *unit, double fallback, double min,
                    double max, char *what, size_t len) {
  *pv = (mkba_pvalue){0};
  pv->min = min;
  pv->max = max;
  pv->base = fallback;
  pv->id = strdup(id ? id : "?");
  pv->label_nl = strdup(nl ? nl : pv->id);
  pv->label_en = strdup(en ? en : pv->label_nl);
  pv->unit = strdup(unit ? unit : "");
  pv->source = strdup(v ? "scenario"
                        : mkba_words_for(cfg->nl ? MKBA_LANG_NL : MKBA_LANG_EN)->source_default);
  snprintf(what, len, "%s of %s", pv->id, cfg->iv->plugin->name);
}

/*
 * Finish a declared parameter: when `rc` is 0, add *pv to the instance and
 * return its index; otherwise (or when memory runs out) free what pv holds
 * and return -1.
 */
static int add_declared(mkba_config *cfg, mkba_pvalue *pv, int rc) {
  if (!rc && mkba_bind_add(cfg->iv, pv)) {
    mkba_diag_set(cfg->d, MKBA_EXIT_RUN, "out of memory");
    rc = -1;
  }
  if (rc) {
    mkba_pvalue_clear(pv);
    return -1;
  }
  return cfg->iv->n - 1;
}

int mkba_svc_config_param(mkba_config *cfg, const mkba_json *v, const char *id, const char *nl,
                          const char *en, const char *unit, double fallback, double min,
                          double max) {
  mkba_pvalue pv;
  char what[200];
  declare(cfg, &pv, v, id, nl, en, unit, fallback, min, max, what, sizeof what);
  int rc = v ? mkba_bind_value(cfg, J(v), what, &pv) : 0;
  if (!rc && (!isfinite(pv.base) || pv.base < min || pv.base > max)) {
    mkba_diag_set(cfg->d, MKBA_EXIT_RUN,
                  "plugin \"%s\": default %g of \"%s\" outside "
                  "[%g, %g]",
                  cfg->iv->plugin->name, fallback, pv.id, min, max);
    rc = -1;
  }
  return add_declared(cfg, &pv, rc);
}

int mkba_svc_config_money_param(mkba_config *cfg, const mkba_json *v, const char *id,
                                const char *nl, const char *en, const char *unit, double fallback,
                                double min, double max, int price_year, const char *unit_cost) {
  mkba_pvalue pv;
  char what[200];
  declare(cfg, &pv, v, id, nl, en, unit, fallback, min, max, what, sizeof what);
  pv.price_year = price_year;
  int rc = 0;
  if (price_year && (price_year < 1900 || price_year > 2200)) {
    mkba_diag_set(cfg->d, MKBA_EXIT_RUN, "plugin \"%s\": \"%s\" has price year %d",
                  cfg->iv->plugin->name, pv.id, price_year);
    rc = -1;
  } else if (v) {
    rc = mkba_bind_value(cfg, J(v), what, &pv);
    pv.price_year = price_year; /* the scenario's value is in euros of price_year */
  } else if (unit_cost) {
    rc = mkba_bind_unit_cost(cfg, pv.id, unit_cost, &pv);
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
  if (!rc && mkba_bind_reindex(cfg, pv.id, &pv))
    rc = -1;
  return add_declared(cfg, &pv, rc);
}

int mkba_svc_config_set_range(mkba_config *cfg, const mkba_json *at, int index, double min,
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

int mkba_svc_config_param_part(mkba_config *cfg, int index, int part) {
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

int mkba_svc_config_actor(mkba_config *cfg, const mkba_json *v) {
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

double mkba_svc_config_value(const mkba_config *cfg, int index) {
  return index >= 0 && index < cfg->iv->n ? cfg->iv->base[index] : NAN;
}
