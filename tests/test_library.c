/*
 * test_library.c - the intervention library read side by side: one price
 * per resource (no plugin keeps a private copy of an amount the value bank
 * has), and regions that change every plugin's numbers.
 */
#include <dirent.h>

#include "mkba_test.h"

/* The JSON printed by `mkba ARGS` (new reference). */
static json_t *json_of(const char *args) {
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_msg(r.status == 0, "mkba %s: %s", args, r.err);
  json_t *j = json_loads(r.out, 0, NULL);
  ck_assert_ptr_nonnull(j);
  mkba_cmd_free(&r);
  return j;
}

START_TEST(no_private_copies_of_the_value_bank) {
  json_t *costs = json_of("costs --json"), *plugins = json_of("list --json"), *p, *c, *q;
  size_t i, j, k;
  int checked = 0;
  json_array_foreach(plugins, i, p) {
    char args[256];
    snprintf(args, sizeof args, "describe %s --json",
             json_string_value(json_object_get(p, "name")));
    json_t *d = json_of(args);
    json_array_foreach(json_object_get(d, "parameters"), j, q) {
      if (json_object_get(q, "unit_cost") || !json_is_integer(json_object_get(q, "price_year")))
        continue; /* tied to the bank, or not an amount */
      double v = json_number_value(json_object_get(q, "default"));
      json_array_foreach(costs, k, c) ck_assert_msg(
          v != json_number_value(json_object_get(c, "amount")),
          "%s: parameter %s repeats the value bank's %s (%g); refer to it with .unit_cost",
          json_string_value(json_object_get(p, "name")),
          json_string_value(json_object_get(q, "key")), json_string_value(json_object_get(c, "id")),
          v);
      checked++;
    }
    json_decref(d);
  }
  ck_assert_int_gt(checked, 0);
  json_decref(costs);
  json_decref(plugins);
}
END_TEST

/*
 * Each text a Dutch report shows has its Dutch wording in object o (and
 * below it): "source", "includes", "range_source", "basis" and "definition"
 * each have a twin "<key>_nl".  file: for the message.  Returns the texts
 * checked.
 */
static int twins_in(const json_t *o, const char *file) {
  static const char *const keys[] = {"source", "includes", "range_source", "basis", "definition"};
  int n = 0;
  if (json_is_array(o)) {
    size_t i;
    json_t *v;
    json_array_foreach(o, i, v) n += twins_in(v, file);
    return n;
  }
  if (!json_is_object(o))
    return 0;
  for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
    if (!json_is_string(json_object_get(o, keys[k])))
      continue;
    char twin[64];
    snprintf(twin, sizeof twin, "%s_nl", keys[k]);
    ck_assert_msg(json_is_string(json_object_get(o, twin)), "%s: \"%s\" \"%.60s\" has no \"%s\"",
                  file, keys[k], json_string_value(json_object_get(o, keys[k])), twin);
    n++;
  }
  const char *key;
  json_t *v;
  json_object_foreach((json_t *)o, key, v) n += twins_in(v, file);
  return n;
}

/*
 * A Dutch report is wholly Dutch: every parameter of every shipped plugin
 * has its source in Dutch (ABI 1.3 source_nl), and so has every text of the
 * value bank, the price index and the region files.
 */
START_TEST(every_source_in_both_languages) {
  json_t *plugins = json_of("list --json"), *p, *q;
  size_t i, j;
  int params = 0;
  json_array_foreach(plugins, i, p) {
    char args[256];
    snprintf(args, sizeof args, "describe %s --json",
             json_string_value(json_object_get(p, "name")));
    json_t *d = json_of(args);
    json_array_foreach(json_object_get(d, "parameters"), j, q) {
      ck_assert_msg(json_is_string(json_object_get(q, "source_nl")),
                    "%s: parameter %s has no Dutch source (.source_nl)",
                    json_string_value(json_object_get(p, "name")),
                    json_string_value(json_object_get(q, "key")));
      params++;
    }
    json_decref(d);
  }
  json_decref(plugins);
  ck_assert_int_gt(params, 150);
  const char *dir = getenv("MKBA_DATA_DIR");
  ck_assert_ptr_nonnull(dir);
  char path[4096];
  int texts = 0, regions = 0;
  const char *files[] = {"unit_costs.json", "cpi.json"};
  for (size_t f = 0; f < 2; f++) {
    snprintf(path, sizeof path, "%s/%s", dir, files[f]);
    json_t *doc = json_load_file(path, 0, NULL);
    ck_assert_msg(doc != NULL, "cannot read %s", path);
    texts += twins_in(doc, path);
    json_decref(doc);
  }
  snprintf(path, sizeof path, "%s/regions", dir);
  DIR *dp = opendir(path);
  ck_assert_ptr_nonnull(dp);
  for (struct dirent *e; (e = readdir(dp)) != NULL;) {
    size_t len = strlen(e->d_name);
    if (len < 6 || strcmp(e->d_name + len - 5, ".json"))
      continue;
    char file[8192];
    snprintf(file, sizeof file, "%s/%s", path, e->d_name);
    json_t *doc = json_load_file(file, 0, NULL);
    ck_assert_msg(doc != NULL, "cannot read %s", file);
    texts += twins_in(doc, file);
    json_decref(doc);
    regions++;
  }
  closedir(dp);
  ck_assert_int_ge(regions, 44);
  ck_assert_int_gt(texts, 300);
}
END_TEST

