/*
 * poh_schulden.c - a praktijkondersteuner schulden (debt practice nurse) in
 * the GP practice: patients whose complaints stem from money worries get
 * their debts mapped and light help, or a warm referral to the gemeente's
 * debt counselling, early.
 *
 * Model, per year: `practices` practices each see `clients` patients; every
 * patient seen costs POH consults and case work.  For the share `effect` of
 * them the debts are tackled early; of those, the share the POH refers to
 * the gemeente's debt counselling costs a case now.  What the POH itself
 * achieves is that effect less deadweight (debts that would have been
 * resolved anyway) times attribution (the share due to the POH): fewer GP
 * consults and a better quality of life, decaying by `drop_off` a year, and
 * with chance `debt_help_avoided` no full debt-counselling case
 * `help_delay` years later.  The early referrals are costed and the later
 * cases saved, both in one resource line, so a referral that only moves a
 * case forward counts as nothing saved.  See README.md.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_PRACTICES,    /* GP practices with a POH schulden (national programme) */
  P_CLIENTS,      /* patients seen per practice per year */
  P_POH_CONSULTS, /* POH consults per patient seen */
  P_CONSULT_COST, /* price of a POH consult */
  P_CASE_HOURS,   /* hours of case work outside the consults per patient */
  P_HOUR_COST,    /* price of an hour of case work */
  P_EFFECT,       /* share of patients whose debts are tackled early */
  P_DEADWEIGHT,   /* of those, share whose debts would be resolved anyway */
  P_ATTRIBUTION,  /* share of the remaining effect due to the POH */
  P_DROP_OFF,     /* yearly decay of the health effects */
  P_REFERRAL,     /* share of those tackled early referred to debt counselling now */
  P_HELP_AVOIDED, /* chance a later full debt-counselling case is avoided */
  P_HELP_DELAY,   /* years until that case would have started */
  P_CASE_COST,    /* price of a debt-counselling case */
  P_GP_CONSULTS,  /* GP consults avoided per helped patient per year */
  P_GP_COST,      /* price of a GP consult */
  P_UTILITY_GAIN, /* utility gain per helped patient per year */
  P_QALY_VALUE,   /* euros per QALY */
  P_N
};

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size: GP practices serve everyone on their lists, so the
       number of practices with a POH follows the population. */
    [P_PRACTICES] = {.key = "practices",
                     .label_nl = "Huisartsenpraktijken met een POH schulden",
                     .label_en = "GP practices with a debt practice nurse",
                     .unit = "praktijken",
                     .value = 250,
                     .min = 1,
                     .max = 10000,
                     .flags = MKBA_PARAM_POPULATION | MKBA_PARAM_INTEGER,
                     .target_group = MKBA_TARGET_INHABITANTS,
                     .source = "assumption: a national programme of 250 practices, one per "
                               "about 71,000 inhabitants (17,811,000 in 2023), so that a region "
                               "of Almere's size (about 364,000 inhabitants) gets five practices, "
                               "the size of a local pilot; scaled to a region by its inhabitants",
                     .source_nl = "aanname: een landelijk programma van 250 praktijken, één per "
                                  "circa 71.000 inwoners (17.811.000 in 2023), zodat een regio zo "
                                  "groot als Almere (circa 364.000 inwoners) vijf praktijken "
                                  "krijgt, de omvang van een lokale pilot; naar een regio "
                                  "geschaald naar haar aantal inwoners",
                     .confidence = MKBA_ASSUMPTION},
    /* Who reaches the POH: patients the GP sees with complaints that stem
       from money worries. */
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Patiënten per praktijk per jaar",
                   .label_en = "Patients per practice per year",
                   .unit = "personen per praktijk per jaar",
                   .value = 40,
                   .min = 0,
                   .max = 10000,
                   .dist = MKBA_UNIFORM_DIST(15, 65),
                   .source = "assumption: about one new patient a week; the range is centred on "
                             "that estimate",
                   .source_nl = "aanname: ongeveer één nieuwe patiënt per week; het bereik ligt "
                                "symmetrisch rond die schatting",
                   .confidence = MKBA_ASSUMPTION},
    /* The POH's contacts with the patient in the practice. */
    [P_POH_CONSULTS] = {.key = "poh_consults",
                        .label_nl = "Consulten POH schulden per patiënt",
                        .label_en = "Debt practice nurse consults per patient",
                        .unit = "consulten per persoon",
                        .value = 5,
                        .min = 0,
                        .max = 100,
                        .dist = MKBA_TRIANGULAR_DIST(2, 4, 9),
                        .source = "assumption: an intake, mapping the debts, a plan and follow-up; "
                                  "no count for a debt practice nurse found; the mean of "
                                  "triangular(2, 4, 9)",
                        .source_nl = "aanname: een intake, het in kaart brengen van de schulden, "
                                     "een plan en vervolgcontacten; geen aantal voor een POH "
                                     "schulden gevonden; het gemiddelde van driehoeksverdeling "
                                     "(2; 4; 9)",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_LOWERS_NPV},
    /* A POH schulden is a practice nurse like the POH-GGZ: the nearest
       sourced price of a consult with one. */
    [P_CONSULT_COST] = {.key = "poh_consult_cost",
                        .label_nl = "Kosten consult POH",
                        .label_en = "Practice nurse consult cost",
                        .unit = "EUR per consult",
                        .value = 20.85,
                        .min = 0,
                        .max = 1000,
                        .price_year = 2022,
                        .unit_cost = "poh_ggz_consult",
                        .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024): "
                                  "POH-GGZ consult, as the price of a practice nurse's consult",
                        .source_nl = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024): "
                                     "consult POH-GGZ, als prijs van een consult bij een "
                                     "praktijkondersteuner",
                        .confidence = MKBA_VERIFIED,
                        .flags = MKBA_PARAM_LOWERS_NPV},
    /* Debt work happens mostly outside the consult: creditors, forms,
       payment arrangements, the warm handover. */
    [P_CASE_HOURS] = {.key = "casework_hours",
                      .label_nl = "Uren casuswerk buiten de consulten per patiënt",
                      .label_en = "Case-work hours outside the consults per patient",
                      .unit = "uur per persoon",
                      .value = 6,
                      .min = 0,
                      .max = 200,
                      .dist = MKBA_TRIANGULAR_DIST(2, 5, 11),
                      .source = "assumption: calls and letters to creditors, forms and a payment "
                                "arrangement or referral; with the consults about a quarter of a "
                                "full-time post for 40 patients a year; the mean of "
                                "triangular(2, 5, 11)",
                      .source_nl = "aanname: telefoontjes en brieven aan schuldeisers, "
                                   "formulieren en een betalingsregeling of doorverwijzing; samen "
                                   "met de consulten ongeveer een kwart fte voor 40 patiënten per "
                                   "jaar; het gemiddelde van driehoeksverdeling (2; 5; 11)",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* The nearest sourced price of an hour of social-domain support. */
    [P_HOUR_COST] = MKBA_PARAM_HOME_GUIDANCE_HOUR("casework_hour_cost"),
    [P_HOUR_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* The effect: a gross outcome among the patients seen. */
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Effect: aandeel patiënten bij wie de schulden vroeg worden "
                              "aangepakt",
                  .label_en = "Effect: share of patients whose debts are tackled early",
                  .unit = "fractie",
                  .value = 0.25,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(2.5, 7.5),
                  .source = "assumption: no evaluation of the debt practice nurse found; the "
                            "letter of 4 June 2024 only names it",
                  .source_nl = "aanname: geen evaluatie van de POH schulden gevonden; in de brief "
                               "van 4 juni 2024 wordt de POH schulden alleen genoemd",
                  .confidence = MKBA_ASSUMPTION,
                  .flags = MKBA_PARAM_RAISES_NPV},
    /* Deadweight: some debts get resolved without the POH (by the patient,
       family, a creditor's arrangement). */
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deadweight: aandeel schulden dat ook zonder POH was opgelost",
                      .label_en = "Deadweight: share of debts that would have been resolved "
                                  "anyway",
                      .unit = "fractie",
                      .value = 0.2,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_BETA_DIST(2, 8),
                      .source = "assumption: a minority of early-stage debts resolve without "
                                "help; no Dutch figure found; the mean of beta(2, 8)",
                      .source_nl = "aanname: een minderheid van de schulden in een vroeg stadium "
                                   "wordt zonder hulp opgelost; geen Nederlands cijfer gevonden; "
                                   "het gemiddelde van bètaverdeling (2; 8)",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Attribution: other help at the same time shares in the result. */
    [P_ATTRIBUTION] = {.key = "attribution",
                       .label_nl = "Attributie: aandeel van het effect dat aan de POH toe te "
                                   "rekenen is",
                       .label_en = "Attribution: share of the effect due to the practice nurse",
                       .unit = "fractie",
                       .value = 0.8,
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_BETA_DIST(8, 2),
                       .source = "assumption: volunteers' budget coaching, the municipality's "
                                 "early signalling and family also help some of these patients; "
                                 "the mean of beta(8, 2)",
                       .source_nl = "aanname: budgetcoaching door vrijwilligers, de "
                                    "vroegsignalering van de gemeente en familie helpen ook een "
                                    "deel van deze patiënten; het gemiddelde van bètaverdeling "
                                    "(8; 2)",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* Drop-off: relief from money worries fades, and without the POH the
       debts would have been dealt with some time later. */
    [P_DROP_OFF] = {.key = "drop_off",
                    .label_nl = "Drop-off: jaarlijkse afname van de gezondheidseffecten",
                    .label_en = "Drop-off: yearly decay of the health effects",
                    .unit = "fractie per jaar",
                    .value = 0.4,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_TRIANGULAR_DIST(0.2, 0.4, 0.6),
                    .source = "assumption: without the practice nurse the debts would have come to "
                              "light a few years later anyway (people wait five years on average "
                              "before asking for help, HU lectoraat Schulden & Incasso; the "
                              "practice nurse meets them halfway on average), so the effects fade "
                              "over a few years: at 0.4 they add up to 2 full years; the mean of "
                              "triangular(0.2, 0.4, 0.6)",
                    .source_nl = "aanname: zonder de POH waren de schulden toch een paar jaar "
                                 "later aan het licht gekomen (mensen wachten gemiddeld vijf jaar "
                                 "voordat ze om hulp vragen, HU lectoraat Schulden & Incasso; de "
                                 "POH bereikt hen gemiddeld halverwege), dus de effecten nemen in "
                                 "een paar jaar af: bij 0,4 tellen ze op tot 2 volle jaren; het "
                                 "gemiddelde van driehoeksverdeling (0,2; 0,4; 0,6)",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    /* The warm referral: a debt-counselling case now, which the old model
       left out while counting the later case it replaces. */
    [P_REFERRAL] = {.key = "referral_share",
                    .label_nl = "Aandeel vroeg aangepakt dat nu naar schuldhulpverlening gaat",
                    .label_en = "Share of those tackled early referred to debt counselling now",
                    .unit = "fractie",
                    .value = 0.3,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_BETA_DIST(3, 7),
                    .source = "assumption: the practice nurse settles most early debts with light "
                              "help and refers the larger ones; no Dutch figure found; the mean of "
                              "beta(3, 7)",
                    .source_nl = "aanname: de POH lost de meeste vroege schulden op met lichte "
                                 "hulp en verwijst de grotere door; geen Nederlands cijfer "
                                 "gevonden; het gemiddelde van bètaverdeling (3; 7)",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    [P_HELP_AVOIDED] = {.key = "debt_help_avoided",
                        .label_nl = "Kans dat later schuldhulpverlening nodig was geweest",
                        .label_en = "Chance that debt counselling would have been needed later",
                        .unit = "fractie",
                        .value = 0.5,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_BETA_DIST(5, 5),
                        .source = "assumption: half of the debts tackled early would otherwise "
                                  "have become problematic",
                        .source_nl = "aanname: de helft van de vroeg aangepakte schulden was "
                                     "anders problematisch geworden",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    [P_HELP_DELAY] = {.key = "help_delay",
                      .label_nl = "Jaren tot de vermeden schuldhulpvraag",
                      .label_en = "Years until the avoided request for debt help",
                      .unit = "jaar",
                      .value = 2.5,
                      .min = 0,
                      .max = 20,
                      .dist = MKBA_UNIFORM_DIST(0, 5),
                      .source = "assumption: people wait five years on average before asking for "
                                "help (HU lectoraat Schulden & Incasso); the practice nurse meets "
                                "them at any point of that wait alike, so 0-5 years are left, 2.5 "
                                "on average",
                      .source_nl = "aanname: mensen wachten gemiddeld vijf jaar voordat ze om "
                                   "hulp vragen (HU lectoraat Schulden & Incasso); de POH treft "
                                   "hen met gelijke kans op elk moment van die wachttijd, dus "
                                   "resteren 0-5 jaar, gemiddeld 2,5",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* The value bank's row has no range: a range centred on it. */
    [P_CASE_COST] = {.key = "debt_case_cost",
                     .label_nl = "Kosten schuldhulpverlening per casus",
                     .label_en = "Debt counselling per case",
                     .unit = "EUR per casus",
                     .value = 1500,
                     .min = 0,
                     .max = 100000,
                     .price_year = 2005,
                     .dist = MKBA_UNIFORM_DIST(1000, 2000),
                     .source = "via DRIFT/Stichting Zwerfjongeren Nederland 2018 (price level "
                               "2005)",
                     .source_nl = "via DRIFT/Stichting Zwerfjongeren Nederland 2018 (prijspeil "
                                  "2005)",
                     .confidence = MKBA_VERIFIED,
                     .unit_cost = "debt_counselling_case"},
    [P_GP_CONSULTS] = {.key = "gp_consults_avoided",
                       .label_nl = "Vermeden huisartsconsulten per geholpen patiënt per jaar",
                       .label_en = "GP consults avoided per helped patient per year",
                       .unit = "consulten per persoon per jaar",
                       .value = 2,
                       .min = 0,
                       .max = 50,
                       .dist = MKBA_UNIFORM_DIST(0, 4),
                       .source = "assumption: money worries bring stress complaints to the GP; "
                                 "no Dutch count found, so the base case is the middle of the "
                                 "assumed range 0-4",
                       .source_nl = "aanname: door geldzorgen komen mensen met stressklachten bij "
                                    "de huisarts; geen Nederlands aantal gevonden, dus de "
                                    "basiswaarde is het midden van het aangenomen bereik 0-4",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    [P_GP_COST] = {.key = "gp_consult_cost",
                   .label_nl = "Kosten huisartsconsult",
                   .label_en = "GP consult cost",
                   .unit = "EUR per consult",
                   .value = 30.87,
                   .min = 0,
                   .max = 1000,
                   .price_year = 2022,
                   .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                   .source_nl = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                   .confidence = MKBA_VERIFIED,
                   .unit_cost = "gp_consult",
                   .flags = MKBA_PARAM_RAISES_NPV},
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst in utiliteit per geholpen patiënt per jaar",
                        .label_en = "Utility gain per helped patient per year",
                        .unit = "QALY per persoonsjaar",
                        .value = 0.04,
                        .min = 0,
                        .max = 0.5,
                        .dist = MKBA_UNIFORM_DIST(0, 0.08),
                        .source = "assumption: less stress from debts; no Dutch utility found, so "
                                  "the base case is the middle of the assumed range 0-0.08",
                        .source_nl = "aanname: minder stress door schulden; geen Nederlandse "
                                     "utiliteit gevonden, dus de basiswaarde is het midden van "
                                     "het aangenomen bereik 0-0,08",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
    [P_QALY_VALUE].flags = MKBA_PARAM_RAISES_NPV,
};

/*
 * The weight of the health effects of one year's patients `k` years after
 * the year they were helped: half in that year (patients come through the
 * year), then (1 - drop_off)^k.
 */
static double effect_weight(int k, double drop_off) { return k == 0 ? 0.5 : pow(1 - drop_off, k); }

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  int H = host->horizon(ctx);
  int cat_poh = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_debt = host->category(ctx, "schuldhulp", "Schuldhulpverlening", "Debt counselling");
  int cat_care = host->category(ctx, "zorg", "Zorg", "Health care");
  int cat_qol =
      host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int o_helped =
      host->outcome_id(ctx, "schulden_vroeg_aangepakt", "Schulden vroeg aangepakt (toe te rekenen)",
                       "Debts tackled early (attributable)", "personen");
  int o_cases = host->outcome_id(ctx, "schuldhulptrajecten", "Schuldhulptrajecten",
                                 "Debt counselling cases", "trajecten");
  if (cat_poh < 0 || cat_debt < 0 || cat_care < 0 || cat_qol < 0 || o_helped < 0 || o_cases < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  double *later = host->scratch(ctx, (size_t)H * sizeof *later); /* zeroed */
  if (!later) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  double seen = p[P_PRACTICES] * p[P_CLIENTS];
  double tackled = seen * p[P_EFFECT];
  /* What the POH itself achieves: no deadweight, only its share. */
  double helped = tackled * (1 - p[P_DEADWEIGHT]) * p[P_ATTRIBUTION];
  /* The POH refers whoever needs it, deadweight or not. */
  double referred = tackled * p[P_REFERRAL];
  double poh = seen * (p[P_POH_CONSULTS] * p[P_CONSULT_COST] + p[P_CASE_HOURS] * p[P_HOUR_COST]);

  /* Later cases avoided, each year's helped `help_delay` years on; a
     fractional delay splits over the two years around it. */
  double avoided = helped * p[P_HELP_AVOIDED];
  int lag = (int)floor(p[P_HELP_DELAY]);
  double late = p[P_HELP_DELAY] - lag;
  for (int t = 0; t + lag < H; t++) {
    later[t + lag] += (1 - late) * avoided;
    if (t + lag + 1 < H)
      later[t + lag + 1] += late * avoided;
  }

  for (int t = 0; t < H; t++) {
    /* Patients helped in this and earlier years whose effects last. */
    double stock = 0;
    for (int s = 0; s <= t; s++)
      stock += helped * effect_weight(t - s, p[P_DROP_OFF]);
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_poh, MKBA_COST, t, poh) ||
        /* Debt counselling cases: early referrals less later cases. */
        mkba_post_resource(host, ctx, MKBA_GEMEENTE, cat_debt, t,
                           (referred - later[t]) * p[P_CASE_COST]) ||
        mkba_post_resource(host, ctx, MKBA_ZORGVERZEKERAAR, cat_care, t,
                           -stock * p[P_GP_CONSULTS] * p[P_GP_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol, MKBA_BENEFIT, t,
                   stock * p[P_UTILITY_GAIN] * p[P_QALY_VALUE]) ||
        host->outcome(ctx, o_helped, MKBA_INTERVENTION, t, helped) ||
        host->outcome(ctx, o_helped, MKBA_BASELINE, t, 0) ||
        /* Cases in the year they happen: later ones without the POH,
           referrals with it. */
        host->outcome(ctx, o_cases, MKBA_BASELINE, t, later[t]) ||
        host->outcome(ctx, o_cases, MKBA_INTERVENTION, t, referred))
      return MKBA_ERROR; /* the host has the message */
  }
  host->pm_item(ctx, "Minder huisuitzettingen en afsluitingen",
                "Fewer evictions and utility disconnections", MKBA_PM_POSITIVE,
                MKBA_WONINGCORPORATIE);
  host->pm_item(ctx, "Minder incasso- en deurwaarderskosten", "Lower collection and bailiff costs",
                MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Minder verzuim en meer werk", "Less sick leave, more work", MKBA_PM_POSITIVE,
                MKBA_SAMENLEVING);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "poh_schulden", .version = "2.0.0",
            .title_nl = "Praktijkondersteuner schulden bij de huisarts",
            .title_en = "Debt practice nurse in the GP practice",
            .summary_nl = "Per jaar: consulten en casuswerk van de POH schulden en de "
                          "doorverwijzingen naar schuldhulpverlening, tegen minder "
                          "huisartsconsulten, betere kwaliteit van leven en vermeden latere "
                          "schuldhulptrajecten, na deadweight, attributie en drop-off.",
            .summary_en = "Per year: the debt practice nurse's consults and case work and the "
                          "referrals to debt counselling, against fewer GP consults, better "
                          "quality of life and later debt-counselling cases avoided, after "
                          "deadweight, attribution and drop-off.",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
