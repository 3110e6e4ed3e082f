/*
 * test_report_text.c: the report's text as a reader gets it, in both
 * languages: no word broken inside a word, no number broken over two lines,
 * every probability printed by the one rule, each report wholly in its own
 * language, no source that cites an internal file.
 *
 * The reports are the fixtures (reports/tests/fixtures) and two runs of the
 * engine on the examples: the 14 interventions of centrumregio Utrecht and
 * the Housing First demo, which have the long labels, long sources and
 * eight-digit amounts that broke before. Text comes from pdftotext
 * (poppler-utils): -raw keeps the lines of a table cell together, -bbox
 * gives each word's size.
 */
#define _GNU_SOURCE /* strcasestr */
#include <check.h>
#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "i18n.h"
#include "mkba_report.h"
#include "test_util.h"
#include "text.h"

#define SDE "1790000000" /* 21 September 2026, UTC */

/* The strings table is read as an array of its members. */
_Static_assert(sizeof(mkba_strings) % sizeof(const char *) == 0,
               "mkba_strings holds strings only");
#define N_STRINGS (sizeof(mkba_strings) / sizeof(const char *))

/* The i-th string of a table (s: a table; i < N_STRINGS). */
static const char *table_string(const mkba_strings *s, size_t i) {
  return ((const char *const *)(const void *)s)[i];
}

static const char *const actor_ids[] = {"gemeente",  "zorgverzekeraar",
                                        "rijk",      "woningcorporatie",
                                        "deelnemer", "samenleving"};
#define N_ACTORS (sizeof actor_ids / sizeof actor_ids[0])

/* A command's whole standard output (new, caller frees); fails the test when
 * the command does not run or fails. cmd: the shell command. */
static char *run_output(const char *cmd) {
  FILE *p = popen(cmd, "r");
  ck_assert_msg(p != NULL, "cannot run: %s", cmd);
  size_t len = 0, cap = 1 << 16;
  char *buf = malloc(cap);
  ck_assert_ptr_nonnull(buf);
  size_t n;
  while ((n = fread(buf + len, 1, cap - len - 1, p)) > 0) {
    len += n;
    if (cap - len - 1 == 0) {
      cap *= 2;
      char *grown = realloc(buf, cap);
      ck_assert_ptr_nonnull(grown);
      buf = grown;
    }
  }
  buf[len] = '\0';
  int st = pclose(p);
  ck_assert_msg(st == 0, "failed (%d): %s", st, cmd);
  return buf;
}

/* pdftotext's text of pdf, with mode "-raw" or "-bbox" (new, caller
 * frees). */
static char *pdf_text(const char *pdf, const char *mode) {
  char cmd[4600];
  snprintf(cmd, sizeof cmd, "pdftotext %s -enc UTF-8 '%s' -", mode, pdf);
  return run_output(cmd);
}

/* Decode the UTF-8 character at s into *cp; returns its length in bytes
 * (1 for a stray byte). */
static int utf8_next(const char *s, unsigned *cp) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[0] < 0x80) {
    *cp = u[0];
    return 1;
  }
  if ((u[0] & 0xe0) == 0xc0 && (u[1] & 0xc0) == 0x80) {
    *cp = ((u[0] & 0x1fu) << 6) | (u[1] & 0x3fu);
    return 2;
  }
  if ((u[0] & 0xf0) == 0xe0 && (u[1] & 0xc0) == 0x80 && (u[2] & 0xc0) == 0x80) {
    *cp = ((u[0] & 0x0fu) << 12) | ((u[1] & 0x3fu) << 6) | (u[2] & 0x3fu);
    return 3;
  }
  *cp = u[0];
  return 1;
}

/* Whether code point cp is a letter of the report's languages: ASCII,
 * accented Latin, Greek (α, β). */
static int is_letter(unsigned cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
    return 1;
  if (cp >= 0xc0 && cp <= 0x24f && cp != 0xd7 && cp != 0xf7)
    return 1;
  return cp >= 0x391 && cp <= 0x3c9;
}

/* A copy of the n bytes at s with ASCII letters in lower case (new). */
static char *fold(const char *s, size_t n) {
  char *w = g_strndup(s, n);
  for (char *p = w; *p != '\0'; p++)
    if (*p >= 'A' && *p <= 'Z')
      *p = (char)(*p - 'A' + 'a');
  return w;
}

/* Add every word (run of letters) of s to the set k (words folded). */
static void add_words(GHashTable *k, const char *s) {
  const char *p = s, *start = NULL;
  while (s != NULL) {
    unsigned cp = 0;
    int n = *p != '\0' ? utf8_next(p, &cp) : 0;
    int letter = n > 0 && is_letter(cp);
    if (letter && start == NULL)
      start = p;
    if (!letter && start != NULL) {
      g_hash_table_add(k, fold(start, (size_t)(p - start)));
      start = NULL;
    }
    if (n == 0)
      break;
    p += n;
  }
}

/* Add the words of every string in the document, and of units and sources
 * as the report of language lang writes them. */
static void add_doc_words(GHashTable *k, const json_t *v, mkba_lang lang) {
  char buf[4096];
  if (json_is_string(v)) {
    add_words(k, json_string_value(v));
    add_words(k, mkba_fmt_unit(buf, sizeof buf, json_string_value(v), lang));
    add_words(k, mkba_fmt_source(buf, sizeof buf, json_string_value(v), lang));
  } else if (json_is_array(v)) {
    for (size_t i = 0; i < json_array_size(v); i++)
      add_doc_words(k, json_array_get(v, i), lang);
  } else if (json_is_object(v)) {
    const char *key;
    json_t *e;
    json_object_foreach((json_t *)v, key, e) add_doc_words(k, e, lang);
  }
}

