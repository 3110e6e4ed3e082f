/*
 * test_report_national.c: the national report (national.pdf) and workbook
 * (national.xlsx) of `mkba batch`, on a small batch the engine computes in
 * the test: three regions (Almere and Utrecht with sourced counts, Zwolle
 * without), two interventions, 200 draws. The PDF is read with pdftotext;
 * the workbook's Data sheet is compared with national.json by
 * national_xlsx_check.py (standard library only).
 */
#define _GNU_SOURCE /* memmem */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "i18n.h"
#include "i18n_national.h"
#include "mkba_report.h"
#include "results.h"
#include "test_util.h"

#define SDE "1767225600" /* 1 January 2026 */

/* The batch's output directory (made once per process by batch_dir). */
static char batch_out[4096];

/* Run the small batch once (with the report and workbook, Dutch) and
 * return its output directory. */
static const char *batch_dir(void) {
  if (batch_out[0] != '\0')
    return batch_out;
  const char *bin = getenv("MKBA_BIN");
  ck_assert_msg(bin != NULL,
                "MKBA_BIN must name the mkba program (set by CTest)");
  char dir[4096], cmd[12000], path[4200];
  tu_outdir("national", dir, sizeof dir);
  snprintf(path, sizeof path, "%s/batch.json", dir);
  FILE *f = fopen(path, "w");
  ck_assert(f != NULL);
  fputs(
      "{\"mkba_batch\": 1,\n"
      " \"title\": {\"nl\": \"Proef landelijk\", \"en\": \"National trial\"},\n"
      " \"regions\": [\"almere\", \"utrecht\", \"zwolle\"],\n"
      " \"interventions\": [{\"plugin\": \"housing_first\"}, {\"plugin\": "
      "\"bemoeizorg\"}],\n"
      " \"start_year\": 2025, \"horizon_years\": 10,\n"
      " \"uncertainty\": {\"draws\": 200, \"seed\": 3}}\n",
      f);
  fclose(f);
  snprintf(cmd, sizeof cmd,
           "SOURCE_DATE_EPOCH=" SDE " '%s' batch '%s' -o '%s/out' --replace "
           "2>/dev/null",
           bin, path, dir);
  ck_assert_msg(system(cmd) == 0, "batch failed: %s", cmd);
  snprintf(batch_out, sizeof batch_out, "%s/out", dir);
  return batch_out;
}

/* The national document of the batch (new reference). */
static json_t *national_doc(void) {
  char path[4200];
  snprintf(path, sizeof path, "%s/national.json", batch_dir());
  json_error_t e;
  json_t *doc = json_load_file(path, 0, &e);
  ck_assert_msg(doc != NULL, "%s: %s", path, e.text);
  return doc;
}

/* The cell of region id and intervention i in doc (borrowed). */
static const json_t *ranked_cell(const json_t *doc, const char *id, int i) {
  size_t k;
  json_t *c;
  json_array_foreach(json_object_get(doc, "cells"), k, c) {
    if (strcmp(json_string_value(json_object_get(c, "region")), id) == 0 &&
        json_integer_value(json_object_get(c, "intervention")) == i)
      return c;
  }
  ck_abort_msg("no cell %s/%d", id, i);
  return NULL;
}

/* The text of a PDF (new string), pages joined. */
static char *pdf_text(const char *pdf) {
  char cmd[4400];
  static char buf[1 << 20];
  snprintf(cmd, sizeof cmd, "pdftotext -layout '%s' -", pdf);
  ck_assert_msg(tu_run(cmd, buf, sizeof buf) == 0, "pdftotext %s", pdf);
  return strdup(buf);
}

/* Render doc in lang into a fresh directory called name; the PDF's path
 * into pdf. */
static void render(const json_t *doc, const char *lang, const char *name,
                   char *pdf, size_t len) {
  char dir[4096], err[512];
  tu_outdir(name, dir, sizeof dir);
  setenv("SOURCE_DATE_EPOCH", SDE, 1);
  int rc = mkba_report_national_render(doc, dir, MKBA_REPORT_PDF, lang, err,
                                       sizeof err);
  ck_assert_msg(rc == 0, "render: %s", err);
  snprintf(pdf, len, "%s/national.pdf", dir);
}

/* Whether text holds s with any run of spaces or line breaks where s has
 * one space (pdftotext lays a wrapped cell out over lines). */
