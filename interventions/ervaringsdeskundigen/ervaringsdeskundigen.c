/*
 * ervaringsdeskundigen.c - support by experts by experience
 * (ervaringsdeskundige ondersteuning) for people in shelter.
 *
 * A four-state cohort (opvang; eerste_jaar, the first year in a home;
 * woning_effect, later years in a home while the peer support still
 * protects against falling back; woning, later years once it no longer
 * does) run for both arms by the host's Markov helper.  Everyone starts in
 * shelter.  Peer workers join the usual support in shelter and during the
 * first year at home, where peers say they matter most.  Two effects: more
 * people leave the shelter for a home each year, and fewer fall back.  Each
 * is the change seen among participants times the share due to the peer
 * workers (attribution); what would have happened anyway (deadweight) is
 * the baseline arm itself.  After the first year at home the protection
 * against falling back fades by `drop_off` a year.  No Dutch effect size
 * was found, so both effects are assumptions with wide distributions; with
 * both at zero the arms run the same matrix and only the peer workers' cost
 * remains.  Every extra person-year in a home costs a dwelling-year and
 * ambulant support, and moves bijstand and huurtoeslag (transfers).
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_CLIENTS,          /* people in shelter at the start (national programme) */
  P_PEER_HOURS,       /* peer worker hours per participant-year */
  P_HOUR_COST,        /* price of an hour of support */
  P_EXIT_RATE,        /* baseline yearly chance of leaving the shelter for a home */
  P_RETURN_RATE,      /* baseline yearly chance of falling back into shelter */
  P_EXIT_INCREASE,    /* effect: relative rise of the outflow among participants */
  P_RETURN_REDUCTION, /* effect: relative fall of the fall-back among participants */
  P_ATTRIBUTION,      /* share of those changes due to the peer workers */
  P_DROP_OFF,         /* yearly fading of the fall-back effect after peer support */
  P_SHELTER_COST,     /* shelter per place-year */
  P_AMBULANT_HOURS,   /* ambulant support hours per year in a home, both arms */
  P_DWELLING,         /* a dwelling-year: the resource cost of a home */
  P_SHARE_BIJSTAND,   /* share of people on bijstand */
  P_BIJSTAND,         /* bijstand, full norm, per year */
  P_BIJSTAND_INST,    /* bijstand, institution norm, per year */
  P_HUURTOESLAG,      /* huurtoeslag per recipient per year */
  P_UTILITY_GAIN,     /* utility gain of a year at home over a year in shelter */
  P_QALY_VALUE,       /* euros per QALY */
  P_N
};

