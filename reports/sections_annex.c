/*
 * sections_annex.c: what the numbers rest on. Every parameter with its
 * value, distribution, unit, source and confidence, and the provenance that
 * lets anyone repeat the run.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"

const char *mkba_confidence_label(const mkba_strings *s, const char *c) {
  if (c == NULL)
    return "\xe2\x80\x93";
  if (strcmp(c, "verified") == 0)
    return s->conf_verified;
  if (strcmp(c, "secondary") == 0)
    return s->conf_secondary;
  if (strcmp(c, "assumption") == 0)
    return s->conf_assumption;
  if (strcmp(c, "scenario") == 0)
    return s->conf_scenario;
  return c;
}

/* Append "name value" for each of the distribution's parameters. r: the
 * rendering; d: the distribution; unit: the parameter's, so the bounds of a
 * price read as prices (NULL for shape parameters); ref: the parameter's
 * value, so the bounds are written as it is (whole euros or cents); buf,
 * len: output, appended to; keys, names: the n parameters' keys in d and
 * their names in the text. */
static void dist_args(const mkba_report_ctx *r, const json_t *d,
                      const char *unit, double ref, char *buf, size_t len,
                      const char *const *keys, const char *const *names,
                      int n) {
  size_t o = strlen(buf);
  for (int i = 0; i < n && o + 1 < len; i++) {
    char v[64];
    mkba_fmt_param_shown(v, sizeof v, mkba_j_num(d, keys[i]), ref, unit, NULL,
                         r->lang);
    o += (size_t)snprintf(buf + o, len - o, "%s%s %s", i ? "; " : " (",
                          names[i], v);
  }
  if (o + 1 < len)
    snprintf(buf + o, len - o, ")");
}

/* A distribution in words: "normaal (gem. 12.000; sd 1.500)". r: the
 * rendering; d: the parameter's distribution (NULL: fixed); unit: the
 * parameter's unit, which applies to the location and spread parameters
 * (not to the shape ones); ref: the parameter's value, whose format its
 * bounds follow; buf, len: output. */
static void distribution(const mkba_report_ctx *r, const json_t *d,
                         const char *unit, double ref, char *buf, size_t len) {
  const mkba_strings *s = r->s;
  const char *kind = mkba_j_str(d, "dist", NULL);
  if (d == NULL || kind == NULL) {
    snprintf(buf, len, "%s", s->dist_fixed);
    return;
  }
  if (strcmp(kind, "normal") == 0 || strcmp(kind, "lognormal") == 0) {
    const char *const keys[] = {"mean", "sd"};
    const char *const names[] = {s->p_mean, s->p_sd};
    snprintf(buf, len, "%s",
             kind[0] == 'n' ? s->dist_normal : s->dist_lognormal);
    dist_args(r, d, unit, ref, buf, len, keys, names, MKBA_COUNT(names));
  } else if (strcmp(kind, "uniform") == 0) {
    const char *const keys[] = {"min", "max"};
    const char *const names[] = {"min", "max"};
    snprintf(buf, len, "%s", s->dist_uniform);
    dist_args(r, d, unit, ref, buf, len, keys, names, MKBA_COUNT(names));
  } else if (strcmp(kind, "triangular") == 0 || strcmp(kind, "pert") == 0) {
    const char *const keys[] = {"min", "mode", "max"};
    const char *const names[] = {"min", s->p_mode, "max"};
    snprintf(buf, len, "%s",
             kind[0] == 't' ? s->dist_triangular : s->dist_pert);
    dist_args(r, d, unit, ref, buf, len, keys, names, MKBA_COUNT(names));
  } else if (strcmp(kind, "beta") == 0) {
    const char *const keys[] = {"alpha", "beta"};
    const char *const names[] = {"\xce\xb1", "\xce\xb2"};
    snprintf(buf, len, "%s", s->dist_beta);
    dist_args(r, d, NULL, ref, buf, len, keys, names, MKBA_COUNT(names));
  } else if (strcmp(kind, "gamma") == 0) {
    const char *const keys[] = {"shape", "scale"};
    const char *const names[] = {s->p_shape, s->p_scale};
    snprintf(buf, len, "%s", s->dist_gamma);
    dist_args(r, d, NULL, ref, buf, len, keys, names, MKBA_COUNT(names));
  } else {
    snprintf(buf, len, "%s", kind);
  }
}

/* The line under a parameter: its source in the report's language, led by
 * what it is ("Bron: Kostenhandleiding 2024", "Aanname: geen Nederlands
 * cijfer gevonden", and for a citation behind an assumption "Aanname, op
 * basis van: Divosa ..."), then the price year when it has one. r: the
 * rendering; p: the parameter; buf, len: output. */
