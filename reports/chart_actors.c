/*
 * chart_actors.c: who pays, who gains. One row per actor, costs to the left
 * of the zero line and benefits to the right, the transferred part of each
 * hatched, the net value as a diamond with its amount.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>

#define MAX_ROWS 16

static int applies(const mkba_report_ctx *r) {
  return mkba_j_len(mkba_j_arr(r->doc, "actors")) > 0;
}

static double height(const mkba_report_ctx *r, double w) {
  (void)w;
  size_t n = mkba_j_len(mkba_j_arr(r->doc, "actors"));
  if (n > MAX_ROWS)
    n = MAX_ROWS;
  return 105 + 34.0 * (double)n;
}

static void draw(cairo_t *cr, const mkba_report_ctx *r, double w, double h) {
  const mkba_strings *s = r->s;
  const json_t *actors = mkba_j_arr(r->doc, "actors");
  int n = (int)mkba_j_len(actors);
  if (n > MAX_ROWS)
    n = MAX_ROWS;
  char sub[256], year[16];
  snprintf(year, sizeof year, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
  mkba_tpl(sub, sizeof sub, s->chart_money_sub, year, NULL, NULL, NULL);
  double top = mkba_chart_title(cr, s->chart_actors_title, sub, w);

  const char *labels[MAX_ROWS];
  double costs[MAX_ROWS], benefits[MAX_ROWS], net[MAX_ROWS];
  double t_in[MAX_ROWS], t_out[MAX_ROWS];
  double lo = 0, hi = 0;
  for (int i = 0; i < n; i++) {
    const json_t *a = mkba_j_at(actors, (size_t)i);
    const char *id = mkba_j_str(a, "id", "");
    labels[i] = mkba_report_actor_label(r, id);
    costs[i] = mkba_j_num(a, "pv_costs");
    benefits[i] = mkba_j_num(a, "pv_benefits");
    net[i] = mkba_j_num(a, "npv");
    if (!isfinite(costs[i]))
      costs[i] = 0;
    if (!isfinite(benefits[i]))
      benefits[i] = 0;
    if (!isfinite(net[i]))
      net[i] = benefits[i] - costs[i];
    mkba_actor_transfers(r, id, &t_in[i], &t_out[i]);
    lo = fmin(lo, fmin(-costs[i], net[i]));
    hi = fmax(hi, fmax(benefits[i], net[i]));
  }

  const mkba_key keys[] = {
      {MKBA_KEY_TINT, MKBA_RGB_MUTED, s->key_costs},
      {MKBA_KEY_BOX, MKBA_RGB_MUTED, s->key_benefits},
      {MKBA_KEY_HATCH, MKBA_RGB_MUTED, s->key_transfer},
      {MKBA_KEY_DIAMOND, MKBA_RGB_NET, s->key_net},
  };
  double legend_h = mkba_chart_legend_height(cr, keys, 4, w);

  mkba_text_style lab = mkba_style(8.5);
  double label_w = fmin(mkba_max_text_width(cr, labels, n, &lab), 130);
  double px0 = label_w + 10, px1 = w - 8;
  double py0 = top + 14, py1 = h - legend_h - 30;

  double span = hi - lo;
  double ticks[16], step;
  /* room on the right for the net value's label, about 62 points */
  double pad = span * 62 / fmax(px1 - px0 - 62, 1);
  double vlo = lo - span * 0.02, vhi = hi + pad;
  int nt = mkba_nice_ticks(&vlo, &vhi, 6, ticks, 16, &step);
  mkba_scale sx = {vlo, vhi, px0, px1};
  mkba_money_axis_x(cr, r, &sx, ticks, nt, step, py0, py1);

  mkba_text_style side = mkba_style(7.5);
  side.colour = MKBA_RGB_MUTED;
  double x0 = mkba_scale_at(&sx, 0);
  side.align = MKBA_ALIGN_RIGHT;
  mkba_text_draw(cr, s->axis_left_costs, &side, x0 - 4, top);
  side.align = MKBA_ALIGN_LEFT;
  mkba_text_draw(cr, s->axis_right_benefits, &side, x0 + 4, top);

  double row = n > 0 ? (py1 - py0) / n : 0;
  double bar = fmin(row * 0.62, 20);
  mkba_text_style val = mkba_style(7.5);
  val.bold = 1;
  for (int i = 0; i < n; i++) {
    const json_t *a = mkba_j_at(actors, (size_t)i);
    mkba_rgb c = mkba_actor_rgb(mkba_j_str(a, "id", ""));
    double yc = py0 + row * (i + 0.5);
    double y = yc - bar / 2;
    lab.width = label_w;
    lab.max_lines = 2;
    lab.align = MKBA_ALIGN_RIGHT;
    double lh;
    mkba_text_size(cr, labels[i], &lab, NULL, &lh);
    mkba_text_draw(cr, labels[i], &lab, 0, yc - lh / 2);

    /* costs: own part tinted, transferred part (paid out) hatched at the end */
    double xc = mkba_scale_at(&sx, -costs[i]);
    double xo = mkba_scale_at(&sx, -(costs[i] - fmin(t_out[i], costs[i])));
    cairo_rectangle(cr, xo, y, x0 - xo, bar);
    mkba_set_tint(cr, c, 0.45);
    cairo_fill(cr);
    if (t_out[i] > 0)
      mkba_fill_hatched(cr, xc, y, xo - xc, bar, c);
    /* benefits: own part solid, transferred part (received) hatched */
    double xb = mkba_scale_at(&sx, benefits[i]);
    double xi = mkba_scale_at(&sx, benefits[i] - fmin(t_in[i], benefits[i]));
    cairo_rectangle(cr, x0, y, xi - x0, bar);
    mkba_set_rgb(cr, c);
    cairo_fill(cr);
    if (t_in[i] > 0)
      mkba_fill_hatched(cr, xi, y, xb - xi, bar, c);
    /* a thin dark outline keeps light colours (yellow) visible on white */
    cairo_set_line_width(cr, 0.6);
    cairo_set_source_rgba(cr, 0, 0, 0, 0.55);
    cairo_rectangle(cr, xc, y, x0 - xc, bar);
    cairo_rectangle(cr, x0, y, xb - x0, bar);
    cairo_stroke(cr);

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

  mkba_chart_legend(cr, keys, 4, px0, h - legend_h, w - px0);
}

const mkba_chart mkba_chart_actors = {"actors", applies, height, draw};
