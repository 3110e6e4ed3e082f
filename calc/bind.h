/*
 * bind.h - a plugin's parameters bound to a scenario.
 *
 * Binding turns a plugin's parameter table and the scenario's "params"
 * into a flat array of base-case values (and a distribution per value):
 *
 *   1. the plugin's default, or the unit-cost table's amount for a
 *      parameter tied to a unit cost (a region file may override it);
 *   2. re-indexed with the CBS price index from the default's price year to
 *      the scenario's; a population count scaled by the region's share;
 *   3. replaced by the scenario's value (a number or a distribution, in the
 *      scenario's euros and for its region) where the scenario gives one;
 *   4. then the plugin's configure(), if any, declares the parameters of
 *      its structured JSON (cashflow flows, markov transitions).
 */
#ifndef MKBA_BIND_H
#define MKBA_BIND_H

#include "ledger.h"
#include "loader.h"
#include "regions.h"
#include "scenario.h"

/* One bound parameter value. */
typedef struct mkba_pvalue {
  char *id;                    /* stable id: the key, or a JSON path inside params */
  char *label_nl;              /* Dutch label */
  char *label_en;              /* English label */
  char *unit;                  /* unit */
  char *source;                /* where the value comes from */
  int confidence;              /* enum mkba_confidence, or 0 for "set in the scenario" */
  int price_year;              /* price year of the default before re-indexing, or 0 */
  double base;                 /* base-case value used */
  mkba_dist dist;              /* uncertainty around it (MKBA_FIXED for none) */
  double min, max;             /* allowed range */
  unsigned flags;              /* MKBA_PARAM_* */
  const json_t *node;          /* the scenario value, or NULL for a default */
  int part;                    /* the part of the model it changes (config_param_part), or -1 */
  int scaled;                  /* a programme size the region scaled (scaling below) */
  mkba_region_scaling scaling; /* counts borrowed from the run's region */
  double national;             /* the national default before scaling (when scaled) */
  const mkba_unit_cost *regional_cost; /* the region's own price of the value-bank
                                          row, borrowed; NULL = the national one */
} mkba_pvalue;

typedef struct mkba_instance {
  size_t index;              /* position in the scenario's interventions */
  const mkba_loaded *plugin; /* borrowed from the loader */
  char *label;               /* the user's label, or the plugin's title */
  void *model;               /* from configure(), released by the plugin */
  int n, cap;                /* number of parameters, room for them */
  mkba_pvalue *pv;           /* [n] */
  int n_parts;               /* 1 + the largest part declared, 0 for none */
  double *base;              /* [n] base-case values, as compute() gets them */
  const mkba_scenario *scen; /* borrowed */
} mkba_instance;

/*
 * A binding session: one intervention being bound, and the configure()
 * session behind the plugin header's opaque mkba_config.
 */
struct mkba_config {
  const mkba_scenario *s;
  const mkba_data *data;
  const mkba_region *region;
  mkba_instance *iv;
  mkba_diag *d;
  int nl;         /* sources and notes in Dutch (the run's language) */
  char where[96]; /* "interventions[0].params", for messages */
};

/* Free the strings bound parameter pv holds (pv itself is the caller's). */
void mkba_pvalue_clear(mkba_pvalue *pv);

/*
 * Append bound parameter `pv` to iv (iv takes over its strings).  Returns 0,
 * or -1 when out of memory (pv is then still the caller's).
 */
int mkba_bind_add(mkba_instance *iv, const mkba_pvalue *pv);

/*
 * Step 3: the scenario's value `v` (a number or a distribution) for
 * parameter pv, checked against pv->min..max and its integer flag; `what`
 * names the parameter in messages.  Returns 0 or -1 with cfg->d set at v's
 * position.
 */
int mkba_bind_value(mkba_config *cfg, const json_t *v, const char *what, mkba_pvalue *pv);

/*
 * Take the value-bank row `id` (or the region's override of it) as the
 * default of pv: amount, price year, confidence and source.  A distribution
 * already in pv follows a regional override in proportion.
 * `key` names the parameter in messages.  Returns 0 or -1 with cfg->d set.
 */
int mkba_bind_unit_cost(mkba_config *cfg, const char *key, const char *id, mkba_pvalue *pv);

/*
 * Re-index pv (base, distribution, bounds) from euros of pv->price_year to
 * the scenario's price level.  A default that goes through a year whose
 * price index is itself an assumption (or the scenario's assumed
 * inflation) rests on that assumption, and says so.
 * Returns 0 or -1 with cfg->d set.
 */
int mkba_bind_reindex(mkba_config *cfg, const char *key, mkba_pvalue *pv);

/*
 * Steps 1 to 3 for every parameter of the plugin's static table (unknown
 * keys in params are an error unless configure() reads params itself), for
 * `region` (may be NULL).  Returns 0 or -1 with cfg->d set.
 */
int mkba_bind_static(mkba_config *cfg, const mkba_region *region);

#endif
