/*
 * text.c: pango helpers.
 *
 * Each call makes its own PangoContext from the default cairo font map with
 * fixed font options, instead of pango_cairo_create_layout(), which would
 * inherit hinting from the surface: PNG and PDF surfaces hint differently,
 * and hinted metrics change line breaks with the scale.
 */
#include "text.h"

#include <pango/pangocairo.h>
#include <string.h>

#define FONT_FAMILY "DejaVu Sans"

mkba_text_style mkba_style(double size) {
  mkba_text_style st = {0};
  st.size = size;
  st.align = MKBA_ALIGN_LEFT;
  st.colour = MKBA_RGB_TEXT;
  return st;
}

/* Whether the byte at p starts a character that separates words: an ASCII
 * space, tab or newline. A no-break space (U+00A0, U+202F) does not: it is
 * how "€ 3,1 mln" and "> 99,9%" stay one word. */
static int is_space(const char *p) {
  return *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
}

/*
 * Forbid line breaks inside every word of text that holds a digit, by
 * allow-breaks attributes on attrs (byte ranges, as pango counts them).
 * Unicode's line-break rules allow a break after a minus before a euro sign
 * ("−€") or at a slash between numbers, and a layout that wraps a number
 * over two lines ("107.140.24 / 2") reads as two numbers; a number that
 * does not fit runs over its box instead, and a table sizes its columns so
 * it fits (mkba_text_min_width).
 */
static void keep_numbers_whole(PangoAttrList *attrs, const char *text) {
  const char *p = text;
  while (*p != '\0') {
    while (*p != '\0' && is_space(p))
      p++;
    const char *start = p;
    int digit = 0;
    while (*p != '\0' && !is_space(p)) {
      if (*p >= '0' && *p <= '9')
        digit = 1;
      p++;
    }
    if (digit && p > start) {
      PangoAttribute *a = pango_attr_allow_breaks_new(FALSE);
      a->start_index = (guint)(start - text);
      a->end_index = (guint)(p - text);
      pango_attr_list_insert(attrs, a);
    }
  }
}

static PangoLayout *layout_new(cairo_t *cr, const char *text,
                               const mkba_text_style *st) {
  PangoFontMap *map = pango_cairo_font_map_get_default();
  PangoContext *ctx = pango_font_map_create_context(map);
  cairo_font_options_t *fo = cairo_font_options_create();
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(ctx, fo);
  cairo_font_options_destroy(fo);
  pango_cairo_context_set_resolution(ctx, 72.0);
  pango_context_set_round_glyph_positions(ctx, FALSE);
  pango_cairo_update_context(cr, ctx);

  PangoLayout *layout = pango_layout_new(ctx);
  g_object_unref(ctx);
  PangoFontDescription *fd = pango_font_description_new();
  pango_font_description_set_family(fd, FONT_FAMILY);
  pango_font_description_set_size(fd, (gint)(st->size * PANGO_SCALE + 0.5));
  pango_font_description_set_weight(fd, st->bold ? PANGO_WEIGHT_BOLD
                                                 : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(fd, st->italic ? PANGO_STYLE_ITALIC
                                                  : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description(layout, fd);
  pango_font_description_free(fd);
  if (st->width > 0) {
    pango_layout_set_width(layout, (int)(st->width * PANGO_SCALE));
    /* lines break between words only: a word wider than the box runs over
     * it rather than being cut ("Betrouwbaarhei / d"); tables size their
     * columns to the longest word (mkba_text_min_width) so none does */
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
    if (st->max_lines > 0) {
      pango_layout_set_height(layout, -st->max_lines);
      pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    }
    pango_layout_set_alignment(
        layout, st->align == MKBA_ALIGN_CENTER  ? PANGO_ALIGN_CENTER
                : st->align == MKBA_ALIGN_RIGHT ? PANGO_ALIGN_RIGHT
                                                : PANGO_ALIGN_LEFT);
  }
  /* a break inside a word (an over-long id) must not invent a hyphen that
   * reads as a minus or as part of the id */
  PangoAttrList *attrs = pango_attr_list_new();
  pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));
  if (text != NULL)
    keep_numbers_whole(attrs, text);
  pango_layout_set_attributes(layout, attrs);
  pango_attr_list_unref(attrs);
  pango_layout_set_text(layout, text ? text : "", -1);
  return layout;
}

