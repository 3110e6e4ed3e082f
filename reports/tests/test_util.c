/*
 * test_util.c: helpers for the report suites.
 */
#include "test_util.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char *tu_dir(const char *var, const char *fallback) {
  const char *v = getenv(var);
  return v != NULL && v[0] != '\0' ? v : fallback;
}

json_t *tu_fixture(const char *name) {
  char path[4096];
  json_error_t err;
  snprintf(path, sizeof path, "%s/%s.json",
           tu_dir("MKBA_REPORT_FIXTURES", "reports/tests/fixtures"), name);
  json_t *doc = json_load_file(path, 0, &err);
  ck_assert_msg(doc != NULL, "cannot load fixture '%s': %s", path, err.text);
  return doc;
}

json_t *tu_get(const json_t *doc, const char *path) {
  char copy[512];
  snprintf(copy, sizeof copy, "%s", path);
  const json_t *v = doc;
  char *save = NULL;
  for (char *p = strtok_r(copy, "/", &save); p != NULL && v != NULL;
       p = strtok_r(NULL, "/", &save))
    v = json_is_array(v) ? json_array_get(v, (size_t)atoi(p))
                         : json_object_get(v, p);
  return (json_t *)v;
}

double tu_num(const json_t *doc, const char *path) {
  const json_t *v = tu_get(doc, path);
  ck_assert_msg(json_is_number(v), "no number at %s", path);
  return json_number_value(v);
}

char *tu_outdir(const char *name, char *buf, size_t len) {
  const char *root = tu_dir("MKBA_REPORT_OUT", "report-test-output");
  char cmd[8192];
  snprintf(buf, len, "%s/%s", root, name);
  snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", buf, buf);
  ck_assert_msg(system(cmd) == 0, "cannot make '%s'", buf);
  return buf;
}

int tu_run(const char *cmd, char *buf, size_t len) {
  FILE *p = popen(cmd, "r");
  if (p == NULL)
    return -1;
  size_t n = fread(buf, 1, len - 1, p);
  buf[n] = '\0';
  /* drain what did not fit so the child is not killed by SIGPIPE */
  char sink[4096];
  while (fread(sink, 1, sizeof sink, p) > 0)
    ;
  int st = pclose(p);
  return st;
}

unsigned char *tu_read(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    return NULL;
  struct stat st;
  if (fstat(fileno(f), &st) != 0) {
    fclose(f);
    return NULL;
  }
  unsigned char *buf = malloc((size_t)st.st_size + 1);
  size_t n = buf ? fread(buf, 1, (size_t)st.st_size, f) : 0;
  fclose(f);
  if (buf == NULL || n != (size_t)st.st_size) {
    free(buf);
    return NULL;
  }
  buf[n] = '\0';
  *size = n;
  return buf;
}

int tu_count(const char *haystack, const char *needle) {
  int n = 0;
  size_t k = strlen(needle);
  for (const char *p = strstr(haystack, needle); p != NULL;
       p = strstr(p + k, needle))
    n++;
  return n;
}

/* See test_util.h. */
int tu_run_suite(Suite *s) {
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
