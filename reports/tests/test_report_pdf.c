/*
 * test_report_pdf.c: the A4 report as a reader gets it. Rendered for the
 * fixtures, rasterised with pdftoppm and read back with pdftotext
 * (poppler-utils): every chapter present, page numbers, numbers in the
 * language's format, the same bytes for the same input, and errors that
 * say what is wrong.
 */
#include <cairo.h>
#include <check.h>
#include <ctype.h>
#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "i18n.h"
#include "mkba_report.h"
#include "test_util.h"

#define SDE "1790000000"     /* 21 September 2026, 14:13:20 UTC */
#define MINUS "\xe2\x88\x92" /* U+2212, before negative amounts */
#define EURO "\xe2\x82\xac"

static char text[1 << 20];

/* Render fixture doc as PDF into out/<sub>/; the path of report.pdf goes
 * into pdf. */
static void render_doc(json_t *doc, const char *sub, const char *lang,
                       char *pdf, size_t len) {
  char dir[4096], err[512];
  tu_outdir(sub, dir, sizeof dir);
  setenv("SOURCE_DATE_EPOCH", SDE, 1);
  int rc = mkba_report_render(doc, dir, MKBA_REPORT_PDF, lang, err, sizeof err);
  ck_assert_msg(rc == 0, "render %s: %s", sub, err);
  snprintf(pdf, len, "%s/report.pdf", dir);
}

static void render(const char *fixture, const char *sub, const char *lang,
                   char *pdf, size_t len) {
  json_t *doc = tu_fixture(fixture);
  render_doc(doc, sub, lang, pdf, len);
  json_decref(doc);
}

/* Cut the table of contents' page out of t (pages end in a form feed): it
 * repeats every chapter title, and the tests below find a chapter by its
 * title's first occurrence. test_report_nav.c checks the contents page. */
static void drop_contents(char *t) {
  for (char *page = t; *page != '\0';) {
    char *end = strchr(page, '\f');
    end = end ? end + 1 : page + strlen(page);
    int contents = 0;
    for (char *l = page; l < end && !contents;) {
      size_t n = strcspn(l, "\n\f");
      contents = (n == 6 && strncmp(l, "Inhoud", 6) == 0) ||
                 (n == 8 && strncmp(l, "Contents", 8) == 0);
      l += n + 1;
    }
    if (contents) {
      memmove(page, end, strlen(end) + 1);
      return;
    }
    page = end;
  }
}

/* The PDF's text, every page, via pdftotext, into the static buffer. */
static char *pdf_text_all(const char *pdf) {
  char cmd[4400];
  snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s' -", pdf);
  int st = tu_run(cmd, text, sizeof text);
  ck_assert_msg(st == 0,
                "pdftotext failed on '%s' (is poppler-utils "
                "installed?)",
                pdf);
  return text;
}

/* The PDF's text without the contents page, into the static buffer. */
static const char *pdf_text(const char *pdf) {
  char *t = pdf_text_all(pdf);
  drop_contents(t);
  return t;
}

static int page_count(const char *pdf) {
  char cmd[4400], out[4096];
  snprintf(cmd, sizeof cmd, "pdfinfo '%s'", pdf);
  ck_assert_int_eq(tu_run(cmd, out, sizeof out), 0);
  const char *p = strstr(out, "Pages:");
  ck_assert_ptr_nonnull(p);
  return atoi(p + 6);
}

/* Whether the n bytes at p contain the string s. */
static int contains(const unsigned char *p, size_t n, const char *s) {
  size_t k = strlen(s);
  for (size_t i = 0; i + k <= n; i++)
    if (memcmp(p + i, s, k) == 0)
      return 1;
  return 0;
}

static void has(const char *t, const char *needle) {
  ck_assert_msg(strstr(t, needle) != NULL, "report text lacks \"%s\"", needle);
}

/*
 * The figures below come from the fixture itself (written by the engine,
 * see scripts/figures), formatted as the report must show them: the tests
 * check that the report shows the document's numbers in the language's
 * formats, whatever the engine's numbers are today.
 */
static const char *fx_int(const json_t *doc, const char *path, mkba_lang lang,
                          char *buf, size_t len) {
  return mkba_fmt_int(buf, len, tu_num(doc, path), lang);
}

/* Money in the short form as pdftotext reads it: the no-break space after
 * the euro sign comes back as a plain space. */
