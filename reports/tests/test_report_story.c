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
               ? "\xe2\x80\x98%s\xe2\x80\x99 levert de maatschappij meer op "
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
  /* the sentences about the best name it: the one before is about the
   * second, so "dit alternatief" would read as the second */
  snprintf(exp, sizeof exp,
           l == MKBA_LANG_NL
               ? "Wie betaalt, wie baat bij \xe2\x80\x98%s\xe2\x80\x99: %s"
               : "Who pays, who gains with \xe2\x80\x98%s\xe2\x80\x99: %s",
           iv, buf);
  has(t, exp, "page 1");
  const json_t *sum = json_object_get(b, "summary");
  char m[64];
  money(json_number_value(json_object_get(sum, "pv_benefits_budget")), l, m,
        sizeof m);
  snprintf(exp, sizeof exp,
           l == MKBA_LANG_NL
               ? "Van de baten van \xe2\x80\x98%s\xe2\x80\x99 is %s "
                 "budgeteffect"
               : "Of the benefits of \xe2\x80\x98%s\xe2\x80\x99, %s are "
                 "budget effects",
           iv, m);
  has(t, exp, "page 1");
  snprintf(exp, sizeof exp,
           l == MKBA_LANG_NL ? "De kans dat \xe2\x80\x98%s\xe2\x80\x99 "
                               "werkelijk het beste is"
                             : "The chance that \xe2\x80\x98%s\xe2\x80\x99 "
                               "really is the best",
           iv);
  has(t, exp, "page 1");
  lacks(t, l == MKBA_LANG_NL ? "dit alternatief" : "this alternative",
        "page 1");
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
  /* the column's header, which may wrap: its words under the heading */
  const char *t = pages_as(pdf, 1, 1, 1);
  long rk = find(t, "Rangorde van de alternatieven", 0);
  ck_assert_msg(rk >= 0 && find(t, "Saldo met", rk) > rk &&
                    find(t, "optimism bias", rk) > rk,
                "page 1's ranking lacks the column \"Saldo met optimism "
                "bias\"");
  t = pages(pdf, 1, 1);
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

/* Page 1 says society as a whole with "maatschappij", never with
 * "samenleving", which is the actor of that name (single, package and
 * alternatives, in Dutch). */
START_TEST(test_story_society_words) {
  static const char *const names[] = {"single-nl", "package-nl",
                                      "alternatives-nl"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    json_t *doc = tu_fixture(names[i]);
    char pdf[4400], sub[64], where[96];
    snprintf(sub, sizeof sub, "story-society-%s", names[i]);
    snprintf(where, sizeof where, "page 1 of %s", names[i]);
    render_doc(doc, sub, "nl", pdf, sizeof pdf);
    const char *t = pages(pdf, 1, 1);
    lacks(t, "levert de samenleving", where);
    lacks(t, "kost de samenleving", where);
    lacks(t, "de samenleving meer", where);
    lacks(t, "de samenleving als geheel", where);
    /* where it says who gains and loses, "samenleving" is the actor */
    for (long p = find(t, "samenleving", 0); p >= 0;
         p = find(t, "samenleving", p + 1)) {
      const char *dot = strchr(t + p, '.');
      size_t n = dot != NULL ? (size_t)(dot - (t + p)) : strlen(t + p);
      char sentence[600];
      snprintf(sentence, sizeof sentence, "%.*s", (int)n, t + p);
      ck_assert_msg(strstr(sentence, "verandert er in euro") != NULL ||
                        strstr(sentence, "betaalt") != NULL ||
                        strstr(sentence, "gaat er") != NULL,
                    "%s uses \"samenleving\" outside the actor: \"%s\"", where,
                    sentence);
    }
    if (strcmp(names[i], "alternatives-nl") != 0)
      has(t, "de maatschappij meer op dan het kost", where);
    json_decref(doc);
  }
  /* English: society for the total, the actor's own label for the actor */
  json_t *doc = tu_fixture("single-en");
  char pdf[4400];
  render_doc(doc, "story-society-en", "en", pdf, sizeof pdf);
  const char *t = pages(pdf, 1, 1);
  has(t, "returns more to society than it costs", "page 1");
  lacks(t, "returns more to the rest of society", "page 1");
  json_decref(doc);
}
END_TEST

