/*
 * chart_tornado.c: the one-way sensitivity analysis. One row per parameter,
 * largest swing on top: a bar from the base-case NPV to the NPV with the
 * parameter at its P10 and another to the NPV at its P90, each end labelled
 * with the parameter value that gives it, in its unit.
 *
 * For a package every row starts from the package's base case (one line
 * down the chart). Alternatives are never summed, so each row starts from
 * its own intervention's base case, marked on the row. With several
 * interventions each parameter names its intervention (its rank and name)
 * under its label.
 *
 * Nothing is cut: a label wraps over as many lines as it needs and its row
 * grows to hold them. Each value sits just outside the outer end of its own
 * bar; where that would cross the zero line, it sits above (P10) or below
 * (P90) the bar at that end instead, still on the bar's side of the line.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"

/* Room between a bar's end and its value label. */
#define GAP 3.0

/* Clear air between a value label's text and a vertical line. */
#define AIR 3.0

/* The white box under a value label reaches this far beyond its text on
 * either side, so a grid line does not run through it. */
#define BOX_PAD 1.5

/* The label column's width. */
#define LABEL_W 180.0

/* A bar's height, and how far an alternative's base tick reaches beyond
 * its bars. */
#define BAR 13.0
#define TICK_OVER 2.0

/* A row's least height. */
#define MIN_ROW 28.0

/* The chart applies when there are one-way results (r: the rendering). */
static int applies(const mkba_report_ctx *r) {
  return mkba_j_len(mkba_j_arr(r->doc, "sensitivity")) > 0;
}

/* Whether each parameter names its intervention: a line under its label. */
static int several(const mkba_report_ctx *r) {
  return mkba_j_len(mkba_j_arr(r->doc, "interventions")) > 1;
}

/* Height in points for r at width w: that of its layout. */
static double height(const mkba_report_ctx *r, double w) {
  cairo_t *cr = mkba_measure_context();
  mkba_tornado_layout *L = malloc(sizeof *L);
  double h = 300;
  if (L != NULL) {
    mkba_tornado_lay_out(cr, r, w, L);
    h = L->height;
    free(L);
  }
  cairo_destroy(cr);
  return h;
}

/* The base case a row starts from: the package's, or for alternatives the
 * net value of the parameter's own intervention k. */
static double row_base(const mkba_report_ctx *r, int k) {
  double pkg = mkba_j_num(mkba_j_obj(r->doc, "summary"), "npv");
  if (!mkba_chart_alternatives(r) || k < 0)
    return pkg;
  const json_t *iv = mkba_j_at(mkba_j_arr(r->doc, "interventions"), (size_t)k);
  double own = mkba_j_num(mkba_j_obj(iv, "summary"), "npv");
  return isfinite(own) ? own : pkg;
}

/* The rank the results give intervention k ("ranking"), or NAN. */
static double iv_rank(const mkba_report_ctx *r, int k) {
  const json_t *rank = mkba_j_arr(r->doc, "ranking");
  for (size_t i = 0; i < mkba_j_len(rank); i++)
    if (mkba_j_num(mkba_j_at(rank, i), "intervention") == (double)k)
      return mkba_j_num(mkba_j_at(rank, i), "rank");
  return NAN;
}

/* Fill row t from sensitivity entry e of r (the rendering), measuring its
 * values on cr in style val: their widths into tw. *k receives the
 * parameter's intervention (-1: none known). */
static void read_row(cairo_t *cr, const mkba_report_ctx *r, const json_t *e,
                     const mkba_text_style *val, mkba_tornado_row *t, int *k,
                     double tw[2]) {
  const char *id = mkba_j_str(e, "parameter", "?");
  snprintf(t->label, sizeof t->label, "%s", mkba_j_str(e, "label", id));
  *k = mkba_param_intervention(r, id);
  t->iv[0] = '\0';
  if (several(r) && *k >= 0) {
    const json_t *iv =
        mkba_j_at(mkba_j_arr(r->doc, "interventions"), (size_t)*k);
    if (iv != NULL) {
      /* the rank the ranking and the comparison give it, then its name:
       * short, and the reader can find it in either */
      char name[320];
      mkba_intervention_short_name(iv, name, sizeof name);
      double rank = iv_rank(r, *k);
      if (isfinite(rank))
        snprintf(t->iv, sizeof t->iv, "%.0f. %s", rank, name);
      else
        snprintf(t->iv, sizeof t->iv, "%s", name);
    } else {
      *k = -1;
    }
  }
  t->base = row_base(r, *k);
  const char *unit = mkba_j_str(mkba_param_entry(r, id), "unit", NULL);
  const char *npv[2] = {"npv_low", "npv_high"};
  const char *at[2] = {"low", "high"};
  for (int i = 0; i < 2; i++) {
    t->v[i] = mkba_j_num(e, npv[i]);
    t->has[i] = isfinite(t->v[i]);
    mkba_fmt_param_value(t->val[i], sizeof t->val[i], mkba_j_num(e, at[i]),
                         unit, 1, r->lang);
    mkba_text_size(cr, t->val[i], val, &tw[i], NULL);
    double d = t->v[i] - t->base;
    t->side[i] = !isfinite(d) || d == 0 ? 0 : d < 0 ? -1 : 1;
  }
  /* a bar of no length puts its label on the side the other bar leaves
   * free, so the two labels never meet */
  for (int i = 0; i < 2; i++)
    if (t->side[i] == 0)
      t->side[i] = t->side[1 - i] != 0 ? -t->side[1 - i] : (i == 0 ? -1 : 1);
  t->split = t->side[0] == t->side[1];
}

