/*
 * report.c: mkba_report_render, the one entry point. It checks the
 * document and fixes the report date; lays the PDF out until the page of
 * every heading is what the previous pass predicted (so the table of
 * contents and every footer's "Pagina n van m" are right), then gives the
 * PDF the catalog entries cairo has no API for; and draws each chart as PNG
 * and SVG. The PDF and each chart file are separate tasks for a small pool
 * of threads: every file is made by one thread alone, so the bytes do not
 * depend on the number of threads.
 */
#include "mkba_report.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <math.h>
#include <png.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "chart.h"
#include "count.h"
#include "page.h"
#include "report_pdf.h"
#include "sections.h"

/* PNG charts are this many pixels wide: sharp on screen and in slides. */
#define PNG_WIDTH 1200.0

/*
 * PNG compression: zlib level 6 without row filters. Charts are flat
 * colour with anti-aliased edges, where filtering only adds entropy.
 * Measured on the seven PNGs of the Utrecht example: cairo's own writer
 * (level 6, adaptive filters) 594 KB, this 520 KB in less than half the
 * encoding time; level 9 478 KB for seven times the time; level 1 658 KB
 * for about half the time of level 6, a saving small beside drawing them.
 */
#define PNG_LEVEL 6

/* Layout passes at most: the second normally settles it, a third when the
 * contents run over a page; more would mean a layout that never settles. */
#define MAX_PASSES 5

/* At most this many threads render at once, whatever the machine has: the
 * report has one PDF and at most two files per chart. */
#define MAX_THREADS 8

static int fail(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Write a message into err (errlen bytes; may be NULL/0) and return 1. */
static int fail(char *err, size_t errlen, const char *fmt, ...) {
  if (err != NULL && errlen > 0) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
  }
  return 1;
}

/* Days from 1970-01-01 to the civil date y-m-d (proleptic Gregorian;
 * Howard Hinnant's days_from_civil), since timegm is not standard C. */
static long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned)(y - era * 400);
  unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (long long)doe - 719468;
}

/* See report_pdf.h. */
int mkba_report_time(const json_t *scenario, time_t *when, int *dated) {
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  *when = 0;
  *dated = 0;
  if (sde != NULL && sde[0] != '\0') {
    char *end;
    errno = 0;
    long long v = strtoll(sde, &end, 10);
    if (errno != 0 || *end != '\0' || v < 0)
      return 1;
    *when = (time_t)v;
    *dated = 1;
    return 0;
  }
  /* mkba checked the scenario's date when it read the file. */
  const char *date = mkba_j_str(scenario, "date", NULL);
  unsigned y, m, d;
  if (date != NULL && sscanf(date, "%4u-%2u-%2u", &y, &m, &d) == 3 && m >= 1 &&
      m <= 12 && d >= 1 && d <= 31) {
    *when = (time_t)(days_from_civil(y, m, d) * 86400);
    *dated = 1;
  }
  return 0;
}

/* ---- bytes in memory ---- */

/* A growing byte buffer: cairo writes the PDF and SVG into one, so they can
 * be finished before they reach the disk. */
typedef struct {
  unsigned char *data; /* len bytes (owned) */
  size_t len;          /* bytes in use */
  size_t cap;          /* bytes allocated */
  int failed;          /* out of memory: the content is incomplete */
} buffer;

/* Append n bytes at p to b; returns 0, or 1 (and marks b) out of memory. */
static int buf_add(buffer *b, const void *p, size_t n) {
  if (b->failed)
    return 1;
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap : 65536;
    while (cap < b->len + n)
      cap *= 2;
    unsigned char *d = realloc(b->data, cap);
    if (d == NULL) {
      b->failed = 1;
      return 1;
    }
    b->data = d;
    b->cap = cap;
  }
  memcpy(b->data + b->len, p, n);
  b->len += n;
  return 0;
}

/* cairo's write function into a buffer (closure: the buffer). */
static cairo_status_t collect(void *closure, const unsigned char *data,
                              unsigned int length) {
  return buf_add(closure, data, length) ? CAIRO_STATUS_NO_MEMORY
                                        : CAIRO_STATUS_SUCCESS;
}

/* cairo's write function that keeps nothing (for a layout pass). */
static cairo_status_t discard(void *closure, const unsigned char *data,
                              unsigned int length) {
  (void)closure;
  (void)data;
  (void)length;
  return CAIRO_STATUS_SUCCESS;
}

/* The message "cannot write 'path': <reason for error e>" into err (errlen
 * bytes); returns 1. strerror_r, since other threads write files too. */
