/*
 * doorbraakmethode.c - the IPW doorbraakmethode with bureaucracy-free money
 * (bureaucratievrij geld) for young people who are homeless or about to be.
 *
 * The only Dutch figures for this method are in the letter of 16 December
 * 2021 (Kamerstuk 29 325, nr. 130, "Voortgangsrapportage maatschappelijke
 * opvang en beschermd wonen"): over 160 young people, EUR 3,850 spent per
 * young person, EUR 28,500 saved per solution "ten opzichte van het
 * bestaande of dreigende scenario", EUR 4,588,500 in total.  That saving is
 * IPW's own gross estimate against the worst case; this model treats it as
 * a gross saving and puts an MKBA around it:
 *
 *   - a nulalternatief: part of these cases would be solved anyway, or the
 *     threatening scenario would not fully happen (deadweight), and part of
 *     a breakthrough is owed to the other help around the young person
 *     (attribution);
 *   - the saving runs over `saving_years` years after the breakthrough and
 *     fades by `drop_off` a year (not every solution holds);
 *   - the case work is a cost (staff hours at the value bank's hourly price
 *     of guidance), and the money is partly a transfer (a debt or a deposit
 *     paid for the young person) and partly resources bought;
 *   - a breakthrough that is a home of one's own costs a dwelling and moves
 *     huurtoeslag and bijstand (transfers).
 *
 * Each year `youths` young people get money and case work (a cohort); the
 * flows are posted as the difference between the arms (intervention arm
 * only).  With the letter's assumptions (letter.json: no deadweight,
 * attribution 1, every case solved, no case work, the money all spent, the
 * saving in one year) the model gives the letter's figures exactly; the
 * test letter_reproduces_the_2021_letter checks it.
 */
#include <mkba_plugin.h>

#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_YOUTHS,
  P_MONEY_PER_YOUTH,
  P_MONEY_TRANSFER_SHARE,
  P_STAFF_HOURS,
  P_HOUR_COST,
  P_SHARE_SOLVED,
  P_SAVING_PER_SOLUTION,
  P_DEADWEIGHT,
  P_ATTRIBUTION,
  P_SAVING_YEARS,
  P_DROP_OFF,
  P_SHARE_HOUSING,
  P_SHARE_BIJSTAND,
  P_DWELLING_YEAR,
  P_HUURTOESLAG_YEAR,
  P_BIJSTAND_YEAR,
  P_BIJSTAND_INSTITUTION_YEAR,
  P_SHARE_ZORGVERZEKERAAR,
  P_SHARE_RIJK,
  P_SHARE_WONINGCORPORATIE,
  P_N /* the number of parameters */
};

#define LETTER_2021                                                                                \
  "Kamerbrief 16 December 2021, Voortgangsrapportage maatschappelijke opvang en beschermd wonen "  \
  "(Kamerstuk 29 325, nr. 130)"
