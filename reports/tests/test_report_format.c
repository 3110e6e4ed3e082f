/*
 * test_report_format.c: numbers, money, percentages and dates in Dutch and
 * English, as the report prints them; and, on rendered reports, how the
 * comparison and the sensitivity chapters present their numbers: the
 * comparison's intro, whose payback each column is, every alternative's
 * interval, the switching values within and outside their range, and which
 * interventions the tornado shows.
 */
#include <check.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "format.h"
#include "i18n.h"
#include "mkba_report.h"
#include "test_util.h"

#define NBSP "\xc2\xa0"
#define MINUS "\xe2\x88\x92"
#define EURO "\xe2\x82\xac"

static char buf[128];

START_TEST(test_int_groups_thousands) {
  ck_assert_str_eq(mkba_fmt_int(buf, sizeof buf, 9934374, MKBA_LANG_NL),
                   "9.934.374");
  ck_assert_str_eq(mkba_fmt_int(buf, sizeof buf, 9934374, MKBA_LANG_EN),
                   "9,934,374");
  ck_assert_str_eq(mkba_fmt_int(buf, sizeof buf, 999.6, MKBA_LANG_NL), "1.000");
  ck_assert_str_eq(mkba_fmt_int(buf, sizeof buf, 12, MKBA_LANG_NL), "12");
  ck_assert_str_eq(mkba_fmt_int(buf, sizeof buf, 0, MKBA_LANG_EN), "0");
}
END_TEST

START_TEST(test_negative_has_minus_sign) {
  ck_assert_str_eq(mkba_fmt_int(buf, sizeof buf, -2761641.4, MKBA_LANG_NL),
                   MINUS "2.761.641");
  /* a value that rounds to zero has no sign */
  ck_assert_str_eq(mkba_fmt_int(buf, sizeof buf, -0.4, MKBA_LANG_NL), "0");
  ck_assert_str_eq(mkba_fmt_fixed(buf, sizeof buf, -0.004, 2, MKBA_LANG_EN),
                   "0.00");
}
END_TEST

START_TEST(test_fixed_decimal_comma) {
  ck_assert_str_eq(mkba_fmt_fixed(buf, sizeof buf, 1.4257, 2, MKBA_LANG_NL),
                   "1,43");
  ck_assert_str_eq(mkba_fmt_fixed(buf, sizeof buf, 1.4257, 2, MKBA_LANG_EN),
                   "1.43");
  ck_assert_str_eq(mkba_fmt_fixed(buf, sizeof buf, 12345.678, 1, MKBA_LANG_NL),
                   "12.345,7");
}
END_TEST

START_TEST(test_money_short) {
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 1234567, MKBA_LANG_NL),
                   EURO NBSP "1,2" NBSP "mln");
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 1234567, MKBA_LANG_EN),
                   EURO "1.2m");
  ck_assert_str_eq(
      mkba_fmt_money_short(buf, sizeof buf, -2761641, MKBA_LANG_NL),
      MINUS EURO NBSP "2,8" NBSP "mln");
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 3.4e9, MKBA_LANG_NL),
                   EURO NBSP "3,4" NBSP "mld");
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 3.4e9, MKBA_LANG_EN),
                   EURO "3.4bn");
  /* from a tenth of a million up in millions, so a sentence never mixes
   * "€ 933.463" with "€ 1,2 mln"; two significant digits at least */
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 933463, MKBA_LANG_NL),
                   EURO NBSP "0,93" NBSP "mln");
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 510743, MKBA_LANG_EN),
                   EURO "0.51m");
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 99999.6, MKBA_LANG_NL),
                   EURO NBSP "0,10" NBSP "mln");
  /* below that in full */
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 45323, MKBA_LANG_NL),
                   EURO NBSP "45.323");
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 99999.4, MKBA_LANG_EN),
                   EURO "99,999");
  /* a value that rounds up takes the next unit's decimals and the next
   * unit: never "1,00 mln", "100,0 mln" or "1.000 mln" */
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 999990, MKBA_LANG_EN),
                   EURO "1.0m");
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 99.97e6, MKBA_LANG_NL),
                   EURO NBSP "100" NBSP "mln");
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 999.7e6, MKBA_LANG_NL),
                   EURO NBSP "1,0" NBSP "mld");
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, 250e6, MKBA_LANG_EN),
                   EURO "250m");
}
END_TEST

