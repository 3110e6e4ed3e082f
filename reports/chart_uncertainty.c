/*
 * chart_uncertainty.c: the Monte Carlo results. The NPV histogram with the
 * zero line and P(NPV > 0), the S-curve (cumulative distribution), and the
 * 90% interval of each actor's net value with its chance of being positive.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "count.h"

#define HIST_MAX 400

/* The results' "uncertainty" object, or NULL (r: the rendering). */
static const json_t *unc(const mkba_report_ctx *r) {
  return mkba_j_obj(r->doc, "uncertainty");
}

/* The price year as text into buf of len bytes (r: the rendering). */
static void price_year(const mkba_report_ctx *r, char *buf, size_t len) {
  snprintf(buf, len, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
}

/* The vertical "saldo = 0" line, dashed, from y0 to y1 at x. */
static void zero_line(cairo_t *cr, double x, double y0, double y1) {
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, MKBA_LW_MEDIUM);
  const double d[] = {4, 2};
  cairo_set_dash(cr, d, MKBA_COUNT(d), 0);
  cairo_move_to(cr, x, y0);
  cairo_line_to(cr, x, y1);
  cairo_stroke(cr);
  cairo_restore(cr);
}

/* ---- histogram ---- */

static int hist_applies(const mkba_report_ctx *r) {
  const json_t *hist = mkba_j_obj(unc(r), "histogram");
  return mkba_chart_totals(r) && mkba_j_len(mkba_j_arr(hist, "counts")) > 0;
}

/* Height of the histogram and of the S-curve, in points (r, w: unused). */
static double hist_height(const mkba_report_ctx *r, double w) {
  (void)r;
  (void)w;
  return 222;
}

