/*
 * test_report_nav.c: finding one's way in the report files. The PDF's
 * document information and catalog (Author, Title, Creator, /Lang), its
 * outline of every section and heading, the table of contents (titles, page
 * numbers, links) checked against the pages where the titles really are,
 * an exact cross-reference table after mkba's additions, and the chart
 * files: the same bytes whatever the number of threads, and a title and a
 * description in every SVG and PNG.
 *
 * The PDF is read back with poppler-utils (pdfinfo, pdftotext, and
 * pdftohtml -xml for the outline, resolved to pages by poppler itself), the
 * SVG with python3's XML parser; the cross-reference table and the PNG
 * chunks by the small readers below.
 */
#include <check.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "format.h"
#include "i18n.h"
#include "mkba_report.h"
#include "test_util.h"

#define SDE "1790000000" /* 21 September 2026, 14:13:20 UTC */

/* Command output; large enough for a fixture's whole text. */
static char out[1 << 21];

/* ---- rendering ---- */

/* Render doc (borrowed) in lang with formats on `threads` threads into
 * out/<sub>/, whose path goes into dir (len bytes). */
static void render_into(const json_t *doc, const char *sub, const char *lang,
                        unsigned formats, int threads, char *dir, size_t len) {
  char err[512];
  tu_outdir(sub, dir, len);
  setenv("SOURCE_DATE_EPOCH", SDE, 1);
  int rc = mkba_report_render_threads(doc, dir, formats, lang, threads, err,
                                      sizeof err);
  ck_assert_msg(rc == 0, "render %s: %s", sub, err);
}

/* Render fixture's PDF into out/<sub>/report.pdf, path into pdf. */
static void render_pdf(const char *fixture, const char *sub, const char *lang,
                       char *pdf, size_t len) {
  char dir[4096];
  json_t *doc = tu_fixture(fixture);
  render_into(doc, sub, lang, MKBA_REPORT_PDF, 0, dir, sizeof dir);
  json_decref(doc);
  snprintf(pdf, len, "%s/report.pdf", dir);
}

/* Run cmd (a poppler tool, python3) into `out`, failing on a bad exit. */
static const char *run(const char *cmd) {
  int st = tu_run(cmd, out, sizeof out);
  ck_assert_msg(st == 0, "'%s' failed (poppler-utils and python3 needed)", cmd);
  return out;
}

/* Collapse every run of white space in s to one space, in place, and trim
 * it: pdftotext and the outline break and space titles differently. */
static char *squash(char *s) {
  char *w = s;
  int space = 1;
  for (const char *r = s; *r != '\0'; r++) {
    if (*r == ' ' || *r == '\n' || *r == '\t' || *r == '\f' || *r == '\r') {
      if (!space)
        *w++ = ' ';
      space = 1;
    } else {
      *w++ = *r;
      space = 0;
    }
  }
  if (w > s && w[-1] == ' ')
    w--;
  *w = '\0';
  return s;
}

/* ---- the outline, as poppler reads it ---- */

#define MAX_ITEMS 200

typedef struct {
  char title[256]; /* the text, white space squashed */
  int depth;       /* 0 top level, 1 under a chapter, ... */
  int page;        /* the page poppler resolves its destination to */
} item;

/* Replace XML's five entities in s, in place. */
static void unescape(char *s) {
  static const char *const ent[][2] = {{"&amp;", "&"},  {"&lt;", "<"},
                                       {"&gt;", ">"},   {"&quot;", "\""},
                                       {"&apos;", "'"}, {"&#39;", "'"}};
  char *w = s;
  for (const char *r = s; *r != '\0';) {
    size_t k = 0;
    for (; k < sizeof ent / sizeof ent[0]; k++)
      if (strncmp(r, ent[k][0], strlen(ent[k][0])) == 0)
        break;
    if (k < sizeof ent / sizeof ent[0]) {
      *w++ = ent[k][1][0];
      r += strlen(ent[k][0]);
    } else {
      *w++ = *r++;
    }
  }
  *w = '\0';
}

