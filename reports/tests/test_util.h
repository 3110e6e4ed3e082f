/*
 * test_util.h: what the report suites share: where fixtures, references and
 * output live (set by CTest, see reports/CMakeLists.txt), loading a fixture,
 * rendering into a fresh directory, and running a poppler tool.
 */
#ifndef MKBA_TEST_UTIL_H
#define MKBA_TEST_UTIL_H

#include <check.h>
#include <jansson.h>
#include <stddef.h>

/* The directory named by environment variable var, or fallback (static). */
const char *tu_dir(const char *var, const char *fallback);

/* Load fixture `name` ("single-nl") from the fixtures directory; aborts the
 * test on failure. Returns a new reference (caller decrefs). */
json_t *tu_fixture(const char *name);

/* The value at a slash-separated path of doc ("summary/npv",
 * "actors/0/npv"), borrowed; NULL when there is none. */
json_t *tu_get(const json_t *doc, const char *path);

/* The number at such a path; fails the test when there is none. */
double tu_num(const json_t *doc, const char *path);

/* A fresh, empty output directory `name` under the output directory; its
 * path goes into buf (len bytes). Returns buf. */
char *tu_outdir(const char *name, char *buf, size_t len);

/* Run a shell command, capture up to len-1 bytes of its standard output
 * into buf (caller-owned). Returns the exit status, -1 if it cannot run. */
int tu_run(const char *cmd, char *buf, size_t len);

/* The whole file at path (new, caller frees), size in *size; NULL on
 * failure. */
unsigned char *tu_read(const char *path, size_t *size);

/* Occurrences of needle in haystack. */
int tu_count(const char *haystack, const char *needle);

/* Run suite s (taken: freed here) with check's normal output. Returns
 * EXIT_SUCCESS when every test passed, else EXIT_FAILURE: a suite's exit
 * status. */
int tu_run_suite(Suite *s);

#endif /* MKBA_TEST_UTIL_H */
