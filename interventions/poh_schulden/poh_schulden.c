/*
 * poh_schulden.c - a praktijkondersteuner schulden (debt practice nurse) in
 * the GP practice: patients whose complaints stem from money worries get
 * their debts mapped and light help, or a warm referral, early.
 *
 * Model, per year: `practices` practices each see `clients` patients; for
 * the share `effect` of them the debts are tackled before they escalate.
 * Each such patient has fewer GP consults and a better quality of life for
 * `duration` years, and with chance `debt_help_avoided` does not need a
 * full debt-counselling trajectory `help_delay` years later.  The POH costs
 * the same with or without effect.  See README.md.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_PRACTICES,    /* GP practices with a POH schulden */
  P_POH_COST,     /* cost of the POH per practice per year */
  P_CLIENTS,      /* patients seen per practice per year */
  P_EFFECT,       /* share of patients whose debts are tackled early */
  P_HELP_AVOIDED, /* of those, chance a later full trajectory is avoided */
  P_HELP_DELAY,   /* years until that trajectory would have started */
  P_CASE_COST,    /* price of a debt-counselling case */
  P_GP_CONSULTS,  /* GP consults avoided per helped patient per year */
  P_GP_COST,      /* price of a GP consult */
  P_UTILITY_GAIN, /* utility gain per helped patient per year */
  P_DURATION,     /* years the health effects last */
  P_QALY_VALUE,   /* euros per QALY */
  P_N
};

static const mkba_param params[] = {
    [P_PRACTICES] = {.key = "practices",
                     .label_nl = "Huisartsenpraktijken met een POH schulden",
                     .label_en = "GP practices with a debt practice nurse",
                     .unit = "praktijken",
                     .value = 5,
                     .min = 1,
                     .max = 10000,
                     .flags = MKBA_PARAM_INTEGER,
                     .source = "assumption: a local pilot",
                     .confidence = MKBA_ASSUMPTION},
    [P_POH_COST] = {.key = "poh_cost",
                    .label_nl = "Kosten POH schulden per praktijk per jaar",
                    .label_en = "Debt practice nurse cost per practice per "
                                "year",
                    .unit = "EUR per praktijk per jaar",
                    .value = 25000,
                    .min = 0,
                    .max = 500000,
                    .price_year = 2024,
                    .dist = MKBA_UNIFORM_DIST(12000, 38000),
                    .source = "assumption: about a quarter of a full-time "
                              "debt counsellor with overhead; no price found; "
                              "the range is centred on that estimate",
                    .confidence = MKBA_ASSUMPTION},
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Patiënten per praktijk per jaar",
                   .label_en = "Patients per practice per year",
                   .unit = "personen per praktijk per jaar",
                   .value = 40,
                   .min = 0,
                   .max = 10000,
                   .dist = MKBA_UNIFORM_DIST(15, 65),
                   .source = "assumption: about one new patient a week; the "
                             "range is centred on that estimate",
                   .confidence = MKBA_ASSUMPTION},
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Effect: aandeel patiënten bij wie de schulden "
                              "vroeg worden aangepakt",
                  .label_en = "Effect: share of patients whose debts are "
                              "tackled early",
                  .unit = "fractie",
                  .value = 0.25,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(2.5, 7.5),
                  .source = "assumption: no evaluation of the POH schulden "
                            "found; the letter of 4 June 2024 only names it",
                  .confidence = MKBA_ASSUMPTION},
    [P_HELP_AVOIDED] = {.key = "debt_help_avoided",
                        .label_nl = "Kans dat later schuldhulpverlening "
                                    "nodig was geweest",
                        .label_en = "Chance that debt counselling would "
                                    "have been needed later",
                        .unit = "fractie",
                        .value = 0.5,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_BETA_DIST(5, 5),
                        .source = "assumption: half of the early-helped debts "
                                  "would otherwise have become problematic",
                        .confidence = MKBA_ASSUMPTION},
    [P_HELP_DELAY] = {.key = "help_delay",
                      .label_nl = "Jaren tot de vermeden schuldhulpvraag",
                      .label_en = "Years until the avoided request for debt "
                                  "help",
                      .unit = "jaar",
                      .value = 2.5,
                      .min = 0,
                      .max = 20,
                      .dist = MKBA_UNIFORM_DIST(0, 5),
                      .source = "assumption: people wait five years on average "
                                "before asking for help (HU lectoraat Schulden "
                                "& Incasso); the POH meets them at any point of "
                                "that wait alike, so 0-5 years are left, 2.5 "
                                "on average",
                      .confidence = MKBA_ASSUMPTION},
    [P_CASE_COST] = {.key = "debt_case_cost",
                     .label_nl = "Kosten schuldhulpverlening per casus",
                     .label_en = "Debt counselling per case",
                     .unit = "EUR per casus",
                     .value = 1500,
                     .min = 0,
                     .max = 100000,
                     .price_year = 2005,
                     /* Centred on the value bank's EUR 1,500. */
                     .dist = MKBA_UNIFORM_DIST(1000, 2000),
                     .source = "via DRIFT/Stichting Zwerfjongeren Nederland "
                               "2018 (price level 2005)",
                     .confidence = MKBA_VERIFIED,
                     .unit_cost = "debt_counselling_case"},
    [P_GP_CONSULTS] = {.key = "gp_consults_avoided",
                       .label_nl = "Vermeden huisartsconsulten per geholpen "
                                   "patiënt per jaar",
                       .label_en = "GP consults avoided per helped patient "
                                   "per year",
                       .unit = "consulten per persoon per jaar",
                       .value = 2,
                       .min = 0,
                       .max = 50,
                       .dist = MKBA_UNIFORM_DIST(0, 4),
                       .source = "assumption: money worries bring stress "
                                 "complaints to the GP; no Dutch count found, "
                                 "so the base case is the middle of the "
                                 "assumed range 0-4",
                       .confidence = MKBA_ASSUMPTION},
    [P_GP_COST] = {.key = "gp_consult_cost",
                   .label_nl = "Kosten huisartsconsult",
                   .label_en = "GP consult cost",
                   .unit = "EUR per consult",
                   .value = 30.87,
                   .min = 0,
                   .max = 1000,
                   .price_year = 2022,
                   .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et "
                             "al. 2024)",
                   .confidence = MKBA_VERIFIED,
                   .unit_cost = "gp_consult"},
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst in utiliteit per geholpen patiënt "
                                    "per jaar",
                        .label_en = "Utility gain per helped patient per year",
                        .unit = "QALY per persoonsjaar",
                        .value = 0.04,
                        .min = 0,
                        .max = 0.5,
                        .dist = MKBA_UNIFORM_DIST(0, 0.08),
                        .source = "assumption: less stress from debts; no "
                                  "Dutch utility found, so the base case is "
                                  "the middle of the assumed range 0-0.08",
                        .confidence = MKBA_ASSUMPTION},
    [P_DURATION] = {.key = "duration",
                    .label_nl = "Jaren dat de gezondheidseffecten duren",
                    .label_en = "Years the health effects last",
                    .unit = "jaar",
                    .value = 2.5,
                    .min = 0,
                    .max = 20,
                    .dist = MKBA_UNIFORM_DIST(1, 4),
                    .source = "assumption: until the debts would have been "
                              "dealt with anyway; the base case is the middle "
                              "of the assumed range 1-4 years",
                    .confidence = MKBA_ASSUMPTION},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
};

