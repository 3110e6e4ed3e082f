/*
 * test_report_charts.c: every chart type, rendered for a fixed scenario,
 * against a reference PNG in reports/tests/reference/, compared by pixels
 * with a tolerance. On a mismatch the test writes <name>-diff.png next to
 * the output (red: pixels that differ) and fails.
 *
 * After a deliberate change in the drawing, look at the new images, then
 * refresh the references with MKBA_UPDATE_REFERENCE=1 ctest -R report_charts.
 */
#include <cairo.h>
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
  /* variants: their chart after the tornado, before the comparison */
  json_t *variants = tu_fixture("variants-nl");
  n = mkba_report_chart_names(variants, names, 16);
  ck_assert_uint_eq(n, 8);
  ck_assert_str_eq(names[5], "tornado");
  ck_assert_str_eq(names[6], "variants");
  ck_assert_str_eq(names[7], "interventions");
  json_decref(variants);
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
  tcase_add_test(tc, test_chart_set_follows_document);
  tcase_add_test(tc, test_png_width_and_svg);
  tcase_add_test(tc, test_diff_image_on_mismatch);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
