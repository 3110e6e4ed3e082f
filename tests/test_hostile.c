/*
 * test_hostile.c - plugins that cannot take mkba down.  Each fixture
 * (tests/fixtures/fixture_plugin.c built with one -D) misbehaves in one
 * way; mkba must end with exit 1, a message that names the plugin (and the
 * draw and seed where it was in Monte Carlo), nothing on standard output
 * and no output directory.  Listing plugins must run none of their code.
 */
#include "mkba_test.h"

/* Run `mkba run` on one fixture plugin with extra options; the result. */
static mkba_cmd run_plugin(const char *plugin, const char *options, char **dir_out) {
  char *dir = mkba_test_tmpdir(), text[512], args[4096];
  snprintf(text, sizeof text,
           "{\"start_year\": 2025, \"horizon_years\": 3, \"interventions\": [{\"plugin\": "
           "\"%s\"}], \"uncertainty\": {\"draws\": 2000, \"seed\": 42}}",
           plugin);
  char *path = mkba_test_write(dir, "s.json", text);
  snprintf(args, sizeof args, "run '%s' -o '%s/out' --json %s", path, dir, options);
  setenv("MKBA_PLUGIN_PATH", getenv("MKBA_FIXTURE_DIR"), 1);
  mkba_cmd r = mkba_run_cmd(args);
  unsetenv("MKBA_PLUGIN_PATH");
  free(path);
  *dir_out = dir;
  return r;
}

/* The run failed as it must: exit 1, the parts in the message, no output. */
static void contained(const char *plugin, const char *options, const char *const *parts) {
  char *dir;
  mkba_cmd r = run_plugin(plugin, options, &dir);
  ck_assert_msg(r.status == 1, "%s: exit %d, stderr: %s", plugin, r.status, r.err);
  ck_assert_msg(r.out && r.out[0] == '\0', "%s: standard output is not empty: %s", plugin, r.out);
  for (size_t k = 0; parts[k]; k++)
    ck_assert_msg(strstr(r.err, parts[k]) != NULL, "%s: no \"%s\" in: %s", plugin, parts[k], r.err);
  char out[4200];
  snprintf(out, sizeof out, "%s/out", dir);
  ck_assert_msg(access(out, F_OK) != 0, "%s: a failed run left %s", plugin, out);
  mkba_cmd_free(&r);
  char cmd[4200];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
  free(dir);
}

START_TEST(segfault_in_a_draw) {
  /*
   * x = 1 in the base case; draws above 1.9 crash: the message says which.
   * (Under AddressSanitizer the crash is its report and exit status 1.)
   */
  const char *parts[] = {"plugin \"h_segv\" (interventions[0])", "Monte Carlo draw", "seed 42",
                         "--threads 1", NULL};
  contained("h_segv", "--no-sensitivity", parts);
}
END_TEST

START_TEST(abort_in_compute) {
  const char *parts[] = {"plugin \"h_abort\" (interventions[0]", "crashed", NULL};
  contained("h_abort", "", parts);
}
END_TEST

START_TEST(exit_in_compute) {
  /* exit(0) from plugin code is no success. */
  const char *parts[] = {"plugin \"h_exit\" (interventions[0]", "ended the computation",
                         "exit status 0", NULL};
  contained("h_exit", "", parts);
}
END_TEST

START_TEST(endless_loop) {
  const char *parts[] = {"time limit of 2 seconds", "plugin \"h_loop\" (interventions[0]", NULL};
  contained("h_loop", "--timeout 2", parts);
}
END_TEST

START_TEST(prints_to_stdout) {
  /* --json must stay JSON: a plugin's printf is an error, not output. */
  const char *parts[] = {"plugin \"h_stdout\" (interventions[0]", "wrote to standard output", NULL};
  contained("h_stdout", "", parts);
}
END_TEST

START_TEST(leaks_until_the_limit) {
  /* 1 MB lost per call: stopped at the memory limit, not at 20 GB. */
  const char *parts[] = {"memory limit of 256 MB", "plugin \"h_leak\" (interventions[0]", NULL};
  contained("h_leak", "--draws 100000 --no-sensitivity --max-memory 256M", parts);
}
END_TEST

START_TEST(error_without_its_end) {
  /* A message filling the buffer without a NUL is cut, not read past. */
  const char *parts[] = {"plugin \"h_long_error\" (interventions[0]): EEEE", NULL};
  contained("h_long_error", "", parts);
}
END_TEST

