/*
 * skaeve_huse.c - Skaeve Huse and other alternative housing for people who
 * cannot live in an ordinary neighbourhood: small detached homes on a site at
 * the edge of town, let by a landlord, with a social manager (sociaal
 * beheerder) who is there every day and ambulant support.
 *
 * Model, per year t: the homes come into use once the site is ready
 * (ramp-up over `build_years`).  Every home-year costs a home (the value
 * bank's dwelling_year), the site's yearly capital charge and the support,
 * whether or not the placement holds.  In the share `effect` of the
 * home-years a resident lives there stably; that resident's former pattern
 * stops: part of the year in shelter, part in an ordinary rented home that
 * ended in eviction, the rest on the street, with police callouts for
 * nuisance, public-order offences and psychiatric crisis days.  Moving in
 * (shelter, homes, evictions, allowances) counts in full; the changes in
 * behaviour and well-being are corrected for deadweight and attribution,
 * and nuisance also for displacement to the new site.  See README.md.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_UNITS,          /* programme size: homes, national */
  P_BUILD_YEARS,    /* years until the site and homes are ready */
  P_EFFECT,         /* share of home-years with a resident who stays */
  P_DEADWEIGHT,     /* share of the behaviour change that would come anyway */
  P_ATTRIBUTION,    /* share of the behaviour change due to the home */
  P_DISPLACEMENT,   /* share of the nuisance that moves to the new site */
  P_SHELTER_SHARE,  /* baseline: share of the year in shelter */
  P_HOUSED_SHARE,   /* baseline: share of the year in an ordinary rented home */
  P_SHELTER_COST,   /* shelter place per year (bank) */
  P_HOME_COST,      /* use of a social-rent home per year (bank) */
  P_EVICTIONS,      /* baseline evictions per resident-year */
  P_EVICTION_COST,  /* landlord's cost per eviction (bank) */
  P_ARREARS_SHARE,  /* share of it that is written-off arrears (bank) */
  P_CALLOUTS,       /* baseline police callouts for nuisance per resident-year */
  P_CALLOUT_COST,   /* police time per callout (bank) */
  P_OFFENCES,       /* baseline public-order offences per resident-year */
  P_OFFENCE_COST,   /* cost of a public-order offence (bank) */
  P_VICTIM_SHARE,   /* share of an offence's cost borne by victims (bank) */
  P_CRISIS_DAYS,    /* baseline psychiatric inpatient days per resident-year */
  P_NURSING_DAY,    /* psychiatric nursing day (bank) */
  P_UTILITY_GAIN,   /* QALYs per stable resident-year */
  P_QALY_VALUE,     /* euros per QALY (bank) */
  P_SUPPORT_HOURS,  /* social management and support hours per home per week */
  P_HOUR_COST,      /* an hour of support (bank) */
  P_SITE_COST,      /* site preparation per home, one-off */
  P_SITE_LIFE,      /* years a site is used before it must be vacated */
  P_HUURTOESLAG,    /* housing allowance per recipient per year (bank) */
  P_BIJSTAND,       /* social assistance, full norm, per year (bank) */
  P_BIJSTAND_INST,  /* social assistance, institution norm, per year (bank) */
  P_BIJSTAND_SHARE, /* share of residents on social assistance */
  P_N
};

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size, national; a region scales it by its count of
       registered homeless people. */
    [P_UNITS] = {.key = "units",
                 .label_nl = "Aantal Skaeve Huse-woningen (landelijk programma)",
                 .label_en = "Skaeve Huse homes (national programme)",
                 .unit = "woningen",
                 .value = 1000,
                 .min = 1,
                 .max = 100000,
                 .flags = MKBA_PARAM_POPULATION | MKBA_PARAM_INTEGER,
                 .target_group = MKBA_TARGET_HOMELESS_REGISTERED,
                 .source = "assumption: a national programme the size of the need: about a hundred "
                           "homes have been built since 2005, while more than a thousand were "
                           "needed already then, said R. Peetoom of de Nederlandse GGZ (Nieuwsuur, "
                           "via waarmaarraar.nl, 5 November 2025); 1,000 homes are about 4.4% of "
                           "the 22,528 registered homeless people (national, 2021)",
                 .source_nl = "aanname: een landelijk programma ter grootte van de behoefte: "
                              "sinds 2005 zijn er ongeveer honderd woningen gebouwd, terwijl er "
                              "toen al meer dan duizend nodig waren, aldus R. Peetoom van de "
                              "Nederlandse GGZ (Nieuwsuur, via waarmaarraar.nl, 5 november "
                              "2025); 1.000 woningen zijn ongeveer 4,4% van de 22.528 "
                              "geregistreerde daklozen (landelijk, 2021)",
                 .confidence = MKBA_ASSUMPTION},
    /* Ramp-up: finding a site, permits, objections and building take time. */
    [P_BUILD_YEARS] = {.key = "build_years",
                       .label_nl = "Jaren tot locatie en woningen klaar zijn",
                       .label_en = "Years until site and homes are ready",
                       .unit = "jaar",
                       .value = 2,
                       .min = 0,
                       .max = 30,
                       .dist = MKBA_TRIANGULAR_DIST(1, 2, 3),
                       .source = "assumption: the letter of 4 June 2024 (Kamerstuk 29 325) says "
                                 "finding and preparing a site costs much time and money; Alkmaar "
                                 "expected its homes to take several more years (Streekstad "
                                 "Centraal, Skaeve Huuse in Alkmaar); two years, one to three",
                       .source_nl = "aanname: volgens de Kamerbrief van 4 juni 2024 (Kamerstuk "
                                    "29 325) kost het vinden en bouwrijp maken van een locatie "
                                    "veel tijd en geld; Alkmaar verwachtte dat de woningen nog "
                                    "enkele jaren op zich zouden laten wachten (Streekstad "
                                    "Centraal, Skaeve Huuse in Alkmaar); twee jaar, één tot drie",
                       .confidence = MKBA_ASSUMPTION},
    /* Effect: vacancy and placements that fail both lower it. */
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Effect: aandeel woningjaren met een bewoner die blijft",
                  .label_en = "Effect: share of home-years with a resident who stays",
                  .unit = "fractie",
                  .value = 0.7,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(7, 3),
                  .source = "assumption: in Rotterdam residents stay longer than planned (rd.nl "
                            "2018; rijnmond.nl), but in Eindhoven some of the twelve homes still "
                            "stood empty more than two years after the first resident moved in "
                            "(Eindhovens Dagblad, Someren voelt voor Skaeve Huse-plan, ed.nl, "
                            "October 2019), and placements fail",
                  .source_nl = "aanname: in Rotterdam blijven bewoners langer dan gepland (rd.nl "
                               "2018; rijnmond.nl), maar in Eindhoven stond een deel van de "
                               "twaalf woningen meer dan twee jaar nadat de eerste bewoner er "
                               "kwam wonen nog leeg (Eindhovens Dagblad, Someren voelt voor "
                               "Skaeve Huse-plan, ed.nl, oktober 2019), en plaatsingen mislukken",
                  .confidence = MKBA_ASSUMPTION,
                  .flags = MKBA_PARAM_RAISES_NPV},
    /* Residents are chosen at the peak of their trouble, so part of the
       improvement would come anyway (regression to the mean). */
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deadweight: deel van de gedragsverandering dat ook zonder "
                                  "Skaeve Huse was gekomen",
                      .label_en = "Deadweight: share of the change in behaviour that would have "
                                  "come without Skaeve Huse",
                      .unit = "fractie",
                      .value = 0.2,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_BETA_DIST(2, 8),
                      .source = "assumption: residents are placed when their nuisance is at its "
                                "worst, so some of it would have eased anyway; no Dutch "
                                "comparison group found",
                      .source_nl = "aanname: bewoners worden geplaatst als hun overlast op zijn "
                                   "ergst is, dus een deel daarvan was hoe dan ook afgenomen; "
                                   "geen Nederlandse vergelijkingsgroep gevonden",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Addiction and mental health treatment outside the programme help too. */
    [P_ATTRIBUTION] = {.key = "attribution",
                       .label_nl = "Attributie: deel van de gedragsverandering door de woning "
                                   "en het beheer",
                       .label_en = "Attribution: share of the change in behaviour due to the "
                                   "home and its management",
                       .unit = "fractie",
                       .value = 0.85,
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_BETA_DIST(8.5, 1.5),
                       .source =
                           "assumption: residents also receive addiction and mental health "
                           "care that is not in this model's costs (support and care are "
                           "obligatory, RTV Utrecht, Gemeente Amersfoort wil Skaeve Huse naar de "
                           "stad halen, September 2022)",
                       .source_nl = "aanname: bewoners krijgen ook verslavingszorg en ggz die "
                                    "niet in de kosten van dit model zitten (begeleiding en zorg "
                                    "zijn verplicht, RTV Utrecht, Gemeente Amersfoort wil Skaeve "
                                    "Huse naar de stad halen, september 2022)",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* Some nuisance follows the resident to the new site. */
    [P_DISPLACEMENT] =
        {.key = "displacement",
         .label_nl = "Verplaatsing: deel van de overlast dat naar de nieuwe "
                     "locatie meegaat",
         .label_en = "Displacement: share of the nuisance that moves to the new "
                     "site",
         .unit = "fractie",
         .value = 0.2,
         .min = 0,
         .max = 1,
         .dist = MKBA_BETA_DIST(2, 8),
         .source = "assumption: homes stand 100-200 m from other houses with a "
                   "screen (CCV praktijkvoorbeeld Skaeve huse, hetccv.nl; studio040.nl), so most "
                   "nuisance stops, but incidents at sites do occur "
                   "(gemeente.nu, Gemeenten worstelen met opvang overlastgevers, 5 "
                   "November 2025)",
         .source_nl = "aanname: de woningen staan 100-200 m van andere huizen, met een "
                      "afscherming (CCV praktijkvoorbeeld Skaeve huse, hetccv.nl; studio040.nl), "
                      "dus de meeste overlast houdt op, maar op locaties komen wel incidenten "
                      "voor (gemeente.nu, Gemeenten worstelen met opvang overlastgevers, 5 "
                      "november 2025)",
         .confidence = MKBA_ASSUMPTION,
         .flags = MKBA_PARAM_LOWERS_NPV},
    /* Baseline pattern, part 1: shelter. */
    [P_SHELTER_SHARE] =
        {.key = "shelter_share",
         .label_nl = "Deel van het jaar in de opvang zonder Skaeve Huse",
         .label_en = "Share of the year in shelter without Skaeve Huse",
         .unit = "fractie",
         .value = 0.3,
         .min = 0,
         .max = 1,
         .dist = MKBA_BETA_DIST(3, 7),
         .source =
             "assumption: the target group are people evicted for "
             "extreme nuisance, chronic care clients who do not fit in a "
             "group and rough sleepers (CCV praktijkvoorbeeld Skaeve huse, hetccv.nl), so they "
             "cycle between shelter, rented homes and the street",
         .source_nl = "aanname: de doelgroep bestaat uit mensen die wegens extreme overlast uit "
                      "huis zijn gezet, chronische zorgcliënten die niet in een groep passen en "
                      "mensen die op straat slapen (CCV praktijkvoorbeeld Skaeve huse, "
                      "hetccv.nl), dus zij verblijven afwisselend in de opvang, in een "
                      "huurwoning en op straat",
         .confidence = MKBA_ASSUMPTION,
         .flags = MKBA_PARAM_RAISES_NPV},
    /* Baseline pattern, part 2: an ordinary rented home (the rest is the
       street).  Capped at 1 - shelter_share in compute(). */
    [P_HOUSED_SHARE] = {.key = "housed_share",
                        .label_nl = "Deel van het jaar in een gewone huurwoning zonder Skaeve "
                                    "Huse",
                        .label_en = "Share of the year in an ordinary rented home without "
                                    "Skaeve Huse",
                        .unit = "fractie",
                        .value = 0.4,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_BETA_DIST(4, 6),
                        .source = "assumption: residents were often evicted several times for "
                                  "nuisance before, and some then ended up on the street "
                                  "(Nieuwsuur, via waarmaarraar.nl, 5 November 2025)",
                        .source_nl = "aanname: bewoners waren eerder vaak meerdere keren wegens "
                                     "overlast uit huis gezet, en sommigen belandden daarna op "
                                     "straat (Nieuwsuur, via waarmaarraar.nl, 5 november 2025)",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    [P_SHELTER_COST] = MKBA_PARAM_SHELTER_PLACE_YEAR("shelter_cost"),
    [P_SHELTER_COST].flags = MKBA_PARAM_RAISES_NPV,
    /* A Skaeve Huis is a social-rent home: the bank's yearly use of one. */
    [P_HOME_COST] = MKBA_PARAM_DWELLING_YEAR("home_cost"),
    [P_HOME_COST].flags = MKBA_PARAM_LOWERS_NPV,
    [P_EVICTIONS] = {.key = "evictions",
                     .label_nl = "Huisuitzettingen per persoon per jaar zonder Skaeve Huse",
                     .label_en = "Evictions per person per year without Skaeve Huse",
                     .unit = "huisuitzettingen per persoon per jaar",
                     .value = 0.2,
                     .min = 0,
                     .max = 5,
                     .dist = MKBA_UNIFORM_DIST(0.1, 0.3),
                     .source = "assumption: residents were often evicted several times "
                               "(Nieuwsuur, via waarmaarraar.nl, 5 November 2025); one eviction "
                               "every five years, "
                               "so a tenancy of the baseline's 0.4 year a year ends after about "
                               "two years",
                     .source_nl = "aanname: bewoners waren vaak meerdere keren uit huis gezet "
                                  "(Nieuwsuur, via waarmaarraar.nl, 5 november 2025); één "
                                  "huisuitzetting per vijf jaar, dus een huurperiode van 0,4 "
                                  "jaar per jaar in het nulalternatief eindigt na ongeveer twee "
                                  "jaar",
                     .confidence = MKBA_ASSUMPTION,
                     .flags = MKBA_PARAM_RAISES_NPV},
    [P_EVICTION_COST] = MKBA_PARAM_EVICTION_LANDLORD_COST("eviction_cost"),
    [P_EVICTION_COST].flags = MKBA_PARAM_RAISES_NPV,
    [P_ARREARS_SHARE] = MKBA_PARAM_EVICTION_ARREARS_SHARE("arrears_share"),
    [P_ARREARS_SHARE].flags = MKBA_PARAM_LOWERS_NPV,
    /* Nuisance reports: police time, not offences. */
    [P_CALLOUTS] = {.key = "callouts",
                    .label_nl = "Politiemeldingen van overlast per persoon per jaar zonder "
                                "Skaeve Huse",
                    .label_en = "Police callouts for nuisance per person per year without "
                                "Skaeve Huse",
                    .unit = "meldingen per persoon per jaar",
                    .value = 8,
                    .min = 0,
                    .max = 200,
                    .dist = MKBA_UNIFORM_DIST(4, 12),
                    .source = "assumption: van Burik and van Vianen, Overlastgevende huishoudens "
                              "(Politie en Wetenschap, Verkenningen 36, 2008) call a household "
                              "a nuisance from two reports in half a year, four a year; the "
                              "target group causes extreme nuisance, so four to twelve",
                    .source_nl = "aanname: van Burik en van Vianen, Overlastgevende huishoudens "
                                 "(Politie en Wetenschap, Verkenningen 36, 2008) noemen een "
                                 "huishouden overlastgevend vanaf twee meldingen in een half "
                                 "jaar, vier per jaar; de doelgroep veroorzaakt extreme "
                                 "overlast, dus vier tot twaalf",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_RAISES_NPV},
    [P_CALLOUT_COST] = {.key = "callout_cost",
                        .label_nl = "Politie-inzet per melding van overlast",
                        .label_en = "Police time per nuisance callout",
                        .unit = "EUR per melding",
                        .value = 140,
                        .min = 0,
                        .max = 10000,
                        .price_year = 2013,
                        .source = "assumption: two officer-hours at about EUR 70",
                        .source_nl = "aanname: twee uur politie-inzet à ongeveer € 70",
                        .confidence = MKBA_ASSUMPTION,
                        .unit_cost = "police_callout",
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* Offences are fewer than reports: most nuisance households have no
       criminal record. */
    [P_OFFENCES] = {.key = "offences",
                    .label_nl = "Openbare-ordeverstoringen per persoon per jaar zonder Skaeve "
                                "Huse",
                    .label_en = "Public-order offences per person per year without Skaeve "
                                "Huse",
                    .unit = "delicten per persoon per jaar",
                    .value = 1,
                    .min = 0,
                    .max = 100,
                    .dist = MKBA_UNIFORM_DIST(0, 2),
                    .source = "assumption: only a small part of nuisance households has a "
                              "criminal record (van Burik and van Vianen, Politie en "
                              "Wetenschap, Verkenningen 36, 2008), but some residents have a "
                              "justice background (gemeente.nu, 5 November 2025); zero to two",
                    .source_nl = "aanname: slechts een klein deel van de overlastgevende "
                                 "huishoudens heeft een strafblad (van Burik en van Vianen, "
                                 "Politie en Wetenschap, Verkenningen 36, 2008), maar sommige "
                                 "bewoners hebben een justitiële achtergrond (gemeente.nu, 5 "
                                 "november 2025); nul tot twee",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_RAISES_NPV},
    [P_OFFENCE_COST] = {.key = "offence_cost",
                        .label_nl = "Kosten per openbare-ordeverstoring",
                        .label_en = "Cost per public-order offence",
                        .unit = "EUR per delict",
                        .value = 3605,
                        .min = 0,
                        .max = 100000,
                        .price_year = 2022,
                        .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                        .source_nl = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                        .confidence = MKBA_VERIFIED,
                        .unit_cost = "crime_disorderly",
                        .flags = MKBA_PARAM_RAISES_NPV},
    [P_VICTIM_SHARE] = {.key = "victim_share",
                        .label_nl = "Deel van de kosten van een delict bij slachtoffers en "
                                    "omwonenden",
                        .label_en = "Share of an offence's cost borne by victims and neighbours",
                        .unit = "fractie",
                        .value = 0.5,
                        .min = 0,
                        .max = 1,
                        .source = "assumption: half to victims and neighbours",
                        .source_nl = "aanname: de helft bij slachtoffers en omwonenden",
                        .confidence = MKBA_ASSUMPTION,
                        .unit_cost = "crime_victim_share"},
    [P_CRISIS_DAYS] = {.key = "crisis_days",
                       .label_nl = "Opnamedagen psychiatrie per persoon per jaar zonder Skaeve "
                                   "Huse",
                       .label_en = "Psychiatric inpatient days per person per year without "
                                   "Skaeve Huse",
                       .unit = "dagen per persoon per jaar",
                       .value = 15,
                       .min = 0,
                       .max = 366,
                       .dist = MKBA_UNIFORM_DIST(0, 30),
                       .source = "assumption: crisis admissions in a group with severe "
                                 "psychiatric and addiction problems; no Dutch count found, so "
                                 "the middle of an assumed 0-30",
                       .source_nl = "aanname: crisisopnames in een groep met ernstige "
                                    "psychiatrische en verslavingsproblemen; geen Nederlands "
                                    "aantal gevonden, dus het midden van het aangenomen bereik "
                                    "0-30",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    [P_NURSING_DAY] = {.key = "nursing_day_cost",
                       .label_nl = "Kosten verpleegdag psychiatrische instelling",
                       .label_en = "Psychiatric nursing day cost",
                       .unit = "EUR per dag",
                       .value = 327,
                       .min = 0,
                       .max = 10000,
                       .price_year = 2022,
                       .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                       .source_nl = "Kostenhandleiding 2024 (Hakkaart-van Roijen et al. 2024)",
                       .confidence = MKBA_VERIFIED,
                       .unit_cost = "psychiatric_nursing_day",
                       .flags = MKBA_PARAM_RAISES_NPV},
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst in utiliteit per stabiel bewonersjaar",
                        .label_en = "Utility gain per stable resident-year",
                        .unit = "QALY per persoonsjaar",
                        .value = 0.11,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_UNIFORM_DIST(0.02, 0.2),
                        .source = "assumption: a home of one's own instead of shelter, evictions "
                                  "and the street; Singelenberg, Skaeve huse in Nederland (SEV "
                                  "2010) reports satisfied residents but no utility, so the "
                                  "middle of an assumed 0.02-0.2",
                        .source_nl = "aanname: een eigen woning in plaats van opvang, "
                                     "huisuitzettingen en de straat; Singelenberg, Skaeve huse "
                                     "in Nederland (SEV 2010) meldt tevreden bewoners maar geen "
                                     "utiliteit, dus het midden van het aangenomen bereik "
                                     "0,02-0,2",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
    [P_QALY_VALUE].flags = MKBA_PARAM_RAISES_NPV,
    /* The social manager and ambulant support, per home in use. */
    [P_SUPPORT_HOURS] =
        {.key = "support_hours",
         .label_nl = "Uren sociaal beheer en begeleiding per woning per week",
         .label_en = "Hours of social management and support per home per week",
         .unit = "uur per woning per week",
         .value = 5,
         .min = 0,
         .max = 168,
         .dist = MKBA_UNIFORM_DIST(2, 8),
         .source =
             "assumption: a social manager in daily contact with the "
             "residents (CCV praktijkvoorbeeld Skaeve huse, hetccv.nl) shared by a site of about "
             "ten homes, about two hours a home a week, plus ambulant "
             "support of about three; two to eight",
         .source_nl = "aanname: een sociaal beheerder die dagelijks contact heeft met de "
                      "bewoners (CCV praktijkvoorbeeld Skaeve huse, hetccv.nl), gedeeld door een "
                      "locatie van ongeveer tien woningen, ongeveer twee uur per woning per "
                      "week, plus ongeveer drie uur ambulante begeleiding; twee tot acht",
         .confidence = MKBA_ASSUMPTION,
         .flags = MKBA_PARAM_LOWERS_NPV},
    [P_HOUR_COST] = MKBA_PARAM_HOME_GUIDANCE_HOUR("guidance_hour_cost"),
    [P_HOUR_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* The site is the extra of an isolated location: utilities, access. */
    [P_SITE_COST] = {.key = "site_cost",
                     .label_nl = "Bouwrijp maken van de locatie per woning (eenmalig)",
                     .label_en = "Site preparation per home (one-off)",
                     .unit = "EUR per woning",
                     .value = 33333,
                     .min = 0,
                     .max = 1000000,
                     .price_year = 2016,
                     .dist = MKBA_UNIFORM_DIST(16666, 50000),
                     .source = "studio040.nl, Aso-woningen op bedrijventerrein De Hurk: Eindhoven "
                               "set aside EUR 400,000 to prepare the site for six and later "
                               "twelve homes, EUR 33,333 a home for twelve (the article is "
                               "undated; the first resident moved in early 2017, ed.nl 2019, so "
                               "euros of 2016 are assumed); the range, half to one and a half "
                               "times that, is an assumption",
                     .source_nl = "studio040.nl, Aso-woningen op bedrijventerrein De Hurk: "
                                  "Eindhoven trok € 400.000 uit om de locatie bouwrijp te maken "
                                  "voor zes en later twaalf woningen, € 33.333 per woning bij "
                                  "twaalf (het artikel is ongedateerd; de eerste bewoner trok "
                                  "begin 2017 in, ed.nl 2019, dus wordt prijspeil 2016 "
                                  "aangenomen); het bereik, de helft tot anderhalf keer dat "
                                  "bedrag, is een aanname",
                     .confidence = MKBA_SECONDARY,
                     .flags = MKBA_PARAM_LOWERS_NPV},
    /* The site serves until it must be vacated: its capital charge is spread
       over that time. */
    [P_SITE_LIFE] = {.key = "site_life",
                     .label_nl = "Jaren dat een locatie gebruikt wordt",
                     .label_en = "Years a site is used",
                     .unit = "jaar",
                     .value = 12.5,
                     .min = 1,
                     .max = 100,
                     .dist = MKBA_UNIFORM_DIST(10, 15),
                     .source = "assumption: the letter of 16 December 2021 (Kamerstuk 29 325, nr. "
                               "130) says movable homes last fifty years or more but sites must "
                               "often be vacated after 10 to 15 years; the site preparation is "
                               "written off over that time",
                     .source_nl = "aanname: volgens de Kamerbrief van 16 december 2021 "
                                  "(Kamerstuk 29 325, nr. 130) gaan verplaatsbare woningen "
                                  "vijftig jaar of langer mee, maar moeten locaties vaak na 10 "
                                  "tot 15 jaar worden verlaten; het bouwrijp maken wordt over "
                                  "die periode afgeschreven",
                     .confidence = MKBA_ASSUMPTION,
                     .flags = MKBA_PARAM_RAISES_NPV},
    [P_HUURTOESLAG] = MKBA_PARAM_HUURTOESLAG_YEAR("huurtoeslag"),
    [P_BIJSTAND] = MKBA_PARAM_BIJSTAND_YEAR("bijstand"),
    [P_BIJSTAND_INST] = MKBA_PARAM_BIJSTAND_INSTITUTION_YEAR("bijstand_institution"),
    /* Only people on bijstand move from the institution norm to the full
       one when they leave shelter for a home. */
    [P_BIJSTAND_SHARE] = {.key = "bijstand_share",
                          .label_nl = "Deel van de bewoners met bijstand",
                          .label_en = "Share of residents on social assistance",
                          .unit = "fractie",
                          .value = 0.7,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(7, 3),
                          .source = "assumption: CBS found that more than eight in ten homeless "
                                    "people depended on a benefit in 2016 (Meeste daklozen hadden "
                                    "al jaren een laag inkomen, via divosa.nl, 20 December 2018); "
                                    "not every benefit is social assistance, so 0.7",
                          .source_nl = "aanname: volgens het CBS waren in 2016 meer dan acht op "
                                       "de tien daklozen afhankelijk van een uitkering (Meeste "
                                       "daklozen hadden al jaren een laag inkomen, via "
                                       "divosa.nl, 20 december 2018); niet elke uitkering is "
                                       "bijstand, dus 0,7",
                          .confidence = MKBA_ASSUMPTION},
};

/* Weeks in a year, to turn weekly support hours into yearly ones. */
#define WEEKS_PER_YEAR 52.0
/*
 * The rate at which the site preparation is annualised: the standard real
 * discount rate of 2.25% (Werkgroep Discontovoet 2020).  An annuity over the
 * site's life has the same present value at that rate as the outlay less
 * what the site is still worth at the end of the horizon.
 */
#define ANNUITY_RATE 0.0225

/* Share of the homes in use in year index t when they are ready at time L. */
static double in_use(int t, double L) {
  double r = t + 1 - L;
  return r < 0 ? 0 : r > 1 ? 1 : r;
}

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  int H = host->horizon(ctx);
  int c_home = host->category(ctx, "wonen", "Wonen", "Housing");
  int c_site = host->category(ctx, "investering", "Investering", "Investment");
  int c_support = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int c_shelter = host->category(ctx, "opvang", "Opvang", "Shelter");
  int c_evict = host->category(ctx, "huisuitzetting", "Huisuitzetting", "Eviction");
  int c_arrears = host->category(ctx, "huurschuld", "Huurschuld", "Rent arrears");
  int c_police =
      host->category(ctx, "politie_justitie", "Politie en justitie", "Police and justice");
  int c_victims = host->category(ctx, "slachtoffers_omwonenden", "Slachtoffers en omwonenden",
                                 "Victims and neighbours");
  int c_ggz = host->category(ctx, "ggz", "GGZ", "Mental health care");
  int c_qol = host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int c_rent_allow = host->category(ctx, "huurtoeslag", "Huurtoeslag", "Housing allowance");
  int c_bijstand = host->category(ctx, "bijstand", "Bijstand", "Social assistance");
  int o_stable = host->outcome_id(ctx, "stabiele_bewonersjaren", "Stabiele bewonersjaren",
                                  "Stable resident-years", "persoonsjaren");
  int o_callouts = host->outcome_id(ctx, "politiemeldingen_overlast", "Politiemeldingen overlast",
                                    "Police callouts for nuisance", "meldingen");
  int o_evictions =
      host->outcome_id(ctx, "huisuitzettingen", "Huisuitzettingen", "Evictions", "aantal");
  if (c_home < 0 || c_site < 0 || c_support < 0 || c_shelter < 0 || c_evict < 0 || c_arrears < 0 ||
      c_police < 0 || c_victims < 0 || c_ggz < 0 || c_qol < 0 || c_rent_allow < 0 ||
      c_bijstand < 0 || o_stable < 0 || o_callouts < 0 || o_evictions < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  double s = p[P_SHELTER_SHARE];
  /* The baseline year is split: shelter, an ordinary home, the street. */
  double h = fmin(p[P_HOUSED_SHARE], 1 - s);
  /* Of a stable resident-year, the part of the behaviour change that is
     due to this intervention, and of the nuisance the part that stops. */
  double net = (1 - p[P_DEADWEIGHT]) * p[P_ATTRIBUTION];
  double stays = 1 - p[P_DISPLACEMENT];
  double r = ANNUITY_RATE;
  double annuity = r / (1 - pow(1 + r, -p[P_SITE_LIFE]));
  double evict = p[P_EVICTIONS] * p[P_EVICTION_COST];
  double offence = p[P_OFFENCES] * p[P_OFFENCE_COST];
  double v = p[P_VICTIM_SHARE];

  for (int t = 0; t < H; t++) {
    double u = p[P_UNITS] * in_use(t, p[P_BUILD_YEARS]); /* homes in use */
    double S = u * p[P_EFFECT];                          /* stable resident-years */
    double B = S * net;                                  /* behaviour changed */
    double N = B * stays;                                /* nuisance gone */
    if (/* Every home-year costs a home: the resident pays the rent for
           the part no longer spent in an ordinary home; the landlord carries
           empty homes and failed placements. */
        mkba_post_resource(host, ctx, MKBA_DEELNEMER, c_home, t, S * (1 - h) * p[P_HOME_COST]) ||
        mkba_post_resource(host, ctx, MKBA_WONINGCORPORATIE, c_home, t, (u - S) * p[P_HOME_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, c_site, MKBA_COST, t,
                   u * p[P_SITE_COST] * annuity) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, c_support, MKBA_COST, t,
                   u * p[P_SUPPORT_HOURS] * WEEKS_PER_YEAR * p[P_HOUR_COST]) ||
        /* Moving in: shelter and evictions of the former pattern stop. */
        mkba_post_resource(host, ctx, MKBA_GEMEENTE, c_shelter, t, -S * s * p[P_SHELTER_COST]) ||
        mkba_post_resource(host, ctx, MKBA_WONINGCORPORATIE, c_evict, t,
                           -S * evict * (1 - p[P_ARREARS_SHARE])) ||
        mkba_post_transfer(host, ctx, MKBA_WONINGCORPORATIE, MKBA_DEELNEMER, c_arrears, t,
                           -S * evict * p[P_ARREARS_SHARE]) ||
        /* Behaviour: nuisance, offences, crises, well-being. */
        mkba_post_resource(host, ctx, MKBA_RIJK, c_police, t,
                           -N * (p[P_CALLOUTS] * p[P_CALLOUT_COST] + offence * (1 - v))) ||
        mkba_post_resource(host, ctx, MKBA_SAMENLEVING, c_victims, t, -N * offence * v) ||
        mkba_post_resource(host, ctx, MKBA_ZORGVERZEKERAAR, c_ggz, t,
                           -B * p[P_CRISIS_DAYS] * p[P_NURSING_DAY]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, c_qol, MKBA_BENEFIT, t,
                   B * p[P_UTILITY_GAIN] * p[P_QALY_VALUE]) ||
        /* Transfers: allowance for the extra housed time, the full
           bijstand norm instead of the institution norm after shelter. */
        mkba_post_transfer(host, ctx, MKBA_RIJK, MKBA_DEELNEMER, c_rent_allow, t,
                           S * (1 - h) * p[P_HUURTOESLAG]) ||
        mkba_post_transfer(host, ctx, MKBA_GEMEENTE, MKBA_DEELNEMER, c_bijstand, t,
                           S * s * p[P_BIJSTAND_SHARE] * (p[P_BIJSTAND] - p[P_BIJSTAND_INST])) ||
        host->outcome(ctx, o_stable, MKBA_BASELINE, t, 0) ||
        host->outcome(ctx, o_stable, MKBA_INTERVENTION, t, S) ||
        host->outcome(ctx, o_callouts, MKBA_BASELINE, t, S * p[P_CALLOUTS]) ||
        host->outcome(ctx, o_callouts, MKBA_INTERVENTION, t, (S - N) * p[P_CALLOUTS]) ||
        host->outcome(ctx, o_evictions, MKBA_BASELINE, t, S * p[P_EVICTIONS]) ||
        host->outcome(ctx, o_evictions, MKBA_INTERVENTION, t, 0))
      return MKBA_ERROR; /* the host has the message */
  }
  host->pm_item(ctx,
                "Woongenot van buren in de oude buurt, voor zover niet in politie- en "
                "delictkosten",
                "Neighbours' peace in the former neighbourhood beyond police and offence costs",
                MKBA_PM_POSITIVE, MKBA_SAMENLEVING);
  host->pm_item(ctx, "Weerstand van omwonenden bij de nieuwe locatie",
                "Resistance of neighbours at the new site", MKBA_PM_NEGATIVE, MKBA_SAMENLEVING);
  host->pm_item(ctx, "Risico op stigma voor bewoners", "Risk of stigma for residents",
                MKBA_PM_NEGATIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Verhuizen van de woningen als de locatie na 10-15 jaar vrij moet",
                "Moving the homes when the site must be vacated after 10-15 years",
                MKBA_PM_NEGATIVE, MKBA_GEMEENTE);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "skaeve_huse", .version = "2.0.0",
            .title_nl = "Skaeve Huse en andere alternatieve woonvormen",
            .title_en = "Skaeve Huse and other alternative housing",
            .summary_nl = "Woningen op een eigen locatie aan de rand van de stad met sociaal "
                          "beheer: woning, locatie en begeleiding per woningjaar, tegen minder "
                          "opvang, huisuitzettingen, politie-inzet, delicten en crisisopnames "
                          "en een betere kwaliteit van leven voor bewoners die blijven.",
            .summary_en = "Homes on a site of their own at the edge of town with a social "
                          "manager: home, site and support per home-year, against less shelter, "
                          "fewer evictions, police callouts, offences and crisis admissions and "
                          "better quality of life for residents who stay.",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