/* Amounts side by side share the unit of the largest. */
START_TEST(test_money_like) {
  ck_assert_str_eq(
      mkba_fmt_money_like(buf, sizeof buf, 45323, 2.8e6, MKBA_LANG_NL),
      EURO NBSP "0,05" NBSP "mln");
  ck_assert_str_eq(
      mkba_fmt_money_like(buf, sizeof buf, -7.39e6, 107e6, MKBA_LANG_EN),
      MINUS EURO "7.4m");
  ck_assert_str_eq(mkba_fmt_money_like(buf, sizeof buf, 0, 107e6, MKBA_LANG_NL),
                   EURO NBSP "0");
  /* a group in full euros stays in full euros */
  ck_assert_str_eq(
      mkba_fmt_money_like(buf, sizeof buf, 1234, 45323, MKBA_LANG_NL),
      EURO NBSP "1.234");
}
END_TEST

/* Prices: whole euros from 100 up, cents below when there are any. */
START_TEST(test_price) {
  ck_assert_str_eq(mkba_fmt_price(buf, sizeof buf, 32300.3, MKBA_LANG_NL),
                   "32.300");
  ck_assert_str_eq(mkba_fmt_price(buf, sizeof buf, 4102.07, MKBA_LANG_NL),
                   "4.102");
  ck_assert_str_eq(mkba_fmt_price(buf, sizeof buf, 70.8889, MKBA_LANG_NL),
                   "70,89");
  ck_assert_str_eq(mkba_fmt_price(buf, sizeof buf, 12.5, MKBA_LANG_EN),
                   "12.50");
  ck_assert_str_eq(mkba_fmt_price(buf, sizeof buf, 50, MKBA_LANG_NL), "50");
  ck_assert_str_eq(mkba_fmt_price(buf, sizeof buf, 99.996, MKBA_LANG_NL),
                   "100");
  /* a parameter's value follows its unit */
  ck_assert_str_eq(mkba_fmt_param(buf, sizeof buf, 29641.3,
                                  "EUR per plaats per jaar", "shelter_cost",
                                  MKBA_LANG_NL),
                   "29.641");
  ck_assert_str_eq(mkba_fmt_param(buf, sizeof buf, 0.15, "kans per jaar",
                                  "base_housing", MKBA_LANG_NL),
                   "0,15");
  ck_assert_str_eq(
      mkba_fmt_param(buf, sizeof buf, 2025, "jaar", "start_year", MKBA_LANG_NL),
      "2025");
  ck_assert_str_eq(
      mkba_fmt_param(buf, sizeof buf, 6714.5, "fractie", NULL, MKBA_LANG_NL),
      "6.714,5");
}
END_TEST

/* One rule for every probability: one decimal, never 100% below 1. */
START_TEST(test_probability) {
  ck_assert_str_eq(mkba_fmt_probability(buf, sizeof buf, 0.9955, MKBA_LANG_NL),
                   "99,6%");
  ck_assert_str_eq(mkba_fmt_probability(buf, sizeof buf, 0.9955, MKBA_LANG_EN),
                   "99.6%");
  ck_assert_str_eq(mkba_fmt_probability(buf, sizeof buf, 0.9999, MKBA_LANG_NL),
                   ">" NBSP "99,9%");
  ck_assert_str_eq(mkba_fmt_probability(buf, sizeof buf, 0.99949, MKBA_LANG_EN),
                   "99.9%");
  ck_assert_str_eq(mkba_fmt_probability(buf, sizeof buf, 0.0004, MKBA_LANG_NL),
                   "<" NBSP "0,1%");
  ck_assert_str_eq(mkba_fmt_probability(buf, sizeof buf, 1.0, MKBA_LANG_NL),
                   "100%");
  ck_assert_str_eq(mkba_fmt_probability(buf, sizeof buf, 0.0, MKBA_LANG_EN),
                   "0%");
  ck_assert_str_eq(mkba_fmt_probability(buf, sizeof buf, 0.479, MKBA_LANG_NL),
                   "47,9%");
  ck_assert_str_eq(mkba_fmt_probability(buf, sizeof buf, 0.5, MKBA_LANG_NL),
                   "50,0%");
  /* counts of draws: every k of 2.000 rounds half up, as on paper */
  for (int k = 1; k < 2000; k++) {
    char want[32];
    int tenths = (k * 1000 + 1000) / 2000; /* k/2000 in tenths, half up */
    if (tenths >= 1000 || tenths <= 0)
      continue;
    snprintf(want, sizeof want, "%d,%d%%", tenths / 10, tenths % 10);
    ck_assert_str_eq(
        mkba_fmt_probability(buf, sizeof buf, k / 2000.0, MKBA_LANG_NL), want);
  }
  ck_assert_str_eq(mkba_fmt_probability(buf, sizeof buf, NAN, MKBA_LANG_NL),
                   "\xe2\x80\x93");
}
END_TEST

