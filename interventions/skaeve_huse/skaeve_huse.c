/*
 * skaeve_huse.c - Skaeve Huse and other alternative housing for people who
 * cannot live in a neighbourhood: small detached homes at the edge of town
 * with a social manager (sociaal beheerder) who is regularly present.
 *
 * Model, per year: `units` homes are built in year 0 and run every year.
 * In the share `effect` of the unit-years the home stably replaces the
 * resident's former pattern: part of the year in shelter, nuisance
 * incidents that need the police, crisis admissions, and a low quality of
 * life.  The homes cost the same with or without effect; what is left of
 * their value at the end of the horizon is deducted from the investment.
 * See README.md.
 */
#include <mkba_plugin.h>

#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_UNITS,         /* homes built */
  P_INVESTMENT,    /* one-off cost per home, site included */
  P_LIFETIME,      /* years a home lasts */
  P_RUNNING_COST,  /* social manager and support per home per year */
  P_EFFECT,        /* share of unit-years that replace the old pattern */
  P_SHELTER_SHARE, /* share of a year in shelter without the home */
  P_SHELTER_COST,  /* shelter per person-year */
  P_INCIDENTS,     /* nuisance incidents a year without the home */
  P_INCIDENT_COST, /* price of a public-order offence */
  P_CRISIS_DAYS,   /* psychiatric nursing days a year without the home */
  P_NURSING_DAY,   /* price of a psychiatric nursing day */
  P_UTILITY_GAIN,  /* utility gain per stable resident-year */
  P_QALY_VALUE,    /* euros per QALY */
  P_N
};

