/*
 * results.h - the results document (docs/formats.md) of a run and its
 * analyses: keys in a fixed order, numbers at full precision, nothing that
 * depends on the clock or the machine, so the same input gives the same
 * bytes.  Everything downstream (results.csv, the workbook, the report)
 * reads this document, not the run.
 */
#ifndef MKBA_RESULTS_H
#define MKBA_RESULTS_H

#include <jansson.h>

#include "analyses.h"
#include "run.h"

/* The results document (new reference) of `run` and what its analyses found, `a`. */
json_t *mkba_results_json(const mkba_run *run, const mkba_analyses *a);

#endif