/* Units in the reader's language; sources' kind words in Dutch. */
START_TEST(test_units_and_sources) {
  ck_assert_str_eq(
      mkba_fmt_unit(buf, sizeof buf, "EUR per persoon per jaar", MKBA_LANG_NL),
      EURO " per persoon per jaar");
  ck_assert_str_eq(
      mkba_fmt_unit(buf, sizeof buf, "EUR per persoon per jaar", MKBA_LANG_EN),
      EURO " per person per year");
  ck_assert_str_eq(
      mkba_fmt_unit(buf, sizeof buf, "persoonsjaren", MKBA_LANG_EN),
      "person-years");
  ck_assert_str_eq(
      mkba_fmt_unit(buf, sizeof buf, "kans per jaar", MKBA_LANG_EN),
      "probability per year");
  ck_assert_str_eq(
      mkba_fmt_unit(buf, sizeof buf, "QALY per persoonsjaar", MKBA_LANG_EN),
      "QALY per person-year");
  ck_assert_str_eq(mkba_fmt_unit(buf, sizeof buf, "jaar", MKBA_LANG_EN),
                   "years");
  ck_assert_str_eq(
      mkba_fmt_unit(buf, sizeof buf, "uur per persoon per week", MKBA_LANG_EN),
      "hours per person per week");
  /* Dutch words stay Dutch; an unknown word stays as written */
  ck_assert_str_eq(
      mkba_fmt_unit(buf, sizeof buf, "kans per jaar", MKBA_LANG_NL),
      "kans per jaar");
  ck_assert_str_eq(
      mkba_fmt_unit(buf, sizeof buf, "ritten per dag", MKBA_LANG_EN),
      "ritten per day");
  ck_assert_str_eq(mkba_fmt_unit(buf, sizeof buf, NULL, MKBA_LANG_EN), "");
  ck_assert(mkba_unit_is_money("EUR per uur"));
  ck_assert(!mkba_unit_is_money("uur per week"));
  ck_assert_str_eq(mkba_fmt_source(buf, sizeof buf,
                                   "assumption: no Dutch figure found",
                                   MKBA_LANG_NL),
                   "aanname: no Dutch figure found");
  ck_assert_str_eq(mkba_fmt_source(buf, sizeof buf, "derived: 2,200 of 846,000",
                                   MKBA_LANG_NL),
                   "afgeleid: 2,200 of 846,000");
  ck_assert_str_eq(mkba_fmt_source(buf, sizeof buf,
                                   "assumption: no Dutch figure found",
                                   MKBA_LANG_EN),
                   "assumption: no Dutch figure found");
  /* a citation stays as written */
  ck_assert_str_eq(
      mkba_fmt_source(buf, sizeof buf, "Kostenhandleiding 2024", MKBA_LANG_NL),
      "Kostenhandleiding 2024");
}
END_TEST

START_TEST(test_money_full) {
  ck_assert_str_eq(mkba_fmt_money(buf, sizeof buf, 9934374, MKBA_LANG_NL),
                   EURO NBSP "9.934.374");
  ck_assert_str_eq(mkba_fmt_money(buf, sizeof buf, -9934374, MKBA_LANG_EN),
                   MINUS EURO "9,934,374");
}
END_TEST

START_TEST(test_money_ticks_share_a_unit) {
  ck_assert_str_eq(
      mkba_fmt_money_tick(buf, sizeof buf, 2.5e6, 2.5e6, 7.5e6, MKBA_LANG_NL),
      EURO NBSP "2,5" NBSP "mln");
  ck_assert_str_eq(
      mkba_fmt_money_tick(buf, sizeof buf, 5e6, 2.5e6, 7.5e6, MKBA_LANG_NL),
      EURO NBSP "5,0" NBSP "mln");
  ck_assert_str_eq(
      mkba_fmt_money_tick(buf, sizeof buf, -2e6, 1e6, 4e6, MKBA_LANG_EN),
      MINUS EURO "2m");
  ck_assert_str_eq(
      mkba_fmt_money_tick(buf, sizeof buf, 0, 1e6, 4e6, MKBA_LANG_NL),
      EURO NBSP "0");
  ck_assert_str_eq(mkba_fmt_money_tick(buf, sizeof buf, 500000, 250000, 750000,
                                       MKBA_LANG_NL),
                   EURO NBSP "500.000");
}
END_TEST

