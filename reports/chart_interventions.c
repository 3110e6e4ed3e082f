/*
 * chart_interventions.c: the interventions of a package side by side, and
 * the package itself: costs left of zero, benefits right, net as a diamond
 * on them, and its amount in a column of its own right of the plot, so no
 * amount ever lies on a bar. Every intervention gets a row, from the
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

/* Highest net value first; the package stays last. */
static int by_net(const void *a, const void *b) {
  const mkba_iv_row *x = a, *y = b;
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
  cairo_set_line_width(cr, MKBA_LW_BOLD);
  for (int k = 0; k < 2; k++) {
    double xs = x + dir * (8 + 4 * k);
    cairo_move_to(cr, xs - 3, yc + bar / 2 + 1);
    cairo_line_to(cr, xs + 3, yc - bar / 2 - 1);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
  char buf[64];
  mkba_fmt_money_like(buf, sizeof buf, euros, ref, r->lang);
  mkba_text_style st = mkba_style(MKBA_PT_NOTE);
  st.bold = 1;
  st.colour = c;
  st.align = dir > 0 ? MKBA_ALIGN_LEFT : MKBA_ALIGN_RIGHT;
  double th;
  mkba_text_size(cr, buf, &st, NULL, &th);
  mkba_text_draw(cr, buf, &st, x + dir * 20, yc - th / 2);
}

void mkba_iv_layout_free(mkba_iv_layout *L) {
  free(L->row);
  L->row = NULL;
  L->n = 0;
}

/* Read the rows of r (the rendering) into L->row: its L->n rows are niv
 * interventions, then the package when there is one. *lo..*hi receive the
 * range the axis must show; L->ref the amount that sets the values' unit;
 * L->broken whether the package's own bars would dwarf the rows. */
static void read_rows(const mkba_report_ctx *r, mkba_iv_layout *L, int niv,
                      double *lo, double *hi) {
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  *lo = 0;
  *hi = 0;
  L->ref = 0;
  for (int i = 0; i < L->n; i++) {
    mkba_iv_row *rw = &L->row[i];
    const json_t *sum;
    if (i < niv) {
      const json_t *iv = mkba_j_at(ivs, (size_t)i);
      /* the scenario's own label: short, and the table below gives the
       * full name */
      mkba_intervention_short_name(iv, rw->name, sizeof rw->name);
      sum = mkba_j_obj(iv, "summary");
    } else {
      snprintf(rw->name, sizeof rw->name, "%s", r->s->row_package);
      sum = mkba_j_obj(r->doc, "summary");
      rw->package = 1;
    }
    rw->costs = mkba_j_num(sum, "pv_costs");
    rw->benefits = mkba_j_num(sum, "pv_benefits");
    rw->net = mkba_j_num(sum, "npv");
    if (!isfinite(rw->costs))
      rw->costs = 0;
    if (!isfinite(rw->benefits))
      rw->benefits = 0;
    if (!isfinite(rw->net))
      rw->net = rw->benefits - rw->costs;
    /* the axis follows the interventions and the package's net value;
     * the package's own bars are added below when they do not dwarf the
     * rows */
    *lo = fmin(*lo, rw->package ? rw->net : fmin(-rw->costs, rw->net));
    *hi = fmax(*hi, rw->package ? rw->net : fmax(rw->benefits, rw->net));
    L->ref = fmax(L->ref, fabs(rw->net));
  }
  /* A package of many interventions costs and yields far more than any of
   * them: on one scale every row would be a sliver. Then its bars are cut
   * at the plot's edge, marked as broken and labelled with their amounts. */
  L->broken = 0;
  if (with_package(r)) {
    const mkba_iv_row *p = &L->row[L->n - 1];
    double span_iv = fmax(*hi - *lo, 1);
    if (niv >= 3 &&
        (-p->costs < *lo - 0.6 * span_iv || p->benefits > *hi + 0.6 * span_iv))
      L->broken = 1;
    else {
      *lo = fmin(*lo, -p->costs);
      *hi = fmax(*hi, p->benefits);
    }
  }
}

int mkba_iv_lay_out(cairo_t *cr, const mkba_report_ctx *r, double w, double h,
                    mkba_iv_layout *L) {
  const mkba_strings *s = r->s;
  int niv = (int)mkba_j_len(mkba_j_arr(r->doc, "interventions"));
  memset(L, 0, sizeof *L);
  int n = rows(r);
  L->row = calloc((size_t)(n > 0 ? n : 1), sizeof *L->row);
  if (L->row == NULL)
    return -1;
  L->n = n;
  char year[16];
  snprintf(year, sizeof year, "%.0f",
           mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year"));
  mkba_tpl(L->subtitle, sizeof L->subtitle, s->chart_iv_sub, year, NULL, NULL,
           NULL);
  double top = mkba_chart_title_height(cr, s->chart_iv_title, L->subtitle, w);
  double lo, hi;
  read_rows(r, L, niv, &lo, &hi);
  qsort(L->row, (size_t)n, sizeof *L->row, by_net);

  /* the net values, in one unit for all so they compare at a glance, in a
   * column of their own at the right */
  L->value_style = mkba_style(n > 24 ? MKBA_PT_CROWDED : MKBA_PT_NOTE);
  L->value_style.bold = 1;
  double col_w, vh;
  mkba_text_size(cr, s->key_net, &L->value_style, &col_w, &vh);
  for (int i = 0; i < n; i++) {
    mkba_fmt_money_like(L->row[i].value, sizeof L->row[i].value, L->row[i].net,
                        L->ref, r->lang);
    double tw;
    mkba_text_size(cr, L->row[i].value, &L->value_style, &tw, NULL);
    col_w = fmax(col_w, tw);
  }

  L->keys[0] = (mkba_key){
      .kind = MKBA_KEY_BOX, .colour = MKBA_RGB_COSTS, .text = s->key_costs};
  L->keys[1] = (mkba_key){.kind = MKBA_KEY_BOX,
                          .colour = MKBA_RGB_BENEFITS,
                          .text = s->key_benefits};
  L->keys[2] = (mkba_key){
      .kind = MKBA_KEY_DIAMOND, .colour = MKBA_RGB_NET, .text = s->key_net};
  double legend_h = mkba_chart_legend_height(cr, L->keys, 3, w);
  double row_h = row_height(n);
  L->name_style = mkba_style(row_h < 14 ? MKBA_PT_FINE : MKBA_PT_LABEL);
  L->name_style.max_lines = row_h >= 36 ? 3 : row_h >= 22 ? 2 : 1;
  L->name_style.align = MKBA_ALIGN_RIGHT;
  double label_w = 0;
  for (int i = 0; i < n; i++) {
    double tw;
    mkba_text_size(cr, L->row[i].name, &L->name_style, &tw, NULL);
    label_w = fmax(label_w, tw);
  }
  label_w = fmin(label_w, L->name_style.max_lines >= 2 ? 175 : 230);
  L->name_style.width = label_w;
  L->px0 = label_w + 10;
  L->px1 = w - col_w - 14;
  L->py0 = top + 14;
  L->py1 = h - legend_h - 30;
  L->legend_y = h - legend_h;
  L->header_box = (mkba_box){w - col_w, top, w, top + vh};
  /* the outer ticks bound the axis, tight around the bars: no padding
   * that would add a tick of empty plot */
  double vlo = lo, vhi = hi;
  L->nticks = mkba_money_ticks(cr, r, &vlo, &vhi, 0, L->px0, L->px1, 6,
                               L->ticks, 16, &L->step);
  L->sx = (mkba_scale){vlo, vhi, L->px0, L->px1};
  L->x_zero = mkba_scale_at(&L->sx, 0);

  double row = (L->py1 - L->py0) / n;
  L->bar = fmin(row * 0.55, 20);
  double rd = fmin(5.5, row * 0.3);
  for (int i = 0; i < n; i++) {
    mkba_iv_row *rw = &L->row[i];
    rw->yc = L->py0 + row * (i + 0.5);
    mkba_text_style lab = L->name_style;
    lab.bold = rw->package;
    double lw, lh;
    mkba_text_size(cr, rw->name, &lab, &lw, &lh);
    rw->name_box =
        (mkba_box){label_w - lw, rw->yc - lh / 2, label_w, rw->yc + lh / 2};
    double xc = mkba_scale_at(&L->sx, -rw->costs);
    double xb = mkba_scale_at(&L->sx, rw->benefits);
    rw->cut_costs = rw->package && L->broken && xc < L->px0;
    rw->cut_benefits = rw->package && L->broken && xb > L->px1;
    if (rw->cut_costs)
      xc = L->px0;
    if (rw->cut_benefits)
      xb = L->px1;
    double b0 = rw->yc - L->bar / 2, b1 = rw->yc + L->bar / 2;
    rw->costs_bar = (mkba_box){xc, b0, L->x_zero, b1};
    rw->benefits_bar = (mkba_box){L->x_zero, b0, xb, b1};
    double xn = mkba_scale_at(&L->sx, rw->net);
    rw->diamond = (mkba_box){xn - rd, rw->yc - rd, xn + rd, rw->yc + rd};
    double tw;
    mkba_text_size(cr, rw->value, &L->value_style, &tw, NULL);
    rw->value_box = (mkba_box){w - tw, rw->yc - vh / 2, w, rw->yc + vh / 2};
  }
  return 0;
}

/* Draw the chart into [0, w] x [0, h] of cr (r: the rendering). */
static void draw(cairo_t *cr, const mkba_report_ctx *r, double w, double h) {
  const mkba_strings *s = r->s;
  mkba_iv_layout L;
  if (mkba_iv_lay_out(cr, r, w, h, &L) != 0 || L.n == 0) {
    mkba_iv_layout_free(&L);
    return;
  }
  double top = mkba_chart_title(cr, s->chart_iv_title, L.subtitle, w);
  mkba_money_axis_x(cr, r, &L.sx, L.ticks, L.nticks, L.step, L.py0, L.py1);
  double x0 = L.x_zero;
  mkba_text_style side = mkba_style(MKBA_PT_NOTE);
  side.colour = MKBA_RGB_MUTED;
  side.align = MKBA_ALIGN_RIGHT;
  mkba_text_draw(cr, s->axis_left_costs, &side, x0 - 4, top);
  side.align = MKBA_ALIGN_LEFT;
  mkba_text_draw(cr, s->axis_right_benefits, &side, x0 + 4, top);
  /* the value column's heading, over the amounts */
  mkba_text_style head = L.value_style;
  head.align = MKBA_ALIGN_RIGHT;
  mkba_text_draw(cr, s->key_net, &head, L.header_box.x1, L.header_box.y0);

  double row = (L.py1 - L.py0) / L.n;
  for (int i = 0; i < L.n; i++) {
    const mkba_iv_row *rw = &L.row[i];
    if (rw->package) {
      /* the package is the sum: set it apart with a rule */
      cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
      cairo_set_line_width(cr, MKBA_LW_THIN);
      cairo_move_to(cr, 0, L.py0 + row * i);
      cairo_line_to(cr, w, L.py0 + row * i);
      cairo_stroke(cr);
    }
    mkba_text_style lab = L.name_style;
    lab.bold = rw->package;
    mkba_text_draw(cr, rw->name, &lab, 0, rw->name_box.y0);
    const mkba_box *c = &rw->costs_bar, *b = &rw->benefits_bar;
    cairo_rectangle(cr, c->x0, c->y0, c->x1 - c->x0, c->y1 - c->y0);
    mkba_set_rgb(cr, MKBA_RGB_COSTS);
    cairo_fill(cr);
    cairo_rectangle(cr, b->x0, b->y0, b->x1 - b->x0, b->y1 - b->y0);
    mkba_set_rgb(cr, MKBA_RGB_BENEFITS);
    cairo_fill(cr);
    if (rw->cut_costs)
      broken_end(cr, r, c->x0, +1, rw->yc, L.bar, rw->costs, L.ref,
                 MKBA_RGB_TEXT);
    if (rw->cut_benefits)
      broken_end(cr, r, b->x1, -1, rw->yc, L.bar, rw->benefits, L.ref,
                 (mkba_rgb){1, 1, 1});
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, MKBA_LW_REGULAR);
  cairo_move_to(cr, x0, L.py0 - 4);
  cairo_line_to(cr, x0, L.py1);
  cairo_stroke(cr);
  /* the net values last, over bars and zero line; each amount in the
   * column at the right of its row */
  for (int i = 0; i < L.n; i++) {
    const mkba_iv_row *rw = &L.row[i];
    const mkba_box *d = &rw->diamond;
    mkba_draw_diamond(cr, (d->x0 + d->x1) / 2, rw->yc, (d->x1 - d->x0) / 2,
                      MKBA_RGB_NET);
    mkba_text_style val = L.value_style;
    val.bold = 1;
    mkba_text_draw(cr, rw->value, &val, rw->value_box.x0, rw->value_box.y0);
  }
  mkba_chart_legend(cr, L.keys, 3, L.px0, L.legend_y, w - L.px0);
  mkba_iv_layout_free(&L);
}

const mkba_chart mkba_chart_interventions = {"interventions", applies, height,
                                             draw};