/* Draw the histogram into [0, w] x [0, h] of cr (r: the rendering). */
static void hist_draw(cairo_t *cr, const mkba_report_ctx *r, double w,
                      double h) {
  const mkba_strings *s = r->s;
  const json_t *u = unc(r);
  const json_t *hist = mkba_j_obj(u, "histogram");
  const json_t *counts = mkba_j_arr(hist, "counts");
  int n = (int)mkba_j_len(counts);
  if (n > HIST_MAX)
    n = HIST_MAX;
  double vmin = mkba_j_num(hist, "min"), vmax = mkba_j_num(hist, "max");
  double total = 0, cmax = 0;
  double cnt[HIST_MAX];
  for (int i = 0; i < n; i++) {
    json_t *e = (json_t *)mkba_j_at(counts, (size_t)i);
    cnt[i] = json_is_number(e) ? json_number_value(e) : 0;
    total += cnt[i];
    cmax = fmax(cmax, cnt[i]);
  }
  if (total <= 0)
    total = 1;
  char sub[256], draws[32], year[16];
  mkba_fmt_int(draws, sizeof draws, mkba_j_num(u, "draws"), r->lang);
  price_year(r, year, sizeof year);
  mkba_tpl(sub, sizeof sub, s->chart_hist_sub, draws, year, NULL, NULL);
  double top = mkba_chart_title(cr, s->chart_hist_title, sub, w);

  const mkba_key keys[] = {
      {.kind = MKBA_KEY_BOX, .colour = MKBA_RGB_COSTS, .text = s->key_negative},
      {.kind = MKBA_KEY_BOX,
       .colour = MKBA_RGB_BENEFITS,
       .text = s->key_positive},
  };
  double legend_h = mkba_chart_legend_height(cr, keys, MKBA_COUNT(keys), w);

  /* y: share of draws per bin, in percent */
  double ylo = 0, yhi = cmax / total * 100 * 1.12, ystep;
  double yt[16];
  int nyt = mkba_nice_ticks(&ylo, &yhi, 4, yt, MKBA_COUNT(yt), &ystep);
  double lo = fmin(vmin, 0), hi = fmax(vmax, 0), step;
  double span = hi - lo;
  lo -= span * 0.03;
  hi += span * 0.03;
  double xt[16];
  int nxt = mkba_nice_ticks(&lo, &hi, 6, xt, MKBA_COUNT(xt), &step);

  double px0 = 40, px1 = w - 8, py0 = top + 6, py1 = h - legend_h - 24;
  mkba_scale sx = {lo, hi, px0, px1};
  mkba_scale sy = {ylo, yhi, py1, py0};
  mkba_money_axis_x(cr, r, &sx, xt, nxt, step, py0, py1);
  mkba_text_style tk = mkba_style(MKBA_PT_TICK);
  tk.colour = MKBA_RGB_MUTED;
  tk.align = MKBA_ALIGN_RIGHT;
  for (int i = 0; i < nyt; i++) {
    char buf[32];
    double y = mkba_scale_at(&sy, yt[i]);
    int dec = fabs(ystep - round(ystep)) > 1e-9 ? 1 : 0;
    mkba_fmt_percent(buf, sizeof buf, yt[i] / 100, dec, r->lang);
    mkba_text_draw(cr, buf, &tk, px0 - 4, y - 4.5);
  }
  mkba_text_style ax = mkba_style(MKBA_PT_NOTE);
  ax.colour = MKBA_RGB_MUTED;
  mkba_text_draw_vertical(cr, s->axis_share, &ax, 6, (py0 + py1) / 2);

  double bw = n > 0 ? (vmax - vmin) / n : 0;
  for (int i = 0; i < n; i++) {
    double a = vmin + bw * i, b = a + bw;
    double x0 = mkba_scale_at(&sx, a), x1 = mkba_scale_at(&sx, b);
    double y = mkba_scale_at(&sy, cnt[i] / total * 100);
    /* a bin across zero is split, so the colours meet at the zero line */
    double xz = a < 0 && b > 0 ? mkba_scale_at(&sx, 0) : (b <= 0 ? x1 : x0);
    if (xz > x0) {
      cairo_rectangle(cr, x0, y, xz - x0, py1 - y);
      mkba_set_rgb(cr, MKBA_RGB_COSTS);
      cairo_fill(cr);
    }
    if (x1 > xz) {
      cairo_rectangle(cr, xz, y, x1 - xz, py1 - y);
      mkba_set_rgb(cr, MKBA_RGB_BENEFITS);
      cairo_fill(cr);
    }
    cairo_rectangle(cr, x0, y, x1 - x0, py1 - y);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_set_line_width(cr, MKBA_LW_HAIR);
    cairo_stroke(cr);
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, MKBA_LW_LIGHT);
  cairo_move_to(cr, px0, py1);
  cairo_line_to(cr, px1, py1);
  cairo_stroke(cr);

  double xz = mkba_scale_at(&sx, 0);
  zero_line(cr, xz, py0, py1);
  char pbuf[32], lab[64];
  mkba_fmt_probability(pbuf, sizeof pbuf, mkba_j_num(u, "p_npv_positive"),
                       r->lang);
  mkba_tpl(lab, sizeof lab, s->label_p_positive, pbuf, NULL, NULL, NULL);
  mkba_text_style pl = mkba_style(MKBA_PT_BODY);
  pl.bold = 1;
  /* put the label on the side of zero with more room */
  pl.align = xz - px0 > px1 - xz ? MKBA_ALIGN_RIGHT : MKBA_ALIGN_LEFT;
  mkba_boxed_label(cr, lab, &pl, pl.align == MKBA_ALIGN_RIGHT ? xz - 6 : xz + 6,
                   py0 + 2);
  mkba_chart_legend(cr, keys, MKBA_COUNT(keys), px0, h - legend_h, w - px0);
}

const mkba_chart mkba_chart_histogram = {"histogram", hist_applies, hist_height,
                                         hist_draw};

/* ---- S-curve ---- */

static int scurve_applies(const mkba_report_ctx *r) {
  return mkba_chart_totals(r) &&
         mkba_j_len(mkba_j_arr(unc(r), "quantiles")) >= 2;
}

