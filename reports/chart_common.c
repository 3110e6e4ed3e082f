/*
 * chart_common.c: scales, ticks, titles, legends and axes shared by the
 * charts.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "count.h"

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
  for (size_t i = 0; i < MKBA_COUNT(mult); i++)
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
  mkba_text_style st = mkba_style(MKBA_PT_HEADING);
  st.bold = 1;
  st.width = w;
  double y = mkba_text_draw(cr, title, &st, 0, 0);
  if (subtitle != NULL && subtitle[0] != '\0') {
    mkba_text_style sub = mkba_style(MKBA_PT_CAPTION);
    sub.width = w;
    sub.colour = MKBA_RGB_MUTED;
    y += 1 + mkba_text_draw(cr, subtitle, &sub, 0, y + 1);
  }
  return y + 8;
}

double mkba_chart_title_height(cairo_t *cr, const char *title,
                               const char *subtitle, double w) {
  mkba_text_style st = mkba_style(MKBA_PT_HEADING);
  st.bold = 1;
  st.width = w;
  double y, h;
  mkba_text_size(cr, title, &st, NULL, &y);
  if (subtitle != NULL && subtitle[0] != '\0') {
    mkba_text_style sub = mkba_style(MKBA_PT_CAPTION);
    sub.width = w;
    mkba_text_size(cr, subtitle, &sub, NULL, &h);
    y += 1 + h;
  }
  return y + 8;
}

/* Width of a swatch: a striped one widens so each colour stays visible. */
static double swatch_width(const mkba_key *k) {
  return k->nstripes > 1 ? fmax(9, 4.0 * k->nstripes) : 9;
}

/* Lines need more room than squares to show their dash. */
static double symbol_width(const mkba_key *k) {
  if (k->kind == MKBA_KEY_LINE || k->kind == MKBA_KEY_DASH)
    return 18;
  if (k->kind == MKBA_KEY_BOX || k->kind == MKBA_KEY_TINT ||
      k->kind == MKBA_KEY_HATCH)
    return swatch_width(k);
  return 9;
}

/* A box, tint or hatch swatch of width w and height s at (x, y): in the
 * key's colour, or in its stripes of colour side by side. */
static void draw_swatch(cairo_t *cr, const mkba_key *k, double x, double y,
                        double w, double s) {
  int n = k->nstripes > 0 ? k->nstripes : 1;
  double sw = w / n;
  for (int i = 0; i < n; i++) {
    mkba_rgb c = k->nstripes > 0 ? k->stripes[i] : k->colour;
    double xi = x + sw * i;
    if (k->kind == MKBA_KEY_HATCH) {
      mkba_fill_hatched(cr, xi, y, sw, s, c);
      continue;
    }
    cairo_rectangle(cr, xi, y, sw, s);
    if (k->kind == MKBA_KEY_TINT)
      mkba_set_tint(cr, c, 0.45);
    else
      mkba_set_rgb(cr, c);
    cairo_fill(cr);
  }
  if (k->nstripes > 0) {
    /* the bars' thin outline, which keeps yellow visible on white */
    cairo_rectangle(cr, x, y, w, s);
    cairo_set_source_rgba(cr, 0, 0, 0, 0.55);
    cairo_set_line_width(cr, MKBA_LW_THIN);
    cairo_stroke(cr);
  }
}

