/*
 * vroegsignalering_schulden.c - early detection of payment arrears
 * (vroegsignalering): landlords, energy and water companies and health
 * insurers report arrears, and the municipality's debt help reaches out
 * before the debts pile up (Wet gemeentelijke schuldhulpverlening, 2021).
 *
 * Model, per year: every signal gets outreach; a share `reach` of the
 * households accept light help; for a share `effect` of those the arrears
 * are resolved before they escalate.  Each resolved household avoids, with
 * some chance, a later full debt-counselling trajectory and an eviction
 * (the landlord's cost and a spell in shelter), and gains some quality of
 * life.  Outreach and help cost the same with or without effect.  See
 * README.md.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_SIGNALS,        /* arrears signals a year */
  P_OUTREACH,       /* outreach contacts per signal */
  P_REACH,          /* share of signals that lead to accepted help */
  P_HELP_CONTACTS,  /* contacts of light help per household helped */
  P_CONTACT_COST,   /* price of a social-work contact */
  P_EFFECT,         /* share of helped households whose arrears resolve */
  P_HELP_AVOIDED,   /* chance an escalated case needs debt counselling */
  P_CASE_COST,      /* price of a debt-counselling case */
  P_EVICTION_RISK,  /* chance escalated arrears end in eviction */
  P_LANDLORD_COST,  /* landlord's cost per eviction */
  P_HOMELESS_SHARE, /* share of evicted households that become homeless */
  P_SHELTER_YEARS,  /* years in shelter of those */
  P_SHELTER_COST,   /* shelter per person-year */
  P_UTILITY_GAIN,   /* utility gain per resolved household, one year */
  P_QALY_VALUE,     /* euros per QALY */
  P_N
};

