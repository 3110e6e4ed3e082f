/*
 * test_batch.c - mkba batch and mkba merge (docs/formats.md, "The batch
 * file" and "national.json"): a cell's results equal `mkba run` of its own
 * scenario file, the bytes do not depend on --threads, shards merge into
 * the bytes of a single run, a failing cell fails the batch (or is recorded
 * with --keep-going), and bad input is exit 2 with nothing written.
 *
 * Tests use a few regions and few draws to stay quick.
 */
#include <stdarg.h>

#include "mkba_test.h"

/* A small batch: two regions with sourced counts, one without, two plugins. */
static const char small_batch[] = "{\"mkba_batch\": 1, \"title\": \"Test\",\n"
                                  " \"regions\": [\"utrecht\", \"amsterdam\", \"groningen\"],\n"
                                  " \"interventions\": [{\"plugin\": \"housing_first\"},\n"
                                  "   {\"plugin\": \"skaeve_huse\", \"label\": \"Tien woningen\", "
                                  "\"params\": {\"units\": 10}}],\n"
                                  " \"start_year\": 2025, \"horizon_years\": 10,\n"
                                  " \"uncertainty\": {\"draws\": 300, \"seed\": 7}}\n";

/* dir/name as a new string. */
static char *join(const char *dir, const char *name) {
  size_t len = strlen(dir) + strlen(name) + 2;
  char *p = malloc(len);
  snprintf(p, len, "%s/%s", dir, name);
  return p;
}

/* Whether dir/name exists. */
static int exists(const char *dir, const char *name) {
  char *p = join(dir, name);
  struct stat st;
  int ok = stat(p, &st) == 0;
  free(p);
  return ok;
}

/* Run `mkba ARGS` (a printf format) and return what it gave. */
static mkba_cmd run_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static mkba_cmd run_fmt(const char *fmt, ...) {
  char args[8192];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(args, sizeof args, fmt, ap);
  va_end(ap);
  return mkba_run_cmd(args);
}

/* Assert that the files dir_a/name and dir_b/name have the same bytes. */
static void same_file(const char *dir_a, const char *dir_b, const char *name) {
  char *a = join(dir_a, name), *b = join(dir_b, name);
  char *ta = mkba_test_slurp(a), *tb = mkba_test_slurp(b);
  ck_assert_msg(ta && tb, "%s or %s missing", a, b);
  ck_assert_msg(!strcmp(ta, tb), "%s and %s differ", a, b);
  free(ta);
  free(tb);
  free(a);
  free(b);
}

/* Assert that dir_a/name and dir_b/name hold the same bytes (any bytes: a
 * PDF or workbook holds NULs, which same_file's text compare stops at). */
static void same_bytes(const char *dir_a, const char *dir_b, const char *name) {
  char *a = join(dir_a, name), *b = join(dir_b, name);
  FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
  ck_assert_msg(fa && fb, "%s or %s missing", a, b);
  long n = 0;
  for (int ca, cb;; n++) {
    ca = getc(fa);
    cb = getc(fb);
    ck_assert_msg(ca == cb, "%s and %s differ at byte %ld", a, b, n);
    if (ca == EOF)
      break;
  }
  ck_assert_msg(n > 1000, "%s: only %ld bytes", a, n);
  fclose(fa);
  fclose(fb);
  free(a);
  free(b);
}

/* Run the small batch (or `text`) into dir/NAME with extra options; must succeed. */
static void batch_ok(const char *dir, const char *text, const char *name, const char *options) {
  char *path = mkba_test_write(dir, "b.json", text ? text : small_batch);
  mkba_cmd r = run_fmt("batch '%s' -o '%s/%s' %s", path, dir, name, options ? options : "");
  ck_assert_msg(r.status == 0, "batch %s: exit %d: %s", options ? options : "", r.status, r.err);
  mkba_cmd_free(&r);
  free(path);
}

/* The national document in dir/name (new reference). */
static json_t *national(const char *dir, const char *name) {
  char path[4200];
  snprintf(path, sizeof path, "%s/%s/national.json", dir, name);
  json_error_t e;
  json_t *j = json_load_file(path, 0, &e);
  ck_assert_msg(j != NULL, "%s: %s", path, e.text);
  return j;
}

