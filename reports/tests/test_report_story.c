/*
 * test_report_story.c: the story a council member reads. Page 1 of the
 * single, package, variants and alternatives fixtures must hold the
 * conclusion in words, every alternative in the ranking, who pays and who
 * gains, how sure, the split of benefits into budget effects and
 * well-being, the optimism-bias-adjusted figure and the method's key
 * facts; the overzichtstabel lists each PM item under its actor; the
 * method box, the method sensitivity and the gemeente's budget follow.
 * Read back with pdftotext (poppler-utils), in both languages.
 *
 * The expected figures come from the fixture, formatted with the report's
 * own format functions: the tests check that the report shows the
 * document's numbers in the right place, whatever the engine's numbers
 * are today.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "i18n.h"
#include "mkba_report.h"
#include "results.h"
#include "test_util.h"

#define SDE "1790000000" /* 21 September 2026 */

static char raw[1 << 20];
static char text[1 << 20];

/* Render doc as PDF into out/<sub>/ (lang "nl" or "en"); the path of
 * report.pdf goes into pdf (len bytes). */
static void render_doc(const json_t *doc, const char *sub, const char *lang,
                       char *pdf, size_t len) {
  char dir[4096], err[512];
  tu_outdir(sub, dir, sizeof dir);
  setenv("SOURCE_DATE_EPOCH", SDE, 1);
  int rc = mkba_report_render(doc, dir, MKBA_REPORT_PDF, lang, err, sizeof err);
  ck_assert_msg(rc == 0, "render %s: %s", sub, err);
  snprintf(pdf, len, "%s/report.pdf", dir);
}

/* Collapse what pdftotext makes of line ends, layout gaps, no-break and
 * em spaces into single spaces, in place, so that a sentence or a name
 * wrapped over lines reads as one string. */
static void normalise(char *s) {
  char *o = s;
  int space = 0;
  for (const char *p = s; *p != '\0';) {
    const unsigned char *u = (const unsigned char *)p;
    size_t skip = 0;
    if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\f' || *p == '\r')
      skip = 1;
    else if (u[0] == 0xc2 && u[1] == 0xa0)
      skip = 2; /* no-break space */
    else if (u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0x83 || u[2] == 0xaf))
      skip = 3; /* em space, narrow no-break space */
    if (skip > 0) {
      space = 1;
      p += skip;
      continue;
    }
    if (space && o != s)
      *o++ = ' ';
    space = 0;
    *o++ = *p++;
  }
  *o = '\0';
}

/* The text of pages first..last (0: to the end) of pdf, normalised, in the
 * static buffer: in reading order, so a wrapped cell or card reads whole
 * (layout 0), or as laid out on the page, a table row on one line (layout
 * 1). */
static const char *pages_as(const char *pdf, int first, int last, int layout) {
  char cmd[4600], range[64] = "";
  if (last > 0)
    snprintf(range, sizeof range, "-f %d -l %d", first, last);
  else
    snprintf(range, sizeof range, "-f %d", first);
  snprintf(cmd, sizeof cmd, "pdftotext %s -enc UTF-8 %s '%s' -",
           layout ? "-layout" : "", range, pdf);
  ck_assert_msg(tu_run(cmd, raw, sizeof raw) == 0,
                "pdftotext failed on '%s' (is poppler-utils installed?)", pdf);
  snprintf(text, sizeof text, "%s", raw);
  normalise(text);
  return text;
}

/* The text of pages first..last in reading order (see pages_as). */
static const char *pages(const char *pdf, int first, int last) {
  return pages_as(pdf, first, last, 0);
}

/* A needle normalised like the text (money carries no-break spaces). */
static const char *norm(const char *s, char *buf, size_t len) {
  snprintf(buf, len, "%s", s);
  normalise(buf);
  return buf;
}

static void has(const char *t, const char *needle, const char *where) {
  char n[2048];
  norm(needle, n, sizeof n);
  ck_assert_msg(strstr(t, n) != NULL, "%s lacks \"%s\"", where, n);
}

static void lacks(const char *t, const char *needle, const char *where) {
  char n[2048];
  norm(needle, n, sizeof n);
  ck_assert_msg(strstr(t, n) == NULL, "%s has \"%s\"", where, n);
}

/* Position of needle in t at or after from, or -1. */
static long find(const char *t, const char *needle, long from) {
  char n[2048];
  norm(needle, n, sizeof n);
  const char *p = strstr(t + from, n);
  return p != NULL ? (long)(p - t) : -1;
}

/* Position of the last needle in t, or -1: a chapter's or heading's title
 * is also in the table of contents, before it. */
