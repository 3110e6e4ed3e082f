/*
 * test_words.c - the host's one strings table and its one number formatter
 * (text/words.h, text/format.h).
 *
 * - every word of mkba_words, and every string of the report's
 *   mkba_strings, is there in Dutch and English with the same {n}
 *   placeholders (the tables are walked as arrays of strings, so a field
 *   added to the struct is checked without being named here);
 * - the plain-text numbers are what calc/fmt.c wrote before it was folded
 *   into text/format.c (the expected strings are that code's output);
 * - the printed summary reads, word for word, as it did before its words
 *   moved into the table (expected: the summary of the same documents by
 *   the program before the move).
 */
#include <check.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "summary.h"
#include "words.h"
#ifdef MKBA_HAVE_REPORTS
#include "i18n.h"
#endif

/* The {1}..{9} placeholders of s as a bit set (bit n for {n}). */
static unsigned placeholders(const char *s) {
  unsigned set = 0;
  for (const char *p = s; p[0] != '\0'; p++)
    if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}')
      set |= 1u << (p[1] - '0');
  return set;
}

/*
 * Check two tables of n strings, Dutch nl and English en (both borrowed),
 * entry by entry: none NULL or empty, the same placeholders in both.
 * what: the table's name for the failure message.
 */
static void check_pair(const char *what, const char *const *nl, const char *const *en, size_t n) {
  ck_assert_uint_gt(n, 0);
  for (size_t k = 0; k < n; k++) {
    ck_assert_msg(nl[k] != NULL && nl[k][0] != '\0', "%s: Dutch entry %zu is missing", what, k);
    ck_assert_msg(en[k] != NULL && en[k][0] != '\0', "%s: English entry %zu is missing", what, k);
    ck_assert_msg(placeholders(nl[k]) == placeholders(en[k]),
                  "%s entry %zu: the placeholders differ between \"%s\" and \"%s\"", what, k, nl[k],
                  en[k]);
  }
}

START_TEST(words_complete) {
  const size_t n = sizeof(mkba_words) / sizeof(const char *);
  check_pair("mkba_words", (const char *const *)(const void *)mkba_words_for(MKBA_LANG_NL),
             (const char *const *)(const void *)mkba_words_for(MKBA_LANG_EN), n);
  /* the two languages are two tables, and a language out of range is Dutch */
  ck_assert_ptr_ne(mkba_words_for(MKBA_LANG_NL), mkba_words_for(MKBA_LANG_EN));
  ck_assert_ptr_eq(mkba_words_for((mkba_lang)7), mkba_words_for(MKBA_LANG_NL));
  /* the placeholder check itself sees a difference */
  const char *const a[] = {"{1} en {2}"}, *const b[] = {"{1} and {3}"};
  ck_assert_uint_ne(placeholders(a[0]), placeholders(b[0]));
  ck_assert_uint_eq(placeholders("{2} then {1}"), placeholders("{1} before {2}"));
}
END_TEST

#ifdef MKBA_HAVE_REPORTS
/* The report's own words (reports/i18n.h), by the same rule. */
START_TEST(strings_complete) {
  const size_t n = sizeof(mkba_strings) / sizeof(const char *);
  ck_assert_uint_eq(sizeof(mkba_strings) % sizeof(const char *), 0);
  check_pair("mkba_strings", (const char *const *)(const void *)mkba_i18n(MKBA_LANG_NL),
             (const char *const *)(const void *)mkba_i18n(MKBA_LANG_EN), n);
}
END_TEST
#endif