/* Draw the S-curve into [0, w] x [0, h] of cr (r: the rendering). */
static void scurve_draw(cairo_t *cr, const mkba_report_ctx *r, double w,
                        double h) {
  const mkba_strings *s = r->s;
  const json_t *u = unc(r);
  const json_t *q = mkba_j_arr(u, "quantiles");
  int n = (int)mkba_j_len(q);
  char sub[256], year[16];
  price_year(r, year, sizeof year);
  mkba_tpl(sub, sizeof sub, s->chart_scurve_sub, year, NULL, NULL, NULL);
  double top = mkba_chart_title(cr, s->chart_scurve_title, sub, w);

  double lo = 0, hi = 0;
  for (int i = 0; i < n; i++) {
    json_t *e = (json_t *)mkba_j_at(q, (size_t)i);
    if (json_is_number(e)) {
      lo = fmin(lo, json_number_value(e));
      hi = fmax(hi, json_number_value(e));
    }
  }
  double span = hi - lo;
  lo -= span * 0.03;
  hi += span * 0.03;
  double xt[16], step;
  int nxt = mkba_nice_ticks(&lo, &hi, 6, xt, MKBA_COUNT(xt), &step);
  double px0 = 40, px1 = w - 8, py0 = top + 6, py1 = h - 24;
  mkba_scale sx = {lo, hi, px0, px1};
  mkba_scale sy = {0, 1, py1, py0};
  mkba_money_axis_x(cr, r, &sx, xt, nxt, step, py0, py1);
  mkba_text_style tk = mkba_style(MKBA_PT_TICK);
  tk.colour = MKBA_RGB_MUTED;
  tk.align = MKBA_ALIGN_RIGHT;
  cairo_set_line_width(cr, MKBA_LW_FINE);
  for (int i = 0; i <= 4; i++) {
    double p = i / 4.0, y = mkba_scale_at(&sy, p);
    mkba_set_rgb(cr, MKBA_RGB_GRID);
    cairo_move_to(cr, px0, y);
    cairo_line_to(cr, px1, y);
    cairo_stroke(cr);
    char buf[32];
    mkba_fmt_percent(buf, sizeof buf, p, 0, r->lang);
    mkba_text_draw(cr, buf, &tk, px0 - 4, y - 4.5);
  }
  mkba_text_style ax = mkba_style(MKBA_PT_NOTE);
  ax.colour = MKBA_RGB_MUTED;
  mkba_text_draw_vertical(cr, s->axis_cum_prob, &ax, 6, (py0 + py1) / 2);

  cairo_new_path(cr);
  for (int i = 0; i < n; i++) {
    json_t *e = (json_t *)mkba_j_at(q, (size_t)i);
    if (!json_is_number(e))
      continue;
    double x = mkba_scale_at(&sx, json_number_value(e));
    double y = mkba_scale_at(&sy, (double)i / (n - 1));
    if (i == 0)
      cairo_move_to(cr, x, y);
    else
      cairo_line_to(cr, x, y);
  }
  mkba_set_rgb(cr, MKBA_RGB_ACCENT);
  cairo_set_line_width(cr, MKBA_LW_HEAVY);
  cairo_stroke(cr);

  double xz = mkba_scale_at(&sx, 0);
  zero_line(cr, xz, py0, py1);
  double p = mkba_j_num(u, "p_npv_positive");
  if (isfinite(p)) {
    /* where the curve crosses zero: the chance of a negative net value */
    double yq = mkba_scale_at(&sy, 1 - p);
    cairo_save(cr);
    const double d[] = {1.5, 2};
    cairo_set_dash(cr, d, MKBA_COUNT(d), 0);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, MKBA_LW_LIGHT);
    cairo_move_to(cr, px0, yq);
    cairo_line_to(cr, xz, yq);
    cairo_stroke(cr);
    cairo_restore(cr);
    cairo_arc(cr, xz, yq, 3, 0, 2 * MKBA_PI);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_fill(cr);
    char pbuf[32], lab[64];
    mkba_fmt_probability(pbuf, sizeof pbuf, p, r->lang);
    mkba_tpl(lab, sizeof lab, s->label_p_positive, pbuf, NULL, NULL, NULL);
    mkba_text_style pl = mkba_style(MKBA_PT_BODY);
    pl.bold = 1;
    double tw, th;
    mkba_text_size(cr, lab, &pl, &tw, &th);
    /* The curve rises to the right, so right of zero it runs above the
     * point where it crosses zero and left of zero below it: the label
     * goes below-right of the point, or above-left when there is no room
     * there, and never touches the curve. */
    const double gap = 6;
    if (yq + gap + th <= py1 - 2 && xz + gap + tw <= px1) {
      pl.align = MKBA_ALIGN_LEFT;
      mkba_boxed_label(cr, lab, &pl, xz + gap, yq + gap);
    } else if (yq - gap - th >= py0 && xz - gap - tw >= px0) {
      pl.align = MKBA_ALIGN_RIGHT;
      mkba_boxed_label(cr, lab, &pl, xz - gap, yq - gap - th);
    } else {
      /* neither corner is free: the emptier end of the plot's top */
      pl.align = xz - px0 > px1 - xz ? MKBA_ALIGN_RIGHT : MKBA_ALIGN_LEFT;
      mkba_boxed_label(cr, lab, &pl,
                       pl.align == MKBA_ALIGN_RIGHT ? xz - gap : xz + gap,
                       py0 + 2);
    }
  }
}

