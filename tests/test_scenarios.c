/*
 * test_scenarios.c - the corpus of bad scenarios in tests/bad/: each gives
 * its exit status and message (with file, line and column) from both
 * `validate` and `run`, prints nothing on standard output and writes no
 * file.  Also: files that are binary or too large, and a good run's output.
 */
#include "mkba_test.h"

/* Run `args` in directory `dir` (so messages name files as listed). */
static mkba_cmd run_in(const char *dir, const char *args) {
  char cwd[4096];
  ck_assert_ptr_nonnull(getcwd(cwd, sizeof cwd));
  ck_assert_int_eq(chdir(dir), 0);
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_int_eq(chdir(cwd), 0);
  return r;
}

static int dir_is_empty_or_missing(const char *path) {
  char cmd[8600];
  snprintf(cmd, sizeof cmd, "test ! -e '%s' || test -z \"$(ls -A '%s')\"", path, path);
  return system(cmd) == 0;
}

START_TEST(bad_corpus) {
  char dir[4096], list[4200], line[1024];
  snprintf(dir, sizeof dir, "%s/bad", getenv("MKBA_TESTS"));
  snprintf(list, sizeof list, "%s/expected.txt", dir);
  FILE *f = fopen(list, "r");
  ck_assert_ptr_nonnull(f);
  char *out = mkba_test_tmpdir();
  int cases = 0;
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#' || line[0] == '\n')
      continue;
    line[strcspn(line, "\n")] = '\0';
    char *file = strtok(line, "|"), *code = strtok(NULL, "|"), *want = strtok(NULL, "");
    ck_assert_msg(file && code && want, "bad line in expected.txt");
    for (int mode = 0; mode < 2; mode++) {
      char args[8300];
      if (mode == 0)
        snprintf(args, sizeof args, "validate '%s'", file);
      else
        snprintf(args, sizeof args, "run '%s' -o '%s/o' --format csv,json", file, out);
      mkba_cmd r = run_in(dir, args);
      ck_assert_msg(r.status == atoi(code), "%s: %s exited %d, not %s; stderr: %s", file,
                    mode ? "run" : "validate", r.status, code, r.err);
      ck_assert_msg(strncmp(r.err, "mkba: ", 6) == 0, "%s: stderr: %s", file, r.err);
      ck_assert_msg(strstr(r.err, want) != NULL, "%s: wanted \"%s\", got: %s", file, want, r.err);
      ck_assert_msg(r.out && r.out[0] == '\0', "%s: printed on stdout: %s", file, r.out);
      char o[4200];
      snprintf(o, sizeof o, "%s/o", out);
      ck_assert_msg(dir_is_empty_or_missing(o), "%s: a failed run left files in %s", file, o);
      mkba_cmd_free(&r);
    }
    cases++;
  }
  fclose(f);
  ck_assert_int_ge(cases, 40);
  char cmd[4200];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", out);
  ck_assert_int_eq(system(cmd), 0);
  free(out);
}
END_TEST

START_TEST(too_large) {
  char *dir = mkba_test_tmpdir(), path[4200], args[4300];
  snprintf(path, sizeof path, "%s/big.json", dir);
  FILE *f = fopen(path, "wb");
  ck_assert_ptr_nonnull(f);
  static char block[1 << 20];
  memset(block, ' ', sizeof block);
  for (int k = 0; k < 65; k++)
    ck_assert_uint_eq(fwrite(block, 1, sizeof block, f), sizeof block);
  fclose(f);
  snprintf(args, sizeof args, "validate '%s'", path);
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_int_eq(r.status, 2);
  ck_assert_ptr_nonnull(strstr(r.err, "file too large"));
  mkba_cmd_free(&r);
  unlink(path);
  rmdir(dir);
  free(dir);
}
END_TEST

START_TEST(binary_and_missing) {
  char *dir = mkba_test_tmpdir(), path[4200], args[4300];
  snprintf(path, sizeof path, "%s/bin.json", dir);
  FILE *f = fopen(path, "wb");
  for (int k = 0; k < 4096; k++)
    fputc((k * 7919 + 13) & 0xff, f);
  fclose(f);
  snprintf(args, sizeof args, "run '%s'", path);
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_int_eq(r.status, 2);
  ck_assert_ptr_nonnull(strstr(r.err, "bin.json"));
  mkba_cmd_free(&r);
  r = mkba_run_cmd("run /nonexistent/scenario.json");
  ck_assert_int_eq(r.status, 2);
  ck_assert_ptr_nonnull(strstr(r.err, "/nonexistent/scenario.json: cannot open"));
  mkba_cmd_free(&r);
  snprintf(args, sizeof args, "run '%s'", dir); /* a directory */
  r = mkba_run_cmd(args);
  ck_assert_int_eq(r.status, 2);
  mkba_cmd_free(&r);
  unlink(path);
  rmdir(dir);
  free(dir);
}
END_TEST

