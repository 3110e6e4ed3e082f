/*
 * jongerenregisseur.c - one young person, one plan, one coordinator
 * ("1 jongere, 1 plan, 1 jongerenregisseur") for young people aged 16 to 27
 * who are homeless or about to be.
 *
 * A yearly model, the same every year of the horizon: `youths` young people
 * a year get a coordinator who keeps the plan across the five domains
 * (housing, care, money, work or school, network).  Without one, each spends
 * `months_homeless` months of the year homeless; the coordinator avoids a
 * share `effect` of those months.  An avoided month saves a twelfth of the
 * public cost of a homeless young person a year (DRIFT 2018), split over the
 * actors by assumed shares, and gains quality of life.  The coordinator's
 * hours are the cost.  With effect = 0 only that cost remains.
 */
#include <mkba_plugin.h>

#include <stdio.h>

enum {
  P_YOUTHS,
  P_HOURS,
  P_HOUR_COST,
  P_MONTHS_HOMELESS,
  P_EFFECT,
  P_COST_HOMELESS_YEAR,
  P_SHARE_ZORGVERZEKERAAR,
  P_SHARE_RIJK,
  P_UTILITY_GAIN,
  P_QALY_VALUE
};

static const mkba_param params[] = {
    /* A national count of homeless young people known to the centrumgemeenten;
       the region scales it by its share of homeless people. */
    [P_YOUTHS] = {.key = "youths",
                  .label_nl = "Jongeren met een jongerenregisseur per jaar",
                  .label_en = "Young people with a youth coordinator a year",
                  .unit = "personen per jaar",
                  .value = 5671,
                  .min = 0,
                  .max = 100000,
                  .flags = MKBA_PARAM_INTEGER | MKBA_PARAM_POPULATION,
                  .source = "Kamerbrief 16 December 2021 (Kamerstuk 29 325, "
                            "nr. 130): Monitor Dak- en Thuisloosheid, first "
                            "half of 2021, 5,671 homeless young people among "
                            "22,528 people in view of the centrumgemeenten",
                  .confidence = MKBA_VERIFIED},
    /* The coordinator's time per young person per year. */
    [P_HOURS] = {.key = "hours",
                 .label_nl = "Uren jongerenregisseur per jongere per jaar",
                 .label_en = "Coordinator hours per young person per year",
                 .unit = "uur per persoon per jaar",
                 .value = 50,
                 .min = 0,
                 .max = 2000,
                 .dist = MKBA_TRIANGULAR_DIST(25, 50, 75),
                 .source = "assumption: about an hour a week; no caseload "
                           "figure for jongerenregisseurs found; the range is "
                           "centred on that estimate",
                 .confidence = MKBA_ASSUMPTION},
    /* The nearest sourced price of an hour of a social-domain professional. */
    [P_HOUR_COST] = {.key = "hour_cost",
                     .label_nl = "Kosten professional per uur",
                     .label_en = "Professional cost per hour",
                     .unit = "EUR per uur",
                     .value = 64,
                     .min = 0,
                     .max = 500,
                     .price_year = 2022,
                     .unit_cost = "home_guidance_hour",
                     .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen "
                               "et al. 2024)",
                     .confidence = MKBA_VERIFIED},
    /* Months homeless in the year without a coordinator. */
    [P_MONTHS_HOMELESS] = {.key = "months_homeless",
                           .label_nl =
                               "Maanden dakloos per jaar zonder regisseur",
                           .label_en =
                               "Months homeless a year without a coordinator",
                           .unit = "maanden per persoon per jaar",
                           .value = (3 + 6 + 12) / 3.0, /* 7, the triangle's mean */
                           .min = 0,
                           .max = 12,
                           .dist = MKBA_TRIANGULAR_DIST(3, 6, 12),
                           .source = "assumption: the action programme aimed "
                                     "to cut youth shelter stays to at most "
                                     "three months (letter 2021), so stays "
                                     "were longer; 6 months is the most "
                                     "likely, the base case the mean of the "
                                     "assumed triangle",
                           .confidence = MKBA_ASSUMPTION},
    /* The effect: share of those months the coordinator avoids. */
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Aandeel vermeden maanden dakloosheid",
                  .label_en = "Share of homeless months avoided",
                  .unit = "fractie",
                  .value = 0.25,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(2.5, 7.5),
                  .source = "assumption: the 2021 letter reports better "
                            "services but no effect size",
                  .confidence = MKBA_ASSUMPTION},
    /* Public cost of a homeless young person.  DRIFT gives only a range; its
       low end is taken as the most likely value (the figure may include
       benefit payments, which are transfers), and the base case is the mean
       of the triangle over the range. */
    [P_COST_HOMELESS_YEAR] =
        {.key = "cost_homeless_year",
         .label_nl = "Publieke kosten per dakloze jongere per jaar",
         .label_en = "Public cost per homeless young person per year",
         .unit = "EUR per persoon per jaar",
         .value = (36000 + 36000 + 100000) / 3.0, /* 57,333, the triangle's mean */
         .min = 0,
         .max = 500000,
         .price_year = 2018,
         .dist = MKBA_TRIANGULAR_DIST(36000, 36000, 100000),
         .source = "assumption: DRIFT for Stichting Zwerfjongeren "
                   "Nederland 2018, Van kostenpost naar "
                   "investering, gives only a range, EUR 36,000 to "
                   "100,000 a year (price year taken as 2018); its "
                   "low end is the most likely value, the base case "
                   "the mean of triangular(36,000, 36,000, 100,000)",
         .confidence = MKBA_ASSUMPTION},
    /* DRIFT gives no split over payers; the gemeente (youth shelter, Wmo,
       jeugdhulp, schuldhulp) gets what the two shares below leave. */
    [P_SHARE_ZORGVERZEKERAAR] =
        {.key = "share_zorgverzekeraar",
         .label_nl = "Aandeel kosten zorgverzekeraar",
         .label_en = "Share of cost borne by the health insurer",
         .unit = "fractie",
         .value = 0.2,
         .min = 0,
         .max = 0.5, /* two shares of at most half never exceed the whole */
         .dist = MKBA_UNIFORM_DIST(0.05, 0.35),
         .source = "assumption: GGZ, addiction and "
                   "emergency care",
         .confidence = MKBA_ASSUMPTION},
    /* The Rijk's share of the saving (police, justice). */
    [P_SHARE_RIJK] = {.key = "share_rijk",
                      .label_nl = "Aandeel kosten Rijk",
                      .label_en = "Share of cost borne by central government",
                      .unit = "fractie",
                      .value = 0.2,
                      .min = 0,
                      .max = 0.5, /* two shares of at most half never exceed the whole */
                      .dist = MKBA_UNIFORM_DIST(0.05, 0.35),
                      .source = "assumption: police, justice and youth "
                                "detention",
                      .confidence = MKBA_ASSUMPTION},
    /* Quality of life housed compared with homeless, per person-year. */
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst kwaliteit van leven niet-dakloos",
                        .label_en = "Quality-of-life gain when not homeless",
                        .unit = "QALY per persoonsjaar",
                        .value = 0.10,
                        .min = -1,
                        .max = 1,
                        .dist = MKBA_TRIANGULAR_DIST(0, 0.10, 0.20),
                        .source = "assumption: no Dutch utility values for "
                                  "homeless young people found",
                        .confidence = MKBA_ASSUMPTION},
    /* Money value of a QALY in Dutch practice: at least EUR 50,000. */
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model,
                   const double *p, char *err, size_t errlen) {
  (void)model;
  const double share_gemeente =
      1.0 - p[P_SHARE_ZORGVERZEKERAAR] - p[P_SHARE_RIJK];
  if (share_gemeente < -1e-12) {
    snprintf(err, errlen,
             "share_zorgverzekeraar + share_rijk is %g, more than 1",
             1.0 - share_gemeente);
    return MKBA_ERROR;
  }
  int cat_regie = host->category(ctx, "jongerenregie", "Jongerenregie",
                                 "Youth coordination");
  int cat_avoided =
      host->category(ctx, "dakloosheid_jongeren", "Kosten dakloosheid jongeren",
                     "Cost of youth homelessness");
  int cat_qol = host->category(ctx, "kwaliteit_van_leven",
                               "Kwaliteit van leven", "Quality of life");
  int out_months = host->outcome_id(ctx, "maanden_dakloos", "Maanden dakloos",
                                    "Months homeless", "maanden");
  int out_qaly = host->outcome_id(ctx, "qaly", "QALY's", "QALYs", "QALY");
  if (cat_regie < 0 || cat_avoided < 0 || cat_qol < 0 || out_months < 0 ||
      out_qaly < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  const double youths = p[P_YOUTHS];
  const double months_base = youths * p[P_MONTHS_HOMELESS];
  const double months_int = months_base * (1.0 - p[P_EFFECT]);
  const double years_avoided = (months_base - months_int) / 12.0;
  const double saved = years_avoided * p[P_COST_HOMELESS_YEAR];
  const double qaly = years_avoided * p[P_UTILITY_GAIN];
  const struct {
    int actor;
    double share;
  } gains[] = {
      {MKBA_GEMEENTE, share_gemeente < 0 ? 0 : share_gemeente},
      {MKBA_ZORGVERZEKERAAR, p[P_SHARE_ZORGVERZEKERAAR]},
      {MKBA_RIJK, p[P_SHARE_RIJK]},
  };

  for (int t = 0; t < host->horizon(ctx); t++) {
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_regie, MKBA_COST,
                   t, youths * p[P_HOURS] * p[P_HOUR_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol,
                   MKBA_BENEFIT, t, qaly * p[P_QALY_VALUE]) ||
        host->outcome(ctx, out_months, MKBA_BASELINE, t, months_base) ||
        host->outcome(ctx, out_months, MKBA_INTERVENTION, t, months_int) ||
        host->outcome(ctx, out_qaly, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, out_qaly, MKBA_INTERVENTION, t, qaly))
      return MKBA_ERROR;
    for (size_t i = 0; i < sizeof gains / sizeof gains[0]; i++)
      if (host->flow(ctx, MKBA_INTERVENTION, gains[i].actor, cat_avoided,
                     MKBA_BENEFIT, t, saved * gains[i].share))
        return MKBA_ERROR;
  }

  host->pm_item(ctx, "Betere start op school en werk",
                "A better start in school and work", MKBA_PM_POSITIVE,
                MKBA_DEELNEMER);
  host->pm_item(ctx, "Doorlopende begeleiding rond 18 jaar (18-/18+)",
                "Continuous support around age 18 (18-/18+)", MKBA_PM_POSITIVE,
                MKBA_DEELNEMER);
  host->pm_item(ctx, "Minder dakloosheid op latere leeftijd",
                "Less homelessness later in life", MKBA_PM_POSITIVE,
                MKBA_NO_ACTOR);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "jongerenregisseur", .version = "1.0.0",
            .title_nl = "Jongerenregisseur: 1 jongere, 1 plan, 1 regisseur",
            .title_en = "Youth coordinator: one young person, one plan, one "
                        "coordinator",
            .summary_nl =
                "Een vaste regisseur voor jongeren van 16 tot 27 jaar op alle "
                "leefgebieden voorkomt een deel van de maanden dakloosheid.",
            .summary_en =
                "One coordinator across all life domains for young people "
                "aged 16 to 27 avoids part of their months of homelessness.",
            MKBA_PARAMS(params), .compute = compute)