START_TEST(test_number_trims) {
  ck_assert_str_eq(mkba_fmt_number(buf, sizeof buf, 0.0225, MKBA_LANG_NL),
                   "0,0225");
  ck_assert_str_eq(mkba_fmt_number(buf, sizeof buf, 23236, MKBA_LANG_NL),
                   "23.236");
  ck_assert_str_eq(mkba_fmt_number(buf, sizeof buf, 1.5, MKBA_LANG_EN), "1.5");
  ck_assert_str_eq(mkba_fmt_number(buf, sizeof buf, 929.44, MKBA_LANG_NL),
                   "929,44");
  ck_assert_str_eq(mkba_fmt_number(buf, sizeof buf, -0.31, MKBA_LANG_NL),
                   MINUS "0,31");
  ck_assert_str_eq(mkba_fmt_number(buf, sizeof buf, 1e-9, MKBA_LANG_NL), "0");
}
END_TEST

START_TEST(test_percent) {
  ck_assert_str_eq(mkba_fmt_percent(buf, sizeof buf, 0.9575, 1, MKBA_LANG_NL),
                   "95,8%");
  ck_assert_str_eq(mkba_fmt_percent(buf, sizeof buf, 0.0225, 2, MKBA_LANG_EN),
                   "2.25%");
}
END_TEST

START_TEST(test_missing_is_dash) {
  ck_assert_str_eq(mkba_fmt_int(buf, sizeof buf, NAN, MKBA_LANG_NL),
                   "\xe2\x80\x93");
  ck_assert_str_eq(mkba_fmt_money_short(buf, sizeof buf, NAN, MKBA_LANG_EN),
                   "\xe2\x80\x93");
  ck_assert_str_eq(mkba_fmt_percent(buf, sizeof buf, NAN, 1, MKBA_LANG_EN),
                   "\xe2\x80\x93");
}
END_TEST

START_TEST(test_short_buffer_is_cut_safely) {
  char small[6];
  mkba_fmt_int(small, sizeof small, 9934374, MKBA_LANG_NL);
  ck_assert_str_eq(small, "9.934");
}
END_TEST

START_TEST(test_date_in_words) {
  ck_assert_str_eq(mkba_fmt_date(buf, sizeof buf, 1790000000, MKBA_LANG_NL),
                   "21 september 2026");
  ck_assert_str_eq(mkba_fmt_date(buf, sizeof buf, 0, MKBA_LANG_EN),
                   "1 January 1970");
}
END_TEST

START_TEST(test_lang_and_templates) {
  ck_assert_int_eq(mkba_lang_parse(NULL), MKBA_LANG_NL);
  ck_assert_int_eq(mkba_lang_parse("nl"), MKBA_LANG_NL);
  ck_assert_int_eq(mkba_lang_parse("en"), MKBA_LANG_EN);
  ck_assert_int_eq(mkba_lang_parse("de"), -1);
  ck_assert_str_eq(mkba_tpl(buf, sizeof buf, mkba_i18n(MKBA_LANG_NL)->page_of,
                            "3", "9", NULL, NULL),
                   "Pagina 3 van 9");
  ck_assert_str_eq(mkba_tpl(buf, sizeof buf, mkba_i18n(MKBA_LANG_EN)->page_of,
                            "3", "9", NULL, NULL),
                   "Page 3 of 9");
  /* braces that are not placeholders pass through */
  ck_assert_str_eq(
      mkba_tpl(buf, sizeof buf, "{\"a\": {1}}", "1", NULL, NULL, NULL),
      "{\"a\": 1}");
  ck_assert_str_eq(mkba_i18n_actor(MKBA_LANG_EN, "woningcorporatie"),
                   "Housing association");
  /* the actor samenleving and the total (maatschappij) never share a name */
  ck_assert_str_ne(mkba_i18n_actor(MKBA_LANG_EN, "samenleving"),
                   mkba_i18n(MKBA_LANG_EN)->row_total_society);
  ck_assert_ptr_null(strstr(mkba_i18n(MKBA_LANG_EN)->row_total_society,
                            mkba_i18n_actor(MKBA_LANG_EN, "samenleving")));
  ck_assert_ptr_null(mkba_i18n_actor(MKBA_LANG_NL, "onbekend"));
}
END_TEST

/* A program that set a locale with a decimal comma gets the same output. */
START_TEST(test_independent_of_c_locale) {
  const char *const tries[] = {"nl_NL.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8",
                               "nl_NL.utf8", "de_DE.utf8"};
  const char *got = NULL;
  for (size_t i = 0; i < sizeof tries / sizeof tries[0] && got == NULL; i++)
    got = setlocale(LC_NUMERIC, tries[i]);
  ck_assert_str_eq(mkba_fmt_fixed(buf, sizeof buf, 12345.678, 1, MKBA_LANG_EN),
                   "12,345.7");
  ck_assert_str_eq(mkba_fmt_fixed(buf, sizeof buf, 12345.678, 1, MKBA_LANG_NL),
                   "12.345,7");
  setlocale(LC_NUMERIC, "C");
}
END_TEST