/*
 * Post a benefit of `amount` that falls `delay` years after year index
 * `from`; a fractional delay splits it over the two years around it.
 */
static int post_delayed(const mkba_host *host, mkba_ctx *ctx, int actor, int cat, int from,
                        double delay, double amount) {
  int H = host->horizon(ctx);
  int y = from + (int)floor(delay);
  double late = delay - floor(delay);
  if (y < H && host->flow(ctx, MKBA_INTERVENTION, actor, cat, MKBA_BENEFIT, y, (1 - late) * amount))
    return MKBA_ERROR;
  if (late > 0 && y + 1 < H &&
      host->flow(ctx, MKBA_INTERVENTION, actor, cat, MKBA_BENEFIT, y + 1, late * amount))
    return MKBA_ERROR;
  return MKBA_OK;
}

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  int cat_poh = host->category(ctx, "poh_schulden", "POH schulden", "Debt practice nurse");
  int cat_debt = host->category(ctx, "schuldhulp", "Schuldhulpverlening", "Debt counselling");
  int cat_care = host->category(ctx, "zorg", "Zorg", "Health care");
  int cat_qol =
      host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int o_helped = host->outcome_id(ctx, "schulden_vroeg_aangepakt", "Schulden vroeg aangepakt",
                                  "Debts tackled early", "personen");
  int o_cases = host->outcome_id(ctx, "schuldhulptrajecten", "Schuldhulptrajecten",
                                 "Debt counselling cases", "trajecten");
  if (cat_poh < 0 || cat_debt < 0 || cat_care < 0 || cat_qol < 0 || o_helped < 0 || o_cases < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  double helped = p[P_PRACTICES] * p[P_CLIENTS] * p[P_EFFECT];
  double cases_avoided = helped * p[P_HELP_AVOIDED];
  double care = p[P_GP_CONSULTS] * p[P_GP_COST];
  double qol = p[P_UTILITY_GAIN] * p[P_QALY_VALUE];
  for (int t = 0; t < host->horizon(ctx); t++) {
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_poh, MKBA_COST, t,
                   p[P_PRACTICES] * p[P_POH_COST]) ||
        mkba_post_spread(host, ctx, MKBA_ZORGVERZEKERAAR, cat_care, MKBA_BENEFIT, t, p[P_DURATION],
                         helped * care) ||
        mkba_post_spread(host, ctx, MKBA_DEELNEMER, cat_qol, MKBA_BENEFIT, t, p[P_DURATION],
                         helped * qol) ||
        post_delayed(host, ctx, MKBA_GEMEENTE, cat_debt, t, p[P_HELP_DELAY],
                     cases_avoided * p[P_CASE_COST]) ||
        host->outcome(ctx, o_helped, MKBA_INTERVENTION, t, helped) ||
        host->outcome(ctx, o_helped, MKBA_BASELINE, t, 0) ||
        /* The avoided cases, counted in the year of the early help. */
        host->outcome(ctx, o_cases, MKBA_BASELINE, t, cases_avoided) ||
        host->outcome(ctx, o_cases, MKBA_INTERVENTION, t, 0))
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

MKBA_PLUGIN(.name = "poh_schulden", .version = "1.0.0",
            .title_nl = "Praktijkondersteuner schulden bij de huisarts",
            .title_en = "Debt practice nurse in the GP practice",
            .summary_nl = "Per jaar: kosten van de POH schulden, tegen minder "
                          "huisartsconsulten, betere kwaliteit van leven en "
                          "vermeden schuldhulptrajecten voor patiënten bij wie "
                          "de schulden vroeg worden aangepakt.",
            .summary_en = "Per year: the cost of the debt practice nurse, "
                          "against fewer GP consults, better quality of life "
                          "and avoided debt-counselling cases for patients "
                          "whose debts are tackled early.",
            MKBA_PARAMS(params), .compute = compute)
