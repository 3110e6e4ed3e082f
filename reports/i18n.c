/*
 * i18n.c: the tables behind i18n.h. Dutch follows the Algemene leidraad
 * MKBA's terms (saldo, contante waarde, PM-post, overzichtstabel).
 */
#include "i18n.h"

static const mkba_strings strings_nl = {
    .report_kind = "Maatschappelijke kosten-batenanalyse",
    .page_of = "Pagina {1} van {2}",
    .made_with = "mkba {1}",
    .sec_summary = "Samenvatting",
    .sec_contents = "Inhoud",
    .chart_desc = "Grafiek uit de maatschappelijke kosten-batenanalyse "
                  "‘{1}’ van {2}, gemaakt met mkba {3}.",
    .chart_desc_undated = "Grafiek uit de maatschappelijke kosten-batenanalyse "
                          "‘{1}’, gemaakt met mkba {3}.",
    .region = "Regio",
    .period = "Looptijd",
    .period_value = "{1}–{2} ({3} jaar)",
    .price_level = "Prijspeil",
    .discount = "Discontovoet",
    .discount_fixed = "{1} (basisjaar {2})",
    .discount_step = "{1} vanaf jaar {2}",
    .discount_base = "basisjaar {1}",
    .interventions_word = "Interventies",
    .intervention_word = "Interventie",
    .kpi_npv = "Saldo (netto contante waarde)",
    .kpi_bcr = "Baten per euro kosten",
    .kpi_payback = "Terugverdiend in",
    .kpi_p = "Kans op een positief saldo",
    .kpi_none_payback = "niet binnen de looptijd",
    .kpi_none_bcr = "n.v.t. (geen kosten)",
    .kpi_none_p = "geen onzekerheidsanalyse",
    .kpi_irr = "Interne rentevoet: {1}",
    .sum_costs_benefits = "Over {1} kost de maatregel {2} en levert hij {3} "
                          "aan baten op, in contante waarde.",
    .sum_bcr = "Elke euro kosten levert {1} aan baten op.",
    .sum_payback = "De maatregel verdient zich terug in {1}.",
    .sum_no_payback =
        "Binnen de looptijd verdient de maatregel zich niet terug.",
    .sum_split =
        "Van de baten is {1} budgeteffect (uitgaven die vervallen of "
        "verschuiven) en {2} gemonetariseerd welzijn (QALY's, gewaardeerd "
        "tegen {3} per QALY); zonder welzijn is het saldo {4}.",
    /* the defined term held on one line (no-break spaces) */
    .sum_fyrr = "Het rendement\xc2\xa0in\xc2\xa0het\xc2\xa0"
                "eerste\xc2\xa0jaar met baten is {1}.",
    .ranking_heading = "Rangorde van de alternatieven",
    .warnings_heading = "Let op",
    .discount_heading = "Saldo bij andere discontovoeten",
    .discount_intro =
        "De standaard is 2,25% reëel (Werkgroep Discontovoet "
        "2020). Ter vergelijking het saldo bij de vorige standaard "
        "van 3% en bij de termijnstructuur van 2,8% en na 35 jaar "
        "1,8% die in 2025 is voorgesteld, alle vanaf hetzelfde "
        "basisjaar.",
    .col_regime = "Discontering",
    .per_actor_heading = "Wie betaalt, wie baat: per actor",
    .col_actor = "Actor",
    .col_costs_pv = "Kosten (CW)",
    .col_benefits_pv = "Baten (CW)",
    .col_net_pv = "Saldo (CW)",
    .col_p_positive = "Kans saldo > 0",
    .col_costs_und = "Kosten (niet verdisc.)",
    .col_benefits_und = "Baten (niet verdisc.)",
    .col_transfers_net = "Waarvan overdrachten",
    .row_total_society = "Maatschappij (totaal)",
    .transfer_note =
        "Overdrachten (zoals uitkeringen en huur) tellen per actor als kosten "
        "voor wie betaalt en als baten voor wie ontvangt; voor de maatschappij "
        "als geheel vallen ze tegen elkaar weg.",
    .pv_note = "CW = contante waarde bij de discontovoet. Bedragen in euro's, "
               "prijspeil {1}.",
    .undiscounted_line =
        "Niet verdisconteerd: kosten {1}, baten {2}, saldo {3}.",
    .sec_overview = "Overzicht kosten en baten",
    .overview_intro =
        "De overzichtstabel zet alle kosten en baten per post op een rij, in "
        "contante waarde en niet verdisconteerd. Daaronder dezelfde uitkomst "
        "per actor, met onder elke actor de effecten die niet in euro's zijn "
        "uit te drukken (PM-posten) en de richting van hun effect.",
    .col_item = "Post",
    .row_total = "Totaal",
    .transfers_heading = "Overdrachten tussen actoren",
    .transfers_intro =
        "Geld dat van de ene actor naar de andere gaat. Het verandert wie "
        "betaalt en wie baat, maar telt maatschappelijk op tot nul.",
    .col_from_to = "Van → naar",
    .col_pv = "CW",
    .col_und = "Niet verdisc.",
    .transfers_none = "Geen overdrachten.",
    .col_effect = "Effect",
    .col_direction = "Richting",
    .dir_positive = "+ positief",
    .dir_negative = "− negatief",
    .dir_unknown = "? onbekend",
    .all_actors = "Alle actoren",
    .outcomes_heading = "Effecten (niet in euro's)",
    .col_unit = "Eenheid",
    .col_baseline = "Zonder maatregel",
    .col_with = "Met maatregel",
    .col_difference = "Verschil",
    .sec_actors = "Wie betaalt, wie baat",
    .actors_intro = "Per actor de kosten (links van de nullijn) en baten "
                    "(rechts), in contante waarde. Gearceerde delen zijn "
                    "overdrachten: geld dat van een andere actor komt of naar "
                    "een andere actor gaat. Het ruitje is het saldo.",
    .chart_actors_title = "Kosten en baten per actor",
    .chart_money_sub = "Contante waarde in euro's, prijspeil {1}",
    .key_costs = "Kosten",
    .key_benefits = "Baten",
    .key_transfer = "Overdracht",
    .key_net = "Saldo",
    .axis_left_costs = "← kosten",
    .axis_right_benefits = "baten →",
    .sec_years = "Kosten en baten over de tijd",
    .years_intro = "Per jaar de kosten en baten (niet verdisconteerd) en het "
                   "saldo, met het cumulatieve verdisconteerde saldo: de "
                   "terugverdiencurve. Vanaf het jaar waarin die curve boven "
                   "nul komt en blijft, is de maatregel terugverdiend.",
    .chart_years_title = "Kosten, baten en terugverdientijd per jaar",
    .chart_years_sub = "Euro's, prijspeil {1}. Staven en saldo per jaar niet "
                       "verdisconteerd; cumulatief saldo in contante waarde",
    .key_net_year = "Saldo per jaar",
    .key_cumulative = "Cumulatief saldo (CW)",
    .payback_mark = "terugverdiend in {1}",
    .col_year = "Jaar",
    .col_factor = "Discontofactor",
    .col_costs = "Kosten",
    .col_benefits = "Baten",
    .col_net = "Saldo",
    .col_cumulative = "Cumulatief (CW)",
    .sec_uncertainty = "Onzekerheid",
    .uncertainty_none =
        "Voor deze berekening is geen Monte Carlo-analyse gedraaid; er zijn "
        "dus geen kansen. Geef in het scenario \"uncertainty\": {\"draws\": "
        "10000} op om de onzekerheid in beeld te brengen.",
    .uncertainty_intro =
        "De berekening is {1} keer herhaald met trekkingen uit de "
        "kansverdelingen van de onzekere parameters (seed {2}). In {3} van de "
        "trekkingen is het saldo positief. Gemiddeld saldo {4}, mediaan {5}; "
        "90% van de uitkomsten ligt tussen {6} en {7}.",
    .chart_hist_title = "Verdeling van het saldo",
    .chart_hist_sub =
        "{1} trekkingen, contante waarde in euro's, prijspeil {2}",
    .axis_share = "aandeel trekkingen",
    .key_negative = "Saldo onder nul",
    .key_positive = "Saldo boven nul",
    .label_p_positive = "P(saldo > 0) = {1}",
    .chart_scurve_title =
        "Kans dat het saldo onder een bedrag blijft (S-curve)",
    .chart_scurve_sub = "Cumulatieve verdeling van het saldo, contante waarde "
                        "in euro's, prijspeil {1}",
    .axis_cum_prob = "cumulatieve kans",
    .chart_risk_title = "Onzekerheid per actor",
    .chart_risk_sub = "90%-interval (P5 tot P95) en mediaan van het saldo per "
                      "actor; rechts de kans op een positief saldo",
    .key_interval = "90%-interval",
    .key_median = "Mediaan",
    .col_mean = "Gemiddeld",
    .col_p05 = "P5",
    .col_p50 = "Mediaan",
    .col_p95 = "P95",
    .sec_sensitivity = "Gevoeligheid en omslagwaarden",
    .sensitivity_intro = "Elke onzekere parameter apart op zijn 10e en 90e "
                         "percentiel, alle andere op hun basiswaarde. Bovenaan "
                         "staan de parameters die het saldo het meest bewegen.",
    .sensitivity_none = "Deze berekening heeft geen onzekere parameters, dus "
                        "geen gevoeligheidsanalyse.",
    .chart_tornado_title =
        "Tornadodiagram: saldo bij een lage en een hoge parameterwaarde",
    .chart_tornado_sub = "Contante waarde in euro's, prijspeil {1}; de "
                         "doorgetrokken lijn is het basissaldo {2}{3}",
    .key_low = "Parameter op P10",
    .key_high = "Parameter op P90",
    .tornado_shown = "; de {1} parameters met de grootste invloed, van de {2}",
    .tornado_ivs = "Het diagram toont alleen parameters van {1}. De parameters "
                   "van de andere {2} interventies bewegen het saldo minder: "
                   "hun uitslagen zijn kleiner dan die van de onderste rij.",
    .tornado_ivs_chart = "; alleen parameters van {1} van de {2} interventies",
    .chart_tornado_sub_alt =
        "Contante waarde in euro's, prijspeil {1}; elke rij begint bij het "
        "basissaldo van zijn eigen interventie (zwart streepje){3}",
    .key_base_own = "Basissaldo van de interventie",
    .key_zero = "Saldo = 0",
    .chart_iv_sub = "Contante waarde in euro's, prijspeil {1}; van hoog naar "
                    "laag saldo",
    .switching_intro_alt =
        "Per interventie de waarde waarbij het saldo van die interventie nul "
        "wordt, met alle andere parameters op hun basiswaarde. Hoe dichter bij "
        "de basiswaarde, hoe kwetsbaarder de uitkomst.",
    .switching_rest =
        "De andere {1} onzekere parameters hebben geen omslagwaarde, ook niet "
        "buiten hun bereik: geen waarde die het model voor ze toestaat, maakt "
        "op zichzelf het saldo nul.",
    .switching_rest_list = "Geen omslagwaarde, ook niet buiten hun bereik, "
                           "hebben: {1}.",
    .switching_all_none =
        "Geen van de {1} onzekere parameters heeft een omslagwaarde: geen "
        "waarde die het model voor een parameter toestaat, maakt op zichzelf "
        "het saldo nul.",
    .switching_range_note =
        "Bereik: de waarden die een parameter in de onzekerheidsanalyse kan "
        "aannemen, de grenzen van zijn kansverdeling: van minimum tot maximum "
        "bij een uniforme, driehoeks- of PERT-verdeling, van 0 tot 1 bij een "
        "bètaverdeling, vanaf 0 bij een gamma- of lognormale verdeling, elke "
        "waarde bij een normale verdeling. Een parameter zonder kansverdeling "
        "heeft als bereik de waarden die het model toestaat.",
    .switching_inside_none =
        "Geen enkele parameter heeft een omslagwaarde binnen zijn bereik: "
        "binnen de onzekerheid van elke parameter afzonderlijk houdt het "
        "saldo zijn teken.",
    .switching_outside_heading = "Omslagwaarden buiten het bereik",
    .switching_outside_intro =
        "Deze parameters maken het saldo pas nul bij een waarde buiten hun "
        "bereik: een waarde die het model toestaat, maar die de "
        "onzekerheidsanalyse niet voor mogelijk houdt. Voor deze parameters "
        "afzonderlijk is de uitkomst dus robuust.",
    .col_range = "Bereik",
    .corr_heading = "Samenhang tussen parameters",
    .corr_intro =
        "In de trekkingen hangen enkele parameters met elkaar samen "
        "(rangcorrelatie volgens Spearman, toegepast met een normale copula; "
        "elke parameter houdt zijn eigen verdeling). Die samenhang verbreedt "
        "of "
        "versmalt de verdeling van het saldo: ook P5 en P95 hierboven hangen "
        "ervan af.",
    .corr_intro_alt =
        "In de trekkingen hangen enkele parameters met elkaar samen "
        "(rangcorrelatie volgens Spearman, toegepast met een normale copula; "
        "elke parameter houdt zijn eigen verdeling). Die samenhang verbreedt "
        "of "
        "versmalt de spreiding van de uitkomsten: ook de kansen in de tabel "
        "hierboven hangen ervan af.",
    .col_corr_with = "Samen met",
    .col_rank_corr = "Rangcorrelatie",
    .col_rank_achieved = "In de trekkingen",
    .iv_actors_thousands =
        "Saldo (contante waarde) in duizenden euro's, prijspeil {1}. Positief: "
        "de actor wint per saldo; negatief: de actor betaalt per saldo.",
    .switching_heading = "Omslagwaarden",
    .switching_intro = "De waarde waarbij het saldo nul wordt, met alle andere "
                       "parameters op hun basiswaarde. Hoe dichter bij de "
                       "basiswaarde, hoe kwetsbaarder de uitkomst.",
    .switching_parts = "Eerst de omslagwaarden binnen het bereik van de "
                       "parameter, daarna, korter, die erbuiten.",
    .col_parameter = "Parameter",
    .col_base = "Basiswaarde",
    .col_switch = "Omslagwaarde",
    .col_change = "Verschil met basis",
    .switch_none = "geen binnen bereik",
    .switching_none = "Geen omslagwaarden berekend.",
    .sec_interventions = "Interventies vergeleken",
    .interventions_intro =
        "Elke interventie apart en samen als pakket, in contante waarde.",
    .interventions_intro_alt =
        "Elk alternatief op zichzelf, van het hoogste naar het laagste saldo, "
        "in contante waarde. De alternatieven worden niet opgeteld: er wordt "
        "er één gekozen.",
    .chart_iv_title = "Kosten, baten en saldo per interventie",
    .row_package = "Pakket (samen)",
    .col_intervention = "Interventie",
    .col_bcr = "B/K",
    .col_payback = "Terugverdiend (gemeente)",
    .col_payback_society = "Terugverdiend (maatschappij)",
    .payback_society_note =
        "Terugverdiend (maatschappij): het eerste jaar vanaf wanneer het "
        "saldo van alle kosten en baten, in contante waarde opgeteld, voor de "
        "maatschappij als geheel boven nul ligt en blijft. Wanneer de gemeente "
        "haar eigen uitgaven terugverdient, staat in het hoofdstuk over haar "
        "begroting.",
    .col_p_best = "Kans beste",
    .sec_research = "Waar loont meer onderzoek?",
    .research_intro =
        "Niet elke onzekerheid telt even zwaar voor het besluit. Per onzekere "
        "parameter staat hieronder wat het gemiddeld waard is om die ene "
        "parameter precies te kennen vóór de keuze (de verwachte waarde van "
        "gedeeltelijke perfecte informatie, EVPPI): voor de maatschappij, en "
        "voor de gemeente als zij op haar eigen saldo beslist. Meer onderzoek "
        "naar een parameter is hooguit zijn EVPPI waard. De bovengrens is de "
        "waarde van perfecte informatie over alles samen (EVPI): {1} voor de "
        "maatschappij, {2} voor de gemeente. Geschat uit de eerste {3} "
        "trekkingen van de Monte Carlo-analyse, per parameter met een "
        "regressie van het saldo op die parameter (Strong en Oakley, 2013).",
    .research_none =
        "Kennis van één parameter alleen verandert bij geen enkele waarde "
        "ervan de verwachte beste keuze, voor de maatschappij noch voor de "
        "gemeente (EVPPI 0 voor elke parameter). Onderzoek naar één "
        "parameter verandert het besluit dus niet; alleen kennis van alle "
        "onzekere parameters samen heeft de waarde van de EVPI hierboven.",
    .research_note =
        "Bedragen: verwachte waarde van perfecte informatie over de parameter, "
        "contante waarde in euro's. Een parameter met 0 verandert bij geen "
        "enkele waarde de keuze.",
    .chart_evppi_title = "Waar loont meer onderzoek? (EVPPI per parameter)",
    .key_evppi_society = "Maatschappij",
    .key_evppi_gemeente = "Gemeente",
    .key_evpi = "EVPI (bovengrens)",
    .col_evppi_society = "EVPPI maatschappij",
    .col_evppi_gemeente = "EVPPI gemeente",
    .evpi_line =
        "Verwachte waarde van perfecte informatie (EVPI): {1}. Zoveel zou het "
        "gemiddeld opleveren om vóór de keuze zeker te weten welke interventie "
        "het beste uitpakt; meer onderzoek naar de onzekere parameters is dus "
        "hooguit dit bedrag waard.",
    .iv_chances_note =
        "Kans saldo > 0: het deel van de {1} trekkingen waarin het saldo van "
        "de interventie positief is. Kans beste: het deel van de trekkingen "
        "waarin de interventie het hoogste saldo van alle interventies heeft.",
    .iv_unc_heading = "Onzekerheid per interventie",
    .iv_unc_heading_alt = "Onzekerheid per alternatief",
    .iv_unc_intro =
        "Het saldo (contante waarde) over de {1} trekkingen van de "
        "onzekerheidsanalyse: in 5% van de trekkingen ligt het lager dan P5, "
        "in 5% hoger dan P95; de mediaan is het middelste saldo.",
    .sec_variants = "Varianten en optimism bias",
    .variants_intro =
        "Een variant is dezelfde berekening met een andere waarde voor een of "
        "meer parameters, bijvoorbeeld een voorzichtige en een gunstige "
        "inschatting van een effect. Onder de naam van elke variant staat wat "
        "er anders is (parameter = waarde); alle andere parameters houden hun "
        "basiswaarde.",
    .ob_what = "Optimism bias is de neiging om bij een raming de kosten te "
               "laag en de baten te hoog in te schatten. Het Britse Green Book "
               "corrigeert daarvoor door de kosten te verhogen en de baten te "
               "verlagen.",
    .ob_base = "In de basis met optimism bias zijn de kosten met {1} verhoogd "
               "en de baten met {2} verlaagd. Die berekening staat hier en in "
               "de samenvatting naast de basis; de andere uitkomsten in dit "
               "rapport zijn niet gecorrigeerd.",
    .ob_variants = "Een variant met optimism bias is op dezelfde manier "
                   "gecorrigeerd; de correctie staat onder de naam van de "
                   "variant.",
    .ob_terms = "optimism bias: kosten +{1}, baten −{2}",
    .row_base = "Basis",
    .row_base_ob = "Basis met optimism bias",
    .variant_with_ob = "{1}, met optimism bias",
    .col_variant = "Variant",
    .variant_no_changes = "geen parameters gewijzigd",
    .overrides_heading = "Gewijzigde parameters per variant",
    .col_in_variant = "In variant",
    .chart_variants_title = "Saldo per variant",
    .chart_variants_sub = "Contante waarde in euro's, prijspeil {1}; de "
                          "stippellijn is het basissaldo {2}",
    .key_base_net = "Basissaldo",
    .sec_regional = "Regionale cijfers",
    .regional_intro =
        "De omvang van elke interventie is een landelijke programmagrootte. "
        "Voor {1} is die geschaald met de verhouding tussen de regionale "
        "en de landelijke telling van dezelfde doelgroep; de tellingen en hun "
        "bronnen staan hieronder.",
    .regional_national =
        "Deze berekening gebruikt de landelijke cijfers: de programmagroottes "
        "zijn niet geschaald. De landelijke tellingen waarop regio's worden "
        "geschaald staan hieronder.",
    .regional_costs = "Eenheidsprijzen die {1} zelf vaststelt, in plaats "
                      "van de landelijke prijs:",
    .col_target_group = "Doelgroep",
    .col_region_count = "Regio",
    .col_national_count = "Nederland",
    .col_scale_factor = "Schaalfactor",
    .regional_src_region = "Regionale bron",
    .regional_src_national = "Landelijke bron",
    .regional_scaled = "Programmagrootte geschaald met deze telling",
    .sec_assumptions = "Bijlage: Aannames en bronnen",
    .sec_references = "Literatuur",
    .references_intro = "De publicaties waarop de cijfers van dit rapport "
                        "rusten, elk één keer; de bijlage hierboven zegt "
                        "welk cijfer uit welke bron komt.",
    .ref_leidraad = "Romijn, G. en G. Renes (2013). Algemene leidraad voor "
                    "maatschappelijke kosten-batenanalyse. Den Haag: CPB en "
                    "PBL.",
    .ref_discount = "Werkgroep Discontovoet (2020). Rapport Werkgroep "
                    "discontovoet 2020. Den Haag: Ministerie van Financiën.",
    .ref_evppi = "Strong, M. en J.E. Oakley (2013). An efficient method for "
                 "computing single-parameter partial expected value of perfect "
                 "information. Medical Decision Making 33(6), 755-766.",
    .assumptions_intro = "Elke parameter van de berekening met de gebruikte "
                         "waarde, de kansverdeling in de onzekerheidsanalyse, "
                         "de bron en hoe betrouwbaar die bron is. Onder elke "
                         "naam staat de sleutel waarmee een scenario de "
                         "waarde kan wijzigen.",
    .col_value = "Waarde",
    .col_distribution = "Verdeling",
    .col_source = "Bron",
    .source_assumed = "Aanname, op basis van",
    .col_confidence = "Betrouwbaarheid",
    .conf_verified = "geverifieerd",
    .conf_secondary = "secundair",
    .conf_assumption = "aanname",
    .conf_scenario = "scenario",
    .confidence_legend =
        "Betrouwbaarheid: geverifieerd = in de oorspronkelijke bron nagelezen; "
        "secundair = overgenomen uit een andere publicatie; aanname = "
        "inschatting zonder directe bron; scenario = keuze van de opsteller "
        "van het scenario.",
    .dist_fixed = "vast",
    .dist_normal = "normaal",
    .dist_lognormal = "lognormaal",
    .dist_uniform = "uniform",
    .dist_triangular = "driehoek",
    .dist_pert = "PERT",
    .dist_beta = "bèta",
    .dist_gamma = "gamma",
    .p_mean = "gem.",
    .p_sd = "sd",
    .p_mode = "modus",
    .p_shape = "vorm",
    .p_scale = "schaal",
    .price_year_of = "prijsjaar {1}",
    .price_year_reindexed = "bron in prijzen van {1}, hier in prijzen van {2}",
    .sec_provenance = "Herkomst en reproduceerbaarheid",
    .provenance_intro =
        "Met deze gegevens is de berekening precies te herhalen: dezelfde "
        "versies, gegevens, seed en instellingen geven dezelfde uitkomsten.",
    .prov_mkba = "mkba-versie",
    .prov_plugins = "Plugins (versie, SHA-256)",
    .prov_data = "Dataversie",
    .prov_scenario = "Scenario (SHA-256)",
    .prov_seed = "Seed",
    .prov_draws = "Trekkingen",
    .prov_price_index = "Prijsindex",
    .prov_factors = "factoren naar {1}: {2}",
    .prov_schema = "Resultaatschema",
    .prov_date = "Datum rapport",
    .prov_undated =
        "geen: geef \"date\" in het scenario (of SOURCE_DATE_EPOCH) "
        "om het rapport te dateren",
    .prov_none = "geen",
    .iv_actors_heading = "Saldo per actor en per interventie",
    .sum_costs_benefits_package = "Over {1} kost het pakket {2} en levert het "
                                  "{3} aan baten op, in contante waarde.",
    .verdict_positive = "{1} levert de maatschappij meer op dan het kost: over "
                        "{2} is het saldo {3}, in contante waarde.",
    .verdict_negative = "{1} kost de maatschappij meer dan het oplevert: over "
                        "{2} is het saldo {3}, in contante waarde.",
    .verdict_zero = "{1} kost de maatschappij over {2} evenveel als het "
                    "oplevert.",
    .package_subject = "Het pakket van {1} interventies",
    .verdict_ob = "Gecorrigeerd voor optimism bias (kosten +{1}, baten −{2}) "
                  "is het saldo {3}.",
    .kpi_ob = "Met optimism bias: {1}",
    .sure_high = "Die uitkomst is vrijwel zeker: in {1} van de {2} simulaties "
                 "is het saldo positief, en 90% van de uitkomsten ligt tussen "
                 "{3} en {4}.",
    .sure_likely = "Die uitkomst is waarschijnlijk, maar niet zeker: in {1} "
                   "van de {2} simulaties is het saldo positief, en 90% van de "
                   "uitkomsten ligt tussen {3} en {4}.",
    .sure_low = "Die uitkomst is onzeker: in {1} van de {2} simulaties is het "
                "saldo positief, en 90% van de uitkomsten ligt tussen {3} en "
                "{4}.",
    .sure_none = "Er is geen onzekerheidsanalyse gedraaid, dus hoe zeker die "
                 "uitkomst is, is niet bekend.",
    .sure_high_few = "Die uitkomst is vrijwel zeker binnen de onzekerheid van "
                     "{5}: in {1} van de {2} simulaties is het saldo positief, "
                     "en 90% van de uitkomsten ligt tussen {3} en {4}; de "
                     "andere {6} parameters liggen vast.",
    .sure_fixed = "Daarin telt alleen de onzekerheid van {1} mee; de andere "
                  "{2} parameters liggen vast.",
    .few_one = "de 1 parameter die varieert",
    .few_many = "de {1} parameters die variëren",
    .varied_one = "1 van de {2} parameters varieert in de simulaties; de "
                  "andere {3} liggen vast",
    .varied_many = "{1} van de {2} parameters variëren in de simulaties; de "
                   "andere {3} liggen vast",
    .varied_all = "alle {2} parameters variëren in de simulaties",
    .scenario_one = "1 is een keuze van de opsteller, zonder bron",
    .scenario_many = "{1} zijn keuzes van de opsteller, zonder bron",
    .who_lead = "Wie betaalt, wie baat: {1}.",
    .who_pays_gets = "{1} betaalt {2} en krijgt {3} terug (per saldo {4})",
    .who_pays = "{1} betaalt {2}",
    .who_gains = "{1} gaat er {2} op vooruit",
    .who_loses = "{1} gaat er {2} op achteruit",
    .who_wellbeing = ", waarvan {1} aan welzijn",
    .who_none = "Voor {1} verandert er in euro's niets.",
    .list_and = " en ",
    .gemeente_payback = "De gemeente verdient haar uitgaven terug in {1} "
                        "(in contante waarde).",
    .gemeente_no_payback =
        "Binnen de looptijd verdient de gemeente haar uitgaven niet terug.",
    .subj_gemeente = "de gemeente",
    .subj_zorgverzekeraar = "de zorgverzekeraar",
    .subj_rijk = "het Rijk",
    .subj_woningcorporatie = "de woningcorporatie",
    .subj_deelnemer = "de groep deelnemers",
    .subj_samenleving = "de samenleving",
    .pm_count_one = "Daarnaast is er 1 effect dat niet in euro's is "
                    "uitgedrukt (een PM-post); de overzichtstabel noemt het "
                    "bij zijn actor.",
    .pm_count_many = "Daarnaast zijn er {1} effecten die niet in euro's zijn "
                     "uitgedrukt (PM-posten); de overzichtstabel noemt ze per "
                     "actor.",
    .pkg_best = "De grootste bijdrage komt van {1} ({2}).",
    .pkg_negative = "Een negatief saldo hebben: {1}.",
    .interventions_count = "{1}, zie het hoofdstuk {2}",
    .alt_verdict = "Van de {1} alternatieven levert {2} het meest op: over {3} "
                   "een saldo van {4}, in contante waarde.",
    .alt_positive_some = "{1} van de {2} alternatieven hebben een positief "
                         "saldo.",
    .alt_positive_none = "Geen van de alternatieven heeft een positief saldo.",
    .alt_positive_one = "1 van de {2} alternatieven heeft een positief saldo.",
    .alt_positive_all = "Alle {1} alternatieven hebben een positief saldo.",
    .alt_sure = "De kans dat {1} werkelijk het beste is, is {2}; "
                "de kans op een positief saldo is {3}, en 90% van de "
                "uitkomsten ligt tussen {4} en {5}.",
    .alt_runner_up = "Het tweede alternatief, {1}, is in {2} van de simulaties "
                     "het beste.",
    .alt_split = "Van de baten van {1} is {2} budgeteffect "
                 "(uitgaven die vervallen of verschuiven) en {3} "
                 "gemonetariseerd welzijn; zonder welzijn is het saldo {4}.",
    .alt_who = "Wie betaalt, wie baat bij {1}: {2}.",
    .alt_ob_same = "Gecorrigeerd voor optimism bias (kosten +{1}, baten −{2}) "
                   "is het saldo van {3} {4}, en blijft het het beste "
                   "alternatief.",
    .alt_ob_other = "Gecorrigeerd voor optimism bias (kosten +{1}, baten −{2}) "
                    "levert {3} het meest op: {4}.",
    .alt_who_more = "Wie betaalt en wie baat bij elk alternatief staat in het "
                    "hoofdstuk {1}.",
    .col_npv_ob = "Saldo met optimism bias",
    .sec_overview_alt = "Overzichtstabel van de alternatieven",
    .overview_intro_alt =
        "De overzichtstabel zet per alternatief alle kosten en baten per post "
        "op een rij, in contante waarde, in de volgorde van de rangorde. "
        "Daaronder de effecten die niet "
        "in euro's zijn uit te drukken (PM-posten), per actor.",
    .alt_not_summed =
        "Alternatieven worden nooit opgeteld: hun som is geen uitkomst.",
    .row_budget_part = "waarvan budgeteffecten",
    .row_wellbeing_part = "waarvan gemonetariseerd welzijn",
    .row_total_excl_pm = "Totaal (zonder PM-posten)",
    .row_bcr = "Baten per euro kosten (B/K)",
    .pm_plus = "+PM",
    .pm_minus = "−PM",
    .pm_unknown = "PM (?)",
    .pm_legend = "+PM: een positief effect, −PM: een negatief effect, PM (?): "
                 "richting onbekend. PM-posten zijn niet in euro's uitgedrukt "
                 "en tellen niet mee in het saldo.",
    .overview_by_actor = "Per actor, met de PM-posten",
    .overview_pm_by_actor = "PM-posten per actor",
    .col_benefits_budget = "Baten: budget (CW)",
    .col_benefits_wellbeing = "Baten: welzijn (CW)",
    .overview_part = "Alternatieven {1}–{2} van {3} (in de volgorde van de "
                     "rangorde)",
    .sec_method = "Methode",
    .method_intro = "Hoe de berekening is gemaakt, volgens de Algemene "
                    "leidraad voor maatschappelijke kosten-batenanalyse "
                    "(CPB/PBL 2013) en de Werkwijzer MKBA in het sociaal "
                    "domein (2016).",
    .m_null = "Nulalternatief",
    .m_null_text =
        "Wat er gebeurt zonder de maatregel: de opvang, zorg en ondersteuning "
        "zoals ze nu zijn. Elk bedrag in dit rapport is het verschil tussen de "
        "situatie met de maatregel en dit nulalternatief.",
    .m_project = "Projectalternatief",
    .m_project_package = "De {1} interventies samen, als pakket: hun kosten en "
                         "baten zijn opgeteld.",
    .m_project_alt = "{1} alternatieven, elk apart vergeleken met hetzelfde "
                     "nulalternatief en niet opgeteld.",
    .m_discount_std =
        "{1} reëel, inclusief risico-opslag, volgens de Werkgroep "
        "Discontovoet 2020 (de standaard sinds 2021); basisjaar {2}.",
    .m_discount_own = "{1}: de eigen keuze van het scenario. De standaard is "
                      "2,25% reëel (Werkgroep Discontovoet 2020).",
    .m_horizon_text = "{1}–{2} ({3} jaar). Wat na {2} gebeurt, telt niet mee, "
                      "behalve als restwaarde.",
    .m_price_text = "Euro's van {1} (constante prijzen); bedragen uit andere "
                    "jaren zijn omgerekend met de consumentenprijsindex van "
                    "het CBS.",
    .m_residual = "Restwaarden",
    .m_residual_yes = "Investeringen die na de looptijd nog waarde hebben, "
                      "tellen in het laatste jaar als baat mee (post "
                      "Restwaarde: {1} in contante waarde).",
    .m_residual_no = "Geen: geen van de interventies boekt een restwaarde.",
    .m_optimism = "Optimisme-correctie",
    .m_optimism_yes = "Kosten {1} hoger en baten {2} lager: saldo {3} (naast "
                      "de basiswaarde; zie Varianten).",
    .m_optimism_no = "Niet toegepast. Geef in het scenario \"optimism_bias\" "
                     "om de kosten op te hogen en de baten te verlagen.",
    .m_qaly = "Waarde van een QALY",
    .m_qaly_text = "{1} per QALY (een levensjaar in goede gezondheid): {2} in "
                   "prijzen van {3}, omgerekend naar het prijspeil.",
    .m_uncertainty_text = "{1} simulaties (Monte Carlo, seed {2}). P5 en P95 "
                          "begrenzen de middelste 90% van de uitkomsten.",
    .m_assumptions = "Aannames",
    .m_assumptions_text =
        "{1} van de {2} parameters zijn aannames: inschattingen zonder "
        "directe bron.{5} De andere: {3} (zie {4}).",
    .m_region_text = "Programmagroottes zijn naar {1} geschaald met "
                     "regionale tellingen van dezelfde doelgroep (zie {2}); "
                     "dat is een benadering.",
    .ms_heading = "Gevoeligheid voor de methode",
    .ms_rates = "Bij een andere discontovoet is het saldo: {1}.",
    .ms_same_sign = "Het saldo verandert daarbij niet van teken.",
    .ms_sign_flips = "Bij {1} wordt het saldo {2}.",
    .ms_alt_same = "Bij elke discontovoet blijft {1} het beste alternatief.",
    .ms_alt_other = "Bij {1} levert {2} het meest op.",
    .ms_wellbeing = "Zonder gemonetariseerd welzijn (QALY's) is het saldo {1}.",
    .ms_alt_wellbeing = "Zonder gemonetariseerd welzijn levert {1} het meest "
                        "op: {2}.",
    .discount_std_short = "{1} reëel, Werkgroep Discontovoet 2020 (basisjaar "
                          "{2})",
    .p1_assumptions = "{1} van de {2} parameters zijn aannames{4}; zie {3}",
    .quoted = "‘{1}’",
    .ms_where = "De uitkomsten per discontovoet staan in het hoofdstuk {1}.",
    .word_positive = "positief",
    .word_negative = "negatief",
    .sec_budget = "De begroting van de gemeente",
    .budget_intro =
        "Wat de gemeente per jaar betaalt en terugkrijgt, niet "
        "verdisconteerd: het kasritme voor de begroting. Overdrachten tellen "
        "mee, zoals bijstand die de gemeente betaalt of bespaart. De bedragen "
        "zijn euro's van {1}; voor de meerjarenbegroting komt de inflatie er "
        "nog bij.",
    .budget_intro_alt =
        "Per alternatief wat de gemeente over de hele looptijd betaalt en "
        "terugkrijgt (niet verdisconteerd, euro's van {1}), en in welk jaar "
        "zij haar uitgaven terugverdient (in contante waarde).",
    .col_gem_pays = "Gemeente betaalt",
    .col_gem_gets = "Krijgt terug",
    .col_cum_net = "Cumulatief saldo",
    .budget_total = "Over {1} betaalt de gemeente {2} en krijgt zij {3} "
                    "terug: per saldo {4}.",
    .budget_years_alt = "Saldo van de gemeente per jaar (niet verdisconteerd)",
};

