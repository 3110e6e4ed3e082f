/*
 * i18n_national.c: the national report's words, one table per language
 * (see i18n_national.h).
 */
#include "i18n_national.h"

#include <stddef.h>
#include <string.h>

/* Dutch, the default. */
static const mkba_nat_strings NL = {
    .report_kind = "Landelijke maatschappelijke kosten-batenanalyse",
    .title_kind = "Landelijke doorrekening per centrumregio",
    .computed_heading = "Wat is doorgerekend",
    .f_regions = "Centrumregio's",
    .f_regions_value = "{1}, waarvan {2} doorgerekend",
    .f_cells = "Cellen (regio × interventie)",
    .f_cells_value = "{1}: {2} berekend, {3} overgeslagen, {4} mislukt",
    .f_draws_value = "{1} per cel (Monte Carlo)",
    .f_draws_none = "geen: alleen verwachte waarden",
    .f_seed_value = "{1}; elke cel heeft een eigen seed, afgeleid van deze",
    .conclusion_heading = "Conclusie",
    .concl_regions =
        "Van de {1} centrumregio's konden er {2} worden doorgerekend. De "
        "andere {3} hebben geen telling met bron van de doelgroep die de "
        "omvang van een programma bepaalt; mkba schat die niet. De landelijke "
        "totalen zijn daarom sommen over de doorgerekende regio's, geen "
        "raming voor heel Nederland.",
    .concl_regions_all = "Alle {1} centrumregio's zijn doorgerekend.",
    .concl_regions_none =
        "Geen enkele regio kon worden doorgerekend: geen "
        "regio heeft een telling met bron van de doelgroepen.",
    .concl_positive = "{1} van de {2} interventies hebben over de "
                      "doorgerekende regio's samen een positief saldo.",
    .concl_positive_all = "Alle {1} interventies hebben over de doorgerekende "
                          "regio's samen een positief saldo.",
    .concl_positive_none = "Geen van de {1} interventies heeft over de "
                           "doorgerekende regio's samen een positief saldo.",
    .concl_best = "Het hoogste saldo per deelnemer heeft {1}: {2}.",
    .concl_worst = "Het laagste heeft {1}: {2}.",
    .concl_largest = "Het grootste saldo in totaal heeft {1}: {2}.",
    .concl_failed = "{1} cellen zijn mislukt; ze staan met hun foutmelding "
                    "bij hun interventie en regio.",
    .sec_totals = "Landelijk totaal per interventie",
    .totals_intro =
        "Per interventie de som over de regio's die zijn doorgerekend: "
        "kosten, baten en saldo in contante waarde (prijspeil {1}), het "
        "aantal deelnemers en het saldo per deelnemer. Regio's die niet "
        "konden worden doorgerekend tellen niet mee; hoeveel het er zijn, "
        "staat in de tabel.",
    .col_regions_ok = "Regio's berekend",
    .col_regions_skipped = "Overgeslagen",
    .col_regions_failed = "Mislukt",
    .col_participants = "Deelnemers",
    .col_npv_pp = "Saldo per deelnemer",
    .participants_note =
        "Deelnemers: de omvang van het programma in de regio's samen, in de "
        "eenheid van de interventie (personen, huishoudens, woningen, "
        "praktijken). Saldo per deelnemer: het saldo gedeeld door die omvang.",
    .skipped_heading = "Waarom regio's zijn overgeslagen",
    .skipped_intro =
        "Een regio zonder telling met bron van de doelgroep van een "
        "interventie wordt voor die interventie overgeslagen, niet geschat. "
        "Wie de omvang van het programma in zo'n regio kent, kan die in het "
        "batchbestand opgeven.",
    .col_reason = "Reden",
    .reason_count = "geen telling met bron van {1}",
    .reason_failed = "mislukt: {1}",
    .regions_count = "{1} regio's",
    .none_computed = "geen regio doorgerekend",
    .national_row = "Som",
    .sec_by_iv = "Per interventie: de regio's naast elkaar",
    .by_iv_intro =
        "Per interventie het saldo per deelnemer in elke doorgerekende regio, "
        "met het 90%-interval uit de simulaties; daarna per interventie een "
        "tabel met de kans op een positief saldo en wie betaalt en wie baat "
        "heeft.",
    .chart_title = "Saldo per deelnemer per regio",
    .chart_sub = "Contante waarde, prijspeil {1}. Elk paneel heeft zijn eigen "
                 "schaal.",
    .panel_not_shown = "+ {1} regio's niet doorgerekend",
    .key_interval = "90%-interval (P5–P95)",
    .key_npv_pp = "Saldo per deelnemer",
    .col_region = "Centrumregio",
    .iv_not_computed = "Niet doorgerekend ({1}): {2}.",
    .iv_participants = "Deelnemers in {1}.",
    .sec_by_region = "Per regio: de interventies gerangschikt",
    .by_region_intro =
        "Per doorgerekende regio de interventies van hoog naar laag saldo "
        "per deelnemer.",
    .col_rank = "Nr.",
    .region_heading = "Centrumregio {1}",
    .region_skipped_heading = "Regio's zonder volledige doorrekening",
    .region_skipped_intro =
        "Deze regio's missen een telling met bron voor een of meer "
        "interventies.",
    .col_skipped_ivs = "Overgeslagen interventies",
    .col_missing = "Ontbrekende tellingen",
    .all_of = "{1} van {2}",
    .m_project_text =
        "Elke interventie apart, in elke regio, tegenover hetzelfde "
        "nulalternatief. Per interventie zijn de regio's opgeteld; "
        "interventies zijn niet opgeteld: het is geen pakket.",
    .m_expected = "Verwachte waarden",
    .m_expected_text =
        "Kosten, baten, saldo en B/K zijn verwachte waarden: de berekening "
        "met de centrale waarde van elke parameter. De kans op een positief "
        "saldo en het 90%-interval komen uit de simulaties van elke cel.",
    .m_uncertainty_none = "Geen simulaties: alleen verwachte waarden.",
    .m_seed_cells = "Elke cel heeft een eigen seed, afgeleid van de seed van "
                    "de batch ({1}).",
    .m_region_text =
        "De omvang van een programma is per regio geschaald met de regionale "
        "telling van de doelgroep ten opzichte van de landelijke; dat is een "
        "benadering. Een regio zonder telling met bron wordt overgeslagen.",
    .m_oneway = "Gevoeligheid",
    .m_oneway_text =
        "Tornado en omslagwaarden zijn per cel weggelaten. Elke cel is een "
        "gewoon scenario (cells/REGIO/…) dat met mkba run volledig kan worden "
        "herberekend.",
    .sec_vintage = "Gegevens per regio",
    .vintage_intro =
        "De versie van het regiobestand van elke centrumregio, en of het "
        "tellingen met bron heeft. Prijsindex en kostprijzen: {1}.",
    .col_version = "Versie regiogegevens",
    .col_sourced = "Tellingen met bron",
    .col_computed = "Interventies berekend",
    .sourced_yes = "ja",
    .sourced_partly = "voor een deel van de interventies",
    .sourced_no = "nee",
    .prov_batch = "Batchbestand (SHA-256)",
    .prov_title = "Titel",
    .prov_cells = "Cellen",
    .prov_oneway = "Eenrichtingsanalyses",
    .prov_oneway_no = "niet berekend",
    .col_plugin = "Plugin",
    .col_plugin_version = "Versie",
};

