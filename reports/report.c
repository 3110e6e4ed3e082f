/*
 * report.c: mkba_report_render, the one entry point. It checks the
 * document, fixes the report date, lays the PDF out twice (the first pass
 * only counts pages, so every footer can say "Pagina n van m"), and writes
 * each chart as PNG and SVG.
 */
#include "mkba_report.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "page.h"
#include "sections.h"

/* PNG charts are this many pixels wide: sharp on screen and in slides. */
#define PNG_WIDTH 1200.0

static int fail(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...) {
  if (err != NULL && errlen > 0) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
  }
  return 1;
}

/* The report date: SOURCE_DATE_EPOCH when set (reproducible builds), else
 * now. Returns 0, or 1 when the variable is set but not a valid time. */
static int report_time(time_t *when) {
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  if (sde == NULL || sde[0] == '\0') {
    *when = time(NULL);
    return 0;
  }
  char *end;
  errno = 0;
  long long v = strtoll(sde, &end, 10);
  if (errno != 0 || *end != '\0' || v < 0)
    return 1;
  *when = (time_t)v;
  return 0;
}

static void compose(cairo_t *cr, const mkba_report_ctx *r, int total,
                    int *pages) {
  mkba_page pg;
  mkba_page_open(&pg, cr, r, total);
  mkba_section_summary(&pg);
  if (mkba_report_alternatives(r)) {
    /* Alternatives are never summed: each stands on its own. */
    mkba_section_interventions(&pg);
    mkba_section_sensitivity(&pg);
    mkba_section_variants(&pg);
  } else {
    mkba_section_overview(&pg);
    mkba_section_actors(&pg);
    mkba_section_years(&pg);
    mkba_section_uncertainty(&pg);
    mkba_section_sensitivity(&pg);
    mkba_section_variants(&pg);
    mkba_section_interventions(&pg);
  }
  mkba_section_regional(&pg);
  mkba_section_assumptions(&pg);
  mkba_section_provenance(&pg);
  mkba_page_close(&pg);
  *pages = pg.page;
}

static cairo_status_t discard(void *closure, const unsigned char *data,
                              unsigned int length) {
  (void)closure;
  (void)data;
  (void)length;
  return CAIRO_STATUS_SUCCESS;
}

static int write_pdf(const mkba_report_ctx *r, const char *path, char *err,
                     size_t errlen) {
  /* pass 1: count the pages */
  cairo_surface_t *s = cairo_pdf_surface_create_for_stream(
      discard, NULL, MKBA_A4_WIDTH, MKBA_A4_HEIGHT);
  cairo_t *cr = cairo_create(s);
  int pages = 0;
  compose(cr, r, 0, &pages);
  cairo_destroy(cr);
  cairo_surface_finish(s);
  cairo_status_t st = cairo_surface_status(s);
  cairo_surface_destroy(s);
  if (st != CAIRO_STATUS_SUCCESS)
    return fail(err, errlen, "cannot lay out the report: %s",
                cairo_status_to_string(st));

  /* pass 2: the real thing, with fixed metadata dates */
  s = cairo_pdf_surface_create(path, MKBA_A4_WIDTH, MKBA_A4_HEIGHT);
  char iso[32];
  struct tm tm;
  gmtime_r(&r->when, &tm);
  strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
  const json_t *prov = mkba_j_obj(r->doc, "provenance");
  char creator[128];
  snprintf(creator, sizeof creator, "mkba %s",
           mkba_j_str(prov, "mkba_version", "?"));
  cairo_pdf_surface_set_metadata(
      s, CAIRO_PDF_METADATA_TITLE,
      mkba_j_str(mkba_j_obj(r->doc, "scenario"), "title", r->s->report_kind));
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT,
                                 r->s->report_kind);
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, iso);
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, iso);
  cr = cairo_create(s);
  int pages2 = 0;
  compose(cr, r, pages, &pages2);
  cairo_destroy(cr);
  cairo_surface_finish(s);
  st = cairo_surface_status(s);
  cairo_surface_destroy(s);
  if (st != CAIRO_STATUS_SUCCESS)
    return fail(err, errlen, "cannot write '%s': %s", path,
                cairo_status_to_string(st));
  return 0;
}

static void draw_chart(cairo_t *cr, const mkba_chart *c,
                       const mkba_report_ctx *r, double w, double h) {
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  /* a small white margin all round, in chart units */
  const double m = 10;
  cairo_save(cr);
  cairo_translate(cr, m, m);
  c->draw(cr, r, w - 2 * m, h - 2 * m);
  cairo_restore(cr);
}

