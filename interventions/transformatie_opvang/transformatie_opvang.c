/*
 * transformatie_opvang.c - transformation of the shelter: doorstroomwoningen
 * (transitional homes whose lease passes to the tenant after a while)
 * instead of shelter places.
 *
 * Model, per year: `units` doorstroomwoningen are realised in year 0 and
 * occupied for a share `occupancy` of the time.  For the share
 * `additionality` of residents who would otherwise have been in the shelter,
 * each resident-year saves a shelter year and adds the quality of life of
 * a home.  Residents get ambulant support whether additional or not.  With
 * additionality zero, only the investment and the support are left.
 * Benefits after the lease has passed to the tenant are not counted.  See
 * README.md.
 */
#include <mkba_plugin.h>

#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_UNITS,         /* doorstroomwoningen realised */
  P_INVESTMENT,    /* one-off cost per doorstroomwoning */
  P_SUPPORT_COST,  /* support and letting management per resident-year */
  P_OCCUPANCY,     /* share of unit-years occupied */
  P_ADDITIONALITY, /* effect: share of residents otherwise in shelter */
  P_STAY_YEARS,    /* years until the lease passes to the tenant */
  P_SHELTER_COST,  /* shelter per person-year */
  P_U_HOUSED,      /* utility gain of a year housed instead of sheltered */
  P_QALY_VALUE,    /* euros per QALY */
  P_N
};

