/*
 * beschermd_thuis.c - from sheltered housing to a protected home
 * (van beschermd wonen naar een beschermd thuis).
 *
 * A two-state cohort (beschermd_wonen: residential sheltered housing;
 * thuis: an own home with ambulant support) run for both arms by the host's
 * Markov helper.  Everyone starts in beschermd wonen.  The intervention adds
 * a transition effort for the residents (extra guidance hours to prepare and
 * make the move) and raises the yearly outflow to a home by `extra_outflow`.
 * Moving home swaps the beschermd-wonen tariff for ambulant support hours
 * and rent; the fall-back rate is the same in both arms.  With
 * extra_outflow = 0 the arms run the same matrix and only the transition
 * effort remains.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

enum {
  P_CLIENTS,
  P_OUTFLOW,
  P_RETURN_RATE,
  P_EXTRA_OUTFLOW,
  P_BW_COST,
  P_AMBULANT_HOURS,
  P_HOUR_COST,
  P_TRANSITION_HOURS,
  P_RENT,
  P_UTILITY_GAIN,
  P_QALY_VALUE
};

/* Cohort states, in the order of the occupancy arrays. */
enum { S_BW, S_THUIS, N_STATES };

static const mkba_param params[] = {
    /* Programme size: no sourced national count of beschermd-wonen
       residents, so the region does not scale it. */
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Bewoners beschermd wonen bij de start",
                   .label_en = "Sheltered-housing residents at the start",
                   .unit = "personen",
                   .value = 50,
                   .min = 0,
                   .max = 100000,
                   .flags = MKBA_PARAM_INTEGER,
                   .source = "assumption: a few locations of one provider",
                   .confidence = MKBA_ASSUMPTION},
    /* Baseline yearly probability of moving from beschermd wonen to an own
       home with ambulant support. */
    [P_OUTFLOW] = {.key = "outflow",
                   .label_nl =
                       "Kans per jaar op uitstroom naar eigen woning (zonder)",
                   .label_en =
                       "Yearly probability of moving to an own home (baseline)",
                   .unit = "kans per jaar",
                   .value = (0.05 + 4 * 0.10 + 0.20) / 6, /* 0.108, the PERT's mean */
                   .min = 0,
                   .max = 1,
                   .dist = MKBA_PERT_DIST(0.05, 0.10, 0.20),
                   .source = "assumption: Dutch outflow rates from beschermd "
                             "wonen were not found; the base case is the "
                             "mean of the assumed PERT",
                   .confidence = MKBA_ASSUMPTION},
    /* Yearly probability that someone at home needs beschermd wonen again;
       equal in both arms, so the model credits no better retention. */
    [P_RETURN_RATE] =
        {.key = "return_rate",
         .label_nl = "Kans per jaar op terugkeer naar beschermd wonen",
         .label_en = "Yearly probability of returning to sheltered housing",
         .unit = "kans per jaar",
         .value = (0.03 + 4 * 0.10 + 0.25) / 6, /* 0.113, the PERT's mean */
         .min = 0,
         .max = 1,
         .dist = MKBA_PERT_DIST(0.03, 0.10, 0.25),
         .source = "assumption: no Dutch figure found; the base case "
                   "is the mean of the assumed PERT",
         .confidence = MKBA_ASSUMPTION},
    /* The effect: extra yearly outflow to a home, in probability points. */
    [P_EXTRA_OUTFLOW] = {.key = "extra_outflow",
                         .label_nl = "Extra uitstroom per jaar door de aanpak",
                         .label_en = "Extra yearly outflow due to the approach",
                         .unit = "kanspunten per jaar",
                         .value = (0 + 0.10 + 0.25) / 3, /* 0.117, the triangle's mean */
                         .min = 0,
                         .max = 1,
                         .dist = MKBA_TRIANGULAR_DIST(0, 0.10, 0.25),
                         .source = "assumption: the letters describe the "
                                   "move from residential to ambulant care "
                                   "but give no size; the base case is the "
                                   "mean of the assumed triangle",
                         .confidence = MKBA_ASSUMPTION},
    /* What a year of beschermd wonen costs the gemeente. */
    [P_BW_COST] = {.key = "bw_cost",
                   .label_nl = "Kosten beschermd wonen per persoon per jaar",
                   .label_en = "Sheltered housing cost per person per year",
                   .unit = "EUR per persoon per jaar",
                   .value = 32016,
                   .min = 0,
                   .max = 200000,
                   .price_year = 2022,
                   .unit_cost = "sheltered_housing_pgb_year",
                   .source = "Tarieftabel pgb beschermd wonen 2022 "
                             "(gmb-2021-482859): EUR 87.71 per day",
                   .confidence = MKBA_VERIFIED},
    /* Ambulant support at home, per person-year (both arms). */
    [P_AMBULANT_HOURS] = {.key = "ambulant_hours",
                          .label_nl =
                              "Uren ambulante begeleiding per jaar thuis",
                          .label_en = "Ambulant support hours per year at home",
                          .unit = "uur per persoon per jaar",
                          .value = 200,
                          .min = 0,
                          .max = 3000,
                          .dist = MKBA_TRIANGULAR_DIST(100, 200, 300),
                          .source = "assumption: about four hours a week; "
                                    "people leaving beschermd wonen need "
                                    "more than average ambulant support; the "
                                    "range is centred on that estimate",
                          .confidence = MKBA_ASSUMPTION},
    /* The nearest sourced price of a social-domain professional's hour. */
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
    /* The intervention's own cost: extra guidance for every resident still
       in beschermd wonen (training for living alone, finding a home). */
    [P_TRANSITION_HOURS] =
        {.key = "transition_hours",
         .label_nl = "Extra uren transitiebegeleiding per bewoner per jaar",
         .label_en = "Extra transition guidance hours per resident per year",
         .unit = "uur per persoon per jaar",
         .value = 40,
         .min = 0,
         .max = 2000,
         .dist = MKBA_TRIANGULAR_DIST(20, 40, 60),
         .source = "assumption: nearly an hour a week on "
                   "top of the usual support; the range is "
                   "centred on that estimate",
         .confidence = MKBA_ASSUMPTION},
    /* The home itself: the beschermd-wonen tariff includes the stay, a home
       does not, so rent is a real cost of living at home. */
    [P_RENT] = {.key = "rent",
                .label_nl = "Woonlasten eigen woning per jaar",
                .label_en = "Housing cost of an own home per year",
                .unit = "EUR per persoon per jaar",
                .value = 7200,
                .min = 0,
                .max = 50000,
                .price_year = 2024,
                .dist = MKBA_UNIFORM_DIST(5000, 9400),
                .source = "assumption: social rent of about EUR 600 a month; "
                          "the range is centred on that estimate",
                .confidence = MKBA_ASSUMPTION},
    /* Quality of life at home compared with beschermd wonen; may be
       negative for people who end up lonely. */
    [P_UTILITY_GAIN] =
        {.key = "utility_gain",
         .label_nl = "Winst kwaliteit van leven thuis t.o.v. beschermd wonen",
         .label_en = "Quality-of-life gain at home over sheltered housing",
         .unit = "QALY per persoonsjaar",
         .value = 0.05,
         .min = -1,
         .max = 1,
         .dist = MKBA_TRIANGULAR_DIST(-0.05, 0.05, 0.15),
         .source = "assumption: no Dutch utility values "
                   "found; small and possibly negative",
         .confidence = MKBA_ASSUMPTION},
    /* Money value of a QALY in Dutch practice: at least EUR 50,000. */
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model,
                   const double *p, char *err, size_t errlen) {
  (void)model;
  const int horizon = host->horizon(ctx);
  int cat_bw = host->category(ctx, "beschermd_wonen", "Beschermd wonen",
                              "Sheltered housing");
  int cat_ambulant =
      host->category(ctx, "ambulante_begeleiding", "Ambulante begeleiding",
                     "Ambulant support");
  int cat_transition =
      host->category(ctx, "transitiebegeleiding", "Transitiebegeleiding",
                     "Transition guidance");
  int cat_rent =
      host->category(ctx, "woonlasten", "Woonlasten", "Housing cost");
  int cat_qol = host->category(ctx, "kwaliteit_van_leven",
                               "Kwaliteit van leven", "Quality of life");
  int out_qaly = host->outcome_id(ctx, "qaly", "QALY's", "QALYs", "QALY");
  if (cat_bw < 0 || cat_ambulant < 0 || cat_transition < 0 || cat_rent < 0 ||
      cat_qol < 0 || out_qaly < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  const double out_base = p[P_OUTFLOW];
  /* Clamped so a large effect stays a probability. */
  const double out_int = fmin(1.0, out_base + p[P_EXTRA_OUTFLOW]);
  const double back = p[P_RETURN_RATE];
  const double start[N_STATES] = {p[P_CLIENTS], 0.0};
  const double base[N_STATES * N_STATES] = {1.0 - out_base, out_base, back,
                                            1.0 - back};
  const double interv[N_STATES * N_STATES] = {1.0 - out_int, out_int, back,
                                              1.0 - back};
  const mkba_cohort cohort = {
      .n_states = N_STATES, .start = start, .transition = {base, interv}};
  double *occ =
      host->scratch(ctx, sizeof(double) * 2 * (size_t)horizon * N_STATES);
  if (!occ) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  static const char *const state_ids[N_STATES] = {"beschermd_wonen", "thuis"};
  if (host->cohort_run(ctx, &cohort, occ) ||
      host->cohort_programme_cost(ctx, occ, N_STATES, S_BW, MKBA_GEMEENTE,
                                  cat_transition,
                                  p[P_TRANSITION_HOURS] * p[P_HOUR_COST]) ||
      host->cohort_state_cost(ctx, occ, N_STATES, S_BW, MKBA_GEMEENTE, cat_bw,
                              p[P_BW_COST]) ||
      host->cohort_state_cost(ctx, occ, N_STATES, S_THUIS, MKBA_GEMEENTE,
                              cat_ambulant,
                              p[P_AMBULANT_HOURS] * p[P_HOUR_COST]) ||
      host->cohort_state_cost(ctx, occ, N_STATES, S_THUIS, MKBA_DEELNEMER,
                              cat_rent, p[P_RENT]) ||
      host->cohort_person_years(ctx, occ, N_STATES, state_ids))
    return MKBA_ERROR;

  for (int t = 0; t < horizon; t++) {
    const double home_base =
        occ[(MKBA_BASELINE * horizon + t) * N_STATES + S_THUIS];
    const double home_int =
        occ[(MKBA_INTERVENTION * horizon + t) * N_STATES + S_THUIS];
    const double qaly = (home_int - home_base) * p[P_UTILITY_GAIN];
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol,
                   MKBA_BENEFIT, t, qaly * p[P_QALY_VALUE]) ||
        host->outcome(ctx, out_qaly, MKBA_BASELINE, t,
                      home_base * p[P_UTILITY_GAIN]) ||
        host->outcome(ctx, out_qaly, MKBA_INTERVENTION, t,
                      home_int * p[P_UTILITY_GAIN]))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Plekken beschermd wonen vrij voor wachtenden",
                "Sheltered-housing places freed for people waiting",
                MKBA_PM_POSITIVE, MKBA_GEMEENTE);
  host->pm_item(ctx, "Meedoen in de wijk (sociale inclusie)",
                "Taking part in the neighbourhood (social inclusion)",
                MKBA_PM_POSITIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Risico op eenzaamheid en verwaarlozing thuis",
                "Risk of loneliness and self-neglect at home", MKBA_PM_NEGATIVE,
                MKBA_DEELNEMER);
  host->pm_item(ctx, "Overlast of juist acceptatie in de buurt",
                "Nuisance, or acceptance, in the neighbourhood",
                MKBA_PM_UNKNOWN, MKBA_SAMENLEVING);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "beschermd_thuis", .version = "1.0.0",
            .title_nl = "Van beschermd wonen naar beschermd thuis",
            .title_en = "From sheltered housing to a protected home",
            .summary_nl =
                "Cohort in beschermd wonen; extra begeleiding laat meer "
                "bewoners per jaar verhuizen naar een eigen woning met "
                "ambulante begeleiding.",
            .summary_en =
                "A sheltered-housing cohort; extra guidance lets more "
                "residents a year move to an own home with ambulant support.",
            MKBA_PARAMS(params), .compute = compute)
