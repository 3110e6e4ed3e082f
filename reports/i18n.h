/*
 * i18n.h: the report's own words in Dutch and English.
 *
 * Labels inside the results document are already in the run's language;
 * these are the headings, column names and sentences around them. Where a
 * string has {1}, {2}, ... mkba_tpl() fills them in (plain substitution, so
 * no printf format comes from data).
 */
#ifndef MKBA_I18N_H
#define MKBA_I18N_H

#include <stddef.h>

#include "format.h"

/* Every string is UTF-8 and static. */
typedef struct {
  const char *report_kind;
  const char *page_of;
  const char *made_with;
  const char *sec_summary;
  const char *region;
  const char *period;
  const char *period_value;
  const char *price_level;
  const char *discount;
  const char *discount_fixed;
  const char *discount_step;
  const char *discount_base;
  const char *interventions_word;
  const char *intervention_word;
  const char *kpi_npv;
  const char *kpi_bcr;
  const char *kpi_payback;
  const char *kpi_p;
  const char *kpi_none_payback;
  const char *kpi_none_bcr;
  const char *kpi_none_p;
  const char *kpi_irr;
  const char *sum_costs_benefits;
  const char *sum_positive;
  const char *sum_negative;
  const char *sum_zero;
  const char *sum_bcr;
  const char *sum_payback;
  const char *sum_no_payback;
  const char *sum_uncertainty;
  const char *sum_split;
  const char *sum_fyrr;
  const char *ranking_heading;
  const char *ranking_intro;
  const char *ranking_best;
  const char *col_rank;
  const char *warnings_heading;
  const char *discount_heading;
  const char *discount_intro;
  const char *col_regime;
  const char *alternatives_note;
  const char *per_actor_heading;
  const char *col_actor;
  const char *col_costs_pv;
  const char *col_benefits_pv;
  const char *col_net_pv;
  const char *col_p_positive;
  const char *col_costs_und;
  const char *col_benefits_und;
  const char *col_net_und;
  const char *col_transfers_net;
  const char *row_total_society;
  const char *perspectives_heading;
  const char *transfer_note;
  const char *pv_note;
  const char *undiscounted_line;
  const char *sec_overview;
  const char *overview_intro;
  const char *col_item;
  const char *row_total;
  const char *transfers_heading;
  const char *transfers_intro;
  const char *col_from_to;
  const char *col_pv;
  const char *col_und;
  const char *transfers_none;
  const char *pm_heading;
  const char *col_effect;
  const char *col_direction;
  const char *dir_positive;
  const char *dir_negative;
  const char *dir_unknown;
  const char *pm_none;
  const char *all_actors;
  const char *outcomes_heading;
  const char *col_unit;
  const char *col_baseline;
  const char *col_with;
  const char *col_difference;
  const char *sec_actors;
  const char *actors_intro;
  const char *chart_actors_title;
  const char *chart_money_sub;
  const char *key_costs;
  const char *key_benefits;
  const char *key_transfer;
  const char *key_net;
  const char *axis_left_costs;
  const char *axis_right_benefits;
  const char *sec_years;
  const char *years_intro;
  const char *chart_years_title;
  const char *chart_years_sub;
  const char *key_net_year;
  const char *key_cumulative;
  const char *payback_mark;
  const char *col_year;
  const char *col_factor;
  const char *col_costs;
  const char *col_benefits;
  const char *col_net;
  const char *col_cumulative;
  const char *sec_uncertainty;
  const char *uncertainty_none;
  const char *uncertainty_intro;
  const char *chart_hist_title;
  const char *chart_hist_sub;
  const char *axis_share;
  const char *key_negative;
  const char *key_positive;
  const char *label_p_positive;
  const char *chart_scurve_title;
  const char *chart_scurve_sub;
  const char *axis_cum_prob;
  const char *chart_risk_title;
  const char *chart_risk_sub;
  const char *key_interval;
  const char *key_median;
  const char *col_mean;
  const char *col_p05;
  const char *col_p50;
  const char *col_p95;
  const char *sec_sensitivity;
  const char *sensitivity_intro;
  const char *sensitivity_none;
  const char *chart_tornado_title;
  const char *chart_tornado_sub;
  const char *key_low;
  const char *key_high;
  const char *switching_heading;
  const char *switching_intro;
  const char *col_parameter;
  const char *col_base;
  const char *col_switch;
  const char *col_change;
  const char *switch_none;
  const char *switching_none;
  const char *sec_interventions;
  const char *interventions_intro;
  const char *chart_iv_title;
  const char *row_package;
  const char *col_intervention;
  const char *col_bcr;
  const char *col_payback;
  const char *col_p_best;
  const char *evpi_line;
  const char *iv_chances_note;
  const char *sec_variants;
  const char *variants_intro;
  const char *ob_what;
  const char *ob_base;
  const char *ob_variants;
  const char *ob_terms;
  const char *row_base;
  const char *row_base_ob;
  const char *variant_with_ob;
  const char *col_variant;
  const char *variant_no_changes;
  const char *overrides_heading;
  const char *col_in_variant;
  const char *chart_variants_title;
  const char *chart_variants_sub;
  const char *key_base_net;
  const char *sec_regional;
  const char *regional_intro;
  const char *regional_national;
  const char *regional_costs;
  const char *col_target_group;
  const char *col_region_count;
  const char *col_national_count;
  const char *col_scale_factor;
  const char *sec_assumptions;
  const char *assumptions_intro;
  const char *col_value;
  const char *col_distribution;
  const char *col_source;
  const char *col_confidence;
  const char *conf_verified;
  const char *conf_secondary;
  const char *conf_assumption;
  const char *conf_scenario;
  const char *confidence_legend;
  const char *dist_fixed;
  const char *dist_normal;
  const char *dist_lognormal;
  const char *dist_uniform;
  const char *dist_triangular;
  const char *dist_pert;
  const char *dist_beta;
  const char *dist_gamma;
  const char *p_mean;
  const char *p_sd;
  const char *p_mode;
  const char *p_shape;
  const char *p_scale;
  const char *price_year_of;
  const char *sec_provenance;
  const char *provenance_intro;
  const char *prov_mkba;
  const char *prov_plugins;
  const char *prov_data;
  const char *prov_scenario;
  const char *prov_seed;
  const char *prov_draws;
  const char *prov_price_index;
  const char *prov_factors;
  const char *prov_schema;
  const char *prov_date;
  const char *prov_none;
  const char *iv_actors_heading;
  const char *sum_costs_benefits_package;
  const char *col_perspective;
} mkba_strings;

/* The strings of a language (static). */
const mkba_strings *mkba_i18n(mkba_lang lang);

/* The built-in label of an actor id in lang (Gemeente / Municipality ...),
 * or NULL for an unknown id (id borrowed). */
const char *mkba_i18n_actor(mkba_lang lang, const char *id);

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

#endif /* MKBA_I18N_H */
