/*
 * batch.h - mkba batch: many regions times many interventions in one run
 * (docs/formats.md, "The batch file" and "national.json").
 *
 * A batch file names regions and interventions; each pair is a cell, a
 * normal scenario of one intervention in one region with its own seed,
 * derived from the batch seed and the cell's ids, so that any cell can be
 * rerun alone with `mkba run DIR/cells/REGION/INDEX-PLUGIN.json
 * --no-sensitivity`.  Cells are numbered in a fixed order, region id first
 * (regions sorted by id), then the interventions in the batch's order:
 * cell c is region c / n_iv and intervention c % n_iv.
 *
 * The parent reads and checks the batch file (no plugin code runs: plugins
 * are found by their files' identity sections); the supervised child
 * computes the cells (batch_run.h), and the national document collects
 * them (national.h).
 */
#ifndef MKBA_BATCH_H
#define MKBA_BATCH_H

#include <jansson.h>
#include <stddef.h>

#include "diag.h"
#include "jdoc.h"
#include "watch.h"

/* One intervention of the batch. */
typedef struct mkba_batch_iv {
  char *plugin;         /* plugin name (owned) */
  char *label;          /* the batch's label, or NULL (owned) */
  const json_t *params; /* its "params" object, or NULL (borrowed from the batch document) */
  const json_t *node;   /* its entry in the file, or NULL for "all" (borrowed) */
  char *version;        /* plugin version from its identity section, or "" (owned) */
  char *title_nl;       /* plugin title in Dutch (owned) */
  char *title_en;       /* plugin title in English (owned) */
  char sha256[65];      /* hex digest of the plugin file, or "" */
} mkba_batch_iv;

/* One region of the batch. */
typedef struct mkba_batch_region {
  char *id;       /* region id (owned) */
  char *label_nl; /* Dutch label (owned) */
  char *label_en; /* English label (owned) */
  char *version;  /* data version of its file (owned) */
} mkba_batch_region;

/* A batch file as read and checked. */
typedef struct mkba_batch {
  mkba_jdoc *doc;             /* the file (owned) */
  char *title;                /* "title" in the batch's language, or the file's base name (owned) */
  char *title_nl;             /* the Dutch title of a {"nl", "en"} title, else NULL (owned) */
  char *title_en;             /* the English title of a {"nl", "en"} title, else NULL (owned) */
  const char *lang;           /* "nl" or "en" (static) */
  int start_year;             /* calendar year of year index 0 of every cell */
  int horizon;                /* years */
  long draws;                 /* Monte Carlo draws per cell (--draws overrides) */
  unsigned long long seed;    /* batch seed (--seed overrides) */
  size_t n_regions;           /* regions, sorted by id */
  mkba_batch_region *regions; /* [n_regions] (owned) */
  size_t n_iv;                /* interventions, in the file's order */
  mkba_batch_iv *iv;          /* [n_iv] (owned) */
  const json_t *regions_node; /* "regions" in the file (borrowed) */
  const json_t *iv_node;      /* "interventions" in the file (borrowed) */
  char sha256[65];            /* hex digest of the batch file's bytes */
  char *data_version;         /* versions of the price index and value bank (owned) */
} mkba_batch;

/*
 * Read and check batch file `path` for language `lang` ("nl"/"en");
 * `draws` and `seed` override the file's when >= 0.  Input errors are exit
 * 2 at their position (unknown keys with a suggestion, unknown regions and
 * plugins with one).  *out is owned by the caller (mkba_batch_free).
 */
int mkba_batch_load(const char *path, const char *lang, long draws, long long seed,
                    mkba_batch **out, mkba_diag *d);
void mkba_batch_free(mkba_batch *b);

/* Number of cells: regions times interventions. */
size_t mkba_batch_cells(const mkba_batch *b);

/*
 * The seed of cell c: splitmix64 of the batch seed, mixed with an FNV-1a
 * hash of the region id, the plugin name and the intervention index,
 * reduced to 53 bits (docs/formats.md gives the exact recipe).
 */
unsigned long long mkba_batch_cell_seed(const mkba_batch *b, size_t c);

/* "cells/REGION/INDEX-PLUGIN.json", the cell's scenario file (new string). */
char *mkba_batch_cell_path(const mkba_batch *b, size_t c);

/* The text of cell c's scenario file (new string; NULL when out of memory). */
char *mkba_batch_cell_scenario(const mkba_batch *b, size_t c);

#endif