static long find_last(const char *t, const char *needle) {
  long at = -1;
  for (long p = find(t, needle, 0); p >= 0; p = find(t, needle, p + 1))
    at = p;
  return at;
}

/* The first three words of a label, into buf: enough to find it, short
 * enough not to wrap in its cell. */
static const char *head3(const char *label, char *buf, size_t len) {
  snprintf(buf, len, "%s", label);
  int words = 0;
  for (char *p = buf; *p != '\0'; p++)
    if (*p == ' ' && ++words == 3) {
      *p = '\0';
      break;
    }
  return buf;
}

/* Short money as the report writes it in sentences. */
static const char *money(double x, mkba_lang lang, char *buf, size_t len) {
  return mkba_fmt_money_short(buf, len, x, lang);
}

static mkba_lang lang_of(const char *lang) {
  return strcmp(lang, "en") == 0 ? MKBA_LANG_EN : MKBA_LANG_NL;
}

/* The actor's entry of doc's "actors" (or an intervention's). */
static const json_t *actor(const json_t *actors, const char *id) {
  for (size_t i = 0; i < json_array_size(actors); i++) {
    const json_t *a = json_array_get(actors, i);
    if (strcmp(json_string_value(json_object_get(a, "id")), id) == 0)
      return a;
  }
  return NULL;
}

/* "de gemeente betaalt € x en krijgt € y terug" as the report writes it for
 * gemeente entry g: both amounts in the unit of the larger. */
static void gemeente_words(const json_t *g, mkba_lang lang, char *buf,
                           size_t len) {
  double c = json_number_value(json_object_get(g, "pv_costs"));
  double b = json_number_value(json_object_get(g, "pv_benefits"));
  double ref = fmax(fabs(c), fabs(b));
  char cs[64], bs[64];
  mkba_fmt_money_like(cs, sizeof cs, c, ref, lang);
  mkba_fmt_money_like(bs, sizeof bs, b, ref, lang);
  if (lang == MKBA_LANG_NL)
    snprintf(buf, len, "de gemeente betaalt %s en krijgt %s terug", cs, bs);
  else
    snprintf(buf, len, "the municipality pays %s and gets %s back", cs, bs);
}

/* Page 1 of one intervention: the conclusion, how sure, the split, who
 * pays and who gains, the method's facts. */
static void check_single(const char *lang) {
  mkba_lang l = lang_of(lang);
  char name[64], pdf[4400], buf[512], m1[64], m2[64], exp[1024];
  snprintf(name, sizeof name, "single-%s", lang);
  json_t *doc = tu_fixture(name);
  snprintf(name, sizeof name, "story-single-%s", lang);
  render_doc(doc, name, lang, pdf, sizeof pdf);
  const char *t = pages(pdf, 1, 1);
  double npv = tu_num(doc, "summary/npv");
  ck_assert_msg(npv > 0, "the fixture's single intervention pays off");
  /* the verdict, with the intervention's name and the net value */
  char iv[300];
  mkba_intervention_short_name(tu_get(doc, "interventions/0"), iv, sizeof iv);
  snprintf(exp, sizeof exp,
           l == MKBA_LANG_NL
               ? "\xe2\x80\x98%s\xe2\x80\x99 levert de samenleving meer op "
                 "dan het kost"
               : "\xe2\x80\x98%s\xe2\x80\x99 returns more to society than it "
                 "costs",
           iv);
  has(t, exp, "page 1");
  has(t, money(npv, l, m1, sizeof m1), "page 1");
  /* how sure: the chance by the one rule, in the sentence and the table */
  char p[32];
  mkba_fmt_probability(p, sizeof p, tu_num(doc, "uncertainty/p_npv_positive"),
                       l);
  snprintf(exp, sizeof exp, l == MKBA_LANG_NL ? "in %s van de" : "in %s of", p);
  has(t, exp, "page 1");
  char pn[64];
  norm(p, pn, sizeof pn);
  ck_assert_msg(tu_count(t, pn) >= 3,
                "page 1 gives the chance %s fewer than three times (sentence, "
                "card, table)",
                pn);
  /* the split of the benefits */
  money(tu_num(doc, "summary/pv_benefits_budget"), l, m1, sizeof m1);
  money(tu_num(doc, "summary/pv_benefits_wellbeing"), l, m2, sizeof m2);
  snprintf(exp, sizeof exp,
           l == MKBA_LANG_NL ? "is %s budgeteffect" : "%s are budget effects",
           m1);
  has(t, exp, "page 1");
  snprintf(exp, sizeof exp,
           l == MKBA_LANG_NL ? "en %s gemonetariseerd welzijn"
                             : "and %s monetised well-being",
           m2);
  has(t, exp, "page 1");
  /* who pays and who gains, in words */
  gemeente_words(actor(tu_get(doc, "actors"), "gemeente"), l, buf, sizeof buf);
  snprintf(exp, sizeof exp, "%s %s",
           l == MKBA_LANG_NL ? "Wie betaalt, wie baat:"
                             : "Who pays, who gains:",
           buf);
  has(t, exp, "page 1");
  /* the method's facts: the standard rate with its source, the share of
   * assumptions */
  has(t, "Werkgroep Discontovoet 2020", "page 1");
  const json_t *ps = tu_get(doc, "parameters");
  size_t na = 0;
  for (size_t i = 0; i < json_array_size(ps); i++)
    na += strcmp(json_string_value(
                     json_object_get(json_array_get(ps, i), "confidence")),
                 "assumption") == 0;
  snprintf(exp, sizeof exp,
           l == MKBA_LANG_NL ? "%zu van de %zu parameters zijn aannames"
                             : "%zu of the %zu parameters are assumptions",
           na, json_array_size(ps));
  has(t, exp, "page 1");
  json_decref(doc);
}