static const mkba_param params[] = {
    [P_UNITS] = {.key = "units",
                 .label_nl = "Aantal Skaeve Huse-woningen",
                 .label_en = "Skaeve Huse homes",
                 .unit = "woningen",
                 .value = 11,
                 .min = 1,
                 .max = 10000,
                 .flags = MKBA_PARAM_INTEGER,
                 .source = "Rotterdam: 11 units, opened June 2017 (rd.nl 2018; "
                           "rijnmond.nl)",
                 .confidence = MKBA_VERIFIED},
    [P_INVESTMENT] = {.key = "investment_per_unit",
                      .label_nl = "Eenmalige kosten per woning, inclusief "
                                  "locatie",
                      .label_en = "One-off cost per home, site included",
                      .unit = "EUR per woning",
                      .value = 125000,
                      .min = 0,
                      .max = 2000000,
                      .price_year = 2024,
                      .dist = MKBA_UNIFORM_DIST(50000, 200000),
                      .source = "assumption: a small detached home plus site "
                                "preparation; the letter of 4 June 2024 says "
                                "sites cost much time and money but gives no "
                                "number, so the base case is the middle of the "
                                "assumed range EUR 50,000-200,000",
                      .confidence = MKBA_ASSUMPTION},
    [P_LIFETIME] = {.key = "lifetime",
                    .label_nl = "Levensduur van een woning",
                    .label_en = "Lifetime of a home",
                    .unit = "jaar",
                    .value = 50,
                    .min = 1,
                    .max = 200,
                    .dist = MKBA_UNIFORM_DIST(40, 60),
                    .source = "letter of 16 Dec 2021: movable homes now last "
                              "fifty years or longer; the range (an "
                              "assumption) is centred on fifty",
                    .confidence = MKBA_VERIFIED},
    [P_RUNNING_COST] = {.key = "running_cost",
                        .label_nl = "Sociaal beheer en begeleiding per woning "
                                    "per jaar",
                        .label_en = "Social management and support per home "
                                    "per year",
                        .unit = "EUR per woning per jaar",
                        .value = 19000,
                        .min = 0,
                        .max = 500000,
                        .price_year = 2024,
                        .dist = MKBA_UNIFORM_DIST(8000, 30000),
                        .source = "assumption: a social manager shared by a "
                                  "cluster plus ambulant support; no Dutch "
                                  "price found, so the base case is the middle "
                                  "of the assumed range EUR 8,000-30,000",
                        .confidence = MKBA_ASSUMPTION},
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Effect: aandeel woningjaren met een stabiele "
                              "bewoner",
                  .label_en = "Effect: share of unit-years with a stable "
                              "resident",
                  .unit = "fractie",
                  .value = 0.7,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(7, 3),
                  .source = "assumption: in Rotterdam residents stay longer "
                            "than planned and nuisance reports in their old "
                            "neighbourhood fell to zero (rd.nl 2018; "
                            "rijnmond.nl; OBI evaluation), but "
                            "vacancy and failures occur",
                  .confidence = MKBA_ASSUMPTION},
    [P_SHELTER_SHARE] = {.key = "shelter_share",
                         .label_nl = "Deel van het jaar in de opvang zonder "
                                     "Skaeve Huse",
                         .label_en = "Share of the year in shelter without "
                                     "Skaeve Huse",
                         .unit = "fractie",
                         .value = 0.5,
                         .min = 0,
                         .max = 1,
                         .dist = MKBA_BETA_DIST(5, 5),
                         .source = "assumption: the target group cycles "
                                   "between shelter, the street and failed "
                                   "tenancies",
                         .confidence = MKBA_ASSUMPTION},
    [P_SHELTER_COST] = {.key = "shelter_cost",
                        .label_nl = "Kosten maatschappelijke opvang per "
                                    "persoonsjaar",
                        .label_en = "Shelter cost per person-year",
                        .unit = "EUR per persoon per jaar",
                        .value = 23236,
                        .min = 0,
                        .max = 500000,
                        .price_year = 2011,
                        /* Mode set so that the PERT mean, (min + 4 mode + max) / 6,
                           is the value bank's EUR 23,236. */
                        .dist = MKBA_PERT_DIST(16000, 22104, 35000),
                        .source = "Cebeon 2011 via DRIFT 2018",
                        .confidence = MKBA_VERIFIED,
                        .unit_cost = "shelter_roofless_year"},
    [P_INCIDENTS] = {.key = "incidents",
                     .label_nl = "Overlastincidenten met politie per jaar "
                                 "zonder Skaeve Huse",
                     .label_en = "Nuisance incidents with police a year "
                                 "without Skaeve Huse",
                     .unit = "incidenten per persoon per jaar",
                     .value = 6.5,
                     .min = 0,
                     .max = 200,
                     .dist = MKBA_UNIFORM_DIST(1, 12),
                     .source = "assumption: the target group is chosen for "
                               "severe nuisance; no Dutch count found, so the "
                               "base case is the middle of the assumed range "
                               "1-12",
                     .confidence = MKBA_ASSUMPTION},
    [P_INCIDENT_COST] = {.key = "incident_cost",
                         .label_nl = "Kosten per openbare-ordeverstoring",
                         .label_en = "Cost per public-order offence",
                         .unit = "EUR per delict",
                         .value = 3605,
                         .min = 0,
                         .max = 100000,
                         .price_year = 2022,
                         .source = "Kostenhandleiding 2024 (Hakkaart-van "
                                   "Roijen et al. 2024)",
                         .confidence = MKBA_VERIFIED,
                         .unit_cost = "crime_disorderly"},
    [P_CRISIS_DAYS] = {.key = "crisis_days",
                       .label_nl = "Opnamedagen psychiatrie per jaar zonder "
                                   "Skaeve Huse",
                       .label_en = "Psychiatric inpatient days a year without "
                                   "Skaeve Huse",
                       .unit = "dagen per persoon per jaar",
                       .value = 15,
                       .min = 0,
                       .max = 366,
                       .dist = MKBA_UNIFORM_DIST(0, 30),
                       .source = "assumption: crisis admissions in a group "
                                 "with severe psychiatric and addiction "
                                 "problems; no Dutch count found, so the base "
                                 "case is the middle of the assumed range "
                                 "0-30",
                       .confidence = MKBA_ASSUMPTION},
    [P_NURSING_DAY] = {.key = "nursing_day_cost",
                       .label_nl = "Kosten verpleegdag psychiatrische "
                                   "instelling",
                       .label_en = "Psychiatric nursing day cost",
                       .unit = "EUR per dag",
                       .value = 327,
                       .min = 0,
                       .max = 10000,
                       .price_year = 2022,
                       .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen "
                                 "et al. 2024)",
                       .confidence = MKBA_VERIFIED,
                       .unit_cost = "psychiatric_nursing_day"},
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst in utiliteit per stabiel "
                                    "bewonersjaar",
                        .label_en = "Utility gain per stable resident-year",
                        .unit = "QALY per persoonsjaar",
                        .value = 0.11,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_UNIFORM_DIST(0.02, 0.2),
                        .source = "assumption: a home of one's own instead of "
                                  "shelter and the street; SEV 2010 reports "
                                  "satisfied residents but no utility, so the "
                                  "base case is the middle of the assumed "
                                  "range 0.02-0.2",
                        .confidence = MKBA_ASSUMPTION},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model,
                   const double *p, char *err, size_t errlen) {
  (void)model; /* no configure() */
  int H = host->horizon(ctx);
  int cat_invest =
      host->category(ctx, "investering", "Investering", "Investment");
  int cat_run =
      host->category(ctx, "beheer_begeleiding", "Sociaal beheer en begeleiding",
                     "Social management and support");
  int cat_shelter = host->category(ctx, "opvang", "Opvang", "Shelter");
  int cat_police = host->category(ctx, "politie_justitie",
                                  "Politie en justitie", "Police and justice");
  int cat_care = host->category(ctx, "zorg", "Zorg", "Health care");
  int cat_qol = host->category(ctx, "kwaliteit_van_leven",
                               "Kwaliteit van leven", "Quality of life");
  int o_stable =
      host->outcome_id(ctx, "stabiele_bewonersjaren", "Stabiele bewonersjaren",
                       "Stable resident-years", "persoonsjaren");
  int o_incidents =
      host->outcome_id(ctx, "overlastincidenten", "Overlastincidenten",
                       "Nuisance incidents", "incidenten");
  if (cat_invest < 0 || cat_run < 0 || cat_shelter < 0 || cat_police < 0 ||
      cat_care < 0 || cat_qol < 0 || o_stable < 0 || o_incidents < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  double investment = p[P_UNITS] * p[P_INVESTMENT];
  /* Straight-line depreciation: what the homes are still worth at the end. */
  double left = 1 - H / p[P_LIFETIME];
  double residual = left > 0 ? investment * left : 0;
  double stable = p[P_UNITS] * p[P_EFFECT];
  double incidents = p[P_UNITS] * p[P_INCIDENTS];
  if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_invest, MKBA_COST,
                 0, investment) ||
      host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_invest, MKBA_COST,
                 H - 1, -residual))
    return MKBA_ERROR; /* the host has the message */
  for (int t = 0; t < H; t++) {
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_run, MKBA_COST, t,
                   p[P_UNITS] * p[P_RUNNING_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_shelter,
                   MKBA_BENEFIT, t,
                   stable * p[P_SHELTER_SHARE] * p[P_SHELTER_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_RIJK, cat_police, MKBA_BENEFIT,
                   t, stable * p[P_INCIDENTS] * p[P_INCIDENT_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_ZORGVERZEKERAAR, cat_care,
                   MKBA_BENEFIT, t,
                   stable * p[P_CRISIS_DAYS] * p[P_NURSING_DAY]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol,
                   MKBA_BENEFIT, t,
                   stable * p[P_UTILITY_GAIN] * p[P_QALY_VALUE]) ||
        host->outcome(ctx, o_stable, MKBA_INTERVENTION, t, stable) ||
        host->outcome(ctx, o_stable, MKBA_BASELINE, t, 0) ||
        host->outcome(ctx, o_incidents, MKBA_BASELINE, t, incidents) ||
        host->outcome(ctx, o_incidents, MKBA_INTERVENTION, t,
                      incidents * (1 - p[P_EFFECT])))
      return MKBA_ERROR;
  }
  host->pm_item(ctx, "Rust en woongenot in de oude buurt",
                "Peace and quiet in the former neighbourhood", MKBA_PM_POSITIVE,
                MKBA_SAMENLEVING);
  host->pm_item(ctx, "Weerstand van omwonenden bij de nieuwe locatie",
                "Resistance of neighbours at the new site", MKBA_PM_NEGATIVE,
                MKBA_SAMENLEVING);
  host->pm_item(ctx, "Risico op stigma voor bewoners",
                "Risk of stigma for residents", MKBA_PM_NEGATIVE,
                MKBA_DEELNEMER);
  host->pm_item(ctx, "Minder huisuitzettingen en woonoverlast bij corporaties",
                "Fewer evictions and nuisance for housing associations",
                MKBA_PM_POSITIVE, MKBA_WONINGCORPORATIE);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "skaeve_huse", .version = "1.0.0",
            .title_nl = "Skaeve Huse en andere alternatieve woonvormen",
            .title_en = "Skaeve Huse and other alternative housing",
            .summary_nl =
                "Woningen aan de rand van de stad met sociaal beheer: "
                "investering en beheer, tegen minder opvang, "
                "overlastincidenten en crisisopnames en een betere "
                "kwaliteit van leven voor stabiele bewoners.",
            .summary_en = "Homes at the edge of town with a social manager: "
                          "investment and running costs, against less shelter, "
                          "fewer nuisance incidents and crisis admissions and "
                          "better quality of life for stable residents.",
            MKBA_PARAMS(params), .compute = compute)