/* The cell of region `region` and intervention `iv` (borrowed). */
static json_t *cell_of(const json_t *doc, const char *region, int iv) {
  size_t k;
  json_t *c;
  json_array_foreach(json_object_get(doc, "cells"), k, c) {
    if (!strcmp(json_string_value(json_object_get(c, "region")), region) &&
        json_integer_value(json_object_get(c, "intervention")) == iv)
      return c;
  }
  ck_abort_msg("no cell %s/%d", region, iv);
  return NULL;
}

START_TEST(cell_equals_its_own_run) {
  char *dir = mkba_test_tmpdir();
  batch_ok(dir, NULL, "out", "--threads 2");
  json_t *doc = national(dir, "out");
  ck_assert_int_eq((int)json_array_size(json_object_get(doc, "cells")), 6);
  ck_assert(exists(dir, "out/national.csv"));
  /* cells in order: region id, then intervention */
  const char *order[] = {"amsterdam", "amsterdam", "groningen", "groningen", "utrecht", "utrecht"};
  for (int k = 0; k < 6; k++) {
    json_t *c = json_array_get(json_object_get(doc, "cells"), (size_t)k);
    ck_assert_str_eq(json_string_value(json_object_get(c, "region")), order[k]);
    ck_assert_int_eq((int)json_integer_value(json_object_get(c, "intervention")), k % 2);
  }
  const char *regions[] = {"utrecht", "amsterdam"};
  for (int r = 0; r < 2; r++)
    for (int i = 0; i < 2; i++) {
      json_t *c = cell_of(doc, regions[r], i);
      ck_assert_str_eq(json_string_value(json_object_get(c, "status")), "ok");
      const char *rel = json_string_value(json_object_get(c, "scenario"));
      char *cell = join(dir, "out");
      mkba_cmd run = run_fmt("run '%s/%s' --json --no-sensitivity", cell, rel);
      ck_assert_msg(run.status == 0, "%s: %s", rel, run.err);
      json_t *res = json_loads(run.out, 0, NULL);
      ck_assert_ptr_nonnull(res);
      /* number for number */
      ck_assert(json_equal(json_object_get(c, "summary"), json_object_get(res, "summary")));
      json_t *u = json_object_get(c, "uncertainty"), *ru = json_object_get(res, "uncertainty");
      const char *key;
      json_t *v;
      json_object_foreach(u, key, v) {
        ck_assert_msg(json_equal(v, json_object_get(ru, key)), "%s: uncertainty %s", rel, key);
      }
      ck_assert_int_eq((int)json_integer_value(json_object_get(u, "seed")),
                       (int)json_integer_value(json_object_get(c, "seed")));
      size_t k;
      json_t *a;
      json_array_foreach(json_object_get(c, "actors"), k, a) {
        json_t *ra = json_array_get(json_object_get(res, "actors"), k);
        ck_assert(json_equal(json_object_get(a, "npv"), json_object_get(ra, "npv")));
        ck_assert(json_equal(json_object_get(a, "id"), json_object_get(ra, "id")));
      }
      json_decref(res);
      mkba_cmd_free(&run);
      free(cell);
    }
  /* housing_first is scaled to the region: its participants are the scaled count */
  json_t *hf = cell_of(doc, "utrecht", 0);
  ck_assert(json_is_true(mkba_test_get(hf, "participants/scaled")));
  ck_assert_str_eq(json_string_value(mkba_test_get(hf, "participants/parameter")), "clients");
  /* ... and says how: the count used, its year and confidence, the national count */
  ck_assert_str_eq(json_string_value(mkba_test_get(hf, "participants/scaling/target_group")),
                   "homeless_registered");
  ck_assert_str_eq(json_string_value(mkba_test_get(hf, "participants/scaling/counted_as")),
                   "homeless_registered");
  double f = mkba_test_num(hf, "participants/scaling/factor");
  ck_assert(f > 0 && f < 1);
  ck_assert(f == mkba_test_num(hf, "participants/scaling/region_count/value") /
                     mkba_test_num(hf, "participants/scaling/national_count/value"));
  ck_assert(mkba_test_num(hf, "participants/scaling/region_count/year") >= 2000);
  ck_assert(mkba_test_num(hf, "participants/scaling/national_count/year") >= 2000);
  ck_assert_ptr_nonnull(
      json_string_value(mkba_test_get(hf, "participants/scaling/region_count/confidence")));
  ck_assert_ptr_nonnull(
      json_string_value(mkba_test_get(hf, "participants/scaling/national_count/source")));
  /* the batch states skaeve_huse's size: nothing scaled, no scaling */
  ck_assert_ptr_null(mkba_test_get(cell_of(doc, "utrecht", 1), "participants/scaling"));
  /* a plain title has no "titles" */
  ck_assert_ptr_null(json_object_get(doc, "titles"));
  /* groningen has no sourced count: skipped, with the reason, and not in the totals */
  json_t *g = cell_of(doc, "groningen", 0);
  ck_assert_str_eq(json_string_value(json_object_get(g, "status")), "skipped");
  ck_assert_ptr_nonnull(strstr(json_string_value(json_object_get(g, "error")), "no sourced count"));
  ck_assert(exists(dir, "out/cells/groningen/0-housing_first.json"));
  json_t *n0 = json_array_get(json_object_get(doc, "national"), 0);
  ck_assert_int_eq((int)json_integer_value(json_object_get(n0, "regions_ok")), 2);
  ck_assert_int_eq((int)json_integer_value(json_object_get(n0, "regions_skipped")), 1);
  double npv = mkba_test_num(cell_of(doc, "utrecht", 0), "summary/npv") +
               mkba_test_num(cell_of(doc, "amsterdam", 0), "summary/npv");
  ck_assert_money(mkba_test_num(n0, "npv"), npv);
  double part = mkba_test_num(cell_of(doc, "utrecht", 0), "participants/value") +
                mkba_test_num(cell_of(doc, "amsterdam", 0), "participants/value");
  ck_assert_money(mkba_test_num(n0, "participants"), part);
  /* the skaeve_huse cells: the batch's own programme size, the same in every region */
  ck_assert_money(mkba_test_num(cell_of(doc, "groningen", 1), "participants/value"), 10);
  ck_assert_str_eq(json_string_value(mkba_test_get(doc, "provenance/batch/title")), "Test");
  ck_assert_ptr_null(mkba_test_get(doc, "provenance/threads"));
  json_decref(doc);
  free(dir);
}
END_TEST

