/*
 * data.h - the reference data under data/: the CBS price index, the shared
 * unit-cost table and the regions.  Every file carries a source and a
 * version; results name the versions used in their provenance.
 *
 * The data directory is mkba_data_dir() (paths.h): $MKBA_DATA_DIR when
 * set, else the source tree's data/ when mkba runs from its build tree,
 * else the installed one beside the program.
 */
#ifndef MKBA_DATA_H
#define MKBA_DATA_H

#include "diag.h"
#include "paths.h"

/* One row of the unit-cost table, or a region's override of one. */
typedef struct mkba_unit_cost {
  char *id;       /* e.g. "emergency_visit" */
  char *label_nl; /* Dutch label */
  char *label_en; /* English label */
  char *unit;     /* e.g. "EUR per bezoek" */
  char *source;   /* citation */
  double amount;  /* euros of price_year */
  int price_year; /* price level of amount */
  int confidence; /* enum mkba_confidence */
} mkba_unit_cost;

/* A regional parameter set (data/regions/<id>.json or $MKBA_REGION_PATH). */
typedef struct mkba_region {
  char *id;          /* [a-z][a-z0-9_]* */
  char *label_nl;    /* e.g. "Centrumregio Utrecht" */
  char *label_en;    /* e.g. "Utrecht central region" */
  char *source;      /* where the count comes from */
  char *version;     /* data version of the file */
  char *path;        /* the file it was read from */
  double homeless;   /* homeless people counted in the region */
  int homeless_year; /* year of that count */
  double scale;      /* homeless / homeless of nederland: scales populations */
  size_t n_costs;    /* unit-cost overrides */
  mkba_unit_cost *costs;
} mkba_region;

typedef struct mkba_data mkba_data;

/* Load the price index and unit costs from `dir`.  *out is owned by the caller. */
int mkba_data_load(const char *dir, mkba_data **out, mkba_diag *d);
void mkba_data_free(mkba_data *data);

/* "cpi 2025.1, unit_costs 2024.1": the versions of the loaded files. */
const char *mkba_data_version(const mkba_data *data);
/* The price index source line. */
const char *mkba_cpi_source(const mkba_data *data);
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

/* The unit cost `id`, or NULL (borrowed). */
const mkba_unit_cost *mkba_unit_cost_find(const mkba_data *data, const char *id);

/*
 * Load region `id` (after checking it against [a-z][a-z0-9_]*).  Unknown
 * regions are an input error naming the known ones.  *out is owned by the
 * caller, freed with mkba_region_free.
 */
int mkba_region_load(const mkba_data *data, const char *id, mkba_region **out, mkba_diag *d);
void mkba_region_free(mkba_region *r);

/* A region's override of unit cost `id`, or NULL. */
const mkba_unit_cost *mkba_region_cost(const mkba_region *r, const char *id);

/*
 * All regions found, sorted by id, $MKBA_REGION_PATH first (a region there
 * hides one of the same id in data/regions).  *out is an array of *n owned
 * regions; free each and the array.
 */
int mkba_region_list(const mkba_data *data, mkba_region ***out, size_t *n, mkba_diag *d);

/* 1 when `s` matches [a-z][a-z0-9_]* (and is at most 63 characters). */
int mkba_valid_id(const char *s);

/* Confidence name <-> enum: "verified", "secondary", "assumption". */
const char *mkba_confidence_name(int confidence);
int mkba_confidence_parse(const char *s);

#endif
