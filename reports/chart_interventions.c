/*
 * chart_interventions.c: the interventions of a package side by side, and
 * the package itself: costs left of zero, benefits right, net as a diamond
 * with its amount beside it. Every intervention gets a row, from the
 * highest net value to the lowest, so the chart ranks them; rows grow
 * thinner as there are more, so all of them fit one page.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The plot's height in points, shared by all rows. */
#define PLOT_ROOM 560.0

/* The chart applies to two interventions or more (r: the rendering). */
static int applies(const mkba_report_ctx *r) {
  return mkba_j_len(mkba_j_arr(r->doc, "interventions")) > 1;
}

/* Whether a last row shows the package: never for alternatives. */
static int with_package(const mkba_report_ctx *r) {
  return !mkba_chart_alternatives(r);
}

/* Every intervention, and the package when there is one. */
static int rows(const mkba_report_ctx *r) {
  return (int)mkba_j_len(mkba_j_arr(r->doc, "interventions")) + with_package(r);
}

/* Points per row: 40 for a few, then thinner, at least 8.5: fifteen rows
 * still leave room on the page for the section's title and the start of
 * its table. */
static double row_height(int n) {
  if (n <= 6)
    return 40;
  if (n <= 10)
    return 32;
  return fmax(8.5, fmin(26, PLOT_ROOM / n));
}

/* Height in points: a row per intervention (r; w: unused). */
static double height(const mkba_report_ctx *r, double w) {
  (void)w;
  int n = rows(r);
  return 105 + row_height(n) * n;
}

/* One row of the chart. */
typedef struct {
  char name[320];
  double costs, benefits, net;
  int package; /* the sum, drawn last and bold */
} iv_row;

/* Highest net value first; the package stays last. */
static int by_net(const void *a, const void *b) {
  const iv_row *x = a, *y = b;
  if (x->package != y->package)
    return x->package - y->package;
  if (x->net != y->net)
    return x->net < y->net ? 1 : -1;
  return strcmp(x->name, y->name);
}

/*
 * The cut end of a bar too long for the plot: two white slashes a little
 * inside the end at x (the bar runs from there in direction dir: +1 right,
 * -1 left), and the bar's full amount (euros, in the unit of ref) inside it
 * in colour c, so the cut hides no number. yc, bar: the bar's centre and
 * height.
 */
