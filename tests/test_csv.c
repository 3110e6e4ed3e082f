/*
 * test_csv.c - results.csv holds every number of results.json, one per row,
 * in a value column that holds numbers only; its codes are Dutch in the
 * Dutch file and English in the English one; the correlations a scenario
 * asks for appear in both files with what they gave.
 *
 * Each scenario runs twice, `--lang nl` and `--lang en`, into output
 * directories; the two CSV files then have the same rows in the same order,
 * which lets the tests compare them row by row.
 */
#include <ctype.h>

#include "mkba_test.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define NCOL 12
enum { TABLE, IV, ID, LABEL, ACTOR, YEAR, MEASURE, VALUE, UNIT, SOURCE, CONF, NOTE };

/* realloc that keeps the test honest: a failed allocation fails the test. */
static char *grow(char *s, size_t cap) {
  char *grown = realloc(s, cap);
  ck_assert_ptr_nonnull(grown);
  return grown;
}

static const char *const head_nl[NCOL] = {
    "tabel", "interventie", "id",      "label", "actor",           "jaar",
    "maat",  "waarde",      "eenheid", "bron",  "betrouwbaarheid", "toelichting"};
static const char *const head_en[NCOL] = {"table", "intervention", "id",         "label",
                                          "actor", "year",         "measure",    "value",
                                          "unit",  "source",       "confidence", "note"};

/* Codes spelled the same in Dutch and English; any other shared code is a leak. */
static const char *const same_in_both[] = {"scenario", "parameters", "histogram", "evpi",
                                           "evppi",    "uniform",    "pert",      "beta",
                                           "gamma",    "overlap",    NULL};

static int strict_number(const char *s, char point, double *x);

/* A parsed CSV file: rows of NCOL fields (the header is row 0). */
typedef struct csv {
  char ***row;
  size_t n;
  char *text;       /* the file as read */
  double *val, *yr; /* [n] the value and year columns as numbers (NAN: none) */
} csv;

/*
 * Parse an RFC 4180 file with separator `sep`: a UTF-8 byte order mark,
 * CRLF after every row, quoted fields with doubled quotes.  Fails the test
 * on a bare line feed or a row without exactly NCOL fields.
 */
static csv parse(char *text, char sep) {
  csv c = {NULL, 0, text, NULL, NULL};
  ck_assert_msg(strncmp(text, "\xEF\xBB\xBF", 3) == 0, "no byte order mark");
  const char *p = text + 3;
  size_t cap = 0;
  while (*p) {
    char **f = calloc(NCOL, sizeof *f);
    int k = 0;
    for (;;) {
      size_t cap2 = 64, len = 0;
      char *s = malloc(cap2);
      if (*p == '"') {
        for (p++; !(*p == '"' && p[1] != '"'); p++) {
          ck_assert_msg(*p, "unterminated quote in row %zu", c.n);
          if (*p == '"')
            p++;
          if (len + 2 > cap2)
            s = grow(s, cap2 *= 2);
          s[len++] = *p;
        }
        p++;
      } else {
        for (; *p && *p != sep && *p != '\r' && *p != '\n'; p++) {
          if (len + 2 > cap2)
            s = grow(s, cap2 *= 2);
          s[len++] = *p;
        }
      }
      s[len] = '\0';
      ck_assert_msg(k < NCOL, "row %zu has more than %d fields", c.n, NCOL);
      f[k++] = s;
      if (*p == sep) {
        p++;
        continue;
      }
      ck_assert_msg(p[0] == '\r' && p[1] == '\n', "row %zu does not end in CRLF", c.n);
      p += 2;
      break;
    }
    ck_assert_msg(k == NCOL, "row %zu has %d fields, not %d", c.n, k, NCOL);
    if (c.n == cap)
      c.row = realloc(c.row, (cap = cap ? 2 * cap : 1024) * sizeof *c.row);
    c.row[c.n++] = f;
  }
  c.val = malloc((c.n + 1) * sizeof *c.val);
  c.yr = malloc((c.n + 1) * sizeof *c.yr);
  for (size_t i = 0; i < c.n; i++) {
    if (i == 0 || !strict_number(c.row[i][VALUE], sep == ';' ? ',' : '.', &c.val[i]))
      c.val[i] = NAN;
    if (i == 0 || !strict_number(c.row[i][YEAR], '.', &c.yr[i]))
      c.yr[i] = NAN;
  }
  return c;
}

