/*
 * test_regions.c - regions that change the numbers: the 43 centrumgemeente
 * regions, programme sizes scaled like with like (a region's count of a
 * target group over the national count of the same group), a region's own
 * prices, and clear errors where a region has no sourced count.
 *
 * The hand calculations use the fixture plugin "regional"
 * (tests/fixtures): cost in year 0 = clients x place, where clients is a
 * national programme size of 1,000 homeless EU citizens and place the
 * value bank's shelter place-year.
 */
#include "mkba_test.h"

/* National counts of data/regions/nederland.json. */
#define NATIONAL_REGISTERED 22528.0

static char *region_dir;

/* Write region file NAME.json into the test's region directory. */
static void region_file(const char *name, const char *text) {
  char file[256];
  snprintf(file, sizeof file, "%s.json", name);
  free(mkba_test_write(region_dir, file, text));
}

static void setup(void) {
  region_dir = mkba_test_tmpdir();
  setenv("MKBA_REGION_PATH", region_dir, 1);
  setenv("MKBA_PLUGIN_PATH", getenv("MKBA_FIXTURE_DIR"), 1);
  /* 450 registered homeless people; EU citizens not counted. */
  region_file("testregio",
              "{\"mkba_region\": 2, \"id\": \"testregio\", \"label\": {\"nl\": \"Testregio\", "
              "\"en\": \"Test region\"}, \"version\": \"1\", \"source\": \"test\", "
              "\"counts\": {\"homeless_registered\": {\"value\": 450, \"year\": 2023, "
              "\"confidence\": \"secondary\", \"source\": \"a test count\"}, "
              "\"eu_citizens\": {\"value\": null, \"source\": \"not counted here\"}}, "
              "\"unit_costs\": {\"shelter_place_year\": {\"amount\": 25000, \"price_year\": 2024, "
              "\"confidence\": \"assumption\", \"source\": \"a test tariff\"}}}");
  /* Nothing sourced. */
  region_file("leeg", "{\"mkba_region\": 2, \"id\": \"leeg\", \"label\": {\"nl\": \"Leeg\", "
                      "\"en\": \"Empty\"}, \"version\": \"1\", \"source\": \"test\", "
                      "\"counts\": {\"homeless_registered\": {\"value\": null, "
                      "\"source\": \"not found\"}}}");
  /* The first format: one count of homeless people. */
  region_file("oud", "{\"mkba_region\": 1, \"id\": \"oud\", \"label\": {\"nl\": \"Oud\", "
                     "\"en\": \"Old\"}, \"version\": \"1\", \"source\": \"test\", "
                     "\"homeless\": 900, \"homeless_year\": 2020}");
}

static void teardown(void) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", region_dir);
  ck_assert_int_eq(system(cmd), 0);
  free(region_dir);
  unsetenv("MKBA_REGION_PATH");
  unsetenv("MKBA_PLUGIN_PATH");
}

/* A one-year run of the fixture in `region` at 2024 prices, with `params`. */
static json_t *run_in(const char *region, const char *params) {
  char text[1024];
  snprintf(text, sizeof text,
           "{\"region\": \"%s\", \"start_year\": 2024, \"horizon_years\": 1, \"price_year\": "
           "2024, \"interventions\": [{\"plugin\": \"regional\", \"params\": %s}], "
           "\"uncertainty\": {\"draws\": 0}}",
           region, params);
  return mkba_test_results(text, "--no-sensitivity");
}

/*
 * By hand: EU citizens are not counted in the test region, so the scaling
 * falls back to registered homeless people, compared with the national
 * count of the same group: 1,000 x 450 / 22,528 = 19.97, rounded to 20
 * clients (a count).  The region prices a place at EUR 25,000 of 2024:
 * cost = 20 x 25,000 = 500,000.
 */
