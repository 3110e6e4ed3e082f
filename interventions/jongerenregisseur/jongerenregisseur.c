/*
 * jongerenregisseur.c - one young person, one plan, one coordinator
 * ("1 jongere, 1 plan, 1 jongerenregisseur") for young people aged 16 to 27
 * who are homeless or about to be.
 *
 * Each year `youths` young people start with a coordinator who keeps the
 * plan across the five domains (housing, care, money, work or school,
 * network) for about a year (a cohort).  Without one (the nulalternatief)
 * each spends `months_homeless` months a year homeless, part of them in
 * youth shelter.  With one, a share `effect` of those months is avoided;
 * part of that would have happened anyway (deadweight) and part is owed to
 * other help (attribution).  The effect builds up in the start year
 * (ramp-up: a plan and a place take months) and fades by `drop_off` a year
 * after it.
 *
 * A homeless year avoided saves youth shelter (gemeente, value bank) for the
 * part spent in shelter and other public costs (care: zorgverzekeraar;
 * police and justice: Rijk), and gives the young person paid work and
 * quality of life.  A part of it is spent in a home of one's own, which
 * costs a dwelling (paid by the young person's rent) and brings huurtoeslag
 * (Rijk) and, for those leaving shelter on bijstand, the full norm instead
 * of the institution norm (gemeente): transfers.  The coordinator's hours
 * are the gemeente's cost.  With effect = 0 only that cost remains.
 */
#include <mkba_plugin.h>

