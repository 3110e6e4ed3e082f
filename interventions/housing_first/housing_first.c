/*
 * housing_first.c - Housing First (Wonen Eerst): a home of one's own
 * straight away, with support that follows the person, instead of the
 * staircase from street to shelter to "ready for housing".
 *
 * Model: a Markov cohort of `clients` people who are homeless at entry
 * (some on the street, the rest in shelter), followed year by year in the
 * states straat, opvang, woning and overleden, in both arms, counted at
 * mid-year (the half-cycle correction).  Housing First changes two
 * transitions: more of the people who would stay homeless in a year get a
 * home (effect_housing, half-grown in the first year: ramp_up), and fewer
 * tenants lose it (effect_tenancy, fading by drop_off a year once support
 * ends).  Everything else is the same in both arms, so with both effects at
 * zero only the support cost is left.
 *
 * Every housed person-year costs a home (dwelling_year, paid by the tenant);
 * huurtoeslag and the bijstand a tenant gets instead of the institution norm
 * of the shelter are transfers.  See README.md for each equation and every
 * source.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_CLIENTS,           /* people enrolled at the start (national size) */
  P_SHARE_STREET,      /* of them, share sleeping rough at entry */
  P_BASE_HOUSING,      /* usual care: yearly chance a homeless person is housed */
  P_STREET_TO_SHELTER, /* yearly chance of moving from street into shelter */
  P_SHELTER_TO_STREET, /* yearly chance of leaving shelter for the street */
  P_BASE_TENANCY_LOSS, /* usual care: yearly chance a tenant loses the home */
  P_MORT_HOMELESS,     /* yearly mortality while homeless */
  P_MORT_HOUSED,       /* yearly mortality while housed */
  P_EFFECT_HOUSING,    /* HF: share of would-be-homeless housed instead */
  P_EFFECT_TENANCY,    /* HF: relative cut in the chance of losing the home */
  P_RAMP_UP,           /* HF: share of the housing effect reached in year 0 */
  P_SUPPORT_YEARS,     /* HF: years the support (and the team) runs */
  P_DROP_OFF,          /* HF: yearly decay of the tenancy effect after support */
  P_SUPPORT_HOURS,     /* HF support hours per client per week */
  P_HOUR_COST,         /* price of an hour of support (value bank) */
  P_SHELTER_COST,      /* shelter place per person-year (value bank) */
  P_DWELLING_COST,     /* a social-rent home per person-year (value bank) */
  P_HUURTOESLAG,       /* housing allowance per tenant-year (value bank) */
  P_BIJSTAND,          /* full bijstand norm per year (value bank) */
  P_BIJSTAND_INST,     /* bijstand institution norm per year (value bank) */
  P_SHARE_BIJSTAND,    /* share of clients living on bijstand */
  P_SEH_VISITS,        /* extra emergency visits per homeless person-year */
  P_SEH_COST,          /* price of an emergency visit (value bank) */
  P_U_STREET,          /* utility of a year on the street */
  P_U_SHELTER,         /* utility of a year in shelter */
  P_U_HOUSED,          /* utility of a year housed */
  P_QALY_VALUE,        /* euros per QALY (value bank) */
  P_N
};