void mkba_text_size(cairo_t *cr, const char *text, const mkba_text_style *st,
                    double *w, double *h) {
  PangoLayout *layout = layout_new(cr, text, st);
  PangoRectangle logical;
  pango_layout_get_extents(layout, NULL, &logical);
  if (w)
    *w = (double)logical.width / PANGO_SCALE;
  if (h)
    *h = (double)logical.height / PANGO_SCALE;
  g_object_unref(layout);
}

double mkba_text_min_width(cairo_t *cr, const char *text,
                           const mkba_text_style *st) {
  /* a box of one pango unit holds one word per line; the layout's logical
   * width is then its widest word, exactly as a wider box would set it */
  mkba_text_style one = *st;
  one.width = 1.0 / PANGO_SCALE;
  one.max_lines = 0;
  one.align = MKBA_ALIGN_LEFT;
  PangoLayout *layout = layout_new(cr, text, &one);
  PangoRectangle logical;
  pango_layout_get_extents(layout, NULL, &logical);
  g_object_unref(layout);
  return (double)logical.width / PANGO_SCALE;
}

int mkba_text_fits(cairo_t *cr, const char *text, const mkba_text_style *st,
                   mkba_text_fit *fit) {
  PangoLayout *layout = layout_new(cr, text, st);
  mkba_text_fit f = {0};
  PangoRectangle logical;
  pango_layout_get_extents(layout, NULL, &logical);
  f.width = (double)logical.width / PANGO_SCALE;
  f.height = (double)logical.height / PANGO_SCALE;
  f.ellipsized = pango_layout_is_ellipsized(layout) ? 1 : 0;
  for (GSList *l = pango_layout_get_lines_readonly(layout); l != NULL;
       l = l->next)
    f.laid += (size_t)((PangoLayoutLine *)l->data)->length;
  g_object_unref(layout);
  if (fit != NULL)
    *fit = f;
  return !f.ellipsized && f.laid == strlen(text ? text : "");
}

double mkba_text_draw(cairo_t *cr, const char *text, const mkba_text_style *st,
                      double x, double y) {
  PangoLayout *layout = layout_new(cr, text, st);
  PangoRectangle logical;
  pango_layout_get_extents(layout, NULL, &logical);
  double w = (double)logical.width / PANGO_SCALE;
  double h = (double)logical.height / PANGO_SCALE;
  double left = x;
  if (st->width <= 0) {
    if (st->align == MKBA_ALIGN_CENTER)
      left = x - w / 2;
    else if (st->align == MKBA_ALIGN_RIGHT)
      left = x - w;
  }
  cairo_save(cr);
  mkba_set_rgb(cr, st->colour);
  cairo_move_to(cr, left, y);
  pango_cairo_show_layout(cr, layout);
  cairo_restore(cr);
  g_object_unref(layout);
  cairo_new_path(cr);
  return h;
}

void mkba_text_draw_vertical(cairo_t *cr, const char *text,
                             const mkba_text_style *st, double cx, double cy) {
  mkba_text_style one = *st;
  one.width = 0;
  double w, h;
  mkba_text_size(cr, text, &one, &w, &h);
  cairo_save(cr);
  cairo_translate(cr, cx, cy);
  cairo_rotate(cr, -G_PI / 2);
  one.align = MKBA_ALIGN_LEFT;
  mkba_text_draw(cr, text, &one, -w / 2, -h / 2);
  cairo_restore(cr);
}
