/*
 * huisuitzetting_preventie.c - preventing evictions (voorkomen van
 * huisuitzettingen): intensive coaching of households whose landlord has
 * obtained an eviction judgment.
 *
 * Model, per year: `households` are coached; without coaching each is
 * evicted with chance `eviction_risk`.  Coaching cuts that chance by
 * `effect` (gross, as a team would see it), of which the share `deadweight`
 * would have happened anyway and the share `attribution` is due to this
 * programme; the first year reaches `ramp_up` of the full effect, and each
 * later year a share `drop_off` of the households kept in their home is
 * evicted after all.  Every eviction avoided is priced by one block (the
 * same in bemoeizorg and vroegsignalering_schulden): the landlord's cost
 * split into resources and written-off arrears (a transfer), the shelter
 * place-years and the home-years that follow, and the transfers and the
 * quality of life that go with them.  Coaching costs the same with or
 * without effect.  See README.md for every equation and source.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

#include "../eviction.h"

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_HOUSEHOLDS,     /* households coached a year (national programme size) */
  P_EVICTION_RISK,  /* chance of eviction without coaching */
  P_EFFECT,         /* gross relative cut in that chance with coaching */
  P_DEADWEIGHT,     /* share of the cut that would have come anyway */
  P_ATTRIBUTION,    /* share of the rest due to this programme */
  P_RAMP_UP,        /* share of the full effect reached in the first year */
  P_DROP_OFF,       /* yearly share of kept households evicted after all */
  P_CONTACTS,       /* coaching contacts per household */
  P_CONTACT_COST,   /* price of a social-work contact */
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
  P_QALY_VALUE,     /* euros per QALY */
  P_N
};

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size: the region scales it by its own count of
       eviction judgments (or inhabitants where it has none). */
    [P_HOUSEHOLDS] = {.key = "households",
                      .label_nl = "Begeleide huishoudens met een ontruimingsvonnis per jaar",
                      .label_en = "Households with an eviction judgment coached per year",
                      .unit = "huishoudens per jaar",
                      .value = 1750,
                      .min = 0,
                      .max = 1000000,
                      .flags = MKBA_PARAM_POPULATION | MKBA_PARAM_INTEGER,
                      .target_group = MKBA_TARGET_EVICTION_JUDGMENTS,
                      .source = "assumption: a quarter of the 7,000 households with an eviction "
                                "judgment in 2020 (Aedes via nul20.nl, 'Opnieuw fors minder "
                                "huisuitzettingen bij woningcorporaties') coached nationally: not "
                                "every municipality runs such a team and not every household "
                                "accepts it; no national count of coached households was found",
                      .source_nl = "aanname: landelijk wordt een kwart van de 7.000 huishoudens "
                                   "met een ontruimingsvonnis in 2020 (Aedes via nul20.nl, "
                                   "'Opnieuw fors minder huisuitzettingen bij woningcorporaties') "
                                   "begeleid: niet elke gemeente heeft zo'n team en niet elk "
                                   "huishouden neemt de begeleiding aan; geen landelijk aantal "
                                   "begeleide huishoudens gevonden",
                      .confidence = MKBA_ASSUMPTION},
    /* The nulalternatief: how often a judgment ends in an eviction. */
    [P_EVICTION_RISK] = {.key = "eviction_risk",
                         .label_nl = "Kans op huisuitzetting zonder begeleiding",
                         .label_en = "Chance of eviction without coaching",
                         .unit = "fractie",
                         .value = 0.28,
                         .min = 0,
                         .max = 1,
                         .dist = MKBA_BETA_DIST(7, 18),
                         .source = "of 24,000 eviction judgments in 2012, 28% were executed "
                                   "(Aedes via nrc.nl, 'Meer huisuitzettingen door crisis', 19 "
                                   "March 2013)",
                         .source_nl = "van de 24.000 ontruimingsvonnissen in 2012 werd 28% "
                                      "uitgevoerd (Aedes via nrc.nl, 'Meer huisuitzettingen door "
                                      "crisis', 19 maart 2013)",
                         .confidence = MKBA_VERIFIED,
                         .flags = MKBA_PARAM_RAISES_NPV},
    /* The effect as a team would observe it, before deadweight. */
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Effect: relatieve daling van de kans op huisuitzetting (bruto)",
                  .label_en = "Effect: relative cut in the chance of eviction (gross)",
                  .unit = "fractie",
                  .value = 0.5,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(5, 5),
                  .source = "assumption: no Dutch effect size found; a wide beta around one "
                            "half",
                  .source_nl = "aanname: geen Nederlandse effectgrootte gevonden; een brede "
                               "betaverdeling rond de helft",
                  .confidence = MKBA_ASSUMPTION,
                  .flags = MKBA_PARAM_RAISES_NPV},
    /* What would have happened anyway, taken off the effect. */
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deadweight: deel van het effect dat er ook zonder de "
                                  "begeleiding was gekomen",
                      .label_en = "Deadweight: share of the effect that would have come "
                                  "without the coaching",
                      .unit = "fractie",
                      .value = 0.2,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_BETA_DIST(2, 8),
                      .source = "assumption: some evictions the coaching averts would also have "
                                "been averted by help that exists anyway (the landlord's own "
                                "payment arrangement, debt counselling, family paying the "
                                "arrears); no Dutch figure found",
                      .source_nl = "aanname: sommige huisuitzettingen die de begeleiding voorkomt, "
                                   "waren ook voorkomen door hulp die er toch al is (een "
                                   "betalingsregeling van de verhuurder zelf, schuldhulpverlening, "
                                   "familie die de achterstand betaalt); geen Nederlands cijfer "
                                   "gevonden",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Partners whose costs are not in the model share in the result. */
    [P_ATTRIBUTION] = {.key = "attribution",
                       .label_nl = "Attributie: deel van het nettoeffect dat aan deze "
                                   "begeleiding toe te schrijven is",
                       .label_en = "Attribution: share of the net effect due to this coaching",
                       .unit = "fractie",
                       .value = 0.8,
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_BETA_DIST(8, 2),
                       .source = "assumption: a payment plan often needs partners whose costs "
                                 "are not in this model (debt counselling, a municipal fund that "
                                 "takes over arrears, the landlord); a fifth of the effect is "
                                 "theirs",
                       .source_nl = "aanname: een betalingsregeling vraagt vaak partners van wie "
                                    "de kosten niet in dit model zitten (schuldhulpverlening, een "
                                    "gemeentelijk fonds dat achterstanden overneemt, de "
                                    "verhuurder); een vijfde van het effect is aan hen toe te "
                                    "schrijven",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* A new team needs its referral routes before the effect is whole. */
    [P_RAMP_UP] = {.key = "ramp_up",
                   .label_nl = "Aanloop: deel van het volle effect in het eerste jaar",
                   .label_en = "Ramp-up: share of the full effect in the first year",
                   .unit = "fractie",
                   .value = 0.5,
                   .min = 0,
                   .max = 1,
                   .dist = MKBA_UNIFORM_DIST(0.25, 0.75),
                   .source = "assumption: referrals from landlords and the way of working take "
                             "months to set up; half of the full effect in the first year, in "
                             "a range centred on it",
                   .source_nl = "aanname: verwijzingen door verhuurders en de werkwijze vragen "
                                "maanden om op te zetten; de helft van het volle effect in het "
                                "eerste jaar, in een bereik rond die waarde",
                   .confidence = MKBA_ASSUMPTION,
                   .flags = MKBA_PARAM_RAISES_NPV},
    /* The effect fades: some kept households fall behind again. */
    [P_DROP_OFF] = {.key = "drop_off",
                    .label_nl = "Terugval: deel per jaar van de behouden huishoudens dat alsnog "
                                "wordt uitgezet",
                    .label_en = "Drop-off: yearly share of the households kept in their home "
                                "that are evicted after all",
                    .unit = "fractie per jaar",
                    .value = 0.05,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_BETA_DIST(1, 19),
                    .source = "assumption: part of the households kept in their home fall into "
                              "arrears again, over and above the risk an evicted household runs "
                              "in its next home; one in twenty a year; no Dutch re-eviction "
                              "rate found",
                    .source_nl = "aanname: een deel van de behouden huishoudens raakt opnieuw "
                                 "achter met de huur, bovenop het risico dat een uitgezet "
                                 "huishouden in zijn volgende woning loopt; één op de twintig per "
                                 "jaar; geen Nederlands cijfer voor herhaalde huisuitzetting "
                                 "gevonden",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    /* The programme's own resource: coaching contacts. */
    [P_CONTACTS] = {.key = "contacts",
                    .label_nl = "Begeleidingscontacten per huishouden",
                    .label_en = "Coaching contacts per household",
                    .unit = "contacten per huishouden",
                    .value = 10,
                    .min = 0,
                    .max = 100,
                    .dist = MKBA_UNIFORM_DIST(4, 16),
                    .source = "assumption: a few months of home visits, a payment plan and "
                              "contact with the landlord; the middle of the assumed range 4-16",
                    .source_nl = "aanname: enkele maanden huisbezoeken, een betalingsregeling en "
                                 "contact met de verhuurder; het midden van het aangenomen bereik "
                                 "4-16",
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
                                     "aangenomen nutswaarden van housing_first; het bereik ligt "
                                     "rond dat verschil",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
    [P_QALY_VALUE].flags = MKBA_PARAM_RAISES_NPV,
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  int H = host->horizon(ctx);
  double *buf = host->scratch(ctx, (size_t)3 * H * sizeof *buf);
  int c_coach = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int o_evictions = host->outcome_id(ctx, "huisuitzettingen", "Huisuitzettingen", "Evictions",
                                     "huisuitzettingen");
  int o_shelter = host->outcome_id(ctx, "opvang_persoonsjaren", "Persoonsjaren in de opvang",
                                   "Person-years in shelter", "persoonsjaren");
  int o_nohome =
      host->outcome_id(ctx, "jaren_zonder_eigen_woning", "Huishoudjaren zonder eigen woning",
                       "Household-years without a home of their own", "huishoudjaren");
  if (!buf) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  if (c_coach < 0 || o_evictions < 0 || o_shelter < 0 || o_nohome < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  double *dv = buf, *shelter = buf + H, *home = buf + 2 * H;

  /*
   * Evictions averted among the households coached in year y:
   *   A(y) = households x eviction_risk x effect x (1 - deadweight) x attribution x r(y),
   * r(0) = ramp_up, r(y) = 1 later.  Of the households kept in their home in
   * year y, a share drop_off is evicted in each later year, (1 - d)^(k-1) d
   * of them in year y + k: those evictions are postponed, not avoided.
   */
  double n = p[P_HOUSEHOLDS], base = n * p[P_EVICTION_RISK];
  double net = p[P_EFFECT] * (1 - p[P_DEADWEIGHT]) * p[P_ATTRIBUTION];
  double d = p[P_DROP_OFF];
  for (int t = 0; t < H; t++) {
    dv[t] = 0;
    for (int y = 0; y <= t; y++) {
      double averted = base * net * (y == 0 ? p[P_RAMP_UP] : 1.0);
      dv[t] += y == t ? averted : -averted * pow(1 - d, t - y - 1) * d;
    }
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

  /* The coaching: the same in every year, with or without effect. */
  double coaching = n * p[P_CONTACTS] * p[P_CONTACT_COST];
  for (int t = 0; t < H; t++) {
    /* The nulalternatief's evictions, shelter and years without a home,
       for the outcomes (the evictions of the households coached so far). */
    double sb = 0, wb = 0, h = e.homeless_share;
    for (int tau = 0; tau <= t; tau++) {
      sb += base * h * mkba_eviction_spell(e.shelter_years, t - tau);
      wb += base * (h * mkba_eviction_spell(e.shelter_years, t - tau) +
                    (1 - h) * mkba_eviction_spell(e.other_years, t - tau));
    }
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, c_coach, MKBA_COST, t, coaching) ||
        host->outcome(ctx, o_evictions, MKBA_BASELINE, t, base) ||
        host->outcome(ctx, o_evictions, MKBA_INTERVENTION, t, base - dv[t]) ||
        host->outcome(ctx, o_shelter, MKBA_BASELINE, t, sb) ||
        host->outcome(ctx, o_shelter, MKBA_INTERVENTION, t, sb - shelter[t]) ||
        host->outcome(ctx, o_nohome, MKBA_BASELINE, t, wb) ||
        host->outcome(ctx, o_nohome, MKBA_INTERVENTION, t, wb - home[t]))
      return MKBA_ERROR;
  }
  host->pm_item(ctx, "Kinderen die hun huis en school niet kwijtraken",
                "Children who keep their home and school", MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Minder zorg, jeugdhulp en schooluitval na uitzetting",
                "Less care, youth care and school drop-out after eviction", MKBA_PM_POSITIVE,
                MKBA_SAMENLEVING);
  host->pm_item(ctx, "Minder stress bij inwonen bij familie of vrienden",
                "Less strain of staying with family or friends", MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Huurachterstand van begeleide huishoudens die toch oninbaar blijft",
                "Arrears of coached households that remain unpaid", MKBA_PM_NEGATIVE,
                MKBA_WONINGCORPORATIE);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "huisuitzetting_preventie", .version = "2.0.0",
            .title_nl = "Voorkomen van huisuitzettingen", .title_en = "Eviction prevention",
            .summary_nl = "Per jaar: begeleiding van huishoudens met een ontruimingsvonnis, "
                          "tegen vermeden kosten voor de verhuurder en de opvang en verlies aan "
                          "kwaliteit van leven na uitzetting; de woning die het huishouden houdt "
                          "telt als kosten.",
            .summary_en = "Per year: coaching of households with an eviction judgment, against "
                          "avoided costs for the landlord and the shelter and the loss of "
                          "quality of life after eviction; the home the household keeps counts "
                          "as a cost.",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