START_TEST(actors) {
  static const char *const ids[] = {"gemeente",         "zorgverzekeraar", "rijk",
                                    "woningcorporatie", "deelnemer",       "samenleving"};
  static const char *const nl[] = {"Gemeente",         "Zorgverzekeraar", "Rijk",
                                   "Woningcorporatie", "Deelnemer",       "Samenleving"};
  static const char *const en[] = {"Municipality",        "Health insurer", "Central government",
                                   "Housing association", "Participant",    "Rest of society"};
  ck_assert_int_eq(MKBA_WORDS_N_ACTORS, 6);
  for (int a = 0; a < MKBA_WORDS_N_ACTORS; a++) {
    ck_assert_str_eq(mkba_actor_id(a), ids[a]);
    ck_assert_int_eq(mkba_actor_parse(ids[a]), a);
    ck_assert_str_eq(mkba_words_actor(mkba_words_for(MKBA_LANG_NL), a), nl[a]);
    ck_assert_str_eq(mkba_words_actor(mkba_words_for(MKBA_LANG_EN), a), en[a]);
#ifdef MKBA_HAVE_REPORTS
    /* the report's labels are the host's */
    ck_assert_ptr_eq(mkba_i18n_actor(MKBA_LANG_EN, ids[a]),
                     mkba_words_actor(mkba_words_for(MKBA_LANG_EN), a));
    ck_assert_ptr_eq(mkba_i18n_actor(MKBA_LANG_NL, ids[a]),
                     mkba_words_actor(mkba_words_for(MKBA_LANG_NL), a));
#endif
  }
  ck_assert_ptr_null(mkba_actor_id(-1));
  ck_assert_ptr_null(mkba_actor_id(MKBA_WORDS_N_ACTORS));
  ck_assert_ptr_null(mkba_words_actor(mkba_words_for(MKBA_LANG_NL), MKBA_WORDS_N_ACTORS));
  ck_assert_int_eq(mkba_actor_parse("Gemeente"), -1);
  ck_assert_int_eq(mkba_actor_parse(NULL), -1);
}
END_TEST

START_TEST(languages) {
  ck_assert_int_eq(mkba_lang_of("en"), MKBA_LANG_EN);
  ck_assert_int_eq(mkba_lang_of("nl"), MKBA_LANG_NL);
  ck_assert_int_eq(mkba_lang_of(NULL), MKBA_LANG_NL);
  ck_assert_int_eq(mkba_lang_of("EN"), MKBA_LANG_NL);
  ck_assert_str_eq(mkba_lang_code(MKBA_LANG_NL), "nl");
  ck_assert_str_eq(mkba_lang_code(MKBA_LANG_EN), "en");
  ck_assert_int_eq(mkba_lang_parse("fr"), -1);
}
END_TEST

/* A template of nine arguments, as the host's source notes fill them. */
START_TEST(templates) {
  char buf[512];
  const char *const args[] = {"bron",   "Utrecht", "dakloze jongeren", "1.234", "2023", "telling A",
                              "12.345", "2024",    "telling B"};
  mkba_tpl_n(buf, sizeof buf, mkba_words_for(MKBA_LANG_NL)->note_scaled, args, 9);
  ck_assert_str_eq(buf, "bron; geschaald naar Utrecht met het aantal dakloze jongeren: 1.234 in "
                        "de regio (2023; telling A) tegen 12.345 landelijk (2024; telling B)");
  mkba_tpl_n(buf, sizeof buf, mkba_words_for(MKBA_LANG_EN)->note_scaled, args, 9);
  ck_assert_str_eq(buf, "bron; scaled to the Utrecht by the number of dakloze jongeren: 1.234 in "
                        "the region (2023; telling A) against 12.345 nationally (2024; telling B)");
  const char *const re[] = {"CBS", "2019", "2025", "the price index", "2024"};
  mkba_tpl_n(buf, sizeof buf, mkba_words_for(MKBA_LANG_EN)->note_reindexed, re, 5);
  ck_assert_str_eq(buf, "CBS (re-indexed from 2019 to 2025 through the price index of 2024, an "
                        "assumption)");
  /* an argument is copied as it is, never filled in itself; cut to fit */
  mkba_tpl(buf, sizeof buf, "{1}-{2}", "{2}", "x", NULL, NULL);
  ck_assert_str_eq(buf, "{2}-x");
  mkba_tpl(buf, 4, "{1}{1}", "abc", NULL, NULL, NULL);
  ck_assert_str_eq(buf, "abc");
}
END_TEST

