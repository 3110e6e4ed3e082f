/* check_direction.c - check-plugin: the direction of flagged parameters; see check_stages.h. */
#include "check_stages.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define A MKBA_N_ACTORS

/* ---- stage 5: direction -------------------------------------------------- */

/*
 * Society's NPV with parameter values p in ledger c; 0, or -1 with the
 * plugin's message in d.
 */
static int npv_at(const mkba_run *run, mkba_ctx *c, const double *p, double *npv, mkba_diag *d) {
  double all[1 + A];
  if (mkba_instance_run(run->iv[0], c, p, d))
    return -1;
  mkba_npv_fast(c, run->df, all);
  *npv = all[0];
  return 0;
}

/*
 * A value of parameter k other than its base, within its range: a step of
 * a tenth of the value (or a hundredth of the range) upwards, or downwards
 * at the top of the range; a whole step for a whole number.  Returns the
 * direction of the step (+1, -1), or 0 when the range is a single value.
 */
static int nudge(const mkba_pvalue *pv, double base, double *to) {
  double step = fmax(fabs(base) * 0.1, (pv->max - pv->min) * 0.01);
  if (pv->flags & MKBA_PARAM_INTEGER)
    step = fmax(1, ceil(step));
  if (base + step <= pv->max) {
    *to = base + step;
    return 1;
  }
  if (pv->max > base) {
    *to = pv->max;
    return 1;
  }
  if (base - step >= pv->min) {
    *to = base - step;
    return -1;
  }
  if (pv->min < base) {
    *to = pv->min;
    return -1;
  }
  return 0;
}

/* Stage 5: flagged parameters move the NPV their way; unflagged effects are listed. */
int mkba_check_stage_direction(const mkba_check_job *j, json_t *doc, mkba_diag *d) {
  mkba_run *run = NULL;
  mkba_diag why = {0};
  mkba_check_capture cap;
  char head[8];
  int have = mkba_check_capture_begin(&cap) == 0;
  int rc = mkba_check_prepare(j, &run, &why);
  mkba_ctx *c = rc ? NULL : mkba_check_new_ledger(run);
  const mkba_instance *iv = rc ? NULL : run->iv[0];
  double *p = iv ? malloc((size_t)(iv->n ? iv->n : 1) * sizeof *p) : NULL;
  double base_npv = 0;
  if (!rc && (!c || !p)) {
    if (have)
      mkba_check_capture_end(&cap, head, sizeof head);
    mkba_ctx_free(c);
    free(p);
    mkba_run_free(run);
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  if (!rc) {
    if (iv->n) /* no parameters: base is NULL */
      memcpy(p, iv->base, (size_t)iv->n * sizeof *p);
    rc = npv_at(run, c, p, &base_npv, &why);
  }
  char unflagged[1024] = "", still[1024] = "", failed[2048] = "";
  int n_flagged = 0;
  const char *fail_fix = NULL;
  int n_static = rc ? 0 : (int)iv->plugin->desc.n_params;
  for (int k = 0; k < n_static && !failed[0]; k++) {
    const mkba_pvalue *pv = &iv->pv[k];
    unsigned want = pv->flags & (MKBA_PARAM_RAISES_NPV | MKBA_PARAM_LOWERS_NPV);
    double to, npv;
    int dir = nudge(pv, iv->base[k], &to);
    if (!dir) {
      if (want)
        mkba_check_list_add(still, sizeof still, pv->id);
      continue;
    }
    p[k] = to;
    mkba_diag e = {0};
    int bad = npv_at(run, c, p, &npv, &e);
    p[k] = iv->base[k];
    if (bad) {
      snprintf(failed, sizeof failed,
               "with \"%s\" = %g, within its range [%g, %g], compute "
               "failed: %s",
               pv->id, to, pv->min, pv->max, e.msg);
      fail_fix = "compute() must work for every value in a parameter's range (or narrow the "
                 "range with .min and .max)";
      break;
    }
    double tol = 1e-9 * fmax(1, fabs(base_npv)), change = (npv - base_npv) * dir;
    int moves = change > tol ? 1 : change < -tol ? -1 : 0;
    if (!want) {
      if (moves) {
        char item[200];
        snprintf(item, sizeof item, "%s (raising it %s the NPV)", pv->id,
                 moves > 0 ? "raises" : "lowers");
        mkba_check_list_add(unflagged, sizeof unflagged, item);
      }
      continue;
    }
    n_flagged++;
    int expect = want == MKBA_PARAM_RAISES_NPV ? 1 : -1;
    if (moves == -expect) {
      snprintf(failed, sizeof failed,
               "parameter \"%s\" is flagged %s, but %s it from %g to %g moves society's NPV from "
               "%.2f to %.2f",
               pv->id, expect > 0 ? "MKBA_PARAM_RAISES_NPV" : "MKBA_PARAM_LOWERS_NPV",
               dir > 0 ? "raising" : "lowering", iv->base[k], to, dir > 0 ? base_npv : npv,
               dir > 0 ? npv : base_npv);
      fail_fix = "check the sign of the effect in compute(), or flag the parameter the other way "
                 "(MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV) if the flag is wrong";
    } else if (!moves) {
      mkba_check_list_add(still, sizeof still, pv->id);
    }
  }
  if (have)
    mkba_check_capture_end(&cap, head, sizeof head);
  if (rc)
    mkba_check_verdict(doc, MKBA_CHECK_DIRECTION, "fail", "compute() must succeed for the defaults",
                       "compute failed: %s", why.msg);
  else if (failed[0])
    mkba_check_verdict(doc, MKBA_CHECK_DIRECTION, "fail", fail_fix, "%s", failed);
  else if (unflagged[0] || still[0]) {
    char msg[3072];
    snprintf(msg, sizeof msg, "%s%s%s%s%s",
             unflagged[0] ? "parameters that move the NPV without a declared direction: " : "",
             unflagged, unflagged[0] && still[0] ? "; " : "",
             still[0] ? "flagged parameters that do not move the NPV at the base case: " : "",
             still);
    mkba_check_verdict(doc, MKBA_CHECK_DIRECTION, "note",
                       unflagged[0]
                           ? "declare the expected direction with .flags = MKBA_PARAM_RAISES_NPV "
                             "(an effect, a price of what is avoided) or MKBA_PARAM_LOWERS_NPV (a "
                             "cost of the programme), after checking it is the one you expect"
                           : "check that these effects reach the NPV",
                       "%d flagged parameter%s move%s the NPV the declared way; %s", n_flagged,
                       n_flagged == 1 ? "" : "s", n_flagged == 1 ? "s" : "", msg);
  } else if (n_static == 0)
    mkba_check_verdict(
        doc, MKBA_CHECK_DIRECTION, "pass", NULL,
        "the plugin has no parameter table to flag (configure() declares its parameters)");
  else
    mkba_check_verdict(
        doc, MKBA_CHECK_DIRECTION, "pass", NULL,
        "every parameter that moves the NPV declares its direction, and each of the %d "
        "moves it that way",
        n_flagged);
  free(p);
  mkba_ctx_free(c);
  mkba_run_free(run);
  return 0;
}
