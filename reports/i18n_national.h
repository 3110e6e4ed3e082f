/*
 * i18n_national.h: the national report's own words in Dutch and English
 * (national.c, national_sections.c, chart_national.c).
 *
 * Only what the standard report's table (i18n.h) does not already say:
 * where a heading or label means the same (Saldo (CW), B/K, Looptijd,
 * Methode, Herkomst ...), the national report takes it from mkba_strings.
 * Templates take {1}..{4} through mkba_tpl(), as there.
 */
#ifndef MKBA_I18N_NATIONAL_H
#define MKBA_I18N_NATIONAL_H

#include "format.h"

/* Every string is UTF-8 and static. */
typedef struct {
  const char *report_kind; /* footer and PDF Subject */
  const char *title_kind;  /* under the title on page 1 */
  /* page 1: what was computed */
  const char *computed_heading;
  const char *f_regions;
  const char *f_regions_value; /* {1} regions, {2} computed */
  const char *f_cells;
  const char *f_cells_value; /* {1} cells: {2} ok, {3} skipped, {4} failed */
  const char *f_draws_value; /* {1} draws */
  const char *f_draws_none;
  const char *f_seed_value; /* {1} the batch seed */
  /* page 1: the conclusion */
  const char *conclusion_heading;
  const char *concl_regions;     /* {1} all, {2} computed, {3} skipped */
  const char *concl_regions_all; /* {1} all */
  const char *concl_regions_none;
  const char *concl_positive;      /* {1} of {2} interventions positive */
  const char *concl_positive_all;  /* {1} interventions */
  const char *concl_positive_none; /* {1} interventions */
  const char *concl_best;          /* {1} best, {2} its NPV/participant */
  const char *concl_worst;         /* {1} worst, {2} its NPV/participant */
  const char *concl_largest;       /* {1} name, {2} national NPV */
  const char *concl_failed;        /* {1} failed cells */
  /* the national totals */
  const char *sec_totals;
  const char *totals_intro; /* {1} price year */
  const char *col_regions_ok;
  const char *col_regions_skipped;
  const char *col_regions_failed;
  const char *col_participants;
  const char *col_npv_pp;
  const char *participants_note;
  const char *skipped_heading;
  const char *skipped_intro;
  const char *col_reason;
  const char *reason_count;  /* {1} the groups */
  const char *reason_failed; /* {1} the engine's message */
  const char *regions_count; /* {1} regions */
  const char *none_computed; /* a panel or row without computed regions */
  const char *national_row;  /* the total row of a per-intervention table */
  /* per intervention */
  const char *sec_by_iv;
  const char *by_iv_intro;
  const char *chart_title;
  const char *chart_sub;       /* {1} price year */
  const char *panel_not_shown; /* {1} regions not computed */
  const char *key_interval;
  const char *key_npv_pp;
  const char *col_region;
  const char *iv_not_computed; /* {1} count, {2} the regions */
  const char *iv_participants; /* {1} unit */
  /* per region */
  const char *sec_by_region;
  const char *by_region_intro;
  const char *col_rank;
  const char *region_heading; /* {1} the region's short name */
  const char *region_skipped_heading;
  const char *region_skipped_intro;
  const char *col_skipped_ivs;
  const char *col_missing;
  const char *all_of; /* {1} of {2} */
  /* method */
  const char *m_project_text;
  const char *m_expected;
  const char *m_expected_text;
  const char *m_uncertainty_none;
  const char *m_seed_cells; /* {1} batch seed */
  const char *m_region_text;
  const char *m_oneway;
  const char *m_oneway_text;
  /* data by region, provenance */
  const char *sec_vintage;
  const char *vintage_intro; /* {1} data version */
  const char *col_version;
  const char *col_sourced;
  const char *col_computed;
  const char *sourced_yes;
  const char *sourced_partly;
  const char *sourced_no;
  const char *prov_batch;
  const char *prov_title;
  const char *prov_cells;
  const char *prov_oneway;
  const char *prov_oneway_no;
  const char *col_plugin;
  const char *col_plugin_version;
} mkba_nat_strings;

/* The national report's strings in lang (static). */
const mkba_nat_strings *mkba_nat_i18n(mkba_lang lang);

/* A target group's name (a count's id in the region files: "inhabitants",
 * "homeless_registered", ...) in lang; an unknown id comes back as itself
 * (id borrowed, may be NULL: ""). */
const char *mkba_nat_group(mkba_lang lang, const char *id);

#endif /* MKBA_I18N_NATIONAL_H */
