/*
 * compare.h - what the results put side by side: the interventions ranked,
 * the NPV under the standard discounting regimes, and the warnings a reader
 * must see (a package whose members claim the same benefits, a base case
 * far from the Monte Carlo mean).  Each function reads a finished run and
 * returns new JSON; none changes the run.
 */
#ifndef MKBA_COMPARE_H
#define MKBA_COMPARE_H

#include <jansson.h>

#include "run.h"

/*
 * The interventions ranked by NPV, best first: [{"intervention", "label",
 * "npv", "p_best"}], with p_best from the Monte Carlo (null without draws).
 * NULL when the scenario has one intervention.  `uncertainty`: the Monte
 * Carlo's summary (montecarlo.h), borrowed, or NULL without draws.
 */
json_t *mkba_ranking(const mkba_run *run, const json_t *uncertainty);

/*
 * The NPV of ledger `c` under the three discounting regimes a Dutch MKBA
 * shows: 2.25% (Werkgroep Discontovoet 2020, the standard), 3% (the 2015
 * standard) and 2.8% to year 35 then 1.8% (the 2025 term structure, not
 * confirmed in an official source), all from the scenario's base year.
 */
json_t *mkba_discount_sensitivity(const mkba_run *run, const mkba_ctx *c);

/*
 * The warnings of the results: [{"code", "message": {"nl", "en"},
 * "interventions": [indices]}].  "overlap": in a package, two or more
 * interventions book benefits in the same category for the same actor.
 * "base_case_far_from_mean": the base-case NPV lies more than a quarter of
 * a standard deviation from the Monte Carlo mean (`uncertainty` as for
 * mkba_ranking).  An empty array when there is nothing to say.
 */
json_t *mkba_warnings(const mkba_run *run, const json_t *uncertainty);

#endif
