/*
 * workbook_national.c: the national document as an Excel workbook
 * (national.xlsx), written with libxlsxwriter in the manner of
 * workbook.c: numbers as numbers with number formats, a frozen header
 * row with a filter on every table sheet, A4 printing, the creation date
 * from SOURCE_DATE_EPOCH, and the file read back and checked.
 *
 * Sheets: the summary (the national totals per intervention), "Data" (one
 * number of a cell per row, ready to pivot; no national sums, which a
 * pivot would count twice), one sheet per intervention (every
 * region as a row, skipped ones with their reason), one per region (every
 * intervention as a row) and the provenance.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

#include "count.h"
#include "mkba_report.h"
#include "national_doc.h"
#include "workbook_check.h"
#include "workbook_sheet.h"

#define MAX_COLS 25 /* the widest sheet: cell columns and six actors */
#define MAX_WIDTH 60.0

/* The workbook being written. */
typedef struct {
  wbs_book w;        /* what every sheet needs; first, see book_of */
  const mkba_nat *n; /* the national document and its names (borrowed) */
} book;

/* One sheet being written. */
typedef wbs_sheet sheet;

/* The workbook sheet s belongs to (its wbs_book is a book's first
 * member). */
static book *book_of(const sheet *s) { return (book *)s->b; }

/* The string of a pair in the workbook's language. */
static const char *say(const book *b, words w) { return wbs_say(&b->w, w); }

/* Remember the first error e (where: what was being written). */
static void note(book *b, lxw_error e, const char *where) {
  wbs_note(&b->w, e, where);
}

/* The characters number v takes in the national workbook (v: the value; f:
 * its format, of which only a probability's percent counts): a rougher
 * measure than wbs_number_width, kept for the workbook's column widths. */
static double number_width(double v, fmt_kind f) {
  double a = fabs(f == F_PROB ? v * 100 : v);
  double digits = a >= 1 ? floor(log10(a)) + 1 : 1;
  return digits + digits / 3 + 4;
}

/* Add a sheet called name (see wbs_sheet_open). Returns 0, or -1 when
 * refused. */
static int sheet_open(sheet *s, book *b, const char *name) {
  return wbs_sheet_open(s, &b->w, name, LXW_ERROR_PARAMETER_VALIDATION);
}

/* ---- what a cell has ---- */

/* A measure of a cell or a total: its key, names and format. */
typedef struct {
  const char *key; /* in the summary, uncertainty or total */
  words name;
  fmt_kind f;
} measure;

/* A computed cell's measures, in the order of the per-sheet columns. */
static const measure CELL[] = {
    {"participants", {"Deelnemers", "Participants"}, F_INT},
    {"pv_costs", {"Kosten (CW)", "Costs (PV)"}, F_EURO},
    {"pv_benefits", {"Baten (CW)", "Benefits (PV)"}, F_EURO},
    {"npv", {"Saldo (CW)", "Net (PV)"}, F_EURO},
    {"npv_per_participant", {"Saldo per eenheid", "Net per unit"}, F_EURO},
    {"bcr", {"B/K", "B/C"}, F_RATIO},
    {"p_npv_positive", {"Kans saldo > 0", "P(net > 0)"}, F_PROB},
    {"npv_p05", {"Saldo P5", "Net P5"}, F_EURO},
    {"npv_p95", {"Saldo P95", "Net P95"}, F_EURO},
};
#define N_CELL (MKBA_COUNT(CELL))

/* The national total's measures. */
static const measure TOTAL[] = {
    {"regions_ok", {"Regio's berekend", "Regions computed"}, F_INT},
    {"regions_skipped", {"Regio's overgeslagen", "Regions skipped"}, F_INT},
    {"regions_failed", {"Regio's mislukt", "Regions failed"}, F_INT},
    {"participants", {"Deelnemers", "Participants"}, F_INT},
    {"pv_costs", {"Kosten (CW)", "Costs (PV)"}, F_EURO},
    {"pv_benefits", {"Baten (CW)", "Benefits (PV)"}, F_EURO},
    {"npv", {"Saldo (CW)", "Net (PV)"}, F_EURO},
    {"npv_per_participant", {"Saldo per eenheid", "Net per unit"}, F_EURO},
};
#define N_TOTAL (MKBA_COUNT(TOTAL))

/* The actors, and what the Data sheet keeps of each. */
static const char *const ACTORS[] = {"gemeente",  "zorgverzekeraar",
                                     "rijk",      "woningcorporatie",
                                     "deelnemer", "samenleving"};
