/*
 * chart_interventions.c: the interventions of a package side by side, and
 * the package itself: costs left of zero, benefits right, net as a diamond.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define MAX_ROWS 12

static int applies(const mkba_report_ctx *r) {
  return mkba_j_len(mkba_j_arr(r->doc, "interventions")) > 1;
}

/* Whether a last row shows the package: never for alternatives. */
static int with_package(const mkba_report_ctx *r) {
  return strcmp(mkba_j_str(r->doc, "comparison", "package"), "alternatives") !=
         0;
}

static int rows(const mkba_report_ctx *r) {
  size_t n = mkba_j_len(mkba_j_arr(r->doc, "interventions"));
  int pkg = with_package(r);
  if (n > (size_t)(MAX_ROWS - pkg))
    n = (size_t)(MAX_ROWS - pkg);
  return (int)n + pkg;
}

static double height(const mkba_report_ctx *r, double w) {
  (void)w;
  return 105 + 40.0 * rows(r);
}

static void draw(cairo_t *cr, const mkba_report_ctx *r, double w, double h) {
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  int n = rows(r);
  char sub[256], year[16];
  snprintf(year, sizeof year, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
  mkba_tpl(sub, sizeof sub, s->chart_money_sub, year, NULL, NULL, NULL);
  double top = mkba_chart_title(cr, s->chart_iv_title, sub, w);

  char names[MAX_ROWS][160];
  const char *labels[MAX_ROWS];
  double costs[MAX_ROWS], benefits[MAX_ROWS], net[MAX_ROWS];
  double lo = 0, hi = 0;
  for (int i = 0; i < n; i++) {
    const json_t *sum;
    if (i < n - with_package(r)) {
      const json_t *iv = mkba_j_at(ivs, (size_t)i);
      mkba_intervention_name(iv, names[i], sizeof names[i]);
      sum = mkba_j_obj(iv, "summary");
    } else {
      snprintf(names[i], sizeof names[i], "%s", s->row_package);
      sum = mkba_j_obj(r->doc, "summary");
    }
    labels[i] = names[i];
    costs[i] = mkba_j_num(sum, "pv_costs");
    benefits[i] = mkba_j_num(sum, "pv_benefits");
    net[i] = mkba_j_num(sum, "npv");
    if (!isfinite(costs[i]))
      costs[i] = 0;
    if (!isfinite(benefits[i]))
      benefits[i] = 0;
    if (!isfinite(net[i]))
      net[i] = benefits[i] - costs[i];
    lo = fmin(lo, fmin(-costs[i], net[i]));
    hi = fmax(hi, fmax(benefits[i], net[i]));
  }
  const mkba_key keys[] = {
      {MKBA_KEY_BOX, MKBA_RGB_COSTS, s->key_costs},
      {MKBA_KEY_BOX, MKBA_RGB_BENEFITS, s->key_benefits},
      {MKBA_KEY_DIAMOND, MKBA_RGB_NET, s->key_net},
  };
  double legend_h = mkba_chart_legend_height(cr, keys, 3, w);
  mkba_text_style lab = mkba_style(8.5);
  double label_w = fmin(mkba_max_text_width(cr, labels, n, &lab), 150);
  double px0 = label_w + 10, px1 = w - 8;
  double py0 = top + 14, py1 = h - legend_h - 30;
  double span = hi - lo;
  /* room on the right for the net value's label, about 62 points */
  double pad = span * 62 / fmax(px1 - px0 - 62, 1);
  double vlo = lo - span * 0.02, vhi = hi + pad, step;
  double xt[16];
  int nxt = mkba_nice_ticks(&vlo, &vhi, 6, xt, 16, &step);
  mkba_scale sx = {vlo, vhi, px0, px1};
  mkba_money_axis_x(cr, r, &sx, xt, nxt, step, py0, py1);
  double x0 = mkba_scale_at(&sx, 0);
  mkba_text_style side = mkba_style(7.5);
  side.colour = MKBA_RGB_MUTED;
  side.align = MKBA_ALIGN_RIGHT;
  mkba_text_draw(cr, s->axis_left_costs, &side, x0 - 4, top);
  side.align = MKBA_ALIGN_LEFT;
  mkba_text_draw(cr, s->axis_right_benefits, &side, x0 + 4, top);

  double row = (py1 - py0) / n;
  double bar = fmin(row * 0.55, 20);
  mkba_text_style val = mkba_style(7.5);
  val.bold = 1;
  for (int i = 0; i < n; i++) {
    double yc = py0 + row * (i + 0.5);
    if (i == n - 1) {
      /* the package is the sum: set it apart with a rule */
      cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
      cairo_set_line_width(cr, 0.6);
      cairo_move_to(cr, 0, py0 + row * i);
      cairo_line_to(cr, px1, py0 + row * i);
      cairo_stroke(cr);
    }
    lab.width = label_w;
    lab.max_lines = 3;
    lab.align = MKBA_ALIGN_RIGHT;
    lab.bold = i == n - 1;
    double lh;
    mkba_text_size(cr, labels[i], &lab, NULL, &lh);
    mkba_text_draw(cr, labels[i], &lab, 0, yc - lh / 2);
    double xc = mkba_scale_at(&sx, -costs[i]);
    double xb = mkba_scale_at(&sx, benefits[i]);
    cairo_rectangle(cr, xc, yc - bar / 2, x0 - xc, bar);
    mkba_set_rgb(cr, MKBA_RGB_COSTS);
    cairo_fill(cr);
    cairo_rectangle(cr, x0, yc - bar / 2, xb - x0, bar);
    mkba_set_rgb(cr, MKBA_RGB_BENEFITS);
    cairo_fill(cr);
    double xn = mkba_scale_at(&sx, net[i]);
    mkba_draw_diamond(cr, xn, yc, 5.5, MKBA_RGB_NET);
    char buf[64];
    mkba_fmt_money_short(buf, sizeof buf, net[i], r->lang);
    double vh;
    mkba_text_size(cr, buf, &val, NULL, &vh);
    mkba_text_draw(cr, buf, &val, fmax(xb, xn) + 8, yc - vh / 2);
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 1);
  cairo_move_to(cr, x0, py0 - 4);
  cairo_line_to(cr, x0, py1);
  cairo_stroke(cr);
  mkba_chart_legend(cr, keys, 3, px0, h - legend_h, w - px0);
}

const mkba_chart mkba_chart_interventions = {"interventions", applies, height,
                                             draw};
