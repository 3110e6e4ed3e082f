/*
 * oneway.h - one-way sensitivity and switching values: each uncertain
 * parameter in turn at its 10th and 90th percentile, all others at base
 * case (the tornado), and the value at which the NPV becomes zero.
 */
#ifndef MKBA_ONEWAY_H
#define MKBA_ONEWAY_H

#include "run.h"

/*
 * One-way sensitivity at P10/P90 and switching values into run->sensitivity
 * and run->switching (replacing what they held), the uncertain parameters
 * shared over `threads` threads (the calling one among them; below 1: one).
 * Each parameter's analysis is independent of the others and of which
 * thread did it, so the results are the same bytes for any thread count.
 * Returns 0, or -1 with d set: a plugin that fails (or gives a non-finite
 * NPV) fails the run with the error of the first failing parameter in
 * parameter order, as a single thread would report it.
 */
int mkba_sensitivity_run_threads(mkba_run *run, int threads, mkba_diag *d);

/* mkba_sensitivity_run_threads on the calling thread alone. */
int mkba_sensitivity_run(mkba_run *run, mkba_diag *d);

#endif