/* A title in both languages: national.json's "title" is the run's
 * language, "titles" has both; the cell scenarios carry the run's. */
START_TEST(title_in_two_languages) {
  static const char text[] =
      "{\"mkba_batch\": 1, \"title\": {\"nl\": \"Proef\", \"en\": \"Trial\"},\n"
      " \"regions\": [\"utrecht\"], \"interventions\": [{\"plugin\": \"housing_first\"}],\n"
      " \"start_year\": 2025, \"horizon_years\": 10, \"uncertainty\": {\"draws\": 50}}\n";
  char *dir = mkba_test_tmpdir();
  batch_ok(dir, text, "nl", "");
  batch_ok(dir, text, "en", "--lang en");
  json_t *nl = national(dir, "nl"), *en = national(dir, "en");
  ck_assert_str_eq(json_string_value(json_object_get(nl, "title")), "Proef");
  ck_assert_str_eq(json_string_value(json_object_get(en, "title")), "Trial");
  ck_assert_str_eq(json_string_value(mkba_test_get(nl, "titles/en")), "Trial");
  ck_assert_str_eq(json_string_value(mkba_test_get(en, "titles/nl")), "Proef");
  char *cell = join(dir, "en/cells/utrecht/0-housing_first.json");
  char *scen = mkba_test_slurp(cell);
  ck_assert_ptr_nonnull(strstr(scen, "\"Trial: utrecht, housing_first\""));
  free(scen);
  free(cell);
  json_decref(nl);
  json_decref(en);
  free(dir);
}
END_TEST

