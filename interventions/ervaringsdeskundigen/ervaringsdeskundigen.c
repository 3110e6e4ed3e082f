/*
 * ervaringsdeskundigen.c - support by experts by experience
 * (ervaringsdeskundige ondersteuning) for people in shelter.
 *
 * A three-state cohort (opvang, eerste_jaar: the first year in a home,
 * woning: later years) run for both arms by the host's Markov helper.
 * Everyone starts in shelter.  Peer workers join the usual support in
 * shelter and during the first year at home, where peers say they matter
 * most; not for ever after.  No Dutch effect size was found, so the two
 * effects (more people leave the shelter for a home each year, fewer fall
 * back) are assumptions with wide distributions.  With both effects at zero
 * the arms run the same matrix and only the peer workers' cost remains.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

enum {
  P_CLIENTS,
  P_PEER_HOURS,
  P_HOUR_COST,
  P_EXIT_RATE,
  P_RETURN_RATE,
  P_EXIT_INCREASE,
  P_RETURN_REDUCTION,
  P_SHELTER_COST,
  P_AMBULANT_HOURS,
  P_UTILITY_GAIN,
  P_QALY_VALUE
};

/* Cohort states, in the order of the occupancy arrays. */
enum { S_OPVANG, S_EERSTE_JAAR, S_WONING, N_STATES };