/* Weeks in a year of support hours. */
#define WEEKS_PER_YEAR 52.0

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size: the one number a region scales. */
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Aantal deelnemers bij de start",
                   .label_en = "Participants enrolled at the start",
                   .unit = "personen",
                   .value = 600,
                   .min = 1,
                   .max = 100000,
                   .flags = MKBA_PARAM_POPULATION | MKBA_PARAM_INTEGER,
                   .target_group = MKBA_TARGET_HOMELESS_REGISTERED,
                   .source = "assumption: the national programme size is taken as the more than "
                             "600 participants in 15 Housing First practices counted by "
                             "Trimbos-instituut 2023 for Housing First Nederland "
                             "(ruimteenwonen.nl, 29 Nov 2023), about 2.7% of the 22,528 "
                             "registered homeless people (national, 2021); a region scales it by "
                             "its own registered count",
                   .source_nl = "aanname: als landelijke programmaomvang gelden de meer dan 600 "
                                "deelnemers in 15 Housing First-praktijken, geteld door "
                                "Trimbos-instituut 2023 voor Housing First Nederland "
                                "(ruimteenwonen.nl, 29 november 2023), ongeveer 2,7% van de "
                                "22.528 geregistreerde daklozen (landelijk, 2021); een regio "
                                "schaalt dit met haar eigen geregistreerde aantal",
                   .confidence = MKBA_ASSUMPTION},
    /* Where the cohort starts: sets how much shelter there is to save. */
    [P_SHARE_STREET] = {.key = "share_street",
                        .label_nl = "Aandeel dat bij de start op straat slaapt",
                        .label_en = "Share sleeping rough at entry",
                        .unit = "fractie",
                        .value = 0.3,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_BETA_DIST(3, 7),
                        .source = "assumption: most Dutch HF clients come from "
                                  "shelter; no Dutch figure found",
                        .source_nl = "aanname: de meeste Nederlandse HF-deelnemers komen uit de "
                                     "opvang; geen Nederlands cijfer gevonden",
                        .confidence = MKBA_ASSUMPTION},
    /* The nulalternatief's own housing rate: what happens anyway (deadweight). */
    [P_BASE_HOUSING] = {.key = "base_housing",
                        .label_nl = "Kans per jaar op een woning zonder Housing "
                                    "First (dakloos)",
                        .label_en = "Yearly chance of being housed without "
                                    "Housing First (homeless)",
                        .unit = "kans per jaar",
                        .value = 0.15,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_BETA_DIST(3, 17),
                        .source = "assumption: long shelter stays and scarce "
                                  "social housing; no Dutch rate found",
                        .source_nl = "aanname: lang verblijf in de opvang en schaarse sociale "
                                     "huurwoningen; geen Nederlandse kans gevonden",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_LOWERS_NPV},
    /* Moves between the two homeless states, the same in both arms. */
    [P_STREET_TO_SHELTER] = {.key = "street_to_shelter",
                             .label_nl = "Kans per jaar van straat naar opvang",
                             .label_en = "Yearly chance from street to shelter",
                             .unit = "kans per jaar",
                             .value = 0.3,
                             .min = 0,
                             .max = 1,
                             .dist = MKBA_BETA_DIST(3, 7),
                             .source = "assumption: illustrative; no Dutch "
                                       "transition rates found",
                             .source_nl = "aanname: ter illustratie; geen Nederlandse "
                                          "overgangskansen gevonden",
                             .confidence = MKBA_ASSUMPTION},
    [P_SHELTER_TO_STREET] = {.key = "shelter_to_street",
                             .label_nl = "Kans per jaar van opvang naar straat",
                             .label_en = "Yearly chance from shelter to street",
                             .unit = "kans per jaar",
                             .value = 0.1,
                             .min = 0,
                             .max = 1,
                             .dist = MKBA_BETA_DIST(2, 18),
                             .source = "assumption: illustrative; no Dutch "
                                       "transition rates found",
                             .source_nl = "aanname: ter illustratie; geen Nederlandse "
                                          "overgangskansen gevonden",
                             .confidence = MKBA_ASSUMPTION},
    /* The nulalternatief's chance of losing a home once housed. */
    [P_BASE_TENANCY_LOSS] = {.key = "base_tenancy_loss",
                             .label_nl = "Kans per jaar woning kwijt te raken "
                                         "zonder Housing First",
                             .label_en = "Yearly chance of losing the home "
                                         "without Housing First",
                             .unit = "kans per jaar",
                             .value = 0.15,
                             .min = 0,
                             .max = 1,
                             .dist = MKBA_BETA_DIST(3, 17),
                             .source = "assumption: no Dutch figure found for "
                                       "formerly homeless tenants in usual care",
                             .source_nl = "aanname: geen Nederlands cijfer gevonden voor "
                                          "voormalig dakloze huurders in de gebruikelijke zorg",
                             .confidence = MKBA_ASSUMPTION},
    /* Mortality by housing state: a home keeps people alive longer. */
    [P_MORT_HOMELESS] = {.key = "mortality_homeless",
                         .label_nl = "Sterftekans per jaar, dakloos",
                         .label_en = "Yearly mortality, homeless",
                         .unit = "kans per jaar",
                         .value = 0.02,
                         .min = 0,
                         .max = 0.5,
                         .dist = MKBA_BETA_DIST(2, 98),
                         .source = "assumption: several times the mortality of "
                                   "people of the same age; no Dutch rate found",
                         .source_nl = "aanname: enkele malen de sterfte van leeftijdgenoten; "
                                      "geen Nederlandse sterftekans gevonden",
                         .confidence = MKBA_ASSUMPTION},
    [P_MORT_HOUSED] = {.key = "mortality_housed",
                       .label_nl = "Sterftekans per jaar, gehuisvest",
                       .label_en = "Yearly mortality, housed",
                       .unit = "kans per jaar",
                       .value = 0.01,
                       .min = 0,
                       .max = 0.5,
                       .dist = MKBA_BETA_DIST(1, 99),
                       .source = "assumption: half the homeless mortality; no Dutch rate "
                                 "found",
                       .source_nl = "aanname: de helft van de sterfte van daklozen; geen "
                                    "Nederlandse sterftekans gevonden",
                       .confidence = MKBA_ASSUMPTION},
    /* The main effect, net of what the nulalternatief achieves anyway. */
    [P_EFFECT_HOUSING] = {.key = "effect_housing",
                          .label_nl = "Effect: aandeel dat anders dakloos blijft "
                                      "en nu een woning krijgt",
                          .label_en = "Effect: share who would stay homeless "
                                      "that get a home instead",
                          .unit = "fractie per jaar",
                          .value = 0.6,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(6, 4),
                          .source = "assumption: HF houses most clients within "
                                    "months; At Home/Chez Soi: 60% of HF vs 31% of "
                                    "usual care housed all the last 6 months (Montreal "
                                    "site report)",
                          .source_nl = "aanname: HF huisvest de meeste deelnemers binnen enkele "
                                       "maanden; At Home/Chez Soi: 60% bij HF tegen 31% bij de "
                                       "gebruikelijke zorg de hele laatste 6 maanden gehuisvest "
                                       "(rapport van de locatie Montreal)",
                          .confidence = MKBA_ASSUMPTION,
                          .flags = MKBA_PARAM_RAISES_NPV},
    /* The second effect: housing that lasts. */
    [P_EFFECT_TENANCY] = {.key = "effect_tenancy",
                          .label_nl = "Effect: relatieve daling kans woning kwijt "
                                      "te raken",
                          .label_en = "Effect: relative cut in the chance of "
                                      "losing the home",
                          .unit = "fractie",
                          .value = 0.5,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(5, 5),
                          .source = "assumption: Trimbos 2023 found 83% not "
                                    "homeless again and 73% in the same home, but "
                                    "no comparison group",
                          .source_nl = "aanname: Trimbos 2023 vond 83% niet opnieuw dakloos en "
                                       "73% in dezelfde woning, maar zonder vergelijkingsgroep",
                          .confidence = MKBA_ASSUMPTION,
                          .flags = MKBA_PARAM_RAISES_NPV},
    /* A home must first be found: the housing effect is not whole in year 0. */
    [P_RAMP_UP] = {.key = "ramp_up",
                   .label_nl = "Aanloop: deel van het huisvestingseffect dat al in het "
                               "eerste jaar optreedt",
                   .label_en = "Ramp-up: share of the housing effect reached in the "
                               "first year",
                   .unit = "fractie",
                   .value = 0.5,
                   .min = 0,
                   .max = 1,
                   .dist = MKBA_BETA_DIST(5, 5),
                   .source = "assumption: a home must first be found or allocated, with "
                             "waiting lists for social housing; no Dutch figure on the time "
                             "from entry to a home was found, so half of the yearly effect in "
                             "the first year, centred in a wide range",
                   .source_nl = "aanname: eerst moet een woning gevonden of toegewezen worden, "
                                "met wachtlijsten voor sociale huurwoningen; geen Nederlands "
                                "cijfer gevonden over de tijd van instroom tot woning, dus de "
                                "helft van het jaareffect in het eerste jaar, in het midden van "
                                "een breed bereik",
                   .confidence = MKBA_ASSUMPTION,
                   .flags = MKBA_PARAM_RAISES_NPV},
    /* How long the team supports (and houses) its clients. */
    [P_SUPPORT_YEARS] = {.key = "support_years",
                         .label_nl = "Jaren Housing First-begeleiding",
                         .label_en = "Years of Housing First support",
                         .unit = "jaar",
                         .value = 200,
                         .min = 1,
                         .max = 200,
                         .flags = MKBA_PARAM_INTEGER,
                         .source = "assumption: Housing First support lasts as long as it is "
                                   "needed (a principle of the model), so by default it runs "
                                   "for the whole horizon (200 years, the longest horizon mkba "
                                   "allows); fewer years model a programme that stops, after "
                                   "which the housing effect ends and the tenancy effect fades "
                                   "by drop_off",
                         .source_nl = "aanname: Housing First-begeleiding duurt zo lang als "
                                      "nodig (een principe van het model), dus standaard loopt "
                                      "ze over de hele horizon (200 jaar, de langste horizon die "
                                      "mkba toestaat); minder jaren modelleren een programma dat "
                                      "stopt, waarna het huisvestingseffect eindigt en het "
                                      "effect op woonbehoud afneemt met drop_off",
                         .confidence = MKBA_ASSUMPTION},
    /* What is left of the tenancy effect once the support has stopped. */
    [P_DROP_OFF] = {.key = "drop_off",
                    .label_nl = "Afname per jaar van het effect op woonbehoud na de begeleiding",
                    .label_en = "Yearly decay of the tenancy effect after support ends",
                    .unit = "fractie per jaar",
                    .value = 0.2,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_BETA_DIST(2, 8),
                    .source = "assumption: no study of Housing First tenancies after support "
                              "ends was found; a fifth of the remaining effect is lost each "
                              "year",
                    .source_nl = "aanname: geen onderzoek gevonden naar woonbehoud bij Housing "
                                 "First na het einde van de begeleiding; elk jaar gaat een "
                                 "vijfde van het resterende effect verloren",
                    .confidence = MKBA_ASSUMPTION},
    /* The programme's own resource: support hours, priced by the value bank. */
    [P_SUPPORT_HOURS] = {.key = "support_hours",
                         .label_nl = "Uren Housing First-begeleiding per deelnemer per week",
                         .label_en = "Housing First support hours per participant per week",
                         .unit = "uur per persoon per week",
                         .value = 3.5,
                         .min = 0,
                         .max = 40,
                         .dist = MKBA_UNIFORM_DIST(1.75, 5.25),
                         .source = "assumption: no Dutch HF support cost found (Housing First "
                                   "Nederland: \"Er is ook nog weinig inzicht in de kosten van "
                                   "Housing First\", housingfirstnederland.nl/"
                                   "evaluatieonderzoek); about 3.5 hours a week, the range half "
                                   "to one and a half times that",
                         .source_nl = "aanname: geen Nederlandse kosten van HF-begeleiding "
                                      "gevonden (Housing First Nederland: \"Er is ook nog weinig "
                                      "inzicht in de kosten van Housing First\", "
                                      "housingfirstnederland.nl/evaluatieonderzoek); ongeveer "
                                      "3,5 uur per week, het bereik de helft tot anderhalf keer "
                                      "zoveel",
                         .confidence = MKBA_ASSUMPTION,
                         .flags = MKBA_PARAM_LOWERS_NPV},
    [P_HOUR_COST] = MKBA_PARAM_HOME_GUIDANCE_HOUR("support_hour_cost"),
    [P_HOUR_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* The shelter place a housed client no longer uses (bed, staff, building). */
    [P_SHELTER_COST] = MKBA_PARAM_SHELTER_PLACE_YEAR("shelter_cost"),
    [P_SHELTER_COST].flags = MKBA_PARAM_RAISES_NPV,
    /* The home itself: a real resource, whoever pays the rent. */
    [P_DWELLING_COST] = MKBA_PARAM_DWELLING_YEAR("dwelling_cost"),
    [P_DWELLING_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* Transfers that follow the home: they move money, not resources. */
    [P_HUURTOESLAG] = MKBA_PARAM_HUURTOESLAG_YEAR("huurtoeslag"),
    [P_BIJSTAND] = MKBA_PARAM_BIJSTAND_YEAR("bijstand"),
    [P_BIJSTAND_INST] = MKBA_PARAM_BIJSTAND_INSTITUTION_YEAR("bijstand_institution"),
    /* Who gets the bijstand difference on leaving the shelter. */
    [P_SHARE_BIJSTAND] = {.key = "share_bijstand",
                          .label_nl = "Aandeel deelnemers met een bijstandsuitkering",
                          .label_en = "Share of participants on social assistance",
                          .unit = "fractie",
                          .value = 0.7,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(7, 3),
                          .source = "assumption: CBS, Meeste daklozen hadden al jaren een laag "
                                    "inkomen (20 December 2018, via divosa.nl): more than 8 in 10 "
                                    "homeless people in 2016 depended on a benefit; not every "
                                    "benefit is social assistance (WW, Wajong, WIA), so 0.7",
                          .source_nl = "aanname: CBS, Meeste daklozen hadden al jaren een laag "
                                       "inkomen (20 december 2018, via divosa.nl): meer dan 8 op "
                                       "de 10 daklozen waren in 2016 afhankelijk van een "
                                       "uitkering; niet elke uitkering is bijstand (WW, Wajong, "
                                       "WIA), dus 0,7",
                          .confidence = MKBA_ASSUMPTION},
    /* Emergency care that homelessness brings with it. */
    [P_SEH_VISITS] = {.key = "seh_visits",
                      .label_nl = "Extra SEH-bezoeken per dakloos persoonsjaar",
                      .label_en = "Extra emergency visits per homeless "
                                  "person-year",
                      .unit = "bezoeken per persoon per jaar",
                      .value = 1.5,
                      .min = 0,
                      .max = 50,
                      .dist = MKBA_UNIFORM_DIST(0, 3),
                      .source = "assumption: homeless people use emergency care "
                                "more than housed people; no Dutch count found, "
                                "so the base case is the middle of the assumed "
                                "range 0-3",
                      .source_nl = "aanname: daklozen maken meer gebruik van spoedeisende hulp "
                                   "dan mensen met een woning; geen Nederlands aantal gevonden, "
                                   "dus de basiswaarde is het midden van het aangenomen bereik "
                                   "0-3",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_RAISES_NPV},
    [P_SEH_COST] = {.key = "seh_cost",
                    .label_nl = "Kosten SEH-bezoek",
                    .label_en = "Emergency department visit cost",
                    .unit = "EUR per bezoek",
                    .value = 258,
                    .min = 0,
                    .max = 10000,
                    .price_year = 2022,
                    .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. "
                              "2024)",
                    .source_nl = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                    .confidence = MKBA_VERIFIED,
                    .unit_cost = "emergency_visit",
                    .flags = MKBA_PARAM_RAISES_NPV},
    /* Quality of life per state, for the well-being benefit. */
    [P_U_STREET] = {.key = "utility_street",
                    .label_nl = "Utiliteit (kwaliteit van leven) op straat",
                    .label_en = "Utility (quality of life) on the street",
                    .unit = "QALY per persoonsjaar",
                    .value = 0.55,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_UNIFORM_DIST(0.4, 0.7),
                    .source = "assumption: no Dutch utility for rough sleepers "
                              "found",
                    .source_nl = "aanname: geen Nederlandse utiliteit gevonden voor mensen die "
                                 "op straat slapen",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    [P_U_SHELTER] = {.key = "utility_shelter",
                     .label_nl = "Utiliteit in de opvang",
                     .label_en = "Utility in shelter",
                     .unit = "QALY per persoonsjaar",
                     .value = 0.62,
                     .min = 0,
                     .max = 1,
                     .dist = MKBA_UNIFORM_DIST(0.5, 0.74),
                     .source = "assumption: no Dutch utility for shelter "
                               "residents found; the range is centred on "
                               "0.62",
                     .source_nl = "aanname: geen Nederlandse utiliteit gevonden voor bewoners "
                                  "van de opvang; het midden van het bereik is 0,62",
                     .confidence = MKBA_ASSUMPTION,
                     .flags = MKBA_PARAM_LOWERS_NPV},
    [P_U_HOUSED] = {.key = "utility_housed",
                    .label_nl = "Utiliteit met eigen woning",
                    .label_en = "Utility when housed",
                    .unit = "QALY per persoonsjaar",
                    .value = 0.75,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_UNIFORM_DIST(0.65, 0.85),
                    .source = "assumption: no Dutch utility for formerly homeless "
                              "tenants found",
                    .source_nl = "aanname: geen Nederlandse utiliteit gevonden voor voormalig "
                                 "dakloze huurders",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_RAISES_NPV},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
    [P_QALY_VALUE].flags = MKBA_PARAM_RAISES_NPV,
};

/* The cohort's states, in matrix order. */
enum { S_STREET, S_SHELTER, S_HOUSED, S_DEAD, N_STATES };
static const char *const state_ids[N_STATES] = {"straat", "opvang", "woning", "overleden"};

/*
 * Fill the transition matrix `P` of one arm for one year.  Each row is
 * built as a chain of conditional chances (first death, then housing, then
 * a move), so every row is a probability vector for any inputs in [0, 1],
 * also in Monte Carlo draws.  `housing` is the yearly chance that a
 * surviving homeless person gets a home; `loss` the chance that a surviving
 * tenant loses it.  Both arms go through this one function, so with zero
 * effects the matrices are equal bit for bit.
 */
static void fill_matrix(double *P, const double *p, double housing, double loss) {
  double mh = p[P_MORT_HOMELESS], mw = p[P_MORT_HOUSED];
  double so = p[P_STREET_TO_SHELTER], os = p[P_SHELTER_TO_STREET];
  double *street = P + S_STREET * N_STATES;
  double *shelter = P + S_SHELTER * N_STATES;
  double *housed = P + S_HOUSED * N_STATES;

  street[S_DEAD] = mh;
  street[S_HOUSED] = (1 - mh) * housing;
  street[S_SHELTER] = (1 - mh) * (1 - housing) * so;
  street[S_STREET] = (1 - mh) * (1 - housing) * (1 - so);

  shelter[S_DEAD] = mh;
  shelter[S_HOUSED] = (1 - mh) * housing;
  shelter[S_STREET] = (1 - mh) * (1 - housing) * os;
  shelter[S_SHELTER] = (1 - mh) * (1 - housing) * (1 - os);

  housed[S_DEAD] = mw;
  housed[S_SHELTER] = (1 - mw) * loss;
  housed[S_HOUSED] = (1 - mw) * (1 - loss);

  P[S_DEAD * N_STATES + S_DEAD] = 1;
}

/*
 * The share of the housing effect at work in year index t: ramp_up in the
 * first year (a home must first be found), whole while the team supports,
 * none after it has stopped (nobody is left to find homes).
 */
static double housing_factor(const double *p, int t) {
  if (t >= (int)p[P_SUPPORT_YEARS])
    return 0;
  return t == 0 ? p[P_RAMP_UP] : 1;
}

/*
 * The share of the tenancy effect at work in year index t: whole while the
 * support runs, then fading by drop_off a year (the first year without
 * support already loses drop_off).
 */
static double tenancy_factor(const double *p, int t) {
  int years = (int)p[P_SUPPORT_YEARS];
  return t < years ? 1 : pow(1 - p[P_DROP_OFF], t - years + 1);
}

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  if (!MKBA_HOST_HAS(host, cohort_run_ex) || !MKBA_HOST_HAS(host, cohort_transfer)) {
    snprintf(err, errlen, "this plugin needs a host with plugin interface 1.1 or later");
    return MKBA_ERROR;
  }
  int H = host->horizon(ctx);
  const size_t nn = N_STATES * N_STATES;
  /* One baseline matrix for every year, one intervention matrix per year. */
  double *P = host->scratch(ctx, ((size_t)H + 1) * nn * sizeof *P);
  const double **rows = host->scratch(ctx, 2 * (size_t)H * sizeof *rows);
  double *occ = host->scratch(ctx, (size_t)2 * H * N_STATES * sizeof *occ);
  if (!P || !rows || !occ) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  double h = p[P_BASE_HOUSING], r = p[P_BASE_TENANCY_LOSS];
  fill_matrix(P, p, h, r);
  for (int t = 0; t < H; t++) {
    double *Pt = P + (size_t)(t + 1) * nn;
    /* HF houses a share of those who would otherwise stay homeless: what the
       nulalternatief achieves anyway (h) is not claimed again. */
    fill_matrix(Pt, p, h + housing_factor(p, t) * p[P_EFFECT_HOUSING] * (1 - h),
                r * (1 - tenancy_factor(p, t) * p[P_EFFECT_TENANCY]));
    rows[t] = P;
    rows[H + t] = Pt;
  }

  double start[N_STATES] = {0};
  start[S_STREET] = p[P_CLIENTS] * p[P_SHARE_STREET];
  start[S_SHELTER] = p[P_CLIENTS] * (1 - p[P_SHARE_STREET]);
  /* Moves happen during the year: count each year at its middle. */
  mkba_cohort_ex cohort = {.n_states = N_STATES,
                           .start = start,
                           .counting = MKBA_COUNT_LIFE_TABLE,
                           .transition = {rows, rows + H}};
  if (host->cohort_run_ex(ctx, &cohort, occ))
    return MKBA_ERROR; /* the host has the message */

  int cat_support = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_shelter = host->category(ctx, "opvang", "Opvang", "Shelter");
  int cat_home = host->category(ctx, "wonen", "Wonen", "Housing");
  int cat_care = host->category(ctx, "zorg", "Zorg", "Health care");
  int cat_ht = host->category(ctx, "huurtoeslag", "Huurtoeslag", "Housing allowance");
  int cat_bijstand = host->category(ctx, "bijstand", "Bijstand", "Social assistance");
  int cat_qol =
      host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int o_qaly = host->outcome_id(ctx, "qaly", "QALY's", "QALYs", "QALY");
  if (cat_support < 0 || cat_shelter < 0 || cat_home < 0 || cat_care < 0 || cat_ht < 0 ||
      cat_bijstand < 0 || cat_qol < 0 || o_qaly < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  /* Resources, booked by the convention: more use a cost, less a saving. */
  double seh = p[P_SEH_VISITS] * p[P_SEH_COST];
  if (mkba_cohort_resource(host, ctx, occ, N_STATES, S_SHELTER, MKBA_GEMEENTE, cat_shelter,
                           p[P_SHELTER_COST]) ||
      mkba_cohort_resource(host, ctx, occ, N_STATES, S_HOUSED, MKBA_DEELNEMER, cat_home,
                           p[P_DWELLING_COST]))
    return MKBA_ERROR;
  /* Emergency care is one resource for both homeless states: net it first. */
  for (int t = 0; t < H; t++) {
    const double *ob = occ + (size_t)t * N_STATES, *oi = occ + ((size_t)H + t) * N_STATES;
    double extra = (oi[S_STREET] + oi[S_SHELTER] - ob[S_STREET] - ob[S_SHELTER]) * seh;
    if (mkba_post_resource(host, ctx, MKBA_ZORGVERZEKERAAR, cat_care, t, extra))
      return MKBA_ERROR;
  }
  /* HF support follows every living client, also after losing the home,
     for as long as the programme runs. */
  double support = p[P_SUPPORT_HOURS] * WEEKS_PER_YEAR * p[P_HOUR_COST];
  int last_support = (int)p[P_SUPPORT_YEARS] - 1;
  for (int s = S_STREET; s <= S_HOUSED; s++)
    if (host->cohort_programme_cost_years(ctx, occ, N_STATES, s, MKBA_GEMEENTE, cat_support,
                                          support, 0, last_support))
      return MKBA_ERROR;

  /*
   * Transfers.  Huurtoeslag for every tenant-year.  Bijstand at the full
   * norm on the street and in a home and at the institution norm in
   * shelter, for the share on bijstand: a move from shelter to a home
   * raises it by the difference, a move from the street changes nothing.
   */
  double sb = p[P_SHARE_BIJSTAND];
  if (host->cohort_transfer(ctx, occ, N_STATES, S_HOUSED, MKBA_RIJK, MKBA_DEELNEMER, cat_ht,
                            p[P_HUURTOESLAG], 0, H - 1) ||
      host->cohort_transfer(ctx, occ, N_STATES, S_STREET, MKBA_GEMEENTE, MKBA_DEELNEMER,
                            cat_bijstand, sb * p[P_BIJSTAND], 0, H - 1) ||
      host->cohort_transfer(ctx, occ, N_STATES, S_HOUSED, MKBA_GEMEENTE, MKBA_DEELNEMER,
                            cat_bijstand, sb * p[P_BIJSTAND], 0, H - 1) ||
      host->cohort_transfer(ctx, occ, N_STATES, S_SHELTER, MKBA_GEMEENTE, MKBA_DEELNEMER,
                            cat_bijstand, sb * p[P_BIJSTAND_INST], 0, H - 1) ||
      host->cohort_person_years(ctx, occ, N_STATES, state_ids))
    return MKBA_ERROR;

  /* Quality of life, valued in euros (a loss in a year would be negative). */
  const double u[N_STATES] = {p[P_U_STREET], p[P_U_SHELTER], p[P_U_HOUSED], 0};
  for (int t = 0; t < H; t++) {
    double q[MKBA_N_ARMS] = {0, 0};
    for (int arm = 0; arm < MKBA_N_ARMS; arm++) {
      const double *o = occ + ((size_t)arm * H + t) * N_STATES;
      for (int s = 0; s < N_STATES; s++)
        q[arm] += o[s] * u[s];
      if (host->outcome(ctx, o_qaly, arm, t, q[arm]))
        return MKBA_ERROR;
    }
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol, MKBA_BENEFIT, t,
                   (q[MKBA_INTERVENTION] - q[MKBA_BASELINE]) * p[P_QALY_VALUE]))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Minder overlast en politie-inzet", "Less nuisance and police time",
                MKBA_PM_POSITIVE, MKBA_SAMENLEVING);
  host->pm_item(ctx, "Minder justitie en detentie", "Less justice and detention", MKBA_PM_POSITIVE,
                MKBA_RIJK);
  host->pm_item(ctx, "Meer werk en dagbesteding", "More work and day activities", MKBA_PM_POSITIVE,
                MKBA_DEELNEMER);
  host->pm_item(ctx, "Langer wachten voor andere woningzoekenden (boven de huur die al is geteld)",
                "Longer waits for other home seekers (beyond the rent already counted)",
                MKBA_PM_NEGATIVE, MKBA_SAMENLEVING);
  host->pm_item(ctx, "Huurachterstanden en woonoverlast bij de verhuurder",
                "Rent arrears and nuisance for the landlord", MKBA_PM_UNKNOWN,
                MKBA_WONINGCORPORATIE);
  host->pm_item(ctx, "Ander gebruik van ggz en verslavingszorg in een eigen woning",
                "Different use of mental health and addiction care when housed", MKBA_PM_UNKNOWN,
                MKBA_ZORGVERZEKERAAR);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "housing_first", .version = "2.0.0", .title_nl = "Wonen Eerst (Housing First)",
            .title_en = "Housing First (Wonen Eerst)",
            .summary_nl = "Markov-cohort van dakloze mensen (straat, opvang, woning, overleden): "
                          "Housing First huisvest sneller en vaker duurzaam, tegen de kosten van "
                          "begeleiding en van de woning zelf; baten in opvang, zorg en kwaliteit "
                          "van leven, huurtoeslag en bijstand als overdrachten.",
            .summary_en = "Markov cohort of homeless people (street, shelter, housed, dead): "
                          "Housing First houses people sooner and more lastingly, at the cost of "
                          "support and of the home itself; benefits in shelter, health care and "
                          "quality of life, with housing allowance and social assistance as "
                          "transfers.",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
