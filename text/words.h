/*
 * words.h: the host's own words in Dutch and English, one table per
 * language (library mkba_text, libc only).
 *
 * The host (calc/) writes words of its own around the numbers: the printed
 * summary, the listings of `mkba list`, `describe`, `regions` and `costs`,
 * labels the results document carries in the run's language (actors,
 * target groups, discount regimes, perspectives) and the notes it writes
 * into parameter sources. They all come from here, so a word is written
 * once per language and `lang` is parsed once (mkba_lang, format.h).
 * The report renderer (reports/) has its own words (i18n.h) and takes the
 * actor labels from here.
 *
 * mkba_words is a struct of named strings, so a misspelt key does not
 * compile and a missing one is a NULL that the tests find (they walk the
 * struct as an array of strings and compare the {1}.. placeholders of the
 * two languages). Where a word has {1}, {2}, ... mkba_tpl() fills them in
 * (plain substitution, no printf format from a table). Every string is
 * UTF-8 and static.
 */
#ifndef MKBA_WORDS_H
#define MKBA_WORDS_H

#include <stddef.h>

#include "format.h"

/* The number of actors: the ABI's enum mkba_actor (mkba_plugin.h), in
 * its order; calc/actors.c checks the two agree at compile time. */
#define MKBA_WORDS_N_ACTORS 6

typedef struct {
  /* ---- the six actors (docs/method.md), in the ABI's order ---- */
  const char *actor_gemeente;
  const char *actor_zorgverzekeraar;
  const char *actor_rijk;
  const char *actor_woningcorporatie;
  const char *actor_deelnemer;
  const char *actor_samenleving;

  /* ---- the target groups a region counts (calc/data.c) ---- */
  const char *target_homeless_registered;
  const char *target_homeless_young;
  const char *target_eu_citizens;
  const char *target_bw_clients;
  const char *target_eviction_judgments;
  const char *target_debt_signals;
  const char *target_inhabitants;
  const char *target_homeless_estimate;

  /* ---- the confidence of a number (its id in the JSON: verified,
   * secondary, assumption) ---- */
  const char *conf_verified;
  const char *conf_secondary;
  const char *conf_assumption;

  /* ---- shared words ---- */
  const char *euros_of; /* "prijspeil" before a year: the price level */
  const char *fixed;    /* a parameter without a distribution */

  /* ---- the printed summary of `mkba run` (calc/summary.c) ---- */
  const char *sum_region;        /* before the region's label */
  const char *sum_ranking_intro; /* alternatives: above the ranking */
  const char *sum_col_npv;       /* the ranking's columns */
  const char *sum_col_bcr;
  const char *sum_col_p_best;
  const char *sum_alternatives_note; /* below the ranking */
  const char *sum_pv_costs;
  const char *sum_pv_benefits;
  const char *sum_budget_effects; /* "of which", under the benefits */
  const char *sum_wellbeing;      /* "of which", under the benefits */
  const char *sum_npv;
  const char *sum_without_wellbeing; /* under the net present value */
  const char *sum_bcr;
  const char *sum_payback_year;
  const char *sum_first_year_return;
  const char *sum_irr;
  const char *sum_p_positive;
  const char *sum_col_actor; /* the actor table's columns */
  const char *sum_col_costs;
  const char *sum_col_benefits;
  const char *sum_col_net;
  const char *sum_col_payback;
  const char *sum_warnings;
  const char *sum_footer;

  /* ---- mkba list, describe, regions, costs (calc/cli_info.c) ---- */
  const char *list_hides; /* a plugin that hides another of its name */
  const char *list_none;
  const char *describe_configure; /* a plugin with a model in its params */
  const char *describe_default;
  const char *describe_range;
  const char *describe_national;  /* before a target group's name */
  const char *regions_registered; /* after a count of homeless people */
  const char *regions_sourced;    /* after the number of counts */
  const char *regions_no_count;
  const char *costs_regional; /* a region's own price */
  const char *costs_includes;
  const char *costs_range;

  /* ---- the discount regimes of the results' discount sensitivity
   * (calc/compare.c) ---- */
  const char *regime_std_2020;
  const char *regime_std_2015;
  const char *regime_term_2025;

  /* ---- the perspectives of the results document (calc/results.c) ---- */
  const char *persp_society;
  const char *persp_government;

  /* ---- notes the host adds to a parameter's source (calc/bind.c,
   * calc/configure.c) ---- */
  const char *source_default; /* a value nobody stated: the plugin's */
  /* {1} source, {2} its price year, {3} the run's, {4} the index used
   * (reindex_inflation or reindex_index), {5} the year it is weak from */
  const char *note_reindexed;
  const char *reindex_inflation;
  const char *reindex_index;
  /* {1} source, {2} region, {3} target group, {4} the region's count,
   * {5} its year, {6} its source, {7} the national count, {8} its year,
   * {9} its source */
  const char *note_scaled;

  /* ---- the warnings of the results document, written in both languages
   * (calc/compare.c) ---- */
  /* {1} the interventions, {2} the category, {3} the actors */
  const char *warn_overlap;
  /* {1} whose NPV followed by a space, or nothing; {2} the base case, {3}
   * the standard deviation, {4} the mean (euros) */
  const char *warn_mean;
  const char *warn_mean_package; /* whose NPV: the package's */
  /* whose NPV: {1} intervention index, {2} its label */
  const char *warn_mean_intervention;
} mkba_words;

/* The words of a language (static; lang out of range: Dutch). */
const mkba_words *mkba_words_for(mkba_lang lang);

/*
 * The word at byte offset `at` of w, where `at` is offsetof(mkba_words,
 * field): how a table elsewhere names a word (calc/data.c's target groups),
 * still by a field name the compiler checks. w: borrowed.
 */
static inline const char *mkba_words_at(const mkba_words *w, size_t at) {
  const char *const *p =
      (const char *const *)(const void *)((const char *)w + at);
  return *p;
}

/* The label of actor `actor` (the ABI's enum mkba_actor) in w, or NULL
 * when out of range. w: borrowed. */
const char *mkba_words_actor(const mkba_words *w, int actor);

/* The id of `actor` ("gemeente", ... as the results document writes it),
 * or NULL when out of range. */
const char *mkba_actor_id(int actor);

/* The actor with id `id` (borrowed, may be NULL), or -1. */
int mkba_actor_parse(const char *id);

/*
 * Fill a template: {1}..{4} become a1..a4 (NULL: empty), everything else is
 * copied. buf, len: output (truncated if short); tpl: the template. Returns
 * buf.
 */
char *mkba_tpl(char *buf, size_t len, const char *tpl, const char *a1,
               const char *a2, const char *a3, const char *a4);

/* As mkba_tpl with up to nine arguments (args: n strings, borrowed). */
char *mkba_tpl_n(char *buf, size_t len, const char *tpl,
                 const char *const *args, int n);

#endif /* MKBA_WORDS_H */
