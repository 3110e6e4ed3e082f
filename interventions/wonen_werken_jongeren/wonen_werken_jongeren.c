/*
 * wonen_werken_jongeren.c - housing combined with work or school for
 * homeless young people (wonen en werken voor jongeren).
 *
 * A yearly model, the same every year of the horizon: `youths` young people
 * a year get a room together with a coach who keeps them in work or school.
 * Two effects, both against the baseline of youth shelter:
 *   - housing: a share of the months they would spend in youth shelter is
 *     spent in the room instead: shelter cost saved, rent of the room spent,
 *     quality of life gained;
 *   - work: a share more of them has paid work: their production is a
 *     benefit, and the bijstand they no longer receive a transfer.
 * The coach's hours are the programme's cost.  With both effects at zero
 * only that cost remains.
 */
#include <mkba_plugin.h>

#include <stdio.h>

enum {
  P_YOUTHS,
  P_COACH_HOURS,
  P_HOUR_COST,
  P_MONTHS_SHELTER,
  P_HOUSING_EFFECT,
  P_SHELTER_COST,
  P_ROOM_COST,
  P_WORK_EFFECT,
  P_WORK_HOURS,
  P_HOUR_VALUE,
  P_PRODUCTIVITY,
  P_BIJSTAND,
  P_UTILITY_GAIN,
  P_QALY_VALUE
};

