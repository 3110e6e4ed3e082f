/*
 * cli_info.c - mkba list, describe and regions.
 *
 * `list` reads each plugin's identity from its file and runs no plugin
 * code; `describe NAME` loads that one plugin, in the supervised child.
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "count.h"
#include "data.h"
#include "dist.h"
#include "dump.h"
#include "jnum.h"
#include "loader.h"
#include "output.h"
#include "run.h"
#include "words.h"

int mkba_cmd_list(const mkba_opts *o) {
  mkba_diag d = {0};
  mkba_plugin_found *all = NULL;
  size_t n = 0;
  if (mkba_plugin_find_all(&all, &n, &d)) {
    mkba_diag_print(&d);
    return d.code;
  }
  const mkba_words *w = mkba_words_for(mkba_lang_of(o->lang));
  if (o->json) {
    json_t *arr = json_array();
    for (size_t k = 0; k < n; k++) {
      json_t *e = json_object(), *t = json_object();
      json_object_set_new(e, "name", json_string(all[k].name));
      json_object_set_new(e, "version",
                          all[k].has_ident ? json_string(all[k].version) : json_null());
      json_object_set_new(t, "nl", json_string(all[k].title_nl));
      json_object_set_new(t, "en", json_string(all[k].title_en));
      json_object_set_new(e, "title", t);
      json_object_set_new(e, "path", json_string(all[k].path));
      if (all[k].shadows[0])
        json_object_set_new(e, "shadows", json_string(all[k].shadows));
      if (all[k].problem[0])
        json_object_set_new(e, "problem", json_string(all[k].problem));
      json_array_append_new(arr, e);
    }
    char *s = mkba_results_dump(arr);
    fputs(s ? s : "[]\n", stdout);
    free(s);
    json_decref(arr);
  } else {
    for (size_t k = 0; k < n; k++) {
      const mkba_plugin_found *f = &all[k];
      if (f->has_ident)
        printf("%-28s %-8s %s / %s\n", f->name, f->version, f->title_nl, f->title_en);
      else
        printf("%-28s %-8s %s\n", f->name, "?", f->path);
      if (f->problem[0])
        printf("%-28s %-8s (%s)\n", "", "", f->problem);
      if (f->shadows[0])
        printf("%-28s %-8s (%s %s)\n", "", "", w->list_hides, f->shadows);
    }
    if (!n)
      printf("%s\n", w->list_none);
  }
  free(all);
  return MKBA_EXIT_OK;
}

/* The description of a plugin as JSON (new reference), from its loaded table. */
/* A confidence id (borrowed, may be NULL) in the words w of the listing
 * (the JSON keeps the id); an id it does not know stays as it is. */
static const char *confidence_word(const char *id, const mkba_words *w) {
  const struct {
    const char *id, *word;
  } words[] = {{"verified", w->conf_verified},
               {"secondary", w->conf_secondary},
               {"assumption", w->conf_assumption}};
  for (size_t k = 0; id && k < MKBA_COUNT(words); k++)
    if (strcmp(id, words[k].id) == 0)
      return words[k].word;
  return id ? id : "";
}

