/*
 * national_regions.c: the national report's chapters by region and about
 * the numbers: per region the interventions ranked and the regions not
 * fully computed; the method box; the data version of every region; the
 * provenance.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "national.h"
#include "sections.h"
#include "table.h"

/* ---- per region ---- */

/* The total net value (euros) of a cell, NaN without one. */
static double cell_npv(const json_t *c) {
  return mkba_j_num(mkba_j_obj(c, "summary"), "npv");
}

/* Interventions of region r ordered by their net value in euros (the
 * region's total, comparable across interventions, unlike the value per
 * unit), high to low, computed ones only; into order. Returns the count. */
static size_t ranked(const mkba_nat *n, size_t r, size_t *order) {
  size_t k = 0;
  for (size_t i = 0; i < n->n_iv; i++)
    if (mkba_nat_ok(mkba_nat_cell(n, r, i)))
      order[k++] = i;
  /* insertion sort: a handful of interventions, stable for equal values */
  for (size_t a = 1; a < k; a++) {
    size_t v = order[a], b = a;
    double x = cell_npv(mkba_nat_cell(n, r, v));
    while (b > 0) {
      double y = cell_npv(mkba_nat_cell(n, r, order[b - 1]));
      int before = isfinite(x) && (!isfinite(y) || x > y);
      if (!before)
        break;
      order[b] = order[b - 1];
      b--;
    }
    order[b] = v;
  }
  return k;
}