const mkba_chart mkba_chart_scurve = {"scurve", scurve_applies, hist_height,
                                      scurve_draw};

/* ---- per-actor intervals ---- */

static int risk_applies(const mkba_report_ctx *r) {
  return mkba_chart_totals(r) && mkba_j_len(mkba_j_arr(unc(r), "actors")) > 0;
}

/* Whether the uncertainty entry a of an actor has a row: only an actor with
 * costs or benefits has an interval worth drawing (the table under the
 * chart lists every actor). */
static int risk_row(const mkba_report_ctx *r, const json_t *a) {
  return mkba_actor_has_flows(
      mkba_j_find_id(mkba_j_arr(r->doc, "actors"), mkba_j_str(a, "id", "")));
}

/* The uncertainty entries that get a row, into out (n of them, static
 * size: the caller's array of len); all when no actor has flows. */
static int risk_rows(const mkba_report_ctx *r, const json_t **out, size_t len) {
  const json_t *ua = mkba_j_arr(unc(r), "actors");
  size_t n = 0;
  for (int pass = 0; pass < 2 && n == 0; pass++)
    for (size_t i = 0; i < mkba_j_len(ua); i++) {
      const json_t *a = mkba_j_at(ua, i);
      if (pass == 1 || risk_row(r, a)) {
        if (n < len && out != NULL)
          out[n] = a;
        n++;
      }
    }
  return (int)n;
}

/* Height in points: a row per actor with flows (r; w: unused). */
static double risk_height(const mkba_report_ctx *r, double w) {
  (void)w;
  return 95 + 28.0 * risk_rows(r, NULL, 0);
}