static int write_failed(const char *path, int e, char *err, size_t errlen) {
  char why[128];
  if (strerror_r(e, why, sizeof why) != 0)
    snprintf(why, sizeof why, "error %d", e);
  return fail(err, errlen, "cannot write '%s': %s", path, why);
}

/* Write n bytes at p to path as a whole file; 0 or 1 with a message. */
static int write_file(const char *path, const unsigned char *p, size_t n,
                      char *err, size_t errlen) {
  FILE *f = fopen(path, "wb");
  if (f == NULL)
    return write_failed(path, errno, err, errlen);
  size_t w = fwrite(p, 1, n, f);
  int e = w == n ? 0 : errno;
  if (fclose(f) != 0 && e == 0)
    e = errno;
  if (w != n || e != 0)
    return write_failed(path, e ? e : EIO, err, errlen);
  return 0;
}

/* The mkba version that made the results ("?" when the document lacks it;
 * r: the rendering). */
static const char *version(const mkba_report_ctx *r) {
  return mkba_j_str(mkba_j_obj(r->doc, "provenance"), "mkba_version", "?");
}

/* ---- the PDF ---- */

/* Lay the whole report out on cr (r: the rendering; total: pages in all, 0
 * when unknown; known: the previous pass's headings or NULL; found:
 * receives this pass's). Returns the number of pages. */
static int compose_standard(cairo_t *cr, const mkba_report_ctx *r, int total,
                            const mkba_toc *known, mkba_toc *found) {
  mkba_page pg;
  mkba_page_open(&pg, cr, r, total, known, found);
  mkba_section_summary(&pg);
  mkba_page_contents(&pg);
  /* the story after page 1: overzichtstabel, method, the gemeente's budget */
  mkba_section_overview(&pg);
  mkba_section_method(&pg);
  mkba_section_budget(&pg);
  if (mkba_report_alternatives(r)) {
    /* Alternatives are never summed: each stands on its own. */
    mkba_section_interventions(&pg);
    mkba_section_sensitivity(&pg);
    mkba_section_research(&pg);
    mkba_section_variants(&pg);
  } else {
    mkba_section_actors(&pg);
    mkba_section_years(&pg);
    mkba_section_uncertainty(&pg);
    mkba_section_sensitivity(&pg);
    mkba_section_research(&pg);
    mkba_section_variants(&pg);
    mkba_section_interventions(&pg);
  }
  mkba_section_regional(&pg);
  mkba_section_assumptions(&pg);
  mkba_section_provenance(&pg);
  mkba_page_close(&pg);
  return pg.page;
}

/* The PDF's language tag (BCP 47) for the report's language (r). */
static const char *pdf_lang(const mkba_report_ctx *r) {
  return r->lang == MKBA_LANG_EN ? "en-GB" : "nl-NL";
}

/* Set the document information cairo writes (s: a PDF surface; r: the
 * rendering; subject: the Subject, NULL for the report kind). Title: the
 * scenario's; Author: the scenario's author when the results carry one, else
 * "mkba"; dates from the report date. */
static void set_metadata(cairo_surface_t *s, const mkba_report_ctx *r,
                         const char *subject) {
  const json_t *scen = mkba_j_obj(r->doc, "scenario");
  char iso[32], creator[128];
  struct tm tm;
  /* cairo writes the clock's time when given none: an undated report gets
   * 1 January 1980 UTC, as the workbook does, and the pages show no date. */
  time_t when = r->dated ? r->when : (time_t)315532800;
  gmtime_r(&when, &tm);
  strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
  snprintf(creator, sizeof creator, "mkba %s", version(r));
  const char *author = mkba_j_str(scen, "author", NULL);
  if (author == NULL || author[0] == '\0')
    author = "mkba";
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE,
                                 mkba_j_str(scen, "title", r->s->report_kind));
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT,
                                 subject ? subject : r->s->report_kind);
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, iso);
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, iso);
}

/* One layout pass of compose (subject: the PDF's Subject, NULL: the report
 * kind) into out (NULL: thrown away) with metadata when out is set.
 * Returns the cairo status; *pages receives the page count. */
static cairo_status_t pass(const mkba_report_ctx *r, mkba_compose_fn compose,
                           const char *subject, int total,
                           const mkba_toc *known, mkba_toc *found, buffer *out,
                           int *pages) {
  cairo_surface_t *s = cairo_pdf_surface_create_for_stream(
      out ? collect : discard, out, MKBA_A4_WIDTH, MKBA_A4_HEIGHT);
  if (out != NULL)
    set_metadata(s, r, subject);
  cairo_t *cr = cairo_create(s);
  *pages = compose(cr, r, total, known, found);
  cairo_status_t st = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(s);
  if (st == CAIRO_STATUS_SUCCESS)
    st = cairo_surface_status(s);
  cairo_surface_destroy(s);
  if (st == CAIRO_STATUS_SUCCESS && out != NULL && out->failed)
    st = CAIRO_STATUS_NO_MEMORY;
  return st;
}