static const char *fx_short(double x, mkba_lang lang, char *buf, size_t len) {
  char raw[128];
  mkba_fmt_money_short(raw, sizeof raw, x, lang);
  size_t o = 0;
  for (const char *p = raw; *p != '\0' && o + 1 < len;) {
    if ((unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0) {
      buf[o++] = ' ';
      p += 2;
    } else {
      buf[o++] = *p++;
    }
  }
  buf[o] = '\0';
  return buf;
}

/* A change against the base case as the variants table writes it: +1.234 or
 * with a minus sign. */
static const char *fx_change(double x, mkba_lang lang, char *buf, size_t len) {
  char num[64];
  mkba_fmt_int(num, sizeof num, x, lang);
  snprintf(buf, len, "%s%s", x >= 0.5 ? "+" : "", num);
  return buf;
}

START_TEST(test_pdf_same_bytes_for_same_input) {
  char a[4400], b[4400];
  render("single-nl", "pdf-repro-a", "nl", a, sizeof a);
  render("single-nl", "pdf-repro-b", "nl", b, sizeof b);
  size_t na, nb;
  unsigned char *pa = tu_read(a, &na), *pb = tu_read(b, &nb);
  ck_assert_ptr_nonnull(pa);
  ck_assert_ptr_nonnull(pb);
  ck_assert_uint_eq(na, nb);
  ck_assert_msg(memcmp(pa, pb, na) == 0, "'%s' and '%s' differ", a, b);
  /* the metadata date is SOURCE_DATE_EPOCH, in UTC */
  /* (cairo 1.16 writes the date without its "D:" prefix) */
  ck_assert_msg(contains(pa, na, "20260921141320"),
                "no creation date from SOURCE_DATE_EPOCH in '%s'", a);
  free(pa);
  free(pb);
}
END_TEST

START_TEST(test_pdf_text_dutch) {
  char pdf[4400];
  render("single-nl", "pdf-single-nl", "nl", pdf, sizeof pdf);
  int pages = page_count(pdf);
  ck_assert_int_ge(pages, 7);
  const char *t = pdf_text(pdf);
  /* every chapter */
  has(t, "Samenvatting");
  has(t, "Overzicht kosten en baten");
  has(t, "PM-posten");
  has(t, "Wie betaalt, wie baat");
  has(t, "Kosten en baten over de tijd");
  has(t, "Onzekerheid");
  has(t, "Tornadodiagram");
  has(t, "Omslagwaarden");
  has(t, "Aannames en bronnen");
  has(t, "Herkomst en reproduceerbaarheid");
  /* key figures in Dutch number formats */
  json_t *doc = tu_fixture("single-nl");
  char buf[128];
  has(t, fx_int(doc, "summary/npv", MKBA_LANG_NL, buf,
                sizeof buf)); /* NPV in full */
  /* NPV short (an NBSP reads as a space) */
  has(t, fx_short(tu_num(doc, "summary/npv"), MKBA_LANG_NL, buf, sizeof buf));
  has(t, mkba_fmt_fixed(buf, sizeof buf, tu_num(doc, "summary/bcr"), 2,
                        MKBA_LANG_NL));
  has(t, "Terugverdiend in");
  has(t, mkba_fmt_percent(buf, sizeof buf,
                          tu_num(doc, "uncertainty/p_npv_positive"), 1,
                          MKBA_LANG_NL));
  has(t, "Zorgverzekeraar");
  has(t, "Woningcorporatie");
  has(t, "Gemeente \xe2\x86\x92 Deelnemer"); /* a transfer */
  has(t, "+PM");                             /* a PM item's direction */
  has(t, "van Gils");                        /* a source */
  has(t, "welzijn (QALY");                   /* budget effects and well-being */
  has(t, "rendement in het eerste jaar");
  has(t, "Saldo bij andere discontovoeten"); /* the discounting regimes */
  has(t, "Werkgroep Discontovoet 2015");
  /* a plugin digest */
  snprintf(buf, sizeof buf, "%.16s",
           json_string_value(tu_get(doc, "provenance/plugins/0/sha256")));
  has(t, buf);
  json_decref(doc);
  /* a title, a date and a page number on every page, the contents too */
  t = pdf_text_all(pdf);
  char want[64];
  for (int p = 1; p <= pages; p++) {
    snprintf(want, sizeof want, "Pagina %d van %d", p, pages);
    has(t, want);
  }
  ck_assert_int_ge(tu_count(t, "21 september 2026"), pages);
  ck_assert_int_ge(tu_count(t, "Housing First Utrecht 2025-2034"), pages);
  /* no variants, no optimism bias: no such section */
  ck_assert_ptr_null(strstr(t, "Varianten en optimism bias"));
}
END_TEST

START_TEST(test_pdf_text_english) {
  char pdf[4400];
  render("single-en", "pdf-single-en", "en", pdf, sizeof pdf);
  int pages = page_count(pdf);
  const char *t = pdf_text(pdf);
  has(t, "Summary");
  has(t, "Overview of costs and benefits");
  has(t, "Who pays, who gains");
  has(t, "Assumptions and sources");
  json_t *doc = tu_fixture("single-en");
  char buf[128];
  has(t, fx_int(doc, "summary/npv", MKBA_LANG_EN, buf, sizeof buf));
  has(t, fx_short(tu_num(doc, "summary/npv"), MKBA_LANG_EN, buf, sizeof buf));
  has(t, mkba_fmt_percent(buf, sizeof buf,
                          tu_num(doc, "uncertainty/p_npv_positive"), 1,
                          MKBA_LANG_EN));
  has(t, "Health insurer");
  has(t, "well-being (QALYs");
  has(t, "Net value at other discount rates");
  json_decref(doc);
  char want[64];
  snprintf(want, sizeof want, "Page %d of %d", pages, pages);
  has(t, want);
  ck_assert_ptr_null(strstr(t, "Pagina"));
}
END_TEST

START_TEST(test_pdf_package_compares_interventions) {
  char pdf[4400];
  render("package-nl", "pdf-package-nl", "nl", pdf, sizeof pdf);
  const char *t = pdf_text(pdf);
  has(t, "Interventies vergeleken");
  has(t, "Pakket (samen)");
  has(t, "Vroegsignalering schulden");
  has(t, "geen Monte Carlo-analyse");  /* uncertainty: null */
  has(t, "geen gevoeligheidsanalyse"); /* sensitivity: [] */
  ck_assert_ptr_null(strstr(t, "Verdeling van het saldo"));
}
END_TEST

/* A variant's overrides as the report writes them under its name: each
 * parameter's label from the fixture doc, " = ", the value (values: the
 * texts of the two overrides of 0:effect_housing and 1:effect), into buf. */
static const char *overrides(const json_t *doc, const char *v0, const char *v1,
                             char *buf, size_t len) {
  const char *ids[] = {"0:effect_housing", "1:effect"}, *label[2] = {0};
  const json_t *ps = json_object_get(doc, "parameters");
  for (size_t i = 0; i < json_array_size(ps); i++) {
    const json_t *p = json_array_get(ps, i);
    const char *id = json_string_value(json_object_get(p, "parameter"));
    for (int k = 0; k < 2; k++)
      if (id != NULL && strcmp(id, ids[k]) == 0)
        label[k] = json_string_value(json_object_get(p, "label"));
  }
  ck_assert_msg(label[0] != NULL && label[1] != NULL,
                "the fixture lacks the overridden parameters");
  snprintf(buf, len, "%s = %s; %s = %s", label[0], v0, label[1], v1);
  return buf;
}

/* The part of t from the first occurrence of from to the first occurrence
 * of to after it (both must be there), copied into buf with line breaks as
 * spaces, so a sentence is found wherever the paragraph wraps. */
static const char *between(const char *t, const char *from, const char *to,
                           char *buf, size_t len) {
  const char *a = strstr(t, from);
  ck_assert_msg(a != NULL, "report text lacks \"%s\"", from);
  const char *b = strstr(a, to);
  ck_assert_msg(b != NULL, "report text lacks \"%s\" after \"%s\"", to, from);
  size_t n = (size_t)(b - a) < len - 1 ? (size_t)(b - a) : len - 1;
  memcpy(buf, a, n);
  buf[n] = '\0';
  for (char *p = buf; *p != '\0'; p++)
    if (*p == '\n')
      *p = ' ';
  return buf;
}

/* A package with Monte Carlo, two variants and optimism bias, as the engine
 * wrote it (reports/tests/fixtures/scenarios/variants-nl.json). */
START_TEST(test_pdf_variants_dutch) {
  static char sec[1 << 16];
  char pdf[4400];
  render("variants-nl", "pdf-variants-nl", "nl", pdf, sizeof pdf);
  const char *t = pdf_text(pdf);
  /* the section comes after the sensitivity analysis and before the
   * comparison of the interventions */
  const char *sw = strstr(t, "Omslagwaarden");
  const char *v = strstr(t, "Varianten en optimism bias");
  const char *iv = strstr(t, "Interventies vergeleken");
  ck_assert_msg(sw != NULL && v != NULL && iv != NULL && sw < v && v < iv,
                "no variants section between the switching values and the "
                "interventions");
  between(t, "Varianten en optimism bias", "Interventies vergeleken", sec,
          sizeof sec);
  has(sec, "Saldo per variant"); /* the chart */
  has(sec, "Green Book");        /* what optimism bias is */
  has(sec, "kosten met 20% verhoogd en de baten met 10% verlaagd");
  has(sec, "Basis met optimism bias");
  has(sec, "Pessimistisch, met optimism bias");
  has(sec, "Optimistisch");
  /* base case, base case with optimism bias, pessimistic, optimistic:
   * present values, net value, B/C, change from base */
  json_t *doc = tu_fixture("variants-nl");
  char buf[128];
  double base = tu_num(doc, "summary/npv");
  const char *cases[] = {"summary", "optimism_bias/summary",
                         "variants/0/summary", "variants/1/summary"};
  for (int c = 0; c < 4; c++) {
    char path[128];
    const char *keys[] = {"pv_costs", "pv_benefits", "npv"};
    for (int k = 0; k < 3; k++) {
      snprintf(path, sizeof path, "%s/%s", cases[c], keys[k]);
      has(sec, fx_int(doc, path, MKBA_LANG_NL, buf, sizeof buf));
    }
    snprintf(path, sizeof path, "%s/bcr", cases[c]);
    has(sec,
        mkba_fmt_fixed(buf, sizeof buf, tu_num(doc, path), 2, MKBA_LANG_NL));
    snprintf(path, sizeof path, "%s/npv", cases[c]);
    if (c > 0)
      has(sec,
          fx_change(tu_num(doc, path) - base, MKBA_LANG_NL, buf, sizeof buf));
  }
  /* what each variant changes */
  char what[600];
  has(sec, overrides(doc, "0,3", "0,15", what, sizeof what));
  has(sec, overrides(doc, "0,8", "0,45", what, sizeof what));
  has(sec, "kosten +20%, baten " MINUS "10%");
  has(sec, "Gewijzigde parameters per variant");
  has(sec, "1:effect \xc2\xb7 Vroegsignalering, 500 signalen");
  /* the comparison: chances per intervention and the EVPI in words */
  between(t, "Interventies vergeleken", "Aannames en bronnen", sec, sizeof sec);
  /* P(NPV > 0) of Wonen Eerst, P(best) of the huisuitzettingen */
  has(sec, mkba_fmt_percent(
               buf, sizeof buf,
               tu_num(doc, "uncertainty/interventions/0/p_npv_positive"), 1,
               MKBA_LANG_NL));
  has(sec, mkba_fmt_percent(buf, sizeof buf,
                            tu_num(doc, "uncertainty/interventions/2/p_best"),
                            1, MKBA_LANG_NL));
  has(sec, "Kans beste: het deel van de trekkingen");
  char evpi[64], line[200];
  fx_short(tu_num(doc, "uncertainty/evpi"), MKBA_LANG_NL, evpi, sizeof evpi);
  snprintf(line, sizeof line,
           "Verwachte waarde van perfecte informatie (EVPI): %s.", evpi);
  has(sec, line);
  has(sec, "hooguit dit bedrag waard");
  json_decref(doc);
}
END_TEST

START_TEST(test_pdf_variants_english) {
  static char sec[1 << 16];
  char pdf[4400];
  render("variants-en", "pdf-variants-en", "en", pdf, sizeof pdf);
  const char *t = pdf_text(pdf);
  between(t, "Variants and optimism bias", "Interventions compared", sec,
          sizeof sec);
  has(sec, "Net present value by variant");
  has(sec, "Green Book");
  has(sec, "costs are raised by 20% and benefits lowered by 10%");
  has(sec, "Base case with optimism bias");
  has(sec, "Pessimistic, with optimism bias");
  json_t *doc = tu_fixture("variants-en");
  char buf[128];
  double base = tu_num(doc, "summary/npv");
  has(sec, fx_int(doc, "summary/npv", MKBA_LANG_EN, buf, sizeof buf));
  has(sec,
      fx_int(doc, "optimism_bias/summary/npv", MKBA_LANG_EN, buf, sizeof buf));
  has(sec,
      mkba_fmt_fixed(buf, sizeof buf, tu_num(doc, "optimism_bias/summary/bcr"),
                     2, MKBA_LANG_EN));
  has(sec,
      fx_int(doc, "variants/0/summary/npv", MKBA_LANG_EN, buf, sizeof buf));
  has(sec,
      mkba_fmt_fixed(buf, sizeof buf, tu_num(doc, "variants/0/summary/bcr"), 2,
                     MKBA_LANG_EN));
  has(sec, fx_change(tu_num(doc, "variants/1/summary/npv") - base, MKBA_LANG_EN,
                     buf, sizeof buf));
  char what[600];
  has(sec, overrides(doc, "0.3", "0.15", what, sizeof what));
  has(sec, "costs +20%, benefits " MINUS "10%");
  has(sec, "Parameters changed by each variant");
  between(t, "Interventions compared", "Assumptions and sources", sec,
          sizeof sec);
  has(sec, "P(best)");
  has(sec, mkba_fmt_percent(
               buf, sizeof buf,
               tu_num(doc, "uncertainty/interventions/0/p_npv_positive"), 1,
               MKBA_LANG_EN));
  char evpi[64], line[200];
  fx_short(tu_num(doc, "uncertainty/evpi"), MKBA_LANG_EN, evpi, sizeof evpi);
  snprintf(line, sizeof line,
           "Expected value of perfect information (EVPI): %s.", evpi);
  has(sec, line);
  has(sec, "worth at most this amount");
  ck_assert_ptr_null(strstr(t, "Varianten"));
  json_decref(doc);
}

/* Alternatives: page 1 ranks them, and the report never shows their sum. */
START_TEST(test_pdf_alternatives) {
  char pdf[4400], buf[128];
  render("alternatives-nl", "pdf-alternatives-nl", "nl", pdf, sizeof pdf);
  const char *t = pdf_text(pdf);
  json_t *doc = tu_fixture("alternatives-nl");
  const char *rank = strstr(t, "Rangorde van de alternatieven");
  ck_assert_msg(rank != NULL, "no ranking");
  ck_assert_msg(strstr(t, "Pagina 2") == NULL ||
                    rank < strstr(t, "Pagina 1 van"),
                "the ranking is not on page 1");
  has(t, "hun som is geen uitkomst");
  has(t, "het meest op"); /* which alternative is best */
  has(t, fx_int(doc, "ranking/0/npv", MKBA_LANG_NL, buf, sizeof buf));
  /* nowhere the sum of the alternatives, nor the package's chapters */
  ck_assert_ptr_null(
      strstr(t, fx_int(doc, "summary/npv", MKBA_LANG_NL, buf, sizeof buf)));
  ck_assert_ptr_null(strstr(t, "Pakket (samen)"));
  ck_assert_ptr_null(strstr(t, "Overzicht kosten en baten"));
  has(t, "Interventies vergeleken");
  json_decref(doc);
}
END_TEST

/* The warnings of the results appear in the report, in its language. */
START_TEST(test_pdf_warnings) {
  char pdf[4400];
  json_t *doc = tu_fixture("package-nl");
  json_t *w = json_object_get(doc, "warnings");
  ck_assert_msg(json_array_size(w) > 0,
                "the package fixture should warn of overlap");
  render_doc(doc, "pdf-warnings", "nl", pdf, sizeof pdf);
  const char *t = pdf_text(pdf);
  has(t, "Let op");
  has(t, "dubbel tellen");
  json_decref(doc);
}
END_TEST

/* Each part on its own: optimism bias without variants, variants without
 * it, and a document without either has no such section. */
START_TEST(test_pdf_variants_parts) {
  char pdf[4400];
  json_t *doc = tu_fixture("variants-nl");
  json_object_del(doc, "variants");
  render_doc(doc, "pdf-variants-ob", "nl", pdf, sizeof pdf);
  const char *t = pdf_text(pdf);
  has(t, "Varianten en optimism bias");
  has(t, "Basis met optimism bias");
  ck_assert_ptr_null(strstr(t, "Gewijzigde parameters"));
  ck_assert_ptr_null(strstr(t, "Een variant met optimism bias"));
  json_decref(doc);

  doc = tu_fixture("variants-nl");
  json_object_del(doc, "optimism_bias");
  json_object_del(json_array_get(json_object_get(doc, "variants"), 0),
                  "optimism_bias");
  render_doc(doc, "pdf-variants-only", "nl", pdf, sizeof pdf);
  t = pdf_text(pdf);
  has(t, "Varianten en optimism bias");
  has(t, "Pessimistisch");
  has(t, "Gewijzigde parameters per variant");
  ck_assert_ptr_null(strstr(t, "Basis met optimism bias"));
  ck_assert_ptr_null(strstr(t, "Green Book"));
  /* the scenario's setting echoed without results is no adjusted case */
  json_object_del(doc, "variants");
  json_object_set_new(doc, "optimism_bias",
                      json_pack("{s:f, s:f}", "costs", 0.2, "benefits", 0.1));
  render_doc(doc, "pdf-variants-none", "nl", pdf, sizeof pdf);
  ck_assert_ptr_null(strstr(pdf_text(pdf), "Varianten en optimism bias"));
  json_decref(doc);
}
END_TEST

/* pdftoppm renders every page; none is blank. */
START_TEST(test_pdf_rasterises) {
  char pdf[4400], dir[4096], cmd[9000], out[256];
  render("package-en", "pdf-raster", "en", pdf, sizeof pdf);
  int pages = page_count(pdf);
  tu_outdir("pdf-raster-png", dir, sizeof dir);
  snprintf(cmd, sizeof cmd, "pdftoppm -png -r 30 '%s' '%s/page'", pdf, dir);
  ck_assert_int_eq(tu_run(cmd, out, sizeof out), 0);
  /* pdftoppm pads the page number to the width of the page count */
  int digits = pages >= 100 ? 3 : pages >= 10 ? 2 : 1;
  for (int p = 1; p <= pages; p++) {
    char path[4400];
    snprintf(path, sizeof path, "%s/page-%0*d.png", dir, digits, p);
    cairo_surface_t *s = cairo_image_surface_create_from_png(path);
    ck_assert_msg(cairo_surface_status(s) == CAIRO_STATUS_SUCCESS,
                  "no page image '%s'", path);
    int w = cairo_image_surface_get_width(s);
    int h = cairo_image_surface_get_height(s);
    /* A4 at 30 dpi, give or take poppler's rounding */
    ck_assert_int_ge(w, 247);
    ck_assert_int_le(w, 249);
    ck_assert_int_ge(h, 350);
    ck_assert_int_le(h, 352);
    cairo_surface_flush(s);
    unsigned char *data = cairo_image_surface_get_data(s);
    int stride = cairo_image_surface_get_stride(s);
    long dark = 0;
    for (int y = 0; y < h; y++)
      for (int x = 0; x < w; x++) {
        unsigned char *px = data + y * stride + x * 4;
        if (px[0] < 128 && px[1] < 128 && px[2] < 128)
          dark++;
      }
    ck_assert_msg(dark > 200, "page %d looks blank", p);
    cairo_surface_destroy(s);
  }
}
END_TEST

/* The edges a real document can have: no costs (bcr null), no payback, no
 * IRR, no uncertainty, empty sensitivity, and very long labels. */
START_TEST(test_pdf_copes_with_gaps_and_long_labels) {
  json_t *doc = tu_fixture("single-nl");
  json_t *sum = json_object_get(doc, "summary");
  json_object_set_new(sum, "bcr", json_null());
  json_object_set_new(sum, "payback_year", json_null());
  json_object_set_new(sum, "irr", json_null());
  json_object_set_new(doc, "uncertainty", json_null());
  json_object_set_new(doc, "sensitivity", json_array());
  json_object_set_new(doc, "switching", json_array());
  char lng[1024];
  memset(lng, 0, sizeof lng);
  for (int i = 0; i < 60; i++)
    strcat(lng, "Zeerlangelabel ");
  json_t *cat = json_array_get(json_object_get(doc, "categories"), 0);
  json_object_set_new(cat, "label", json_string(lng));
  json_t *act = json_array_get(json_object_get(doc, "actors"), 0);
  json_object_set_new(act, "label", json_string(lng));
  json_t *par = json_array_get(json_object_get(doc, "parameters"), 1);
  json_object_set_new(par, "label", json_string(lng));
  json_object_set_new(par, "source", json_string(lng));
  char pdf[4400];
  render_doc(doc, "pdf-edges", "nl", pdf, sizeof pdf);
  /* the charts too */
  char dir[4096], err[512];
  tu_outdir("pdf-edges-charts", dir, sizeof dir);
  ck_assert_int_eq(mkba_report_render(doc, dir,
                                      MKBA_REPORT_PNG | MKBA_REPORT_SVG, "nl",
                                      err, sizeof err),
                   0);
  json_decref(doc);
  const char *t = pdf_text(pdf);
  has(t, "n.v.t. (geen kosten)");
  has(t, "niet binnen de looptijd");
  has(t, "geen onzekerheidsanalyse");
  has(t, "Zeerlangelabel");
}
END_TEST

/* A document with nothing but a summary still renders. */
START_TEST(test_pdf_minimal_document) {
  json_t *doc =
      json_pack("{s:s, s:{s:f, s:f, s:f, s:n, s:n, s:n}}", "schema",
                "mkba-results/1", "summary", "pv_costs", 0.0, "pv_benefits",
                0.0, "npv", 0.0, "bcr", "payback_year", "irr");
  ck_assert_ptr_nonnull(doc);
  char pdf[4400];
  render_doc(doc, "pdf-minimal", "en", pdf, sizeof pdf);
  json_decref(doc);
  has(pdf_text(pdf), "Summary");
}
END_TEST

START_TEST(test_errors_say_what_is_wrong) {
  char dir[4096], err[512];
  tu_outdir("pdf-errors", dir, sizeof dir);
  json_t *doc = tu_fixture("package-nl");
  unsetenv("SOURCE_DATE_EPOCH");
  ck_assert_int_eq(
      mkba_report_render(doc, dir, MKBA_REPORT_PDF, "de", err, sizeof err), 1);
  ck_assert_str_eq(err, "unknown language 'de' (use nl or en)");
  ck_assert_int_eq(mkba_report_render(doc, "/nonexistent/dir", MKBA_REPORT_PDF,
                                      "nl", err, sizeof err),
                   1);
  ck_assert_msg(
      strncmp(err, "cannot write '/nonexistent/dir/report.pdf'", 41) == 0,
      "got: %s", err);
  setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
  ck_assert_int_eq(
      mkba_report_render(doc, dir, MKBA_REPORT_PDF, "nl", err, sizeof err), 1);
  ck_assert_str_eq(err, "invalid SOURCE_DATE_EPOCH 'yesterday'");
  unsetenv("SOURCE_DATE_EPOCH");
  json_object_set_new(doc, "schema", json_string("mkba-results/2"));
  ck_assert_int_eq(
      mkba_report_render(doc, dir, MKBA_REPORT_PDF, "nl", err, sizeof err), 1);
  ck_assert_str_eq(err, "unsupported results schema 'mkba-results/2'");
  json_decref(doc);
  json_t *arr = json_array();
  ck_assert_int_eq(
      mkba_report_render(arr, dir, MKBA_REPORT_PDF, "nl", err, sizeof err), 1);
  ck_assert_str_eq(err, "results document is not a json object");
  json_decref(arr);
}
END_TEST

/* t with every run of white space (line breaks, the no-break space after
 * the euro sign) as one plain space, into buf (len bytes): a phrase is found
 * wherever pdftotext broke the line or split the cells. */
static const char *flat(const char *t, char *buf, size_t len) {
  size_t o = 0;
  int space = 0;
  for (const unsigned char *p = (const unsigned char *)t;
       *p != '\0' && o + 1 < len;) {
    int ws = isspace(*p) || *p == '\f';
    int nbsp = p[0] == 0xc2 && p[1] == 0xa0;
    if (ws || nbsp) {
      space = 1;
      p += nbsp ? 2 : 1;
      continue;
    }
    if (space && o > 0 && o + 2 < len)
      buf[o++] = ' ';
    space = 0;
    buf[o++] = (char)*p++;
  }
  buf[o] = '\0';
  return buf;
}

/* The assumptions annex of a report's text t (its heading on a line of its
 * own, up to the provenance chapter), flattened, into buf. */
static const char *annex_of(const char *t, mkba_lang lang, char *buf,
                            size_t len) {
  /* the headings as the report names them, whatever their words */
  char from[256], to[256];
  snprintf(from, sizeof from, "\n%s\n", mkba_i18n(lang)->sec_assumptions);
  snprintf(to, sizeof to, "\n%s\n", mkba_i18n(lang)->sec_provenance);
  const char *a = strstr(t, from);
  ck_assert_msg(a != NULL, "no annex heading \"%s\"", from + 1);
  const char *b = strstr(a, to);
  ck_assert_msg(b != NULL, "no provenance chapter after the annex");
  static char raw[1 << 20];
  size_t n =
      (size_t)(b - a) < sizeof raw - 1 ? (size_t)(b - a) : sizeof raw - 1;
  memcpy(raw, a, n);
  raw[n] = '\0';
  return flat(raw, buf, len);
}

/* Whether x is a whole number among the values and distribution numbers of
 * the parameters of doc: a count the engine used, printed in full. */
static int whole_parameter_number(const json_t *doc, double x) {
  const json_t *ps = json_object_get(doc, "parameters");
  for (size_t i = 0; i < json_array_size(ps); i++) {
    const json_t *p = json_array_get(ps, i);
    if (json_number_value(json_object_get(p, "value")) == x)
      return 1;
    const char *k;
    json_t *v;
    json_object_foreach(json_object_get(p, "distribution"), k, v) {
      if (json_is_number(v) && json_number_value(v) == x)
        return 1;
    }
  }
  return 0;
}

/*
 * The numbers of annex text a (flattened) that break the annex's rule:
 * a number with decimals has at most four significant digits (0,0667;
 * 46,67; 1,125), an amount in euros with decimals is below 100 with both
 * digits of its cents (€ 70,89), and a whole number of more than four
 * significant digits is whole euros (€ 29.641) or a whole value of a
 * parameter of doc (33.249 signals); a distribution's amounts are all
 * whole euros or none of 100 or more is. Numbers inside words and ids
 * (85524NED, state_costs[0]) do not count. The first offender goes into
 * found (flen bytes). Returns the count.
 */
static int bad_annex_numbers(const char *a, const json_t *doc, mkba_lang lang,
                             char *found, size_t flen) {
  const char group = lang == MKBA_LANG_NL ? '.' : ',';
  const char point = lang == MKBA_LANG_NL ? ',' : '.';
  int bad = 0;
  /* in a distribution's parentheses: amounts with cents, whole amounts of
   * 100 euros or more */
  int cents = 0, whole = 0;
  found[0] = '\0';
  for (const char *p = a; *p != '\0';) {
    if (*p == '(')
      cents = whole = 0;
    if (*p == ')' && cents && whole && bad++ == 0)
      snprintf(found, flen, "cents and whole euros in one distribution");
    if (!isdigit((unsigned char)*p)) {
      p++;
      continue;
    }
    const char *start = p;
    while (isdigit((unsigned char)*p) ||
           ((*p == '.' || *p == ',') && isdigit((unsigned char)p[1])))
      p++;
    if ((start > a && (isalpha((unsigned char)start[-1]) || start[-1] == '_' ||
                       start[-1] == '[')) ||
        isalpha((unsigned char)*p) || *p == ']' || *p == '_')
      continue; /* part of a word or an id */
    char digits[64], tok[64];
    size_t nd = 0, frac = 0;
    int points = 0;
    snprintf(tok, sizeof tok, "%.*s", (int)(p - start), start);
    for (const char *q = start; q < p && nd + 1 < sizeof digits; q++) {
      if (*q == point)
        points++;
      else if (*q != group)
        digits[nd++] = *q;
      else if (points > 0)
        points = 9; /* a group separator after the point: not a number */
      if (points > 0 && isdigit((unsigned char)*q))
        frac++;
    }
    digits[nd] = '\0';
    if (points > 1)
      continue; /* a version (0.4.0) or a range, not a number */
    int money = (start - a >= 3 && memcmp(start - 3, EURO, 3) == 0) ||
                (start - a >= 4 && memcmp(start - 4, EURO " ", 4) == 0);
    /* significant digits: no leading zeros, and for a whole number no
     * trailing ones either (846.000 is three) */
    const char *sig = digits;
    while (*sig == '0')
      sig++;
    size_t ns = strlen(sig);
    if (frac == 0)
      while (ns > 0 && sig[ns - 1] == '0')
        ns--;
    double x = atof(digits) / pow(10, (double)frac);
    int ok;
    if (frac > 0)
      ok = money ? frac == 2 && x < 100 : ns <= 4;
    else
      ok = ns <= 4 || money || whole_parameter_number(doc, x);
    cents |= money && frac > 0;
    whole |= money && frac == 0 && x >= 100;
    if (!ok && bad++ == 0)
      snprintf(found, flen, "%s%s", money ? EURO " " : "", tok);
  }
  return bad;
}

/* The fixture with every parameter's source emptied: the numbers a source
 * quotes ("22,528 people", "EUR 1,283.83 a month") are a citation's, not
 * the annex's. */
static json_t *without_sources(const char *fixture) {
  json_t *doc = tu_fixture(fixture);
  json_t *ps = json_object_get(doc, "parameters");
  for (size_t i = 0; i < json_array_size(ps); i++)
    json_object_set_new(json_array_get(ps, i), "source", json_string(""));
  return doc;
}

/* The annex writes values and distributions by one rule: at most four
 * significant digits, euros with the sign before them, whole from € 100 up
 * and in cents below, a distribution's bounds as its value. */
START_TEST(test_pdf_annex_numbers) {
  static char annex[1 << 20];
  char found[128], pdf[4400];
  /* the rule itself, on the numbers the reviewers found */
  const struct {
    double x, ref;
    const char *unit, *nl, *en;
  } cases[] = {
      {0.0666666667, NAN, "QALY per persoon per jaar", "0,0667", "0.0667"},
      {0.2333333333, NAN, "fractie", "0,2333", "0.2333"},
      {46.666666667, NAN, "uur per persoon per jaar", "46,67", "46.67"},
      {13.333333333, NAN, "dagen per persoon per jaar", "13,33", "13.33"},
      {2.1666666667, NAN, "incidenten per persoon per jaar", "2,167", "2.167"},
      {1.125, NAN, "jaar", "1,125", "1.125"},
      {33249, NAN, "signalen per jaar", "33.249", "33,249"},
      {0.00015, NAN, "kans per jaar", "0,00015", "0.00015"},
      {29641.3, NAN, "EUR per plaats per jaar", EURO " 29.641", EURO "29,641"},
      {70.8889, NAN, "EUR per uur", EURO " 70,89", EURO "70.89"},
      {95.6667, 191, "EUR per melding", EURO " 96", EURO "96"},
      {2025, NAN, "jaar", "2025", "2025"},
  };
  char buf[64], want[64];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    for (int l = 0; l < 2; l++) {
      mkba_fmt_param_shown(buf, sizeof buf, cases[i].x, cases[i].ref,
                           cases[i].unit, NULL, (mkba_lang)l);
      flat(buf, want, sizeof want); /* the no-break space as a space */
      ck_assert_str_eq(want, l == 0 ? cases[i].nl : cases[i].en);
    }
  }
  /* the annexes of the fixtures, in both languages */
  const struct {
    const char *fixture, *lang;
  } runs[] = {{"utrecht-nl", "nl"},      {"utrecht-nl", "en"},
              {"alternatives-nl", "nl"}, {"alternatives-en", "en"},
              {"single-nl", "nl"},       {"variants-en", "en"}};
  for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++) {
    json_t *doc = without_sources(runs[i].fixture);
    mkba_lang lang = mkba_lang_parse(runs[i].lang);
    char sub[64];
    snprintf(sub, sizeof sub, "pdf-annex-%s-%s", runs[i].fixture, runs[i].lang);
    render_doc(doc, sub, runs[i].lang, pdf, sizeof pdf);
    annex_of(pdf_text(pdf), lang, annex, sizeof annex);
    ck_assert_msg(bad_annex_numbers(annex, doc, lang, found, sizeof found) == 0,
                  "%s (%s): the annex writes \"%s\"", runs[i].fixture,
                  runs[i].lang, found);
    json_decref(doc);
  }
  /* the scanner finds what the old annex wrote */
  json_t *doc = tu_fixture("utrecht-nl");
  const char *old[] = {"46,6667 uur", "0,066667 QALY",
                       "(min " EURO " 95,67; modus " EURO " 191)",
                       "2,16667 incidenten", "0.233333"};
  for (size_t i = 0; i < sizeof old / sizeof old[0]; i++)
    ck_assert_msg(
        bad_annex_numbers(old[i], doc, MKBA_LANG_NL, found, sizeof found) == 1,
        "the rule lets \"%s\" pass", old[i]);
  ck_assert_int_eq(bad_annex_numbers("33.249 signalen; " EURO " 29.641; 2025",
                                     doc, MKBA_LANG_NL, found, sizeof found),
                   0);
  json_decref(doc);
}
END_TEST

