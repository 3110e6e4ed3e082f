/*
 * wonen_werken_jongeren.c - housing combined with work or school for
 * homeless young people (wonen en werken voor jongeren).
 *
 * A cohort model: every year `youths` young people spend a year in the
 * project: a home of their own and a coach who keeps them in work or
 * school.  Two effects, both against the nulalternatief of youth shelter,
 * friends' sofas and the street:
 *   - housing: a share of them lives in the project's home;
 *   - work: a share of them has paid work.
 * Deadweight (those who would have found a home and work anyway) and
 * attribution (the project's share) turn both into the project's own
 * effect; ramp-up lowers it in the first year, while homes are still being
 * found; drop-off lets it fade in the years after the project year.
 * Every extra housed person-year costs a home (paid by the young person),
 * brings huurtoeslag, and, for the part that replaces youth shelter, saves
 * a shelter year and raises the bijstand from the institution norm to the
 * full norm.  Work yields production and ends bijstand.  The coach's
 * hours are the programme's cost: with both effects at zero only that
 * cost remains.  See README.md.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_YOUTHS,         /* young people entering the project a year (national) */
  P_RAMP_UP,        /* share of the effects reached in the first year */
  P_COACH_HOURS,    /* coaching hours per young person in the project year */
  P_HOUR_COST,      /* price of an hour of coaching */
  P_HOUSING_EFFECT, /* share of participants living in the project's home */
  P_WORK_EFFECT,    /* share of participants in paid work */
  P_DEADWEIGHT,     /* share of both that would have happened anyway */
  P_ATTRIBUTION,    /* share of the rest due to the project */
  P_DROP_OFF,       /* yearly decay of the effects after the project year */
  P_MONTHS_SHELTER, /* months of youth shelter a housed year replaces */
  P_SHELTER_COST,   /* youth shelter per person-year */
  P_DWELLING_COST,  /* a dwelling per year */
  P_HT_SHARE,       /* share of the housed who receive huurtoeslag */
  P_HUURTOESLAG,    /* huurtoeslag per recipient per year */
  P_BIJSTAND_SHARE, /* share of the young people on bijstand */
  P_BIJSTAND,       /* bijstand, full norm, per year */
  P_BIJSTAND_INST,  /* bijstand, institution norm, per year */
  P_WORK_HOURS,     /* paid hours per working young person per year */
  P_HOUR_VALUE,     /* value of an hour of paid work */
  P_PRODUCTIVITY,   /* productivity relative to the average worker */
  P_DISPLACEMENT,   /* share of the jobs that would have gone to others */
  P_UTILITY_GAIN,   /* QALY gain per extra housed person-year */
  P_QALY_VALUE,     /* euros per QALY */
  P_N
};

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size, scaled to a region by its homeless young people. */
    [P_YOUTHS] = {.key = "youths",
                  .label_nl = "Jongeren die per jaar in het project instromen",
                  .label_en = "Young people entering the project a year",
                  .unit = "personen per jaar",
                  .value = 567,
                  .min = 1,
                  .max = 100000,
                  .flags = MKBA_PARAM_POPULATION | MKBA_PARAM_INTEGER,
                  .target_group = MKBA_TARGET_HOMELESS_YOUNG,
                  .source = "assumption: a tenth of the 5,671 homeless young people in view of the "
                            "central municipalities (Kamerbrief 16 December 2021, Kamerstuk 29 325 "
                            "nr. 130, first half of 2021) a year, 567; scaled to a region by its "
                            "homeless young people",
                  .source_nl = "aanname: per jaar een tiende van de 5.671 dakloze jongeren die in "
                               "beeld zijn bij de centrumgemeenten (Kamerbrief 16 december 2021, "
                               "Kamerstuk 29 325 nr. 130, eerste helft van 2021), 567; naar een "
                               "regio geschaald naar haar aantal dakloze jongeren",
                  .confidence = MKBA_ASSUMPTION},
    /* Ramp-up: homes must first be found before young people can move in. */
    [P_RAMP_UP] = {.key = "ramp_up",
                   .label_nl = "Ingroei: aandeel van de effecten in het eerste jaar",
                   .label_en = "Ramp-up: share of the effects reached in the first year",
                   .unit = "fractie",
                   .value = 0.5,
                   .min = 0,
                   .max = 1,
                   .dist = MKBA_TRIANGULAR_DIST(0.25, 0.5, 0.75),
                   .source = "assumption: the homes of the first year come free or are rented "
                             "one by one, so on average half a year of effect; the mean of "
                             "triangular(0.25, 0.5, 0.75)",
                   .source_nl = "aanname: de woningen van het eerste jaar komen een voor een vrij "
                                "of worden een voor een gehuurd, dus gemiddeld een half jaar "
                                "effect; het gemiddelde van driehoeksverdeling (0,25; 0,5; 0,75)",
                   .confidence = MKBA_ASSUMPTION,
                   .flags = MKBA_PARAM_RAISES_NPV},
    /* Coaching on living, work and school: the programme's own cost. */
    [P_COACH_HOURS] = {.key = "coach_hours",
                       .label_nl = "Uren coaching per jongere in het projectjaar",
                       .label_en = "Coaching hours per young person in the project year",
                       .unit = "uur per persoon per jaar",
                       .value = 150,
                       .min = 0,
                       .max = 2000,
                       .dist = MKBA_TRIANGULAR_DIST(75, 125, 250),
                       .source = "assumption: about three hours a week; the mode is set so that "
                                 "the mean is that estimate",
                       .source_nl = "aanname: ongeveer drie uur per week; de modus is zo gekozen "
                                    "dat het gemiddelde die schatting is",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_LOWERS_NPV},
    /* The nearest sourced price of a social-domain professional's hour. */
    [P_HOUR_COST] = MKBA_PARAM_HOME_GUIDANCE_HOUR("hour_cost"),
    [P_HOUR_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* Effect 1, gross: the share that lives in the home, drop-outs not. */
    [P_HOUSING_EFFECT] = {.key = "housing_effect",
                          .label_nl = "Effect: aandeel jongeren dat in de projectwoning woont",
                          .label_en = "Effect: share of young people living in the project's "
                                      "home",
                          .unit = "fractie",
                          .value = 0.8,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(8, 2),
                          .source = "assumption: most participants keep their home through the "
                                    "project year, some drop out; the VWS MKBA of 2021 was not "
                                    "available; the mean of beta(8, 2)",
                          .source_nl = "aanname: de meeste deelnemers houden hun woning het hele "
                                       "projectjaar, sommigen vallen uit; de MKBA van VWS uit "
                                       "2021 was niet beschikbaar; het gemiddelde van "
                                       "bètaverdeling (8; 2)",
                          .confidence = MKBA_ASSUMPTION,
                          .flags = MKBA_PARAM_RAISES_NPV},
    /* Effect 2, gross: the share in paid work during the project year. */
    [P_WORK_EFFECT] = {.key = "work_effect",
                       .label_nl = "Effect: aandeel jongeren met betaald werk",
                       .label_en = "Effect: share of young people in paid work",
                       .unit = "fractie",
                       .value = 0.3,
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_TRIANGULAR_DIST(0.1, 0.3, 0.5),
                       .source = "assumption: no Dutch effect size found; the rest go to school "
                                 "or are not yet ready for work; the mean of triangular(0.1, "
                                 "0.3, 0.5)",
                       .source_nl = "aanname: geen Nederlandse effectgrootte gevonden; de rest "
                                    "gaat naar school of is nog niet klaar voor werk; het "
                                    "gemiddelde van driehoeksverdeling (0,1; 0,3; 0,5)",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* Deadweight: some would have found a home and work on their own. */
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deadweight: aandeel dat ook zonder project woning en werk "
                                  "had gevonden",
                      .label_en = "Deadweight: share who would have found a home and work "
                                  "anyway",
                      .unit = "fractie",
                      .value = 0.2,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_BETA_DIST(2, 8),
                      .source = "assumption: a minority of homeless young people find a home "
                                "and work within a year on their own; no Dutch figure found; "
                                "the mean of beta(2, 8)",
                      .source_nl = "aanname: een minderheid van de dakloze jongeren vindt binnen "
                                   "een jaar op eigen kracht een woning en werk; geen Nederlands "
                                   "cijfer gevonden; het gemiddelde van bètaverdeling (2; 8)",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Attribution: other help (youth shelter aftercare, a jongerenregisseur,
       family) shares in the result. */
    [P_ATTRIBUTION] = {.key = "attribution",
                       .label_nl = "Attributie: aandeel van het effect dat aan het project toe "
                                   "te rekenen is",
                       .label_en = "Attribution: share of the effect due to the project",
                       .unit = "fractie",
                       .value = 0.9,
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_BETA_DIST(18, 2),
                       .source = "assumption: the project provides the home and the coach "
                                 "itself, so little of the result is due to others; the mean of "
                                 "beta(18, 2)",
                       .source_nl = "aanname: het project zorgt zelf voor de woning en de coach, "
                                    "dus weinig van het resultaat is aan anderen toe te rekenen; "
                                    "het gemiddelde van bètaverdeling (18; 2)",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* Drop-off: after the project year some lose the home or the job, and
       the nulalternatief catches up. */
    [P_DROP_OFF] = {.key = "drop_off",
                    .label_nl = "Drop-off: jaarlijkse afname van de effecten na het projectjaar",
                    .label_en = "Drop-off: yearly decay of the effects after the project year",
                    .unit = "fractie per jaar",
                    .value = 0.5,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_TRIANGULAR_DIST(0.3, 0.5, 0.7),
                    .source = "assumption: some participants lose the home or the job after the "
                              "project year, and without the project many would have found "
                              "their way later; half the effect is left a year on; the mean of "
                              "triangular(0.3, 0.5, 0.7)",
                    .source_nl = "aanname: sommige deelnemers verliezen na het projectjaar de "
                                 "woning of de baan, en zonder het project hadden velen later hun "
                                 "weg gevonden; een jaar later is de helft van het effect over; "
                                 "het gemiddelde van driehoeksverdeling (0,3; 0,5; 0,7)",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    /* Of an extra housed year, the months that would have been youth
       shelter; the rest would have been friends' sofas or the street. */
    [P_MONTHS_SHELTER] = {.key = "months_shelter",
                          .label_nl = "Maanden jongerenopvang per extra jaar in een woning",
                          .label_en = "Months of youth shelter per extra housed year",
                          .unit = "maanden per persoonsjaar",
                          .value = (3 + 6 + 12) / 3.0, /* 7, the triangle's mean */
                          .min = 0,
                          .max = 12,
                          .dist = MKBA_TRIANGULAR_DIST(3, 6, 12),
                          .source = "assumption: the 2021 letter's aim of at most three months "
                                    "in youth shelter implies longer stays before; 6 months is "
                                    "the most likely, the base case the mean of the assumed "
                                    "triangle",
                          .source_nl = "aanname: het doel in de brief van 2021 van hooguit drie "
                                       "maanden in de jongerenopvang impliceert dat het verblijf "
                                       "eerder langer duurde; 6 maanden is het waarschijnlijkst, "
                                       "de basiswaarde is het gemiddelde van de aangenomen "
                                       "driehoeksverdeling",
                          .confidence = MKBA_ASSUMPTION,
                          .flags = MKBA_PARAM_RAISES_NPV},
    [P_SHELTER_COST] = {.key = "shelter_cost",
                        .label_nl = "Kosten jongerenopvang per jongere per jaar",
                        .label_en = "Youth shelter cost per young person per year",
                        .unit = "EUR per persoon per jaar",
                        .value = 22302,
                        .min = 0,
                        .max = 200000,
                        .price_year = 2016,
                        .unit_cost = "youth_shelter_year",
                        .source = "DRIFT/Stichting Zwerfjongeren Nederland 2018 cost table: youth "
                                  "shelter Amsterdam 18-23, EUR 9.3 mln / 417 young people "
                                  "(2016)",
                        .source_nl = "kostentabel DRIFT/Stichting Zwerfjongeren Nederland 2018: "
                                     "jongerenopvang Amsterdam 18-23, € 9,3 mln / 417 jongeren "
                                     "(2016)",
                        .confidence = MKBA_VERIFIED,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* The home's resource cost; the bank's range sets its distribution. */
    [P_DWELLING_COST] = MKBA_PARAM_DWELLING_YEAR("dwelling_cost"),
    [P_DWELLING_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* Huurtoeslag needs a self-contained home; the projects also use rooms. */
    [P_HT_SHARE] = {.key = "huurtoeslag_share",
                    .label_nl = "Aandeel gehuisveste jongeren met huurtoeslag",
                    .label_en = "Share of housed young people receiving housing allowance",
                    .unit = "fractie",
                    .value = 0.5,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_BETA_DIST(5, 5),
                    .source = "assumption: housing allowance needs a self-contained home (own "
                              "front door, kitchen and toilet); the projects offer rooms as well "
                              "as studios, so half; the mean of beta(5, 5)",
                    .source_nl = "aanname: huurtoeslag vereist een zelfstandige woning (eigen "
                                 "voordeur, keuken en toilet); de projecten bieden zowel kamers "
                                 "als studio's, dus de helft; het gemiddelde van bètaverdeling "
                                 "(5; 5)",
                    .confidence = MKBA_ASSUMPTION},
    [P_HUURTOESLAG] = MKBA_PARAM_HUURTOESLAG_YEAR("huurtoeslag"),
    /* Who has bijstand: without work, most; some have no income at all,
       study finance or a lower youth norm. */
    [P_BIJSTAND_SHARE] = {.key = "bijstand_share",
                          .label_nl = "Aandeel jongeren met bijstand",
                          .label_en = "Share of young people on social assistance",
                          .unit = "fractie",
                          .value = 0.6,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(6, 4),
                          .source = "assumption: most homeless young people without work live on "
                                    "social assistance; some have no income, study finance or the "
                                    "lower norm for 18- to 20-year-olds; the mean of beta(6, 4)",
                          .source_nl = "aanname: de meeste dakloze jongeren zonder werk leven van "
                                       "de bijstand; sommigen hebben geen inkomen, "
                                       "studiefinanciering of de lagere norm voor 18- tot "
                                       "20-jarigen; het gemiddelde van bètaverdeling (6; 4)",
                          .confidence = MKBA_ASSUMPTION},
    [P_BIJSTAND] = MKBA_PARAM_BIJSTAND_YEAR("bijstand"),
    [P_BIJSTAND_INST] = MKBA_PARAM_BIJSTAND_INSTITUTION_YEAR("bijstand_institution"),
    /* Paid hours a year of a participant who works. */
    [P_WORK_HOURS] = {.key = "work_hours",
                      .label_nl = "Betaalde uren per werkende jongere per jaar",
                      .label_en = "Paid hours per working young person per year",
                      .unit = "uur per persoon per jaar",
                      .value = 1000,
                      .min = 0,
                      .max = 2100,
                      .dist = MKBA_TRIANGULAR_DIST(500, 900, 1600),
                      .source = "assumption: part-time work, about 20 hours a week; the mode is "
                                "set so that the mean is that estimate",
                      .source_nl = "aanname: deeltijdwerk, ongeveer 20 uur per week; de modus is "
                                   "zo gekozen dat het gemiddelde die schatting is",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_RAISES_NPV},
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
                      .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                      .source_nl = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                      .confidence = MKBA_VERIFIED,
                      .flags = MKBA_PARAM_RAISES_NPV},
    /* A young starter produces less than the average worker the hour value
       stands for. */
    [P_PRODUCTIVITY] = {.key = "productivity",
                        .label_nl = "Productiviteit t.o.v. gemiddelde werknemer",
                        .label_en = "Productivity relative to the average worker",
                        .unit = "fractie",
                        .value = 0.6,
                        .min = 0,
                        .max = 1.5,
                        .dist = MKBA_TRIANGULAR_DIST(0.4, 0.6, 0.8),
                        .source = "assumption: a young starter without qualifications",
                        .source_nl = "aanname: een jonge starter zonder diploma's",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* Displacement: a job taken may be a job another job seeker does not
       get; that part of the production is not extra. */
    [P_DISPLACEMENT] = {.key = "displacement",
                        .label_nl = "Verdringing: aandeel banen dat anders een ander had gekregen",
                        .label_en = "Displacement: share of the jobs others would have got",
                        .unit = "fractie",
                        .value = 0.25,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_TRIANGULAR_DIST(0, 0.25, 0.5),
                        .source = "assumption: entry-level jobs, for which other job seekers "
                                  "compete; no Dutch figure found; the mean of triangular(0, "
                                  "0.25, 0.5)",
                        .source_nl = "aanname: banen op instapniveau, waarom ook andere "
                                     "werkzoekenden concurreren; geen Nederlands cijfer gevonden; "
                                     "het gemiddelde van driehoeksverdeling (0; 0,25; 0,5)",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_LOWERS_NPV},
    /* Quality of life in a home of one's own compared with shelter, sofas
       and the street. */
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst kwaliteit van leven per extra jaar in een woning",
                        .label_en = "Quality-of-life gain per extra housed year",
                        .unit = "QALY per persoonsjaar",
                        .value = (0 + 0.05 + 0.15) / 3, /* 0.067, the triangle's mean */
                        .min = -1,
                        .max = 1,
                        .dist = MKBA_TRIANGULAR_DIST(0, 0.05, 0.15),
                        .source = "assumption: no Dutch utility values found; small, shelter is "
                                  "not the street; the base case is the mean of the assumed "
                                  "triangle",
                        .source_nl = "aanname: geen Nederlandse utiliteitswaarden gevonden; "
                                     "klein, want de opvang is niet de straat; de basiswaarde is "
                                     "het gemiddelde van de aangenomen driehoeksverdeling",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* Money value of a QALY in Dutch practice: at least EUR 50,000. */
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
    [P_QALY_VALUE].flags = MKBA_PARAM_RAISES_NPV,
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  int cat_coach = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_shelter = host->category(ctx, "jongerenopvang", "Jongerenopvang", "Youth shelter");
  int cat_home = host->category(ctx, "wonen", "Wonen", "Housing");
  int cat_work = host->category(ctx, "productie", "Productie", "Production");
  int cat_bijstand = host->category(ctx, "bijstand", "Bijstand", "Social assistance");
  int cat_ht = host->category(ctx, "huurtoeslag", "Huurtoeslag", "Housing allowance");
  int cat_qol =
      host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int out_housed = host->outcome_id(ctx, "jaren_eigen_woning", "Jaren in een eigen woning",
                                    "Years in a home of one's own", "persoonsjaren");
  int out_shelter =
      host->outcome_id(ctx, "jaren_jongerenopvang", "Jaren jongerenopvang (het vervangen deel)",
                       "Years in youth shelter (the part replaced)", "persoonsjaren");
  int out_workers = host->outcome_id(ctx, "werkenden", "Jongeren met werk", "Young people in work",
                                     "persoonsjaren");
  if (cat_coach < 0 || cat_shelter < 0 || cat_home < 0 || cat_work < 0 || cat_bijstand < 0 ||
      cat_ht < 0 || cat_qol < 0 || out_housed < 0 || out_shelter < 0 || out_workers < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  const double youths = p[P_YOUTHS];
  /* The project's own share of each effect, per year's intake. */
  const double net = (1 - p[P_DEADWEIGHT]) * p[P_ATTRIBUTION];
  const double housed_per_intake = youths * p[P_HOUSING_EFFECT] * net;
  const double workers_per_intake = youths * p[P_WORK_EFFECT] * net;
  const double shelter_share = p[P_MONTHS_SHELTER] / 12.0;
  const double production = p[P_WORK_HOURS] * p[P_HOUR_VALUE] * p[P_PRODUCTIVITY] *
                            (1 - p[P_DISPLACEMENT]); /* per worker-year */
  const double bijstand_rise = p[P_BIJSTAND] - p[P_BIJSTAND_INST];

  /* The sum over the intakes so far of each one's remaining effect: the
     first intake at ramp_up, each fading by drop_off a year after its
     project year. */
  double stock = 0;
  for (int t = 0; t < host->horizon(ctx); t++) {
    stock = stock * (1 - p[P_DROP_OFF]) + (t == 0 ? p[P_RAMP_UP] : 1.0);
    const double housed = housed_per_intake * stock;   /* extra person-years housed */
    const double shelter = housed * shelter_share;     /* youth shelter years replaced */
    const double workers = workers_per_intake * stock; /* extra worker-years */
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_coach, MKBA_COST, t,
                   youths * p[P_COACH_HOURS] * p[P_HOUR_COST]) ||
        /* Every extra housed year costs a home, whoever pays the rent. */
        mkba_post_resource(host, ctx, MKBA_DEELNEMER, cat_home, t, housed * p[P_DWELLING_COST]) ||
        mkba_post_resource(host, ctx, MKBA_GEMEENTE, cat_shelter, t,
                           -shelter * p[P_SHELTER_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol, MKBA_BENEFIT, t,
                   housed * p[P_UTILITY_GAIN] * p[P_QALY_VALUE]) ||
        /* Wage income: taxes and premiums are not split out (README). */
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_work, MKBA_BENEFIT, t,
                   workers * production) ||
        mkba_post_transfer(host, ctx, MKBA_RIJK, MKBA_DEELNEMER, cat_ht, t,
                           housed * p[P_HT_SHARE] * p[P_HUURTOESLAG]) ||
        /* Out of shelter into a home: the full norm instead of the
           institution norm. */
        mkba_post_transfer(host, ctx, MKBA_GEMEENTE, MKBA_DEELNEMER, cat_bijstand, t,
                           shelter * p[P_BIJSTAND_SHARE] * bijstand_rise) ||
        /* Without the project those who now work would have had bijstand. */
        host->transfer(ctx, MKBA_BASELINE, MKBA_GEMEENTE, MKBA_DEELNEMER, cat_bijstand, t,
                       workers * p[P_BIJSTAND_SHARE] * p[P_BIJSTAND]) ||
        host->outcome(ctx, out_housed, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, out_housed, MKBA_INTERVENTION, t, housed) ||
        host->outcome(ctx, out_shelter, MKBA_BASELINE, t, shelter) ||
        host->outcome(ctx, out_shelter, MKBA_INTERVENTION, t, 0.0) ||
        host->outcome(ctx, out_workers, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, out_workers, MKBA_INTERVENTION, t, workers))
      return MKBA_ERROR; /* the host has the message */
  }

  host->pm_item(ctx, "Diploma's en schoolprestaties", "Qualifications and school results",
                MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Minder jeugdcriminaliteit en overlast", "Less youth crime and nuisance",
                MKBA_PM_POSITIVE, MKBA_SAMENLEVING);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "wonen_werken_jongeren", .version = "2.0.0",
            .title_nl = "Wonen en werken voor jongeren",
            .title_en = "Housing and work for young people",
            .summary_nl = "Een eigen woning met coaching op werk of school in plaats van "
                          "jongerenopvang: de woning en de coaching als kosten, minder "
                          "opvang, productie en kwaliteit van leven als baten, huurtoeslag en "
                          "bijstand als overdrachten; na deadweight, attributie, ingroei en "
                          "drop-off.",
            .summary_en = "A home of one's own with coaching on work or school instead of youth "
                          "shelter: the home and the coaching as costs, less shelter, production "
                          "and quality of life as benefits, housing allowance and social "
                          "assistance as transfers; after deadweight, attribution, ramp-up and "
                          "drop-off.",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