/* Whether a value from x0 to x1, beside a bar's end at x in direction dir
 * (+1 right, -1 left), keeps AIR clear of the vertical line at xl (NAN: no
 * line), its white box included. A line behind the end (the bar crosses
 * it) it never meets. */
static int clear_of(double x0, double x1, double x, int dir, double xl) {
  if (!isfinite(xl) || (xl - x) * dir <= 0)
    return 1;
  return x1 + BOX_PAD + AIR <= xl || x0 - BOX_PAD - AIR >= xl;
}

/* The subtitle into L: the price year, the base case, how many of how
 * many parameters and, when some interventions have none among them, how
 * many interventions the rows cover (r: the rendering; total: entries). */
static void subtitle(const mkba_report_ctx *r, mkba_tornado_layout *L,
                     size_t total) {
  const mkba_strings *s = r->s;
  char year[16], bbuf[64], shown[160], ivs[160], of[32], all[32], tail[320];
  snprintf(year, sizeof year, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
  mkba_fmt_money_short(bbuf, sizeof bbuf,
                       mkba_j_num(mkba_j_obj(r->doc, "summary"), "npv"),
                       r->lang);
  snprintf(of, sizeof of, "%d", L->n);
  snprintf(all, sizeof all, "%zu", total);
  mkba_tpl(shown, sizeof shown, (size_t)L->n < total ? s->tornado_shown : "",
           of, all, NULL, NULL);
  ivs[0] = '\0';
  if (L->ivs_total > 1 && L->ivs_shown < L->ivs_total) {
    snprintf(of, sizeof of, "%d", L->ivs_shown);
    snprintf(all, sizeof all, "%d", L->ivs_total);
    mkba_tpl(ivs, sizeof ivs, s->tornado_ivs_chart, of, all, NULL, NULL);
  }
  snprintf(tail, sizeof tail, "%s%s", shown, ivs);
  mkba_tpl(L->subtitle, sizeof L->subtitle,
           L->alt ? s->chart_tornado_sub_alt : s->chart_tornado_sub, year, bbuf,
           tail, NULL);
}

/*
 * Where the bars span: [*a0, *a1] inside [px0, px1], narrowed until every
 * value fits beside its bar's outer end inside the plot, for values from lo
 * to hi (L: the rows; tw: their values' widths).
 */
static void bar_span(const mkba_tornado_layout *L, const double (*tw)[2],
                     double lo, double hi, double *a0, double *a1) {
  double px0 = L->px0, px1 = L->px1;
  *a0 = px0;
  *a1 = px1;
  for (int it = 0; it < 40; it++) {
    double k = (*a1 - *a0) / (hi - lo), n0 = *a0, n1 = *a1;
    for (int i = 0; i < L->n; i++)
      for (int e = 0; e < 2; e++) {
        const mkba_tornado_row *t = &L->row[i];
        if (!t->has[e])
          continue;
        double x = *a0 + (t->v[e] - lo) * k;
        if (t->side[e] < 0)
          n0 = fmax(n0, *a0 + (px0 + GAP + tw[i][e] + BOX_PAD) - x);
        else
          n1 = fmin(n1, *a1 - (x + GAP + tw[i][e] + BOX_PAD - px1));
      }
    if (n0 <= *a0 + 1e-6 && n1 >= *a1 - 1e-6)
      return;
    *a0 = n0;
    *a1 = n1;
    if (*a1 - *a0 < 60) {
      /* labels too wide for the plot: bars first, values where they fit */
      *a0 = px0;
      *a1 = px1;
      return;
    }
  }
}

/* Where row t's values go across (the bars' ends known): beside the outer
 * end, or when that crosses the zero line or the base line, stacked at the
 * end over the bar's own length (tw: the values' widths; w: the chart's
 * width). */
static void place_values(const mkba_tornado_layout *L, mkba_tornado_row *t,
                         const double tw[2], double w) {
  for (int e = 0; e < 2; e++) {
    t->stacked[e] = 0;
    if (!t->has[e])
      continue;
    double x = t->x_end[e];
    double l = t->side[e] < 0 ? x - GAP - tw[e] : x + GAP;
    int ok = l - BOX_PAD >= L->px0 - 0.01 && l + tw[e] + BOX_PAD <= w + 0.01 &&
             clear_of(l, l + tw[e], x, t->side[e], L->x_zero) &&
             clear_of(l, l + tw[e], x, t->side[e], L->x_pkg);
    if (!ok) {
      /* over the bar's length, from its outer end towards the base: on
       * the bar's side of the zero line */
      t->stacked[e] = 1;
      l = t->side[e] > 0 ? x - tw[e] : x;
      l = fmax(L->px0 + BOX_PAD, fmin(l, w - BOX_PAD - tw[e]));
    }
    t->value[e].x0 = l;
    t->value[e].x1 = l + tw[e];
  }
}

void mkba_tornado_lay_out(cairo_t *cr, const mkba_report_ctx *r, double w,
                          mkba_tornado_layout *L) {
  const mkba_strings *s = r->s;
  const json_t *sens = mkba_j_arr(r->doc, "sensitivity");
  size_t total = mkba_j_len(sens);
  memset(L, 0, sizeof *L);
  L->n = total > MKBA_TORNADO_MAX_ROWS ? MKBA_TORNADO_MAX_ROWS : (int)total;
  L->alt = mkba_chart_alternatives(r) && several(r);
  double base = mkba_j_num(mkba_j_obj(r->doc, "summary"), "npv");

  L->value_style = mkba_style(MKBA_PT_FINE);
  L->label_style = mkba_style(MKBA_PT_CAPTION);
  L->label_style.width = LABEL_W;
  L->label_style.max_lines = 0; /* every line it needs */
  L->label_style.align = MKBA_ALIGN_RIGHT;
  L->iv_style = mkba_style(MKBA_PT_FINE);
  L->iv_style.width = LABEL_W;
  L->iv_style.max_lines = 0;
  L->iv_style.align = MKBA_ALIGN_RIGHT;
  L->iv_style.colour = MKBA_RGB_MUTED;

  /* the rows, the values' range and which interventions they cover */
  double tw[MKBA_TORNADO_MAX_ROWS][2];
  size_t nivs = mkba_j_len(mkba_j_arr(r->doc, "interventions"));
  char *seen = calloc(nivs > 0 ? nivs : 1, 1);
  double lo = isfinite(base) && !L->alt ? base : NAN, hi = lo;
  for (int i = 0; i < L->n; i++) {
    mkba_tornado_row *t = &L->row[i];
    int k;
    read_row(cr, r, mkba_j_at(sens, (size_t)i), &L->value_style, t, &k, tw[i]);
    if (seen != NULL && k >= 0 && (size_t)k < nivs && !seen[k]) {
      seen[k] = 1;
      L->ivs_shown++;
    }
    double xs[3] = {t->base, t->v[0], t->v[1]};
    for (int j = 0; j < 3; j++)
      if (isfinite(xs[j])) {
        lo = isfinite(lo) ? fmin(lo, xs[j]) : xs[j];
        hi = isfinite(hi) ? fmax(hi, xs[j]) : xs[j];
      }
  }
  if (seen == NULL)
    L->ivs_shown = (int)nivs; /* unknown: claim no gap */
  free(seen);
  L->ivs_total = several(r) ? (int)nivs : 0;
  subtitle(r, L, total);
  if (!isfinite(lo)) {
    lo = -1;
    hi = 1;
  }
  /* zero stays in view when it is near: the switch from gain to loss */
  if (lo > 0 && lo < (hi - lo) * 0.6)
    lo = 0;
  if (hi < 0 && -hi < (hi - lo) * 0.6)
    hi = 0;
  if (hi - lo <= 0) {
    double pad = fabs(hi) > 0 ? fabs(hi) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  int zero = lo < 0 && hi > 0;

  /* the legend */
  L->nkeys = 0;
  L->keys[L->nkeys++] = (mkba_key){
      .kind = MKBA_KEY_BOX, .colour = MKBA_RGB_LOW, .text = s->key_low};
  L->keys[L->nkeys++] = (mkba_key){
      .kind = MKBA_KEY_BOX, .colour = MKBA_RGB_HIGH, .text = s->key_high};
  L->keys[L->nkeys++] =
      (mkba_key){.kind = MKBA_KEY_TICK,
                 .colour = MKBA_RGB_NET,
                 .text = L->alt ? s->key_base_own : s->key_base_net};
  if (zero)
    L->keys[L->nkeys++] = (mkba_key){
        .kind = MKBA_KEY_DASH, .colour = MKBA_RGB_COSTS, .text = s->key_zero};

  /* across: the bars leave room for every value beside their ends; the
   * ticks are round values inside the data's range, as many as have room
   * for their labels, and the axis itself stays tight around the bars */
  L->px0 = LABEL_W + 6;
  L->px1 = w - 1;
  double a0, a1;
  bar_span(L, (const double(*)[2])tw, lo, hi, &a0, &a1);
  double tlo = lo, thi = hi;
  L->nticks =
      mkba_money_ticks(cr, r, &tlo, &thi, 1, a0, a1, 6, L->ticks, 16, &L->step);
  L->sx = (mkba_scale){lo, hi, a0, a1};
  L->x_zero = zero ? mkba_scale_at(&L->sx, 0) : NAN;
  L->x_pkg = !L->alt && isfinite(base) ? mkba_scale_at(&L->sx, base) : NAN;
  for (int i = 0; i < L->n; i++) {
    mkba_tornado_row *t = &L->row[i];
    double x0 = mkba_scale_at(&L->sx, t->base);
    for (int e = 0; e < 2; e++) {
      t->x_end[e] = t->has[e] ? mkba_scale_at(&L->sx, t->v[e]) : NAN;
      t->bar[e] = (mkba_box){NAN, NAN, NAN, NAN};
      if (t->has[e]) {
        t->bar[e].x0 = fmin(x0, t->x_end[e]);
        t->bar[e].x1 = fmax(x0, t->x_end[e]);
      }
    }
    place_values(L, t, tw[i], w);
  }

  /* down: each row as tall as its label, its intervention and its bars
   * with any value stacked on them need */
  double vh;
  mkba_text_size(cr, "0", &L->value_style, NULL, &vh);
  double lane = fmax(BAR / 2, vh + 0.6); /* a split row's bar height */
  L->py0 =
      mkba_chart_title_height(cr, s->chart_tornado_title, L->subtitle, w) + 4;
  double y = L->py0;
  for (int i = 0; i < L->n; i++) {
    mkba_tornado_row *t = &L->row[i];
    double lh, ih = 0, lw, iw = 0;
    mkba_text_size(cr, t->label, &L->label_style, &lw, &lh);
    if (t->iv[0] != '\0')
      mkba_text_size(cr, t->iv, &L->iv_style, &iw, &ih);
    double half = t->split ? lane + 0.75 : BAR / 2;
    double ext = half + (L->alt ? TICK_OVER : 0);
    double up = t->stacked[0] ? ext + 1 + vh : ext;
    double down = t->stacked[1] ? ext + 1 + vh : ext;
    double row_h = fmax(MIN_ROW, fmax(lh + ih + 8, up + down + 4));
    t->y0 = y;
    t->y1 = y + row_h;
    /* the bars in the middle of the row, unless a value stacked on one
     * side needs the room */
    t->yc = fmin(fmax(y + row_h / 2, y + 2 + up), y + row_h - 2 - down);
    double ly = y + row_h / 2 - (lh + ih) / 2;
    t->label_box = (mkba_box){LABEL_W - lw, ly, LABEL_W, ly + lh};
    t->iv_box = t->iv[0] != '\0'
                    ? (mkba_box){LABEL_W - iw, ly + lh, LABEL_W, ly + lh + ih}
                    : (mkba_box){NAN, NAN, NAN, NAN};
    for (int e = 0; e < 2; e++) {
      if (!t->has[e])
        continue;
      /* both ends on one side of the base: P10 in the upper half of the
       * row, P90 in the lower, so neither bar hides the other */
      double by0 = t->split ? (e == 0 ? t->yc - lane - 0.75 : t->yc + 0.75)
                            : t->yc - BAR / 2;
      double bh = t->split ? lane : BAR;
      t->bar[e].y0 = by0;
      t->bar[e].y1 = by0 + bh;
      double vy;
      if (!t->stacked[e])
        vy = by0 + bh / 2 - vh / 2; /* beside the end, centred on the bar */
      else if (e == 0)
        vy = t->yc - ext - 1 - vh; /* above */
      else
        vy = t->yc + ext + 1; /* below */
      t->value[e].y0 = vy;
      t->value[e].y1 = vy + vh;
    }
    double x0 = mkba_scale_at(&L->sx, t->base);
    t->tick = L->alt && isfinite(t->base)
                  ? (mkba_box){x0 - 0.9, t->yc - half - TICK_OVER, x0 + 0.9,
                               t->yc + half + TICK_OVER}
                  : (mkba_box){NAN, NAN, NAN, NAN};
    y += row_h;
  }
  L->py1 = y;
  L->legend_y = L->py1 + 30;
  L->height =
      L->legend_y + mkba_chart_legend_height(cr, L->keys, L->nkeys, w - L->px0);
}

/* Draw the chart into [0, w] x [0, h] of cr (r: the rendering; h: the
 * height its layout takes, unused). */
static void draw(cairo_t *cr, const mkba_report_ctx *r, double w, double h) {
  (void)h;
  mkba_tornado_layout *L = malloc(sizeof *L);
  if (L == NULL)
    return;
  mkba_tornado_lay_out(cr, r, w, L);
  mkba_chart_title(cr, r->s->chart_tornado_title, L->subtitle, w);
  mkba_money_axis_x(cr, r, &L->sx, L->ticks, L->nticks, L->step, L->py0,
                    L->py1);
  for (int i = 0; i < L->n; i++) {
    const mkba_tornado_row *t = &L->row[i];
    /* the parameter, and under it in grey its intervention */
    mkba_text_draw(cr, t->label, &L->label_style, 0, t->label_box.y0);
    if (t->iv[0] != '\0')
      mkba_text_draw(cr, t->iv, &L->iv_style, 0, t->iv_box.y0);
    for (int e = 0; e < 2; e++) {
      const mkba_box *b = &t->bar[e];
      if (!t->has[e])
        continue;
      cairo_rectangle(cr, b->x0, b->y0, b->x1 - b->x0, b->y1 - b->y0);
      mkba_set_rgb(cr, e == 0 ? MKBA_RGB_LOW : MKBA_RGB_HIGH);
      cairo_fill(cr);
    }
    if (isfinite(t->tick.x0)) {
      /* this intervention's own base case */
      cairo_rectangle(cr, t->tick.x0, t->tick.y0, t->tick.x1 - t->tick.x0,
                      t->tick.y1 - t->tick.y0);
      mkba_set_rgb(cr, MKBA_RGB_NET);
      cairo_fill(cr);
    }
  }
  /* the reference lines, then the value labels on white over the grid */
  if (isfinite(L->x_zero)) {
    cairo_save(cr);
    const double d[] = {4, 2};
    cairo_set_dash(cr, d, MKBA_COUNT(d), 0);
    mkba_set_rgb(cr, MKBA_RGB_COSTS);
    cairo_set_line_width(cr, MKBA_LW_REGULAR);
    cairo_move_to(cr, L->x_zero, L->py0);
    cairo_line_to(cr, L->x_zero, L->py1);
    cairo_stroke(cr);
    cairo_restore(cr);
  }
  if (isfinite(L->x_pkg)) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, MKBA_LW_MEDIUM);
    cairo_move_to(cr, L->x_pkg, L->py0);
    cairo_line_to(cr, L->x_pkg, L->py1);
    cairo_stroke(cr);
  }
  for (int i = 0; i < L->n; i++) {
    const mkba_tornado_row *t = &L->row[i];
    for (int e = 0; e < 2; e++) {
      const mkba_box *v = &t->value[e];
      if (!t->has[e])
        continue;
      cairo_save(cr);
      cairo_rectangle(cr, v->x0 - BOX_PAD, v->y0, v->x1 - v->x0 + 2 * BOX_PAD,
                      v->y1 - v->y0);
      cairo_set_source_rgba(cr, 1, 1, 1, 0.92);
      cairo_fill(cr);
      cairo_restore(cr);
      mkba_text_draw(cr, t->val[e], &L->value_style, v->x0, v->y0);
    }
  }
  mkba_chart_legend(cr, L->keys, L->nkeys, L->px0, L->legend_y, w - L->px0);
  free(L);
}

const mkba_chart mkba_chart_tornado = {"tornado", applies, height, draw};