static const mkba_param params[] = {
    /* Programme size, not a national count: the projects are local. */
    [P_YOUTHS] = {.key = "youths",
                  .label_nl = "Jongeren in het project per jaar",
                  .label_en = "Young people in the project a year",
                  .unit = "personen per jaar",
                  .value = 30,
                  .min = 0,
                  .max = 100000,
                  .flags = MKBA_PARAM_INTEGER,
                  .source = "assumption: one building of rooms for young "
                            "people",
                  .confidence = MKBA_ASSUMPTION},
    /* Coaching on living, work and school: the programme's own cost. */
    [P_COACH_HOURS] = {.key = "coach_hours",
                       .label_nl = "Uren coaching per jongere per jaar",
                       .label_en = "Coaching hours per young person per year",
                       .unit = "uur per persoon per jaar",
                       .value = 150,
                       .min = 0,
                       .max = 2000,
                       .dist = MKBA_TRIANGULAR_DIST(75, 125, 250),
                       .source = "assumption: about three hours a week; the "
                                 "mode is set so that the mean is that "
                                 "estimate",
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
    /* Months in youth shelter in the year without the project. */
    [P_MONTHS_SHELTER] =
        {.key = "months_shelter",
         .label_nl = "Maanden jongerenopvang per jaar zonder project",
         .label_en = "Months in youth shelter a year without the project",
         .unit = "maanden per persoon per jaar",
         .value = (3 + 6 + 12) / 3.0, /* 7, the triangle's mean */
         .min = 0,
         .max = 12,
         .dist = MKBA_TRIANGULAR_DIST(3, 6, 12),
         .source = "assumption: the 2021 letter's aim of at "
                   "most three months in youth shelter "
                   "implies longer stays before; 6 months "
                   "is the most likely, the base case the "
                   "mean of the assumed triangle",
         .confidence = MKBA_ASSUMPTION},
    /* Effect 1: share of those shelter months replaced by the room. */
    [P_HOUSING_EFFECT] = {.key = "housing_effect",
                          .label_nl = "Aandeel vermeden maanden opvang",
                          .label_en = "Share of shelter months avoided",
                          .unit = "fractie",
                          .value = 0.6,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(6, 4),
                          .source = "assumption: most participants keep "
                                    "their room, some drop out; the VWS "
                                    "MKBA of 2021 was not available",
                          .confidence = MKBA_ASSUMPTION},
    /* Cost of youth shelter per young person, taken as a year. */
    [P_SHELTER_COST] = {.key = "shelter_cost",
                        .label_nl =
                            "Kosten jongerenopvang per jongere per jaar",
                        .label_en =
                            "Youth shelter cost per young person per year",
                        .unit = "EUR per persoon per jaar",
                        .value = 22302,
                        .min = 0,
                        .max = 200000,
                        .price_year = 2016,
                        /* From the shared table, so a region can override it. */
                        .unit_cost = "youth_shelter_year",
                        .source = "DRIFT/Stichting Zwerfjongeren Nederland "
                                  "2018 cost table: youth shelter Amsterdam "
                                  "18-23, EUR 9.3 mln / 417 young people "
                                  "(2016)",
                        .confidence = MKBA_VERIFIED},
    /* The room replaces the shelter's bed, so its cost counts for the same
       months; paid by the young person from wage or benefit. */
    [P_ROOM_COST] = {.key = "room_cost",
                     .label_nl = "Kosten kamer per jaar",
                     .label_en = "Cost of the room per year",
                     .unit = "EUR per persoon per jaar",
                     .value = 6000,
                     .min = 0,
                     .max = 50000,
                     .price_year = 2024,
                     .dist = MKBA_UNIFORM_DIST(4000, 8000),
                     .source = "assumption: a room at about EUR 500 a month; "
                               "the range is centred on that estimate",
                     .confidence = MKBA_ASSUMPTION},
    /* Effect 2: extra share of participants in paid work. */
    [P_WORK_EFFECT] = {.key = "work_effect",
                       .label_nl = "Extra aandeel jongeren met betaald werk",
                       .label_en = "Extra share of young people in paid work",
                       .unit = "fractie",
                       .value = 0.2,
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_TRIANGULAR_DIST(0, 0.2, 0.4),
                       .source = "assumption: no Dutch effect size found",
                       .confidence = MKBA_ASSUMPTION},
    /* Paid hours a year of a participant who works. */
    [P_WORK_HOURS] = {.key = "work_hours",
                      .label_nl = "Betaalde uren per werkende jongere per jaar",
                      .label_en =
                          "Paid hours per working young person per year",
                      .unit = "uur per persoon per jaar",
                      .value = 1000,
                      .min = 0,
                      .max = 2100,
                      .dist = MKBA_TRIANGULAR_DIST(500, 900, 1600),
                      .source = "assumption: part-time work, about 20 hours "
                                "a week; the mode is set so that the mean is "
                                "that estimate",
                      .confidence = MKBA_ASSUMPTION},
    /* The Kostenhandleiding value of an hour of paid work (average worker). */
    [P_HOUR_VALUE] = {.key = "hour_value",
                      .label_nl = "Waarde van een uur betaald werk",
                      .label_en = "Value of an hour of paid work",
                      .unit = "EUR per uur",
                      .value = 39.88,
                      .min = 0,
                      .max = 500,
                      .price_year = 2022,
                      .unit_cost = "productivity_loss_hour",
                      .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen "
                                "et al. 2024)",
                      .confidence = MKBA_VERIFIED},
    /* A young starter produces less than the average worker the hour value
       stands for. */
    [P_PRODUCTIVITY] = {.key = "productivity",
                        .label_nl =
                            "Productiviteit t.o.v. gemiddelde werknemer",
                        .label_en =
                            "Productivity relative to the average worker",
                        .unit = "fractie",
                        .value = 0.6,
                        .min = 0,
                        .max = 1.5,
                        .dist = MKBA_TRIANGULAR_DIST(0.4, 0.6, 0.8),
                        .source = "assumption: a young starter without "
                                  "qualifications",
                        .confidence = MKBA_ASSUMPTION},
    /* Bijstand no longer paid to a participant who works: a transfer. */
    [P_BIJSTAND] = {.key = "bijstand",
                    .label_nl = "Bijstand per jongere per jaar",
                    .label_en = "Social assistance per young person per year",
                    .unit = "EUR per persoon per jaar",
                    .value = 10000,
                    .min = 0,
                    .max = 50000,
                    .price_year = 2024,
                    .dist = MKBA_UNIFORM_DIST(5000, 15000),
                    .source = "assumption: no bijstand amount in the "
                              "references; lower for 18-20 (jongerennorm) "
                              "than for 21-27",
                    .confidence = MKBA_ASSUMPTION},
    /* Quality of life in the room compared with youth shelter. */
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst kwaliteit van leven t.o.v. opvang",
                        .label_en = "Quality-of-life gain over shelter",
                        .unit = "QALY per persoonsjaar",
                        .value = (0 + 0.05 + 0.15) / 3, /* 0.067, the triangle's mean */
                        .min = -1,
                        .max = 1,
                        .dist = MKBA_TRIANGULAR_DIST(0, 0.05, 0.15),
                        .source = "assumption: no Dutch utility values "
                                  "found; small, shelter is not the street; "
                                  "the base case is the mean of the assumed "
                                  "triangle",
                        .confidence = MKBA_ASSUMPTION},
    /* Money value of a QALY in Dutch practice: at least EUR 50,000. */
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model,
                   const double *p, char *err, size_t errlen) {
  (void)model;
  int cat_coach = host->category(ctx, "coaching", "Coaching wonen en werk",
                                 "Coaching for housing and work");
  int cat_shelter =
      host->category(ctx, "jongerenopvang", "Jongerenopvang", "Youth shelter");
  int cat_room =
      host->category(ctx, "woonlasten", "Woonlasten", "Housing cost");
  int cat_work = host->category(ctx, "arbeid", "Productie door betaald werk",
                                "Production from paid work");
  int cat_bijstand =
      host->category(ctx, "bijstand", "Bijstand", "Social assistance");
  int cat_qol = host->category(ctx, "kwaliteit_van_leven",
                               "Kwaliteit van leven", "Quality of life");
  int out_months = host->outcome_id(ctx, "maanden_opvang", "Maanden opvang",
                                    "Months in shelter", "maanden");
  int out_workers =
      host->outcome_id(ctx, "werkenden", "Jongeren met werk (extra)",
                       "Young people in work (extra)", "personen");
  if (cat_coach < 0 || cat_shelter < 0 || cat_room < 0 || cat_work < 0 ||
      cat_bijstand < 0 || cat_qol < 0 || out_months < 0 || out_workers < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  const double youths = p[P_YOUTHS];
  const double months_base = youths * p[P_MONTHS_SHELTER];
  const double months_int = months_base * (1.0 - p[P_HOUSING_EFFECT]);
  const double years_housed = (months_base - months_int) / 12.0;
  const double workers = youths * p[P_WORK_EFFECT];
  const double production =
      workers * p[P_WORK_HOURS] * p[P_HOUR_VALUE] * p[P_PRODUCTIVITY];

  for (int t = 0; t < host->horizon(ctx); t++) {
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_coach, MKBA_COST,
                   t, youths * p[P_COACH_HOURS] * p[P_HOUR_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_shelter,
                   MKBA_BENEFIT, t, years_housed * p[P_SHELTER_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_room, MKBA_COST,
                   t, years_housed * p[P_ROOM_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol,
                   MKBA_BENEFIT, t,
                   years_housed * p[P_UTILITY_GAIN] * p[P_QALY_VALUE]) ||
        /* Wage income: taxes and premiums are not split out (README). */
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_work,
                   MKBA_BENEFIT, t, production) ||
        /* In the baseline the gemeente pays these young people bijstand. */
        host->transfer(ctx, MKBA_BASELINE, MKBA_GEMEENTE, MKBA_DEELNEMER,
                       cat_bijstand, t, workers * p[P_BIJSTAND]) ||
        host->outcome(ctx, out_months, MKBA_BASELINE, t, months_base) ||
        host->outcome(ctx, out_months, MKBA_INTERVENTION, t, months_int) ||
        host->outcome(ctx, out_workers, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, out_workers, MKBA_INTERVENTION, t, workers))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Diploma's en schoolprestaties",
                "Qualifications and school results", MKBA_PM_POSITIVE,
                MKBA_DEELNEMER);
  host->pm_item(ctx, "Minder jeugdcriminaliteit en overlast",
                "Less youth crime and nuisance", MKBA_PM_POSITIVE,
                MKBA_SAMENLEVING);
  host->pm_item(ctx, "Verdringing op de arbeidsmarkt",
                "Displacement of other workers", MKBA_PM_NEGATIVE,
                MKBA_SAMENLEVING);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "wonen_werken_jongeren", .version = "1.0.0",
            .title_nl = "Wonen en werken voor jongeren",
            .title_en = "Housing and work for young people",
            .summary_nl =
                "Een kamer met coaching op werk of school in plaats van "
                "jongerenopvang: minder opvangmaanden en meer jongeren aan "
                "het werk.",
            .summary_en =
                "A room with coaching on work or school instead of youth "
                "shelter: fewer shelter months and more young people in work.",
            MKBA_PARAMS(params), .compute = compute)