START_TEST(threads_do_not_change_bytes) {
  char *dir = mkba_test_tmpdir();
  batch_ok(dir, NULL, "t1", "--threads 1");
  batch_ok(dir, NULL, "t2", "--threads 2");
  same_file(dir, dir, "t1/national.json");
  char *a = join(dir, "t1"), *b = join(dir, "t2");
  same_file(a, b, "national.json");
  same_file(a, b, "national.csv");
  same_file(a, b, "cells/utrecht/0-housing_first.json");
  free(a);
  free(b);
  /* the English table: comma separated, decimal points, English codes */
  batch_ok(dir, NULL, "en", "--lang en");
  char *csv = join(dir, "en/national.csv");
  char *text = mkba_test_slurp(csv);
  ck_assert_ptr_nonnull(text);
  ck_assert(!strncmp(text, "\xEF\xBB\xBFtable,region,intervention,plugin,actor,measure,value", 52));
  ck_assert_ptr_nonnull(strstr(text, ",pv_costs,"));
  ck_assert_ptr_nonnull(strstr(text, "\r\n"));
  free(text);
  free(csv);
  csv = join(dir, "t1/national.csv");
  text = mkba_test_slurp(csv);
  ck_assert(!strncmp(text, "\xEF\xBB\xBFtabel;regio;interventie;plugin;actor;maat;waarde", 50));
  ck_assert_ptr_nonnull(strstr(text, ";cw_kosten;"));
  ck_assert_ptr_nonnull(strstr(text, "landelijk;"));
  free(text);
  free(csv);
  free(dir);
}
END_TEST

START_TEST(shards_merge_into_the_whole) {
  char *dir = mkba_test_tmpdir();
  setenv("SOURCE_DATE_EPOCH", "1790000000", 1); /* the report's and workbook's date */
  batch_ok(dir, NULL, "whole", NULL);
  batch_ok(dir, NULL, "s1", "--shard 1/2 --threads 1");
  batch_ok(dir, NULL, "s2", "--shard 2/2");
  json_t *s1 = national(dir, "s1");
  ck_assert_int_eq((int)mkba_test_num(s1, "shard/k"), 1);
  ck_assert_int_eq((int)json_array_size(json_object_get(s1, "cells")), 3);
  ck_assert_ptr_null(json_object_get(s1, "national"));
  json_decref(s1);
  mkba_cmd r = run_fmt("merge '%s/s2' '%s/s1' -o '%s/merged'", dir, dir, dir);
  ck_assert_msg(r.status == 0, "merge: %s", r.err);
  mkba_cmd_free(&r);
  char *a = join(dir, "whole"), *b = join(dir, "merged");
  same_file(a, b, "national.json");
  same_file(a, b, "national.csv");
  same_file(a, b, "cells/groningen/1-skaeve_huse.json");
#ifdef MKBA_HAVE_REPORTS
  same_bytes(a, b, "national.pdf"); /* merge writes the report and workbook too */
  same_bytes(a, b, "national.xlsx");
  ck_assert(!exists(dir, "s1/national.pdf")); /* a shard has no national totals */
  r = run_fmt("batch '%s/b.json' -o '%s/bad' --shard 1/2 --format pdf", dir, dir);
  ck_assert_msg(r.status == 2, "a shard's report: exit %d", r.status);
  ck_assert(!exists(dir, "bad"));
  mkba_cmd_free(&r);
#endif
  free(a);
  free(b);
  /* an incomplete set, a shard twice, a whole run, another batch: exit 2, nothing written */
  batch_ok(dir, NULL, "other", "--shard 2/2 --seed 8");
  const char *bad[][2] = {{"s1", "s1"}, {"s1", "whole"}, {"s1", "other"}, {"s1", "nothing"}};
  for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
    r = run_fmt("merge '%s/%s' '%s/%s' -o '%s/bad'", dir, bad[k][0], dir, bad[k][1], dir);
    ck_assert_msg(r.status == 2, "merge %s %s: exit %d", bad[k][0], bad[k][1], r.status);
    ck_assert_msg(strstr(r.err, "mkba: ") != NULL, "%s", r.err);
    ck_assert(!exists(dir, "bad"));
    mkba_cmd_free(&r);
  }
  r = run_fmt("merge '%s/s1' -o '%s/bad'", dir, dir);
  ck_assert_int_eq(r.status, 2);
  ck_assert_ptr_nonnull(strstr(r.err, "shard 2/2 is missing"));
  mkba_cmd_free(&r);
  free(dir);
}
END_TEST