static void source_note(const mkba_report_ctx *r, const json_t *p, char *buf,
                        size_t len) {
  const mkba_strings *s = r->s;
  const char *raw = mkba_j_str(p, "source", "");
  char src[2048];
  mkba_fmt_source(src, sizeof src, raw, r->lang);
  size_t o;
  const char *conf = mkba_j_str(p, "confidence", "");
  if (mkba_source_kind_first(raw)) {
    /* a kind word leads ("aanname: ..."): it says what the text is */
    o = (size_t)snprintf(buf, len, "%s", src);
    if (len > 0 && buf[0] >= 'a' && buf[0] <= 'z')
      buf[0] = (char)(buf[0] - 'a' + 'A');
  } else if (strcmp(conf, "assumption") == 0 && src[0] != '\0') {
    /* a citation behind an assumption (a national count taken as the
     * programme size): the value is the assumption, the text what it
     * rests on, so it does not read as a sourced figure */
    o = (size_t)snprintf(buf, len, "%s: %s", s->source_assumed, src);
  } else {
    o = (size_t)snprintf(buf, len, "%s: %s", s->col_source,
                         src[0] != '\0' ? src : "\xe2\x80\x93");
  }
  /* the value shown is at the scenario's price level; the source's own
   * price year says what it was re-indexed from */
  double year = mkba_j_num(p, "price_year");
  double level = mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year");
  if (isfinite(year) && o + 1 < len) {
    char y[16], lv[16], py[160];
    snprintf(y, sizeof y, "%.0f", year);
    snprintf(lv, sizeof lv, "%.0f", level);
    mkba_tpl(py, sizeof py,
             isfinite(level) && level != year ? s->price_year_reindexed
                                              : s->price_year_of,
             y, lv, NULL, NULL);
    snprintf(buf + o, len - o, " \xc2\xb7 %s", py);
  }
}

