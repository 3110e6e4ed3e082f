/*
 * housing_first.c - Housing First (Wonen Eerst): a home of one's own
 * straight away, with support that follows the person, instead of the
 * staircase from street to shelter to "ready for housing".
 *
 * Model: a Markov cohort of `clients` people who are homeless at entry
 * (some on the street, the rest in shelter), followed year by year in the
 * states straat, opvang, woning and overleden, in both arms.  Housing First
 * changes two transitions: more of the people who would stay homeless in a
 * year get a home (effect_housing), and fewer tenants lose it
 * (effect_tenancy).  Everything else is the same in both arms, so with both
 * effects at zero only the support cost is left.  See README.md for each
 * equation and every source.
 */
#include <mkba_plugin.h>

#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_CLIENTS,      /* people enrolled at the start */
  P_SHARE_STREET, /* of them, share sleeping rough at entry */
  P_BASE_HOUSING, /* usual care: yearly chance a homeless person is housed */
  P_STREET_TO_SHELTER, /* yearly chance of moving from street into shelter */
  P_SHELTER_TO_STREET, /* yearly chance of leaving shelter for the street */
  P_BASE_TENANCY_LOSS, /* usual care: yearly chance a tenant loses the home */
  P_MORT_HOMELESS,     /* yearly mortality while homeless */
  P_MORT_HOUSED,       /* yearly mortality while housed */
  P_EFFECT_HOUSING,    /* HF: share of would-be-homeless housed instead */
  P_EFFECT_TENANCY,    /* HF: relative cut in the chance of losing the home */
  P_SUPPORT_COST,      /* HF support per client per year */
  P_SHELTER_COST,      /* shelter per person-year */
  P_SEH_VISITS,        /* extra emergency visits per homeless person-year */
  P_SEH_COST,          /* price of an emergency visit */
  P_U_STREET,          /* utility of a year on the street */
  P_U_SHELTER,         /* utility of a year in shelter */
  P_U_HOUSED,          /* utility of a year housed */
  P_QALY_VALUE,        /* euros per QALY */
  P_N
};