/* Free a parsed file and its text. */
static void csv_free(csv *c) {
  for (size_t i = 0; i < c->n; i++) {
    for (int k = 0; k < NCOL; k++)
      free(c->row[i][k]);
    free(c->row[i]);
  }
  free(c->row);
  free(c->text);
  free(c->val);
  free(c->yr);
}

/*
 * Parse a value field: optional minus, digits, the decimal separator
 * `point` with digits, an optional exponent; nothing else (no grouping, no
 * blanks, no text).  Returns 1 and the number in *x, or 0.
 */
static int strict_number(const char *s, char point, double *x) {
  const char *p = s;
  char buf[64];
  size_t n = 0;
  if (*p == '-')
    buf[n++] = *p++;
  if (!isdigit((unsigned char)*p))
    return 0;
  while (isdigit((unsigned char)*p) && n < 60)
    buf[n++] = *p++;
  if (*p == point) {
    buf[n++] = '.';
    p++;
    if (!isdigit((unsigned char)*p))
      return 0;
    while (isdigit((unsigned char)*p) && n < 60)
      buf[n++] = *p++;
  }
  if (*p == 'e' || *p == 'E') {
    buf[n++] = *p++;
    if (*p == '+' || *p == '-')
      buf[n++] = *p++;
    if (!isdigit((unsigned char)*p))
      return 0;
    while (isdigit((unsigned char)*p) && n < 60)
      buf[n++] = *p++;
  }
  if (*p || n >= 60)
    return 0;
  buf[n] = '\0';
  *x = strtod(buf, NULL);
  return 1;
}

/* One scenario's outputs in both languages. */
typedef struct pair {
  json_t *json_nl, *json_en;
  csv nl, en;
} pair;

/* Read DIR/NAME as parsed JSON (new reference). */
static json_t *load_json(const char *dir, const char *name) {
  char p[4400];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  json_error_t e;
  json_t *j = json_load_file(p, 0, &e);
  ck_assert_msg(j != NULL, "%s: %s", p, e.text);
  return j;
}

/* Run scenario file `path` with `--lang LANG -o TMP/LANG`; its results and CSV. */
static void run_lang(const char *tmp, const char *path, const char *lang, json_t **json, csv *c) {
  char out[4300], args[9000];
  snprintf(out, sizeof out, "%s/%s", tmp, lang);
  snprintf(args, sizeof args, "run '%s' -o '%s' --lang %s", path, out, lang);
  mkba_cmd r = mkba_run_cmd(args);
  ck_assert_msg(r.status == 0, "mkba failed (%d): %s", r.status, r.err);
  mkba_cmd_free(&r);
  *json = load_json(out, "results.json");
  char p[4400];
  snprintf(p, sizeof p, "%s/results.csv", out);
  char *text = mkba_test_slurp(p);
  ck_assert_ptr_nonnull(text);
  *c = parse(text, strcmp(lang, "en") ? ';' : ',');
}

/* Run scenario file `path` in both languages. */
static pair run_pair(const char *path) {
  pair p;
  char *tmp = mkba_test_tmpdir();
  run_lang(tmp, path, "nl", &p.json_nl, &p.nl);
  run_lang(tmp, path, "en", &p.json_en, &p.en);
  char cmd[4400];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
  ck_assert_int_eq(system(cmd), 0);
  free(tmp);
  return p;
}

/* Free both languages' results and CSV files. */
static void pair_free(pair *p) {
  json_decref(p->json_nl);
  json_decref(p->json_en);
  csv_free(&p->nl);
  csv_free(&p->en);
}

/* A scenario file of the repository: examples/NAME or a report fixture. */
static char *repo_file(const char *env, const char *rel) {
  const char *dir = getenv(env);
  ck_assert_msg(dir != NULL, "%s not set", env);
  size_t len = strlen(dir) + strlen(rel) + 2;
  char *p = malloc(len);
  snprintf(p, len, "%s/%s", dir, rel);
  return p;
}