/* Where needle (n bytes) first occurs in [p, p + len), or NULL. */
static const unsigned char *find(const unsigned char *p, size_t len,
                                 const char *needle, size_t n) {
  for (size_t i = 0; n <= len && i + n <= len; i++)
    if (memcmp(p + i, needle, n) == 0)
      return p + i;
  return NULL;
}

/* The unsigned decimal at p (at most len bytes), or -1 when none. */
static long number_at(const unsigned char *p, size_t len) {
  long v = -1;
  for (size_t i = 0; i < len && p[i] >= '0' && p[i] <= '9'; i++)
    v = (v < 0 ? 0 : v * 10) + (p[i] - '0');
  return v;
}

/* The number after key in the trailer [p, p + len) ("/Root 12 0 R" gives
 * 12), or -1. */
static long trailer_ref(const unsigned char *p, size_t len, const char *key) {
  const unsigned char *k = find(p, len, key, strlen(key));
  if (k == NULL)
    return -1;
  k += strlen(key);
  while (k < p + len && *k == ' ')
    k++;
  return number_at(k, (size_t)(p + len - k));
}

/* Append the Info dictionary [p, p + n) to out with each date "(2026...)"
 * as "(D:2026...)": cairo 1.16 leaves out the prefix the PDF standard
 * requires. */
static void fixed_info(buffer *out, const unsigned char *p, size_t n) {
  static const char *const keys[] = {"/CreationDate (", "/ModDate ("};
  size_t i = 0;
  while (i < n) {
    size_t skip = 0;
    for (size_t k = 0; k < 2 && skip == 0; k++) {
      size_t kl = strlen(keys[k]);
      if (i + kl + 1 < n && memcmp(p + i, keys[k], kl) == 0 &&
          p[i + kl] >= '0' && p[i + kl] <= '9') {
        buf_add(out, p + i, kl);
        buf_add(out, "D:", 2);
        skip = kl;
      }
    }
    if (skip == 0)
      buf_add(out, p + i++, 1);
    else
      i += skip;
  }
}

/*
 * cairo 1.16 writes the outline root's /Count negative, which marks a closed
 * item and is meaningless on the root; its size is the number of items a
 * reader sees. Turn the sign into a space, which keeps every offset (out:
 * the PDF; its cross-reference entries start at table_at, size of them;
 * cat, clen: the catalog).
 */
static void outline_count(buffer *out, size_t table_at, long size,
                          const unsigned char *cat, size_t clen) {
  long id = trailer_ref(cat, clen, "/Outlines");
  if (id <= 0 || id >= size)
    return;
  long off = number_at(out->data + table_at + 20 * (size_t)id, 10);
  char head[48];
  int hl = snprintf(head, sizeof head, "%ld 0 obj\n<< /Type /Outlines\n", id);
  if (off <= 0 || (size_t)off + (size_t)hl > out->len ||
      memcmp(out->data + off, head, (size_t)hl) != 0)
    return;
  unsigned char *o = out->data + off;
  size_t olen = out->len - (size_t)off;
  const unsigned char *end = find(o, olen, "endobj", 6);
  unsigned char *c = (unsigned char *)find(o, olen, "/Count -", 8);
  if (end != NULL && c != NULL && c < end)
    c[7] = ' ';
}

/*
 * Give the PDF in b what cairo has no API for: the catalog's /Lang (a
 * screen reader's language), /PageMode /UseOutlines (the viewer opens the
 * bookmarks) and /ViewerPreferences << /DisplayDocTitle true >>, and the
 * "D:" of the Info dates; and mend two slips of cairo 1.16 (unwritten
 * objects in the cross-reference table, the outline's count). cairo writes the
 * Info dictionary and the catalog as the last two objects before a classic
 * cross-reference table, so only those two, their two table entries and
 * startxref change; nothing is guessed. Any other layout (another cairo
 * version) is left exactly as cairo wrote it. Returns 1 when b was changed, 0
 * when left alone.
 */
