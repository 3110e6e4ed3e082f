/*
 * test_report_charts.c: every chart type, rendered for a fixed scenario,
 * against a reference PNG in reports/tests/reference/, compared by pixels
 * with a tolerance. On a mismatch the test writes <name>-diff.png next to
 * the output (red: pixels that differ) and fails.
 *
 * After a deliberate change in the drawing, look at the new images, then
 * refresh the references with MKBA_UPDATE_REFERENCE=1 ctest -R report_charts.
 *
 * The other tests read a chart's text with its position: each chart drawn
 * alone into a PDF and read back with pdftotext -bbox. They check what a
 * reader sees whatever the pixels: every intervention in the comparison,
 * units on the tornado's values, labels that overlap nothing and sit
 * beside their marks, and the report's switching values and correlations.
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "image_diff.h"
#include "mkba_report.h"
#include "test_util.h"

/* Text antialiasing moves a few pixels between freetype versions; a real
 * change (a bar, a label, a colour) moves far more. */
#define CHANNEL_TOL 64
#define MAX_FRACTION 0.004

/* Render fixture's PNG charts once per process into out/<fixture>/. */
static const char *rendered(const char *fixture) {
  static char dirs[4][4096];
  static const char *names[4];
  for (int i = 0; i < 4; i++)
    if (names[i] != NULL && strcmp(names[i], fixture) == 0)
      return dirs[i];
  int slot = 0;
  while (slot < 3 && names[slot] != NULL)
    slot++;
  char sub[256];
  snprintf(sub, sizeof sub, "charts-%s", fixture);
  tu_outdir(sub, dirs[slot], sizeof dirs[slot]);
  json_t *doc = tu_fixture(fixture);
  char err[512];
  const char *lang = strstr(fixture, "-en") ? "en" : "nl";
  int rc =
      mkba_report_render(doc, dirs[slot], MKBA_REPORT_PNG | MKBA_REPORT_SVG,
                         lang, err, sizeof err);
  json_decref(doc);
  ck_assert_msg(rc == 0, "render %s: %s", fixture, err);
  names[slot] = fixture;
  return dirs[slot];
}

static void check_chart(const char *fixture, const char *chart) {
  const char *dir = rendered(fixture);
  char actual[4400], reference[4400], diff[4400], msg[1024];
  snprintf(actual, sizeof actual, "%s/chart-%s.png", dir, chart);
  snprintf(reference, sizeof reference, "%s/%s-chart-%s.png",
           tu_dir("MKBA_REPORT_REFERENCE", "reports/tests/reference"), fixture,
           chart);
  snprintf(diff, sizeof diff, "%s/chart-%s-diff.png", dir, chart);
  const char *update = getenv("MKBA_UPDATE_REFERENCE");
  if (update != NULL && strcmp(update, "1") == 0) {
    char cmd[9000];
    snprintf(cmd, sizeof cmd, "cp '%s' '%s'", actual, reference);
    ck_assert_msg(system(cmd) == 0, "cannot update '%s'", reference);
    return;
  }
  int rc = image_compare(actual, reference, diff, CHANNEL_TOL, MAX_FRACTION,
                         msg, sizeof msg);
  ck_assert_msg(rc == 0, "chart %s of %s: %s", chart, fixture, msg);
}

START_TEST(test_chart_actors) { check_chart("single-nl", "actors"); }
END_TEST
START_TEST(test_chart_years) { check_chart("single-nl", "years"); }
END_TEST
START_TEST(test_chart_histogram) { check_chart("single-nl", "histogram"); }
END_TEST
START_TEST(test_chart_scurve) { check_chart("single-nl", "scurve"); }
END_TEST
START_TEST(test_chart_actor_risk) { check_chart("single-nl", "actor-risk"); }
END_TEST
START_TEST(test_chart_tornado) { check_chart("single-nl", "tornado"); }
END_TEST
START_TEST(test_chart_interventions_en) {
  check_chart("package-en", "interventions");
}
END_TEST
START_TEST(test_chart_actors_en) { check_chart("package-en", "actors"); }
END_TEST
START_TEST(test_chart_years_en) { check_chart("package-en", "years"); }
END_TEST
START_TEST(test_chart_variants) { check_chart("variants-nl", "variants"); }
END_TEST
START_TEST(test_chart_evppi) { check_chart("variants-nl", "evppi"); }
END_TEST

/* ---- a chart's words and where they are ---- */

/* A phrase of a chart's text (words on one line next to each other) and
 * its box in points, y down. */
typedef struct {
  double x0, y0, x1, y1;
  char text[200];
} phrase;

/* Room for the phrases of one chart. */
#define MAX_PHRASES 1200

/* Draw chart `name` of doc (borrowed) alone in language lang into a PDF of
 * its own size, out/<sub>/chart.pdf; its path goes into pdf (len bytes). */
