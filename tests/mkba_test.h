/*
 * mkba_test.h - helpers shared by the Check suites: running the mkba
 * program, temporary files, and reading numbers out of results.
 */
#ifndef MKBA_TEST_H
#define MKBA_TEST_H

#include <check.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* What one run of the mkba program gave. */
typedef struct mkba_cmd {
  int status; /* exit status, or -1 when it did not exit normally (a crash) */
  char *out;  /* standard output (owned) */
  char *err;  /* standard error (owned) */
} mkba_cmd;

/* Read a whole file; NULL if it cannot. */
static inline char *mkba_test_slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 4096, n = 0;
  char *s = malloc(cap);
  size_t got;
  while (s && (got = fread(s + n, 1, cap - n - 1, f)) > 0) {
    n += got;
    if (n + 1 >= cap) {
      char *t = realloc(s, cap *= 2);
      if (!t) {
        free(s);
        s = NULL;
      }
      s = t;
    }
  }
  fclose(f);
  if (s)
    s[n] = '\0';
  return s;
}

/* A fresh temporary directory (owned string). */
static inline char *mkba_test_tmpdir(void) {
  char *t = strdup("/tmp/mkba-test-XXXXXX");
  return mkdtemp(t) ? t : NULL;
}

/* Write `text` to dir/name and return the path (owned). */
static inline char *mkba_test_write(const char *dir, const char *name, const char *text) {
  size_t len = strlen(dir) + strlen(name) + 2;
  char *p = malloc(len);
  snprintf(p, len, "%s/%s", dir, name);
  FILE *f = fopen(p, "wb");
  ck_assert_ptr_nonnull(f);
  fputs(text, f);
  fclose(f);
  return p;
}

/*
 * Run the mkba program ($MKBA_BIN) with a shell command line of arguments
 * (quoted by the caller), capturing both streams.
 */
static inline mkba_cmd mkba_run_cmd(const char *args) {
  mkba_cmd r = {-1, NULL, NULL};
  char *dir = mkba_test_tmpdir();
  const char *bin = getenv("MKBA_BIN");
  ck_assert_msg(bin != NULL, "MKBA_BIN not set");
  size_t len = strlen(bin) + strlen(args) + 2 * strlen(dir) + 64;
  char *cmd = malloc(len);
  snprintf(cmd, len, "%s %s >%s/out 2>%s/err </dev/null", bin, args, dir, dir);
  int st = system(cmd);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  snprintf(cmd, len, "%s/out", dir);
  r.out = mkba_test_slurp(cmd);
  unlink(cmd);
  snprintf(cmd, len, "%s/err", dir);
  r.err = mkba_test_slurp(cmd);
  unlink(cmd);
  rmdir(dir);
  free(dir);
  free(cmd);
  return r;
}

static inline void mkba_cmd_free(mkba_cmd *r) {
  free(r->out);
  free(r->err);
}

/* The number at a slash-separated path, e.g. "summary/npv" or "actors/0/npv". */
static inline double mkba_test_num(const json_t *root, const char *path) {
  char *copy = strdup(path), *save = NULL;
  const json_t *v = root;
  for (char *p = strtok_r(copy, "/", &save); p && v; p = strtok_r(NULL, "/", &save))
    v = json_is_array(v) ? json_array_get(v, (size_t)atoi(p)) : json_object_get(v, p);
  free(copy);
  ck_assert_msg(json_is_number(v), "no number at %s", path);
  return json_number_value(v);
}

/* The JSON value at a path (borrowed), or NULL. */
static inline json_t *mkba_test_get(const json_t *root, const char *path) {
  char *copy = strdup(path), *save = NULL;
  const json_t *v = root;
  for (char *p = strtok_r(copy, "/", &save); p && v; p = strtok_r(NULL, "/", &save))
    v = json_is_array(v) ? json_array_get(v, (size_t)atoi(p)) : json_object_get(v, p);
  free(copy);
  return (json_t *)v;
}

/*
 * Run `mkba run SCENARIO --json EXTRA` on scenario text and return the
 * results document (new reference); the run must succeed.
 */
static inline json_t *mkba_test_results(const char *scenario, const char *extra) {
  char *dir = mkba_test_tmpdir();
  char *path = mkba_test_write(dir, "s.json", scenario);
  char args[4600];
  snprintf(args, sizeof args, "run '%s' --json %s", path, extra ? extra : "");
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_msg(r.status == 0, "mkba failed (%d): %s", r.status, r.err);
  json_error_t e;
  json_t *j = json_loads(r.out, 0, &e);
  ck_assert_msg(j != NULL, "stdout is not JSON: %s", e.text);
  mkba_cmd_free(&r);
  unlink(path);
  rmdir(dir);
  free(path);
  free(dir);
  return j;
}

/* Run `mkba COMMAND FILE OPTIONS` with FILE holding scenario text; the whole result. */
static inline mkba_cmd mkba_test_cmd_on(const char *scenario, const char *command,
                                        const char *options) {
  char *dir = mkba_test_tmpdir();
  char *path = mkba_test_write(dir, "s.json", scenario);
  char args[4600];
  snprintf(args, sizeof args, "%s '%s' %s", command, path, options ? options : "");
  mkba_cmd r = mkba_run_cmd(args);
  unlink(path);
  rmdir(dir);
  free(path);
  free(dir);
  return r;
}

/* Relative tolerance check for money: |a - b| <= 1e-9 * max(1, |b|). */
static inline double mkba_test_tol(double b) { return 1e-9 * (fabs(b) > 1 ? fabs(b) : 1); }
#define ck_assert_money(a, b) ck_assert_double_eq_tol((a), (b), mkba_test_tol(b))

/* Run a suite; the exit status ctest reads. */
static inline int mkba_test_main(Suite *s) {
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif
