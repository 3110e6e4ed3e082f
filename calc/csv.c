/*
 * csv.c - results as one long ("tidy") CSV table, built from the results
 * document so that CSV and JSON always agree.
 *
 * Dutch Excel opens a file by its regional settings: ';' between fields
 * and ',' as the decimal separator.  So with --lang nl (the default) the
 * CSV uses ';' and decimal commas; with --lang en it uses ',' and decimal
 * points.  It starts with a UTF-8 byte order mark so Excel reads "€" and
 * "ë" correctly, and ends lines with CRLF (RFC 4180).  Numbers carry 15
 * significant digits, all that Excel keeps.
 *
 * Columns: table, intervention, id, label, year, measure, value.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"

typedef struct buf {
  char *s;
  size_t n, cap;
  int failed;
  char sep;   /* field separator */
  char point; /* decimal separator */
} buf;

static void put(buf *b, const char *s, size_t n) {
  if (b->failed)
    return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = (b->cap + n + 1) * 2;
    char *ns = realloc(b->s, cap);
    if (!ns) {
      b->failed = 1;
      return;
    }
    b->s = ns;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
}

static void puts_(buf *b, const char *s) { put(b, s, strlen(s)); }

/* A text field, quoted when it holds a separator, quote or line break. */
static void field(buf *b, const char *s) {
  if (!s)
    s = "";
  if (!strchr(s, b->sep) && !strpbrk(s, "\"\r\n")) {
    puts_(b, s);
    return;
  }
  put(b, "\"", 1);
  for (const char *p = s; *p; p++) {
    if (*p == '"')
      put(b, "\"", 1);
    put(b, p, 1);
  }
  put(b, "\"", 1);
}

static void number(buf *b, const json_t *v) {
  if (json_is_integer(v)) {
    char t[32];
    snprintf(t, sizeof t, "%lld", (long long)json_integer_value(v));
    puts_(b, t);
  } else if (json_is_real(v)) {
    char t[64];
    snprintf(t, sizeof t, "%.15g", json_real_value(v));
    for (char *p = t; *p; p++)
      if (*p == '.')
        *p = b->point;
    puts_(b, t);
  } else if (json_is_string(v)) {
    field(b, json_string_value(v));
  } /* null: an empty field */
}

static void row(buf *b, const char *table, const char *iv, const char *id, const char *label,
                const json_t *year, const char *measure, const json_t *value) {
  char sep[2] = {b->sep, 0};
  field(b, table);
  puts_(b, sep);
  field(b, iv);
  puts_(b, sep);
  field(b, id);
  puts_(b, sep);
  field(b, label);
  puts_(b, sep);
  if (year)
    number(b, year);
  puts_(b, sep);
  field(b, measure);
  puts_(b, sep);
  number(b, value);
  puts_(b, "\r\n");
}

/* Every numeric or string member of `o` but the listed identity keys. */
static void members(buf *b, const char *table, const char *iv, const json_t *o, const char *id_key,
                    const char *label_key, const char *year_key) {
  const char *id = id_key ? json_string_value(json_object_get(o, id_key)) : NULL;
  const char *label = label_key ? json_string_value(json_object_get(o, label_key)) : NULL;
  const json_t *year = year_key ? json_object_get(o, year_key) : NULL;
  const char *key;
  json_t *v;
  json_object_foreach((json_t *)o, key, v) {
    if ((id_key && !strcmp(key, id_key)) || (label_key && !strcmp(key, label_key)) ||
        (year_key && !strcmp(key, year_key)))
      continue;
    if (json_is_number(v) || json_is_null(v) || json_is_string(v))
      row(b, table, iv, id, label, year, key, v);
  }
}

static void list(buf *b, const char *table, const char *iv, const json_t *arr, const char *id_key,
                 const char *label_key, const char *year_key) {
  size_t k;
  json_t *o;
  json_array_foreach(arr, k, o) members(b, table, iv, o, id_key, label_key, year_key);
}