/* English, with --lang en. */
static const mkba_nat_strings EN = {
    .report_kind = "National social cost-benefit analysis",
    .title_kind = "National calculation by central region",
    .computed_heading = "What was computed",
    .f_regions = "Central regions",
    .f_regions_value = "{1}, of which {2} computed",
    .f_cells = "Cells (region × intervention)",
    .f_cells_value = "{1}: {2} computed, {3} skipped, {4} failed",
    .f_draws_value = "{1} per cell (Monte Carlo)",
    .f_draws_none = "none: expected values only",
    .f_seed_value = "{1}; each cell has a seed of its own, derived from this",
    .conclusion_heading = "Conclusion",
    .concl_regions =
        "Of the {1} central regions, {2} could be computed. The other {3} have "
        "no sourced count of the target group that sets the size of a "
        "programme; mkba does not estimate one. The national totals are "
        "therefore sums over the computed regions, not an estimate for the "
        "whole of the Netherlands.",
    .concl_regions_all = "All {1} central regions were computed.",
    .concl_regions_none = "No region could be computed: none has a sourced "
                          "count of the target groups.",
    .concl_positive = "{1} of the {2} interventions have a positive net "
                      "value over the computed regions together.",
    .concl_positive_all = "All {1} interventions have a positive net value "
                          "over the computed regions together.",
    .concl_positive_none = "None of the {1} interventions has a positive net "
                           "value over the computed regions together.",
    .concl_best = "The highest net value per participant is that of {1}: {2}.",
    .concl_worst = "The lowest is that of {1}: {2}.",
    .concl_largest = "The largest net value in total is that of {1}: {2}.",
    .concl_failed = "{1} cells failed; they are listed with their error "
                    "under their intervention and region.",
    .sec_totals = "National total per intervention",
    .totals_intro =
        "For each intervention the sum over the regions that were computed: "
        "costs, benefits and net value in present value ({1} prices), the "
        "number of participants and the net value per participant. Regions "
        "that could not be computed do not count; the table says how many "
        "there are.",
    .col_regions_ok = "Regions computed",
    .col_regions_skipped = "Skipped",
    .col_regions_failed = "Failed",
    .col_participants = "Participants",
    .col_npv_pp = "Net per participant",
    .participants_note =
        "Participants: the size of the programme in the regions together, in "
        "the intervention's unit (people, households, homes, practices). Net "
        "per participant: the net value divided by that size.",
    .skipped_heading = "Why regions were skipped",
    .skipped_intro =
        "A region without a sourced count of an intervention's target group "
        "is skipped for that intervention, not estimated. Whoever knows the "
        "size of the programme in such a region can state it in the batch "
        "file.",
    .col_reason = "Reason",
    .reason_count = "no sourced count of {1}",
    .reason_failed = "failed: {1}",
    .regions_count = "{1} regions",
    .none_computed = "no region computed",
    .national_row = "Sum",
    .sec_by_iv = "By intervention: the regions side by side",
    .by_iv_intro =
        "For each intervention the net value per participant in every "
        "computed region, with the 90% interval of the simulations; then for "
        "each intervention a table with the chance of a positive net value "
        "and who pays and who gains.",
    .chart_title = "Net value per participant by region",
    .chart_sub = "Present value, {1} prices. Each panel has a scale of its "
                 "own.",
    .panel_not_shown = "+ {1} regions not computed",
    .key_interval = "90% interval (P5–P95)",
    .key_npv_pp = "Net per participant",
    .col_region = "Central region",
    .iv_not_computed = "Not computed ({1}): {2}.",
    .iv_participants = "Participants in {1}.",
    .sec_by_region = "By region: the interventions ranked",
    .by_region_intro = "For each computed region the interventions from high "
                       "to low net value per participant.",
    .col_rank = "No.",
    .region_heading = "{1} central region",
    .region_skipped_heading = "Regions not fully computed",
    .region_skipped_intro = "These regions lack a sourced count for one or "
                            "more interventions.",
    .col_skipped_ivs = "Interventions skipped",
    .col_missing = "Missing counts",
    .all_of = "{1} of {2}",
    .m_project_text =
        "Each intervention on its own, in each region, against the same "
        "baseline. For each intervention the regions are summed; the "
        "interventions are not summed: they are no package.",
    .m_expected = "Expected values",
    .m_expected_text =
        "Costs, benefits, net value and B/C are expected values: the "
        "calculation with each parameter's central value. The chance of a "
        "positive net value and the 90% interval come from each cell's "
        "simulations.",
    .m_uncertainty_none = "No simulations: expected values only.",
    .m_seed_cells = "Each cell has a seed of its own, derived from the "
                    "batch's seed ({1}).",
    .m_region_text =
        "A programme's size is scaled to each region with the regional count "
        "of its target group against the national one; this is an "
        "approximation. A region without a sourced count is skipped.",
    .m_oneway = "Sensitivity",
    .m_oneway_text =
        "Tornado and switching values are left out for each cell. Every cell "
        "is an ordinary scenario (cells/REGION/…) that mkba run can compute "
        "in full.",
    .sec_vintage = "Data by region",
    .vintage_intro = "The version of each central region's data file, and "
                     "whether it has sourced counts. Price index and unit "
                     "costs: {1}.",
    .col_version = "Region data version",
    .col_sourced = "Sourced counts",
    .col_computed = "Interventions computed",
    .sourced_yes = "yes",
    .sourced_partly = "for some of the interventions",
    .sourced_no = "no",
    .prov_batch = "Batch file (SHA-256)",
    .prov_title = "Title",
    .prov_cells = "Cells",
    .prov_oneway = "One-way analyses",
    .prov_oneway_no = "not computed",
    .col_plugin = "Plugin",
    .col_plugin_version = "Version",
};