START_TEST(test_story_single_dutch) { check_single("nl"); }
END_TEST

START_TEST(test_story_single_english) { check_single("en"); }
END_TEST

/* A package: the conclusion names the package, and every member with a
 * negative net value by name; no simulations is said, not hidden. */
START_TEST(test_story_package) {
  json_t *doc = tu_fixture("package-nl");
  char pdf[4400], exp[600], iv[300];
  render_doc(doc, "story-package-nl", "nl", pdf, sizeof pdf);
  const char *t = pages(pdf, 1, 1);
  size_t n = json_array_size(tu_get(doc, "interventions"));
  snprintf(exp, sizeof exp, "Het pakket van %zu interventies", n);
  has(t, exp, "page 1");
  has(t, "Er is geen onzekerheidsanalyse gedraaid", "page 1");
  int negatives = 0;
  for (size_t i = 0; i < n; i++) {
    char path[64];
    snprintf(path, sizeof path, "interventions/%zu/summary/npv", i);
    if (tu_num(doc, path) >= 0)
      continue;
    snprintf(path, sizeof path, "interventions/%zu", i);
    mkba_intervention_short_name(tu_get(doc, path), iv, sizeof iv);
    has(t, iv, "page 1's list of negative members");
    negatives++;
  }
  if (negatives > 0)
    has(t, "Een negatief saldo hebben:", "page 1");
  else
    has(t, "De grootste bijdrage komt van", "page 1");
  json_decref(doc);
}
END_TEST

/* With optimism bias the adjusted net value stands beside the headline:
 * in the conclusion and on the net value's card. */
static void check_bias(const char *lang) {
  mkba_lang l = lang_of(lang);
  char name[64], pdf[4400], m[64], exp[600];
  snprintf(name, sizeof name, "variants-%s", lang);
  json_t *doc = tu_fixture(name);
  snprintf(name, sizeof name, "story-bias-%s", lang);
  render_doc(doc, name, lang, pdf, sizeof pdf);
  const char *t = pages(pdf, 1, 1);
  money(tu_num(doc, "optimism_bias/summary/npv"), l, m, sizeof m);
  snprintf(exp, sizeof exp,
           l == MKBA_LANG_NL
               ? "Gecorrigeerd voor optimism bias (kosten +20%%, baten "
                 "\xe2\x88\x92"
                 "10%%) is het saldo %s."
               : "Corrected for optimism bias (costs +20%%, benefits "
                 "\xe2\x88\x92"
                 "10%%), the net present value is %s.",
           m);
  has(t, exp, "page 1");
  snprintf(exp, sizeof exp,
           l == MKBA_LANG_NL ? "Met optimism bias: %s"
                             : "With optimism bias: %s",
           m);
  has(t, exp, "page 1's net value card");
  json_decref(doc);
}

START_TEST(test_story_bias_dutch) { check_bias("nl"); }
END_TEST

START_TEST(test_story_bias_english) { check_bias("en"); }
END_TEST

/* Alternatives: page 1 ranks every one of them, names the best in the
 * conclusion, says how sure and who pays for the best. */
