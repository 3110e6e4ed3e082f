/*
 * test_cli.c - the command line (docs/formats.md): commands, help,
 * JSON listings, usage errors (exit 2), --json printing only the document.
 */
#include "mkba_test.h"

static json_t *json_of(const char *args) {
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_msg(r.status == 0, "%s: exit %d: %s", args, r.status, r.err);
  json_error_t e;
  json_t *j = json_loads(r.out, 0, &e);
  ck_assert_msg(j != NULL, "%s: not JSON (%s): %s", args, e.text, r.out);
  mkba_cmd_free(&r);
  return j;
}

START_TEST(version_and_help) {
  mkba_cmd r = mkba_run_cmd("--version");
  ck_assert_int_eq(r.status, 0);
  ck_assert_ptr_nonnull(strstr(r.out, "mkba 0."));
  ck_assert_ptr_nonnull(strstr(r.out, "plugin ABI 1.5"));
  mkba_cmd_free(&r);
  r = mkba_run_cmd("--help");
  ck_assert_int_eq(r.status, 0);
  ck_assert_ptr_nonnull(strstr(r.out, "validate SCENARIO.json"));
  mkba_cmd_free(&r);
  const char *cmds[] = {"run", "validate", "list", "describe", "regions", "costs", NULL};
  for (int k = 0; cmds[k]; k++) {
    char args[64];
    snprintf(args, sizeof args, "%s --help", cmds[k]);
    r = mkba_run_cmd(args);
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.out, "usage: mkba ") != NULL, "%s", r.out);
    ck_assert_ptr_nonnull(strstr(r.out, cmds[k]));
    mkba_cmd_free(&r);
  }
}
END_TEST

/* `mkba help [COMMAND]` and `mkba version` say what --help and --version say. */
START_TEST(help_and_version_commands) {
  mkba_cmd a = mkba_run_cmd("version"), b = mkba_run_cmd("--version");
  ck_assert_int_eq(a.status, 0);
  ck_assert_str_eq(a.out, b.out);
  mkba_cmd_free(&a);
  mkba_cmd_free(&b);
  a = mkba_run_cmd("help run");
  b = mkba_run_cmd("run --help");
  ck_assert_int_eq(a.status, 0);
  ck_assert_str_eq(a.out, b.out);
  mkba_cmd_free(&a);
  mkba_cmd_free(&b);
  a = mkba_run_cmd("help");
  ck_assert_int_eq(a.status, 0);
  ck_assert_ptr_nonnull(strstr(a.out, "help [COMMAND]"));
  mkba_cmd_free(&a);
  a = mkba_run_cmd("help nope");
  ck_assert_int_eq(a.status, 2);
  ck_assert_ptr_nonnull(strstr(a.err, "unknown command \"nope\""));
  mkba_cmd_free(&a);
  a = mkba_run_cmd("version extra");
  ck_assert_int_eq(a.status, 2);
  mkba_cmd_free(&a);
}
END_TEST

/* Run `mkba ARGS < input` in the shell: its exit status, with its standard
 * output and error in r (free with mkba_cmd_free). */
static mkba_cmd with_stdin(const char *args, const char *input) {
  mkba_cmd r = {-1, NULL, NULL};
  char *dir = mkba_test_tmpdir();
  char cmd[8192], path[4200];
  snprintf(cmd, sizeof cmd, "\"$MKBA_BIN\" %s <'%s' >'%s/out' 2>'%s/err'", args, input, dir, dir);
  int st = system(cmd);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  snprintf(path, sizeof path, "%s/out", dir);
  r.out = mkba_test_slurp(path);
  unlink(path);
  snprintf(path, sizeof path, "%s/err", dir);
  r.err = mkba_test_slurp(path);
  unlink(path);
  rmdir(dir);
  free(dir);
  return r;
}

/* A scenario of "-" is read from standard input: the same results as the
 * file, errors with "<stdin>" and a position, exit 2 on bad input. */