/*
 * The richest scenario: the variants fixture (three interventions, two
 * variants, optimism bias) with a discount schedule, a variant with its own
 * discount and horizon, and two correlations; written to a temporary file.
 */
static char *rich_scenario(char **tmp) {
  char *src = repo_file("MKBA_TESTS", "../reports/tests/fixtures/scenarios/variants-nl.json");
  json_error_t e;
  json_t *s = json_load_file(src, 0, &e);
  ck_assert_msg(s != NULL, "%s: %s", src, e.text);
  free(src);
  json_t *extra = json_loads(
      "{\"discount\": {\"schedule\": [{\"from\": 0, \"rate\": 0.028}, {\"from\": 5, \"rate\": "
      "0.018}]}, \"correlations\": [{\"parameters\": [\"0:effect_housing\", "
      "\"0:effect_tenancy\"], \"rank\": 0.6}, {\"parameters\": [\"0:effect_housing\", "
      "\"1:effect\"], \"rank\": -0.3}], \"variant\": {\"id\": \"kort\", \"label\": \"Kort\", "
      "\"horizon_years\": 6, \"discount\": {\"rate\": 0.03}, \"params\": {\"2:effect\": 0.2}}}",
      0, &e);
  ck_assert_ptr_nonnull(extra);
  json_object_set(s, "discount", json_object_get(extra, "discount"));
  json_object_set(json_object_get(s, "uncertainty"), "correlations",
                  json_object_get(extra, "correlations"));
  json_array_append(json_object_get(s, "variants"), json_object_get(extra, "variant"));
  char *text = json_dumps(s, JSON_INDENT(1));
  *tmp = mkba_test_tmpdir();
  char *path = mkba_test_write(*tmp, "rich.json", text);
  free(text);
  json_decref(extra);
  json_decref(s);
  return path;
}

/* Remove the rich scenario's file and directory (from rich_scenario). */
static void rich_free(char *path, char *tmp) {
  unlink(path);
  rmdir(tmp);
  free(path);
  free(tmp);
}

/* ---- every number of results.json in the CSV -------------------------------- */

/* The English tables that hold the numbers of each member of the document. */
static const char *const sections[][12] = {
    {"scenario", "scenario"},
    {"ranking", "ranking"},
    {"warnings", "warnings"},
    {"summary", "summary"},
    {"undiscounted", "undiscounted"},
    {"perspectives", "perspectives"},
    {"actors", "actors"},
    {"categories", "categories"},
    {"transfers", "transfers"},
    {"years", "years"},
    {"outcomes", "outcomes"},
    {"pm_items", "pm_items"},
    {"discount_sensitivity", "discount_sensitivity"},
    {"qaly_value", "qaly_value"},
    {"interventions", "interventions", "summary", "undiscounted", "perspectives", "actors",
     "categories", "transfers", "years", "outcomes", "pm_items", "discount_sensitivity"},
    {"parameters", "parameters"},
    {"regional_figures", "regional_figures"},
    {"uncertainty", "uncertainty", "histogram", "quantiles", "correlations", "evppi"},
    {"sensitivity", "sensitivity"},
    {"switching", "switching_values"},
    {"variants", "variants"},
    {"optimism_bias", "optimism_bias"},
    {"provenance", "provenance"},
};

/* The tables of document member `key`, or NULL. */
static const char *const *tables_of(const char *key) {
  for (size_t k = 0; k < sizeof sections / sizeof sections[0]; k++)
    if (!strcmp(sections[k][0], key))
      return sections[k] + 1;
  return NULL;
}

/* Equal within what 15 significant digits keep. */
static int close_to(double a, double b) {
  return fabs(a - b) <= 1e-13 * fmax(fabs(a), fabs(b)) || a == b;
}

/*
 * Does a row of one of `tables`, of intervention `iv` (a "K: " prefix, or
 * NULL for any), hold x in its value or year column?
 */
static int in_csv(const csv *c, const char *const *tables, const char *iv, double x) {
  for (size_t i = 1; i < c->n; i++) {
    char **f = c->row[i];
    if (!close_to(c->val[i], x) && c->yr[i] != x)
      continue;
    if (iv && strncmp(f[IV], iv, strlen(iv)))
      continue;
    for (int t = 0; t < 11 && tables[t]; t++)
      if (!strcmp(f[TABLE], tables[t]))
        return 1;
  }
  return 0;
}