/* The plain-text money, as calc/fmt.c wrote it (its own output). */
START_TEST(plain_money) {
  static const struct {
    double x;
    const char *nl, *en;
  } cases[] = {
      {0, "0", "0"},
      {1, "1", "1"},
      {999, "999", "999"},
      {1000, "1.000", "1,000"},
      {1234567, "1.234.567", "1,234,567"},
      {-1234567, "-1.234.567", "-1,234,567"},
      {-0.4, "0", "0"},
      {-0.5, "-0", "-0"},
      {0.5, "0", "0"},
      {1.5, "2", "2"},
      {2.5, "2", "2"},
      {-2.5, "-2", "-2"},
      {-1234.5, "-1.234", "-1,234"},
      {999.5, "1.000", "1,000"},
      {-999.6, "-1.000", "-1,000"},
      {12.49, "12", "12"},
      {8222861.3, "8.222.861", "8,222,861"},
      {-1257511.2, "-1.257.511", "-1,257,511"},
      {1e17, "100.000.000.000.000.000", "100,000,000,000,000,000"},
      {1e18, "(too large)", "(too large)"},
      {-1e18, "(too large)", "(too large)"},
      {NAN, "-", "-"},
      {INFINITY, "-", "-"},
      {-INFINITY, "-", "-"},
  };
  char buf[64];
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    mkba_text_money(cases[k].x, buf, sizeof buf, MKBA_LANG_NL);
    ck_assert_str_eq(buf, cases[k].nl);
    mkba_text_money(cases[k].x, buf, sizeof buf, MKBA_LANG_EN);
    ck_assert_str_eq(buf, cases[k].en);
  }
}
END_TEST

/* Plain-text decimals and percentages, as calc/fmt.c wrote them. */
START_TEST(plain_decimal) {
  static const struct {
    double x;
    int digits;
    const char *suffix, *nl, *en;
  } cases[] = {
      {1.505, 2, "", "1,50", "1.50"},        {1234.5, 1, "%", "1234,5%", "1234.5%"},
      {-0.04, 1, "%", "-0,0%", "-0.0%"},     {-0.0, 1, "%", "-0,0%", "-0.0%"},
      {1.2345, 2, "", "1,23", "1.23"},       {66.3, 1, "%", "66,3%", "66.3%"},
      {0.125, 2, "", "0,12", "0.12"},        {1.51, 2, "", "1,51", "1.51"},
      {-3.14159, 3, "", "-3,142", "-3.142"},
  };
  char buf[64];
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    mkba_text_decimal(cases[k].x, cases[k].digits, cases[k].suffix, buf, sizeof buf, MKBA_LANG_NL);
    ck_assert_str_eq(buf, cases[k].nl);
    mkba_text_decimal(cases[k].x, cases[k].digits, cases[k].suffix, buf, sizeof buf, MKBA_LANG_EN);
    ck_assert_str_eq(buf, cases[k].en);
  }
}
END_TEST

/* Plain-text probabilities, as calc/fmt.c wrote them, and the report's
 * by the same rule (a no-break space and a dash for NaN). */
START_TEST(plain_probability) {
  static const struct {
    double p;
    const char *nl, *en;
  } cases[] = {
      {0, "0%", "0%"},
      {-0.1, "0%", "0%"},
      {NAN, "0%", "0%"},
      {1, "100%", "100%"},
      {1.2, "100%", "100%"},
      {0.9999, "> 99,9%", "> 99.9%"},
      {0.9995, "> 99,9%", "> 99.9%"},
      {0.99949, "99,9%", "99.9%"},
      {1991.0 / 2000, "99,6%", "99.6%"},
      {0.0001, "< 0,1%", "< 0.1%"},
      {0.0005, "0,1%", "0.1%"},
      {0.00049, "< 0,1%", "< 0.1%"},
      {0.301, "30,1%", "30.1%"},
      {0.5, "50,0%", "50.0%"},
      {0.123456, "12,3%", "12.3%"},
  };
  char buf[64], rep[64];
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    mkba_text_probability(cases[k].p, buf, sizeof buf, MKBA_LANG_NL);
    ck_assert_str_eq(buf, cases[k].nl);
    mkba_text_probability(cases[k].p, buf, sizeof buf, MKBA_LANG_EN);
    ck_assert_str_eq(buf, cases[k].en);
  }
  /* the report's form of the same rule */
  ck_assert_str_eq(mkba_fmt_probability(rep, sizeof rep, 0.9999, MKBA_LANG_NL), ">\xc2\xa0"
                                                                                "99,9%");
  ck_assert_str_eq(mkba_fmt_probability(rep, sizeof rep, 0.0001, MKBA_LANG_EN), "<\xc2\xa0"
                                                                                "0.1%");
  ck_assert_str_eq(mkba_fmt_probability(rep, sizeof rep, 1991.0 / 2000, MKBA_LANG_NL), "99,6%");
  ck_assert_str_eq(mkba_fmt_probability(rep, sizeof rep, NAN, MKBA_LANG_NL), "\xe2\x80\x93");
  /* and the report's money: a real minus sign, no-break space after the euro */
  ck_assert_str_eq(mkba_fmt_money(rep, sizeof rep, -1234567.4, MKBA_LANG_NL),
                   "\xe2\x88\x92\xe2\x82\xac\xc2\xa0"
                   "1.234.567");
  ck_assert_str_eq(mkba_fmt_int(rep, sizeof rep, -0.4, MKBA_LANG_EN), "0");
}
END_TEST

