/*
 * dist.h - the seven distributions of docs/formats.md: reading them
 * from JSON, their base-case value, quantiles (for the tornado's P10/P90)
 * and random draws (GSL).
 */
#ifndef MKBA_DIST_H
#define MKBA_DIST_H

#include <gsl/gsl_rng.h>
#include <jansson.h>

#include "jdoc.h"
#include "mkba_plugin.h"

/*
 * Read parameter value `v` of document `doc`: a number (fixed) or a
 * distribution object.  Sets *dist (kind MKBA_FIXED for a number) and *base,
 * the base-case value: "value" when given, else the mean of the
 * distribution, so that the central estimate is the expected value.  `what` names the value in
 * messages.  Returns 0, or -1 with an input error at the offending key in `d`.
 */
int mkba_dist_parse(const mkba_jdoc *doc, const json_t *v, const char *what, mkba_dist *dist,
                    double *base, mkba_diag *d);

/* The p-quantile (0 < p < 1) of `dist`; `base` for MKBA_FIXED. */
double mkba_dist_quantile(const mkba_dist *dist, double base, double p);

/* The cumulative distribution function of `dist` at x (0/1 step for fixed). */
double mkba_dist_cdf(const mkba_dist *dist, double base, double v);

/* One random draw of `dist` from `rng`; `base` for MKBA_FIXED. */
double mkba_dist_sample(const mkba_dist *dist, double base, gsl_rng *rng);

/*
 * Multiply a distribution of an amount by `f` > 0 (re-indexing to another
 * price year, scaling to a region).  Beta has no scale, so it is left as is
 * and 0 is returned only for kinds that scale; -1 for beta.
 */
int mkba_dist_scale(mkba_dist *dist, double f);

/* A new JSON object in the scenario file's form, or json null for fixed. */
json_t *mkba_dist_to_json(const mkba_dist *dist, double base);

/* A short human description, e.g. "normaal(1; 0,2)"; for describe/reports. */
void mkba_dist_describe(const mkba_dist *dist, char *buf, size_t len);

/* Check that the parameters of `dist` are valid; 0 or -1 with a reason. */
int mkba_dist_check(const mkba_dist *dist, char *why, size_t len);

#endif
