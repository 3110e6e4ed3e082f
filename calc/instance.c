/* instance.c - one intervention bound and run; see instance.h. */
#include "instance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "block.h"
#include "format.h"
#include "hostapi.h"
#include "watch.h"

int mkba_instance_bind(const mkba_scenario *s, size_t index, const mkba_data *data,
                       const mkba_region *region, const char *lang, mkba_instance **out,
                       mkba_diag *d) {
  *out = NULL;
  const mkba_loaded *p;
  const mkba_iv_spec *spec = &s->iv[index];
  if (mkba_plugin_load(spec->plugin, &p, d)) {
    /* Unknown plugin: point at the scenario's "plugin" key. */
    mkba_jdoc_locate(s->doc, spec->node, "plugin", d);
    return -1;
  }
  mkba_instance *iv = calloc(1, sizeof *iv);
  if (!iv) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  iv->index = index;
  iv->plugin = p;
  mkba_watch_name((int)index, p->name);
  iv->scen = s;
  int nl = mkba_lang_of(lang) == MKBA_LANG_NL;
  const char *title = nl ? p->desc.title_nl : p->desc.title_en;
  iv->label = strdup(spec->label ? spec->label : title);
  mkba_config cfg = {s, data, region, iv, d, nl, ""};
  snprintf(cfg.where, sizeof cfg.where, "interventions[%zu].params", index);
  int rc = mkba_bind_static(&cfg, region);
  if (!rc && p->desc.configure) {
    json_t *empty = NULL;
    const json_t *params = spec->params;
    if (!params)
      params = empty = json_object();
    mkba_watch_enter((int)index);
    int prc = p->desc.configure(mkba_host_services(), &cfg, (const mkba_json *)params, &iv->model);
    mkba_watch_enter(-1);
    json_decref(empty);
    if (prc != MKBA_OK || d->code) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "plugin \"%s\": configure failed without a message", p->name);
      rc = -1;
    }
  }
  if (rc) {
    mkba_instance_free(iv);
    return -1;
  }
  *out = iv;
  return 0;
}

int mkba_instance_run(const mkba_instance *iv, mkba_ctx *ctx, const double *p, mkba_diag *d) {
  char err[512]; /* called once per Monte Carlo draw: clear one byte, not 512 */
  err[0] = '\0';
  mkba_ctx_reset(ctx);
  mkba_watch_enter((int)iv->index);
  int rc = iv->plugin->desc.compute(mkba_host_services(), ctx, iv->model, p, err, sizeof err);
  mkba_watch_enter(-1);
  err[sizeof err - 1] = '\0'; /* a plugin may fill the buffer without its end */
  mkba_ctx_end_compute(ctx);
  if (rc != MKBA_OK || ctx->failed) {
    const char *why = ctx->failed ? ctx->err
                      : err[0]    ? err
                                  : "compute failed without a "
                                    "message";
    mkba_diag_set(d, MKBA_EXIT_RUN, "plugin \"%s\" (interventions[%zu]): %s", iv->plugin->name,
                  iv->index, why);
    return -1;
  }
  return 0;
}

int mkba_instance_run_block(const mkba_instance *iv, mkba_block *b, const double *const *p, int n,
                            long first_draw, mkba_diag *d) {
  char err[512];
  err[0] = '\0';
  mkba_block_begin(b, n);
  mkba_watch_enter((int)iv->index);
  int rc =
      iv->plugin->desc.compute_block(mkba_host_services(), b, iv->model, p, n, err, sizeof err);
  mkba_watch_enter(-1);
  err[sizeof err - 1] = '\0';
  mkba_block_end(b);
  if (rc != MKBA_OK || b->failed) {
    const char *why = b->failed ? b->err : err[0] ? err : "compute_block failed without a message";
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "plugin \"%s\" (interventions[%zu]), Monte Carlo draws %ld-%ld: %s",
                  iv->plugin->name, iv->index, first_draw + 1, first_draw + n, why);
    return -1;
  }
  return 0;
}

void mkba_instance_free(mkba_instance *iv) {
  if (!iv)
    return;
  if (iv->model && iv->plugin->desc.release) {
    mkba_watch_enter((int)iv->index);
    iv->plugin->desc.release(iv->model);
    mkba_watch_enter(-1);
  }
  for (int k = 0; k < iv->n; k++)
    mkba_pvalue_clear(&iv->pv[k]);
  free(iv->pv);
  free(iv->base);
  free(iv->label);
  free(iv);
}