/* An amount in euros reads as everywhere else in the report, the sign
 * before the number ("€ 29.641 per plaats per jaar"), never after it
 * ("29.641 € per plaats per jaar"). */
START_TEST(test_pdf_annex_euros_lead) {
  static char annex[1 << 20];
  char pdf[4400], want[256], num[64];
  for (int l = 0; l < 2; l++) {
    mkba_lang lang = (mkba_lang)l;
    render("utrecht-nl", l == 0 ? "pdf-annex-euro-nl" : "pdf-annex-euro-en",
           l == 0 ? "nl" : "en", pdf, sizeof pdf);
    annex_of(pdf_text(pdf), lang, annex, sizeof annex);
    ck_assert_msg(strstr(annex, EURO " per") == NULL,
                  "a unit in the annex starts with the euro sign");
    json_t *doc = tu_fixture("utrecht-nl");
    const json_t *ps = json_object_get(doc, "parameters");
    int seen = 0;
    for (size_t i = 0; i < json_array_size(ps); i++) {
      const json_t *p = json_array_get(ps, i);
      const char *u = json_string_value(json_object_get(p, "unit"));
      double v = json_number_value(json_object_get(p, "value"));
      if (u == NULL || strcmp(u, "EUR per plaats per jaar") != 0 || v < 100)
        continue;
      flat(mkba_fmt_money(num, sizeof num, v, lang), want, sizeof want);
      strcat(want, lang == MKBA_LANG_NL ? " per plaats per jaar"
                                        : " per place per year");
      has(annex, want);
      seen++;
    }
    ck_assert_msg(seen > 0, "the fixture has no price per place per year");
    json_decref(doc);
  }
}
END_TEST