static int has_words(const char *text, const char *s) {
  for (const char *t = text; *t; t++) {
    const char *a = t, *b = s;
    while (*a && *b) {
      if (*b == ' ') {
        if (*a != ' ' && *a != '\n')
          break;
        while (*a == ' ' || *a == '\n')
          a++;
        b++;
      } else if (*a == *b) {
        a++;
        b++;
      } else {
        break;
      }
    }
    if (*b == '\0')
      return 1;
  }
  return 0;
}

/* The report in lang has every region and intervention, each computed
 * cell's net value per participant as the tables write it, the skipped
 * region with its reason, and the method box. */
static void check_content(const char *lang) {
  json_t *doc = national_doc();
  mkba_lang l = (mkba_lang)mkba_lang_parse(lang);
  char pdf[4200], name[64];
  snprintf(name, sizeof name, "national-%s", lang);
  render(doc, lang, name, pdf, sizeof pdf);
  char *text = pdf_text(pdf);
  const char *regions[] = {"Almere", "Utrecht", "Zwolle"};
  for (size_t k = 0; k < 3; k++)
    ck_assert_msg(strstr(text, regions[k]), "%s: no region %s", lang,
                  regions[k]);
  size_t i;
  json_t *iv;
  json_array_foreach(json_object_get(doc, "interventions"), i, iv) {
    const char *title = json_string_value(json_object_get(iv, "title"));
    ck_assert_msg(has_words(text, title), "%s: no intervention %s", lang,
                  title);
  }
  size_t ok = 0;
  json_t *c;
  json_array_foreach(json_object_get(doc, "cells"), i, c) {
    const char *st = json_string_value(json_object_get(c, "status"));
    if (strcmp(st, "ok") != 0) {
      ck_assert_str_eq(json_string_value(json_object_get(c, "region")),
                       "zwolle");
      continue;
    }
    ok++;
    double npv = json_number_value(
        json_object_get(json_object_get(c, "summary"), "npv"));
    double p = json_number_value(
        json_object_get(json_object_get(c, "participants"), "value"));
    char want[64];
    mkba_fmt_int(want, sizeof want, npv / p, l);
    ck_assert_msg(strstr(text, want), "%s: no net per participant %s", lang,
                  want);
  }
  ck_assert_uint_eq(ok, 4);
  /* the title in the report's language */
  ck_assert_msg(
      has_words(text, l == MKBA_LANG_EN ? "National trial" : "Proef landelijk"),
      "%s: no title in its language", lang);
  ck_assert_msg(!has_words(text, l == MKBA_LANG_EN ? "Proef landelijk"
                                                   : "National trial"),
                "%s: the other language's title", lang);
  /* values per unit of programme size, with the unit; never "per
   * participant", which mixed units and yearly intakes */
  ck_assert_msg(
      has_words(text, l == MKBA_LANG_EN ? "per person" : "per persoon"),
      "%s: no unit with the values per unit", lang);
  ck_assert_msg(has_words(text, l == MKBA_LANG_EN
                                    ? "per person taken in per year"
                                    : "per persoon per jaar ingestroomd"),
                "%s: bemoeizorg's yearly intake not said", lang);
  ck_assert_msg(!has_words(text, l == MKBA_LANG_EN ? "Net per participant"
                                                   : "Saldo per deelnemer"),
                "%s: still per participant", lang);
  /* the regions differ only in scale here, and the report says so */
  const mkba_nat_strings *ns0 = mkba_nat_i18n(l);
  char same[120];
  snprintf(same, sizeof same, "%.60s", ns0->by_iv_same);
  ck_assert_msg(has_words(text, same), "%s: equal bars not explained", lang);
  /* the ranking of Almere: by net value in euros, high to low */
  const char *sec = strstr(text, ns0->sec_by_region);
  sec = sec ? strstr(sec + 1, ns0->sec_by_region) : NULL; /* not the contents */
  ck_assert_msg(sec != NULL, "%s: no ranking", lang);
  double npv0 = json_number_value(json_object_get(
      json_object_get(ranked_cell(doc, "almere", 0), "summary"), "npv"));
  double npv1 = json_number_value(json_object_get(
      json_object_get(ranked_cell(doc, "almere", 1), "summary"), "npv"));
  const char *t0 = json_string_value(json_object_get(
      json_array_get(json_object_get(doc, "interventions"), 0), "title"));
  const char *t1 = json_string_value(json_object_get(
      json_array_get(json_object_get(doc, "interventions"), 1), "title"));
  const char *p0 = strstr(sec, t0), *p1 = strstr(sec, t1);
  ck_assert(p0 && p1);
  ck_assert_msg((npv0 > npv1) == (p0 < p1), "%s: not ranked by net value",
                lang);
  /* the data vintage: each count used with its year and confidence, and
   * the national count's year */
  const json_t *sc = json_object_get(
      json_object_get(ranked_cell(doc, "almere", 1), "participants"),
      "scaling");
  ck_assert_msg(sc != NULL, "no scaling in national.json");
  const json_t *rc = json_object_get(sc, "region_count");
  const char *conf = mkba_nat_confidence(
      l, json_string_value(json_object_get(rc, "confidence")));
  ck_assert_msg(has_words(text, conf), "%s: no confidence %s", lang, conf);
  char year[32];
  snprintf(year, sizeof year, "(%.0f)",
           json_number_value(
               json_object_get(json_object_get(sc, "national_count"), "year")));
  ck_assert_msg(strstr(text, year), "%s: no national year %s", lang, year);
  ck_assert_msg(!has_words(text, "Tellingen met bron") &&
                    !has_words(text, "Sourced counts"),
                "%s: still the sourced yes/no column", lang);
  const mkba_nat_strings *ns = mkba_nat_i18n(l);
  const mkba_strings *s = mkba_i18n(l);
  char reason[200];
  mkba_tpl(reason, sizeof reason, ns->reason_count, "", NULL, NULL, NULL);
  reason[strlen(reason) - 1] = '\0'; /* "geen telling met bron van" */
  ck_assert_msg(has_words(text, reason), "%s: no skipped reason", lang);
  ck_assert_msg(has_words(text, ns->region_skipped_heading),
                "%s: no skipped regions", lang);
  ck_assert_msg(strstr(text, s->sec_method) && strstr(text, s->m_null) &&
                    has_words(text, "Werkgroep Discontovoet 2020"),
                "%s: no method box", lang);
  ck_assert_msg(has_words(text, ns->m_expected), "%s: no expected values",
                lang);
  ck_assert_msg(strstr(text, "2,25%") || strstr(text, "2.25%"),
                "%s: no discount rate", lang);
  /* the provenance: digest and seed */
  ck_assert(
      strstr(text, json_string_value(json_object_get(
                       json_object_get(doc, "provenance"), "batch_sha256"))));
  /* no word of the other language's tables */
  const mkba_nat_strings *other =
      mkba_nat_i18n(l == MKBA_LANG_NL ? MKBA_LANG_EN : MKBA_LANG_NL);
  const mkba_strings *os =
      mkba_i18n(l == MKBA_LANG_NL ? MKBA_LANG_EN : MKBA_LANG_NL);
  const char *foreign[] = {other->col_npv_pp,    other->col_reason,
                           other->col_region,    other->sec_totals,
                           other->m_expected,    other->national_row,
                           os->col_p_positive,   os->col_net_pv,
                           os->col_intervention, os->sec_provenance};
  for (size_t k = 0; k < sizeof foreign / sizeof foreign[0]; k++)
    ck_assert_msg(!has_words(text, foreign[k]), "%s report has \"%s\"", lang,
                  foreign[k]);
  free(text);
  json_decref(doc);
}