static int finish_catalog(buffer *b, const char *lang) {
  const unsigned char *p = b->data;
  size_t len = b->len;
  /* startxref at the end */
  const unsigned char *sx = NULL;
  for (size_t i = len > 64 ? len - 64 : 0; i + 9 <= len; i++)
    if (memcmp(p + i, "startxref", 9) == 0)
      sx = p + i;
  if (sx == NULL || sx + 10 > p + len)
    return 0;
  long xref = number_at(sx + 10, (size_t)(p + len - sx - 10));
  if (xref <= 0 || (size_t)xref + 5 > len ||
      memcmp(p + xref, "xref\n0 ", 7) != 0)
    return 0;
  long size = number_at(p + xref + 7, len - (size_t)xref - 7);
  if (size <= 0 || (size_t)size > len / 20)
    return 0;
  /* the entries start after the line "0 <size>" */
  size_t rest = len - (size_t)xref - 5;
  const unsigned char *table =
      find(p + xref + 5, rest < 32 ? rest : 32, "\n", 1);
  if (table == NULL)
    return 0;
  table++;
  if ((size_t)(table - p) + 20 * (size_t)size > len ||
      memcmp(table + 20 * (size_t)size, "trailer\n", 8) != 0)
    return 0;
  const unsigned char *trailer = table + 20 * (size_t)size;
  size_t tlen = (size_t)(sx - trailer);
  long root = trailer_ref(trailer, tlen, "/Root");
  long info = trailer_ref(trailer, tlen, "/Info");
  if (root <= 0 || info <= 0 || root >= size || info >= size)
    return 0;
  /* the Info dictionary and the catalog are the last objects, in order */
  long off_info = number_at(table + 20 * info, 10);
  long off_root = number_at(table + 20 * root, 10);
  if (off_info <= 0 || off_root <= off_info || off_root >= xref)
    return 0;
  for (long i = 1; i < size; i++) {
    long o = number_at(table + 20 * i, 10);
    if (i != info && i != root && o >= off_info)
      return 0;
  }
  const unsigned char *cat = p + off_root;
  size_t clen = (size_t)(xref - off_root);
  char head[48];
  snprintf(head, sizeof head, "%ld 0 obj\n<< /Type /Catalog\n", root);
  const char *tail = ">>\nendobj\n";
  if (clen < strlen(head) + strlen(tail) ||
      memcmp(cat, head, strlen(head)) != 0 ||
      memcmp(cat + clen - strlen(tail), tail, strlen(tail)) != 0 ||
      find(cat, clen, "/Lang", 5) != NULL ||
      find(cat, clen, "/PageMode", 9) != NULL ||
      find(cat, clen, "/ViewerPreferences", 18) != NULL)
    return 0;
  char ihead[32];
  int ihl = snprintf(ihead, sizeof ihead, "%ld 0 obj\n<<", info);
  if (memcmp(p + off_info, ihead, (size_t)ihl) != 0)
    return 0;

  buffer out = {0};
  buf_add(&out, p, (size_t)off_info);
  fixed_info(&out, p + off_info, (size_t)(off_root - off_info));
  long new_root = (long)out.len;
  buf_add(&out, cat, clen - strlen(tail));
  char extra[160];
  int n = snprintf(extra, sizeof extra,
                   "   /Lang (%s)\n"
                   "   /PageMode /UseOutlines\n"
                   "   /ViewerPreferences << /DisplayDocTitle true >>\n",
                   lang);
  buf_add(&out, extra, (size_t)n);
  buf_add(&out, tail, strlen(tail));
  long new_xref = (long)out.len;
  size_t table_at = out.len + (size_t)(table - (p + xref));
  buf_add(&out, p + xref, (size_t)(sx - (p + xref)));
  n = snprintf(extra, sizeof extra, "startxref\n%ld\n%%%%EOF\n", new_xref);
  buf_add(&out, extra, (size_t)n);
  if (out.failed) {
    free(out.data);
    return 0;
  }
  /* the catalog moved by what the dates gained; its entry keeps its width */
  char entry[24];
  snprintf(entry, sizeof entry, "%010ld", new_root);
  memcpy(out.data + table_at + 20 * (size_t)root, entry, 10);
  /* cairo 1.16 numbers an object for each link's structure element, which
   * it writes only in a tagged document: such entries point at whatever
   * follows. They become free entries, chained from entry 0 as the
   * standard asks. */
  long last_free = 0;
  for (long i = size - 1; i >= 1; i--) {
    unsigned char *e = out.data + table_at + 20 * (size_t)i;
    long o = number_at(e, 10);
    char obj[32];
    int ol = snprintf(obj, sizeof obj, "%ld 0 obj", i);
    if (e[17] != 'n' || o < 0 || (size_t)o + (size_t)ol > out.len ||
        memcmp(out.data + o, obj, (size_t)ol) == 0)
      continue;
    snprintf(entry, sizeof entry, "%010ld 00001 f", last_free);
    memcpy(e, entry, 18);
    last_free = i;
  }
  snprintf(entry, sizeof entry, "%010ld", last_free);
  memcpy(out.data + table_at, entry, 10);
  outline_count(&out, table_at, size, cat, clen);
  free(b->data);
  *b = out;
  return 1;
}

