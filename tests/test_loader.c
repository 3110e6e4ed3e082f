/*
 * test_loader.c - the plugin loader: every failure names the file, the
 * reason and the fix; good plugins load; each plugin exports only its
 * entry function; plugin run failures are exit 1 and leave no output.
 */
#include <dirent.h>

#include "loader.h"
#include "mkba_mock.h"
#include "mkba_test.h"

static char *fixture(const char *name) {
  static char path[4096];
  snprintf(path, sizeof path, "%s/%s.so", getenv("MKBA_FIXTURE_DIR"), name);
  return path;
}

/* Loading fixture `name` fails with exit 1 and a message holding `reason` and `fix`. */
static void refused(const char *name, const char *reason, const char *fix) {
  const mkba_loaded *p = NULL;
  mkba_diag d = {0};
  const char *path = fixture(name);
  ck_assert_int_eq(mkba_plugin_load_path(path, 1, &p, &d), -1);
  ck_assert_ptr_null(p);
  ck_assert_int_eq(d.code, MKBA_EXIT_RUN);
  ck_assert_msg(strstr(d.msg, path) != NULL, "no file name in: %s", d.msg);
  ck_assert_msg(strstr(d.msg, reason) != NULL, "no \"%s\" in: %s", reason, d.msg);
  ck_assert_msg(strstr(d.msg, fix) != NULL, "no \"%s\" in: %s", fix, d.msg);
}

START_TEST(file_missing) { refused("does_not_exist", "not found", "MKBA_PLUGIN_PATH"); }
END_TEST
START_TEST(not_shared_object) { refused("not_elf", "not a shared object", "cc -shared"); }
END_TEST
START_TEST(no_entry_function) { refused("no_entry", "no entry function", "MKBA_PLUGIN("); }
END_TEST
START_TEST(other_major) { refused("abi_major", "ABI 2.0", "rebuild the plugin"); }
END_TEST
START_TEST(newer_minor) { refused("abi_minor", "ABI 1.99, newer", "upgrade mkba"); }
END_TEST
START_TEST(smaller_descriptor) { refused("small_descriptor", "16 bytes", "MKBA_PLUGIN("); }
END_TEST
START_TEST(fingerprint) {
  refused("bad_fingerprint", "fingerprint", "rebuild the plugin on this platform");
}
END_TEST
START_TEST(bad_param_table) {
  refused("bad_params", "parameter 0 (\"x\"): source is required", "rebuild");
  refused("bad_target", "parameter 0 (\"clients\"): target_group is not one of", "rebuild");
}
END_TEST
START_TEST(missing_symbol) { refused("missing_symbol", "mkba_fixture_undefined_function", "ldd"); }
END_TEST
START_TEST(name_mismatch) { refused("wrong_name", "does not match its file name", "rebuild"); }
END_TEST

START_TEST(good_fixture_loads) {
  const mkba_loaded *p = NULL;
  mkba_diag d = {0};
  ck_assert_int_eq(mkba_plugin_load_path(fixture("good_fixture"), 1, &p, &d), 0);
  ck_assert_str_eq(p->name, "good_fixture");
  ck_assert_uint_eq(p->desc.n_params, 1);
  ck_assert_int_eq((int)strlen(p->sha256), 64);
}
END_TEST

START_TEST(template_runs_on_mock) {
  char path[4096], err[512];
  snprintf(path, sizeof path, "%s/template.so", getenv("MKBA_SDK_DIR"));
  mkba_mock *m;
  ck_assert_msg(mkba_mock_open(path, 2025, 5, 2024, &m, err, sizeof err) == MKBA_OK, "%s", err);
  ck_assert_int_eq(mkba_mock_run(m, err, sizeof err), MKBA_OK);
  /* Year 0: 500 clients x 12,000 support, paid by the gemeente. */
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "begeleiding", MKBA_COST, 0), 6e6,
                          1e-6);
  /* Shelter: 500 x 0.55 = 275 person-years without, 275 (1 - 0.5 x 0.8) = 165
     with: 110 place-years saved at the value bank's price (re-indexed). */
  double place = mkba_mock_get(m, "place_year");
  ck_assert(place > 20642); /* euros of 2011 in euros of 2024 */
  ck_assert_double_eq_tol(mkba_mock_total(m, MKBA_GEMEENTE, "opvang", MKBA_BENEFIT, 0), 110 * place,
                          1e-6);
  ck_assert_double_eq_tol(mkba_mock_outcome(m, "opvangnachten", MKBA_BASELINE), 5 * 275 * 365,
                          1e-6);
  ck_assert_int_eq(mkba_mock_pm_count(m), 1);
  ck_assert_int_eq(mkba_mock_set(m, "effect", 2), MKBA_ERROR); /* out of bounds */
  mkba_mock_free(m);
}
END_TEST