/* The parameters of doc: how many, how many with confidence conf, and how
 * many with a distribution (they vary in the simulations). */
static void param_counts(const json_t *doc, const char *conf, size_t *n,
                         size_t *with_conf, size_t *varied) {
  const json_t *ps = tu_get(doc, "parameters");
  *n = json_array_size(ps);
  *with_conf = *varied = 0;
  for (size_t i = 0; i < *n; i++) {
    const json_t *p = json_array_get(ps, i);
    *with_conf +=
        strcmp(json_string_value(json_object_get(p, "confidence")), conf) == 0;
    *varied += json_is_object(json_object_get(p, "distribution"));
  }
}

/* Page 1 and the method box say how many parameters are the author's own
 * choices without a source and how many vary in the simulations, and the
 * conclusion's certainty is qualified when few of them vary (the single
 * fixture: 30 of 31 are the scenario's, 4 vary). */
static void check_parameters(const char *lang) {
  mkba_lang l = lang_of(lang);
  int nl = l == MKBA_LANG_NL;
  char name[64], pdf[4400], exp[600];
  snprintf(name, sizeof name, "single-%s", lang);
  json_t *doc = tu_fixture(name);
  size_t n, sc, v;
  param_counts(doc, "scenario", &n, &sc, &v);
  ck_assert_msg(sc > 1 && v > 1 && 2 * v < n,
                "the fixture has few varied and many scenario parameters");
  snprintf(name, sizeof name, "story-params-%s", lang);
  render_doc(doc, name, lang, pdf, sizeof pdf);
  const char *t = pages(pdf, 1, 1);
  snprintf(exp, sizeof exp,
           nl ? "%zu zijn keuzes van de opsteller, zonder bron"
              : "%zu are the author's choices, without a source",
           sc);
  has(t, exp, "page 1");
  snprintf(exp, sizeof exp,
           nl ? "%zu van de %zu parameters variëren in de simulaties; de "
                "andere %zu liggen vast"
              : "%zu of the %zu parameters vary in the simulations; the "
                "other %zu are fixed",
           v, n, n - v);
  has(t, exp, "page 1");
  /* the conclusion: 99,3% positive, but only within what varies */
  ck_assert(tu_num(doc, "uncertainty/p_npv_positive") >= 0.95);
  snprintf(exp, sizeof exp,
           nl ? "vrijwel zeker binnen de onzekerheid van de %zu parameters "
                "die variëren"
              : "almost certain within the uncertainty of the %zu parameters "
                "that vary",
           v);
  has(t, exp, "page 1's conclusion");
  snprintf(exp, sizeof exp,
           nl ? "de andere %zu parameters liggen vast"
              : "the other %zu parameters are fixed",
           n - v);
  has(t, exp, "page 1's conclusion");
  /* the method box says the same */
  t = pages(pdf, 2, 0);
  long m = find_last(t, nl ? "Methode" : "Method");
  ck_assert_msg(m >= 0, "no method chapter");
  snprintf(exp, sizeof exp,
           nl ? "%zu zijn keuzes van de opsteller, zonder bron."
              : "%zu are the author's choices, without a source.",
           sc);
  ck_assert_msg(find(t, exp, m) >= 0, "the method box lacks \"%s\"", exp);
  snprintf(exp, sizeof exp,
           nl ? "%zu van de %zu parameters variëren in de simulaties"
              : "%zu of the %zu parameters vary in the simulations",
           v, n);
  ck_assert_msg(find(t, exp, m) >= 0, "the method box lacks \"%s\"", exp);
  json_decref(doc);
}

START_TEST(test_story_parameters_dutch) { check_parameters("nl"); }
END_TEST

START_TEST(test_story_parameters_english) { check_parameters("en"); }
END_TEST

/* The certainty follows what varies: one varied parameter and every draw
 * positive is "almost certain within the uncertainty of the 1 parameter
 * that varies"; with every parameter varied, no qualifier; a likely result
 * with few varied gets the qualifier as a sentence of its own. */
