/*
 * params_count.c - MKBA_PARAMS_N at compile time: with -DMISSING_ONE the
 * table has one entry fewer than its enum and must not compile (the test
 * "params_count_checked" expects the compiler to refuse it); without, it
 * compiles.
 */
#include <mkba_plugin.h>

enum { P_A, P_B, P_N };

static const mkba_param params[] = {
    [P_A] = {.key = "a",
             .label_nl = "A",
             .label_en = "A",
             .unit = "",
             .value = 1,
             .max = 2,
             .source = "assumption: a test",
             .confidence = MKBA_ASSUMPTION},
#ifndef MISSING_ONE
    [P_B] = {.key = "b",
             .label_nl = "B",
             .label_en = "B",
             .unit = "",
             .value = 1,
             .max = 2,
             .source = "assumption: a test",
             .confidence = MKBA_ASSUMPTION},
#endif
};

/* The table as a descriptor would take it. */
const mkba_plugin checked = {MKBA_PARAMS_N(params, P_N)};