/* The outline of pdf into items (at most MAX_ITEMS); returns how many. */
static int outline(const char *pdf, item *items) {
  char cmd[4400];
  snprintf(cmd, sizeof cmd,
           "pdftohtml -xml -i -q -stdout '%s' | sed -n '/^<outline>/,$p'", pdf);
  run(cmd);
  int n = 0, depth = -1;
  for (char *line = strtok(out, "\n"); line != NULL;
       line = strtok(NULL, "\n")) {
    if (strncmp(line, "<outline", 8) == 0) {
      depth++;
    } else if (strncmp(line, "</outline>", 10) == 0) {
      depth--;
    } else if (strncmp(line, "<item", 5) == 0 && n < MAX_ITEMS) {
      const char *pg = strstr(line, "page=\"");
      char *text = strchr(line, '>');
      char *end = text ? strstr(text, "</item>") : NULL;
      ck_assert_msg(text != NULL && end != NULL, "odd outline line: %s", line);
      *end = '\0';
      snprintf(items[n].title, sizeof items[n].title, "%s", text + 1);
      unescape(items[n].title);
      squash(items[n].title);
      items[n].depth = depth;
      items[n].page = pg ? atoi(pg + 6) : 0;
      n++;
    }
  }
  ck_assert_msg(n > 0, "'%s' has no outline", pdf);
  return n;
}

/* ---- the table of contents, as pdftotext reads its page ---- */

/* The lines of the contents page (page `page` of pdf, whose title is
 * `heading` and whose footer starts with `footer`) as items: title and
 * page number; a title that wraps is joined. Returns how many. */
static int contents(const char *pdf, int page, const char *heading,
                    const char *footer, item *items) {
  char cmd[4400];
  snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 -layout -f %d -l %d '%s' -",
           page, page, pdf);
  run(cmd);
  int n = 0, started = 0;
  char pending[512] = "";
  for (char *line = strtok(out, "\n"); line != NULL;
       line = strtok(NULL, "\n")) {
    char copy[1024];
    snprintf(copy, sizeof copy, "%s", line);
    squash(copy);
    if (!started) {
      started = strcmp(copy, heading) == 0;
      continue;
    }
    if (strncmp(copy, footer, strlen(footer)) == 0)
      break;
    if (copy[0] == '\0')
      continue;
    /* a line ends in its page number, after the title */
    char *sp = strrchr(copy, ' ');
    char *num = sp ? sp + 1 : copy;
    int digits = num[0] != '\0' && strspn(num, "0123456789") == strlen(num);
    if (!digits || sp == NULL) {
      size_t l = strlen(pending);
      snprintf(pending + l, sizeof pending - l, "%s%s", l ? " " : "", copy);
      continue;
    }
    *sp = '\0';
    ck_assert_int_lt(n, MAX_ITEMS);
    snprintf(items[n].title, sizeof items[n].title, "%s%s%s", pending,
             pending[0] ? " " : "", copy);
    squash(items[n].title);
    items[n].page = atoi(num);
    items[n].depth = -1;
    pending[0] = '\0';
    n++;
  }
  ck_assert_msg(started, "no '%s' on page %d of '%s'", heading, page, pdf);
  return n;
}

/* The text of one page, white space squashed, into buf (len bytes). */
static char *page_text(const char *pdf, int page, char *buf, size_t len) {
  char cmd[4400];
  snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 -f %d -l %d '%s' -", page,
           page, pdf);
  run(cmd);
  snprintf(buf, len, "%s", out);
  return squash(buf);
}

/* ---- the raw PDF ---- */

/* Where s first occurs in [p, p + n), or NULL. */
static const unsigned char *mem_find(const unsigned char *p, size_t n,
                                     const char *s) {
  size_t k = strlen(s);
  for (size_t i = 0; i + k <= n; i++)
    if (memcmp(p + i, s, k) == 0)
      return p + i;
  return NULL;
}

/* A PDF's cross-reference table as read from its last startxref. */
typedef struct {
  unsigned char *data; /* the file (owned) */
  size_t len;          /* its size */
  size_t table;        /* offset of entry 0 */
  long size;           /* number of entries */
  long root;           /* the catalog's object number */
} xref;