static void check_alternatives(const char *lang) {
  mkba_lang l = lang_of(lang);
  char name[64], pdf[4400], exp[1200], iv[300], buf[512];
  snprintf(name, sizeof name, "alternatives-%s", lang);
  json_t *doc = tu_fixture(name);
  snprintf(name, sizeof name, "story-alternatives-%s", lang);
  render_doc(doc, name, lang, pdf, sizeof pdf);
  const char *t = pages(pdf, 1, 1);
  const json_t *ivs = tu_get(doc, "interventions");
  for (size_t i = 0; i < json_array_size(ivs); i++) {
    mkba_intervention_name(json_array_get(ivs, i), iv, sizeof iv);
    has(t, iv, "page 1's ranking");
  }
  size_t best = (size_t)tu_num(doc, "ranking/0/intervention");
  const json_t *b = json_array_get(ivs, best);
  mkba_intervention_short_name(b, iv, sizeof iv);
  snprintf(exp, sizeof exp,
           l == MKBA_LANG_NL ? "Van de %zu alternatieven levert "
                               "\xe2\x80\x98%s\xe2\x80\x99 het meest op"
                             : "Of the %zu alternatives, "
                               "\xe2\x80\x98%s\xe2\x80\x99 returns the most",
           json_array_size(ivs), iv);
  has(t, exp, "page 1");
  char p[32];
  mkba_fmt_probability(p, sizeof p, tu_num(doc, "ranking/0/p_best"), l);
  has(t, p, "page 1");
  gemeente_words(actor(json_object_get(b, "actors"), "gemeente"), l, buf,
                 sizeof buf);
  snprintf(exp, sizeof exp, "%s %s",
           l == MKBA_LANG_NL ? "Wie betaalt, wie baat bij dit alternatief:"
                             : "Who pays, who gains with this alternative:",
           buf);
  has(t, exp, "page 1");
  const json_t *sum = json_object_get(b, "summary");
  char m[64];
  money(json_number_value(json_object_get(sum, "pv_benefits_budget")), l, m,
        sizeof m);
  snprintf(exp, sizeof exp,
           l == MKBA_LANG_NL ? "is %s budgeteffect" : "%s are budget effects",
           m);
  has(t, exp, "page 1");
  json_decref(doc);
}

START_TEST(test_story_alternatives_dutch) { check_alternatives("nl"); }
END_TEST

START_TEST(test_story_alternatives_english) { check_alternatives("en"); }
END_TEST

/* Alternatives under optimism bias: each one's adjusted net value in the
 * ranking, and which leads once adjusted. */
START_TEST(test_story_alternatives_bias) {
  json_t *doc = tu_fixture("alternatives-nl");
  json_t *ob = json_object();
  json_object_set_new(ob, "costs", json_real(0.2));
  json_object_set_new(ob, "benefits", json_real(0.1));
  json_t *sum = json_deep_copy(json_object_get(doc, "summary"));
  json_object_set_new(ob, "summary", sum);
  json_object_set_new(doc, "optimism_bias", ob);
  char pdf[4400], num[64], m[64], exp[600];
  render_doc(doc, "story-alternatives-bias", "nl", pdf, sizeof pdf);
  const char *t = pages(pdf, 1, 1);
  has(t, "Saldo met optimism bias", "page 1's ranking");
  const json_t *ivs = tu_get(doc, "interventions");
  double topv = -INFINITY;
  for (size_t i = 0; i < json_array_size(ivs); i++) {
    const json_t *s = json_object_get(json_array_get(ivs, i), "summary");
    double v = json_number_value(json_object_get(s, "pv_benefits")) * 0.9 -
               json_number_value(json_object_get(s, "pv_costs")) * 1.2;
    has(t, mkba_fmt_int(num, sizeof num, v, MKBA_LANG_NL), "page 1's ranking");
    topv = fmax(topv, v);
  }
  snprintf(exp, sizeof exp, "%s", money(topv, MKBA_LANG_NL, m, sizeof m));
  has(t,
      "Gecorrigeerd voor optimism bias (kosten +20%, baten \xe2\x88\x92"
      "10%)",
      "page 1");
  has(t, exp, "page 1");
  json_decref(doc);
}
END_TEST

/* Names no one of which is a prefix of another. */
static const char *const animals[] = {
    "Aap",  "Beer", "Cavia", "Dolfijn", "Ezel", "Fret", "Giraf",
    "Haas", "Ibis", "Jak",   "Kievit",  "Lama", "Mol",  "Neushoorn",
};

/* The alternatives fixture grown to 14 alternatives, each with its own
 * name and net value (a new reference). */