START_TEST(test_content_nl) { check_content("nl"); }
END_TEST

START_TEST(test_content_en) { check_content("en"); }
END_TEST

/* The same document and SOURCE_DATE_EPOCH give the same bytes, and the
 * batch's own national.pdf is the Dutch rendering; metadata as the
 * standard report's. */
START_TEST(test_same_bytes) {
  json_t *doc = national_doc();
  char a[4200], b[4200], c[4200];
  render(doc, "nl", "national-a", a, sizeof a);
  render(doc, "nl", "national-b", b, sizeof b);
  snprintf(c, sizeof c, "%s/national.pdf", batch_dir());
  size_t na, nb, nc;
  unsigned char *pa = tu_read(a, &na), *pb = tu_read(b, &nb),
                *pc = tu_read(c, &nc);
  ck_assert(pa && pb && pc);
  ck_assert_msg(na == nb && memcmp(pa, pb, na) == 0, "two renderings differ");
  ck_assert_msg(na == nc && memcmp(pa, pc, na) == 0,
                "the batch's national.pdf differs from the rendering");
  char cmd[4400], info[8192];
  snprintf(cmd, sizeof cmd, "pdfinfo '%s'", a);
  ck_assert(tu_run(cmd, info, sizeof info) == 0);
  ck_assert_msg(strstr(info, "Proef landelijk"), "no title: %s", info);
  ck_assert(strstr(info, "Landelijke maatschappelijke kosten-batenanalyse"));
  ck_assert(strstr(info, "2026-01-01") || strstr(info, "Jan  1"));
  ck_assert(memmem(pa, na, "/Lang (nl-NL)", 13) != NULL);
  ck_assert(memmem(pa, na, "/Outlines", 9) != NULL);
  free(pa);
  free(pb);
  free(pc);
  json_decref(doc);
}
END_TEST