/* ---- rendered reports ------------------------------------------------ */

/* text with every line break, form feed and (narrow) no-break space as one
 * space and runs of spaces as one, so a phrase or a header that wraps in
 * its cell is found whole (new, caller frees). */
static char *flatten(const char *text) {
  char *out = malloc(strlen(text) + 1);
  ck_assert_ptr_nonnull(out);
  size_t o = 0;
  for (const char *p = text; *p != '\0';) {
    int space = 0;
    if (*p == '\n' || *p == ' ' || *p == '\t' || *p == '\f') {
      space = 1;
      p++;
    } else if (strncmp(p, NBSP, 2) == 0) {
      space = 1;
      p += 2;
    } else if (strncmp(p, "\xe2\x80\xaf", 3) == 0) {
      space = 1;
      p += 3;
    }
    if (space) {
      if (o > 0 && out[o - 1] != ' ')
        out[o++] = ' ';
      continue;
    }
    out[o++] = *p++;
  }
  out[o] = '\0';
  return out;
}

/* Render doc in lang into output directory sub and return the PDF's text
 * (pdftotext -raw, in drawing order, so a table's row reads as one line),
 * flattened (new, caller frees). */
static char *render_text(const json_t *doc, const char *sub, const char *lang) {
  char dir[4096], err[512], cmd[4600];
  tu_outdir(sub, dir, sizeof dir);
  int rc = mkba_report_render(doc, dir, MKBA_REPORT_PDF, lang, err, sizeof err);
  ck_assert_msg(rc == 0, "render %s: %s", sub, err);
  snprintf(cmd, sizeof cmd, "pdftotext -raw -enc UTF-8 '%s/report.pdf' -", dir);
  size_t cap = 1u << 22;
  char *raw = malloc(cap);
  ck_assert_ptr_nonnull(raw);
  ck_assert_int_eq(tu_run(cmd, raw, cap), 0);
  char *flat = flatten(raw);
  free(raw);
  return flat;
}

/* The part of text from the first occurrence of from (flattened; NULL: the
 * start) to the first of to after it (NULL: the end), as a new string;
 * fails the test when from is not there. */
static char *part(const char *text, const char *from, const char *to) {
  const char *a = text;
  if (from != NULL) {
    char *f = flatten(from);
    a = strstr(text, f);
    ck_assert_msg(a != NULL, "no \"%.60s\" in the report", f);
    free(f);
  }
  const char *b = NULL;
  if (to != NULL) {
    char *t = flatten(to);
    b = strstr(a + 1, t);
    free(t);
  }
  size_t n = b != NULL ? (size_t)(b - a) : strlen(a);
  char *out = malloc(n + 1);
  ck_assert_ptr_nonnull(out);
  memcpy(out, a, n);
  out[n] = '\0';
  return out;
}

/* Whether text has s, flattened. */
static int has_flat(const char *text, const char *s) {
  char *f = flatten(s);
  int yes = strstr(text, f) != NULL;
  free(f);
  return yes;
}

/* The comparison chapter opens with what is compared: for alternatives
 * each on its own and never a package (page 3 says they are never summed),
 * for a package each on its own and together; in both languages. */
START_TEST(test_comparison_intro_fits_the_comparison) {
  const char *fixtures[] = {"alternatives-nl", "alternatives-en", "variants-nl",
                            "variants-en"};
  for (int i = 0; i < 4; i++) {
    int alt = i < 2, en = i % 2 == 1;
    const mkba_strings *s = mkba_i18n(en ? MKBA_LANG_EN : MKBA_LANG_NL);
    json_t *doc = tu_fixture(fixtures[i]);
    char sub[64];
    snprintf(sub, sizeof sub, "intro-%s", fixtures[i]);
    char *t = render_text(doc, sub, en ? "en" : "nl");
    const char *want =
        alt ? s->interventions_intro_alt : s->interventions_intro;
    const char *not = alt ? s->interventions_intro : s->interventions_intro_alt;
    ck_assert_msg(has_flat(t, want), "%s: no intro \"%s\"", fixtures[i], want);
    ck_assert_msg(!has_flat(t, not ), "%s: intro \"%s\"", fixtures[i], not );
    if (alt) {
      /* nothing in the chapter speaks of a package */
      char *sec = part(t, want, s->iv_actors_heading);
      ck_assert_msg(strstr(sec, en ? "package" : "pakket") == NULL,
                    "%s: the comparison speaks of a package", fixtures[i]);
      ck_assert_ptr_null(strstr(sec, s->row_package));
      free(sec);
    }
    free(t);
    json_decref(doc);
  }
}
END_TEST