static json_t *describe_json(const mkba_loaded *p, const mkba_data *data) {
  json_t *root = json_object(), *t = json_object(), *params = json_array();
  json_object_set_new(root, "name", json_string(p->name));
  json_object_set_new(root, "version", json_string(p->desc.version));
  json_object_set_new(t, "nl", json_string(p->desc.title_nl));
  json_object_set_new(t, "en", json_string(p->desc.title_en));
  json_object_set_new(root, "title", t);
  if (p->desc.summary_nl || p->desc.summary_en) {
    json_t *s = json_object();
    json_object_set_new(s, "nl", json_string(p->desc.summary_nl ? p->desc.summary_nl : ""));
    json_object_set_new(s, "en", json_string(p->desc.summary_en ? p->desc.summary_en : ""));
    json_object_set_new(root, "summary", s);
  }
  json_object_set_new(root, "path", json_string(p->path));
  json_object_set_new(root, "structured_params", json_boolean(p->desc.configure != NULL));
  /* ABI 1.5: Monte Carlo evaluates it in blocks of draws. */
  json_object_set_new(root, "monte_carlo_blocks", json_boolean(p->desc.compute_block != NULL));
  for (uint32_t k = 0; k < p->desc.n_params; k++) {
    const mkba_param *q = &p->params[k];
    json_t *e = json_object(), *l = json_object();
    double value = q->value;
    int py = q->price_year, conf = q->confidence;
    const char *src = q->source, *src_nl = q->source_nl;
    const mkba_unit_cost *uc = q->unit_cost ? mkba_unit_cost_find(data, q->unit_cost) : NULL;
    if (uc) {
      value = uc->amount;
      py = uc->price_year;
      conf = uc->confidence;
      src = uc->source;
      src_nl = uc->source_nl;
    }
    json_object_set_new(e, "key", json_string(q->key));
    json_object_set_new(l, "nl", json_string(q->label_nl));
    json_object_set_new(l, "en", json_string(q->label_en));
    json_object_set_new(e, "label", l);
    json_object_set_new(e, "unit", json_string(q->unit));
    json_object_set_new(e, "default", mkba_jnum(value));
    mkba_dist dist = q->dist;
    if (uc && uc->has_range) /* the value bank's range, as the host binds it */
      dist = (mkba_dist){MKBA_TRIANGULAR, uc->low, 3 * uc->amount - uc->low - uc->high, uc->high};
    json_object_set_new(e, "distribution", mkba_dist_to_json(&dist, value));
    json_object_set_new(e, "source", json_string(src ? src : ""));
    if (src_nl)
      json_object_set_new(e, "source_nl", json_string(src_nl));
    json_object_set_new(e, "confidence", json_string(mkba_confidence_name(conf)));
    json_object_set_new(e, "min", mkba_jnum(q->min));
    json_object_set_new(e, "max", mkba_jnum(q->max));
    json_object_set_new(e, "price_year", py ? json_integer(py) : json_null());
    if (q->unit_cost)
      json_object_set_new(e, "unit_cost", json_string(q->unit_cost));
    const char *group = q->target_group;
    if (!group && (q->flags & MKBA_PARAM_POPULATION))
      group = MKBA_TARGET_HOMELESS_REGISTERED;
    if (group) {
      json_object_set_new(e, "scales_with_region", json_true());
      json_object_set_new(e, "target_group", json_string(group));
    }
    /* The direction the author expects (ABI 1.4), which check-plugin tests. */
    if (q->flags & (MKBA_PARAM_RAISES_NPV | MKBA_PARAM_LOWERS_NPV))
      json_object_set_new(e, "npv_direction",
                          json_string(q->flags & MKBA_PARAM_RAISES_NPV ? "raises" : "lowers"));
    json_array_append_new(params, e);
  }
  json_object_set_new(root, "parameters", params);
  return root;
}

/* The description for people of plugin p (its JSON description root; both
 * borrowed) into f, in language lang. */
static void describe_text(FILE *f, const mkba_loaded *p, const json_t *root, mkba_lang lang) {
  const mkba_words *w = mkba_words_for(lang);
  int en = lang == MKBA_LANG_EN;
  const json_t *params = json_object_get(root, "parameters");
  fprintf(f, "%s %s: %s\n", p->name, p->desc.version, en ? p->desc.title_en : p->desc.title_nl);
  const char *sum = en ? p->desc.summary_en : p->desc.summary_nl;
  if (sum)
    fprintf(f, "%s\n", sum);
  fprintf(f, "%s\n\n", p->path);
  if (p->desc.configure)
    fprintf(f, "%s\n\n", w->describe_configure);
  for (size_t k = 0; k < json_array_size(params); k++) {
    const json_t *e = json_array_get(params, k);
    const mkba_param *q = &p->params[k];
    char dist[160], money[64] = "";
    /* The distribution the host binds (the value bank's range, if any). */
    const json_t *dj = json_object_get(e, "distribution");
    const char *kind = json_string_value(json_object_get(dj, "dist"));
    mkba_dist bound = q->dist;
    if (kind && strcmp(kind, "triangular") == 0)
      bound = (mkba_dist){MKBA_TRIANGULAR, json_number_value(json_object_get(dj, "min")),
                          json_number_value(json_object_get(dj, "mode")),
                          json_number_value(json_object_get(dj, "max"))};
    mkba_dist_describe(&bound, dist, sizeof dist);
    const json_t *py = json_object_get(e, "price_year");
    if (json_is_integer(py))
      snprintf(money, sizeof money, " (%s %lld)", w->euros_of, (long long)json_integer_value(py));
    if (bound.kind == MKBA_FIXED)
      snprintf(dist, sizeof dist, "%s", w->fixed);
    fprintf(f, "%s\n  %s [%s]\n  %s %g%s, %s %g..%g, %s\n  [%s] %s\n\n", q->key,
            en ? q->label_en : q->label_nl, q->unit, w->describe_default,
            json_number_value(json_object_get(e, "default")), money, w->describe_range, q->min,
            q->max, dist, confidence_word(json_string_value(json_object_get(e, "confidence")), w),
            json_string_value(json_object_get(
                e, !en && json_object_get(e, "source_nl") ? "source_nl" : "source")));
    const char *group = json_string_value(json_object_get(e, "target_group"));
    if (group)
      fprintf(f, "  %s %s\n\n", w->describe_national, mkba_target_label(group, lang));
  }
}

