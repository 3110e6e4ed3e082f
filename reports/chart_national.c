/*
 * chart_national.c: the national report's small multiples. One panel per
 * intervention, two panels side by side; in each panel its unit ("Saldo in
 * euro's per praktijk") and the computed regions as rows, a bar for the
 * net value per unit of programme size (blue when
 * positive, orange when negative) with the 90% interval of the cell's
 * simulations (P5 to P95 divided by the programme size) as a line across
 * it, and the value beside it. Each panel has its own scale: the
 * interventions differ by two orders of magnitude, and the chart compares
 * regions within an intervention (the tables compare interventions).
 * Regions not computed are counted under their panel, never left out
 * silently.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "chart.h"
#include "count.h"
#include "national.h"

#define PANEL_GAP 18.0 /* between the two columns of panels */
#define ROW_H 12.0     /* one region */
#define BAR_H 7.0      /* its bar */
#define NAME_W 58.0    /* the regions' names */
#define VALUE_W 50.0   /* the values at the right */
#define AXIS_H 14.0    /* tick labels under the rows */
#define NOTE_H 10.0    /* "+ 38 regio's niet doorgerekend" */
#define UNIT_H 10.0    /* the panel's unit under its title */

/* Counts of intervention i's regions: computed, and the others. */
static void counts(const mkba_nat *n, size_t i, size_t *ok, size_t *other) {
  *ok = *other = 0;
  for (size_t r = 0; r < n->n_reg; r++) {
    const json_t *c = mkba_nat_cell(n, r, i);
    if (mkba_nat_ok(c))
      (*ok)++;
    else if (c != NULL)
      (*other)++;
  }
}

/* The title style of a panel of width w: bold, at most two lines. */
static mkba_text_style title_style(double w) {
  mkba_text_style st = mkba_style(MKBA_PT_CAPTION);
  st.bold = 1;
  st.width = w;
  st.max_lines = 2;
  return st;
}

/* The height of intervention i's panel at width w (cr: for measuring). */
static double panel_height(cairo_t *cr, const mkba_nat *n, size_t i, double w) {
  char name[300], head[320];
  snprintf(head, sizeof head, "%zu. %s", i + 1,
           mkba_nat_iv(n, i, name, sizeof name));
  mkba_text_style st = title_style(w);
  double th;
  mkba_text_size(cr, head, &st, NULL, &th);
  size_t ok, other;
  counts(n, i, &ok, &other);
  return th + 4 + (ok > 0 ? UNIT_H + ok * ROW_H + AXIS_H : ROW_H) +
         (other > 0 ? NOTE_H : 0) + 6;
}

/* Value v per participant of cell c's uncertainty key (NaN without). */
static double per_participant(const json_t *c, const char *key) {
  return mkba_j_num(mkba_j_obj(c, "uncertainty"), key) /
         mkba_nat_participants(c);
}

