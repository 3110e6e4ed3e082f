/*
 * chart.h: the report's charts, and the pieces they share.
 *
 * A chart draws itself into a box of width x height points at the origin
 * of cr, with its own title, axis labels and legend, so the same drawing
 * serves the PDF page, the PNG (scaled to 1200 px wide) and the SVG.
 */
#ifndef MKBA_CHART_H
#define MKBA_CHART_H

#include <cairo.h>
#include <stddef.h>

#include "palette.h"
#include "results.h"
#include "text.h"

/* The width every chart is drawn at, in points: the A4 text width. */
#define MKBA_CHART_WIDTH 495.0

#define MKBA_PI 3.14159265358979323846

typedef struct {
  const char *name; /* file stem: chart-<name>.png; stable, lower case */
  /* Whether the document has what this chart shows (r: the rendering). */
  int (*applies)(const mkba_report_ctx *r);
  /* The chart's height in points for this document at width w. */
  double (*height)(const mkba_report_ctx *r, double w);
  /* Draw into [0, w] x [0, h] of cr (r: the rendering). */
  void (*draw)(cairo_t *cr, const mkba_report_ctx *r, double w, double h);
} mkba_chart;

/* All charts in report order (static); *count receives their number. */
const mkba_chart *const *mkba_charts(size_t *count);

/* The chart called name, or NULL (name: borrowed). */
const mkba_chart *mkba_chart_find(const char *name);

/* The individual charts (chart_*.c). */
extern const mkba_chart mkba_chart_actors;
extern const mkba_chart mkba_chart_years;
extern const mkba_chart mkba_chart_histogram;
extern const mkba_chart mkba_chart_scurve;
extern const mkba_chart mkba_chart_actor_risk;
extern const mkba_chart mkba_chart_tornado;
extern const mkba_chart mkba_chart_variants;
extern const mkba_chart mkba_chart_interventions;

/* ---- shared pieces (chart_common.c) ---- */

/* A linear map from values [v0, v1] to positions [p0, p1]. */
typedef struct {
  double v0, v1, p0, p1;
} mkba_scale;

/* The position of value v on scale s. */
double mkba_scale_at(const mkba_scale *s, double v);

/*
 * Round tick marks covering [lo, hi]: at most max ticks 1, 2, 2.5 or 5 times a
 * power of ten apart, written to ticks. *lo and *hi are widened to the outer
 * ticks; *step receives the spacing. Returns the number of ticks.
 */
int mkba_nice_ticks(double *lo, double *hi, int target, double *ticks, int max,
                    double *step);

/* Draw the chart title (bold) and subtitle (grey; may be NULL) across width
 * w from the top. Returns the y below them. */
double mkba_chart_title(cairo_t *cr, const char *title, const char *subtitle,
                        double w);

/* Kinds of legend entry. */
typedef enum {
  MKBA_KEY_BOX,     /* filled square */
  MKBA_KEY_TINT,    /* light (tinted) square */
  MKBA_KEY_HATCH,   /* hatched square: a transfer */
  MKBA_KEY_LINE,    /* solid line */
  MKBA_KEY_DASH,    /* dashed line */
  MKBA_KEY_DIAMOND, /* diamond marker */
  MKBA_KEY_TICK     /* short vertical bar: a median */
} mkba_key_kind;

typedef struct {
  mkba_key_kind kind;
  mkba_rgb colour;
  const char *text; /* borrowed */
} mkba_key;

/* Draw a one- or two-line legend of n entries left-aligned at (x, y) within
 * width w. Returns its height. */
double mkba_chart_legend(cairo_t *cr, const mkba_key *keys, int n, double x,
                         double y, double w);

/* Height mkba_chart_legend would take. */
double mkba_chart_legend_height(cairo_t *cr, const mkba_key *keys, int n,
                                double w);

/* A diamond marker of half-size r at (x, y): filled with c, outlined white. */
void mkba_draw_diamond(cairo_t *cr, double x, double y, double r, mkba_rgb c);

/* A horizontal money axis on the bottom of a plot: grid lines from y0 to y1
 * at each tick of s, labels under y1 (ticks: n values; step: spacing). */
void mkba_money_axis_x(cairo_t *cr, const mkba_report_ctx *r,
                       const mkba_scale *s, const double *ticks, int n,
                       double step, double y0, double y1);

/* A vertical money axis: grid lines from x0 to x1 at each tick of s, labels
 * right-aligned left of x0. */
void mkba_money_axis_y(cairo_t *cr, const mkba_report_ctx *r,
                       const mkba_scale *s, const double *ticks, int n,
                       double step, double x0, double x1);

/* Widest of n labels in style st (labels borrowed). */
double mkba_max_text_width(cairo_t *cr, const char *const *labels, int n,
                           const mkba_text_style *st);

/* A scratch cairo context for measuring text before a surface exists;
 * destroy with cairo_destroy (owned by the caller). */
cairo_t *mkba_measure_context(void);

#endif /* MKBA_CHART_H */
