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

#define FONT_FAMILY "DejaVu Sans"

mkba_text_style mkba_style(double size) {
  mkba_text_style st = {0};
  st.size = size;
  st.align = MKBA_ALIGN_LEFT;
  st.colour = MKBA_RGB_TEXT;
  return st;
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
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    if (st->max_lines > 0) {
      pango_layout_set_height(layout, -st->max_lines);
      pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    }
    pango_layout_set_alignment(
        layout, st->align == MKBA_ALIGN_CENTER  ? PANGO_ALIGN_CENTER
                : st->align == MKBA_ALIGN_RIGHT ? PANGO_ALIGN_RIGHT
                                                : PANGO_ALIGN_LEFT);
  }
  /* breaking inside a word (an id, a long number) must not invent a hyphen
   * that reads as a minus or as part of the id */
  PangoAttrList *attrs = pango_attr_list_new();
  pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));
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