/* The workbook's Data sheet equals national.json, number for number. */
START_TEST(test_workbook) {
  const char *src = getenv("MKBA_REPORT_TESTS");
  ck_assert_msg(src != NULL, "MKBA_REPORT_TESTS must name reports/tests");
  char cmd[12000], out[8192];
  snprintf(cmd, sizeof cmd,
           "/usr/bin/python3 '%s/national_xlsx_check.py' '%s/national.json' "
           "'%s/national.xlsx' 2>&1",
           src, batch_dir(), batch_dir());
  int rc = tu_run(cmd, out, sizeof out);
  ck_assert_msg(rc == 0, "national.xlsx: %s", out);
  ck_assert_msg(strncmp(out, "ok ", 3) == 0, "%s", out);
  /* the same bytes again with the same SOURCE_DATE_EPOCH */
  json_t *doc = national_doc();
  char dir[4096], path[4200], err[512];
  tu_outdir("national-xlsx", dir, sizeof dir);
  snprintf(path, sizeof path, "%s/national.xlsx", dir);
  setenv("SOURCE_DATE_EPOCH", SDE, 1);
  ck_assert_msg(
      mkba_workbook_national_write(doc, path, "nl", err, sizeof err) == 0, "%s",
      err);
  char orig[4200];
  snprintf(orig, sizeof orig, "%s/national.xlsx", batch_dir());
  size_t na, nb;
  unsigned char *pa = tu_read(path, &na), *pb = tu_read(orig, &nb);
  ck_assert(pa && pb && na == nb && memcmp(pa, pb, na) == 0);
  free(pa);
  free(pb);
  json_decref(doc);
}
END_TEST

/* When a region's value per unit differs (more than 0.5%), the report
 * does not say that the regions differ only in scale. */
START_TEST(test_not_same_scale) {
  json_t *doc = national_doc();
  json_t *sum =
      json_object_get((json_t *)ranked_cell(doc, "utrecht", 0), "summary");
  json_object_set_new(
      sum, "npv",
      json_real(json_number_value(json_object_get(sum, "npv")) * 2));
  char pdf[4200], same[120];
  render(doc, "nl", "national-notsame", pdf, sizeof pdf);
  char *text = pdf_text(pdf);
  snprintf(same, sizeof same, "%.60s", mkba_nat_i18n(MKBA_LANG_NL)->by_iv_same);
  ck_assert_msg(!has_words(text, same), "said to differ only in scale");
  free(text);
  json_decref(doc);
}
END_TEST

/* A shard, and a document that is no national one, are refused. */
START_TEST(test_refused) {
  char err[256];
  json_t *doc = json_pack("{s:i,s:{s:i,s:i}}", "mkba_national", 1, "shard", "k",
                          1, "n", 2);
  ck_assert_int_eq(mkba_report_national_render(doc, "/tmp", MKBA_REPORT_PDF,
                                               "nl", err, sizeof err),
                   1);
  ck_assert_msg(strstr(err, "shard"), "%s", err);
  json_decref(doc);
  doc = json_pack("{s:s}", "title", "x");
  ck_assert_int_eq(
      mkba_workbook_national_write(doc, "/tmp/x.xlsx", "nl", err, sizeof err),
      1);
  json_decref(doc);
}
END_TEST

/* The suite. */
static Suite *suite(void) {
  Suite *s = suite_create("report_national");
  TCase *tc = tcase_create("national");
  tcase_add_test(tc, test_content_nl);
  tcase_add_test(tc, test_content_en);
  tcase_add_test(tc, test_same_bytes);
  tcase_add_test(tc, test_workbook);
  tcase_add_test(tc, test_refused);
  tcase_add_test(tc, test_not_same_scale);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run_suite(suite()); }