/* Draw intervention i's panel with its top left at (x, y), width w. */
static void draw_panel(cairo_t *cr, const mkba_nat *n, size_t i, double x,
                       double y, double w) {
  const mkba_report_ctx *r = &n->base;
  char name[300], head[320], buf[200];
  snprintf(head, sizeof head, "%zu. %s", i + 1,
           mkba_nat_iv(n, i, name, sizeof name));
  mkba_text_style st = title_style(w);
  y += mkba_text_draw(cr, head, &st, x, y) + 4;
  size_t ok, other;
  counts(n, i, &ok, &other);
  mkba_text_style ts = mkba_style(MKBA_PT_FINE);
  mkba_text_style note = ts;
  note.colour = MKBA_RGB_MUTED;
  if (ok == 0) {
    mkba_text_draw(cr, n->ns->none_computed, &note, x, y);
    y += ROW_H;
  } else {
    /* the unit: the bars of two panels are per different things */
    char per[300];
    mkba_tpl(buf, sizeof buf, n->ns->panel_unit,
             mkba_nat_per(n, i, per, sizeof per), NULL, NULL, NULL);
    mkba_text_style us = note;
    us.width = w;
    us.max_lines = 1;
    mkba_text_draw(cr, buf, &us, x, y);
    y += UNIT_H;
    /* the scale: every bar and interval, and zero */
    double lo = 0, hi = 0;
    for (size_t k = 0; k < n->n_reg; k++) {
      const json_t *c = mkba_nat_cell(n, k, i);
      if (!mkba_nat_ok(c))
        continue;
      double v[3] = {mkba_nat_npp(c), per_participant(c, "npv_p05"),
                     per_participant(c, "npv_p95")};
      for (int j = 0; j < 3; j++)
        if (isfinite(v[j])) {
          lo = fmin(lo, v[j]);
          hi = fmax(hi, v[j]);
        }
    }
    if (hi - lo < 1)
      hi = lo + 1;
    double px0 = x + NAME_W, px1 = x + w - VALUE_W;
    double ticks[16], step;
    int nt = mkba_money_ticks(cr, r, &lo, &hi, 0, px0, px1, 4, ticks,
                              MKBA_COUNT(ticks), &step);
    mkba_scale sx = {lo, hi, px0, px1};
    double y1 = y + ok * ROW_H;
    mkba_money_axis_x(cr, r, &sx, ticks, nt, step, y, y1);
    double x0 = mkba_scale_at(&sx, 0);
    for (size_t k = 0; k < n->n_reg; k++) {
      const json_t *c = mkba_nat_cell(n, k, i);
      if (!mkba_nat_ok(c))
        continue;
      double yc = y + ROW_H / 2;
      mkba_nat_region(n, k, buf, sizeof buf);
      mkba_text_style ns = ts;
      ns.width = NAME_W - 4;
      ns.max_lines = 1;
      mkba_text_draw(cr, buf, &ns, x, yc - MKBA_PT_FINE * 0.65);
      double v = mkba_nat_npp(c);
      if (isfinite(v)) {
        double xv = mkba_scale_at(&sx, v);
        mkba_set_rgb(cr, v >= 0 ? MKBA_RGB_BENEFITS : MKBA_RGB_COSTS);
        cairo_rectangle(cr, fmin(x0, xv), yc - BAR_H / 2, fabs(xv - x0), BAR_H);
        cairo_fill(cr);
      }
      double p5 = per_participant(c, "npv_p05");
      double p95 = per_participant(c, "npv_p95");
      if (isfinite(p5) && isfinite(p95)) {
        double a = mkba_scale_at(&sx, p5), b = mkba_scale_at(&sx, p95);
        mkba_set_rgb(cr, MKBA_RGB_TEXT);
        cairo_set_line_width(cr, MKBA_LW_LIGHT);
        cairo_move_to(cr, a, yc);
        cairo_line_to(cr, b, yc);
        cairo_move_to(cr, a, yc - 2.5);
        cairo_line_to(cr, a, yc + 2.5);
        cairo_move_to(cr, b, yc - 2.5);
        cairo_line_to(cr, b, yc + 2.5);
        cairo_stroke(cr);
      }
      mkba_text_style vs = ts;
      vs.align = MKBA_ALIGN_RIGHT;
      mkba_fmt_money(buf, sizeof buf, v, r->lang);
      mkba_text_draw(cr, buf, &vs, x + w, yc - MKBA_PT_FINE * 0.65);
      y += ROW_H;
    }
    /* the zero line over the bars */
    mkba_set_rgb(cr, MKBA_RGB_TEXT);
    cairo_set_line_width(cr, MKBA_LW_THIN);
    cairo_move_to(cr, x0, y1 - ok * ROW_H);
    cairo_line_to(cr, x0, y1);
    cairo_stroke(cr);
    y = y1 + AXIS_H;
  }
  if (other > 0) {
    char num[32];
    snprintf(num, sizeof num, "%zu", other);
    mkba_tpl(buf, sizeof buf, n->ns->panel_not_shown, num, NULL, NULL, NULL);
    mkba_text_draw(cr, buf, &note, x, y);
  }
}

void mkba_nat_chart_panels(mkba_page *pg) {
  const mkba_nat *n = mkba_nat_of(pg);
  cairo_t *cr = pg->cr;
  const double W = MKBA_TEXT_WIDTH, pw = (W - PANEL_GAP) / 2;
  char year[16], sub[400];
  mkba_tpl(sub, sizeof sub, n->ns->chart_sub,
           mkba_nat_price_year(n, year, sizeof year), NULL, NULL, NULL);
  mkba_key keys[3] = {
      {MKBA_KEY_BOX, MKBA_RGB_BENEFITS, n->base.s->key_positive, NULL, 0},
      {MKBA_KEY_BOX, MKBA_RGB_COSTS, n->base.s->key_negative, NULL, 0},
      {MKBA_KEY_LINE, MKBA_RGB_TEXT, n->ns->key_interval, NULL, 0}};
  double head = mkba_chart_title_height(cr, n->ns->chart_title, sub, W) +
                mkba_chart_legend_height(cr, keys, MKBA_COUNT(keys), W) + 8;
  double first = n->n_iv > 0 ? panel_height(cr, n, 0, pw) : 0;
  mkba_page_need(pg, head + first);
  cairo_save(cr);
  cairo_translate(cr, MKBA_MARGIN_X, pg->y);
  double y = mkba_chart_title(cr, n->ns->chart_title, sub, W);
  y += mkba_chart_legend(cr, keys, MKBA_COUNT(keys), 0, y, W) + 8;
  cairo_restore(cr);
  pg->y += y;
  pg->fresh = 0;
  for (size_t i = 0; i < n->n_iv; i += 2) {
    double h = panel_height(cr, n, i, pw);
    if (i + 1 < n->n_iv)
      h = fmax(h, panel_height(cr, n, i + 1, pw));
    mkba_page_need(pg, h);
    draw_panel(cr, n, i, MKBA_MARGIN_X, pg->y, pw);
    if (i + 1 < n->n_iv)
      draw_panel(cr, n, i + 1, MKBA_MARGIN_X + pw + PANEL_GAP, pg->y, pw);
    pg->y += h;
    pg->fresh = 0;
  }
  pg->y += 6;
}
