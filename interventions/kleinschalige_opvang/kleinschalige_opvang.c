/*
 * kleinschalige_opvang.c - small-scale shelter: one- and two-person rooms
 * instead of dormitories (slaapzalen).
 *
 * Model, per year and per converted place, in steady state: rest and
 * privacy shorten the average stay by `stay_reduction`, so the same people
 * need fewer shelter place-years; the freed place-years become years in a
 * home with ambulant support.  Residents also gain quality of life while in
 * a room of their own.  Small-scale places cost more to run.  With both
 * effects at zero only that extra cost is left.  See README.md.
 */
#include <mkba_plugin.h>

#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_PLACES,         /* shelter places converted from dormitory to rooms */
  P_STAY_REDUCTION, /* effect: relative cut in the average length of stay */
  P_U_ROOM,         /* effect: utility gain of a room of one's own */
  P_EXTRA_COST,     /* extra running cost of a small-scale place per year */
  P_SHELTER_COST,   /* shelter per place-year */
  P_SUPPORT_HOURS,  /* ambulant support a week once housed */
  P_HOUR_COST,      /* price of an hour of home guidance */
  P_U_HOUSED,       /* utility gain of a year housed instead of sheltered */
  P_QALY_VALUE,     /* euros per QALY */
  P_N
};

