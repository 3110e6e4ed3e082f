/*
 * transformatie_opvang.c - transformation of the shelter: doorstroomwoningen
 * (transitional homes whose lease passes to the tenant after a while) built
 * or transformed instead of shelter places.
 *
 * Model, per year: `units` homes are built or transformed, completed evenly
 * over `build_years` years; a home is in use from the year after it is
 * completed, so nothing lands in year 0.  Each home is costed once, by what
 * it takes to make and run it: the investment when it is completed, the
 * yearly exploitation while it stands, and its residual value (straight-line
 * over `lifetime`) back as a benefit at the end of the horizon.  The average
 * corporation rent (dwelling_year) is therefore not booked as a resource
 * here; it is the rent the resident pays the owner, a transfer.
 *
 * The share `occupancy` of the homes is lived in; of the residents, the
 * share `from_shelter` comes from the shelter (the effect), less the
 * deadweight who would have left the shelter for a home anyway, and that
 * avoided shelter year decays by `drop_off` a year of residence as the
 * nulalternatief catches up.  Each avoided shelter year saves a shelter
 * place-year and adds the quality of life of a home; the extra housed
 * person-years carry the rent, huurtoeslag and the bijstand difference as
 * transfers.  Residents get ambulant support for `support_years`.  With the
 * effect at zero only the homes and the support are left (and the homes'
 * residual value).  See README.md.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_UNITS,          /* doorstroomwoningen built or transformed (national programme) */
  P_BUILD_YEARS,    /* years over which the homes are completed */
  P_INVESTMENT,     /* resource cost of building or transforming a home */
  P_LIFETIME,       /* years over which a home is written off */
  P_SUBSIDY,        /* national subsidy per home: a transfer */
  P_EXPLOITATION,   /* maintenance and management per home per year */
  P_OCCUPANCY,      /* share of home-years lived in */
  P_FROM_SHELTER,   /* effect: share of residents who come from the shelter */
  P_DEADWEIGHT,     /* of those, share who would have left the shelter anyway */
  P_DROP_OFF,       /* yearly decay of the avoided shelter year */
  P_SUPPORT_HOURS,  /* ambulant support hours per resident per year */
  P_SUPPORT_YEARS,  /* years of support after moving in */
  P_HOUR_COST,      /* price of an hour of support */
  P_SHELTER_COST,   /* shelter per place-year */
  P_DWELLING,       /* average corporation rent per year: the rent transfer */
  P_SHARE_BIJSTAND, /* share of residents on bijstand */
  P_BIJSTAND,       /* bijstand, full norm, per year */
  P_BIJSTAND_INST,  /* bijstand, institution norm, per year */
  P_HUURTOESLAG,    /* huurtoeslag per recipient per year */
  P_U_HOUSED,       /* utility gain of a year housed instead of sheltered */
  P_QALY_VALUE,     /* euros per QALY */
  P_N
};

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size: a national round of homes, scaled to a region by
       its registered homeless people. */
    [P_UNITS] = {.key = "units",
                 .label_nl = "Aantal doorstroomwoningen gebouwd of getransformeerd",
                 .label_en = "Transitional homes built or transformed",
                 .unit = "woningen",
                 .value = 2600,
                 .min = 1,
                 .max = 100000,
                 .flags = MKBA_PARAM_POPULATION | MKBA_PARAM_INTEGER,
                 .target_group = MKBA_TARGET_HOMELESS_REGISTERED,
                 .source = "assumption: a national programme of the size of the BZK impulse of "
                           "2020, which gave about 2,600 extra housing places for homeless people "
                           "(Voortgangsrapportage maatschappelijke opvang en beschermd wonen, 16 "
                           "Dec 2021, Kamerstuk 29 325 nr. 130); a region gets its share of the "
                           "22,528 registered homeless people (national, 2021)",
                 .source_nl = "aanname: een landelijk programma ter grootte van de BZK-impuls van "
                              "2020, die circa 2.600 extra woonplekken voor dakloze mensen "
                              "opleverde (Voortgangsrapportage maatschappelijke opvang en "
                              "beschermd wonen, 16 december 2021, Kamerstuk 29 325 nr. 130); een "
                              "regio krijgt haar aandeel van de 22.528 geregistreerde dakloze "
                              "mensen (landelijk, 2021)",
                 .confidence = MKBA_ASSUMPTION},
    /* Ramp-up: a home must be built before anyone lives in it. */
    [P_BUILD_YEARS] = {.key = "build_years",
                       .label_nl = "Jaren waarin de woningen worden opgeleverd",
                       .label_en = "Years over which the homes are completed",
                       .unit = "jaar",
                       .value = 2,
                       .min = 0.25,
                       .max = 10,
                       .dist = MKBA_TRIANGULAR_DIST(1, 2, 3),
                       .source = "assumption: movable homes are built in months, but finding and "
                                 "preparing sites takes long; the letter of 16 Dec 2021 reports "
                                 "plans delayed by the corona crisis and by designating suitable "
                                 "locations; completion spread evenly over 1 to 3 years, the mean "
                                 "of triangular(1, 2, 3)",
                       .source_nl = "aanname: verplaatsbare woningen worden in maanden gebouwd, "
                                    "maar het vinden en bouwrijp maken van locaties duurt lang; "
                                    "de brief van 16 december 2021 meldt plannen die vertraagd "
                                    "zijn door de coronacrisis en door het aanwijzen van "
                                    "geschikte locaties; oplevering gelijk verdeeld over 1 tot 3 "
                                    "jaar, het gemiddelde van driehoeksverdeling (1; 2; 3)",
                       .confidence = MKBA_ASSUMPTION},
    /* The resource cost of a home: what building or transforming it takes,
       not the subsidy that pays for part of it. */
    [P_INVESTMENT] = {.key = "investment_per_unit",
                      .label_nl = "Stichtingskosten per woning (bouw of transformatie)",
                      .label_en = "Cost of building or transforming one home",
                      .unit = "EUR per woning",
                      .value = 63000,
                      .min = 0,
                      .max = 1000000,
                      .price_year = 2018,
                      .dist = MKBA_TRIANGULAR_DIST(35000, 63000, 91000),
                      .source = "Aedes via De Telegraaf, 'Nieuwbouw sociale huurwoningen op "
                                "dieptepunt' (December 2019): average development cost of a "
                                "flexible home built by a corporation in 2018 about EUR 63,000 (a "
                                "multi-family home EUR 159,000); the range EUR 35,000-91,000 is an "
                                "assumption, as the cost per corporation differs widely (FI "
                                "Academy, 3 July 2023)",
                      .source_nl = "Aedes via De Telegraaf, 'Nieuwbouw sociale huurwoningen op "
                                   "dieptepunt' (december 2019): gemiddelde stichtingskosten van "
                                   "een flexibele woning die een corporatie in 2018 bouwde circa "
                                   "€ 63.000 (een meergezinswoning € 159.000); het bereik "
                                   "€ 35.000-91.000 is een aanname, omdat de kosten per "
                                   "corporatie sterk verschillen (FI Academy, 3 juli 2023)",
                      .confidence = MKBA_SECONDARY,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Straight-line depreciation: the residual value at the end of the
       horizon is investment x (1 - years used / lifetime). */
    [P_LIFETIME] = {.key = "lifetime",
                    .label_nl = "Afschrijvingstermijn van een woning",
                    .label_en = "Years over which a home is written off",
                    .unit = "jaar",
                    .value = 40,
                    .min = 1,
                    .max = 200,
                    .dist = MKBA_TRIANGULAR_DIST(30, 40, 50),
                    .source = "assumption: movable homes now last fifty years or longer, but sites "
                              "often have to be vacated after 10 to 15 years (letter of 16 Dec "
                              "2021), and site preparation, connections and the works in a "
                              "transformed building do not move with the home; the mean of "
                              "triangular(30, 40, 50)",
                    .source_nl = "aanname: verplaatsbare woningen gaan tegenwoordig vijftig jaar "
                                 "of langer mee, maar locaties moeten vaak na 10 tot 15 jaar "
                                 "worden ontruimd (brief van 16 december 2021), en het bouwrijp "
                                 "maken van de locatie, de aansluitingen en de werken in een "
                                 "getransformeerd gebouw verhuizen niet mee met de woning; het "
                                 "gemiddelde van driehoeksverdeling (30; 40; 50)",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_RAISES_NPV},
    /* Money from the Rijk towards the investment: a transfer, not a cost. */
    [P_SUBSIDY] = {.key = "subsidy_per_unit",
                   .label_nl = "Rijkssubsidie per woning",
                   .label_en = "National subsidy per home",
                   .unit = "EUR per woning",
                   .value = 19231,
                   .min = 0,
                   .max = 1000000,
                   .price_year = 2020,
                   .source = "assumption: the BZK impulse of EUR 50 mln gave about 2,600 extra "
                             "housing places in 2020 (letter of 16 Dec 2021); EUR 50 mln / 2,600 = "
                             "EUR 19,231 a place, our quotient",
                   .source_nl = "aanname: de BZK-impuls van € 50 mln leverde in 2020 circa 2.600 "
                                "extra woonplekken op (brief van 16 december 2021); € 50 mln / "
                                "2.600 = € 19.231 per plek, ons quotiënt",
                   .confidence = MKBA_ASSUMPTION},
    /* Running a home: maintenance and the landlord's management; local
       taxes are transfers and left out. */
    [P_EXPLOITATION] = {.key = "exploitation_cost",
                        .label_nl = "Onderhoud en beheer per woning per jaar",
                        .label_en = "Maintenance and management per home per year",
                        .unit = "EUR per woning per jaar",
                        .value = 1900,
                        .min = 0,
                        .max = 50000,
                        .price_year = 2017,
                        .dist = MKBA_TRIANGULAR_DIST(1200, 1900, 2600),
                        .source = "assumption: maintenance and improvement of a corporation home "
                                  "built after 2010, EUR 1,126 a year (Aedes-benchmark via Cobouw, "
                                  "'Oud en kostbaar', December 2016), plus the influenceable "
                                  "operating costs, EUR 764 per rented unit in 2017 "
                                  "(Aedes-benchmark via Woonbedrijf, annual report 2018); the sum "
                                  "rounded, in euros of about 2017; the range is centred on it",
                        .source_nl = "aanname: onderhoud en verbetering van een corporatiewoning "
                                     "gebouwd na 2010, € 1.126 per jaar (Aedes-benchmark via "
                                     "Cobouw, 'Oud en kostbaar', december 2016), plus de "
                                     "beïnvloedbare bedrijfslasten, € 764 per verhuureenheid in "
                                     "2017 (Aedes-benchmark via Woonbedrijf, jaarverslag 2018); "
                                     "de som afgerond, in euro's van circa 2017; het bereik ligt "
                                     "symmetrisch rond die som",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_LOWERS_NPV},
    /* Vacancy between tenants and while a home is first let. */
    [P_OCCUPANCY] = {.key = "occupancy",
                     .label_nl = "Bezettingsgraad",
                     .label_en = "Occupancy rate",
                     .unit = "fractie",
                     .value = 0.9,
                     .min = 0,
                     .max = 1,
                     .dist = MKBA_BETA_DIST(18, 2),
                     .source =
                         "assumption: demand for shelter exceeds supply (Voortgangsrapportage "
                         "Nationaal Actieplan Dakloosheid en Beschermd Wonen, 4 June 2024), "
                         "so homes are let quickly; some vacancy between tenants; the mean "
                         "of beta(18, 2)",
                     .source_nl = "aanname: de vraag naar opvang is groter dan het aanbod "
                                  "(Voortgangsrapportage Nationaal Actieplan Dakloosheid en "
                                  "Beschermd Wonen, 4 juni 2024), dus woningen worden snel "
                                  "verhuurd; enige leegstand tussen huurders; het gemiddelde van "
                                  "bètaverdeling (18; 2)",
                     .confidence = MKBA_ASSUMPTION,
                     .flags = MKBA_PARAM_RAISES_NPV},
    /* The effect: a resident from the shelter frees a shelter place. */
    [P_FROM_SHELTER] = {.key = "from_shelter",
                        .label_nl = "Effect: aandeel bewoners dat uit de opvang komt",
                        .label_en = "Effect: share of residents who come from the shelter",
                        .unit = "fractie",
                        .value = 0.9,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_BETA_DIST(9, 1),
                        .source = "assumption: the letter of 16 Dec 2021 describes transitional "
                                  "homes (doorstroomwoningen) used in place of shelter, so most "
                                  "residents come from it; some come from elsewhere (the street, "
                                  "friends' sofas); the mean of beta(9, 1)",
                        .source_nl = "aanname: de brief van 16 december 2021 beschrijft "
                                     "doorstroomwoningen die in plaats van opvang worden ingezet, "
                                     "dus de meeste bewoners komen uit de opvang; sommigen komen "
                                     "van elders (de straat, de bank bij vrienden); het "
                                     "gemiddelde van bètaverdeling (9; 1)",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* Deadweight: what would have happened anyway in the first year. */
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deadweight: aandeel dat de opvang ook zonder deze woning had "
                                  "verlaten",
                      .label_en = "Deadweight: share who would have left the shelter for a home "
                                  "anyway",
                      .unit = "fractie",
                      .value = 0.2,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_BETA_DIST(2, 8),
                      .source = "assumption: some residents would have found a home that year "
                                "without the transitional home; no Dutch outflow rate from shelter "
                                "found; the mean of beta(2, 8)",
                      .source_nl = "aanname: sommige bewoners hadden dat jaar ook zonder de "
                                   "doorstroomwoning een woning gevonden; geen Nederlands "
                                   "uitstroompercentage uit de opvang gevonden; het gemiddelde "
                                   "van bètaverdeling (2; 8)",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Drop-off: later years, the nulalternatief catches up. */
    [P_DROP_OFF] = {.key = "drop_off",
                    .label_nl = "Drop-off: jaarlijkse afname van het vermeden opvangjaar",
                    .label_en = "Drop-off: yearly decay of the avoided shelter year",
                    .unit = "fractie per jaar",
                    .value = 0.15,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_BETA_DIST(3, 17),
                    .source = "assumption: without the home, part of the residents would have "
                              "found a home in a later year too, so each year of residence "
                              "avoids less shelter than the one before; 15% a year, the mean of "
                              "beta(3, 17); no Dutch rate found",
                    .source_nl = "aanname: zonder de woning had een deel van de bewoners ook in "
                                 "een later jaar een woning gevonden, dus elk jaar bewoning "
                                 "voorkomt minder opvang dan het jaar ervoor; 15% per jaar, het "
                                 "gemiddelde van bètaverdeling (3; 17); geen Nederlands "
                                 "percentage gevonden",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    /* Ambulant support in the home, while the lease is still the provider's
       and for a while after. */
    [P_SUPPORT_HOURS] = {.key = "support_hours",
                         .label_nl = "Uren ambulante begeleiding per bewoner per jaar",
                         .label_en = "Ambulant support hours per resident per year",
                         .unit = "uur per persoon per jaar",
                         .value = 150,
                         .min = 0,
                         .max = 2000,
                         .dist = MKBA_TRIANGULAR_DIST(100, 150, 200),
                         .source = "assumption: about three hours a week; no Dutch figure for "
                                   "transitional homes found; the range is centred on it",
                         .source_nl = "aanname: ongeveer drie uur per week; geen Nederlands "
                                      "cijfer voor doorstroomwoningen gevonden; het bereik ligt "
                                      "symmetrisch rond deze waarde",
                         .confidence = MKBA_ASSUMPTION,
                         .flags = MKBA_PARAM_LOWERS_NPV},
    /* How long a resident is supported after moving in. */
    [P_SUPPORT_YEARS] = {.key = "support_years",
                         .label_nl = "Jaren begeleiding na de verhuizing",
                         .label_en = "Years of support after moving in",
                         .unit = "jaar",
                         .value = 2,
                         .min = 0,
                         .max = 50,
                         .dist = MKBA_TRIANGULAR_DIST(1, 2, 3),
                         .source = "assumption: support during the trial period until the lease "
                                   "passes to the resident (often one to two years) and a while "
                                   "after; no Dutch average found; the mean of triangular(1, 2, 3)",
                         .source_nl = "aanname: begeleiding tijdens de proefperiode tot het "
                                      "huurcontract op naam van de bewoner komt (vaak één tot "
                                      "twee jaar) en een tijd daarna; geen Nederlands gemiddelde "
                                      "gevonden; het gemiddelde van driehoeksverdeling (1; 2; 3)",
                         .confidence = MKBA_ASSUMPTION,
                         .flags = MKBA_PARAM_LOWERS_NPV},
    /* The Kostenhandleiding hour of support at home. */
    [P_HOUR_COST] = MKBA_PARAM_HOME_GUIDANCE_HOUR("hour_cost"),
    [P_HOUR_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* What a shelter place costs a year: bed, meals, staff, building. */
    [P_SHELTER_COST] = MKBA_PARAM_SHELTER_PLACE_YEAR("shelter_cost"),
    [P_SHELTER_COST].flags = MKBA_PARAM_RAISES_NPV,
    /* The rent a resident pays the owner: a transfer here, because the
       home itself is costed by its investment and exploitation. */
    [P_DWELLING] = MKBA_PARAM_DWELLING_YEAR("dwelling_year"),
    /* Who moves from the shelter's lower bijstand norm to the full one. */
    [P_SHARE_BIJSTAND] = {.key = "share_bijstand",
                          .label_nl = "Aandeel bewoners in de bijstand",
                          .label_en = "Share of residents on social assistance",
                          .unit = "fractie",
                          .value = 0.7,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(7, 3),
                          .source = "assumption: most people who leave the shelter for a home live "
                                    "on social assistance; no Dutch share found; the mean of "
                                    "beta(7, 3)",
                          .source_nl = "aanname: de meeste mensen die de opvang verlaten voor een "
                                       "woning leven van de bijstand; geen Nederlands aandeel "
                                       "gevonden; het gemiddelde van bètaverdeling (7; 3)",
                          .confidence = MKBA_ASSUMPTION},
    /* Bijstand for a single adult living on their own. */
    [P_BIJSTAND] = MKBA_PARAM_BIJSTAND_YEAR("bijstand_year"),
    /* Bijstand left to a single adult whose stay is provided. */
    [P_BIJSTAND_INST] = MKBA_PARAM_BIJSTAND_INSTITUTION_YEAR("bijstand_institution_year"),
    /* Housing allowance for a tenant on a low income. */
    [P_HUURTOESLAG] = MKBA_PARAM_HUURTOESLAG_YEAR("huurtoeslag_year"),
    /* A home of one's own instead of a shelter bed. */
    [P_U_HOUSED] = {.key = "utility_gain_housed",
                    .label_nl = "Winst in utiliteit per jaar in een woning in plaats van in de "
                                "opvang",
                    .label_en = "Utility gain per year in a home instead of in shelter",
                    .unit = "QALY per persoonsjaar",
                    .value = 0.13,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_UNIFORM_DIST(0.05, 0.21),
                    .source = "assumption: 0.75 housed minus 0.62 in shelter, the assumed "
                              "utilities of housing_first; no Dutch utilities found; the range "
                              "is centred on that difference",
                    .source_nl = "aanname: 0,75 in een woning min 0,62 in de opvang, de "
                                 "aangenomen utiliteiten van housing_first; geen Nederlandse "
                                 "utiliteiten gevonden; het bereik ligt symmetrisch rond dat "
                                 "verschil",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_RAISES_NPV},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
    [P_QALY_VALUE].flags = MKBA_PARAM_RAISES_NPV,
};

/* Homes in use in year t: completed by the end of year t - 1, evenly over
   `build` years, so none in year 0. */
static double in_use(double units, double build, int t) { return units * fmin(1.0, t / build); }

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  const int H = host->horizon(ctx);
  int cat_invest = host->category(ctx, "investering", "Investering", "Investment");
  int cat_rest = host->category(ctx, "restwaarde", "Restwaarde", "Residual value");
  int cat_home = host->category(ctx, "wonen", "Wonen", "Housing");
  int cat_support = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_shelter = host->category(ctx, "opvang", "Opvang", "Shelter");
  int cat_bijstand = host->category(ctx, "bijstand", "Bijstand", "Social assistance");
  int cat_ht = host->category(ctx, "huurtoeslag", "Huurtoeslag", "Housing allowance");
  int cat_qol =
      host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int o_homes = host->outcome_id(ctx, "woningen_in_gebruik", "Woningjaren in gebruik",
                                 "Home-years in use", "woningjaren");
  int o_residents =
      host->outcome_id(ctx, "bewonersjaren_doorstroomwoning", "Bewonersjaren doorstroomwoning",
                       "Resident-years in transitional homes", "persoonsjaren");
  int o_shelter =
      host->outcome_id(ctx, "opvangjaren", "Opvangjaren", "Shelter years", "persoonsjaren");
  if (cat_invest < 0 || cat_rest < 0 || cat_home < 0 || cat_support < 0 || cat_shelter < 0 ||
      cat_bijstand < 0 || cat_ht < 0 || cat_qol < 0 || o_homes < 0 || o_residents < 0 ||
      o_shelter < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  const double units = p[P_UNITS], build = p[P_BUILD_YEARS];
  /* Of the residents, those who would otherwise have been in the shelter
     that year: the effect less the deadweight. */
  const double net = p[P_OCCUPANCY] * p[P_FROM_SHELTER] * (1 - p[P_DEADWEIGHT]);
  const double support = p[P_SUPPORT_HOURS] * p[P_HOUR_COST];
  const double bijstand = p[P_SHARE_BIJSTAND] * (p[P_BIJSTAND] - p[P_BIJSTAND_INST]);
  double residual = 0;

  for (int t = 0; t < H; t++) {
    /* Homes completed in year t: paid for now, in use from t + 1. */
    double done = in_use(units, build, t + 1) - in_use(units, build, t);
    /* Straight-line: a home completed in year t has been used H - 1 - t
       years by the end of the horizon. */
    residual += done * p[P_INVESTMENT] * fmax(0.0, 1 - (H - 1 - t) / p[P_LIFETIME]);
    double homes = in_use(units, build, t);
    /* Each home's first residents, by the year their home was completed. */
    double avoided = 0, supported = 0;
    for (int k = 0; k < t; k++) {
      double built = in_use(units, build, k + 1) - in_use(units, build, k);
      int u = t - k - 1; /* years lived in the home before year t */
      avoided += built * net * pow(1 - p[P_DROP_OFF], u);
      supported += built * p[P_OCCUPANCY] * fmin(1.0, fmax(0.0, p[P_SUPPORT_YEARS] - u));
    }
    if ((done > 0 && host->flow(ctx, MKBA_INTERVENTION, MKBA_WONINGCORPORATIE, cat_invest,
                                MKBA_COST, t, done * p[P_INVESTMENT])) ||
        (done > 0 && mkba_post_transfer(host, ctx, MKBA_RIJK, MKBA_WONINGCORPORATIE, cat_invest, t,
                                        done * p[P_SUBSIDY])) ||
        mkba_post_resource(host, ctx, MKBA_WONINGCORPORATIE, cat_home, t,
                           homes * p[P_EXPLOITATION]) ||
        mkba_post_resource(host, ctx, MKBA_GEMEENTE, cat_support, t, supported * support) ||
        mkba_post_resource(host, ctx, MKBA_GEMEENTE, cat_shelter, t,
                           -avoided * p[P_SHELTER_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol, MKBA_BENEFIT, t,
                   avoided * p[P_U_HOUSED] * p[P_QALY_VALUE]) ||
        /* The extra housed person-years: rent to the owner, huurtoeslag
           from the Rijk, the full bijstand norm instead of the lower one. */
        mkba_post_transfer(host, ctx, MKBA_DEELNEMER, MKBA_WONINGCORPORATIE, cat_home, t,
                           avoided * p[P_DWELLING]) ||
        mkba_post_transfer(host, ctx, MKBA_RIJK, MKBA_DEELNEMER, cat_ht, t,
                           avoided * p[P_HUURTOESLAG]) ||
        mkba_post_transfer(host, ctx, MKBA_GEMEENTE, MKBA_DEELNEMER, cat_bijstand, t,
                           avoided * bijstand) ||
        host->outcome(ctx, o_homes, MKBA_INTERVENTION, t, homes) ||
        host->outcome(ctx, o_homes, MKBA_BASELINE, t, 0) ||
        host->outcome(ctx, o_residents, MKBA_INTERVENTION, t, homes * p[P_OCCUPANCY]) ||
        host->outcome(ctx, o_residents, MKBA_BASELINE, t, 0) ||
        host->outcome(ctx, o_shelter, MKBA_BASELINE, t, avoided) ||
        host->outcome(ctx, o_shelter, MKBA_INTERVENTION, t, 0))
      return MKBA_ERROR; /* the host has the message */
  }
  /* What the homes are still worth is a benefit to their owner. */
  if (residual > 0 && host->flow(ctx, MKBA_INTERVENTION, MKBA_WONINGCORPORATIE, cat_rest,
                                 MKBA_BENEFIT, H - 1, residual))
    return MKBA_ERROR;

  host->pm_item(ctx,
                "Woningen die bewoners zonder doorstroomwoning anders hadden bezet, komen vrij "
                "voor andere woningzoekenden",
                "Homes that residents would otherwise have occupied become free for other home "
                "seekers",
                MKBA_PM_POSITIVE, MKBA_SAMENLEVING);
  host->pm_item(ctx,
                "Effect van een nieuwe bewoner uit de opvang wanneer een woning opnieuw wordt "
                "verhuurd (niet meegeteld)",
                "Effect of a new resident from the shelter when a home is let again (not "
                "counted)",
                MKBA_PM_POSITIVE, MKBA_GEMEENTE);
  host->pm_item(ctx, "Huurrisico bij intermediaire verhuur", "Rent risk of intermediate letting",
                MKBA_PM_NEGATIVE, MKBA_WONINGCORPORATIE);
  host->pm_item(ctx, "Verplaatsen van woningen wanneer een tijdelijke locatie vrij moet komen",
                "Moving homes when a temporary site has to be vacated", MKBA_PM_NEGATIVE,
                MKBA_WONINGCORPORATIE);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "transformatie_opvang", .version = "2.0.0",
            .title_nl = "Transformatie opvang: doorstroomwoningen",
            .title_en = "Shelter transformation: transitional homes",
            .summary_nl = "Doorstroomwoningen gebouwd of getransformeerd in plaats van "
                          "opvangplekken: investering met restwaarde, onderhoud en begeleiding, "
                          "tegen vermeden opvangplekjaren en kwaliteit van leven voor bewoners "
                          "die anders in de opvang zaten (na deadweight en drop-off).",
            .summary_en = "Transitional homes built or transformed instead of shelter places: "
                          "an investment with a residual value, maintenance and support, against "
                          "shelter place-years avoided and quality of life for residents who "
                          "would otherwise have been in shelter (after deadweight and drop-off).",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