static json_t *fourteen(void) {
  json_t *doc = tu_fixture("alternatives-nl");
  json_t *ivs = json_object_get(doc, "interventions");
  json_t *unc =
      json_object_get(json_object_get(doc, "uncertainty"), "interventions");
  size_t n0 = json_array_size(ivs);
  json_t *nivs = json_array(), *nunc = json_array(), *rank = json_array();
  for (size_t k = 0; k < 14; k++) {
    json_t *iv = json_deep_copy(json_array_get(ivs, k % n0));
    char label[64];
    snprintf(label, sizeof label, "Optie %s", animals[k]);
    json_object_set_new(iv, "label", json_string(label));
    json_object_set_new(iv, "index", json_integer((json_int_t)k));
    json_t *sum = json_object_get(iv, "summary");
    double npv = 1e6 - 1e5 * (double)k; /* input order is rank order */
    json_object_set_new(sum, "npv", json_real(npv));
    json_array_append_new(nivs, iv);
    json_t *u = json_deep_copy(json_array_get(unc, k % n0));
    json_object_set_new(u, "index", json_integer((json_int_t)k));
    json_array_append_new(nunc, u);
    json_t *e = json_object();
    json_object_set_new(e, "rank", json_integer((json_int_t)k + 1));
    json_object_set_new(e, "intervention", json_integer((json_int_t)k));
    json_object_set_new(e, "npv", json_real(npv));
    json_array_append_new(rank, e);
  }
  json_object_set_new(doc, "interventions", nivs);
  json_object_set_new(json_object_get(doc, "uncertainty"), "interventions",
                      nunc);
  json_object_set_new(doc, "ranking", rank);
  return doc;
}

/* Fourteen alternatives: none is left out of page 1's ranking, of the
 * overzichtstabel or of the gemeente's budget. */
START_TEST(test_story_fourteen_alternatives) {
  json_t *doc = fourteen();
  char pdf[4400], exp[300];
  render_doc(doc, "story-fourteen", "nl", pdf, sizeof pdf);
  const char *t = pages(pdf, 1, 1);
  for (size_t k = 0; k < 14; k++) {
    snprintf(exp, sizeof exp, "Optie %s", animals[k]);
    has(t, exp, "page 1's ranking");
  }
  t = pages(pdf, 2, 0);
  long overview = find_last(t, "Overzichtstabel van de alternatieven");
  long method = find_last(t, "Methode");
  ck_assert_msg(overview >= 0 && method > overview,
                "the overview and the method follow page 1");
  for (size_t k = 0; k < 14; k++) {
    /* a column of the overzichtstabel and a row of the budget */
    snprintf(exp, sizeof exp, "%zu. Optie %s", k + 1, animals[k]);
    long at = find(t, exp, overview);
    ck_assert_msg(at >= 0 && at < method,
                  "the overzichtstabel lacks the column \"%s\"", exp);
    snprintf(exp, sizeof exp, "Optie %s", animals[k]);
    ck_assert_msg(find(t, exp, method) >= 0,
                  "the gemeente's budget lacks the row \"%s\"", exp);
  }
  has(t,
      "Alternatieven 11\xe2\x80\x93"
      "14 van 14",
      "the overzichtstabel");
  json_decref(doc);
}
END_TEST

/* The overzichtstabel by actor: each PM item sits under its own actor, with
 * its direction; an item of no one actor under all actors. */
static void check_pm_by_actor(const char *lang) {
  mkba_lang l = lang_of(lang);
  const mkba_strings *s = mkba_i18n(l);
  char name[64], pdf[4400];
  snprintf(name, sizeof name, "single-%s", lang);
  json_t *doc = tu_fixture(name);
  snprintf(name, sizeof name, "story-pm-%s", lang);
  render_doc(doc, name, lang, pdf, sizeof pdf);
  const char *t = pages_as(pdf, 2, 0, 1);
  long start = find_last(t, s->overview_by_actor);
  ck_assert_msg(start >= 0, "no \"%s\" table", s->overview_by_actor);
  long end = find(t, s->row_total_society, start);
  ck_assert_msg(end > start, "the table by actor has no society total");
  const json_t *actors = tu_get(doc, "actors");
  size_t na = json_array_size(actors);
  long at[16];
  long from = start;
  for (size_t a = 0; a < na; a++) {
    const char *id =
        json_string_value(json_object_get(json_array_get(actors, a), "id"));
    at[a] = find(t, mkba_i18n_actor(l, id), from);
    ck_assert_msg(at[a] > from && at[a] < end, "actor %s not in its row", id);
    from = at[a];
  }
  const json_t *pm = tu_get(doc, "pm_items");
  ck_assert_int_gt(json_array_size(pm), 0);
  for (size_t i = 0; i < json_array_size(pm); i++) {
    const json_t *e = json_array_get(pm, i);
    const char *label = json_string_value(json_object_get(e, "label"));
    const char *who = json_string_value(json_object_get(e, "actor"));
    /* the label's first words: a long one wraps in its cell */
    char head[200];
    head3(label, head, sizeof head);
    long lo = start, hi = end;
    if (who != NULL) {
      for (size_t a = 0; a < na; a++)
        if (strcmp(json_string_value(
                       json_object_get(json_array_get(actors, a), "id")),
                   who) == 0) {
          lo = at[a];
          hi = a + 1 < na ? at[a + 1] : end;
        }
    } else {
      /* under a row of all actors, after the last actor's items */
      char all[64];
      snprintf(all, sizeof all, "%s", s->all_actors);
      all[0] = (char)(all[0] - 'a' + 'A');
      lo = find(t, all, at[na - 1]);
      ck_assert_msg(lo > at[na - 1] && lo < end, "no row \"%s\"", all);
    }
    long p = find(t, head, lo);
    ck_assert_msg(p > lo && p < hi, "PM item \"%s\" is not under its actor %s",
                  label, who != NULL ? who : "(all)");
  }
  has(t, s->pm_plus, "the overzichtstabel");
  has(t, s->pm_minus, "the overzichtstabel");
  json_decref(doc);
}