static const mkba_param params[] = {
    [P_UNITS] = {.key = "units",
                 .label_nl = "Aantal doorstroomwoningen in plaats van "
                             "opvangplekken",
                 .label_en = "Transitional homes instead of shelter places",
                 .unit = "woningen",
                 .value = 20,
                 .min = 1,
                 .max = 100000,
                 .flags = MKBA_PARAM_INTEGER,
                 .source = "assumption: a modest municipal project",
                 .confidence = MKBA_ASSUMPTION},
    [P_INVESTMENT] = {.key = "investment_per_unit",
                      .label_nl = "Eenmalige kosten per doorstroomwoning",
                      .label_en = "One-off cost per transitional home",
                      .unit = "EUR per woning",
                      .value = 35000,
                      .min = 0,
                      .max = 500000,
                      .price_year = 2020,
                      .dist = MKBA_UNIFORM_DIST(10000, 60000),
                      .source = "assumption: letter of 16 Dec 2021: the BZK "
                                "impulse of EUR 50 mln gave about 2,600 extra "
                                "places in 2020, EUR 19,231 a place; the "
                                "national share only, so likely a lower bound; "
                                "the base case is therefore the middle of the "
                                "assumed range EUR 10,000-60,000",
                      .confidence = MKBA_ASSUMPTION},
    [P_SUPPORT_COST] = {.key = "support_cost",
                        .label_nl = "Begeleiding en beheer per bewonersjaar",
                        .label_en = "Support and letting management per "
                                    "resident-year",
                        .unit = "EUR per persoon per jaar",
                        .value = 10000,
                        .min = 0,
                        .max = 200000,
                        .price_year = 2022,
                        .dist = MKBA_UNIFORM_DIST(5000, 15000),
                        .source = "assumption: about 3 hours a week at the "
                                  "Kostenhandleiding home-guidance rate (EUR "
                                  "64/hour, 2022); no Dutch price found; the "
                                  "range is centred on that estimate",
                        .confidence = MKBA_ASSUMPTION},
    [P_OCCUPANCY] = {.key = "occupancy",
                     .label_nl = "Bezettingsgraad",
                     .label_en = "Occupancy rate",
                     .unit = "fractie",
                     .value = 0.9,
                     .min = 0,
                     .max = 1,
                     .dist = MKBA_BETA_DIST(18, 2),
                     .source = "assumption: demand for shelter exceeds supply "
                               "(letter of 4 June 2024); vacancy between "
                               "tenants",
                     .confidence = MKBA_ASSUMPTION},
    [P_ADDITIONALITY] = {.key = "additionality",
                         .label_nl = "Effect: aandeel bewoners dat anders in "
                                     "de opvang zou zitten",
                         .label_en = "Effect: share of residents who would "
                                     "otherwise be in shelter",
                         .unit = "fractie",
                         .value = 0.8,
                         .min = 0,
                         .max = 1,
                         .dist = MKBA_BETA_DIST(8, 2),
                         .source = "assumption: the letter of 16 Dec 2021 "
                                   "describes doorstroomwoningen used instead "
                                   "of shelter; some residents would have "
                                   "found a home anyway",
                         .confidence = MKBA_ASSUMPTION},
    [P_STAY_YEARS] = {.key = "stay_years",
                      .label_nl = "Jaren tot het huurcontract overgaat op de "
                                  "bewoner",
                      .label_en = "Years until the lease passes to the tenant",
                      .unit = "jaar",
                      .value = 1.25,
                      .min = 0.1,
                      .max = 10,
                      .dist = MKBA_UNIFORM_DIST(0.5, 2),
                      .source = "assumption: a usual trial period; no Dutch "
                                "average found, so the base case is the middle "
                                "of the assumed range 0.5-2 years",
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
    [P_U_HOUSED] = {.key = "utility_gain_housed",
                    .label_nl = "Winst in utiliteit per jaar in een woning in "
                                "plaats van in de opvang",
                    .label_en = "Utility gain per year in a home instead of "
                                "in shelter",
                    .unit = "QALY per persoonsjaar",
                    .value = 0.13,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_UNIFORM_DIST(0.05, 0.21),
                    .source = "assumption: 0.75 housed minus 0.62 in shelter, "
                              "the assumed utilities of housing_first; the "
                              "range is centred on that difference",
                    .confidence = MKBA_ASSUMPTION},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model,
                   const double *p, char *err, size_t errlen) {
  (void)model; /* no configure() */
  int cat_invest =
      host->category(ctx, "investering", "Investering", "Investment");
  int cat_support =
      host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_shelter = host->category(ctx, "opvang", "Opvang", "Shelter");
  int cat_qol = host->category(ctx, "kwaliteit_van_leven",
                               "Kwaliteit van leven", "Quality of life");
  int o_residents = host->outcome_id(
      ctx, "bewonersjaren_doorstroomwoning", "Bewonersjaren doorstroomwoning",
      "Resident-years in transitional homes", "persoonsjaren");
  int o_shelter = host->outcome_id(ctx, "opvangjaren", "Opvangjaren",
                                   "Shelter years", "persoonsjaren");
  int o_leases = host->outcome_id(ctx, "huurcontracten_omgeklapt",
                                  "Huurcontracten overgegaan op bewoner",
                                  "Leases passed to the tenant", "contracten");
  if (cat_invest < 0 || cat_support < 0 || cat_shelter < 0 || cat_qol < 0 ||
      o_residents < 0 || o_shelter < 0 || o_leases < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  double residents = p[P_UNITS] * p[P_OCCUPANCY];
  /* Only residents who would otherwise be in shelter free a shelter year. */
  double avoided = residents * p[P_ADDITIONALITY];
  if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_invest, MKBA_COST,
                 0, p[P_UNITS] * p[P_INVESTMENT]))
    return MKBA_ERROR;
  for (int t = 0; t < host->horizon(ctx); t++) {
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_support,
                   MKBA_COST, t, residents * p[P_SUPPORT_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_shelter,
                   MKBA_BENEFIT, t, avoided * p[P_SHELTER_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol,
                   MKBA_BENEFIT, t,
                   avoided * p[P_U_HOUSED] * p[P_QALY_VALUE]) ||
        host->outcome(ctx, o_residents, MKBA_INTERVENTION, t, residents) ||
        host->outcome(ctx, o_residents, MKBA_BASELINE, t, 0) ||
        host->outcome(ctx, o_shelter, MKBA_BASELINE, t, avoided) ||
        host->outcome(ctx, o_shelter, MKBA_INTERVENTION, t, 0) ||
        host->outcome(ctx, o_leases, MKBA_INTERVENTION, t,
                      residents / p[P_STAY_YEARS]) ||
        host->outcome(ctx, o_leases, MKBA_BASELINE, t, 0))
      return MKBA_ERROR; /* the host has the message */
  }
  host->pm_item(ctx,
                "Snellere weg naar een eigen huurcontract na de "
                "doorstroomperiode (niet meegeteld)",
                "Faster route to an own lease after the transition period "
                "(not counted)",
                MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Huurrisico bij intermediaire verhuur",
                "Rent risk of intermediate letting", MKBA_PM_NEGATIVE,
                MKBA_WONINGCORPORATIE);
  host->pm_item(ctx, "Verdringing van andere woningzoekenden",
                "Crowding out of other home seekers", MKBA_PM_NEGATIVE,
                MKBA_SAMENLEVING);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "transformatie_opvang", .version = "1.0.0",
            .title_nl = "Transformatie opvang: doorstroomwoningen",
            .title_en = "Shelter transformation: transitional homes",
            .summary_nl = "Doorstroomwoningen in plaats van opvangplekken: "
                          "eenmalige investering en begeleiding, tegen "
                          "vermeden opvangjaren en kwaliteit van leven voor "
                          "bewoners die anders in de opvang zaten.",
            .summary_en = "Transitional homes instead of shelter places: a "
                          "one-off investment and support, against shelter "
                          "years avoided and quality of life for residents "
                          "who would otherwise have been in shelter.",
            MKBA_PARAMS(params), .compute = compute)
