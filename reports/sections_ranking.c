/*
 * sections_ranking.c: the interventions as every chapter orders and names
 * them: whether the document compares alternatives, the order of the
 * ranking (best first), an intervention's name for a row led by its rank,
 * for a sentence and under a parameter, and its entry in the uncertainty
 * results. Declared in sections.h.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* See sections.h. */
int mkba_report_alternatives(const mkba_report_ctx *r) {
  const char *c = mkba_j_str(r->doc, "comparison", "package");
  return strcmp(c, "alternatives") == 0 &&
         mkba_j_len(mkba_j_arr(r->doc, "interventions")) > 1;
}

/* See sections.h. */
size_t mkba_ranked(const mkba_report_ctx *r, size_t *order, size_t max) {
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  const json_t *rank = mkba_j_arr(r->doc, "ranking");
  size_t n = mkba_j_len(ivs), k = 0;
  if (n > max)
    n = max;
  /* the ranking first, as the engine ordered it ... */
  for (size_t i = 0; i < mkba_j_len(rank) && k < n; i++) {
    double x = mkba_j_num(mkba_j_at(rank, i), "intervention");
    if (!isfinite(x) || x < 0 || x >= (double)n)
      continue;
    int seen = 0;
    for (size_t j = 0; j < k; j++)
      seen |= order[j] == (size_t)x;
    if (!seen)
      order[k++] = (size_t)x;
  }
  /* ... then anything the ranking does not name, so none goes missing */
  for (size_t i = 0; i < n && k < n; i++) {
    int seen = 0;
    for (size_t j = 0; j < k; j++)
      seen |= order[j] == i;
    if (!seen)
      order[k++] = i;
  }
  return k;
}

/* See sections.h. */
size_t *mkba_ranked_new(const mkba_report_ctx *r, size_t *n) {
  size_t all = mkba_j_len(mkba_j_arr(r->doc, "interventions"));
  *n = 0;
  if (all == 0)
    return NULL;
  size_t *order = malloc(all * sizeof *order);
  if (order == NULL)
    return NULL;
  *n = mkba_ranked(r, order, all);
  return order;
}

/* See sections.h. */
char *mkba_ranked_name(const mkba_report_ctx *r, const json_t *iv, size_t pos,
                       int short_name, char *buf, size_t len) {
  char name[300];
  if (short_name)
    mkba_intervention_short_name(iv, name, sizeof name);
  else
    mkba_intervention_name(iv, name, sizeof name);
  if (mkba_report_alternatives(r))
    snprintf(buf, len, "%zu. %s", pos + 1, name);
  else
    snprintf(buf, len, "%s", name);
  return buf;
}

/* See sections.h. */
char *mkba_iv_sentence_name(const mkba_report_ctx *r, const json_t *iv,
                            char *buf, size_t len) {
  char name[300];
  mkba_intervention_short_name(iv, name, sizeof name);
  return mkba_tpl(buf, len, r->s->quoted, name, NULL, NULL, NULL);
}

/* See sections.h. */
char *mkba_param_iv_name(const mkba_report_ctx *r, const char *id, char *buf,
                         size_t len) {
  buf[0] = '\0';
  int k = mkba_param_intervention(r, id);
  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  if (mkba_j_len(ivs) > 1 && k >= 0 && (size_t)k < mkba_j_len(ivs))
    mkba_intervention_short_name(mkba_j_at(ivs, (size_t)k), buf, len);
  return buf;
}

/* See sections.h. */
const json_t *mkba_iv_uncertainty(const mkba_report_ctx *r, double index) {
  const json_t *list =
      mkba_j_arr(mkba_j_obj(r->doc, "uncertainty"), "interventions");
  for (size_t i = 0; i < mkba_j_len(list); i++) {
    const json_t *e = mkba_j_at(list, i);
    if (mkba_j_num(e, "index") == index)
      return e;
  }
  return NULL;
}
