/*
 * chart_tornado.c: the one-way sensitivity analysis. One row per parameter,
 * largest swing on top: a bar from the base-case NPV to the NPV with the
 * parameter at its P10 and another to the NPV at its P90, each end labelled
 * with the parameter value that gives it, in its unit.
 *
 * For a package every row starts from the package's base case (one line
 * down the chart). Alternatives are never summed, so each row starts from
 * its own intervention's base case, marked on the row. With several
 * interventions each parameter names its intervention under its label.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* The chart shows the parameters with the largest swing and says how many
 * of how many it shows; the full list is the switching-value table's and
 * the annex's. */
#define MAX_ROWS 15

/* Room between a bar's end and its value label, and around lines. */
#define GAP 3.0

/* The chart applies when there are one-way results (r: the rendering). */
static int applies(const mkba_report_ctx *r) {
  return mkba_j_len(mkba_j_arr(r->doc, "sensitivity")) > 0;
}

/* Rows drawn: the parameters with the largest swing, at most MAX_ROWS. */
static int rows(const mkba_report_ctx *r) {
  size_t n = mkba_j_len(mkba_j_arr(r->doc, "sensitivity"));
  return n > MAX_ROWS ? MAX_ROWS : (int)n;
}

/* Whether each parameter names its intervention: a second line per row. */
static int several(const mkba_report_ctx *r) {
  return mkba_j_len(mkba_j_arr(r->doc, "interventions")) > 1;
}

/* Points per row: room for the intervention's line when there is one. */
static double row_height(const mkba_report_ctx *r) {
  return several(r) ? 32.0 : 30.0;
}

/* Height in points for r (w: unused). */
static double height(const mkba_report_ctx *r, double w) {
  (void)w;
  return 118 + row_height(r) * rows(r);
}

/* One parameter's row. */
typedef struct {
  char label[320]; /* the parameter */
  char iv[320];    /* its intervention, or empty */
  double base;     /* the net value the bars start from */
  double v[2];     /* net value with the parameter at P10 and at P90 */
  char val[2][64]; /* the parameter's value at each end, with unit */
  double tw[2];    /* their widths */
  int side[2];     /* each label's side of the base: -1 left, +1 right */
  int split;       /* both ends on one side: each bar gets half the row */
} trow;

/* The base case a row starts from: the package's, or for alternatives the
 * net value of the parameter's own intervention. */
static double row_base(const mkba_report_ctx *r, int k) {
  double pkg = mkba_j_num(mkba_j_obj(r->doc, "summary"), "npv");
  if (!mkba_chart_alternatives(r) || k < 0)
    return pkg;
  const json_t *iv = mkba_j_at(mkba_j_arr(r->doc, "interventions"), (size_t)k);
  double own = mkba_j_num(mkba_j_obj(iv, "summary"), "npv");
  return isfinite(own) ? own : pkg;
}

/* Fill row t from sensitivity entry e, measuring its labels in style val. */
static void read_row(cairo_t *cr, const mkba_report_ctx *r, const json_t *e,
                     const mkba_text_style *val, trow *t) {
  const char *id = mkba_j_str(e, "parameter", "?");
  snprintf(t->label, sizeof t->label, "%s", mkba_j_str(e, "label", id));
  int k = mkba_param_intervention(r, id);
  t->iv[0] = '\0';
  if (several(r) && k >= 0) {
    const json_t *iv =
        mkba_j_at(mkba_j_arr(r->doc, "interventions"), (size_t)k);
    if (iv != NULL)
      mkba_intervention_short_name(iv, t->iv, sizeof t->iv);
  }
  t->base = row_base(r, k);
  const char *unit = mkba_j_str(mkba_param_entry(r, id), "unit", NULL);
  const char *npv[2] = {"npv_low", "npv_high"};
  const char *at[2] = {"low", "high"};
  for (int i = 0; i < 2; i++) {
    t->v[i] = mkba_j_num(e, npv[i]);
    mkba_fmt_param_value(t->val[i], sizeof t->val[i], mkba_j_num(e, at[i]),
                         unit, 1, r->lang);
    mkba_text_size(cr, t->val[i], val, &t->tw[i], NULL);
    double d = t->v[i] - t->base;
    t->side[i] = !isfinite(d) || d == 0 ? 0 : d < 0 ? -1 : 1;
  }
  /* a bar of no length puts its label on the side the other bar leaves
   * free, so the two labels never meet */
  for (int i = 0; i < 2; i++)
    if (t->side[i] == 0)
      t->side[i] = t->side[1 - i] != 0 ? -t->side[1 - i] : (i == 0 ? -1 : 1);
  t->split = t->side[0] == t->side[1];
}