/* Does a row of one of `tables` belong to intervention k (interventie "K: ...")? */
static int names_intervention(const csv *c, const char *const *tables, long long k) {
  char prefix[32];
  snprintf(prefix, sizeof prefix, "%lld: ", k);
  for (size_t i = 1; i < c->n; i++)
    for (int t = 0; t < 11 && tables[t]; t++)
      if (!strcmp(c->row[i][TABLE], tables[t]) && !strncmp(c->row[i][IV], prefix, strlen(prefix)))
        return 1;
  return 0;
}

/*
 * Walk value v at `path` (under document member `top`): every number must
 * be in the CSV.  `iv` narrows the rows to one intervention's.  An
 * intervention's index ("index", or "intervention" as an integer) is its
 * identity: the CSV names it in the interventie column.  *count counts the
 * numbers checked.
 */
static void walk(const csv *c, const json_t *v, const char *top, const char *path, const char *iv,
                 const char *key, long *count) {
  const char *const *tables = tables_of(top);
  char sub[1024], prefix[32];
  if (json_is_object(v)) {
    const char *k;
    json_t *x;
    json_object_foreach((json_t *)v, k, x) {
      snprintf(sub, sizeof sub, "%s/%s", path, k);
      walk(c, x, top, sub, iv, k, count);
    }
  } else if (json_is_array(v)) {
    size_t i;
    json_t *x;
    json_array_foreach((json_t *)v, i, x) {
      snprintf(sub, sizeof sub, "%s/%zu", path, i);
      /* The per-intervention results: only that intervention's rows. */
      if (!strcmp(path, "/interventions"))
        snprintf(prefix, sizeof prefix, "%zu: ", i);
      walk(c, x, top, sub, !strcmp(path, "/interventions") ? prefix : iv, NULL, count);
    }
  } else if (json_is_number(v)) {
    ck_assert_msg(tables != NULL, "%s: no CSV table holds the numbers of \"%s\"", path, top);
    (*count)++;
    if (key && json_is_integer(v) && strcmp(top, "interventions") &&
        (!strcmp(key, "index") || !strcmp(key, "intervention")))
      ck_assert_msg(names_intervention(c, tables, (long long)json_integer_value(v)),
                    "%s: intervention %lld is not named in the CSV", path,
                    (long long)json_integer_value(v));
    else
      ck_assert_msg(in_csv(c, tables, iv, json_number_value(v)), "%s = %.17g is not in the CSV",
                    path, json_number_value(v));
  }
}

/* Every number of the English results document is in the English CSV. */
static void every_number(const pair *p) {
  long count = 0;
  const char *k;
  json_t *x;
  json_object_foreach(p->json_en, k, x) {
    char path[256];
    snprintf(path, sizeof path, "/%s", k);
    walk(&p->en, x, k, path, NULL, k, &count);
  }
  ck_assert_int_gt(count, 100);
}

/*
 * Both files: twelve columns under the right header, the same rows, and a
 * value column of numbers only (Dutch decimal comma, English decimal point,
 * never a grouping separator), equal row by row.
 */
static void numbers_only(const pair *p) {
  for (int k = 0; k < NCOL; k++) {
    ck_assert_str_eq(p->nl.row[0][k], head_nl[k]);
    ck_assert_str_eq(p->en.row[0][k], head_en[k]);
  }
  ck_assert_int_eq(p->nl.n, p->en.n);
  ck_assert_int_gt(p->nl.n, 100);
  for (size_t i = 1; i < p->nl.n; i++) {
    double a, b;
    ck_assert_msg(strict_number(p->nl.row[i][VALUE], ',', &a),
                  "Dutch row %zu (%s %s): value \"%s\" is not a number", i, p->nl.row[i][TABLE],
                  p->nl.row[i][MEASURE], p->nl.row[i][VALUE]);
    ck_assert_msg(strict_number(p->en.row[i][VALUE], '.', &b),
                  "English row %zu (%s %s): value \"%s\" is not a number", i, p->en.row[i][TABLE],
                  p->en.row[i][MEASURE], p->en.row[i][VALUE]);
    ck_assert_msg(a == b, "row %zu: %s (nl) != %s (en)", i, p->nl.row[i][VALUE],
                  p->en.row[i][VALUE]);
    ck_assert_str_eq(p->nl.row[i][YEAR], p->en.row[i][YEAR]);
  }
}