static const mkba_strings strings_en = {
    .report_kind = "Social cost-benefit analysis",
    .page_of = "Page {1} of {2}",
    .made_with = "mkba {1}",
    .sec_summary = "Summary",
    .sec_contents = "Contents",
    .chart_desc = "Chart from the social cost-benefit analysis "
                  "‘{1}’ of {2}, made with mkba {3}.",
    .chart_desc_undated = "Chart from the social cost-benefit analysis "
                          "‘{1}’, made with mkba {3}.",
    .region = "Region",
    .period = "Period",
    .period_value = "{1}–{2} ({3} years)",
    .price_level = "Price level",
    .discount = "Discount rate",
    .discount_fixed = "{1} (base year {2})",
    .discount_step = "{1} from year {2}",
    .discount_base = "base year {1}",
    .interventions_word = "Interventions",
    .intervention_word = "Intervention",
    .kpi_npv = "Net present value",
    .kpi_bcr = "Benefits per euro of cost",
    .kpi_payback = "Pays back in",
    .kpi_p = "Chance of a positive net value",
    .kpi_none_payback = "not within the period",
    .kpi_none_bcr = "n/a (no costs)",
    .kpi_none_p = "no uncertainty analysis",
    .kpi_irr = "Internal rate of return: {1}",
    .sum_costs_benefits = "Over {1} the measure costs {2} and yields {3} in "
                          "benefits, in present value.",
    .sum_bcr = "Each euro of cost returns {1} in benefits.",
    .sum_payback = "It pays back in {1}.",
    .sum_no_payback = "It does not pay back within the period.",
    .sum_split =
        "Of the benefits, {1} are budget effects (spending that "
        "falls away or moves) and {2} monetised well-being (QALYs "
        "valued at {3} each); without well-being the net value is {4}.",
    /* the defined term held on one line (no-break spaces) */
    .sum_fyrr = "The first\xc2\xa0year\xc2\xa0rate\xc2\xa0"
                "of\xc2\xa0return is {1}.",
    .ranking_heading = "The alternatives ranked",
    .warnings_heading = "Please note",
    .discount_heading = "Net value at other discount rates",
    .discount_intro =
        "The standard is 2.25% real (Werkgroep Discontovoet "
        "2020). For comparison, the net value at the previous "
        "standard of 3% and under the term structure of 2.8%, "
        "1.8% after 35 years, proposed in 2025, all from the same "
        "base year.",
    .col_regime = "Discounting",
    .per_actor_heading = "Who pays, who gains: by actor",
    .col_actor = "Actor",
    .col_costs_pv = "Costs (PV)",
    .col_benefits_pv = "Benefits (PV)",
    .col_net_pv = "Net (PV)",
    .col_p_positive = "P(net > 0)",
    .col_costs_und = "Costs (undisc.)",
    .col_benefits_und = "Benefits (undisc.)",
    .col_transfers_net = "Of which transfers",
    .row_total_society = "Society as a whole",
    .transfer_note = "Transfers (such as benefit payments and rent) count as a "
                     "cost to the payer and a benefit to the receiver; for "
                     "society as a whole they cancel out.",
    .pv_note = "PV = present value at the discount rate. Amounts in euros at "
               "{1} prices.",
    .undiscounted_line = "Undiscounted: costs {1}, benefits {2}, net {3}.",
    .sec_overview = "Overview of costs and benefits",
    .overview_intro =
        "The overview table lists all costs and benefits by item, in present "
        "value and undiscounted. Below it, the same result by actor, with "
        "under each actor the effects that cannot be expressed in euros (PM "
        "items) and the direction of their effect.",
    .col_item = "Item",
    .row_total = "Total",
    .transfers_heading = "Transfers between actors",
    .transfers_intro = "Money moving from one actor to another. It changes who "
                       "pays and who gains, but sums to zero for society.",
    .col_from_to = "From → to",
    .col_pv = "PV",
    .col_und = "Undiscounted",
    .transfers_none = "No transfers.",
    .col_effect = "Effect",
    .col_direction = "Direction",
    .dir_positive = "+ positive",
    .dir_negative = "− negative",
    .dir_unknown = "? unknown",
    .all_actors = "All actors",
    .outcomes_heading = "Effects (not in euros)",
    .col_unit = "Unit",
    .col_baseline = "Without measure",
    .col_with = "With measure",
    .col_difference = "Difference",
    .sec_actors = "Who pays, who gains",
    .actors_intro =
        "Costs (left of the zero line) and benefits (right) by actor, in "
        "present value. Hatched parts are transfers: money received from or "
        "paid to another actor. The diamond is the net value.",
    .chart_actors_title = "Costs and benefits by actor",
    .chart_money_sub = "Present value in euros, {1} prices",
    .key_costs = "Costs",
    .key_benefits = "Benefits",
    .key_transfer = "Transfer",
    .key_net = "Net",
    .axis_left_costs = "← costs",
    .axis_right_benefits = "benefits →",
    .sec_years = "Costs and benefits over time",
    .years_intro = "Costs and benefits by year (undiscounted) and the net, "
                   "with the cumulative discounted net: the payback curve. "
                   "From the year that curve rises above zero and stays there, "
                   "the measure has paid for itself.",
    .chart_years_title = "Costs, benefits and payback by year",
    .chart_years_sub = "Euros, {1} prices. Bars and yearly net undiscounted; "
                       "cumulative net in present value",
    .key_net_year = "Net per year",
    .key_cumulative = "Cumulative net (PV)",
    .payback_mark = "pays back in {1}",
    .col_year = "Year",
    .col_factor = "Discount factor",
    .col_costs = "Costs",
    .col_benefits = "Benefits",
    .col_net = "Net",
    .col_cumulative = "Cumulative (PV)",
    .sec_uncertainty = "Uncertainty",
    .uncertainty_none =
        "No Monte Carlo analysis was run for this calculation, so there are no "
        "probabilities. Add \"uncertainty\": {\"draws\": 10000} to the "
        "scenario to show the uncertainty.",
    .uncertainty_intro =
        "The calculation was repeated {1} times with draws from the "
        "probability distributions of the uncertain parameters (seed {2}). In "
        "{3} of the draws the net value is positive. Mean net value {4}, "
        "median {5}; 90% of the outcomes lie between {6} and {7}.",
    .chart_hist_title = "Distribution of the net present value",
    .chart_hist_sub = "{1} draws, present value in euros, {2} prices",
    .axis_share = "share of draws",
    .key_negative = "Net below zero",
    .key_positive = "Net above zero",
    .label_p_positive = "P(net > 0) = {1}",
    .chart_scurve_title =
        "Chance the net value stays below an amount (S-curve)",
    .chart_scurve_sub = "Cumulative distribution of the net value, present "
                        "value in euros, {1} prices",
    .axis_cum_prob = "cumulative probability",
    .chart_risk_title = "Uncertainty by actor",
    .chart_risk_sub = "90% interval (P5 to P95) and median of the net value by "
                      "actor; right: the chance of a positive net value",
    .key_interval = "90% interval",
    .key_median = "Median",
    .col_mean = "Mean",
    .col_p05 = "P5",
    .col_p50 = "Median",
    .col_p95 = "P95",
    .sec_sensitivity = "Sensitivity and switching values",
    .sensitivity_intro =
        "Each uncertain parameter in turn at its 10th and 90th percentile, all "
        "others at their base value. The parameters that move the net value "
        "most are at the top.",
    .sensitivity_none = "This calculation has no uncertain parameters, so "
                        "there is no sensitivity analysis.",
    .chart_tornado_title =
        "Tornado chart: net value at a low and a high parameter value",
    .chart_tornado_sub = "Present value in euros, {1} prices; the solid line "
                         "is the base case {2}{3}",
    .key_low = "Parameter at P10",
    .key_high = "Parameter at P90",
    .tornado_shown = "; the {1} parameters with the largest effect, of {2}",
    .tornado_ivs = "The chart shows parameters of {1} only. The parameters of "
                   "the other {2} interventions move the net value less: "
                   "their swings are smaller than that of the bottom row.",
    .tornado_ivs_chart = "; only parameters of {1} of the {2} interventions",
    .chart_tornado_sub_alt =
        "Present value in euros, {1} prices; each row starts at the base case "
        "of its own intervention (black tick){3}",
    .key_base_own = "Base case of the intervention",
    .key_zero = "Net value = 0",
    .chart_iv_sub = "Present value in euros, {1} prices; from highest to "
                    "lowest net value",
    .switching_intro_alt =
        "Per intervention, the value at which that intervention's net value "
        "becomes zero, with all other parameters at their base value. The "
        "closer to the base value, the more fragile the result.",
    .switching_rest =
        "The other {1} uncertain parameters have no switching value, not even "
        "outside their range: no value the model allows for them turns the "
        "net value to zero on its own.",
    .switching_rest_list = "No switching value, not even outside their range: "
                           "{1}.",
    .switching_all_none =
        "None of the {1} uncertain parameters has a switching value: no value "
        "the model allows for a parameter turns the net value to zero on its "
        "own.",
    .switching_range_note =
        "Range: the values a parameter can take in the uncertainty analysis, "
        "the bounds of its probability distribution: minimum to maximum for a "
        "uniform, triangular or PERT distribution, 0 to 1 for a beta "
        "distribution, from 0 up for a gamma or lognormal distribution, any "
        "value for a normal distribution. A parameter without a distribution "
        "has the values the model allows as its range.",
    .switching_inside_none =
        "No parameter has a switching value within its range: within the "
        "uncertainty of each parameter on its own, the net value keeps its "
        "sign.",
    .switching_outside_heading = "Switching values outside the range",
    .switching_outside_intro =
        "These parameters turn the net value to zero only at a value outside "
        "their range: a value the model allows but the uncertainty analysis "
        "does not consider possible. For each of these parameters on its own "
        "the result is robust.",
    .col_range = "Range",
    .corr_heading = "Correlated parameters",
    .corr_intro =
        "In the draws some parameters move together (Spearman rank "
        "correlation, applied with a normal copula; each parameter keeps its "
        "own distribution). That dependence widens or narrows the distribution "
        "of the net value: P5 and P95 above depend on it too.",
    .corr_intro_alt =
        "In the draws some parameters move together (Spearman rank "
        "correlation, applied with a normal copula; each parameter keeps its "
        "own distribution). That dependence widens or narrows the spread of "
        "the outcomes: the chances in the table above depend on it too.",
    .col_corr_with = "Together with",
    .col_rank_corr = "Rank correlation",
    .col_rank_achieved = "In the draws",
    .iv_actors_thousands =
        "Net value (present value) in thousands of euros, {1} prices. "
        "Positive: the actor gains on balance; negative: the actor pays on "
        "balance.",
    .switching_heading = "Switching values",
    .switching_intro = "The value at which the net value becomes zero, with "
                       "all other parameters at their base value. The closer "
                       "to the base value, the more fragile the result.",
    .switching_parts = "First the switching values within the parameter's "
                       "range, then, briefly, those outside it.",
    .col_parameter = "Parameter",
    .col_base = "Base value",
    .col_switch = "Switching value",
    .col_change = "Change from base",
    .switch_none = "none within range",
    .switching_none = "No switching values computed.",
    .sec_interventions = "Interventions compared",
    .interventions_intro = "Each intervention on its own and together as a "
                           "package, in present value.",
    .interventions_intro_alt =
        "Each alternative on its own, from the highest to the lowest net "
        "value, in present value. The alternatives are not added up: one of "
        "them is chosen.",
    .chart_iv_title = "Costs, benefits and net value by intervention",
    .row_package = "Package (together)",
    .col_intervention = "Intervention",
    .col_bcr = "B/C",
    .col_payback = "Payback (municipality)",
    .col_payback_society = "Payback (society as a whole)",
    .payback_society_note =
        "Payback (society as a whole): the first year from which the net "
        "value of all costs and benefits, added up in present value, is above "
        "zero for society as a whole and stays there. For the year in which "
        "the municipality recovers its own spending, see the chapter on its "
        "budget.",
    .col_p_best = "P(best)",
    .sec_research = "Where is more research worth it?",
    .research_intro =
        "Not every uncertainty weighs the same for the decision. For each "
        "uncertain parameter, below is what it is worth on average to know "
        "that "
        "one parameter exactly before choosing (the expected value of partial "
        "perfect information, EVPPI): for society, and for the municipality "
        "when "
        "it decides on its own net value. More research into a parameter is "
        "worth at most its EVPPI. The upper bound is the value of perfect "
        "information on everything together (EVPI): {1} for society, {2} for "
        "the municipality. Estimated from the first {3} draws of the Monte "
        "Carlo analysis, for each parameter by a regression of the net value "
        "on that parameter (Strong and Oakley, 2013).",
    .research_none =
        "Knowing one parameter alone changes the expected best choice at none "
        "of its values, for society or for the municipality (EVPPI 0 for "
        "every parameter). Research into one parameter therefore does not "
        "change the decision; only knowing all uncertain parameters together "
        "has the value of the EVPI above.",
    .research_note =
        "Amounts: expected value of perfect information on the parameter, "
        "present value in euros. A parameter with 0 changes the choice at none "
        "of its values.",
    .chart_evppi_title =
        "Where is more research worth it? (EVPPI per parameter)",
    .key_evppi_society = "Society as a whole",
    .key_evppi_gemeente = "Municipality",
    .key_evpi = "EVPI (upper bound)",
    .col_evppi_society = "EVPPI, society as a whole",
    .col_evppi_gemeente = "EVPPI municipality",
    .evpi_line =
        "Expected value of perfect information (EVPI): {1}. That is what it "
        "would be worth, on average, to know for certain before choosing which "
        "intervention turns out best; further research into the uncertain "
        "parameters is worth at most this amount.",
    .iv_chances_note =
        "P(net > 0): the share of the {1} draws in which the intervention's "
        "net value is positive. P(best): the share of draws in which it has "
        "the highest net value of all interventions.",
    .iv_unc_heading = "Uncertainty by intervention",
    .iv_unc_heading_alt = "Uncertainty by alternative",
    .iv_unc_intro =
        "The net value (present value) over the {1} draws of the uncertainty "
        "analysis: in 5% of the draws it is below P5, in 5% above P95; the "
        "median is the middle net value.",
    .sec_variants = "Variants and optimism bias",
    .variants_intro =
        "A variant is the same calculation with a different value for one or "
        "more parameters, such as a cautious and a favourable estimate of an "
        "effect. Under each variant's name is what it changes (parameter = "
        "value); all other parameters keep their base value.",
    .ob_what = "Optimism bias is the tendency of appraisals to underestimate "
               "costs and overestimate benefits. The UK Green Book corrects "
               "for it by raising costs and lowering benefits.",
    .ob_base = "In the base case with optimism bias, costs are raised by {1} "
               "and benefits lowered by {2}. It is shown beside the base case "
               "here and in the summary; the other results in this report are "
               "not adjusted.",
    .ob_variants = "A variant with optimism bias is adjusted the same way; "
                   "the adjustment is listed under the variant's name.",
    .ob_terms = "optimism bias: costs +{1}, benefits −{2}",
    .row_base = "Base case",
    .row_base_ob = "Base case with optimism bias",
    .variant_with_ob = "{1}, with optimism bias",
    .col_variant = "Variant",
    .variant_no_changes = "no parameters changed",
    .overrides_heading = "Parameters changed by each variant",
    .col_in_variant = "In variant",
    .chart_variants_title = "Net present value by variant",
    .chart_variants_sub = "Present value in euros, {1} prices; the dashed "
                          "line is the base-case net value {2}",
    .key_base_net = "Base case",
    .sec_regional = "Regional figures",
    .regional_intro =
        "The size of each intervention is a national programme size. For "
        "the {1} it is scaled by the ratio of the regional to the national "
        "count of the same target group; the counts and their sources are "
        "below.",
    .regional_national =
        "This calculation uses the national figures: programme sizes are not "
        "scaled. The national counts against which regions are scaled are "
        "below.",
    .regional_costs = "Unit prices that the {1} sets itself, instead of the "
                      "national price:",
    .col_target_group = "Target group",
    .col_region_count = "Region",
    .col_national_count = "Netherlands",
    .col_scale_factor = "Scale factor",
    .regional_src_region = "Regional source",
    .regional_src_national = "National source",
    .regional_scaled = "Programme size scaled by this count",
    .sec_assumptions = "Annex: Assumptions and sources",
    .sec_references = "References",
    .references_intro = "The publications the figures of this report rest "
                        "on, each once; the annex above says which figure "
                        "comes from which source.",
    .ref_leidraad = "Romijn, G. and G. Renes (2013). Algemene leidraad voor "
                    "maatschappelijke kosten-batenanalyse (General guidance "
                    "for cost-benefit analysis). The Hague: CPB and PBL.",
    .ref_discount = "Werkgroep Discontovoet (2020). Rapport Werkgroep "
                    "discontovoet 2020 (report of the discount-rate working "
                    "group). The Hague: Ministry of Finance.",
    .ref_evppi = "Strong, M. and J.E. Oakley (2013). An efficient method for "
                 "computing single-parameter partial expected value of perfect "
                 "information. Medical Decision Making 33(6), 755-766.",
    .assumptions_intro =
        "Every parameter of the calculation with the value used, its "
        "probability distribution in the uncertainty analysis, its source and "
        "how reliable that source is. Under each name is the key by which a "
        "scenario can change the value.",
    .col_value = "Value",
    .col_distribution = "Distribution",
    .col_source = "Source",
    .source_assumed = "Assumption, based on",
    .col_confidence = "Confidence",
    .conf_verified = "verified",
    .conf_secondary = "secondary",
    .conf_assumption = "assumption",
    .conf_scenario = "scenario",
    .confidence_legend =
        "Confidence: verified = checked in the original source; secondary = "
        "taken from another publication; assumption = an estimate without a "
        "direct source; scenario = a choice made by the author of the "
        "scenario.",
    .dist_fixed = "fixed",
    .dist_normal = "normal",
    .dist_lognormal = "lognormal",
    .dist_uniform = "uniform",
    .dist_triangular = "triangular",
    .dist_pert = "PERT",
    .dist_beta = "beta",
    .dist_gamma = "gamma",
    .p_mean = "mean",
    .p_sd = "sd",
    .p_mode = "mode",
    .p_shape = "shape",
    .p_scale = "scale",
    .price_year_of = "price year {1}",
    .price_year_reindexed = "source in {1} prices, shown in {2} prices",
    .sec_provenance = "Provenance and reproducibility",
    .provenance_intro =
        "With these details the calculation can be repeated exactly: the same "
        "versions, data, seed and settings give the same results.",
    .prov_mkba = "mkba version",
    .prov_plugins = "Plugins (version, SHA-256)",
    .prov_data = "Data version",
    .prov_scenario = "Scenario (SHA-256)",
    .prov_seed = "Seed",
    .prov_draws = "Draws",
    .prov_price_index = "Price index",
    .prov_factors = "factors to {1}: {2}",
    .prov_schema = "Results schema",
    .prov_date = "Report date",
    .prov_undated =
        "none: give \"date\" in the scenario (or SOURCE_DATE_EPOCH) "
        "to date the report",
    .prov_none = "none",
    .iv_actors_heading = "Net value by actor and intervention",
    .sum_costs_benefits_package = "Over {1} the package costs {2} and yields "
                                  "{3} in benefits, in present value.",
    .verdict_positive = "{1} returns more to society than it costs: over {2} "
                        "the net present value is {3}.",
    .verdict_negative = "{1} costs society more than it returns: over {2} the "
                        "net present value is {3}.",
    .verdict_zero = "{1} costs society as much as it returns over {2}.",
    .package_subject = "The package of {1} interventions",
    .verdict_ob = "Corrected for optimism bias (costs +{1}, benefits −{2}), "
                  "the net present value is {3}.",
    .kpi_ob = "With optimism bias: {1}",
    .sure_high = "This is almost certain: in {1} of {2} simulations the net "
                 "value is positive, and 90% of the outcomes lie between {3} "
                 "and {4}.",
    .sure_high_few = "This is almost certain within the uncertainty of {5}: "
                     "in {1} of {2} simulations the net value is positive, "
                     "and 90% of the outcomes lie between {3} and {4}; the "
                     "other {6} parameters are fixed.",
    .sure_fixed = "Only the uncertainty of {1} counts in this; the other {2} "
                  "parameters are fixed.",
    .few_one = "the 1 parameter that varies",
    .few_many = "the {1} parameters that vary",
    .varied_one = "1 of the {2} parameters varies in the simulations; the "
                  "other {3} are fixed",
    .varied_many = "{1} of the {2} parameters vary in the simulations; the "
                   "other {3} are fixed",
    .varied_all = "all {2} parameters vary in the simulations",
    .scenario_one = "1 is the author's choice, without a source",
    .scenario_many = "{1} are the author's choices, without a source",
    .sure_likely = "This is likely but not certain: in {1} of {2} simulations "
                   "the net value is positive, and 90% of the outcomes lie "
                   "between {3} and {4}.",
    .sure_low = "This is uncertain: in {1} of {2} simulations the net value "
                "is positive, and 90% of the outcomes lie between {3} and {4}.",
    .sure_none = "No uncertainty analysis was run, so how sure this outcome is "
                 "is not known.",
    .who_lead = "Who pays, who gains: {1}.",
    .who_pays_gets = "{1} pays {2} and gets {3} back (net {4})",
    .who_pays = "{1} pays {2}",
    .who_gains = "{1} is {2} better off",
    .who_loses = "{1} is {2} worse off",
    .who_wellbeing = ", of which {1} in well-being",
    .who_none = "For {1} nothing changes in euros.",
    .list_and = " and ",
    .gemeente_payback =
        "The municipality recovers its spending in {1} (in present value).",
    .gemeente_no_payback =
        "The municipality does not recover its spending within the period.",
    .subj_gemeente = "the municipality",
    .subj_zorgverzekeraar = "the health insurer",
    .subj_rijk = "central government",
    .subj_woningcorporatie = "the housing association",
    .subj_deelnemer = "the group of participants",
    .subj_samenleving = "the rest of society",
    .pm_count_one = "Besides, 1 effect is not expressed in euros (a PM item); "
                    "the overview table lists it with its actor.",
    .pm_count_many = "Besides, {1} effects are not expressed in euros (PM "
                     "items); the overview table lists them by actor.",
    .pkg_best = "The largest contribution comes from {1} ({2}).",
    .pkg_negative = "Negative net values: {1}.",
    .interventions_count = "{1}, see the chapter {2}",
    .alt_verdict = "Of the {1} alternatives, {2} returns the most: over {3} a "
                   "net present value of {4}.",
    .alt_positive_some = "{1} of the {2} alternatives have a positive net "
                         "value.",
    .alt_positive_none = "None of the alternatives has a positive net value.",
    .alt_positive_one = "1 of the {2} alternatives has a positive net value.",
    .alt_positive_all = "All {1} alternatives have a positive net value.",
    .alt_sure = "The chance that {1} really is the best is {2}; "
                "its chance of a positive net value is {3}, and 90% of its "
                "outcomes lie between {4} and {5}.",
    .alt_runner_up = "The second alternative, {1}, is the best in {2} of the "
                     "simulations.",
    .alt_split = "Of the benefits of {1}, {2} are budget effects "
                 "(spending that falls away or moves) and {3} monetised "
                 "well-being; without well-being its net value is {4}.",
    .alt_who = "Who pays, who gains with {1}: {2}.",
    .alt_ob_same = "Corrected for optimism bias (costs +{1}, benefits −{2}), "
                   "the net value of {3} is {4}, and it stays the best "
                   "alternative.",
    .alt_ob_other = "Corrected for optimism bias (costs +{1}, benefits −{2}), "
                    "{3} returns the most: {4}.",
    .alt_who_more = "Who pays and who gains with each alternative is in the "
                    "chapter {1}.",
    .col_npv_ob = "Net with optimism bias",
    .sec_overview_alt = "Overview table of the alternatives",
    .overview_intro_alt =
        "The overview table lists, for each alternative, all costs and "
        "benefits by item, in present value, in the order of the ranking. "
        "Below it, the effects that cannot be "
        "expressed in euros (PM items), by actor.",
    .alt_not_summed =
        "Alternatives are never summed: their sum is not a result.",
    .row_budget_part = "of which budget effects",
    .row_wellbeing_part = "of which monetised well-being",
    .row_total_excl_pm = "Total (without PM items)",
    .row_bcr = "Benefits per euro of cost (B/C)",
    .pm_plus = "+PM",
    .pm_minus = "−PM",
    .pm_unknown = "PM (?)",
    .pm_legend = "+PM: a positive effect, −PM: a negative effect, PM (?): "
                 "direction unknown. PM items are not expressed in euros and "
                 "are not in the net value.",
    .overview_by_actor = "By actor, with the PM items",
    .overview_pm_by_actor = "PM items by actor",
    .col_benefits_budget = "Benefits: budget (PV)",
    .col_benefits_wellbeing = "Benefits: well-being (PV)",
    .overview_part = "Alternatives {1}–{2} of {3} (in the order of the "
                     "ranking)",
    .sec_method = "Method",
    .method_intro = "How the calculation was made, following the Dutch "
                    "guidance for social cost-benefit analysis (Algemene "
                    "leidraad MKBA, CPB/PBL 2013) and its guide for the social "
                    "domain (Werkwijzer MKBA in het sociaal domein, 2016).",
    .m_null = "Baseline",
    .m_null_text = "What happens without the measure: shelter, care and "
                   "support as they are now. Every amount in this report is "
                   "the difference between the situation with the measure and "
                   "this baseline.",
    .m_project = "Project alternative",
    .m_project_package = "The {1} interventions together, as a package: their "
                         "costs and benefits are summed.",
    .m_project_alt = "{1} alternatives, each compared on its own with the "
                     "same baseline and not summed.",
    .m_discount_std =
        "{1} real, including a risk premium, as set by the Werkgroep "
        "Discontovoet 2020 (the Dutch standard since 2021); base year {2}.",
    .m_discount_own = "{1}: the scenario's own choice. The Dutch standard is "
                      "2.25% real (Werkgroep Discontovoet 2020).",
    .m_horizon_text = "{1}–{2} ({3} years). What happens after {2} does not "
                      "count, except as a residual value.",
    .m_price_text = "Euros of {1} (constant prices); amounts of other years "
                    "are converted with the consumer price index of "
                    "Statistics Netherlands (CBS).",
    .m_residual = "Residual values",
    .m_residual_yes = "Investments that still have value after the period "
                      "count as a benefit in the last year (item Residual "
                      "value: {1} in present value).",
    .m_residual_no = "None: no intervention books a residual value.",
    .m_optimism = "Optimism bias",
    .m_optimism_yes = "Costs {1} higher and benefits {2} lower: net value {3} "
                      "(beside the base case; see Variants).",
    .m_optimism_no = "Not applied. State \"optimism_bias\" in the scenario "
                     "to raise the costs and lower the benefits.",
    .m_qaly = "Value of a QALY",
    .m_qaly_text = "{1} per QALY (a year of life in full health): {2} at {3} "
                   "prices, converted to the price level.",
    .m_uncertainty_text = "{1} simulations (Monte Carlo, seed {2}). P5 and P95 "
                          "bound the middle 90% of the outcomes.",
    .m_assumptions = "Assumptions",
    .m_assumptions_text =
        "{1} of the {2} parameters are assumptions: estimates without a "
        "direct source.{5} The others: {3} (see {4}).",
    .m_region_text = "Programme sizes are scaled to {1} with regional counts "
                     "of the same target group (see {2}); this is an "
                     "approximation.",
    .ms_heading = "Sensitivity to the method",
    .ms_rates = "At another discount rate the net present value is: {1}.",
    .ms_same_sign = "The net value keeps its sign.",
    .ms_sign_flips = "At {1} the net value becomes {2}.",
    .ms_alt_same = "At every discount rate, {1} stays the best alternative.",
    .ms_alt_other = "At {1}, {2} returns the most.",
    .ms_wellbeing =
        "Without monetised well-being (QALYs) the net value is {1}.",
    .ms_alt_wellbeing =
        "Without monetised well-being, {1} returns the most: {2}.",
    .discount_std_short = "{1} real, Werkgroep Discontovoet 2020 (base year "
                          "{2})",
    .p1_assumptions = "{1} of the {2} parameters are assumptions{4}; see {3}",
    .quoted = "‘{1}’",
    .ms_where = "The results for each discount rate are in the chapter {1}.",
    .word_positive = "positive",
    .word_negative = "negative",
    .sec_budget = "The municipality's budget",
    .budget_intro =
        "What the municipality pays and gets back each year, undiscounted: "
        "the cash flow for its budget. Transfers count, such as social "
        "assistance the municipality pays or saves. The amounts are euros "
        "of {1}; a multi-year budget adds inflation.",
    .budget_intro_alt =
        "For each alternative, what the municipality pays and gets back over "
        "the whole period (undiscounted, euros of {1}), and in which year it "
        "recovers its spending (in present value).",
    .col_gem_pays = "Municipality pays",
    .col_gem_gets = "Gets back",
    .col_cum_net = "Cumulative net",
    .budget_total = "Over {1} the municipality pays {2} and gets {3} back: "
                    "net {4}.",
    .budget_years_alt = "The municipality's net value by year (undiscounted)",
};

const mkba_strings *mkba_i18n(mkba_lang lang) {
  return lang == MKBA_LANG_EN ? &strings_en : &strings_nl;
}

const char *mkba_i18n_actor(mkba_lang lang, const char *id) {
  return mkba_words_actor(mkba_words_for(lang), mkba_actor_parse(id));
}