/* Read pdf's table, checking its frame: startxref points at "xref", the
 * entries are 20 bytes each and "trailer" follows them. */
static void read_xref(const char *pdf, xref *x) {
  x->data = tu_read(pdf, &x->len);
  ck_assert_ptr_nonnull(x->data);
  const unsigned char *sx = NULL;
  for (size_t i = 0; i + 9 <= x->len; i++)
    if (memcmp(x->data + i, "startxref", 9) == 0)
      sx = x->data + i;
  if (sx == NULL) {
    ck_abort_msg("no startxref in '%s'", pdf);
    return;
  }
  long at = atol((const char *)sx + 10);
  ck_assert_msg(at > 0 && (size_t)at < x->len &&
                    memcmp(x->data + at, "xref\n0 ", 7) == 0,
                "startxref of '%s' does not point at its table", pdf);
  x->size = atol((const char *)x->data + at + 7);
  const unsigned char *nl = mem_find(x->data + at + 5, 32, "\n");
  ck_assert_ptr_nonnull(nl);
  x->table = (size_t)(nl + 1 - x->data);
  ck_assert_msg(x->table + 20 * (size_t)x->size + 8 <= x->len &&
                    memcmp(x->data + x->table + 20 * (size_t)x->size,
                           "trailer\n", 8) == 0,
                "the table of '%s' is not followed by its trailer", pdf);
  const unsigned char *r =
      mem_find(x->data + x->table + 20 * (size_t)x->size, 200, "/Root ");
  ck_assert_ptr_nonnull(r);
  x->root = atol((const char *)r + 6);
}

/* The text of object id (up to its "endobj") into buf of len bytes. */
static char *object(const xref *x, long id, char *buf, size_t len) {
  long off = atol((const char *)x->data + x->table + 20 * (size_t)id);
  const unsigned char *end =
      mem_find(x->data + off, x->len - (size_t)off, "endobj");
  ck_assert_ptr_nonnull(end);
  size_t n = (size_t)(end - (x->data + off));
  if (n >= len)
    n = len - 1;
  memcpy(buf, x->data + off, n);
  buf[n] = '\0';
  return buf;
}

/* ---- tests ---- */

/* pdfinfo's value for key ("Author"), squashed, into buf. */
static char *info(const char *pdf, const char *key, char *buf, size_t len) {
  char cmd[4400];
  snprintf(cmd, sizeof cmd, "pdfinfo -enc UTF-8 '%s'", pdf);
  run(cmd);
  char k[64];
  snprintf(k, sizeof k, "\n%s:", key);
  /* the key at the start of a line, the first line too */
  const char *p = NULL;
  if (strncmp(out, k + 1, strlen(k + 1)) == 0)
    p = out + strlen(k + 1);
  else if ((p = strstr(out, k)) != NULL)
    p += strlen(k);
  ck_assert_msg(p != NULL, "pdfinfo shows no %s for '%s'", key, pdf);
  size_t n = strcspn(p, "\n");
  snprintf(buf, len, "%.*s", (int)n, p);
  return squash(buf);
}

/* Document information and catalog: Title, Author (the scenario's when it
 * has one, else mkba), Subject, Creator with the version, the date from
 * SOURCE_DATE_EPOCH, and /Lang in each language. */
