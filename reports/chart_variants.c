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

#define MAX_ROWS 12

static int applies(const mkba_report_ctx *r) { return mkba_has_variants(r); }

static int rows(const mkba_report_ctx *r) {
  mkba_case c[1];
  size_t n = mkba_cases(r, c, 1);
  return n > MAX_ROWS ? MAX_ROWS : (int)n;
}

static double height(const mkba_report_ctx *r, double w) {
  (void)w;
  return 100 + 30.0 * rows(r);
}

/* The amount at the end of a bar, outside it: right of a gain, left of a
 * loss. */
static void value_label(cairo_t *cr, const mkba_report_ctx *r, double v,
                        double x, double yc) {
  mkba_text_style val = mkba_style(7.5);
  val.bold = 1;
  char buf[64];
  mkba_fmt_money_short(buf, sizeof buf, v, r->lang);
  val.align = v < 0 ? MKBA_ALIGN_RIGHT : MKBA_ALIGN_LEFT;
  double vh;
  mkba_text_size(cr, buf, &val, NULL, &vh);
  mkba_text_draw(cr, buf, &val, v < 0 ? x - 5 : x + 5, yc - vh / 2);
}

static void draw(cairo_t *cr, const mkba_report_ctx *r, double w, double h) {
  const mkba_strings *s = r->s;
  mkba_case cases[MAX_ROWS];
  mkba_cases(r, cases, MAX_ROWS);
  int n = rows(r);
  double base = mkba_j_num(cases[0].summary, "npv");
  char sub[320], year[16], bbuf[64];
  snprintf(year, sizeof year, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
  mkba_fmt_money_short(bbuf, sizeof bbuf, base, r->lang);
  mkba_tpl(sub, sizeof sub, s->chart_variants_sub, year, bbuf, NULL, NULL);
  double top = mkba_chart_title(cr, s->chart_variants_title, sub, w);

  char names[MAX_ROWS][320];
  const char *labels[MAX_ROWS];
  double npv[MAX_ROWS];
  double lo = 0, hi = 0;
  int groups = 0; /* rows of the base case, before the first variant */
  for (int i = 0; i < n; i++) {
    labels[i] = mkba_case_label(r, &cases[i], names[i], sizeof names[i]);
    npv[i] = mkba_j_num(cases[i].summary, "npv");
    if (cases[i].variant == NULL)
      groups = i + 1;
    if (isfinite(npv[i])) {
      lo = fmin(lo, npv[i]);
      hi = fmax(hi, npv[i]);
    }
  }
  const mkba_key keys[] = {
      {MKBA_KEY_BOX, MKBA_RGB_COSTS, s->key_negative},
      {MKBA_KEY_BOX, MKBA_RGB_BENEFITS, s->key_positive},
      {MKBA_KEY_DASH, MKBA_RGB_NET_YEAR, s->key_base_net},
  };
  double legend_h = mkba_chart_legend_height(cr, keys, 3, w);
  mkba_text_style lab = mkba_style(8.5);
  double label_w = fmin(mkba_max_text_width(cr, labels, n, &lab), 150);
  double px0 = label_w + 16, px1 = w - 6;
  /* room for the amounts beside the bars, about 56 points a side */
  double span = hi - lo;
  if (span <= 0)
    span = 1;
  double pad = span * 56 / fmax(px1 - px0 - 112, 1);
  if (lo < 0)
    lo -= pad;
  if (hi > 0)
    hi += pad;
  /* ticks at round values inside the range; the axis stays tight */
  double tlo = lo, thi = hi, all[16], xt[16], step;
  int na = mkba_nice_ticks(&tlo, &thi, 6, all, 16, &step), nxt = 0;
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
  lab.max_lines = 2;
  lab.align = MKBA_ALIGN_RIGHT;
  for (int i = 0; i < n; i++) {
    double yc = py0 + row * (i + 0.5);
    if (i == groups && i > 0) {
      /* the variants below, the base case above */
      cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
      cairo_set_line_width(cr, 0.6);
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
    value_label(cr, r, npv[i], xn, yc);
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 1);
  cairo_move_to(cr, x0, py0);
  cairo_line_to(cr, x0, py1);
  cairo_stroke(cr);
  if (isfinite(base)) {
    double xb = mkba_scale_at(&sx, base);
    cairo_save(cr);
    const double d[] = {4, 2};
    cairo_set_dash(cr, d, 2, 0);
    mkba_set_rgb(cr, MKBA_RGB_NET_YEAR);
    cairo_set_line_width(cr, 1.2);
    cairo_move_to(cr, xb, py0);
    cairo_line_to(cr, xb, py1);
    cairo_stroke(cr);
    cairo_restore(cr);
  }
  mkba_chart_legend(cr, keys, 3, px0, h - legend_h, w - px0);
}

const mkba_chart mkba_chart_variants = {"variants", applies, height, draw};