START_TEST(scaled_like_with_like) {
  json_t *r = run_in("testregio", "{}");
  ck_assert_money(mkba_test_num(r, "parameters/0/value"), 20);
  ck_assert_money(mkba_test_num(r, "parameters/1/value"), 25000);
  ck_assert_money(mkba_test_num(r, "summary/pv_costs"), 500000);
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "parameters/0/region_scaling/target_group")),
                   "eu_citizens");
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "parameters/0/region_scaling/counted_as")),
                   "homeless_registered");
  ck_assert_money(mkba_test_num(r, "parameters/0/region_scaling/factor"),
                  450 / NATIONAL_REGISTERED);
  ck_assert_money(mkba_test_num(r, "parameters/0/region_scaling/national_value"), 1000);
  ck_assert_money(mkba_test_num(r, "parameters/0/region_scaling/national_count/value"),
                  NATIONAL_REGISTERED);
  /* A count that is secondary makes the scaled default at best secondary. */
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "parameters/0/confidence")), "assumption");
  /* The report's "Regionale cijfers": each count once, with what used it. */
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "regional_figures/counts/0/target_group")),
                   "homeless_registered");
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "regional_figures/counts/0/used_by/0")),
                   "clients");
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "regional_figures/counts/0/source")),
                   "a test count");
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "regional_figures/unit_costs/0/unit_cost")),
                   "shelter_place_year");
  ck_assert_money(mkba_test_num(r, "regional_figures/unit_costs/0/amount"), 25000);
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "parameters/1/regional_unit_cost")),
                   "shelter_place_year");
  json_decref(r);
}
END_TEST

/* A programme size the scenario states is the region's own: not scaled. */
START_TEST(stated_size_not_scaled) {
  json_t *r = run_in("testregio", "{\"clients\": 30}");
  ck_assert_money(mkba_test_num(r, "parameters/0/value"), 30);
  ck_assert_ptr_null(mkba_test_get(r, "parameters/0/region_scaling"));
  ck_assert_money(mkba_test_num(r, "summary/pv_costs"), 30 * 25000);
  ck_assert_int_eq(json_array_size(mkba_test_get(r, "regional_figures/counts")), 0);
  json_decref(r);
}
END_TEST

/* Nationally the factor is 1 and the default stands. */
START_TEST(national_default_unscaled) {
  json_t *r = run_in("nederland", "{}");
  ck_assert_money(mkba_test_num(r, "parameters/0/value"), 1000);
  ck_assert_money(mkba_test_num(r, "parameters/0/region_scaling/factor"), 1);
  /* The fixture's place-year names only its unit-cost id (ABI 1.4): the
     bank gives amount (EUR 20,642 of 2011), source and confidence. */
  ck_assert_int_eq((int)mkba_test_num(r, "parameters/1/price_year"), 2011);
  ck_assert_str_eq(json_string_value(mkba_test_get(r, "parameters/1/confidence")), "secondary");
  ck_assert_ptr_nonnull(
      strstr(json_string_value(mkba_test_get(r, "parameters/1/source")), "BoumanGGZ 2011"));
  ck_assert_int_eq(json_array_size(mkba_test_get(r, "regional_figures/unit_costs")), 0);
  json_decref(r);
}
END_TEST

/* The first region format still reads: 1,000 x 900 / 22,528 = 39.95 -> 40. */
START_TEST(first_format_still_read) {
  json_t *r = run_in("oud", "{}");
  ck_assert_money(mkba_test_num(r, "parameters/0/value"), 40);
  json_decref(r);
}
END_TEST

/*
 * A region without a sourced count of the group (nor of its fallback) is
 * an input error at the intervention, naming the region file and the
 * parameter to state; nothing is assumed.
 */
START_TEST(no_count_no_guess) {
  mkba_cmd c = mkba_test_cmd_on("{\"region\": \"leeg\", \"start_year\": 2024, \"horizon_years\": "
                                "1,\n \"interventions\": [{\"plugin\": \"regional\"}]}",
                                "run", "");
  ck_assert_int_eq(c.status, 2);
  ck_assert_ptr_nonnull(strstr(c.err, "s.json:2:20: region \"leeg\""));
  ck_assert_ptr_nonnull(strstr(c.err, "leeg.json"));
  ck_assert_ptr_nonnull(strstr(c.err, "eu_citizens, homeless_registered"));
  ck_assert_ptr_nonnull(strstr(c.err, "state \"clients\""));
  mkba_cmd_free(&c);
}
END_TEST

