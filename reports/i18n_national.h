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
  const char *concl_best;   /* {1} highest total NPV, {2} it, {3} per unit */
  const char *concl_worst;  /* {1} lowest total NPV, {2} it, {3} per unit */
  const char *concl_units;  /* per-unit values do not compare across units */
  const char *concl_failed; /* {1} failed cells */
  /* the national totals */
  const char *sec_totals;
  const char *totals_intro; /* {1} price year */
  const char *col_regions_skipped;
  const char *col_regions_counts; /* computed / skipped / failed */
  const char *col_participants;
  const char *col_npv_pp;
  const char *participants_note; /* under the totals table: units */
  const char *skipped_heading;
  const char *skipped_intro;
  const char *col_reason;
  const char *reason_count;  /* {1} the groups */
  const char *reason_failed; /* {1} the engine's message */
  const char *none_computed; /* a panel or row without computed regions */
  const char *national_row;  /* the total row of a per-intervention table */
  /* per intervention */
  const char *sec_by_iv;
  const char *by_iv_intro;
  const char *by_iv_same; /* the regions differ only in programme size */
  const char *chart_title;
  const char *chart_sub;       /* {1} price year */
  const char *panel_not_shown; /* {1} regions not computed */
  const char *key_interval;
  const char *col_region;
  const char *iv_not_computed;      /* {1} count, {2} the regions */
  const char *iv_not_computed_same; /* {1} count, {2} the intervention */
  const char *iv_caption; /* {1} size unit, {2} per unit, {3} price year */
  const char *panel_unit; /* {1} "per practice": a panel's unit */
  const char *per_yearly; /* {1} "per person": a unit "per jaar" */
  /* per region */
  const char *sec_by_region;
  const char *by_region_intro; /* {1} price year */
  const char *region_caption;  /* {1} price year */
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
  const char *vintage_mixed; /* the regional and national years differ */
  const char *col_version;
  const char *col_count; /* the target group counted */
  const char *col_count_value;
  const char *col_year;
  const char *col_confidence;
  const char *col_national; /* the national count it was compared with */
  const char *col_computed;
  const char *national_value; /* {1} value, {2} year */
  const char *conf_verified;
  const char *conf_secondary;
  const char *conf_assumption;
  const char *no_count; /* a region that used no count */
  const char *fallback_heading;
  const char *fallback_intro;
  const char *col_own_group;
  const char *col_counted_as;
  const char *col_regions;
  const char *prov_batch;
  const char *prov_title;
  const char *prov_cells;
  const char *prov_oneway;
  const char *prov_oneway_no;
  const char *col_plugin;
  const char *col_plugin_version;
} mkba_nat_strings;

/* A confidence of a count ("verified", "secondary", "assumption") in
 * words of lang; an unknown one comes back as itself (c: may be NULL). */
const char *mkba_nat_confidence(mkba_lang lang, const char *c);

/* "per praktijk", "per persoon per jaar ingestroomd": what a value per
 * unit of programme size is per, from a programme-size unit (Dutch
 * plural, "personen per jaar"), into buf (len bytes) in lang. Returns
 * buf; empty for a NULL or empty unit. */
char *mkba_nat_per_unit(mkba_lang lang, const char *unit, char *buf,
                        size_t len);

/* The national report's strings in lang (static). */
const mkba_nat_strings *mkba_nat_i18n(mkba_lang lang);

/* A target group's name (a count's id in the region files: "inhabitants",
 * "homeless_registered", ...) in lang; an unknown id comes back as itself
 * (id borrowed, may be NULL: ""). */
const char *mkba_nat_group(mkba_lang lang, const char *id);

#endif /* MKBA_I18N_NATIONAL_H */