START_TEST(test_pdf_metadata) {
  char dir[4096], pdf[4400], buf[512], want[512];
  json_t *doc = tu_fixture("single-nl");
  render_into(doc, "nav-meta-nl", "nl", MKBA_REPORT_PDF, 0, dir, sizeof dir);
  snprintf(pdf, sizeof pdf, "%s/report.pdf", dir);
  ck_assert_str_eq(info(pdf, "Title", buf, sizeof buf),
                   json_string_value(tu_get(doc, "scenario/title")));
  ck_assert_str_eq(info(pdf, "Author", buf, sizeof buf), "mkba");
  snprintf(want, sizeof want, "mkba %s",
           json_string_value(tu_get(doc, "provenance/mkba_version")));
  ck_assert_str_eq(info(pdf, "Creator", buf, sizeof buf), want);
  ck_assert_str_eq(info(pdf, "Subject", buf, sizeof buf),
                   mkba_i18n(MKBA_LANG_NL)->report_kind);
  ck_assert_msg(strstr(info(pdf, "CreationDate", buf, sizeof buf),
                       "Sep 21 14:13:20 2026") != NULL,
                "CreationDate is %s", buf);
  xref x;
  read_xref(pdf, &x);
  char cat[2048];
  object(&x, x.root, cat, sizeof cat);
  ck_assert_msg(strstr(cat, "/Type /Catalog") != NULL, "root: %s", cat);
  ck_assert_msg(strstr(cat, "/Lang (nl-NL)") != NULL, "no /Lang: %s", cat);
  ck_assert_msg(strstr(cat, "/PageMode /UseOutlines") != NULL, "%s", cat);
  ck_assert_msg(mem_find(x.data, x.len, "(D:20260921141320Z)") != NULL,
                "the dates lack their D: prefix");
  free(x.data);

  /* the scenario's author, in the other language */
  json_object_set_new(json_object_get(doc, "scenario"), "author",
                      json_string("Gemeente Utrecht, afdeling Onderzoek"));
  render_into(doc, "nav-meta-en", "en", MKBA_REPORT_PDF, 0, dir, sizeof dir);
  snprintf(pdf, sizeof pdf, "%s/report.pdf", dir);
  ck_assert_str_eq(info(pdf, "Author", buf, sizeof buf),
                   "Gemeente Utrecht, afdeling Onderzoek");
  read_xref(pdf, &x);
  object(&x, x.root, cat, sizeof cat);
  ck_assert_msg(strstr(cat, "/Lang (en-GB)") != NULL, "no /Lang: %s", cat);
  free(x.data);
  json_decref(doc);
}
END_TEST

/* The report's date never comes from the clock, so that the same input
 * gives the same bytes: without SOURCE_DATE_EPOCH an undated scenario gives
 * an undated report (the PDF's dates fixed at 1 January 1980, as the
 * workbook's), and the scenario's "date" dates it. */
START_TEST(test_pdf_date_never_the_clock) {
  char dir[4096], pdf[4400], text[8192];
  json_t *doc = tu_fixture("single-nl");
  json_object_del(json_object_get(doc, "scenario"), "date");
  tu_outdir("nav-undated", dir, sizeof dir);
  unsetenv("SOURCE_DATE_EPOCH");
  char err[512];
  ck_assert_msg(mkba_report_render_threads(doc, dir, MKBA_REPORT_PDF, "nl", 0,
                                           err, sizeof err) == 0,
                "%s", err);
  snprintf(pdf, sizeof pdf, "%s/report.pdf", dir);
  xref x;
  read_xref(pdf, &x);
  ck_assert_msg(mem_find(x.data, x.len, "(D:19800101000000Z)") != NULL,
                "an undated report's PDF carries another date");
  free(x.data);
  page_text(pdf, 2, text, sizeof text);
  char today[64];
  mkba_fmt_date(today, sizeof today, time(NULL), MKBA_LANG_NL);
  ck_assert_msg(strstr(text, today) == NULL, "page 2 shows today, %s: %s",
                today, text);

  json_object_set_new(json_object_get(doc, "scenario"), "date",
                      json_string("2026-03-01"));
  tu_outdir("nav-dated", dir, sizeof dir);
  ck_assert_msg(mkba_report_render_threads(doc, dir, MKBA_REPORT_PDF, "nl", 0,
                                           err, sizeof err) == 0,
                "%s", err);
  snprintf(pdf, sizeof pdf, "%s/report.pdf", dir);
  read_xref(pdf, &x);
  ck_assert_msg(mem_find(x.data, x.len, "(D:20260301000000Z)") != NULL,
                "the scenario's date is not the PDF's");
  free(x.data);
  page_text(pdf, 2, text, sizeof text);
  ck_assert_msg(strstr(text, "1 maart 2026") != NULL,
                "page 2 does not show the scenario's date: %s", text);
  setenv("SOURCE_DATE_EPOCH", SDE, 1);
  json_decref(doc);
}
END_TEST