/* The word a payback header starts with ("Terugverdiend"), into buf. */
static char *payback_word(const mkba_strings *s, char *out, size_t len) {
  snprintf(out, len, "%s", s->col_payback_society);
  char *cut = strstr(out, " (");
  if (cut != NULL)
    *cut = '\0';
  return out;
}

/* Two payback columns measure two things (the gemeente's own payback in
 * its budget, society's in the comparison): each header says whose, no
 * table has a bare "Terugverdiend", and the two never share a header. */
START_TEST(test_payback_headers_say_whose) {
  const char *fixtures[] = {"utrecht-nl", "alternatives-en", "variants-nl"};
  const char *langs[] = {"nl", "en", "nl"};
  for (int i = 0; i < 3; i++) {
    mkba_lang l = (mkba_lang)mkba_lang_parse(langs[i]);
    const mkba_strings *s = mkba_i18n(l);
    ck_assert_str_ne(s->col_payback, s->col_payback_society);
    json_t *doc = tu_fixture(fixtures[i]);
    char sub[64], word[64];
    snprintf(sub, sizeof sub, "payback-%s", fixtures[i]);
    char *t = render_text(doc, sub, langs[i]);
    payback_word(s, word, sizeof word);
    size_t k = strlen(word);
    /* every header of a payback column names its measure */
    int society = 0, gemeente = 0;
    for (const char *p = strstr(t, word); p != NULL; p = strstr(p + k, word)) {
      if (strncmp(p + k, " (", 2) != 0) {
        /* a card's "Terugverdiend in 2030" is no column header */
        ck_assert_msg(strncmp(p + k, " in ", 4) == 0,
                      "%s: a payback header without whose: \"%.40s\"",
                      fixtures[i], p);
        continue;
      }
      if (strncmp(p, s->col_payback_society, strlen(s->col_payback_society)) ==
          0)
        society++;
      else if (strncmp(p, s->col_payback, strlen(s->col_payback)) == 0)
        gemeente++;
      else
        ck_abort_msg("%s: unknown payback header \"%.40s\"", fixtures[i], p);
    }
    ck_assert_msg(society > 0, "%s: no \"%s\" column", fixtures[i],
                  s->col_payback_society);
    /* alternatives have the gemeente's payback per alternative */
    if (strcmp(json_string_value(json_object_get(doc, "comparison")),
               "alternatives") == 0)
      ck_assert_msg(gemeente > 0, "%s: no \"%s\" column", fixtures[i],
                    s->col_payback);
    /* and under the comparison's table, a note says what its column is */
    char note[200];
    snprintf(note, sizeof note, "%.60s", s->payback_society_note);
    char *f = flatten(note);
    const char *at_note = strstr(t, f);
    free(f);
    ck_assert_msg(at_note != NULL &&
                      at_note > strstr(t, s->col_payback_society),
                  "%s: no payback note under the comparison", fixtures[i]);
    free(t);
    json_decref(doc);
  }
}
END_TEST

/* Every alternative's spread is in the report: its P5 and P95 (and
 * median) in the comparison, in the order of the ranking, in both
 * languages and for fourteen alternatives. */
START_TEST(test_every_alternative_has_its_interval) {
  const char *fixtures[] = {"alternatives-nl", "alternatives-en", "utrecht-nl"};
  const char *langs[] = {"nl", "en", "nl"};
  for (int f = 0; f < 3; f++) {
    mkba_lang l = (mkba_lang)mkba_lang_parse(langs[f]);
    const mkba_strings *s = mkba_i18n(l);
    json_t *doc = tu_fixture(fixtures[f]);
    char sub[64];
    snprintf(sub, sizeof sub, "interval-%s", fixtures[f]);
    char *t = render_text(doc, sub, langs[f]);
    char *sec = part(t, s->iv_unc_heading_alt, s->iv_chances_note);
    const json_t *list = tu_get(doc, "uncertainty/interventions");
    const json_t *rank = tu_get(doc, "ranking");
    ck_assert_uint_gt(json_array_size(list), 1);
    const char *last = sec;
    for (size_t r = 0; r < json_array_size(rank); r++) {
      double iv = json_number_value(
          json_object_get(json_array_get(rank, r), "intervention"));
      const json_t *e = NULL;
      for (size_t i = 0; i < json_array_size(list); i++)
        if (json_number_value(
                json_object_get(json_array_get(list, i), "index")) == iv)
          e = json_array_get(list, i);
      ck_assert_ptr_nonnull(e);
      char p5[64], p50[64], p95[64], row[256];
      mkba_fmt_int(p5, sizeof p5,
                   json_number_value(json_object_get(e, "npv_p05")), l);
      mkba_fmt_int(p50, sizeof p50,
                   json_number_value(json_object_get(e, "npv_p50")), l);
      mkba_fmt_int(p95, sizeof p95,
                   json_number_value(json_object_get(e, "npv_p95")), l);
      /* one row: P5, median and P95 side by side, after the row above */
      snprintf(row, sizeof row, "%s %s %s", p5, p50, p95);
      const char *at = strstr(last, row);
      ck_assert_msg(at != NULL, "%s: rank %zu's \"%s\" not in its place",
                    fixtures[f], r + 1, row);
      last = at;
      /* and its P5 and P95 in the report's text at all */
      ck_assert_ptr_nonnull(strstr(t, p5));
      ck_assert_ptr_nonnull(strstr(t, p95));
    }
    free(sec);
    free(t);
    json_decref(doc);
  }
}
END_TEST