static const mkba_param params[] = {
    [P_PLACES] = {.key = "places",
                  .label_nl = "Opvangplekken omgebouwd van slaapzaal naar "
                              "een- of tweepersoonskamer",
                  .label_en = "Shelter places converted from dormitory to "
                              "single or double rooms",
                  .unit = "plekken",
                  .value = 40,
                  .min = 1,
                  .max = 100000,
                  .flags = MKBA_PARAM_INTEGER,
                  .source = "assumption: one shelter location of typical size",
                  .confidence = MKBA_ASSUMPTION},
    [P_STAY_REDUCTION] = {.key = "stay_reduction",
                          .label_nl = "Effect: relatieve verkorting van de "
                                      "gemiddelde verblijfsduur",
                          .label_en = "Effect: relative shortening of the "
                                      "average stay",
                          .unit = "fractie",
                          .value = 0.15,
                          .min = 0,
                          .max = 0.9,
                          .dist = MKBA_BETA_DIST(3, 17),
                          .source =
                              "assumption: letter of 16 Dec 2021 calls "
                              "privacy a condition for recovery but gives "
                              "no number; the VWS MKBA was not found",
                          .confidence = MKBA_ASSUMPTION},
    [P_U_ROOM] = {.key = "utility_gain_room",
                  .label_nl = "Effect: winst in utiliteit per bewonersjaar in "
                              "een eigen kamer",
                  .label_en = "Effect: utility gain per resident-year in a "
                              "room of one's own",
                  .unit = "QALY per persoonsjaar",
                  .value = 0.04,
                  .min = 0,
                  .max = 0.5,
                  .dist = MKBA_UNIFORM_DIST(0, 0.08),
                  .source = "assumption: safety, rest and privacy; no measured "
                            "utility found, so the base case is the middle of "
                            "the assumed range 0-0.08",
                  .confidence = MKBA_ASSUMPTION},
    [P_EXTRA_COST] = {.key = "extra_cost",
                      .label_nl = "Meerkosten kleinschalige plek per jaar "
                                  "(incl. afgeschreven verbouwing)",
                      .label_en = "Extra cost of a small-scale place per year "
                                  "(incl. annualised conversion)",
                      .unit = "EUR per plek per jaar",
                      .value = 5000,
                      .min = 0,
                      .max = 100000,
                      .price_year = 2024,
                      .dist = MKBA_UNIFORM_DIST(1000, 9000),
                      .source = "assumption: more floor space and staff per "
                                "resident, about a sixth of a shelter place; "
                                "no Dutch price found; the range is centred "
                                "on that estimate",
                      .confidence = MKBA_ASSUMPTION},
    [P_SHELTER_COST] = {.key = "shelter_cost",
                        .label_nl = "Kosten maatschappelijke opvang per "
                                    "plekjaar",
                        .label_en = "Shelter cost per place-year",
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
    [P_SUPPORT_HOURS] = {.key = "support_hours",
                         .label_nl = "Uren ambulante begeleiding per week na "
                                     "uitstroom",
                         .label_en = "Hours of ambulant support a week after "
                                     "moving on",
                         .unit = "uur per week",
                         .value = 2.25,
                         .min = 0,
                         .max = 40,
                         .dist = MKBA_UNIFORM_DIST(0.5, 4),
                         .source = "assumption: light ambulant support after "
                                   "shelter; no Dutch norm found, so the base "
                                   "case is the middle of the assumed range "
                                   "0.5-4 hours",
                         .confidence = MKBA_ASSUMPTION},
    [P_HOUR_COST] = {.key = "guidance_hour_cost",
                     .label_nl = "Kosten begeleiding thuis per uur",
                     .label_en = "Home guidance per hour",
                     .unit = "EUR per uur",
                     .value = 64,
                     .min = 0,
                     .max = 1000,
                     .price_year = 2022,
                     .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et "
                               "al. 2024)",
                     .confidence = MKBA_VERIFIED,
                     .unit_cost = "home_guidance_hour"},
    [P_U_HOUSED] = {.key = "utility_gain_housed",
                    .label_nl = "Winst in utiliteit per jaar gehuisvest in "
                                "plaats van in de opvang",
                    .label_en = "Utility gain per year housed instead of in "
                                "shelter",
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

/* Weeks in a year, to turn weekly support hours into yearly ones. */
#define WEEKS_PER_YEAR 52.0

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model,
                   const double *p, char *err, size_t errlen) {
  (void)model; /* no configure() */
  int cat_small = host->category(ctx, "kleinschalige_opvang",
                                 "Kleinschalige opvang", "Small-scale shelter");
  int cat_shelter = host->category(ctx, "opvang", "Opvang", "Shelter");
  int cat_support =
      host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_qol = host->category(ctx, "kwaliteit_van_leven",
                               "Kwaliteit van leven", "Quality of life");
  int o_places = host->outcome_id(ctx, "opvangplekjaren", "Opvangplekjaren",
                                  "Shelter place-years", "plekjaren");
  int o_qaly =
      host->outcome_id(ctx, "qaly_winst", "QALY-winst", "QALYs gained", "QALY");
  if (cat_small < 0 || cat_shelter < 0 || cat_support < 0 || cat_qol < 0 ||
      o_places < 0 || o_qaly < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  double places = p[P_PLACES], r = p[P_STAY_REDUCTION];
  /* Shorter stays: the same people need fewer place-years of shelter. */
  double used = places * (1 - r);
  double freed = places * r;
  double support_year = p[P_SUPPORT_HOURS] * WEEKS_PER_YEAR * p[P_HOUR_COST];
  double qalys = used * p[P_U_ROOM] + freed * p[P_U_HOUSED];
  for (int t = 0; t < host->horizon(ctx); t++) {
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_small, MKBA_COST,
                   t, used * p[P_EXTRA_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_shelter,
                   MKBA_BENEFIT, t, freed * p[P_SHELTER_COST]) ||
        /* Those who move on sooner need support at home: a dis-benefit. */
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_support,
                   MKBA_BENEFIT, t, -freed * support_year) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol,
                   MKBA_BENEFIT, t, qalys * p[P_QALY_VALUE]) ||
        host->outcome(ctx, o_places, MKBA_BASELINE, t, places) ||
        host->outcome(ctx, o_places, MKBA_INTERVENTION, t, used) ||
        host->outcome(ctx, o_qaly, MKBA_BASELINE, t, 0) ||
        host->outcome(ctx, o_qaly, MKBA_INTERVENTION, t, qalys))
      return MKBA_ERROR; /* the host has the message */
  }
  host->pm_item(ctx, "Minder incidenten en geweld in de opvang",
                "Fewer incidents and less violence in the shelter",
                MKBA_PM_POSITIVE, MKBA_SAMENLEVING);
  host->pm_item(ctx, "Minder zorggebruik door rust en hygiëne",
                "Less use of care thanks to rest and hygiene", MKBA_PM_POSITIVE,
                MKBA_ZORGVERZEKERAAR);
  host->pm_item(ctx, "Meer locaties nodig: draagvlak in de buurt",
                "More locations needed: acceptance in the neighbourhood",
                MKBA_PM_UNKNOWN, MKBA_SAMENLEVING);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "kleinschalige_opvang", .version = "1.0.0",
            .title_nl = "Kleinschalige opvang in plaats van slaapzalen",
            .title_en = "Small-scale shelter instead of dormitories",
            .summary_nl = "Per omgebouwde plek per jaar: kortere verblijfsduur "
                          "bespaart opvang, wie eerder uitstroomt krijgt "
                          "ambulante begeleiding, en een eigen kamer geeft "
                          "kwaliteit van leven; tegen hogere kosten per plek.",
            .summary_en = "Per converted place per year: shorter stays save "
                          "shelter, those who move on sooner get ambulant "
                          "support, and a room of one's own adds quality of "
                          "life; at a higher cost per place.",
            MKBA_PARAMS(params), .compute = compute)
