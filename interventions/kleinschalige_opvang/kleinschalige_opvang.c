/*
 * kleinschalige_opvang.c - small-scale shelter: single and double rooms in
 * smaller locations instead of dormitories (slaapzalen).
 *
 * What the intervention is: still shelter (maatschappelijke opvang), not
 * homes; a room is a shelter place, priced as the value bank's shelter
 * place-year plus the extra a room costs over a dormitory bed.
 *
 * Model, per year t and per converted place, in steady state once the
 * conversion is done (ramp-up over `conversion_years`): rest and privacy
 * shorten the average stay by `stay_reduction`, corrected for deadweight
 * and attribution, so the same inflow needs fewer shelter place-years.  The
 * freed person-years are spent in a home of one's own (a dwelling-year, with
 * ambulant support, huurtoeslag and the full bijstand norm).  Residents gain
 * quality of life in a room of their own and once housed.  See README.md.
 */
#include <mkba_plugin.h>

#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_PLACES,           /* programme size: dormitory places converted, national */
  P_CONVERSION_YEARS, /* years until the rooms are in use */
  P_STAY_REDUCTION,   /* effect: relative cut in the average stay */
  P_DEADWEIGHT,       /* share of that cut that would come anyway */
  P_ATTRIBUTION,      /* share of that cut due to the rooms */
  P_U_ROOM,           /* effect: utility gain of a room of one's own */
  P_EXTRA_SHARE,      /* extra cost of a room over a dormitory place, share */
  P_SHELTER_COST,     /* shelter place per year (bank) */
  P_HOME_COST,        /* use of a social-rent home per year (bank) */
  P_SUPPORT_HOURS,    /* ambulant support a week once housed */
  P_HOUR_COST,        /* an hour of support (bank) */
  P_U_HOUSED,         /* utility gain of a year housed instead of sheltered */
  P_QALY_VALUE,       /* euros per QALY (bank) */
  P_HUURTOESLAG,      /* housing allowance per recipient per year (bank) */
  P_BIJSTAND,         /* social assistance, full norm, per year (bank) */
  P_BIJSTAND_INST,    /* social assistance, institution norm, per year (bank) */
  P_BIJSTAND_SHARE,   /* share of residents on social assistance */
  P_N
};

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size, national; a region scales it by its count of
       registered homeless people. */
    [P_PLACES] = {.key = "places",
                  .label_nl = "Opvangplekken omgebouwd van slaapzaal naar een- of "
                              "tweepersoonskamer (landelijk)",
                  .label_en = "Shelter places converted from dormitory to single or double "
                              "rooms (national)",
                  .unit = "plekken",
                  .value = 500,
                  .min = 1,
                  .max = 100000,
                  .flags = MKBA_PARAM_POPULATION | MKBA_PARAM_INTEGER,
                  .target_group = MKBA_TARGET_HOMELESS_REGISTERED,
                  .source = "assumption: the letter of 16 December 2021 (Kamerstuk 29 325, nr. "
                            "130) says 10-15 municipalities still used dormitories; at about forty "
                            "dormitory places each, 12.5 x 40 = 500 places, about 2.2% of the "
                            "22,528 registered homeless people (national, 2021)",
                  .source_nl = "aanname: volgens de Kamerbrief van 16 december 2021 (Kamerstuk "
                               "29 325, nr. 130) gebruikten nog 10-15 gemeenten slaapzalen; bij "
                               "ongeveer veertig slaapzaalplaatsen per gemeente is dat 12,5 x 40 "
                               "= 500 plaatsen, ongeveer 2,2% van de 22.528 geregistreerde "
                               "daklozen (landelijk, 2021)",
                  .confidence = MKBA_ASSUMPTION},
    /* Ramp-up: the building is converted before rooms can be used. */
    [P_CONVERSION_YEARS] = {.key = "conversion_years",
                            .label_nl = "Jaren tot de kamers in gebruik zijn",
                            .label_en = "Years until the rooms are in use",
                            .unit = "jaar",
                            .value = 1,
                            .min = 0,
                            .max = 20,
                            .dist = MKBA_TRIANGULAR_DIST(0.5, 1, 1.5),
                            .source = "assumption: rebuilding a location or moving to smaller "
                                      "ones takes about a year; no Dutch figure found",
                            .source_nl = "aanname: een locatie verbouwen of naar kleinere "
                                         "locaties verhuizen duurt ongeveer een jaar; geen "
                                         "Nederlands cijfer gevonden",
                            .confidence = MKBA_ASSUMPTION},
    [P_STAY_REDUCTION] = {.key = "stay_reduction",
                          .label_nl = "Effect: relatieve verkorting van de gemiddelde "
                                      "verblijfsduur",
                          .label_en = "Effect: relative shortening of the average stay",
                          .unit = "fractie",
                          .value = 0.15,
                          .min = 0,
                          .max = 0.9,
                          .dist = MKBA_BETA_DIST(3, 17),
                          .source = "assumption: the letter of 16 December 2021 calls a safe, "
                                    "quiet place with privacy an important condition for "
                                    "recovery but gives no number; the VWS MKBA was not found",
                          .source_nl = "aanname: de Kamerbrief van 16 december 2021 noemt een "
                                       "veilige, rustige plek met privacy een belangrijke "
                                       "voorwaarde voor herstel, maar geeft geen getal; de MKBA "
                                       "van VWS is niet gevonden",
                          .confidence = MKBA_ASSUMPTION,
                          .flags = MKBA_PARAM_RAISES_NPV},
    /* Other routes out of shelter grow at the same time. */
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deadweight: deel van de kortere verblijfsduur dat ook met "
                                  "slaapzalen was gekomen",
                      .label_en = "Deadweight: share of the shorter stay that would have come "
                                  "with dormitories too",
                      .unit = "fractie",
                      .value = 0.1,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_BETA_DIST(1, 9),
                      .source = "assumption: the letter of 16 December 2021 reports more Housing "
                                "First and transit homes used instead of shelter, which shortens "
                                "stays in dormitories too",
                      .source_nl = "aanname: de Kamerbrief van 16 december 2021 meldt dat meer "
                                   "Housing First- en doorstroomwoningen worden ingezet in "
                                   "plaats van opvang, wat ook het verblijf in slaapzalen verkort",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* A conversion often comes with a new way of working that is not in
       the extra cost. */
    [P_ATTRIBUTION] = {.key = "attribution",
                       .label_nl = "Attributie: deel van de kortere verblijfsduur door de kamers",
                       .label_en = "Attribution: share of the shorter stay due to the rooms",
                       .unit = "fractie",
                       .value = 0.9,
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_BETA_DIST(9, 1),
                       .source = "assumption: housing that the municipality and housing "
                                 "corporations make available at the same time also shortens stays",
                       .source_nl = "aanname: woningen die de gemeente en corporaties "
                                    "tegelijkertijd beschikbaar stellen, verkorten het verblijf "
                                    "ook",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    [P_U_ROOM] = {.key = "utility_gain_room",
                  .label_nl = "Effect: winst in utiliteit per bewonersjaar in een eigen kamer",
                  .label_en = "Effect: utility gain per resident-year in a room of one's own",
                  .unit = "QALY per persoonsjaar",
                  .value = 0.04,
                  .min = 0,
                  .max = 0.5,
                  .dist = MKBA_UNIFORM_DIST(0, 0.08),
                  .source = "assumption: safety, rest and privacy; no measured utility found, so "
                            "the middle of an assumed 0-0.08",
                  .source_nl = "aanname: veiligheid, rust en privacy; geen gemeten utiliteit "
                               "gevonden, dus het midden van het aangenomen bereik 0-0,08",
                  .confidence = MKBA_ASSUMPTION,
                  .flags = MKBA_PARAM_RAISES_NPV},
    /* The programme cost: a room is a shelter place that costs more. */
    [P_EXTRA_SHARE] = {.key = "extra_cost_share",
                       .label_nl = "Meerkosten kleinschalige plek als deel van een opvangplaats "
                                   "per jaar (incl. afgeschreven verbouwing)",
                       .label_en = "Extra cost of a small-scale place as a share of a shelter "
                                   "place-year (incl. annualised conversion)",
                       .unit = "fractie",
                       .value = 0.17,
                       .min = 0,
                       .max = 5,
                       .dist = MKBA_UNIFORM_DIST(0.05, 0.29),
                       .source = "assumption: more floor space and staff per resident and the "
                                 "conversion written off, about a sixth of a shelter place-year; "
                                 "no Dutch price of a room-based place found",
                       .source_nl = "aanname: meer vloeroppervlak en personeel per bewoner en de "
                                    "afgeschreven verbouwing, ongeveer een zesde van een "
                                    "opvangplaats per jaar; geen Nederlandse prijs gevonden van "
                                    "een opvangplaats met kamers",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_LOWERS_NPV},
    [P_SHELTER_COST] = MKBA_PARAM_SHELTER_PLACE_YEAR("shelter_cost"),
    /* Those who move on sooner live in a home of their own. */
    [P_HOME_COST] = MKBA_PARAM_DWELLING_YEAR("home_cost"),
    [P_HOME_COST].flags = MKBA_PARAM_LOWERS_NPV,
    [P_SUPPORT_HOURS] = {.key = "support_hours",
                         .label_nl = "Uren ambulante begeleiding per week na uitstroom",
                         .label_en = "Hours of ambulant support a week after moving on",
                         .unit = "uur per week",
                         .value = 2.25,
                         .min = 0,
                         .max = 40,
                         .dist = MKBA_UNIFORM_DIST(0.5, 4),
                         .source = "assumption: light ambulant support after shelter; no Dutch "
                                   "norm found, so the middle of an assumed 0.5-4 hours",
                         .source_nl = "aanname: lichte ambulante begeleiding na de opvang; geen "
                                      "Nederlandse norm gevonden, dus het midden van het "
                                      "aangenomen bereik 0,5-4 uur",
                         .confidence = MKBA_ASSUMPTION,
                         .flags = MKBA_PARAM_LOWERS_NPV},
    [P_HOUR_COST] = MKBA_PARAM_HOME_GUIDANCE_HOUR("guidance_hour_cost"),
    [P_HOUR_COST].flags = MKBA_PARAM_LOWERS_NPV,
    [P_U_HOUSED] = {.key = "utility_gain_housed",
                    .label_nl = "Winst in utiliteit per jaar gehuisvest in plaats van in de "
                                "opvang",
                    .label_en = "Utility gain per year housed instead of in shelter",
                    .unit = "QALY per persoonsjaar",
                    .value = 0.13,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_UNIFORM_DIST(0.05, 0.21),
                    .source = "assumption: 0.75 housed minus 0.62 in shelter, the assumed "
                              "utilities of housing_first; the range is centred on that "
                              "difference",
                    .source_nl = "aanname: 0,75 gehuisvest min 0,62 in de opvang, de aangenomen "
                                 "utiliteiten van housing_first; het midden van het bereik is "
                                 "dat verschil",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_RAISES_NPV},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
    [P_QALY_VALUE].flags = MKBA_PARAM_RAISES_NPV,
    [P_HUURTOESLAG] = MKBA_PARAM_HUURTOESLAG_YEAR("huurtoeslag"),
    [P_BIJSTAND] = MKBA_PARAM_BIJSTAND_YEAR("bijstand"),
    [P_BIJSTAND_INST] = MKBA_PARAM_BIJSTAND_INSTITUTION_YEAR("bijstand_institution"),
    /* Only people on bijstand move from the institution norm to the full
       one when they leave shelter for a home. */
    [P_BIJSTAND_SHARE] = {.key = "bijstand_share",
                          .label_nl = "Deel van de bewoners met bijstand",
                          .label_en = "Share of residents on social assistance",
                          .unit = "fractie",
                          .value = 0.7,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(7, 3),
                          .source = "assumption: CBS found that more than eight in ten homeless "
                                    "people depended on a benefit in 2016 (Meeste daklozen hadden "
                                    "al jaren een laag inkomen, via divosa.nl, 20 December 2018); "
                                    "not every benefit is social assistance, so 0.7",
                          .source_nl = "aanname: volgens het CBS waren in 2016 meer dan acht op "
                                       "de tien daklozen afhankelijk van een uitkering (Meeste "
                                       "daklozen hadden al jaren een laag inkomen, via "
                                       "divosa.nl, 20 december 2018); niet elke uitkering is "
                                       "bijstand, dus 0,7",
                          .confidence = MKBA_ASSUMPTION},
};

