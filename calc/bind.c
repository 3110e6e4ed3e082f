/* bind.c - a plugin's parameters bound to a scenario; see bind.h. */
#include "bind.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dist.h"
#include "format.h"
#include "words.h"

void mkba_pvalue_clear(mkba_pvalue *pv) {
  free(pv->id);
  free(pv->label_nl);
  free(pv->label_en);
  free(pv->unit);
  free(pv->source);
}

int mkba_bind_add(mkba_instance *iv, const mkba_pvalue *pv) {
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

int mkba_bind_unit_cost(mkba_config *cfg, const char *key, const char *id, mkba_pvalue *pv) {
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

int mkba_bind_reindex(mkba_config *cfg, const char *key, mkba_pvalue *pv) {
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
    const mkba_words *w = mkba_words_for(cfg->nl ? MKBA_LANG_NL : MKBA_LANG_EN);
    char note[1024], from[16], to[16], weak[16];
    snprintf(from, sizeof from, "%d", pv->price_year);
    snprintf(to, sizeof to, "%d", s->price_year);
    snprintf(weak, sizeof weak, "%d", weak_year);
    const char *args[] = {pv->source, from, to,
                          weak_year > last ? w->reindex_inflation : w->reindex_index, weak};
    mkba_tpl_n(note, sizeof note, w->note_reindexed, args, 5);
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
  mkba_lang lang = cfg->nl ? MKBA_LANG_NL : MKBA_LANG_EN;
  const char *group_name = mkba_target_label(rg->id, lang);
  mkba_text_money(rg->value, here, sizeof here, lang);
  mkba_text_money(nat->value, all, sizeof all, lang);
  char rg_year[16], nat_year[16];
  snprintf(rg_year, sizeof rg_year, "%d", rg->year);
  snprintf(nat_year, sizeof nat_year, "%d", nat->year);
  const char *args[] = {pv->source,
                        cfg->nl ? region->label_nl : region->label_en,
                        group_name ? group_name : rg->id,
                        here,
                        rg_year,
                        cfg->nl ? mkba_text_nl(rg->source, rg->source_nl, 1) : rg->source,
                        all,
                        nat_year,
                        cfg->nl ? mkba_text_nl(nat->source, nat->source_nl, 1) : nat->source};
  mkba_tpl_n(note, sizeof note, mkba_words_for(lang)->note_scaled, args, 9);
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
     mkba_bind_unit_cost() below gives it the bank's. */
  const char *src = cfg->nl && q->source_nl ? q->source_nl : q->source;
  pv->source = strdup(src ? src : "");
  if (q->unit_cost && mkba_bind_unit_cost(cfg, q->key, q->unit_cost, pv))
    return -1;
  if (mkba_bind_reindex(cfg, q->key, pv))
    return -1;
  const char *group = q->target_group;
  if (!group && (q->flags & MKBA_PARAM_POPULATION))
    group = MKBA_TARGET_HOMELESS_REGISTERED; /* ABI 1.0 and 1.1 plugins */
  if (group && region && !stated)
    return scale_to_region(cfg, q, group, pv, region);
  return 0;
}

int mkba_bind_value(mkba_config *cfg, const json_t *v, const char *what, mkba_pvalue *pv) {
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

int mkba_bind_static(mkba_config *cfg, const mkba_region *region) {
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
      rc = mkba_bind_value(cfg, v, what, &pv);
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
    if (!rc && mkba_bind_add(iv, &pv)) {
      mkba_diag_set(cfg->d, MKBA_EXIT_RUN, "out of memory");
      rc = -1;
    }
    if (rc) {
      mkba_pvalue_clear(&pv);
      return -1;
    }
  }
  return 0;
}
