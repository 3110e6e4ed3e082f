/*
 * regions.h - the regions under data/regions (and $MKBA_REGION_PATH): per
 * region the counts of its target groups, each with its source, and its
 * own prices of value-bank rows; and how a national programme size is
 * scaled to a region, like with like.
 */
#ifndef MKBA_REGIONS_H
#define MKBA_REGIONS_H

#include <stddef.h>

#include "data.h"

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

#endif