START_TEST(test_story_certainty_qualified) {
  json_t *doc = tu_fixture("single-nl");
  json_t *ps = json_object_get(doc, "parameters");
  size_t n = json_array_size(ps);
  json_t *dist =
      json_pack("{s:s, s:f, s:f}", "dist", "uniform", "min", 0.5, "max", 1.5);
  /* one parameter varies */
  for (size_t i = 0; i < n; i++)
    json_object_set_new(json_array_get(ps, i), "distribution",
                        i == 0 ? json_deep_copy(dist) : json_null());
  json_object_set_new(json_object_get(doc, "uncertainty"), "p_npv_positive",
                      json_real(1.0));
  char pdf[4400], exp[300];
  render_doc(doc, "story-certain-one", "nl", pdf, sizeof pdf);
  const char *t = pages(pdf, 1, 1);
  has(t,
      "Die uitkomst is vrijwel zeker binnen de onzekerheid van de 1 parameter "
      "die varieert",
      "page 1");
  snprintf(exp, sizeof exp, "de andere %zu parameters liggen vast", n - 1);
  has(t, exp, "page 1");
  snprintf(exp, sizeof exp,
           "1 van de %zu parameters varieert in de simulaties; de andere %zu "
           "liggen vast",
           n, n - 1);
  has(t, exp, "page 1's facts");
  /* every parameter varies: the plain words */
  for (size_t i = 0; i < n; i++)
    json_object_set_new(json_array_get(ps, i), "distribution",
                        json_deep_copy(dist));
  render_doc(doc, "story-certain-all", "nl", pdf, sizeof pdf);
  t = pages(pdf, 1, 1);
  has(t, "Die uitkomst is vrijwel zeker: in", "page 1");
  lacks(t, "liggen vast", "page 1");
  snprintf(exp, sizeof exp, "alle %zu parameters variëren in de simulaties", n);
  has(t, exp, "page 1's facts");
  /* likely, with two varied: a sentence of its own */
  for (size_t i = 0; i < n; i++)
    json_object_set_new(json_array_get(ps, i), "distribution",
                        i < 2 ? json_deep_copy(dist) : json_null());
  json_object_set_new(json_object_get(doc, "uncertainty"), "p_npv_positive",
                      json_real(0.85));
  render_doc(doc, "story-certain-likely", "en", pdf, sizeof pdf);
  t = pages(pdf, 1, 1);
  has(t, "This is likely but not certain", "page 1");
  snprintf(exp, sizeof exp,
           "Only the uncertainty of the 2 parameters that vary counts in "
           "this; the other %zu parameters are fixed.",
           n - 2);
  has(t, exp, "page 1");
  json_decref(dist);
  json_decref(doc);
}
END_TEST

/* A number as pdftotext -layout writes it, at the start of s: an optional
 * minus (U+2212 or '-') and digits with group separators sep. Returns its
 * length in bytes, 0 when s does not start with one; *value gets it. */
static size_t parse_amount(const char *s, char sep, double *value) {
  size_t i = 0;
  int neg = 0;
  if (strncmp(s, "\xe2\x88\x92", 3) == 0)
    i = 3, neg = 1;
  else if (s[0] == '-')
    i = 1, neg = 1;
  double v = 0;
  size_t digits = 0;
  for (;; i++) {
    if (s[i] >= '0' && s[i] <= '9') {
      v = v * 10 + (s[i] - '0');
      digits++;
    } else if (s[i] == sep && s[i + 1] >= '0' && s[i + 1] <= '9' &&
               digits > 0) {
      continue;
    } else {
      break;
    }
  }
  if (digits == 0 || (s[i] != '\0' && s[i] != ' ' && s[i] != '\n'))
    return 0;
  *value = neg ? -v : v;
  return i;
}

/* The amounts on one line of layout text (up to the newline), each with
 * the column (in characters) where it ends: up to max into val and end.
 * Returns how many. */
static int line_amounts(const char *line, char sep, double *val, int *end,
                        int max) {
  int k = 0, col = 0;
  const char *p = line;
  while (*p != '\0' && *p != '\n' && k < max) {
    int word_start = p == line || p[-1] == ' ';
    double v;
    size_t len = word_start ? parse_amount(p, sep, &v) : 0;
    if (len > 0) {
      /* the minus is one character of three bytes */
      int chars = (int)len - (strncmp(p, "\xe2\x88\x92", 3) == 0 ? 2 : 0);
      val[k] = v;
      end[k] = col + chars;
      k++;
      p += len;
      col += chars;
      continue;
    }
    if (((unsigned char)*p & 0xC0) != 0x80)
      col++;
    p++;
  }
  return k;
}

