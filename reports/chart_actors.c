/*
 * chart_actors.c: who pays, who gains. One row per actor, costs to the left
 * of the zero line and benefits to the right, the transferred part of each
 * hatched, the net value as a diamond with its amount.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>

#include <stdlib.h>

#include "count.h"

/* Points per actor row: roomy for the usual six actors, tighter for many,
 * so every actor is drawn and the chart still fits a page. */
static double row_height(size_t n) {
  return n <= 16 ? 34.0 : fmax(16.0, 540.0 / (double)n);
}

/* The chart applies to totals with actors (r: the rendering). */
static int applies(const mkba_report_ctx *r) {
  return mkba_chart_totals(r) && mkba_j_len(mkba_j_arr(r->doc, "actors")) > 0;
}

/* Height in points: a row per actor (r: the rendering; w: unused). */
static double height(const mkba_report_ctx *r, double w) {
  (void)w;
  size_t n = mkba_j_len(mkba_j_arr(r->doc, "actors"));
  return 105 + row_height(n) * (double)n;
}

/* One actor's row. */
typedef struct {
  const char *label;           /* borrowed */
  mkba_rgb colour;             /* the actor's own */
  double costs, benefits, net; /* present values */
  double t_in, t_out;          /* transfers received and paid */
  char value[64];              /* the net value as text */
} actor_row;