/* Cohort states, in the order of the occupancy arrays. */
enum { S_OPVANG, S_EERSTE_JAAR, S_WONING_EFFECT, S_WONING, N_STATES };

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size: people in shelter who get peer support, scaled to
       a region by its registered homeless people. */
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Deelnemers in de opvang bij de start",
                   .label_en = "Participants in shelter at the start",
                   .unit = "personen",
                   .value = 1126,
                   .min = 1,
                   .max = 100000,
                   .flags = MKBA_PARAM_POPULATION | MKBA_PARAM_INTEGER,
                   .target_group = MKBA_TARGET_HOMELESS_REGISTERED,
                   .source = "assumption: peer support for 5% of the 22,528 people in view of the "
                             "central municipalities (Kamerbrief 16 Dec 2021, Kamerstuk 29 325 nr. "
                             "130; national, 2021), 1,126 people; a region gets its share of the "
                             "registered homeless people",
                   .source_nl = "aanname: ervaringsdeskundige ondersteuning voor 5% van de 22.528 "
                                "mensen in beeld bij de centrumgemeenten (Kamerbrief "
                                "16 december 2021, Kamerstuk 29 325 nr. 130; landelijk, 2021), "
                                "1.126 mensen; een regio krijgt haar aandeel naar de "
                                "geregistreerde daklozen",
                   .confidence = MKBA_ASSUMPTION},
    /* Peer support on top of the usual support, per person-year in shelter
       or in the first year at home. */
    [P_PEER_HOURS] = {.key = "peer_hours",
                      .label_nl = "Uren ervaringsdeskundige per deelnemer per jaar",
                      .label_en = "Peer worker hours per participant per year",
                      .unit = "uur per persoon per jaar",
                      .value = 40,
                      .min = 0,
                      .max = 2000,
                      .dist = MKBA_TRIANGULAR_DIST(20, 40, 60),
                      .source = "assumption: about one contact of an hour every ten days; no "
                                "Dutch caseload figure found; the range is centred on that "
                                "estimate",
                      .source_nl = "aanname: ongeveer één contact van een uur per tien dagen; geen "
                                   "Nederlands cijfer over de caseload gevonden; het bereik ligt "
                                   "rond die schatting",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Paid peer workers are employed like other support workers, so the
       Kostenhandleiding hour of guidance at home is the nearest price. */
    [P_HOUR_COST] = MKBA_PARAM_HOME_GUIDANCE_HOUR("hour_cost"),
    [P_HOUR_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* Baseline yearly probability of leaving the shelter for a home. */
    [P_EXIT_RATE] = {.key = "exit_rate",
                     .label_nl = "Kans per jaar op uitstroom naar een woning (zonder)",
                     .label_en = "Yearly probability of moving to a home (baseline)",
                     .unit = "kans per jaar",
                     .value = (0.15 + 4 * 0.30 + 0.60) / 6, /* 0.325, the PERT's mean */
                     .min = 0,
                     .max = 1,
                     .dist = MKBA_PERT_DIST(0.15, 0.30, 0.60),
                     .source = "assumption: Dutch outflow rates from shelter were not found; the "
                               "2024 letter reports that demand for shelter exceeds supply "
                               "because outflow is slow; the base case is the mean of the "
                               "assumed PERT",
                     .source_nl = "aanname: Nederlandse uitstroomcijfers uit de opvang zijn niet "
                                  "gevonden; de brief van 2024 meldt dat de vraag naar opvang "
                                  "groter is dan het aanbod doordat de uitstroom traag verloopt; "
                                  "de basiswaarde is het gemiddelde van de aangenomen "
                                  "PERT-verdeling",
                     .confidence = MKBA_ASSUMPTION},
    /* Baseline yearly probability of falling back from a home into shelter,
       the same in the first and later years (no source to tell them apart). */
    [P_RETURN_RATE] = {.key = "return_rate",
                       .label_nl = "Kans per jaar op terugval naar de opvang (zonder)",
                       .label_en = "Yearly probability of falling back into shelter (baseline)",
                       .unit = "kans per jaar",
                       .value = (0.05 + 4 * 0.15 + 0.30) / 6, /* 0.158, the PERT's mean */
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_PERT_DIST(0.05, 0.15, 0.30),
                       .source = "assumption: of the order of the 17% of Housing First "
                                 "participants who became homeless again (Trimbos 2023), which "
                                 "is another intervention; the base case is the mean of the "
                                 "assumed PERT",
                       .source_nl = "aanname: in de orde van de 17% van de "
                                    "Housing First-deelnemers die opnieuw dakloos werden (Trimbos "
                                    "2023), wat een andere interventie is; de basiswaarde is het "
                                    "gemiddelde van de aangenomen PERT-verdeling",
                       .confidence = MKBA_ASSUMPTION},
    /* Effect 1: relative rise of the yearly outflow rate, as seen among
       participants. */
    [P_EXIT_INCREASE] = {.key = "exit_increase",
                         .label_nl = "Relatieve toename uitstroom bij deelnemers",
                         .label_en = "Relative increase in outflow among participants",
                         .unit = "fractie",
                         .value = (0 + 0.20 + 0.50) / 3, /* 0.233, the triangle's mean */
                         .min = 0,
                         .max = 5,
                         .dist = MKBA_TRIANGULAR_DIST(0, 0.20, 0.50),
                         .source = "assumption: no Dutch effect size found (the VWS MKBA on "
                                   "support by experts by experience of 2021 was not available); "
                                   "the base case is the mean of the assumed triangle",
                         .source_nl = "aanname: geen Nederlandse effectgrootte gevonden (de MKBA "
                                      "van VWS naar ervaringsdeskundige ondersteuning uit 2021 was "
                                      "niet beschikbaar); de basiswaarde is het gemiddelde van de "
                                      "aangenomen driehoeksverdeling",
                         .confidence = MKBA_ASSUMPTION,
                         .flags = MKBA_PARAM_RAISES_NPV},
    /* Effect 2: relative fall of the yearly fall-back rate, as seen among
       participants while the peer support lasts. */
    [P_RETURN_REDUCTION] = {.key = "return_reduction",
                            .label_nl = "Relatieve afname terugval bij deelnemers",
                            .label_en = "Relative reduction in fall-back among participants",
                            .unit = "fractie",
                            .value = (0 + 0.20 + 0.50) / 3, /* 0.233, the triangle's mean */
                            .min = 0,
                            .max = 1,
                            .dist = MKBA_TRIANGULAR_DIST(0, 0.20, 0.50),
                            .source = "assumption: no Dutch effect size found; the base case is "
                                      "the mean of the assumed triangle",
                            .source_nl = "aanname: geen Nederlandse effectgrootte gevonden; de "
                                         "basiswaarde is het gemiddelde van de aangenomen "
                                         "driehoeksverdeling",
                            .confidence = MKBA_ASSUMPTION,
                            .flags = MKBA_PARAM_RAISES_NPV},
    /* Attribution: the regular case worker and the housing supply share in
       the change, so only part of it is the peer workers'. */
    [P_ATTRIBUTION] = {.key = "attribution",
                       .label_nl = "Attributie: aandeel van de verandering door de "
                                   "ervaringsdeskundige",
                       .label_en = "Attribution: share of the change due to the peer workers",
                       .unit = "fractie",
                       .value = 0.7,
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_BETA_DIST(7, 3),
                       .source = "assumption: peers work alongside the regular case worker and "
                                 "depend on homes becoming available, so part of any change "
                                 "among participants is theirs; no Dutch figure found; the mean "
                                 "of beta(7, 3)",
                       .source_nl = "aanname: ervaringsdeskundigen werken naast de vaste "
                                    "begeleider en zijn afhankelijk van vrijkomende woningen, dus "
                                    "een deel van elke verandering bij deelnemers is aan hen toe "
                                    "te schrijven; geen Nederlands cijfer gevonden; het gemiddelde "
                                    "van beta(7, 3)",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* Drop-off: the protection against falling back fades once the peer
       worker is no longer there. */
    [P_DROP_OFF] = {.key = "drop_off",
                    .label_nl = "Drop-off: jaarlijkse afname van het effect op terugval na de "
                                "ondersteuning",
                    .label_en = "Drop-off: yearly fading of the fall-back effect after the "
                                "support",
                    .unit = "fractie per jaar",
                    .value = 0.3,
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_BETA_DIST(3, 7),
                    .source = "assumption: peers stop after the first year at home, and their "
                              "influence fades; no Dutch figure found; the mean of beta(3, 7)",
                    .source_nl = "aanname: ervaringsdeskundigen stoppen na het eerste jaar in de "
                                 "woning en hun invloed neemt af; geen Nederlands cijfer gevonden; "
                                 "het gemiddelde van beta(3, 7)",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    /* What a shelter place costs a year: bed, meals, staff, building. */
    [P_SHELTER_COST] = MKBA_PARAM_SHELTER_PLACE_YEAR("shelter_cost"),
    [P_SHELTER_COST].flags = MKBA_PARAM_RAISES_NPV,
    /* People who move home still need ambulant support, in both arms. */
    [P_AMBULANT_HOURS] = {.key = "ambulant_hours",
                          .label_nl = "Uren ambulante begeleiding per jaar in een woning",
                          .label_en = "Ambulant support hours per year at home",
                          .unit = "uur per persoon per jaar",
                          .value = 100,
                          .min = 0,
                          .max = 2000,
                          .dist = MKBA_TRIANGULAR_DIST(50, 100, 150),
                          .source = "assumption: about two hours a week; the range is centred on "
                                    "that estimate",
                          .source_nl = "aanname: ongeveer twee uur per week; het bereik ligt rond "
                                       "die schatting",
                          .confidence = MKBA_ASSUMPTION,
                          .flags = MKBA_PARAM_LOWERS_NPV},
    /* Every extra person-year in a home uses a home: the average
       corporation rent, paid by the tenant. */
    [P_DWELLING] = MKBA_PARAM_DWELLING_YEAR("dwelling_year"),
    [P_DWELLING].flags = MKBA_PARAM_LOWERS_NPV,
    /* Who moves from the shelter's lower bijstand norm to the full one. */
    [P_SHARE_BIJSTAND] = {.key = "share_bijstand",
                          .label_nl = "Aandeel deelnemers in de bijstand",
                          .label_en = "Share of participants on social assistance",
                          .unit = "fractie",
                          .value = 0.7,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(7, 3),
                          .source = "assumption: most people who leave the shelter for a home live "
                                    "on social assistance; no Dutch share found; the mean of "
                                    "beta(7, 3)",
                          .source_nl = "aanname: de meeste mensen die de opvang verlaten voor een "
                                       "woning leven van de bijstand; geen Nederlands aandeel "
                                       "gevonden; het gemiddelde van beta(7, 3)",
                          .confidence = MKBA_ASSUMPTION},
    /* Bijstand for a single adult living on their own. */
    [P_BIJSTAND] = MKBA_PARAM_BIJSTAND_YEAR("bijstand_year"),
    /* Bijstand left to a single adult whose stay is provided. */
    [P_BIJSTAND_INST] = MKBA_PARAM_BIJSTAND_INSTITUTION_YEAR("bijstand_institution_year"),
    /* Housing allowance for a tenant on a low income. */
    [P_HUURTOESLAG] = MKBA_PARAM_HUURTOESLAG_YEAR("huurtoeslag_year"),
    /* Quality of life at home compared with shelter, per person-year. */
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst kwaliteit van leven in een woning t.o.v. opvang",
                        .label_en = "Quality-of-life gain at home over shelter",
                        .unit = "QALY per persoonsjaar",
                        .value = 0.10,
                        .min = -1,
                        .max = 1,
                        .dist = MKBA_TRIANGULAR_DIST(0, 0.10, 0.20),
                        .source = "assumption: no Dutch utility values for shelter and housing "
                                  "found",
                        .source_nl = "aanname: geen Nederlandse nutswaarden voor opvang en wonen "
                                     "gevonden",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* Money value of a QALY in Dutch practice: at least EUR 50,000. */
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
    [P_QALY_VALUE].flags = MKBA_PARAM_RAISES_NPV,
};

/*
 * Fill one arm's matrix: exit `x` from the shelter, fall-back `r1` while
 * the peers' protection lasts (the first year at home and woning_effect),
 * `r0` once it has faded, and drop-off `d`, the share whose protection
 * ends each year after the first year at home.  Both arms go through this
 * function, so with zero effects they are equal bit for bit.
 */
static void fill_matrix(double *P, double x, double r1, double r0, double d) {
  double *opvang = P + S_OPVANG * N_STATES;
  double *first = P + S_EERSTE_JAAR * N_STATES;
  double *effect = P + S_WONING_EFFECT * N_STATES;
  double *woning = P + S_WONING * N_STATES;
  opvang[S_OPVANG] = 1 - x;
  opvang[S_EERSTE_JAAR] = x;
  for (double *row = first; row <= effect; row += N_STATES) {
    row[S_OPVANG] = r1;
    row[S_WONING_EFFECT] = (1 - r1) * (1 - d);
    row[S_WONING] = (1 - r1) * d;
  }
  woning[S_OPVANG] = r0;
  woning[S_WONING] = 1 - r0;
}

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  const int horizon = host->horizon(ctx);
  int cat_support = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_opvang = host->category(ctx, "opvang", "Opvang", "Shelter");
  int cat_home = host->category(ctx, "wonen", "Wonen", "Housing");
  int cat_bijstand = host->category(ctx, "bijstand", "Bijstand", "Social assistance");
  int cat_ht = host->category(ctx, "huurtoeslag", "Huurtoeslag", "Housing allowance");
  int cat_qol =
      host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int out_qaly = host->outcome_id(ctx, "qaly", "QALY's", "QALYs", "QALY");
  if (cat_support < 0 || cat_opvang < 0 || cat_home < 0 || cat_bijstand < 0 || cat_ht < 0 ||
      cat_qol < 0 || out_qaly < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  /* The peers' share of the changes seen among participants. */
  const double exit_effect = p[P_EXIT_INCREASE] * p[P_ATTRIBUTION];
  const double return_effect = p[P_RETURN_REDUCTION] * p[P_ATTRIBUTION];
  /* Clamped so a large relative rise stays a probability. */
  const double exit_base = p[P_EXIT_RATE];
  const double exit_int = fmin(1.0, exit_base * (1.0 + exit_effect));
  const double back_base = p[P_RETURN_RATE];
  const double back_int = back_base * (1.0 - return_effect);
  const double start[N_STATES] = {p[P_CLIENTS], 0.0, 0.0, 0.0};
  double base[N_STATES * N_STATES] = {0}, interv[N_STATES * N_STATES] = {0};
  fill_matrix(base, exit_base, back_base, back_base, p[P_DROP_OFF]);
  fill_matrix(interv, exit_int, back_int, back_base, p[P_DROP_OFF]);
  const mkba_cohort cohort = {.n_states = N_STATES, .start = start, .transition = {base, interv}};
  double *occ = host->scratch(ctx, sizeof(double) * 2 * (size_t)horizon * N_STATES);
  if (!occ) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  static const char *const state_ids[N_STATES] = {"opvang", "eerste_jaar", "woning_effect",
                                                  "woning"};
  const double peer = p[P_PEER_HOURS] * p[P_HOUR_COST];
  if (host->cohort_run(ctx, &cohort, occ) ||
      host->cohort_programme_cost(ctx, occ, N_STATES, S_OPVANG, MKBA_GEMEENTE, cat_support, peer) ||
      host->cohort_programme_cost(ctx, occ, N_STATES, S_EERSTE_JAAR, MKBA_GEMEENTE, cat_support,
                                  peer) ||
      mkba_cohort_resource(host, ctx, occ, N_STATES, S_OPVANG, MKBA_GEMEENTE, cat_opvang,
                           p[P_SHELTER_COST]) ||
      host->cohort_person_years(ctx, occ, N_STATES, state_ids))
    return MKBA_ERROR;

  /* Per extra person-year in a home: the home, ambulant support, quality of
     life, and bijstand at the full norm plus huurtoeslag (transfers). */
  const double ambulant = p[P_AMBULANT_HOURS] * p[P_HOUR_COST];
  const double bijstand = p[P_SHARE_BIJSTAND] * (p[P_BIJSTAND] - p[P_BIJSTAND_INST]);
  for (int t = 0; t < horizon; t++) {
    const double *ob = occ + ((size_t)MKBA_BASELINE * horizon + t) * N_STATES;
    const double *oi = occ + ((size_t)MKBA_INTERVENTION * horizon + t) * N_STATES;
    const double housed_base = ob[S_EERSTE_JAAR] + ob[S_WONING_EFFECT] + ob[S_WONING];
    const double housed_int = oi[S_EERSTE_JAAR] + oi[S_WONING_EFFECT] + oi[S_WONING];
    const double extra = housed_int - housed_base;
    if (mkba_post_resource(host, ctx, MKBA_DEELNEMER, cat_home, t, extra * p[P_DWELLING]) ||
        mkba_post_resource(host, ctx, MKBA_GEMEENTE, cat_support, t, extra * ambulant) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol, MKBA_BENEFIT, t,
                   extra * p[P_UTILITY_GAIN] * p[P_QALY_VALUE]) ||
        mkba_post_transfer(host, ctx, MKBA_GEMEENTE, MKBA_DEELNEMER, cat_bijstand, t,
                           extra * bijstand) ||
        mkba_post_transfer(host, ctx, MKBA_RIJK, MKBA_DEELNEMER, cat_ht, t,
                           extra * p[P_HUURTOESLAG]) ||
        host->outcome(ctx, out_qaly, MKBA_BASELINE, t, housed_base * p[P_UTILITY_GAIN]) ||
        host->outcome(ctx, out_qaly, MKBA_INTERVENTION, t, housed_int * p[P_UTILITY_GAIN]))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Vertrouwen in hulpverlening en bereik van zorgmijders",
                "Trust in services and reaching people who avoid care", MKBA_PM_POSITIVE,
                MKBA_DEELNEMER);
  host->pm_item(ctx, "Herstel en werk van de ervaringsdeskundige zelf",
                "Recovery and paid work of the peer workers themselves", MKBA_PM_POSITIVE,
                MKBA_SAMENLEVING);
  host->pm_item(ctx, "Minder stigma in de organisatie", "Less stigma within the organisation",
                MKBA_PM_POSITIVE, MKBA_NO_ACTOR);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "ervaringsdeskundigen", .version = "2.0.0",
            .title_nl = "Ervaringsdeskundige ondersteuning",
            .title_en = "Support by experts by experience",
            .summary_nl = "Cohort in de opvang met extra ondersteuning door ervaringsdeskundigen: "
                          "meer uitstroom naar een woning en minder terugval (na attributie en "
                          "drop-off), tegen de kosten van hun uren, de woning en de begeleiding "
                          "thuis.",
            .summary_en = "A shelter cohort with added peer support: more people move to a home "
                          "and fewer fall back (after attribution and drop-off), against the "
                          "cost of the peer workers' hours, the home and support at home.",
            MKBA_PARAMS_N(params, P_N), .compute = compute)