/* After mkba's additions every entry of the cross-reference table is
 * exact: an object in use starts where its entry says, and the free ones
 * form one chain from entry 0 back to 0. */
START_TEST(test_pdf_xref_exact) {
  const char *fixtures[] = {"single-nl", "variants-en", "alternatives-nl"};
  for (size_t f = 0; f < 3; f++) {
    char pdf[4400], sub[64];
    snprintf(sub, sizeof sub, "nav-xref-%zu", f);
    render_pdf(fixtures[f], sub, f == 1 ? "en" : "nl", pdf, sizeof pdf);
    xref x;
    read_xref(pdf, &x);
    int free_entries = 0, chained = 0;
    for (long i = 0; i < x.size; i++) {
      const char *e = (const char *)x.data + x.table + 20 * (size_t)i;
      long off = atol(e);
      if (e[17] == 'f') {
        free_entries++;
        continue;
      }
      ck_assert_msg(e[17] == 'n', "entry %ld of '%s' is neither n nor f", i,
                    pdf);
      char head[32];
      int hl = snprintf(head, sizeof head, "%ld 0 obj", i);
      ck_assert_msg((size_t)off + (size_t)hl <= x.len &&
                        memcmp(x.data + off, head, (size_t)hl) == 0,
                    "object %ld of '%s' is not at offset %ld", i, pdf, off);
    }
    /* walk the chain of free entries */
    long next = atol((const char *)x.data + x.table);
    while (next != 0 && chained <= free_entries) {
      const char *e = (const char *)x.data + x.table + 20 * (size_t)next;
      ck_assert_msg(next < x.size && e[17] == 'f',
                    "the free chain of '%s' reaches entry %ld in use", pdf,
                    next);
      chained++;
      next = atol(e);
    }
    ck_assert_int_eq(chained + 1, free_entries);
    free(x.data);
  }
}
END_TEST

/*
 * The outline, the contents page and the pages agree, for one
 * intervention, for alternatives and in English: the outline has the
 * contents' own entry and then exactly the contents' lines in order with
 * the same pages; every title is on the page given; chapters are at the
 * top with their headings under them; each line links to that page.
 */
