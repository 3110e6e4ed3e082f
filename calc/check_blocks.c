/* check_blocks.c - check-plugin: blocks of draws against compute(); see check_stages.h. */
#include "check_stages.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "block.h"
#include "sampler.h"

#define A MKBA_N_ACTORS

/* ---- stage 6: blocks of draws ------------------------------------------- */

/* The draws compared: one block, drawn as the Monte Carlo draws them. */
#define BLOCK_DRAWS 256

/*
 * Stage 6: a plugin with compute_block (ABI 1.5) gives, for a block of
 * Monte Carlo draws, the NPVs per actor that compute() gives draw by draw
 * (to 1e-9 relative).  A plugin without it passes: its draws are computed
 * one by one.
 */
int mkba_check_stage_blocks(const mkba_check_job *j, json_t *doc, mkba_diag *d) {
  mkba_run *run = NULL;
  mkba_diag why = {0};
  mkba_check_capture cap;
  char head[8];
  int have = mkba_check_capture_begin(&cap) == 0;
  int rc = mkba_check_prepare(j, &run, &why);
  const mkba_instance *iv = rc ? NULL : run->iv[0];
  if (!rc && !iv->plugin->desc.compute_block) {
    if (have)
      mkba_check_capture_end(&cap, head, sizeof head);
    mkba_check_verdict(doc, MKBA_CHECK_BLOCKS, "pass", NULL,
                       "no compute_block: Monte Carlo computes the plugin's draws one by one");
    mkba_run_free(run);
    return 0;
  }
  int n = iv ? iv->n : 0, cols = 0;
  double *draws = rc ? NULL : malloc(sizeof(double) * BLOCK_DRAWS * (size_t)(n + 1));
  double *lanes = rc ? NULL : malloc(sizeof(double) * BLOCK_DRAWS * (size_t)(n + 1));
  const double **pl = rc ? NULL : malloc(sizeof(double *) * (size_t)(n + 1));
  double *p = rc ? NULL : malloc(sizeof(double) * (size_t)(n + 1));
  mkba_ctx *c = rc ? NULL : mkba_check_new_ledger(run);
  mkba_block *b = rc ? NULL : mkba_block_new(run->scen->horizon, run->df, iv->plugin->name);
  if (!rc && (!draws || !lanes || !pl || !p || !c || !b)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    rc = -2;
  }
  if (!rc) {
    mkba_sampler *sm = NULL;
    rc = mkba_sampler_new(run, &sm, &why) ||
                 mkba_mc_params(run, sm, 1, BLOCK_DRAWS, draws, &cols, &why)
             ? -1
             : 0;
    mkba_sampler_free(sm);
  }
  char diff[600] = "";
  if (!rc) { /* lane l of parameter j: its draw l when uncertain, else its base */
    for (int jj = 0, q = 0; jj < n; jj++) {
      int drawn = iv->pv[jj].dist.kind != MKBA_FIXED;
      for (int l = 0; l < BLOCK_DRAWS; l++)
        lanes[(size_t)jj * BLOCK_DRAWS + l] =
            drawn ? draws[(size_t)l * (size_t)cols + (size_t)q] : iv->base[jj];
      q += drawn;
      pl[jj] = lanes + (size_t)jj * BLOCK_DRAWS;
    }
    rc = mkba_instance_run_block(iv, b, pl, BLOCK_DRAWS, 0, &why);
  }
  if (!rc) {
    mkba_ctx_set_fast(c, run->df);
    for (int l = 0; l < BLOCK_DRAWS && !rc && !diff[0]; l++) {
      for (int jj = 0; jj < n; jj++)
        p[jj] = lanes[(size_t)jj * BLOCK_DRAWS + l];
      double v[1 + A];
      rc = mkba_instance_run(iv, c, p, &why);
      if (!rc)
        mkba_npv_fast(c, run->df, v);
      for (int a = 0; !rc && a < A && !diff[0]; a++) {
        double x = b->acc[a][l], y = v[1 + a];
        if (!(fabs(x - y) <= 1e-9 * fmax(fabs(x), fabs(y)) || fabs(x - y) <= 1e-6))
          snprintf(diff, sizeof diff,
                   "draw %d of the block: NPV of %s is %.17g in blocks and %.17g from compute()",
                   l + 1, mkba_check_actor(a), x, y);
      }
    }
  }
  if (have)
    mkba_check_capture_end(&cap, head, sizeof head);
  if (rc == -2) {
    /* nothing judged: the stage could not run */
  } else if (rc) {
    mkba_check_verdict(doc, MKBA_CHECK_BLOCKS, "fail",
                       "compute_block must compute every draw compute() computes; see the message",
                       "%s", why.msg);
  } else if (diff[0]) {
    mkba_check_verdict(
        doc, MKBA_CHECK_BLOCKS, "fail",
        "compute_block must give compute()'s NPVs draw by draw: do the same arithmetic, "
        "in the same order, over arrays of draws",
        "%s", diff);
  } else {
    mkba_check_verdict(
        doc, MKBA_CHECK_BLOCKS, "pass", NULL,
        "compute_block gave compute()'s NPVs per actor for a block of %d Monte Carlo draws "
        "(to 1e-9 relative)",
        BLOCK_DRAWS);
  }
  free(draws);
  free(lanes);
  free(pl);
  free(p);
  mkba_ctx_free(c);
  mkba_block_free(b);
  mkba_run_free(run);
  return rc == -2 ? -1 : 0;
}
