/*
 * chart_evppi.c: where more research pays. One row per uncertain parameter
 * with an expected value of partial perfect information (EVPPI) above
 * zero, largest first, at most MKBA_EVPPI_ROWS: a bar for society and one
 * for the gemeente (its own NPV), each with its amount, against the EVPI,
 * society's upper bound, drawn as a dashed line.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"

/* The most parameters the chart shows. */
#define MKBA_EVPPI_ROWS 12

/* A row's height, and the height of each of its two bars. */
#define ROW 36.0
#define BAR 10.0

/* The label column's width at most. */
#define LABEL_W 190.0

/* The rows the chart shows: entries of uncertainty.evppi with a value
 * above zero (r: the rendering); their number. */
static int rows_of(const mkba_report_ctx *r) {
  const json_t *list = mkba_j_arr(mkba_j_obj(r->doc, "uncertainty"), "evppi");
  int n = 0;
  for (size_t i = 0; i < mkba_j_len(list) && n < MKBA_EVPPI_ROWS; i++)
    if (mkba_j_num(mkba_j_at(list, i), "value") > 0 ||
        mkba_j_num(mkba_j_at(list, i), "gemeente") > 0)
      n++;
  return n;
}

/* The chart applies when some parameter is worth learning (r: the rendering).
 */
static int applies(const mkba_report_ctx *r) { return rows_of(r) > 0; }

/* Height in points: a row per parameter (r: the rendering; w: unused). */
static double height(const mkba_report_ctx *r, double w) {
  (void)w;
  return 110 + ROW * (double)rows_of(r);
}

/* Draw the chart into [0, w] x [0, h] of cr (r: the rendering). */
static void draw(cairo_t *cr, const mkba_report_ctx *r, double w, double h) {
  const mkba_strings *s = r->s;
  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  const json_t *list = mkba_j_arr(u, "evppi");
  int n = rows_of(r);
  if (n == 0)
    return;
  char sub[256], year[16];
  snprintf(year, sizeof year, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
  mkba_tpl(sub, sizeof sub, s->chart_money_sub, year, NULL, NULL, NULL);
  double top = mkba_chart_title(cr, s->chart_evppi_title, sub, w);

  const json_t *rows[MKBA_EVPPI_ROWS];
  const char *labels[MKBA_EVPPI_ROWS];
  char names[MKBA_EVPPI_ROWS][400];
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  double hi = 0;
  int k = 0;
  for (size_t i = 0; i < mkba_j_len(list) && k < n; i++) {
    const json_t *e = mkba_j_at(list, i);
    if (!(mkba_j_num(e, "value") > 0 || mkba_j_num(e, "gemeente") > 0))
      continue;
    rows[k] = e;
    const char *id = mkba_j_str(e, "parameter", "?");
    labels[k] = mkba_j_str(e, "label", id);
    /* with several interventions the label says whose parameter it is */
    int iv = mkba_param_intervention(r, id);
    if (mkba_j_len(ivs) > 1 && iv >= 0 && mkba_j_at(ivs, (size_t)iv) != NULL) {
      char name[320];
      mkba_intervention_short_name(mkba_j_at(ivs, (size_t)iv), name,
                                   sizeof name);
      snprintf(names[k], sizeof names[k], "%s\n%s", labels[k], name);
      labels[k] = names[k];
    }
    hi = fmax(hi, fmax(mkba_j_num(e, "value"), mkba_j_num(e, "gemeente")));
    k++;
  }
  double evpi = mkba_j_num(u, "evpi");
  if (isfinite(evpi))
    hi = fmax(hi, evpi);

  /* the gemeente in its own colour, society in a dark grey beside it */
  mkba_rgb society = {0.33, 0.33, 0.33}, gemeente = mkba_actor_rgb("gemeente");
  mkba_key keys[3] = {
      {.kind = MKBA_KEY_BOX, .colour = society, .text = s->key_evppi_society},
      {.kind = MKBA_KEY_BOX, .colour = gemeente, .text = s->key_evppi_gemeente},
      {.kind = MKBA_KEY_DASH, .colour = MKBA_RGB_NET, .text = s->key_evpi}};
  int nk = isfinite(evpi) && evpi > 0 ? 3 : 2;
  double legend_h = mkba_chart_legend_height(cr, keys, nk, w);

  mkba_text_style lab = mkba_style(MKBA_PT_CAPTION);
  double label_w = fmin(mkba_max_text_width(cr, labels, n, &lab), LABEL_W);
  mkba_text_style val = mkba_style(MKBA_PT_NOTE);
  double px0 = label_w + 10,
         px1 = w - 60; /* room right of the longest bar for its amount */
  double py0 = top + 14, py1 = h - legend_h - 30;
  double vlo = 0, vhi = hi > 0 ? hi * 1.02 : 1, ticks[16], step;
  int nt = mkba_nice_ticks(&vlo, &vhi, 5, ticks, MKBA_COUNT(ticks), &step);
  mkba_scale sx = {vlo, vhi, px0, px1};
  mkba_money_axis_x(cr, r, &sx, ticks, nt, step, py0, py1);

  double row = (py1 - py0) / n;
  for (int i = 0; i < n; i++) {
    double yc = py0 + row * (i + 0.5);
    lab.width = label_w;
    lab.max_lines = 3;
    lab.align = MKBA_ALIGN_RIGHT;
    double lh;
    mkba_text_size(cr, labels[i], &lab, NULL, &lh);
    mkba_text_draw(cr, labels[i], &lab, 0, yc - lh / 2);
    const char *key[2] = {"value", "gemeente"};
    mkba_rgb colour[2] = {society, gemeente};
    for (int b = 0; b < 2; b++) {
      double v = mkba_j_num(rows[i], key[b]);
      if (!isfinite(v))
        continue;
      double y = yc - BAR - 1 + b * (BAR + 2), x1 = mkba_scale_at(&sx, v);
      cairo_rectangle(cr, px0, y, x1 - px0, BAR);
      mkba_set_rgb(cr, colour[b]);
      cairo_fill(cr);
      char money[64];
      mkba_fmt_money_short(money, sizeof money, v, r->lang);
      double tw, th;
      mkba_text_size(cr, money, &val, &tw, &th);
      val.align = MKBA_ALIGN_LEFT;
      mkba_boxed_label(cr, money, &val, x1 + 3, y + BAR / 2 - th / 2);
    }
  }
  if (nk == 3) { /* the EVPI: no parameter's EVPPI can pass it */
    double x = mkba_scale_at(&sx, evpi);
    static const double dash[] = {4, 3};
    cairo_set_dash(cr, dash, MKBA_COUNT(dash), 0);
    cairo_set_line_width(cr, MKBA_LW_REGULAR);
    mkba_set_rgb(cr, MKBA_RGB_NET);
    cairo_move_to(cr, x, py0 - 4);
    cairo_line_to(cr, x, py1);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, MKBA_LW_REGULAR);
  cairo_move_to(cr, px0, py0 - 4);
  cairo_line_to(cr, px0, py1);
  cairo_stroke(cr);
  mkba_chart_legend(cr, keys, nk, px0, h - legend_h, w - px0);
}

const mkba_chart mkba_chart_evppi = {"evppi", applies, height, draw};