/* See report_pdf.h. */
int mkba_report_pdf_write(const mkba_report_ctx *r, mkba_compose_fn compose,
                          const char *subject, const char *path, char *err,
                          size_t errlen) {
  /* pass 1 finds the headings and pages with an empty table of contents;
   * each later pass shows what the one before found, and the first whose
   * own findings agree is the one written */
  mkba_toc known = {0}, found = {0};
  buffer out = {0};
  int total = 0, pages = 0, settled = 0;
  cairo_status_t st = pass(r, compose, subject, 0, NULL, &known, NULL, &total);
  for (int k = 1; st == CAIRO_STATUS_SUCCESS && k < MAX_PASSES && !settled;
       k++) {
    free(out.data);
    memset(&out, 0, sizeof out);
    mkba_toc_free(&found);
    st = pass(r, compose, subject, total, &known, &found, &out, &pages);
    settled = pages == total && mkba_toc_equal(&known, &found);
    mkba_toc_free(&known);
    known = found;
    memset(&found, 0, sizeof found);
    total = pages;
  }
  /* a layout that never settles keeps its last pass: a page number in the
   * contents may then be off by one, nothing worse */
  mkba_toc_free(&known);
  if (st != CAIRO_STATUS_SUCCESS) {
    free(out.data);
    return fail(err, errlen, "cannot lay out the report: %s",
                cairo_status_to_string(st));
  }
  finish_catalog(&out, pdf_lang(r));
  int rc = write_file(path, out.data, out.len, err, errlen);
  free(out.data);
  return rc;
}

/* ---- the charts ---- */

/* The chart's own title in the report's language, as it draws it (c: the
 * chart; s: the strings): the SVG's <title> and the PNG's Title. */
static const char *chart_title(const mkba_chart *c, const mkba_strings *s) {
  const struct {
    const mkba_chart *chart;
    const char *title;
  } t[] = {
      {&mkba_chart_actors, s->chart_actors_title},
      {&mkba_chart_years, s->chart_years_title},
      {&mkba_chart_histogram, s->chart_hist_title},
      {&mkba_chart_scurve, s->chart_scurve_title},
      {&mkba_chart_actor_risk, s->chart_risk_title},
      {&mkba_chart_tornado, s->chart_tornado_title},
      {&mkba_chart_variants, s->chart_variants_title},
      {&mkba_chart_interventions, s->chart_iv_title},
      {&mkba_chart_evppi, s->chart_evppi_title},
  };
  for (size_t i = 0; i < MKBA_COUNT(t); i++)
    if (t[i].chart == c)
      return t[i].title;
  return c->name;
}

/* The chart's description: which analysis, of when, made by which mkba
 * (r: the rendering), into buf of len bytes. */
static char *chart_desc(const mkba_report_ctx *r, char *buf, size_t len) {
  const char *title =
      mkba_j_str(mkba_j_obj(r->doc, "scenario"), "title", r->s->report_kind);
  return mkba_tpl(buf, len,
                  r->dated ? r->s->chart_desc : r->s->chart_desc_undated, title,
                  r->date, version(r), NULL);
}

/* Paint the chart on a white ground inside a 10-point margin (cr: the
 * target, c: the chart, r: the rendering, w x h: the whole picture). */
static void draw_chart(cairo_t *cr, const mkba_chart *c,
                       const mkba_report_ctx *r, double w, double h) {
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  const double m = 10;
  cairo_save(cr);
  cairo_translate(cr, m, m);
  c->draw(cr, r, w - 2 * m, h - 2 * m);
  cairo_restore(cr);
}

/* libpng's write function into a buffer. */
static void png_collect(png_structp png, png_bytep data, size_t length) {
  if (buf_add(png_get_io_ptr(png), data, length))
    png_error(png, "out of memory");
}

/* libpng's flush function: nothing to flush in memory. */
static void png_noflush(png_structp png) { (void)png; }

/* libpng's error function: jump back into png_encode. */
static void png_fail(png_structp png, png_const_charp msg) {
  (void)msg;
  png_longjmp(png, 1);
}

/* libpng's warning function: warnings are not ours to print. */
static void png_warn(png_structp png, png_const_charp msg) {
  (void)png;
  (void)msg;
}

/*
 * Encode the RGB24 image s as a PNG into out, with the compression chosen
 * above, its resolution (pHYs: ppm pixels per metre, so a word processor
 * places it at the intended size) and text chunks (title and desc UTF-8,
 * software ASCII; lang the language tag). Returns 0, or 1 on failure.
 */