/* Is s a code spelled the same in both languages? */
static int shared_word(const char *s) {
  for (int k = 0; same_in_both[k]; k++)
    if (!strcmp(same_in_both[k], s))
      return 1;
  return 0;
}

/* Is s one of the six Dutch actor ids (or empty)? */
static int actor_id(const char *s) {
  static const char *const ids[] = {
      "",          "gemeente",    "zorgverzekeraar", "rijk",     "woningcorporatie",
      "deelnemer", "samenleving", "maatschappij",    "overheid", NULL};
  for (int k = 0; ids[k]; k++)
    if (!strcmp(ids[k], s))
      return 1;
  return 0;
}

/* Does column `col` of some row of c hold s? */
static int column_has(const csv *c, int col, const char *s) {
  for (size_t i = 1; i < c->n; i++)
    if (!strcmp(c->row[i][col], s))
      return 1;
  return 0;
}

/*
 * Codes in their language: row by row, a table, measure, confidence or
 * kind that is the same in both files must be a word of both languages;
 * and no code of the one file occurs in the other file at all.  Actor ids
 * are the Dutch ones in both.
 */
static void codes_in_language(const pair *p) {
  static const int code_cols[] = {TABLE, MEASURE, CONF};
  for (size_t i = 1; i < p->nl.n; i++) {
    char **nl = p->nl.row[i], **en = p->en.row[i];
    for (size_t k = 0; k < sizeof code_cols / sizeof code_cols[0]; k++) {
      int col = code_cols[k];
      ck_assert_msg(strcmp(nl[col], en[col]) || !*nl[col] || shared_word(nl[col]),
                    "row %zu: code \"%s\" is the same in Dutch and English", i, nl[col]);
      if (i > 1 && !strcmp(nl[col], p->nl.row[i - 1][col]) &&
          !strcmp(en[col], p->en.row[i - 1][col]))
        continue; /* the codes of the row before, checked already */
      ck_assert_msg(!*nl[col] || shared_word(nl[col]) || !column_has(&p->en, col, nl[col]),
                    "Dutch code \"%s\" occurs in the English file", nl[col]);
      ck_assert_msg(!*en[col] || shared_word(en[col]) || !column_has(&p->nl, col, en[col]),
                    "English code \"%s\" occurs in the Dutch file", en[col]);
    }
    /* Kinds in the note: a distribution, a PM item's direction. */
    if ((!strcmp(en[TABLE], "parameters") &&
         (!strcmp(en[MEASURE], "base_value") || !strncmp(en[MEASURE], "dist_", 5))) ||
        !strcmp(en[TABLE], "pm_items"))
      ck_assert_msg(strcmp(nl[NOTE], en[NOTE]) || shared_word(nl[NOTE]),
                    "row %zu: kind \"%s\" is the same in Dutch and English", i, nl[NOTE]);
    /* The top level's name is a code; an intervention's "K: label" or "variant: ID" not. */
    if (!strchr(en[IV], ':'))
      ck_assert_msg(strcmp(nl[IV], en[IV]), "row %zu: level \"%s\" is not translated", i, nl[IV]);
    ck_assert_str_eq(nl[ACTOR], en[ACTOR]);
    ck_assert_msg(actor_id(nl[ACTOR]), "row %zu: actor \"%s\" is not a Dutch actor id", i,
                  nl[ACTOR]);
  }
}

/* All four checks on one scenario file. */
static void check_file(const char *path) {
  pair p = run_pair(path);
  numbers_only(&p);
  every_number(&p);
  codes_in_language(&p);
  pair_free(&p);
}

START_TEST(demo_scenario) {
  char *path = repo_file("MKBA_EXAMPLES", "housing_first.json");
  check_file(path);
  free(path);
}
END_TEST

START_TEST(fourteen_interventions) {
  char *path = repo_file("MKBA_EXAMPLES", "all_interventions_utrecht.json");
  check_file(path);
  free(path);
}
END_TEST

