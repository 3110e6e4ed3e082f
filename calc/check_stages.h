/*
 * check_stages.h - the stages of `mkba check-plugin`, one file each: each
 * judges its properties of the plugin of job `j` into doc["verdicts"]
 * (check_common.h) and returns 0, or -1 when it cannot run at all (with
 * the reason in d).
 */
#ifndef MKBA_CHECK_STAGES_H
#define MKBA_CHECK_STAGES_H

#include "check_common.h"

/* Stage 1 (check_table.c): the descriptor and the parameter table: abi, sources, units. */
int mkba_check_stage_table(const mkba_check_job *j, json_t *doc, mkba_diag *d);

/* Stage 2 (check_base.c): the base case: base, stdout, negative_costs, transfers. */
int mkba_check_stage_base(const mkba_check_job *j, json_t *doc, mkba_diag *d);

/* Stage 3 (check_repeat.c): the same inputs twice give the same ledger: determinism. */
int mkba_check_stage_determinism(const mkba_check_job *j, json_t *doc, mkba_diag *d);

/* Stage 4 (check_repeat.c): the same ledger from several threads at once: threads. */
int mkba_check_stage_threads(const mkba_check_job *j, json_t *doc, mkba_diag *d);

/* Stage 5 (check_direction.c): flagged parameters move the NPV their way: direction. */
int mkba_check_stage_direction(const mkba_check_job *j, json_t *doc, mkba_diag *d);

/* Stage 6 (check_blocks.c): compute_block gives compute()'s NPVs: blocks. */
int mkba_check_stage_blocks(const mkba_check_job *j, json_t *doc, mkba_diag *d);

#endif