const mkba_nat_strings *mkba_nat_i18n(mkba_lang lang) {
  return lang == MKBA_LANG_EN ? &EN : &NL;
}

/* A target group id with its two names. */
typedef struct {
  const char *id, *nl, *en;
} group_name;

/* The target groups of the region files ("counts" in data/regions). */
static const group_name GROUPS[] = {
    {"inhabitants", "inwoners", "inhabitants"},
    {"homeless_registered", "geregistreerde daklozen",
     "registered homeless people"},
    {"homeless_young", "dakloze jongeren", "homeless young people"},
    {"eu_citizens", "dakloze EU-burgers", "homeless EU citizens"},
    {"bw_clients", "cliënten beschermd wonen", "sheltered housing clients"},
    {"eviction_judgments", "ontruimingsvonnissen", "eviction judgments"},
    {"debt_signals", "signalen van betalingsachterstanden",
     "signals of payment arrears"},
};

const char *mkba_nat_group(mkba_lang lang, const char *id) {
  if (id == NULL)
    return "";
  for (size_t i = 0; i < sizeof GROUPS / sizeof GROUPS[0]; i++)
    if (strcmp(GROUPS[i].id, id) == 0)
      return lang == MKBA_LANG_EN ? GROUPS[i].en : GROUPS[i].nl;
  return id;
}
