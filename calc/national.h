/*
 * national.h - the national document of a batch (docs/formats.md,
 * "national.json"): its totals, shards merged into it, and its CSV table.
 */
#ifndef MKBA_NATIONAL_H
#define MKBA_NATIONAL_H

#include <jansson.h>
#include <stddef.h>

#include "diag.h"

/*
 * Add the national totals to a whole national document (all cells): per
 * intervention the sum over regions of pv_costs, pv_benefits, npv and
 * participants.  Returns 0 or -1 (out of memory).
 */
int mkba_national_finish(json_t *doc);

/*
 * Merge shard documents docs[0..n-1] (read from the directories `names`,
 * for messages) into one whole document (new reference in *out), exactly as
 * a single run gives it.  Shards of other batches, overlapping or missing
 * shards are input errors (exit 2).
 */
int mkba_national_merge(json_t *const *docs, const char *const *names, size_t n, json_t **out,
                        mkba_diag *d);

/* The national document as one long CSV table in language `lang` (new string). */
char *mkba_national_csv(const json_t *doc, const char *lang);

#endif
