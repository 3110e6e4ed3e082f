/*
 * palette.c: Okabe-Ito colours (Okabe & Ito, "Color Universal Design", 2008).
 */
#include "palette.h"

#include <string.h>

#include "count.h"

#define RGB(hex)                                                               \
  {                                                                            \
    ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0,                 \
        ((hex)&0xff) / 255.0                                                   \
  }

/* Costs light (orange), benefits dark (blue): the classic colour-blind-safe
 * pair, and far apart in grey. The payback curve is black so it stands out
 * over both; the yearly net is a grey line. */
const mkba_rgb MKBA_RGB_COSTS = RGB(0xE69F00);
const mkba_rgb MKBA_RGB_BENEFITS = RGB(0x0072B2);
const mkba_rgb MKBA_RGB_NET = RGB(0x000000);
const mkba_rgb MKBA_RGB_NET_YEAR = RGB(0x666666);
const mkba_rgb MKBA_RGB_CUMULATIVE = RGB(0x000000);
const mkba_rgb MKBA_RGB_ACCENT = RGB(0x0072B2);
/* Tornado: one hue, light for the low end and dark for the high end. */
const mkba_rgb MKBA_RGB_LOW = RGB(0xE3B5CF);
const mkba_rgb MKBA_RGB_HIGH = RGB(0x7A4964);
const mkba_rgb MKBA_RGB_TEXT = RGB(0x1A1A1A);
const mkba_rgb MKBA_RGB_MUTED = RGB(0x666666);
const mkba_rgb MKBA_RGB_GRID = RGB(0xD9D9D9);
const mkba_rgb MKBA_RGB_SHADE = RGB(0xF2F2F2);

/* Grey-print lightness (Rec. 709 luma) in brackets: neighbours in the fixed
 * actor order differ by at least 0.1. */
static const struct {
  const char *id;
  mkba_rgb rgb;
} actors[] = {
    {"gemeente", RGB(0x0072B2)},         /* blue (0.40) */
    {"zorgverzekeraar", RGB(0x56B4E9)},  /* sky blue (0.67) */
    {"rijk", RGB(0xCC79A7)},             /* reddish purple (0.55) */
    {"woningcorporatie", RGB(0xE69F00)}, /* orange (0.67) */
    {"deelnemer", RGB(0x009E73)},        /* bluish green (0.52) */
    {"samenleving", RGB(0xF0E442)},      /* yellow (0.87) */
};

mkba_rgb mkba_actor_rgb(const char *actor_id) {
  if (actor_id != NULL)
    for (size_t i = 0; i < MKBA_COUNT(actors); i++)
      if (strcmp(actors[i].id, actor_id) == 0)
        return actors[i].rgb;
  return (mkba_rgb)RGB(0x999999);
}

void mkba_set_rgb(cairo_t *cr, mkba_rgb c) {
  cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

void mkba_set_tint(cairo_t *cr, mkba_rgb c, double t) {
  cairo_set_source_rgb(cr, c.r + (1 - c.r) * t, c.g + (1 - c.g) * t,
                       c.b + (1 - c.b) * t);
}

void mkba_fill_hatched(cairo_t *cr, double x, double y, double w, double h,
                       mkba_rgb c) {
  if (w < 0) {
    x += w;
    w = -w;
  }
  if (h < 0) {
    y += h;
    h = -h;
  }
  cairo_save(cr);
  cairo_rectangle(cr, x, y, w, h);
  mkba_set_rgb(cr, c);
  cairo_fill_preserve(cr);
  cairo_clip(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_set_line_width(cr, MKBA_LW_MEDIUM);
  const double gap = 4.0;
  for (double s = x - h; s < x + w; s += gap) {
    cairo_move_to(cr, s, y + h);
    cairo_line_to(cr, s + h, y);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}