/* The annex says what the grey key under each name is. */
START_TEST(test_pdf_annex_says_what_the_key_is) {
  static char annex[1 << 20];
  char pdf[4400];
  render("alternatives-nl", "pdf-annex-key-nl", "nl", pdf, sizeof pdf);
  has(annex_of(pdf_text(pdf), MKBA_LANG_NL, annex, sizeof annex),
      "Onder elke naam staat de sleutel waarmee een scenario de waarde kan "
      "wijzigen.");
  has(annex, "share_street"); /* and the key is there */
  render("alternatives-en", "pdf-annex-key-en", "en", pdf, sizeof pdf);
  has(annex_of(pdf_text(pdf), MKBA_LANG_EN, annex, sizeof annex),
      "Under each name is the key by which a scenario can change the value.");
}
END_TEST

/* A citation behind an assumption leads with "Aanname, op basis van:", not
 * with "Bron:", so it does not read as a sourced figure; a citation of a
 * sourced figure keeps "Bron:". */
START_TEST(test_pdf_annex_assumption_on_a_source) {
  static char annex[1 << 20];
  char pdf[4400], want[256];
  for (int l = 0; l < 2; l++) {
    mkba_lang lang = (mkba_lang)l;
    const char *lead = l == 0 ? "Aanname, op basis van: "
                              : "Assumption, "
                                "based on: ";
    const char *plain = l == 0 ? "Bron: " : "Source: ";
    render("utrecht-nl",
           l == 0 ? "pdf-annex-assumed-nl" : "pdf-annex-assumed-en",
           l == 0 ? "nl" : "en", pdf, sizeof pdf);
    annex_of(pdf_text(pdf), lang, annex, sizeof annex);
    json_t *doc = tu_fixture("utrecht-nl");
    const json_t *ps = json_object_get(doc, "parameters");
    int assumed = 0, sourced = 0;
    for (size_t i = 0; i < json_array_size(ps); i++) {
      const json_t *p = json_array_get(ps, i);
      const char *src = json_string_value(json_object_get(p, "source"));
      const char *conf = json_string_value(json_object_get(p, "confidence"));
      if (src == NULL || src[0] == '\0' || conf == NULL ||
          mkba_source_kind_first(src))
        continue;
      int is_assumed = strcmp(conf, "assumption") == 0;
      /* the lead and the citation's first twenty characters */
      snprintf(want, sizeof want, "%s%.20s", is_assumed ? lead : plain, src);
      flat(want, want, sizeof want);
      has(annex, want);
      if (is_assumed) {
        snprintf(want, sizeof want, "%s%.20s", plain, src);
        flat(want, want, sizeof want);
        ck_assert_msg(strstr(annex, want) == NULL,
                      "an assumption reads as a source: \"%s\"", want);
      }
      assumed += is_assumed;
      sourced += !is_assumed;
    }
    ck_assert_msg(assumed > 0 && sourced > 0,
                  "the fixture lacks a cited assumption or a cited source");
    json_decref(doc);
  }
}
END_TEST

