/*
 * national_doc.h: the state one rendering of the national report
 * (national.pdf) shares, and the helpers that read the national document of
 * `mkba batch` (docs/formats.md, "national.json"): cells by region and
 * intervention, names, reasons.
 *
 * The national report runs on the standard report's page flow (page.h,
 * table.h): its rendering context starts with an mkba_report_ctx whose
 * document is a small shell holding what the header, footer and PDF
 * metadata read (the batch's title, the mkba version), so every page looks
 * like the standard report's. A section gets the page flow and finds the
 * national state with mkba_nat_of().
 */
#ifndef MKBA_NATIONAL_DOC_H
#define MKBA_NATIONAL_DOC_H

#include <jansson.h>
#include <stddef.h>

#include "i18n.h"
#include "i18n_national.h"
#include "page.h"
#include "results.h"

/* One rendering of the national report. */
typedef struct {
  mkba_report_ctx base; /* first: what the page flow sees (base.doc: shell) */
  mkba_strings words;   /* the standard words, report_kind the national one;
                           base.s points here */
  const mkba_nat_strings *ns; /* the national words (static) */
  const json_t *nat;          /* the national document (borrowed) */
  json_t *shell;              /* {"scenario": {"title"}, "provenance":
                                 {"mkba_version"}} (owned) */
  size_t n_reg;               /* regions in the document */
  size_t n_iv;                /* interventions in the document */
  const json_t **cell;        /* n_reg * n_iv cells by region, intervention;
                                 NULL where the document has none (owned
                                 array, borrowed cells) */
  const json_t **total;       /* n_iv entries of "national" (owned array) */
} mkba_nat;

/* The national state of a page flow drawn by the national report. */
static inline const mkba_nat *mkba_nat_of(const mkba_page *pg) {
  return (const mkba_nat *)(const void *)pg->r;
}

/* ---- reading the document (national_doc.c) ---- */

/* The batch's title in lang: "titles"[lang] when the batch gave one per
 * language, else "title", else fallback (all borrowed). */
const char *mkba_nat_title(const json_t *doc, mkba_lang lang,
                           const char *fallback);

/* Fill n for the national document doc in language lang ("nl"/"en");
 * 0, or 1 with a message in err (errlen bytes). Free with mkba_nat_free. */
int mkba_nat_open(mkba_nat *n, const json_t *doc, const char *lang, char *err,
                  size_t errlen);

/* Free what mkba_nat_open allocated (n: may be half-filled). */
void mkba_nat_free(mkba_nat *n);

/* The cell of region r and intervention i, or NULL (borrowed). */
const json_t *mkba_nat_cell(const mkba_nat *n, size_t r, size_t i);

/* Whether a cell was computed (status "ok"). cell: borrowed, may be NULL. */
int mkba_nat_ok(const json_t *cell);

/* A cell's programme size (participants.value), NaN without one. */
double mkba_nat_participants(const json_t *cell);

/* A cell's net value per participant, NaN without participants. */
double mkba_nat_npp(const json_t *cell);

/* The programme-size unit of intervention i (participants.unit of its
 * first computed cell, Dutch: "personen per jaar"), or NULL (borrowed). */
const char *mkba_nat_unit(const mkba_nat *n, size_t i);

/* What intervention i's value per unit is per ("per praktijk", "per
 * persoon per jaar ingestroomd") in the report's language, into buf (len
 * bytes); empty without a unit. Returns buf. */
char *mkba_nat_per(const mkba_nat *n, size_t i, char *buf, size_t len);

/* Amount v (euros) per unit of intervention i: "€ 36.183 per praktijk",
 * into buf (len bytes). Returns buf. */
char *mkba_nat_money_per(const mkba_nat *n, size_t i, double v, char *buf,
                         size_t len);

/* Whether the regions differ only in programme size: every intervention
 * computed in two or more regions has the same net value per unit in each
 * (within 0.5%), and at least one is. */
int mkba_nat_same_per_unit(const mkba_nat *n);

/* Region r's name without "Centrumregio " (the column says it), into buf
 * (len bytes). Returns buf. */
char *mkba_nat_region(const mkba_nat *n, size_t r, char *buf, size_t len);

/* Intervention i's name: the batch's label, else the plugin's title, into
 * buf. Returns buf. */
char *mkba_nat_iv(const mkba_nat *n, size_t i, char *buf, size_t len);

/* The ids of the target groups a skipped cell lacks a count of, from its
 * "missing_counts" ("inhabitants", ...), into ids (up to max). Returns
 * their number; 0 for a cell without them. */
size_t mkba_nat_group_ids(const json_t *cell, char (*ids)[64], size_t max);

/* Why a cell was not computed, in the report's language: "geen telling met
 * bron van ..." for a skipped cell, "mislukt: <error>" for a failed one;
 * empty for a computed cell. buf, len: output. Returns buf. */
char *mkba_nat_reason(const mkba_nat *n, const json_t *cell, char *buf,
                      size_t len);

/* How many regions have at least one computed cell. */
size_t mkba_nat_regions_ok(const mkba_nat *n);

/* The price year of every amount (the batch's start year) as text. */
char *mkba_nat_price_year(const mkba_nat *n, char *buf, size_t len);

#endif /* MKBA_NATIONAL_DOC_H */