#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_YOUTHS,
  P_HOURS,
  P_HOUR_COST,
  P_MONTHS_HOMELESS,
  P_SHARE_IN_SHELTER,
  P_EFFECT,
  P_DEADWEIGHT,
  P_ATTRIBUTION,
  P_RAMP_UP,
  P_DROP_OFF,
  P_YOUTH_SHELTER_YEAR,
  P_OTHER_COST_YEAR,
  P_SHARE_ZORGVERZEKERAAR,
  P_SHARE_OWN_HOME,
  P_SHARE_BIJSTAND,
  P_DWELLING_YEAR,
  P_HUURTOESLAG_YEAR,
  P_BIJSTAND_YEAR,
  P_BIJSTAND_INSTITUTION_YEAR,
  P_WORK_HOURS,
  P_PRODUCTIVITY_HOUR,
  P_UTILITY_GAIN,
  P_QALY_VALUE,
  P_N /* the number of parameters */
};

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size, national: young people who start with a
       coordinator each year.  The region scales it by its count of homeless
       young people (or of registered homeless people where it has none). */
    [P_YOUTHS] = {.key = "youths",
                  .label_nl = "Jongeren die per jaar een jongerenregisseur krijgen",
                  .label_en = "Young people starting with a youth coordinator a year",
                  .unit = "personen per jaar",
                  .value = 5671,
                  .min = 0,
                  .max = 100000,
                  .flags = MKBA_PARAM_INTEGER | MKBA_PARAM_POPULATION,
                  .target_group = MKBA_TARGET_HOMELESS_YOUNG,
                  .source = "assumption: every homeless young person in view gets a coordinator, "
                            "as the 14 pilot municipalities work; the 5,671 homeless young people "
                            "in view of the central municipalities in the first half of 2021 "
                            "(Kamerbrief 16 December 2021, Kamerstuk 29 325, nr. 130) taken as the "
                            "yearly number who start, a stock used as a flow",
                  .source_nl = "aanname: elke dakloze jongere in beeld krijgt een "
                               "jongerenregisseur, zoals de 14 pilotgemeenten werken; de 5.671 "
                               "dakloze jongeren in beeld bij de centrumgemeenten in de eerste "
                               "helft van 2021 (Kamerbrief 16 december 2021, Kamerstuk 29 325, "
                               "nr. 130) genomen als het aantal dat per jaar start, een voorraad "
                               "gebruikt als stroom",
                  .confidence = MKBA_ASSUMPTION},
    /* The coordinator's time per young person over the year of support. */
    [P_HOURS] = {.key = "hours",
                 .label_nl = "Uren jongerenregisseur per jongere",
                 .label_en = "Coordinator hours per young person",
                 .unit = "uur per persoon",
                 .value = 50,
                 .min = 0,
                 .max = 2000,
                 .dist = MKBA_TRIANGULAR_DIST(25, 50, 75),
                 .source = "assumption: about an hour a week for a year; no caseload figure for "
                           "youth coordinators found; 25 to 75 hours",
                 .source_nl = "aanname: ongeveer een uur per week gedurende een jaar; geen cijfer "
                              "over de caseload van jongerenregisseurs gevonden; 25 tot 75 uur",
                 .confidence = MKBA_ASSUMPTION,
                 .flags = MKBA_PARAM_LOWERS_NPV},
    /* The value bank's hour of guidance, which it also uses for
       coordinator hours. */
    [P_HOUR_COST] = MKBA_PARAM_HOME_GUIDANCE_HOUR("hour_cost"),
    [P_HOUR_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* The nulalternatief: months homeless a year without a coordinator. */
    [P_MONTHS_HOMELESS] = {.key = "months_homeless",
                           .label_nl = "Maanden dakloos per jaar zonder regisseur",
                           .label_en = "Months homeless a year without a coordinator",
                           .unit = "maanden per persoon per jaar",
                           .value = 7,
                           .min = 0,
                           .max = 12,
                           .dist = MKBA_TRIANGULAR_DIST(2, 7, 12),
                           .source = "assumption: the Actieprogramma aimed to bring stays in "
                                     "youth shelter down to at most three months (Kamerbrief 16 "
                                     "December 2021), so they were longer; 2 to 12 months, "
                                     "centred on 7",
                           .source_nl = "aanname: het Actieprogramma wilde het verblijf in de "
                                        "jongerenopvang terugbrengen tot hooguit drie maanden "
                                        "(Kamerbrief 16 december 2021), dus het verblijf duurde "
                                        "langer; 2 tot 12 maanden, rond 7",
                           .confidence = MKBA_ASSUMPTION,
                           .flags = MKBA_PARAM_RAISES_NPV},
    /* Of those months, the share spent in youth shelter (the rest with
       friends, on the street). */
    [P_SHARE_IN_SHELTER] = {.key = "share_in_shelter",
                            .label_nl = "Deel van de maanden dakloos in de jongerenopvang",
                            .label_en = "Share of homeless months in youth shelter",
                            .unit = "fractie",
                            .value = 0.5,
                            .min = 0,
                            .max = 1,
                            .dist = MKBA_UNIFORM_DIST(0.3, 0.7),
                            .source = "assumption: many homeless young people stay with friends "
                                      "or family (sofa-surfing) rather than in shelter; no "
                                      "national split found; 0.3 to 0.7",
                            .source_nl = "aanname: veel dakloze jongeren verblijven bij vrienden "
                                         "of familie (bankslapen) in plaats van in de opvang; geen "
                                         "landelijke verdeling gevonden; 0,3 tot 0,7",
                            .confidence = MKBA_ASSUMPTION,
                            .flags = MKBA_PARAM_RAISES_NPV},
    /* The effect: the share of those months avoided among young people with
       a coordinator, before deadweight and attribution. */
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Aandeel minder maanden dakloos met regisseur (bruto)",
                  .label_en = "Share of homeless months avoided with a coordinator (gross)",
                  .unit = "fractie",
                  .value = 0.4,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_TRIANGULAR_DIST(0.1, 0.4, 0.7),
                  .source = "assumption: the 2021 letter reports that the services improved "
                            "through the coordinator but gives no effect size; 0.1 to 0.7",
                  .source_nl = "aanname: de brief van 2021 meldt dat de dienstverlening door de "
                               "jongerenregisseur verbeterde, maar noemt geen effectgrootte; "
                               "0,1 tot 0,7",
                  .confidence = MKBA_ASSUMPTION,
                  .flags = MKBA_PARAM_RAISES_NPV},
    /* Deadweight: the share of that reduction that would have come without a
       coordinator. */
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deadweight: deel dat ook zonder regisseur was bereikt",
                      .label_en = "Deadweight: share achieved without a coordinator too",
                      .unit = "fractie",
                      .value = 0.25,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_TRIANGULAR_DIST(0.1, 0.25, 0.4),
                      .source = "assumption: some young people find a place anyway (family, "
                                "a room, growing older), which a before-after comparison "
                                "counts as effect; 0.1 to 0.4",
                      .source_nl = "aanname: sommige jongeren vinden toch een plek (familie, een "
                                   "kamer, het ouder worden), wat een voor-en-navergelijking als "
                                   "effect telt; 0,1 tot 0,4",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Attribution: the share owed to the coordinator rather than other help
       (youth care, a housing quota, income support). */
    [P_ATTRIBUTION] = {.key = "attribution",
                       .label_nl = "Attributie: deel toe te schrijven aan de regisseur",
                       .label_en = "Attribution: share due to the coordinator",
                       .unit = "fractie",
                       .value = 0.8,
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_TRIANGULAR_DIST(0.6, 0.8, 1),
                       .source = "assumption: the coordinator organises the help but the "
                                 "room, the care and the income come from others; 0.6 to 1",
                       .source_nl = "aanname: de regisseur organiseert de hulp, maar de kamer, de "
                                    "zorg en het inkomen komen van anderen; 0,6 tot 1",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* Ramp-up: the share of the full effect reached in the start year. */
    [P_RAMP_UP] = {.key = "ramp_up",
                   .label_nl = "Deel van het effect in het startjaar (ingroei)",
                   .label_en = "Share of the effect in the start year (ramp-up)",
                   .unit = "fractie",
                   .value = 0.5,
                   .min = 0,
                   .max = 1,
                   .dist = MKBA_TRIANGULAR_DIST(0.25, 0.5, 0.75),
                   .source = "assumption: young people start during the year, and a plan and "
                             "a place take months; 0.25 to 0.75",
                   .source_nl = "aanname: jongeren starten in de loop van het jaar, en een plan en "
                                "een plek kosten maanden; 0,25 tot 0,75",
                   .confidence = MKBA_ASSUMPTION,
                   .flags = MKBA_PARAM_RAISES_NPV},
    /* Drop-off: the yearly decay of the effect after the start year. */
    [P_DROP_OFF] = {.key = "drop_off",
                    .label_nl = "Afname van het effect per jaar (drop-off)",
                    .label_en = "Yearly decay of the effect (drop-off)",
                    .unit = "fractie per jaar",
                    .value = 0.5,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_TRIANGULAR_DIST(0.25, 0.5, 0.75),
                    .source = "assumption: once support ends some young people lose their "
                              "place, and without a coordinator others would have found one "
                              "over time; half the effect is lost each year, 0.25 to 0.75",
                    .source_nl = "aanname: na afloop van de ondersteuning verliezen sommige "
                                 "jongeren hun plek, en zonder regisseur hadden anderen er na "
                                 "verloop van tijd een gevonden; elk jaar gaat de helft van het "
                                 "effect verloren, 0,25 tot 0,75",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    /* A year of youth shelter (value bank). */
    [P_YOUTH_SHELTER_YEAR] = {.key = "youth_shelter_year",
                              .label_nl = "Jongerenopvang per jongere per jaar",
                              .label_en = "Youth shelter per young person per year",
                              .unit = "EUR per persoon per jaar",
                              .value = 22302,
                              .min = 0,
                              .max = 500000,
                              .price_year = 2016,
                              .unit_cost = "youth_shelter_year",
                              .source = "DRIFT/Stichting Zwerfjongeren Nederland 2018 cost table",
                              .source_nl = "DRIFT/Stichting Zwerfjongeren Nederland 2018, "
                                           "kostentabel",
                              .confidence = MKBA_VERIFIED,
                              .flags = MKBA_PARAM_RAISES_NPV},
    /* Other public costs of a homeless young person a year besides the
       shelter: mental health and addiction care, police and justice. */
    [P_OTHER_COST_YEAR] = {.key = "other_cost_year",
                           .label_nl = "Overige publieke kosten per dakloze jongere per jaar "
                                       "(zorg, politie, justitie)",
                           .label_en = "Other public cost per homeless young person per year "
                                       "(care, police, justice)",
                           .unit = "EUR per persoon per jaar",
                           .value = 13000,
                           .min = 0,
                           .max = 500000,
                           .price_year = 2018,
                           .dist = MKBA_TRIANGULAR_DIST(6500, 13000, 19500),
                           .source = "assumption: DRIFT for Stichting Zwerfjongeren Nederland, "
                                     "Van kostenpost naar investering (2018), puts the public "
                                     "cost of a homeless young person at EUR 36,000 to 100,000 "
                                     "a year; its low end (the figure may include benefit "
                                     "payments, which are transfers) less a year of youth "
                                     "shelter (EUR 22,302 of 2016, about 23,000 of 2018) leaves "
                                     "about EUR 13,000 (price year taken as 2018); +/- 50%",
                           .source_nl = "aanname: DRIFT voor Stichting Zwerfjongeren Nederland, "
                                        "Van kostenpost naar investering (2018), schat de publieke "
                                        "kosten van een dakloze jongere op € 36.000 tot 100.000 "
                                        "per jaar; de onderkant daarvan (het cijfer kan "
                                        "uitkeringen bevatten, die overdrachten zijn) min een jaar "
                                        "jongerenopvang (€ 22.302 in prijzen van 2016, ongeveer "
                                        "23.000 in prijzen van 2018) laat ongeveer € 13.000 over "
                                        "(prijsjaar aangenomen als 2018); +/- 50%",
                           .confidence = MKBA_ASSUMPTION,
                           .flags = MKBA_PARAM_RAISES_NPV},
    /* Who bears those other costs: the insurer (care) and the Rijk (police,
       justice) share them. */
    [P_SHARE_ZORGVERZEKERAAR] = {.key = "share_zorgverzekeraar",
                                 .label_nl = "Deel overige kosten bij de zorgverzekeraar",
                                 .label_en = "Share of other costs borne by the health insurer",
                                 .unit = "fractie",
                                 .value = 0.5,
                                 .min = 0,
                                 .max = 1,
                                 .dist = MKBA_UNIFORM_DIST(0.3, 0.7),
                                 .source = "assumption: DRIFT gives no split; mental health, "
                                           "addiction and emergency care (health insurer) against "
                                           "police, justice and youth detention (central "
                                           "government), half each, 0.3 to 0.7",
                                 .source_nl = "aanname: DRIFT geeft geen verdeling; ggz, "
                                              "verslavingszorg en spoedeisende zorg "
                                              "(zorgverzekeraar) tegenover politie, justitie en "
                                              "jeugddetentie (Rijk), elk de helft, 0,3 tot 0,7",
                                 .confidence = MKBA_ASSUMPTION},
    /* Of the homeless months avoided, the share spent in a home of one's own
       (the rest with family or in youth care, at no extra public cost). */
    [P_SHARE_OWN_HOME] = {.key = "share_own_home",
                          .label_nl = "Deel van de vermeden maanden in een eigen woning",
                          .label_en = "Share of the avoided months in a home of one's own",
                          .unit = "fractie",
                          .value = 0.5,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_UNIFORM_DIST(0.3, 0.7),
                          .source = "assumption: the Actieprogramma aimed at a durable place to "
                                    "live, a room or a home of their own, but many young "
                                    "people return to family or friends; 0.3 to 0.7",
                          .source_nl = "aanname: het Actieprogramma was gericht op een duurzame "
                                       "woonplek, een kamer of een eigen woning, maar veel "
                                       "jongeren keren terug naar familie of vrienden; 0,3 tot 0,7",
                          .confidence = MKBA_ASSUMPTION,
                          .flags = MKBA_PARAM_LOWERS_NPV},
    /* Of the young people moving from shelter into their own home, the share
       on bijstand, whose norm rises from the institution norm to the full
       norm. */
    [P_SHARE_BIJSTAND] = {.key = "share_bijstand",
                          .label_nl = "Deel met bijstand bij verhuizing naar eigen woning",
                          .label_en = "Share on social assistance when moving to a home",
                          .unit = "fractie",
                          .value = 0.5,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_UNIFORM_DIST(0.25, 0.75),
                          .source = "assumption: many homeless young people live on social "
                                    "assistance, others work, study or have no income; no figure "
                                    "for this group was found; a quarter to three quarters",
                          .source_nl = "aanname: veel dakloze jongeren leven van de bijstand, "
                                       "anderen werken, studeren of hebben geen inkomen; geen "
                                       "cijfer voor deze groep gevonden; een kwart tot drie kwart",
                          .confidence = MKBA_ASSUMPTION},
    /* A home used is a resource, whoever pays the rent (value bank). */
    [P_DWELLING_YEAR] = MKBA_PARAM_DWELLING_YEAR("dwelling_year"),
    [P_DWELLING_YEAR].flags = MKBA_PARAM_LOWERS_NPV,
    /* Housing allowance for the tenant: a transfer from the Rijk. */
    [P_HUURTOESLAG_YEAR] = MKBA_PARAM_HUURTOESLAG_YEAR("huurtoeslag_year"),
    /* The full bijstand norm of a single adult (a transfer). */
    [P_BIJSTAND_YEAR] = MKBA_PARAM_BIJSTAND_YEAR("bijstand_year"),
    /* The bijstand left while staying in an institution or shelter. */
    [P_BIJSTAND_INSTITUTION_YEAR] =
        MKBA_PARAM_BIJSTAND_INSTITUTION_YEAR("bijstand_institution_year"),
    /* Paid work of a young person who is not homeless: the deelnemer's
       income, valued as what the work produces. */
    [P_WORK_HOURS] = {.key = "work_hours",
                      .label_nl = "Extra uren betaald werk per jaar niet dakloos",
                      .label_en = "Extra hours of paid work per year not homeless",
                      .unit = "uur per persoonsjaar",
                      .value = 200,
                      .min = 0,
                      .max = 2000,
                      .dist = MKBA_TRIANGULAR_DIST(0, 200, 400),
                      .source = "assumption: a young person with a place to live can keep a "
                                "job or training more easily; about four hours a week on "
                                "average, 0 to 8; no Dutch figure found",
                      .source_nl = "aanname: een jongere met een woonplek kan een baan of "
                                   "opleiding makkelijker volhouden; gemiddeld ongeveer vier uur "
                                   "per week, 0 tot 8; geen Nederlands cijfer gevonden",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_RAISES_NPV},
    /* The value of an hour of paid work (value bank). */
    [P_PRODUCTIVITY_HOUR] = {.key = "productivity_hour",
                             .label_nl = "Waarde van een uur betaald werk",
                             .label_en = "Value of an hour of paid work",
                             .unit = "EUR per uur",
                             .value = 39.88,
                             .min = 0,
                             .max = 500,
                             .price_year = 2022,
                             .unit_cost = "productivity_loss_hour",
                             .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                             .source_nl =
                                 "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                             .confidence = MKBA_VERIFIED,
                             .flags = MKBA_PARAM_RAISES_NPV},
    /* Quality of life housed compared with homeless, per person-year. */
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst kwaliteit van leven niet-dakloos",
                        .label_en = "Quality-of-life gain when not homeless",
                        .unit = "QALY per persoonsjaar",
                        .value = 0.10,
                        .min = -1,
                        .max = 1,
                        .dist = MKBA_TRIANGULAR_DIST(0, 0.10, 0.20),
                        .source = "assumption: no Dutch utility values for homeless young "
                                  "people found; 0 to 0.2",
                        .source_nl = "aanname: geen Nederlandse nutswaarden voor dakloze jongeren "
                                     "gevonden; 0 tot 0,2",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* Money value of a QALY in Dutch practice: at least EUR 50,000. */
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
    [P_QALY_VALUE].flags = MKBA_PARAM_RAISES_NPV,
};

/* The share of the full effect in year k after the start year (k = 0). */
static double effect_weight(int k, double ramp_up, double drop_off) {
  if (k == 0)
    return ramp_up;
  double w = 1;
  for (int j = 0; j < k; j++)
    w *= 1 - drop_off;
  return w;
}

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model;
  int cat_regie = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_shelter = host->category(ctx, "jongerenopvang", "Jongerenopvang", "Youth shelter");
  int cat_ggz = host->category(ctx, "ggz", "GGZ", "Mental health care");
  int cat_police =
      host->category(ctx, "politie_justitie", "Politie en justitie", "Police and justice");
  int cat_home = host->category(ctx, "wonen", "Wonen", "Housing");
  int cat_huurtoeslag = host->category(ctx, "huurtoeslag", "Huurtoeslag", "Housing allowance");
  int cat_bijstand = host->category(ctx, "bijstand", "Bijstand", "Social assistance");
  int cat_work = host->category(ctx, "productie", "Productie", "Production");
  int cat_qol =
      host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int out_months = host->outcome_id(ctx, "maanden_dakloos_vermeden", "Maanden dakloos vermeden",
                                    "Months of homelessness avoided", "maanden");
  int out_qaly = host->outcome_id(ctx, "qaly", "QALY's", "QALYs", "QALY");
  if (cat_regie < 0 || cat_shelter < 0 || cat_ggz < 0 || cat_police < 0 || cat_home < 0 ||
      cat_huurtoeslag < 0 || cat_bijstand < 0 || cat_work < 0 || cat_qol < 0 || out_months < 0 ||
      out_qaly < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  const int horizon = host->horizon(ctx);
  const double youths = p[P_YOUTHS];
  /* Homeless years a cohort avoids at the full effect, net of deadweight
     and of the part owed to other help. */
  const double full =
      youths * p[P_MONTHS_HOMELESS] / 12.0 * p[P_EFFECT] * (1 - p[P_DEADWEIGHT]) * p[P_ATTRIBUTION];
  const double bijstand_rise = p[P_BIJSTAND_YEAR] - p[P_BIJSTAND_INSTITUTION_YEAR];

  for (int t = 0; t < horizon; t++) {
    /* This year's cohort: the coordinators, paid by the gemeente. */
    if (mkba_post_resource(host, ctx, MKBA_GEMEENTE, cat_regie, t,
                           youths * p[P_HOURS] * p[P_HOUR_COST]))
      return MKBA_ERROR;

    /* Homeless years avoided in year t, over the cohorts started so far. */
    double avoided = 0;
    for (int c = 0; c <= t; c++)
      avoided += full * effect_weight(t - c, p[P_RAMP_UP], p[P_DROP_OFF]);
    const double shelter = avoided * p[P_SHARE_IN_SHELTER]; /* shelter years */
    const double other = avoided * p[P_OTHER_COST_YEAR];
    const double home = avoided * p[P_SHARE_OWN_HOME]; /* own-home years */
    const double qaly = avoided * p[P_UTILITY_GAIN];
    if (mkba_post_resource(host, ctx, MKBA_GEMEENTE, cat_shelter, t,
                           -shelter * p[P_YOUTH_SHELTER_YEAR]) ||
        mkba_post_resource(host, ctx, MKBA_ZORGVERZEKERAAR, cat_ggz, t,
                           -other * p[P_SHARE_ZORGVERZEKERAAR]) ||
        mkba_post_resource(host, ctx, MKBA_RIJK, cat_police, t,
                           -other * (1 - p[P_SHARE_ZORGVERZEKERAAR])) ||
        /* A home of one's own: the dwelling is a resource the young person
           pays for (rent); huurtoeslag and, for those leaving shelter on
           bijstand, the higher norm are transfers. */
        mkba_post_resource(host, ctx, MKBA_DEELNEMER, cat_home, t, home * p[P_DWELLING_YEAR]) ||
        mkba_post_transfer(host, ctx, MKBA_RIJK, MKBA_DEELNEMER, cat_huurtoeslag, t,
                           home * p[P_HUURTOESLAG_YEAR]) ||
        mkba_post_transfer(host, ctx, MKBA_GEMEENTE, MKBA_DEELNEMER, cat_bijstand, t,
                           home * p[P_SHARE_IN_SHELTER] * p[P_SHARE_BIJSTAND] * bijstand_rise) ||
        /* Work and well-being of the young person. */
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_work, MKBA_BENEFIT, t,
                   avoided * p[P_WORK_HOURS] * p[P_PRODUCTIVITY_HOUR]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol, MKBA_BENEFIT, t,
                   qaly * p[P_QALY_VALUE]) ||
        host->outcome(ctx, out_months, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, out_months, MKBA_INTERVENTION, t, 12 * avoided) ||
        host->outcome(ctx, out_qaly, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, out_qaly, MKBA_INTERVENTION, t, qaly))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Betere start op school en werk", "A better start in school and work",
                MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Doorlopende begeleiding rond 18 jaar (18-/18+)",
                "Continuous support around age 18 (18-/18+)", MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Minder dakloosheid op latere leeftijd", "Less homelessness later in life",
                MKBA_PM_POSITIVE, MKBA_NO_ACTOR);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "jongerenregisseur", .version = "2.0.0",
            .title_nl = "Jongerenregisseur: 1 jongere, 1 plan, 1 regisseur",
            .title_en = "Youth coordinator: one young person, one plan, one coordinator",
            .summary_nl = "Een vaste regisseur voor jongeren van 16 tot 27 jaar op alle "
                          "leefgebieden voorkomt een deel van de maanden dakloosheid: minder "
                          "jongerenopvang, zorg en politie, meer werk en kwaliteit van leven, "
                          "na deadweight, attributie, ingroei en drop-off.",
            .summary_en = "One coordinator across all life domains for young people aged 16 to 27 "
                          "avoids part of their months of homelessness: less youth shelter, care "
                          "and police, more work and quality of life, after deadweight, "
                          "attribution, ramp-up and drop-off.",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
