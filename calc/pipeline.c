/* pipeline.c - the order of a run; see pipeline.h. */
#include "pipeline.h"

#include "correlations.h"
#include "oneway.h"
#include "variants.h"
#include "watch.h"

int mkba_pipeline_prepare(const char *path, const char *text, size_t len, const char *lang,
                          mkba_run **run, mkba_analyses *a, mkba_diag *d) {
  if (text ? mkba_run_prepare_text(path, text, len, lang, run, d)
           : mkba_run_prepare(path, lang, run, d))
    return -1;
  if (mkba_sampler_new(*run, &a->sampler, d) || mkba_variants_check(*run, d)) {
    mkba_analyses_clear(a);
    mkba_run_free(*run);
    *run = NULL;
    return -1;
  }
  return 0;
}

int mkba_pipeline_run(mkba_run *run, mkba_analyses *a, const mkba_pipeline_options *o,
                      mkba_diag *d) {
  if (mkba_run_base(run, d))
    return -1;
  if (o->oneway) {
    mkba_watch_phase(MKBA_PHASE_ONEWAY, 0);
    if (mkba_oneway_run(run, o->oneway_threads, &a->sensitivity, &a->switching, d))
      return -1;
  }
  mkba_watch_phase(MKBA_PHASE_VARIANTS, 0);
  if (mkba_variants_run(run, &a->variants, &a->optimism_bias, d))
    return -1;
  if (o->mc.draws > 0) {
    if (mkba_mc_run(run, a->sampler, &o->mc, &a->uncertainty, d))
      return -1;
    json_t *cor = mkba_correlations_measured(run, a->sampler, a->uncertainty);
    if (cor)
      json_object_set_new(a->uncertainty, "correlations", cor);
  }
  return 0;
}