/* The words a report of language lang on doc may print: its own strings,
 * the actors, the month names and everything in the document. */
static GHashTable *known_words(const json_t *doc, mkba_lang lang) {
  GHashTable *k = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  const mkba_strings *s = mkba_i18n(lang);
  for (size_t i = 0; i < N_STRINGS; i++)
    add_words(k, table_string(s, i));
  for (size_t i = 0; i < N_ACTORS; i++)
    add_words(k, mkba_i18n_actor(lang, actor_ids[i]));
  char buf[64];
  for (int m = 0; m < 12; m++)
    add_words(k,
              mkba_fmt_date(buf, sizeof buf, (time_t)(m * 31 * 86400), lang));
  add_doc_words(k, doc, lang);
  return k;
}

/* Whether word w (n bytes) is in k. */
static int known(GHashTable *k, const char *w, size_t n) {
  char *f = fold(w, n);
  int in = g_hash_table_contains(k, f);
  g_free(f);
  return in;
}

/* The run of letters that ends line [a, b): its start, or NULL when the line
 * does not end in a letter. */
static const char *tail_letters(const char *a, const char *b) {
  const char *p = a, *start = NULL;
  while (p < b) {
    unsigned cp;
    int n = utf8_next(p, &cp);
    if (is_letter(cp)) {
      if (start == NULL)
        start = p;
    } else {
      start = NULL;
    }
    p += n;
  }
  return start;
}

/* Length of the run of letters that starts at p (0: none). */
static size_t head_letters(const char *p, const char *end) {
  const char *q = p;
  while (q < end) {
    unsigned cp;
    int n = utf8_next(q, &cp);
    if (!is_letter(cp))
      break;
    q += n;
  }
  return (size_t)(q - p);
}

/* Append a problem's description what to found (len bytes), after a space,
 * as far as it fits. */
static void note(char *found, size_t len, const char *what) {
  size_t o = strlen(found);
  if (o + strlen(what) + 2 < len)
    snprintf(found + o, len - o, " %s", what);
}

/*
 * Words broken inside a word: for each two lines of pdftotext -raw (a table
 * cell's lines follow each other), a line that ends in letters and a next
 * line that starts with letters must not together spell a word the report
 * knows when one of the two halves is not a word itself ("Betrouwbaarhei" +
 * "d", "persoonsja" + "ar"). raw: the text; k: known words; found, len: the
 * cases, described. Returns how many.
 */
static int broken_words(const char *raw, GHashTable *k, char *found,
                        size_t len) {
  int bad = 0;
  const char *prev = NULL, *prev_end = NULL;
  for (const char *line = raw; *line != '\0';) {
    const char *end = strchr(line, '\n');
    if (end == NULL)
      end = line + strlen(line);
    if (prev != NULL && prev_end > prev && end > line) {
      const char *a = tail_letters(prev, prev_end);
      size_t bn = head_letters(line, end);
      if (a != NULL && bn > 0) {
        size_t an = (size_t)(prev_end - a);
        char joined[512];
        if (an + bn < sizeof joined) {
          memcpy(joined, a, an);
          memcpy(joined + an, line, bn);
          if (known(k, joined, an + bn) &&
              (!known(k, a, an) || !known(k, line, bn))) {
            bad++;
            char d[300];
            snprintf(d, sizeof d, "\"%.*s / %.*s\"", (int)an, a, (int)bn, line);
            note(found, len, d);
          }
        }
      }
    }
    prev = line;
    prev_end = end;
    line = *end != '\0' ? end + 1 : end;
  }
  return bad;
}

/* Whether token [p, p+n) is a well-formed number in lang: digits grouped in
 * threes after the first group when grouped, then decimals; a sign allowed
 * in front. */
static int well_formed(const char *p, size_t n, mkba_lang lang) {
  const char group = lang == MKBA_LANG_NL ? '.' : ',';
  const char point = lang == MKBA_LANG_NL ? ',' : '.';
  const char *end = p + n;
  if (n >= 3 && memcmp(p, "\xe2\x88\x92", 3) == 0)
    p += 3;
  else if (p < end && (*p == '+' || *p == '-'))
    p++;
  const char *q = p;
  while (q < end && *q >= '0' && *q <= '9')
    q++;
  size_t first = (size_t)(q - p);
  if (first == 0)
    return 0;
  int grouped = 0;
  while (q < end && *q == group) {
    if (first > 3 && !grouped)
      return 0;
    grouped = 1;
    int d = 0;
    for (q++; q < end && *q >= '0' && *q <= '9'; q++)
      d++;
    if (d != 3)
      return 0;
  }
  if (q < end && *q == point) {
    int d = 0;
    for (q++; q < end && *q >= '0' && *q <= '9'; q++)
      d++;
    if (d == 0)
      return 0;
  }
  return q == end;
}

/* Whether c is a digit or a separator of a number. */
static int numeric(char c) {
  return (c >= '0' && c <= '9') || c == '.' || c == ',';
}

/* The token of digits and separators that ends line [a, b), or NULL. */
static const char *tail_number(const char *a, const char *b) {
  const char *p = b;
  /* a number ends in a digit; "(1," at a line's end is a list, not half a
   * number */
  if (b == a || b[-1] < '0' || b[-1] > '9')
    return NULL;
  while (p > a && numeric(p[-1]))
    p--;
  /* a sign in front belongs to it */
  if (p - a >= 3 && memcmp(p - 3, "\xe2\x88\x92", 3) == 0)
    p -= 3;
  return p;
}