/* Draw the chart into [0, w] x [0, h] of cr (r: the rendering). */
static void draw(cairo_t *cr, const mkba_report_ctx *r, double w, double h) {
  const mkba_strings *s = r->s;
  const json_t *actors = mkba_j_arr(r->doc, "actors");
  int n = (int)mkba_j_len(actors);
  if (n == 0)
    return;
  char sub[256], year[16];
  snprintf(year, sizeof year, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
  mkba_tpl(sub, sizeof sub, s->chart_money_sub, year, NULL, NULL, NULL);
  double top = mkba_chart_title(cr, s->chart_actors_title, sub, w);

  actor_row *rows = calloc((size_t)n, sizeof *rows);
  const char **labels = calloc((size_t)n, sizeof *labels);
  mkba_rgb *stripes = calloc((size_t)n, sizeof *stripes);
  if (rows == NULL || labels == NULL || stripes == NULL) {
    free(rows);
    free(labels);
    free(stripes);
    return;
  }
  double lo = 0, hi = 0;
  int nstripes = 0, transfers = 0;
  for (int i = 0; i < n; i++) {
    const json_t *a = mkba_j_at(actors, (size_t)i);
    const char *id = mkba_j_str(a, "id", "");
    actor_row *ar = &rows[i];
    ar->label = labels[i] = mkba_report_actor_label(r, id);
    ar->colour = mkba_actor_rgb(id);
    ar->costs = mkba_j_num(a, "pv_costs");
    ar->benefits = mkba_j_num(a, "pv_benefits");
    ar->net = mkba_j_num(a, "npv");
    if (!isfinite(ar->costs))
      ar->costs = 0;
    if (!isfinite(ar->benefits))
      ar->benefits = 0;
    if (!isfinite(ar->net))
      ar->net = ar->benefits - ar->costs;
    mkba_actor_transfers(r, id, &ar->t_in, &ar->t_out);
    if (ar->t_in > 0 || ar->t_out > 0)
      transfers = 1;
    /* the key shows the colours of the actors that have a bar */
    if (ar->costs != 0 || ar->benefits != 0)
      stripes[nstripes++] = ar->colour;
    mkba_fmt_money_short(ar->value, sizeof ar->value, ar->net, r->lang);
    lo = fmin(lo, fmin(-ar->costs, ar->net));
    hi = fmax(hi, fmax(ar->benefits, ar->net));
  }
  if (nstripes == 0) /* nothing drawn: the key still says what would be */
    stripes[nstripes++] = MKBA_RGB_MUTED;

  /* the key matches the bars: costs in a light tint and benefits in the
   * full colour of each actor, transfers hatched (only when there are any) */
  mkba_key keys[4];
  int nk = 0;
  keys[nk++] = (mkba_key){.kind = MKBA_KEY_TINT,
                          .text = s->key_costs,
                          .stripes = stripes,
                          .nstripes = nstripes};
  keys[nk++] = (mkba_key){.kind = MKBA_KEY_BOX,
                          .text = s->key_benefits,
                          .stripes = stripes,
                          .nstripes = nstripes};
  if (transfers)
    keys[nk++] = (mkba_key){.kind = MKBA_KEY_HATCH,
                            .text = s->key_transfer,
                            .stripes = stripes,
                            .nstripes = nstripes};
  keys[nk++] = (mkba_key){
      .kind = MKBA_KEY_DIAMOND, .colour = MKBA_RGB_NET, .text = s->key_net};
  double legend_h = mkba_chart_legend_height(cr, keys, nk, w);

  mkba_text_style lab = mkba_style(n > 16 ? MKBA_PT_NOTE : MKBA_PT_LABEL);
  double label_w = fmin(mkba_max_text_width(cr, labels, n, &lab), 130);
  double px0 = label_w + 10, px1 = w - 8;
  double py0 = top + 14, py1 = h - legend_h - 30;
  mkba_text_style val = mkba_style(MKBA_PT_NOTE);
  val.bold = 1;
  double val_w = 0;
  for (int i = 0; i < n; i++) {
    double tw;
    mkba_text_size(cr, rows[i].value, &val, &tw, NULL);
    val_w = fmax(val_w, tw);
  }

  double span = hi - lo;
  if (span <= 0)
    span = 1;
  double ticks[16], step;
  /* room beside the outermost diamond for its label */
  double room = val_w + 12;
  double pad = span * room / fmax(px1 - px0 - 2 * room, 1);
  /* a label goes right of its diamond: only the rightmost diamonds need
   * room beyond the bars */
  double top_net = -INFINITY;
  for (int i = 0; i < n; i++)
    top_net = fmax(top_net, rows[i].net);
  double vlo = lo - span * 0.02, vhi = fmax(hi + span * 0.02, top_net + pad);
  int nt = mkba_nice_ticks(&vlo, &vhi, 6, ticks, MKBA_COUNT(ticks), &step);
  mkba_scale sx = {vlo, vhi, px0, px1};
  mkba_money_axis_x(cr, r, &sx, ticks, nt, step, py0, py1);

  mkba_text_style side = mkba_style(MKBA_PT_NOTE);
  side.colour = MKBA_RGB_MUTED;
  double x0 = mkba_scale_at(&sx, 0);
  side.align = MKBA_ALIGN_RIGHT;
  mkba_text_draw(cr, s->axis_left_costs, &side, x0 - 4, top);
  side.align = MKBA_ALIGN_LEFT;
  mkba_text_draw(cr, s->axis_right_benefits, &side, x0 + 4, top);

  double row = (py1 - py0) / n;
  double bar = fmin(row * 0.62, 20);
  for (int i = 0; i < n; i++) {
    const actor_row *ar = &rows[i];
    mkba_rgb c = ar->colour;
    double yc = py0 + row * (i + 0.5);
    double y = yc - bar / 2;
    lab.width = label_w;
    lab.max_lines = row >= 24 ? 2 : 1;
    lab.align = MKBA_ALIGN_RIGHT;
    double lh;
    mkba_text_size(cr, ar->label, &lab, NULL, &lh);
    mkba_text_draw(cr, ar->label, &lab, 0, yc - lh / 2);

    /* costs: own part tinted, transferred part (paid out) hatched at the end */
    double xc = mkba_scale_at(&sx, -ar->costs);
    double xo = mkba_scale_at(&sx, -(ar->costs - fmin(ar->t_out, ar->costs)));
    cairo_rectangle(cr, xo, y, x0 - xo, bar);
    mkba_set_tint(cr, c, 0.45);
    cairo_fill(cr);
    if (ar->t_out > 0)
      mkba_fill_hatched(cr, xc, y, xo - xc, bar, c);
    /* benefits: own part solid, transferred part (received) hatched */
    double xb = mkba_scale_at(&sx, ar->benefits);
    double xi = mkba_scale_at(&sx, ar->benefits - fmin(ar->t_in, ar->benefits));
    cairo_rectangle(cr, x0, y, xi - x0, bar);
    mkba_set_rgb(cr, c);
    cairo_fill(cr);
    if (ar->t_in > 0)
      mkba_fill_hatched(cr, xi, y, xb - xi, bar, c);
    /* a thin dark outline keeps light colours (yellow) visible on white */
    cairo_set_line_width(cr, MKBA_LW_THIN);
    cairo_set_source_rgba(cr, 0, 0, 0, 0.55);
    if (ar->costs != 0)
      cairo_rectangle(cr, xc, y, x0 - xc, bar);
    if (ar->benefits != 0)
      cairo_rectangle(cr, x0, y, xb - x0, bar);
    cairo_stroke(cr);
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, MKBA_LW_REGULAR);
  cairo_move_to(cr, x0, py0 - 4);
  cairo_line_to(cr, x0, py1);
  cairo_stroke(cr);

  /* the net values last, over the bars and the zero line: each label right
   * beside its own diamond, on a white box so it reads over any colour */
  for (int i = 0; i < n; i++) {
    const actor_row *ar = &rows[i];
    double yc = py0 + row * (i + 0.5);
    double xn = mkba_scale_at(&sx, ar->net);
    mkba_draw_diamond(cr, xn, yc, 5.5, MKBA_RGB_NET);
    double tw, vh;
    mkba_text_size(cr, ar->value, &val, &tw, &vh);
    val.align = MKBA_ALIGN_LEFT;
    mkba_boxed_label(cr, ar->value, &val,
                     mkba_beside_marker(xn, tw, x0, px0, w), yc - vh / 2);
  }
  mkba_chart_legend(cr, keys, nk, px0, h - legend_h, w - px0);
  free(rows);
  free(labels);
  free(stripes);
}

const mkba_chart mkba_chart_actors = {"actors", applies, height, draw};