/* A batch of housing_first and fixture plugin `plugin` in two regions. */
static char *hostile_batch(const char *dir, const char *plugin) {
  char text[1024];
  snprintf(text, sizeof text,
           "{\"mkba_batch\": 1, \"regions\": [\"utrecht\", \"amsterdam\"],\n"
           " \"interventions\": [{\"plugin\": \"housing_first\"}, {\"plugin\": \"%s\"}],\n"
           " \"start_year\": 2025, \"horizon_years\": 5, \"uncertainty\": {\"draws\": 300, "
           "\"seed\": 3}}\n",
           plugin);
  return mkba_test_write(dir, "h.json", text);
}

START_TEST(failing_cell) {
  const char *plugins[] = {"compute_fails", "h_abort", "h_exit"};
  setenv("MKBA_PLUGIN_PATH", getenv("MKBA_FIXTURE_DIR"), 1);
  for (size_t k = 0; k < sizeof plugins / sizeof plugins[0]; k++) {
    char *dir = mkba_test_tmpdir();
    char *path = hostile_batch(dir, plugins[k]);
    mkba_cmd r = run_fmt("batch '%s' -o '%s/out'", path, dir);
    ck_assert_msg(r.status == 1, "%s: exit %d: %s", plugins[k], r.status, r.err);
    char expect[128];
    snprintf(expect, sizeof expect, "intervention 1 (plugin \"%s\")", plugins[k]);
    ck_assert_msg(strstr(r.err, "region \"") && strstr(r.err, expect), "%s", r.err);
    ck_assert(!exists(dir, "out"));
    mkba_cmd_free(&r);
    r = run_fmt("batch '%s' -o '%s/out' --keep-going", path, dir);
    ck_assert_msg(r.status == 0, "%s --keep-going: exit %d: %s", plugins[k], r.status, r.err);
    mkba_cmd_free(&r);
    json_t *doc = national(dir, "out");
    const char *regions[] = {"utrecht", "amsterdam"};
    for (int g = 0; g < 2; g++) {
      json_t *ok = cell_of(doc, regions[g], 0), *bad = cell_of(doc, regions[g], 1);
      ck_assert_str_eq(json_string_value(json_object_get(ok, "status")), "ok");
      ck_assert_str_eq(json_string_value(json_object_get(bad, "status")), "failed");
      const char *err = json_string_value(json_object_get(bad, "error"));
      ck_assert_msg(err && strstr(err, regions[g]) && strstr(err, plugins[k]), "%s",
                    err ? err : "");
    }
    json_t *n1 = json_array_get(json_object_get(doc, "national"), 1);
    ck_assert_int_eq((int)json_integer_value(json_object_get(n1, "regions_failed")), 2);
    json_decref(doc);
    free(path);
    free(dir);
  }
  unsetenv("MKBA_PLUGIN_PATH");
}
END_TEST