static void check_navigation(const char *fixture, const char *lang) {
  char pdf[4400], sub[64];
  snprintf(sub, sizeof sub, "nav-%s-%s", fixture, lang);
  render_pdf(fixture, sub, lang, pdf, sizeof pdf);
  const mkba_strings *s =
      mkba_i18n(strcmp(lang, "en") == 0 ? MKBA_LANG_EN : MKBA_LANG_NL);
  static item ol[MAX_ITEMS], toc[MAX_ITEMS];
  int n_ol = outline(pdf, ol);
  int at = -1;
  for (int i = 0; i < n_ol; i++)
    if (strcmp(ol[i].title, s->sec_contents) == 0)
      at = i;
  ck_assert_msg(at >= 0, "the outline has no '%s'", s->sec_contents);
  at = at >= 0 ? at : 0; /* unchanged: the assert ends the test otherwise */
  /* near the start: right after the summary */
  ck_assert_int_eq(ol[at].depth, 0);
  for (int i = 1; i < at; i++)
    ck_assert_msg(ol[i].depth > 0, "'%s' comes before the contents",
                  ol[i].title);
  int cpage = ol[at].page;
  ck_assert_int_le(cpage, 3);
  int n_toc = contents(pdf, cpage, s->sec_contents, s->report_kind, toc);
  ck_assert_int_eq(n_toc, n_ol - 1);

  int subs = 0;
  static char text[1 << 17];
  for (int i = 0, k = 0; i < n_ol; i++) {
    if (i == at)
      continue;
    const item *o = &ol[i], *t = &toc[k++];
    ck_assert_msg(strcmp(o->title, t->title) == 0,
                  "outline item %d is '%s', the contents say '%s'", i, o->title,
                  t->title);
    ck_assert_msg(o->page == t->page,
                  "'%s' is on page %d in the outline, %d in the contents",
                  o->title, o->page, t->page);
    ck_assert_msg(o->page != cpage, "'%s' points at the contents", o->title);
    page_text(pdf, o->page, text, sizeof text);
    ck_assert_msg(strstr(text, o->title) != NULL, "'%s' is not on page %d",
                  o->title, o->page);
    ck_assert_msg(o->depth == 0 || o->depth == 1, "'%s' at depth %d", o->title,
                  o->depth);
    subs += o->depth == 1;
  }
  /* every chapter the document has is at the top ... */
  const char *chapters[] = {s->sec_summary, s->sec_sensitivity,
                            s->sec_assumptions, s->sec_provenance};
  for (size_t c = 0; c < 4; c++) {
    int found = 0;
    for (int i = 0; i < n_ol; i++)
      found |= ol[i].depth == 0 && strcmp(ol[i].title, chapters[c]) == 0;
    ck_assert_msg(found, "chapter '%s' is not at the top of the outline",
                  chapters[c]);
  }
  /* ... and headings sit under their chapter, not only chapters */
  ck_assert_int_gt(subs, 0);
  int switching = -1;
  for (int i = 0; i < n_ol; i++)
    if (strcmp(ol[i].title, s->switching_heading) == 0)
      switching = i;
  ck_assert_msg(switching > 0, "no '%s' in the outline", s->switching_heading);
  switching = switching > 0
                  ? switching
                  : 0; /* unchanged: the assert ends the test otherwise */
  ck_assert_int_eq(ol[switching].depth, 1);
  int parent = switching;
  while (parent > 0 && ol[parent].depth != 0)
    parent--;
  ck_assert_str_eq(ol[parent].title, s->sec_sensitivity);

  /* each line of the contents links to its heading's page, in order */
  char cmd[4400];
  snprintf(cmd, sizeof cmd, "pdfinfo -dests '%s'", pdf);
  static char dests[1 << 16];
  snprintf(dests, sizeof dests, "%s", run(cmd));
  size_t len;
  unsigned char *raw = tu_read(pdf, &len);
  ck_assert_ptr_nonnull(raw);
  int links = 0;
  for (const unsigned char *p = mem_find(raw, len, "/Subtype /Link"); p;
       p = mem_find(p + 1, len - (size_t)(p + 1 - raw), "/Subtype /Link")) {
    const unsigned char *d = mem_find(p, 300, "/Dest (");
    ck_assert_msg(d != NULL, "a link without a named destination");
    char name[64];
    ck_assert_int_eq(sscanf((const char *)d + 7, "%63[^)]", name), 1);
    char quoted[80];
    snprintf(quoted, sizeof quoted, "\"%s\"", name);
    const char *line = strstr(dests, quoted);
    ck_assert_msg(line != NULL, "link to unknown destination %s", name);
    while (line > dests && line[-1] != '\n')
      line--;
    ck_assert_int_lt(links, n_toc);
    ck_assert_msg(atoi(line) == toc[links].page,
                  "link %d (%s) goes to page %d, the line says %d", links, name,
                  atoi(line), toc[links].page);
    links++;
  }
  free(raw);
  ck_assert_int_eq(links, n_toc);
}

START_TEST(test_pdf_navigation_single) { check_navigation("single-nl", "nl"); }
END_TEST

START_TEST(test_pdf_navigation_alternatives) {
  check_navigation("alternatives-nl", "nl");
}
END_TEST

START_TEST(test_pdf_navigation_english) {
  check_navigation("variants-en", "en");
}
END_TEST

/* qsort's order for the names of list_dir (a, b: two names). */
static int by_name(const void *a, const void *b) { return strcmp(a, b); }

/* The names of the regular files in dir, sorted, into names (at most max);
 * returns how many. */
static int list_dir(const char *dir, char names[][64], int max) {
  DIR *d = opendir(dir);
  ck_assert_ptr_nonnull(d);
  int n = 0;
  for (struct dirent *e = readdir(d); e != NULL; e = readdir(d))
    if (e->d_name[0] != '.' && n < max)
      snprintf(names[n++], 64, "%s", e->d_name);
  closedir(d);
  qsort(names, (size_t)n, 64, by_name);
  return n;
}