#define N_ACTORS (MKBA_COUNT(ACTORS))
static const measure ACTOR[] = {
    {"pv_costs", {"Kosten (CW)", "Costs (PV)"}, F_EURO},
    {"pv_benefits", {"Baten (CW)", "Benefits (PV)"}, F_EURO},
    {"npv", {"Saldo (CW)", "Net (PV)"}, F_EURO},
};
#define N_ACTOR (MKBA_COUNT(ACTOR))

/* Measure m of computed cell c (NaN when it has none). */
static double cell_value(const json_t *c, const char *key) {
  if (strcmp(key, "participants") == 0)
    return mkba_nat_participants(c);
  if (strcmp(key, "npv_per_participant") == 0)
    return mkba_nat_npp(c);
  const json_t *u = mkba_j_obj(c, "uncertainty");
  if (strncmp(key, "p_npv", 5) == 0 || strncmp(key, "npv_p", 5) == 0)
    return mkba_j_num(u, key);
  return mkba_j_num(mkba_j_obj(c, "summary"), key);
}

/* The head of the unit column. */
static const words UNIT_HEAD = {"Eenheid", "Unit"};

/* Intervention i's programme-size unit and what its value per unit is per
 * ("personen per jaar; saldo per persoon per jaar ingestroomd"), into buf
 * (len bytes); empty without a unit. n: the document. Returns buf. */
static char *unit_text(const mkba_nat *n, size_t i, char *buf, size_t len) {
  char unit[200], per[300];
  mkba_fmt_unit(unit, sizeof unit, mkba_nat_unit(n, i), n->base.lang);
  mkba_nat_per(n, i, per, sizeof per);
  snprintf(buf, len, "%s%s%s", unit, per[0] ? "; € " : "", per);
  return buf;
}

/* A sheet name of at most 31 characters (Excel's limit) cut after a whole
 * word, without a trailing space or punctuation, into out (len bytes).
 * name: the full name. Returns out. */
static char *sheet_name(const char *name, char *out, size_t len) {
  size_t chars = 0, k = 0, last_word = 0;
  const unsigned char *p = (const unsigned char *)name;
  for (; p[k] != '\0'; k++) {
    if ((p[k] & 0xC0) == 0x80)
      continue;
    if (++chars > 31)
      break;
    if (p[k] == ' ')
      last_word = k;
  }
  if (p[k] != '\0' && last_word > 0) /* cut: back to the last space */
    k = last_word;
  while (k > 0 && strchr(" ,;:-", p[k - 1]) != NULL)
    k--;
  snprintf(out, len, "%.*s", (int)k, name);
  return out;
}

/* A cell's status in words. */
static const char *status_word(const book *b, const json_t *c) {
  const char *st = mkba_j_str(c, "status", "");
  if (strcmp(st, "ok") == 0)
    return say(b, (words){"berekend", "computed"});
  if (strcmp(st, "skipped") == 0)
    return say(b, (words){"overgeslagen", "skipped"});
  return say(b, (words){"mislukt", "failed"});
}

/* ---- the sheets ---- */

/* The summary: the national totals per intervention. */
static void sheet_summary(book *b) {
  const mkba_nat *n = b->n;
  sheet s;
  if (sheet_open(&s, b, say(b, (words){"Samenvatting", "Summary"})))
    return;
  const char *heads[3 + N_TOTAL];
  heads[0] = say(b, (words){"Nr.", "No."});
  heads[1] = n->base.s->col_intervention;
  for (size_t k = 0; k < N_TOTAL; k++)
    heads[2 + k] = say(b, TOTAL[k].name);
  heads[2 + N_TOTAL] = say(b, UNIT_HEAD);
  wbs_sheet_head(&s, heads, 3 + N_TOTAL);
  for (size_t i = 0; i < n->n_iv; i++, s.row++) {
    char name[300], unit[200];
    wbs_put_num(&s, 0, (double)(i + 1), F_INT);
    wbs_put_text(&s, 1, mkba_nat_iv(n, i, name, sizeof name), F_TEXT);
    for (size_t k = 0; k < N_TOTAL; k++)
      wbs_put_num(&s, (lxw_col_t)(2 + k), mkba_j_num(n->total[i], TOTAL[k].key),
                  TOTAL[k].f);
    wbs_put_text(&s, (lxw_col_t)(2 + N_TOTAL),
                 unit_text(n, i, unit, sizeof unit), F_TEXT);
  }
  wbs_sheet_close(&s, 2, 1);
}