START_TEST(test_story_pm_by_actor_dutch) { check_pm_by_actor("nl"); }
END_TEST

START_TEST(test_story_pm_by_actor_english) { check_pm_by_actor("en"); }
END_TEST

/* Alternatives: the PM items are grouped by actor, each group under its
 * actor's name, with the alternative that has the item. */
START_TEST(test_story_pm_alternatives) {
  const mkba_strings *s = mkba_i18n(MKBA_LANG_NL);
  json_t *doc = tu_fixture("alternatives-nl");
  char pdf[4400];
  render_doc(doc, "story-pm-alternatives", "nl", pdf, sizeof pdf);
  const char *t = pages_as(pdf, 2, 0, 1);
  long start = find_last(t, s->overview_pm_by_actor);
  long end = find_last(t, s->sec_method);
  ck_assert_msg(start >= 0 && end > start, "no PM table before the method");
  const json_t *ivs = tu_get(doc, "interventions");
  for (size_t i = 0; i < json_array_size(ivs); i++) {
    const json_t *pm = json_object_get(json_array_get(ivs, i), "pm_items");
    for (size_t j = 0; j < json_array_size(pm); j++) {
      const json_t *e = json_array_get(pm, j);
      const char *who = json_string_value(json_object_get(e, "actor"));
      const char *group =
          who != NULL ? mkba_i18n_actor(MKBA_LANG_NL, who) : s->all_actors;
      char head[200];
      head3(json_string_value(json_object_get(e, "label")), head, sizeof head);
      long p = find(t, head, start);
      ck_assert_msg(p > start && p < end, "PM item \"%s\" missing", head);
      /* its group title is the last actor name before it */
      long g = find(t, group, start);
      ck_assert_msg(g > start && g < p, "PM item \"%s\" not under %s", head,
                    group);
    }
  }
  json_decref(doc);
}
END_TEST

/* The method box: nulalternatief, discounting with its source, horizon,
 * price level, residual values, the count of assumptions; then the other
 * discount regimes in words. */
static void check_method(const char *lang) {
  mkba_lang l = lang_of(lang);
  char name[64], pdf[4400], exp[600], m[64];
  snprintf(name, sizeof name, "single-%s", lang);
  json_t *doc = tu_fixture(name);
  snprintf(name, sizeof name, "story-method-%s", lang);
  render_doc(doc, name, lang, pdf, sizeof pdf);
  const char *t = pages(pdf, 2, 0);
  int nl = l == MKBA_LANG_NL;
  has(t, nl ? "Nulalternatief" : "Baseline", "the method box");
  has(t,
      nl ? "Wat er gebeurt zonder de maatregel"
         : "What happens without the measure",
      "the method box");
  has(t,
      nl ? "2,25% reëel, inclusief risico-opslag, volgens de Werkgroep "
           "Discontovoet 2020"
         : "2.25% real, including a risk premium, as set by the Werkgroep "
           "Discontovoet 2020",
      "the method box");
  has(t,
      nl ? "2025\xe2\x80\x93"
           "2034 (10 jaar)"
         : "2025\xe2\x80\x93"
           "2034 (10 years)",
      "the method box");
  has(t,
      nl ? "Euro's van 2025 (constante prijzen)"
         : "Euros of 2025 (constant prices)",
      "the method box");
  has(t, nl ? "Restwaarden" : "Residual values", "the method box");
  const json_t *ps = tu_get(doc, "parameters");
  size_t na = 0;
  for (size_t i = 0; i < json_array_size(ps); i++)
    na += strcmp(json_string_value(
                     json_object_get(json_array_get(ps, i), "confidence")),
                 "assumption") == 0;
  snprintf(exp, sizeof exp,
           nl ? "%zu van de %zu parameters zijn aannames"
              : "%zu of the %zu parameters are assumptions",
           na, json_array_size(ps));
  has(t, exp, "the method box");
  /* the method sensitivity: each other regime with its net value */
  const json_t *ds = tu_get(doc, "discount_sensitivity");
  ck_assert_int_gt(json_array_size(ds), 1);
  for (size_t i = 1; i < json_array_size(ds); i++) {
    const json_t *e = json_array_get(ds, i);
    snprintf(
        exp, sizeof exp, "%s: %s",
        json_string_value(json_object_get(e, "label")),
        money(json_number_value(json_object_get(e, "npv")), l, m, sizeof m));
    has(t, exp, "the method sensitivity");
  }
  json_decref(doc);
}

