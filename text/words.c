/*
 * words.c: the tables behind words.h. Dutch follows the Algemene leidraad
 * MKBA's terms (saldo, contante waarde, NCW, prijspeil).
 */
#include "words.h"

#include <string.h>

static const mkba_words words_nl = {
    .actor_gemeente = "Gemeente",
    .actor_zorgverzekeraar = "Zorgverzekeraar",
    .actor_rijk = "Rijk",
    .actor_woningcorporatie = "Woningcorporatie",
    .actor_deelnemer = "Deelnemer",
    .actor_samenleving = "Samenleving",

    .target_homeless_registered =
        "geregistreerde dakloze mensen in de maatschappelijke opvang",
    .target_homeless_young = "dakloze jongeren",
    .target_eu_citizens = "dakloze EU-burgers",
    .target_bw_clients = "cliënten beschermd wonen",
    .target_eviction_judgments = "vonnissen tot ontruiming",
    .target_debt_signals = "vroegsignalen van betalingsachterstanden",
    .target_inhabitants = "inwoners",
    .target_homeless_estimate = "geschat aantal dakloze mensen (18-65 jaar)",

    .conf_verified = "geverifieerd",
    .conf_secondary = "secundair",
    .conf_assumption = "aanname",

    .euros_of = "prijspeil",
    .fixed = "vast",

    .sum_region = "regio",
    .sum_ranking_intro =
        "De interventies zijn alternatieven, gerangschikt naar saldo (NCW):",
    .sum_col_npv = "NCW",
    .sum_col_bcr = "B/K",
    .sum_col_p_best = "P(beste)",
    .sum_alternatives_note =
        "(Alternatieven zijn keuzes voor hetzelfde geld of dezelfde "
        "mensen: hun som is geen uitkomst.)",
    .sum_pv_costs = "contante waarde kosten",
    .sum_pv_benefits = "contante waarde baten",
    .sum_budget_effects = "waarvan budgeteffecten",
    .sum_wellbeing = "waarvan welzijn (QALY's)",
    .sum_npv = "saldo (NCW)",
    .sum_without_wellbeing = "zonder welzijn",
    .sum_bcr = "baten/kostenverhouding",
    .sum_payback_year = "terugverdienjaar",
    .sum_first_year_return = "rendement eerste jaar",
    .sum_irr = "interne rentevoet",
    .sum_p_positive = "P(NCW > 0)",
    .sum_col_actor = "actor",
    .sum_col_costs = "kosten",
    .sum_col_benefits = "baten",
    .sum_col_net = "saldo",
    .sum_col_payback = "terugverd.",
    .sum_warnings = "Waarschuwingen:",
    .sum_footer =
        "(contante waarden in euro's; gebruik -o MAP voor alle resultaten)",

    .list_hides = "verbergt",
    .list_none = "geen plugins gevonden (zie MKBA_PLUGIN_PATH)",
    .describe_configure = "Het model staat als JSON in de params van het "
                          "scenario; zie de README.",
    .describe_default = "standaard",
    .describe_range = "bereik",
    .describe_national =
        "Landelijke omvang; een regio schaalt die met haar aantal",
    .regions_registered = "geregistreerd dakloos",
    .regions_sourced = "aantallen met bron",
    .regions_no_count = "geen aantal geregistreerde dakloze mensen met bron",
    .costs_regional = "regionaal",
    .costs_includes = "omvat",
    .costs_range = "bandbreedte",

    .regime_std_2020 = "2,25% reëel (standaard, Werkgroep Discontovoet 2020)",
    .regime_std_2015 =
        "3% reëel (standaard 2015-2020, Werkgroep Discontovoet 2015)",
    .regime_term_2025 = "2,8% tot jaar 35, daarna 1,8% (termijnstructuur 2025; "
                        "niet officieel bevestigd)",

    .persp_society = "Maatschappij (totaal)",
    .persp_government = "Overheid (gemeente, zorgverzekeraar, rijk)",

    .source_default = "standaardwaarde",
    .note_reindexed =
        "{1} (herrekend van {2} naar {3} via {4} van {5}, een aanname)",
    .reindex_inflation = "de aangenomen inflatie van het scenario",
    .reindex_index = "de prijsindex",
    .note_scaled = "{1}; geschaald naar {2} met het aantal {3}: {4} in de "
                   "regio ({5}; {6}) "
                   "tegen {7} landelijk ({8}; {9})",
    .warn_overlap =
        "De interventies {1} boeken alle baten in de categorie \"{2}\" ({3}). "
        "Als pakket kunnen zij dezelfde vermeden kosten of dezelfde mensen "
        "dubbel tellen: controleer dat hun doelgroepen elkaar niet overlappen, "
        "of vergelijk ze als alternatieven (\"comparison\": \"alternatives\").",
    .warn_mean =
        "De netto contante waarde {1}in het basisgeval (EUR {2}) ligt meer dan "
        "een kwart standaardafwijking (EUR {3}) van het gemiddelde van de "
        "Monte Carlo-trekkingen (EUR {4}): de basiswaarden liggen niet in het "
        "midden van hun verdelingen, of het model reageert sterk niet-lineair. "
        "Het gemiddelde is de verwachte waarde.",
    .warn_mean_package = "van het pakket",
    .warn_mean_intervention = "van interventie {1} ({2})",
};