/* The child's work for describe: load the plugin, write its description. */
static int describe(void *arg, char **out, size_t *len, mkba_diag *d) {
  const mkba_opts *o = arg;
  const mkba_loaded *p;
  mkba_data *data = NULL;
  if (mkba_plugin_load(o->arg, &p, d) || mkba_data_load(mkba_data_dir(), &data, d))
    return -1;
  json_t *root = describe_json(p, data);
  int rc = 0;
  if (o->json) {
    *out = mkba_results_dump(root);
  } else {
    FILE *f = open_memstream(out, len);
    if (f) {
      describe_text(f, p, root, mkba_lang_of(o->lang));
      fclose(f);
    }
  }
  if (!*out) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    rc = -1;
  } else {
    *len = strlen(*out);
  }
  json_decref(root);
  mkba_data_free(data);
  return rc;
}

int mkba_cmd_describe(const mkba_opts *o) {
  mkba_diag d = {0};
  mkba_limits lim = mkba_cli_limits(o, 60);
  char *text = NULL;
  size_t len = 0;
  if (mkba_supervise(&lim, describe, (void *)o, &text, &len, &d)) {
    mkba_diag_print(&d);
    return d.code ? d.code : MKBA_EXIT_RUN;
  }
  fwrite(text, 1, len, stdout);
  free(text);
  return MKBA_EXIT_OK;
}

int mkba_cmd_regions(const mkba_opts *o) {
  mkba_diag d = {0};
  mkba_data *data = NULL;
  mkba_region **all = NULL;
  size_t n = 0;
  if (mkba_data_load(mkba_data_dir(), &data, &d) || mkba_region_list(data, &all, &n, &d)) {
    mkba_diag_print(&d);
    mkba_data_free(data);
    return d.code;
  }
  const mkba_words *w = mkba_words_for(mkba_lang_of(o->lang));
  int en = mkba_lang_of(o->lang) == MKBA_LANG_EN;
  json_t *arr = json_array();
  for (size_t k = 0; k < n; k++) {
    const mkba_region *r = all[k];
    if (o->json) {
      json_t *e = json_object();
      json_object_set_new(e, "id", json_string(r->id));
      json_object_set_new(e, "label", json_string(en ? r->label_en : r->label_nl));
      json_object_set_new(e, "source", json_string(r->source));
      if (r->centrumgemeente)
        json_object_set_new(e, "centrumgemeente", json_string(r->centrumgemeente));
      json_t *counts = json_object();
      for (size_t c = 0; c < r->n_counts; c++) {
        const mkba_region_count *rc = &r->counts[c];
        json_t *x = json_object();
        int sourced = isfinite(rc->value);
        json_object_set_new(x, "value", sourced ? mkba_jnum(rc->value) : json_null());
        json_object_set_new(x, "year", sourced ? json_integer(rc->year) : json_null());
        json_object_set_new(x, "confidence",
                            sourced ? json_string(mkba_confidence_name(rc->confidence))
                                    : json_null());
        json_object_set_new(x, "source", json_string(rc->source));
        if (rc->definition)
          json_object_set_new(x, "definition", json_string(rc->definition));
        json_object_set_new(counts, rc->id, x);
      }
      json_object_set_new(e, "counts", counts);
      json_object_set_new(e, "version", json_string(r->version));
      json_object_set_new(e, "path", json_string(r->path));
      json_array_append_new(arr, e);
    } else {
      /* One line per region: its registered homeless people, or why not. */
      const mkba_region_count *h = mkba_region_count_find(r, MKBA_TARGET_HOMELESS_REGISTERED);
      int sourced = 0;
      for (size_t c = 0; c < r->n_counts; c++)
        sourced += isfinite(r->counts[c].value) != 0;
      if (h && isfinite(h->value))
        printf("%-16s %-40s %6.0f %s (%d); %d %s\n", r->id, en ? r->label_en : r->label_nl,
               h->value, w->regions_registered, h->year, sourced, w->regions_sourced);
      else
        printf("%-16s %-40s %s; %d %s\n", r->id, en ? r->label_en : r->label_nl,
               w->regions_no_count, sourced, w->regions_sourced);
    }
    mkba_region_free(all[k]);
  }
  free(all);
  if (o->json) {
    char *s = mkba_results_dump(arr);
    fputs(s ? s : "[]\n", stdout);
    free(s);
  }
  json_decref(arr);
  mkba_data_free(data);
  return MKBA_EXIT_OK;
}