static int write_png(const mkba_chart *c, const mkba_report_ctx *r,
                     const char *path, char *err, size_t errlen) {
  const double m = 10;
  double w = MKBA_CHART_WIDTH + 2 * m;
  double h = c->height(r, MKBA_CHART_WIDTH) + 2 * m;
  double scale = PNG_WIDTH / w;
  cairo_surface_t *s = cairo_image_surface_create(
      CAIRO_FORMAT_RGB24, (int)PNG_WIDTH, (int)ceil(h * scale));
  cairo_t *cr = cairo_create(s);
  cairo_scale(cr, scale, scale);
  draw_chart(cr, c, r, w, h);
  cairo_destroy(cr);
  cairo_status_t st = cairo_surface_write_to_png(s, path);
  cairo_surface_destroy(s);
  if (st != CAIRO_STATUS_SUCCESS)
    return fail(err, errlen, "cannot write '%s': %s", path,
                cairo_status_to_string(st));
  return 0;
}

static int write_svg(const mkba_chart *c, const mkba_report_ctx *r,
                     const char *path, char *err, size_t errlen) {
  const double m = 10;
  double w = MKBA_CHART_WIDTH + 2 * m;
  double h = c->height(r, MKBA_CHART_WIDTH) + 2 * m;
  cairo_surface_t *s = cairo_svg_surface_create(path, w, h);
  cairo_t *cr = cairo_create(s);
  draw_chart(cr, c, r, w, h);
  cairo_destroy(cr);
  cairo_surface_finish(s);
  cairo_status_t st = cairo_surface_status(s);
  cairo_surface_destroy(s);
  if (st != CAIRO_STATUS_SUCCESS)
    return fail(err, errlen, "cannot write '%s': %s", path,
                cairo_status_to_string(st));
  return 0;
}

/* Fill ctx for doc; returns 0 or 1 with a message. */
static int context(mkba_report_ctx *ctx, const json_t *doc, const char *lang,
                   char *err, size_t errlen) {
  if (doc == NULL || !json_is_object(doc))
    return fail(err, errlen, "results document is not a json object");
  const char *schema = mkba_j_str(doc, "schema", NULL);
  if (schema != NULL && strcmp(schema, "mkba-results/1") != 0)
    return fail(err, errlen, "unsupported results schema '%s'", schema);
  if (mkba_j_obj(doc, "summary") == NULL)
    return fail(err, errlen, "results document has no 'summary'");
  int l = mkba_lang_parse(lang);
  if (l < 0)
    return fail(err, errlen, "unknown language '%s' (use nl or en)", lang);
  memset(ctx, 0, sizeof *ctx);
  ctx->doc = doc;
  ctx->lang = (mkba_lang)l;
  ctx->s = mkba_i18n(ctx->lang);
  if (report_time(&ctx->when) != 0)
    return fail(err, errlen, "invalid SOURCE_DATE_EPOCH '%s'",
                getenv("SOURCE_DATE_EPOCH"));
  mkba_fmt_date(ctx->date, sizeof ctx->date, ctx->when, ctx->lang);
  return 0;
}

int mkba_report_render(const json_t *results, const char *dir, unsigned formats,
                       const char *lang, char *err, size_t errlen) {
  mkba_report_ctx ctx;
  if (err != NULL && errlen > 0)
    err[0] = '\0';
  if (dir == NULL || dir[0] == '\0')
    return fail(err, errlen, "no output directory");
  if (context(&ctx, results, lang, err, errlen) != 0)
    return 1;
  char path[4096];
  if (formats & MKBA_REPORT_PDF) {
    snprintf(path, sizeof path, "%s/report.pdf", dir);
    if (write_pdf(&ctx, path, err, errlen) != 0)
      return 1;
  }
  if (formats & (MKBA_REPORT_PNG | MKBA_REPORT_SVG)) {
    size_t n;
    const mkba_chart *const *charts = mkba_charts(&n);
    for (size_t i = 0; i < n; i++) {
      const mkba_chart *c = charts[i];
      if (!c->applies(&ctx))
        continue;
      if (formats & MKBA_REPORT_PNG) {
        snprintf(path, sizeof path, "%s/chart-%s.png", dir, c->name);
        if (write_png(c, &ctx, path, err, errlen) != 0)
          return 1;
      }
      if (formats & MKBA_REPORT_SVG) {
        snprintf(path, sizeof path, "%s/chart-%s.svg", dir, c->name);
        if (write_svg(c, &ctx, path, err, errlen) != 0)
          return 1;
      }
    }
  }
  return 0;
}

size_t mkba_report_chart_names(const json_t *results, const char **names,
                               size_t max) {
  mkba_report_ctx ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.doc = results;
  ctx.s = mkba_i18n(MKBA_LANG_NL);
  size_t n, k = 0;
  const mkba_chart *const *charts = mkba_charts(&n);
  for (size_t i = 0; i < n; i++) {
    if (!charts[i]->applies(&ctx))
      continue;
    if (k < max)
      names[k] = charts[i]->name;
    k++;
  }
  return k;
}
