/* check_table.c - check-plugin: the descriptor and the parameter table; see check_stages.h. */
#include "check_stages.h"

#include <ctype.h>
#include <dlfcn.h>
#include <glib.h>
#include <string.h>

#define A MKBA_N_ACTORS

/* ---- stage 1: the descriptor and the parameter table ---------------------- */

/*
 * Split a loader message, which reads "what is wrong; how to fix it", at
 * its last "; ": msg keeps what is wrong, the result points at the fix
 * (inside msg).  NULL, and msg unchanged, when there is no "; ".
 */
static const char *split_fix(char *msg) {
  char *semi = NULL;
  for (char *s = strstr(msg, "; "); s; s = strstr(s + 2, "; "))
    semi = s;
  if (!semi)
    return NULL;
  *semi = '\0';
  return semi + 2;
}

/*
 * 1 when the file is loaded (the loader opened it) but exports no
 * mkba_plugin_entry: a shared object, but not an mkba plugin.
 */
static int loaded_without_entry(const char *path) {
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NOLOAD);
  if (!h)
    return 0;
  int none = dlsym(h, MKBA_ENTRY_SYMBOL) == NULL;
  dlclose(h);
  return none;
}

/* 1 when source text `s` says nothing: a placeholder or a bare "assumption". */
static int says_nothing(const char *s) {
  static const char *const empty[] = {"todo", "tbd", "fixme",  "xxx",     "?",        "-",
                                      "n/a",  "na",  "none",   "unknown", "onbekend", "source",
                                      "bron", "nvt", "n.v.t.", NULL};
  static const char *const prefix[] = {"todo", "tbd", "fixme", "xxx", NULL};
  static const char *const assumption[] = {"assumption", "aanname", NULL};
  while (isspace((unsigned char)*s))
    s++;
  size_t n = strlen(s);
  while (n && isspace((unsigned char)s[n - 1]))
    n--;
  char low[64];
  if (n < 3)
    return 1;
  size_t m = n < sizeof low - 1 ? n : sizeof low - 1;
  for (size_t i = 0; i < m; i++)
    low[i] = (char)tolower((unsigned char)s[i]);
  low[m] = '\0';
  for (int k = 0; empty[k]; k++)
    if (n == strlen(empty[k]) && !strcmp(low, empty[k]))
      return 1;
  for (int k = 0; prefix[k]; k++)
    if (!strncmp(low, prefix[k], strlen(prefix[k])))
      return 1;
  for (int k = 0; assumption[k]; k++) { /* "assumption" or "assumption:" with no reason */
    size_t a = strlen(assumption[k]);
    if (!strncmp(low, assumption[k], a)) {
      const char *rest = s + a;
      size_t left = n - a;
      while (left && (*rest == ':' || isspace((unsigned char)*rest))) {
        rest++;
        left--;
      }
      if (left < 3)
        return 1;
    }
  }
  return 0;
}

/* Property 2: every parameter has a source (or a value-bank row) and a confidence. */
static void check_sources(json_t *doc, const mkba_loaded *p, const mkba_data *data) {
  char no_nl[1024] = "";
  for (uint32_t k = 0; k < p->desc.n_params; k++) {
    const mkba_param *q = &p->params[k];
    if (q->unit_cost && data && !mkba_unit_cost_find(data, q->unit_cost)) {
      mkba_check_verdict(
          doc, MKBA_CHECK_SOURCES, "fail",
          "use a row that `mkba costs` lists, or give the parameter a .source of its own",
          "parameter \"%s\" takes its value from value-bank row \"%s\", which "
          "data/unit_costs.json does not have",
          q->key, q->unit_cost);
      return;
    }
    if (!q->unit_cost && (!q->source || says_nothing(q->source))) {
      mkba_check_verdict(
          doc, MKBA_CHECK_SOURCES, "fail",
          "write where the value comes from: author, title, year and page or URL, or "
          "\"assumption: <why this value>\"",
          "parameter \"%s\" has no real source (\"%s\")", q->key, q->source ? q->source : "");
      return;
    }
    if (q->source_nl && says_nothing(q->source_nl)) {
      mkba_check_verdict(
          doc, MKBA_CHECK_SOURCES, "fail",
          "write the source in Dutch as .source_nl (\"aanname: <waarom>\" for an assumption), "
          "or leave source_nl out",
          "parameter \"%s\" has no real Dutch source (source_nl \"%s\")", q->key, q->source_nl);
      return;
    }
    if (!q->unit_cost && (q->confidence < MKBA_VERIFIED || q->confidence > MKBA_ASSUMPTION)) {
      mkba_check_verdict(doc, MKBA_CHECK_SOURCES, "fail",
                         "set .confidence to MKBA_VERIFIED, MKBA_SECONDARY or MKBA_ASSUMPTION",
                         "parameter \"%s\" has no confidence", q->key);
      return;
    }
    if (!q->unit_cost && !q->source_nl)
      mkba_check_list_add(no_nl, sizeof no_nl, q->key);
  }
  if (no_nl[0])
    mkba_check_verdict(
        doc, MKBA_CHECK_SOURCES, "note",
        "add .source_nl, the source in Dutch (\"aanname: <waarom>\" for an assumption)",
        "every parameter has a source and a confidence, but these have no Dutch source "
        "(source_nl), so the Dutch report shows the English one: %s",
        no_nl);
  else
    mkba_check_verdict(
        doc, MKBA_CHECK_SOURCES, "pass", NULL,
        "every parameter (%u) has a source in English and Dutch, or a value-bank row, and a "
        "confidence",
        p->desc.n_params);
}

