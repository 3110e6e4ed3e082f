/*
 * workbook.c: the results as an Excel workbook (workbook.h).
 *
 * Every sheet but the summary is a table: a header row (frozen, with a
 * filter), then one row per thing (an actor, a year, a parameter). Sheets
 * that exist per level (actors, categories, years, ...) carry the level in
 * their first column: the package and, with several interventions, each
 * intervention; alternatives have no package, since their sum is not a
 * choice anyone can make. The "Data" sheet holds every number of the
 * document once per row, the sum of alternatives included, labelled.
 *
 * Numbers are written as numbers: the separators are the reader's own
 * (Dutch Excel shows € 1.234.567), the format says whether a number is
 * euros (whole), a percentage or a factor. libxlsxwriter cannot measure
 * text, so column widths come from the number of characters written.
 *
 * This file writes the workbook: its properties and its sheets in order;
 * each group of sheets is a file of its own (workbook_sheets.h), the book
 * they share is workbook_book.c's, and the written file is read back by
 * workbook_check.c.
 */
#include "workbook.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

#include "format.h"
#include "results.h"
#include "workbook_book.h"
#include "workbook_check.h"
#include "workbook_sheets.h"

/* Widest column for ordinary text (wrapped text: see workbook_sheet.c). */
#define MAX_WIDTH 50.0
/* 1 January 1980 UTC: the creation time without SOURCE_DATE_EPOCH. */
#define FIXED_CREATED ((time_t)315532800)

/* The creation time: SOURCE_DATE_EPOCH, or the fixed date. Returns 0, or
 * -1 when the variable is set but not a time. */
static int created_time(time_t *when) {
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  *when = FIXED_CREATED;
  if (sde == NULL || sde[0] == '\0')
    return 0;
  char *end;
  errno = 0;
  long long v = strtoll(sde, &end, 10);
  if (errno != 0 || *end != '\0' || v < 0)
    return -1;
  *when = (time_t)v;
  return 0;
}

/* Document properties: title, subject, author (mkba and its version),
 * creation time, and as custom properties the scenario's digest and the
 * data versions (b: the workbook; when: the creation time). */
static void set_properties(wb_book *b, time_t when) {
  const json_t *p = mkba_j_obj(b->doc, "provenance");
  char author[64], comments[256];
  snprintf(author, sizeof author, "mkba %s", mkba_j_str(p, "mkba_version", ""));
  snprintf(comments, sizeof comments, "%s",
           wb_say(b, (words){"Elk getal van results.json; het blad Data is "
                             "klaar voor een draaitabel.",
                             "Every number of results.json; the Data sheet is "
                             "ready for a pivot table."}));
  lxw_doc_properties props = {
      .title = (char *)mkba_j_str(mkba_j_obj(b->doc, "scenario"), "title", ""),
      .subject =
          (char *)wb_say(b, (words){"Maatschappelijke kosten-batenanalyse",
                                    "Social cost-benefit analysis"}),
      .author = author,
      .keywords = (char *)"MKBA",
      .comments = comments,
      .created = when};
  wbs_note(&b->w, workbook_set_properties(b->w.wb, &props),
           "document properties");
  const char *custom[] = {"scenario_sha256", "data_version"};
  for (size_t i = 0; i < 2; i++) {
    const char *v = mkba_j_str(p, custom[i], NULL);
    if (v != NULL && v[0] != '\0')
      wbs_note(&b->w,
               workbook_set_custom_property_string(b->w.wb, custom[i], v),
               "document properties");
  }
}

/* Every sheet, in the order a reader wants them. */
static void write_sheets(wb_book *b) {
  wb_write_summary(b);
  wb_write_interventions(b);
  wb_write_actors(b);
  wb_write_categories(b);
  wb_write_transfers(b);
  wb_write_years(b);
  wb_write_outcomes(b);
  wb_write_pm(b);
  const json_t *u = mkba_j_obj(b->doc, "uncertainty");
  if (u != NULL) {
    wb_write_uncertainty(b, u);
    wb_write_quantiles(b, u);
    wb_write_histogram(b, u);
    wb_write_correlations(b, u);
  }
  wb_write_sensitivity(b);
  wb_write_switching(b);
  wb_write_variants(b);
  wb_write_parameters(b);
  wb_write_provenance(b);
  wb_write_data(b);
}

/* See workbook.h. */
int mkba_workbook_write(const json_t *results, const char *path,
                        const char *lang, char *err, size_t errlen) {
  if (err != NULL && errlen > 0)
    err[0] = '\0';
  /* messages name the file, not the staging directory it is written in */
  const char *base = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;
  int l = mkba_lang_parse(lang);
  if (l < 0)
    return wbs_fail(err, errlen, "unknown language", lang);
  if (!json_is_object(results) || mkba_j_obj(results, "summary") == NULL)
    return wbs_fail(err, errlen, "results document has no 'summary'", "");
  time_t when;
  if (created_time(&when) != 0)
    return wbs_fail(err, errlen, "invalid SOURCE_DATE_EPOCH",
                    getenv("SOURCE_DATE_EPOCH"));
  wb_book b;
  memset(&b, 0, sizeof b);
  b.doc = results;
  b.w.lang = (mkba_lang)l;
  b.w.max_width = MAX_WIDTH;
  if (wb_make_levels(&b) != 0) {
    free(b.level);
    free(b.name);
    return wbs_fail(err, errlen, "out of memory", "");
  }
  b.w.wb = wbs_workbook_new(path);
  if (b.w.wb == NULL) {
    free(b.level);
    free(b.name);
    return wbs_fail(err, errlen, base, "cannot start the workbook");
  }
  wbs_make_formats(&b.w);
  set_properties(&b, when);
  if (b.w.error == LXW_NO_ERROR)
    write_sheets(&b);
  /* Close (and so free) the workbook in any case; its error counts only
   * when the sheets went well. */
  int failed = wbs_close(&b.w, base, err, errlen);
  free(b.level);
  free(b.name);
  if (failed)
    return 1;
  char why[512];
  if (mkba_workbook_check(path, why, sizeof why) != 0)
    return wbs_fail(err, errlen, base, why);
  return 0;
}
