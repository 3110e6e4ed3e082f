/*
 * i18n.h: the report's own words in Dutch and English.
 *
 * Labels inside the results document are already in the run's language;
 * these are the headings, column names and sentences around them. Where a
 * string has {1}, {2}, ... mkba_tpl() (words.h) fills them in (plain
 * substitution, so no printf format comes from data). The actors' labels
 * are the host's (mkba_words, words.h).
 */
#ifndef MKBA_I18N_H
#define MKBA_I18N_H

#include <stddef.h>

#include "format.h"
#include "words.h"

/* Every string is UTF-8 and static. */
typedef struct {
  const char *report_kind;
  const char *page_of;
  const char *made_with;
  const char *sec_summary;
  const char *sec_contents; /* the table of contents' title */
  /* an SVG or PNG chart's description: {1} scenario title, {2} date,
   * {3} mkba version */
  const char *chart_desc;
  const char *chart_desc_undated; /* chart_desc without the date ({2} unused) */
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
  const char *sum_bcr;
  const char *sum_payback;
  const char *sum_no_payback;
  const char *sum_split;
  const char *sum_fyrr;
  const char *ranking_heading;
  const char *warnings_heading;
  const char *discount_heading;
  const char *discount_intro;
  const char *col_regime;
  const char *per_actor_heading;
  const char *col_actor;
  const char *col_costs_pv;
  const char *col_benefits_pv;
  const char *col_net_pv;
  const char *col_p_positive;
  const char *col_costs_und;
  const char *col_benefits_und;
  const char *col_transfers_net;
  const char *row_total_society;
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
  const char *col_effect;
  const char *col_direction;
  const char *dir_positive;
  const char *dir_negative;
  const char *dir_unknown;
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
  const char *tornado_shown;
  const char *tornado_ivs;
  const char *tornado_ivs_chart;
  const char *chart_tornado_sub_alt;
  const char *key_base_own;
  const char *key_zero;
  const char *chart_iv_sub;
  const char *switching_intro_alt;
  const char *switching_rest;
  const char *switching_rest_list;
  const char *switching_all_none;
  const char *switching_range_note;
  const char *switching_inside_none;
  const char *switching_outside_heading;
  const char *switching_outside_intro;
  const char *col_range;
  const char *corr_heading;
  const char *corr_intro;
  const char *corr_intro_alt;
  const char *col_corr_with;
  const char *col_rank_corr;
  const char *col_rank_achieved;
  const char *iv_actors_thousands;
  const char *switching_heading;
  const char *switching_intro;
  const char *switching_parts;
  const char *col_parameter;
  const char *col_base;
  const char *col_switch;
  const char *col_change;
  const char *switch_none;
  const char *switching_none;
  const char *sec_interventions;
  const char *interventions_intro;
  const char *interventions_intro_alt;
  const char *chart_iv_title;
  const char *row_package;
  const char *col_intervention;
  const char *col_bcr;
  const char *col_payback;
  const char *col_payback_society;
  const char *payback_society_note;
  const char *col_p_best;
  const char *evpi_line;
  /* "Waar loont meer onderzoek?" (sections_research.c, chart_evppi.c) */
  const char *sec_research;
  const char *research_intro; /* {1} EVPI, {2} the gemeente's EVPI, {3} draws */
  const char *research_none;
  const char *research_note;
  const char *chart_evppi_title;
  const char *key_evppi_society;
  const char *key_evppi_gemeente;
  const char *key_evpi;
  const char *col_evppi_society;
  const char *col_evppi_gemeente;
  const char *iv_chances_note;
  const char *iv_unc_heading;
  const char *iv_unc_heading_alt;
  const char *iv_unc_intro;
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
  const char *regional_src_region;
  const char *regional_src_national;
  const char *regional_scaled;
  const char *sec_assumptions;
  const char *assumptions_intro;
  const char *sec_references; /* the reference list at the annex's end */
  const char *references_intro;
  const char *ref_leidraad; /* the MKBA guideline the method follows */
  const char *ref_discount; /* the discount-rate report */
  const char *ref_evppi; /* the EVPPI method, when the report has the EVPPI */
  const char *col_value;
  const char *col_distribution;
  const char *col_source;
  const char *source_assumed;
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
  const char *price_year_reindexed; /* {1} source's year, {2} price level */
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
  const char *prov_undated; /* what the date row says of an undated report */
  const char *prov_none;
  const char *iv_actors_heading;
  const char *sum_costs_benefits_package;
  /* page 1: the conclusion in words (sections_summary_package.c,
   * sections_summary_alternatives.c) */
  const char *verdict_positive;
  const char *verdict_negative;
  const char *verdict_zero;
  const char *package_subject;
  const char *verdict_ob;
  const char *kpi_ob;
  const char *sure_high;
  const char *sure_likely;
  const char *sure_low;
  const char *sure_none;
  const char *sure_high_few; /* almost certain within {5}; {6} fixed */
  const char *sure_fixed;    /* only the uncertainty of {1}; {2} fixed */
  const char *few_one;       /* "de 1 parameter die varieert" */
  const char *few_many;      /* "de {1} parameters die variëren" */
  const char *varied_one;    /* 1 of {2} parameters varies, {3} fixed */
  const char *varied_many;   /* {1} of {2} vary, the other {3} fixed */
  const char *varied_all;    /* all {2} parameters vary */
  const char *scenario_one;  /* 1 is the scenario author's choice */
  const char *scenario_many; /* {1} are the scenario author's choices */
  const char *who_lead;
  const char *who_pays_gets;
  const char *who_pays;
  const char *who_gains;
  const char *who_loses;
  const char *who_wellbeing;
  const char *who_none;
  const char *list_and;
  const char *gemeente_payback;
  const char *gemeente_no_payback;
  const char *subj_gemeente;
  const char *subj_zorgverzekeraar;
  const char *subj_rijk;
  const char *subj_woningcorporatie;
  const char *subj_deelnemer;
  const char *subj_samenleving;
  const char *pm_count_one;
  const char *pm_count_many;
  const char *pkg_best;
  const char *pkg_negative;
  const char *interventions_count;
  const char *alt_verdict;
  const char *alt_positive_some;
  const char *alt_positive_none;
  const char *alt_positive_all;
  const char *alt_sure;
  const char *alt_runner_up;
  const char *alt_split;
  const char *alt_who;
  const char *alt_ob_same;
  const char *alt_ob_other;
  const char *alt_who_more;
  const char *col_npv_ob;
  /* the overzichtstabel (sections_results.c) */
  const char *overview_intro_alt;
  const char *sec_overview_alt;
  const char *alt_not_summed;
  const char *row_budget_part;
  const char *row_wellbeing_part;
  const char *row_total_excl_pm;
  const char *row_bcr;
  const char *pm_plus;
  const char *pm_minus;
  const char *pm_unknown;
  const char *pm_legend;
  const char *overview_by_actor;
  const char *overview_pm_by_actor;
  const char *col_benefits_budget;
  const char *col_benefits_wellbeing;
  const char *overview_part;
  /* method box, method sensitivity, the gemeente's budget
   * (sections_method.c) */
  const char *sec_method;
  const char *method_intro;
  const char *m_null;
  const char *m_null_text;
  const char *m_project;
  const char *m_project_package;
  const char *m_project_alt;
  const char *m_discount_std;
  const char *m_discount_own;
  const char *m_horizon_text;
  const char *m_price_text;
  const char *m_residual;
  const char *m_residual_yes;
  const char *m_residual_no;
  const char *m_optimism;     /* the method box's optimism-bias row */
  const char *m_optimism_yes; /* {1} costs up, {2} benefits down, {3} net */
  const char *m_optimism_no;
  const char *m_qaly;
  const char *m_qaly_text;
  const char *m_uncertainty_text;
  const char *m_assumptions;
  const char *m_assumptions_text;
  const char *m_region_text;
  const char *ms_heading;
  const char *ms_rates;
  const char *ms_same_sign;
  const char *ms_sign_flips;
  const char *ms_alt_same;
  const char *ms_alt_other;
  const char *ms_wellbeing;
  const char *ms_alt_wellbeing;
  const char *discount_std_short;
  const char *p1_assumptions;
  const char *quoted;
  const char *alt_positive_one;
  const char *ms_where;
  const char *word_positive;
  const char *word_negative;
  const char *sec_budget;
  const char *budget_intro;
  const char *budget_intro_alt;
  const char *col_gem_pays;
  const char *col_gem_gets;
  const char *col_cum_net;
  const char *budget_total;
  const char *budget_years_alt;
} mkba_strings;

/* The strings of a language (static). */
const mkba_strings *mkba_i18n(mkba_lang lang);

/* The built-in label of an actor id in lang (Gemeente / Municipality ...,
 * the host's mkba_words), or NULL for an unknown id (id borrowed). */
const char *mkba_i18n_actor(mkba_lang lang, const char *id);

#endif /* MKBA_I18N_H */