START_TEST(variants_schedule_and_correlations) {
  char *tmp, *path = rich_scenario(&tmp);
  check_file(path);
  rich_free(path, tmp);
}
END_TEST

/* Alternatives: all four checks, and their sum is never called a package. */
START_TEST(alternatives) {
  char *path = repo_file("MKBA_TESTS", "../reports/tests/fixtures/scenarios/alternatives-nl.json");
  check_file(path);
  pair p = run_pair(path);
  for (size_t i = 1; i < p.nl.n; i++) {
    char **f = p.nl.row[i];
    ck_assert_str_ne(f[IV], "pakket");
    if (!strcmp(f[TABLE], "samenvatting") && !strchr(f[IV], ':'))
      ck_assert_str_eq(f[IV], "som_alternatieven");
    if (!strcmp(f[TABLE], "scenario"))
      ck_assert_str_eq(f[IV], "alle_alternatieven");
  }
  pair_free(&p);
  free(path);
}
END_TEST

/* Some rows a reader relies on, by their Dutch codes. */
START_TEST(rows_a_reader_finds) {
  char *tmp, *path = rich_scenario(&tmp);
  pair p = run_pair(path);
  const csv *c = &p.nl;
  int quantiles = 0, bins = 0, per_iv = 0, dist = 0, sources = 0;
  for (size_t i = 1; i < c->n; i++) {
    char **f = c->row[i];
    quantiles += !strcmp(f[TABLE], "kwantielen") && !strcmp(f[MEASURE], "ncw");
    bins += !strcmp(f[TABLE], "histogram") && !strcmp(f[MEASURE], "trekkingen_in_klasse");
    per_iv += !strcmp(f[TABLE], "onzekerheid") &&
              !strcmp(f[IV], "1: Vroegsignalering, 500 "
                             "signalen") &&
              (!strcmp(f[MEASURE], "kans_ncw_positief") || !strcmp(f[MEASURE], "kans_beste"));
    dist += !strcmp(f[TABLE], "parameters") && !strcmp(f[ID], "0:effect_housing") &&
            !strncmp(f[MEASURE], "verdeling_", 10);
    sources += !strcmp(f[TABLE], "parameters") && *f[SOURCE] && *f[CONF];
  }
  ck_assert_int_eq(quantiles, 101);
  ck_assert_int_eq(bins, 40);
  ck_assert_int_eq(per_iv, 2);
  ck_assert_int_eq(dist, 2); /* beta: alfa and beta */
  ck_assert_int_gt(sources, 100);
  pair_free(&p);
  rich_free(path, tmp);
}
END_TEST

/* ---- correlations --------------------------------------------------------- */

/* The CSV row of table/id/measure, or NULL. */
static char **find_row(const csv *c, const char *table, const char *id, const char *measure) {
  for (size_t i = 1; i < c->n; i++)
    if (!strcmp(c->row[i][TABLE], table) && !strcmp(c->row[i][ID], id) &&
        !strcmp(c->row[i][MEASURE], measure))
      return c->row[i];
  return NULL;
}

/* The label of parameter `id` in the results' parameters list. */
static const char *param_label(const json_t *r, const char *id) {
  size_t i;
  json_t *p;
  json_array_foreach(json_object_get(r, "parameters"), i, p) {
    if (!strcmp(json_string_value(json_object_get(p, "parameter")), id))
      return json_string_value(json_object_get(p, "label"));
  }
  ck_abort_msg("no parameter %s", id);
  return NULL;
}