START_TEST(scenario_from_stdin) {
  char file[4200];
  snprintf(file, sizeof file, "%s/housing_first.json", getenv("MKBA_EXAMPLES"));
  mkba_cmd r = with_stdin("run - --json --draws 50", file);
  ck_assert_msg(r.status == 0, "%s", r.err);
  json_t *piped = json_loads(r.out, 0, NULL);
  ck_assert_msg(piped != NULL, "%s", r.out);
  mkba_cmd_free(&r);
  char args[4400];
  snprintf(args, sizeof args, "run '%s' --json --draws 50", file);
  json_t *direct = json_of(args);
  ck_assert(json_equal(json_object_get(piped, "summary"), json_object_get(direct, "summary")));
  ck_assert(
      json_equal(json_object_get(piped, "uncertainty"), json_object_get(direct, "uncertainty")));
  json_decref(piped);
  json_decref(direct);
  r = with_stdin("validate -", file);
  ck_assert_int_eq(r.status, 0);
  ck_assert_ptr_nonnull(strstr(r.err, "<stdin>: valid"));
  mkba_cmd_free(&r);
  char *dir = mkba_test_tmpdir();
  char *bad = mkba_test_write(dir, "bad.json", "{\"mkba\": 1, \"horizon_yeas\": 3}");
  r = with_stdin("validate -", bad);
  ck_assert_int_eq(r.status, 2);
  ck_assert_msg(strstr(r.err, "mkba: <stdin>:1:13: unknown key \"horizon_yeas\"") != NULL, "%s",
                r.err);
  mkba_cmd_free(&r);
  unlink(bad);
  free(bad);
  rmdir(dir);
  free(dir);
}
END_TEST

START_TEST(usage_errors) {
  const char *bad[] = {"",
                       "frobnicate",
                       "run",
                       "run a.json b.json",
                       "run x.json --draws -1",
                       "run x.json --lang fr",
                       "run x.json --threads 0",
                       "run x.json -o",
                       "list --bogus",
                       "describe",
                       "run x.json --format docx -o d",
                       "validate x.json --draws 5",
                       NULL};
  for (int k = 0; bad[k]; k++) {
    mkba_cmd r = mkba_run_cmd(bad[k]);
    ck_assert_msg(r.status == 2, "\"%s\" exited %d", bad[k], r.status);
    ck_assert_msg(strstr(r.err, "mkba") != NULL, "\"%s\": %s", bad[k], r.err);
    ck_assert_str_eq(r.out, "");
    mkba_cmd_free(&r);
  }
}
END_TEST

START_TEST(list_json) {
  json_t *j = json_of("list --json");
  ck_assert(json_is_array(j));
  ck_assert_int_ge((int)json_array_size(j), 2);
  int seen = 0;
  size_t k;
  json_t *e;
  json_array_foreach(j, k, e) {
    ck_assert(json_is_string(json_object_get(e, "name")));
    ck_assert(json_is_string(json_object_get(e, "version")));
    ck_assert(json_is_string(mkba_test_get(e, "title/nl")));
    ck_assert(json_is_string(mkba_test_get(e, "title/en")));
    ck_assert(json_is_string(json_object_get(e, "path")));
    const char *n = json_string_value(json_object_get(e, "name"));
    seen += !strcmp(n, "cashflow") + !strcmp(n, "markov");
  }
  ck_assert_int_eq(seen, 2);
  json_decref(j);
}
END_TEST

START_TEST(describe_json) {
  json_t *j = json_of("list --json");
  size_t k;
  json_t *e;
  json_array_foreach(j, k, e) {
    char args[256];
    snprintf(args, sizeof args, "describe %s --json",
             json_string_value(json_object_get(e, "name")));
    json_t *d = json_of(args);
    ck_assert_str_eq(json_string_value(json_object_get(d, "name")),
                     json_string_value(json_object_get(e, "name")));
    ck_assert(json_is_string(mkba_test_get(d, "title/nl")));
    json_t *params = json_object_get(d, "parameters");
    ck_assert(json_is_array(params));
    size_t i;
    json_t *p;
    json_array_foreach(params, i, p) {
      const char *keys[] = {"key", "unit", "default", "distribution", "source", "confidence", NULL};
      for (int q = 0; keys[q]; q++)
        ck_assert_msg(json_object_get(p, keys[q]) != NULL, "%s lacks %s", args, keys[q]);
      ck_assert(json_is_string(mkba_test_get(p, "label/nl")));
      ck_assert(json_is_string(mkba_test_get(p, "label/en")));
      ck_assert_msg(strlen(json_string_value(json_object_get(p, "source"))) > 0,
                    "%s: a parameter without source", args);
    }
    json_decref(d);
  }
  json_decref(j);
  mkba_cmd r = mkba_run_cmd("describe no_such_plugin");
  ck_assert_int_eq(r.status, 2);
  mkba_cmd_free(&r);
}
END_TEST

