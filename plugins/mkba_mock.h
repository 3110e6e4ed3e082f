/*
 * mkba_mock.h - a mock host for testing one plugin alone.
 *
 * The mock host loads a plugin exactly as `mkba` does (dlopen, ABI checks,
 * parameter table validation, unit costs and price index from the data
 * directory), binds the plugin's defaults for region `nederland`, lets a test
 * override parameters, runs compute() once and answers questions about the
 * ledger.  Link with `$(pkg-config --libs mkba-mock)`.
 *
 *     mkba_mock *m;
 *     char err[512];
 *     const char *path = getenv("MKBA_TEST_PLUGIN"); // e.g. "./my_plugin.so"
 *     if (mkba_mock_open(path, 2025, 10, 2024, &m, err,
 *                        sizeof err) != MKBA_OK) { puts(err); return 1; }
 *     if (mkba_mock_set(m, "clients", 80) != MKBA_OK ||
 *         mkba_mock_run(m, err, sizeof err) != MKBA_OK) { puts(err); return 1; }
 *     double npv = mkba_mock_npv(m, MKBA_MOCK_ALL, 0.0225);
 *     mkba_mock_free(m);
 *
 * A price level after the price index's last year needs an assumed
 * inflation, as in a scenario file; mkba_mock_open_scenario takes a whole
 * scenario for that (and for a region):
 *
 *     if (mkba_mock_open_scenario(path,
 *             "{\"start_year\": 2027, \"horizon_years\": 10, \"price_year\": 2027,"
 *             " \"assumed_inflation\": 0.02, \"region\": \"utrecht\","
 *             " \"interventions\": [{\"plugin\": \"my_plugin\", \"params\": {}}]}",
 *             &m, err, sizeof err) != MKBA_OK) { puts(err); return 1; }
 *
 * A test program finds the plugin under test through the environment
 * variable MKBA_TEST_PLUGIN (mkba_check.h reads it; the CMake files of
 * `mkba new-plugin` and of the plugins in mkba's tree set it), and the data
 * through MKBA_DATA_DIR.  (The test "header_examples" compiles and runs
 * these two examples.)
 * Every function returning int returns MKBA_OK or MKBA_ERROR, with a
 * message in err[0 .. errlen-1] on error.
 */
#ifndef MKBA_MOCK_H
#define MKBA_MOCK_H

#include "mkba_plugin.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct mkba_mock mkba_mock;

/* Any actor, category, kind or year in the query functions below. */
#define MKBA_MOCK_ALL (-1)

/*
 * Load the plugin at `path` and bind its defaults for a scenario starting in
 * `start_year`, `horizon` years long, at price level `price_year`.  The data
 * directory is $MKBA_DATA_DIR, else the one mkba was built or installed
 * with.  A plugin with configure() is configured with empty params ({}).
 * On success *out owns a new mock, freed with mkba_mock_free().
 */
int mkba_mock_open(const char *path, int start_year, int horizon, int price_year, mkba_mock **out,
                   char *err, size_t errlen);

/*
 * Like mkba_mock_open, but configure the plugin with `params_json`, the
 * text of the intervention's "params" object (for cashflow, markov and
 * other configure() plugins, or to set static parameters by JSON).
 */
int mkba_mock_open_json(const char *path, int start_year, int horizon, int price_year,
                        const char *params_json, mkba_mock **out, char *err, size_t errlen);

/*
 * Load the plugin at `path` as the first intervention of `scenario_json`,
 * the text of a whole scenario document (docs/formats.md): its start year,
 * horizon, price year, "assumed_inflation", region and the intervention's
 * params.  That intervention's "plugin" must be the plugin's name.
 */
int mkba_mock_open_scenario(const char *path, const char *scenario_json, mkba_mock **out, char *err,
                            size_t errlen);

/* Set the base-case value of parameter `key` (checked against its bounds). */
int mkba_mock_set(mkba_mock *m, const char *key, double value);

/* The current value of parameter `key`; NaN if there is no such key. */
double mkba_mock_get(const mkba_mock *m, const char *key);

/* Clear the ledger and run compute() with the current values. */
int mkba_mock_run(mkba_mock *m, char *err, size_t errlen);

/*
 * Undiscounted sum of the posted flows of `kind` (MKBA_COST, MKBA_BENEFIT,
 * or MKBA_TRANSFER counted once), intervention arm minus baseline arm, for
 * `actor` (a transfer counts for its payer) in `category` (its id, or NULL
 * for all) in year index `year`; MKBA_MOCK_ALL for any of them.
 */
double mkba_mock_total(const mkba_mock *m, int actor, const char *category, int kind, int year);

/*
 * Net present value for society (benefits minus costs, transfers netting
 * out) at constant discount `rate`, base year = start year; or for one
 * actor (transfers counted) when `actor` >= 0.
 */
double mkba_mock_npv(const mkba_mock *m, int actor, double rate);

/* Sum over the horizon of outcome `id` in `arm`; NaN if never posted. */
double mkba_mock_outcome(const mkba_mock *m, const char *id, int arm);

/* Number of distinct PM items posted. */
int mkba_mock_pm_count(const mkba_mock *m);

/* Number of categories posted so far, and the id of category i (borrowed). */
int mkba_mock_category_count(const mkba_mock *m);
const char *mkba_mock_category(const mkba_mock *m, int i);

/*
 * 1 when two mocks hold the same ledger bit for bit (flows, transfers,
 * outcomes and PM items), 0 otherwise: a check that compute() is pure.
 */
int mkba_mock_same_ledger(const mkba_mock *a, const mkba_mock *b);

/* Free the mock (the plugin stays loaded until the process exits). */
void mkba_mock_free(mkba_mock *m);

#ifdef __cplusplus
}
#endif

#endif /* MKBA_MOCK_H */