/* 1 when `word` occurs in s as a word of its own (letters around it do not count). */
static int has_word(const char *s, const char *word, int ignore_case, int prefix_only) {
  size_t n = strlen(word);
  for (const char *at = s; *at; at++) {
    if (ignore_case ? g_ascii_strncasecmp(at, word, n) : strncmp(at, word, n))
      continue;
    int before = at > s && isalpha((unsigned char)at[-1]);
    int after = isalpha((unsigned char)at[n]);
    if (!before && (prefix_only || !after))
      return 1;
  }
  return 0;
}

/* 1 when a unit is an amount of money: it says EUR, euro(s) or the euro sign. */
static int is_money(const char *unit) {
  return has_word(unit, "EUR", 0, 0) || has_word(unit, "euro", 1, 1) ||
         strstr(unit, "\xe2\x82\xac") != NULL;
}

/* Property 3: units that read well; money with a price year, other numbers without. */
static void check_units(json_t *doc, const mkba_loaded *p) {
  for (uint32_t k = 0; k < p->desc.n_params; k++) {
    const mkba_param *q = &p->params[k];
    const char *u = q->unit ? q->unit : "";
    size_t n = strlen(u);
    int odd = n > 64 || (n && (isspace((unsigned char)u[0]) || isspace((unsigned char)u[n - 1])));
    for (size_t i = 0; i < n && !odd; i++)
      odd = (unsigned char)u[i] < 0x20 || u[i] == 0x7f;
    if (odd || !g_utf8_validate(u, -1, NULL)) {
      mkba_check_verdict(
          doc, MKBA_CHECK_UNITS, "fail",
          "write the unit as a reader sees it in the report, e.g. \"EUR per persoon per "
          "jaar\", \"kans\" or \"personen\" (at most 64 characters, no control characters or "
          "surrounding spaces)",
          "parameter \"%s\" has an unreadable unit \"%s\"", q->key, u);
      return;
    }
    int money = is_money(u);
    if (money && !q->price_year && !q->unit_cost) {
      mkba_check_verdict(
          doc, MKBA_CHECK_UNITS, "fail",
          "set .price_year to the year whose prices the value is in (the host re-indexes it "
          "to the scenario's price level), or take it from the value bank with .unit_cost",
          "parameter \"%s\" is an amount in euros (unit \"%s\") without a price year", q->key, u);
      return;
    }
    if (!money && q->price_year) {
      mkba_check_verdict(
          doc, MKBA_CHECK_UNITS, "fail",
          "set .price_year = 0 for a number that is not money, or say EUR in the unit of an "
          "amount",
          "parameter \"%s\" has price year %d, but its unit \"%s\" is not an amount in euros "
          "(the host would re-index it as money)",
          q->key, q->price_year, u);
      return;
    }
  }
  mkba_check_verdict(
      doc, MKBA_CHECK_UNITS, "pass", NULL,
      "every unit reads well; every amount in euros has a price year or a value-bank row, and "
      "no other number has one");
}

/* Stage 1: load the plugin (abi), then look at its table (sources, units). */
int mkba_check_stage_table(const mkba_check_job *j, json_t *doc, mkba_diag *d) {
  mkba_check_capture cap;
  char head[200];
  const mkba_loaded *p = NULL;
  mkba_diag why = {0};
  int have = mkba_check_capture_begin(&cap) == 0;
  int rc = mkba_plugin_load_path(j->path, 1, &p, &why);
  size_t bytes = have ? mkba_check_capture_end(&cap, head, sizeof head) : 0;
  mkba_check_record_output(doc, "load_output", bytes, have ? head : "");
  if (rc) {
    if (loaded_without_entry(j->path)) {
      json_object_set_new(doc, "not_plugin", json_string(why.msg));
      return 0;
    }
    const char *fix = split_fix(why.msg);
    mkba_check_verdict(doc, MKBA_CHECK_ABI, "fail",
                       fix ? fix : "rebuild the plugin against the mkba_plugin.h of this mkba",
                       "%s", why.msg);
    return 0;
  }
  mkba_check_verdict(
      doc, MKBA_CHECK_ABI, "pass", NULL,
      "built for plugin ABI %u.%u (this mkba: %d.%d); the descriptor and its table of %u "
      "parameter%s pass the loader's checks",
      MKBA_ABI_VERSION_MAJOR(p->desc.abi_version), MKBA_ABI_VERSION_MINOR(p->desc.abi_version),
      MKBA_ABI_MAJOR, MKBA_ABI_MINOR, p->desc.n_params, p->desc.n_params == 1 ? "" : "s");
  json_object_set_new(doc, "name", json_string(p->name));
  json_object_set_new(doc, "configure", json_boolean(p->desc.configure != NULL));
  mkba_data *data = NULL;
  if (mkba_data_load(mkba_data_dir(), &data, d))
    return -1;
  check_sources(doc, p, data);
  check_units(doc, p);
  mkba_data_free(data);
  return 0;
}