/* The symbol of legend entry k with its top left at (x, y) on cr. */
static void draw_key_symbol(cairo_t *cr, const mkba_key *k, double x,
                            double y) {
  const double s = 9;
  cairo_save(cr);
  switch (k->kind) {
  case MKBA_KEY_BOX:
  case MKBA_KEY_TINT:
  case MKBA_KEY_HATCH:
    draw_swatch(cr, k, x, y, swatch_width(k), s);
    break;
  case MKBA_KEY_LINE:
  case MKBA_KEY_DASH:
    mkba_set_rgb(cr, k->colour);
    cairo_set_line_width(cr, MKBA_LW_BOLD);
    if (k->kind == MKBA_KEY_DASH) {
      const double d[] = {4, 2};
      cairo_set_dash(cr, d, MKBA_COUNT(d), 0);
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
  mkba_text_style st = mkba_style(MKBA_PT_CAPTION);
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
  cairo_set_line_width(cr, MKBA_LW_REGULAR);
  cairo_stroke(cr);
  cairo_restore(cr);
}

/* The largest absolute value of n ticks: what sets an axis's unit. */
static double span_of(const double *ticks, int n) {
  double span = 0;
  for (int i = 0; i < n; i++)
    if (fabs(ticks[i]) > span)
      span = fabs(ticks[i]);
  return span;
}

/*
 * Where mkba_money_axis_x puts the tick labels with tick line bottom y1
 * (cr, r, s, ticks, n, step: as for mkba_money_axis_x): boxes[i] (may be
 * NULL) gets the box of tick i's label, or NANs when the label is left out
 * because it would touch its neighbour; texts[i] (may be NULL) its text.
 * Returns the number of labels shown.
 */
static int money_axis_x_labels(cairo_t *cr, const mkba_report_ctx *r,
                               const mkba_scale *s, const double *ticks, int n,
                               double step, double y1, mkba_box *boxes,
                               char (*texts)[64]) {
  mkba_text_style st = mkba_style(MKBA_PT_TICK);
  double span = span_of(ticks, n);
  double last_right = -1e9;
  int shown = 0;
  for (int i = 0; i < n; i++) {
    double x = mkba_scale_at(s, ticks[i]);
    char buf[64];
    mkba_fmt_money_tick(buf, sizeof buf, ticks[i], step, span, r->lang);
    if (texts != NULL)
      snprintf(texts[i], sizeof texts[i], "%s", buf);
    /* keep the outer labels inside the chart */
    double tw, th;
    mkba_text_size(cr, buf, &st, &tw, &th);
    double right = fmax(s->p0, s->p1) + 8;
    double left = x - tw / 2;
    if (x + tw / 2 > right)
      left = right - tw;
    mkba_box b = {NAN, NAN, NAN, NAN};
    if (left >= last_right + 4) {
      /* a label that would touch its neighbour is left out: the grid line
       * says enough */
      b = (mkba_box){left, y1 + 3, left + tw, y1 + 3 + th};
      last_right = left + tw;
      shown++;
    }
    if (boxes != NULL)
      boxes[i] = b;
  }
  return shown;
}

void mkba_money_axis_x(cairo_t *cr, const mkba_report_ctx *r,
                       const mkba_scale *s, const double *ticks, int n,
                       double step, double y0, double y1) {
  mkba_box boxes[64];
  char texts[64][64];
  if (n > 64)
    n = 64;
  money_axis_x_labels(cr, r, s, ticks, n, step, y1, boxes, texts);
  mkba_text_style st = mkba_style(MKBA_PT_TICK);
  st.colour = MKBA_RGB_MUTED;
  cairo_save(cr);
  cairo_set_line_width(cr, MKBA_LW_FINE);
  for (int i = 0; i < n; i++) {
    double x = mkba_scale_at(s, ticks[i]);
    mkba_set_rgb(cr, MKBA_RGB_GRID);
    cairo_move_to(cr, x, y0);
    cairo_line_to(cr, x, y1);
    cairo_stroke(cr);
    if (isfinite(boxes[i].x0))
      mkba_text_draw(cr, texts[i], &st, boxes[i].x0, boxes[i].y0);
  }
  cairo_restore(cr);
}

int mkba_money_ticks(cairo_t *cr, const mkba_report_ctx *r, double *lo,
                     double *hi, int tight, double p0, double p1, int target,
                     double *ticks, int max, double *step) {
  int n = 0;
  double best_lo = *lo, best_hi = *hi;
  for (int t = target; t >= 2; t--) {
    double a = *lo, b = *hi, all[64];
    int na = mkba_nice_ticks(&a, &b, t, all, max < 64 ? max : 64, step);
    n = 0;
    if (tight) {
      /* the axis stays where it was: only the ticks inside it */
      for (int i = 0; i < na; i++)
        if (all[i] >= *lo - 1e-9 * *step && all[i] <= *hi + 1e-9 * *step)
          ticks[n++] = all[i];
      a = *lo;
      b = *hi;
    } else {
      for (int i = 0; i < na; i++)
        ticks[n++] = all[i];
    }
    best_lo = a;
    best_hi = b;
    mkba_scale s = {a, b, p0, p1};
    if (money_axis_x_labels(cr, r, &s, ticks, n, *step, 0, NULL, NULL) == n)
      break;
  }
  *lo = best_lo;
  *hi = best_hi;
  return n;
}

void mkba_money_axis_y(cairo_t *cr, const mkba_report_ctx *r,
                       const mkba_scale *s, const double *ticks, int n,
                       double step, double x0, double x1) {
  mkba_text_style st = mkba_style(MKBA_PT_TICK);
  st.colour = MKBA_RGB_MUTED;
  st.align = MKBA_ALIGN_RIGHT;
  double span = span_of(ticks, n);
  cairo_save(cr);
  cairo_set_line_width(cr, MKBA_LW_FINE);
  for (int i = 0; i < n; i++) {
    double y = mkba_scale_at(s, ticks[i]);
    mkba_set_rgb(cr, MKBA_RGB_GRID);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
    char buf[64];
    mkba_fmt_money_tick(buf, sizeof buf, ticks[i], step, span, r->lang);
    mkba_text_draw(cr, buf, &st, x0 - 4, y - MKBA_PT_TICK * 0.6);
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

double mkba_label_clear(double left, double w, const double *xs, int n, int dir,
                        double gap) {
  /* each jump can land on the next line, so repeat until none is touched;
   * n jumps are enough because the label only moves one way */
  for (int pass = 0; pass <= n; pass++) {
    int moved = 0;
    for (int i = 0; i < n; i++) {
      if (!isfinite(xs[i]) || xs[i] < left - gap || xs[i] > left + w + gap)
        continue;
      left = dir > 0 ? xs[i] + gap : xs[i] - gap - w;
      moved = 1;
    }
    if (!moved)
      break;
  }
  return left;
}

double mkba_beside_marker(double xm, double tw, double x0, double px0,
                          double px1) {
  const double gap = 7;
  double right = xm + gap, left = xm - gap - tw;
  /* 4 points of air: the label's white box reaches 2 beyond its text */
  const double air = 4;
  int right_ok =
      right + tw <= px1 && !(right < x0 + air && right + tw > x0 - air);
  int left_ok = left >= px0 && !(left < x0 + air && left + tw > x0 - air);
  if (right_ok)
    return right;
  if (left_ok)
    return left;
  return mkba_label_clear(right, tw, &x0, 1, +1, air);
}

mkba_box mkba_boxed_label(cairo_t *cr, const char *text,
                          const mkba_text_style *st, double x, double y) {
  double tw, th;
  mkba_text_size(cr, text, st, &tw, &th);
  double left = st->align == MKBA_ALIGN_RIGHT    ? x - tw
                : st->align == MKBA_ALIGN_CENTER ? x - tw / 2
                                                 : x;
  mkba_box b = {left - 2, y - 1, left + tw + 2, y + th + 1};
  cairo_save(cr);
  cairo_rectangle(cr, b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0);
  cairo_set_source_rgba(cr, 1, 1, 1, 0.92);
  cairo_fill(cr);
  cairo_restore(cr);
  mkba_text_draw(cr, text, st, x, y);
  return b;
}

const json_t *mkba_param_entry(const mkba_report_ctx *r, const char *id) {
  const json_t *list = mkba_j_arr(r->doc, "parameters");
  if (id == NULL)
    return NULL;
  for (size_t i = 0; i < mkba_j_len(list); i++) {
    const json_t *p = mkba_j_at(list, i);
    if (strcmp(mkba_j_str(p, "parameter", ""), id) == 0)
      return p;
  }
  return NULL;
}

int mkba_param_intervention(const mkba_report_ctx *r, const char *id) {
  if (mkba_j_len(mkba_j_arr(r->doc, "interventions")) <= 1)
    return 0;
  if (id == NULL || id[0] < '0' || id[0] > '9')
    return -1;
  int k = 0;
  const char *p = id;
  while (*p >= '0' && *p <= '9' && k < 100000)
    k = k * 10 + (*p++ - '0');
  return *p == ':' ? k : -1;
}

int mkba_chart_alternatives(const mkba_report_ctx *r) {
  return strcmp(mkba_j_str(r->doc, "comparison", "package"), "alternatives") ==
         0;
}

int mkba_chart_totals(const mkba_report_ctx *r) {
  return !mkba_chart_alternatives(r) ||
         mkba_j_len(mkba_j_arr(r->doc, "interventions")) <= 1;
}

/* Whether word (the first len bytes) is one of the NULL-ended list. */
static int word_in(const char *word, size_t len, const char *const *list) {
  for (size_t i = 0; list[i] != NULL; i++)
    if (strlen(list[i]) == len && strncmp(list[i], word, len) == 0)
      return 1;
  return 0;
}

/* A share as a percentage with as many decimals as it needs: 37%, 5,9%,
 * 0,45%; a share that is not exactly 0 or 1 never shows as 0% or 100%. */
static char *share(char *buf, size_t len, double x, mkba_lang lang) {
  double a = fabs(x) * 100;
  int d = a >= 10 ? 0 : a >= 1 ? 1 : 2;
  while (d < 4 && x != 0 && fabs(x) != 1 &&
         (round(a * pow(10, d)) == 0 || round((100 - a) * pow(10, d)) == 0))
    d++;
  return mkba_fmt_percent(buf, len, x, d, lang);
}

char *mkba_fmt_param_value(char *buf, size_t len, double x, const char *unit,
                           int compact, mkba_lang lang) {
  static const char *const money_words[] = {"EUR",    "\xe2\x82\xac", "euro",
                                            "euro's", "euros",        NULL};
  static const char *const share_words[] = {
      "fractie", "aandeel",     "kans",       "fraction",   "share",
      "chance",  "probability", "proportion", "percentage", NULL};
  if (!isfinite(x) || unit == NULL || unit[0] == '\0')
    return mkba_fmt_sig(buf, len, x, 3, lang);
  size_t w = strcspn(unit, " ");
  /* the annex's one rule for a parameter's number (mkba_fmt_param_shown),
   * so that a value reads the same in the annex, the tornado and the
   * switching values: € 29.641, € 70,89, 0,0667, 46,67 */
  if (word_in(unit, w, money_words) || mkba_unit_is_money(unit)) {
    if (compact && fabs(x) >= 100)
      return mkba_fmt_money_short(buf, len, x, lang);
    return mkba_fmt_param_shown(buf, len, x, NAN, unit, NULL, lang);
  }
  if (word_in(unit, w, share_words))
    return share(buf, len, x, lang);
  char d[64], u[160];
  mkba_fmt_param_shown(d, sizeof d, x, NAN, unit, NULL, lang);
  /* the unit's first word, in the report's language, is the quantity (uur,
   * hours, jaar); the rest ("per persoon per jaar") the parameter's label
   * already says */
  mkba_fmt_unit(u, sizeof u, unit, lang);
  w = strcspn(u, " ");
  if (w == 0 || w > 24)
    return mkba_fmt_sig(buf, len, x, 3, lang);
  snprintf(buf, len, "%s\xc2\xa0%.*s", d, (int)w, u);
  return buf;
}