#define LETTER_2021_NL                                                                             \
  "Kamerbrief 16 december 2021, Voortgangsrapportage maatschappelijke opvang en beschermd wonen "  \
  "(Kamerstuk 29 325, nr. 130)"

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size, national: the young people who get breakthrough
       money and case work each year.  The method was used for homeless and
       threatened young people in the Actieprogramma dak- en thuisloze
       jongeren, so the region scales it by its count of homeless young
       people (or of registered homeless people where it has none). */
    [P_YOUTHS] = {.key = "youths",
                  .label_nl = "Jongeren met doorbraakgeld per jaar",
                  .label_en = "Young people receiving breakthrough money a year",
                  .unit = "personen per jaar",
                  .value = 284,
                  .min = 0,
                  .max = 100000,
                  .flags = MKBA_PARAM_INTEGER | MKBA_PARAM_POPULATION,
                  .target_group = MKBA_TARGET_HOMELESS_YOUNG,
                  .source = "assumption: 5% of the 5,671 homeless young people in view of the "
                            "central municipalities (national, 2021) a year, 284. The pilot "
                            "reached 'ruim 160 jongeren' (more than 160 young people) in 14 "
                            "municipalities during the Actieprogramma (" LETTER_2021 "), about "
                            "55 to 110 a year over its one and a half to three years; at that "
                            "reach per municipality in all 43 central municipalities about 170 "
                            "to 330 a year",
                  .source_nl =
                      "aanname: per jaar 5% van de 5.671 dakloze jongeren in beeld bij "
                      "de centrumgemeenten (landelijk, 2021), 284. De pilot bereikte 'ruim "
                      "160 jongeren' in 14 gemeenten tijdens het Actieprogramma "
                      "(" LETTER_2021_NL "), ongeveer 55 tot 110 per jaar over de "
                      "anderhalf tot drie jaar dat het liep; met dat bereik per gemeente "
                      "in alle 43 centrumgemeenten ongeveer 170 tot 330 per jaar",
                  .confidence = MKBA_ASSUMPTION},
    /* Money spent on breakthroughs (a debt paid, a deposit for a home); the
       letter's average, reported from IPW's analysis, so secondary.  The
       spread is ours, symmetric so that the letter's average is the mean. */
    [P_MONEY_PER_YOUTH] = {.key = "money_per_youth",
                           .label_nl = "Doorbraakgeld per jongere",
                           .label_en = "Breakthrough money per young person",
                           .unit = "EUR per persoon",
                           .value = 3850,
                           .min = 0,
                           .max = 100000,
                           .price_year = 2021,
                           .dist = MKBA_TRIANGULAR_DIST(1925, 3850, 5775),
                           .source = LETTER_2021 ", reporting IPW's analysis: 'per jongere "
                                                 "gemiddeld 3.850 euro aan doorbraken "
                                                 "uitgegeven'; the spread of +/- 50% is an "
                                                 "assumption",
                           .source_nl = LETTER_2021_NL ", die de analyse van IPW aanhaalt: "
                                                       "'per jongere gemiddeld 3.850 euro aan "
                                                       "doorbraken uitgegeven'; de spreiding van "
                                                       "+/- 50% is een aanname",
                           .confidence = MKBA_SECONDARY,
                           .flags = MKBA_PARAM_LOWERS_NPV},
    /* Money paid to or for the young person (a debt, a deposit) only changes
       hands: a transfer, not a resource.  The rest buys goods and services,
       a resource cost.  No breakdown is published. */
    [P_MONEY_TRANSFER_SHARE] = {.key = "money_transfer_share",
                                .label_nl = "Deel doorbraakgeld dat een overdracht is "
                                            "(schuld, borg)",
                                .label_en = "Share of the money that is a transfer (a debt, a "
                                            "deposit)",
                                .unit = "fractie",
                                .value = 0.5,
                                .min = 0,
                                .max = 1,
                                .dist = MKBA_UNIFORM_DIST(0.25, 0.75),
                                .source = "assumption: the letter's examples, a debt or a "
                                          "deposit for a home paid at once, are payments for "
                                          "the young person (transfers); other breakthroughs "
                                          "buy goods or services (furnishing, a course, "
                                          "travel), which are resources; no breakdown of the "
                                          "EUR 3,850 is published, so a half, a quarter to "
                                          "three quarters",
                                .source_nl = "aanname: de voorbeelden in de brief, een schuld of "
                                             "een borg voor een woning die in één keer wordt "
                                             "betaald, zijn betalingen voor de jongere "
                                             "(overdrachten); andere doorbraken kopen goederen of "
                                             "diensten (inrichting, een cursus, reizen), die een "
                                             "beslag op middelen zijn; er is geen uitsplitsing "
                                             "van de € 3.850 gepubliceerd, dus de helft, een "
                                             "kwart tot driekwart",
                                .confidence = MKBA_ASSUMPTION,
                                .flags = MKBA_PARAM_RAISES_NPV},
    /* Professional time on top of the usual care: analysing the stuck case,
       the case conference, carrying out the solution, and a share of the
       training the letter mentions.  The letter's figures leave it out. */
    [P_STAFF_HOURS] = {.key = "staff_hours",
                       .label_nl = "Uren professional per jongere (casusaanpak)",
                       .label_en = "Professional hours per young person (case work)",
                       .unit = "uur per persoon",
                       .value = 20,
                       .min = 0,
                       .max = 500,
                       .dist = MKBA_TRIANGULAR_DIST(10, 20, 30),
                       .source = "assumption: the letter counts money only, but its "
                                 "municipalities were trained for a year and a half to solve "
                                 "complex cases; a case analysis, a case conference with "
                                 "several professionals and the follow-up, with a share of the "
                                 "training, are put at 20 hours (10 to 30) a young person",
                       .source_nl = "aanname: de brief telt alleen het geld, maar de gemeenten "
                                    "erin zijn anderhalf jaar getraind in het oplossen van "
                                    "complexe casussen; een casusanalyse, een casusoverleg met "
                                    "meerdere professionals en de opvolging, met een deel van de "
                                    "training, worden gesteld op 20 uur (10 tot 30) per jongere",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_LOWERS_NPV},
    /* The hourly price of that professional: the value bank's hour of
       guidance, which it also uses for coordinator hours. */
    [P_HOUR_COST] = MKBA_PARAM_HOME_GUIDANCE_HOUR("hour_cost"),
    [P_HOUR_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* The effect: the share of cases that break through.  The letter's
       4,588,500 / 28,500 = 161 solutions for 'ruim 160' young people suggests
       one each, but that is an inference, and other places and years will
       not solve every case. */
    [P_SHARE_SOLVED] = {.key = "share_solved",
                        .label_nl = "Aandeel jongeren met een doorbraak",
                        .label_en = "Share of young people with a breakthrough",
                        .unit = "fractie",
                        .value = 0.75,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_TRIANGULAR_DIST(0.5, 0.75, 1),
                        .source = "assumption: the letter's EUR 4,588,500 / EUR 28,500 = 161 "
                                  "solutions for 'ruim 160 jongeren' suggests one each in the "
                                  "pilot (an inference, not a reported rate); elsewhere not "
                                  "every case breaks through, so 0.5 to 1, mean 0.75",
                        .source_nl = "aanname: de € 4.588.500 / € 28.500 = 161 oplossingen uit de "
                                     "brief voor 'ruim 160 jongeren' wijzen op één per jongere in "
                                     "de pilot (een afleiding, geen gerapporteerd percentage); "
                                     "elders komt niet elke casus tot een doorbraak, dus 0,5 tot "
                                     "1, gemiddeld 0,75",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* IPW's saving per solution against "the existing or threatening
       scenario": a gross figure, which deadweight, attribution and drop-off
       below reduce.  Centred on the reported figure with a wide band. */
    [P_SAVING_PER_SOLUTION] = {.key = "saving_per_solution",
                               .label_nl = "Bruto besparing per doorbraak (IPW)",
                               .label_en = "Gross saving per breakthrough (IPW)",
                               .unit = "EUR per oplossing",
                               .value = 28500,
                               .min = 0,
                               .max = 1000000,
                               .price_year = 2021,
                               .dist = MKBA_TRIANGULAR_DIST(14250, 28500, 42750),
                               .source = LETTER_2021 ", reporting IPW's analysis: 'gemiddeld ... "
                                                     "een besparing van 28.500 per oplossing ten "
                                                     "opzichte van het bestaande of dreigende "
                                                     "scenario' (IPW's own estimate, not "
                                                     "published); the spread of +/- 50% is an "
                                                     "assumption",
                               .source_nl = LETTER_2021_NL ", die de analyse van IPW "
                                                           "aanhaalt: 'gemiddeld ... een "
                                                           "besparing van 28.500 per oplossing "
                                                           "ten opzichte van het bestaande of "
                                                           "dreigende scenario' (een eigen "
                                                           "schatting van IPW, niet "
                                                           "gepubliceerd); de spreiding van +/- "
                                                           "50% is een aanname",
                               .confidence = MKBA_SECONDARY,
                               .flags = MKBA_PARAM_RAISES_NPV},
    /* The nulalternatief: the share of the gross saving that would have come
       without the method. */
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deadweight: deel dat ook zonder de methode was opgelost",
                      .label_en = "Deadweight: share that would have been solved anyway",
                      .unit = "fractie",
                      .value = 0.4,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_TRIANGULAR_DIST(0.2, 0.4, 0.6),
                      .source = "assumption: the cases had stalled in the usual help, so most "
                                "would not have been solved soon without the method; but some "
                                "would (debt counselling, a place in youth housing, the network), "
                                "and a threatening scenario does not always happen, while IPW "
                                "counts it in full; no comparison group exists; 0.2 to 0.6",
                      .source_nl = "aanname: de casussen waren vastgelopen in de gewone hulp, dus "
                                   "de meeste waren zonder de methode niet snel opgelost; sommige "
                                   "wel (schuldhulp, een plek in jongerenhuisvesting, het "
                                   "netwerk), en een dreigend scenario treedt niet altijd op, "
                                   "terwijl IPW het volledig meetelt; er is geen "
                                   "vergelijkingsgroep; 0,2 tot 0,6",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Attribution: the share of a breakthrough owed to the method, not to the
       rest of the help around the young person. */
    [P_ATTRIBUTION] = {.key = "attribution",
                       .label_nl = "Attributie: deel van de doorbraak toe te schrijven aan de "
                                   "methode",
                       .label_en = "Attribution: share of the breakthrough due to the method",
                       .unit = "fractie",
                       .value = 0.7,
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_TRIANGULAR_DIST(0.5, 0.7, 0.9),
                       .source = "assumption: a breakthrough also rests on the coordinator, "
                                 "youth care, shelter and the housing found, whose costs are "
                                 "not in this model; 0.5 to 0.9",
                       .source_nl = "aanname: een doorbraak steunt ook op de coördinator, de "
                                    "jeugdhulp, de opvang en de gevonden woonruimte, waarvan de "
                                    "kosten niet in dit model zitten; 0,5 tot 0,9",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* How long the saving runs: IPW's saving per solution is undated, so it
       is spread evenly over this many years from the breakthrough. */
    [P_SAVING_YEARS] = {.key = "saving_years",
                        .label_nl = "Jaren waarover de besparing valt",
                        .label_en = "Years over which the saving falls",
                        .unit = "jaren",
                        .value = 2,
                        .min = 1,
                        .max = 10,
                        .dist = MKBA_TRIANGULAR_DIST(1, 2, 3),
                        .source = "assumption: the letter gives no time profile; a threatening "
                                  "scenario of youth shelter, debts and care runs a year or "
                                  "more, so one to three years",
                        .source_nl = "aanname: de brief geeft geen tijdsprofiel; een dreigend "
                                     "scenario van jongerenopvang, schulden en zorg duurt een "
                                     "jaar of langer, dus een tot drie jaar",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_LOWERS_NPV},
    /* Drop-off: the share of the remaining effect lost each year after the
       year of the breakthrough (a solution that does not hold). */
    [P_DROP_OFF] = {.key = "drop_off",
                    .label_nl = "Afname van het effect per jaar (drop-off)",
                    .label_en = "Yearly decay of the effect (drop-off)",
                    .unit = "fractie per jaar",
                    .value = 0.2,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_TRIANGULAR_DIST(0, 0.2, 0.4),
                    .source = "assumption: a paid debt or a home found mostly holds, but some "
                              "young people fall back; no follow-up was published; 0 to 0.4 a "
                              "year",
                    .source_nl = "aanname: een betaalde schuld of een gevonden woning houdt "
                                 "meestal stand, maar sommige jongeren vallen terug; er is geen "
                                 "follow-up gepubliceerd; 0 tot 0,4 per jaar",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    /* Part of the breakthroughs is a home of one's own instead of youth
       shelter (the letter's deposit for a home). */
    [P_SHARE_HOUSING] =
        {.key = "share_housing",
         .label_nl = "Deel doorbraken dat een eigen woning is",
         .label_en = "Share of breakthroughs that are a home of one's own",
         .unit = "fractie",
         .value = 0.4,
         .min = 0,
         .max = 1,
         .dist = MKBA_TRIANGULAR_DIST(0.2, 0.4, 0.6),
         .source = "assumption: 'bestaanszekerheid en wonen' (livelihood security and "
                   "housing) is one of the six themes the letter draws from the "
                   "breakthroughs, 'inkomen/schulden' (income/debts) another; no share of "
                   "breakthroughs that were a home is reported; 0.2 to 0.6",
         .source_nl = "aanname: 'bestaanszekerheid en wonen' is een van de zes thema's die de "
                      "brief uit de doorbraken afleidt, 'inkomen/schulden' een ander; er is geen "
                      "aandeel doorbraken gerapporteerd dat een woning was; 0,2 tot 0,6",
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
                          .source =
                              "assumption: many homeless young people live on social assistance, "
                              "others work, study or have no income; no figure for this "
                              "group was found; a quarter to three quarters",
                          .source_nl = "aanname: veel dakloze jongeren leven van de bijstand, "
                                       "anderen werken, studeren of hebben geen inkomen; voor "
                                       "deze groep is geen cijfer gevonden; een kwart tot "
                                       "driekwart",
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
    /* Who saves is not in the letter.  The threatening scenario of a young
       person is mostly youth shelter, Wmo, schuldhulp and jeugdhulp
       (gemeente); some mental health care, police and eviction costs fall
       to others.  The gemeente gets what the three shares below leave. */
    [P_SHARE_ZORGVERZEKERAAR] = {.key = "share_zorgverzekeraar",
                                 .label_nl = "Aandeel besparing zorgverzekeraar",
                                 .label_en = "Share of saving to the health insurer",
                                 .unit = "fractie",
                                 .value = 0.15,
                                 .min = 0,
                                 .max = 1.0 / 3, /* three shares of at most a third never
                                                    exceed the whole */
                                 .dist = MKBA_UNIFORM_DIST(0.05, 0.25),
                                 .source = "assumption: the letter gives no split; some avoided "
                                           "mental health, addiction and emergency care",
                                 .source_nl = "aanname: de brief geeft geen verdeling; enige "
                                              "vermeden GGZ, verslavingszorg en spoedeisende zorg",
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
                      .source = "assumption: the letter gives no split; some avoided police and "
                                "justice costs",
                      .source_nl = "aanname: de brief geeft geen verdeling; enige vermeden kosten "
                                   "van politie en justitie",
                      .confidence = MKBA_ASSUMPTION},
    /* The landlords' share (the cost of evictions avoided). */
    [P_SHARE_WONINGCORPORATIE] = {.key = "share_woningcorporatie",
                                  .label_nl = "Aandeel besparing woningcorporatie",
                                  .label_en = "Share of saving to the housing association",
                                  .unit = "fractie",
                                  .value = 0.10,
                                  .min = 0,
                                  .max = 1.0 / 3, /* three shares of at most a third never
                                                     exceed the whole */
                                  .dist = MKBA_UNIFORM_DIST(0, 0.2),
                                  .source = "assumption: the letter gives no split; some avoided "
                                            "evictions",
                                  .source_nl = "aanname: de brief geeft geen verdeling; enkele "
                                               "vermeden huisuitzettingen",
                                  .confidence = MKBA_ASSUMPTION},
};

/*
 * The effect-years of one breakthrough in year k after it (k = 0 is its
 * year): the saving runs `years` years, the last one the fraction left
 * (2.5 years: two full years and a half), and fades by `drop_off` a year.
 * Summed over k it is `years` when nothing fades.
 */
static double effect_years(int k, double years, double drop_off) {
  double part = years - k;
  if (part <= 0)
    return 0;
  double fade = 1;
  for (int j = 0; j < k; j++)
    fade *= 1 - drop_off;
  return (part < 1 ? part : 1) * fade;
}

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model;
  double share_gemeente =
      1.0 - p[P_SHARE_ZORGVERZEKERAAR] - p[P_SHARE_RIJK] - p[P_SHARE_WONINGCORPORATIE];
  if (share_gemeente < -1e-12) {
    snprintf(err, errlen,
             "share_zorgverzekeraar + share_rijk + share_woningcorporatie is %g, more than 1",
             1.0 - share_gemeente);
    return MKBA_ERROR;
  }
  if (share_gemeente < 0)
    share_gemeente = 0;

  int cat_money = host->category(ctx, "doorbraakgeld", "Doorbraakgeld", "Breakthrough money");
  int cat_staff = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_youth_shelter = host->category(ctx, "jongerenopvang", "Jongerenopvang", "Youth shelter");
  int cat_ggz = host->category(ctx, "ggz", "GGZ", "Mental health care");
  int cat_police =
      host->category(ctx, "politie_justitie", "Politie en justitie", "Police and justice");
  int cat_eviction = host->category(ctx, "huisuitzetting", "Huisuitzetting", "Eviction");
  int cat_home = host->category(ctx, "wonen", "Wonen", "Housing");
  int cat_huurtoeslag = host->category(ctx, "huurtoeslag", "Huurtoeslag", "Housing allowance");
  int cat_bijstand = host->category(ctx, "bijstand", "Bijstand", "Social assistance");
  int out_solved =
      host->outcome_id(ctx, "doorbraken", "Doorbraken", "Breakthroughs", "oplossingen");
  int out_housed =
      host->outcome_id(ctx, "persoonsjaren_eigen_woning", "Persoonsjaren in een eigen woning",
                       "Person-years in a home of one's own", "persoonsjaren");
  if (cat_money < 0 || cat_staff < 0 || cat_youth_shelter < 0 || cat_ggz < 0 || cat_police < 0 ||
      cat_eviction < 0 || cat_home < 0 || cat_huurtoeslag < 0 || cat_bijstand < 0 ||
      out_solved < 0 || out_housed < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  const int horizon = host->horizon(ctx);
  const double youths = p[P_YOUTHS];
  const double money = youths * p[P_MONEY_PER_YOUTH];
  const double solved = youths * p[P_SHARE_SOLVED];
  /* Breakthroughs owed to the method: net of those that would have come
     anyway and of the part owed to other help. */
  const double net = solved * (1 - p[P_DEADWEIGHT]) * p[P_ATTRIBUTION];
  /* The saving per effect-year: the gross saving spread over its years. */
  const double saving_per_year = p[P_SAVING_PER_SOLUTION] / p[P_SAVING_YEARS];
  /* The bijstand rise of a young person who leaves shelter for a home. */
  const double bijstand_rise = p[P_BIJSTAND_YEAR] - p[P_BIJSTAND_INSTITUTION_YEAR];
  const struct {
    int actor, category;
    double share;
  } gains[] = {
      {MKBA_GEMEENTE, cat_youth_shelter, share_gemeente},
      {MKBA_ZORGVERZEKERAAR, cat_ggz, p[P_SHARE_ZORGVERZEKERAAR]},
      {MKBA_RIJK, cat_police, p[P_SHARE_RIJK]},
      {MKBA_WONINGCORPORATIE, cat_eviction, p[P_SHARE_WONINGCORPORATIE]},
  };

  for (int t = 0; t < horizon; t++) {
    /* This year's cohort: the money and the case work.  A municipality that
       adopts the method pays both (in the pilot the Kansfonds paid the
       money, see README). */
    if (mkba_post_resource(host, ctx, MKBA_GEMEENTE, cat_money, t,
                           money * (1 - p[P_MONEY_TRANSFER_SHARE])) ||
        mkba_post_transfer(host, ctx, MKBA_GEMEENTE, MKBA_DEELNEMER, cat_money, t,
                           money * p[P_MONEY_TRANSFER_SHARE]) ||
        mkba_post_resource(host, ctx, MKBA_GEMEENTE, cat_staff, t,
                           youths * p[P_STAFF_HOURS] * p[P_HOUR_COST]) ||
        host->outcome(ctx, out_solved, MKBA_BASELINE, t, solved * p[P_DEADWEIGHT]) ||
        host->outcome(ctx, out_solved, MKBA_INTERVENTION, t, solved))
      return MKBA_ERROR;

    /* What this year brings of the breakthroughs of this year's and the
       earlier cohorts, each k = t - c years old. */
    double years = 0; /* effect-years landing in year t */
    for (int c = 0; c <= t; c++)
      years += net * effect_years(t - c, p[P_SAVING_YEARS], p[P_DROP_OFF]);
    const double housed = years * p[P_SHARE_HOUSING];
    for (size_t i = 0; i < sizeof gains / sizeof gains[0]; i++)
      if (mkba_post_resource(host, ctx, gains[i].actor, gains[i].category, t,
                             -years * saving_per_year * gains[i].share))
        return MKBA_ERROR;
    /* A home of one's own: the dwelling is a resource the young person pays
       for (rent); huurtoeslag and the higher bijstand norm are transfers. */
    if (mkba_post_resource(host, ctx, MKBA_DEELNEMER, cat_home, t, housed * p[P_DWELLING_YEAR]) ||
        mkba_post_transfer(host, ctx, MKBA_RIJK, MKBA_DEELNEMER, cat_huurtoeslag, t,
                           housed * p[P_HUURTOESLAG_YEAR]) ||
        mkba_post_transfer(host, ctx, MKBA_GEMEENTE, MKBA_DEELNEMER, cat_bijstand, t,
                           housed * p[P_SHARE_BIJSTAND] * bijstand_rise) ||
        host->outcome(ctx, out_housed, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, out_housed, MKBA_INTERVENTION, t, housed))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Welzijn en perspectief van de jongere",
                "Well-being and prospects of the young person", MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Lerend effect: knelpunten in regels zichtbaar gemaakt",
                "Learning: rules that block solutions are made visible", MKBA_PM_POSITIVE,
                MKBA_NO_ACTOR);
  host->pm_item(ctx, "Besparing na de horizon van de analyse",
                "Savings after the horizon of the analysis", MKBA_PM_POSITIVE, MKBA_NO_ACTOR);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "doorbraakmethode", .version = "2.0.0",
            .title_nl = "Doorbraakmethode met bureaucratievrij geld (IPW)",
            .title_en = "Breakthrough method with bureaucracy-free money (IPW)",
            .summary_nl = "Jongeren krijgen snel geld en een casusaanpak om een vastgelopen "
                          "situatie te doorbreken. De bruto besparing per doorbraak uit de "
                          "Kamerbrief van 16 december 2021 wordt verminderd met deadweight, "
                          "attributie en drop-off; letter.json rekent de brief zelf na.",
            .summary_en = "Young people get money quickly and case work to break a deadlock. The "
                          "gross saving per breakthrough in the letter of 16 December 2021 is "
                          "reduced by deadweight, attribution and drop-off; letter.json "
                          "reproduces the letter itself.",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
