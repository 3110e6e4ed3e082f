/*
 * scenario.h - a business case read from a scenario file (docs/formats.md
 * section 2), checked strictly: unknown keys, wrong types and values out
 * of range are input errors naming the file, line, column and key.
 *
 * The scenario owns its JSON document; intervention params stay JSON here
 * and are bound against each plugin's parameter table later (bind.h).
 */
#ifndef MKBA_SCENARIO_H
#define MKBA_SCENARIO_H

#include <jansson.h>

#include "diag.h"
#include "jdoc.h"

#define MKBA_MAX_INTERVENTIONS 64
#define MKBA_MAX_HORIZON 200
#define MKBA_MAX_SCHEDULE 32

/* How future years are discounted (README, "Discounting"). */
typedef struct mkba_discount {
  int is_schedule;                 /* 0: constant rate; 1: schedule */
  double rate;                     /* the constant rate (a schedule's first rate) */
  int n_steps;                     /* schedule length */
  int from[MKBA_MAX_SCHEDULE];     /* years after base_year where each rate starts */
  double rates[MKBA_MAX_SCHEDULE]; /* the rates */
  int base_year;                   /* calendar year with factor 1 */
  int is_default;                  /* 1 when the scenario gave no discount */
} mkba_discount;

/* One entry of "interventions". */
typedef struct mkba_iv_spec {
  char *plugin;         /* plugin name, checked against [a-z][a-z0-9_]* */
  char *label;          /* the user's label, or NULL */
  const json_t *node;   /* the entry object (borrowed from the document) */
  const json_t *params; /* its "params" object, or NULL */
} mkba_iv_spec;

/* How several interventions relate ("comparison"). */
enum {
  MKBA_COMPARISON_PACKAGE = 0,     /* done together: summed */
  MKBA_COMPARISON_ALTERNATIVES = 1 /* options to choose between: ranked, never summed */
};

typedef struct mkba_scenario {
  mkba_jdoc *doc;             /* the file, owned */
  char *title;                /* "title", or the file name */
  char *author;               /* "author" (who wrote the business case), or NULL */
  char *region;               /* "region", default "nederland" */
  int start_year;             /* calendar year of year index 0 */
  int horizon;                /* number of years */
  int price_year;             /* price level of all amounts (see mkba_scenario_price_level) */
  int price_year_stated;      /* 1 when the file gives "price_year" */
  int comparison;             /* MKBA_COMPARISON_* */
  double assumed_inflation;   /* per year after the CPI data; NaN if not stated */
  mkba_discount discount;     /* see above */
  size_t n_iv;                /* number of interventions */
  mkba_iv_spec *iv;           /* the interventions, in file order */
  long draws;                 /* Monte Carlo draws (0 = none) */
  unsigned long seed;         /* Monte Carlo seed */
  const json_t *uncertainty;  /* the "uncertainty" object, or NULL (borrowed) */
  const json_t *correlations; /* uncertainty.correlations, or NULL (borrowed) */
  const json_t *variants;     /* "variants", or NULL (borrowed) */
  double bias_costs;          /* optimism bias: costs raised by this fraction */
  double bias_benefits;       /* optimism bias: benefits lowered by this fraction */
  int has_bias;               /* 1 when "optimism_bias" is given */
  char sha256[65];            /* hex digest of the file's bytes */
} mkba_scenario;

/* Read and check `path`.  *out is owned by the caller. */
int mkba_scenario_load(const char *path, mkba_scenario **out, mkba_diag *d);

/* The same from text in memory (for tests); `name` appears in messages. */
int mkba_scenario_parse(const char *name, const char *text, size_t len, mkba_scenario **out,
                        mkba_diag *d);

void mkba_scenario_free(mkba_scenario *s);

/*
 * Settle the price level once the price index is known: without
 * "price_year" it is the start year, or `last_index_year` when the start is
 * later; a stated price year after the index needs "assumed_inflation".
 * Returns 0, or -1 with an input error at "price_year".
 */
int mkba_scenario_price_level(mkba_scenario *s, int last_index_year, mkba_diag *d);

/*
 * Read a discount object ({"rate"} or {"schedule"}, optional "base_year";
 * NULL for the Dutch standard 2.25%) into *disc.  Shared by the scenario
 * and its variants.
 */
int mkba_read_discount(const mkba_jdoc *doc, const json_t *obj, int start_year, mkba_discount *disc,
                       mkba_diag *d);

/*
 * Read member `key` of `obj` as a whole number in [lo, hi]; absent gives
 * `dflt` when `required` is 0.  Shared with the other strict readers.
 */
int mkba_get_int(const mkba_jdoc *doc, const json_t *obj, const char *key, int required,
                 long long dflt, long long lo, long long hi, long long *out, mkba_diag *d);

#endif