START_TEST(bad_input) {
  struct {
    const char *text;    /* batch file */
    const char *options; /* more options */
    const char *expect;  /* in the message */
  } cases[] = {
      {"{\"mkba_batch\": 1,, }", "", "b.json:1:"},
      {"{\"mkba_batch\": 1, \"regions\": \"all\", \"interventions\": \"all\",\n"
       "  \"start_year\": 2025, \"horizon_year\": 10}",
       "",
       "b.json:2:23: unknown key \"horizon_year\" in the batch file (did you mean "
       "\"horizon_years\"?)"},
      {"{\"mkba_batch\": 1, \"regions\": [\"utrect\"], \"interventions\": \"all\",\n"
       "  \"start_year\": 2025, \"horizon_years\": 10}",
       "", "b.json:1:31: unknown region \"utrect\" (did you mean \"utrecht\"?)"},
      {"{\"mkba_batch\": 1, \"regions\": \"all\", \"interventions\": [{\"plugin\": "
       "\"housing_frist\"}],\n  \"start_year\": 2025, \"horizon_years\": 10}",
       "", "unknown plugin \"housing_frist\" (did you mean \"housing_first\"?)"},
      {"{\"mkba_batch\": 1, \"regions\": \"some\", \"interventions\": \"all\",\n"
       "  \"start_year\": 2025, \"horizon_years\": 10}",
       "", "\"regions\" must be \"all\""},
      {"{\"mkba_batch\": 1, \"regions\": [\"utrecht\"], \"interventions\": [{\"plugin\": "
       "\"housing_first\", \"params\": {\"clients\": -3}}],\n  \"start_year\": 2025, "
       "\"horizon_years\": 10}",
       "", "region \"utrecht\", intervention 0 (plugin \"housing_first\"): parameter \"clients\""},
      {"{\"mkba_batch\": 1, \"regions\": [\"utrecht\"], \"interventions\": \"all\",\n"
       "  \"start_year\": 2025, \"horizon_years\": 10, \"uncertainty\": {\"draws\": -1}}",
       "", "b.json:2:60: \"draws\" is -1"},
      {"{\"mkba_batch\": 1, \"regions\": [\"utrecht\"], \"interventions\": \"all\",\n"
       "  \"start_year\": 2025, \"horizon_years\": 10}",
       "--shard 3/2", "--shard must be K/N"},
      {"{\"mkba_batch\": 1, \"regions\": [\"utrecht\"], \"interventions\": \"all\",\n"
       "  \"start_year\": 2025, \"horizon_years\": 10}",
       "--shard 1of2", "--shard must be K/N"},
      {"{\"mkba_batch\": 2, \"regions\": [\"utrecht\"], \"interventions\": \"all\",\n"
       "  \"start_year\": 2025, \"horizon_years\": 10}",
       "", "b.json:1:2: \"mkba_batch\" is 2"},
      /* a title is a string or {"nl", "en"}, both */
      {"{\"mkba_batch\": 1, \"title\": 3, \"regions\": [\"utrecht\"],\n"
       "  \"interventions\": \"all\", \"start_year\": 2025, \"horizon_years\": 10}",
       "", "b.json:1:19: \"title\" must be a string or {\"nl\": TEXT, \"en\": TEXT}"},
      {"{\"mkba_batch\": 1, \"title\": {\"nl\": \"Proef\"}, \"regions\": [\"utrecht\"],\n"
       "  \"interventions\": \"all\", \"start_year\": 2025, \"horizon_years\": 10}",
       "", "\"title\" needs both \"nl\" and \"en\""},
      {"{\"mkba_batch\": 1, \"title\": {\"nl\": \"a\", \"en\": \"b\", \"de\": \"c\"},\n"
       "  \"regions\": [\"utrecht\"], \"interventions\": \"all\", \"start_year\": 2025, "
       "\"horizon_years\": 10}",
       "", "b.json:1:51: unknown key \"de\" in title"},
  };
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    char *dir = mkba_test_tmpdir();
    char *path = mkba_test_write(dir, "b.json", cases[k].text);
    mkba_cmd r = run_fmt("batch '%s' -o '%s/out' %s", path, dir, cases[k].options);
    ck_assert_msg(r.status == 2, "case %zu: exit %d: %s", k, r.status, r.err);
    ck_assert_msg(strstr(r.err, cases[k].expect) != NULL, "case %zu: %s", k, r.err);
    ck_assert_str_eq(r.out, "");
    ck_assert(!exists(dir, "out"));
    mkba_cmd_free(&r);
    free(path);
    free(dir);
  }
  /* no -o, no batch file, --json: usage errors */
  const char *usage[] = {"batch", "batch x.json", "batch x.json -o d --json", "merge -o d",
                         "merge a --threads 2 -o d"};
  for (size_t k = 0; k < sizeof usage / sizeof usage[0]; k++) {
    mkba_cmd r = mkba_run_cmd(usage[k]);
    ck_assert_msg(r.status == 2, "%s: exit %d", usage[k], r.status);
    mkba_cmd_free(&r);
  }
}
END_TEST

