/*
 * huisuitzetting_preventie.c - preventing evictions (voorkomen van
 * huisuitzettingen): intensive coaching of households whose landlord has
 * obtained, or is about to obtain, an eviction judgment.
 *
 * Model, per year: `households` are coached; without coaching each is
 * evicted with chance `eviction_risk`, with coaching that chance falls by
 * the share `effect`.  Each eviction costs the landlord, and a share of the
 * evicted become homeless and spend `shelter_years` in shelter at a loss of
 * quality of life.  Coaching costs the same with or without effect.  See
 * README.md.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_HOUSEHOLDS,     /* households coached a year */
  P_EVICTION_RISK,  /* chance of eviction without coaching */
  P_EFFECT,         /* relative cut in that chance with coaching */
  P_CONTACTS,       /* coaching contacts per household */
  P_CONTACT_COST,   /* price of a social-work contact */
  P_LANDLORD_COST,  /* landlord's cost per eviction */
  P_HOMELESS_SHARE, /* share of evicted households that become homeless */
  P_SHELTER_YEARS,  /* years in shelter of those */
  P_SHELTER_COST,   /* shelter per person-year */
  P_UTILITY_LOSS,   /* utility lost per year homeless instead of housed */
  P_QALY_VALUE,     /* euros per QALY */
  P_N
};

static const mkba_param params[] = {
    [P_HOUSEHOLDS] = {.key = "households",
                      .label_nl = "Begeleide huishoudens met dreigende "
                                  "huisuitzetting per jaar",
                      .label_en = "Households facing eviction coached per "
                                  "year",
                      .unit = "huishoudens per jaar",
                      .value = 100,
                      .min = 0,
                      .max = 1000000,
                      .flags = MKBA_PARAM_INTEGER,
                      .source = "assumption: a municipal team; nationally "
                                "there were 5,000 evictions in 2019 (letter "
                                "of 16 Dec 2021)",
                      .confidence = MKBA_ASSUMPTION},
    [P_EVICTION_RISK] = {.key = "eviction_risk",
                         .label_nl = "Kans op huisuitzetting zonder "
                                     "begeleiding",
                         .label_en = "Chance of eviction without coaching",
                         .unit = "fractie",
                         .value = 0.28,
                         .min = 0,
                         .max = 1,
                         .dist = MKBA_BETA_DIST(7, 18),
                         .source = "of 24,000 eviction judgments in 2012, 28% "
                                   "were executed (nrc.nl 2013, trouw.nl "
                                   "2018, aedes.nl)",
                         .confidence = MKBA_VERIFIED},
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Effect: relatieve daling van de kans op "
                              "huisuitzetting",
                  .label_en = "Effect: relative cut in the chance of eviction",
                  .unit = "fractie",
                  .value = 0.5,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(5, 5),
                  .source = "assumption: no Dutch effect size found; a wide "
                            "beta around one half",
                  .confidence = MKBA_ASSUMPTION},
    [P_CONTACTS] = {.key = "contacts",
                    .label_nl = "Begeleidingscontacten per huishouden",
                    .label_en = "Coaching contacts per household",
                    .unit = "contacten per huishouden",
                    .value = 10,
                    .min = 0,
                    .max = 100,
                    .dist = MKBA_UNIFORM_DIST(4, 16),
                    .source = "assumption: a few months of home visits, a "
                              "payment plan and contact with the landlord; "
                              "the base case is the middle of the assumed "
                              "range 4-16",
                    .confidence = MKBA_ASSUMPTION},
    [P_CONTACT_COST] = {.key = "contact_cost",
                        .label_nl = "Kosten contact maatschappelijk werk",
                        .label_en = "Social work contact cost",
                        .unit = "EUR per contact",
                        .value = 127,
                        .min = 0,
                        .max = 5000,
                        .price_year = 2022,
                        .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen "
                                  "et al. 2024)",
                        .confidence = MKBA_VERIFIED,
                        .unit_cost = "social_work_contact"},
    [P_LANDLORD_COST] = {.key = "landlord_cost",
                         .label_nl = "Kosten verhuurder per huisuitzetting",
                         .label_en = "Landlord cost per eviction",
                         .unit = "EUR per huisuitzetting",
                         .value = 6500,
                         .min = 0,
                         .max = 100000,
                         .price_year = 2024,
                         .dist = MKBA_UNIFORM_DIST(3000, 10000),
                         .source = "assumption: EUR 5,000-8,000 is an "
                                   "unconfirmed range; no source for it was "
                                   "found",
                         .confidence = MKBA_ASSUMPTION},
    [P_HOMELESS_SHARE] = {.key = "homeless_after_eviction",
                          .label_nl = "Aandeel uitgezette huishoudens dat "
                                      "dakloos wordt",
                          .label_en = "Share of evicted households that "
                                      "become homeless",
                          .unit = "fractie",
                          .value = 0.3,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(3, 7),
                          .source = "assumption: many find family or friends; "
                                    "no Dutch figure found",
                          .confidence = MKBA_ASSUMPTION},
    [P_SHELTER_YEARS] = {.key = "shelter_years",
                         .label_nl = "Jaren in de opvang na huisuitzetting",
                         .label_en = "Years in shelter after eviction",
                         .unit = "jaar",
                         .value = 1.125,
                         .min = 0,
                         .max = 20,
                         .dist = MKBA_UNIFORM_DIST(0.25, 2),
                         .source = "assumption: no Dutch average found, so the "
                                   "base case is the middle of the assumed "
                                   "range 0.25-2 years",
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
    [P_UTILITY_LOSS] = {.key = "utility_loss_homeless",
                        .label_nl = "Verlies aan utiliteit per jaar dakloos",
                        .label_en = "Utility lost per year homeless",
                        .unit = "QALY per persoonsjaar",
                        .value = 0.13,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_UNIFORM_DIST(0.05, 0.21),
                        .source = "assumption: 0.75 housed minus 0.62 in "
                                  "shelter, the assumed utilities of "
                                  "housing_first; the range is centred on "
                                  "that difference",
                        .confidence = MKBA_ASSUMPTION},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
};