/* The columns of a per-intervention or per-region sheet after the name:
 * status, the cell's measures, each actor's net value, the reason. */
static size_t cell_heads(const book *b, const char *first, const char **heads) {
  size_t k = 0;
  heads[k++] = first;
  heads[k++] = say(b, (words){"Status", "Status"});
  heads[k++] = say(b, UNIT_HEAD);
  for (size_t m = 0; m < N_CELL; m++)
    heads[k++] = say(b, CELL[m].name);
  for (size_t a = 0; a < N_ACTORS; a++)
    heads[k++] = mkba_i18n_actor(b->n->base.lang, ACTORS[a]);
  heads[k++] = b->n->ns->col_reason;
  return k;
}

/* One row of a cell (name: the first column; i: its intervention; c: the
 * cell). */
static void cell_row(sheet *s, const char *name, size_t i, const json_t *c) {
  book *b = book_of(s);
  lxw_col_t k = 0;
  char unit[600];
  wbs_put_text(s, k++, name, F_TEXT);
  wbs_put_text(s, k++, status_word(b, c), F_TEXT);
  wbs_put_text(s, k++, unit_text(b->n, i, unit, sizeof unit), F_TEXT);
  int ok = mkba_nat_ok(c);
  for (size_t m = 0; m < N_CELL; m++, k++)
    if (ok)
      wbs_put_num(s, k, cell_value(c, CELL[m].key), CELL[m].f);
  for (size_t a = 0; a < N_ACTORS; a++, k++)
    if (ok)
      wbs_put_num(
          s, k,
          mkba_j_num(mkba_j_find_id(mkba_j_arr(c, "actors"), ACTORS[a]), "npv"),
          F_EURO);
  char why[800];
  wbs_put_text(s, k, mkba_nat_reason(b->n, c, why, sizeof why), F_TEXT);
  s->row++;
}

/* A sheet per intervention: every region as a row. */
static void sheets_by_iv(book *b) {
  const mkba_nat *n = b->n;
  for (size_t i = 0; i < n->n_iv && b->w.error == LXW_NO_ERROR; i++) {
    char name[300], title[320], shown[320];
    snprintf(title, sizeof title, "%zu. %s", i + 1,
             mkba_nat_iv(n, i, name, sizeof name));
    sheet s;
    if (sheet_open(&s, b, sheet_name(title, shown, sizeof shown)))
      return;
    const char *heads[MAX_COLS];
    size_t nh = cell_heads(b, n->ns->col_region, heads);
    wbs_sheet_head(&s, heads, nh);
    for (size_t r = 0; r < n->n_reg; r++) {
      const json_t *c = mkba_nat_cell(n, r, i);
      if (c != NULL)
        cell_row(&s, mkba_nat_region(n, r, name, sizeof name), i, c);
    }
    wbs_sheet_close(&s, 1, 1);
  }
}

/* A sheet per region: every intervention as a row. */
static void sheets_by_region(book *b) {
  const mkba_nat *n = b->n;
  for (size_t r = 0; r < n->n_reg && b->w.error == LXW_NO_ERROR; r++) {
    char name[300], iv[300], title[320];
    sheet s;
    mkba_nat_region(n, r, iv, sizeof iv);
    if (sheet_open(&s, b, sheet_name(iv, name, sizeof name)))
      return;
    const char *heads[MAX_COLS];
    size_t nh = cell_heads(b, n->base.s->col_intervention, heads);
    wbs_sheet_head(&s, heads, nh);
    for (size_t i = 0; i < n->n_iv; i++) {
      const json_t *c = mkba_nat_cell(n, r, i);
      snprintf(title, sizeof title, "%zu. %s", i + 1,
               mkba_nat_iv(n, i, iv, sizeof iv));
      if (c != NULL)
        cell_row(&s, title, i, c);
    }
    wbs_sheet_close(&s, 1, 1);
  }
}

/* One row of the Data sheet (s): region, intervention, actor, measure,
 * value v in format f, and its unit (NULL: none). Nothing for a v that is
 * no number. */
static void datum(sheet *s, const char *region, const char *iv,
                  const char *actor, const char *measure_name, double v,
                  fmt_kind f, const char *unit) {
  if (!isfinite(v))
    return;
  wbs_put_text(s, 0, region, F_TEXT);
  wbs_put_text(s, 1, iv, F_TEXT);
  wbs_put_text(s, 2, actor, F_TEXT);
  wbs_put_text(s, 3, measure_name, F_TEXT);
  wbs_put_num(s, 4, v, f);
  if (unit != NULL && unit[0] != '\0')
    wbs_put_text(s, 5, unit, F_TEXT);
  s->row++;
}

