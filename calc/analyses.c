/* analyses.c - what the analyses found; see analyses.h. */
#include "analyses.h"

#include <string.h>

void mkba_analyses_clear(mkba_analyses *a) {
  mkba_sampler_free(a->sampler);
  json_decref(a->uncertainty);
  json_decref(a->sensitivity);
  json_decref(a->switching);
  json_decref(a->variants);
  json_decref(a->optimism_bias);
  memset(a, 0, sizeof *a);
}
