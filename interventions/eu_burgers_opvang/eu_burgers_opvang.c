/*
 * eu_burgers_opvang.c - short-stay shelter for vulnerable homeless EU
 * citizens, aimed at work or return to the country of origin
 * (kortdurende opvang voor kwetsbare dakloze EU-burgers).
 *
 * A yearly model, the same intake every year of the horizon: `clients`
 * people a year get a sober short stay in a shelter with guidance.  Shares
 * of them return to their country of origin (share_return) or find work in
 * the Netherlands (share_work).  Deadweight and attribution turn these
 * gross shares into net exits:
 *
 *     exits = clients * share * (1 - deadweight) * attribution
 *
 * Each net exit avoids `months_avoided` months on the Dutch street, which
 * start after the stay (intakes spread over the year, so on average at
 * mid-year plus the stay) and decay with drop_off a year, as some fall back
 * to the street.  A street person-year avoided saves emergency care, police
 * callouts and public-order offences; a work-year adds production (after
 * displacement on the labour market) and costs part of a dwelling, and the
 * worker pays taxes and premiums to the Rijk.  The stay itself is counted as
 * cost only: in the baseline many of these people use winter or night
 * shelter, so the street costs avoided during the stay are left out
 * (conservative).  With both shares at zero only the stays and the guidance
 * remain.  See README.md for every equation and source.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_CLIENTS,           /* stays a year (national programme size) */
  P_STAY_DAYS,         /* length of a stay */
  P_PLACE_COST,        /* shelter place per year */
  P_SUPPORT_HOURS,     /* guidance hours per person */
  P_HOUR_COST,         /* price of a guidance hour */
  P_TRAVEL_COST,       /* return journey per person who returns */
  P_SHARE_RETURN,      /* effect: gross share returning home */
  P_SHARE_WORK,        /* effect: gross share finding work here */
  P_DEADWEIGHT,        /* share of exits that would have happened anyway */
  P_ATTRIBUTION,       /* share of the rest due to this programme */
  P_MONTHS_AVOIDED,    /* street months avoided per net exit */
  P_DROP_OFF,          /* yearly share of exits falling back to the street */
  P_SEH_VISITS,        /* emergency visits per street person-year */
  P_SEH_COST,          /* price of an emergency visit */
  P_HOSPITAL_DAYS,     /* hospital days per street person-year */
  P_HOSPITAL_DAY_COST, /* price of a hospital day */
  P_CALLOUTS,          /* police callouts for nuisance per street person-year */
  P_CALLOUT_COST,      /* price of a callout */
  P_OFFENCES,          /* public-order offences per street person-year */
  P_OFFENCE_COST,      /* price of an offence */
  P_VICTIM_SHARE,      /* share of an offence's cost borne by victims */
  P_DWELLING_COST,     /* a dwelling per year */
  P_DWELLING_SHARE,    /* share of a dwelling a worker occupies */
  P_WORK_HOURS,        /* hours worked per work-year */
  P_PRODUCTIVITY,      /* value of an hour of work */
  P_DISPLACEMENT,      /* share of that work taken from others */
  P_TAX_SHARE,         /* share of the production paid as taxes and premiums */
  P_N
};

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size: a national number the region scales by its own
       count of homeless EU citizens (or, where a region has none, by its
       registered homeless people: the host says so in the results). */
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "EU-burgers met kortdurende opvang per jaar",
                   .label_en = "EU citizens given a short stay a year",
                   .unit = "personen per jaar",
                   .value = 1250,
                   .min = 0,
                   .max = 100000,
                   .flags = MKBA_PARAM_POPULATION | MKBA_PARAM_INTEGER,
                   .target_group = MKBA_TARGET_EU_CITIZENS,
                   .source =
                       "assumption: what the six pilots' EUR 7 mln a year (letter of 4 June 2024, "
                       "Voortgangsrapportage Nationaal Actieplan Dakloosheid en Beschermd "
                       "Wonen: EUR 7 mln in 2023 and again to the end of 2024) buys at about "
                       "EUR 5,560 a stay in 2023 prices (60 days of a shelter place and 15 "
                       "guidance hours at this plugin's defaults): about 1,250 stays a year, "
                       "half the 2,448 homeless people born in another European country "
                       "(CBS, 1 January 2023)",
                   .source_nl = "aanname: het aantal verblijven dat de € 7 mln per jaar voor de "
                                "zes pilots (brief van 4 juni 2024, Voortgangsrapportage Nationaal "
                                "Actieplan Dakloosheid en Beschermd Wonen: € 7 mln in 2023 en "
                                "opnieuw tot eind 2024) bekostigt tegen ongeveer € 5.560 per "
                                "verblijf in prijzen van 2023 (60 dagen van een opvangplaats en 15 "
                                "uur begeleiding bij de standaardwaarden van deze plugin): "
                                "ongeveer 1.250 verblijven per jaar, de helft van de 2.448 "
                                "daklozen geboren in een ander Europees land (CBS, 1 januari 2023)",
                   .confidence = MKBA_ASSUMPTION},
    /* Length of the short stay. */
    [P_STAY_DAYS] = {.key = "stay_days",
                     .label_nl = "Duur van het verblijf",
                     .label_en = "Length of stay",
                     .unit = "dagen",
                     .value = 60,
                     .min = 0,
                     .max = 366,
                     .dist = MKBA_TRIANGULAR_DIST(30, 60, 90),
                     .source = "assumption: 'kortdurend' (short-term); the letters give no length",
                     .source_nl = "aanname: 'kortdurend'; de brieven noemen geen duur",
                     .confidence = MKBA_ASSUMPTION,
                     .flags = MKBA_PARAM_LOWERS_NPV},
    /* A sober shelter place: the pilots run in the gemeenten's shelters, so
       the bank's day-and-night shelter place, not a COA reception place
       (see README); its range sets the distribution. */
    [P_PLACE_COST] = MKBA_PARAM_SHELTER_PLACE_YEAR("place_cost"),
    [P_PLACE_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* Guidance towards work or return, per person per stay. */
    [P_SUPPORT_HOURS] = {.key = "support_hours",
                         .label_nl = "Uren trajectbegeleiding per persoon",
                         .label_en = "Guidance hours per person",
                         .unit = "uur per persoon",
                         .value = 15,
                         .min = 0,
                         .max = 500,
                         .dist = MKBA_TRIANGULAR_DIST(8, 15, 22),
                         .source = "assumption: two hours a week during the stay, including "
                                   "arranging travel home; the range is centred on that estimate",
                         .source_nl = "aanname: twee uur per week tijdens het verblijf, inclusief "
                                      "het regelen van de terugreis; het bereik ligt rond die "
                                      "schatting",
                         .confidence = MKBA_ASSUMPTION,
                         .flags = MKBA_PARAM_LOWERS_NPV},
    /* The nearest sourced price of a social-domain professional's hour. */
    [P_HOUR_COST] = MKBA_PARAM_HOME_GUIDANCE_HOUR("hour_cost"),
    [P_HOUR_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* The journey home, paid by the programme for everyone it sends home,
       also those who would have gone anyway. */
    [P_TRAVEL_COST] = {.key = "travel_cost",
                       .label_nl = "Kosten terugreis per terugkeerder",
                       .label_en = "Return journey per person returning",
                       .unit = "EUR per persoon",
                       .value = 150,
                       .min = 0,
                       .max = 5000,
                       .price_year = 2024,
                       .dist = MKBA_UNIFORM_DIST(50, 250),
                       .source = "assumption: a coach or budget-flight ticket to central or "
                                 "eastern Europe; no programme figure found; the range is "
                                 "centred on that estimate",
                       .source_nl = "aanname: een buskaartje of goedkoop vliegticket naar Midden- "
                                    "of Oost-Europa; geen cijfer van het programma gevonden; het "
                                    "bereik ligt rond die schatting",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_LOWERS_NPV},
    /* The first effect: the gross share who return to their country. */
    [P_SHARE_RETURN] = {.key = "share_return",
                        .label_nl = "Aandeel terug naar land van herkomst (bruto)",
                        .label_en = "Share returning to the country of origin (gross)",
                        .unit = "fractie",
                        .value = 0.2,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_BETA_DIST(2, 8),
                        .source = "assumption: the letter of 4 June 2024 reports that for part "
                                  "of the people a return to work or to the country of origin "
                                  "succeeded (interim evaluation, Significant, December 2023), "
                                  "without a number; a fifth, beta(2, 8)",
                        .source_nl = "aanname: de brief van 4 juni 2024 meldt dat voor een deel "
                                     "van de mensen terugkeer naar werk of naar het land van "
                                     "herkomst is gelukt (tussenevaluatie, Significant, "
                                     "december 2023), zonder aantal; een vijfde, beta(2, 8)",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* The second effect: the gross share who find work here. */
    [P_SHARE_WORK] = {.key = "share_work",
                      .label_nl = "Aandeel aan het werk in Nederland (bruto)",
                      .label_en = "Share finding work in the Netherlands (gross)",
                      .unit = "fractie",
                      .value = 0.15,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_BETA_DIST(1.5, 8.5),
                      .source = "assumption: as for share_return, no number is reported; "
                                "somewhat fewer than return, beta(1.5, 8.5)",
                      .source_nl = "aanname: net als bij share_return wordt geen aantal gemeld; "
                                   "iets minder dan bij terugkeer, beta(1,5; 8,5)",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_RAISES_NPV},
    /* Deadweight: labour migrants are mobile; some find work or go home
       within weeks without any programme. */
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deadweight: deel van de uitstroom dat toch was gebeurd",
                      .label_en = "Deadweight: share of the exits that would have happened "
                                  "anyway",
                      .unit = "fractie",
                      .value = (0.1 + 4 * 0.3 + 0.5) / 6, /* 0.3, the PERT's mean */
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_PERT_DIST(0.1, 0.3, 0.5),
                      .source = "assumption: no comparison group; EU labour migrants move "
                                "between jobs and countries, so a large part would have left "
                                "the street anyway; three tenths, with a range centred on it",
                      .source_nl = "aanname: geen vergelijkingsgroep; EU-arbeidsmigranten wisselen "
                                   "van baan en van land, dus een groot deel was ook zonder de "
                                   "aanpak van straat gegaan; drie tiende, met een bereik rond die "
                                   "waarde",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Attribution: employers, agencies, consulates and the person's own
       network also make the exit happen. */
    [P_ATTRIBUTION] = {.key = "attribution",
                       .label_nl = "Attributie: deel van het effect toe te rekenen aan de "
                                   "aanpak",
                       .label_en = "Attribution: share of the effect due to the approach",
                       .unit = "fractie",
                       .value = (0.6 + 4 * 0.8 + 1.0) / 6, /* 0.8, the PERT's mean */
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_PERT_DIST(0.6, 0.8, 1.0),
                       .source = "assumption: employers, employment agencies, consulates and "
                                 "family also contribute, at no cost in this model; four "
                                 "fifths, with a range centred on it",
                       .source_nl = "aanname: werkgevers, uitzendbureaus, consulaten en familie "
                                    "dragen ook bij, zonder kosten in dit model; vier vijfde, met "
                                    "een bereik rond die waarde",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* Street months avoided per exit: how long the person would otherwise
       have stayed on the Dutch street after the stay. */
    [P_MONTHS_AVOIDED] = {.key = "months_avoided",
                          .label_nl = "Vermeden maanden op straat per uitstromer",
                          .label_en = "Street months avoided per exit",
                          .unit = "maanden per persoon",
                          .value = 12,
                          .min = 0,
                          .max = 120,
                          .dist = MKBA_TRIANGULAR_DIST(3, 12, 21),
                          .source = "assumption: no Dutch figure on how long homeless EU "
                                    "citizens stay on the street; one year, with a wide range "
                                    "centred on it",
                          .source_nl = "aanname: geen Nederlands cijfer over hoe lang dakloze "
                                       "EU-burgers op straat blijven; één jaar, met een breed "
                                       "bereik rond die waarde",
                          .confidence = MKBA_ASSUMPTION,
                          .flags = MKBA_PARAM_RAISES_NPV},
    /* Drop-off: jobs are often temporary and tied to the housing, and some
       who go home come back. */
    [P_DROP_OFF] = {.key = "drop_off",
                    .label_nl = "Drop-off: deel per jaar dat terugvalt op straat",
                    .label_en = "Drop-off: yearly share falling back to the street",
                    .unit = "fractie per jaar",
                    .value = (0 + 0.2 + 0.4) / 3, /* 0.2, the triangle's mean */
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_TRIANGULAR_DIST(0, 0.2, 0.4),
                    .source = "assumption: no follow-up figures; a fifth a year, with a range "
                              "centred on it",
                    .source_nl = "aanname: geen follow-upcijfers; een vijfde per jaar, met een "
                                 "bereik rond die waarde",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    /* Emergency-department visits per person-year on the street. */
    [P_SEH_VISITS] = {.key = "seh_visits",
                      .label_nl = "SEH-bezoeken per jaar op straat",
                      .label_en = "Emergency visits per year on the street",
                      .unit = "bezoeken per persoon per jaar",
                      .value = (0.5 + 2 + 5) / 3, /* 2.5, the triangle's mean */
                      .min = 0,
                      .max = 50,
                      .dist = MKBA_TRIANGULAR_DIST(0.5, 2, 5),
                      .source = "assumption: no Dutch figure for homeless EU citizens found; "
                                "the base case is the mean of the assumed triangle",
                      .source_nl = "aanname: geen Nederlands cijfer voor dakloze EU-burgers "
                                   "gevonden; de basiswaarde is het gemiddelde van de aangenomen "
                                   "driehoeksverdeling",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_RAISES_NPV},
    /* Kostenhandleiding price of an emergency-department visit. */
    [P_SEH_COST] = {.key = "seh_cost",
                    .label_nl = "Kosten SEH-bezoek",
                    .label_en = "Cost of an emergency visit",
                    .unit = "EUR per bezoek",
                    .value = 258,
                    .min = 0,
                    .max = 5000,
                    .price_year = 2022,
                    .unit_cost = "emergency_visit",
                    .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                    .source_nl = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                    .confidence = MKBA_VERIFIED,
                    .flags = MKBA_PARAM_RAISES_NPV},
    /* Hospital days per person-year on the street. */
    [P_HOSPITAL_DAYS] = {.key = "hospital_days",
                         .label_nl = "Ziekenhuisdagen per jaar op straat",
                         .label_en = "Hospital days per year on the street",
                         .unit = "dagen per persoon per jaar",
                         .value = (0 + 2 + 6) / 3.0, /* 2.67, the triangle's mean */
                         .min = 0,
                         .max = 365,
                         .dist = MKBA_TRIANGULAR_DIST(0, 2, 6),
                         .source = "assumption: no Dutch figure found; the base case is the "
                                   "mean of the assumed triangle",
                         .source_nl = "aanname: geen Nederlands cijfer gevonden; de basiswaarde is "
                                      "het gemiddelde van de aangenomen driehoeksverdeling",
                         .confidence = MKBA_ASSUMPTION,
                         .flags = MKBA_PARAM_RAISES_NPV},
    /* Kostenhandleiding price of a hospital nursing day. */
    [P_HOSPITAL_DAY_COST] = {.key = "hospital_day_cost",
                             .label_nl = "Kosten ziekenhuisdag",
                             .label_en = "Cost of a hospital day",
                             .unit = "EUR per dag",
                             .value = 644,
                             .min = 0,
                             .max = 10000,
                             .price_year = 2022,
                             .unit_cost = "hospital_day",
                             .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                             .source_nl =
                                 "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                             .confidence = MKBA_VERIFIED,
                             .flags = MKBA_PARAM_RAISES_NPV},
    /* Nuisance that brings the police but is not a registered offence. */
    [P_CALLOUTS] = {.key = "callouts",
                    .label_nl = "Politiemeldingen overlast per jaar op straat",
                    .label_en = "Police callouts for nuisance per year on the street",
                    .unit = "meldingen per persoon per jaar",
                    .value = (0 + 0.5 + 2.5) / 3, /* 1.0, the triangle's mean */
                    .min = 0,
                    .max = 100,
                    .dist = MKBA_TRIANGULAR_DIST(0, 0.5, 2.5),
                    .source = "assumption: no Dutch figure found; about one a year, the base "
                              "case is the mean of the assumed triangle",
                    .source_nl = "aanname: geen Nederlands cijfer gevonden; ongeveer één per jaar, "
                                 "de basiswaarde is het gemiddelde van de aangenomen "
                                 "driehoeksverdeling",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_RAISES_NPV},
    /* Police time per callout (value bank; its range sets the distribution). */
    [P_CALLOUT_COST] = {.key = "callout_cost",
                        .label_nl = "Kosten politiemelding",
                        .label_en = "Cost of a police callout",
                        .unit = "EUR per melding",
                        .value = 140,
                        .min = 0,
                        .max = 5000,
                        .price_year = 2013,
                        .unit_cost = "police_callout",
                        .source = "assumption: two officer-hours at about EUR 70 an hour",
                        .source_nl = "aanname: twee uur politie-inzet tegen ongeveer € 70 per uur",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* Registered public-order offences per person-year on the street. */
    [P_OFFENCES] = {.key = "offences",
                    .label_nl = "Delicten openbare orde per jaar op straat",
                    .label_en = "Public-order offences per year on the street",
                    .unit = "delicten per persoon per jaar",
                    .value = (0 + 0.5 + 1.5) / 3, /* 0.67, the triangle's mean */
                    .min = 0,
                    .max = 50,
                    .dist = MKBA_TRIANGULAR_DIST(0, 0.5, 1.5),
                    .source = "assumption: no Dutch figure found; the base case is the mean of "
                              "the assumed triangle",
                    .source_nl = "aanname: geen Nederlands cijfer gevonden; de basiswaarde is het "
                                 "gemiddelde van de aangenomen driehoeksverdeling",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_RAISES_NPV},
    /* Kostenhandleiding cost of a public-order offence to society. */
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
                        .label_nl = "Aandeel kosten delict bij slachtoffers en omwonenden",
                        .label_en = "Share of an offence's cost borne by victims and neighbours",
                        .unit = "aandeel",
                        .value = 0.5,
                        .min = 0,
                        .max = 1,
                        .unit_cost = "crime_victim_share",
                        .source = "assumption: the Kostenhandleiding's prices per offence are "
                                  "not split by who bears them",
                        .source_nl = "aanname: de prijzen per delict in de Kostenhandleiding zijn "
                                     "niet uitgesplitst naar wie de kosten draagt",
                        .confidence = MKBA_ASSUMPTION},
    /* A worker needs a home: a dwelling-year is a resource (its rent). */
    [P_DWELLING_COST] = MKBA_PARAM_DWELLING_YEAR("dwelling_cost"),
    [P_DWELLING_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* Labour migrants who find work mostly share a dwelling. */
    [P_DWELLING_SHARE] = {.key = "dwelling_share",
                          .label_nl = "Deel van een woning per werkende",
                          .label_en = "Share of a dwelling per worker",
                          .unit = "fractie",
                          .value = (0.25 + 0.5 + 0.75) / 3, /* 0.5, the triangle's mean */
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_TRIANGULAR_DIST(0.25, 0.5, 0.75),
                          .source = "assumption: labour migrants in work mostly live in shared "
                                    "housing (often arranged by the employer or agency); half "
                                    "a dwelling each, with a range centred on it",
                          .source_nl = "aanname: werkende arbeidsmigranten wonen meestal in "
                                       "gedeelde huisvesting (vaak geregeld door de werkgever of "
                                       "het uitzendbureau); een halve woning per persoon, met een "
                                       "bereik rond die waarde",
                          .confidence = MKBA_ASSUMPTION,
                          .flags = MKBA_PARAM_LOWERS_NPV},
    /* Hours worked in a year of work. */
    [P_WORK_HOURS] = {.key = "work_hours",
                      .label_nl = "Gewerkte uren per werkjaar",
                      .label_en = "Hours worked per work-year",
                      .unit = "uur per persoon per jaar",
                      .value = 1500,
                      .min = 0,
                      .max = 3000,
                      .dist = MKBA_TRIANGULAR_DIST(1000, 1500, 2000),
                      .source = "assumption: full-time weeks in temporary and seasonal jobs, "
                                "with gaps between them; the range is centred on that estimate",
                      .source_nl = "aanname: voltijdweken in tijdelijk werk en seizoenswerk, met "
                                   "onderbrekingen daartussen; het bereik ligt rond die schatting",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_RAISES_NPV},
    /* The value of an hour of paid work (gross wage plus employer costs). */
    [P_PRODUCTIVITY] = {.key = "productivity",
                        .label_nl = "Waarde van een uur werk",
                        .label_en = "Value of an hour of work",
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
    /* Displacement (verdringing): jobs of labour migrants are readily
       filled by others, so most of the work is not extra production. */
    [P_DISPLACEMENT] = {.key = "displacement",
                        .label_nl = "Verdringing: deel van het werk ten koste van anderen",
                        .label_en = "Displacement: share of the work taken from others",
                        .unit = "fractie",
                        .value = (0.5 + 4 * 0.75 + 1.0) / 6, /* 0.75, the PERT's mean */
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_PERT_DIST(0.5, 0.75, 1.0),
                        .source = "assumption: the jobs open to these workers (agriculture, "
                                  "logistics, distribution) are filled by a steady supply of "
                                  "other migrant workers; three quarters, with a range centred "
                                  "on it",
                        .source_nl = "aanname: de banen die voor deze werkenden openstaan "
                                     "(landbouw, logistiek, distributie) worden vervuld door een "
                                     "constant aanbod van andere arbeidsmigranten; drie kwart, met "
                                     "een bereik rond die waarde",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_LOWERS_NPV},
    /* Taxes and premiums on the extra production: a transfer to the Rijk. */
    [P_TAX_SHARE] = {.key = "tax_share",
                     .label_nl = "Deel van de productie naar belastingen en premies",
                     .label_en = "Share of production paid in taxes and premiums",
                     .unit = "fractie",
                     .value = (0.15 + 0.25 + 0.35) / 3, /* 0.25, the triangle's mean */
                     .min = 0,
                     .max = 1,
                     .dist = MKBA_TRIANGULAR_DIST(0.15, 0.25, 0.35),
                     .source = "assumption: employer and employee premiums and wage tax on a "
                               "wage near the minimum, after tax credits; a quarter of the wage "
                               "cost, with a range centred on it",
                     .source_nl = "aanname: werkgevers- en werknemerspremies en loonbelasting op "
                                  "een loon rond het minimum, na heffingskortingen; een kwart van "
                                  "de loonkosten, met een bereik rond die waarde",
                     .confidence = MKBA_ASSUMPTION},
};

/*
 * Share of year `j` after the intake year (j = 0: the intake year) that an
 * exit's avoided street time covers: the time runs from mid-year plus the
 * stay, a, for months_avoided / 12 years, to b.
 */
static double overlap(const double *p, int j) {
  double a = 0.5 + p[P_STAY_DAYS] / 365.0;
  double b = a + p[P_MONTHS_AVOIDED] / 12.0;
  double lo = fmax(a, j), hi = fmin(b, j + 1.0);
  return hi > lo ? hi - lo : 0.0;
}

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  int cat_stay = host->category(ctx, "opvang", "Opvang", "Shelter");
  int cat_guide = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_travel = host->category(ctx, "terugreis", "Terugreis", "Return journey");
  int cat_care = host->category(ctx, "zorg", "Zorg", "Health care");
  int cat_police =
      host->category(ctx, "politie_justitie", "Politie en justitie", "Police and justice");
  int cat_victims = host->category(ctx, "slachtoffers_omwonenden", "Slachtoffers en omwonenden",
                                   "Victims and neighbours");
  int cat_home = host->category(ctx, "wonen", "Wonen", "Housing");
  int cat_work = host->category(ctx, "productie", "Productie", "Production");
  int cat_tax = host->category(ctx, "belastingen", "Belastingen en premies", "Taxes and premiums");
  int out_exits = host->outcome_id(ctx, "uitstroom", "Uitstroom naar werk of herkomstland (netto)",
                                   "Moved to work or back home (net)", "personen");
  int out_months = host->outcome_id(ctx, "maanden_straat", "Maanden op straat (uitstromers)",
                                    "Street months (of those who leave)", "maanden");
  if (cat_stay < 0 || cat_guide < 0 || cat_travel < 0 || cat_care < 0 || cat_police < 0 ||
      cat_victims < 0 || cat_home < 0 || cat_work < 0 || cat_tax < 0 || out_exits < 0 ||
      out_months < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  const double clients = p[P_CLIENTS];
  const double stay = clients * p[P_STAY_DAYS] / 365.0 * p[P_PLACE_COST];
  const double guide = clients * p[P_SUPPORT_HOURS] * p[P_HOUR_COST];
  /* The programme pays every journey home it arranges, deadweight too. */
  const double travel = clients * p[P_SHARE_RETURN] * p[P_TRAVEL_COST];
  const double net = (1 - p[P_DEADWEIGHT]) * p[P_ATTRIBUTION];
  const double exits_return = clients * p[P_SHARE_RETURN] * net;
  const double exits_work = clients * p[P_SHARE_WORK] * net;
  /* What one person-year on the street costs, per bearer. */
  const double care_year =
      p[P_SEH_VISITS] * p[P_SEH_COST] + p[P_HOSPITAL_DAYS] * p[P_HOSPITAL_DAY_COST];
  const double offence_year = p[P_OFFENCES] * p[P_OFFENCE_COST];
  const double police_year =
      p[P_CALLOUTS] * p[P_CALLOUT_COST] + (1 - p[P_VICTIM_SHARE]) * offence_year;
  const double victim_year = p[P_VICTIM_SHARE] * offence_year;
  /* A work-year's net production, after displacement. */
  const double work_year = p[P_WORK_HOURS] * p[P_PRODUCTIVITY] * (1 - p[P_DISPLACEMENT]);
  const int horizon = host->horizon(ctx);

  for (int t = 0; t < horizon; t++) {
    /* Person-years avoided on the street in year t, summed over the intakes
       of years k <= t, each decaying with drop-off. */
    double kept = 0.0;
    for (int k = 0; k <= t; k++)
      kept += overlap(p, t - k) * pow(1 - p[P_DROP_OFF], t - k);
    const double street = (exits_return + exits_work) * kept;
    const double working = exits_work * kept;
    const double production = working * work_year;
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_stay, MKBA_COST, t, stay) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_guide, MKBA_COST, t, guide) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_travel, MKBA_COST, t, travel) ||
        /* Mostly uninsured: care for uninsured people is paid from a
           central-government scheme or written off (README). */
        mkba_post_resource(host, ctx, MKBA_RIJK, cat_care, t, -street * care_year) ||
        mkba_post_resource(host, ctx, MKBA_RIJK, cat_police, t, -street * police_year) ||
        mkba_post_resource(host, ctx, MKBA_SAMENLEVING, cat_victims, t, -street * victim_year) ||
        /* Those in work occupy part of a dwelling and pay its rent. */
        mkba_post_resource(host, ctx, MKBA_DEELNEMER, cat_home, t,
                           working * p[P_DWELLING_SHARE] * p[P_DWELLING_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_work, MKBA_BENEFIT, t, production) ||
        mkba_post_transfer(host, ctx, MKBA_DEELNEMER, MKBA_RIJK, cat_tax, t,
                           p[P_TAX_SHARE] * production) ||
        host->outcome(ctx, out_exits, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, out_exits, MKBA_INTERVENTION, t, exits_return + exits_work) ||
        host->outcome(ctx, out_months, MKBA_BASELINE, t, 12.0 * street) ||
        host->outcome(ctx, out_months, MKBA_INTERVENTION, t, 0.0))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Minder menselijk leed, ook na terugkeer",
                "Less human suffering, also after return", MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Minder overlast op straat die niet bij de politie komt",
                "Less nuisance on the street that does not reach the police", MKBA_PM_POSITIVE,
                MKBA_SAMENLEVING);
  host->pm_item(ctx, "Minder gebruik van winter- en nachtopvang",
                "Less use of winter and night shelter", MKBA_PM_POSITIVE, MKBA_GEMEENTE);
  host->pm_item(ctx, "Aanzuigende werking van opvang", "Shelter drawing more people in",
                MKBA_PM_NEGATIVE, MKBA_GEMEENTE);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "eu_burgers_opvang", .version = "2.0.0",
            .title_nl = "Kortdurende opvang kwetsbare dakloze EU-burgers",
            .title_en = "Short-stay shelter for vulnerable homeless EU citizens",
            .summary_nl = "Sobere kortdurende opvang met begeleiding naar werk of terugkeer; wie "
                          "uitstroomt (na deadweight en attributie), kost daarna minder acute "
                          "zorg en politie-inzet, en wie werkt produceert (na verdringing) en "
                          "heeft een woning nodig.",
            .summary_en = "A sober short stay with guidance to work or return; those who leave "
                          "the street (after deadweight and attribution) then need less "
                          "emergency care and police, and those who work produce (after "
                          "displacement) and need a home.",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
