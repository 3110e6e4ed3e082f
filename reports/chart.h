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
extern const mkba_chart mkba_chart_evppi;

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

/* Height mkba_chart_title would take for title and subtitle (may be NULL)
 * across width w. */
double mkba_chart_title_height(cairo_t *cr, const char *title,
                               const char *subtitle, double w);

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
  /* With nstripes > 0, a box, tint or hatch swatch shows these colours side
   * by side instead of colour: the actors' own colours, so the key looks
   * like the bars it explains (borrowed). */
  const mkba_rgb *stripes;
  int nstripes;
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

/* A label's box: left, top, right and bottom in points. */
typedef struct {
  double x0, y0, x1, y1;
} mkba_box;

/*
 * Round ticks for a horizontal money axis from *lo to *hi drawn over
 * [p0, p1] on cr: the most, up to target, whose labels all fit side by
 * side, so every grid line is labelled and they are evenly spaced. With
 * tight set the axis keeps its ends and only the ticks inside it are
 * kept; otherwise *lo and *hi widen to the outer ticks. ticks: room for
 * max values; *step receives the spacing (r: the rendering, for the
 * labels' language). Returns the number of ticks.
 */
int mkba_money_ticks(cairo_t *cr, const mkba_report_ctx *r, double *lo,
                     double *hi, int tight, double p0, double p1, int target,
                     double *ticks, int max, double *step);

/* A vertical money axis: grid lines from x0 to x1 at each tick of s, labels
 * right-aligned left of x0. */
void mkba_money_axis_y(cairo_t *cr, const mkba_report_ctx *r,
                       const mkba_scale *s, const double *ticks, int n,
                       double step, double x0, double x1);

/* Widest of n labels in style st (labels borrowed). */
double mkba_max_text_width(cairo_t *cr, const char *const *labels, int n,
                           const mkba_text_style *st);

/*
 * Where a one-line label of width w that starts at left (moving in direction
 * dir: +1 right, -1 left) must start so that it crosses none of the n
 * vertical lines at xs, keeping gap points clear of each. A label that
 * touches a line jumps over it; the result is the new left edge.
 */
double mkba_label_clear(double left, double w, const double *xs, int n, int dir,
                        double gap);

/*
 * Where the value label of a marker at xm goes: right beside it, unless
 * that runs out of [px0, px1] or across the zero line at x0, then left
 * beside it; when neither side is clear, right of the zero line. tw: the
 * label's width. Returns the label's left edge.
 */
double mkba_beside_marker(double xm, double tw, double x0, double px0,
                          double px1);

/* Draw one line of text (style st; align as in mkba_text_draw) at (x, y)
 * on a white box, so grid lines under it do not cut through it; returns
 * the box it covers. */
mkba_box mkba_boxed_label(cairo_t *cr, const char *text,
                          const mkba_text_style *st, double x, double y);

/* The results' "parameters" entry whose "parameter" is id, or NULL (r: the
 * rendering; id borrowed). */
const json_t *mkba_param_entry(const mkba_report_ctx *r, const char *id);

/* The intervention a parameter id belongs to: the k of "k:name" when the
 * document has several interventions, else 0; -1 when the id says none. */
int mkba_param_intervention(const mkba_report_ctx *r, const char *id);

/* Whether the document compares alternatives (each on its own, never
 * summed) rather than a package (r: the rendering). */
int mkba_chart_alternatives(const mkba_report_ctx *r);

/* Whether the document's totals are a result worth a chart: always, except
 * for several alternatives, whose sum is no outcome of anything (r: the
 * rendering). The charts of totals (actors, years, the Monte Carlo of the
 * net value) apply only then. */
int mkba_chart_totals(const mkba_report_ctx *r);

/*
 * A parameter value with its unit, short enough for a chart label or a
 * table cell: euro amounts as euros (€ 29.641; with compact set, large
 * ones in millions as in every chart: € 0,22 mln), shares and chances as
 * percentages (37%), anything else as the number and the unit's first word
 * (3,5 uur, 5 jaar); numbers by the annex's rule (mkba_fmt_param_shown), so
 * a value reads the same everywhere in the report. unit: the parameter's unit
 * (borrowed, may be NULL: the bare number). buf, len: output. Returns buf.
 */
char *mkba_fmt_param_value(char *buf, size_t len, double x, const char *unit,
                           int compact, mkba_lang lang);

/* ---- the tornado's layout (chart_tornado.c), for drawing and tests ---- */

/* The tornado shows at most this many parameters, those with the largest
 * swing; the full list is the switching-value table's and the annex's. */
#define MKBA_TORNADO_MAX_ROWS 15

/* One parameter's row of the tornado; positions in points from the chart's
 * top left, y down. */
