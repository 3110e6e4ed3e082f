/*
 * text.h: all report text, through pango.
 *
 * One font, "DejaVu Sans", chosen by name so the layout is the same on every
 * machine with fonts-dejavu-core. Sizes are in points and one point is one
 * cairo user unit (resolution 72 dpi). Hinting is off and glyph positions
 * are not rounded, so a chart lays out identically at any scale: in the PDF,
 * in a 1200 px PNG and in the SVG.
 */
#ifndef MKBA_TEXT_H
#define MKBA_TEXT_H

#include <cairo.h>
#include <stddef.h>

#include "palette.h"

/*
 * The type scale: every text size of the reports and their charts, in
 * points, smallest first. Text takes its size from here by what it is, so
 * the same kind of text is the same size everywhere; a size between two
 * steps is not part of the report.
 */
/* a chart's labels when its rows are crowded */
#define MKBA_PT_CROWDED 6.5
/* fine print: a key figure's note, the tornado's values, the national
 * panels' names and values, a table cell's grey second part */
#define MKBA_PT_FINE 7.0
/* notes, the page header and footer, values beside bars, axis ticks, a
 * table's header */
#define MKBA_PT_NOTE 7.5
/* chart subtitles, legends and small labels; a table's body */
#define MKBA_PT_CAPTION 8.0
/* a chart's row labels when there is room; the method box */
#define MKBA_PT_LABEL 8.5
/* paragraphs, a contents line, a callout inside a chart */
#define MKBA_PT_BODY 9.0
/* the line above the report's title (what kind of report) */
#define MKBA_PT_KICKER 9.5
/* a contents line of a chapter; the national report's conclusion */
#define MKBA_PT_LEAD 10.0
/* the summary's conclusion, in bold */
#define MKBA_PT_CONCLUSION 10.5
/* headings and chart titles */
#define MKBA_PT_HEADING 11.0
/* the national report's lines under its title */
#define MKBA_PT_SUBTITLE 12.0
/* a key figure's value */
#define MKBA_PT_FIGURE 15.0
/* chapter titles */
#define MKBA_PT_SECTION 16.0
/* the report's title */
#define MKBA_PT_TITLE 20.0

/* Axis tick labels: set as notes. */
#define MKBA_PT_TICK MKBA_PT_NOTE

typedef enum {
  MKBA_ALIGN_LEFT,
  MKBA_ALIGN_CENTER,
  MKBA_ALIGN_RIGHT
} mkba_align;

typedef struct {
  double size;      /* points */
  int bold;         /* 0 or 1 */
  int italic;       /* 0 or 1 */
  double width;     /* wrap width in points, between words; 0: one line */
  int max_lines;    /* with width: at most this many lines, ellipsized; 0 all */
  mkba_align align; /* within width; without width, relative to x (see below) */
  mkba_rgb colour;  /* text colour */
} mkba_text_style;

/* A plain style: size points, regular, left, text colour. */
mkba_text_style mkba_style(double size);

/*
 * Measure text (UTF-8, borrowed) as it would be drawn on cr with style st.
 * w, h receive the ink box's logical width and height in points (either may
 * be NULL).
 */
void mkba_text_size(cairo_t *cr, const char *text, const mkba_text_style *st,
                    double *w, double *h);

/*
 * The width of the widest word of text (UTF-8, borrowed) in style st on cr,
 * in points: the narrowest box it can wrap into without a word running over
 * (lines break between words only, and never inside a number).
 */
double mkba_text_min_width(cairo_t *cr, const char *text,
                           const mkba_text_style *st);

/* How pango lays out a text in a style: what mkba_text_fits reports. */
typedef struct {
  double width;   /* the logical width, in points */
  double height;  /* the logical height, in points */
  int ellipsized; /* 1: cut off with an ellipsis (st->max_lines) */
  size_t laid;    /* bytes of the text on its lines; fewer when cut */
} mkba_text_fit;

/*
 * Lay out text (UTF-8, borrowed; NULL: "") on cr in style st exactly as
 * mkba_text_draw would and say whether it is whole: not ellipsized and
 * every byte on a line. fit (out; may be NULL) receives the details.
 * Returns 1 when whole, else 0. Whether it keeps within st->width is the
 * caller's to judge from fit->width: a word wider than the box runs over.
 */
int mkba_text_fits(cairo_t *cr, const char *text, const mkba_text_style *st,
                   mkba_text_fit *fit);

/*
 * Draw text with its top at y. With st->width > 0 the text wraps in the box
 * [x, x + width] and is aligned inside it; without a width it is one line that
 * starts at x (left), is centred on x (center) or ends at x (right).
 * Returns the height drawn in points. The current point is not kept.
 */
double mkba_text_draw(cairo_t *cr, const char *text, const mkba_text_style *st,
                      double x, double y);

/* Draw one line turned 90 degrees counter-clockwise, centred on (cx, cy):
 * a vertical axis title (cr, text borrowed, st, centre). */
void mkba_text_draw_vertical(cairo_t *cr, const char *text,
                             const mkba_text_style *st, double cx, double cy);

#endif /* MKBA_TEXT_H */