static void broken_end(cairo_t *cr, const mkba_report_ctx *r, double x, int dir,
                       double yc, double bar, double euros, double ref,
                       mkba_rgb c) {
  cairo_save(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_set_line_width(cr, 2);
  for (int k = 0; k < 2; k++) {
    double xs = x + dir * (8 + 4 * k);
    cairo_move_to(cr, xs - 3, yc + bar / 2 + 1);
    cairo_line_to(cr, xs + 3, yc - bar / 2 - 1);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
  char buf[64];
  mkba_fmt_money_like(buf, sizeof buf, euros, ref, r->lang);
  mkba_text_style st = mkba_style(7.5);
  st.bold = 1;
  st.colour = c;
  st.align = dir > 0 ? MKBA_ALIGN_LEFT : MKBA_ALIGN_RIGHT;
  double th;
  mkba_text_size(cr, buf, &st, NULL, &th);
  mkba_text_draw(cr, buf, &st, x + dir * 20, yc - th / 2);
}

/* Draw the chart into [0, w] x [0, h] of cr (r: the rendering). */
static void draw(cairo_t *cr, const mkba_report_ctx *r, double w, double h) {
  const mkba_strings *s = r->s;
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  int n = rows(r), niv = (int)mkba_j_len(ivs);
  if (n == 0)
    return;
  char sub[256], year[16];
  snprintf(year, sizeof year, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
  mkba_tpl(sub, sizeof sub, s->chart_iv_sub, year, NULL, NULL, NULL);
  double top = mkba_chart_title(cr, s->chart_iv_title, sub, w);

  iv_row *rw = calloc((size_t)n, sizeof *rw);
  const char **labels = calloc((size_t)n, sizeof *labels);
  char(*values)[64] = calloc((size_t)n, sizeof *values);
  if (rw == NULL || labels == NULL || values == NULL) {
    free(rw);
    free(labels);
    free(values);
    return;
  }
  double lo = 0, hi = 0, ref = 0;
  for (int i = 0; i < n; i++) {
    const json_t *sum;
    if (i < niv) {
      const json_t *iv = mkba_j_at(ivs, (size_t)i);
      /* the scenario's own label: short, and the table below gives the
       * full name */
      mkba_intervention_short_name(iv, rw[i].name, sizeof rw[i].name);
      sum = mkba_j_obj(iv, "summary");
    } else {
      snprintf(rw[i].name, sizeof rw[i].name, "%s", s->row_package);
      sum = mkba_j_obj(r->doc, "summary");
      rw[i].package = 1;
    }
    rw[i].costs = mkba_j_num(sum, "pv_costs");
    rw[i].benefits = mkba_j_num(sum, "pv_benefits");
    rw[i].net = mkba_j_num(sum, "npv");
    if (!isfinite(rw[i].costs))
      rw[i].costs = 0;
    if (!isfinite(rw[i].benefits))
      rw[i].benefits = 0;
    if (!isfinite(rw[i].net))
      rw[i].net = rw[i].benefits - rw[i].costs;
    /* the axis follows the interventions and the package's net value;
     * the package's own bars are added below when they do not dwarf the
     * rows */
    lo = fmin(lo, rw[i].package ? rw[i].net : fmin(-rw[i].costs, rw[i].net));
    hi = fmax(hi, rw[i].package ? rw[i].net : fmax(rw[i].benefits, rw[i].net));
    ref = fmax(ref, fabs(rw[i].net));
  }
  /* A package of many interventions costs and yields far more than any of
   * them: on one scale every row would be a sliver. Then its bars are cut
   * at the plot's edge, marked as broken and labelled with their amounts. */
  int broken = 0;
  if (with_package(r)) {
    const iv_row *p = &rw[n - 1];
    double span_iv = fmax(hi - lo, 1);
    if (niv >= 3 &&
        (-p->costs < lo - 0.6 * span_iv || p->benefits > hi + 0.6 * span_iv))
      broken = 1;
    else {
      lo = fmin(lo, -p->costs);
      hi = fmax(hi, p->benefits);
    }
  }
  qsort(rw, (size_t)n, sizeof *rw, by_net);
  mkba_text_style val = mkba_style(n > 24 ? 6.5 : 7.5);
  val.bold = 1;
  double val_w = 0;
  for (int i = 0; i < n; i++) {
    labels[i] = rw[i].name;
    /* one unit for all amounts of the chart, so they compare at a glance */
    mkba_fmt_money_like(values[i], sizeof values[i], rw[i].net, ref, r->lang);
    double tw;
    mkba_text_size(cr, values[i], &val, &tw, NULL);
    val_w = fmax(val_w, tw);
  }

  const mkba_key keys[] = {
      {.kind = MKBA_KEY_BOX, .colour = MKBA_RGB_COSTS, .text = s->key_costs},
      {.kind = MKBA_KEY_BOX,
       .colour = MKBA_RGB_BENEFITS,
       .text = s->key_benefits},
      {.kind = MKBA_KEY_DIAMOND, .colour = MKBA_RGB_NET, .text = s->key_net},
  };
  double legend_h = mkba_chart_legend_height(cr, keys, 3, w);
  double row_h = row_height(n);
  mkba_text_style lab = mkba_style(row_h < 14 ? 7 : 8.5);
  lab.max_lines = row_h >= 36 ? 3 : row_h >= 22 ? 2 : 1;
  double label_w = fmin(mkba_max_text_width(cr, labels, n, &lab),
                        lab.max_lines >= 2 ? 175 : 230);
  double px0 = label_w + 10, px1 = w - 8;
  double py0 = top + 14, py1 = h - legend_h - 30;
  double span = hi - lo;
  if (span <= 0)
    span = 1;
  /* room beside the outermost diamonds for their labels */
  double room = val_w + 12;
  double pad = span * room / fmax(px1 - px0 - 2 * room, 1);
  /* a label goes right of its diamond: only the rightmost diamonds need
   * room beyond the bars */
  double top_net = -INFINITY;
  for (int i = 0; i < n; i++)
    top_net = fmax(top_net, rw[i].net);
  double vlo = lo - span * 0.02, step;
  double vhi = fmax(hi + span * 0.02, top_net + pad);
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
  for (int i = 0; i < n; i++) {
    double yc = py0 + row * (i + 0.5);
    if (rw[i].package) {
      /* the package is the sum: set it apart with a rule */
      cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
      cairo_set_line_width(cr, 0.6);
      cairo_move_to(cr, 0, py0 + row * i);
      cairo_line_to(cr, px1, py0 + row * i);
      cairo_stroke(cr);
    }
    lab.width = label_w;
    lab.align = MKBA_ALIGN_RIGHT;
    lab.bold = rw[i].package;
    double lh;
    mkba_text_size(cr, labels[i], &lab, NULL, &lh);
    mkba_text_draw(cr, labels[i], &lab, 0, yc - lh / 2);
    double xc = mkba_scale_at(&sx, -rw[i].costs);
    double xb = mkba_scale_at(&sx, rw[i].benefits);
    int cut_c = rw[i].package && broken && xc < px0;
    int cut_b = rw[i].package && broken && xb > px1;
    if (cut_c)
      xc = px0;
    if (cut_b)
      xb = px1;
    cairo_rectangle(cr, xc, yc - bar / 2, x0 - xc, bar);
    mkba_set_rgb(cr, MKBA_RGB_COSTS);
    cairo_fill(cr);
    cairo_rectangle(cr, x0, yc - bar / 2, xb - x0, bar);
    mkba_set_rgb(cr, MKBA_RGB_BENEFITS);
    cairo_fill(cr);
    if (cut_c)
      broken_end(cr, r, xc, +1, yc, bar, rw[i].costs, ref, MKBA_RGB_TEXT);
    if (cut_b)
      broken_end(cr, r, xb, -1, yc, bar, rw[i].benefits, ref,
                 (mkba_rgb){1, 1, 1});
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 1);
  cairo_move_to(cr, x0, py0 - 4);
  cairo_line_to(cr, x0, py1);
  cairo_stroke(cr);
  /* the net values last, over bars and zero line: each amount right beside
   * its own diamond */
  for (int i = 0; i < n; i++) {
    double yc = py0 + row * (i + 0.5);
    double xn = mkba_scale_at(&sx, rw[i].net);
    mkba_draw_diamond(cr, xn, yc, fmin(5.5, row * 0.3), MKBA_RGB_NET);
    double tw, vh;
    mkba_text_size(cr, values[i], &val, &tw, &vh);
    val.align = MKBA_ALIGN_LEFT;
    mkba_boxed_label(cr, values[i], &val,
                     mkba_beside_marker(xn, tw, x0, px0, w), yc - vh / 2);
  }
  mkba_chart_legend(cr, keys, 3, px0, h - legend_h, w - px0);
  free(rw);
  free(labels);
  free(values);
}

const mkba_chart mkba_chart_interventions = {"interventions", applies, height,
                                             draw};