static const mkba_words words_en = {
    .actor_gemeente = "Municipality",
    .actor_zorgverzekeraar = "Health insurer",
    .actor_rijk = "Central government",
    .actor_woningcorporatie = "Housing association",
    .actor_deelnemer = "Participant",
    .actor_samenleving = "Rest of society",

    .target_homeless_registered = "homeless people registered in shelter",
    .target_homeless_young = "homeless young people",
    .target_eu_citizens = "homeless EU citizens",
    .target_bw_clients = "clients of sheltered housing",
    .target_eviction_judgments = "court judgments for eviction",
    .target_debt_signals = "early signals of payment arrears",
    .target_inhabitants = "inhabitants",
    .target_homeless_estimate = "estimated homeless people (aged 18-65)",

    .conf_verified = "verified",
    .conf_secondary = "secondary",
    .conf_assumption = "assumption",

    .euros_of = "euros of",
    .fixed = "fixed",

    .sum_region = "region",
    .sum_ranking_intro =
        "The interventions are alternatives, ranked by net present value:",
    .sum_col_npv = "NPV",
    .sum_col_bcr = "B/C",
    .sum_col_p_best = "P(best)",
    .sum_alternatives_note = "(Alternatives are options for the same money or "
                             "people: their sum is not a result.)",
    .sum_pv_costs = "present value of costs",
    .sum_pv_benefits = "present value of benefits",
    .sum_budget_effects = "of which budget effects",
    .sum_wellbeing = "of which well-being (QALYs)",
    .sum_npv = "net present value",
    .sum_without_wellbeing = "without well-being",
    .sum_bcr = "benefit/cost ratio",
    .sum_payback_year = "payback year",
    .sum_first_year_return = "first year rate of return",
    .sum_irr = "internal rate of return",
    .sum_p_positive = "P(NPV > 0)",
    .sum_col_actor = "actor",
    .sum_col_costs = "costs",
    .sum_col_benefits = "benefits",
    .sum_col_net = "net",
    .sum_col_payback = "payback",
    .sum_warnings = "Warnings:",
    .sum_footer = "(present values in euros; use -o DIR for the full results)",

    .list_hides = "hides",
    .list_none = "no plugins found (see MKBA_PLUGIN_PATH)",
    .describe_configure = "Its model is written in the scenario's params as "
                          "JSON; see the README.",
    .describe_default = "default",
    .describe_range = "range",
    .describe_national =
        "National programme size; a region scales it by its count of",
    .regions_registered = "registered homeless",
    .regions_sourced = "sourced counts",
    .regions_no_count = "no sourced count of registered homeless people",
    .costs_regional = "regional",
    .costs_includes = "includes",
    .costs_range = "range",

    .regime_std_2020 = "2.25% real (the standard, Werkgroep Discontovoet 2020)",
    .regime_std_2015 =
        "3% real (the 2015-2020 standard, Werkgroep Discontovoet 2015)",
    .regime_term_2025 = "2.8% to year 35, then 1.8% (2025 term structure; not "
                        "officially confirmed)",

    .persp_society = "Society as a whole",
    .persp_government = "Government (municipality, insurer, central)",

    .source_default = "default",
    .note_reindexed =
        "{1} (re-indexed from {2} to {3} through {4} of {5}, an assumption)",
    .reindex_inflation = "the scenario's assumed inflation",
    .reindex_index = "the price index",
    .note_scaled = "{1}; scaled to the {2} by the number of {3}: {4} in the "
                   "region ({5}; {6}) "
                   "against {7} nationally ({8}; {9})",
    .warn_overlap =
        "The interventions {1} all book benefits in category \"{2}\" ({3}). In "
        "a package they may count the same avoided costs or the same people "
        "twice: check that their target groups do not overlap, or compare them "
        "as alternatives (\"comparison\": \"alternatives\").",
    .warn_mean =
        "The base-case net present value {1}(EUR {2}) lies more than a quarter "
        "of a standard deviation (EUR {3}) from the mean of the Monte Carlo "
        "draws (EUR {4}): the base values are not central in their "
        "distributions, or the model is strongly non-linear. The mean is the "
        "expected value.",
    .warn_mean_package = "of the package",
    .warn_mean_intervention = "of intervention {1} ({2})",
};