static const mkba_param params[] = {
    [P_SIGNALS] = {.key = "signals",
                   .label_nl = "Signalen van betalingsachterstand per jaar",
                   .label_en = "Payment-arrears signals per year",
                   .unit = "signalen per jaar",
                   .value = 500,
                   .min = 0,
                   .max = 10000000,
                   .flags = MKBA_PARAM_INTEGER,
                   .source = "assumption: a mid-sized municipality; no Dutch "
                             "count of signals found",
                   .confidence = MKBA_ASSUMPTION},
    [P_OUTREACH] = {.key = "outreach_contacts",
                    .label_nl = "Outreachcontacten per signaal",
                    .label_en = "Outreach contacts per signal",
                    .unit = "contacten per signaal",
                    .value = 1,
                    .min = 0,
                    .max = 20,
                    .dist = MKBA_UNIFORM_DIST(0.5, 1.5),
                    .source = "assumption: a letter, a call or a visit per "
                              "signal; the range is centred on one",
                    .confidence = MKBA_ASSUMPTION},
    [P_REACH] = {.key = "reach",
                 .label_nl = "Aandeel signalen dat tot geaccepteerde hulp "
                             "leidt",
                 .label_en = "Share of signals that lead to accepted help",
                 .unit = "fractie",
                 .value = 0.35,
                 .min = 0,
                 .max = 1,
                 .dist = MKBA_BETA_DIST(3.5, 6.5),
                 .source = "assumption: many households do not respond to "
                           "outreach; no Dutch rate found",
                 .confidence = MKBA_ASSUMPTION},
    [P_HELP_CONTACTS] = {.key = "help_contacts",
                         .label_nl = "Contacten lichte hulp per geholpen "
                                     "huishouden",
                         .label_en = "Light-help contacts per helped "
                                     "household",
                         .unit = "contacten per huishouden",
                         .value = 3.5,
                         .min = 0,
                         .max = 50,
                         .dist = MKBA_UNIFORM_DIST(1, 6),
                         .source = "assumption: a payment plan and a check on "
                                   "benefits and allowances; the base case is "
                                   "the middle of the assumed range 1-6",
                         .confidence = MKBA_ASSUMPTION},
    [P_CONTACT_COST] = {.key = "contact_cost",
                        .label_nl = "Kosten contact maatschappelijk werk",
                        .label_en = "Social work contact cost",
                        .unit = "EUR per contact",
                        .value = 127,
                        .min = 0,
                        .max = 5000,
                        .price_year = 2022,
                        .source = "Kostenhandleiding 2024 (Hakkaart-van Roijen "
                                  "et al. 2024)",
                        .confidence = MKBA_VERIFIED,
                        .unit_cost = "social_work_contact"},
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Effect: aandeel geholpen huishoudens bij wie "
                              "de achterstand wordt opgelost vóór escalatie",
                  .label_en = "Effect: share of helped households whose "
                              "arrears are resolved before they escalate",
                  .unit = "fractie",
                  .value = 0.3,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(3, 7),
                  .source = "assumption: the VWS MKBA on vroegsignalering was "
                            "announced (letter of 16 Dec 2021) but not found",
                  .confidence = MKBA_ASSUMPTION},
    [P_HELP_AVOIDED] = {.key = "debt_help_avoided",
                        .label_nl = "Kans dat een geëscaleerde achterstand "
                                    "schuldhulpverlening vraagt",
                        .label_en = "Chance that escalated arrears need debt "
                                    "counselling",
                        .unit = "fractie",
                        .value = 0.4,
                        .min = 0,
                        .max = 1,
                        .dist = MKBA_BETA_DIST(4, 6),
                        .source = "assumption: not every escalation reaches "
                                  "debt counselling",
                        .confidence = MKBA_ASSUMPTION},
    [P_CASE_COST] = {.key = "debt_case_cost",
                     .label_nl = "Kosten schuldhulpverlening per casus",
                     .label_en = "Debt counselling per case",
                     .unit = "EUR per casus",
                     .value = 1500,
                     .min = 0,
                     .max = 100000,
                     .price_year = 2005,
                     /* Centred on the value bank's EUR 1,500. */
                     .dist = MKBA_UNIFORM_DIST(1000, 2000),
                     .source = "via DRIFT/Stichting Zwerfjongeren Nederland "
                               "2018 (price level 2005)",
                     .confidence = MKBA_VERIFIED,
                     .unit_cost = "debt_counselling_case"},
    [P_EVICTION_RISK] = {.key = "eviction_risk",
                         .label_nl = "Kans dat een geëscaleerde achterstand "
                                     "tot huisuitzetting leidt",
                         .label_en = "Chance that escalated arrears end in "
                                     "eviction",
                         .unit = "fractie",
                         .value = 0.03,
                         .min = 0,
                         .max = 1,
                         .dist = MKBA_BETA_DIST(1.5, 48.5),
                         .source = "assumption: about 80% of evictions follow "
                                   "rent arrears, but only some signals are "
                                   "about rent",
                         .confidence = MKBA_ASSUMPTION},
    [P_LANDLORD_COST] = {.key = "landlord_cost",
                         .label_nl = "Kosten verhuurder per huisuitzetting",
                         .label_en = "Landlord cost per eviction",
                         .unit = "EUR per huisuitzetting",
                         .value = 6500,
                         .min = 0,
                         .max = 100000,
                         .price_year = 2024,
                         .dist = MKBA_UNIFORM_DIST(3000, 10000),
                         .source = "assumption: EUR 5,000-8,000 is an "
                                   "unconfirmed range; no source for it was "
                                   "found",
                         .confidence = MKBA_ASSUMPTION},
    [P_HOMELESS_SHARE] = {.key = "homeless_after_eviction",
                          .label_nl = "Aandeel uitgezette huishoudens dat "
                                      "dakloos wordt",
                          .label_en = "Share of evicted households that "
                                      "become homeless",
                          .unit = "fractie",
                          .value = 0.3,
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_BETA_DIST(3, 7),
                          .source = "assumption: many find family or friends; "
                                    "no Dutch figure found",
                          .confidence = MKBA_ASSUMPTION},
    [P_SHELTER_YEARS] = {.key = "shelter_years",
                         .label_nl = "Jaren in de opvang na huisuitzetting",
                         .label_en = "Years in shelter after eviction",
                         .unit = "jaar",
                         .value = 1.125,
                         .min = 0,
                         .max = 20,
                         .dist = MKBA_UNIFORM_DIST(0.25, 2),
                         .source = "assumption: no Dutch average found, so the "
                                   "base case is the middle of the assumed "
                                   "range 0.25-2 years",
                         .confidence = MKBA_ASSUMPTION},
    [P_SHELTER_COST] = {.key = "shelter_cost",
                        .label_nl = "Kosten maatschappelijke opvang per "
                                    "persoonsjaar",
                        .label_en = "Shelter cost per person-year",
                        .unit = "EUR per persoon per jaar",
                        .value = 23236,
                        .min = 0,
                        .max = 500000,
                        .price_year = 2011,
                        /* Mode set so that the PERT mean, (min + 4 mode + max) / 6,
                           is the value bank's EUR 23,236. */
                        .dist = MKBA_PERT_DIST(16000, 22104, 35000),
                        .source = "Cebeon 2011 via DRIFT 2018",
                        .confidence = MKBA_VERIFIED,
                        .unit_cost = "shelter_roofless_year"},
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst in utiliteit per opgelost "
                                    "huishouden (één jaar)",
                        .label_en = "Utility gain per resolved household "
                                    "(one year)",
                        .unit = "QALY per huishouden",
                        .value = 0.025,
                        .min = 0,
                        .max = 0.5,
                        .dist = MKBA_UNIFORM_DIST(0, 0.05),
                        .source = "assumption: less stress from money worries; "
                                  "no Dutch utility found, so the base case is "
                                  "the middle of the assumed range 0-0.05",
                        .confidence = MKBA_ASSUMPTION},
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  int cat_outreach = host->category(ctx, "vroegsignalering", "Vroegsignalering", "Early detection");
  int cat_debt = host->category(ctx, "schuldhulp", "Schuldhulpverlening", "Debt counselling");
  int cat_evict = host->category(ctx, "huisuitzetting", "Huisuitzettingen", "Evictions");
  int cat_shelter = host->category(ctx, "opvang", "Opvang", "Shelter");
  int cat_qol =
      host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int o_resolved =
      host->outcome_id(ctx, "achterstanden_opgelost", "Achterstanden opgelost vóór escalatie",
                       "Arrears resolved before escalation", "huishoudens");
  int o_evictions = host->outcome_id(ctx, "huisuitzettingen_vermeden", "Vermeden huisuitzettingen",
                                     "Evictions avoided", "huisuitzettingen");
  if (cat_outreach < 0 || cat_debt < 0 || cat_evict < 0 || cat_shelter < 0 || cat_qol < 0 ||
      o_resolved < 0 || o_evictions < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  double signals = p[P_SIGNALS], helped = signals * p[P_REACH];
  double outreach_cost =
      (signals * p[P_OUTREACH] + helped * p[P_HELP_CONTACTS]) * p[P_CONTACT_COST];
  double resolved = helped * p[P_EFFECT];
  double evictions = resolved * p[P_EVICTION_RISK];
  double homeless = evictions * p[P_HOMELESS_SHARE];
  for (int t = 0; t < host->horizon(ctx); t++) {
    /* Escalation is assumed to fall in the year of the signal. */
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_outreach, MKBA_COST, t,
                   outreach_cost) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_debt, MKBA_BENEFIT, t,
                   resolved * p[P_HELP_AVOIDED] * p[P_CASE_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_WONINGCORPORATIE, cat_evict, MKBA_BENEFIT, t,
                   evictions * p[P_LANDLORD_COST]) ||
        mkba_post_spread(host, ctx, MKBA_GEMEENTE, cat_shelter, MKBA_BENEFIT, t, p[P_SHELTER_YEARS],
                         homeless * p[P_SHELTER_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol, MKBA_BENEFIT, t,
                   resolved * p[P_UTILITY_GAIN] * p[P_QALY_VALUE]) ||
        host->outcome(ctx, o_resolved, MKBA_INTERVENTION, t, resolved) ||
        host->outcome(ctx, o_resolved, MKBA_BASELINE, t, 0) ||
        host->outcome(ctx, o_evictions, MKBA_INTERVENTION, t, evictions) ||
        host->outcome(ctx, o_evictions, MKBA_BASELINE, t, 0))
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
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "vroegsignalering_schulden", .version = "1.0.0",
            .title_nl = "Vroegsignalering van betalingsachterstanden",
            .title_en = "Early detection of payment arrears",
            .summary_nl = "Per jaar: outreach op signalen en lichte hulp, tegen "
                          "vermeden schuldhulptrajecten, huisuitzettingen, "
                          "opvang en stress bij huishoudens van wie de "
                          "achterstand vroeg wordt opgelost.",
            .summary_en = "Per year: outreach on signals and light help, "
                          "against avoided debt-counselling cases, evictions, "
                          "shelter and stress for households whose arrears "
                          "are resolved early.",
            MKBA_PARAMS(params), .compute = compute)