/* The unit of cell measure key of intervention i: "€" for money, the
 * programme size's unit, "€ per praktijk" for the value per unit; into
 * buf (len bytes). n: the document. Returns buf. */
static const char *measure_unit(const mkba_nat *n, size_t i, const char *key,
                                fmt_kind f, char *buf, size_t len) {
  char per[300];
  buf[0] = '\0';
  if (strcmp(key, "participants") == 0)
    mkba_fmt_unit(buf, len, mkba_nat_unit(n, i), n->base.lang);
  else if (strcmp(key, "npv_per_participant") == 0)
    snprintf(buf, len, "€ %s", mkba_nat_per(n, i, per, sizeof per));
  else if (f == F_EURO)
    snprintf(buf, len, "€");
  return buf;
}

/* The Data sheet: only cells, one row per region, intervention, actor and
 * measure: whether the cell was computed (1 or 0) and, when it was, its
 * measures and each actor's, with their unit. The national sums are on
 * the summary sheet, not here, so that a pivot table's sums count every
 * cell once. An Excel table for pivoting. */
static void sheet_data(book *b) {
  const mkba_nat *n = b->n;
  sheet s;
  if (sheet_open(&s, b, "Data"))
    return;
  const char *heads[] = {
      n->ns->col_region,    n->base.s->col_intervention,
      n->base.s->col_actor, say(b, (words){"Maat", "Measure"}),
      n->base.s->col_value, say(b, UNIT_HEAD)};
  enum { N = MKBA_COUNT(heads) };
  wbs_sheet_head(&s, heads, N);
  const char *computed =
      say(b, (words){"Berekend (1 ja, 0 nee)", "Computed (1 yes, 0 no)"});
  const char *all = say(b, (words){"Samenleving (totaal)", "Society (total)"});
  for (size_t r = 0; r < n->n_reg; r++) {
    char reg[200];
    mkba_nat_region(n, r, reg, sizeof reg);
    for (size_t i = 0; i < n->n_iv; i++) {
      const json_t *c = mkba_nat_cell(n, r, i);
      if (c == NULL)
        continue;
      char name[300], iv[320];
      snprintf(iv, sizeof iv, "%zu. %s", i + 1,
               mkba_nat_iv(n, i, name, sizeof name));
      datum(&s, reg, iv, all, computed, mkba_nat_ok(c), F_INT, NULL);
      if (!mkba_nat_ok(c))
        continue;
      char unit[400];
      for (size_t m = 0; m < N_CELL; m++)
        datum(&s, reg, iv, all, say(b, CELL[m].name),
              cell_value(c, CELL[m].key), CELL[m].f,
              measure_unit(n, i, CELL[m].key, CELL[m].f, unit, sizeof unit));
      for (size_t a = 0; a < N_ACTORS; a++) {
        const json_t *ca = mkba_j_find_id(mkba_j_arr(c, "actors"), ACTORS[a]);
        for (size_t m = 0; m < N_ACTOR; m++)
          datum(&s, reg, iv, mkba_i18n_actor(n->base.lang, ACTORS[a]),
                say(b, ACTOR[m].name), mkba_j_num(ca, ACTOR[m].key), ACTOR[m].f,
                "€");
      }
    }
  }
  wbs_table_close(&s, "mkba_national", heads, N);
}

/* A row of the provenance: item and text. */
static void prov_row(sheet *s, const char *item, const char *text) {
  wbs_put_text(s, 0, item, F_TEXT);
  wbs_put_text(s, 1, text, F_TEXT);
  s->row++;
}

/* The provenance: versions, digest, seed, draws, each region's data
 * version and each plugin. */
