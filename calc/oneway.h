/*
 * oneway.h - one-way sensitivity and switching values: each uncertain
 * parameter in turn at its 10th and 90th percentile, all others at base
 * case (the tornado), and the value at which the NPV becomes zero.
 */
#ifndef MKBA_ONEWAY_H
#define MKBA_ONEWAY_H

#include <jansson.h>

#include "run.h"

/*
 * One-way sensitivity at P10/P90 and switching values of `run`, whose base
 * case is computed: *sensitivity and *switching receive the results'
 * arrays (new references; NULL on failure), the uncertain parameters
 * shared over `threads` threads (the calling one among them; below 1: one).
 * Each parameter's analysis is independent of the others and of which
 * thread did it, so the results are the same bytes for any thread count.
 * Returns 0, or -1 with d set: a plugin that fails (or gives a non-finite
 * NPV) fails the run with the error of the first failing parameter in
 * parameter order, as a single thread would report it.
 */
int mkba_oneway_run(const mkba_run *run, int threads, json_t **sensitivity, json_t **switching,
                    mkba_diag *d);

#endif