START_TEST(listing_runs_no_plugin_code) {
  char *dir = mkba_test_tmpdir(), mark[4200], args[256];
  snprintf(mark, sizeof mark, "%s/constructor-ran", dir);
  setenv("MKBA_FIXTURE_MARK", mark, 1);
  setenv("MKBA_PLUGIN_PATH", getenv("MKBA_FIXTURE_DIR"), 1);
  mkba_cmd r = mkba_run_cmd("list --json");
  ck_assert_msg(r.status == 0, "list: %d %s", r.status, r.err);
  ck_assert_ptr_nonnull(strstr(r.out, "\"h_constructor\""));
  ck_assert_msg(access(mark, F_OK) != 0, "mkba list ran a plugin's constructor");
  mkba_cmd_free(&r);
  /* A misspelt plugin name lists the others, loading none. */
  char *path = mkba_test_write(dir, "s.json",
                               "{\"start_year\": 2025, \"horizon_years\": 1, \"interventions\": "
                               "[{\"plugin\": \"h_constructr\"}]}");
  snprintf(args, sizeof args, "validate '%s'", path);
  r = mkba_run_cmd(args);
  ck_assert_int_eq(r.status, 2);
  ck_assert_ptr_nonnull(strstr(r.err, "h_constructor"));
  ck_assert_msg(access(mark, F_OK) != 0, "a misspelt name ran a plugin's constructor");
  mkba_cmd_free(&r);
  /* Naming it runs it, in the supervised child. */
  r = mkba_run_cmd("describe h_constructor");
  ck_assert_int_eq(r.status, 0);
  ck_assert_msg(access(mark, F_OK) == 0, "describe did not load the plugin");
  mkba_cmd_free(&r);
  unsetenv("MKBA_PLUGIN_PATH");
  unsetenv("MKBA_FIXTURE_MARK");
  unlink(mark);
  unlink(path);
  rmdir(dir);
  free(path);
  free(dir);
}
END_TEST

START_TEST(unsafe_plugin_directories) {
  mkba_cmd r;
  setenv("MKBA_PLUGIN_PATH", "relative/plugins", 1);
  r = mkba_run_cmd("list");
  ck_assert_int_eq(r.status, 2);
  ck_assert_ptr_nonnull(strstr(r.err, "relative"));
  mkba_cmd_free(&r);
  char *dir = mkba_test_tmpdir();
  ck_assert_int_eq(chmod(dir, 0777), 0);
  setenv("MKBA_PLUGIN_PATH", dir, 1);
  r = mkba_run_cmd("list");
  ck_assert_int_eq(r.status, 2);
  ck_assert_ptr_nonnull(strstr(r.err, "anyone can write"));
  mkba_cmd_free(&r);
  unsetenv("MKBA_PLUGIN_PATH");
  rmdir(dir);
  free(dir);
}
END_TEST

START_TEST(shadowed_plugin_is_reported) {
  /* A housing_first.so earlier in the path hides the real one: said aloud. */
  char *dir = mkba_test_tmpdir(), cmd[8400];
  snprintf(cmd, sizeof cmd, "cp '%s/good_fixture.so' '%s/housing_first.so'",
           getenv("MKBA_FIXTURE_DIR"), dir);
  ck_assert_int_eq(system(cmd), 0);
  setenv("MKBA_PLUGIN_PATH", dir, 1);
  mkba_cmd r = mkba_run_cmd("list --json");
  ck_assert_int_eq(r.status, 0);
  ck_assert_ptr_nonnull(strstr(r.out, "\"shadows\""));
  mkba_cmd_free(&r);
  r = mkba_run_cmd("describe housing_first");
  ck_assert_ptr_nonnull(strstr(r.err, "shadows"));
  mkba_cmd_free(&r);
  unsetenv("MKBA_PLUGIN_PATH");
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
  free(dir);
}
END_TEST

START_TEST(monte_carlo_memory_is_estimated_first) {
  /* 100 million draws need about 10 GB: refused at once under a 512 MB limit. */
  mkba_cmd r = mkba_run_cmd("run \"$MKBA_EXAMPLES/housing_first.json\" --draws 100000000 "
                            "--max-memory 512M --no-sensitivity");
  ck_assert_int_eq(r.status, 1);
  ck_assert_msg(strstr(r.err, "100000000 draws") && strstr(r.err, "more than the memory limit"),
                "%s", r.err);
  mkba_cmd_free(&r);
}
END_TEST

int main(void) {
  Suite *s = suite_create("hostile");
  TCase *tc = tcase_create("hostile");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, segfault_in_a_draw);
  tcase_add_test(tc, abort_in_compute);
  tcase_add_test(tc, exit_in_compute);
  tcase_add_test(tc, endless_loop);
  tcase_add_test(tc, prints_to_stdout);
  tcase_add_test(tc, leaks_until_the_limit);
  tcase_add_test(tc, error_without_its_end);
  tcase_add_test(tc, listing_runs_no_plugin_code);
  tcase_add_test(tc, unsafe_plugin_directories);
  tcase_add_test(tc, shadowed_plugin_is_reported);
  tcase_add_test(tc, monte_carlo_memory_is_estimated_first);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