/* Order of two strings for qsort (a, b: const char **). */
static int by_text(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * The reference list: the method's two publications, then every citation
 * the parameters rest on (a source that is not a kind word such as
 * "aanname:", not the scenario's own choice), sorted, each once: the
 * annex repeats a shared source under every parameter that uses it, the
 * list names it once. pg: the page flow.
 */
static void references(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *params = mkba_j_arr(r->doc, "parameters");
  size_t n = mkba_j_len(params), k = 0;
  const char **list = calloc(n + 1, sizeof *list);
  if (list == NULL)
    return; /* a page without its list, rather than none */
  for (size_t i = 0; i < n; i++) {
    const json_t *p = mkba_j_at(params, i);
    const char *src = mkba_j_str(p, "source", NULL);
    const char *conf = mkba_j_str(p, "confidence", "");
    if (src == NULL || src[0] == '\0' || mkba_source_kind_first(src) ||
        strcmp(conf, "scenario") == 0)
      continue;
    list[k++] = src;
  }
  qsort(list, k, sizeof *list, by_text);
  mkba_page_heading(pg, s->sec_references, 80);
  mkba_page_note(pg, s->references_intro);
  mkba_page_para(pg, s->ref_leidraad);
  mkba_page_para(pg, s->ref_discount);
  /* the section "Waar loont meer onderzoek?" cites the EVPPI's method */
  if (mkba_j_len(mkba_j_arr(mkba_j_obj(pg->r->doc, "uncertainty"), "evppi")) >
      0)
    mkba_page_para(pg, s->ref_evppi);
  for (size_t i = 0; i < k; i++)
    if (i == 0 || strcmp(list[i], list[i - 1]) != 0)
      mkba_page_para(pg, list[i]);
  free(list);
}

void mkba_section_assumptions(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *params = mkba_j_arr(r->doc, "parameters");
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  mkba_page_section(pg, s->sec_assumptions);
  mkba_page_para(pg, s->assumptions_intro);
  mkba_page_note(pg, s->confidence_legend);
  /* the source goes under the value, unit, distribution and confidence and
   * across them: in a column of its own most sources made a tall narrow
   * strip, and the annex several times longer */
  const mkba_col cols[] = {
      {s->col_parameter, 2.4, MKBA_ALIGN_LEFT},
      {s->col_value, 0.8, MKBA_ALIGN_RIGHT},
      {s->col_unit, 1.45, MKBA_ALIGN_LEFT},
      {s->col_distribution, 1.8, MKBA_ALIGN_LEFT},
      {s->col_confidence, 0.9, MKBA_ALIGN_LEFT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  double group = NAN;
  int several = mkba_j_len(ivs) > 1;
  for (size_t i = 0; i < mkba_j_len(params); i++) {
    const json_t *p = mkba_j_at(params, i);
    double iv = mkba_j_num(p, "intervention");
    if (several && isfinite(iv) && iv != group) {
      /* a group title per intervention in a package */
      char name[300];
      const json_t *ivj = NULL;
      for (size_t k = 0; k < mkba_j_len(ivs); k++)
        if (mkba_j_num(mkba_j_at(ivs, k), "index") == iv)
          ivj = mkba_j_at(ivs, k);
      if (ivj == NULL)
        ivj = mkba_j_at(ivs, (size_t)iv);
      mkba_row_clear(&row);
      mkba_row_set(&row, 0, mkba_intervention_name(ivj, name, sizeof name));
      mkba_table_row(&t, row.cell, MKBA_ROW_GROUP, NULL);
      group = iv;
    }
    /* the id small under the label, without the "3:" of the package: the
     * group title already says which intervention */
    const char *id = mkba_param_local_id(mkba_j_str(p, "parameter", "?"));
    const char *unit = mkba_j_str(p, "unit", "");
    char label[600], note[2400];
    snprintf(label, sizeof label, "%s\n%s", mkba_j_str(p, "label", id), id);
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, label);
    /* one rule for the value and its distribution: four significant
     * digits, euros with the sign before them (the unit then says only
     * what they are per) */
    double value = mkba_j_num(p, "value");
    mkba_fmt_param_shown(row.buf[1], sizeof row.buf[1], value, NAN, unit, id,
                         r->lang);
    mkba_fmt_unit_shown(row.buf[2], sizeof row.buf[2], unit, r->lang);
    distribution(r, mkba_j_obj(p, "distribution"), unit, value, row.buf[3],
                 sizeof row.buf[3]);
    mkba_row_set(&row, 4,
                 mkba_confidence_label(s, mkba_j_str(p, "confidence", NULL)));
    source_note(r, p, note, sizeof note);
    mkba_table_row_note(&t, row.cell, 0, NULL, note, 1);
  }
  mkba_table_end(&t);
  references(pg);
}

static void kv(mkba_table *t, const char *key, const char *value) {
  const char *cells[2] = {key, value};
  mkba_table_row(t, cells, 0, NULL);
}

void mkba_section_provenance(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *prov = mkba_j_obj(r->doc, "provenance");
  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  mkba_page_section_flow(pg, s->sec_provenance, 330);
  mkba_page_para(pg, s->provenance_intro);
  static const mkba_col cols[] = {{NULL, 1.4, MKBA_ALIGN_LEFT},
                                  {NULL, 4.0, MKBA_ALIGN_LEFT}};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  char buf[1024];
  kv(&t, s->prov_mkba, mkba_j_str(prov, "mkba_version", "?"));
  const json_t *plugins = mkba_j_arr(prov, "plugins");
  for (size_t i = 0; i < mkba_j_len(plugins); i++) {
    const json_t *p = mkba_j_at(plugins, i);
    snprintf(buf, sizeof buf, "%s %s\n%s", mkba_j_str(p, "name", "?"),
             mkba_j_str(p, "version", "?"), mkba_j_str(p, "sha256", "?"));
    kv(&t, i == 0 ? s->prov_plugins : "", buf);
  }
  kv(&t, s->prov_data, mkba_j_str(prov, "data_version", "?"));
  kv(&t, s->prov_scenario, mkba_j_str(prov, "scenario_sha256", "?"));
  double seed = mkba_j_num(prov, "seed");
  if (!isfinite(seed))
    seed = mkba_j_num(u, "seed");
  if (isfinite(seed))
    snprintf(buf, sizeof buf, "%.0f", seed);
  else
    snprintf(buf, sizeof buf, "%s", s->prov_none);
  kv(&t, s->prov_seed, buf);
  if (u != NULL) {
    mkba_fmt_int(buf, sizeof buf, mkba_j_num(u, "draws"), r->lang);
    kv(&t, s->prov_draws, buf);
  }
  kv(&t, s->discount, mkba_discount_text(r, buf, sizeof buf));
  kv(&t, s->price_level, mkba_price_year(r, buf, sizeof buf));
  const json_t *pi = mkba_j_obj(prov, "price_index");
  if (pi != NULL) {
    char factors[600], to[16];
    size_t o = 0;
    factors[0] = '\0';
    const json_t *fs = mkba_j_arr(pi, "factors");
    for (size_t i = 0; i < mkba_j_len(fs) && o + 1 < sizeof factors; i++) {
      const json_t *f = mkba_j_at(fs, i);
      char v[32];
      mkba_fmt_fixed(v, sizeof v, mkba_j_num(f, "factor"), 4, r->lang);
      o += (size_t)snprintf(factors + o, sizeof factors - o, "%s%.0f: %s",
                            i ? ", " : "", mkba_j_num(f, "year"), v);
    }
    snprintf(to, sizeof to, "%.0f", mkba_j_num(pi, "to_year"));
    char line[700];
    mkba_tpl(line, sizeof line, s->prov_factors, to, factors, NULL, NULL);
    snprintf(buf, sizeof buf, "%s\n%s", mkba_j_str(pi, "source", "?"), line);
    kv(&t, s->prov_price_index, buf);
  }
  kv(&t, s->prov_schema, mkba_j_str(r->doc, "schema", "?"));
  kv(&t, s->prov_date, r->dated ? r->date : s->prov_undated);
  mkba_table_end(&t);
}