/*
 * Numbers broken over two lines: a line that ends in a number and a next
 * line that starts with digits must not be the two halves of one number,
 * that is: halves of which one is malformed while together they are well
 * formed ("107.140.24" / "2"). raw: pdftotext -raw; lang: the number format;
 * found, len: the cases, described. Returns how many.
 */
static int broken_numbers(const char *raw, mkba_lang lang, char *found,
                          size_t len) {
  int bad = 0;
  const char *prev = NULL, *prev_end = NULL;
  for (const char *line = raw; *line != '\0';) {
    const char *end = strchr(line, '\n');
    if (end == NULL)
      end = line + strlen(line);
    if (prev != NULL && end > line && *line >= '0' && *line <= '9') {
      const char *a = tail_number(prev, prev_end);
      const char *b_end = line;
      while (b_end < end && numeric(*b_end))
        b_end++;
      /* a sentence's full stop or comma after the second half */
      while (b_end > line && (b_end[-1] == '.' || b_end[-1] == ','))
        b_end--;
      if (a != NULL) {
        size_t an = (size_t)(prev_end - a), bn = (size_t)(b_end - line);
        char joined[256];
        if (an + bn < sizeof joined) {
          memcpy(joined, a, an);
          memcpy(joined + an, line, bn);
          if (well_formed(joined, an + bn, lang) &&
              (!well_formed(a, an, lang) || !well_formed(line, bn, lang))) {
            bad++;
            char d[300];
            snprintf(d, sizeof d, "\"%.*s / %.*s\"", (int)an, a, (int)bn, line);
            note(found, len, d);
          }
        }
      }
    }
    prev = line;
    prev_end = end;
    line = *end != '\0' ? end + 1 : end;
  }
  return bad;
}

/* The words of pdftotext -bbox output whose box is at least min_h points
 * high (9: 8 pt tables and up, not the 7,5 pt chart ticks; 10: 9 pt
 * sentences and the page-1 cards), stripped of the punctuation around them.
 * Returns a set (new). */
static GHashTable *large_words(const char *bbox, double min_h) {
  GHashTable *set =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  for (const char *p = strstr(bbox, "<word "); p != NULL;
       p = strstr(p + 1, "<word ")) {
    double y0, y1;
    const char *a = strstr(p, "yMin=\""), *b = strstr(p, "yMax=\"");
    const char *t = strchr(p, '>'), *e = strstr(p, "</word>");
    if (a == NULL || b == NULL || t == NULL || e == NULL || t > e)
      continue;
    y0 = atof(a + 6);
    y1 = atof(b + 6);
    if (y1 - y0 < min_h)
      continue;
    t++;
    while (t < e && *t == '(')
      t++;
    while (e > t && strchr(").,;:", e[-1]) != NULL)
      e--;
    g_hash_table_add(set, g_strndup(t, (size_t)(e - t)));
  }
  return set;
}

/* Collect every probability of the document (p_npv_positive, p_best) into
 * ps (up to max; *n counts them). */
static void probabilities(const json_t *v, double *ps, size_t max, size_t *n) {
  if (json_is_array(v)) {
    for (size_t i = 0; i < json_array_size(v); i++)
      probabilities(json_array_get(v, i), ps, max, n);
  } else if (json_is_object(v)) {
    const char *key;
    json_t *e;
    json_object_foreach((json_t *)v, key, e) {
      if ((strcmp(key, "p_npv_positive") == 0 || strcmp(key, "p_best") == 0) &&
          json_is_number(e)) {
        if (*n < max)
          ps[*n] = json_number_value(e);
        (*n)++;
      } else {
        probabilities(e, ps, max, n);
      }
    }
  }
}

/*
 * Probabilities not printed by the one rule (mkba_fmt_probability): the
 * page-1 chance, the tables and the sentences. A probability printed another
 * way (whole percents, printf's rounding of a half, "100,0%" for 0,9999)
 * must not be in the text; chart ticks (7,5 pt) are left out, an axis may
 * say 100%. bbox: pdftotext -bbox; doc: the results; lang; found, len: the
 * cases, described. Returns how many.
 */
static int bad_probabilities(const char *bbox, const json_t *doc,
                             mkba_lang lang, char *found, size_t len) {
  /* tables (8 pt) print a probability with its decimal; whole percents in
   * a table are other shares (a switching value of 27%), in a sentence or
   * a card they were the headline chance */
  GHashTable *words = large_words(bbox, 9.0);
  GHashTable *text = large_words(bbox, 10.0);
  static double ps[4096];
  size_t n = 0;
  int bad = 0;
  probabilities(doc, ps, 4096, &n);
  if (n > 4096)
    n = 4096;
  /* what the one rule prints for some probability may print anywhere */
  GHashTable *rule =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  char buf[64], want[64];
  for (size_t i = 0; i < n; i++)
    g_hash_table_add(
        rule, g_strdup(mkba_fmt_probability(buf, sizeof buf, ps[i], lang)));
  double top = NAN;
  const json_t *u = json_object_get(doc, "uncertainty");
  if (json_is_number(json_object_get(u, "p_npv_positive")))
    top = json_number_value(json_object_get(u, "p_npv_positive"));
  for (size_t i = 0; i < n; i++) {
    if (!(ps[i] > 0 && ps[i] < 1))
      continue;
    for (int d = 0; d <= 1; d++) {
      /* whole percents: only for the headline chance, where they were, and
       * only where no other share of the text can be the same word: 100%
       * or 0% (the contradiction), or a number off the round shares of
       * sentences ("kosten +20%", "met 10% verlaagd") */
      mkba_fmt_percent(buf, sizeof buf, ps[i], d, lang);
      int whole = atoi(buf);
      if (d == 0 &&
          (ps[i] != top || (whole != 100 && whole != 0 && whole % 5 == 0)))
        continue;
      if (g_hash_table_contains(rule, buf) ||
          !g_hash_table_contains(d == 0 ? text : words, buf))
        continue;
      bad++;
      mkba_fmt_probability(want, sizeof want, ps[i], lang);
      char msg[200];
      snprintf(msg, sizeof msg, "%s printed as \"%s\"", want, buf);
      note(found, len, msg);
    }
  }
  /* the one rule never prints a tenth of a percent at the ends */
  const char *ends[] = {lang == MKBA_LANG_NL ? "100,0%" : "100.0%",
                        lang == MKBA_LANG_NL ? "0,0%" : "0.0%"};
  for (int i = 0; i < 2; i++)
    if (g_hash_table_contains(words, ends[i])) {
      bad++;
      note(found, len, ends[i]);
    }
  g_hash_table_destroy(rule);
  g_hash_table_destroy(text);
  g_hash_table_destroy(words);
  return bad;
}

