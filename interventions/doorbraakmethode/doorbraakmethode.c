/*
 * doorbraakmethode.c - the IPW doorbraakmethode with bureaucracy-free money
 * (bureaucratievrij geld) for young people who are homeless or about to be.
 *
 * The only Dutch figures for this method are in the letter of 16 December
 * 2021 (Kamerstuk 29 325, nr. 130, "Voortgangsrapportage maatschappelijke
 * opvang en beschermd wonen"): over 160 young people, EUR 3,850 spent per
 * young person, EUR 28,500 saved per solution, EUR 4,588,500 in total.  With
 * staff_hours = 0, share_solved = 1 and saving_per_solution = 28,500 the
 * model reproduces those figures exactly in one year (a test checks it).
 * The defaults of those three are the means of their distributions instead,
 * the expected values: case work costs time, not every case breaks through
 * elsewhere, and a self-reported saving is more likely too high than too
 * low.  4,588,500 / 28,500 is exactly 161, so "over 160" is read as 161
 * young people, each with one solution.
 *
 * Each year `youths` young people get money; a share of them reaches a
 * solution (doorbraak), which avoids `saving_per_solution` of costs of the
 * existing or threatening scenario in the same year.  The baseline has no
 * money and no solutions, so every flow is posted as the difference.
 */
#include <mkba_plugin.h>

#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_YOUTHS,
  P_MONEY_PER_YOUTH,
  P_STAFF_HOURS,
  P_HOUR_COST,
  P_SHARE_SOLVED,
  P_SAVING_PER_SOLUTION,
  P_SHARE_ZORGVERZEKERAAR,
  P_SHARE_RIJK,
  P_SHARE_WONINGCORPORATIE
};

#define LETTER_2021                                                            \
  "Kamerbrief 16 December 2021, Voortgangsrapportage maatschappelijke "        \
  "opvang en beschermd wonen (Kamerstuk 29 325, nr. 130), IPW analysis"

