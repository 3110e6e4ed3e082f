/*
 * chart_common.c: scales, ticks, titles, legends and axes shared by the
 * charts.
 */
#include "chart.h"

#include <math.h>
#include <string.h>

#define TICK_SIZE 7.5

double mkba_scale_at(const mkba_scale *s, double v) {
  if (s->v1 == s->v0)
    return (s->p0 + s->p1) / 2;
  return s->p0 + (v - s->v0) / (s->v1 - s->v0) * (s->p1 - s->p0);
}

int mkba_nice_ticks(double *lo, double *hi, int target, double *ticks, int max,
                    double *step) {
  double a = *lo, b = *hi;
  if (!isfinite(a) || !isfinite(b)) {
    a = 0;
    b = 1;
  }
  if (a > b) {
    double t = a;
    a = b;
    b = t;
  }
  if (b - a < 1e-9 * (fabs(a) + fabs(b)) || b == a) {
    double pad = fabs(a) > 0 ? fabs(a) * 0.5 : 1.0;
    a -= pad;
    b += pad;
  }
  if (target < 2)
    target = 2;
  double raw = (b - a) / target;
  double mag = pow(10, floor(log10(raw)));
  static const double mult[] = {1, 2, 2.5, 5, 10};
  double st = mag * 10;
  for (size_t i = 0; i < sizeof mult / sizeof mult[0]; i++)
    if (mag * mult[i] >= raw) {
      st = mag * mult[i];
      break;
    }
  double t0 = floor(a / st + 1e-9) * st;
  double t1 = ceil(b / st - 1e-9) * st;
  int n = 0;
  for (double t = t0; t <= t1 + st * 0.5 && n < max; t += st)
    ticks[n++] = fabs(t) < st * 1e-9 ? 0.0 : t;
  *lo = t0;
  *hi = ticks[n - 1];
  *step = st;
  return n;
}

double mkba_chart_title(cairo_t *cr, const char *title, const char *subtitle,
                        double w) {
  mkba_text_style st = mkba_style(11);
  st.bold = 1;
  st.width = w;
  double y = mkba_text_draw(cr, title, &st, 0, 0);
  if (subtitle != NULL && subtitle[0] != '\0') {
    mkba_text_style sub = mkba_style(8);
    sub.width = w;
    sub.colour = MKBA_RGB_MUTED;
    y += 1 + mkba_text_draw(cr, subtitle, &sub, 0, y + 1);
  }
  return y + 8;
}

/* Lines need more room than squares to show their dash. */
static double symbol_width(const mkba_key *k) {
  return k->kind == MKBA_KEY_LINE || k->kind == MKBA_KEY_DASH ? 18 : 9;
}

static void draw_key_symbol(cairo_t *cr, const mkba_key *k, double x,
                            double y) {
  const double s = 9;
  cairo_save(cr);
  switch (k->kind) {
  case MKBA_KEY_BOX:
    cairo_rectangle(cr, x, y, s, s);
    mkba_set_rgb(cr, k->colour);
    cairo_fill(cr);
    break;
  case MKBA_KEY_TINT:
    cairo_rectangle(cr, x, y, s, s);
    mkba_set_tint(cr, k->colour, 0.5);
    cairo_fill(cr);
    break;
  case MKBA_KEY_HATCH:
    mkba_fill_hatched(cr, x, y, s, s, k->colour);
    break;
  case MKBA_KEY_LINE:
  case MKBA_KEY_DASH:
    mkba_set_rgb(cr, k->colour);
    cairo_set_line_width(cr, 2);
    if (k->kind == MKBA_KEY_DASH) {
      const double d[] = {4, 2};
      cairo_set_dash(cr, d, 2, 0);
    }
    cairo_move_to(cr, x, y + s / 2);
    cairo_line_to(cr, x + symbol_width(k), y + s / 2);
    cairo_stroke(cr);
    break;
  case MKBA_KEY_DIAMOND:
    mkba_draw_diamond(cr, x + s / 2, y + s / 2, 4.5, k->colour);
    break;
  case MKBA_KEY_TICK:
    mkba_set_rgb(cr, k->colour);
    cairo_rectangle(cr, x + s / 2 - 1.2, y - 1, 2.4, s + 2);
    cairo_fill(cr);
    break;
  }
  cairo_restore(cr);
}

