/*
 * data.h - the reference data under data/: the CBS price index and the
 * shared unit-cost table (the value bank); the regions are regions.h's.
 * Every file carries a source and a version; results name the versions
 * used in their provenance.
 *
 * The data directory is mkba_data_dir() (paths.h): $MKBA_DATA_DIR when
 * set, else the source tree's data/ when mkba runs from its build tree,
 * else the installed one beside the program.
 */
#ifndef MKBA_DATA_H
#define MKBA_DATA_H

#include "data_fields.h"
#include "diag.h"
#include "format.h"
#include "paths.h"

/* A text of the data files in the wanted language: its Dutch twin when `nl`
   and the file has one, else the English text. */
static inline const char *mkba_text_nl(const char *en, const char *nl_text, int nl) {
  return nl && nl_text ? nl_text : en;
}

typedef struct mkba_data mkba_data;

/* Load the price index and unit costs from `dir`.  *out is owned by the caller. */
int mkba_data_load(const char *dir, mkba_data **out, mkba_diag *d);
void mkba_data_free(mkba_data *data);

/* The directory the data were loaded from (borrowed). */
const char *mkba_data_root(const mkba_data *data);

/* "cpi 2025.1, unit_costs 2024.1": the versions of the loaded files. */
const char *mkba_data_version(const mkba_data *data);
/* The price index source line, in Dutch when `nl` and the file has it. */
const char *mkba_cpi_source(const mkba_data *data, int nl);
/* First and last year with an index level. */
void mkba_cpi_range(const mkba_data *data, int *first, int *last);

/*
 * The factor that turns euros of `from` into euros of `to`: I(to)/I(from).
 * Years after the last index year use `assumed_inflation` (a fraction per
 * year; NaN when the scenario states none, which makes such years an
 * error).  Returns 0, or -1 with a reason in why.
 */
int mkba_cpi_factor(const mkba_data *data, int from, int to, double assumed_inflation,
                    double *factor, char *why, size_t whylen);

/*
 * The weakest confidence (enum mkba_confidence: verified < secondary <
 * assumption) of the yearly index changes that re-indexing between `from`
 * and `to` goes through; years after the index rest on the scenario's
 * assumed inflation and count as assumptions.  *weak_year receives the
 * first year of that confidence (0 when all are verified).
 */
int mkba_cpi_confidence(const mkba_data *data, int from, int to, int *weak_year);

/* The value bank: its rows (borrowed) and their number. */
const mkba_unit_cost *mkba_unit_costs(const mkba_data *data, size_t *n);

/* The unit cost `id`, or NULL (borrowed). */
const mkba_unit_cost *mkba_unit_cost_find(const mkba_data *data, const char *id);

#endif
