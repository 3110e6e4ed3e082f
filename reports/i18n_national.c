/*
 * i18n_national.c: the national report's words, one table per language
 * (see i18n_national.h).
 */
#include "i18n_national.h"

#include "count.h"
#include "i18n.h"
#include <stdio.h>

#include <stddef.h>
#include <string.h>

/* Dutch, the default. */
static const mkba_nat_strings NL = {
    .report_kind = "Landelijke maatschappelijke kosten-batenanalyse",
    .title_kind = "Kosten en baten per interventie en per centrumregio",
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
    .concl_best = "Het hoogste saldo over de doorgerekende regio's samen "
                  "heeft {1}: {2} ({3}).",
    .concl_worst = "Het laagste heeft {1}: {2} ({3}).",
    .concl_units = "Saldi per eenheid zijn niet tussen interventies te "
                   "vergelijken: de eenheid verschilt (personen, woningen, "
                   "praktijken, signalen) en is soms een jaarlijkse instroom.",
    .concl_failed = "{1} cellen zijn mislukt; ze staan met hun foutmelding "
                    "bij hun interventie en regio.",
    .sec_totals = "Landelijk totaal per interventie",
    .totals_intro =
        "Per interventie de som over de regio's die zijn doorgerekend: "
        "kosten, baten en saldo in contante waarde (prijspeil {1}), de "
        "omvang van het programma en het saldo per eenheid daarvan. Regio's "
        "die niet "
        "konden worden doorgerekend tellen niet mee; hoeveel het er zijn, "
        "staat in de tabel.",
    .col_regions_skipped = "Overgeslagen",
    .col_regions_counts = "Regio's berekend / overgeslagen / mislukt",
    .col_participants = "Omvang",
    .col_npv_pp = "Saldo per eenheid",
    .participants_note =
        "Kosten, baten en saldo in miljoenen euro's; saldo per eenheid in "
        "euro's. Omvang: de omvang van het programma in de regio's samen, in "
        "de eenheid van de interventie (personen, huishoudens, woningen, "
        "praktijken, signalen); bij een eenheid per jaar is dat de instroom "
        "van één jaar. Saldo per eenheid: het saldo over de hele looptijd "
        "gedeeld door die omvang, dus bij een jaarlijkse instroom per persoon "
        "van één jaar instroom, niet per deelnemer. Omdat de eenheden "
        "verschillen, zijn saldi per eenheid niet tussen interventies te "
        "vergelijken; het saldo in euro's wel.",
    .skipped_heading = "Waarom regio's zijn overgeslagen",
    .skipped_intro =
        "Een regio zonder telling met bron van de doelgroep van een "
        "interventie wordt voor die interventie overgeslagen, niet geschat. "
        "Wie de omvang van het programma in zo'n regio kent, kan die in het "
        "batchbestand opgeven.",
    .col_reason = "Reden",
    .reason_count = "geen telling met bron van {1}",
    .reason_failed = "mislukt: {1}",
    .none_computed = "geen regio doorgerekend",
    .national_row = "Som",
    .sec_by_iv = "Per interventie: de regio's naast elkaar",
    .by_iv_intro =
        "Per interventie het saldo per eenheid van het programma (de eenheid "
        "staat bij elk paneel) in elke doorgerekende regio, met het "
        "90%-interval uit de simulaties; daarna per interventie een "
        "tabel met de kans op een positief saldo en wie betaalt en wie baat "
        "heeft.",
    .by_iv_same =
        "In deze doorrekening verschillen de regio's alleen in de omvang van "
        "het programma (de schaal): het saldo per eenheid van een interventie "
        "is daarom in elke regio hetzelfde, en gelijke balken zijn geen "
        "bevinding. De kleine verschillen in de kans op een positief saldo "
        "komen uit de eigen trekkingen van elke cel (toeval van de simulatie), "
        "niet uit verschillen tussen de regio's.",
    .chart_title = "Saldo per eenheid van het programma, per regio",
    .chart_sub = "Contante waarde in euro's per eenheid (bij elk paneel), "
                 "prijspeil {1}. Elk paneel heeft zijn eigen schaal.",
    .panel_not_shown = "+ {1} regio's niet doorgerekend",
    .key_interval = "90%-interval (P5–P95)",
    .col_region = "Centrumregio",
    .iv_not_computed = "Niet doorgerekend ({1}): {2}.",
    .iv_not_computed_same = "Niet doorgerekend ({1}): dezelfde regio's als "
                            "bij {2}.",
    .iv_caption = "Omvang in {1}. Saldo per eenheid in euro's {2}; saldo per "
                  "actor in duizenden euro's. Contante waarde, prijspeil {3}.",
    .panel_unit = "Saldo in euro's {1}",
    .per_yearly = "{1} per jaar ingestroomd",
    .sec_by_region = "Per regio: de interventies gerangschikt",
    .by_region_intro =
        "Per doorgerekende regio de interventies van hoog naar laag saldo in "
        "totaal (contante waarde in euro's, prijspeil {1}). Het saldo in "
        "euro's is tussen interventies te vergelijken; het saldo per eenheid "
        "niet, omdat de eenheden verschillen.",
    .region_caption = "Saldo (CW) in euro's, prijspeil {1}; saldo per "
                      "eenheid in euro's per eenheid van de interventie.",
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
        "interventies zijn niet opgeteld: ze vormen geen pakket.",
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
        "Per centrumregio de versie van het regiobestand en de tellingen "
        "waarmee de omvang van de programma's is geschaald: de doelgroep, de "
        "regionale telling met jaar en betrouwbaarheid, en de landelijke "
        "telling (met jaar) waartegen die is afgezet. Een aanname is een "
        "afgeleide of geschatte telling, geen telling met bron. Prijsindex "
        "en kostprijzen: {1}.",
    .vintage_mixed =
        "Regionale en landelijke tellingen komen niet altijd uit hetzelfde "
        "jaar (kolommen Jaar en Landelijk); de schaalfactor mengt dan "
        "jaargangen.",
    .col_version = "Versie",
    .col_count = "Telling gebruikt",
    .col_count_value = "Aantal",
    .col_year = "Jaar",
    .col_confidence = "Betrouwbaarheid",
    .col_national = "Landelijk (jaar)",
    .col_computed = "Interventies berekend",
    .national_value = "{1} ({2})",
    .conf_verified = "geverifieerd",
    .conf_secondary = "secundaire bron",
    .conf_assumption = "aanname",
    .no_count = "geen (niet doorgerekend)",
    .fallback_heading = "Vervangende tellingen",
    .fallback_intro =
        "Voor deze interventies had een regio geen telling van de eigen "
        "doelgroep van de interventie. De omvang is dan geschaald met een "
        "andere telling, de vervanger die mkba voor die doelgroep gebruikt; "
        "dat is een grovere benadering.",
    .col_own_group = "Eigen doelgroep",
    .col_counted_as = "Geschaald met",
    .col_regions = "Regio's",
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
    .title_kind = "Costs and benefits by intervention and central region",
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
    .concl_best = "The highest net value over the computed regions together "
                  "is that of {1}: {2} ({3}).",
    .concl_worst = "The lowest is that of {1}: {2} ({3}).",
    .concl_units = "Net values per unit do not compare across "
                   "interventions: the unit differs (people, homes, "
                   "practices, signals) and is sometimes a yearly intake.",
    .concl_failed = "{1} cells failed; they are listed with their error "
                    "under their intervention and region.",
    .sec_totals = "National total per intervention",
    .totals_intro =
        "For each intervention the sum over the regions that were computed: "
        "costs, benefits and net value in present value ({1} prices), the "
        "size of the programme and the net value per unit of it. Regions "
        "that could not be computed do not count; the table says how many "
        "there are.",
    .col_regions_skipped = "Skipped",
    .col_regions_counts = "Regions computed / skipped / failed",
    .col_participants = "Size",
    .col_npv_pp = "Net per unit",
    .participants_note =
        "Costs, benefits and net value in millions of euros; net per unit in "
        "euros. Size: the size of the programme in the regions together, in "
        "the intervention's unit (people, households, homes, practices, "
        "signals); for a unit per year it is one year's intake. Net per "
        "unit: the net value over the whole period divided by that size, so "
        "for a yearly intake it is per person of one year's intake, not per "
        "participant. As the units differ, net values per unit do not "
        "compare across interventions; net values in euros do.",
    .skipped_heading = "Why regions were skipped",
    .skipped_intro =
        "A region without a sourced count of an intervention's target group "
        "is skipped for that intervention, not estimated. Whoever knows the "
        "size of the programme in such a region can state it in the batch "
        "file.",
    .col_reason = "Reason",
    .reason_count = "no sourced count of {1}",
    .reason_failed = "failed: {1}",
    .none_computed = "no region computed",
    .national_row = "Sum",
    .sec_by_iv = "By intervention: the regions side by side",
    .by_iv_intro =
        "For each intervention the net value per unit of the programme (each "
        "panel gives its unit) in every computed region, with the 90% interval "
        "of the simulations; then for "
        "each intervention a table with the chance of a positive net value "
        "and who pays and who gains.",
    .by_iv_same =
        "In this calculation the regions differ only in the size of the "
        "programme (its scale): an intervention's net value per unit is "
        "therefore the same in every region, and equal bars are not a "
        "finding. The small differences in the chance of a positive net "
        "value come from each cell's own draws (simulation noise), not from "
        "differences between the regions.",
    .chart_title = "Net value per unit of the programme, by region",
    .chart_sub = "Present value in euros per unit (given with each panel), "
                 "{1} prices. Each panel has a scale of its own.",
    .panel_not_shown = "+ {1} regions not computed",
    .key_interval = "90% interval (P5–P95)",
    .col_region = "Central region",
    .iv_not_computed = "Not computed ({1}): {2}.",
    .iv_not_computed_same = "Not computed ({1}): the same regions as for "
                            "{2}.",
    .iv_caption = "Size in {1}. Net per unit in euros {2}; net value per "
                  "actor in thousands of euros. Present value, {3} prices.",
    .panel_unit = "Net value in euros {1}",
    .per_yearly = "{1} taken in per year",
    .sec_by_region = "By region: the interventions ranked",
    .by_region_intro =
        "For each computed region the interventions from high to low net "
        "value in total (present value in euros, {1} prices). Net values in "
        "euros compare across interventions; net values per unit do not, as "
        "the units differ.",
    .region_caption = "Net (PV) in euros, {1} prices; net per unit in euros "
                      "per unit of the intervention.",
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
        "interventions are not summed: they are not a package.",
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
    .vintage_intro =
        "For each central region the version of its data file and the counts "
        "that scaled the size of the programmes: the target group, the "
        "regional count with its year and confidence, and the national count "
        "(with its year) it was set against. An assumption is a derived or "
        "estimated count, not a sourced one. Price index and unit costs: "
        "{1}.",
    .vintage_mixed =
        "Regional and national counts are not always of the same year "
        "(columns Year and National); the scaling factor then mixes "
        "vintages.",
    .col_version = "Version",
    .col_count = "Count used",
    .col_count_value = "Value",
    .col_year = "Year",
    .col_confidence = "Confidence",
    .col_national = "National (year)",
    .col_computed = "Interventions computed",
    .national_value = "{1} ({2})",
    .conf_verified = "verified",
    .conf_secondary = "secondary source",
    .conf_assumption = "assumption",
    .no_count = "none (not computed)",
    .fallback_heading = "Substitute counts",
    .fallback_intro =
        "For these interventions a region had no count of the "
        "intervention's own target group. Their size was then scaled by "
        "another count, the substitute mkba uses for that group; this is a "
        "rougher approximation.",
    .col_own_group = "Own target group",
    .col_counted_as = "Scaled by",
    .col_regions = "Regions",
    .prov_batch = "Batch file (SHA-256)",
    .prov_title = "Title",
    .prov_cells = "Cells",
    .prov_oneway = "One-way analyses",
    .prov_oneway_no = "not computed",
    .col_plugin = "Plugin",
    .col_plugin_version = "Version",
};