static void sheet_provenance(book *b) {
  const mkba_nat *n = b->n;
  const mkba_strings *w = n->base.s;
  const json_t *p = mkba_j_obj(n->nat, "provenance");
  sheet s;
  if (sheet_open(&s, b, w->sec_provenance))
    return;
  const char *heads[] = {w->col_item, w->col_value};
  wbs_sheet_head(&s, heads, MKBA_COUNT(heads));
  prov_row(&s, n->ns->prov_title, mkba_nat_title(n->nat, n->base.lang, ""));
  prov_row(&s, w->prov_mkba, mkba_j_str(p, "mkba_version", ""));
  prov_row(&s, n->ns->prov_batch, mkba_j_str(p, "batch_sha256", ""));
  prov_row(&s, w->prov_data, mkba_j_str(p, "data_version", ""));
  const char *keys[] = {"start_year", "horizon_years", "draws", "seed",
                        "cells"};
  const words names[] = {{"Startjaar", "Start year"},
                         {"Looptijd (jaren)", "Period (years)"},
                         {"Trekkingen per cel", "Draws per cell"},
                         {"Seed van de batch", "Seed of the batch"},
                         {"Cellen", "Cells"}};
  for (size_t k = 0; k < 5; k++) {
    wbs_put_text(&s, 0, say(b, names[k]), F_TEXT);
    wbs_put_num(&s, 1, mkba_j_num(p, keys[k]), F_INT);
    s.row++;
  }
  prov_row(&s, n->ns->prov_oneway, n->ns->prov_oneway_no);
  const json_t *regs = mkba_j_arr(n->nat, "regions");
  for (size_t r = 0; r < n->n_reg; r++) {
    char reg[200], item[300];
    snprintf(item, sizeof item, "%s: %s", n->ns->col_version,
             mkba_nat_region(n, r, reg, sizeof reg));
    prov_row(&s, item, mkba_j_str(mkba_j_at(regs, r), "version", ""));
  }
  const json_t *plugins = mkba_j_arr(p, "plugins");
  for (size_t k = 0; k < mkba_j_len(plugins); k++) {
    const json_t *pl = mkba_j_at(plugins, k);
    char item[200], text[200];
    snprintf(item, sizeof item, "%s %s", n->ns->col_plugin,
             mkba_j_str(pl, "name", "?"));
    snprintf(text, sizeof text, "%s, SHA-256 %s", mkba_j_str(pl, "version", ""),
             mkba_j_str(pl, "sha256", ""));
    prov_row(&s, item, text);
  }
  wbs_sheet_close(&s, 1, 1);
}

/* ---- the workbook ---- */

/* Title, subject, author and creation time (when). */
static void set_properties(book *b, time_t when) {
  const json_t *p = mkba_j_obj(b->n->nat, "provenance");
  char author[64];
  snprintf(author, sizeof author, "mkba %s", mkba_j_str(p, "mkba_version", ""));
  lxw_doc_properties props = {
      .title = (char *)mkba_nat_title(b->n->nat, b->n->base.lang, ""),
      .subject = (char *)b->n->ns->report_kind,
      .author = author,
      .keywords = (char *)"MKBA",
      .comments = (char *)say(
          b, (words){"Elk getal van national.json per regio en interventie; "
                     "het blad Data is klaar voor een draaitabel.",
                     "Every number of national.json by region and "
                     "intervention; the Data sheet is ready for a pivot "
                     "table."}),
      .created = when};
  note(b, workbook_set_properties(b->w.wb, &props), "document properties");
  const char *v = mkba_j_str(p, "batch_sha256", NULL);
  if (v != NULL)
    note(b, workbook_set_custom_property_string(b->w.wb, "batch_sha256", v),
         "document properties");
}

int mkba_workbook_national_write(const json_t *national, const char *path,
                                 const char *lang, char *err, size_t errlen) {
  if (err != NULL && errlen > 0)
    err[0] = '\0';
  const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  mkba_nat n;
  if (mkba_nat_open(&n, national, lang, err, errlen) != 0)
    return 1;
  /* the report's date rule, but without SOURCE_DATE_EPOCH a fixed date
   * (1 January 1980, as workbook.c), so the bytes never change by day */
  time_t when = getenv("SOURCE_DATE_EPOCH") ? n.base.when : (time_t)315532800;
  book b;
  memset(&b, 0, sizeof b);
  b.n = &n;
  b.w.lang = n.base.lang;
  b.w.max_width = MAX_WIDTH;
  b.w.number_width = number_width;
  b.w.wb = wbs_workbook_new(path);
  if (b.w.wb == NULL) {
    mkba_nat_free(&n);
    return wbs_fail(err, errlen, base, "cannot start the workbook");
  }
  wbs_make_formats(&b.w);
  set_properties(&b, when);
  if (b.w.error == LXW_NO_ERROR) {
    sheet_summary(&b);
    sheet_data(&b);
    sheets_by_iv(&b);
    sheets_by_region(&b);
    sheet_provenance(&b);
  }
  int failed = wbs_close(&b.w, base, err, errlen);
  mkba_nat_free(&n);
  if (failed)
    return 1;
  char why[512];
  if (mkba_workbook_check(path, why, sizeof why) != 0)
    return wbs_fail(err, errlen, base, why);
  return 0;
}