/* Bad region files: the error names the file, line, column and key. */
START_TEST(bad_region_files) {
  static const struct {
    const char *text, *want;
  } bad[] = {
      {"{\"mkba_region\": 2, \"id\": \"slecht\", \"label\": {\"nl\": \"a\", \"en\": \"b\"}, "
       "\"version\": \"1\", \"source\": \"s\", \"counts\": {\"daklozen\": {\"value\": 1}}}",
       "slecht.json:1:"},
      {"{\"mkba_region\": 2, \"id\": \"slecht\", \"label\": {\"nl\": \"a\", \"en\": \"b\"}, "
       "\"version\": \"1\", \"source\": \"s\", \"counts\": {\"homeless_registered\": {\"value\": "
       "-5, \"year\": 2023, \"confidence\": \"verified\", \"source\": \"s\"}}}",
       "must be above 0"},
      {"{\"mkba_region\": 2, \"id\": \"slecht\", \"label\": {\"nl\": \"a\", \"en\": \"b\"}, "
       "\"version\": \"1\", \"source\": \"s\", \"counts\": {}, \"unit_costs\": {\"huur\": "
       "{\"amount\": 1, \"price_year\": 2024, \"confidence\": \"verified\", \"source\": \"s\"}}}",
       "unknown unit cost \"huur\""},
      {"{\"mkba_region\": 2, \"id\": \"slecht\", \"label\": {\"nl\": \"a\", \"en\": \"b\"}, "
       "\"version\": \"1\", \"source\": \"s\", \"counts\": {}, \"schaal\": 2}",
       "\"schaal\""},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    region_file("slecht", bad[i].text);
    mkba_cmd c = mkba_test_cmd_on("{\"region\": \"slecht\", \"start_year\": 2024, "
                                  "\"horizon_years\": 1, \"interventions\": [{\"plugin\": "
                                  "\"regional\", \"params\": {\"clients\": 1}}]}",
                                  "run", "");
    ck_assert_msg(c.status == 2, "case %zu: exit %d", i, c.status);
    ck_assert_msg(strstr(c.err, "slecht.json:1:") && strstr(c.err, bad[i].want), "case %zu: %s", i,
                  c.err);
    mkba_cmd_free(&c);
  }
}
END_TEST

/* All 43 centrumgemeente regions and the national set, each count accounted for. */
START_TEST(all_centrumgemeente_regions) {
  unsetenv("MKBA_REGION_PATH");
  mkba_cmd c = mkba_run_cmd("regions --json");
  ck_assert_int_eq(c.status, 0);
  json_t *list = json_loads(c.out, 0, NULL), *e;
  ck_assert_ptr_nonnull(list);
  size_t i;
  int centre = 0;
  static const char *const groups[] = {"homeless_registered", "homeless_young",     "eu_citizens",
                                       "bw_clients",          "eviction_judgments", "debt_signals",
                                       "inhabitants"};
  json_array_foreach(list, i, e) {
    const char *id = json_string_value(json_object_get(e, "id"));
    centre += json_is_string(json_object_get(e, "centrumgemeente"));
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
      json_t *n = json_object_get(json_object_get(e, "counts"), groups[g]);
      ck_assert_msg(n != NULL, "region %s: no entry for %s", id, groups[g]);
      const char *src = json_string_value(json_object_get(n, "source"));
      ck_assert_msg(src && *src, "region %s, %s: no source nor reason", id, groups[g]);
      json_t *v = json_object_get(n, "value");
      ck_assert_msg(json_is_null(v) || json_number_value(v) > 0, "region %s, %s", id, groups[g]);
    }
  }
  ck_assert_int_eq(centre, 43);
  ck_assert_int_eq(json_array_size(list), 44);
  json_decref(list);
  mkba_cmd_free(&c);
}
END_TEST

int main(void) {
  Suite *s = suite_create("regions");
  TCase *tc = tcase_create("regions");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, scaled_like_with_like);
  tcase_add_test(tc, stated_size_not_scaled);
  tcase_add_test(tc, national_default_unscaled);
  tcase_add_test(tc, first_format_still_read);
  tcase_add_test(tc, no_count_no_guess);
  tcase_add_test(tc, bad_region_files);
  tcase_add_test(tc, all_centrumgemeente_regions);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