START_TEST(test_story_method_dutch) { check_method("nl"); }
END_TEST

START_TEST(test_story_method_english) { check_method("en"); }
END_TEST

/* Another rate is the scenario's own choice, and a booked residual value is
 * named with its amount. */
START_TEST(test_story_method_own_rate_and_residual) {
  json_t *doc = tu_fixture("single-nl");
  json_t *d = json_object_get(json_object_get(doc, "scenario"), "discount");
  json_object_set_new(d, "rate", json_real(0.04));
  json_object_del(d, "source");
  json_t *rest = json_object();
  json_object_set_new(rest, "id", json_string("restwaarde"));
  json_object_set_new(rest, "label", json_string("Restwaarde"));
  json_object_set_new(rest, "pv_costs", json_real(0));
  json_object_set_new(rest, "pv_benefits", json_real(660000));
  json_object_set_new(rest, "npv", json_real(660000));
  json_array_append_new(json_object_get(doc, "categories"), rest);
  char pdf[4400], m[64], exp[300];
  render_doc(doc, "story-method-own", "nl", pdf, sizeof pdf);
  const char *t = pages(pdf, 2, 0);
  has(t, "de eigen keuze van het scenario", "the method box");
  lacks(t, "inclusief risico-opslag", "the method box");
  snprintf(exp, sizeof exp, "post Restwaarde: %s",
           money(660000, MKBA_LANG_NL, m, sizeof m));
  has(t, exp, "the method box");
  json_decref(doc);
}
END_TEST

/* Per-actor years as the engine should write them: actors[].years with
 * year, costs, benefits (undiscounted, transfers counted). */
static void add_years(json_t *actors, double start, int n) {
  for (size_t a = 0; a < json_array_size(actors); a++) {
    json_t *ys = json_array();
    for (int k = 0; k < n; k++) {
      json_t *y = json_object();
      json_object_set_new(y, "year", json_integer((json_int_t)(start + k)));
      json_object_set_new(y, "costs", json_real(100000.0 * (k + 1)));
      json_object_set_new(y, "benefits", json_real(150000.0 * k));
      json_object_set_new(y, "net",
                          json_real(150000.0 * k - 100000.0 * (k + 1)));
      json_array_append_new(ys, y);
    }
    json_object_set_new(json_array_get(actors, a), "years", ys);
  }
}

/* The gemeente's budget: per year what it pays and gets back and the
 * cumulative net, when the results have per-actor years; its totals
 * always. */
START_TEST(test_story_budget_years) {
  json_t *doc = tu_fixture("single-nl");
  char pdf[4400], exp[300], num[64];
  /* First without the per-actor years (an older results document). */
  json_t *acts = json_object_get(doc, "actors");
  for (size_t a = 0; a < json_array_size(acts); a++)
    json_object_del(json_array_get(acts, a), "years");
  render_doc(doc, "story-budget-plain", "nl", pdf, sizeof pdf);
  const char *t = pages(pdf, 2, 0);
  long at = find_last(t, "De begroting van de gemeente");
  ck_assert_msg(at >= 0, "no budget chapter");
  has(t + at, "betaalt de gemeente", "the budget chapter");
  /* the chapter ends where the next begins */
  long next = find_last(t, "Wie betaalt, wie baat");
  ck_assert_msg(next > at, "no chapter after the budget");
  ck_assert_msg(find(t, "Cumulatief saldo", at) < 0 ||
                    find(t, "Cumulatief saldo", at) > next,
                "a budget without per-actor years has a year table");

  add_years(json_object_get(doc, "actors"), 2025, 10);
  render_doc(doc, "story-budget-years", "nl", pdf, sizeof pdf);
  t = pages_as(pdf, 2, 0, 1);
  at = find_last(t, "De begroting van de gemeente");
  ck_assert_msg(at >= 0, "no budget chapter");
  has(t + at, "Gemeente betaalt", "the budget table");
  has(t + at, "Cumulatief saldo", "the budget table");
  /* 2034: pays 1.000.000, gets 1.350.000; cumulative 6.750.000 - 5.500.000 */
  mkba_fmt_int(num, sizeof num, 1250000, MKBA_LANG_NL);
  snprintf(exp, sizeof exp, "2034 1.000.000 1.350.000 350.000 %s", num);
  has(t + at, exp, "the budget table's last year");
  json_decref(doc);
}
END_TEST