/* The line of text t (from from on) whose text, less leading spaces,
 * starts with label; its start, or NULL. */
static const char *line_starting(const char *t, const char *label) {
  for (const char *p = t; p != NULL && *p != '\0';) {
    const char *q = p;
    while (*q == ' ')
      q++;
    if (strncmp(q, label, strlen(label)) == 0)
      return p;
    p = strchr(p, '\n');
    if (p != NULL)
      p++;
  }
  return NULL;
}

/* In layout text t, the block of item rows from the line after the group
 * title `group` to the total row `total`: each column of item amounts must
 * add up to the total's amount in that column (columns matched by where
 * the numbers end). The totals go into tot (ncols); returns the columns. */
static int check_block(const char *t, const char *group, const char *total,
                       char sep, double *tot, int max, const char *where) {
  const char *g = line_starting(t, group);
  ck_assert_msg(g != NULL, "%s has no group \"%s\"", where, group);
  /* the group title is alone on its line: skip total rows that start
   * with the same word */
  while (g != NULL) {
    const char *q = g;
    while (*q == ' ')
      q++;
    const char *e = q + strlen(group);
    while (*e == ' ')
      e++;
    if (*e == '\n')
      break;
    g = line_starting(strchr(g, '\n') + 1, group);
  }
  ck_assert_msg(g != NULL, "%s has no group title \"%s\"", where, group);
  const char *tl = line_starting(g, total);
  ck_assert_msg(tl != NULL, "%s has no row \"%s\"", where, total);
  /* the label has no amounts: the whole line gives the columns' ends */
  int tend[16];
  int nc = line_amounts(tl, sep, tot, tend, max);
  ck_assert_msg(nc > 0, "%s: no amounts in \"%s\"", where, total);
  double sum[16] = {0};
  int rows = 0;
  for (const char *p = strchr(g, '\n') + 1; p < tl; p = strchr(p, '\n') + 1) {
    double val[16];
    int end[16];
    int k = line_amounts(p, sep, val, end, 16);
    for (int i = 0; i < k; i++) {
      /* the nearest column: pdftotext places bold totals a little off */
      int col = -1;
      for (int j = 0; j < nc; j++)
        if (abs(end[i] - tend[j]) <= 6 &&
            (col < 0 || abs(end[i] - tend[j]) < abs(end[i] - tend[col])))
          col = j;
      ck_assert_msg(col >= 0, "%s: an amount of \"%.40s\" is in no column",
                    where, p);
      sum[col] += val[i];
    }
    rows += k > 0;
  }
  ck_assert_msg(rows > 0, "%s: no item rows above \"%s\"", where, total);
  for (int j = 0; j < nc; j++)
    ck_assert_msg(fabs(sum[j] - tot[j]) <= rows,
                  "%s: the items of column %d add up to %.0f, the row "
                  "\"%s\" says %.0f",
                  where, j + 1, sum[j], total, tot[j]);
  return nc;
}

/* The alternatives' overzichtstabel adds up: per alternative the costs of
 * the items make its costs, the benefits of the items its benefits, the
 * budget effects and well-being its benefits, and the totals are the
 * document's. */