/* The text with every line break and no-break space as one space, runs of
 * spaces as one, and no break after a hyphen inside a word (new): a phrase
 * is found wherever its paragraph wraps. */
static char *flatten(const char *raw) {
  char *out = malloc(strlen(raw) + 1);
  ck_assert_ptr_nonnull(out);
  size_t o = 0;
  for (const char *p = raw; *p != '\0';) {
    int space = 0;
    /* a line that ends in a word's hyphen ("income-" / "dependent") was
     * wrapped after it: the word goes on without a space */
    if (*p == '\n' && o >= 2 && out[o - 1] == '-' && out[o - 2] != ' ') {
      p++;
      continue;
    }
    if (*p == '\n' || *p == ' ' || *p == '\t' || *p == '\f') {
      space = 1;
      p++;
    } else if ((unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0) {
      space = 1;
      p += 2;
    } else if (strncmp(p, "\xe2\x80\xaf", 3) == 0) { /* stops at the end of p */
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

/* Blank out in text (flattened) every occurrence of s (flattened here). */
static void blank_out(char *text, const char *s) {
  char *f = flatten(s);
  size_t n = strlen(f);
  if (n >= 12)
    for (char *p = strstr(text, f); p != NULL; p = strstr(p + n, f))
      memset(p, ' ', n);
  free(f);
}

/* Collect the sources of the document into list (strings borrowed from the
 * document), and the text after a kind word ("assumption: ") too; with
 * user set, the labels too (v: the scenario's interventions or variants,
 * named by whoever wrote the scenario, in their language). */
static void collect_sources(const json_t *v, GPtrArray *list, int user) {
  if (json_is_array(v)) {
    for (size_t i = 0; i < json_array_size(v); i++)
      collect_sources(json_array_get(v, i), list, user);
  } else if (json_is_object(v)) {
    const char *key;
    json_t *e;
    json_object_foreach((json_t *)v, key, e) {
      if (strcmp(key, "source") == 0 && json_is_string(e)) {
        const char *src = json_string_value(e);
        const char *colon = strstr(src, ": ");
        g_ptr_array_add(list, (gpointer)src);
        if (colon != NULL)
          g_ptr_array_add(list, (gpointer)(colon + 2));
      } else if (strcmp(key, "label") == 0 && json_is_string(e) && user) {
        g_ptr_array_add(list, (gpointer)json_string_value(e));
      } else {
        collect_sources(e, list, user);
      }
    }
  }
}

/* Order for g_ptr_array_sort: longer strings first. */
static gint longer_first(gconstpointer a, gconstpointer b) {
  size_t la = strlen(*(const char *const *)a);
  size_t lb = strlen(*(const char *const *)b);
  return la < lb ? 1 : la > lb ? -1 : 0;
}

/* Blank out the sources of the document in text: a source is a citation
 * and stays as its author wrote it, in whatever language (the kind word in
 * front is the report's: checked apart); so do the scenario's own names for
 * itself, its interventions and its variants. Longest first, so a source that
 * contains another is blanked whole. */
static void blank_sources(char *text, const json_t *doc) {
  GPtrArray *list = g_ptr_array_new();
  collect_sources(doc, list, 0);
  collect_sources(json_object_get(doc, "interventions"), list, 1);
  collect_sources(json_object_get(doc, "variants"), list, 1);
  const char *title = json_string_value(
      json_object_get(json_object_get(doc, "scenario"), "title"));
  if (title != NULL)
    g_ptr_array_add(list, (gpointer)title);
  g_ptr_array_sort(list, longer_first);
  for (guint i = 0; i < list->len; i++)
    blank_out(text, g_ptr_array_index(list, i));
  g_ptr_array_free(list, TRUE);
}

/* Whether fragment f occurs in any string of table s. */
static int in_table(const mkba_strings *s, const char *f) {
  for (size_t i = 0; i < N_STRINGS; i++)
    if (strstr(table_string(s, i), f) != NULL)
      return 1;
  return 0;
}

/* Minimum length of a string of the other table looked for: shorter ones
 * ("Parameter", "min") are words both languages share. */
#define MIN_FRAGMENT 14

/*
 * Text of the other language: a string of the other language's table (the
 * parts between its {n} placeholders, of MIN_FRAGMENT bytes or more, that
 * this language's table does not have), an actor's name in the other
 * language, and in English a Dutch unit. Sources are left out: a citation
 * stays as written. flat: flattened -raw text; doc; lang; found, len: the
 * cases, described. Returns how many.
 */
static int other_language(const char *flat, const json_t *doc, mkba_lang lang,
                          char *found, size_t len) {
  int bad = 0;
  char *text = strdup(flat);
  ck_assert_ptr_nonnull(text);
  blank_sources(text, doc);
  mkba_lang other = lang == MKBA_LANG_NL ? MKBA_LANG_EN : MKBA_LANG_NL;
  const mkba_strings *mine = mkba_i18n(lang), *theirs = mkba_i18n(other);
  for (size_t i = 0; i < N_STRINGS; i++) {
    const char *t = table_string(theirs, i);
    if (strcmp(t, table_string(mine, i)) == 0)
      continue;
    char *flat_t = flatten(t);
    /* the pieces between placeholders */
    for (char *p = flat_t; *p != '\0';) {
      char *q = p;
      while (*q != '\0' &&
             !(q[0] == '{' && q[1] >= '1' && q[1] <= '9' && q[2] == '}'))
        q++;
      char save = *q;
      *q = '\0';
      while (*p == ' ')
        p++;
      size_t n = strlen(p);
      while (n > 0 && p[n - 1] == ' ')
        p[--n] = '\0';
      if (n >= MIN_FRAGMENT && !in_table(mine, p) && strstr(text, p)) {
        bad++;
        note(found, len, p);
      }
      *q = save;
      p = save != '\0' ? q + 3 : q;
    }
    free(flat_t);
  }
  for (size_t i = 0; i < N_ACTORS; i++) {
    const char *a = mkba_i18n_actor(other, actor_ids[i]);
    if (strcmp(a, mkba_i18n_actor(lang, actor_ids[i])) != 0 && strlen(a) >= 8 &&
        !in_table(mine, a) && strstr(text, a) != NULL) {
      bad++;
      note(found, len, a);
    }
  }
  if (lang == MKBA_LANG_EN) {
    /* no Dutch unit the English table translates ("persoonsjaren", "kans
     * per jaar") */
    const json_t *lists[] = {json_object_get(doc, "parameters"),
                             json_object_get(doc, "outcomes")};
    for (int l = 0; l < 2; l++)
      for (size_t i = 0; i < json_array_size(lists[l]); i++) {
        const char *u = json_string_value(
            json_object_get(json_array_get(lists[l], i), "unit"));
        char tr[256];
        if (u == NULL || strlen(u) < 10 ||
            strcmp(mkba_fmt_unit(tr, sizeof tr, u, lang), u) == 0 ||
            strstr(text, u) == NULL)
          continue;
        bad++;
        note(found, len, u);
      }
  }
  /* samenleving (an actor) and maatschappij (the total) are two things:
   * in English "Rest of society" and "Society as a whole", never both
   * "Society" */
  for (const char *p = lang == MKBA_LANG_EN ? strstr(text, "Society") : NULL;
       p != NULL; p = strstr(p + 1, "Society"))
    if (strncmp(p, "Society as a whole", 18) != 0) {
      bad++;
      char msg[64];
      snprintf(msg, sizeof msg, "\"%.30s\"", p);
      note(found, len, msg);
    }
  free(text);
  return bad;
}

/* Sources not in the report's language, or citing internal files: an
 * "assumption:" in Dutch (it is "aanname:"), or any .md file (the
 * project's notes) in any language. flat: the flattened text; lang; found, len:
 * the cases, described. Returns how many. */
static int bad_sources(const char *flat, mkba_lang lang, char *found,
                       size_t len) {
  int bad = 0;
  /* (inside a citation "derived:" may stand: the engine copies a regional
   * count's source into the source of what it scaled) */
  if (lang == MKBA_LANG_NL && strcasestr(flat, "assumption:") != NULL) {
    bad++;
    note(found, len, "assumption:");
  }
  for (const char *p = strstr(flat, ".md"); p != NULL;
       p = strstr(p + 1, ".md")) {
    unsigned cp = 0;
    utf8_next(p + 3, &cp);
    if (!is_letter(cp)) {
      bad++;
      const char *from = p - flat > 20 ? p - 20 : flat;
      char d[64];
      snprintf(d, sizeof d, "\"%.*s\"", (int)(p + 3 - from), from);
      note(found, len, d);
    }
  }
  return bad;
}

/*
 * English prose in a Dutch report: words that English sentences cannot do
 * without and Dutch does not have. The sources count too: the engine gives
 * a Dutch run each source in Dutch (a plugin's source_nl, the data files'
 * Dutch twins), so an English source note is a defect, not a citation.
 * flat: the flattened text; found, len: the cases. Returns how many.
 */
static int english_prose(const char *flat, char *found, size_t len) {
  static const char *const words[] = {"the",    "and",     "which",  "found",
                                      "with",   "from",    "people", "assumed",
                                      "scaled", "against", "years",  "share"};
  int bad = 0;
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
    size_t n = strlen(words[i]);
    for (const char *p = strstr(flat, words[i]); p != NULL;
         p = strstr(p + 1, words[i])) {
      unsigned before = 0, after = 0;
      if (p > flat) { /* the character before: back up over UTF-8 */
        const char *b = p - 1;
        while (b > flat && ((unsigned char)*b & 0xc0) == 0x80)
          b--;
        utf8_next(b, &before);
      }
      utf8_next(p + n, &after);
      /* inside a word or an identifier (share_street, years_with,
       * transitions.from.straat); "found." ends a sentence */
      unsigned next = 0;
      if (after == '.')
        utf8_next(p + n + 1, &next);
      if (is_letter(before) || is_letter(after) || before == '_' ||
          after == '_' || before == '.' || is_letter(next))
        continue;
      bad++;
      const char *from = p - flat > 30 ? p - 30 : flat;
      char d[96];
      snprintf(d, sizeof d, "\"%.*s\"", (int)(p + n - from), from);
      note(found, len, d);
    }
  }
  return bad;
}

/* Every check on the report pdf of document doc in language lang; name:
 * the report, for the messages. */
static void check_report(const char *pdf, const json_t *doc, mkba_lang lang,
                         const char *name) {
  char *raw = pdf_text(pdf, "-raw");
  char *bbox = pdf_text(pdf, "-bbox");
  char *flat = flatten(raw);
  GHashTable *k = known_words(doc, lang);
  static char found[4096];
  ck_assert_msg(strlen(raw) > 1000, "%s: hardly any text", name);
  found[0] = '\0';
  int n = broken_words(raw, k, found, sizeof found);
  ck_assert_msg(n == 0, "%s: %d word(s) broken inside a word:%s", name, n,
                found);
  n = broken_numbers(raw, lang, found, sizeof found);
  ck_assert_msg(n == 0, "%s: %d number(s) broken over two lines:%s", name, n,
                found);
  n = bad_probabilities(bbox, doc, lang, found, sizeof found);
  ck_assert_msg(n == 0, "%s: %d probabilit(y/ies) not by the one rule:%s", name,
                n, found);
  n = other_language(flat, doc, lang, found, sizeof found);
  ck_assert_msg(n == 0, "%s: %d text(s) of the other language:%s", name, n,
                found);
  n = bad_sources(flat, lang, found, sizeof found);
  ck_assert_msg(n == 0,
                "%s: %d source(s) not in the language or citing "
                "internal files:%s",
                name, n, found);
  n = lang == MKBA_LANG_NL ? english_prose(flat, found, sizeof found) : 0;
  ck_assert_msg(n == 0, "%s: %d English word(s) in the Dutch report:%s", name,
                n, found);
  g_hash_table_destroy(k);
  free(flat);
  free(bbox);
  free(raw);
}

/* Run the engine on an example scenario in language lang, writing the
 * results and the PDF, and check the report. */
static void check_example(const char *scenario, const char *lang) {
  const char *bin = getenv("MKBA_BIN");
  const char *examples = getenv("MKBA_EXAMPLES");
  ck_assert_msg(bin != NULL && examples != NULL,
                "MKBA_BIN and MKBA_EXAMPLES must name the mkba program and "
                "the examples directory (set by CTest)");
  char dir[4096], name[128], cmd[12000], path[4200];
  snprintf(name, sizeof name, "text-%s-%s", scenario, lang);
  tu_outdir(name, dir, sizeof dir);
  snprintf(cmd, sizeof cmd,
           "SOURCE_DATE_EPOCH=" SDE " '%s' run '%s/%s.json' -o '%s/run' "
           "--format pdf --lang %s --threads 2 >/dev/null",
           bin, examples, scenario, dir, lang);
  ck_assert_msg(system(cmd) == 0, "run failed: %s", cmd);
  snprintf(path, sizeof path, "%s/run/results.json", dir);
  json_error_t err;
  json_t *doc = json_load_file(path, 0, &err);
  ck_assert_msg(doc != NULL, "cannot read %s: %s", path, err.text);
  snprintf(path, sizeof path, "%s/run/report.pdf", dir);
  check_report(path, doc, (mkba_lang)mkba_lang_parse(lang), name);
  json_decref(doc);
}

/* Render a fixture in its language and check the report. */
static void check_fixture(const char *fixture, const char *lang) {
  char dir[4096], err[512], pdf[4200], name[128];
  snprintf(name, sizeof name, "text-%s", fixture);
  tu_outdir(name, dir, sizeof dir);
  setenv("SOURCE_DATE_EPOCH", SDE, 1);
  json_t *doc = tu_fixture(fixture);
  int rc = mkba_report_render(doc, dir, MKBA_REPORT_PDF, lang, err, sizeof err);
  ck_assert_msg(rc == 0, "render %s: %s", fixture, err);
  snprintf(pdf, sizeof pdf, "%s/report.pdf", dir);
  check_report(pdf, doc, (mkba_lang)mkba_lang_parse(lang), name);
  json_decref(doc);
}

/* Text wraps between words only, a number never: a box narrower than the
 * word or the number lets it run over instead of cutting it. */
START_TEST(test_lines_break_between_words_only) {
  cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create(s);
  mkba_text_style st = mkba_style(8);
  double w1, h1, h;
  /* (a range "2025–2034" may break after its dash, as typesetters do:
   * pango breaks after an en dash whatever the attributes say) */
  const char *const whole[] = {"Betrouwbaarheid",
                               "107.140.242",
                               "\xe2\x88\x92\xe2\x82\xac\xc2\xa0"
                               "3,1\xc2\xa0mln",
                               "\xe2\x88\x92"
                               "2.605.767",
                               ">\xc2\xa0"
                               "99,9%",
                               "persoonsjaren"};
  for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++) {
    mkba_text_size(cr, whole[i], &st, &w1, &h1);
    mkba_text_style narrow = st;
    narrow.width = w1 / 3;
    mkba_text_size(cr, whole[i], &narrow, NULL, &h);
    ck_assert_msg(fabs(h - h1) < 0.01, "\"%s\" broken over lines", whole[i]);
    /* and a table that sizes its column by the longest word fits it */
    ck_assert_double_ge(mkba_text_min_width(cr, whole[i], &st) + 0.01, w1);
  }
  /* two words in a narrow box: two lines, not more */
  mkba_text_size(cr, "Betrouwbaarheid", &st, &w1, &h1);
  st.width = w1 / 2;
  mkba_text_size(cr, "Betrouwbaarheid bron", &st, NULL, &h);
  ck_assert_double_lt(fabs(h - 2 * h1), 0.5);
  /* the narrowest box is the widest word */
  st.width = 0;
  double wb;
  mkba_text_size(cr, "bron", &st, &wb, NULL);
  ck_assert_double_lt(
      fabs(mkba_text_min_width(cr, "Betrouwbaarheid bron", &st) - w1), 0.01);
  cairo_destroy(cr);
  cairo_surface_destroy(s);
}
END_TEST

/*
 * The reference list names every citation the parameters rest on, once:
 * each source that is not a kind word ("aanname: ...") nor the scenario's
 * own choice appears after the list's heading exactly once, as do the
 * method's guideline and the discount-rate report.
 */
static void check_references(const char *fixture, const char *lang) {
  char dir[4096], err[512], pdf[4200], name[128];
  snprintf(name, sizeof name, "refs-%s-%s", fixture, lang);
  tu_outdir(name, dir, sizeof dir);
  setenv("SOURCE_DATE_EPOCH", SDE, 1);
  json_t *doc = tu_fixture(fixture);
  ck_assert_int_eq(
      mkba_report_render(doc, dir, MKBA_REPORT_PDF, lang, err, sizeof err), 0);
  snprintf(pdf, sizeof pdf, "%s/report.pdf", dir);
  char *raw = pdf_text(pdf, "-raw");
  char *flat = flatten(raw);
  const mkba_strings *s = mkba_i18n((mkba_lang)mkba_lang_parse(lang));
  char *heading = flatten(s->sec_references);
  /* the last occurrence: the table of contents names it first */
  const char *list = NULL;
  for (const char *p = strstr(flat, heading); p != NULL;
       p = strstr(p + 1, heading))
    list = p;
  ck_assert_msg(list != NULL, "%s: no reference list", name);
  const char *end = strstr(list, s->sec_provenance);
  ck_assert_ptr_nonnull(end);
  const char *fixed[] = {s->ref_leidraad, s->ref_discount};
  const json_t *params = json_object_get(doc, "parameters");
  size_t cited = 0;
  for (size_t i = 0; i < json_array_size(params) + 2; i++) {
    const char *src;
    if (i < 2) {
      src = fixed[i];
    } else {
      const json_t *p = json_array_get(params, i - 2);
      src = json_string_value(json_object_get(p, "source"));
      const char *conf = json_string_value(json_object_get(p, "confidence"));
      if (src == NULL || mkba_source_kind_first(src) ||
          (conf != NULL && strcmp(conf, "scenario") == 0))
        continue;
    }
    char *want = flatten(src);
    const char *at = strstr(list, want);
    ck_assert_msg(at != NULL && at < end, "%s: not in the reference list: %s",
                  name, want);
    const char *again = strstr(at + 1, want);
    ck_assert_msg(again == NULL || again > end,
                  "%s: twice in the reference list: %s", name, want);
    free(want);
    cited++;
  }
  ck_assert_uint_gt(cited, 3);
  free(heading);
  free(flat);
  free(raw);
  json_decref(doc);
}

/* The method box says whether optimism bias was applied, and with what
 * result: the variants fixture states it, the single one does not. */
START_TEST(test_method_box_optimism) {
  static const char *const fx[][3] = {{"variants-nl", "nl", "Kosten 20% hoger"},
                                      {"variants-en", "en", "Costs 20% higher"},
                                      {"single-nl", "nl", NULL},
                                      {"single-en", "en", NULL}};
  for (size_t i = 0; i < sizeof fx / sizeof fx[0]; i++) {
    char dir[4096], err[512], pdf[4200], name[128];
    snprintf(name, sizeof name, "optimism-%s", fx[i][0]);
    tu_outdir(name, dir, sizeof dir);
    setenv("SOURCE_DATE_EPOCH", SDE, 1);
    json_t *doc = tu_fixture(fx[i][0]);
    ck_assert_int_eq(mkba_report_render(doc, dir, MKBA_REPORT_PDF, fx[i][1],
                                        err, sizeof err),
                     0);
    snprintf(pdf, sizeof pdf, "%s/report.pdf", dir);
    char *raw = pdf_text(pdf, "-raw"), *flat = flatten(raw);
    const mkba_strings *s = mkba_i18n((mkba_lang)mkba_lang_parse(fx[i][1]));
    ck_assert_msg(strstr(flat, s->m_optimism) != NULL, "%s: no row", name);
    char *no = flatten(s->m_optimism_no);
    if (fx[i][2] != NULL)
      ck_assert_msg(strstr(flat, fx[i][2]) != NULL && strstr(flat, no) == NULL,
                    "%s: the adjusted figure is missing", name);
    else
      ck_assert_msg(strstr(flat, no) != NULL, "%s: says nothing", name);
    free(no);
    free(flat);
    free(raw);
    json_decref(doc);
  }
}
END_TEST

START_TEST(test_reference_list) {
  check_references("utrecht-nl", "nl");
  check_references("alternatives-en", "en");
}
END_TEST

START_TEST(test_fixtures) {
  static const char *const fx[][2] = {
      {"single-nl", "nl"},       {"single-en", "en"},
      {"package-nl", "nl"},      {"package-en", "en"},
      {"alternatives-nl", "nl"}, {"alternatives-en", "en"},
      {"variants-nl", "nl"},     {"variants-en", "en"}};
  for (size_t i = 0; i < sizeof fx / sizeof fx[0]; i++)
    check_fixture(fx[i][0], fx[i][1]);
}
END_TEST

START_TEST(test_utrecht_nl) {
  check_example("all_interventions_utrecht", "nl");
}
END_TEST

START_TEST(test_utrecht_en) {
  check_example("all_interventions_utrecht", "en");
}
END_TEST

START_TEST(test_demo_nl) { check_example("housing_first", "nl"); }
END_TEST

START_TEST(test_demo_en) { check_example("housing_first", "en"); }
END_TEST

/* The checks themselves catch what they are for: a broken word, a broken
 * number, a probability by another rule, the other language, an English
 * source word in Dutch. */
START_TEST(test_checks_can_fail) {
  json_t *doc =
      json_pack("{s:[{s:s, s:s}], s:{s:f}}", "parameters", "label",
                "Betrouwbaarheid van de bron", "unit", "persoonsjaren",
                "uncertainty", "p_npv_positive", 0.9955);
  ck_assert_ptr_nonnull(doc);
  GHashTable *k = known_words(doc, MKBA_LANG_NL);
  char found[1024] = "";
  ck_assert(known(k, "Betrouwbaarheid", 15));
  ck_assert(!known(k, "Betrouwbaarhei", 14));
  ck_assert_int_eq(broken_words("Parameter Waarde\nBetrouwbaarhei\nd\nbron\n",
                                k, found, sizeof found),
                   1);
  ck_assert_int_eq(
      broken_words("QALY per persoonsja\nren\n", k, found, sizeof found), 1);
  ck_assert_int_eq(
      broken_words("Betrouwbaarheid van\nde bron\n", k, found, sizeof found),
      0);
  /* numbers: the package row that broke, and rows that did not */
  ck_assert_int_eq(broken_numbers("Pakket 55.712.345\n107.140.24\n2\n",
                                  MKBA_LANG_NL, found, sizeof found),
                   1);
  ck_assert_int_eq(broken_numbers("2025 1.234 12.345\n2026 1.234\n",
                                  MKBA_LANG_NL, found, sizeof found),
                   0);
  ck_assert(well_formed("\xe2\x88\x92"
                        "1.234,5",
                        10, MKBA_LANG_NL));
  ck_assert(!well_formed("1.23", 4, MKBA_LANG_NL));
  /* a probability: whole percents in large type, and 100,0% */
  const char *page =
      "<word xMin=\"1\" yMin=\"10\" xMax=\"2\" yMax=\"20.47\">100%</word>";
  ck_assert_int_eq(
      bad_probabilities(page, doc, MKBA_LANG_NL, found, sizeof found), 1);
  const char *tick =
      "<word xMin=\"1\" yMin=\"10\" xMax=\"2\" yMax=\"18.72\">100%</word>";
  ck_assert_int_eq(
      bad_probabilities(tick, doc, MKBA_LANG_NL, found, sizeof found), 0);
  const char *right =
      "<word xMin=\"1\" yMin=\"10\" xMax=\"2\" yMax=\"20\">(99,6%).</word>";
  ck_assert_int_eq(
      bad_probabilities(right, doc, MKBA_LANG_NL, found, sizeof found), 0);
  /* the other language: an English heading in a Dutch text, a Dutch unit
   * in an English one */
  const mkba_strings *en = mkba_i18n(MKBA_LANG_EN);
  char text[512];
  snprintf(text, sizeof text, "Samenvatting %s en meer", en->sec_assumptions);
  ck_assert_int_ge(other_language(text, doc, MKBA_LANG_NL, found, sizeof found),
                   1);
  ck_assert_int_eq(other_language("Samenvatting en meer", doc, MKBA_LANG_NL,
                                  found, sizeof found),
                   0);
  ck_assert_int_eq(other_language("42 persoonsjaren", doc, MKBA_LANG_EN, found,
                                  sizeof found),
                   1);
  ck_assert_int_eq(other_language("Society (total) 5; Society 3", doc,
                                  MKBA_LANG_EN, found, sizeof found),
                   2);
  ck_assert_int_eq(bad_sources("Aanname: assumption: none", MKBA_LANG_NL, found,
                               sizeof found),
                   1);
  /* English prose in Dutch, but not a Dutch word that contains one */
  ck_assert_int_eq(
      english_prose("Aanname: no Dutch figure found, so the middle", found,
                    sizeof found),
      2);
  ck_assert_int_eq(english_prose("geen cijfer found. Daarna transitions.from.x",
                                 found, sizeof found),
                   1);
  ck_assert_int_eq(english_prose("Aanname: geen cijfer gevonden; thee, andere, "
                                 "yearsx",
                                 found, sizeof found),
                   0);
  ck_assert_int_eq(
      bad_sources("see NOTES.md, above", MKBA_LANG_EN, found, sizeof found), 1);
  ck_assert_int_eq(
      bad_sources("werkwijzer.md)", MKBA_LANG_EN, found, sizeof found), 1);
  g_hash_table_destroy(k);
  json_decref(doc);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("report_text");
  TCase *tc = tcase_create("text");
  tcase_add_test(tc, test_lines_break_between_words_only);
  tcase_add_test(tc, test_checks_can_fail);
  tcase_add_test(tc, test_fixtures);
  tcase_add_test(tc, test_reference_list);
  tcase_add_test(tc, test_method_box_optimism);
  tcase_add_test(tc, test_utrecht_nl);
  tcase_add_test(tc, test_utrecht_en);
  tcase_add_test(tc, test_demo_nl);
  tcase_add_test(tc, test_demo_en);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run_suite(suite()); }