/* One thread, four, or one per processor: the same files, byte for byte. */
START_TEST(test_threads_same_bytes) {
  json_t *doc = tu_fixture("variants-nl");
  const unsigned all = MKBA_REPORT_PDF | MKBA_REPORT_PNG | MKBA_REPORT_SVG;
  char one[4096], four[4096], any[4096];
  render_into(doc, "nav-threads-1", "nl", all, 1, one, sizeof one);
  render_into(doc, "nav-threads-4", "nl", all, 4, four, sizeof four);
  render_into(doc, "nav-threads-0", "nl", all, 0, any, sizeof any);
  json_decref(doc);
  static char a[40][64], b[40][64];
  int n = list_dir(one, a, 40);
  ck_assert_int_ge(n, 1 + 2 * 6); /* the PDF and at least six charts */
  const char *others[] = {four, any};
  for (int o = 0; o < 2; o++) {
    ck_assert_int_eq(list_dir(others[o], b, 40), n);
    for (int i = 0; i < n; i++) {
      ck_assert_str_eq(a[i], b[i]);
      char p1[4200], p2[4200];
      snprintf(p1, sizeof p1, "%s/%s", one, a[i]);
      snprintf(p2, sizeof p2, "%s/%s", others[o], b[i]);
      size_t n1, n2;
      unsigned char *d1 = tu_read(p1, &n1), *d2 = tu_read(p2, &n2);
      ck_assert_ptr_nonnull(d1);
      ck_assert_ptr_nonnull(d2);
      ck_assert_msg(n1 == n2 && memcmp(d1, d2, n1) == 0, "'%s' and '%s' differ",
                    p1, p2);
      free(d1);
      free(d2);
    }
  }
}
END_TEST

/* The value of a PNG text chunk (tEXt or iTXt without compression) with
 * keyword key, into buf; NULL when absent. */
static char *png_text(const unsigned char *p, size_t n, const char *key,
                      char *buf, size_t len) {
  for (size_t i = 8; i + 12 <= n;) {
    uint32_t l = (uint32_t)p[i] << 24 | (uint32_t)p[i + 1] << 16 |
                 (uint32_t)p[i + 2] << 8 | p[i + 3];
    const unsigned char *type = p + i + 4, *d = p + i + 8;
    size_t kl = strlen(key);
    if (l > kl && memcmp(d, key, kl + 1) == 0) {
      const unsigned char *v = NULL;
      if (memcmp(type, "tEXt", 4) == 0) {
        v = d + kl + 1;
      } else if (memcmp(type, "iTXt", 4) == 0 && d[kl + 1] == 0) {
        /* flag, method, language tag, translated keyword */
        v = d + kl + 3;
        v += strlen((const char *)v) + 1;
        v += strlen((const char *)v) + 1;
      }
      if (v != NULL) {
        size_t vl = (size_t)(d + l - v);
        snprintf(buf, len, "%.*s", (int)vl, (const char *)v);
        return buf;
      }
    }
    i += 12 + l;
  }
  return NULL;
}

/* The pHYs chunk's pixels per metre in x, or 0 when absent. */
static unsigned long png_ppm(const unsigned char *p, size_t n) {
  for (size_t i = 8; i + 12 <= n;) {
    uint32_t l = (uint32_t)p[i] << 24 | (uint32_t)p[i + 1] << 16 |
                 (uint32_t)p[i + 2] << 8 | p[i + 3];
    if (memcmp(p + i + 4, "pHYs", 4) == 0 && l == 9 && p[i + 16] == 1)
      return (unsigned long)p[i + 8] << 24 | (unsigned long)p[i + 9] << 16 |
             (unsigned long)p[i + 10] << 8 | p[i + 11];
    i += 12 + l;
  }
  return 0;
}

/* Every SVG is well-formed XML whose first children are a <title> (the
 * chart's title, as in the report) and a <desc> (the scenario, escaped);
 * every PNG has the same title, the software and its resolution. */