static const mkba_param params[] = {
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Aantal deelnemers bij de start",
                   .label_en = "Participants enrolled at the start",
                   .unit = "personen",
                   .value = 40,
                   .min = 1,
                   .max = 100000,
                   .flags = MKBA_PARAM_INTEGER,
                   .source =
                       "Trimbos-instituut 2023 for Housing First Nederland "
                       "(ruimteenwonen.nl, 29 Nov 2023): more than 600 "
                       "participants in 15 practices, about 40 per practice",
                   .confidence = MKBA_VERIFIED},
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
                        .confidence = MKBA_ASSUMPTION},
    [P_BASE_HOUSING] = {.key = "base_housing",
                        .label_nl =
                            "Kans per jaar op een woning zonder Housing "
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
                        .confidence = MKBA_ASSUMPTION},
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
                             .confidence = MKBA_ASSUMPTION},
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
                             .source =
                                 "assumption: no Dutch figure found for "
                                 "formerly homeless tenants in usual care",
                             .confidence = MKBA_ASSUMPTION},
    [P_MORT_HOMELESS] = {.key = "mortality_homeless",
                         .label_nl = "Sterftekans per jaar, dakloos",
                         .label_en = "Yearly mortality, homeless",
                         .unit = "kans per jaar",
                         .value = 0.02,
                         .min = 0,
                         .max = 0.5,
                         .dist = MKBA_BETA_DIST(2, 98),
                         .source =
                             "assumption: several times the mortality of "
                             "people of the same age; not in the references",
                         .confidence = MKBA_ASSUMPTION},
    [P_MORT_HOUSED] = {.key = "mortality_housed",
                       .label_nl = "Sterftekans per jaar, gehuisvest",
                       .label_en = "Yearly mortality, housed",
                       .unit = "kans per jaar",
                       .value = 0.01,
                       .min = 0,
                       .max = 0.5,
                       .dist = MKBA_BETA_DIST(1, 99),
                       .source =
                           "assumption: half the homeless mortality; not in "
                           "the references",
                       .confidence = MKBA_ASSUMPTION},
    [P_EFFECT_HOUSING] =
        {.key = "effect_housing",
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
         .confidence = MKBA_ASSUMPTION},
    [P_EFFECT_TENANCY] = {.key = "effect_tenancy",
                          .label_nl =
                              "Effect: relatieve daling kans woning kwijt "
                              "te raken",
                          .label_en = "Effect: relative cut in the chance of "
                                      "losing the home",
                          .unit = "fractie",
                          .value = 0.5,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(5, 5),
                          .source =
                              "assumption: Trimbos 2023 found 83% not "
                              "homeless again and 73% in the same home, but "
                              "no comparison group",
                          .confidence = MKBA_ASSUMPTION},
    [P_SUPPORT_COST] = {.key = "support_cost",
                        .label_nl = "Kosten Housing First-begeleiding per "
                                    "deelnemer per jaar",
                        .label_en = "Housing First support per participant per "
                                    "year",
                        .unit = "EUR per persoon per jaar",
                        .value = 12000,
                        .min = 0,
                        .max = 200000,
                        .price_year = 2024,
                        .dist = MKBA_UNIFORM_DIST(6000, 18000),
                        .source =
                            "assumption: no Dutch HF support cost found; "
                            "about 3.5 hours a week at the "
                            "home-guidance rate of EUR 64/hour (2022); the "
                            "range is centred on that estimate",
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
    [P_SEH_VISITS] = {.key = "seh_visits",
                      .label_nl = "Extra SEH-bezoeken per dakloos persoonsjaar",
                      .label_en = "Extra emergency visits per homeless "
                                  "person-year",
                      .unit = "bezoeken per persoon per jaar",
                      .value = 1.5,
                      .min = 0,
                      .max = 50,
                      .dist = MKBA_UNIFORM_DIST(0, 3),
                      .source =
                          "assumption: homeless people use emergency care "
                          "more than housed people; no Dutch count found, "
                          "so the base case is the middle of the assumed "
                          "range 0-3",
                      .confidence = MKBA_ASSUMPTION},
    [P_SEH_COST] = {.key = "seh_cost",
                    .label_nl = "Kosten SEH-bezoek",
                    .label_en = "Emergency department visit cost",
                    .unit = "EUR per bezoek",
                    .value = 258,
                    .min = 0,
                    .max = 10000,
                    .price_year = 2022,
                    .source =
                        "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. "
                        "2024)",
                    .confidence = MKBA_VERIFIED,
                    .unit_cost = "emergency_visit"},
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
                    .confidence = MKBA_ASSUMPTION},
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
                     .confidence = MKBA_ASSUMPTION},
    [P_U_HOUSED] = {.key = "utility_housed",
                    .label_nl = "Utiliteit met eigen woning",
                    .label_en = "Utility when housed",
                    .unit = "QALY per persoonsjaar",
                    .value = 0.75,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_UNIFORM_DIST(0.65, 0.85),
                    .source =
                        "assumption: no Dutch utility for formerly homeless "
                        "tenants found",
                    .confidence = MKBA_ASSUMPTION},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
};

/* The cohort's states, in matrix order. */
enum { S_STREET, S_SHELTER, S_HOUSED, S_DEAD, N_STATES };
static const char *const state_ids[N_STATES] = {"straat", "opvang", "woning",
                                                "overleden"};

/*
 * Fill the transition matrix `P` of one arm.  Each row is built as a chain
 * of conditional chances (first death, then housing, then a move), so every
 * row is a probability vector for any inputs in [0, 1], also in Monte Carlo
 * draws.  `housing` is the yearly chance that a surviving homeless person
 * gets a home; `loss` the chance that a surviving tenant loses it.  Both
 * arms go through this one function, so with zero effects the two matrices
 * are equal bit for bit.
 */