START_TEST(good_run_writes_outputs) {
  char *dir = mkba_test_tmpdir(), args[4300], p[4200];
  snprintf(args, sizeof args, "run \"$MKBA_EXAMPLES/housing_first.json\" -o '%s/out'", dir);
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_msg(r.status == 0, "%s", r.err);
  ck_assert_str_eq(r.out, "");
  snprintf(p, sizeof p, "%s/out/results.json", dir);
  char *json = mkba_test_slurp(p);
  ck_assert_ptr_nonnull(json);
  json_t *j = json_loads(json, 0, NULL);
  ck_assert_ptr_nonnull(j);
  ck_assert_str_eq(json_string_value(json_object_get(j, "schema")), "mkba-results/1");
  /* Every key of the results document (docs/formats.md). */
  const char *keys[] = {"scenario",      "summary",     "undiscounted", "actors",
                        "categories",    "years",       "outcomes",     "pm_items",
                        "interventions", "uncertainty", "sensitivity",  "switching",
                        "provenance",    NULL};
  for (int k = 0; keys[k]; k++)
    ck_assert_msg(json_object_get(j, keys[k]) != NULL, "missing %s", keys[k]);
  ck_assert(json_is_object(json_object_get(j, "uncertainty")));
  ck_assert_int_eq((int)json_integer_value(mkba_test_get(j, "uncertainty/draws")), 10000);
  ck_assert_int_eq((int)strlen(json_string_value(mkba_test_get(j, "provenance/scenario_sha256"))),
                   64);
  json_decref(j);
  free(json);
  snprintf(p, sizeof p, "%s/out/results.csv", dir);
  char *csv = mkba_test_slurp(p);
  ck_assert_ptr_nonnull(csv);
  /* Dutch Excel: BOM, semicolons, decimal commas. */
  const char *head = "\xEF\xBB\xBFtabel;interventie;id;label;actor;jaar;maat;waarde;eenheid;bron;"
                     "betrouwbaarheid;toelichting\r\n";
  ck_assert(strncmp(csv, head, strlen(head)) == 0);
  ck_assert_ptr_nonnull(strstr(csv, "samenvatting;pakket;;;;;ncw;"));
  free(csv);
  snprintf(args, sizeof args, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(args), 0);
  mkba_cmd_free(&r);
  free(dir);
}
END_TEST

/* The scenario's author goes into the results (and so the report's metadata). */
START_TEST(author_in_results) {
  json_t *r = mkba_test_results("{\"start_year\": 2025, \"horizon_years\": 1, \"author\": "
                                "\"Gemeente Mijnstad\", \"interventions\": [{\"plugin\": "
                                "\"cashflow\", \"params\": {\"flows\": [{\"actor\": \"gemeente\", "
                                "\"category\": \"x\", \"kind\": \"cost\", \"amounts\": [1]}]}}]}",
                                NULL);
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "scenario/author")), "Gemeente Mijnstad");
  json_decref(r);
  r = mkba_test_results("{\"start_year\": 2025, \"horizon_years\": 1, \"interventions\": "
                        "[{\"plugin\": \"cashflow\", \"params\": {\"flows\": [{\"actor\": "
                        "\"gemeente\", \"category\": \"x\", \"kind\": \"cost\", \"amounts\": "
                        "[1]}]}}]}",
                        NULL);
  ck_assert_ptr_null(mkba_test_get(r, "scenario/author"));
  json_decref(r);
}
END_TEST

int main(void) {
  Suite *s = suite_create("scenarios");
  TCase *tc = tcase_create("scenarios");
  tcase_set_timeout(tc, 240);
  tcase_add_test(tc, bad_corpus);
  tcase_add_test(tc, too_large);
  tcase_add_test(tc, binary_and_missing);
  tcase_add_test(tc, good_run_writes_outputs);
  tcase_add_test(tc, author_in_results);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
