/*
 * test_output.c - whole outputs or none: `-o DIR` replaces DIR as a set,
 * never mixes two runs, never keeps a stale file, refuses a directory with
 * files mkba did not write, cleans up after signals and killed runs, and
 * every write to standard output is checked.
 */
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>

#include "mkba_test.h"

static const char *scenario_a =
    "{\"title\": \"run A\", \"start_year\": 2025, \"horizon_years\": 2, \"interventions\": "
    "[{\"plugin\": \"cashflow\", \"params\": {\"flows\": [{\"actor\": \"gemeente\", "
    "\"category\": \"x\", \"kind\": \"cost\", \"amounts\": [100, 100]}]}}]}";
static const char *scenario_b =
    "{\"title\": \"run B\", \"start_year\": 2025, \"horizon_years\": 2, \"interventions\": "
    "[{\"plugin\": \"cashflow\", \"params\": {\"flows\": [{\"actor\": \"gemeente\", "
    "\"category\": \"x\", \"kind\": \"cost\", \"amounts\": [200, 200]}]}}]}";

static int exists(const char *dir, const char *name) {
  char p[4400];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  return access(p, F_OK) == 0;
}

/* Entries of dir whose name starts with prefix. */
static int count_prefix(const char *dir, const char *prefix) {
  DIR *d = opendir(dir);
  int n = 0;
  struct dirent *e;
  while (d && (e = readdir(d)))
    n += strncmp(e->d_name, prefix, strlen(prefix)) == 0;
  if (d)
    closedir(d);
  return n;
}

/* mkba run SCEN -o DIR EXTRA; the result. */
static mkba_cmd run_into(const char *tmp, const char *scen, const char *name, const char *out,
                         const char *extra) {
  char *path = mkba_test_write(tmp, name, scen);
  char args[8400];
  snprintf(args, sizeof args, "run '%s' -o '%s' %s", path, out, extra ? extra : "");
  mkba_cmd r = mkba_run_cmd(args);
  free(path);
  return r;
}

static void rm_rf(const char *dir) {
  char cmd[4400];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}

START_TEST(replaced_as_a_whole) {
  char *tmp = mkba_test_tmpdir(), out[4200];
  snprintf(out, sizeof out, "%s/out", tmp);
  mkba_cmd r = run_into(tmp, scenario_a, "a.json", out, "--format pdf");
  ck_assert_msg(r.status == 0, "%s", r.err);
  mkba_cmd_free(&r);
  ck_assert(exists(out, "results.json") && exists(out, "results.csv"));
  ck_assert(exists(out, "report.pdf"));
  /* A second run without a report: the earlier report does not survive. */
  r = run_into(tmp, scenario_b, "b.json", out, NULL);
  ck_assert_msg(r.status == 0, "%s", r.err);
  mkba_cmd_free(&r);
  ck_assert_msg(!exists(out, "report.pdf"), "a stale report.pdf sits beside new results");
  char p[4400];
  snprintf(p, sizeof p, "%s/results.json", out);
  char *text = mkba_test_slurp(p);
  ck_assert_ptr_nonnull(strstr(text, "run B"));
  free(text);
  /* Nothing is left beside DIR. */
  ck_assert_int_eq(count_prefix(tmp, ".out.mkba-"), 0);
  rm_rf(tmp);
  free(tmp);
}
END_TEST

START_TEST(foreign_files_are_refused) {
  char *tmp = mkba_test_tmpdir(), out[4200], note[4400];
  snprintf(out, sizeof out, "%s/out", tmp);
  ck_assert_int_eq(mkdir(out, 0755), 0);
  snprintf(note, sizeof note, "%s/notes.txt", out);
  FILE *f = fopen(note, "w");
  fputs("mine\n", f);
  fclose(f);
  mkba_cmd r = run_into(tmp, scenario_a, "a.json", out, NULL);
  ck_assert_int_eq(r.status, 2);
  ck_assert_msg(strstr(r.err, "notes.txt") && strstr(r.err, "--replace"), "%s", r.err);
  mkba_cmd_free(&r);
  ck_assert(exists(out, "notes.txt") && !exists(out, "results.json"));
  /* Told to, mkba replaces the directory with everything in it. */
  r = run_into(tmp, scenario_a, "a.json", out, "--replace");
  ck_assert_msg(r.status == 0, "%s", r.err);
  mkba_cmd_free(&r);
  ck_assert(!exists(out, "notes.txt") && exists(out, "results.json"));
  rm_rf(tmp);
  free(tmp);
}
END_TEST