static void fill_matrix(double *P, const double *p, double housing,
                        double loss) {
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

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model,
                   const double *p, char *err, size_t errlen) {
  (void)model; /* no configure() */
  int H = host->horizon(ctx);
  double *P = host->scratch(ctx, 2 * N_STATES * N_STATES * sizeof *P);
  double *occ = host->scratch(ctx, (size_t)2 * H * N_STATES * sizeof *occ);
  if (!P || !occ) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  double *P_base = P, *P_int = P + N_STATES * N_STATES;
  double h = p[P_BASE_HOUSING], r = p[P_BASE_TENANCY_LOSS];
  fill_matrix(P_base, p, h, r);
  /* HF houses a share of those who would otherwise stay homeless. */
  fill_matrix(P_int, p, h + p[P_EFFECT_HOUSING] * (1 - h),
              r * (1 - p[P_EFFECT_TENANCY]));

  double start[N_STATES] = {0};
  start[S_STREET] = p[P_CLIENTS] * p[P_SHARE_STREET];
  start[S_SHELTER] = p[P_CLIENTS] * (1 - p[P_SHARE_STREET]);
  mkba_cohort cohort = {
      .n_states = N_STATES, .start = start, .transition = {P_base, P_int}};
  if (host->cohort_run(ctx, &cohort, occ))
    return MKBA_ERROR; /* the host has the message */

  int cat_support =
      host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_shelter = host->category(ctx, "opvang", "Opvang", "Shelter");
  int cat_care = host->category(ctx, "zorg", "Zorg", "Health care");
  int cat_qol = host->category(ctx, "kwaliteit_van_leven",
                               "Kwaliteit van leven", "Quality of life");
  int o_qaly = host->outcome_id(ctx, "qaly", "QALY's", "QALYs", "QALY");
  if (cat_support < 0 || cat_shelter < 0 || cat_care < 0 || cat_qol < 0 ||
      o_qaly < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  /* HF support follows the client, also after losing the home. */
  double seh = p[P_SEH_VISITS] * p[P_SEH_COST];
  for (int s = S_STREET; s <= S_HOUSED; s++)
    if (host->cohort_programme_cost(ctx, occ, N_STATES, s, MKBA_GEMEENTE,
                                    cat_support, p[P_SUPPORT_COST]))
      return MKBA_ERROR;
  if (host->cohort_state_cost(ctx, occ, N_STATES, S_SHELTER, MKBA_GEMEENTE,
                              cat_shelter, p[P_SHELTER_COST]) ||
      host->cohort_state_cost(ctx, occ, N_STATES, S_STREET,
                              MKBA_ZORGVERZEKERAAR, cat_care, seh) ||
      host->cohort_state_cost(ctx, occ, N_STATES, S_SHELTER,
                              MKBA_ZORGVERZEKERAAR, cat_care, seh) ||
      host->cohort_person_years(ctx, occ, N_STATES, state_ids))
    return MKBA_ERROR;

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
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol,
                   MKBA_BENEFIT, t,
                   (q[MKBA_INTERVENTION] - q[MKBA_BASELINE]) * p[P_QALY_VALUE]))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Minder overlast en politie-inzet",
                "Less nuisance and police time", MKBA_PM_POSITIVE,
                MKBA_SAMENLEVING);
  host->pm_item(ctx, "Minder justitie en detentie",
                "Less justice and detention", MKBA_PM_POSITIVE, MKBA_RIJK);
  host->pm_item(ctx, "Meer werk en dagbesteding",
                "More work and day activities", MKBA_PM_POSITIVE,
                MKBA_DEELNEMER);
  host->pm_item(ctx, "Verdringing van andere woningzoekenden",
                "Crowding out of other home seekers", MKBA_PM_NEGATIVE,
                MKBA_SAMENLEVING);
  host->pm_item(ctx, "Huurachterstanden en woonoverlast bij de verhuurder",
                "Rent arrears and nuisance for the landlord", MKBA_PM_UNKNOWN,
                MKBA_WONINGCORPORATIE);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "housing_first", .version = "1.0.0",
            .title_nl = "Wonen Eerst (Housing First)",
            .title_en = "Housing First (Wonen Eerst)",
            .summary_nl = "Markov-cohort van dakloze mensen (straat, opvang, "
                          "woning, overleden): Housing First huisvest sneller "
                          "en vaker duurzaam, tegen de kosten van begeleiding; "
                          "baten in opvang, zorg en kwaliteit van leven.",
            .summary_en = "Markov cohort of homeless people (street, shelter, "
                          "housed, dead): Housing First houses people sooner "
                          "and more lastingly, at the cost of support; "
                          "benefits in shelter, health care and quality of "
                          "life.",
            MKBA_PARAMS(params), .compute = compute)
