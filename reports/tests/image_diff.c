/*
 * image_diff.c: pixel comparison with a tolerance and a diff image.
 */
#include "image_diff.h"

#include <cairo.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static cairo_surface_t *load(const char *path) {
  cairo_surface_t *s = cairo_image_surface_create_from_png(path);
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(s);
    return NULL;
  }
  /* bring every file to one pixel format before comparing */
  int w = cairo_image_surface_get_width(s);
  int h = cairo_image_surface_get_height(s);
  cairo_surface_t *argb = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create(argb);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_set_source_surface(cr, s, 0, 0);
  cairo_paint(cr);
  cairo_destroy(cr);
  cairo_surface_destroy(s);
  cairo_surface_flush(argb);
  return argb;
}

static int channel_diff(uint32_t a, uint32_t b) {
  int best = 0;
  for (int shift = 0; shift < 32; shift += 8) {
    int d = (int)((a >> shift) & 0xff) - (int)((b >> shift) & 0xff);
    if (d < 0)
      d = -d;
    if (d > best)
      best = d;
  }
  return best;
}

int image_compare(const char *actual, const char *reference,
                  const char *diff_path, int channel_tol, double max_fraction,
                  char *msg, size_t len) {
  cairo_surface_t *a = load(actual);
  cairo_surface_t *b = load(reference);
  if (a == NULL || b == NULL) {
    snprintf(msg, len, "cannot read '%s'", a == NULL ? actual : reference);
    if (a)
      cairo_surface_destroy(a);
    if (b)
      cairo_surface_destroy(b);
    return -1;
  }
  int w = cairo_image_surface_get_width(a),
      h = cairo_image_surface_get_height(a);
  int wb = cairo_image_surface_get_width(b);
  int hb = cairo_image_surface_get_height(b);
  int rc = 0;
  if (w != wb || h != hb) {
    snprintf(msg, len, "size %dx%d, reference %dx%d", w, h, wb, hb);
    rc = 1;
  }
  /* the diff covers the overlap of the two */
  int cw = w < wb ? w : wb, ch = h < hb ? h : hb;
  cairo_surface_t *d = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, cw, ch);
  unsigned char *pa = cairo_image_surface_get_data(a);
  unsigned char *pb = cairo_image_surface_get_data(b);
  unsigned char *pd = cairo_image_surface_get_data(d);
  int sa = cairo_image_surface_get_stride(a);
  int sb = cairo_image_surface_get_stride(b);
  int sd = cairo_image_surface_get_stride(d);
  long changed = 0;
  int worst = 0;
  for (int y = 0; y < ch; y++) {
    const uint32_t *ra = (const uint32_t *)(pa + (size_t)y * (size_t)sa);
    const uint32_t *rb = (const uint32_t *)(pb + (size_t)y * (size_t)sb);
    uint32_t *rd = (uint32_t *)(pd + (size_t)y * (size_t)sd);
    for (int x = 0; x < cw; x++) {
      int diff = channel_diff(ra[x], rb[x]);
      if (diff > worst)
        worst = diff;
      if (diff > channel_tol) {
        changed++;
        rd[x] = 0xffff0000u;
      } else {
        /* the reference, faded, for orientation */
        uint32_t p = rb[x];
        uint32_t r = 255 - (255 - ((p >> 16) & 0xff)) / 4;
        uint32_t g = 255 - (255 - ((p >> 8) & 0xff)) / 4;
        uint32_t bl = 255 - (255 - (p & 0xff)) / 4;
        rd[x] = 0xff000000u | r << 16 | g << 8 | bl;
      }
    }
  }
  cairo_surface_mark_dirty(d);
  double fraction = cw > 0 && ch > 0 ? (double)changed / ((double)cw * ch) : 1;
  if (rc == 0 && fraction > max_fraction) {
    snprintf(msg, len,
             "%ld pixels (%.3f%%) differ by more than %d, largest %d; diff in "
             "'%s'",
             changed, fraction * 100, channel_tol, worst, diff_path);
    rc = 1;
  } else if (rc == 0) {
    snprintf(msg, len, "%ld pixels (%.3f%%) differ, largest %d", changed,
             fraction * 100, worst);
  }
  if (rc != 0)
    cairo_surface_write_to_png(d, diff_path);
  cairo_surface_destroy(d);
  cairo_surface_destroy(a);
  cairo_surface_destroy(b);
  return rc;
}