static int png_encode(cairo_surface_t *s, unsigned ppm, const char *title,
                      const char *desc, const char *software, const char *lang,
                      buffer *out) {
  int w = cairo_image_surface_get_width(s);
  int h = cairo_image_surface_get_height(s);
  int stride = cairo_image_surface_get_stride(s);
  cairo_surface_flush(s);
  const unsigned char *data = cairo_image_surface_get_data(s);
  unsigned char *row = malloc((size_t)w * 3);
  png_structp png =
      png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, png_fail, png_warn);
  png_infop info = png ? png_create_info_struct(png) : NULL;
  if (row == NULL || png == NULL || info == NULL) {
    free(row);
    png_destroy_write_struct(&png, &info);
    return 1;
  }
  if (setjmp(png_jmpbuf(png))) {
    free(row);
    png_destroy_write_struct(&png, &info);
    return 1;
  }
  png_set_write_fn(png, out, png_collect, png_noflush);
  png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_compression_level(png, PNG_LEVEL);
  png_set_pHYs(png, info, ppm, ppm, PNG_RESOLUTION_METER);
  png_text text[3];
  memset(text, 0, sizeof text);
  text[0].compression = PNG_ITXT_COMPRESSION_NONE;
  text[0].key = (png_charp) "Title";
  text[0].text = (png_charp)title;
  text[0].lang = (png_charp)lang;
  text[1].compression = PNG_ITXT_COMPRESSION_NONE;
  text[1].key = (png_charp) "Description";
  text[1].text = (png_charp)desc;
  text[1].lang = (png_charp)lang;
  text[2].compression = PNG_TEXT_COMPRESSION_NONE;
  text[2].key = (png_charp) "Software";
  text[2].text = (png_charp)software;
  png_set_text(png, info, text, MKBA_COUNT(text));
  png_write_info(png, info);
  for (int y = 0; y < h; y++) {
    /* cairo's RGB24 pixel is a native-endian 32-bit 0x00RRGGBB */
    const uint32_t *px = (const uint32_t *)(const void *)(data + y * stride);
    for (int x = 0; x < w; x++) {
      row[3 * x] = (unsigned char)(px[x] >> 16);
      row[3 * x + 1] = (unsigned char)(px[x] >> 8);
      row[3 * x + 2] = (unsigned char)px[x];
    }
    png_write_row(png, row);
  }
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  free(row);
  return out->failed;
}

/* Draw chart c as chart-<name>.png at path (r: the rendering); 0 or 1 with
 * a message. */
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
  cairo_status_t st = cairo_status(cr);
  cairo_destroy(cr);
  if (st == CAIRO_STATUS_SUCCESS)
    st = cairo_surface_status(s);
  if (st != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(s);
    return fail(err, errlen, "cannot draw '%s': %s", path,
                cairo_status_to_string(st));
  }
  char desc[1024], software[64];
  chart_desc(r, desc, sizeof desc);
  snprintf(software, sizeof software, "mkba %s", version(r));
  /* one user unit is one point: pixels per point times points per metre */
  unsigned ppm = (unsigned)(scale * 72.0 / 0.0254 + 0.5);
  buffer out = {0};
  int bad = png_encode(s, ppm, chart_title(c, r->s), desc, software,
                       r->lang == MKBA_LANG_EN ? "en" : "nl", &out);
  cairo_surface_destroy(s);
  int rc = bad ? fail(err, errlen, "cannot encode '%s' as PNG", path)
               : write_file(path, out.data, out.len, err, errlen);
  free(out.data);
  return rc;
}

/* Append text to b with XML's special characters escaped. */
static void xml_escaped(buffer *b, const char *text) {
  for (const char *p = text; *p != '\0'; p++) {
    switch (*p) {
    case '&':
      buf_add(b, "&amp;", 5);
      break;
    case '<':
      buf_add(b, "&lt;", 4);
      break;
    case '>':
      buf_add(b, "&gt;", 4);
      break;
    default:
      buf_add(b, p, 1);
    }
  }
}

/*
 * Renumber cairo's "surfaceN" ids (and references to them) in the SVG in b
 * as 1, 2, ... in order of appearance, in place. cairo takes N from a
 * counter shared by every surface in the process, so without this the
 * bytes of a chart would depend on what was drawn before it, and on which
 * thread. A number only ever shrinks, so b only ever gets shorter.
 */
