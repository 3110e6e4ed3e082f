/*
 * chart_variants.c: the net present value of the base case, the base case
 * with optimism bias and each variant, one horizontal bar from zero each.
 * Bars below zero are orange and above zero blue, as in the histogram, and
 * every bar carries its amount, so the chart reads the same in grey. A
 * dashed line marks the base case, so a variant's distance from it shows.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "count.h"

/* The plot's height in points, shared by all rows. */
#define PLOT_ROOM 560.0

/* The chart applies with variants or optimism bias (r: the rendering). */
static int applies(const mkba_report_ctx *r) { return mkba_has_variants(r); }

/* Every case: the base case, with optimism bias, and every variant. */
static int rows(const mkba_report_ctx *r) {
  mkba_case c[1];
  return (int)mkba_cases(r, c, MKBA_COUNT(c));
}

/* Points per row: 30 for a few, thinner for many, so all fit a page. */
static double row_height(int n) {
  return n <= 12 ? 30 : fmax(9, PLOT_ROOM / n);
}

/* Height in points: a row per case (r; w: unused). */
static double height(const mkba_report_ctx *r, double w) {
  (void)w;
  int n = rows(r);
  return 100 + row_height(n) * n;
}

/* Draw the chart into [0, w] x [0, h] of cr (r: the rendering). */
static void draw(cairo_t *cr, const mkba_report_ctx *r, double w, double h) {
  const mkba_strings *s = r->s;
  int n = rows(r);
  if (n == 0)
    return;
  mkba_case *cases = calloc((size_t)n, sizeof *cases);
  char(*names)[320] = calloc((size_t)n, sizeof *names);
  char(*values)[64] = calloc((size_t)n, sizeof *values);
  const char **labels = calloc((size_t)n, sizeof *labels);
  double *npv = calloc((size_t)n, sizeof *npv);
  if (cases == NULL || names == NULL || values == NULL || labels == NULL ||
      npv == NULL) {
    free(cases);
    free(names);
    free(values);
    free(labels);
    free(npv);
    return;
  }
  mkba_cases(r, cases, (size_t)n);
  double base = mkba_j_num(cases[0].summary, "npv");
  char sub[320], year[16], bbuf[64];
  snprintf(year, sizeof year, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
  mkba_fmt_money_short(bbuf, sizeof bbuf, base, r->lang);
  mkba_tpl(sub, sizeof sub, s->chart_variants_sub, year, bbuf, NULL, NULL);
  double top = mkba_chart_title(cr, s->chart_variants_title, sub, w);

  double lo = 0, hi = 0, ref = 0;
  int groups = 0; /* rows of the base case, before the first variant */
  for (int i = 0; i < n; i++) {
    labels[i] = mkba_case_label(r, &cases[i], names[i], sizeof names[i]);
    npv[i] = mkba_j_num(cases[i].summary, "npv");
    if (cases[i].variant == NULL)
      groups = i + 1;
    if (isfinite(npv[i])) {
      lo = fmin(lo, npv[i]);
      hi = fmax(hi, npv[i]);
      ref = fmax(ref, fabs(npv[i]));
    }
  }
  double row_h = row_height(n);
  mkba_text_style val = mkba_style(row_h < 14 ? MKBA_PT_CROWDED : MKBA_PT_NOTE);
  val.bold = 1;
  double val_w = 0;
  for (int i = 0; i < n; i++) {
    /* one unit for all amounts of the chart */
    mkba_fmt_money_like(values[i], sizeof values[i], npv[i], ref, r->lang);
    double tw;
    mkba_text_size(cr, values[i], &val, &tw, NULL);
    val_w = fmax(val_w, tw);
  }
  /* the key names only what the chart shows */
  mkba_key keys[3];
  int nk = 0;
  if (lo < 0)
    keys[nk++] = (mkba_key){.kind = MKBA_KEY_BOX,
                            .colour = MKBA_RGB_COSTS,
                            .text = s->key_negative};
  if (hi > 0)
    keys[nk++] = (mkba_key){.kind = MKBA_KEY_BOX,
                            .colour = MKBA_RGB_BENEFITS,
                            .text = s->key_positive};
  keys[nk++] = (mkba_key){.kind = MKBA_KEY_DASH,
                          .colour = MKBA_RGB_NET_YEAR,
                          .text = s->key_base_net};
  double legend_h = mkba_chart_legend_height(cr, keys, nk, w);
  mkba_text_style lab = mkba_style(row_h < 14 ? MKBA_PT_FINE : MKBA_PT_LABEL);
  double label_w = fmin(mkba_max_text_width(cr, labels, n, &lab), 150);
  double px0 = label_w + 16, px1 = w - 6;
  /* room for the amounts beside the bars, on the side each bar grows to */
  double span = hi - lo;
  if (span <= 0)
    span = 1;
  double room = val_w + 8;
  double pad = span * room / fmax(px1 - px0 - 2 * room, 1);
  if (lo < 0)
    lo -= pad;
  if (hi > 0)
    hi += pad;
  /* ticks at round values inside the range; the axis stays tight */
  double tlo = lo, thi = hi, all[16], xt[16], step;
  int na = mkba_nice_ticks(&tlo, &thi, 6, all, MKBA_COUNT(all), &step), nxt = 0;
  for (int i = 0; i < na; i++)
    if (all[i] >= lo && all[i] <= hi)
      xt[nxt++] = all[i];
  double py0 = top + 4, py1 = h - legend_h - 30;
  mkba_scale sx = {lo, hi, px0, px1};
  mkba_money_axis_x(cr, r, &sx, xt, nxt, step, py0, py1);
  double x0 = mkba_scale_at(&sx, 0);

  double row = (py1 - py0) / n;
  double bar = fmin(row * 0.6, 16);
  lab.width = label_w;
  lab.max_lines = row >= 22 ? 2 : 1;
  lab.align = MKBA_ALIGN_RIGHT;
  for (int i = 0; i < n; i++) {
    double yc = py0 + row * (i + 0.5);
    if (i == groups && i > 0) {
      /* the variants below, the base case above */
      cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
      cairo_set_line_width(cr, MKBA_LW_THIN);
      cairo_move_to(cr, 0, py0 + row * i);
      cairo_line_to(cr, px1, py0 + row * i);
      cairo_stroke(cr);
    }
    lab.bold = i == 0;
    double lh;
    mkba_text_size(cr, labels[i], &lab, NULL, &lh);
    mkba_text_draw(cr, labels[i], &lab, 0, yc - lh / 2);
    if (!isfinite(npv[i]))
      continue;
    double xn = mkba_scale_at(&sx, npv[i]);
    cairo_rectangle(cr, fmin(x0, xn), yc - bar / 2, fabs(xn - x0), bar);
    mkba_set_rgb(cr, npv[i] < 0 ? MKBA_RGB_COSTS : MKBA_RGB_BENEFITS);
    cairo_fill(cr);
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, MKBA_LW_REGULAR);
  cairo_move_to(cr, x0, py0);
  cairo_line_to(cr, x0, py1);
  cairo_stroke(cr);
  double xb = isfinite(base) ? mkba_scale_at(&sx, base) : NAN;
  if (isfinite(xb)) {
    cairo_save(cr);
    const double d[] = {4, 2};
    cairo_set_dash(cr, d, MKBA_COUNT(d), 0);
    mkba_set_rgb(cr, MKBA_RGB_NET_YEAR);
    cairo_set_line_width(cr, MKBA_LW_MEDIUM);
    cairo_move_to(cr, xb, py0);
    cairo_line_to(cr, xb, py1);
    cairo_stroke(cr);
    cairo_restore(cr);
  }
  /* each amount outside its bar's end, right of a gain and left of a loss,
   * never on the base-case line */
  for (int i = 0; i < n; i++) {
    if (!isfinite(npv[i]))
      continue;
    double yc = py0 + row * (i + 0.5);
    double xn = mkba_scale_at(&sx, npv[i]);
    double tw, vh;
    mkba_text_size(cr, values[i], &val, &tw, &vh);
    int dir = npv[i] < 0 ? -1 : 1;
    double out = dir < 0 ? xn - 5 - tw : xn + 5;
    double left = mkba_label_clear(out, tw, &xb, 1, dir, 4);
    val.align = MKBA_ALIGN_LEFT;
    if (left != out && fabs(xn - x0) >= tw + 12) {
      /* the base-case line right after the bar's end: rather than beyond
       * the line, the amount goes inside its own bar, at the end, dark on
       * orange and white on blue */
      mkba_text_style in = val;
      in.colour = npv[i] < 0 ? MKBA_RGB_TEXT : (mkba_rgb){1, 1, 1};
      mkba_text_draw(cr, values[i], &in, dir < 0 ? xn + 5 : xn - 5 - tw,
                     yc - vh / 2);
      continue;
    }
    /* on white, so a grid line does not run through it */
    mkba_boxed_label(cr, values[i], &val, left, yc - vh / 2);
  }
  mkba_chart_legend(cr, keys, nk, px0, h - legend_h, w - px0);
  free(cases);
  free(names);
  free(values);
  free(labels);
  free(npv);
}

const mkba_chart mkba_chart_variants = {"variants", applies, height, draw};
