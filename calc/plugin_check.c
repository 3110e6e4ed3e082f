/* plugin_check.c - the work of one stage of `mkba check-plugin`; see plugin_check.h. */
#include "plugin_check.h"

#include <string.h>

#include "check_stages.h"
#include "count.h"
#include "watch.h"

/* One stage's work (check_stages.h). */
typedef int stage_fn(const mkba_check_job *j, json_t *doc, mkba_diag *d);

/* The stages by enum mkba_check_stage. */
static stage_fn *const stages[] = {
    [MKBA_STAGE_TABLE] = mkba_check_stage_table,
    [MKBA_STAGE_BASE] = mkba_check_stage_base,
    [MKBA_STAGE_DETERMINISM] = mkba_check_stage_determinism,
    [MKBA_STAGE_THREADS] = mkba_check_stage_threads,
    [MKBA_STAGE_DIRECTION] = mkba_check_stage_direction,
    [MKBA_STAGE_BLOCKS] = mkba_check_stage_blocks,
};

int mkba_check_work(void *arg, char **out, size_t *len, mkba_diag *d) {
  const mkba_check_job *j = arg;
  *out = NULL;
  *len = 0;
  json_t *doc = json_object();
  if (!doc || json_object_set_new(doc, "verdicts", json_object())) {
    json_decref(doc);
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  mkba_watch_phase(j->stage == MKBA_STAGE_TABLE ? MKBA_PHASE_LOAD : MKBA_PHASE_BASE, 0);
  /* Stage numbers outside the table run the last stage that existed
     before blocks, as the switch this table replaced did. */
  stage_fn *fn = j->stage >= 0 && j->stage < (int)MKBA_COUNT(stages) ? stages[j->stage]
                                                                     : mkba_check_stage_direction;
  int rc = fn(j, doc, d);
  if (!rc) {
    *out = json_dumps(doc, JSON_COMPACT);
    if (!*out) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
      rc = -1;
    } else {
      *len = strlen(*out);
    }
  }
  json_decref(doc);
  return rc;
}
