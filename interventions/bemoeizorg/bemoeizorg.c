/*
 * bemoeizorg.c - outreach care for people who do not ask for help
 * (bemoeizorg, a Wmo task of the gemeente).
 *
 * A yearly model, the same every year of the horizon: an outreach team
 * reaches `clients` people a year.  Without it, each has a number of
 * escalations a year: days in a psychiatric crisis admission, police
 * incidents, and a chance of eviction.  The team prevents a share `effect`
 * of them, within the same year.  The people it stabilises take up GGZ
 * treatment, a cost that is honest to book, and gain quality of life.  With
 * effect = 0 only the team's hours remain.
 */
#include <mkba_plugin.h>

#include <stdio.h>

enum {
  P_CLIENTS,
  P_OUTREACH_HOURS,
  P_HOUR_COST,
  P_EFFECT,
  P_CRISIS_DAYS,
  P_CRISIS_DAY_COST,
  P_INCIDENTS,
  P_INCIDENT_COST,
  P_EVICTION_RISK,
  P_EVICTION_COST,
  P_LANDLORD_SHARE,
  P_TREATMENT_CONTACTS,
  P_CONTACT_COST,
  P_UTILITY_GAIN,
  P_QALY_VALUE
};

static const mkba_param params[] = {
    /* Caseload of one regional team; no national count to scale from. */
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Cliënten bemoeizorg per jaar",
                   .label_en = "Outreach clients a year",
                   .unit = "personen per jaar",
                   .value = 100,
                   .min = 0,
                   .max = 100000,
                   .flags = MKBA_PARAM_INTEGER,
                   .source = "assumption: one regional team; the 2024 "
                             "letter gives no numbers",
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
                          .source = "assumption: no Dutch caseload figure "
                                    "found; the base case is the mean of the "
                                    "assumed triangle",
                          .confidence = MKBA_ASSUMPTION},
    /* The nearest sourced price of a social-domain professional's hour. */
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
    /* The effect: share of escalations prevented, and of clients
       stabilised. */
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Aandeel voorkomen escalaties",
                  .label_en = "Share of escalations prevented",
                  .unit = "fractie",
                  .value = 0.3,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(3, 7),
                  .source = "assumption: the Movisie action research on "
                            "bemoeizorg reports at the end of 2025; no "
                            "effect size yet",
                  .confidence = MKBA_ASSUMPTION},
    /* Baseline crisis admission days per client per year. */
    [P_CRISIS_DAYS] = {.key = "crisis_days",
                       .label_nl =
                           "Dagen crisisopname per jaar zonder bemoeizorg",
                       .label_en =
                           "Crisis admission days a year without outreach",
                       .unit = "dagen per persoon per jaar",
                       .value = (0 + 10 + 30) / 3.0, /* 13.3, the triangle's mean */
                       .min = 0,
                       .max = 365,
                       .dist = MKBA_TRIANGULAR_DIST(0, 10, 30),
                       .source = "assumption: no Dutch figure found; the base "
                                 "case is the mean of the assumed triangle",
                       .confidence = MKBA_ASSUMPTION},
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
                           .source = "Kostenhandleiding 2024 (Hakkaart-van "
                                     "Roijen et al. 2024)",
                           .confidence = MKBA_VERIFIED},
    /* Baseline public-order incidents per client per year. */
    [P_INCIDENTS] = {.key = "incidents",
                     .label_nl =
                         "Incidenten openbare orde per jaar zonder bemoeizorg",
                     .label_en =
                         "Public-order incidents a year without outreach",
                     .unit = "incidenten per persoon per jaar",
                     .value = (0 + 1.5 + 5) / 3, /* 2.17, the triangle's mean */
                     .min = 0,
                     .max = 50,
                     .dist = MKBA_TRIANGULAR_DIST(0, 1.5, 5),
                     .source = "assumption: no Dutch figure found; "
                               "bemoeizorg chains include the police; the "
                               "base case is the mean of the assumed triangle",
                     .confidence = MKBA_ASSUMPTION},
    /* Kostenhandleiding cost of a public-order offence (police, justice,
       victims; what it includes is not documented). */
    [P_INCIDENT_COST] = {.key = "incident_cost",
                         .label_nl = "Kosten per incident openbare orde",
                         .label_en = "Cost per public-order incident",
                         .unit = "EUR per incident",
                         .value = 3605,
                         .min = 0,
                         .max = 100000,
                         .price_year = 2022,
                         .unit_cost = "crime_disorderly",
                         .source = "Kostenhandleiding 2024 (Hakkaart-van "
                                   "Roijen et al. 2024)",
                         .confidence = MKBA_VERIFIED},
    /* Baseline yearly probability of eviction. */
    [P_EVICTION_RISK] =
        {.key = "eviction_risk",
         .label_nl = "Kans op huisuitzetting per jaar zonder bemoeizorg",
         .label_en = "Yearly probability of eviction without outreach",
         .unit = "kans per jaar",
         .value = (0 + 0.05 + 0.15) / 3, /* 0.067, the triangle's mean */
         .min = 0,
         .max = 1,
         .dist = MKBA_TRIANGULAR_DIST(0, 0.05, 0.15),
         .source = "assumption: many referrals come from "
                   "landlords about neglect or arrears; no "
                   "figure found; the base case is the mean of "
                   "the assumed triangle",
         .confidence = MKBA_ASSUMPTION},
    /* Societal cost of an eviction; only a secondary source exists. */
    [P_EVICTION_COST] = {.key = "eviction_cost",
                         .label_nl =
                             "Maatschappelijke kosten per huisuitzetting",
                         .label_en = "Societal cost per eviction",
                         .unit = "EUR per huisuitzetting",
                         .value = 100000,
                         .min = 0,
                         .max = 1000000,
                         .price_year = 2018,
                         .unit_cost = "eviction_societal",
                         /* Centred on the value bank's EUR 100,000; wide,
                            as the figure has only a secondary source. */
                         .dist = MKBA_TRIANGULAR_DIST(30000, 100000, 170000),
                         .source = "Stadlander (based on a master thesis), "
                                   "secondary source only; price year "
                                   "assumed 2018",
                         .confidence = MKBA_SECONDARY},
    /* Part of that cost the landlord bears; the gemeente (shelter, support
       after eviction) gets the rest. */
    [P_LANDLORD_SHARE] = {.key = "landlord_share",
                          .label_nl =
                              "Aandeel verhuurder in kosten huisuitzetting",
                          .label_en = "Landlord's share of the eviction cost",
                          .unit = "fractie",
                          .value = 0.065,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_UNIFORM_DIST(0.05, 0.08),
                          .source = "assumption: a landlord cost of EUR "
                                    "5,000 to 8,000 per eviction (unverified: "
                                    "no source was found) out of EUR 100,000",
                          .confidence = MKBA_ASSUMPTION},
    /* GGZ contacts a stabilised client takes up, paid by the insurer. */
    [P_TREATMENT_CONTACTS] =
        {.key = "treatment_contacts",
         .label_nl = "Extra GGZ-contacten per gestabiliseerde cliënt",
         .label_en = "Extra mental-health contacts per stabilised client",
         .unit = "contacten per persoon per jaar",
         .value = 12,
         .min = 0,
         .max = 500,
         .dist = MKBA_TRIANGULAR_DIST(4, 7, 25),
         .source = "assumption: about one contact a "
                   "month once in care; the mode is set so "
                   "that the mean is that estimate",
         .confidence = MKBA_ASSUMPTION},
    /* Kostenhandleiding price of a specialised GGZ contact. */
    [P_CONTACT_COST] = {.key = "contact_cost",
                        .label_nl = "Kosten contact gespecialiseerde GGZ",
                        .label_en =
                            "Cost of a specialised mental-health contact",
                        .unit = "EUR per contact",
                        .value = 134,
                        .min = 0,
                        .max = 5000,
                        .price_year = 2022,
                        .unit_cost = "ggz_specialised_contact",
                        .source = "Kostenhandleiding 2024 (Hakkaart-van "
                                  "Roijen et al. 2024)",
                        .confidence = MKBA_VERIFIED},
    /* Quality of life of a stabilised client over the year. */
    [P_UTILITY_GAIN] =
        {.key = "utility_gain",
         .label_nl = "Winst kwaliteit van leven per gestabiliseerde cliënt",
         .label_en = "Quality-of-life gain per stabilised client",
         .unit = "QALY per persoon per jaar",
         .value = (0 + 0.05 + 0.15) / 3, /* 0.067, the triangle's mean */
         .min = -1,
         .max = 1,
         .dist = MKBA_TRIANGULAR_DIST(0, 0.05, 0.15),
         .source = "assumption: no Dutch utility values found; the "
                   "base case is the mean of the assumed triangle",
         .confidence = MKBA_ASSUMPTION},
    /* Money value of a QALY in Dutch practice: at least EUR 50,000. */
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model,
                   const double *p, char *err, size_t errlen) {
  (void)model;
  int cat_outreach =
      host->category(ctx, "bemoeizorg", "Bemoeizorg", "Outreach care");
  int cat_crisis = host->category(ctx, "crisisopname", "Crisisopname GGZ",
                                  "Psychiatric crisis admission");
  int cat_police = host->category(ctx, "politie_justitie",
                                  "Politie en justitie", "Police and justice");
  int cat_eviction =
      host->category(ctx, "huisuitzetting", "Huisuitzetting", "Eviction");
  int cat_treatment = host->category(ctx, "ggz_behandeling", "GGZ-behandeling",
                                     "Mental-health treatment");
  int cat_qol = host->category(ctx, "kwaliteit_van_leven",
                               "Kwaliteit van leven", "Quality of life");
  int out_stable =
      host->outcome_id(ctx, "gestabiliseerd", "Gestabiliseerde cliënten",
                       "Stabilised clients", "personen");
  int out_evictions =
      host->outcome_id(ctx, "huisuitzettingen", "Huisuitzettingen", "Evictions",
                       "huisuitzettingen");
  if (cat_outreach < 0 || cat_crisis < 0 || cat_police < 0 ||
      cat_eviction < 0 || cat_treatment < 0 || cat_qol < 0 || out_stable < 0 ||
      out_evictions < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  const double clients = p[P_CLIENTS];
  const double e = p[P_EFFECT];
  const double stabilised = clients * e;
  const double evictions_base = clients * p[P_EVICTION_RISK];
  const double evictions_int = evictions_base * (1.0 - e);
  const double eviction_saving =
      (evictions_base - evictions_int) * p[P_EVICTION_COST];

  for (int t = 0; t < host->horizon(ctx); t++) {
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_outreach,
                   MKBA_COST, t,
                   clients * p[P_OUTREACH_HOURS] * p[P_HOUR_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_ZORGVERZEKERAAR, cat_crisis,
                   MKBA_BENEFIT, t,
                   clients * e * p[P_CRISIS_DAYS] * p[P_CRISIS_DAY_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_RIJK, cat_police, MKBA_BENEFIT,
                   t, clients * e * p[P_INCIDENTS] * p[P_INCIDENT_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_WONINGCORPORATIE, cat_eviction,
                   MKBA_BENEFIT, t, eviction_saving * p[P_LANDLORD_SHARE]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_eviction,
                   MKBA_BENEFIT, t,
                   eviction_saving * (1.0 - p[P_LANDLORD_SHARE])) ||
        /* Care taken up because of the outreach is a cost of it. */
        host->flow(ctx, MKBA_INTERVENTION, MKBA_ZORGVERZEKERAAR, cat_treatment,
                   MKBA_COST, t,
                   stabilised * p[P_TREATMENT_CONTACTS] * p[P_CONTACT_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol,
                   MKBA_BENEFIT, t,
                   stabilised * p[P_UTILITY_GAIN] * p[P_QALY_VALUE]) ||
        host->outcome(ctx, out_stable, MKBA_BASELINE, t, 0.0) ||
        host->outcome(ctx, out_stable, MKBA_INTERVENTION, t, stabilised) ||
        host->outcome(ctx, out_evictions, MKBA_BASELINE, t, evictions_base) ||
        host->outcome(ctx, out_evictions, MKBA_INTERVENTION, t, evictions_int))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Minder overlast voor buren",
                "Less nuisance for neighbours", MKBA_PM_POSITIVE,
                MKBA_SAMENLEVING);
  host->pm_item(ctx, "Minder gedwongen zorg (Wvggz)",
                "Less compulsory care (Wvggz)", MKBA_PM_POSITIVE,
                MKBA_DEELNEMER);
  host->pm_item(ctx, "Inbreuk op autonomie van de cliënt",
                "Intrusion on the client's autonomy", MKBA_PM_NEGATIVE,
                MKBA_DEELNEMER);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "bemoeizorg", .version = "1.0.0", .title_nl = "Bemoeizorg",
            .title_en = "Outreach care for people who do not ask for help",
            .summary_nl =
                "Een outreachend team bereikt zorgmijders en voorkomt een deel "
                "van crisisopnames, politie-incidenten en huisuitzettingen.",
            .summary_en =
                "An outreach team reaches people who avoid care and prevents "
                "part of crisis admissions, police incidents and evictions.",
            MKBA_PARAMS(params), .compute = compute)
