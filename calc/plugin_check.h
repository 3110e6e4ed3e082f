/*
 * plugin_check.h - the properties `mkba check-plugin` checks, and the work
 * each supervised stage of it does.
 *
 * The command (cli_check.c) runs the checks in stages, each in its own
 * supervised child (supervise.h), so that a plugin that crashes, loops or
 * calls exit() in one stage fails the property of that stage and nothing
 * else: first the descriptor and parameter table, then the base case, then
 * determinism, threads and the direction of effects.  A stage's product is
 * a JSON object whose member "verdicts" maps property ids to
 * {"status": "pass"|"fail"|"note", "message", "fix"}; a property a stage
 * did not judge is absent.
 */
#ifndef MKBA_PLUGIN_CHECK_H
#define MKBA_PLUGIN_CHECK_H

#include <stddef.h>

#include "check_common.h"

/*
 * The work of one stage (an mkba_work_fn for mkba_supervise): `arg` is an
 * mkba_check_job.  The product is the JSON object described above, also
 * when the plugin fails a property; -1 only when the stage cannot run at
 * all (no memory, no data directory), with the reason in d.
 */
int mkba_check_work(void *arg, char **out, size_t *len, mkba_diag *d);

#endif
