/*
 * fuzz_scenario.c - a libFuzzer harness of the scenario path: every input
 * is a scenario file, run as `mkba run` runs it (scenario, data, plugins,
 * base case, one-way analyses, variants, a few Monte Carlo draws, the
 * results document and the CSV), in this process.  A crash, a sanitizer
 * report, a leak or an error with an exit code other than 1 or 2 is a
 * finding.  Built with -DMKBA_FUZZ=ON by clang; run by scripts/fuzz.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gsl/gsl_errno.h>

#include "csv.h"
#include "dump.h"
#include "output.h"
#include "pipeline.h"
#include "results.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  gsl_set_error_handler_off();
  setenv("MKBA_DATA_DIR", MKBA_SOURCE_DATA_DIR, 0);
  setenv("MKBA_PLUGIN_PATH", MKBA_BUILD_PLUGIN_DIR, 0);
  snprintf(path, sizeof path, "/tmp/mkba-fuzz-%ld.json", (long)getpid());
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(data, 1, size, f) != size) {
    if (f)
      fclose(f);
    return 0;
  }
  fclose(f);
  mkba_diag d = {0};
  mkba_run *run = NULL;
  mkba_analyses an = {0};
  if (mkba_pipeline_prepare(path, NULL, 0, size % 2 ? "en" : "nl", &run, &an, &d) == 0) {
    size_t params = 0;
    for (size_t k = 0; k < run->n; k++)
      params += (size_t)run->iv[k]->n;
    /* Keep one input within the fuzzer's time limit. */
    long draws = run->scen->draws < 64 ? run->scen->draws : 64;
    mkba_pipeline_options po = {params <= 64, 1, {draws, run->scen->seed, 1, 0}};
    if (mkba_pipeline_run(run, &an, &po, &d) == 0) {
      json_t *r = mkba_results_json(run, &an);
      char *text = r ? mkba_results_dump(r) : NULL;
      char *csv = r ? mkba_results_csv(r, run->lang) : NULL;
      free(text);
      free(csv);
      json_decref(r);
    }
  }
  mkba_analyses_clear(&an);
  mkba_run_free(run);
  if (d.code != 0 && d.code != MKBA_EXIT_RUN && d.code != MKBA_EXIT_INPUT)
    abort(); /* every failure must be exit 1 or 2 */
  return 0;
}
