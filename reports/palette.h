/*
 * palette.h: the report's colours and line weights.
 *
 * Okabe & Ito's colour-blind-safe set, one fixed colour per actor in every
 * chart. The six actor colours differ in lightness as well as hue, and every
 * actor is also named beside its bar, so a grey print stays readable.
 * Transfers are hatched on top of the actor colour.
 */
#ifndef MKBA_PALETTE_H
#define MKBA_PALETTE_H

#include <cairo.h>

typedef struct {
  double r, g, b; /* 0..1 */
} mkba_rgb;

/*
 * The line weights: every stroke of the reports and their charts, in
 * points (one point is one cairo user unit), thinnest first. A line takes
 * its weight from here by what it is, so the same kind of line is the same
 * weight everywhere.
 */
/* the white gaps between a histogram's bars */
#define MKBA_LW_HAIR 0.4
/* grid lines; the rules of the page header and footer and under a table;
 * a table swatch's outline */
#define MKBA_LW_FINE 0.5
/* a bar's dark outline (keeps yellow visible on white); a rule between
 * groups of rows; the national panels' zero line */
#define MKBA_LW_THIN 0.6
/* an axis line; the rule under a table's header; an interval; a marker's
 * white outline; a dotted guide */
#define MKBA_LW_LIGHT 0.8
/* a bar chart's zero axis; a diamond's outline; a dashed or dotted
 * reference line */
#define MKBA_LW_REGULAR 1.0
/* a dashed base-case or break-even line; the white lines of hatching */
#define MKBA_LW_MEDIUM 1.2
/* a data line drawn over bars: the yearly net value */
#define MKBA_LW_LINE 1.4
/* a line in a legend; the white strokes of a bar cut at the plot's edge */
#define MKBA_LW_BOLD 2.0
/* a chart's main curve: the S-curve, the cumulative net value */
#define MKBA_LW_HEAVY 2.2

/* Fixed colours for things that are not actors. */
extern const mkba_rgb MKBA_RGB_COSTS;      /* orange (light in grey) */
extern const mkba_rgb MKBA_RGB_BENEFITS;   /* blue (dark in grey) */
extern const mkba_rgb MKBA_RGB_NET;        /* black: net value markers */
extern const mkba_rgb MKBA_RGB_NET_YEAR;   /* grey: the yearly net line */
extern const mkba_rgb MKBA_RGB_CUMULATIVE; /* black: the payback curve */
extern const mkba_rgb MKBA_RGB_ACCENT;     /* blue: key-figure boxes */
extern const mkba_rgb MKBA_RGB_LOW;        /* light purple: parameter at P10 */
extern const mkba_rgb MKBA_RGB_HIGH;       /* dark purple: parameter at P90 */
extern const mkba_rgb MKBA_RGB_TEXT;       /* near black */
extern const mkba_rgb MKBA_RGB_MUTED;      /* grey for secondary text */
extern const mkba_rgb MKBA_RGB_GRID;       /* light grey grid lines */
extern const mkba_rgb MKBA_RGB_SHADE;      /* very light fill, table stripes */

/* The colour of an actor by its Dutch id (borrowed, may be NULL); an unknown
 * id gets grey. */
mkba_rgb mkba_actor_rgb(const char *actor_id);

/* Set the source colour (cr: target; c: colour). */
void mkba_set_rgb(cairo_t *cr, mkba_rgb c);

/* Set the source to c mixed with white: t = 0 gives c, t = 1 white. */
void mkba_set_tint(cairo_t *cr, mkba_rgb c, double t);

/* Fill the rectangle x, y, w, h with c, then hatch it with thin white
 * diagonal lines: how a transfer is drawn (cr: target). */
void mkba_fill_hatched(cairo_t *cr, double x, double y, double w, double h,
                       mkba_rgb c);

#endif /* MKBA_PALETTE_H */
