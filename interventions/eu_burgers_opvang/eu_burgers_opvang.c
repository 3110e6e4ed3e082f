/*
 * eu_burgers_opvang.c - short-stay shelter for vulnerable homeless EU
 * citizens, aimed at work or return to the country of origin
 * (kortdurende opvang voor kwetsbare dakloze EU-burgers).
 *
 * A yearly model, the same every year of the horizon: `clients` people a
 * year get a sober short stay with guidance.  A share `share_exit` leaves
 * the street for good, to work in the Netherlands or back home; each exit
 * avoids `months_avoided` months of street life, from the year of the stay
 * on (twelve a year), and with them emergency care and police incidents.
 * The stay itself is counted as cost only: in
 * the baseline many of these people use winter or night shelter, so the
 * street costs avoided during the stay are left out (conservative).  With
 * share_exit = 0 only the cost of the stays remains.
 */
#include <mkba_plugin.h>

#include <stdio.h>

enum {
  P_CLIENTS,
  P_STAY_DAYS,
  P_PLACE_COST,
  P_SUPPORT_HOURS,
  P_HOUR_COST,
  P_SHARE_EXIT,
  P_MONTHS_AVOIDED,
  P_SEH_VISITS,
  P_SEH_COST,
  P_HOSPITAL_DAYS,
  P_HOSPITAL_DAY_COST,
  P_INCIDENTS,
  P_INCIDENT_COST
};

