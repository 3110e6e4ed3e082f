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
#include "format.h"
#include "paths.h"

/* One row of the unit-cost table, or a region's override of one. */
typedef struct mkba_unit_cost {
  char *id;              /* e.g. "emergency_visit" */
  char *label_nl;        /* Dutch label */
  char *label_en;        /* English label */
  char *unit;            /* e.g. "EUR per bezoek" */
  char *source;          /* citation */
  char *source_nl;       /* the citation in Dutch, or NULL (then `source`) */
  char *includes;        /* what the amount includes (value bank rows), or NULL */
  char *includes_nl;     /* `includes` in Dutch, or NULL */
  double amount;         /* euros of price_year, or a share when price_year is 0 */
  int price_year;        /* price level of amount; 0 = not money (a share) */
  int confidence;        /* enum mkba_confidence */
  int has_range;         /* low..high given: every parameter bound to the row takes
                            the triangular distribution with that range and mean
                            `amount`, so that one resource has one uncertainty */
  double low;            /* smallest plausible amount (same units as amount) */
  double high;           /* largest plausible amount */
  char *range_source;    /* why that range, when has_range */
  char *range_source_nl; /* `range_source` in Dutch, or NULL */
} mkba_unit_cost;

/*
 * One count of a region file: the size of a target group (MKBA_TARGET_* in
 * mkba_plugin.h).  A count that could not be sourced is in the file too,
 * with value NaN and a note saying why, so that nothing is silently assumed.
 */
typedef struct mkba_region_count {
  char *id;            /* the target group, e.g. "homeless_registered" */
  double value;        /* persons (or signals, judgments); NaN = not sourced */
  int year;            /* reference year of the count (0 when not sourced) */
  int confidence;      /* enum mkba_confidence (0 when not sourced) */
  char *source;        /* citation of the count, or why there is none */
  char *source_nl;     /* `source` in Dutch, or NULL */
  char *definition;    /* what exactly was counted, or NULL */
  char *definition_nl; /* `definition` in Dutch, or NULL */
} mkba_region_count;

/* A regional parameter set (data/regions/<id>.json or $MKBA_REGION_PATH). */
typedef struct mkba_region {
  char *id;                  /* [a-z][a-z0-9_]* */
  char *label_nl;            /* e.g. "Centrumregio Utrecht" */
  char *label_en;            /* e.g. "Utrecht central region" */
  char *source;              /* one line on where the region's figures come from */
  char *source_nl;           /* `source` in Dutch, or NULL */
  char *version;             /* data version of the file */
  char *path;                /* the file it was read from */
  char *centrumgemeente;     /* the centrumgemeente for shelter, or NULL */
  char *basis;               /* the legal basis of that role, or NULL */
  char *basis_nl;            /* `basis` in Dutch, or NULL */
  size_t n_counts;           /* target-group counts */
  mkba_region_count *counts; /* [n_counts] */
  size_t n_costs;            /* unit-cost overrides */
  mkba_unit_cost *costs;
  struct mkba_region *national; /* "nederland", owned; NULL when this is it */
} mkba_region;

/* How a region scales a national programme size (mkba_region_scale). */
typedef struct mkba_region_scaling {
  double factor;                     /* regional / national count; 1 for nederland */
  const char *asked;                 /* the plugin's target group */
  const mkba_region_count *regional; /* the count used, borrowed from the region */
  const mkba_region_count *national; /* the same group nationally, borrowed */
} mkba_region_scaling;

/* A text of the data files in the wanted language: its Dutch twin when `nl`
   and the file has one, else the English text. */
static inline const char *mkba_text_nl(const char *en, const char *nl_text, int nl) {
  return nl && nl_text ? nl_text : en;
}

/*
 * The target groups a programme size of `group` is scaled by, in the order
 * mkba_region_scale tries them: the group, then the group it falls back to,
 * and so on (ids borrowed, static).  Returns how many were put in ids.
 */
size_t mkba_target_chain(const char *group, const char **ids, size_t max);

/* The label of target group `id` (borrowed) in language `lang` (its words
 * in mkba_words), or NULL if it is unknown. */
const char *mkba_target_label(const char *id, mkba_lang lang);

/*
 * The factor that scales a national programme size of target group `group`
 * to region r: the region's count over the national count of the first
 * group of the fallback chain (mkba_plugin.h) that both carry.  For the
 * national region the factor is 1.  No sourced count anywhere on the chain
 * is an input error naming the region file and the parameter `key`.
 */
int mkba_region_scale(const mkba_region *r, const char *group, const char *key,
                      mkba_region_scaling *out, mkba_diag *d);

/* Region r's count of group `id`, or NULL (sourced or not). */
const mkba_region_count *mkba_region_count_find(const mkba_region *r, const char *id);

typedef struct mkba_data mkba_data;

/* Load the price index and unit costs from `dir`.  *out is owned by the caller. */
int mkba_data_load(const char *dir, mkba_data **out, mkba_diag *d);
void mkba_data_free(mkba_data *data);

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

/* Confidence name <-> enum: "verified", "secondary", "assumption". */
const char *mkba_confidence_name(int confidence);
int mkba_confidence_parse(const char *s);

#endif