/* The tables of one results level: the package or one intervention. */
static void level(buf *b, const json_t *r, const char *iv, int en) {
  members(b, en ? "summary" : "samenvatting", iv, json_object_get(r, "summary"), NULL, NULL, NULL);
  members(b, en ? "undiscounted" : "ongedisconteerd", iv, json_object_get(r, "undiscounted"), NULL,
          NULL, NULL);
  list(b, en ? "perspectives" : "perspectieven", iv, json_object_get(r, "perspectives"), "id",
       "label", NULL);
  list(b, en ? "actors" : "actoren", iv, json_object_get(r, "actors"), "id", "label", NULL);
  list(b, en ? "categories" : "categorieen", iv, json_object_get(r, "categories"), "id", "label",
       NULL);
  list(b, en ? "transfers" : "overdrachten", iv, json_object_get(r, "transfers"), "category",
       "label", NULL);
  list(b, en ? "years" : "jaren", iv, json_object_get(r, "years"), NULL, NULL, "year");
  list(b, en ? "outcomes" : "effecten", iv, json_object_get(r, "outcomes"), "id", "label", NULL);
  list(b, en ? "pm_items" : "pm_posten", iv, json_object_get(r, "pm_items"), NULL, "label", NULL);
  list(b, en ? "discounting" : "discontering", iv, json_object_get(r, "discount_sensitivity"), "id",
       "label", NULL);
}

char *mkba_results_csv(const json_t *r, const char *lang) {
  int en = lang && !strcmp(lang, "en");
  buf b = {NULL, 0, 0, 0, en ? ',' : ';', en ? '.' : ','};
  puts_(&b, "\xEF\xBB\xBF");
  const char *head[] = {"table", "intervention", "id", "label", "year", "measure", "value"};
  const char *kop[] = {"tabel", "interventie", "id", "label", "jaar", "maat", "waarde"};
  for (int k = 0; k < 7; k++) {
    if (k)
      put(&b, &b.sep, 1);
    puts_(&b, en ? head[k] : kop[k]);
  }
  puts_(&b, "\r\n");
  const char *pkg = en ? "package" : "pakket";
  list(&b, en ? "ranking" : "rangorde", pkg, json_object_get(r, "ranking"), "intervention", "label",
       NULL);
  json_t *w;
  size_t k;
  json_array_foreach(json_object_get(r, "warnings"), k, w) {
    const char *msg =
        json_string_value(json_object_get(json_object_get(w, "message"), en ? "en" : "nl"));
    json_t *code = json_object_get(w, "code");
    row(&b, en ? "warnings" : "waarschuwingen", pkg, json_string_value(code), msg, NULL,
        en ? "warning" : "waarschuwing", code);
  }
  level(&b, r, pkg, en);
  json_t *iv;
  json_array_foreach(json_object_get(r, "interventions"), k, iv) {
    char name[320];
    snprintf(name, sizeof name, "%zu: %s", k, json_string_value(json_object_get(iv, "label")));
    level(&b, iv, name, en);
  }
  const json_t *u = json_object_get(r, "uncertainty");
  if (json_is_object(u)) {
    const char *t = en ? "uncertainty" : "onzekerheid";
    members(&b, t, pkg, u, NULL, NULL, NULL);
    list(&b, t, pkg, json_object_get(u, "actors"), "id", NULL, NULL);
  }
  list(&b, en ? "sensitivity" : "gevoeligheid", pkg, json_object_get(r, "sensitivity"), "parameter",
       "label", NULL);
  list(&b, en ? "switching_values" : "omslagwaarden", pkg, json_object_get(r, "switching"),
       "parameter", "label", NULL);
  list(&b, en ? "parameters" : "parameters", pkg, json_object_get(r, "parameters"), "parameter",
       "label", NULL);
  json_t *var;
  json_array_foreach(json_object_get(r, "variants"), k, var) {
    const char *id = json_string_value(json_object_get(var, "id"));
    const char *t = en ? "variants" : "varianten";
    char name[160];
    snprintf(name, sizeof name, "%s: %s", en ? "variant" : "variant", id ? id : "?");
    members(&b, t, name, json_object_get(var, "summary"), NULL, NULL, NULL);
    list(&b, t, name, json_object_get(var, "actors"), "id", "label", NULL);
  }
  const json_t *bias = json_object_get(r, "optimism_bias");
  if (json_is_object(bias)) {
    const char *t = "optimism_bias";
    members(&b, t, pkg, json_object_get(bias, "summary"), NULL, NULL, NULL);
    list(&b, t, pkg, json_object_get(bias, "actors"), "id", "label", NULL);
  }
  if (b.failed) {
    free(b.s);
    return NULL;
  }
  return b.s;
}