static const mkba_param params[] = {
    /* Programme size, not a national count: no sourced number of people in
       shelter to scale from (README). */
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Deelnemers in de opvang bij de start",
                   .label_en = "Participants in shelter at the start",
                   .unit = "personen",
                   .value = 50,
                   .min = 0,
                   .max = 100000,
                   .flags = MKBA_PARAM_INTEGER,
                   .source = "assumption: a typical shelter location with "
                             "one or two peer workers",
                   .confidence = MKBA_ASSUMPTION},
    /* Peer support on top of the usual support, per person-year in shelter
       or in the first year at home. */
    [P_PEER_HOURS] = {.key = "peer_hours",
                      .label_nl =
                          "Uren ervaringsdeskundige per deelnemer per jaar",
                      .label_en = "Peer worker hours per participant per year",
                      .unit = "uur per persoon per jaar",
                      .value = 40,
                      .min = 0,
                      .max = 2000,
                      .dist = MKBA_TRIANGULAR_DIST(20, 40, 60),
                      .source = "assumption: about one contact of an hour "
                                "every ten days; no Dutch caseload figure "
                                "found; the range is centred on that estimate",
                      .confidence = MKBA_ASSUMPTION},
    /* Paid peer workers are employed like other support workers, so the
       Kostenhandleiding hour of guidance at home is the nearest price. */
    [P_HOUR_COST] = {.key = "hour_cost",
                     .label_nl = "Kosten begeleiding per uur",
                     .label_en = "Support cost per hour",
                     .unit = "EUR per uur",
                     .value = 64,
                     .min = 0,
                     .max = 500,
                     .price_year = 2022,
                     .unit_cost = "home_guidance_hour",
                     .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen "
                               "et al. 2024)",
                     .confidence = MKBA_VERIFIED},
    /* Baseline yearly probability of leaving the shelter for a home. */
    [P_EXIT_RATE] = {.key = "exit_rate",
                     .label_nl =
                         "Kans per jaar op uitstroom naar een woning (zonder)",
                     .label_en =
                         "Yearly probability of moving to a home (baseline)",
                     .unit = "kans per jaar",
                     .value = (0.15 + 4 * 0.30 + 0.60) / 6, /* 0.325, the PERT's mean */
                     .min = 0,
                     .max = 1,
                     .dist = MKBA_PERT_DIST(0.15, 0.30, 0.60),
                     .source = "assumption: Dutch outflow rates from shelter "
                               "were not found; the 2024 letter reports "
                               "that demand for shelter exceeds supply "
                               "because outflow is slow; the base case is "
                               "the mean of the assumed PERT",
                     .confidence = MKBA_ASSUMPTION},
    /* Baseline yearly probability of falling back from a home into shelter,
       the same in the first and later years (no source to tell them apart). */
    [P_RETURN_RATE] =
        {.key = "return_rate",
         .label_nl = "Kans per jaar op terugval naar de opvang (zonder)",
         .label_en =
             "Yearly probability of falling back into shelter (baseline)",
         .unit = "kans per jaar",
         .value = (0.05 + 4 * 0.15 + 0.30) / 6, /* 0.158, the PERT's mean */
         .min = 0,
         .max = 1,
         .dist = MKBA_PERT_DIST(0.05, 0.15, 0.30),
         .source = "assumption: of the order of the 17% of "
                   "Housing First participants who became "
                   "homeless again (Trimbos 2023), which is "
                   "another intervention; the base case is the "
                   "mean of the assumed PERT",
         .confidence = MKBA_ASSUMPTION},
    /* Effect 1: relative rise of the yearly outflow rate. */
    [P_EXIT_INCREASE] =
        {.key = "exit_increase",
         .label_nl = "Relatieve toename uitstroom door ervaringsdeskundige",
         .label_en = "Relative increase in outflow due to peer support",
         .unit = "fractie",
         .value = (0 + 0.20 + 0.50) / 3, /* 0.233, the triangle's mean */
         .min = 0,
         .max = 5,
         .dist = MKBA_TRIANGULAR_DIST(0, 0.20, 0.50),
         .source = "assumption: no Dutch effect size found "
                   "(the VWS MKBA on ervaringsdeskundige "
                   "ondersteuning of 2021 was not available); the "
                   "base case is the mean of the assumed triangle",
         .confidence = MKBA_ASSUMPTION},
    /* Effect 2: relative fall of the yearly fall-back rate. */
    [P_RETURN_REDUCTION] =
        {.key = "return_reduction",
         .label_nl = "Relatieve afname terugval door ervaringsdeskundige",
         .label_en = "Relative reduction in fall-back due to peer support",
         .unit = "fractie",
         .value = (0 + 0.20 + 0.50) / 3, /* 0.233, the triangle's mean */
         .min = 0,
         .max = 1,
         .dist = MKBA_TRIANGULAR_DIST(0, 0.20, 0.50),
         .source = "assumption: no Dutch effect size "
                   "found; the base case is the mean of the "
                   "assumed triangle",
         .confidence = MKBA_ASSUMPTION},
    /* Public cost of a person-year in 24-hour shelter. */
    [P_SHELTER_COST] = {.key = "shelter_cost",
                        .label_nl = "Kosten opvang per persoon per jaar",
                        .label_en = "Shelter cost per person per year",
                        .unit = "EUR per persoon per jaar",
                        .value = 10384,
                        .min = 0,
                        .max = 200000,
                        .price_year = 2011,
                        .unit_cost = "shelter_residential_year",
                        .source = "Cebeon 2011 via DRIFT/Stichting "
                                  "Zwerfjongeren Nederland 2018 (price level "
                                  "about 2011)",
                        .confidence = MKBA_VERIFIED},
    /* People who move home still need ambulant support, in both arms. */
    [P_AMBULANT_HOURS] =
        {.key = "ambulant_hours",
         .label_nl = "Uren ambulante begeleiding per jaar in een woning",
         .label_en = "Ambulant support hours per year at home",
         .unit = "uur per persoon per jaar",
         .value = 100,
         .min = 0,
         .max = 2000,
         .dist = MKBA_TRIANGULAR_DIST(50, 100, 150),
         .source = "assumption: about two hours a week; the "
                   "range is centred on that estimate",
         .confidence = MKBA_ASSUMPTION},
    /* Quality of life at home compared with shelter, per person-year. */
    [P_UTILITY_GAIN] =
        {.key = "utility_gain",
         .label_nl = "Winst kwaliteit van leven in een woning t.o.v. opvang",
         .label_en = "Quality-of-life gain at home over shelter",
         .unit = "QALY per persoonsjaar",
         .value = 0.10,
         .min = -1,
         .max = 1,
         .dist = MKBA_TRIANGULAR_DIST(0, 0.10, 0.20),
         .source = "assumption: no Dutch utility values for "
                   "shelter and housing found",
         .confidence = MKBA_ASSUMPTION},
    /* Money value of a QALY in Dutch practice: at least EUR 50,000. */
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model,
                   const double *p, char *err, size_t errlen) {
  (void)model;
  const int horizon = host->horizon(ctx);
  int cat_peer =
      host->category(ctx, "ervaringsdeskundigen",
                     "Ervaringsdeskundige ondersteuning", "Peer support");
  int cat_opvang = host->category(ctx, "opvang", "Opvang", "Shelter");
  int cat_ambulant =
      host->category(ctx, "ambulante_begeleiding", "Ambulante begeleiding",
                     "Ambulant support");
  int cat_qol = host->category(ctx, "kwaliteit_van_leven",
                               "Kwaliteit van leven", "Quality of life");
  int out_qaly = host->outcome_id(ctx, "qaly", "QALY's", "QALYs", "QALY");
  if (cat_peer < 0 || cat_opvang < 0 || cat_ambulant < 0 || cat_qol < 0 ||
      out_qaly < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  /* Clamped so a large relative rise stays a probability. */
  const double exit_base = p[P_EXIT_RATE];
  const double exit_int = fmin(1.0, exit_base * (1.0 + p[P_EXIT_INCREASE]));
  const double back_base = p[P_RETURN_RATE];
  const double back_int = back_base * (1.0 - p[P_RETURN_REDUCTION]);
  const double start[N_STATES] = {p[P_CLIENTS], 0.0, 0.0};
  /* Rows: from opvang, eerste_jaar, woning; columns in the same order. */
  const double base[N_STATES * N_STATES] = {
      1.0 - exit_base, exit_base, 0.0,              /* opvang */
      back_base,       0.0,       1.0 - back_base,  /* eerste_jaar */
      back_base,       0.0,       1.0 - back_base}; /* woning */
  const double interv[N_STATES * N_STATES] = {
      1.0 - exit_int, exit_int, 0.0,             /* opvang */
      back_int,       0.0,      1.0 - back_int,  /* eerste_jaar */
      back_int,       0.0,      1.0 - back_int}; /* woning */
  const mkba_cohort cohort = {
      .n_states = N_STATES, .start = start, .transition = {base, interv}};
  double *occ =
      host->scratch(ctx, sizeof(double) * 2 * (size_t)horizon * N_STATES);
  if (!occ) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  static const char *const state_ids[N_STATES] = {"opvang", "eerste_jaar",
                                                  "woning"};
  const double peer = p[P_PEER_HOURS] * p[P_HOUR_COST];
  const double ambulant = p[P_AMBULANT_HOURS] * p[P_HOUR_COST];
  if (host->cohort_run(ctx, &cohort, occ) ||
      host->cohort_programme_cost(ctx, occ, N_STATES, S_OPVANG, MKBA_GEMEENTE,
                                  cat_peer, peer) ||
      host->cohort_programme_cost(ctx, occ, N_STATES, S_EERSTE_JAAR,
                                  MKBA_GEMEENTE, cat_peer, peer) ||
      host->cohort_state_cost(ctx, occ, N_STATES, S_OPVANG, MKBA_GEMEENTE,
                              cat_opvang, p[P_SHELTER_COST]) ||
      host->cohort_state_cost(ctx, occ, N_STATES, S_EERSTE_JAAR, MKBA_GEMEENTE,
                              cat_ambulant, ambulant) ||
      host->cohort_state_cost(ctx, occ, N_STATES, S_WONING, MKBA_GEMEENTE,
                              cat_ambulant, ambulant) ||
      host->cohort_person_years(ctx, occ, N_STATES, state_ids))
    return MKBA_ERROR;

  for (int t = 0; t < horizon; t++) {
    const double *ob = occ + (MKBA_BASELINE * horizon + t) * N_STATES;
    const double *oi = occ + (MKBA_INTERVENTION * horizon + t) * N_STATES;
    const double housed_base = ob[S_EERSTE_JAAR] + ob[S_WONING];
    const double housed_int = oi[S_EERSTE_JAAR] + oi[S_WONING];
    const double qaly = (housed_int - housed_base) * p[P_UTILITY_GAIN];
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol,
                   MKBA_BENEFIT, t, qaly * p[P_QALY_VALUE]) ||
        host->outcome(ctx, out_qaly, MKBA_BASELINE, t,
                      housed_base * p[P_UTILITY_GAIN]) ||
        host->outcome(ctx, out_qaly, MKBA_INTERVENTION, t,
                      housed_int * p[P_UTILITY_GAIN]))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Vertrouwen in hulpverlening en bereik van zorgmijders",
                "Trust in services and reaching people who avoid care",
                MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Herstel en werk van de ervaringsdeskundige zelf",
                "Recovery and paid work of the peer workers themselves",
                MKBA_PM_POSITIVE, MKBA_SAMENLEVING);
  host->pm_item(ctx, "Minder stigma in de organisatie",
                "Less stigma within the organisation", MKBA_PM_POSITIVE,
                MKBA_NO_ACTOR);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "ervaringsdeskundigen", .version = "1.0.0",
            .title_nl = "Ervaringsdeskundige ondersteuning",
            .title_en = "Support by experts by experience",
            .summary_nl =
                "Cohort in de opvang met extra ondersteuning door "
                "ervaringsdeskundigen: meer uitstroom naar een woning en "
                "minder terugval, tegen de kosten van hun uren.",
            .summary_en =
                "A shelter cohort with added peer support: more people move "
                "to a home and fewer fall back, against the cost of the peer "
                "workers' hours.",
            MKBA_PARAMS(params), .compute = compute)