/* The value bank as JSON: every row with amount, price year and what it includes. */
START_TEST(costs_json) {
  json_t *j = json_of("costs --json"), *e;
  size_t k;
  int shares = 0, ranges = 0, shelter = 0;
  json_array_foreach(j, k, e) {
    const char *id = json_string_value(json_object_get(e, "id"));
    ck_assert_ptr_nonnull(id);
    ck_assert_msg(json_is_number(json_object_get(e, "amount")), "%s", id);
    ck_assert_msg(json_is_string(json_object_get(e, "includes")), "%s: no includes", id);
    ck_assert_msg(json_is_string(json_object_get(e, "source")), "%s", id);
    json_t *py = json_object_get(e, "price_year");
    if (json_is_null(py)) {
      shares++; /* a share, not money */
      ck_assert(json_number_value(json_object_get(e, "amount")) <= 1);
    } else {
      ck_assert_msg(json_is_integer(py), "%s", id);
    }
    json_t *range = json_object_get(e, "range");
    if (range) {
      ranges++;
      double a = json_number_value(json_object_get(e, "amount"));
      ck_assert(json_number_value(json_array_get(range, 0)) <= a);
      ck_assert(json_number_value(json_array_get(range, 1)) >= a);
    }
    /* One shelter place-year, no private variants of it. */
    shelter += strstr(id, "shelter") != NULL && strstr(id, "year") != NULL &&
               strstr(id, "youth") == NULL && strstr(id, "housing") == NULL;
  }
  ck_assert_int_ge(shares, 2);
  ck_assert_int_ge(ranges, 4);
  ck_assert_int_eq(shelter, 1);
  json_decref(j);
  mkba_cmd r = mkba_run_cmd("costs --region nowhere");
  ck_assert_int_eq(r.status, 2);
  ck_assert_ptr_nonnull(strstr(r.err, "unknown region \"nowhere\""));
  mkba_cmd_free(&r);
  r = mkba_run_cmd("costs --bogus");
  ck_assert_int_eq(r.status, 2);
  mkba_cmd_free(&r);
}
END_TEST

/*
 * interventions/doorbraakmethode/letter.json repeats the 2021 letter's
 * arithmetic with its implicit assumptions: 161 young people x EUR 3,850 =
 * 619,850 spent and 161 x 28,500 = 4,588,500 saved, in one year (2021,
 * the base year, discount factor 1).
 */
START_TEST(letter_reproduces_the_letter) {
  char args[4300];
  snprintf(args, sizeof args, "run '%s/../interventions/doorbraakmethode/letter.json' --json",
           getenv("MKBA_EXAMPLES"));
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_msg(r.status == 0, "%s", r.err);
  json_t *j = json_loads(r.out, 0, NULL);
  ck_assert_money(mkba_test_num(j, "summary/pv_costs"), 161 * 3850.0);
  ck_assert_money(mkba_test_num(j, "summary/pv_benefits"), 161 * 28500.0);
  ck_assert_money(mkba_test_num(j, "undiscounted/costs"), 619850);
  ck_assert_money(mkba_test_num(j, "undiscounted/benefits"), 4588500);
  json_decref(j);
  mkba_cmd_free(&r);
}
END_TEST

START_TEST(regions_json) {
  json_t *j = json_of("regions --json");
  ck_assert_int_ge((int)json_array_size(j), 6);
  size_t k;
  json_t *e;
  int nl = 0;
  json_array_foreach(j, k, e) {
    ck_assert(json_is_string(json_object_get(e, "id")));
    ck_assert(json_is_string(json_object_get(e, "label")));
    ck_assert(json_is_string(json_object_get(e, "source")));
    nl += !strcmp(json_string_value(json_object_get(e, "id")), "nederland");
  }
  ck_assert_int_eq(nl, 1);
  json_decref(j);
}
END_TEST

START_TEST(run_json_only) {
  /* --json: the document and nothing else on standard output. */
  json_t *j = json_of("run \"$MKBA_EXAMPLES/housing_first.json\" --json --draws 0");
  ck_assert(json_is_null(json_object_get(j, "uncertainty")));
  ck_assert_str_eq(json_string_value(mkba_test_get(j, "actors/0/label")), "Gemeente");
  json_decref(j);
  j = json_of("run \"$MKBA_EXAMPLES/housing_first.json\" --json --draws 0 --lang en");
  ck_assert_str_eq(json_string_value(mkba_test_get(j, "actors/0/label")), "Municipality");
  json_decref(j);
}
END_TEST