/* Lays out the legend; draws when draw is set. Returns its height. */
static double legend(cairo_t *cr, const mkba_key *keys, int n, double x0,
                     double y0, double w, int draw) {
  mkba_text_style st = mkba_style(8);
  const double gap = 4, between = 14, line_h = 13;
  double x = x0, y = y0;
  for (int i = 0; i < n; i++) {
    double tw, th;
    mkba_text_size(cr, keys[i].text, &st, &tw, &th);
    double sym = symbol_width(&keys[i]);
    double item = sym + gap + tw;
    if (x > x0 && x + item > x0 + w) {
      x = x0;
      y += line_h;
    }
    if (draw) {
      draw_key_symbol(cr, &keys[i], x, y + 1);
      mkba_text_draw(cr, keys[i].text, &st, x + sym + gap, y);
    }
    x += item + between;
  }
  return y - y0 + line_h;
}

double mkba_chart_legend(cairo_t *cr, const mkba_key *keys, int n, double x,
                         double y, double w) {
  return legend(cr, keys, n, x, y, w, 1);
}

double mkba_chart_legend_height(cairo_t *cr, const mkba_key *keys, int n,
                                double w) {
  return legend(cr, keys, n, 0, 0, w, 0);
}

void mkba_draw_diamond(cairo_t *cr, double x, double y, double r, mkba_rgb c) {
  cairo_save(cr);
  cairo_move_to(cr, x, y - r);
  cairo_line_to(cr, x + r, y);
  cairo_line_to(cr, x, y + r);
  cairo_line_to(cr, x - r, y);
  cairo_close_path(cr);
  mkba_set_rgb(cr, c);
  cairo_fill_preserve(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_set_line_width(cr, 1);
  cairo_stroke(cr);
  cairo_restore(cr);
}

static double span_of(const double *ticks, int n) {
  double span = 0;
  for (int i = 0; i < n; i++)
    if (fabs(ticks[i]) > span)
      span = fabs(ticks[i]);
  return span;
}

void mkba_money_axis_x(cairo_t *cr, const mkba_report_ctx *r,
                       const mkba_scale *s, const double *ticks, int n,
                       double step, double y0, double y1) {
  mkba_text_style st = mkba_style(TICK_SIZE);
  st.colour = MKBA_RGB_MUTED;
  st.align = MKBA_ALIGN_CENTER;
  double span = span_of(ticks, n);
  double last_right = -1e9;
  cairo_save(cr);
  cairo_set_line_width(cr, 0.5);
  for (int i = 0; i < n; i++) {
    double x = mkba_scale_at(s, ticks[i]);
    mkba_set_rgb(cr, MKBA_RGB_GRID);
    cairo_move_to(cr, x, y0);
    cairo_line_to(cr, x, y1);
    cairo_stroke(cr);
    char buf[64];
    mkba_fmt_money_tick(buf, sizeof buf, ticks[i], step, span, r->lang);
    /* keep the outer labels inside the chart */
    double tw;
    mkba_text_size(cr, buf, &st, &tw, NULL);
    double right = fmax(s->p0, s->p1) + 8;
    st.align = MKBA_ALIGN_CENTER;
    double at = x, left = x - tw / 2;
    if (x + tw / 2 > right) {
      st.align = MKBA_ALIGN_RIGHT;
      at = right;
      left = right - tw;
    }
    if (left < last_right + 4)
      continue; /* would touch its neighbour: the grid line says enough */
    mkba_text_draw(cr, buf, &st, at, y1 + 3);
    last_right = left + tw;
  }
  cairo_restore(cr);
}

void mkba_money_axis_y(cairo_t *cr, const mkba_report_ctx *r,
                       const mkba_scale *s, const double *ticks, int n,
                       double step, double x0, double x1) {
  mkba_text_style st = mkba_style(TICK_SIZE);
  st.colour = MKBA_RGB_MUTED;
  st.align = MKBA_ALIGN_RIGHT;
  double span = span_of(ticks, n);
  cairo_save(cr);
  cairo_set_line_width(cr, 0.5);
  for (int i = 0; i < n; i++) {
    double y = mkba_scale_at(s, ticks[i]);
    mkba_set_rgb(cr, MKBA_RGB_GRID);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
    char buf[64];
    mkba_fmt_money_tick(buf, sizeof buf, ticks[i], step, span, r->lang);
    mkba_text_draw(cr, buf, &st, x0 - 4, y - TICK_SIZE * 0.6);
  }
  cairo_restore(cr);
}

double mkba_max_text_width(cairo_t *cr, const char *const *labels, int n,
                           const mkba_text_style *st) {
  double best = 0;
  for (int i = 0; i < n; i++) {
    double w;
    mkba_text_size(cr, labels[i], st, &w, NULL);
    if (w > best)
      best = w;
  }
  return best;
}

cairo_t *mkba_measure_context(void) {
  cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create(s);
  cairo_surface_destroy(s);
  return cr;
}