static const mkba_param params[] = {
    /* A count per year, not a national total: the letter's 161 young people
       are the 14 pilot municipalities, so the region must not scale it. */
    [P_YOUTHS] = {.key = "youths",
                  .label_nl = "Jongeren met doorbraakgeld per jaar",
                  .label_en =
                      "Young people receiving breakthrough money a year",
                  .unit = "personen per jaar",
                  .value = 161,
                  .min = 0,
                  .max = 100000,
                  .flags = MKBA_PARAM_INTEGER,
                  .source =
                      LETTER_2021 ": 'ruim 160 jongeren'; 161 = EUR "
                                  "4,588,500 / EUR 28,500 (one solution each)",
                  .confidence = MKBA_VERIFIED},
    /* Money spent on breakthroughs (a debt paid, a deposit for a home); the
       letter's average.  The distribution is ours: a wide band for other
       municipalities and years, its mode set so that its mean,
       (min + mode + max) / 3, is the letter's average. */
    [P_MONEY_PER_YOUTH] = {.key = "money_per_youth",
                           .label_nl = "Doorbraakgeld per jongere",
                           .label_en = "Breakthrough money per young person",
                           .unit = "EUR per persoon",
                           .value = 3850,
                           .min = 0,
                           .max = 100000,
                           .price_year = 2021,
                           .dist = MKBA_TRIANGULAR_DIST(2500, 3050, 6000),
                           .source = LETTER_2021
                           ": 'per jongere gemiddeld "
                           "3.850 euro aan doorbraken uitgegeven'",
                           .confidence = MKBA_VERIFIED},
    /* Professional time for the case conference and follow-up.  Not in the
       letter's figures (0 reproduces them); the base case is the middle of
       the guessed range, the expected value. */
    [P_STAFF_HOURS] = {.key = "staff_hours",
                       .label_nl = "Uren professional per jongere",
                       .label_en = "Professional hours per young person",
                       .unit = "uur per persoon",
                       .value = 10,
                       .min = 0,
                       .max = 500,
                       .dist = MKBA_UNIFORM_DIST(0, 20),
                       .source = "assumption: the letter's EUR 3,850 is money "
                                 "only; 0-20 hours is a guess at the case work "
                                 "it needs, the base case its middle (0 "
                                 "reproduces the letter)",
                       .confidence = MKBA_ASSUMPTION},
    /* The hourly cost of that professional: the Kostenhandleiding price of
       guidance at home is the nearest sourced hourly rate. */
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
    /* The effect.  The letter reports a solution for every young person
       counted (161 solutions, 161 young people); elsewhere fewer cases may
       break through, so the distribution only goes down from 1, and the base
       case is its mean (1 reproduces the letter). */
    [P_SHARE_SOLVED] = {.key = "share_solved",
                        .label_nl = "Aandeel jongeren met een doorbraak",
                        .label_en = "Share of young people with a solution",
                        .unit = "fractie",
                        .value = 0.75,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_UNIFORM_DIST(0.5, 1),
                        .source = "assumption: " LETTER_2021
                        ": EUR 4,588,500 / EUR 28,500 "
                        "= 161 solutions for 161 young people; elsewhere "
                        "not every case breaks through, so the base case "
                        "is the middle of the assumed range 0.5-1",
                        .confidence = MKBA_ASSUMPTION},
    /* Costs of the existing or threatening scenario avoided per solution,
       as estimated by IPW itself; skewed down because a self-reported
       saving is more likely too high than too low, so the base case, the
       mean of that distribution, is below the letter's figure (28,500
       reproduces the letter). */
    [P_SAVING_PER_SOLUTION] = {.key = "saving_per_solution",
                               .label_nl = "Besparing per doorbraak",
                               .label_en = "Saving per solution",
                               .unit = "EUR per oplossing",
                               .value = (10000 + 28500 + 35000) / 3.0, /* 24,500 */
                               .min = 0,
                               .max = 1000000,
                               .price_year = 2021,
                               .dist =
                                   MKBA_TRIANGULAR_DIST(10000, 28500, 35000),
                               .source = "assumption: " LETTER_2021
                               ": 'gemiddeld ... een "
                               "besparing van 28.500 per "
                               "oplossing', IPW's own estimate and more "
                               "likely too high than too low; the base "
                               "case is the mean of triangular(10,000, "
                               "28,500, 35,000)",
                               .confidence = MKBA_ASSUMPTION},
    /* Who gains is not in the letter.  The threatening scenario of a young
       person is mostly youth shelter, Wmo, schuldhulp and jeugdhulp
       (gemeente); some care, police and eviction costs go to others.  The
       gemeente gets what the three shares below leave. */
    [P_SHARE_ZORGVERZEKERAAR] = {.key = "share_zorgverzekeraar",
                                 .label_nl =
                                     "Aandeel besparing zorgverzekeraar",
                                 .label_en =
                                     "Share of saving to the health insurer",
                                 .unit = "fractie",
                                 .value = 0.15,
                                 .min = 0,
                                 .max = 1.0 / 3, /* three shares of at most a third never exceed the whole */
                                 .dist = MKBA_UNIFORM_DIST(0.05, 0.25),
                                 .source = "assumption: the letter gives no "
                                           "split; some avoided GGZ and "
                                           "emergency care",
                                 .confidence = MKBA_ASSUMPTION},
    /* The Rijk's share of the saving (police, justice). */
    [P_SHARE_RIJK] = {.key = "share_rijk",
                      .label_nl = "Aandeel besparing Rijk",
                      .label_en = "Share of saving to central government",
                      .unit = "fractie",
                      .value = 0.15,
                      .min = 0,
                      .max = 1.0 / 3, /* three shares of at most a third never exceed the whole */
                      .dist = MKBA_UNIFORM_DIST(0.05, 0.25),
                      .source = "assumption: the letter gives no split; some "
                                "avoided police and justice costs",
                      .confidence = MKBA_ASSUMPTION},
    /* The landlords' share (arrears, evictions). */
    [P_SHARE_WONINGCORPORATIE] =
        {.key = "share_woningcorporatie",
         .label_nl = "Aandeel besparing woningcorporatie",
         .label_en = "Share of saving to the housing association",
         .unit = "fractie",
         .value = 0.10,
         .min = 0,
         .max = 1.0 / 3, /* three shares of at most a third never exceed the whole */
         .dist = MKBA_UNIFORM_DIST(0, 0.2),
         .source = "assumption: the letter gives no "
                   "split; some avoided arrears and "
                   "evictions",
         .confidence = MKBA_ASSUMPTION},
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model,
                   const double *p, char *err, size_t errlen) {
  (void)model;
  double share_gemeente = 1.0 - p[P_SHARE_ZORGVERZEKERAAR] - p[P_SHARE_RIJK] -
                          p[P_SHARE_WONINGCORPORATIE];
  if (share_gemeente < -1e-12) {
    snprintf(err, errlen,
             "share_zorgverzekeraar + share_rijk + share_woningcorporatie is "
             "%g, more than 1",
             1.0 - share_gemeente);
    return MKBA_ERROR;
  }
  if (share_gemeente < 0)
    share_gemeente = 0;

  int cat_money = host->category(ctx, "doorbraakgeld", "Doorbraakgeld",
                                 "Breakthrough money");
  int cat_staff =
      host->category(ctx, "casusregie", "Casusregie", "Case coordination");
  int cat_saved = host->category(ctx, "vermeden_scenario",
                                 "Vermeden kosten dreigend scenario",
                                 "Avoided cost of the threatening scenario");
  int out_solved = host->outcome_id(ctx, "doorbraken", "Doorbraken",
                                    "Solutions", "oplossingen");
  if (cat_money < 0 || cat_staff < 0 || cat_saved < 0 || out_solved < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  const double youths = p[P_YOUTHS];
  const double solutions = youths * p[P_SHARE_SOLVED];
  const double saving = solutions * p[P_SAVING_PER_SOLUTION];
  const struct {
    int actor;
    double share;
  } gains[] = {
      {MKBA_GEMEENTE, share_gemeente},
      {MKBA_ZORGVERZEKERAAR, p[P_SHARE_ZORGVERZEKERAAR]},
      {MKBA_RIJK, p[P_SHARE_RIJK]},
      {MKBA_WONINGCORPORATIE, p[P_SHARE_WONINGCORPORATIE]},
  };

  for (int t = 0; t < host->horizon(ctx); t++) {
    /* A municipality adopting the method pays the money; in the pilot the
       Kansfonds did (README). */
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_money, MKBA_COST,
                   t, youths * p[P_MONEY_PER_YOUTH]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_staff, MKBA_COST,
                   t, youths * p[P_STAFF_HOURS] * p[P_HOUR_COST]) ||
        host->outcome(ctx, out_solved, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, out_solved, MKBA_INTERVENTION, t, solutions))
      return MKBA_ERROR;
    for (size_t i = 0; i < sizeof gains / sizeof gains[0]; i++)
      if (host->flow(ctx, MKBA_INTERVENTION, gains[i].actor, cat_saved,
                     MKBA_BENEFIT, t, saving * gains[i].share))
        return MKBA_ERROR;
  }

  host->pm_item(ctx, "Welzijn en perspectief van de jongere",
                "Well-being and prospects of the young person",
                MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Lerend effect: knelpunten in regels zichtbaar gemaakt",
                "Learning: rules that block solutions are made visible",
                MKBA_PM_POSITIVE, MKBA_NO_ACTOR);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "doorbraakmethode", .version = "1.0.0",
            .title_nl = "Doorbraakmethode met bureaucratievrij geld (IPW)",
            .title_en = "Breakthrough method with bureaucracy-free money (IPW)",
            .summary_nl =
                "Jongeren krijgen snel geld om een vastgelopen situatie te "
                "doorbreken; elke doorbraak voorkomt de kosten van het "
                "dreigende scenario. Standaardwaarden volgen de Kamerbrief "
                "van 16 december 2021.",
            .summary_en =
                "Young people get money quickly to break a deadlock; each "
                "solution avoids the cost of the threatening scenario. "
                "Defaults follow the letter of 16 December 2021.",
            MKBA_PARAMS(params), .compute = compute)