static void svg_surface_ids(buffer *b) {
  long seen[64];
  int nseen = 0;
  size_t w = 0;
  for (size_t i = 0; i < b->len;) {
    const char *key = "surface";
    size_t kl = 7;
    int ref = i > 0 && (b->data[i - 1] == '"' || b->data[i - 1] == '#');
    if (ref && i + kl < b->len && memcmp(b->data + i, key, kl) == 0 &&
        b->data[i + kl] >= '0' && b->data[i + kl] <= '9') {
      size_t j = i + kl;
      long id = 0;
      while (j < b->len && b->data[j] >= '0' && b->data[j] <= '9' &&
             id < 100000000)
        id = id * 10 + (b->data[j++] - '0');
      int k = 0;
      while (k < nseen && seen[k] != id)
        k++;
      if (k == nseen && nseen < 64)
        seen[nseen++] = id;
      char num[24];
      int nl = k < 64 ? snprintf(num, sizeof num, "%d", k + 1)
                      : snprintf(num, sizeof num, "%ld", id);
      memmove(b->data + w, key, kl);
      memcpy(b->data + w + kl, num, (size_t)nl);
      w += kl + (size_t)nl;
      i = j;
    } else {
      b->data[w++] = b->data[i++];
    }
  }
  b->len = w;
}

/*
 * Copy the SVG in svg to out with a <title> and a <desc> as the first
 * children of the root element: what a screen reader announces and a file
 * browser shows. cairo has no API for either, and draws every glyph as a
 * path, so without them the file has no text at all. Returns 0, or 1 when
 * svg has no root element (then out is left empty).
 */
static int svg_with_title(const buffer *svg, const char *title,
                          const char *desc, buffer *out) {
  const unsigned char *root = find(svg->data, svg->len, "<svg", 4);
  const unsigned char *end =
      root ? find(root, svg->len - (size_t)(root - svg->data), ">", 1) : NULL;
  if (end == NULL)
    return 1;
  size_t head = (size_t)(end + 1 - svg->data);
  buf_add(out, svg->data, head);
  buf_add(out, "\n<title>", 8);
  xml_escaped(out, title);
  buf_add(out, "</title>\n<desc>", 15);
  xml_escaped(out, desc);
  buf_add(out, "</desc>", 7);
  buf_add(out, svg->data + head, svg->len - head);
  return out->failed;
}

/* Draw chart c as chart-<name>.svg at path (r: the rendering); 0 or 1 with
 * a message. */
static int write_svg(const mkba_chart *c, const mkba_report_ctx *r,
                     const char *path, char *err, size_t errlen) {
  const double m = 10;
  double w = MKBA_CHART_WIDTH + 2 * m;
  double h = c->height(r, MKBA_CHART_WIDTH) + 2 * m;
  buffer svg = {0}, out = {0};
  cairo_surface_t *s = cairo_svg_surface_create_for_stream(collect, &svg, w, h);
  cairo_t *cr = cairo_create(s);
  draw_chart(cr, c, r, w, h);
  cairo_destroy(cr);
  cairo_surface_finish(s);
  cairo_status_t st = cairo_surface_status(s);
  cairo_surface_destroy(s);
  int rc;
  if (st != CAIRO_STATUS_SUCCESS || svg.failed) {
    rc = fail(err, errlen, "cannot draw '%s': %s", path,
              cairo_status_to_string(st ? st : CAIRO_STATUS_NO_MEMORY));
  } else {
    char desc[1024];
    chart_desc(r, desc, sizeof desc);
    svg_surface_ids(&svg);
    if (svg_with_title(&svg, chart_title(c, r->s), desc, &out) != 0)
      rc = fail(err, errlen, "cannot write '%s': no SVG from cairo", path);
    else
      rc = write_file(path, out.data, out.len, err, errlen);
  }
  free(svg.data);
  free(out.data);
  return rc;
}

/* ---- the pool ---- */

/* One file to make. */
typedef struct {
  enum { TASK_PDF, TASK_PNG, TASK_SVG } kind;
  const mkba_chart *chart; /* the chart for PNG and SVG (static) */
  char path[4096];         /* where the file goes */
  int rc;                  /* 0 done, 1 failed */
  char err[512];           /* the failure */
} task;

/* The tasks of one rendering and the next one nobody has taken. */
typedef struct {
  const mkba_report_ctx *r; /* the rendering (borrowed; read only) */
  task *tasks;              /* n tasks (borrowed) */
  size_t n;                 /* number of tasks */
  size_t next;              /* first task not yet taken (under lock) */
  pthread_mutex_t lock;     /* guards next */
} pool;

