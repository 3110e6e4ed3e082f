/*
 * csv_row.c - the rows of mkba's CSV tables (see csv_row.h).
 */
#include "csv_row.h"

#include "count.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* See csv_row.h. */
void mkba_csv_start(mkba_csv *b, mkba_lang lang, const char *const *head, const char *const *kop,
                    size_t n) {
  int en = lang == MKBA_LANG_EN;
  *b = (mkba_csv){NULL, 0, 0, 0, en ? ',' : ';', en ? '.' : ',', lang};
  mkba_csv_puts(b, "\xEF\xBB\xBF");
  for (size_t k = 0; k < n; k++) {
    if (k)
      mkba_csv_sep(b);
    mkba_csv_puts(b, en ? head[k] : kop[k]);
  }
  mkba_csv_end_row(b);
}

/* See csv_row.h. */
const char *mkba_csv_tr(const mkba_csv *b, const mkba_csv_code *codes, size_t n, const char *en) {
  if (!en || b->lang == MKBA_LANG_EN)
    return en;
  for (size_t k = 0; k < n; k++)
    if (!strcmp(codes[k].en, en))
      return codes[k].nl;
  return en;
}

/* See csv_row.h. */
void mkba_csv_put(mkba_csv *b, const char *s, size_t n) {
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

/* See csv_row.h. */
void mkba_csv_puts(mkba_csv *b, const char *s) { mkba_csv_put(b, s, strlen(s)); }

/* See csv_row.h. */
void mkba_csv_field(mkba_csv *b, const char *s) {
  if (!s)
    s = "";
  if (!strchr(s, b->sep) && !strpbrk(s, "\"\r\n")) {
    mkba_csv_puts(b, s);
    return;
  }
  mkba_csv_put(b, "\"", 1);
  for (const char *p = s; *p; p++) {
    if (*p == '"')
      mkba_csv_put(b, "\"", 1);
    mkba_csv_put(b, p, 1);
  }
  mkba_csv_put(b, "\"", 1);
}

/* See csv_row.h. */
void mkba_csv_sep(mkba_csv *b) { mkba_csv_put(b, &b->sep, 1); }

/* See csv_row.h. */
int mkba_csv_number(mkba_csv *b, const json_t *v) {
  char t[64];
  if (json_is_integer(v))
    snprintf(t, sizeof t, "%lld", (long long)json_integer_value(v));
  else if (json_is_real(v))
    snprintf(t, sizeof t, "%.15g", json_real_value(v));
  else if (json_is_boolean(v))
    snprintf(t, sizeof t, "%d", json_is_true(v) ? 1 : 0);
  else
    return -1;
  for (char *p = t; *p; p++)
    if (*p == '.')
      *p = b->point;
  mkba_csv_puts(b, t);
  return 0;
}

/* See csv_row.h. */
void mkba_csv_end_row(mkba_csv *b) { mkba_csv_put(b, "\r\n", 2); }

/* See csv_row.h. */
char *mkba_csv_finish(mkba_csv *b) {
  if (b->failed) {
    free(b->s);
    b->s = NULL;
    return NULL;
  }
  return b->s;
}

/* The codes of the results document in both languages: results.csv's, and
 * the ones national.csv shares with it. */
static const mkba_csv_code result_codes[] = {
    /* tables */
    {"scenario", "scenario"},
    {"ranking", "rangorde"},
    {"warnings", "waarschuwingen"},
    {"summary", "samenvatting"},
    {"undiscounted", "ongedisconteerd"},
    {"perspectives", "perspectieven"},
    {"actors", "actoren"},
    {"categories", "categorieen"},
    {"transfers", "overdrachten"},
    {"years", "jaren"},
    {"outcomes", "effecten"},
    {"pm_items", "pm_posten"},
    {"discount_sensitivity", "discontovoet_gevoeligheid"},
    {"qaly_value", "qaly_waarde"},
    {"interventions", "interventies"},
    {"parameters", "parameters"},
    {"regional_figures", "regionale_cijfers"},
    {"uncertainty", "onzekerheid"},
    {"histogram", "histogram"},
    {"quantiles", "kwantielen"},
    {"correlations", "correlaties"},
    {"sensitivity", "gevoeligheid"},
    {"switching_values", "omslagwaarden"},
    {"variants", "varianten"},
    {"optimism_bias", "optimisme_correctie"},
    {"provenance", "herkomst"},
    {"package", "pakket"},
    {"sum_of_alternatives", "som_alternatieven"},
    {"all_alternatives", "alle_alternatieven"},
    {"variant", "variant"},
    /* measures: present values and totals */
    {"pv_costs", "cw_kosten"},
    {"pv_benefits", "cw_baten"},
    {"npv", "ncw"},
    {"bcr", "bk_verhouding"},
    {"payback_year", "terugverdienjaar"},
    {"irr", "interne_rentevoet"},
    {"first_year_return", "rendement_eerste_jaar"},
    {"pv_benefits_budget", "cw_baten_budget"},
    {"pv_benefits_wellbeing", "cw_baten_welzijn"},
    {"npv_without_wellbeing", "ncw_zonder_welzijn"},
    {"undiscounted_costs", "kosten_ongedisconteerd"},
    {"undiscounted_benefits", "baten_ongedisconteerd"},
    {"costs", "kosten"},
    {"benefits", "baten"},
    {"net", "saldo"},
    {"discount_factor", "disconteringsfactor"},
    {"pv_net", "cw_saldo"},
    {"cumulative_pv_net", "cumulatief_cw_saldo"},
    {"baseline", "nulalternatief"},
    {"with_intervention", "met_interventie"},
    {"difference", "verschil"},
    {"direction", "richting"},
    {"pv_paid", "cw_betaald"},
    {"pv_received", "cw_ontvangen"},
    {"undiscounted_paid", "betaald_ongedisconteerd"},
    {"undiscounted_received", "ontvangen_ongedisconteerd"},
    /* measures: scenario, discounting, prices */
    {"discount_rate", "discontovoet"},
    {"from_year_index", "vanaf_jaarindex"},
    {"discount_base_year", "basisjaar_discontering"},
    {"start_year", "startjaar"},
    {"horizon_years", "looptijd_jaren"},
    {"price_year", "prijspeil"},
    {"price_year_stated", "prijspeil_opgegeven"},
    {"assumed_inflation", "aangenomen_inflatie"},
    {"value_at_price_level", "waarde_op_prijspeil"},
    {"amount", "bedrag"},
    {"source_price_year", "prijsjaar_bron"},
    {"price_index_factor", "prijsindexfactor"},
    /* measures: parameters and regions */
    {"base_value", "basiswaarde"},
    {"dist_mean", "verdeling_gemiddelde"},
    {"dist_sd", "verdeling_sd"},
    {"dist_min", "verdeling_min"},
    {"dist_mode", "verdeling_modus"},
    {"dist_max", "verdeling_max"},
    {"dist_alpha", "verdeling_alfa"},
    {"dist_beta", "verdeling_beta"},
    {"dist_shape", "verdeling_vorm"},
    {"dist_scale", "verdeling_schaal"},
    {"region_factor", "regiofactor"},
    {"national_value", "landelijke_waarde"},
    {"region_count", "regionaal_aantal"},
    {"national_count", "landelijk_aantal"},
    {"count", "aantal"},
    /* measures: comparison and uncertainty */
    {"rank", "rang"},
    {"intervention_index", "interventie_index"},
    {"n_interventions", "aantal_interventies"},
    {"index", "volgnummer"},
    {"p_best", "kans_beste"},
    {"p_npv_positive", "kans_ncw_positief"},
    {"draws", "trekkingen"},
    {"seed", "startgetal"},
    {"npv_mean", "ncw_gemiddelde"},
    {"npv_sd", "ncw_sd"},
    {"npv_p05", "ncw_p05"},
    {"npv_p50", "ncw_p50"},
    {"npv_p95", "ncw_p95"},
    {"evpi", "evpi"},
    {"evppi", "evppi"},
    {"evppi_draws", "trekkingen_evppi"},
    {"bin_lower", "klasse_ondergrens"},
    {"bin_upper", "klasse_bovengrens"},
    {"draws_in_bin", "trekkingen_in_klasse"},
    {"rank_asked", "rangcorrelatie_gevraagd"},
    {"copula_correlation", "copulacorrelatie"},
    {"rank_achieved", "rangcorrelatie_bereikt"},
    {"draws_measured", "trekkingen_gemeten"},
    {"low", "laag"},
    {"high", "hoog"},
    {"npv_low", "ncw_laag"},
    {"npv_high", "ncw_hoog"},
    {"switching_value", "omslagwaarde"},
    {"parameter_value", "parameterwaarde"},
    {"cost_adjustment", "correctie_kosten"},
    {"benefit_adjustment", "correctie_baten"},
    /* kinds in the text columns */
    {"positive", "positief"},
    {"negative", "negatief"},
    {"unknown", "onbekend"},
    {"verified", "geverifieerd"},
    {"secondary", "secundair"},
    {"assumption", "aanname"},
    {"unset", "niet_opgegeven"},
    {"fixed", "vast"},
    {"normal", "normaal"},
    {"lognormal", "lognormaal"},
    {"uniform", "uniform"},
    {"triangular", "driehoek"},
    {"pert", "pert"},
    {"beta", "beta"},
    {"gamma", "gamma"},
    {"overlap", "overlap"},
    {"base_case_far_from_mean", "basis_ver_van_gemiddelde"},
    {"to", "aan"},
    {"from", "van"},
};

const char *mkba_csv_result_code(const mkba_csv *b, const char *en) {
  return mkba_csv_tr(b, result_codes, MKBA_COUNT(result_codes), en);
}