/* Draw the per-actor intervals into [0, w] x [0, h] of cr (r). */
static void risk_draw(cairo_t *cr, const mkba_report_ctx *r, double w,
                      double h) {
  const mkba_strings *s = r->s;
  int n = risk_rows(r, NULL, 0);
  if (n == 0)
    return;
  const json_t **rows = calloc((size_t)n, sizeof *rows);
  const char **labels = calloc((size_t)n, sizeof *labels);
  mkba_rgb *stripes = calloc((size_t)n, sizeof *stripes);
  if (rows == NULL || labels == NULL || stripes == NULL) {
    free(rows);
    free(labels);
    free(stripes);
    return;
  }
  risk_rows(r, rows, (size_t)n);
  double top = mkba_chart_title(cr, s->chart_risk_title, s->chart_risk_sub, w);
  double lo = 0, hi = 0;
  for (int i = 0; i < n; i++) {
    const json_t *a = rows[i];
    labels[i] = mkba_report_actor_label(r, mkba_j_str(a, "id", ""));
    stripes[i] = mkba_actor_rgb(mkba_j_str(a, "id", ""));
    double p05 = mkba_j_num(a, "npv_p05"), p95 = mkba_j_num(a, "npv_p95");
    if (isfinite(p05))
      lo = fmin(lo, p05);
    if (isfinite(p95))
      hi = fmax(hi, p95);
  }
  /* the key shows the intervals as drawn: each in its actor's tint */
  const mkba_key keys[] = {
      {.kind = MKBA_KEY_TINT,
       .text = s->key_interval,
       .stripes = stripes,
       .nstripes = n},
      {.kind = MKBA_KEY_TICK, .colour = MKBA_RGB_NET, .text = s->key_median},
  };
  double legend_h = mkba_chart_legend_height(cr, keys, MKBA_COUNT(keys), w);
  mkba_text_style lab = mkba_style(MKBA_PT_LABEL);
  double label_w = fmin(mkba_max_text_width(cr, labels, n, &lab), 130);
  mkba_text_style pst = mkba_style(MKBA_PT_LABEL);
  pst.bold = 1;
  double pw;
  /* the widest a probability gets: "> 99,9%" */
  mkba_text_size(cr, "> 99,9%", &pst, &pw, NULL);
  double px0 = label_w + 10, px1 = w - pw - 14;
  double py0 = top + 14, py1 = h - legend_h - 30;
  double span = hi - lo;
  lo -= span * 0.03;
  hi += span * 0.03;
  double xt[16], step;
  int nxt = mkba_nice_ticks(&lo, &hi, 6, xt, MKBA_COUNT(xt), &step);
  mkba_scale sx = {lo, hi, px0, px1};
  mkba_money_axis_x(cr, r, &sx, xt, nxt, step, py0, py1);
  mkba_text_style ph = mkba_style(MKBA_PT_NOTE);
  ph.colour = MKBA_RGB_MUTED;
  ph.align = MKBA_ALIGN_RIGHT;
  mkba_text_draw(cr, s->col_p_positive, &ph, w, top);

  double row = (py1 - py0) / n;
  double bar = fmin(row * 0.5, 14);
  for (int i = 0; i < n; i++) {
    const json_t *a = rows[i];
    mkba_rgb c = stripes[i];
    double yc = py0 + row * (i + 0.5);
    lab.width = label_w;
    lab.max_lines = 2;
    lab.align = MKBA_ALIGN_RIGHT;
    double lh;
    mkba_text_size(cr, labels[i], &lab, NULL, &lh);
    mkba_text_draw(cr, labels[i], &lab, 0, yc - lh / 2);
    double p05 = mkba_j_num(a, "npv_p05"), p95 = mkba_j_num(a, "npv_p95");
    double p50 = mkba_j_num(a, "npv_p50");
    if (isfinite(p05) && isfinite(p95)) {
      double x0 = mkba_scale_at(&sx, p05), x1 = mkba_scale_at(&sx, p95);
      cairo_rectangle(cr, x0, yc - bar / 2, fmax(x1 - x0, 1), bar);
      mkba_set_tint(cr, c, 0.45);
      cairo_fill_preserve(cr);
      cairo_set_source_rgba(cr, 0, 0, 0, 0.55);
      cairo_set_line_width(cr, MKBA_LW_THIN);
      cairo_stroke(cr);
    }
    if (isfinite(p50)) {
      double x = mkba_scale_at(&sx, p50);
      cairo_rectangle(cr, x - 1.2, yc - bar / 2 - 3, 2.4, bar + 6);
      mkba_set_rgb(cr, MKBA_RGB_NET);
      cairo_fill(cr);
    }
    char buf[32];
    mkba_fmt_probability(buf, sizeof buf,
                         risk_row(r, a) ? mkba_j_num(a, "p_npv_positive") : NAN,
                         r->lang);
    pst.align = MKBA_ALIGN_RIGHT;
    mkba_text_draw(cr, buf, &pst, w, yc - 5.5);
  }
  zero_line(cr, mkba_scale_at(&sx, 0), py0 - 4, py1);
  mkba_chart_legend(cr, keys, MKBA_COUNT(keys), px0, h - legend_h, w - px0);
  free(rows);
  free(labels);
  free(stripes);
}

const mkba_chart mkba_chart_actor_risk = {"actor-risk", risk_applies,
                                          risk_height, risk_draw};