/* The range of a parameter's distribution as the report defines it (the
 * note under the switching values): uniform, triangular, PERT min to max,
 * beta 0 to 1, gamma and lognormal 0 up; else unbounded. */
static void support(const json_t *doc, const char *id, double *lo, double *hi) {
  *lo = -INFINITY;
  *hi = INFINITY;
  const json_t *ps = json_object_get(doc, "parameters");
  for (size_t i = 0; i < json_array_size(ps); i++) {
    const json_t *p = json_array_get(ps, i);
    if (strcmp(json_string_value(json_object_get(p, "parameter")), id) != 0)
      continue;
    const json_t *d = json_object_get(p, "distribution");
    const char *k = json_string_value(json_object_get(d, "dist"));
    if (k == NULL)
      return;
    if (strcmp(k, "beta") == 0) {
      *lo = 0;
      *hi = 1;
    } else if (strcmp(k, "gamma") == 0 || strcmp(k, "lognormal") == 0) {
      *lo = 0;
    } else if (json_is_number(json_object_get(d, "min"))) {
      *lo = json_number_value(json_object_get(d, "min"));
      *hi = json_number_value(json_object_get(d, "max"));
    }
    return;
  }
}

/* The unit of parameter id in doc, or NULL. */
static const char *unit_of(const json_t *doc, const char *id) {
  const json_t *ps = json_object_get(doc, "parameters");
  for (size_t i = 0; i < json_array_size(ps); i++) {
    const json_t *p = json_array_get(ps, i);
    if (strcmp(json_string_value(json_object_get(p, "parameter")), id) == 0)
      return json_string_value(json_object_get(p, "unit"));
  }
  return NULL;
}

/* Switching values: the table "within range" holds only values inside the
 * parameter's range (its distribution's support), all of them; the others
 * follow in a part of their own; the note says what the range is; the
 * groups follow the ranking. The 14-intervention Utrecht report. */
START_TEST(test_switching_values_within_range_first) {
  json_t *doc = tu_fixture("utrecht-nl");
  const mkba_strings *s = mkba_i18n(MKBA_LANG_NL);
  char *t = render_text(doc, "switching-range", "nl");
  char *inside = part(t, s->switching_intro_alt, s->switching_range_note);
  char *outside = part(t, s->switching_outside_heading, s->switching_rest);
  ck_assert_msg(has_flat(t, s->switching_range_note), "no note on the range");
  const json_t *sw = json_object_get(doc, "switching");
  int n_in = 0, n_out = 0;
  for (size_t i = 0; i < json_array_size(sw); i++) {
    const json_t *e = json_array_get(sw, i);
    if (!json_is_number(json_object_get(e, "value")))
      continue;
    const char *id = json_string_value(json_object_get(e, "parameter"));
    double base = json_number_value(json_object_get(e, "base"));
    double v = json_number_value(json_object_get(e, "value"));
    double lo, hi;
    support(doc, id, &lo, &hi);
    int in = v >= lo - 1e-9 && v <= hi + 1e-9;
    /* the row's switching value and its change from the base, as printed */
    char val[64], pc[32], cell[128];
    mkba_fmt_param_value(val, sizeof val, v, unit_of(doc, id), 0, MKBA_LANG_NL);
    if (strncmp(val, "1" NBSP, 3) == 0)
      continue; /* printed with a singular unit */
    double f = (v - base) / fabs(base);
    mkba_fmt_percent(pc, sizeof pc, f, 0, MKBA_LANG_NL);
    snprintf(cell, sizeof cell, "%s %s%s", val, f > 0 ? "+" : "", pc);
    char *want = flatten(cell);
    if (in) {
      n_in++;
      ck_assert_msg(strstr(inside, want) != NULL,
                    "%s (%s) is within [%g, %g] but not in the table", id, want,
                    lo, hi);
    } else {
      n_out++;
      ck_assert_msg(strstr(inside, want) == NULL,
                    "%s (%s) lies outside [%g, %g] but is in the table "
                    "within range",
                    id, want, lo, hi);
      char *v2 = flatten(val);
      ck_assert_msg(strstr(outside, v2) != NULL,
                    "%s (%s) is not in the part outside the range", id, v2);
      free(v2);
    }
    free(want);
  }
  ck_assert_int_gt(n_in, 0);
  ck_assert_int_gt(n_out, 0);
  /* the groups in the order of the ranking, numbered as on page 1 */
  const json_t *rank = json_object_get(doc, "ranking");
  const char *last = inside;
  int groups = 0;
  for (size_t r = 0; r < json_array_size(rank); r++) {
    const char *label =
        json_string_value(json_object_get(json_array_get(rank, r), "label"));
    char head[400];
    snprintf(head, sizeof head, "%zu. %s", r + 1, label);
    const char *at = strstr(inside, head);
    if (at == NULL)
      continue; /* no value within range */
    ck_assert_msg(at > last, "group \"%s\" out of the ranking's order", head);
    last = at;
    groups++;
  }
  ck_assert_int_gt(groups, 1);
  free(outside);
  free(inside);
  free(t);
  json_decref(doc);
}
END_TEST