START_TEST(stale_staging_is_removed) {
  char *tmp = mkba_test_tmpdir(), out[4200], stale[4400], live[4400];
  snprintf(out, sizeof out, "%s/out", tmp);
  /* A staging directory of a process that no longer runs, and one of ours. */
  pid_t dead = fork();
  if (dead == 0)
    _exit(0);
  waitpid(dead, NULL, 0);
  snprintf(stale, sizeof stale, "%s/.out.mkba-%ld-abcdef", tmp, (long)dead);
  snprintf(live, sizeof live, "%s/.out.mkba-%ld-ghijkl", tmp, (long)getpid());
  ck_assert_int_eq(mkdir(stale, 0700), 0);
  ck_assert_int_eq(mkdir(live, 0700), 0);
  char *junk = mkba_test_write(stale, "results.json", "{}");
  free(junk);
  mkba_cmd r = run_into(tmp, scenario_a, "a.json", out, NULL);
  ck_assert_msg(r.status == 0, "%s", r.err);
  mkba_cmd_free(&r);
  ck_assert_msg(access(stale, F_OK) != 0, "the stale staging directory is still there");
  ck_assert_msg(access(live, F_OK) == 0, "a running process's staging directory was removed");
  rm_rf(tmp);
  free(tmp);
}
END_TEST

START_TEST(paths_that_cannot_be_represented) {
  char *tmp = mkba_test_tmpdir();
  /* TMP/xxx.../xxx..., 4,075 characters in components of 199. */
  static char out[4200];
  size_t len = strlen(tmp), n = len;
  memcpy(out, tmp, len);
  for (; n < 4075; n++)
    out[n] = (n - len) % 200 == 0 ? '/' : 'x';
  out[n] = '\0';
  mkba_cmd r = run_into(tmp, scenario_a, "a.json", out, NULL);
  ck_assert_int_eq(r.status, 2);
  ck_assert_msg(strstr(r.err, "at most"), "%s", r.err);
  mkba_cmd_free(&r);
  /* -o "" is a usage error. */
  r = run_into(tmp, scenario_a, "a.json", "", NULL);
  ck_assert_int_eq(r.status, 2);
  mkba_cmd_free(&r);
  rm_rf(tmp);
  free(tmp);
}
END_TEST

START_TEST(concurrent_runs_never_mix) {
  char *tmp = mkba_test_tmpdir(), out[4200], json[4400], csv[4400];
  snprintf(out, sizeof out, "%s/out", tmp);
  char *a = mkba_test_write(tmp, "a.json", scenario_a),
       *b = mkba_test_write(tmp, "b.json", scenario_b);
  snprintf(json, sizeof json, "%s/results.json", out);
  snprintf(csv, sizeof csv, "%s/results.csv", out);
  for (int round = 0; round < 8; round++) {
    char cmd[9000];
    snprintf(cmd, sizeof cmd,
             "'%s' run '%s' -o '%s' --format pdf 2>/dev/null & '%s' run '%s' -o '%s' --format "
             "pdf 2>/dev/null & wait",
             getenv("MKBA_BIN"), a, out, getenv("MKBA_BIN"), b, out);
    ck_assert_int_eq(system(cmd), 0);
    char *j = mkba_test_slurp(json), *c = mkba_test_slurp(csv);
    ck_assert_ptr_nonnull(j);
    ck_assert_ptr_nonnull(c);
    /* The CSV's costs belong to the same run as the JSON's title. */
    int from_a = strstr(j, "run A") != NULL;
    ck_assert_msg((strstr(c, from_a ? "cw_kosten;197" : "cw_kosten;395") != NULL),
                  "results.json of run %c beside results.csv of the other", from_a ? 'A' : 'B');
    free(j);
    free(c);
  }
  ck_assert_int_eq(count_prefix(tmp, ".out.mkba-"), 0);
  free(a);
  free(b);
  rm_rf(tmp);
  free(tmp);
}
END_TEST

