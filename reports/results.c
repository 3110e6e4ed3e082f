/*
 * results.c: lenient reading of the results document.
 */
#define _GNU_SOURCE /* strcasestr */
#include "results.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static json_t *get(const json_t *obj, const char *key) {
  if (obj == NULL || !json_is_object(obj))
    return NULL;
  /* jansson's getters are not const-correct; nothing here writes */
  return json_object_get((json_t *)obj, key);
}

double mkba_j_num(const json_t *obj, const char *key) {
  json_t *v = get(obj, key);
  if (v == NULL || !json_is_number(v))
    return NAN;
  return json_number_value(v);
}

const char *mkba_j_str(const json_t *obj, const char *key,
                       const char *fallback) {
  json_t *v = get(obj, key);
  if (v == NULL || !json_is_string(v))
    return fallback;
  return json_string_value(v);
}

const json_t *mkba_j_arr(const json_t *obj, const char *key) {
  json_t *v = get(obj, key);
  return v != NULL && json_is_array(v) ? v : NULL;
}

const json_t *mkba_j_obj(const json_t *obj, const char *key) {
  json_t *v = get(obj, key);
  return v != NULL && json_is_object(v) ? v : NULL;
}

size_t mkba_j_len(const json_t *arr) {
  return arr != NULL && json_is_array(arr) ? json_array_size(arr) : 0;
}

const json_t *mkba_j_at(const json_t *arr, size_t i) {
  if (i >= mkba_j_len(arr))
    return NULL;
  return json_array_get(arr, i);
}

const json_t *mkba_j_find_id(const json_t *arr, const char *id) {
  if (id == NULL)
    return NULL;
  for (size_t i = 0; i < mkba_j_len(arr); i++) {
    const json_t *e = mkba_j_at(arr, i);
    const char *eid = mkba_j_str(e, "id", NULL);
    if (eid != NULL && strcmp(eid, id) == 0)
      return e;
  }
  return NULL;
}

const char *mkba_report_actor_label(const mkba_report_ctx *r, const char *id) {
  /* the report's own words first: the engine's labels are in the run's
   * language too, but the report must name the actors as its sentences and
   * totals do */
  const char *label = mkba_i18n_actor(r->lang, id);
  if (label != NULL)
    return label;
  const json_t *a = mkba_j_find_id(mkba_j_arr(r->doc, "actors"), id);
  label = mkba_j_str(a, "label", NULL);
  if (label != NULL && label[0] != '\0')
    return label;
  return id != NULL ? id : "?";
}

const char *mkba_param_local_id(const char *id) {
  if (id == NULL)
    return NULL;
  const char *p = id;
  while (*p >= '0' && *p <= '9')
    p++;
  return p > id && *p == ':' && p[1] != '\0' ? p + 1 : id;
}

void mkba_actor_transfers(const mkba_report_ctx *r, const char *id, double *in,
                          double *out) {
  const json_t *tr = mkba_j_arr(r->doc, "transfers");
  *in = 0.0;
  *out = 0.0;
  for (size_t i = 0; i < mkba_j_len(tr); i++) {
    const json_t *t = mkba_j_at(tr, i);
    double pv = mkba_j_num(t, "pv");
    if (!isfinite(pv))
      continue;
    const char *from = mkba_j_str(t, "from", "");
    const char *to = mkba_j_str(t, "to", "");
    if (strcmp(to, id) == 0)
      *in += pv;
    if (strcmp(from, id) == 0)
      *out += pv;
  }
}

int mkba_actor_has_flows(const json_t *actor) {
  double c = mkba_j_num(actor, "pv_costs"),
         b = mkba_j_num(actor, "pv_benefits");
  double uc = mkba_j_num(actor, "undiscounted_costs");
  double ub = mkba_j_num(actor, "undiscounted_benefits");
  return (isfinite(c) && c != 0) || (isfinite(b) && b != 0) ||
         (isfinite(uc) && uc != 0) || (isfinite(ub) && ub != 0);
}