static void check_overview_sums(const char *lang) {
  mkba_lang l = lang_of(lang);
  const mkba_strings *s = mkba_i18n(l);
  char sep = l == MKBA_LANG_NL ? '.' : ',';
  char name[64], pdf[4400];
  snprintf(name, sizeof name, "alternatives-%s", lang);
  json_t *doc = tu_fixture(name);
  snprintf(name, sizeof name, "story-overview-sums-%s", lang);
  render_doc(doc, name, lang, pdf, sizeof pdf);
  pages_as(pdf, 2, 0, 1);
  const char *t = raw; /* the layout, line by line */
  const char *start = strstr(t, s->sec_overview_alt);
  ck_assert_msg(start != NULL, "no overview chapter");
  /* the chapter's own title, not the contents' line */
  for (const char *p = start; (p = strstr(p + 1, s->sec_overview_alt));)
    start = p;
  const char *end = strstr(start, s->overview_pm_by_actor);
  ck_assert_msg(end != NULL, "no PM table after the overview");
  size_t len = (size_t)(end - start);
  char *part = malloc(len + 1);
  memcpy(part, start, len);
  part[len] = '\0';
  double costs[16], benefits[16], budget[16], wb[16];
  int nc = check_block(part, s->col_costs, s->col_costs_pv, sep, costs, 16,
                       "the costs of the overview");
  int nb = check_block(part, s->col_benefits, s->col_benefits_pv, sep, benefits,
                       16, "the benefits of the overview");
  const json_t *ivs = tu_get(doc, "interventions");
  ck_assert_int_eq(nc, (int)json_array_size(ivs));
  ck_assert_int_eq(nb, nc);
  /* the split of the benefits, in its own rows */
  const char *bl = line_starting(part, s->row_budget_part);
  const char *wl = line_starting(part, s->row_wellbeing_part);
  ck_assert_msg(bl != NULL && wl != NULL, "the overview lacks \"%s\"",
                bl == NULL ? s->row_budget_part : s->row_wellbeing_part);
  int end1[16], end2[16];
  ck_assert_int_eq(line_amounts(bl, sep, budget, end1, 16), nc);
  ck_assert_int_eq(line_amounts(wl, sep, wb, end2, 16), nc);
  for (int j = 0; j < nc; j++) {
    ck_assert_msg(fabs(budget[j] + wb[j] - benefits[j]) <= 1,
                  "column %d: budget %.0f + well-being %.0f is not the "
                  "benefits %.0f",
                  j + 1, budget[j], wb[j], benefits[j]);
    /* the columns in the order of the ranking, with the document's sums */
    char path[96];
    snprintf(path, sizeof path, "ranking/%d/intervention", j);
    size_t iv = (size_t)tu_num(doc, path);
    snprintf(path, sizeof path, "interventions/%zu/summary/pv_costs", iv);
    ck_assert_msg(fabs(costs[j] - round(tu_num(doc, path))) <= 1,
                  "column %d's costs are not the document's", j + 1);
    snprintf(path, sizeof path, "interventions/%zu/summary/pv_benefits", iv);
    ck_assert_msg(fabs(benefits[j] - round(tu_num(doc, path))) <= 1,
                  "column %d's benefits are not the document's", j + 1);
  }
  free(part);
  json_decref(doc);
}

START_TEST(test_story_overview_sums_dutch) { check_overview_sums("nl"); }
END_TEST

START_TEST(test_story_overview_sums_english) { check_overview_sums("en"); }
END_TEST

/* Whether the expression at p ("P(net", "(B/", "saldo") goes on whole on
 * its line: after it, with single spaces (or no-break spaces) only, comes
 * rest. */