typedef struct {
  char label[320];    /* the parameter's label, whole */
  char iv[360];       /* its intervention ("1. name"), or empty */
  mkba_box label_box; /* the label's lines, right-aligned in their column */
  mkba_box iv_box;    /* the intervention's lines under them (NANs: none) */
  double y0, y1;      /* the row's band */
  double yc;          /* the row's centre line, through the bars */
  double base;        /* the net value the bars start from */
  double v[2];        /* net value with the parameter at P10 and at P90 */
  int has[2];         /* whether end k has a bar (a finite net value) */
  int side[2];        /* bar k's direction from the base: -1 left, +1 right */
  int split;          /* both ends on one side: each bar in half the row */
  double x_end[2];    /* the outer end of bar k */
  mkba_box bar[2];    /* bar k */
  mkba_box tick;      /* an alternative's own base-case tick (NANs: none) */
  char val[2][64];    /* the parameter's value at end k, with its unit */
  mkba_box value[2];  /* where that value's text goes */
  /* 1: the value sits above (P10) or below (P90) its bar at the end,
   * because beside the end it would cross the zero line */
  int stacked[2];
} mkba_tornado_row;

/* The whole tornado. */
typedef struct {
  int n; /* rows */
  mkba_tornado_row row[MKBA_TORNADO_MAX_ROWS];
  mkba_text_style label_style; /* the parameters' labels (never cut) */
  mkba_text_style iv_style;    /* their interventions' lines */
  mkba_text_style value_style; /* the values at the bars' ends */
  char subtitle[800];          /* under the title, drawn in the chart */
  int ivs_shown, ivs_total;    /* interventions with a row; all of them */
  double px0, px1;             /* the plot's sides, value labels included */
  double py0, py1;             /* the plot's top and the axis line */
  mkba_scale sx;               /* net value to x */
  double ticks[16];            /* the axis's ticks, each labelled */
  int nticks;
  double step;      /* their spacing */
  double x_zero;    /* the dashed zero line, or NAN */
  double x_pkg;     /* a package's base-case line, or NAN */
  int alt;          /* alternatives: each row from its own base case */
  mkba_key keys[4]; /* the legend (texts borrowed from the strings) */
  int nkeys;
  double legend_y; /* the legend's top */
  double height;   /* the chart's whole height */
} mkba_tornado_layout;

/* Lay out the tornado of r at width w, measuring text on cr, into *out:
 * what its draw function draws, for the chart's height and for tests. */
void mkba_tornado_lay_out(cairo_t *cr, const mkba_report_ctx *r, double w,
                          mkba_tornado_layout *out);

/* ---- the comparison's layout (chart_interventions.c) ---- */

/* One row of the comparison: an intervention, or the package; positions
 * in points from the chart's top left, y down. */
typedef struct {
  char name[320];              /* the intervention's short name */
  double costs, benefits;      /* present values, both positive */
  double net;                  /* net present value */
  int package;                 /* the sum of all, drawn last and bold */
  double yc;                   /* the row's centre line */
  mkba_box name_box;           /* the name's wrap box */
  mkba_box costs_bar;          /* left of zero */
  mkba_box benefits_bar;       /* right of zero */
  int cut_costs, cut_benefits; /* a bar cut at the plot's edge */
  mkba_box diamond;            /* the net value's marker */
  char value[64];              /* the net value as written */
  mkba_box value_box;          /* its text, in the value column */
} mkba_iv_row;

/* The whole comparison chart. */
typedef struct {
  int n;                       /* rows */
  mkba_iv_row *row;            /* n rows, best first (owned) */
  mkba_text_style name_style;  /* the names */
  mkba_text_style value_style; /* the net values */
  char subtitle[256];          /* under the title */
  double px0, px1;             /* the plot's sides: bars and markers */
  double py0, py1;             /* its top and the axis line */
  mkba_scale sx;               /* money to x */
  double ticks[16];            /* the axis's ticks, each labelled */
  int nticks;
  double step;         /* their spacing */
  double x_zero;       /* the zero line */
  double ref;          /* the amount that sets the values' unit */
  double bar;          /* a bar's height */
  int broken;          /* the package's bars are cut at the edges */
  mkba_box header_box; /* the value column's heading */
  mkba_key keys[3];    /* the legend (texts borrowed) */
  double legend_y;     /* its top */
} mkba_iv_layout;

/* Lay out the comparison chart of r in w x h points, measuring text on cr,
 * into *out; returns 0, or -1 when out of memory (then out holds no rows).
 * Release with mkba_iv_layout_free. */
int mkba_iv_lay_out(cairo_t *cr, const mkba_report_ctx *r, double w, double h,
                    mkba_iv_layout *out);

/* Free the rows of a layout (L: the layout; its rows become NULL). */
void mkba_iv_layout_free(mkba_iv_layout *L);

/* A scratch cairo context for measuring text before a surface exists;
 * destroy with cairo_destroy (owned by the caller). */
cairo_t *mkba_measure_context(void);

#endif /* MKBA_CHART_H */