START_TEST(a_signal_removes_staging) {
  /* SIGTERM as soon as the staging directory appears: nothing is left. */
  char *tmp = mkba_test_tmpdir(), out[4200];
  snprintf(out, sizeof out, "%s/out", tmp);
  char *a = mkba_test_write(tmp, "a.json", scenario_a);
  int caught = 0;
  for (int attempt = 0; attempt < 20 && !caught; attempt++) {
    pid_t pid = fork();
    if (pid == 0) {
      int null = open("/dev/null", O_WRONLY);
      dup2(null, 1);
      dup2(null, 2);
      execl(getenv("MKBA_BIN"), "mkba", "run", a, "-o", out, "--format", "pdf,png,svg",
            (char *)NULL);
      _exit(127);
    }
    int status = 0;
    for (int spin = 0; spin < 200000; spin++) {
      if (count_prefix(tmp, ".out.mkba-")) {
        kill(pid, SIGTERM);
        caught = 1;
        break;
      }
      if (waitpid(pid, &status, WNOHANG) == pid) {
        pid = 0;
        break;
      }
      struct timespec ts = {0, 50000};
      nanosleep(&ts, NULL);
    }
    if (pid)
      waitpid(pid, &status, 0);
  }
  ck_assert_msg(caught, "never saw the staging directory");
  ck_assert_msg(count_prefix(tmp, ".out.mkba-") == 0, "SIGTERM left a staging directory");
  free(a);
  rm_rf(tmp);
  free(tmp);
}
END_TEST

START_TEST(standard_output_errors) {
  /* A full disk, for every command that writes to standard output. */
  const char *cmds[] = {"run \"$MKBA_EXAMPLES/housing_first.json\" --json --draws 0 >/dev/full",
                        "list >/dev/full",
                        "list --json >/dev/full",
                        "describe markov >/dev/full",
                        "regions --json >/dev/full",
                        "--help >/dev/full",
                        "run \"$MKBA_EXAMPLES/housing_first.json\" --json --draws 0 >&-"};
  for (size_t k = 0; k < sizeof cmds / sizeof *cmds; k++) {
    char sh[4096];
    snprintf(sh, sizeof sh, "'%s' %s 2>/dev/null", getenv("MKBA_BIN"), cmds[k]);
    int st = system(sh);
    ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 1, "mkba %s: exit %d, not 1", cmds[k],
                  WIFEXITED(st) ? WEXITSTATUS(st) : -1);
  }
}
END_TEST

START_TEST(not_regular_files) {
  /* A FIFO as scenario or region file: a clear error, not a hang. */
  char *tmp = mkba_test_tmpdir(), fifo[4200], args[4400];
  snprintf(fifo, sizeof fifo, "%s/s.json", tmp);
  ck_assert_int_eq(mkfifo(fifo, 0600), 0);
  snprintf(args, sizeof args, "validate '%s'", fifo);
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_int_eq(r.status, 2);
  ck_assert_ptr_nonnull(strstr(r.err, "not a regular file"));
  mkba_cmd_free(&r);
  char rfifo[4400];
  snprintf(rfifo, sizeof rfifo, "%s/mijnregio.json", tmp);
  ck_assert_int_eq(mkfifo(rfifo, 0600), 0);
  setenv("MKBA_REGION_PATH", tmp, 1);
  r = mkba_run_cmd("regions");
  unsetenv("MKBA_REGION_PATH");
  ck_assert_int_eq(r.status, 2);
  ck_assert_ptr_nonnull(strstr(r.err, "not a regular file"));
  mkba_cmd_free(&r);
  rm_rf(tmp);
  free(tmp);
}
END_TEST

int main(void) {
  Suite *s = suite_create("output");
  TCase *tc = tcase_create("output");
  tcase_set_timeout(tc, 180);
  tcase_add_test(tc, replaced_as_a_whole);
  tcase_add_test(tc, foreign_files_are_refused);
  tcase_add_test(tc, stale_staging_is_removed);
  tcase_add_test(tc, paths_that_cannot_be_represented);
  tcase_add_test(tc, concurrent_runs_never_mix);
  tcase_add_test(tc, a_signal_removes_staging);
  tcase_add_test(tc, standard_output_errors);
  tcase_add_test(tc, not_regular_files);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