/* Exactly one defined dynamic symbol: mkba_plugin_entry. */
static void only_entry_exported(const char *path) {
  char cmd[4200], line[512];
  snprintf(cmd, sizeof cmd, "nm -D --defined-only '%s'", path);
  FILE *f = popen(cmd, "r");
  ck_assert_ptr_nonnull(f);
  int entries = 0, others = 0;
  while (fgets(line, sizeof line, f)) {
    if (strstr(line, " mkba_plugin_entry"))
      entries++;
    else
      others++;
    ck_assert_msg(strstr(line, " mkba_plugin_entry") != NULL, "%s exports: %s", path, line);
  }
  ck_assert_int_eq(pclose(f), 0);
  ck_assert_int_eq(entries, 1);
  ck_assert_int_eq(others, 0);
}

START_TEST(plugins_export_only_entry) {
  const char *dir = getenv("MKBA_PLUGIN_DIR");
  DIR *dp = opendir(dir);
  ck_assert_ptr_nonnull(dp);
  struct dirent *e;
  int n = 0;
  while ((e = readdir(dp))) {
    size_t len = strlen(e->d_name);
    if (len < 4 || strcmp(e->d_name + len - 3, ".so"))
      continue;
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    only_entry_exported(path);
    n++;
  }
  closedir(dp);
  ck_assert_int_ge(n, 2); /* at least cashflow and markov */
  char path[4200];
  snprintf(path, sizeof path, "%s/template.so", getenv("MKBA_SDK_DIR"));
  only_entry_exported(path);
}
END_TEST

/* mkba run with a fixture plugin: exit status, message parts, no output. */
static void run_fixture(const char *plugin, int status, const char *const *parts) {
  char *dir = mkba_test_tmpdir(), text[512], args[2048];
  snprintf(text, sizeof text,
           "{\"start_year\": 2025, \"horizon_years\": 3, "
           "\"interventions\": [{\"plugin\": \"%s\"}]}",
           plugin);
  char *path = mkba_test_write(dir, "s.json", text);
  snprintf(args, sizeof args, "run '%s' -o '%s/out'", path, dir);
  setenv("MKBA_PLUGIN_PATH", getenv("MKBA_FIXTURE_DIR"), 1);
  mkba_cmd r = mkba_run_cmd(args);
  unsetenv("MKBA_PLUGIN_PATH");
  ck_assert_msg(r.status == status, "exit %d, stderr: %s", r.status, r.err);
  for (size_t k = 0; parts[k]; k++)
    ck_assert_msg(strstr(r.err, parts[k]) != NULL, "no \"%s\" in: %s", parts[k], r.err);
  char out[4200];
  snprintf(out, sizeof out, "%s/out/results.json", dir);
  ck_assert_msg(access(out, F_OK) != 0, "a failed run left %s", out);
  mkba_cmd_free(&r);
  char cmd[4200];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
  free(path);
  free(dir);
}

START_TEST(cli_compute_fails) {
  const char *parts[] = {"mkba: ", "compute_fails", "refuses x = 1", NULL};
  run_fixture("compute_fails", 1, parts);
}
END_TEST

START_TEST(cli_oneway_fails) {
  /*
   * The base case runs; the one-way analysis at P90 (x = 1.8) fails: an
   * error naming the plugin, the parameter and the value, never a silent
   * null in the tornado.
   */
  const char *parts[] = {"one-way sensitivity", "parameter \"x\"",
                         "\"fails_above\"",     "at 1.8",
                         "refuses x = 1.8",     NULL};
  run_fixture("fails_above", 1, parts);
}
END_TEST

START_TEST(cli_non_finite) {
  const char *parts[] = {"nan_flow", "category \"fixture\"", "year 2026", "not a finite", NULL};
  run_fixture("nan_flow", 1, parts);
}
END_TEST

START_TEST(cli_load_failure) {
  const char *parts[] = {"abi_major.so", "ABI 2.0", "rebuild", NULL};
  run_fixture("abi_major", 1, parts);
}
END_TEST

int main(void) {
  Suite *s = suite_create("loader");
  TCase *tc = tcase_create("loader");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, file_missing);
  tcase_add_test(tc, not_shared_object);
  tcase_add_test(tc, no_entry_function);
  tcase_add_test(tc, other_major);
  tcase_add_test(tc, newer_minor);
  tcase_add_test(tc, smaller_descriptor);
  tcase_add_test(tc, fingerprint);
  tcase_add_test(tc, bad_param_table);
  tcase_add_test(tc, missing_symbol);
  tcase_add_test(tc, name_mismatch);
  tcase_add_test(tc, good_fixture_loads);
  tcase_add_test(tc, template_runs_on_mock);
  tcase_add_test(tc, plugins_export_only_entry);
  tcase_add_test(tc, cli_compute_fails);
  tcase_add_test(tc, cli_oneway_fails);
  tcase_add_test(tc, cli_non_finite);
  tcase_add_test(tc, cli_load_failure);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