const char *mkba_nat_confidence(mkba_lang lang, const char *c) {
  const mkba_nat_strings *ns = mkba_nat_i18n(lang);
  if (c == NULL)
    return "";
  if (strcmp(c, "verified") == 0)
    return ns->conf_verified;
  if (strcmp(c, "secondary") == 0)
    return ns->conf_secondary;
  if (strcmp(c, "assumption") == 0)
    return ns->conf_assumption;
  return c;
}

/* A Dutch plural of a programme-size unit and its singular. */
typedef struct {
  const char *plural, *singular;
} unit_pair;

/* The plurals the plugins' programme sizes use (interventions/). */
static const unit_pair SINGULAR[] = {
    {"personen", "persoon"},     {"huishoudens", "huishouden"},
    {"signalen", "signaal"},     {"praktijken", "praktijk"},
    {"woningen", "woning"},      {"plekken", "plek"},
    {"plaatsen", "plaats"},      {"trajecten", "traject"},
    {"jongeren", "jongere"},     {"cliënten", "cliënt"},
    {"deelnemers", "deelnemer"}, {"gezinnen", "gezin"},
};

char *mkba_nat_per_unit(mkba_lang lang, const char *unit, char *buf,
                        size_t len) {
  if (len == 0)
    return buf;
  buf[0] = '\0';
  if (unit == NULL || unit[0] == '\0')
    return buf;
  /* the head word (up to " per jaar"), made singular */
  static const char yearly[] = " per jaar";
  size_t n = strlen(unit), y = strlen(yearly);
  int per_year = n > y && strcmp(unit + n - y, yearly) == 0;
  char head[128];
  snprintf(head, sizeof head, "%.*s", (int)(per_year ? n - y : n), unit);
  for (size_t i = 0; i < MKBA_COUNT(SINGULAR); i++)
    if (strcmp(head, SINGULAR[i].plural) == 0)
      snprintf(head, sizeof head, "%s", SINGULAR[i].singular);
  char per[160], shown[200];
  snprintf(per, sizeof per, "per %s", head);
  mkba_fmt_unit(shown, sizeof shown, per, lang); /* English: "per person" */
  if (per_year)
    mkba_tpl(buf, len, mkba_nat_i18n(lang)->per_yearly, shown, NULL, NULL,
             NULL);
  else
    snprintf(buf, len, "%s", shown);
  return buf;
}

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
  for (size_t i = 0; i < MKBA_COUNT(GROUPS); i++)
    if (strcmp(GROUPS[i].id, id) == 0)
      return lang == MKBA_LANG_EN ? GROUPS[i].en : GROUPS[i].nl;
  return id;
}