static void chart_pdf(const json_t *doc, const char *name, mkba_lang lang,
                      const char *sub, char *pdf, size_t len) {
  char dir[4096];
  tu_outdir(sub, dir, sizeof dir);
  snprintf(pdf, len, "%s/chart.pdf", dir);
  mkba_report_ctx r;
  memset(&r, 0, sizeof r);
  r.doc = doc;
  r.lang = lang;
  r.s = mkba_i18n(lang);
  const mkba_chart *c = mkba_chart_find(name);
  ck_assert_msg(c != NULL, "no chart %s", name);
  ck_assert_msg(c->applies(&r), "chart %s does not apply", name);
  double h = c->height(&r, MKBA_CHART_WIDTH);
  cairo_surface_t *surf = cairo_pdf_surface_create(pdf, MKBA_CHART_WIDTH, h);
  cairo_t *cr = cairo_create(surf);
  c->draw(cr, &r, MKBA_CHART_WIDTH, h);
  cairo_destroy(cr);
  cairo_surface_finish(surf);
  ck_assert_int_eq(cairo_surface_status(surf), CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy(surf);
}

/* The &amp;-style entities pdftotext writes, back to their characters, in
 * place. */
static void unescape(char *t) {
  static const char *const from[] = {"&amp;", "&lt;", "&gt;", "&quot;",
                                     "&apos;"};
  static const char to[] = {'&', '<', '>', '"', '\''};
  for (char *p = t; *p != '\0'; p++)
    for (size_t i = 0; i < sizeof to; i++)
      if (strncmp(p, from[i], strlen(from[i])) == 0) {
        *p = to[i];
        memmove(p + 1, p + strlen(from[i]), strlen(p + strlen(from[i])) + 1);
      }
}

/* The phrases of pdf (its first page) into out (at most max): its words as
 * pdftotext -bbox reads them, joined when they follow each other on one
 * line less than 3.2 points apart (a space is about 2.4). Returns their
 * number. */
static int chart_phrases(const char *pdf, phrase *out, int max) {
  static char xml[1 << 20];
  char cmd[4600];
  snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 -bbox '%s' -", pdf);
  int rc = tu_run(cmd, xml, sizeof xml);
  ck_assert_msg(rc == 0, "pdftotext -bbox failed on '%s'", pdf);
  int n = 0;
  for (const char *p = strstr(xml, "<word "); p != NULL && n < max;
       p = strstr(p + 1, "<word ")) {
    phrase w;
    const char *gt = strchr(p, '>');
    const char *end = gt != NULL ? strstr(gt, "</word>") : NULL;
    if (end == NULL ||
        sscanf(p, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"",
               &w.x0, &w.y0, &w.x1, &w.y1) != 4)
      continue;
    size_t k = (size_t)(end - gt - 1);
    if (k >= sizeof w.text)
      k = sizeof w.text - 1;
    memcpy(w.text, gt + 1, k);
    w.text[k] = '\0';
    unescape(w.text);
    phrase *last = n > 0 ? &out[n - 1] : NULL;
    if (last != NULL && fabs(last->y0 - w.y0) < 0.5 && w.x0 >= last->x1 &&
        w.x0 - last->x1 < 3.2 &&
        strlen(last->text) + 1 + strlen(w.text) < sizeof last->text) {
      strcat(last->text, " ");
      strcat(last->text, w.text);
      last->x1 = w.x1;
      last->y1 = fmax(last->y1, w.y1);
      continue;
    }
    out[n++] = w;
  }
  return n;
}

/* The first phrase whose text is text, or NULL. The no-break spaces of
 * money ("€ 1,3 mln") are read as plain spaces. */
static const phrase *find_phrase(const phrase *ph, int n, const char *text) {
  char want[256];
  size_t o = 0;
  for (const char *p = text; *p != '\0' && o + 1 < sizeof want; p++) {
    if ((unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0) {
      want[o++] = ' ';
      p++;
    } else {
      want[o++] = *p;
    }
  }
  want[o] = '\0';
  for (int i = 0; i < n; i++) {
    char got[256];
    size_t g = 0;
    for (const char *p = ph[i].text; *p != '\0' && g + 1 < sizeof got; p++) {
      if ((unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0) {
        got[g++] = ' ';
        p++;
      } else {
        got[g++] = *p;
      }
    }
    got[g] = '\0';
    if (strcmp(got, want) == 0)
      return &ph[i];
  }
  return NULL;
}

/* Whether two phrases overlap by more than half a point each way (the
 * boxes pdftotext gives are the font's, a little taller than the ink). */
static int phrases_overlap(const phrase *a, const phrase *b) {
  return fmin(a->x1, b->x1) - fmax(a->x0, b->x0) > 0.5 &&
         fmin(a->y1, b->y1) - fmax(a->y0, b->y0) > 0.5;
}

/* No two phrases of a chart overlap. */
static void no_overlaps(const phrase *ph, int n, const char *what) {
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      ck_assert_msg(!phrases_overlap(&ph[i], &ph[j]),
                    "%s: \"%s\" overlaps \"%s\"", what, ph[i].text, ph[j].text);
}

/* The euros an amount label says ("−€ 25 mln", "€0", "€2.5m") in lang;
 * NAN when the phrase is anything else. */
static double tick_value(const char *t, mkba_lang lang) {
  char num[64];
  size_t o = 0;
  int neg = 0, digits = 0, euro = 0;
  double scale = 1;
  for (const char *p = t; *p != '\0';) {
    if (*p >= '0' && *p <= '9') {
      if (o + 1 < sizeof num)
        num[o++] = *p;
      digits = 1;
      p++;
    } else if (*p == (lang == MKBA_LANG_NL ? ',' : '.')) {
      if (o + 1 < sizeof num)
        num[o++] = '.';
      p++;
    } else if (*p == (lang == MKBA_LANG_NL ? '.' : ',') || *p == ' ') {
      p++; /* a thousands separator, a space */
    } else if (strncmp(p, "\xc2\xa0", 2) == 0) {
      p += 2;
    } else if (strncmp(p, "\xe2\x88\x92", 3) == 0) {
      neg = 1;
      p += 3;
    } else if (strncmp(p, "\xe2\x82\xac", 3) == 0) {
      euro = 1;
      p += 3;
    } else if (strcmp(p, "mln") == 0 || strcmp(p, "m") == 0) {
      scale = 1e6;
      break;
    } else if (strcmp(p, "mld") == 0 || strcmp(p, "bn") == 0) {
      scale = 1e9;
      break;
    } else {
      return NAN;
    }
  }
  num[o] = '\0';
  if (!digits || !euro)
    return NAN;
  double v = atof(num) * scale;
  return neg ? -v : v;
}

/* The top of the axis's tick labels: the lowest row of amounts. */
static double tick_row(const phrase *ph, int n, mkba_lang lang) {
  double y = -1;
  for (int i = 0; i < n; i++)
    if (isfinite(tick_value(ph[i].text, lang)))
      y = fmax(y, ph[i].y0);
  ck_assert_msg(y > 0, "no axis ticks");
  return y;
}

/* The chart's horizontal money scale, from its tick labels: the lowest
 * phrases that are amounts, at least two. x(v) = a + b * v. A tick label is
 * centred on its tick, but the rightmost may be pulled inside the chart,
 * so with three ticks or more it is left out. */
static void money_scale(const phrase *ph, int n, mkba_lang lang, double *a,
                        double *b) {
  double ymax = tick_row(ph, n, lang);
  double v[32], x[32], right = -1e9;
  int k = 0;
  for (int i = 0; i < n && k < 32; i++) {
    double t = tick_value(ph[i].text, lang);
    if (!isfinite(t) || fabs(ph[i].y0 - ymax) > 0.5)
      continue;
    v[k] = t;
    x[k] = (ph[i].x0 + ph[i].x1) / 2;
    right = fmax(right, x[k]);
    k++;
  }
  ck_assert_msg(k >= 2, "fewer than two axis ticks");
  double sv = 0, sx = 0, svv = 0, svx = 0;
  int m = 0;
  for (int i = 0; i < k; i++) {
    if (k >= 3 && x[i] == right)
      continue;
    sv += v[i];
    sx += x[i];
    svv += v[i] * v[i];
    svx += v[i] * x[i];
    m++;
  }
  *b = (m * svx - sv * sx) / (m * svv - sv * sv);
  *a = (sx - *b * sv) / m;
}

/* Every intervention of the 14-intervention Utrecht report has its row in
 * the comparison chart: its name and its net value. */
START_TEST(test_comparison_shows_every_intervention) {
  static phrase ph[MAX_PHRASES];
  json_t *doc = tu_fixture("utrecht-nl");
  const json_t *ivs = json_object_get(doc, "interventions");
  ck_assert_uint_eq(json_array_size(ivs), 14);
  char pdf[4400];
  chart_pdf(doc, "interventions", MKBA_LANG_NL, "chart-iv-utrecht", pdf,
            sizeof pdf);
  int n = chart_phrases(pdf, ph, MAX_PHRASES);
  double ref = 0;
  for (size_t i = 0; i < json_array_size(ivs); i++)
    ref = fmax(ref, fabs(tu_num(json_array_get(ivs, i), "summary/npv")));
  for (size_t i = 0; i < json_array_size(ivs); i++) {
    const json_t *iv = json_array_get(ivs, i);
    char name[300], first[64], value[64];
    mkba_intervention_short_name(iv, name, sizeof name);
    /* the name's first word starts a phrase of the labels */
    snprintf(first, sizeof first, "%.*s", (int)strcspn(name, " "), name);
    int found = 0;
    for (int k = 0; k < n && !found; k++)
      found = strncmp(ph[k].text, first, strlen(first)) == 0;
    ck_assert_msg(found, "comparison chart lacks \"%s\"", name);
    mkba_fmt_money_like(value, sizeof value, tu_num(iv, "summary/npv"), ref,
                        MKBA_LANG_NL);
    ck_assert_msg(find_phrase(ph, n, value) != NULL,
                  "comparison chart lacks the net value %s of \"%s\"", value,
                  name);
  }
  no_overlaps(ph, n, "comparison chart");
  json_decref(doc);
}
END_TEST

/* The tornado's values carry their units (euros as euros, shares as
 * percentages), each parameter names its intervention, and no label
 * overlaps another or crosses the zero line or the base-case line. */
static void check_tornado(const char *fixture, mkba_lang lang) {
  static phrase ph[MAX_PHRASES];
  json_t *doc = tu_fixture(fixture);
  char pdf[4400], sub[128];
  snprintf(sub, sizeof sub, "chart-tornado-%s", fixture);
  chart_pdf(doc, "tornado", lang, sub, pdf, sizeof pdf);
  int n = chart_phrases(pdf, ph, MAX_PHRASES);
  no_overlaps(ph, n, fixture);
  const json_t *sens = json_object_get(doc, "sensitivity");
  const json_t *params = json_object_get(doc, "parameters");
  const json_t *ivs = json_object_get(doc, "interventions");
  size_t rows = json_array_size(sens) < 15 ? json_array_size(sens) : 15;
  int money = 0, shares = 0, percent = 0, euros = 0;
  for (size_t i = 0; i < rows; i++) {
    const json_t *e = json_array_get(sens, i);
    const char *id = json_string_value(json_object_get(e, "parameter"));
    const char *unit = NULL;
    for (size_t k = 0; k < json_array_size(params); k++) {
      const json_t *p = json_array_get(params, k);
      if (strcmp(json_string_value(json_object_get(p, "parameter")), id) == 0)
        unit = json_string_value(json_object_get(p, "unit"));
    }
    ck_assert_msg(unit != NULL, "no unit for %s", id);
    if (mkba_unit_is_money(unit)) {
      money++;
      /* a euro amount at both ends */
      char v[64];
      double lo = tu_num(e, "low");
      if (fabs(lo) >= 100) {
        mkba_fmt_money_short(v, sizeof v, lo, lang);
        ck_assert_msg(find_phrase(ph, n, v) != NULL,
                      "%s: tornado lacks %s for %s", fixture, v, id);
      }
    } else if (strncmp(unit, "fractie", 7) == 0 ||
               strncmp(unit, "aandeel", 7) == 0 ||
               strncmp(unit, "kans ", 5) == 0) {
      shares++;
    }
    if (json_array_size(ivs) > 1) {
      /* the parameter's intervention under its label: its rank, then its
       * name (the line may wrap: its start is enough) */
      int k = atoi(id);
      char name[300], iv[320];
      mkba_intervention_short_name(json_array_get(ivs, (size_t)k), name,
                                   sizeof name);
      const json_t *ranking = json_object_get(doc, "ranking");
      int rank = 0;
      for (size_t j = 0; j < json_array_size(ranking); j++)
        if (tu_num(json_array_get(ranking, j), "intervention") == k)
          rank = (int)tu_num(json_array_get(ranking, j), "rank");
      ck_assert_msg(rank > 0, "%s: intervention %d has no rank", fixture, k);
      snprintf(iv, sizeof iv, "%d. %s", rank, name);
      iv[12] = '\0';
      int found = 0;
      for (int j = 0; j < n && !found; j++)
        found = strncmp(ph[j].text, iv, strlen(iv)) == 0;
      ck_assert_msg(found, "%s: tornado does not name intervention \"%s\"",
                    fixture, iv);
    }
  }
  double ticks = tick_row(ph, n, lang);
  for (int j = 0; j < n; j++) {
    size_t l = strlen(ph[j].text);
    if (l > 1 && ph[j].text[l - 1] == '%' && strchr(ph[j].text, ' ') == NULL)
      percent++;
    /* amounts above the axis: the value labels */
    if (isfinite(tick_value(ph[j].text, lang)) && ph[j].y0 < ticks - 1)
      euros++;
  }
  /* every share has a percentage at both ends of its bars */
  ck_assert_msg(percent >= 2 * shares, "%s: %d percentages for %d shares",
                fixture, percent, shares);
  ck_assert_msg(euros >= 2 * money, "%s: %d euro amounts for %d in euros",
                fixture, euros, money);
  /* nothing crosses the zero line, where the net value changes sign, when
   * zero lies inside the axis (at its end there is no line) */
  double a, b;
  money_scale(ph, n, lang, &a, &b);
  double xz = a, ylo = tick_row(ph, n, lang), tmin = 1e300, tmax = -1e300;
  for (int j = 0; j < n; j++) {
    double t = tick_value(ph[j].text, lang);
    if (isfinite(t) && fabs(ph[j].y0 - ylo) < 0.5) {
      tmin = fmin(tmin, t);
      tmax = fmax(tmax, t);
    }
  }
  for (int j = 0; j < n && tmin < 0 && tmax > 0; j++)
    if (ph[j].y1 < ylo - 1 && ph[j].y0 > 40)
      ck_assert_msg(!(ph[j].x0 < xz - 0.5 && ph[j].x1 > xz + 0.5),
                    "%s: \"%s\" crosses the zero line", fixture, ph[j].text);
  json_decref(doc);
}

START_TEST(test_tornado_units_and_labels) {
  check_tornado("single-nl", MKBA_LANG_NL);
  check_tornado("variants-nl", MKBA_LANG_NL);
  check_tornado("alternatives-en", MKBA_LANG_EN);
  check_tornado("utrecht-nl", MKBA_LANG_NL);
}
END_TEST

/* ---- layouts: the charts' own rectangles ---- */

/* A rendering context for doc (borrowed) in lang, into *r. */
static void ctx_for(const json_t *doc, mkba_lang lang, mkba_report_ctx *r) {
  memset(r, 0, sizeof *r);
  r->doc = doc;
  r->lang = lang;
  r->s = mkba_i18n(lang);
}

/* Whether box b is drawn at all (a box of NANs is not). */
static int box_set(const mkba_box *b) { return isfinite(b->x0); }

/* Whether a and b overlap by more than 0.2 points each way: boxes that
 * merely touch do not. */
static int boxes_meet(const mkba_box *a, const mkba_box *b) {
  return box_set(a) && box_set(b) &&
         fmin(a->x1, b->x1) - fmax(a->x0, b->x0) > 0.2 &&
         fmin(a->y1, b->y1) - fmax(a->y0, b->y0) > 0.2;
}

/* The distance from box b to the vertical segment at x from y0 to y1. */
static double box_to_segment(const mkba_box *b, double x, double y0,
                             double y1) {
  double dx = x < b->x0 ? b->x0 - x : x > b->x1 ? x - b->x1 : 0;
  double dy = y1 < b->y0 ? b->y0 - y1 : y0 > b->y1 ? y0 - b->y1 : 0;
  return hypot(dx, dy);
}

/* Whether box b crosses the vertical line at x (NAN: no line), keeping
 * less than half a point clear of it. */
static int box_crosses(const mkba_box *b, double x) {
  return isfinite(x) && b->x0 < x + 0.5 && b->x1 > x - 0.5;
}

/* A phrase of ph (n) that reads text and whose box lies within 1.5 points
 * of b's centre across and 3 points down (pdftotext's boxes are the
 * font's), or NULL. */
static const phrase *phrase_at(const phrase *ph, int n, const char *text,
                               const mkba_box *b) {
  for (const phrase *p = ph; p < ph + n; p++) {
    const phrase *q = find_phrase(p, (int)(ph + n - p), text);
    if (q == NULL)
      return NULL;
    if (fabs((q->x0 + q->x1) / 2 - (b->x0 + b->x1) / 2) < 1.5 &&
        fabs((q->y0 + q->y1) / 2 - (b->y0 + b->y1) / 2) < 3)
      return q;
    p = q;
  }
  return NULL;
}

static void check_whole(cairo_t *cr, const char *text,
                        const mkba_text_style *st, const mkba_box *b,
                        const char *what, const char *fixture);

/* The comparison chart of fixture in lang: every name whole, every net
 * value clear of every bar, marker, name and other value (the chart's own
 * rectangles), and drawn where the layout says (the PDF's text). */
static void check_comparison_layout(const char *fixture, mkba_lang lang) {
  static phrase ph[MAX_PHRASES];
  json_t *doc = tu_fixture(fixture);
  mkba_report_ctx r;
  ctx_for(doc, lang, &r);
  double h = mkba_chart_interventions.height(&r, MKBA_CHART_WIDTH);
  cairo_t *cr = mkba_measure_context();
  mkba_iv_layout L;
  ck_assert_int_eq(mkba_iv_lay_out(cr, &r, MKBA_CHART_WIDTH, h, &L), 0);
  for (int i = 0; i < L.n; i++) {
    mkba_text_style st = L.name_style;
    st.bold = L.row[i].package;
    check_whole(cr, L.row[i].name, &st, &L.row[i].name_box, "name", fixture);
  }
  cairo_destroy(cr);
  ck_assert_int_eq(L.n,
                   (int)json_array_size(json_object_get(doc, "interventions")) +
                       !mkba_chart_alternatives(&r));
  for (int i = 0; i < L.n; i++) {
    const mkba_iv_row *a = &L.row[i];
    for (int j = 0; j < L.n; j++) {
      const mkba_iv_row *b = &L.row[j];
      const mkba_box *marks[] = {&b->costs_bar, &b->benefits_bar, &b->diamond,
                                 &b->name_box};
      const char *what[] = {"costs bar", "benefits bar", "diamond", "name"};
      for (int m = 0; m < 4; m++)
        ck_assert_msg(!boxes_meet(&a->value_box, marks[m]),
                      "%s: net value %s of \"%s\" lies on the %s of \"%s\"",
                      fixture, a->value, a->name, what[m], b->name);
      if (j != i)
        ck_assert_msg(!boxes_meet(&a->value_box, &b->value_box),
                      "%s: net values %s and %s overlap", fixture, a->value,
                      b->value);
      ck_assert_msg(!boxes_meet(&a->name_box, &b->costs_bar) &&
                        !boxes_meet(&a->name_box, &b->benefits_bar),
                    "%s: name \"%s\" lies on a bar", fixture, a->name);
    }
    ck_assert_msg(!boxes_meet(&a->value_box, &L.header_box) &&
                      a->value_box.x1 <= MKBA_CHART_WIDTH + 0.01,
                  "%s: net value %s outside its column", fixture, a->value);
  }
  /* the PDF has each value where the layout put it */
  char pdf[4400], sub[128];
  snprintf(sub, sizeof sub, "chart-iv-layout-%s", fixture);
  chart_pdf(doc, "interventions", lang, sub, pdf, sizeof pdf);
  int n = chart_phrases(pdf, ph, MAX_PHRASES);
  for (int i = 0; i < L.n; i++)
    ck_assert_msg(phrase_at(ph, n, L.row[i].value, &L.row[i].value_box) != NULL,
                  "%s: net value %s is not drawn where its layout says",
                  fixture, L.row[i].value);
  mkba_iv_layout_free(&L);
  json_decref(doc);
}

/* Net values never lie on the bars: the 14 interventions of Utrecht, the
 * alternatives in both languages, and packages. */
START_TEST(test_comparison_values_clear_of_bars) {
  check_comparison_layout("utrecht-nl", MKBA_LANG_NL);
  check_comparison_layout("alternatives-nl", MKBA_LANG_NL);
  check_comparison_layout("alternatives-en", MKBA_LANG_EN);
  check_comparison_layout("package-en", MKBA_LANG_EN);
  check_comparison_layout("variants-nl", MKBA_LANG_NL);
}
END_TEST

/* Text in style st, as pango lays it out: whole (no ellipsis, every byte
 * on a line), no line wider than its box, and as tall as the box the
 * chart gave it (b). what, fixture: for the message. */
static void check_whole(cairo_t *cr, const char *text,
                        const mkba_text_style *st, const mkba_box *b,
                        const char *what, const char *fixture) {
  mkba_text_fit fit;
  mkba_text_fits(cr, text, st, &fit);
  ck_assert_msg(!fit.ellipsized, "%s: %s \"%s\" is cut off with an ellipsis",
                fixture, what, text);
  ck_assert_msg(fit.laid == strlen(text),
                "%s: %s \"%s\": %zu of its %zu bytes laid out", fixture, what,
                text, fit.laid, strlen(text));
  ck_assert_msg(fit.width <= st->width + 0.5,
                "%s: %s \"%s\" runs over its %.0f points", fixture, what, text,
                st->width);
  ck_assert_msg(fabs(fit.height - (b->y1 - b->y0)) < 0.5,
                "%s: %s \"%s\" takes %.1f points, its row holds %.1f", fixture,
                what, text, fit.height, b->y1 - b->y0);
}

/* The tornado's layout of fixture in lang (a new layout, caller frees);
 * the document into *doc (caller decrefs). */
static mkba_tornado_layout *tornado_of(const char *fixture, mkba_lang lang,
                                       json_t **doc) {
  *doc = tu_fixture(fixture);
  mkba_report_ctx r;
  ctx_for(*doc, lang, &r);
  mkba_tornado_layout *L = malloc(sizeof *L);
  ck_assert_ptr_nonnull(L);
  cairo_t *cr = mkba_measure_context();
  mkba_tornado_lay_out(cr, &r, MKBA_CHART_WIDTH, L);
  cairo_destroy(cr);
  return L;
}

/* The tornado's labels of fixture in lang: each parameter's label and its
 * intervention whole (pango reports no ellipsis and every byte laid out),
 * inside its own row, left of the plot, and the label is the parameter's
 * whole label from the document. */
static void check_tornado_labels(const char *fixture, mkba_lang lang) {
  json_t *doc;
  mkba_tornado_layout *L = tornado_of(fixture, lang, &doc);
  const json_t *sens = json_object_get(doc, "sensitivity");
  ck_assert_int_eq(L->n, json_array_size(sens) < MKBA_TORNADO_MAX_ROWS
                             ? (int)json_array_size(sens)
                             : MKBA_TORNADO_MAX_ROWS);
  cairo_t *cr = mkba_measure_context();
  for (int i = 0; i < L->n; i++) {
    const mkba_tornado_row *t = &L->row[i];
    ck_assert_str_eq(t->label, json_string_value(json_object_get(
                                   json_array_get(sens, (size_t)i), "label")));
    check_whole(cr, t->label, &L->label_style, &t->label_box, "label", fixture);
    if (t->iv[0] != '\0')
      check_whole(cr, t->iv, &L->iv_style, &t->iv_box, "intervention", fixture);
    const mkba_box *boxes[] = {&t->label_box, &t->iv_box};
    for (int b = 0; b < 2; b++) {
      if (!box_set(boxes[b]))
        continue;
      ck_assert_msg(boxes[b]->y0 >= t->y0 - 0.01 &&
                        boxes[b]->y1 <= t->y1 + 0.01,
                    "%s: row %d's label leaves its row", fixture, i + 1);
      ck_assert_msg(boxes[b]->x1 <= L->px0, "%s: row %d's label in the plot",
                    fixture, i + 1);
    }
    if (i > 0)
      ck_assert_msg(t->y0 >= L->row[i - 1].y1 - 0.01, "%s: rows %d and %d meet",
                    fixture, i, i + 1);
  }
  cairo_destroy(cr);
  free(L);
  json_decref(doc);
}

/* No label of the tornado is cut off, however long: Utrecht's, the
 * alternatives' in both languages, a package's and a single one's. */
START_TEST(test_tornado_labels_whole) {
  check_tornado_labels("utrecht-nl", MKBA_LANG_NL);
  check_tornado_labels("alternatives-nl", MKBA_LANG_NL);
  check_tornado_labels("alternatives-en", MKBA_LANG_EN);
  check_tornado_labels("variants-nl", MKBA_LANG_NL);
  check_tornado_labels("single-nl", MKBA_LANG_NL);
}
END_TEST

/* The tornado's values of fixture in lang, by the chart's rectangles: each
 * just outside the outer end of its own bar (beside it, or stacked at the
 * end above or below it), on that end's side of the zero line, crossing
 * neither the zero line nor a package's base line, on no bar, tick, label
 * or other value; and drawn where the layout says (the PDF's text). */
static void check_tornado_values(const char *fixture, mkba_lang lang) {
  static phrase ph[MAX_PHRASES];
  json_t *doc;
  mkba_tornado_layout *L = tornado_of(fixture, lang, &doc);
  char pdf[4400], sub[128];
  snprintf(sub, sizeof sub, "chart-tornado-values-%s", fixture);
  chart_pdf(doc, "tornado", lang, sub, pdf, sizeof pdf);
  int n = chart_phrases(pdf, ph, MAX_PHRASES);
  for (int i = 0; i < L->n; i++) {
    const mkba_tornado_row *t = &L->row[i];
    for (int e = 0; e < 2; e++) {
      if (!t->has[e])
        continue;
      const mkba_box *v = &t->value[e], *bar = &t->bar[e];
      double x = t->x_end[e];
      const char *which = e == 0 ? "P10" : "P90";
      /* on nothing else */
      for (int j = 0; j < L->n; j++) {
        const mkba_tornado_row *u = &L->row[j];
        const mkba_box *others[] = {&u->bar[0], &u->bar[1], &u->tick,
                                    &u->label_box, &u->iv_box};
        for (int m = 0; m < 5; m++)
          ck_assert_msg(!boxes_meet(v, others[m]),
                        "%s: row %d's %s value %s lies on row %d's %s", fixture,
                        i + 1, which, t->val[e], j + 1,
                        m < 2    ? "bar"
                        : m == 2 ? "base tick"
                                 : "label");
        for (int f = 0; f < 2; f++)
          if ((j != i || f != e) && u->has[f])
            ck_assert_msg(!boxes_meet(v, &u->value[f]),
                          "%s: values %s and %s overlap", fixture, t->val[e],
                          u->val[f]);
      }
      /* never across the zero line, and on the side its bar's end is */
      ck_assert_msg(!box_crosses(v, L->x_zero),
                    "%s: row %d's %s value %s crosses the zero line", fixture,
                    i + 1, which, t->val[e]);
      ck_assert_msg(!box_crosses(v, L->x_pkg),
                    "%s: row %d's %s value %s crosses the base line", fixture,
                    i + 1, which, t->val[e]);
      if (isfinite(L->x_zero) && fabs(x - L->x_zero) > 0.5)
        ck_assert_msg(((v->x0 + v->x1) / 2 > L->x_zero) == (x > L->x_zero),
                      "%s: row %d's %s value %s is on the other side of the "
                      "zero line from its bar's end",
                      fixture, i + 1, which, t->val[e]);
      /* just outside the outer end */
      double d = box_to_segment(v, x, bar->y0, bar->y1);
      ck_assert_msg(d <= 6,
                    "%s: row %d's %s value %s is %.0f points from "
                    "its bar's end",
                    fixture, i + 1, which, t->val[e], d);
      if (!t->stacked[e])
        ck_assert_msg(t->side[e] > 0 ? v->x0 >= x : v->x1 <= x,
                      "%s: row %d's %s value %s is not beyond its bar's end",
                      fixture, i + 1, which, t->val[e]);
      else
        ck_assert_msg(e == 0 ? v->y1 <= bar->y0 : v->y0 >= bar->y1,
                      "%s: row %d's stacked %s value %s is not %s its bar",
                      fixture, i + 1, which, t->val[e],
                      e == 0 ? "above" : "below");
      ck_assert_msg(phrase_at(ph, n, t->val[e], v) != NULL,
                    "%s: row %d's %s value %s is not drawn where its layout "
                    "says",
                    fixture, i + 1, which, t->val[e]);
    }
  }
  free(L);
  json_decref(doc);
}

/* Every tornado value sits at its own bar's end, on its side of zero. */
START_TEST(test_tornado_values_beside_bars) {
  check_tornado_values("utrecht-nl", MKBA_LANG_NL);
  check_tornado_values("utrecht-nl", MKBA_LANG_EN);
  check_tornado_values("alternatives-nl", MKBA_LANG_NL);
  check_tornado_values("alternatives-en", MKBA_LANG_EN);
  check_tornado_values("variants-nl", MKBA_LANG_NL);
  check_tornado_values("single-nl", MKBA_LANG_NL);
}
END_TEST

/* The tornado's axis of fixture in lang: its ticks evenly spaced, and
 * every one labelled with its own amount under its grid line (the PDF's
 * text); no other amount on that row. */
static void check_tornado_ticks(const char *fixture, mkba_lang lang) {
  static phrase ph[MAX_PHRASES];
  json_t *doc;
  mkba_tornado_layout *L = tornado_of(fixture, lang, &doc);
  char pdf[4400], sub[128];
  snprintf(sub, sizeof sub, "chart-tornado-ticks-%s", fixture);
  chart_pdf(doc, "tornado", lang, sub, pdf, sizeof pdf);
  int n = chart_phrases(pdf, ph, MAX_PHRASES);
  ck_assert_msg(L->nticks >= 2, "%s: %d ticks", fixture, L->nticks);
  for (int i = 1; i < L->nticks; i++)
    ck_assert_msg(fabs(L->ticks[i] - L->ticks[i - 1] - L->step) <
                      1e-6 * L->step,
                  "%s: ticks %g and %g are not %g apart", fixture,
                  L->ticks[i - 1], L->ticks[i], L->step);
  double row = tick_row(ph, n, lang);
  int labels = 0;
  for (int j = 0; j < n; j++)
    labels +=
        fabs(ph[j].y0 - row) < 0.5 && isfinite(tick_value(ph[j].text, lang));
  ck_assert_msg(labels == L->nticks, "%s: %d tick labels for %d grid lines",
                fixture, labels, L->nticks);
  for (int i = 0; i < L->nticks; i++) {
    double x = mkba_scale_at(&L->sx, L->ticks[i]);
    int found = 0;
    for (int j = 0; j < n && !found; j++)
      found =
          fabs(ph[j].y0 - row) < 0.5 &&
          fabs(tick_value(ph[j].text, lang) - L->ticks[i]) < 1e-6 * L->step &&
          ph[j].x0 - 1 <= x && x <= ph[j].x1 + 1;
    ck_assert_msg(found, "%s: the grid line at %g has no label", fixture,
                  L->ticks[i]);
  }
  free(L);
  json_decref(doc);
}

/* Every grid line of the tornado is labelled, evenly spaced: the Dutch
 * Utrecht axis had one without (at −€ 50 mln). */
START_TEST(test_tornado_ticks_labelled) {
  check_tornado_ticks("utrecht-nl", MKBA_LANG_NL);
  check_tornado_ticks("utrecht-nl", MKBA_LANG_EN);
  check_tornado_ticks("alternatives-nl", MKBA_LANG_NL);
  check_tornado_ticks("alternatives-en", MKBA_LANG_EN);
  check_tornado_ticks("variants-nl", MKBA_LANG_NL);
  check_tornado_ticks("single-nl", MKBA_LANG_NL);
}
END_TEST

/* When the tornado's rows cover only some interventions, its subtitle
 * (drawn in the chart) says how many of how many; when they cover all, it
 * says nothing of it. */
START_TEST(test_tornado_says_interventions_shown) {
  static const char *const fixtures[] = {"utrecht-nl", "alternatives-nl",
                                         "variants-nl"};
  for (size_t f = 0; f < 3; f++) {
    json_t *doc;
    mkba_tornado_layout *L = tornado_of(fixtures[f], MKBA_LANG_NL, &doc);
    const json_t *sens = json_object_get(doc, "sensitivity");
    size_t nivs = json_array_size(json_object_get(doc, "interventions"));
    int seen[64] = {0}, covered = 0;
    for (int i = 0; i < L->n; i++) {
      int k = atoi(json_string_value(
          json_object_get(json_array_get(sens, (size_t)i), "parameter")));
      ck_assert(k >= 0 && k < 64);
      covered += !seen[k];
      seen[k] = 1;
    }
    char of[16], all[16], note[160];
    snprintf(of, sizeof of, "%d", covered);
    snprintf(all, sizeof all, "%zu", nivs);
    mkba_tpl(note, sizeof note, mkba_i18n(MKBA_LANG_NL)->tornado_ivs_chart, of,
             all, NULL, NULL);
    int says = strstr(L->subtitle, note + 2) != NULL;
    ck_assert_msg(says == ((size_t)covered < nivs),
                  "%s: rows cover %d of %zu interventions; the subtitle \"%s\"",
                  fixtures[f], covered, nivs, L->subtitle);
    /* the PDF's text has it too, on the subtitle's lines */
    char pdf[4400], sub[128], cmd[4600];
    static char text[1 << 16];
    snprintf(sub, sizeof sub, "chart-tornado-ivs-%s", fixtures[f]);
    chart_pdf(doc, "tornado", MKBA_LANG_NL, sub, pdf, sizeof pdf);
    snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s' - | tr '\\n' ' '",
             pdf);
    ck_assert_int_eq(tu_run(cmd, text, sizeof text), 0);
    ck_assert_msg((strstr(text, "van de 14 interventies") != NULL) == (f == 0),
                  "%s: chart text \"%.300s\"", fixtures[f], text);
    free(L);
    json_decref(doc);
  }
}
END_TEST

/* The actor chart: each net value's label right beside its diamond, the
 * key shows a transfer only when there is one, and no text overlaps. */
static void check_actors(const char *fixture, mkba_lang lang) {
  static phrase ph[MAX_PHRASES];
  json_t *doc = tu_fixture(fixture);
  char pdf[4400], sub[128];
  snprintf(sub, sizeof sub, "chart-actors-%s", fixture);
  chart_pdf(doc, "actors", lang, sub, pdf, sizeof pdf);
  int n = chart_phrases(pdf, ph, MAX_PHRASES);
  no_overlaps(ph, n, fixture);
  double a, b;
  money_scale(ph, n, lang, &a, &b);
  const json_t *actors = json_object_get(doc, "actors");
  for (size_t i = 0; i < json_array_size(actors); i++) {
    double net = tu_num(json_array_get(actors, i), "npv");
    if (net == 0)
      continue; /* "€ 0" is also a tick */
    char v[64];
    mkba_fmt_money_short(v, sizeof v, net, lang);
    const phrase *p = find_phrase(ph, n, v);
    ck_assert_msg(p != NULL, "%s: no label %s", fixture, v);
    double xn = a + b * net;
    double dist = fmin(fabs(p->x0 - xn), fabs(p->x1 - xn));
    ck_assert_msg(dist < 14, "%s: label %s is %.0f points from its diamond",
                  fixture, v, dist);
  }
  const mkba_strings *s = mkba_i18n(lang);
  int transfers = json_array_size(json_object_get(doc, "transfers")) > 0;
  ck_assert_msg((find_phrase(ph, n, s->key_transfer) != NULL) == transfers,
                "%s: the key %s a transfer", fixture,
                transfers ? "lacks" : "shows");
  json_decref(doc);
}

START_TEST(test_actor_labels_beside_markers) {
  check_actors("single-nl", MKBA_LANG_NL);
  check_actors("package-en", MKBA_LANG_EN);
  check_actors("variants-nl", MKBA_LANG_NL);
  /* without transfers the key has none */
  json_t *doc = tu_fixture("single-nl");
  json_object_set_new(doc, "transfers", json_array());
  char pdf[4400];
  static phrase ph[MAX_PHRASES];
  chart_pdf(doc, "actors", MKBA_LANG_NL, "chart-actors-no-transfer", pdf,
            sizeof pdf);
  int n = chart_phrases(pdf, ph, MAX_PHRASES);
  ck_assert_ptr_null(find_phrase(ph, n, mkba_i18n(MKBA_LANG_NL)->key_transfer));
  json_decref(doc);
}
END_TEST

/* The variants chart: no amount sits on the dashed base-case line, and the
 * key names only the colours the bars have. */
START_TEST(test_variants_labels_clear_of_base_line) {
  static phrase ph[MAX_PHRASES];
  json_t *doc = tu_fixture("variants-nl");
  char pdf[4400];
  chart_pdf(doc, "variants", MKBA_LANG_NL, "chart-variants", pdf, sizeof pdf);
  int n = chart_phrases(pdf, ph, MAX_PHRASES);
  no_overlaps(ph, n, "variants chart");
  double a, b;
  money_scale(ph, n, MKBA_LANG_NL, &a, &b);
  double xb = a + b * tu_num(doc, "summary/npv");
  double ylo = tick_row(ph, n, MKBA_LANG_NL);
  for (int j = 0; j < n; j++)
    if (ph[j].y1 < ylo - 1 && ph[j].y0 > 40)
      ck_assert_msg(!(ph[j].x0 < xb - 0.5 && ph[j].x1 > xb + 0.5),
                    "\"%s\" crosses the base-case line", ph[j].text);
  /* every case's net value is negative here: no key for a positive one */
  ck_assert_ptr_null(find_phrase(ph, n, mkba_i18n(MKBA_LANG_NL)->key_positive));
  json_decref(doc);
}
END_TEST

/* The report's text, page by page: pages[i] points at page i + 1 inside
 * the static text (form feeds replaced by NULs). Returns the page count. */
static int report_pages(json_t *doc, const char *sub, const char *lang,
                        char **pages, int max) {
  static char text[1 << 21];
  char dir[4096], err[512], cmd[4600];
  tu_outdir(sub, dir, sizeof dir);
  int rc = mkba_report_render(doc, dir, MKBA_REPORT_PDF, lang, err, sizeof err);
  ck_assert_msg(rc == 0, "render %s: %s", sub, err);
  snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s/report.pdf' -", dir);
  ck_assert_int_eq(tu_run(cmd, text, sizeof text), 0);
  int n = 0;
  char *p = text;
  while (n < max && *p != '\0') {
    pages[n++] = p;
    char *ff = strchr(p, '\f');
    if (ff == NULL)
      break;
    *ff = '\0';
    p = ff + 1;
  }
  return n;
}

/* The first page (from 0) of n whose text has needle, or -1. */
static int page_with(char **pages, int n, const char *needle) {
  for (int i = 0; i < n; i++)
    if (strstr(pages[i], needle) != NULL)
      return i;
  return -1;
}

/* Switching values: only the parameters that have one get a row; the
 * others are counted in one sentence; in the 14-intervention Utrecht
 * report (119 values) the section takes at most 4 pages, and in the
 * demo-sized report part of one. */
START_TEST(test_switching_values_compact) {
  static char *pages[200];
  json_t *doc = tu_fixture("utrecht-nl");
  const mkba_strings *s = mkba_i18n(MKBA_LANG_NL);
  const json_t *sw = json_object_get(doc, "switching");
  size_t none = 0;
  for (size_t i = 0; i < json_array_size(sw); i++)
    none += !json_is_number(json_object_get(json_array_get(sw, i), "value"));
  ck_assert_uint_gt(none, 0);
  int n = report_pages(doc, "switching-utrecht", "nl", pages, 200);
  char intro[64], rest[600], count[32];
  snprintf(intro, sizeof intro, "%.40s", s->switching_intro_alt);
  snprintf(count, sizeof count, "%zu", none);
  mkba_tpl(rest, sizeof rest, s->switching_rest, count, NULL, NULL, NULL);
  rest[40] = '\0';
  int first = page_with(pages, n, intro);
  int last = page_with(pages, n, rest);
  ck_assert_msg(first >= 0 && last >= first, "no switching section (%d to %d)",
                first, last);
  ck_assert_msg(last - first + 1 <= 4, "switching values take %d pages",
                last - first + 1);
  for (int i = 0; i < n; i++)
    ck_assert_msg(strstr(pages[i], s->switch_none) == NULL,
                  "page %d has a row \"%s\"", i + 1, s->switch_none);
  json_decref(doc);

  doc = tu_fixture("single-nl");
  n = report_pages(doc, "switching-single", "nl", pages, 200);
  snprintf(intro, sizeof intro, "%.40s", s->switching_intro);
  first = page_with(pages, n, intro);
  ck_assert_int_ge(first, 0);
  for (int i = 0; i < n; i++)
    ck_assert_ptr_null(strstr(pages[i], s->switch_none));
  json_decref(doc);
}
END_TEST

/* Correlations: when the results carry the scenario's rank correlations,
 * the uncertainty section names the parameters and the correlation, in
 * either language; without them it says nothing of them. */
START_TEST(test_correlations_reported) {
  static char *pages[200];
  const char *langs[] = {"nl", "en"};
  for (int l = 0; l < 2; l++) {
    char fx[32], sub[64];
    snprintf(fx, sizeof fx, "variants-%s", langs[l]);
    json_t *doc = tu_fixture(fx);
    const mkba_strings *s = mkba_i18n(l == 0 ? MKBA_LANG_NL : MKBA_LANG_EN);
    snprintf(sub, sizeof sub, "corr-none-%s", langs[l]);
    int n = report_pages(doc, sub, langs[l], pages, 200);
    ck_assert_int_lt(page_with(pages, n, s->corr_heading), 0);
    json_t *c = json_pack("[{s:[s,s], s:[s,s], s:f, s:f, s:i}]", "parameters",
                          "0:effect_housing", "1:effect", "labels",
                          "Effect woning X", "Effect schulden Y", "rank", 0.6,
                          "achieved_rank", 0.612, "draws_measured", 2000);
    json_object_set_new(json_object_get(doc, "uncertainty"), "correlations", c);
    snprintf(sub, sizeof sub, "corr-%s", langs[l]);
    n = report_pages(doc, sub, langs[l], pages, 200);
    int h = -1;
    for (int i = 0; i < n && h < 0; i++) {
      /* the heading, not the table of contents' line */
      const char *at = strstr(pages[i], s->corr_heading);
      if (at != NULL && strstr(pages[i], "Effect woning X") != NULL)
        h = i;
    }
    ck_assert_msg(h >= 0, "%s: no correlations section", langs[l]);
    const char *page =
        pages[h >= 0 ? h : 0]; /* h >= 0 here: the assert ends the test */
    ck_assert_ptr_nonnull(strstr(page, "Effect schulden Y"));
    ck_assert_ptr_nonnull(strstr(page, l == 0 ? "0,60" : "0.60"));
    ck_assert_ptr_nonnull(strstr(page, l == 0 ? "0,61" : "0.61"));
    ck_assert_ptr_nonnull(strstr(page, "P5"));
    json_decref(doc);
  }
  /* alternatives have no uncertainty chapter: the correlations stand with
   * the chances of the comparison */
  json_t *doc = tu_fixture("alternatives-nl");
  json_object_set_new(json_object_get(doc, "uncertainty"), "correlations",
                      json_pack("[{s:[s,s], s:[s,s], s:f, s:f, s:i}]",
                                "parameters", "0:effect_housing", "2:effect",
                                "labels", "Effect woning X", "Effect Skaeve Y",
                                "rank", -0.3, "achieved_rank", -0.31,
                                "draws_measured", 2000));
  int n = report_pages(doc, "corr-alternatives", "nl", pages, 200);
  const mkba_strings *s = mkba_i18n(MKBA_LANG_NL);
  int h = -1;
  for (int i = 0; i < n && h < 0; i++)
    if (strstr(pages[i], s->corr_heading) != NULL &&
        strstr(pages[i], "Effect Skaeve Y") != NULL)
      h = i;
  ck_assert_msg(h >= 0, "alternatives: no correlations");
  ck_assert_ptr_nonnull(strstr(pages[h >= 0 ? h : 0], "\xe2\x88\x92"
                                                      "0,30"));
  json_decref(doc);
}
END_TEST

/* Which charts a document gets: uncertainty and sensitivity charts only
 * with those results, the comparison only for a package, the variants only
 * with variants or optimism bias. */
START_TEST(test_chart_set_follows_document) {
  const char *names[16];
  json_t *single = tu_fixture("single-nl");
  size_t n = mkba_report_chart_names(single, names, 16);
  ck_assert_uint_eq(n, 6);
  ck_assert_str_eq(names[0], "actors");
  ck_assert_str_eq(names[5], "tornado");
  json_decref(single);
  json_t *package = tu_fixture("package-nl");
  n = mkba_report_chart_names(package, names, 16);
  ck_assert_uint_eq(n, 3);
  ck_assert_str_eq(names[2], "interventions");
  json_decref(package);
  /* variants: their chart after the tornado and where research pays (the
   * EVPPI, whose section follows the tornado's), before the comparison */
  json_t *variants = tu_fixture("variants-nl");
  n = mkba_report_chart_names(variants, names, 16);
  ck_assert_uint_eq(n, 9);
  ck_assert_str_eq(names[5], "tornado");
  ck_assert_str_eq(names[6], "evppi");
  ck_assert_str_eq(names[7], "variants");
  ck_assert_str_eq(names[8], "interventions");
  json_decref(variants);
  /* alternatives are never summed: no chart of their totals, only the
   * tornado (each row from its own alternative) and the comparison */
  json_t *alternatives = tu_fixture("alternatives-nl");
  n = mkba_report_chart_names(alternatives, names, 16);
  ck_assert_uint_eq(n, 3);
  ck_assert_str_eq(names[0], "tornado");
  ck_assert_str_eq(names[1], "evppi");
  ck_assert_str_eq(names[2], "interventions");
  json_decref(alternatives);
}
END_TEST

/* PNGs are at least 1200 px wide; each chart also has an SVG. */
START_TEST(test_png_width_and_svg) {
  const char *dir = rendered("single-nl");
  const char *names[16];
  json_t *doc = tu_fixture("single-nl");
  size_t n = mkba_report_chart_names(doc, names, 16);
  json_decref(doc);
  for (size_t i = 0; i < n; i++) {
    char path[4400];
    snprintf(path, sizeof path, "%s/chart-%s.png", dir, names[i]);
    cairo_surface_t *s = cairo_image_surface_create_from_png(path);
    ck_assert_msg(cairo_surface_status(s) == CAIRO_STATUS_SUCCESS,
                  "cannot read '%s'", path);
    ck_assert_int_ge(cairo_image_surface_get_width(s), 1200);
    cairo_surface_destroy(s);
    snprintf(path, sizeof path, "%s/chart-%s.svg", dir, names[i]);
    size_t size;
    unsigned char *svg = tu_read(path, &size);
    ck_assert_msg(svg != NULL, "no '%s'", path);
    ck_assert_ptr_nonnull(strstr((char *)svg, "<svg"));
    ck_assert_ptr_nonnull(strstr((char *)svg, "</svg>"));
    free(svg);
  }
}
END_TEST

/* The comparison itself: an altered image fails and leaves a diff image. */
START_TEST(test_diff_image_on_mismatch) {
  char dir[4096], a[4400], b[4400], d[4400], msg[512];
  tu_outdir("diff-selftest", dir, sizeof dir);
  snprintf(a, sizeof a, "%s/a.png", dir);
  snprintf(b, sizeof b, "%s/b.png", dir);
  snprintf(d, sizeof d, "%s/a-diff.png", dir);
  cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 200, 100);
  cairo_t *cr = cairo_create(s);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_surface_write_to_png(s, b);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_rectangle(cr, 10, 10, 40, 40);
  cairo_fill(cr);
  cairo_surface_write_to_png(s, a);
  cairo_destroy(cr);
  cairo_surface_destroy(s);
  ck_assert_int_eq(
      image_compare(b, b, d, CHANNEL_TOL, MAX_FRACTION, msg, sizeof msg), 0);
  ck_assert_int_eq(
      image_compare(a, b, d, CHANNEL_TOL, MAX_FRACTION, msg, sizeof msg), 1);
  size_t size;
  unsigned char *png = tu_read(d, &size);
  ck_assert_msg(png != NULL, "no diff image '%s'", d);
  free(png);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("report_charts");
  TCase *tc = tcase_create("charts");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_chart_actors);
  tcase_add_test(tc, test_chart_years);
  tcase_add_test(tc, test_chart_histogram);
  tcase_add_test(tc, test_chart_scurve);
  tcase_add_test(tc, test_chart_actor_risk);
  tcase_add_test(tc, test_chart_tornado);
  tcase_add_test(tc, test_chart_interventions_en);
  tcase_add_test(tc, test_chart_actors_en);
  tcase_add_test(tc, test_chart_years_en);
  tcase_add_test(tc, test_chart_variants);
  tcase_add_test(tc, test_chart_evppi);
  tcase_add_test(tc, test_chart_set_follows_document);
  tcase_add_test(tc, test_png_width_and_svg);
  tcase_add_test(tc, test_diff_image_on_mismatch);
  tcase_add_test(tc, test_comparison_shows_every_intervention);
  tcase_add_test(tc, test_tornado_units_and_labels);
  tcase_add_test(tc, test_comparison_values_clear_of_bars);
  tcase_add_test(tc, test_tornado_labels_whole);
  tcase_add_test(tc, test_tornado_values_beside_bars);
  tcase_add_test(tc, test_tornado_ticks_labelled);
  tcase_add_test(tc, test_tornado_says_interventions_shown);
  tcase_add_test(tc, test_actor_labels_beside_markers);
  tcase_add_test(tc, test_variants_labels_clear_of_base_line);
  tcase_add_test(tc, test_switching_values_compact);
  tcase_add_test(tc, test_correlations_reported);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run_suite(suite()); }