START_TEST(correlations_reported) {
  char *tmp, *path = rich_scenario(&tmp);
  pair p = run_pair(path);
  const json_t *cor = mkba_test_get(p.json_nl, "uncertainty/correlations");
  ck_assert_msg(json_array_size(cor) == 2, "results.json: no uncertainty.correlations");
  static const double asked[2] = {0.6, -0.3};
  static const char *const ids[2] = {"0:effect_housing ~ 0:effect_tenancy",
                                     "0:effect_housing ~ 1:effect"};
  for (int k = 0; k < 2; k++) {
    const json_t *o = json_array_get(cor, (size_t)k);
    ck_assert_double_eq(json_number_value(json_object_get(o, "rank")), asked[k]);
    ck_assert_double_eq_tol(json_number_value(json_object_get(o, "copula_correlation")),
                            2 * sin(M_PI * asked[k] / 6), 1e-12);
    /* The draws carry the rank correlation asked for. */
    ck_assert_double_eq_tol(json_number_value(json_object_get(o, "achieved_rank")), asked[k], 0.07);
    ck_assert_int_eq(json_integer_value(json_object_get(o, "draws_measured")), 2000);
    ck_assert_str_eq(json_string_value(json_array_get(json_object_get(o, "labels"), 1)),
                     param_label(p.json_nl, k ? "1:effect" : "0:effect_tenancy"));
    /* And the CSV has them, in each language. */
    char **nl = find_row(&p.nl, "correlaties", ids[k], "rangcorrelatie_gevraagd");
    char **en = find_row(&p.en, "correlations", ids[k], "rank_asked");
    ck_assert_msg(nl && en, "correlation %d missing from the CSV", k);
    double x;
    ck_assert(strict_number(en[VALUE], '.', &x) && x == asked[k]);
    ck_assert_ptr_nonnull(find_row(&p.nl, "correlaties", ids[k], "rangcorrelatie_bereikt"));
    ck_assert_ptr_nonnull(find_row(&p.en, "correlations", ids[k], "copula_correlation"));
  }
  pair_free(&p);
  rich_free(path, tmp);
  /* Without correlations the document has none to report. */
  json_t *r = mkba_test_results(
      "{\"start_year\": 2025, \"horizon_years\": 2, \"uncertainty\": {\"draws\": 100}, "
      "\"interventions\": [{\"plugin\": \"cashflow\", \"params\": {\"flows\": [{\"actor\": "
      "\"rijk\", \"category\": \"a\", \"kind\": \"benefit\", \"amounts\": [1], \"scale\": "
      "{\"dist\": \"uniform\", \"min\": 0, \"max\": 2}}]}}]}",
      NULL);
  ck_assert_ptr_null(mkba_test_get(r, "uncertainty/correlations"));
  json_decref(r);
}
END_TEST

/* A text field with separators, quotes and line breaks survives quoting. */
START_TEST(text_fields_are_quoted) {
  char *tmp = mkba_test_tmpdir();
  char *path = mkba_test_write(
      tmp, "s.json",
      "{\"title\": \"A; B, \\\"C\\\"\\nD\", \"start_year\": 2025, \"horizon_years\": 2, "
      "\"interventions\": [{\"plugin\": \"cashflow\", \"label\": \"x; y, z\", \"params\": "
      "{\"flows\": [{\"actor\": \"gemeente\", \"category\": \"k\", \"kind\": \"cost\", "
      "\"amounts\": [1234567.5, 0.000012]}]}}]}");
  pair p = run_pair(path);
  ck_assert_ptr_nonnull(find_row(&p.nl, "interventies", "", "volgnummer"));
  int seen = 0;
  for (size_t i = 1; i < p.nl.n; i++)
    if (!strcmp(p.nl.row[i][TABLE], "scenario")) {
      ck_assert_str_eq(p.nl.row[i][LABEL], "A; B, \"C\"\nD");
      seen++;
    }
  ck_assert_int_gt(seen, 0);
  ck_assert_str_eq(p.en.row[1][LABEL], "A; B, \"C\"\nD");
  /* 1234567.5 in Dutch: no thousands separator, a decimal comma. */
  char **r = find_row(&p.nl, "jaren", "", "kosten");
  ck_assert_ptr_nonnull(r);
  ck_assert_str_eq(r[VALUE], "1234567,5");
  pair_free(&p);
  unlink(path);
  rmdir(tmp);
  free(path);
  free(tmp);
}
END_TEST

int main(void) {
  Suite *s = suite_create("csv");
  TCase *tc = tcase_create("csv");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, demo_scenario);
  tcase_add_test(tc, fourteen_interventions);
  tcase_add_test(tc, variants_schedule_and_correlations);
  tcase_add_test(tc, alternatives);
  tcase_add_test(tc, rows_a_reader_finds);
  tcase_add_test(tc, correlations_reported);
  tcase_add_test(tc, text_fields_are_quoted);
  suite_add_tcase(s, tc);
  return mkba_test_main(s);
}