/*
 * Add `persons` homeless for `years` years from year index `from` to the
 * person-years per year in `py` (the last year gets the fraction left),
 * cut at the horizon `H`.
 */
static void spread(double *py, int H, int from, double years, double persons) {
  for (int k = 0; years - k > 0 && from + k < H; k++)
    py[from + k] += persons * fmin(1.0, years - k);
}

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model,
                   const double *p, char *err, size_t errlen) {
  (void)model; /* no configure() */
  int H = host->horizon(ctx);
  double *py = host->scratch(ctx, (size_t)MKBA_N_ARMS * H * sizeof *py);
  int cat_coach = host->category(ctx, "begeleiding", "Begeleiding", "Coaching");
  int cat_evict =
      host->category(ctx, "huisuitzetting", "Huisuitzettingen", "Evictions");
  int cat_shelter = host->category(ctx, "opvang", "Opvang", "Shelter");
  int cat_qol = host->category(ctx, "kwaliteit_van_leven",
                               "Kwaliteit van leven", "Quality of life");
  int o_evictions =
      host->outcome_id(ctx, "huisuitzettingen", "Huisuitzettingen", "Evictions",
                       "huisuitzettingen");
  int o_homeless =
      host->outcome_id(ctx, "dakloze_persoonsjaren", "Dakloze persoonsjaren",
                       "Homeless person-years", "persoonsjaren");
  if (!py) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  if (cat_coach < 0 || cat_evict < 0 || cat_shelter < 0 || cat_qol < 0 ||
      o_evictions < 0 || o_homeless < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  double evictions[MKBA_N_ARMS];
  evictions[MKBA_BASELINE] = p[P_HOUSEHOLDS] * p[P_EVICTION_RISK];
  evictions[MKBA_INTERVENTION] = evictions[MKBA_BASELINE] * (1 - p[P_EFFECT]);
  for (int arm = 0; arm < MKBA_N_ARMS; arm++)
    for (int t = 0; t < H; t++)
      spread(py + arm * H, H, t, p[P_SHELTER_YEARS],
             evictions[arm] * p[P_HOMELESS_SHARE]);

  double coaching = p[P_HOUSEHOLDS] * p[P_CONTACTS] * p[P_CONTACT_COST];
  double avoided = evictions[MKBA_BASELINE] - evictions[MKBA_INTERVENTION];
  for (int t = 0; t < H; t++) {
    double fewer = py[MKBA_BASELINE * H + t] - py[MKBA_INTERVENTION * H + t];
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_coach, MKBA_COST,
                   t, coaching) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_WONINGCORPORATIE, cat_evict,
                   MKBA_BENEFIT, t, avoided * p[P_LANDLORD_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_shelter,
                   MKBA_BENEFIT, t, fewer * p[P_SHELTER_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol,
                   MKBA_BENEFIT, t,
                   fewer * p[P_UTILITY_LOSS] * p[P_QALY_VALUE]))
      return MKBA_ERROR; /* the host has the message */
    for (int arm = 0; arm < MKBA_N_ARMS; arm++)
      if (host->outcome(ctx, o_evictions, arm, t, evictions[arm]) ||
          host->outcome(ctx, o_homeless, arm, t, py[arm * H + t]))
        return MKBA_ERROR;
  }
  host->pm_item(ctx, "Kinderen die hun huis niet kwijtraken",
                "Children who keep their home", MKBA_PM_POSITIVE,
                MKBA_DEELNEMER);
  host->pm_item(ctx, "Minder zorg, jeugdhulp en schooluitval na uitzetting",
                "Less care, youth care and school drop-out after eviction",
                MKBA_PM_POSITIVE, MKBA_SAMENLEVING);
  host->pm_item(ctx, "Kosten van rechtszaak, deurwaarder en ontruiming",
                "Court, bailiff and removal costs", MKBA_PM_POSITIVE,
                MKBA_NO_ACTOR);
  host->pm_item(ctx, "Huurachterstand die alsnog oninbaar blijft",
                "Rent arrears that remain unpaid", MKBA_PM_NEGATIVE,
                MKBA_WONINGCORPORATIE);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "huisuitzetting_preventie", .version = "1.0.0",
            .title_nl = "Voorkomen van huisuitzettingen",
            .title_en = "Eviction prevention",
            .summary_nl = "Per jaar: begeleiding van huishoudens met een "
                          "dreigende huisuitzetting, tegen vermeden kosten "
                          "voor de verhuurder, opvang en verlies aan "
                          "kwaliteit van leven na uitzetting.",
            .summary_en = "Per year: coaching of households facing eviction, "
                          "against avoided costs for the landlord, shelter "
                          "and the loss of quality of life after eviction.",
            MKBA_PARAMS(params), .compute = compute)