int mkba_cmd_costs(const mkba_opts *o) {
  mkba_diag d = {0};
  mkba_data *data = NULL;
  mkba_region *region = NULL;
  if (mkba_data_load(mkba_data_dir(), &data, &d) ||
      (o->region && mkba_region_load(data, o->region, &region, &d))) {
    mkba_diag_print(&d);
    mkba_data_free(data);
    return d.code;
  }
  const mkba_words *w = mkba_words_for(mkba_lang_of(o->lang));
  int en = mkba_lang_of(o->lang) == MKBA_LANG_EN;
  size_t n;
  const mkba_unit_cost *rows = mkba_unit_costs(data, &n);
  json_t *arr = json_array();
  for (size_t k = 0; k < n; k++) {
    const mkba_unit_cost *row = &rows[k], *over = mkba_region_cost(region, row->id);
    const mkba_unit_cost *use = over ? over : row;
    if (o->json) {
      json_t *e = json_object();
      json_object_set_new(e, "id", json_string(row->id));
      json_object_set_new(e, "label", json_string(en ? row->label_en : row->label_nl));
      json_object_set_new(e, "unit", json_string(row->unit));
      json_object_set_new(e, "amount", mkba_jnum(use->amount));
      json_object_set_new(e, "price_year",
                          use->price_year ? json_integer(use->price_year) : json_null());
      json_object_set_new(e, "confidence", json_string(mkba_confidence_name(use->confidence)));
      json_object_set_new(e, "source", json_string(mkba_text_nl(use->source, use->source_nl, !en)));
      json_object_set_new(e, "includes",
                          row->includes
                              ? json_string(mkba_text_nl(row->includes, row->includes_nl, !en))
                              : json_null());
      if (row->has_range) {
        double f = row->amount > 0 ? use->amount / row->amount : 1;
        json_t *r = json_array();
        json_array_append_new(r, mkba_jnum(row->low * f));
        json_array_append_new(r, mkba_jnum(row->high * f));
        json_object_set_new(e, "range", r);
        json_object_set_new(
            e, "range_source",
            json_string(mkba_text_nl(row->range_source, row->range_source_nl, !en)));
      }
      if (over)
        json_object_set_new(e, "region", json_string(region->id));
      json_array_append_new(arr, e);
    } else {
      char level[64] = "";
      if (use->price_year)
        snprintf(level, sizeof level, " (%s %d)", w->euros_of, use->price_year);
      printf("%s\n  %s: %g %s%s%s%s\n  [%s] %s\n", row->id, en ? row->label_en : row->label_nl,
             use->amount, row->unit, level, over ? ", " : "", over ? w->costs_regional : "",
             confidence_word(mkba_confidence_name(use->confidence), w),
             mkba_text_nl(use->source, use->source_nl, !en));
      if (row->includes)
        printf("  %s: %s\n", w->costs_includes, mkba_text_nl(row->includes, row->includes_nl, !en));
      if (row->has_range) {
        double f = row->amount > 0 ? use->amount / row->amount : 1;
        printf("  %s: %g .. %g (%s)\n", w->costs_range, row->low * f, row->high * f,
               mkba_text_nl(row->range_source, row->range_source_nl, !en));
      }
      printf("\n");
    }
  }
  if (o->json) {
    char *s = mkba_results_dump(arr);
    fputs(s ? s : "[]\n", stdout);
    free(s);
  }
  json_decref(arr);
  mkba_region_free(region);
  mkba_data_free(data);
  return MKBA_EXIT_OK;
}