/* The ranking table of region r under its heading. */
static void region_table(mkba_page *pg, size_t r, const size_t *order,
                         size_t k) {
  const mkba_nat *n = mkba_nat_of(pg);
  const mkba_strings *s = n->base.s;
  const mkba_nat_strings *ns = n->ns;
  mkba_lang l = n->base.lang;
  const mkba_col cols[] = {{ns->col_rank, 0.35, MKBA_ALIGN_RIGHT},
                           {s->col_intervention, 2.6, MKBA_ALIGN_LEFT},
                           {s->col_net_pv, 1.1, MKBA_ALIGN_RIGHT},
                           {ns->col_participants, 1.1, MKBA_ALIGN_RIGHT},
                           {ns->col_npv_pp, 1.5, MKBA_ALIGN_RIGHT},
                           {s->col_bcr, 0.5, MKBA_ALIGN_RIGHT},
                           {s->col_p_positive, 0.7, MKBA_ALIGN_RIGHT}};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  for (size_t o = 0; o < k; o++) {
    const json_t *c = mkba_nat_cell(n, r, order[o]);
    const json_t *u = mkba_j_obj(c, "uncertainty");
    mkba_row_clear(&row);
    snprintf(row.buf[0], sizeof row.buf[0], "%zu", o + 1);
    row.cell[0] = row.buf[0];
    /* the name alone: a second number beside the rank confused readers */
    mkba_nat_iv(n, order[o], row.buf[1], sizeof row.buf[1]);
    row.cell[1] = row.buf[1];
    mkba_fmt_money(row.buf[2], sizeof row.buf[2], cell_npv(c), l);
    row.cell[2] = row.buf[2];
    char num[64], unit[200];
    mkba_fmt_int(num, sizeof num, mkba_nat_participants(c), l);
    mkba_fmt_unit(unit, sizeof unit,
                  mkba_j_str(mkba_j_obj(c, "participants"), "unit", ""), l);
    snprintf(row.buf[3], sizeof row.buf[3], "%s %s", num, unit);
    row.cell[3] = row.buf[3];
    mkba_nat_money_per(n, order[o], mkba_nat_npp(c), row.buf[4],
                       sizeof row.buf[4]);
    row.cell[4] = row.buf[4];
    mkba_fmt_fixed(row.buf[5], sizeof row.buf[5],
                   mkba_j_num(mkba_j_obj(c, "summary"), "bcr"), 2, l);
    row.cell[5] = row.buf[5];
    if (u != NULL)
      mkba_row_percent(&row, 6, mkba_j_num(u, "p_npv_positive"), l);
    else
      mkba_row_set(&row, 6, "–");
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  char head[240], name[200];
  mkba_tpl(head, sizeof head, ns->region_heading,
           mkba_nat_region(n, r, name, sizeof name), NULL, NULL, NULL);
  mkba_page_heading(pg, head,
                    fmin(mkba_table_height(&t), MKBA_TABLE_KEEP_WHOLE));
  mkba_table_end(&t);
  char year[16], caption[400];
  mkba_tpl(caption, sizeof caption, ns->region_caption,
           mkba_nat_price_year(n, year, sizeof year), NULL, NULL, NULL);
  mkba_page_note(pg, caption);
}

/* The regions with a cell not computed: how many interventions each
 * skipped, and the counts it lacks (the union over its cells). */
static void skipped_regions(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  const mkba_nat_strings *ns = n->ns;
  const mkba_col cols[] = {{ns->col_region, 1.1, MKBA_ALIGN_LEFT},
                           {ns->col_skipped_ivs, 0.8, MKBA_ALIGN_RIGHT},
                           {ns->col_missing, 5.0, MKBA_ALIGN_LEFT}};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  size_t rows = 0;
  for (size_t r = 0; r < n->n_reg; r++) {
    size_t skipped = 0, n_groups = 0;
    char missing[1200] = "", groups[16][64];
    for (size_t i = 0; i < n->n_iv; i++) {
      const json_t *c = mkba_nat_cell(n, r, i);
      if (c == NULL || mkba_nat_ok(c))
        continue;
      skipped++;
      /* each group once, in the order first met */
      char ids[16][64];
      size_t ng = mkba_nat_group_ids(c, ids, 16);
      if (ng == 0) { /* failed: its reason */
        char why[600];
        mkba_nat_reason(n, c, why, sizeof why);
        if (strstr(missing, why) == NULL)
          snprintf(missing + strlen(missing), sizeof missing - strlen(missing),
                   "%s%s", missing[0] ? "; " : "", why);
      }
      for (size_t g = 0; g < ng; g++) {
        size_t m = 0;
        while (m < n_groups && strcmp(groups[m], ids[g]) != 0)
          m++;
        if (m == n_groups && n_groups < 16)
          snprintf(groups[n_groups++], sizeof groups[0], "%s", ids[g]);
      }
    }
    const char *names[16];
    for (size_t g = 0; g < n_groups; g++)
      names[g] = mkba_nat_group(n->base.lang, groups[g]);
    if (n_groups > 0) {
      char list[900];
      mkba_join_list(&n->base, names, n_groups, list, sizeof list);
      snprintf(missing + strlen(missing), sizeof missing - strlen(missing),
               "%s%s", missing[0] ? "; " : "", list);
    }
    if (skipped == 0)
      continue;
    mkba_row_clear(&row);
    mkba_nat_region(n, r, row.buf[0], sizeof row.buf[0]);
    row.cell[0] = row.buf[0];
    char a[32], b[32];
    snprintf(a, sizeof a, "%zu", skipped);
    snprintf(b, sizeof b, "%zu", n->n_iv);
    mkba_tpl(row.buf[1], sizeof row.buf[1], ns->all_of, a, b, NULL, NULL);
    row.cell[1] = row.buf[1];
    mkba_row_set(&row, 2, missing);
    mkba_table_row(&t, row.cell, 0, NULL);
    rows++;
  }
  if (rows == 0) {
    mkba_table_discard(&t);
    return;
  }
  mkba_page_heading(pg, ns->region_skipped_heading, 60);
  mkba_page_para(pg, ns->region_skipped_intro);
  mkba_table_end(&t);
}

void mkba_nat_section_by_region(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  size_t *order = calloc(n->n_iv + 1, sizeof *order);
  if (order == NULL)
    return;
  char year[16], intro[800];
  mkba_page_section(pg, n->ns->sec_by_region);
  mkba_tpl(intro, sizeof intro, n->ns->by_region_intro,
           mkba_nat_price_year(n, year, sizeof year), NULL, NULL, NULL);
  mkba_page_para(pg, intro);
  for (size_t r = 0; r < n->n_reg; r++) {
    size_t k = ranked(n, r, order);
    if (k > 0)
      region_table(pg, r, order, k);
  }
  free(order);
  skipped_regions(pg);
}

/* ---- the method box ---- */

void mkba_nat_section_method(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  const mkba_strings *s = n->base.s;
  const mkba_nat_strings *ns = n->ns;
  const json_t *prov = mkba_j_obj(n->nat, "provenance");
  mkba_box_row rows[MKBA_BOX_ROWS];
  int k = 0;
  char a[32], b[32], c[32], pc[32];
  double start = mkba_j_num(prov, "start_year");
  double years = mkba_j_num(prov, "horizon_years");
  snprintf(a, sizeof a, "%.0f", start);
  snprintf(b, sizeof b, "%.0f", start + years - 1);
  snprintf(c, sizeof c, "%.0f", years);

  rows[k].label = s->m_null;
  snprintf(rows[k++].text, sizeof rows[0].text, "%s", s->m_null_text);
  rows[k].label = s->m_project;
  snprintf(rows[k++].text, sizeof rows[0].text, "%s", ns->m_project_text);
  /* a batch has no discount of its own: every cell takes the standard */
  rows[k].label = s->discount;
  mkba_fmt_percent(pc, sizeof pc, 0.0225, 2, n->base.lang);
  mkba_tpl(rows[k++].text, sizeof rows[0].text, s->m_discount_std, pc, a, NULL,
           NULL);
  rows[k].label = s->period;
  mkba_tpl(rows[k++].text, sizeof rows[0].text, s->m_horizon_text, a, b, c,
           NULL);
  rows[k].label = s->price_level;
  mkba_tpl(rows[k++].text, sizeof rows[0].text, s->m_price_text, a, NULL, NULL,
           NULL);
  rows[k].label = ns->m_expected;
  snprintf(rows[k++].text, sizeof rows[0].text, "%s", ns->m_expected_text);
  rows[k].label = s->sec_uncertainty;
  double draws = mkba_j_num(prov, "draws");
  if (isfinite(draws) && draws > 0) {
    char d[32], seed[32], more[400];
    mkba_fmt_int(d, sizeof d, draws, n->base.lang);
    snprintf(seed, sizeof seed, "%.0f", mkba_j_num(prov, "seed"));
    mkba_tpl(rows[k].text, sizeof rows[0].text, s->m_uncertainty_text, d, seed,
             NULL, NULL);
    mkba_tpl(more, sizeof more, ns->m_seed_cells, seed, NULL, NULL, NULL);
    mkba_sentence_add(rows[k].text, sizeof rows[0].text, more);
  } else {
    snprintf(rows[k].text, sizeof rows[0].text, "%s", ns->m_uncertainty_none);
  }
  k++;
  rows[k].label = s->region;
  snprintf(rows[k++].text, sizeof rows[0].text, "%s", ns->m_region_text);
  rows[k].label = ns->m_oneway;
  snprintf(rows[k++].text, sizeof rows[0].text, "%s", ns->m_oneway_text);

  mkba_page_section_flow(pg, s->sec_method, 260);
  mkba_page_para(pg, s->method_intro);
  mkba_draw_box(pg, rows, k);
}

/* ---- data by region ---- */

/* The scaling of a computed cell's programme size
 * (participants.scaling), or NULL. */
static const json_t *scaling(const json_t *c) {
  return mkba_nat_ok(c) ? mkba_j_obj(mkba_j_obj(c, "participants"), "scaling")
                        : NULL;
}

/* The counts region r used, each once (the first cell's scaling that used
 * it), into used (up to max). Returns their number. */
static size_t counts_used(const mkba_nat *n, size_t r, const json_t **used,
                          size_t max) {
  size_t k = 0;
  for (size_t i = 0; i < n->n_iv; i++) {
    const json_t *sc = scaling(mkba_nat_cell(n, r, i));
    const char *g = mkba_j_str(sc, "counted_as", NULL);
    if (g == NULL)
      continue;
    size_t m = 0;
    while (m < k && strcmp(mkba_j_str(used[m], "counted_as", ""), g) != 0)
      m++;
    if (m == k && k < max)
      used[k++] = sc;
  }
  return k;
}

/* A year of a count as text ("–" without), into buf (len bytes). */
static char *year_text(const json_t *count, char *buf, size_t len) {
  double y = mkba_j_num(count, "year");
  if (isfinite(y))
    snprintf(buf, len, "%.0f", y);
  else
    snprintf(buf, len, "–");
  return buf;
}

/* The table of the counts every region used: per region and count the
 * group, the value, its year and confidence, and the national count (with
 * its year) it was set against; a region that used none has one row.
 * Returns whether any regional year differs from its national one. */
static int counts_table(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  const mkba_nat_strings *ns = n->ns;
  mkba_lang l = n->base.lang;
  const json_t *regs = mkba_j_arr(n->nat, "regions");
  const mkba_col cols[] = {{ns->col_region, 1.3, MKBA_ALIGN_LEFT},
                           {ns->col_version, 0.6, MKBA_ALIGN_LEFT},
                           {ns->col_count, 1.6, MKBA_ALIGN_LEFT},
                           {ns->col_count_value, 0.8, MKBA_ALIGN_RIGHT},
                           {ns->col_year, 0.45, MKBA_ALIGN_RIGHT},
                           {ns->col_confidence, 1.0, MKBA_ALIGN_LEFT},
                           {ns->col_national, 1.2, MKBA_ALIGN_RIGHT},
                           {ns->col_computed, 0.9, MKBA_ALIGN_RIGHT}};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  int mixed = 0;
  for (size_t r = 0; r < n->n_reg; r++) {
    const json_t *used[16];
    size_t nu = counts_used(n, r, used, MKBA_COUNT(used)), ok = 0;
    for (size_t i = 0; i < n->n_iv; i++)
      ok += (size_t)mkba_nat_ok(mkba_nat_cell(n, r, i));
    for (size_t k = 0; k < (nu > 0 ? nu : 1); k++) {
      mkba_row_clear(&row);
      if (k == 0) {
        mkba_nat_region(n, r, row.buf[0], sizeof row.buf[0]);
        row.cell[0] = row.buf[0];
        mkba_row_set(&row, 1, mkba_j_str(mkba_j_at(regs, r), "version", "–"));
        char a[32], b[32];
        snprintf(a, sizeof a, "%zu", ok);
        snprintf(b, sizeof b, "%zu", n->n_iv);
        mkba_tpl(row.buf[7], sizeof row.buf[7], ns->all_of, a, b, NULL, NULL);
        row.cell[7] = row.buf[7];
      }
      if (nu == 0) {
        mkba_row_set(&row, 2, ns->no_count);
        mkba_table_row(&t, row.cell, 0, NULL);
        continue;
      }
      const json_t *rc = mkba_j_obj(used[k], "region_count");
      const json_t *nc = mkba_j_obj(used[k], "national_count");
      mkba_row_set(&row, 2,
                   mkba_nat_group(l, mkba_j_str(used[k], "counted_as", "")));
      mkba_fmt_int(row.buf[3], sizeof row.buf[3], mkba_j_num(rc, "value"), l);
      row.cell[3] = row.buf[3];
      year_text(rc, row.buf[4], sizeof row.buf[4]);
      row.cell[4] = row.buf[4];
      mkba_row_set(&row, 5,
                   mkba_nat_confidence(l, mkba_j_str(rc, "confidence", "")));
      char v[64], y[16];
      mkba_fmt_int(v, sizeof v, mkba_j_num(nc, "value"), l);
      mkba_tpl(row.buf[6], sizeof row.buf[6], ns->national_value, v,
               year_text(nc, y, sizeof y), NULL, NULL);
      row.cell[6] = row.buf[6];
      mixed |= mkba_j_num(rc, "year") != mkba_j_num(nc, "year");
      mkba_table_row(&t, row.cell, 0, NULL);
    }
  }
  mkba_table_end(&t);
  return mixed;
}

/* The interventions whose programme size a region scaled by a substitute
 * count (counted_as is not the plugin's own target group): intervention,
 * its own group, the count used, the regions. Nothing when none did. */
static void fallback_table(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  const mkba_nat_strings *ns = n->ns;
  mkba_lang l = n->base.lang;
  const mkba_col cols[] = {{n->base.s->col_intervention, 2.2, MKBA_ALIGN_LEFT},
                           {ns->col_own_group, 1.3, MKBA_ALIGN_LEFT},
                           {ns->col_counted_as, 1.3, MKBA_ALIGN_LEFT},
                           {ns->col_regions, 2.2, MKBA_ALIGN_LEFT}};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  size_t rows = 0;
  for (size_t i = 0; i < n->n_iv; i++) {
    /* one row per substitute count used for this intervention */
    const char *seen[8];
    size_t n_seen = 0;
    for (size_t r0 = 0; r0 < n->n_reg; r0++) {
      const json_t *sc = scaling(mkba_nat_cell(n, r0, i));
      const char *own = mkba_j_str(sc, "target_group", NULL);
      const char *as = mkba_j_str(sc, "counted_as", NULL);
      if (own == NULL || as == NULL || strcmp(own, as) == 0)
        continue;
      size_t m = 0;
      while (m < n_seen && strcmp(seen[m], as) != 0)
        m++;
      if (m < n_seen || n_seen == 8)
        continue;
      seen[n_seen++] = as;
      char list[1200] = "";
      const char *names[64];
      char buf[64][120];
      size_t nr = 0;
      for (size_t r = r0; r < n->n_reg && nr < 64; r++) {
        const json_t *s2 = scaling(mkba_nat_cell(n, r, i));
        if (strcmp(mkba_j_str(s2, "counted_as", ""), as) == 0 &&
            strcmp(mkba_j_str(s2, "target_group", ""), own) == 0)
          names[nr] = mkba_nat_region(n, r, buf[nr], sizeof buf[nr]), nr++;
      }
      mkba_join_list(&n->base, names, nr, list, sizeof list);
      mkba_row_clear(&row);
      char name[300];
      snprintf(row.buf[0], sizeof row.buf[0], "%zu. %s", i + 1,
               mkba_nat_iv(n, i, name, sizeof name));
      row.cell[0] = row.buf[0];
      mkba_row_set(&row, 1, mkba_nat_group(l, own));
      mkba_row_set(&row, 2, mkba_nat_group(l, as));
      mkba_row_set(&row, 3, list);
      mkba_table_row(&t, row.cell, 0, NULL);
      rows++;
    }
  }
  if (rows == 0) {
    mkba_table_discard(&t);
    return;
  }
  mkba_page_heading(pg, ns->fallback_heading, 80);
  mkba_page_para(pg, ns->fallback_intro);
  mkba_table_end(&t);
}

void mkba_nat_section_vintage(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  const mkba_nat_strings *ns = n->ns;
  const json_t *prov = mkba_j_obj(n->nat, "provenance");
  char intro[1600];
  mkba_page_section(pg, ns->sec_vintage);
  mkba_tpl(intro, sizeof intro, ns->vintage_intro,
           mkba_j_str(prov, "data_version", "–"), NULL, NULL, NULL);
  mkba_page_para(pg, intro);
  if (counts_table(pg))
    mkba_page_note(pg, ns->vintage_mixed);
  fallback_table(pg);
}

/* ---- provenance ---- */

/* A row of the provenance table: item and value (both borrowed). */
static void prov_row(mkba_table *t, const char *item, const char *value) {
  const char *cells[2] = {item, value};
  mkba_table_row(t, cells, 0, NULL);
}

void mkba_nat_section_provenance(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  const mkba_strings *s = n->base.s;
  const mkba_nat_strings *ns = n->ns;
  const json_t *prov = mkba_j_obj(n->nat, "provenance");
  mkba_lang l = n->base.lang;
  mkba_page_section_flow(pg, s->sec_provenance, 240);
  mkba_page_para(pg, s->provenance_intro);
  const mkba_col cols[] = {{s->col_item, 1.0, MKBA_ALIGN_LEFT},
                           {s->col_value, 2.6, MKBA_ALIGN_LEFT}};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  char buf[256], a[64], b[64];
  prov_row(&t, ns->prov_title, mkba_nat_title(n->nat, n->base.lang, "–"));
  prov_row(&t, s->prov_mkba, mkba_j_str(prov, "mkba_version", "–"));
  prov_row(&t, ns->prov_batch, mkba_j_str(prov, "batch_sha256", "–"));
  prov_row(&t, s->prov_data, mkba_j_str(prov, "data_version", "–"));
  double start = mkba_j_num(prov, "start_year");
  double years = mkba_j_num(prov, "horizon_years");
  snprintf(a, sizeof a, "%.0f", start);
  snprintf(b, sizeof b, "%.0f", start + years - 1);
  snprintf(buf, sizeof buf, "%.0f", years);
  char period[128];
  mkba_tpl(period, sizeof period, s->period_value, a, b, buf, NULL);
  prov_row(&t, s->period, period);
  mkba_fmt_int(a, sizeof a, mkba_j_num(prov, "draws"), l);
  prov_row(&t, s->prov_draws, a);
  snprintf(b, sizeof b, "%.0f", mkba_j_num(prov, "seed"));
  prov_row(&t, s->prov_seed, b);
  mkba_fmt_int(buf, sizeof buf, mkba_j_num(prov, "cells"), l);
  prov_row(&t, ns->prov_cells, buf);
  prov_row(&t, ns->prov_oneway,
           json_is_true(json_object_get(prov, "one_way_analyses"))
               ? s->prov_none /* never: a batch leaves them out */
               : ns->prov_oneway_no);
  prov_row(&t, s->prov_date, n->base.date);
  mkba_table_end(&t);

  const json_t *plugins = mkba_j_arr(prov, "plugins");
  if (mkba_j_len(plugins) == 0)
    return;
  const mkba_col pc[] = {{ns->col_plugin, 1.5, MKBA_ALIGN_LEFT},
                         {ns->col_plugin_version, 0.5, MKBA_ALIGN_LEFT},
                         {"SHA-256", 3.2, MKBA_ALIGN_LEFT}};
  mkba_table_begin(&t, pg, pc, MKBA_COUNT(pc));
  for (size_t k = 0; k < mkba_j_len(plugins); k++) {
    const json_t *p = mkba_j_at(plugins, k);
    const char *cells[3] = {mkba_j_str(p, "name", "?"),
                            mkba_j_str(p, "version", "–"),
                            mkba_j_str(p, "sha256", "–")};
    mkba_table_row(&t, cells, 0, NULL);
  }
  mkba_page_heading(pg, s->prov_plugins,
                    fmin(mkba_table_height(&t), MKBA_TABLE_KEEP_WHOLE));
  mkba_table_end(&t);
}
