/*
 * results.h: reading the results document, and the state one rendering
 * shares between its pages and charts.
 *
 * The document is only read. Every accessor copes with a missing key or a
 * JSON null: numbers come back as NaN (printed as an en dash), strings as
 * the fallback, arrays as NULL with length 0. So a report of an older or
 * partial document shows gaps rather than failing.
 */
#ifndef MKBA_RESULTS_H
#define MKBA_RESULTS_H

#include <jansson.h>
#include <stddef.h>
#include <time.h>

#include "format.h"
#include "i18n.h"

/* One rendering: what every page and chart needs to know. */
typedef struct {
  const json_t *doc;     /* the results document (borrowed) */
  mkba_lang lang;        /* language of headings and number formats */
  const mkba_strings *s; /* headings in that language (static) */
  time_t when;           /* the report date (see mkba_report_time) */
  int dated; /* 0: the report has no date (no SOURCE_DATE_EPOCH or "date") */
  char date[64]; /* `when` in words, or "" when not dated */
} mkba_report_ctx;

/* obj[key] as a number; NaN when obj is not an object or the value is
 * missing, null or not a number (obj: borrowed, may be NULL). */
double mkba_j_num(const json_t *obj, const char *key);

/* obj[key] as a string, or fallback (all borrowed; the result lives as long
 * as obj or fallback). */
const char *mkba_j_str(const json_t *obj, const char *key,
                       const char *fallback);

/* obj[key] if it is an array, else NULL (borrowed). */
const json_t *mkba_j_arr(const json_t *obj, const char *key);

/* obj[key] if it is an object, else NULL (borrowed). */
const json_t *mkba_j_obj(const json_t *obj, const char *key);

/* Length of an array; 0 for NULL or a non-array. */
size_t mkba_j_len(const json_t *arr);

/* Element i of an array (borrowed), NULL when out of range. */
const json_t *mkba_j_at(const json_t *arr, size_t i);

/* The first object in arr whose "id" equals id, or NULL (borrowed). */
const json_t *mkba_j_find_id(const json_t *arr, const char *id);

/* The label of an actor: the built-in one in the report's language for the
 * six actors the report knows (so "samenleving" and the society total never
 * share a name, whatever the document calls them), else the document's own
 * label for it, else the id (r: the rendering; id borrowed). */
const char *mkba_report_actor_label(const mkba_report_ctx *r, const char *id);

/* Transfers into (*in) and out of (*out) an actor, present values summed over
 * the document's "transfers" (r: the rendering; id: actor id). */
void mkba_actor_transfers(const mkba_report_ctx *r, const char *id, double *in,
                          double *out);

/* Whether an actor entry has any cost or benefit at all; an actor without
 * flows has no meaningful chance of a positive net value. */
int mkba_actor_has_flows(const json_t *actor);

/* A label for display: obj["label"], or obj["id"] made readable
 * ("kwaliteit_van_leven" -> "Kwaliteit van leven") when the label is
 * missing or just repeats the id. buf, len: output. Returns buf. */
char *mkba_display_label(const json_t *obj, char *buf, size_t len);

/* A parameter id without the package's intervention prefix: "share_street"
 * for "0:share_street", for a reader who sees which intervention it belongs
 * to elsewhere (id: borrowed, may be NULL; the result points into it). */
const char *mkba_param_local_id(const char *id);

/* The intervention's display name: "title: label", or one alone when the
 * label is missing or one contains the other (iv: an element of
 * "interventions"; buf, len: output). Returns buf. */
char *mkba_intervention_name(const json_t *iv, char *buf, size_t len);

/* The intervention's short name, for narrow column headers: the scenario's
 * own label, else the plugin's title (iv: an element of "interventions";
 * buf, len: output). Returns buf. */
char *mkba_intervention_short_name(const json_t *iv, char *buf, size_t len);

/* One calculation beside the base case: the base case itself, the base case
 * with optimism bias, or a named variant (all borrowed from the document). */
typedef struct {
  const json_t *summary; /* pv_costs, pv_benefits, npv, bcr */
  const json_t *variant; /* the element of "variants", or NULL */
  const json_t *bias;    /* {costs, benefits} applied to this case, or NULL */
} mkba_case;

/* Whether the document has variants or an optimism-bias adjustment. */
int mkba_has_variants(const mkba_report_ctx *r);

/* The base case, then the base case with optimism bias (when the document
 * has it), then each variant, into out (up to max). Returns the number of
 * cases, which may exceed max. */
size_t mkba_cases(const mkba_report_ctx *r, mkba_case *out, size_t max);

/* A case's name in the report's language: "Basis", "Basis met optimism
 * bias", the variant's label (with ", met optimism bias" when it has its
 * own). c: the case; buf, len: output. Returns buf. */
char *mkba_case_label(const mkba_report_ctx *r, const mkba_case *c, char *buf,
                      size_t len);

#endif /* MKBA_RESULTS_H */