/* The plugins of the library with defaults of their own (not cashflow, markov). */
static json_t *library(void) {
  json_t *all = json_of("list --json"), *out = json_array(), *p;
  size_t i;
  json_array_foreach(all, i, p) {
    const char *name = json_string_value(json_object_get(p, "name"));
    if (strcmp(name, "cashflow") && strcmp(name, "markov"))
      json_array_append_new(out, json_string(name));
  }
  json_decref(all);
  ck_assert_int_ge(json_array_size(out), 14);
  return out;
}

/* The results of plugin `name` with its defaults in `region`, 2025-2034. */
static json_t *default_run(const char *name, const char *region) {
  char text[512];
  snprintf(text, sizeof text,
           "{\"region\": \"%s\", \"start_year\": 2025, \"horizon_years\": 10, "
           "\"interventions\": [{\"plugin\": \"%s\"}], \"uncertainty\": {\"draws\": 0}}",
           region, name);
  return mkba_test_results(text, "--no-sensitivity");
}

/*
 * Every plugin's programme size follows its region: the default result in
 * Amsterdam differs from Almere's and from the national one.
 */
START_TEST(every_plugin_depends_on_its_region) {
  json_t *names = library(), *n;
  size_t i;
  json_array_foreach(names, i, n) {
    const char *name = json_string_value(n);
    double npv[3];
    const char *regions[] = {"nederland", "amsterdam", "almere"};
    for (int k = 0; k < 3; k++) {
      json_t *r = default_run(name, regions[k]);
      npv[k] = mkba_test_num(r, "summary/npv");
      json_decref(r);
    }
    ck_assert_msg(npv[0] != npv[1] && npv[1] != npv[2] && npv[0] != npv[2],
                  "%s: NPV %g nationally, %g in Amsterdam, %g in Almere", name, npv[0], npv[1],
                  npv[2]);
  }
  json_decref(names);
}
END_TEST

/*
 * One booking convention in every default run: no category has negative
 * costs or (outside well-being) negative benefits, a plugin that saves
 * shelter costs the homes people move to, and the resources the
 * interventions share carry the same category id across the library, so
 * that an overlap between two plugins is seen.
 */
START_TEST(one_booking_convention) {
  json_t *names = library(), *n, *c;
  size_t i, k;
  const char *shared[] = {"opvang", "wonen", "politie_justitie", "begeleiding"};
  int uses[4] = {0};
  json_array_foreach(names, i, n) {
    const char *name = json_string_value(n);
    json_t *r = default_run(name, "nederland");
    double shelter_saved = 0, homes = 0;
    json_array_foreach(json_object_get(r, "categories"), k, c) {
      const char *id = json_string_value(json_object_get(c, "id"));
      double cost = json_number_value(json_object_get(c, "undiscounted_costs"));
      double ben = json_number_value(json_object_get(c, "undiscounted_benefits"));
      ck_assert_msg(cost >= -1e-6, "%s, category %s: negative costs %g", name, id, cost);
      ck_assert_msg(ben >= -1e-6 || strncmp(id, "kwaliteit_van_leven", 19) == 0,
                    "%s, category %s: negative benefits %g (a resource used is a cost)", name, id,
                    ben);
      for (int s = 0; s < 4; s++)
        uses[s] += strcmp(id, shared[s]) == 0;
      if (!strcmp(id, "opvang") || !strcmp(id, "jongerenopvang") || !strcmp(id, "beschermd_wonen"))
        shelter_saved += ben;
      if (!strcmp(id, "wonen"))
        homes += cost;
    }
    /* Whoever leaves shelter lives somewhere: every housed person-year costs a home. */
    ck_assert_msg(shelter_saved <= 0 || homes > 0,
                  "%s saves %g of shelter but costs no home (category \"wonen\")", name,
                  shelter_saved);
    json_decref(r);
  }
  for (int s = 0; s < 4; s++)
    ck_assert_msg(uses[s] >= 2, "category \"%s\" is used by %d plugins", shared[s], uses[s]);
  json_decref(names);
}
END_TEST

int main(void) {
  Suite *s = suite_create("library");
  TCase *tc = tcase_create("library");
  tcase_set_timeout(tc, 600);
  tcase_add_test(tc, no_private_copies_of_the_value_bank);
  tcase_add_test(tc, every_plugin_depends_on_its_region);
  tcase_add_test(tc, one_booking_convention);
  tcase_add_test(tc, every_source_in_both_languages);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