/* The documents the summary is printed from. */
static const char *const doc_package =
    "{\"scenario\": {\"title\": \"Proef\", \"region_label\": \"Utrecht\", \"start_year\": 2025,"
    " \"horizon_years\": 10, \"price_year\": 2024},"
    " \"summary\": {\"pv_costs\": 8222861.3, \"pv_benefits\": 12400427.4,"
    " \"pv_benefits_budget\": 6965350, \"pv_benefits_wellbeing\": 5435077.5,"
    " \"npv\": -1257511.5, \"npv_without_wellbeing\": -0.4, \"bcr\": 1.5081,"
    " \"payback_year\": 2026, \"first_year_return\": 0.663, \"irr\": -0.0004},"
    " \"uncertainty\": {\"p_npv_positive\": 0.9996},"
    " \"actors\": [{\"label\": \"Gemeente\", \"pv_costs\": 1234567, \"pv_benefits\": 0,"
    " \"npv\": -1234567, \"payback_year\": null},"
    " {\"label\": \"Deelnemer\", \"pv_costs\": 0, \"pv_benefits\": 2.5, \"npv\": 2.5,"
    " \"payback_year\": 2026}],"
    " \"warnings\": [{\"message\": {\"nl\": \"Let op\", \"en\": \"Mind\"}}]}";
static const char *const doc_alternatives =
    "{\"scenario\": {\"title\": \"Keuze\", \"region_label\": \"Nederland\", \"start_year\": 2025,"
    " \"horizon_years\": 5, \"price_year\": 2025}, \"comparison\": \"alternatives\","
    " \"ranking\": [{\"rank\": 1, \"label\": \"Housing First\", \"npv\": 4177567, \"bcr\": 1.51,"
    " \"p_best\": 0.9955}, {\"rank\": 2, \"label\": \"Skaeve Huse\", \"npv\": -12345.6,"
    " \"p_best\": 0.0004}], \"warnings\": []}";

/* Their summaries, as the program printed them before the words moved. */
static const char *const want_package_nl =
    "Proef\n"
    "regio Utrecht, 2025-2034, prijspeil 2024\n"
    "\n"
    "  contante waarde kosten                8.222.861\n"
    "  contante waarde baten                12.400.427\n"
    "    waarvan budgeteffecten              6.965.350\n"
    "    waarvan welzijn (QALY's)            5.435.078\n"
    "  saldo (NCW)                          -1.257.512\n"
    "    zonder welzijn                              0\n"
    "  baten/kostenverhouding                     1,51\n"
    "  terugverdienjaar                           2026\n"
    "  rendement eerste jaar                     66,3%\n"
    "  interne rentevoet                         -0,0%\n"
    "  P(NCW > 0)                              > 99,9%\n"
    "\n"
    "  actor                                    kosten            baten            saldo "
    "terugverd.\n"
    "  Gemeente                              1.234.567                0       -1.234.567          "
    "-\n"
    "  Deelnemer                                     0                2                2       "
    "2026\n"
    "\n"
    "Waarschuwingen:\n"
    "  - Let op\n"
    "\n"
    "(contante waarden in euro's; gebruik -o MAP voor alle resultaten)\n";