START_TEST(test_chart_files_say_what_they_show) {
  json_t *doc = tu_fixture("variants-nl");
  const char *scen = "Wonen & zorg <Utrecht> \"2026\"";
  json_object_set_new(json_object_get(doc, "scenario"), "title",
                      json_string(scen));
  char dir[4096];
  render_into(doc, "nav-charts", "nl",
              MKBA_REPORT_PDF | MKBA_REPORT_PNG | MKBA_REPORT_SVG, 0, dir,
              sizeof dir);
  char pdf[4400], cmd[9000];
  snprintf(pdf, sizeof pdf, "%s/report.pdf", dir);
  snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s' -", pdf);
  static char report[1 << 20];
  snprintf(report, sizeof report, "%s", run(cmd));
  squash(report);
  const char *names[16];
  size_t n = mkba_report_chart_names(doc, names, 16);
  ck_assert_int_ge(n, 6);
  for (size_t i = 0; i < n; i++) {
    char svg[4200], png[4200];
    snprintf(svg, sizeof svg, "%s/chart-%s.svg", dir, names[i]);
    snprintf(png, sizeof png, "%s/chart-%s.png", dir, names[i]);
    snprintf(cmd, sizeof cmd,
             "python3 -c 'import sys, xml.etree.ElementTree as E\n"
             "r = E.parse(sys.argv[1]).getroot()\n"
             "ns = \"{http://www.w3.org/2000/svg}\"\n"
             "assert r[0].tag == ns + \"title\" and r[1].tag == ns + \"desc\"\n"
             "print(r[0].text)\nprint(r[1].text)' '%s'",
             svg);
    char title[512], desc[1024];
    run(cmd);
    char *nl = strchr(out, '\n');
    ck_assert_ptr_nonnull(nl);
    *nl = '\0';
    snprintf(title, sizeof title, "%s", out);
    snprintf(desc, sizeof desc, "%s", nl + 1);
    squash(title);
    ck_assert_msg(title[0] != '\0' && strstr(report, title) != NULL,
                  "the title '%s' of %s is not a chart title in the report",
                  title, svg);
    ck_assert_msg(strstr(desc, scen) != NULL, "desc of %s: %s", svg, desc);
    ck_assert_msg(strstr(desc, "mkba") != NULL, "desc of %s: %s", svg, desc);

    size_t len;
    unsigned char *p = tu_read(png, &len);
    ck_assert_ptr_nonnull(p);
    char buf[1024];
    ck_assert_msg(png_text(p, len, "Title", buf, sizeof buf) != NULL,
                  "%s has no Title", png);
    ck_assert_str_eq(squash(buf), title);
    ck_assert_msg(png_text(p, len, "Description", buf, sizeof buf) != NULL &&
                      strstr(buf, scen) != NULL,
                  "%s has no Description with the scenario", png);
    ck_assert_msg(png_text(p, len, "Software", buf, sizeof buf) != NULL &&
                      strncmp(buf, "mkba ", 5) == 0,
                  "%s has no Software", png);
    /* 1200 pixels across the chart's 515 points: about 168 dpi */
    unsigned long ppm = png_ppm(p, len);
    ck_assert_msg(ppm > 6500 && ppm < 6700, "%s: %lu pixels per metre", png,
                  ppm);
    free(p);
  }
  json_decref(doc);
}
END_TEST

/* Suite: the PDF's navigation and the chart files. */
static Suite *suite(void) {
  Suite *s = suite_create("report_nav");
  TCase *tc = tcase_create("nav");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_pdf_metadata);
  tcase_add_test(tc, test_pdf_date_never_the_clock);
  tcase_add_test(tc, test_pdf_xref_exact);
  tcase_add_test(tc, test_pdf_navigation_single);
  tcase_add_test(tc, test_pdf_navigation_alternatives);
  tcase_add_test(tc, test_pdf_navigation_english);
  tcase_add_test(tc, test_threads_same_bytes);
  tcase_add_test(tc, test_chart_files_say_what_they_show);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run_suite(suite()); }