START_TEST(help) {
  mkba_cmd r = mkba_run_cmd("--help");
  ck_assert_ptr_nonnull(strstr(r.out, "batch BATCH.json -o DIR"));
  ck_assert_ptr_nonnull(strstr(r.out, "merge SHARD_DIR... -o DIR"));
  mkba_cmd_free(&r);
  r = mkba_run_cmd("batch --help");
  ck_assert_int_eq(r.status, 0);
  ck_assert_ptr_nonnull(strstr(r.out, "usage: mkba batch BATCH.json -o DIR"));
  ck_assert_ptr_nonnull(strstr(r.out, "--no-sensitivity"));
  mkba_cmd_free(&r);
  r = mkba_run_cmd("merge --help");
  ck_assert_int_eq(r.status, 0);
  ck_assert_ptr_nonnull(strstr(r.out, "usage: mkba merge SHARD_DIR... -o DIR"));
  mkba_cmd_free(&r);
}
END_TEST

START_TEST(readme_parallel_example) {
  /* The README's GNU parallel example, with fewer draws; skipped without parallel. */
  if (system("command -v parallel >/dev/null 2>&1") != 0) {
    fprintf(stderr, "test_batch: GNU parallel is not installed; the README's parallel example "
                    "is not run\n");
    return;
  }
  char *dir = mkba_test_tmpdir();
  char cmd[8192];
  snprintf(cmd, sizeof cmd,
           "cd '%s' && parallel \"$MKBA_BIN\" batch \"$MKBA_EXAMPLES/national.json\" -o "
           "out/shard-{} --shard {}/4 --draws 200 ::: 1 2 3 4 2>/dev/null && "
           "\"$MKBA_BIN\" merge out/shard-* -o out/national 2>/dev/null && "
           "\"$MKBA_BIN\" batch \"$MKBA_EXAMPLES/national.json\" -o out/whole --draws 200 "
           "2>/dev/null",
           dir);
  ck_assert_int_eq(system(cmd), 0);
  char *a = join(dir, "out/whole"), *b = join(dir, "out/national");
  same_file(a, b, "national.json");
  same_file(a, b, "national.csv");
  free(a);
  free(b);
  free(dir);
}
END_TEST

START_TEST(national_example_reads) {
  /* examples/national.json: all regions times all interventions, 10,000 draws, seed 2025 */
  char path[4200];
  snprintf(path, sizeof path, "%s/national.json", getenv("MKBA_EXAMPLES"));
  char *dir = mkba_test_tmpdir();
  mkba_cmd r = run_fmt("batch '%s' -o '%s/out' --draws 20 --shard 7/50", path, dir);
  ck_assert_msg(r.status == 0, "%s", r.err);
  mkba_cmd_free(&r);
  json_t *doc = national(dir, "out");
  ck_assert_int_eq((int)mkba_test_num(doc, "provenance/batch/uncertainty/draws"), 10000);
  ck_assert_int_eq((int)mkba_test_num(doc, "provenance/batch/uncertainty/seed"), 2025);
  ck_assert_int_eq((int)json_array_size(json_object_get(doc, "regions")), 43);
  size_t k;
  json_t *iv;
  json_array_foreach(json_object_get(doc, "interventions"), k, iv) {
    const char *p = json_string_value(json_object_get(iv, "plugin"));
    ck_assert(strcmp(p, "cashflow") && strcmp(p, "markov"));
  }
  ck_assert_int_ge((int)json_array_size(json_object_get(doc, "interventions")), 14);
  /* its title in both languages, for the report of either */
  ck_assert_ptr_nonnull(json_string_value(mkba_test_get(doc, "titles/nl")));
  ck_assert_ptr_nonnull(json_string_value(mkba_test_get(doc, "titles/en")));
  json_decref(doc);
  free(dir);
}
END_TEST

int main(void) {
  Suite *s = suite_create("batch");
  TCase *tc = tcase_create("batch");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, cell_equals_its_own_run);
  tcase_add_test(tc, title_in_two_languages);
  tcase_add_test(tc, threads_do_not_change_bytes);
  tcase_add_test(tc, shards_merge_into_the_whole);
  tcase_add_test(tc, failing_cell);
  tcase_add_test(tc, bad_input);
  tcase_add_test(tc, help);
  tcase_add_test(tc, readme_parallel_example);
  tcase_add_test(tc, national_example_reads);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
