/*
 * vroegsignalering_schulden.c - early detection of payment arrears
 * (vroegsignalering): landlords, energy and water companies and health
 * insurers report arrears, and the municipality's debt help reaches out
 * before the debts pile up (Wet gemeentelijke schuldhulpverlening, 2021).
 *
 * Model, per year: every signal gets outreach; a share `reach` of the
 * households accept light help; for a share `effect` of those the arrears
 * are resolved (gross), of which the share `deadweight` would have been
 * resolved anyway and the share `attribution` is due to this programme.
 * The first year reaches `ramp_up` of the full effect.  Each household
 * resolved on balance avoids, `escalation_delay` years later, an escalation
 * that would have needed a debt-counselling case (with some chance) and
 * ended in an eviction (with a smaller chance); each later year a share
 * `drop_off` of them escalates after all.  An eviction avoided is priced
 * by one block, the same in bemoeizorg and huisuitzetting_preventie.
 * Outreach and help cost the same with or without effect.  See README.md.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

#include "../eviction.h"

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_SIGNALS,        /* arrears signals a year (national programme size) */
  P_OUTREACH,       /* outreach contacts per signal */
  P_REACH,          /* share of signals that lead to accepted help */
  P_HELP_CONTACTS,  /* contacts of light help per household helped */
  P_CONTACT_COST,   /* price of a social-work contact */
  P_EFFECT,         /* gross share of helped households whose arrears resolve */
  P_DEADWEIGHT,     /* share of those that would have resolved anyway */
  P_ATTRIBUTION,    /* share of the rest due to this programme */
  P_RAMP_UP,        /* share of the full effect reached in the first year */
  P_DROP_OFF,       /* yearly share of resolved households escalating after all */
  P_DELAY,          /* years from the signal to the escalation it would bring */
  P_HELP_AVOIDED,   /* chance an escalation needs debt counselling */
  P_CASE_COST,      /* price of a debt-counselling case */
  P_EVICTION_RISK,  /* chance an escalation ends in eviction */
  P_LANDLORD_COST,  /* landlord's full cost per eviction */
  P_ARREARS_SHARE,  /* share of it that is written-off rent arrears */
  P_HOMELESS_SHARE, /* share of evicted households that enter shelter */
  P_SHELTER_YEARS,  /* years in shelter of those */
  P_OTHER_YEARS,    /* years without a home of their own of the others */
  P_SHELTER_COST,   /* a shelter place-year */
  P_DWELLING_COST,  /* a dwelling-year */
  P_SHARE_HT,       /* share of tenants on huurtoeslag */
  P_HUURTOESLAG,    /* huurtoeslag per recipient per year */
  P_SHARE_BIJSTAND, /* share of people in shelter on bijstand */
  P_BIJSTAND,       /* bijstand norm, single person, in a home */
  P_BIJSTAND_INST,  /* bijstand norm in an institution */
  P_UTILITY_LOSS,   /* utility lost per year in shelter instead of at home */
  P_UTILITY_GAIN,   /* utility gained by a resolved household, one year */
  P_QALY_VALUE,     /* euros per QALY */
  P_N
};

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size: every signal the municipalities receive; the
       region scales it by its own count (or inhabitants where it has none). */
    [P_SIGNALS] = {.key = "signals",
                   .label_nl = "Signalen van betalingsachterstand per jaar",
                   .label_en = "Payment-arrears signals per year",
                   .unit = "signalen per jaar",
                   .value = 700000,
                   .min = 0,
                   .max = 10000000,
                   .flags = MKBA_PARAM_POPULATION | MKBA_PARAM_INTEGER,
                   .target_group = MKBA_TARGET_DEBT_SIGNALS,
                   .source = "Divosa, 'Vroegsignalering schulden: gemeenten krijgen steeds meer "
                             "signalen' (2024): more than 700,000 signals in 2023; since 2021 "
                             "the Wet gemeentelijke schuldhulpverlening has the municipality "
                             "offer help on every signal, so the programme is all of them",
                   .source_nl = "Divosa, 'Vroegsignalering schulden: gemeenten krijgen steeds "
                                "meer signalen' (2024): meer dan 700.000 signalen in 2023; sinds "
                                "2021 moet de gemeente op grond van de Wet gemeentelijke "
                                "schuldhulpverlening op elk signaal hulp aanbieden, dus het "
                                "programma omvat ze allemaal",
                   .confidence = MKBA_VERIFIED},
    /* The programme's own resources: outreach on every signal... */
    [P_OUTREACH] = {.key = "outreach_contacts",
                    .label_nl = "Outreachcontacten per signaal",
                    .label_en = "Outreach contacts per signal",
                    .unit = "contacten per signaal",
                    .value = 1,
                    .min = 0,
                    .max = 20,
                    .dist = MKBA_UNIFORM_DIST(0.5, 1.5),
                    .source = "assumption: a letter, a call or a visit per signal; the range is "
                              "centred on one",
                    .source_nl = "aanname: een brief, een telefoontje of een huisbezoek per "
                                 "signaal; het bereik ligt symmetrisch rond één",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    [P_REACH] = {.key = "reach",
                 .label_nl = "Aandeel signalen dat tot geaccepteerde hulp leidt",
                 .label_en = "Share of signals that lead to accepted help",
                 .unit = "fractie",
                 .value = 0.35,
                 .min = 0,
                 .max = 1,
                 .dist = MKBA_BETA_DIST(3.5, 6.5),
                 .source = "assumption: many households do not respond to outreach; no Dutch "
                           "rate found",
                 .source_nl = "aanname: veel huishoudens reageren niet op outreach; geen "
                              "Nederlands percentage gevonden",
                 .confidence = MKBA_ASSUMPTION},
    /* ... and light help for those who accept it. */
    [P_HELP_CONTACTS] = {.key = "help_contacts",
                         .label_nl = "Contacten lichte hulp per geholpen huishouden",
                         .label_en = "Light-help contacts per helped household",
                         .unit = "contacten per huishouden",
                         .value = 3.5,
                         .min = 0,
                         .max = 50,
                         .dist = MKBA_UNIFORM_DIST(1, 6),
                         .source = "assumption: a payment plan and a check on benefits and "
                                   "allowances; the middle of the assumed range 1-6",
                         .source_nl = "aanname: een betalingsregeling en een check op uitkeringen "
                                      "en toeslagen; het midden van het aangenomen bereik 1-6",
                         .confidence = MKBA_ASSUMPTION,
                         .flags = MKBA_PARAM_LOWERS_NPV},
    [P_CONTACT_COST] = {.key = "contact_cost",
                        .label_nl = "Kosten contact maatschappelijk werk",
                        .label_en = "Social work contact cost",
                        .unit = "EUR per contact",
                        .value = 127,
                        .min = 0,
                        .max = 5000,
                        .price_year = 2022,
                        .unit_cost = "social_work_contact",
                        .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                        .source_nl = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                        .confidence = MKBA_VERIFIED,
                        .flags = MKBA_PARAM_LOWERS_NPV},
    /* The effect as the service would see it, before deadweight. */
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Effect: aandeel geholpen huishoudens bij wie de achterstand "
                              "wordt opgelost (bruto)",
                  .label_en = "Effect: share of helped households whose arrears are resolved "
                              "(gross)",
                  .unit = "fractie",
                  .value = 0.3,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(3, 7),
                  .source = "assumption: the VWS MKBA on early signalling was announced (letter of "
                            "16 December 2021, Kamerstuk 29 325 nr. 130) but not found",
                  .source_nl = "aanname: de MKBA van VWS over vroegsignalering is aangekondigd "
                               "(brief van 16 december 2021, Kamerstuk 29 325 nr. 130) maar niet "
                               "gevonden",
                  .confidence = MKBA_ASSUMPTION,
                  .flags = MKBA_PARAM_RAISES_NPV},
    /* Arrears that would have been paid anyway. */
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deadweight: deel van de opgeloste achterstanden dat ook zonder "
                                  "hulp was opgelost",
                      .label_en = "Deadweight: share of the resolved arrears that would have been "
                                  "resolved without help",
                      .unit = "fractie",
                      .value = 0.3,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_BETA_DIST(3, 7),
                      .source = "assumption: a signal comes after one to three months of "
                                "arrears, and many households pay after a reminder or through "
                                "the creditor's own arrangement; no Dutch figure found",
                      .source_nl = "aanname: een signaal komt na één tot drie maanden "
                                   "achterstand, en veel huishoudens betalen na een herinnering "
                                   "of via een eigen regeling van de schuldeiser; geen Nederlands "
                                   "cijfer gevonden",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Partners whose costs are not in the model share in the result. */
    [P_ATTRIBUTION] = {.key = "attribution",
                       .label_nl = "Attributie: deel van het nettoeffect dat aan de "
                                   "vroegsignalering toe te schrijven is",
                       .label_en = "Attribution: share of the net effect due to early "
                                   "signalling",
                       .unit = "fractie",
                       .value = 0.8,
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_BETA_DIST(8, 2),
                       .source = "assumption: creditors' payment arrangements and social "
                                 "teams, whose costs are not in this model, share in the "
                                 "result; a fifth of the effect is theirs",
                       .source_nl = "aanname: betalingsregelingen van schuldeisers en sociale "
                                    "teams, waarvan de kosten niet in dit model zitten, delen in "
                                    "het resultaat; een vijfde van het effect is aan hen toe te "
                                    "rekenen",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* Data exchange with creditors and the routine take time to set up. */
    [P_RAMP_UP] = {.key = "ramp_up",
                   .label_nl = "Aanloop: deel van het volle effect in het eerste jaar",
                   .label_en = "Ramp-up: share of the full effect in the first year",
                   .unit = "fractie",
                   .value = 0.5,
                   .min = 0,
                   .max = 1,
                   .dist = MKBA_UNIFORM_DIST(0.25, 0.75),
                   .source = "assumption: the signals from creditors and the outreach routine "
                             "take months to run well; half of the full effect in the first "
                             "year, in a range centred on it",
                   .source_nl = "aanname: de signalen van schuldeisers en de outreachroutine "
                                "hebben maanden nodig om goed te lopen; de helft van het volle "
                                "effect in het eerste jaar, binnen een bereik dat daar "
                                "symmetrisch omheen ligt",
                   .confidence = MKBA_ASSUMPTION,
                   .flags = MKBA_PARAM_RAISES_NPV},
    /* The effect fades: some resolved households fall behind again. */
    [P_DROP_OFF] = {.key = "drop_off",
                    .label_nl = "Terugval: deel per jaar van de opgeloste huishoudens dat alsnog "
                                "escaleert",
                    .label_en = "Drop-off: yearly share of the resolved households whose arrears "
                                "escalate after all",
                    .unit = "fractie per jaar",
                    .value = 0.1,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_BETA_DIST(1, 9),
                    .source = "assumption: households with arrears often fall behind again; no "
                              "Dutch relapse rate found",
                    .source_nl = "aanname: huishoudens met achterstanden lopen vaak opnieuw een "
                                 "achterstand op; geen Nederlands terugvalpercentage gevonden",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    /* When the avoided escalation would have come. */
    [P_DELAY] = {.key = "escalation_delay",
                 .label_nl = "Jaren van signaal tot de escalatie die het anders werd",
                 .label_en = "Years from the signal to the escalation it would have become",
                 .unit = "jaar",
                 .value = 1.5,
                 .min = 0,
                 .max = 10,
                 .dist = MKBA_UNIFORM_DIST(0, 3),
                 .source = "assumption: rent arrears reach court within about a year, while "
                           "people wait on average five years before they ask for debt help "
                           "(HU lectoraat Schulden & Incasso, via artsenauto.nl); a range of "
                           "0-3 years",
                 .source_nl = "aanname: huurachterstanden komen binnen ongeveer een jaar bij de "
                              "rechter, terwijl mensen gemiddeld vijf jaar wachten voordat ze om "
                              "schuldhulp vragen (HU lectoraat Schulden & Incasso, via "
                              "artsenauto.nl); een bereik van 0-3 jaar",
                 .confidence = MKBA_ASSUMPTION,
                 .flags = MKBA_PARAM_LOWERS_NPV},
    [P_HELP_AVOIDED] = {.key = "debt_help_avoided",
                        .label_nl = "Kans dat een geëscaleerde achterstand schuldhulpverlening "
                                    "vraagt",
                        .label_en = "Chance that escalated arrears need debt counselling",
                        .unit = "fractie",
                        .value = 0.4,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_BETA_DIST(4, 6),
                        .source = "assumption: not every escalation reaches debt counselling",
                        .source_nl = "aanname: niet elke escalatie komt bij de "
                                     "schuldhulpverlening terecht",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* A debt-counselling case, intake to end (value bank). */
    [P_CASE_COST] = {.key = "debt_case_cost",
                     .label_nl = "Kosten schuldhulpverlening per casus",
                     .label_en = "Debt counselling per case",
                     .unit = "EUR per casus",
                     .value = 1500,
                     .min = 0,
                     .max = 100000,
                     .price_year = 2005,
                     /* Centred on the value bank's EUR 1,500 (the bank has no range). */
                     .dist = MKBA_UNIFORM_DIST(1000, 2000),
                     .unit_cost = "debt_counselling_case",
                     .source = "via DRIFT/Stichting Zwerfjongeren Nederland 2018 (price level "
                               "2005)",
                     .source_nl = "via DRIFT/Stichting Zwerfjongeren Nederland 2018 (prijspeil "
                                  "2005)",
                     .confidence = MKBA_VERIFIED,
                     .flags = MKBA_PARAM_RAISES_NPV},
    [P_EVICTION_RISK] = {.key = "eviction_risk",
                         .label_nl = "Kans dat een geëscaleerde achterstand tot huisuitzetting "
                                     "leidt",
                         .label_en = "Chance that escalated arrears end in eviction",
                         .unit = "fractie",
                         .value = 0.03,
                         .min = 0,
                         .max = 1,
                         .dist = MKBA_BETA_DIST(1.5, 48.5),
                         .source = "assumption: about 80% of evictions follow rent arrears "
                                   "(Aedes via nrc.nl, 19 March 2013), but only some signals are "
                                   "about rent and most arrears never reach court",
                         .source_nl = "aanname: circa 80% van de huisuitzettingen volgt op een "
                                      "huurachterstand (Aedes via nrc.nl, 19 maart 2013), maar "
                                      "slechts een deel van de signalen gaat over huur en de "
                                      "meeste achterstanden komen nooit bij de rechter",
                         .confidence = MKBA_ASSUMPTION,
                         .flags = MKBA_PARAM_RAISES_NPV},
    /* What an eviction costs the landlord, arrears included (value bank). */
    [P_LANDLORD_COST] = MKBA_PARAM_EVICTION_LANDLORD_COST("landlord_cost"),
    [P_LANDLORD_COST].flags = MKBA_PARAM_RAISES_NPV,
    /* The arrears part moves money to the tenant; the rest is resources. */
    [P_ARREARS_SHARE] = MKBA_PARAM_EVICTION_ARREARS_SHARE("arrears_share"),
    [P_ARREARS_SHARE].flags = MKBA_PARAM_LOWERS_NPV,
    /* Where evicted households go: shelter, or family and friends. */
    [P_HOMELESS_SHARE] = {.key = "homeless_after_eviction",
                          .label_nl = "Aandeel uitgezette huishoudens dat in de opvang komt",
                          .label_en = "Share of evicted households that enter shelter",
                          .unit = "fractie",
                          .value = 0.3,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(3, 7),
                          .source = "assumption: many find family or friends, some rent again at "
                                    "once; no Dutch figure found",
                          .source_nl = "aanname: velen kunnen terecht bij familie of vrienden, "
                                       "sommigen huren meteen weer; geen Nederlands cijfer "
                                       "gevonden",
                          .confidence = MKBA_ASSUMPTION,
                          .flags = MKBA_PARAM_RAISES_NPV},
    [P_SHELTER_YEARS] = MKBA_EVICTION_PARAM_SHELTER_YEARS,
    [P_SHELTER_YEARS].flags = MKBA_PARAM_RAISES_NPV,
    /* Staying with others uses no home of one's own either. */
    [P_OTHER_YEARS] = MKBA_EVICTION_PARAM_OTHER_YEARS,
    [P_OTHER_YEARS].flags = MKBA_PARAM_LOWERS_NPV,
    /* A shelter place (bed, staff, building): the value bank's one price. */
    [P_SHELTER_COST] = MKBA_PARAM_SHELTER_PLACE_YEAR("shelter_cost"),
    [P_SHELTER_COST].flags = MKBA_PARAM_RAISES_NPV,
    /* The home the household keeps: a real resource, paid by the tenant. */
    [P_DWELLING_COST] = MKBA_PARAM_DWELLING_YEAR("dwelling_cost"),
    [P_DWELLING_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* Who gets huurtoeslag on the home-years: a transfer. */
    [P_SHARE_HT] = MKBA_EVICTION_PARAM_SHARE_HUURTOESLAG,
    [P_HUURTOESLAG] = MKBA_PARAM_HUURTOESLAG_YEAR("huurtoeslag"),
    /* Who gets the bijstand difference between shelter and home. */
    [P_SHARE_BIJSTAND] = MKBA_EVICTION_PARAM_SHARE_BIJSTAND,
    [P_BIJSTAND] = MKBA_PARAM_BIJSTAND_YEAR("bijstand"),
    [P_BIJSTAND_INST] = MKBA_PARAM_BIJSTAND_INSTITUTION_YEAR("bijstand_institution"),
    /* Well-being: a year in shelter instead of at home. */
    [P_UTILITY_LOSS] = {.key = "utility_loss_homeless",
                        .label_nl = "Verlies aan utiliteit per jaar in de opvang",
                        .label_en = "Utility lost per year in shelter",
                        .unit = "QALY per persoonsjaar",
                        .value = 0.13,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_UNIFORM_DIST(0.05, 0.21),
                        .source = "assumption: 0.75 housed minus 0.62 in shelter, the assumed "
                                  "utilities of housing_first; the range is centred on that "
                                  "difference",
                        .source_nl = "aanname: 0,75 in een woning min 0,62 in de opvang, de "
                                     "aangenomen utiliteiten van housing_first; het bereik ligt "
                                     "symmetrisch rond dat verschil",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* Less stress from money worries in the year the arrears are resolved. */
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst in utiliteit per opgelost huishouden (één jaar)",
                        .label_en = "Utility gain per resolved household (one year)",
                        .unit = "QALY per huishouden",
                        .value = 0.025,
                        .min = 0,
                        .max = 0.5,
                        .dist = MKBA_UNIFORM_DIST(0, 0.05),
                        .source = "assumption: less stress from money worries; no Dutch utility "
                                  "found, so the middle of the assumed range 0-0.05",
                        .source_nl = "aanname: minder stress door geldzorgen; geen Nederlandse "
                                     "utiliteit gevonden, dus het midden van het aangenomen "
                                     "bereik 0-0,05",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
    [P_QALY_VALUE].flags = MKBA_PARAM_RAISES_NPV,
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  int H = host->horizon(ctx);
  double *buf = host->scratch(ctx, (size_t)6 * H * sizeof *buf);
  int c_debt = host->category(ctx, "schuldhulp", "Schuldhulpverlening", "Debt counselling");
  int c_qol = host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int o_resolved =
      host->outcome_id(ctx, "achterstanden_opgelost", "Achterstanden opgelost vóór escalatie",
                       "Arrears resolved before escalation", "huishoudens");
  int o_cases =
      host->outcome_id(ctx, "schuldhulptrajecten_vermeden", "Vermeden schuldhulptrajecten",
                       "Debt-counselling cases avoided", "trajecten");
  int o_evictions = host->outcome_id(ctx, "huisuitzettingen_vermeden", "Vermeden huisuitzettingen",
                                     "Evictions avoided", "huisuitzettingen");
  if (!buf) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  if (c_debt < 0 || c_qol < 0 || o_resolved < 0 || o_cases < 0 || o_evictions < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  double *resolved = buf, *esc = buf + H, *de = buf + 2 * H, *dv = buf + 3 * H;
  double *shelter = buf + 4 * H, *home = buf + 5 * H;

  /*
   * Households resolved on balance among the signals of year y:
   *   R(y) = signals x reach x effect x (1 - deadweight) x attribution x r(y),
   * r(0) = ramp_up, r(y) = 1 later.  The escalations they avoid fall
   * `escalation_delay` years later (a fraction split over two years), and of
   * those avoided in year tau a share drop_off escalates in each later year,
   * (1 - d)^(k-1) d of them in year tau + k: postponed, not avoided.
   */
  double signals = p[P_SIGNALS], helped = signals * p[P_REACH];
  double net = p[P_EFFECT] * (1 - p[P_DEADWEIGHT]) * p[P_ATTRIBUTION];
  double d = p[P_DROP_OFF];
  int lag = (int)floor(p[P_DELAY]);
  double frac = p[P_DELAY] - lag;
  for (int t = 0; t < H; t++) {
    resolved[t] = helped * net * (t == 0 ? p[P_RAMP_UP] : 1.0);
    esc[t] = 0;
    if (t - lag >= 0)
      esc[t] += (1 - frac) * resolved[t - lag];
    if (t - lag - 1 >= 0)
      esc[t] += frac * resolved[t - lag - 1];
  }
  for (int t = 0; t < H; t++) {
    de[t] = 0;
    for (int tau = 0; tau <= t; tau++)
      de[t] += tau == t ? esc[tau] : -esc[tau] * pow(1 - d, t - tau - 1) * d;
    dv[t] = de[t] * p[P_EVICTION_RISK];
  }

  mkba_eviction_prices e = {
      .landlord_cost = p[P_LANDLORD_COST],
      .arrears_share = p[P_ARREARS_SHARE],
      .homeless_share = p[P_HOMELESS_SHARE],
      .shelter_years = p[P_SHELTER_YEARS],
      .other_years = p[P_OTHER_YEARS],
      .shelter_cost = p[P_SHELTER_COST],
      .dwelling_cost = p[P_DWELLING_COST],
      .huurtoeslag = p[P_SHARE_HT] * p[P_HUURTOESLAG],
      .bijstand_gap = p[P_SHARE_BIJSTAND] * (p[P_BIJSTAND] - p[P_BIJSTAND_INST]),
      .qol_loss = p[P_UTILITY_LOSS] * p[P_QALY_VALUE],
      .book_qol = 1,
  };
  if (mkba_eviction_book(host, ctx, &e, dv, shelter, home, H, err, errlen))
    return MKBA_ERROR; /* the message is written, by it or by the host */

  /* Outreach and light help: the same every year, with or without effect.
     They are debt help, so they share the category of the cases avoided. */
  double outreach_cost =
      (signals * p[P_OUTREACH] + helped * p[P_HELP_CONTACTS]) * p[P_CONTACT_COST];
  for (int t = 0; t < H; t++) {
    double cases = de[t] * p[P_HELP_AVOIDED];
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, c_debt, MKBA_COST, t, outreach_cost) ||
        mkba_post_resource(host, ctx, MKBA_GEMEENTE, c_debt, t, -cases * p[P_CASE_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, c_qol, MKBA_BENEFIT, t,
                   resolved[t] * p[P_UTILITY_GAIN] * p[P_QALY_VALUE]) ||
        host->outcome(ctx, o_resolved, MKBA_BASELINE, t, 0) ||
        host->outcome(ctx, o_resolved, MKBA_INTERVENTION, t, resolved[t]) ||
        host->outcome(ctx, o_cases, MKBA_BASELINE, t, 0) ||
        host->outcome(ctx, o_cases, MKBA_INTERVENTION, t, cases) ||
        host->outcome(ctx, o_evictions, MKBA_BASELINE, t, 0) ||
        host->outcome(ctx, o_evictions, MKBA_INTERVENTION, t, dv[t]))
      return MKBA_ERROR; /* the host has the message */
  }
  host->pm_item(ctx, "Minder afsluitingen van energie en water",
                "Fewer energy and water disconnections", MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Minder incasso- en deurwaarderskosten", "Lower collection and bailiff costs",
                MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Minder oninbare vorderingen bij schuldeisers",
                "Fewer bad debts for creditors", MKBA_PM_POSITIVE, MKBA_SAMENLEVING);
  host->pm_item(ctx, "Kinderen in huishoudens met schulden", "Children in households with debts",
                MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Werk behouden of gevonden als de schulden onder controle zijn",
                "Work kept or found once debts are under control", MKBA_PM_POSITIVE,
                MKBA_SAMENLEVING);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "vroegsignalering_schulden", .version = "2.0.0",
            .title_nl = "Vroegsignalering van betalingsachterstanden",
            .title_en = "Early detection of payment arrears",
            .summary_nl = "Per jaar: outreach op signalen en lichte hulp, tegen vermeden "
                          "schuldhulptrajecten, huisuitzettingen, opvang en stress bij "
                          "huishoudens van wie de achterstand vroeg wordt opgelost; de woning "
                          "die een huishouden houdt telt als kosten.",
            .summary_en = "Per year: outreach on signals and light help, against avoided "
                          "debt-counselling cases, evictions, shelter and stress for households "
                          "whose arrears are resolved early; the home a household keeps counts "
                          "as a cost.",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