static int whole_after(const char *p, const char *rest) {
  while (*rest != '\0') {
    if (*rest == ' ') {
      if (*p == ' ')
        p++;
      else if ((unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0)
        p += 2;
      else
        return 0;
      rest++;
      continue;
    }
    if (*p != *rest)
      return 0;
    p++;
    rest++;
  }
  return 1;
}

/* Every occurrence of start in the layout text t is followed, on the same
 * line, by one of the endings (NULL-terminated). */
static void never_broken(const char *t, const char *start,
                         const char *const *endings, const char *where) {
  for (const char *p = strstr(t, start); p != NULL; p = strstr(p + 1, start)) {
    int ok = 0;
    for (const char *const *e = endings; *e != NULL && !ok; e++)
      ok = whole_after(p + strlen(start), *e);
    ck_assert_msg(ok, "%s breaks \"%.24s\" over two lines", where, p);
  }
}

/* The text of page k (from 1) of the layout text t (pages end in form
 * feeds) into buf (len bytes); 0 when there is no such page. */
static int page_of(const char *t, int k, char *buf, size_t len) {
  const char *p = t;
  for (int i = 1; i < k; i++) {
    p = strchr(p, '\f');
    if (p == NULL)
      return 0;
    p++;
  }
  if (*p == '\0')
    return 0;
  const char *e = strchr(p, '\f');
  size_t n = e != NULL ? (size_t)(e - p) : strlen(p);
  snprintf(buf, len, "%.*s", (int)n, p);
  return 1;
}

/* Line i from the end (0: the last) among the non-empty lines of page,
 * trimmed, into buf; "" when there is none. */
static char *line_from_end(const char *page, int i, char *buf, size_t len) {
  const char *lines[2048];
  size_t lens[2048];
  int n = 0;
  for (const char *p = page; *p != '\0' && n < 2048;) {
    const char *e = strchr(p, '\n');
    size_t l = e != NULL ? (size_t)(e - p) : strlen(p);
    const char *a = p;
    while (l > 0 && (*a == ' ')) {
      a++;
      l--;
    }
    while (l > 0 && a[l - 1] == ' ')
      l--;
    if (l > 0) {
      lines[n] = a;
      lens[n++] = l;
    }
    if (e == NULL)
      break;
    p = e + 1;
  }
  buf[0] = '\0';
  if (i < n)
    snprintf(buf, len, "%.*s", (int)lens[n - 1 - i], lines[n - 1 - i]);
  return buf;
}

/* Line without a leading rank ("3. "). */
static const char *unranked(const char *line) {
  const char *p = line;
  while (*p >= '0' && *p <= '9')
    p++;
  return p > line && p[0] == '.' && p[1] == ' ' ? p + 2 : line;
}

/* The Utrecht report (14 alternatives), in one language: no table header
 * or label broken inside "(B/C)" or "P(net > 0)"; no group title (an
 * intervention's, an actor's, costs or benefits) as the last line of a
 * page; the part "6–10" of the overzichtstabel on one page. */
static void check_utrecht_tables(const char *lang) {
  mkba_lang l = lang_of(lang);
  const mkba_strings *s = mkba_i18n(l);
  char pdf[4400], sub[64];
  json_t *doc = tu_fixture("utrecht-nl");
  snprintf(sub, sizeof sub, "story-utrecht-%s", lang);
  render_doc(doc, sub, lang, pdf, sizeof pdf);
  char cmd[4600];
  snprintf(cmd, sizeof cmd, "pdftotext -layout -enc UTF-8 '%s' -", pdf);
  static char all[1 << 21];
  ck_assert_int_eq(tu_run(cmd, all, sizeof all), 0);
  ck_assert_msg(strlen(all) + 1 < sizeof all, "the text was cut short");
  static const char *const bc[] = {"C)", "K)", NULL};
  static const char *const gt[] = {" > 0)", NULL};
  static const char *const saldo[] = {" 0", NULL};
  never_broken(all, "(B/", bc, sub);
  never_broken(all, "P(net", gt, sub);
  never_broken(all, "P(NPV", gt, sub);
  never_broken(all, "saldo >", saldo, sub);
  /* group titles: every intervention's names, with or without a rank */
  const char *titles[128];
  char names[64][300];
  size_t nt = 0;
  const json_t *ivs = tu_get(doc, "interventions");
  for (size_t i = 0; i < json_array_size(ivs) && nt + 2 < 64; i++) {
    mkba_intervention_name(json_array_get(ivs, i), names[nt], 300);
    titles[nt] = names[nt];
    nt++;
    mkba_intervention_short_name(json_array_get(ivs, i), names[nt], 300);
    titles[nt] = names[nt];
    nt++;
  }
  static const char *const ids[] = {"gemeente",  "zorgverzekeraar",
                                    "rijk",      "woningcorporatie",
                                    "deelnemer", "samenleving"};
  for (size_t i = 0; i < 6; i++)
    titles[nt++] = mkba_i18n_actor(l, ids[i]);
  titles[nt++] = s->all_actors;
  titles[nt++] = s->col_costs;
  titles[nt++] = s->col_benefits;
  has(all, s->all_actors, "the PM table's group of all actors");
  ck_assert_msg(s->all_actors[0] >= 'A' && s->all_actors[0] <= 'Z',
                "the group title \"%s\" starts in lower case", s->all_actors);
  static char page[1 << 17];
  int found_part = 0;
  for (int k = 1; page_of(all, k, page, sizeof page); k++) {
    /* the last line is the footer; the one above it ends the body */
    char last[600], above[600], joined[1300];
    line_from_end(page, 1, last, sizeof last);
    line_from_end(page, 2, above, sizeof above);
    snprintf(joined, sizeof joined, "%s %s", above, last);
    for (size_t i = 0; i < nt; i++) {
      ck_assert_msg(strcmp(unranked(last), titles[i]) != 0,
                    "%s: page %d ends with the group title \"%s\"", sub, k,
                    last);
      ck_assert_msg(strcmp(unranked(joined), titles[i]) != 0,
                    "%s: page %d ends with the group title \"%s\"", sub, k,
                    joined);
    }
    /* the overzichtstabel's part 6–10 (about 25 rows) is not split: its
     * heading and its last row on one page */
    char head[200];
    mkba_tpl(head, sizeof head, s->overview_part, "6", "10", "14", NULL);
    char *h = strstr(page, head);
    if (h != NULL && strstr(h, s->col_costs_pv) != NULL) {
      found_part = 1;
      /* the B/C row is its last: "(B/C)", which a narrow column may put
       * on a line of its own */
      ck_assert_msg(strstr(h, strrchr(s->row_bcr, ' ') + 1) != NULL,
                    "%s: \"%s\" is split over pages", sub, head);
    }
  }
  ck_assert_msg(found_part, "%s: no part 6–10 in the overzichtstabel", sub);
  json_decref(doc);
}

START_TEST(test_story_utrecht_tables_dutch) { check_utrecht_tables("nl"); }
END_TEST

START_TEST(test_story_utrecht_tables_english) { check_utrecht_tables("en"); }
END_TEST

/* The page-1 ranking of alternatives, in English: "P(net > 0)" whole in
 * its header. */
START_TEST(test_story_ranking_header_whole) {
  json_t *doc = tu_fixture("alternatives-en");
  char pdf[4400];
  render_doc(doc, "story-ranking-header", "en", pdf, sizeof pdf);
  pages_as(pdf, 1, 1, 1);
  static const char *const gt[] = {" > 0)", NULL};
  ck_assert_msg(strstr(raw, "P(net") != NULL, "no P(net > 0) on page 1");
  never_broken(raw, "P(net", gt, "page 1's ranking");
  json_decref(doc);
}
END_TEST

/* The gemeente's net per year for 14 alternatives comes in parts, each
 * with its own caption: the part 11–14 does not read as the rows of the
 * part above it. */
START_TEST(test_story_budget_parts_captioned) {
  json_t *doc = fourteen();
  json_t *ivs = json_object_get(doc, "interventions");
  for (size_t i = 0; i < json_array_size(ivs); i++)
    add_years(json_object_get(json_array_get(ivs, i), "actors"), 2025, 10);
  char pdf[4400];
  render_doc(doc, "story-budget-parts", "nl", pdf, sizeof pdf);
  const char *t = pages(pdf, 2, 0);
  long at = find_last(t, "Saldo van de gemeente per jaar");
  ck_assert_msg(at >= 0, "no yearly nets");
  long a = find(t,
                "Alternatieven 1\xe2\x80\x93"
                "5 van 14",
                at);
  long b = find(t,
                "Alternatieven 6\xe2\x80\x93"
                "10 van 14",
                at);
  long c = find(t,
                "Alternatieven 11\xe2\x80\x93"
                "14 van 14",
                at);
  ck_assert_msg(a > at && b > a && c > b,
                "the yearly nets' parts lack their captions");
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
  tcase_add_test(tc, test_story_society_words);
  tcase_add_test(tc, test_story_parameters_dutch);
  tcase_add_test(tc, test_story_parameters_english);
  tcase_add_test(tc, test_story_certainty_qualified);
  tcase_add_test(tc, test_story_overview_sums_dutch);
  tcase_add_test(tc, test_story_overview_sums_english);
  tcase_add_test(tc, test_story_utrecht_tables_dutch);
  tcase_add_test(tc, test_story_utrecht_tables_english);
  tcase_add_test(tc, test_story_ranking_header_whole);
  tcase_add_test(tc, test_story_budget_parts_captioned);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run_suite(suite()); }
