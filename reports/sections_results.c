/*
 * sections_results.c: the deterministic results. The overzichtstabel of the
 * Algemene leidraad (every cost and benefit item, then the same by actor
 * with each actor's PM items; for alternatives, the items per alternative
 * and the PM items by actor), who pays and who gains with the transfers
 * between actors, and the years with the payback curve.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "count.h"

static void note_amounts(mkba_page *pg) {
  char note[600], year[16];
  mkba_tpl(note, sizeof note, pg->r->s->pv_note,
           mkba_price_year(pg->r, year, sizeof year), NULL, NULL, NULL);
  mkba_page_note(pg, note);
}

/* The Leidraad's overzichtstabel by item: every category with its present
 * values and undiscounted totals, the total, and how much of the benefits
 * are budget effects and how much monetised well-being. */
static void category_table(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const mkba_col cols[] = {
      {s->col_item, 2.3, MKBA_ALIGN_LEFT},
      {s->col_costs_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_net_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_costs_und, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits_und, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  const json_t *cats = mkba_j_arr(r->doc, "categories");
  for (size_t i = 0; i < mkba_j_len(cats); i++) {
    const json_t *c = mkba_j_at(cats, i);
    mkba_row_clear(&row);
    mkba_display_label(c, row.buf[0], sizeof row.buf[0]);
    mkba_row_amount(&row, 1, mkba_j_num(c, "pv_costs"), r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(c, "pv_benefits"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(c, "npv"), r->lang);
    mkba_row_amount(&row, 4, mkba_j_num(c, "undiscounted_costs"), r->lang);
    mkba_row_amount(&row, 5, mkba_j_num(c, "undiscounted_benefits"), r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  const json_t *sum = mkba_j_obj(r->doc, "summary");
  const json_t *und = mkba_j_obj(r->doc, "undiscounted");
  mkba_row_clear(&row);
  mkba_row_set(&row, 0,
               mkba_j_len(mkba_j_arr(r->doc, "pm_items")) > 0
                   ? s->row_total_excl_pm
                   : s->row_total);
  mkba_row_amount(&row, 1, mkba_j_num(sum, "pv_costs"), r->lang);
  mkba_row_amount(&row, 2, mkba_j_num(sum, "pv_benefits"), r->lang);
  mkba_row_amount(&row, 3, mkba_j_num(sum, "npv"), r->lang);
  mkba_row_amount(&row, 4, mkba_j_num(und, "costs"), r->lang);
  mkba_row_amount(&row, 5, mkba_j_num(und, "benefits"), r->lang);
  mkba_table_row(&t, row.cell, MKBA_ROW_BOLD | MKBA_ROW_RULE, NULL);
  /* the split of the benefits: money that moves, and well-being valued */
  double wb = mkba_j_num(sum, "pv_benefits_wellbeing");
  if (isfinite(wb) && wb != 0) {
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, s->row_budget_part);
    mkba_row_amount(&row, 2, mkba_j_num(sum, "pv_benefits_budget"), r->lang);
    mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, s->row_wellbeing_part);
    mkba_row_amount(&row, 2, wb, r->lang);
    mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
  }
  mkba_table_end(&t);
}

static void transfer_table(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *tr = mkba_j_arr(r->doc, "transfers");
  mkba_page_heading(pg, s->transfers_heading, 60);
  mkba_page_note(pg, s->transfers_intro);
  if (mkba_j_len(tr) == 0) {
    mkba_page_para(pg, s->transfers_none);
    return;
  }
  const mkba_col cols[] = {
      {s->col_from_to, 2.2, MKBA_ALIGN_LEFT},
      {s->col_item, 2.4, MKBA_ALIGN_LEFT},
      {s->col_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_und, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  for (size_t i = 0; i < mkba_j_len(tr); i++) {
    const json_t *e = mkba_j_at(tr, i);
    char ft[256];
    snprintf(ft, sizeof ft, "%s \xe2\x86\x92 %s",
             mkba_report_actor_label(r, mkba_j_str(e, "from", "?")),
             mkba_report_actor_label(r, mkba_j_str(e, "to", "?")));
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, ft);
    mkba_row_set(&row, 1,
                 mkba_j_str(e, "label", mkba_j_str(e, "category", "")));
    mkba_row_amount(&row, 2, mkba_j_num(e, "pv"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(e, "undiscounted"), r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
}

/* A PM item's direction as the overzichtstabel writes it: +PM, −PM, PM (?).
 */
static const char *pm_mark(const mkba_strings *s, const char *d) {
  if (d != NULL && strcmp(d, "positive") == 0)
    return s->pm_plus;
  if (d != NULL && strcmp(d, "negative") == 0)
    return s->pm_minus;
  return s->pm_unknown;
}

/* A PM item's direction in words, for a column headed "Richting". */
static const char *direction(const mkba_strings *s, const char *d) {
  if (d != NULL && strcmp(d, "positive") == 0)
    return s->dir_positive;
  if (d != NULL && strcmp(d, "negative") == 0)
    return s->dir_negative;
  return s->dir_unknown;
}

/* Whether PM item e belongs to actor id (NULL: to no one actor, that is to
 * all of them). */
static int pm_of(const json_t *e, const char *id) {
  const char *a = mkba_j_str(e, "actor", NULL);
  if (id == NULL)
    return a == NULL || a[0] == '\0';
  return a != NULL && strcmp(a, id) == 0;
}

/* The PM rows of one actor (id; NULL: those of all actors) under its money
 * row: the effect, indented, and its direction in the net column (col). */
static void pm_rows(mkba_table *t, const mkba_report_ctx *r, const json_t *pm,
                    const char *id, int col) {
  mkba_row row;
  for (size_t i = 0; i < mkba_j_len(pm); i++) {
    const json_t *e = mkba_j_at(pm, i);
    if (!pm_of(e, id))
      continue;
    mkba_row_clear(&row);
    /* two em spaces: the item reads as part of the actor above it */
    snprintf(row.buf[0], sizeof row.buf[0], "\xe2\x80\x83\xe2\x80\x83%s",
             mkba_j_str(e, "label", "?"));
    mkba_row_set(&row, col, pm_mark(r->s, mkba_j_str(e, "direction", NULL)));
    mkba_table_row(t, row.cell, MKBA_ROW_PLAIN, NULL);
  }
}

/* The overzichtstabel by actor: each actor's costs, benefits split into
 * budget and well-being, and net, with the actor's PM items under it; then
 * society's and government's totals. */
static void actor_overview(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *pm = mkba_j_arr(r->doc, "pm_items");
  const mkba_col cols[] = {
      {s->col_actor, 2.4, MKBA_ALIGN_LEFT},
      {s->col_costs_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits_budget, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits_wellbeing, 1, MKBA_ALIGN_RIGHT},
      {s->col_net_pv, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_page_heading(pg, s->overview_by_actor, 120);
  if (mkba_j_len(pm) > 0)
    mkba_page_note(pg, s->pm_legend);
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  const json_t *actors = mkba_j_arr(r->doc, "actors");
  for (size_t i = 0; i < mkba_j_len(actors); i++) {
    const json_t *a = mkba_j_at(actors, i);
    const char *id = mkba_j_str(a, "id", "");
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_report_actor_label(r, id));
    mkba_row_amount(&row, 1, mkba_j_num(a, "pv_costs"), r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(a, "pv_benefits_budget"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(a, "pv_benefits_wellbeing"), r->lang);
    mkba_row_amount(&row, 4, mkba_j_num(a, "npv"), r->lang);
    mkba_rgb c = mkba_actor_rgb(id);
    mkba_table_row(&t, row.cell, MKBA_ROW_RULE, &c);
    pm_rows(&t, r, pm, id, 4);
  }
  /* items that belong to no one actor, and any whose actor is not listed */
  int loose = 0;
  for (size_t i = 0; i < mkba_j_len(pm); i++) {
    const char *a = mkba_j_str(mkba_j_at(pm, i), "actor", NULL);
    loose |= a != NULL && a[0] != '\0' && mkba_j_find_id(actors, a) == NULL;
  }
  /* items of all actors together under a row of their own, so none reads
   * as the last actor's */
  int shared = 0;
  for (size_t i = 0; i < mkba_j_len(pm); i++)
    shared |= pm_of(mkba_j_at(pm, i), NULL);
  if (shared) {
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, s->all_actors);
    if (row.buf[0][0] >= 'a' && row.buf[0][0] <= 'z')
      row.buf[0][0] = (char)(row.buf[0][0] - 'a' + 'A');
    mkba_table_row(&t, row.cell, MKBA_ROW_RULE | MKBA_ROW_PLAIN, NULL);
    pm_rows(&t, r, pm, NULL, 4);
  }
  if (loose) {
    for (size_t i = 0; i < mkba_j_len(pm); i++) {
      const json_t *e = mkba_j_at(pm, i);
      const char *a = mkba_j_str(e, "actor", NULL);
      if (a == NULL || a[0] == '\0' || mkba_j_find_id(actors, a) != NULL)
        continue;
      mkba_row_clear(&row);
      snprintf(row.buf[0], sizeof row.buf[0], "%s\n%s",
               mkba_j_str(e, "label", "?"), mkba_report_actor_label(r, a));
      mkba_row_set(&row, 4, pm_mark(s, mkba_j_str(e, "direction", NULL)));
      mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
    }
  }
  const json_t *ps = mkba_j_arr(r->doc, "perspectives");
  const json_t *sum = mkba_j_obj(r->doc, "summary");
  int first = 1;
  for (size_t i = 0; i < mkba_j_len(ps) || (i == 0 && ps == NULL); i++) {
    const json_t *p = ps != NULL ? mkba_j_at(ps, i) : sum;
    const char *id = mkba_j_str(p, "id", "maatschappij");
    int society = strcmp(id, "maatschappij") == 0;
    mkba_row_clear(&row);
    mkba_row_set(&row, 0,
                 society ? s->row_total_society : mkba_j_str(p, "label", id));
    mkba_row_amount(&row, 1, mkba_j_num(p, "pv_costs"), r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(p, "pv_benefits_budget"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(p, "pv_benefits_wellbeing"), r->lang);
    mkba_row_amount(&row, 4, mkba_j_num(p, "npv"), r->lang);
    mkba_table_row(&t, row.cell, MKBA_ROW_BOLD | (first ? MKBA_ROW_RULE : 0u),
                   NULL);
    first = 0;
  }
  mkba_table_end(&t);
  mkba_page_note(pg, s->transfer_note);
}

static void outcome_table(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *oc = mkba_j_arr(r->doc, "outcomes");
  if (mkba_j_len(oc) == 0)
    return;
  mkba_page_heading(pg, s->outcomes_heading, 50);
  const mkba_col cols[] = {
      {s->col_effect, 2.8, MKBA_ALIGN_LEFT},
      {s->col_unit, 0.9, MKBA_ALIGN_LEFT},
      {s->col_baseline, 1, MKBA_ALIGN_RIGHT},
      {s->col_with, 1, MKBA_ALIGN_RIGHT},
      {s->col_difference, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  for (size_t i = 0; i < mkba_j_len(oc); i++) {
    const json_t *e = mkba_j_at(oc, i);
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_j_str(e, "label", mkba_j_str(e, "id", "?")));
    mkba_fmt_unit(row.buf[1], sizeof row.buf[1], mkba_j_str(e, "unit", NULL),
                  r->lang);
    mkba_fmt_sig(row.buf[2], sizeof row.buf[2], mkba_j_num(e, "baseline"), 4,
                 r->lang);
    mkba_fmt_sig(row.buf[3], sizeof row.buf[3], mkba_j_num(e, "intervention"),
                 4, r->lang);
    double d = mkba_j_num(e, "difference");
    char num[64];
    mkba_fmt_sig(num, sizeof num, d, 4, r->lang);
    /* an explicit plus, so an increase is not read as a level */
    snprintf(row.buf[4], sizeof row.buf[4], "%s%s",
             isfinite(d) && d > 0 ? "+" : "", num);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
}

/* Alternatives per table: more columns of amounts would not be legible. */
#define ALT_COLS 5

/* The categories of all alternatives, each once, in order of appearance;
 * pointers into the document (up to max). Returns the count. */
static size_t union_categories(const json_t *ivs, const json_t **cats,
                               size_t max) {
  size_t n = 0;
  for (size_t i = 0; i < mkba_j_len(ivs); i++) {
    const json_t *list = mkba_j_arr(mkba_j_at(ivs, i), "categories");
    for (size_t j = 0; j < mkba_j_len(list); j++) {
      const json_t *c = mkba_j_at(list, j);
      const char *id = mkba_j_str(c, "id", "");
      int seen = 0;
      for (size_t k = 0; k < n && !seen; k++)
        seen = strcmp(mkba_j_str(cats[k], "id", ""), id) == 0;
      if (!seen && n < max)
        cats[n++] = c;
    }
  }
  return n;
}

/* The amount under key ("pv_costs", "pv_benefits") of category id for the
 * alternatives order[from..from+k) into row's columns 1..k; an alternative
 * without the item or with nothing there stays empty. Returns whether any
 * has an amount. */
static int item_row(const mkba_report_ctx *r, mkba_row *row, const char *id,
                    const char *key, const size_t *order, size_t from,
                    size_t k) {
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  int any = 0;
  for (size_t j = 0; j < k; j++) {
    const json_t *e = mkba_j_find_id(
        mkba_j_arr(mkba_j_at(ivs, order[from + j]), "categories"), id);
    double v = mkba_j_num(e, key);
    if (e == NULL || !isfinite(v) || v == 0)
      continue;
    mkba_row_amount(row, (int)j + 1, v, r->lang);
    any = 1;
  }
  return any;
}

/* A row of the alternatives' summaries: label and the value under key of
 * each of order[from..from+k), as an amount or (bcr) a ratio. */
static void summary_row(mkba_table *t, const mkba_report_ctx *r,
                        const char *label, const char *key, const size_t *order,
                        size_t from, size_t k, unsigned flags) {
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  mkba_row row;
  mkba_row_clear(&row);
  mkba_row_set(&row, 0, label);
  for (size_t j = 0; j < k; j++) {
    double v =
        mkba_j_num(mkba_j_obj(mkba_j_at(ivs, order[from + j]), "summary"), key);
    if (strcmp(key, "bcr") == 0)
      mkba_fmt_fixed(row.buf[j + 1], sizeof row.buf[j + 1], v, 2, r->lang);
    else
      mkba_row_amount(&row, (int)j + 1, v, r->lang);
  }
  mkba_table_row(t, row.cell, flags, NULL);
}

/* The overzichtstabel of alternatives: items down, alternatives across in
 * the order of the ranking, ALT_COLS at a time, so that every alternative
 * is shown however many there are. As in the Leidraad's table, the costs
 * per item and then the benefits per item, each with its total, so every
 * column adds up: the costs of the items to the alternative's costs, the
 * benefits to its benefits (split into budget effects and monetised
 * well-being); then the net value and B/C. Never a sum across
 * alternatives. */
static void alternatives_table(mkba_page *pg, const size_t *order, size_t n) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const json_t *cats[256];
  size_t nc = union_categories(ivs, cats, MKBA_COUNT(cats));
  for (size_t from = 0; from < n; from += ALT_COLS) {
    size_t k = n - from < ALT_COLS ? n - from : ALT_COLS;
    mkba_col cols[ALT_COLS + 1];
    char heads[ALT_COLS][300];
    /* wide enough for "Benefits per euro of cost (B/C)" on one line */
    cols[0] = (mkba_col){s->col_item, 2.2, MKBA_ALIGN_LEFT};
    for (size_t j = 0; j < k; j++) {
      char name[260];
      mkba_intervention_short_name(mkba_j_at(ivs, order[from + j]), name,
                                   sizeof name);
      snprintf(heads[j], sizeof heads[j], "%zu. %s", from + j + 1, name);
      cols[j + 1] = (mkba_col){heads[j], 1, MKBA_ALIGN_RIGHT};
    }
    mkba_table t;
    mkba_table_begin(&t, pg, cols, (int)k + 1);
    mkba_row row;
    int wellbeing = 0;
    for (size_t j = 0; j < k; j++)
      wellbeing |=
          mkba_j_num(mkba_j_obj(mkba_j_at(ivs, order[from + j]), "summary"),
                     "pv_benefits_wellbeing") != 0;
    for (int side = 0; side < 2; side++) {
      const char *key = side == 0 ? "pv_costs" : "pv_benefits";
      mkba_row_clear(&row);
      mkba_row_set(&row, 0, side == 0 ? s->col_costs : s->col_benefits);
      mkba_table_row(&t, row.cell, MKBA_ROW_GROUP, NULL);
      for (size_t c = 0; c < nc; c++) {
        mkba_row_clear(&row);
        mkba_display_label(cats[c], row.buf[0], sizeof row.buf[0]);
        /* an item none of these alternatives has here: no empty row */
        if (item_row(r, &row, mkba_j_str(cats[c], "id", ""), key, order, from,
                     k))
          mkba_table_row(&t, row.cell, 0, NULL);
      }
      summary_row(&t, r, side == 0 ? s->col_costs_pv : s->col_benefits_pv, key,
                  order, from, k, MKBA_ROW_BOLD | MKBA_ROW_RULE);
    }
    if (wellbeing) {
      summary_row(&t, r, s->row_budget_part, "pv_benefits_budget", order, from,
                  k, MKBA_ROW_PLAIN);
      summary_row(&t, r, s->row_wellbeing_part, "pv_benefits_wellbeing", order,
                  from, k, MKBA_ROW_PLAIN);
    }
    summary_row(&t, r, s->col_net_pv, "npv", order, from, k,
                MKBA_ROW_BOLD | MKBA_ROW_RULE);
    summary_row(&t, r, s->row_bcr, "bcr", order, from, k, 0);
    if (n > ALT_COLS) {
      /* the part's heading moves with a table that is not split */
      char a[16], b[16], all[16], head[200];
      snprintf(a, sizeof a, "%zu", from + 1);
      snprintf(b, sizeof b, "%zu", from + k);
      snprintf(all, sizeof all, "%zu", n);
      double h = mkba_table_height(&t);
      mkba_page_heading(
          pg, mkba_tpl(head, sizeof head, s->overview_part, a, b, all, NULL),
          h <= MKBA_TABLE_KEEP_WHOLE ? h : 120);
    }
    mkba_table_end(&t);
  }
}

/* PM items of alternatives, grouped by actor, each with the alternatives
 * (by rank) that have it: the same item in several alternatives is one
 * row. */
static void alternatives_pm(mkba_page *pg, const size_t *order, size_t n) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  size_t total = 0;
  for (size_t i = 0; i < n; i++)
    total += mkba_j_len(mkba_j_arr(mkba_j_at(ivs, i), "pm_items"));
  if (total == 0)
    return;
  const mkba_col cols[] = {
      {s->col_effect, 3.2, MKBA_ALIGN_LEFT},
      {s->col_direction, 0.8, MKBA_ALIGN_LEFT},
      {s->col_intervention, 2.2, MKBA_ALIGN_LEFT},
  };
  mkba_page_heading(pg, s->overview_pm_by_actor, 80);
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  const json_t *actors = mkba_j_arr(r->doc, "actors");
  /* the six actors in the document's order, then items of no one actor */
  size_t na = mkba_j_len(actors);
  for (size_t a = 0; a <= na; a++) {
    const char *id = a < na ? mkba_j_str(mkba_j_at(actors, a), "id", "") : NULL;
    int group = 0;
    /* rank by rank, so the first alternative with an item leads its row */
    for (size_t x = 0; x < n; x++) {
      const json_t *pm = mkba_j_arr(mkba_j_at(ivs, order[x]), "pm_items");
      for (size_t i = 0; i < mkba_j_len(pm); i++) {
        const json_t *e = mkba_j_at(pm, i);
        if (!pm_of(e, id))
          continue;
        const char *label = mkba_j_str(e, "label", "?");
        const char *dir = mkba_j_str(e, "direction", "");
        /* shown already with an earlier alternative? */
        int dup = 0;
        for (size_t y = 0; y < x && !dup; y++) {
          const json_t *q = mkba_j_arr(mkba_j_at(ivs, order[y]), "pm_items");
          for (size_t j = 0; j < mkba_j_len(q) && !dup; j++) {
            const json_t *f = mkba_j_at(q, j);
            dup = pm_of(f, id) &&
                  strcmp(mkba_j_str(f, "label", "?"), label) == 0 &&
                  strcmp(mkba_j_str(f, "direction", ""), dir) == 0;
          }
        }
        if (dup)
          continue;
        if (!group) {
          mkba_row_clear(&row);
          mkba_row_set(&row, 0,
                       id != NULL ? mkba_report_actor_label(r, id)
                                  : s->all_actors);
          mkba_table_row(&t, row.cell, MKBA_ROW_GROUP, NULL);
          group = 1;
        }
        /* every alternative with the same item, by rank */
        char which[600] = "";
        for (size_t y = x; y < n; y++) {
          const json_t *q = mkba_j_arr(mkba_j_at(ivs, order[y]), "pm_items");
          int has = 0;
          for (size_t j = 0; j < mkba_j_len(q) && !has; j++) {
            const json_t *f = mkba_j_at(q, j);
            has = pm_of(f, id) &&
                  strcmp(mkba_j_str(f, "label", "?"), label) == 0 &&
                  strcmp(mkba_j_str(f, "direction", ""), dir) == 0;
          }
          if (!has)
            continue;
          char name[260];
          mkba_intervention_short_name(mkba_j_at(ivs, order[y]), name,
                                       sizeof name);
          size_t o = strlen(which);
          if (o + 1 < sizeof which)
            snprintf(which + o, sizeof which - o, "%s%zu. %s",
                     o > 0 ? "; " : "", y + 1, name);
        }
        mkba_row_clear(&row);
        mkba_row_set(&row, 0, label);
        mkba_row_set(&row, 1, direction(s, dir));
        mkba_row_set(&row, 2, which);
        mkba_table_row(&t, row.cell, 0, NULL);
      }
    }
  }
  mkba_table_end(&t);
}

void mkba_section_overview(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  if (mkba_report_alternatives(r)) {
    /* its own title: per alternative, never the summed overview */
    mkba_page_section(pg, s->sec_overview_alt);
    size_t order[256];
    size_t n = mkba_ranked(r, order, MKBA_COUNT(order));
    mkba_page_para(pg, s->alt_not_summed);
    mkba_page_para(pg, s->overview_intro_alt);
    note_amounts(pg);
    mkba_page_gap(pg, 2);
    alternatives_table(pg, order, n);
    alternatives_pm(pg, order, n);
    return;
  }
  mkba_page_section(pg, s->sec_overview);
  mkba_page_para(pg, s->overview_intro);
  note_amounts(pg);
  mkba_page_gap(pg, 2);
  category_table(pg);
  actor_overview(pg);
  outcome_table(pg);
}

void mkba_section_actors(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  mkba_page_section(pg, s->sec_actors);
  mkba_page_para(pg, s->actors_intro);
  if (mkba_chart_actors.applies(r))
    mkba_page_chart(pg, &mkba_chart_actors);
  const mkba_col cols[] = {
      {s->col_actor, 1.6, MKBA_ALIGN_LEFT},
      {s->col_costs_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_net_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_transfers_net, 1, MKBA_ALIGN_RIGHT},
      {s->col_costs_und, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits_und, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  const json_t *actors = mkba_j_arr(r->doc, "actors");
  for (size_t i = 0; i < mkba_j_len(actors); i++) {
    const json_t *a = mkba_j_at(actors, i);
    const char *id = mkba_j_str(a, "id", "");
    double in, out;
    mkba_actor_transfers(r, id, &in, &out);
    mkba_row_clear(&row);
    mkba_row_set(&row, 0, mkba_report_actor_label(r, id));
    mkba_row_amount(&row, 1, mkba_j_num(a, "pv_costs"), r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(a, "pv_benefits"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(a, "npv"), r->lang);
    mkba_row_amount(&row, 4, in - out, r->lang);
    mkba_row_amount(&row, 5, mkba_j_num(a, "undiscounted_costs"), r->lang);
    mkba_row_amount(&row, 6, mkba_j_num(a, "undiscounted_benefits"), r->lang);
    mkba_rgb c = mkba_actor_rgb(id);
    mkba_table_row(&t, row.cell, 0, &c);
  }
  mkba_table_end(&t);
  note_amounts(pg);
  mkba_page_note(pg, s->transfer_note);
  transfer_table(pg);

  /* the perspectives (society, government) are in the overzichtstabel by
   * actor and on page 1, so not repeated here */
}

void mkba_section_years(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  mkba_page_section(pg, s->sec_years);
  mkba_page_para(pg, s->years_intro);
  if (mkba_chart_years.applies(r))
    mkba_page_chart(pg, &mkba_chart_years);
  const mkba_col cols[] = {
      {s->col_year, 0.6, MKBA_ALIGN_LEFT},
      {s->col_factor, 1.15, MKBA_ALIGN_RIGHT},
      {s->col_costs, 1, MKBA_ALIGN_RIGHT},
      {s->col_benefits, 1, MKBA_ALIGN_RIGHT},
      {s->col_net, 1, MKBA_ALIGN_RIGHT},
      {s->col_net_pv, 1, MKBA_ALIGN_RIGHT},
      {s->col_cumulative, 1, MKBA_ALIGN_RIGHT},
  };
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  const json_t *years = mkba_j_arr(r->doc, "years");
  for (size_t i = 0; i < mkba_j_len(years); i++) {
    const json_t *y = mkba_j_at(years, i);
    mkba_row_clear(&row);
    snprintf(row.buf[0], sizeof row.buf[0], "%.0f", mkba_j_num(y, "year"));
    mkba_fmt_fixed(row.buf[1], sizeof row.buf[1],
                   mkba_j_num(y, "discount_factor"), 4, r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(y, "costs"), r->lang);
    mkba_row_amount(&row, 3, mkba_j_num(y, "benefits"), r->lang);
    mkba_row_amount(&row, 4, mkba_j_num(y, "net"), r->lang);
    mkba_row_amount(&row, 5, mkba_j_num(y, "pv_net"), r->lang);
    mkba_row_amount(&row, 6, mkba_j_num(y, "cumulative_pv_net"), r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
  }
  mkba_table_end(&t);
  note_amounts(pg);
}