/* Weeks in a year, to turn weekly support hours into yearly ones. */
#define WEEKS_PER_YEAR 52.0

/* Share of the places converted in year index t when the rooms are ready at time L. */
static double in_use(int t, double L) {
  double r = t + 1 - L;
  return r < 0 ? 0 : r > 1 ? 1 : r;
}

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  int c_shelter = host->category(ctx, "opvang", "Opvang", "Shelter");
  int c_home = host->category(ctx, "wonen", "Wonen", "Housing");
  int c_support = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int c_qol = host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int c_rent_allow = host->category(ctx, "huurtoeslag", "Huurtoeslag", "Housing allowance");
  int c_bijstand = host->category(ctx, "bijstand", "Bijstand", "Social assistance");
  int o_places = host->outcome_id(ctx, "opvangplekjaren", "Opvangplekjaren", "Shelter place-years",
                                  "plekjaren");
  int o_housed = host->outcome_id(ctx, "gehuisveste_persoonsjaren", "Gehuisveste persoonsjaren",
                                  "Housed person-years", "persoonsjaren");
  int o_qaly = host->outcome_id(ctx, "qaly_winst", "QALY-winst", "QALYs gained", "QALY");
  if (c_shelter < 0 || c_home < 0 || c_support < 0 || c_qol < 0 || c_rent_allow < 0 ||
      c_bijstand < 0 || o_places < 0 || o_housed < 0 || o_qaly < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  /* The part of the shorter stay that is this intervention's. */
  double r = p[P_STAY_REDUCTION] * (1 - p[P_DEADWEIGHT]) * p[P_ATTRIBUTION];
  double c = p[P_SHELTER_COST];
  double support_year = p[P_SUPPORT_HOURS] * WEEKS_PER_YEAR * p[P_HOUR_COST];
  for (int t = 0; t < host->horizon(ctx); t++) {
    double k = p[P_PLACES] * in_use(t, p[P_CONVERSION_YEARS]); /* converted places */
    double used = k * (1 - r); /* small-scale place-years: the same inflow, shorter stays */
    double freed = k * r;      /* person-years in a home instead */
    double qalys = used * p[P_U_ROOM] + freed * p[P_U_HOUSED];
    if (/* Shelter: the intervention uses `used` room place-years at
           c (1 + extra) where the baseline used k dormitory place-years at
           c.  Booked as the extra of the rooms (a cost) and the place-years
           no longer needed (a saving). */
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, c_shelter, MKBA_COST, t,
                   used * c * p[P_EXTRA_SHARE]) ||
        mkba_post_resource(host, ctx, MKBA_GEMEENTE, c_shelter, t, -freed * c) ||
        /* Every housed person-year costs a home, paid by the tenant. */
        mkba_post_resource(host, ctx, MKBA_DEELNEMER, c_home, t, freed * p[P_HOME_COST]) ||
        mkba_post_resource(host, ctx, MKBA_GEMEENTE, c_support, t, freed * support_year) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, c_qol, MKBA_BENEFIT, t,
                   qalys * p[P_QALY_VALUE]) ||
        mkba_post_transfer(host, ctx, MKBA_RIJK, MKBA_DEELNEMER, c_rent_allow, t,
                           freed * p[P_HUURTOESLAG]) ||
        mkba_post_transfer(host, ctx, MKBA_GEMEENTE, MKBA_DEELNEMER, c_bijstand, t,
                           freed * p[P_BIJSTAND_SHARE] * (p[P_BIJSTAND] - p[P_BIJSTAND_INST])) ||
        host->outcome(ctx, o_places, MKBA_BASELINE, t, k) ||
        host->outcome(ctx, o_places, MKBA_INTERVENTION, t, used) ||
        host->outcome(ctx, o_housed, MKBA_BASELINE, t, 0) ||
        host->outcome(ctx, o_housed, MKBA_INTERVENTION, t, freed) ||
        host->outcome(ctx, o_qaly, MKBA_BASELINE, t, 0) ||
        host->outcome(ctx, o_qaly, MKBA_INTERVENTION, t, qalys))
      return MKBA_ERROR; /* the host has the message */
  }
  host->pm_item(ctx, "Minder incidenten en geweld in de opvang",
                "Fewer incidents and less violence in the shelter", MKBA_PM_POSITIVE,
                MKBA_SAMENLEVING);
  host->pm_item(ctx, "Minder zorggebruik door rust en hygiëne",
                "Less use of care thanks to rest and hygiene", MKBA_PM_POSITIVE,
                MKBA_ZORGVERZEKERAAR);
  host->pm_item(ctx, "Meer locaties nodig: draagvlak in de buurt",
                "More locations needed: acceptance in the neighbourhood", MKBA_PM_UNKNOWN,
                MKBA_SAMENLEVING);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "kleinschalige_opvang", .version = "2.0.0",
            .title_nl = "Kleinschalige opvang in plaats van slaapzalen",
            .title_en = "Small-scale shelter instead of dormitories",
            .summary_nl = "Per omgebouwde plek per jaar: een kamer kost meer dan een bed op een "
                          "slaapzaal, maar kortere verblijfsduur bespaart opvangplaatsen; wie "
                          "eerder uitstroomt woont zelfstandig (woning, begeleiding, huurtoeslag, "
                          "bijstand), en een eigen kamer geeft kwaliteit van leven.",
            .summary_en = "Per converted place per year: a room costs more than a dormitory bed, "
                          "but shorter stays save shelter places; those who move on sooner live "
                          "on their own (home, support, housing allowance, social assistance), "
                          "and a room of one's own adds quality of life.",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