/* Whether text t holds an internal parameter id with its intervention's
 * number ("0:clients", "12:clients"); the first goes into found. */
static int has_numbered_id(const char *t, char *found, size_t flen) {
  regex_t re;
  regmatch_t m;
  ck_assert_int_eq(regcomp(&re, "[0-9]+:[a-z_][a-z_0-9]*", REG_EXTENDED), 0);
  int hit = regexec(&re, t, 1, &m, 0) == 0;
  if (hit)
    snprintf(found, flen, "%.*s", (int)(m.rm_eo - m.rm_so), t + m.rm_so);
  regfree(&re);
  return hit;
}

/* Regional figures name what a count scaled in words (the interventions,
 * numbered as in the ranking), never by "k:key" ids, and call the region
 * by its name. */
START_TEST(test_pdf_regional_figures_in_words) {
  static char flatbuf[1 << 20];
  char pdf[4400], found[128], want[512];
  char *t;
  ck_assert(has_numbered_id("a 0:clients b", found, sizeof found));
  ck_assert_str_eq(found, "0:clients");
  ck_assert(
      !has_numbered_id("NTvG 2013;157:A6507, 12:30", found, sizeof found));
  const struct {
    const char *fixture, *lang, *intro;
  } runs[] = {
      {"utrecht-nl", "nl", "Voor Centrumregio Utrecht is die geschaald"},
      {"utrecht-nl", "en", "For the Centrumregio Utrecht it is scaled"},
      {"alternatives-nl", "nl", "Voor Centrumregio Utrecht is die geschaald"},
      {"alternatives-en", "en", "For the Utrecht central region it is scaled"},
  };
  for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++) {
    char sub[64];
    int nl = strcmp(runs[i].lang, "nl") == 0;
    snprintf(sub, sizeof sub, "pdf-region-%s-%s", runs[i].fixture,
             runs[i].lang);
    render(runs[i].fixture, sub, runs[i].lang, pdf, sizeof pdf);
    t = pdf_text_all(pdf);
    ck_assert_msg(!has_numbered_id(t, found, sizeof found),
                  "%s (%s): the report prints the id \"%s\"", runs[i].fixture,
                  runs[i].lang, found);
    flat(t, flatbuf, sizeof flatbuf);
    has(flatbuf, runs[i].intro);
    ck_assert_ptr_null(strstr(flatbuf, "regio Centrumregio"));
    ck_assert_ptr_null(strstr(flatbuf, "region Utrecht central"));
    /* each intervention a count scaled is named under that count, with its
     * number in the ranking */
    json_t *doc = tu_fixture(runs[i].fixture);
    const json_t *ivs = json_object_get(doc, "interventions");
    const json_t *rank = json_object_get(doc, "ranking");
    const json_t *counts =
        json_object_get(json_object_get(doc, "regional_figures"), "counts");
    const char *sec = strstr(flatbuf, nl ? "Regionale cijfers De omvang"
                                         : "Regional figures The size");
    ck_assert_ptr_nonnull(sec);
    int named = 0;
    for (size_t c = 0; c < json_array_size(counts); c++) {
      const json_t *used =
          json_object_get(json_array_get(counts, c), "used_by");
      for (size_t u = 0; u < json_array_size(used); u++) {
        int k = atoi(json_string_value(json_array_get(used, u)));
        size_t pos = 0;
        for (size_t j = 0; j < json_array_size(rank); j++)
          if (json_number_value(json_object_get(json_array_get(rank, j),
                                                "intervention")) == k)
            pos = j + 1;
        ck_assert_msg(pos > 0, "intervention %d is not ranked", k);
        snprintf(want, sizeof want, "%zu. %s", pos,
                 json_string_value(
                     json_object_get(json_array_get(ivs, (size_t)k), "label")));
        flat(want, want, sizeof want);
        has(sec, want);
        named++;
      }
    }
    ck_assert_msg(named > 0, "%s: no count scaled anything", runs[i].fixture);
    has(sec, nl ? "Programmagrootte geschaald met deze telling: "
                : "Programme size scaled by this count: ");
    json_decref(doc);
  }
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("report_pdf");
  TCase *tc = tcase_create("pdf");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_pdf_same_bytes_for_same_input);
  tcase_add_test(tc, test_pdf_text_dutch);
  tcase_add_test(tc, test_pdf_text_english);
  tcase_add_test(tc, test_pdf_package_compares_interventions);
  tcase_add_test(tc, test_pdf_variants_dutch);
  tcase_add_test(tc, test_pdf_variants_english);
  tcase_add_test(tc, test_pdf_variants_parts);
  tcase_add_test(tc, test_pdf_alternatives);
  tcase_add_test(tc, test_pdf_warnings);
  tcase_add_test(tc, test_pdf_rasterises);
  tcase_add_test(tc, test_pdf_copes_with_gaps_and_long_labels);
  tcase_add_test(tc, test_pdf_minimal_document);
  tcase_add_test(tc, test_errors_say_what_is_wrong);
  tcase_add_test(tc, test_pdf_annex_numbers);
  tcase_add_test(tc, test_pdf_annex_euros_lead);
  tcase_add_test(tc, test_pdf_annex_says_what_the_key_is);
  tcase_add_test(tc, test_pdf_annex_assumption_on_a_source);
  tcase_add_test(tc, test_pdf_regional_figures_in_words);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run_suite(suite()); }