START_TEST(output_into_a_file) {
  char *dir = mkba_test_tmpdir(), args[4300];
  char *file = mkba_test_write(dir, "plain", "x");
  snprintf(args, sizeof args, "run \"$MKBA_EXAMPLES/housing_first.json\" -o '%s'", file);
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_int_eq(r.status, 2);
  ck_assert_ptr_nonnull(strstr(r.err, "not a directory"));
  mkba_cmd_free(&r);
  unlink(file);
  rmdir(dir);
  free(file);
  free(dir);
}
END_TEST

START_TEST(output_directory_with_parents) {
  /* -o a/b/c creates the missing parents, as mkdir -p would. */
  char *dir = mkba_test_tmpdir(), args[4300], p[4200];
  snprintf(args, sizeof args, "run \"$MKBA_EXAMPLES/housing_first.json\" --draws 0 -o '%s/a/b/c'",
           dir);
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_msg(r.status == 0, "%s", r.err);
  snprintf(p, sizeof p, "%s/a/b/c/results.json", dir);
  ck_assert_int_eq(access(p, F_OK), 0);
  mkba_cmd_free(&r);
  snprintf(args, sizeof args, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(args), 0);
  free(dir);
}
END_TEST

START_TEST(threads_do_not_change_results) {
  const char *base = "run \"$MKBA_EXAMPLES/housing_first.json\" --json --draws 3000 --seed 7";
  char a1[256], a4[256];
  snprintf(a1, sizeof a1, "%s --threads 1", base);
  snprintf(a4, sizeof a4, "%s --threads 4", base);
  mkba_cmd r1 = mkba_run_cmd(a1), r4 = mkba_run_cmd(a4);
  ck_assert_int_eq(r1.status, 0);
  ck_assert_str_eq(r1.out, r4.out);
  mkba_cmd_free(&r1);
  mkba_cmd_free(&r4);
}
END_TEST

START_TEST(every_example_runs) {
  /* examples/ and each plugin's example.json: validate and run (few draws).  Batch files
     (examples/national.json) are for mkba batch: tests/test_batch.c runs them. */
  char cmd[4096];
  snprintf(cmd, sizeof cmd,
           "grep -L '\"mkba_batch\"' \"$MKBA_EXAMPLES\"/*.json "
           "\"$MKBA_EXAMPLES\"/../interventions/*/example.json");
  FILE *f = popen(cmd, "r");
  ck_assert_ptr_nonnull(f);
  char path[4096];
  int n = 0;
  while (fgets(path, sizeof path, f)) {
    path[strcspn(path, "\n")] = '\0';
    char args[4300];
    snprintf(args, sizeof args, "validate '%s'", path);
    mkba_cmd r = mkba_run_cmd(args);
    ck_assert_msg(r.status == 0, "%s: %s", path, r.err);
    mkba_cmd_free(&r);
    snprintf(args, sizeof args, "run '%s' --json --draws 200", path);
    r = mkba_run_cmd(args);
    ck_assert_msg(r.status == 0, "%s: %s", path, r.err);
    json_t *j = json_loads(r.out, 0, NULL);
    ck_assert_msg(json_is_number(mkba_test_get(j, "summary/npv")), "%s: no NPV", path);
    json_decref(j);
    mkba_cmd_free(&r);
    n++;
  }
  pclose(f);
  ck_assert_int_ge(n, 16); /* the demo, the comparison of all fourteen, fourteen plugins */
}
END_TEST

int main(void) {
  Suite *s = suite_create("cli");
  TCase *tc = tcase_create("cli");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, version_and_help);
  tcase_add_test(tc, help_and_version_commands);
  tcase_add_test(tc, scenario_from_stdin);
  tcase_add_test(tc, usage_errors);
  tcase_add_test(tc, list_json);
  tcase_add_test(tc, describe_json);
  tcase_add_test(tc, regions_json);
  tcase_add_test(tc, costs_json);
  tcase_add_test(tc, letter_reproduces_the_letter);
  tcase_add_test(tc, run_json_only);
  tcase_add_test(tc, output_into_a_file);
  tcase_add_test(tc, output_directory_with_parents);
  tcase_add_test(tc, threads_do_not_change_results);
  tcase_add_test(tc, every_example_runs);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