/* Alternatives: the gemeente's totals per alternative, and its net per year
 * per alternative when the results have per-actor years. */
START_TEST(test_story_budget_alternatives) {
  json_t *doc = tu_fixture("alternatives-nl");
  json_t *ivs = json_object_get(doc, "interventions");
  for (size_t i = 0; i < json_array_size(ivs); i++)
    add_years(json_object_get(json_array_get(ivs, i), "actors"), 2025, 10);
  char pdf[4400], iv[300];
  render_doc(doc, "story-budget-alternatives", "nl", pdf, sizeof pdf);
  const char *t = pages_as(pdf, 2, 0, 1);
  long at = find_last(t, "De begroting van de gemeente");
  ck_assert_msg(at >= 0, "no budget chapter");
  for (size_t i = 0; i < json_array_size(ivs); i++) {
    mkba_intervention_short_name(json_array_get(ivs, i), iv, sizeof iv);
    has(t + at, iv, "the budget chapter");
  }
  has(t + at, "Saldo van de gemeente per jaar", "the budget chapter");
  has(t + at, "2034 350.000 350.000 350.000", "the yearly nets");
  json_decref(doc);
}
END_TEST

/* One rule for chances: page 1 never rounds 0,9955 up to 100% nor prints
 * 0,9999 as a certainty. */
START_TEST(test_story_chance_rule) {
  json_t *doc = tu_fixture("single-nl");
  json_t *u = json_object_get(doc, "uncertainty");
  char pdf[4400];
  json_object_set_new(u, "p_npv_positive", json_real(0.9955));
  render_doc(doc, "story-chance-a", "nl", pdf, sizeof pdf);
  const char *t = pages(pdf, 1, 1);
  ck_assert_msg(tu_count(t, "99,6%") >= 3,
                "page 1 gives 0,9955 fewer than three times as 99,6%%");
  lacks(t, "in 100% van de", "page 1");
  json_object_set_new(u, "p_npv_positive", json_real(0.9999));
  render_doc(doc, "story-chance-b", "nl", pdf, sizeof pdf);
  t = pages(pdf, 1, 1);
  has(t, "in > 99,9% van de", "page 1");
  ck_assert_msg(tu_count(t, "> 99,9%") >= 3,
                "page 1 gives 0,9999 fewer than three times as > 99,9%%");
  json_decref(doc);
}
END_TEST

/* The way the conclusion qualifies the result follows the chance: almost
 * certain, likely, uncertain. */
START_TEST(test_story_how_sure_words) {
  json_t *doc = tu_fixture("single-en");
  json_t *u = json_object_get(doc, "uncertainty");
  static const struct {
    double p;
    const char *words;
  } cases[] = {{0.99, "This is almost certain"},
               {0.85, "This is likely but not certain"},
               {0.6, "This is uncertain"}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char pdf[4400], sub[64];
    json_object_set_new(u, "p_npv_positive", json_real(cases[i].p));
    snprintf(sub, sizeof sub, "story-sure-%zu", i);
    render_doc(doc, sub, "en", pdf, sizeof pdf);
    has(pages(pdf, 1, 1), cases[i].words, "page 1");
  }
  json_decref(doc);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("report_story");
  TCase *tc = tcase_create("story");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, test_story_single_dutch);
  tcase_add_test(tc, test_story_single_english);
  tcase_add_test(tc, test_story_package);
  tcase_add_test(tc, test_story_bias_dutch);
  tcase_add_test(tc, test_story_bias_english);
  tcase_add_test(tc, test_story_alternatives_dutch);
  tcase_add_test(tc, test_story_alternatives_english);
  tcase_add_test(tc, test_story_alternatives_bias);
  tcase_add_test(tc, test_story_fourteen_alternatives);
  tcase_add_test(tc, test_story_pm_by_actor_dutch);
  tcase_add_test(tc, test_story_pm_by_actor_english);
  tcase_add_test(tc, test_story_pm_alternatives);
  tcase_add_test(tc, test_story_method_dutch);
  tcase_add_test(tc, test_story_method_english);
  tcase_add_test(tc, test_story_method_own_rate_and_residual);
  tcase_add_test(tc, test_story_budget_years);
  tcase_add_test(tc, test_story_budget_alternatives);
  tcase_add_test(tc, test_story_chance_rule);
  tcase_add_test(tc, test_story_how_sure_words);
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