/* Draw the chart into [0, w] x [0, h] of cr (r: the rendering). */
static void draw(cairo_t *cr, const mkba_report_ctx *r, double w, double h) {
  const mkba_strings *s = r->s;
  const json_t *sens = mkba_j_arr(r->doc, "sensitivity");
  int n = rows(r), alt = mkba_chart_alternatives(r) && several(r);
  double base = mkba_j_num(mkba_j_obj(r->doc, "summary"), "npv");
  char sub[480], year[16], bbuf[64], shown[160], of[32], total[32];
  snprintf(year, sizeof year, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
  mkba_fmt_money_short(bbuf, sizeof bbuf, base, r->lang);
  snprintf(of, sizeof of, "%d", n);
  snprintf(total, sizeof total, "%zu", mkba_j_len(sens));
  mkba_tpl(shown, sizeof shown,
           (size_t)n < mkba_j_len(sens) ? s->tornado_shown : "", of, total,
           NULL, NULL);
  mkba_tpl(sub, sizeof sub,
           alt ? s->chart_tornado_sub_alt : s->chart_tornado_sub, year, bbuf,
           shown, NULL);
  double top = mkba_chart_title(cr, s->chart_tornado_title, sub, w);

  trow *t = calloc((size_t)(n > 0 ? n : 1), sizeof *t);
  if (t == NULL)
    return;
  mkba_text_style val = mkba_style(7);
  val.colour = MKBA_RGB_TEXT;
  double lo = isfinite(base) && !alt ? base : NAN, hi = lo;
  double wl = 0, wr = 0; /* widest label left and right of its bar */
  for (int i = 0; i < n; i++) {
    read_row(cr, r, mkba_j_at(sens, (size_t)i), &val, &t[i]);
    double xs[3] = {t[i].base, t[i].v[0], t[i].v[1]};
    for (int k = 0; k < 3; k++)
      if (isfinite(xs[k])) {
        lo = isfinite(lo) ? fmin(lo, xs[k]) : xs[k];
        hi = isfinite(hi) ? fmax(hi, xs[k]) : xs[k];
      }
    for (int k = 0; k < 2; k++) {
      if (t[i].side[k] < 0)
        wl = fmax(wl, t[i].tw[k]);
      else
        wr = fmax(wr, t[i].tw[k]);
    }
  }
  if (!isfinite(lo)) {
    lo = -1;
    hi = 1;
  }
  /* zero stays in view when it is near: the switch from gain to loss */
  if (lo > 0 && lo < (hi - lo) * 0.6)
    lo = 0;
  if (hi < 0 && -hi < (hi - lo) * 0.6)
    hi = 0;
  if (hi - lo <= 0) {
    double pad = fabs(hi) > 0 ? fabs(hi) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  int zero = lo < 0 && hi > 0;

  mkba_key keys[4];
  int nk = 0;
  keys[nk++] = (mkba_key){
      .kind = MKBA_KEY_BOX, .colour = MKBA_RGB_LOW, .text = s->key_low};
  keys[nk++] = (mkba_key){
      .kind = MKBA_KEY_BOX, .colour = MKBA_RGB_HIGH, .text = s->key_high};
  keys[nk++] = (mkba_key){.kind = MKBA_KEY_TICK,
                          .colour = MKBA_RGB_NET,
                          .text = alt ? s->key_base_own : s->key_base_net};
  if (zero)
    keys[nk++] = (mkba_key){
        .kind = MKBA_KEY_DASH, .colour = MKBA_RGB_COSTS, .text = s->key_zero};
  double legend_h = mkba_chart_legend_height(cr, keys, nk, w);

  double label_w = 165;
  double px0 = label_w + 10, px1 = w - 4;
  /* the bars span the plot less the widest value label on each side, so
   * every label stays inside the chart */
  double a0 = px0 + wl + GAP + 2, a1 = px1 - wr - GAP - 2;
  if (a1 - a0 < 60) {
    a0 = px0;
    a1 = px1;
  }
  /* ticks at round values inside the data's range; the axis itself stays
   * tight around the bars */
  double tlo = lo, thi = hi, all[16], xt[16], step;
  int na = mkba_nice_ticks(&tlo, &thi, 6, all, 16, &step), nxt = 0;
  for (int i = 0; i < na; i++)
    if (all[i] >= lo - 1e-9 * step && all[i] <= hi + 1e-9 * step)
      xt[nxt++] = all[i];
  double py0 = top + 4, py1 = h - legend_h - 30;
  mkba_scale sx = {lo, hi, a0, a1};
  mkba_money_axis_x(cr, r, &sx, xt, nxt, step, py0, py1);

  double row = n > 0 ? (py1 - py0) / n : 0;
  double bar = fmin(row * 0.55, 16);
  double lane = fmax(bar / 2, 8.5); /* a split row's bar height */
  double xz = zero ? mkba_scale_at(&sx, 0) : NAN;
  double xb = !alt && isfinite(base) ? mkba_scale_at(&sx, base) : NAN;
  /* the lines every label keeps clear of */
  double lines[2] = {xz, xb};

  mkba_text_style lab = mkba_style(8);
  lab.width = label_w;
  lab.max_lines = 2;
  lab.align = MKBA_ALIGN_RIGHT;
  mkba_text_style ivs = mkba_style(7);
  ivs.width = label_w;
  ivs.max_lines = 1;
  ivs.align = MKBA_ALIGN_RIGHT;
  ivs.colour = MKBA_RGB_MUTED;
  for (int i = 0; i < n; i++) {
    trow *ti = &t[i];
    double yc = py0 + row * (i + 0.5);
    /* the parameter, and under it in grey its intervention */
    double lh, ih = 0;
    mkba_text_size(cr, ti->label, &lab, NULL, &lh);
    if (ti->iv[0] != '\0')
      mkba_text_size(cr, ti->iv, &ivs, NULL, &ih);
    double ly = yc - (lh + ih) / 2;
    mkba_text_draw(cr, ti->label, &lab, 0, ly);
    if (ti->iv[0] != '\0')
      mkba_text_draw(cr, ti->iv, &ivs, 0, ly + lh);

    double x0 = mkba_scale_at(&sx, ti->base);
    for (int k = 0; k < 2; k++) {
      if (!isfinite(ti->v[k]))
        continue;
      double x = mkba_scale_at(&sx, ti->v[k]);
      /* both ends on one side of the base: P10 in the upper half of the
       * row, P90 in the lower, so neither bar hides the other and each
       * label sits beside its own bar */
      double bh = ti->split ? lane : bar;
      double by =
          ti->split ? (k == 0 ? yc - lane - 0.75 : yc + 0.75) : yc - bar / 2;
      cairo_rectangle(cr, fmin(x, x0), by, fabs(x - x0), bh);
      mkba_set_rgb(cr, k == 0 ? MKBA_RGB_LOW : MKBA_RGB_HIGH);
      cairo_fill(cr);
    }
    if (alt && isfinite(ti->base)) {
      /* this intervention's own base case */
      cairo_rectangle(cr, x0 - 0.9, yc - bar / 2 - 3, 1.8, bar + 6);
      mkba_set_rgb(cr, MKBA_RGB_NET);
      cairo_fill(cr);
    }
  }
  /* the reference lines, then the value labels clear of them */
  if (zero) {
    cairo_save(cr);
    const double d[] = {4, 2};
    cairo_set_dash(cr, d, 2, 0);
    mkba_set_rgb(cr, MKBA_RGB_COSTS);
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, xz, py0);
    cairo_line_to(cr, xz, py1);
    cairo_stroke(cr);
    cairo_restore(cr);
  }
  if (isfinite(xb)) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, 1.2);
    cairo_move_to(cr, xb, py0);
    cairo_line_to(cr, xb, py1);
    cairo_stroke(cr);
  }
  for (int i = 0; i < n; i++) {
    trow *ti = &t[i];
    double yc = py0 + row * (i + 0.5);
    for (int k = 0; k < 2; k++) {
      if (!isfinite(ti->v[k]))
        continue;
      double x = mkba_scale_at(&sx, ti->v[k]);
      double lc = ti->split
                      ? (k == 0 ? yc - lane / 2 - 0.75 : yc + lane / 2 + 0.75)
                      : yc;
      /* outside the bar's end, on its own side */
      int dir = ti->side[k];
      double tw = ti->tw[k], vh;
      double out = dir < 0 ? x - GAP - tw : x + GAP;
      double left = mkba_label_clear(out, tw, lines, 2, dir, GAP);
      val.align = MKBA_ALIGN_LEFT;
      mkba_text_size(cr, ti->val[k], &val, NULL, &vh);
      double x0 = mkba_scale_at(&sx, ti->base);
      if (left != out && fabs(x - x0) >= tw + 2 * GAP + 2) {
        /* a line right after the bar's end: rather than far beyond the
         * line, the value goes inside its own bar, at the end, in a colour
         * that reads on it */
        left = dir < 0 ? x + GAP : x - GAP - tw;
        mkba_text_style in = val;
        in.colour = k == 0 ? MKBA_RGB_TEXT : (mkba_rgb){1, 1, 1};
        mkba_text_draw(cr, ti->val[k], &in, left, lc - vh / 2);
        continue;
      }
      if (left < px0 - 6)
        left = px0 - 6;
      if (left + tw > w)
        left = w - tw;
      /* on white, so a grid line does not run through it */
      mkba_boxed_label(cr, ti->val[k], &val, left, lc - vh / 2);
    }
  }
  mkba_chart_legend(cr, keys, nk, px0, h - legend_h, w - px0);
  free(t);
}

const mkba_chart mkba_chart_tornado = {"tornado", applies, height, draw};
