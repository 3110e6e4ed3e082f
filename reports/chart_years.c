/*
 * chart_years.c: costs and benefits per year as bars (benefits up, costs
 * down), the yearly net as a line, and the cumulative discounted net, the
 * payback curve, as a thicker dashed line with the payback year marked.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>

#include "count.h"

/* The white halo under the two lines, which parts them from the bars: 1.2
 * points each side of the line. */
#define HALO 2.4

static int applies(const mkba_report_ctx *r) {
  return mkba_chart_totals(r) && mkba_j_len(mkba_j_arr(r->doc, "years")) > 0;
}

static double height(const mkba_report_ctx *r, double w) {
  (void)r;
  (void)w;
  return 330;
}

static void draw(cairo_t *cr, const mkba_report_ctx *r, double w, double h) {
  const mkba_strings *s = r->s;
  const json_t *years = mkba_j_arr(r->doc, "years");
  int n = (int)mkba_j_len(years);
  char sub[320], year[16];
  snprintf(year, sizeof year, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
  mkba_tpl(sub, sizeof sub, s->chart_years_sub, year, NULL, NULL, NULL);
  double top = mkba_chart_title(cr, s->chart_years_title, sub, w);

  double lo = 0, hi = 0;
  for (int i = 0; i < n; i++) {
    const json_t *y = mkba_j_at(years, (size_t)i);
    double c = mkba_j_num(y, "costs"), b = mkba_j_num(y, "benefits");
    double nt = mkba_j_num(y, "net"), cum = mkba_j_num(y, "cumulative_pv_net");
    if (isfinite(c))
      lo = fmin(lo, -c);
    if (isfinite(b))
      hi = fmax(hi, b);
    if (isfinite(nt)) {
      lo = fmin(lo, nt);
      hi = fmax(hi, nt);
    }
    if (isfinite(cum)) {
      lo = fmin(lo, cum);
      hi = fmax(hi, cum);
    }
  }
  const mkba_key keys[] = {
      {.kind = MKBA_KEY_BOX,
       .colour = MKBA_RGB_BENEFITS,
       .text = s->key_benefits},
      {.kind = MKBA_KEY_BOX, .colour = MKBA_RGB_COSTS, .text = s->key_costs},
      {.kind = MKBA_KEY_LINE,
       .colour = MKBA_RGB_NET_YEAR,
       .text = s->key_net_year},
      {.kind = MKBA_KEY_DASH,
       .colour = MKBA_RGB_CUMULATIVE,
       .text = s->key_cumulative},
  };
  double legend_h = mkba_chart_legend_height(cr, keys, MKBA_COUNT(keys), w);

  double ticks[16], step;
  double vlo = lo, vhi = hi + (hi - lo) * 0.06;
  int nt = mkba_nice_ticks(&vlo, &vhi, 6, ticks, MKBA_COUNT(ticks), &step);
  mkba_text_style tick = mkba_style(MKBA_PT_TICK);
  double label_w = 0;
  for (int i = 0; i < nt; i++) {
    char buf[64];
    double tw;
    mkba_fmt_money_tick(buf, sizeof buf, ticks[i], step,
                        fmax(fabs(ticks[0]), fabs(ticks[nt - 1])), r->lang);
    mkba_text_size(cr, buf, &tick, &tw, NULL);
    label_w = fmax(label_w, tw);
  }
  double px0 = label_w + 8, px1 = w - 4;
  double py0 = top + 4, py1 = h - legend_h - 24;
  mkba_scale sy = {vlo, vhi, py1, py0};
  mkba_money_axis_y(cr, r, &sy, ticks, nt, step, px0, px1);

  double slot = n > 0 ? (px1 - px0) / n : 0;
  double bar = slot * 0.62;
  double y0 = mkba_scale_at(&sy, 0);

  /* year labels: every k-th so they do not collide */
  mkba_text_style yl = mkba_style(MKBA_PT_TICK);
  yl.colour = MKBA_RGB_MUTED;
  yl.align = MKBA_ALIGN_CENTER;
  double yw;
  mkba_text_size(cr, "2099", &yl, &yw, NULL);
  int every = 1;
  while (every * slot < yw + 6 && every < n)
    every++;

  for (int i = 0; i < n; i++) {
    const json_t *y = mkba_j_at(years, (size_t)i);
    double x = px0 + slot * i + (slot - bar) / 2;
    double b = mkba_j_num(y, "benefits"), c = mkba_j_num(y, "costs");
    if (isfinite(b) && b != 0) {
      double yb = mkba_scale_at(&sy, b);
      cairo_rectangle(cr, x, yb, bar, y0 - yb);
      mkba_set_rgb(cr, b >= 0 ? MKBA_RGB_BENEFITS : MKBA_RGB_COSTS);
      cairo_fill(cr);
    }
    if (isfinite(c) && c != 0) {
      double yc = mkba_scale_at(&sy, -c);
      cairo_rectangle(cr, x, y0, bar, yc - y0);
      mkba_set_rgb(cr, MKBA_RGB_COSTS);
      cairo_fill(cr);
    }
    if (i % every == 0) {
      char buf[16];
      snprintf(buf, sizeof buf, "%.0f", mkba_j_num(y, "year"));
      mkba_text_draw(cr, buf, &yl, px0 + slot * (i + 0.5), py1 + 4);
    }
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, MKBA_LW_LIGHT);
  cairo_move_to(cr, px0, y0);
  cairo_line_to(cr, px1, y0);
  cairo_stroke(cr);

  /* payback year: a dotted vertical line and its label */
  double payback = mkba_j_num(mkba_j_obj(r->doc, "summary"), "payback_year");
  double first = mkba_j_num(mkba_j_at(years, 0), "year");
  if (isfinite(payback) && isfinite(first)) {
    double xp = px0 + slot * (payback - first + 0.5);
    cairo_save(cr);
    const double dots[] = {1.5, 2.5};
    cairo_set_dash(cr, dots, MKBA_COUNT(dots), 0);
    cairo_set_line_width(cr, MKBA_LW_REGULAR);
    mkba_set_rgb(cr, MKBA_RGB_CUMULATIVE);
    cairo_move_to(cr, xp, py0 + 12);
    cairo_line_to(cr, xp, py1);
    cairo_stroke(cr);
    cairo_restore(cr);
    char buf[16], lab[64];
    snprintf(buf, sizeof buf, "%.0f", payback);
    mkba_tpl(lab, sizeof lab, s->payback_mark, buf, NULL, NULL, NULL);
    mkba_text_style pl = mkba_style(MKBA_PT_NOTE);
    pl.bold = 1;
    pl.colour = MKBA_RGB_CUMULATIVE;
    double lw;
    mkba_text_size(cr, lab, &pl, &lw, NULL);
    /* centred on the line, but inside the plot at either end */
    double at = xp;
    pl.align = MKBA_ALIGN_CENTER;
    if (xp + lw / 2 > px1) {
      pl.align = MKBA_ALIGN_RIGHT;
      at = px1;
    } else if (xp - lw / 2 < px0 + 2) {
      pl.align = MKBA_ALIGN_LEFT;
      at = xp + 3;
    }
    mkba_text_draw(cr, lab, &pl, at, py0);
  }

  /* the two lines, each over a white halo so it reads across the bars:
   * the yearly net (grey, circles) and the payback curve (black, dashed,
   * squares) */
  const char *keysv[2] = {"net", "cumulative_pv_net"};
  for (int k = 0; k < 2; k++) {
    for (int pass = 0; pass < 2; pass++) {
      cairo_save(cr);
      cairo_new_path(cr);
      int started = 0;
      for (int i = 0; i < n; i++) {
        double v = mkba_j_num(mkba_j_at(years, (size_t)i), keysv[k]);
        if (!isfinite(v))
          continue;
        double x = px0 + slot * (i + 0.5), y = mkba_scale_at(&sy, v);
        if (started)
          cairo_line_to(cr, x, y);
        else
          cairo_move_to(cr, x, y);
        started = 1;
      }
      double lw = k == 0 ? MKBA_LW_LINE : MKBA_LW_HEAVY;
      if (pass == 0) {
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_set_line_width(cr, lw + HALO);
      } else {
        mkba_set_rgb(cr, k == 0 ? MKBA_RGB_NET_YEAR : MKBA_RGB_CUMULATIVE);
        cairo_set_line_width(cr, lw);
        if (k == 1) {
          const double d[] = {5, 2.5};
          cairo_set_dash(cr, d, MKBA_COUNT(d), 0);
        }
      }
      cairo_stroke(cr);
      cairo_restore(cr);
    }
    for (int i = 0; i < n; i++) {
      double v = mkba_j_num(mkba_j_at(years, (size_t)i), keysv[k]);
      if (!isfinite(v))
        continue;
      double x = px0 + slot * (i + 0.5), y = mkba_scale_at(&sy, v);
      if (k == 0)
        cairo_arc(cr, x, y, 2.4, 0, 2 * MKBA_PI);
      else
        cairo_rectangle(cr, x - 2.6, y - 2.6, 5.2, 5.2);
      mkba_set_rgb(cr, k == 0 ? MKBA_RGB_NET_YEAR : MKBA_RGB_CUMULATIVE);
      cairo_fill_preserve(cr);
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_set_line_width(cr, MKBA_LW_LIGHT);
      cairo_stroke(cr);
    }
  }
  mkba_chart_legend(cr, keys, MKBA_COUNT(keys), px0, h - legend_h, w - px0);
}

const mkba_chart mkba_chart_years = {"years", applies, height, draw};
