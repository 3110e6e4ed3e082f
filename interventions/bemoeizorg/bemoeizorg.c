/*
 * bemoeizorg.c - outreach care for people who do not ask for help
 * (bemoeizorg, a Wmo task of the gemeente).
 *
 * A yearly model: an outreach team reaches `clients` people a year.
 * Without it, each has a number of escalations a year: days in a
 * psychiatric crisis admission, police incidents and a chance of eviction.
 * The team stabilises a share `effect` of its clients (gross), of which the
 * share `deadweight` would have calmed down anyway and the share
 * `attribution` is due to the team; a stabilised client has none of the
 * escalations.  In the client's first year the effect reaches `ramp_up` of
 * its full size (contact takes months), and after that year a share
 * `drop_off` of it is lost each year.  Stabilised clients take up GGZ
 * treatment, a cost that is honest to book, and gain quality of life.  An
 * eviction avoided is priced by one block, the same in
 * huisuitzetting_preventie and vroegsignalering_schulden; it counts no
 * well-being of its own, which the stabilisation gain already holds.  With
 * effect = 0 only the team's hours remain.  See README.md.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

#include "../eviction.h"

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_CLIENTS,            /* clients reached a year (national programme size) */
  P_OUTREACH_HOURS,     /* outreach hours per client */
  P_HOUR_COST,          /* price of a professional's hour */
  P_EFFECT,             /* gross share of clients stabilised */
  P_DEADWEIGHT,         /* share of that which would have come anyway */
  P_ATTRIBUTION,        /* share of the rest due to the team */
  P_RAMP_UP,            /* share of the full effect in the client's first year */
  P_DROP_OFF,           /* yearly loss of the effect after that year */
  P_CRISIS_DAYS,        /* crisis admission days a year without outreach */
  P_CRISIS_DAY_COST,    /* a psychiatric nursing day */
  P_INCIDENTS,          /* police incidents a year without outreach */
  P_OFFENCE_SHARE,      /* share of those that are public-order offences */
  P_CALLOUT_COST,       /* police callout for a nuisance report */
  P_OFFENCE_COST,       /* cost of a public-order offence */
  P_VICTIM_SHARE,       /* share of an offence's cost borne by victims */
  P_EVICTION_RISK,      /* yearly chance of eviction without outreach */
  P_LANDLORD_COST,      /* landlord's full cost per eviction */
  P_ARREARS_SHARE,      /* share of it that is written-off rent arrears */
  P_HOMELESS_SHARE,     /* share of evicted clients that enter shelter */
  P_SHELTER_YEARS,      /* years in shelter of those */
  P_OTHER_YEARS,        /* years without a home of their own of the others */
  P_SHELTER_COST,       /* a shelter place-year */
  P_DWELLING_COST,      /* a dwelling-year */
  P_SHARE_HT,           /* share of tenants on huurtoeslag */
  P_HUURTOESLAG,        /* huurtoeslag per recipient per year */
  P_SHARE_BIJSTAND,     /* share of people in shelter on bijstand */
  P_BIJSTAND,           /* bijstand norm, single person, in a home */
  P_BIJSTAND_INST,      /* bijstand norm in an institution */
  P_TREATMENT_CONTACTS, /* GGZ contacts a stabilised client takes up a year */
  P_CONTACT_COST,       /* a specialised GGZ contact */
  P_UTILITY_GAIN,       /* utility gain per stabilised client-year */
  P_QALY_VALUE,         /* euros per QALY */
  P_N
};

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size.  Bemoeizorg serves care avoiders wherever they
       live, most of them still in a home (hence the eviction risk), not
       only registered homeless people: the region scales it by inhabitants. */
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Cliënten bemoeizorg per jaar",
                   .label_en = "Outreach clients a year",
                   .unit = "personen per jaar",
                   .value = 2500,
                   .min = 0,
                   .max = 1000000,
                   .flags = MKBA_PARAM_POPULATION | MKBA_PARAM_INTEGER,
                   .target_group = MKBA_TARGET_INHABITANTS,
                   .source = "assumption: about 100 clients a year for each of the 25 GGD regions; "
                             "the letter of 4 June 2024 (Voortgangsrapportage Nationaal Actieplan "
                             "Dakloosheid en Beschermd Wonen) describes outreach care (bemoeizorg) "
                             "as a Wmo task for people who do not ask for help, run by GGDs, GGZ "
                             "and municipal teams, and gives no numbers",
                   .source_nl = "aanname: ongeveer 100 cliënten per jaar voor elk van de 25 "
                                "GGD-regio's; de brief van 4 juni 2024 (Voortgangsrapportage "
                                "Nationaal Actieplan Dakloosheid en Beschermd Wonen) beschrijft "
                                "bemoeizorg als een Wmo-taak voor mensen die niet om hulp vragen, "
                                "uitgevoerd door GGD's, GGZ en gemeentelijke teams, en noemt geen "
                                "aantallen",
                   .confidence = MKBA_ASSUMPTION},
    /* Outreach is slow: repeated visits before contact is accepted. */
    [P_OUTREACH_HOURS] = {.key = "outreach_hours",
                          .label_nl = "Uren bemoeizorg per cliënt per jaar",
                          .label_en = "Outreach hours per client per year",
                          .unit = "uur per persoon per jaar",
                          .value = (20 + 40 + 80) / 3.0, /* 46.7, the triangle's mean */
                          .min = 0,
                          .max = 2000,
                          .dist = MKBA_TRIANGULAR_DIST(20, 40, 80),
                          .source = "assumption: no Dutch caseload figure found; the mean of the "
                                    "assumed triangle",
                          .source_nl = "aanname: geen Nederlands cijfer over de caseload "
                                       "gevonden; het gemiddelde van de aangenomen "
                                       "driehoeksverdeling",
                          .confidence = MKBA_ASSUMPTION,
                          .flags = MKBA_PARAM_LOWERS_NPV},
    /* The nearest sourced price of a social-domain professional's hour. */
    [P_HOUR_COST] = MKBA_PARAM_HOME_GUIDANCE_HOUR("hour_cost"),
    [P_HOUR_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* The effect as the team would see it: clients who calm down. */
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Effect: aandeel gestabiliseerde cliënten (bruto)",
                  .label_en = "Effect: share of clients stabilised (gross)",
                  .unit = "fractie",
                  .value = 0.3,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(3, 7),
                  .source = "assumption: the Movisie action research on outreach care reports at "
                            "the end of 2025; no effect size yet",
                  .source_nl = "aanname: het actieonderzoek van Movisie naar bemoeizorg "
                               "rapporteert eind 2025; nog geen effectgrootte",
                  .confidence = MKBA_ASSUMPTION,
                  .flags = MKBA_PARAM_RAISES_NPV},
    /* Clients come in at a peak; some of it would have passed anyway. */
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deadweight: deel van de stabilisatie dat er ook zonder "
                                  "bemoeizorg was gekomen",
                      .label_en = "Deadweight: share of the stabilisation that would have come "
                                  "without outreach",
                      .unit = "fractie",
                      .value = 0.2,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_BETA_DIST(2, 8),
                      .source = "assumption: clients are referred at a peak of escalation, and "
                                "part of it would have subsided by itself or through other help; "
                                "no Dutch figure found",
                      .source_nl = "aanname: cliënten worden aangemeld op een piek van escalatie, "
                                   "en een deel daarvan was vanzelf of door andere hulp weer "
                                   "gezakt; geen Nederlands cijfer gevonden",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Chain partners whose time is not costed share in the result. */
    [P_ATTRIBUTION] = {.key = "attribution",
                       .label_nl = "Attributie: deel van het nettoeffect dat aan het "
                                   "bemoeizorgteam toe te schrijven is",
                       .label_en = "Attribution: share of the net effect due to the outreach "
                                   "team",
                       .unit = "fractie",
                       .value = 0.8,
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_BETA_DIST(8, 2),
                       .source = "assumption: outreach care works in a chain (police, "
                                 "neighbourhood team, GP, landlord) whose time is not in this "
                                 "model; a fifth of the effect is theirs",
                       .source_nl = "aanname: bemoeizorg werkt in een keten (politie, wijkteam, "
                                    "huisarts, verhuurder) waarvan de tijd niet in dit model zit; "
                                    "een vijfde van het effect komt hun toe",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* Contact takes months, so the first year has part of the effect. */
    [P_RAMP_UP] = {.key = "ramp_up",
                   .label_nl = "Aanloop: deel van het volle effect in het eerste jaar van de "
                               "cliënt",
                   .label_en = "Ramp-up: share of the full effect in the client's first year",
                   .unit = "fractie",
                   .value = 0.5,
                   .min = 0,
                   .max = 1,
                   .dist = MKBA_UNIFORM_DIST(0.25, 0.75),
                   .source = "assumption: repeated visits before contact is accepted; half of "
                             "the full effect in the first year, in a range centred on it",
                   .source_nl = "aanname: herhaalde bezoeken voordat contact wordt geaccepteerd; "
                                "de helft van het volle effect in het eerste jaar, met die waarde "
                                "als midden van het bereik",
                   .confidence = MKBA_ASSUMPTION,
                   .flags = MKBA_PARAM_RAISES_NPV},
    /* After the outreach year the stabilisation fades. */
    [P_DROP_OFF] = {.key = "drop_off",
                    .label_nl = "Afname per jaar van het effect na het jaar van bemoeizorg",
                    .label_en = "Yearly decay of the effect after the outreach year",
                    .unit = "fractie per jaar",
                    .value = 0.5,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_BETA_DIST(5, 5),
                    .source = "assumption: once handed over to regular care, relapse is common; "
                              "half of the remaining effect is lost each year; no Dutch figure "
                              "found",
                    .source_nl = "aanname: na de overdracht aan de reguliere zorg komt terugval "
                                 "vaak voor; elk jaar gaat de helft van het resterende effect "
                                 "verloren; geen Nederlands cijfer gevonden",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    /* Baseline crisis admission days per client per year. */
    [P_CRISIS_DAYS] = {.key = "crisis_days",
                       .label_nl = "Dagen crisisopname per jaar zonder bemoeizorg",
                       .label_en = "Crisis admission days a year without outreach",
                       .unit = "dagen per persoon per jaar",
                       .value = (0 + 10 + 30) / 3.0, /* 13.3, the triangle's mean */
                       .min = 0,
                       .max = 365,
                       .dist = MKBA_TRIANGULAR_DIST(0, 10, 30),
                       .source = "assumption: no Dutch figure found; the mean of the assumed "
                                 "triangle",
                       .source_nl = "aanname: geen Nederlands cijfer gevonden; het gemiddelde van "
                                    "de aangenomen driehoeksverdeling",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* A day in a psychiatric institution, the nearest price of a crisis
       admission day. */
    [P_CRISIS_DAY_COST] = {.key = "crisis_day_cost",
                           .label_nl = "Kosten verpleegdag psychiatrie",
                           .label_en = "Cost of a psychiatric nursing day",
                           .unit = "EUR per dag",
                           .value = 327,
                           .min = 0,
                           .max = 5000,
                           .price_year = 2022,
                           .unit_cost = "psychiatric_nursing_day",
                           .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                           .source_nl = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                           .confidence = MKBA_VERIFIED,
                           .flags = MKBA_PARAM_RAISES_NPV},
    /* Baseline police incidents per client per year: reports of nuisance,
       a few of them offences. */
    [P_INCIDENTS] = {.key = "incidents",
                     .label_nl = "Politie-incidenten per jaar zonder bemoeizorg",
                     .label_en = "Police incidents a year without outreach",
                     .unit = "incidenten per persoon per jaar",
                     .value = (0 + 1.5 + 5) / 3, /* 2.17, the triangle's mean */
                     .min = 0,
                     .max = 50,
                     .dist = MKBA_TRIANGULAR_DIST(0, 1.5, 5),
                     .source = "assumption: no Dutch figure found; outreach-care chains include "
                               "the police; the mean of the assumed triangle",
                     .source_nl = "aanname: geen Nederlands cijfer gevonden; de politie maakt "
                                  "deel uit van de keten rond bemoeizorg; het gemiddelde van de "
                                  "aangenomen driehoeksverdeling",
                     .confidence = MKBA_ASSUMPTION,
                     .flags = MKBA_PARAM_RAISES_NPV},
    /* Nuisance is not an offence: only some incidents are. */
    [P_OFFENCE_SHARE] = {.key = "offence_share",
                         .label_nl = "Aandeel incidenten dat een delict is (openbare orde)",
                         .label_en = "Share of incidents that are (public-order) offences",
                         .unit = "fractie",
                         .value = 0.2,
                         .min = 0,
                         .max = 1,
                         .dist = MKBA_BETA_DIST(2, 8),
                         .source = "assumption: most police contacts around care avoiders are "
                                   "reports of nuisance without an offence; no Dutch figure "
                                   "found",
                         .source_nl = "aanname: de meeste politiecontacten rond zorgmijders zijn "
                                      "meldingen van overlast zonder delict; geen Nederlands "
                                      "cijfer gevonden",
                         .confidence = MKBA_ASSUMPTION},
    /* Police time for a nuisance report (value bank). */
    [P_CALLOUT_COST] = {.key = "callout_cost",
                        .label_nl = "Politie-inzet bij een melding van overlast",
                        .label_en = "Police callout for a nuisance report",
                        .unit = "EUR per melding",
                        .value = 140,
                        .min = 0,
                        .max = 10000,
                        .price_year = 2013,
                        .dist = MKBA_TRIANGULAR_DIST(70, 140, 210),
                        .unit_cost = "police_callout",
                        .source = "assumption: two officer-hours at about EUR 70 an hour",
                        .source_nl = "aanname: twee manuren politie tegen ongeveer € 70 per uur",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* Kostenhandleiding cost of a public-order offence (value bank). */
    [P_OFFENCE_COST] = {.key = "offence_cost",
                        .label_nl = "Kosten per delict openbare orde",
                        .label_en = "Cost per public-order offence",
                        .unit = "EUR per delict",
                        .value = 3605,
                        .min = 0,
                        .max = 100000,
                        .price_year = 2022,
                        .unit_cost = "crime_disorderly",
                        .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                        .source_nl = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                        .confidence = MKBA_VERIFIED,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* Who bears an offence: victims and neighbours, or police and justice. */
    [P_VICTIM_SHARE] = {.key = "victim_share",
                        .label_nl = "Deel van de kosten van een delict bij slachtoffers en "
                                    "omwonenden",
                        .label_en = "Share of an offence's cost borne by victims and neighbours",
                        .unit = "aandeel",
                        .value = 0.5,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_TRIANGULAR_DIST(0.25, 0.5, 0.75),
                        .unit_cost = "crime_victim_share",
                        .source = "assumption: the Kostenhandleiding's prices per offence are not "
                                  "split by who bears them",
                        .source_nl = "aanname: de prijzen per delict in de Kostenhandleiding zijn "
                                     "niet uitgesplitst naar wie ze draagt",
                        .confidence = MKBA_ASSUMPTION},
    /* Baseline yearly probability of eviction: most clients still have a
       home. */
    [P_EVICTION_RISK] = {.key = "eviction_risk",
                         .label_nl = "Kans op huisuitzetting per jaar zonder bemoeizorg",
                         .label_en = "Yearly probability of eviction without outreach",
                         .unit = "kans per jaar",
                         .value = (0 + 0.05 + 0.15) / 3, /* 0.067, the triangle's mean */
                         .min = 0,
                         .max = 1,
                         .dist = MKBA_TRIANGULAR_DIST(0, 0.05, 0.15),
                         .source = "assumption: many referrals come from landlords about neglect "
                                   "or arrears; no figure found; the mean of the assumed "
                                   "triangle",
                         .source_nl = "aanname: veel aanmeldingen komen van verhuurders, over "
                                      "verwaarlozing of huurachterstand; geen cijfer gevonden; "
                                      "het gemiddelde van de aangenomen driehoeksverdeling",
                         .confidence = MKBA_ASSUMPTION,
                         .flags = MKBA_PARAM_RAISES_NPV},
    /* What an eviction costs the landlord, arrears included (value bank). */
    [P_LANDLORD_COST] = MKBA_PARAM_EVICTION_LANDLORD_COST("landlord_cost"),
    [P_LANDLORD_COST].flags = MKBA_PARAM_RAISES_NPV,
    /* The arrears part moves money to the tenant; the rest is resources. */
    [P_ARREARS_SHARE] = MKBA_PARAM_EVICTION_ARREARS_SHARE("arrears_share"),
    [P_ARREARS_SHARE].flags = MKBA_PARAM_LOWERS_NPV,
    /* Where evicted clients go: shelter, or family and friends. */
    [P_HOMELESS_SHARE] = {.key = "homeless_after_eviction",
                          .label_nl = "Aandeel uitgezette cliënten dat in de opvang komt",
                          .label_en = "Share of evicted clients that enter shelter",
                          .unit = "fractie",
                          .value = 0.5,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(5, 5),
                          .source = "assumption: care avoiders have often worn out their "
                                    "network, so more of them end up in shelter than the 0.3 "
                                    "assumed for evicted households in general; no Dutch figure "
                                    "found",
                          .source_nl = "aanname: zorgmijders hebben hun netwerk vaak uitgeput, "
                                       "dus komen meer van hen in de opvang terecht dan de 0,3 "
                                       "die voor uitgezette huishoudens in het algemeen is "
                                       "aangenomen; geen Nederlands cijfer gevonden",
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
    /* GGZ contacts a stabilised client takes up, paid by the insurer. */
    [P_TREATMENT_CONTACTS] = {.key = "treatment_contacts",
                              .label_nl = "Extra GGZ-contacten per gestabiliseerd cliëntjaar",
                              .label_en = "Extra mental-health contacts per stabilised "
                                          "client-year",
                              .unit = "contacten per persoon per jaar",
                              .value = 12,
                              .min = 0,
                              .max = 500,
                              .dist = MKBA_TRIANGULAR_DIST(4, 7, 25),
                              .source = "assumption: about one contact a month once in care; "
                                        "the mode is set so that the mean is that estimate",
                              .source_nl = "aanname: ongeveer één contact per maand zodra de "
                                           "cliënt in zorg is; de modus is zo gekozen dat het "
                                           "gemiddelde die schatting is",
                              .confidence = MKBA_ASSUMPTION,
                              .flags = MKBA_PARAM_LOWERS_NPV},
    /* Kostenhandleiding price of a specialised GGZ contact. */
    [P_CONTACT_COST] = {.key = "contact_cost",
                        .label_nl = "Kosten contact gespecialiseerde GGZ",
                        .label_en = "Cost of a specialised mental-health contact",
                        .unit = "EUR per contact",
                        .value = 134,
                        .min = 0,
                        .max = 5000,
                        .price_year = 2022,
                        .unit_cost = "ggz_specialised_contact",
                        .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                        .source_nl = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                        .confidence = MKBA_VERIFIED,
                        .flags = MKBA_PARAM_LOWERS_NPV},
    /* Quality of life of a stabilised client over the year. */
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst kwaliteit van leven per gestabiliseerd cliëntjaar",
                        .label_en = "Quality-of-life gain per stabilised client-year",
                        .unit = "QALY per persoon per jaar",
                        .value = (0 + 0.05 + 0.15) / 3, /* 0.067, the triangle's mean */
                        .min = -1,
                        .max = 1,
                        .dist = MKBA_TRIANGULAR_DIST(0, 0.05, 0.15),
                        .source = "assumption: no Dutch utility values found; the mean of the "
                                  "assumed triangle",
                        .source_nl = "aanname: geen Nederlandse utiliteitswaarden gevonden; het "
                                     "gemiddelde van de aangenomen driehoeksverdeling",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* Money value of a QALY in Dutch practice: at least EUR 50,000. */
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
    [P_QALY_VALUE].flags = MKBA_PARAM_RAISES_NPV,
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model;
  int H = host->horizon(ctx);
  double *buf = host->scratch(ctx, (size_t)4 * H * sizeof *buf);
  int c_outreach = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int c_ggz = host->category(ctx, "ggz", "GGZ", "Mental health care");
  int c_police =
      host->category(ctx, "politie_justitie", "Politie en justitie", "Police and justice");
  int c_victims = host->category(ctx, "slachtoffers_omwonenden", "Slachtoffers en omwonenden",
                                 "Victims and neighbours");
  int c_qol = host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int o_stable = host->outcome_id(ctx, "gestabiliseerd", "Gestabiliseerde cliëntjaren",
                                  "Stabilised client-years", "persoonsjaren");
  int o_evictions = host->outcome_id(ctx, "huisuitzettingen_vermeden", "Vermeden huisuitzettingen",
                                     "Evictions avoided", "huisuitzettingen");
  if (!buf) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  if (c_outreach < 0 || c_ggz < 0 || c_police < 0 || c_victims < 0 || c_qol < 0 || o_stable < 0 ||
      o_evictions < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  double *stable = buf, *dv = buf + H, *shelter = buf + 2 * H, *home = buf + 3 * H;

  /*
   * Stabilised clients in year t, over the cohorts reached so far:
   *   S(t) = sum over y <= t of clients x effect x (1 - deadweight) x attribution x w(t - y),
   * with w(0) = ramp_up in the outreach year and w(k) = (1 - drop_off)^k
   * after it.  A stabilised client-year has none of the escalations; its
   * chance of eviction is avoided too.
   */
  double clients = p[P_CLIENTS];
  double net = p[P_EFFECT] * (1 - p[P_DEADWEIGHT]) * p[P_ATTRIBUTION];
  for (int t = 0; t < H; t++) {
    stable[t] = 0;
    for (int y = 0; y <= t; y++)
      stable[t] += clients * net * (y == t ? p[P_RAMP_UP] : pow(1 - p[P_DROP_OFF], t - y));
    dv[t] = stable[t] * p[P_EVICTION_RISK];
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
      .book_qol = 0, /* the stabilisation gain below holds the client's well-being */
  };
  if (mkba_eviction_book(host, ctx, &e, dv, shelter, home, H, err, errlen))
    return MKBA_ERROR; /* the message is written, by it or by the host */

  /* Per stabilised client-year: incidents avoided, split into police time
     for nuisance and offences, whose cost falls partly on victims. */
  double inc = p[P_INCIDENTS], off = p[P_OFFENCE_SHARE], vs = p[P_VICTIM_SHARE];
  double police = inc * ((1 - off) * p[P_CALLOUT_COST] + off * (1 - vs) * p[P_OFFENCE_COST]);
  double victims = inc * off * vs * p[P_OFFENCE_COST];
  for (int t = 0; t < H; t++) {
    double s = stable[t];
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, c_outreach, MKBA_COST, t,
                   clients * p[P_OUTREACH_HOURS] * p[P_HOUR_COST]) ||
        /* Two GGZ resources: crisis admissions saved, treatment taken up
           (bringing people into care costs care). */
        mkba_post_resource(host, ctx, MKBA_ZORGVERZEKERAAR, c_ggz, t,
                           -s * p[P_CRISIS_DAYS] * p[P_CRISIS_DAY_COST]) ||
        mkba_post_resource(host, ctx, MKBA_ZORGVERZEKERAAR, c_ggz, t,
                           s * p[P_TREATMENT_CONTACTS] * p[P_CONTACT_COST]) ||
        mkba_post_resource(host, ctx, MKBA_RIJK, c_police, t, -s * police) ||
        mkba_post_resource(host, ctx, MKBA_SAMENLEVING, c_victims, t, -s * victims) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, c_qol, MKBA_BENEFIT, t,
                   s * p[P_UTILITY_GAIN] * p[P_QALY_VALUE]) ||
        host->outcome(ctx, o_stable, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, o_stable, MKBA_INTERVENTION, t, s) ||
        host->outcome(ctx, o_evictions, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, o_evictions, MKBA_INTERVENTION, t, dv[t]))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Minder overlast voor buren (buiten delicten)",
                "Less nuisance for neighbours (beyond offences)", MKBA_PM_POSITIVE,
                MKBA_SAMENLEVING);
  host->pm_item(ctx, "Minder gedwongen zorg (Wvggz)", "Less compulsory care (Wvggz)",
                MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Tijd van ketenpartners (politie, wijkteam, huisarts)",
                "Time of chain partners (police, neighbourhood team, GP)", MKBA_PM_NEGATIVE,
                MKBA_NO_ACTOR);
  host->pm_item(ctx, "Inbreuk op autonomie van de cliënt", "Intrusion on the client's autonomy",
                MKBA_PM_NEGATIVE, MKBA_DEELNEMER);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "bemoeizorg", .version = "2.0.0", .title_nl = "Bemoeizorg",
            .title_en = "Outreach care for people who do not ask for help",
            .summary_nl = "Een outreachend team bereikt zorgmijders en voorkomt een deel van "
                          "crisisopnames, politie-incidenten en huisuitzettingen, tegen de "
                          "kosten van het team en van de zorg die cliënten daarna gebruiken.",
            .summary_en = "An outreach team reaches people who avoid care and prevents part of "
                          "crisis admissions, police incidents and evictions, at the cost of the "
                          "team and of the care clients take up afterwards.",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