/* Make one file (t) for rendering r. */
static void run_task(const mkba_report_ctx *r, task *t) {
  switch (t->kind) {
  case TASK_PDF:
    t->rc = mkba_report_pdf_write(r, compose_standard, NULL, t->path, t->err,
                                  sizeof t->err);
    break;
  case TASK_PNG:
    t->rc = write_png(t->chart, r, t->path, t->err, sizeof t->err);
    break;
  case TASK_SVG:
    t->rc = write_svg(t->chart, r, t->path, t->err, sizeof t->err);
    break;
  }
}

/* A worker: takes tasks in order until none are left (arg: the pool). */
static void *worker(void *arg) {
  pool *p = arg;
  for (;;) {
    pthread_mutex_lock(&p->lock);
    size_t i = p->next++;
    pthread_mutex_unlock(&p->lock);
    if (i >= p->n)
      return NULL;
    run_task(p->r, &p->tasks[i]);
  }
}

/* How many threads to use for n tasks when the caller asked for `asked`
 * (0 or less: one per processor), never more than tasks or MAX_THREADS. */
static int thread_count(int asked, size_t n) {
  long t = asked;
  if (t <= 0) {
    t = sysconf(_SC_NPROCESSORS_ONLN);
    if (t < 1)
      t = 1;
  }
  if (t > MAX_THREADS)
    t = MAX_THREADS;
  if ((size_t)t > n)
    t = (long)n;
  return t < 1 ? 1 : (int)t;
}

/* Run every task of p on `threads` threads, the caller's among them. A
 * thread that cannot be started leaves its share to the others. */
static void run_pool(pool *p, int threads) {
  pthread_t tid[MAX_THREADS];
  int started = 0;
  for (int i = 1; i < threads; i++)
    if (pthread_create(&tid[started], NULL, worker, p) == 0)
      started++;
  worker(p);
  for (int i = 0; i < started; i++)
    pthread_join(tid[i], NULL);
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
  if (mkba_report_time(mkba_j_obj(doc, "scenario"), &ctx->when, &ctx->dated) !=
      0)
    return fail(err, errlen, "invalid SOURCE_DATE_EPOCH '%s'",
                getenv("SOURCE_DATE_EPOCH"));
  if (ctx->dated)
    mkba_fmt_date(ctx->date, sizeof ctx->date, ctx->when, ctx->lang);
  return 0;
}

int mkba_report_render_threads(const json_t *results, const char *dir,
                               unsigned formats, const char *lang, int threads,
                               char *err, size_t errlen) {
  mkba_report_ctx ctx;
  if (err != NULL && errlen > 0)
    err[0] = '\0';
  if (dir == NULL || dir[0] == '\0')
    return fail(err, errlen, "no output directory");
  if (context(&ctx, results, lang, err, errlen) != 0)
    return 1;
  /* the PDF first: it takes longest, so it starts at once */
  size_t n, k = 0;
  const mkba_chart *const *charts = mkba_charts(&n);
  task *tasks = calloc(1 + 2 * n, sizeof *tasks);
  if (tasks == NULL)
    return fail(err, errlen, "out of memory");
  if (formats & MKBA_REPORT_PDF) {
    tasks[k].kind = TASK_PDF;
    snprintf(tasks[k++].path, sizeof tasks->path, "%s/report.pdf", dir);
  }
  for (size_t i = 0; i < n; i++) {
    if (!(formats & (MKBA_REPORT_PNG | MKBA_REPORT_SVG)) ||
        !charts[i]->applies(&ctx))
      continue;
    if (formats & MKBA_REPORT_PNG) {
      tasks[k].kind = TASK_PNG;
      tasks[k].chart = charts[i];
      snprintf(tasks[k++].path, sizeof tasks->path, "%s/chart-%s.png", dir,
               charts[i]->name);
    }
    if (formats & MKBA_REPORT_SVG) {
      tasks[k].kind = TASK_SVG;
      tasks[k].chart = charts[i];
      snprintf(tasks[k++].path, sizeof tasks->path, "%s/chart-%s.svg", dir,
               charts[i]->name);
    }
  }
  pool p = {&ctx, tasks, k, 0, PTHREAD_MUTEX_INITIALIZER};
  run_pool(&p, thread_count(threads, k));
  pthread_mutex_destroy(&p.lock);
  /* the first failure in task order, whichever thread met it first */
  int rc = 0;
  for (size_t i = 0; i < k && rc == 0; i++)
    if (tasks[i].rc != 0)
      rc = fail(err, errlen, "%s", tasks[i].err);
  free(tasks);
  return rc;
}

int mkba_report_render(const json_t *results, const char *dir, unsigned formats,
                       const char *lang, char *err, size_t errlen) {
  return mkba_report_render_threads(results, dir, formats, lang, 0, err,
                                    errlen);
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