char *mkba_display_label(const json_t *obj, char *buf, size_t len) {
  const char *id = mkba_j_str(obj, "id", "?");
  const char *label = mkba_j_str(obj, "label", NULL);
  if (label != NULL && label[0] != '\0' && strcmp(label, id) != 0) {
    snprintf(buf, len, "%s", label);
    return buf;
  }
  snprintf(buf, len, "%s", id);
  for (char *p = buf; *p != '\0'; p++)
    if (*p == '_')
      *p = ' ';
  if (buf[0] >= 'a' && buf[0] <= 'z')
    buf[0] = (char)(buf[0] - 'a' + 'A');
  return buf;
}

char *mkba_intervention_name(const json_t *iv, char *buf, size_t len) {
  const char *title = mkba_j_str(iv, "title", NULL);
  const char *label = mkba_j_str(iv, "label", NULL);
  const char *plugin = mkba_j_str(iv, "plugin", "?");
  if (title == NULL || title[0] == '\0')
    title = plugin;
  /* one name when one already says the other ("Skaeve Huse and other
   * alternative housing" and the label "Skaeve Huse") */
  if (label == NULL || label[0] == '\0' || strcasestr(title, label) != NULL)
    snprintf(buf, len, "%s", title);
  else if (strcasestr(label, title) != NULL)
    snprintf(buf, len, "%s", label);
  else
    snprintf(buf, len, "%s: %s", title, label);
  return buf;
}

char *mkba_intervention_short_name(const json_t *iv, char *buf, size_t len) {
  const char *label = mkba_j_str(iv, "label", NULL);
  if (label != NULL && label[0] != '\0')
    snprintf(buf, len, "%s", label);
  else
    snprintf(buf, len, "%s",
             mkba_j_str(iv, "title", mkba_j_str(iv, "plugin", "?")));
  return buf;
}

/* The adjusted base case counts only with its numbers: an "optimism_bias"
 * without a summary is a scenario setting echoed back, not a result. */
static const json_t *bias_case(const mkba_report_ctx *r) {
  const json_t *ob = mkba_j_obj(r->doc, "optimism_bias");
  return mkba_j_obj(ob, "summary") != NULL ? ob : NULL;
}

int mkba_has_variants(const mkba_report_ctx *r) {
  return mkba_j_len(mkba_j_arr(r->doc, "variants")) > 0 || bias_case(r);
}

size_t mkba_cases(const mkba_report_ctx *r, mkba_case *out, size_t max) {
  size_t n = 0;
  mkba_case c = {mkba_j_obj(r->doc, "summary"), NULL, NULL};
  if (n < max)
    out[n] = c;
  n++;
  const json_t *ob = bias_case(r);
  if (ob != NULL) {
    c = (mkba_case){mkba_j_obj(ob, "summary"), NULL, ob};
    if (n < max)
      out[n] = c;
    n++;
  }
  const json_t *vs = mkba_j_arr(r->doc, "variants");
  for (size_t i = 0; i < mkba_j_len(vs); i++) {
    const json_t *v = mkba_j_at(vs, i);
    c = (mkba_case){mkba_j_obj(v, "summary"), v,
                    mkba_j_obj(v, "optimism_bias")};
    if (n < max)
      out[n] = c;
    n++;
  }
  return n;
}

char *mkba_case_label(const mkba_report_ctx *r, const mkba_case *c, char *buf,
                      size_t len) {
  if (c->variant == NULL) {
    snprintf(buf, len, "%s", c->bias ? r->s->row_base_ob : r->s->row_base);
    return buf;
  }
  char name[300];
  mkba_display_label(c->variant, name, sizeof name);
  if (c->bias != NULL)
    mkba_tpl(buf, len, r->s->variant_with_ob, name, NULL, NULL, NULL);
  else
    snprintf(buf, len, "%s", name);
  return buf;
}