/* The struct is walked as an array of strings (the tests): strings only. */
_Static_assert(sizeof(mkba_words) % sizeof(const char *) == 0,
               "mkba_words holds strings only");

const mkba_words *mkba_words_for(mkba_lang lang) {
  return lang == MKBA_LANG_EN ? &words_en : &words_nl;
}

/* The ids of the actors as the results document writes them, in the
 * ABI's order, with the field of each one's label. */
static const struct {
  const char *id;
  size_t label; /* offsetof(mkba_words, ...) */
} actors[MKBA_WORDS_N_ACTORS] = {
    {"gemeente", offsetof(mkba_words, actor_gemeente)},
    {"zorgverzekeraar", offsetof(mkba_words, actor_zorgverzekeraar)},
    {"rijk", offsetof(mkba_words, actor_rijk)},
    {"woningcorporatie", offsetof(mkba_words, actor_woningcorporatie)},
    {"deelnemer", offsetof(mkba_words, actor_deelnemer)},
    {"samenleving", offsetof(mkba_words, actor_samenleving)},
};

const char *mkba_words_actor(const mkba_words *w, int actor) {
  if (w == NULL || actor < 0 || actor >= MKBA_WORDS_N_ACTORS)
    return NULL;
  return mkba_words_at(w, actors[actor].label);
}

const char *mkba_actor_id(int actor) {
  return actor >= 0 && actor < MKBA_WORDS_N_ACTORS ? actors[actor].id : NULL;
}

int mkba_actor_parse(const char *id) {
  for (int a = 0; id != NULL && a < MKBA_WORDS_N_ACTORS; a++)
    if (strcmp(actors[a].id, id) == 0)
      return a;
  return -1;
}

char *mkba_tpl_n(char *buf, size_t len, const char *tpl,
                 const char *const *args, int n) {
  size_t o = 0;
  if (len == 0)
    return buf;
  for (const char *p = tpl; *p != '\0' && o + 1 < len; p++) {
    if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
      int i = p[1] - '1';
      const char *a = i < n && args[i] != NULL ? args[i] : "";
      for (; *a != '\0' && o + 1 < len; a++)
        buf[o++] = *a;
      p += 2;
      continue;
    }
    buf[o++] = *p;
  }
  buf[o] = '\0';
  return buf;
}

char *mkba_tpl(char *buf, size_t len, const char *tpl, const char *a1,
               const char *a2, const char *a3, const char *a4) {
  const char *const args[] = {a1, a2, a3, a4};
  return mkba_tpl_n(buf, len, tpl, args, 4);
}
