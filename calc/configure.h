/*
 * configure.h - the host services of configure() time (ABI 1.1 and later):
 * a plugin with structured parameters (cashflow's flows, markov's
 * transitions) reads its JSON through them and declares each value as a
 * parameter, bound like the static ones (bind.h).  The contracts are those
 * of mkba_plugin.h; hostapi.c puts these functions in the service table.
 */
#ifndef MKBA_CONFIGURE_H
#define MKBA_CONFIGURE_H

#include "bind.h"

int mkba_svc_config_horizon(const mkba_config *cfg);
int mkba_svc_config_price_year(const mkba_config *cfg);
double mkba_svc_config_reindex(mkba_config *cfg, const mkba_json *at, int from);
int mkba_svc_json_type(const mkba_json *v);
const mkba_json *mkba_svc_json_get(const mkba_json *o, const char *key);
size_t mkba_svc_json_size(const mkba_json *v);
const mkba_json *mkba_svc_json_at(const mkba_json *a, size_t i);
const mkba_json *mkba_svc_json_member(const mkba_json *o, size_t i, const char **key);
double mkba_svc_json_number(const mkba_json *v);
const char *mkba_svc_json_string(const mkba_json *v);
int mkba_svc_json_check_keys(mkba_config *cfg, const mkba_json *obj, const char *const *allowed);
int mkba_svc_config_error(mkba_config *cfg, const mkba_json *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int mkba_svc_config_param(mkba_config *cfg, const mkba_json *v, const char *id, const char *nl,
                          const char *en, const char *unit, double fallback, double min,
                          double max);
int mkba_svc_config_money_param(mkba_config *cfg, const mkba_json *v, const char *id,
                                const char *nl, const char *en, const char *unit, double fallback,
                                double min, double max, int price_year, const char *unit_cost);
int mkba_svc_config_set_range(mkba_config *cfg, const mkba_json *at, int index, double min,
                              double max);
int mkba_svc_config_param_part(mkba_config *cfg, int index, int part);
int mkba_svc_config_actor(mkba_config *cfg, const mkba_json *v);
double mkba_svc_config_value(const mkba_config *cfg, int index);

#endif