static const mkba_param params[] = {
    /* A national number the region scales: the whole group offered a stay
       once a year, as the 2021 plan's "basisaanbod" in every region. */
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "EU-burgers met kortdurende opvang per jaar",
                   .label_en = "EU citizens given a short stay a year",
                   .unit = "personen per jaar",
                   .value = 4500,
                   .min = 0,
                   .max = 100000,
                   .flags = MKBA_PARAM_INTEGER | MKBA_PARAM_POPULATION,
                   .dist = MKBA_UNIFORM_DIST(3000, 6000),
                   .source = "assumption: every homeless EU labour migrant "
                             "gets one stay a year; estimates of their number "
                             "run from about 3,000 (an earlier estimate) "
                             "and up to 4,000 (Barka) to about 6,000 (RTL), "
                             "so the base case is the middle of that range",
                   .confidence = MKBA_ASSUMPTION},
    /* Length of the short stay. */
    [P_STAY_DAYS] = {.key = "stay_days",
                     .label_nl = "Duur van het verblijf",
                     .label_en = "Length of stay",
                     .unit = "dagen",
                     .value = 60,
                     .min = 0,
                     .max = 366,
                     .dist = MKBA_TRIANGULAR_DIST(30, 60, 90),
                     .source = "assumption: 'kortdurend'; the letters give "
                               "no length",
                     .confidence = MKBA_ASSUMPTION},
    /* A sober reception place: the COA price is the nearest sourced cost
       of a bed with basic support. */
    [P_PLACE_COST] = {.key = "place_cost",
                      .label_nl = "Kosten opvangplek per jaar",
                      .label_en = "Cost of a shelter place per year",
                      .unit = "EUR per plek per jaar",
                      .value = 27100,
                      .min = 0,
                      .max = 200000,
                      .price_year = 2022,
                      .unit_cost = "eu_reception_place_year",
                      .source = "COA 2022 via nieuws.nl 2023",
                      .confidence = MKBA_VERIFIED},
    /* Guidance towards work or return, per person per stay. */
    [P_SUPPORT_HOURS] = {.key = "support_hours",
                         .label_nl = "Uren trajectbegeleiding per persoon",
                         .label_en = "Guidance hours per person",
                         .unit = "uur per persoon",
                         .value = 15,
                         .min = 0,
                         .max = 500,
                         .dist = MKBA_TRIANGULAR_DIST(8, 15, 22),
                         .source = "assumption: two hours a week during the "
                                   "stay, including arranging travel home; the "
                                   "range is centred on that estimate",
                         .confidence = MKBA_ASSUMPTION},
    /* The nearest sourced price of a social-domain professional's hour. */
    [P_HOUR_COST] = {.key = "hour_cost",
                     .label_nl = "Kosten begeleiding per uur",
                     .label_en = "Support cost per hour",
                     .unit = "EUR per uur",
                     .value = 64,
                     .min = 0,
                     .max = 500,
                     .price_year = 2022,
                     .unit_cost = "home_guidance_hour",
                     .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen "
                               "et al. 2024)",
                     .confidence = MKBA_VERIFIED},
    /* The effect: share who leave the street for work or return. */
    [P_SHARE_EXIT] = {.key = "share_exit",
                      .label_nl = "Aandeel naar werk of land van herkomst",
                      .label_en = "Share moving to work or back home",
                      .unit = "fractie",
                      .value = 0.35,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_BETA_DIST(3.5, 6.5),
                      .source = "assumption: the 2024 letter reports that "
                                "'voor een deel' return to work or home "
                                "succeeded (Significant, December 2023), "
                                "without a number",
                      .confidence = MKBA_ASSUMPTION},
    /* Street months avoided per exit: how long the person would otherwise
       have stayed on the Dutch street after the stay. */
    [P_MONTHS_AVOIDED] = {.key = "months_avoided",
                          .label_nl =
                              "Vermeden maanden op straat per uitstromer",
                          .label_en = "Street months avoided per exit",
                          .unit = "maanden per persoon",
                          .value = 12,
                          .min = 0,
                          .max = 120,
                          .dist = MKBA_TRIANGULAR_DIST(3, 12, 21),
                          .source = "assumption: no Dutch figure on how long "
                                    "homeless EU citizens stay on the "
                                    "street; one year, with a wide range "
                                    "centred on it",
                          .confidence = MKBA_ASSUMPTION},
    /* Emergency-department visits per person-year on the street. */
    [P_SEH_VISITS] = {.key = "seh_visits",
                      .label_nl = "SEH-bezoeken per jaar op straat",
                      .label_en = "Emergency visits per year on the street",
                      .unit = "bezoeken per persoon per jaar",
                      .value = (0.5 + 2 + 5) / 3, /* 2.5, the triangle's mean */
                      .min = 0,
                      .max = 50,
                      .dist = MKBA_TRIANGULAR_DIST(0.5, 2, 5),
                      .source = "assumption: no Dutch figure for homeless "
                                "EU citizens found; the base case is the "
                                "mean of the assumed triangle",
                      .confidence = MKBA_ASSUMPTION},
    /* Kostenhandleiding price of an emergency-department visit. */
    [P_SEH_COST] = {.key = "seh_cost",
                    .label_nl = "Kosten SEH-bezoek",
                    .label_en = "Cost of an emergency visit",
                    .unit = "EUR per bezoek",
                    .value = 258,
                    .min = 0,
                    .max = 5000,
                    .price_year = 2022,
                    .unit_cost = "emergency_visit",
                    .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen "
                              "et al. 2024)",
                    .confidence = MKBA_VERIFIED},
    /* Hospital days per person-year on the street. */
    [P_HOSPITAL_DAYS] = {.key = "hospital_days",
                         .label_nl = "Ziekenhuisdagen per jaar op straat",
                         .label_en = "Hospital days per year on the street",
                         .unit = "dagen per persoon per jaar",
                         .value = (0 + 2 + 6) / 3.0, /* 2.67, the triangle's mean */
                         .min = 0,
                         .max = 365,
                         .dist = MKBA_TRIANGULAR_DIST(0, 2, 6),
                         .source = "assumption: no Dutch figure found; the "
                                   "base case is the mean of the assumed "
                                   "triangle",
                         .confidence = MKBA_ASSUMPTION},
    /* Kostenhandleiding price of a hospital nursing day. */
    [P_HOSPITAL_DAY_COST] = {.key = "hospital_day_cost",
                             .label_nl = "Kosten ziekenhuisdag",
                             .label_en = "Cost of a hospital day",
                             .unit = "EUR per dag",
                             .value = 644,
                             .min = 0,
                             .max = 10000,
                             .price_year = 2022,
                             .unit_cost = "hospital_day",
                             .source = "Kostenhandleiding 2024 (Hakkaart-van "
                                       "Roijen et al. 2024)",
                             .confidence = MKBA_VERIFIED},
    /* Registered public-order incidents per person-year on the street. */
    [P_INCIDENTS] = {.key = "incidents",
                     .label_nl = "Incidenten openbare orde per jaar op straat",
                     .label_en =
                         "Public-order incidents per year on the street",
                     .unit = "incidenten per persoon per jaar",
                     .value = (0 + 1 + 4) / 3.0, /* 1.67, the triangle's mean */
                     .min = 0,
                     .max = 50,
                     .dist = MKBA_TRIANGULAR_DIST(0, 1, 4),
                     .source = "assumption: no Dutch figure found; the base "
                               "case is the mean of the assumed triangle",
                     .confidence = MKBA_ASSUMPTION},
    /* Kostenhandleiding cost of a public-order offence (police, justice,
       victims; what it includes is not documented). */
    [P_INCIDENT_COST] = {.key = "incident_cost",
                         .label_nl = "Kosten per incident openbare orde",
                         .label_en = "Cost per public-order incident",
                         .unit = "EUR per incident",
                         .value = 3605,
                         .min = 0,
                         .max = 100000,
                         .price_year = 2022,
                         .unit_cost = "crime_disorderly",
                         .source = "Kostenhandleiding 2024 (Hakkaart-van "
                                   "Roijen et al. 2024)",
                         .confidence = MKBA_VERIFIED},
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model,
                   const double *p, char *err, size_t errlen) {
  (void)model;
  int cat_stay = host->category(ctx, "kortdurende_opvang", "Kortdurende opvang",
                                "Short-stay shelter");
  int cat_guide = host->category(ctx, "trajectbegeleiding",
                                 "Trajectbegeleiding werk of terugkeer",
                                 "Guidance to work or return");
  int cat_care =
      host->category(ctx, "acute_zorg", "Acute zorg", "Emergency care");
  int cat_police = host->category(ctx, "politie_justitie",
                                  "Politie en justitie", "Police and justice");
  int out_exits =
      host->outcome_id(ctx, "uitstroom", "Uitstroom naar werk of herkomstland",
                       "Moved to work or back home", "personen");
  int out_months =
      host->outcome_id(ctx, "maanden_straat", "Maanden op straat (uitstromers)",
                       "Street months (of those who leave)", "maanden");
  if (cat_stay < 0 || cat_guide < 0 || cat_care < 0 || cat_police < 0 ||
      out_exits < 0 || out_months < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  const double clients = p[P_CLIENTS];
  const double stay = clients * p[P_STAY_DAYS] / 365.0 * p[P_PLACE_COST];
  const double guide = clients * p[P_SUPPORT_HOURS] * p[P_HOUR_COST];
  const double exits = clients * p[P_SHARE_EXIT];
  /* Cost of one person-year on the street. */
  const double street_year = p[P_SEH_VISITS] * p[P_SEH_COST] +
                             p[P_HOSPITAL_DAYS] * p[P_HOSPITAL_DAY_COST];
  const double incident_year = p[P_INCIDENTS] * p[P_INCIDENT_COST];
  const int horizon = host->horizon(ctx);

  for (int t = 0; t < horizon; t++) {
    /* Months avoided in year t: twelve from each earlier intake whose
       avoided months reach this far, and what is left of the last. */
    double months = 0.0;
    for (int k = 0; k <= t; k++) {
      double left = p[P_MONTHS_AVOIDED] - 12.0 * (t - k);
      months += exits * (left > 12.0 ? 12.0 : left > 0.0 ? left : 0.0);
    }
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_stay, MKBA_COST,
                   t, stay) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_guide, MKBA_COST,
                   t, guide) ||
        /* Mostly uninsured: care for uninsured people is paid from a
           central-government scheme or written off (README). */
        host->flow(ctx, MKBA_INTERVENTION, MKBA_RIJK, cat_care, MKBA_BENEFIT, t,
                   months / 12.0 * street_year) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_RIJK, cat_police, MKBA_BENEFIT,
                   t, months / 12.0 * incident_year) ||
        host->outcome(ctx, out_exits, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, out_exits, MKBA_INTERVENTION, t, exits) ||
        host->outcome(ctx, out_months, MKBA_BASELINE, t, months) ||
        host->outcome(ctx, out_months, MKBA_INTERVENTION, t, 0.0))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Minder menselijk leed, ook na terugkeer",
                "Less human suffering, also after return", MKBA_PM_POSITIVE,
                MKBA_DEELNEMER);
  host->pm_item(ctx, "Minder overlast op straat", "Less nuisance on the street",
                MKBA_PM_POSITIVE, MKBA_SAMENLEVING);
  host->pm_item(ctx, "Minder gebruik van winter- en nachtopvang",
                "Less use of winter and night shelter", MKBA_PM_POSITIVE,
                MKBA_GEMEENTE);
  host->pm_item(ctx, "Aanzuigende werking van opvang",
                "Shelter drawing more people in", MKBA_PM_NEGATIVE,
                MKBA_GEMEENTE);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "eu_burgers_opvang", .version = "1.0.0",
            .title_nl = "Kortdurende opvang kwetsbare dakloze EU-burgers",
            .title_en = "Short-stay shelter for vulnerable homeless EU "
                        "citizens",
            .summary_nl =
                "Sobere kortdurende opvang met begeleiding naar werk of "
                "terugkeer; wie uitstroomt, kost daarna minder acute zorg en "
                "politie-inzet.",
            .summary_en =
                "A sober short stay with guidance to work or return; those "
                "who leave the street then need less emergency care and "
                "police.",
            MKBA_PARAMS(params), .compute = compute)
