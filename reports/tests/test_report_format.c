/*
 * test_report_format.c: numbers, money, percentages and dates in Dutch and
 * English, as the report prints them.
 */
#include <check.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "i18n.h"

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
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