static const char *const want_package_en =
    "Proef\n"
    "region Utrecht, 2025-2034, euros of 2024\n"
    "\n"
    "  present value of costs                8,222,861\n"
    "  present value of benefits            12,400,427\n"
    "    of which budget effects             6,965,350\n"
    "    of which well-being (QALYs)         5,435,078\n"
    "  net present value                    -1,257,512\n"
    "    without well-being                          0\n"
    "  benefit/cost ratio                         1.51\n"
    "  payback year                               2026\n"
    "  first year rate of return                 66.3%\n"
    "  internal rate of return                   -0.0%\n"
    "  P(NPV > 0)                              > 99.9%\n"
    "\n"
    "  actor                                     costs         benefits              net    "
    "payback\n"
    "  Gemeente                              1,234,567                0       -1,234,567          "
    "-\n"
    "  Deelnemer                                     0                2                2       "
    "2026\n"
    "\n"
    "Warnings:\n"
    "  - Mind\n"
    "\n"
    "(present values in euros; use -o DIR for the full results)\n";

static const char *const want_alternatives_nl =
    "Keuze\n"
    "regio Nederland, 2025-2029, prijspeil 2025\n"
    "\n"
    "De interventies zijn alternatieven, gerangschikt naar saldo (NCW):\n"
    "\n"
    "                                                      NCW     B/K  P(beste)\n"
    "  1. Housing First                              4.177.567    1,51     99,6%\n"
    "  2. Skaeve Huse                                  -12.346       -    < 0,1%\n"
    "\n"
    "  (Alternatieven zijn keuzes voor hetzelfde geld of dezelfde mensen: hun som is geen "
    "uitkomst.)\n"
    "\n"
    "\n"
    "(contante waarden in euro's; gebruik -o MAP voor alle resultaten)\n";

static const char *const want_alternatives_en =
    "Keuze\n"
    "region Nederland, 2025-2029, euros of 2025\n"
    "\n"
    "The interventions are alternatives, ranked by net present value:\n"
    "\n"
    "                                                      NPV     B/C   P(best)\n"
    "  1. Housing First                              4,177,567    1.51     99.6%\n"
    "  2. Skaeve Huse                                  -12,346       -    < 0.1%\n"
    "\n"
    "  (Alternatives are options for the same money or people: their sum is not a result.)\n"
    "\n"
    "\n"
    "(present values in euros; use -o DIR for the full results)\n";

/* The summary of document `json` in lang, as text (owned). */
static char *summary_of(const char *json, mkba_lang lang) {
  json_error_t err;
  json_t *r = json_loads(json, 0, &err);
  ck_assert_msg(r != NULL, "test document: %s", err.text);
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  ck_assert_ptr_nonnull(f);
  mkba_print_summary(f, r, lang);
  fclose(f);
  json_decref(r);
  return text;
}

START_TEST(summary_words) {
  static const struct {
    const char *const *doc, *const *want;
    mkba_lang lang;
  } cases[] = {
      {&doc_package, &want_package_nl, MKBA_LANG_NL},
      {&doc_package, &want_package_en, MKBA_LANG_EN},
      {&doc_alternatives, &want_alternatives_nl, MKBA_LANG_NL},
      {&doc_alternatives, &want_alternatives_en, MKBA_LANG_EN},
  };
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    char *got = summary_of(*cases[k].doc, cases[k].lang);
    ck_assert_str_eq(got, *cases[k].want);
    free(got);
  }
}
END_TEST

int main(void) {
  Suite *s = suite_create("words");
  TCase *tc = tcase_create("tables and numbers");
  tcase_add_test(tc, words_complete);
#ifdef MKBA_HAVE_REPORTS
  tcase_add_test(tc, strings_complete);
#endif
  tcase_add_test(tc, actors);
  tcase_add_test(tc, languages);
  tcase_add_test(tc, templates);
  tcase_add_test(tc, plain_money);
  tcase_add_test(tc, plain_decimal);
  tcase_add_test(tc, plain_probability);
  tcase_add_test(tc, summary_words);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
