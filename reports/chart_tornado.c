/*
 * chart_tornado.c: the one-way sensitivity analysis. One row per parameter,
 * largest swing on top: a bar from the base-case NPV to the NPV with the
 * parameter at its P10 and another to the NPV at its P90, each end labelled
 * with the parameter value that gives it.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>

#define MAX_ROWS 15

static int applies(const mkba_report_ctx *r) {
  return mkba_j_len(mkba_j_arr(r->doc, "sensitivity")) > 0;
}

static int rows(const mkba_report_ctx *r) {
  size_t n = mkba_j_len(mkba_j_arr(r->doc, "sensitivity"));
  return n > MAX_ROWS ? MAX_ROWS : (int)n;
}

static double height(const mkba_report_ctx *r, double w) {
  (void)w;
  return 110 + 30.0 * rows(r);
}

static void draw(cairo_t *cr, const mkba_report_ctx *r, double w, double h) {
  const mkba_strings *s = r->s;
  const json_t *sens = mkba_j_arr(r->doc, "sensitivity");
  int n = rows(r);
  double base = mkba_j_num(mkba_j_obj(r->doc, "summary"), "npv");
  char sub[320], year[16], bbuf[64];
  snprintf(year, sizeof year, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
  mkba_fmt_money_short(bbuf, sizeof bbuf, base, r->lang);
  mkba_tpl(sub, sizeof sub, s->chart_tornado_sub, year, bbuf, NULL, NULL);
  double top = mkba_chart_title(cr, s->chart_tornado_title, sub, w);
  const mkba_key keys[] = {
      {MKBA_KEY_BOX, MKBA_RGB_LOW, s->key_low},
      {MKBA_KEY_BOX, MKBA_RGB_HIGH, s->key_high},
  };
  double legend_h = mkba_chart_legend_height(cr, keys, 2, w);

  double lo = isfinite(base) ? base : 0, hi = lo;
  for (int i = 0; i < n; i++) {
    const json_t *e = mkba_j_at(sens, (size_t)i);
    double a = mkba_j_num(e, "npv_low"), b = mkba_j_num(e, "npv_high");
    if (isfinite(a)) {
      lo = fmin(lo, a);
      hi = fmax(hi, a);
    }
    if (isfinite(b)) {
      lo = fmin(lo, b);
      hi = fmax(hi, b);
    }
  }
  /* zero stays in view when it is near: the switch from gain to loss */
  if (lo > 0 && lo < (hi - lo) * 0.6)
    lo = 0;
  if (hi < 0 && -hi < (hi - lo) * 0.6)
    hi = 0;
  double label_w = 170;
  double px0 = label_w + 10, px1 = w - 6;
  /* room at both ends for the parameter values, about 34 points */
  double span = hi - lo;
  double pad = span * 34 / fmax(px1 - px0 - 68, 1);
  lo -= pad;
  hi += pad;
  /* ticks at round values inside the data's range; the axis itself stays
   * tight around the bars */
  double tlo = lo, thi = hi, all[16], xt[16], step;
  int na = mkba_nice_ticks(&tlo, &thi, 6, all, 16, &step), nxt = 0;
  for (int i = 0; i < na; i++)
    if (all[i] >= lo && all[i] <= hi)
      xt[nxt++] = all[i];
  double py0 = top + 4, py1 = h - legend_h - 30;
  mkba_scale sx = {lo, hi, px0, px1};
  mkba_money_axis_x(cr, r, &sx, xt, nxt, step, py0, py1);

  double row = n > 0 ? (py1 - py0) / n : 0;
  double bar = fmin(row * 0.6, 16);
  double xb = mkba_scale_at(&sx, base);
  mkba_text_style lab = mkba_style(8);
  lab.width = label_w;
  lab.max_lines = 2;
  lab.align = MKBA_ALIGN_RIGHT;
  mkba_text_style val = mkba_style(7);
  val.colour = MKBA_RGB_TEXT;
  for (int i = 0; i < n; i++) {
    const json_t *e = mkba_j_at(sens, (size_t)i);
    double yc = py0 + row * (i + 0.5);
    const char *label = mkba_j_str(e, "label", mkba_j_str(e, "parameter", "?"));
    double lh;
    mkba_text_size(cr, label, &lab, NULL, &lh);
    mkba_text_draw(cr, label, &lab, 0, yc - lh / 2);
    const char *which[2] = {"npv_low", "npv_high"};
    const char *pv[2] = {"low", "high"};
    for (int k = 0; k < 2; k++) {
      double v = mkba_j_num(e, which[k]);
      if (!isfinite(v))
        continue;
      double x = mkba_scale_at(&sx, v);
      cairo_rectangle(cr, fmin(x, xb), yc - bar / 2, fabs(x - xb), bar);
      mkba_set_rgb(cr, k == 0 ? MKBA_RGB_LOW : MKBA_RGB_HIGH);
      cairo_fill(cr);
      /* the parameter value at this end, outside the bar */
      char buf[64];
      mkba_fmt_sig(buf, sizeof buf, mkba_j_num(e, pv[k]), 4, r->lang);
      val.align = x < xb ? MKBA_ALIGN_RIGHT : MKBA_ALIGN_LEFT;
      double vh;
      mkba_text_size(cr, buf, &val, NULL, &vh);
      mkba_text_draw(cr, buf, &val, x < xb ? x - 3 : x + 3, yc - vh / 2);
    }
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 1.2);
  cairo_move_to(cr, xb, py0);
  cairo_line_to(cr, xb, py1);
  cairo_stroke(cr);
  if (lo < 0 && hi > 0) {
    double xz = mkba_scale_at(&sx, 0);
    cairo_save(cr);
    const double d[] = {4, 2};
    cairo_set_dash(cr, d, 2, 0);
    mkba_set_rgb(cr, MKBA_RGB_COSTS);
    cairo_move_to(cr, xz, py0);
    cairo_line_to(cr, xz, py1);
    cairo_stroke(cr);
    cairo_restore(cr);
  }
  mkba_chart_legend(cr, keys, 2, px0, h - legend_h, w - px0);
}

const mkba_chart mkba_chart_tornado = {"tornado", applies, height, draw};