/* A tornado of fourteen alternatives shows the parameters of a few: the
 * note under it names those and says the others swing less. */
START_TEST(test_tornado_names_its_interventions) {
  json_t *doc = tu_fixture("utrecht-nl");
  const mkba_strings *s = mkba_i18n(MKBA_LANG_NL);
  char *t = render_text(doc, "tornado-ivs", "nl");
  char lead[64];
  snprintf(lead, sizeof lead, "%.30s", s->tornado_ivs);
  char *note = part(t, lead, s->switching_heading);
  const json_t *ivs = json_object_get(doc, "interventions");
  const json_t *sens = json_object_get(doc, "sensitivity");
  size_t n = json_array_size(ivs), k = 0;
  int shown[64] = {0};
  for (size_t i = 0; i < json_array_size(sens) && i < MKBA_TORNADO_MAX_ROWS;
       i++) {
    const char *id = json_string_value(
        json_object_get(json_array_get(sens, i), "parameter"));
    int iv = atoi(id); /* "8:effect" */
    if (iv >= 0 && (size_t)iv < n && !shown[iv]) {
      shown[iv] = 1;
      k++;
    }
  }
  ck_assert_uint_lt(k, n);
  for (size_t i = 0; i < n; i++) {
    char name[300], quoted[320];
    mkba_intervention_short_name(json_array_get(ivs, i), name, sizeof name);
    mkba_tpl(quoted, sizeof quoted, s->quoted, name, NULL, NULL, NULL);
    ck_assert_msg((strstr(note, quoted) != NULL) == shown[i],
                  "intervention %zu (%s) %s", i, name,
                  shown[i] ? "shown but not named" : "named but not shown");
  }
  char others[64];
  snprintf(others, sizeof others, " %zu ", n - k);
  ck_assert_ptr_nonnull(strstr(note, others));
  free(note);
  free(t);
  json_decref(doc);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("report_format");
  TCase *tc = tcase_create("format");
  tcase_add_test(tc, test_int_groups_thousands);
  tcase_add_test(tc, test_negative_has_minus_sign);
  tcase_add_test(tc, test_fixed_decimal_comma);
  tcase_add_test(tc, test_money_short);
  tcase_add_test(tc, test_money_full);
  tcase_add_test(tc, test_money_like);
  tcase_add_test(tc, test_price);
  tcase_add_test(tc, test_probability);
  tcase_add_test(tc, test_units_and_sources);
  tcase_add_test(tc, test_money_ticks_share_a_unit);
  tcase_add_test(tc, test_number_trims);
  tcase_add_test(tc, test_percent);
  tcase_add_test(tc, test_missing_is_dash);
  tcase_add_test(tc, test_short_buffer_is_cut_safely);
  tcase_add_test(tc, test_date_in_words);
  tcase_add_test(tc, test_lang_and_templates);
  tcase_add_test(tc, test_independent_of_c_locale);
  suite_add_tcase(s, tc);
  TCase *sec = tcase_create("sections");
  tcase_set_timeout(sec, 300);
  tcase_add_test(sec, test_comparison_intro_fits_the_comparison);
  tcase_add_test(sec, test_payback_headers_say_whose);
  tcase_add_test(sec, test_every_alternative_has_its_interval);
  tcase_add_test(sec, test_switching_values_within_range_first);
  tcase_add_test(sec, test_tornado_names_its_interventions);
  suite_add_tcase(s, sec);
  return s;
}

int main(void) { return tu_run_suite(suite()); }
