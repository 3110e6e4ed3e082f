/*
 * beschermd_thuis.c - from sheltered housing to a protected home
 * (van beschermd wonen naar een beschermd thuis).
 *
 * A two-state cohort (beschermd_wonen: residential sheltered housing;
 * thuis: an own home with ambulant support) run for both arms by the host's
 * Markov helper, counted at mid-year (the half-cycle correction), because
 * people move during the year, not on 1 January.  Everyone starts in
 * beschermd wonen.  The intervention adds a transition effort for the
 * residents (extra guidance hours to prepare and make the move) and raises
 * the yearly outflow to a home by the net effect
 *
 *     e(t) = extra_outflow * (1 - deadweight) * attribution * ramp(t) * (1 - drop_off)^t
 *
 * with ramp(0) = ramp_up and ramp(t) = 1 after the first year.  Every extra
 * person-year at home swaps the beschermd-wonen tariff (which includes the
 * stay) for ambulant support and a dwelling, and moves money: the full
 * bijstand norm instead of the institution norm, huurtoeslag, and the Wmo
 * subscription rate instead of the CAK contribution for beschermd wonen.
 * The fall-back rate is the same in both arms.  With extra_outflow = 0 (or
 * attribution = 0) the arms run the same matrix and only the transition
 * effort remains.  See README.md for every equation and source.
 */
#include <mkba_plugin.h>

#include <math.h>
#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum {
  P_CLIENTS,           /* residents at the start (national programme size) */
  P_OUTFLOW,           /* baseline yearly chance of moving to a home */
  P_RETURN_RATE,       /* yearly chance of moving back (both arms) */
  P_EXTRA_OUTFLOW,     /* the effect: gross extra yearly outflow */
  P_DEADWEIGHT,        /* share of that extra that would happen anyway */
  P_ATTRIBUTION,       /* share of the rest due to this programme */
  P_DROP_OFF,          /* yearly decay of the extra outflow */
  P_RAMP_UP,           /* share of the effect reached in the first year */
  P_BW_COST,           /* beschermd wonen per person-year */
  P_AMBULANT_HOURS,    /* ambulant support hours per person-year at home */
  P_HOUR_COST,         /* price of a support hour */
  P_TRANSITION_HOURS,  /* extra guidance per resident-year, intervention */
  P_DWELLING_COST,     /* resource cost of a dwelling per year */
  P_SHARE_BIJSTAND,    /* share of residents living on bijstand */
  P_BIJSTAND_FULL,     /* full bijstand norm, single adult, per year */
  P_BIJSTAND_INST,     /* bijstand norm in an institution, per year */
  P_SHARE_HUURTOESLAG, /* share of people at home receiving huurtoeslag */
  P_HUURTOESLAG,       /* huurtoeslag per recipient per year */
  P_CONTRIBUTION_BW,   /* CAK contribution per resident-year not on bijstand */
  P_CONTRIBUTION_HOME, /* Wmo subscription rate per person-year at home */
  P_UTILITY_GAIN,      /* QALY gain per person-year at home */
  P_QALY_VALUE,        /* euros per QALY */
  P_N
};

/* Cohort states, in the order of the occupancy arrays. */
enum { S_BW, S_THUIS, N_STATES };

/* .flags: MKBA_PARAM_RAISES_NPV or MKBA_PARAM_LOWERS_NPV is the way society's NPV
   moves when the parameter is raised (ABI 1.4, checked by `mkba check-plugin`); an
   entry written with a shared macro gets its direction as [P_X].flags after it. */
static const mkba_param params[] = {
    /* The programme size: a national number the region scales by its own
       count of beschermd-wonen clients (or, where a region has none, by
       its inhabitants: the host says so in the results). */
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Bewoners beschermd wonen bij de start",
                   .label_en = "Sheltered-housing residents at the start",
                   .unit = "personen",
                   .value = 5086,
                   .min = 0,
                   .max = 200000,
                   .flags = MKBA_PARAM_POPULATION | MKBA_PARAM_INTEGER,
                   .target_group = MKBA_TARGET_BW_CLIENTS,
                   .source =
                       "assumption: one in five of the 25,430 clients with a Wmo provision for "
                       "stay and shelter in 2024 (CBS StatLine 86050NED, provisional; sheltered "
                       "housing and shelter together), taken as the sheltered-housing residents "
                       "who could prepare for a home of their own in a national roll-out",
                   .source_nl = "aanname: een op de vijf van de 25.430 cliënten met een "
                                "Wmo-voorziening voor verblijf en opvang in 2024 (CBS StatLine "
                                "86050NED, voorlopig; beschermd wonen en opvang samen), opgevat "
                                "als de bewoners van beschermd wonen die zich bij een landelijke "
                                "uitrol op een eigen woning zouden kunnen voorbereiden",
                   .confidence = MKBA_ASSUMPTION},
    /* Baseline yearly probability of moving from beschermd wonen to an own
       home with ambulant support. */
    [P_OUTFLOW] = {.key = "outflow",
                   .label_nl = "Kans per jaar op uitstroom naar eigen woning (zonder)",
                   .label_en = "Yearly probability of moving to an own home (baseline)",
                   .unit = "kans per jaar",
                   .value = (0.05 + 4 * 0.10 + 0.20) / 6, /* 0.108, the PERT's mean */
                   .min = 0,
                   .max = 1,
                   .dist = MKBA_PERT_DIST(0.05, 0.10, 0.20),
                   .source = "assumption: Dutch outflow rates from sheltered housing were not "
                             "found; the base case is the mean of the assumed PERT",
                   .source_nl = "aanname: Nederlandse uitstroomkansen uit beschermd wonen zijn "
                                "niet gevonden; de basiswaarde is het gemiddelde van de "
                                "aangenomen PERT-verdeling",
                   .confidence = MKBA_ASSUMPTION,
                   .flags = MKBA_PARAM_LOWERS_NPV},
    /* Yearly probability that someone at home needs beschermd wonen again;
       equal in both arms, so the model credits no better retention. */
    [P_RETURN_RATE] = {.key = "return_rate",
                       .label_nl = "Kans per jaar op terugkeer naar beschermd wonen",
                       .label_en = "Yearly probability of returning to sheltered housing",
                       .unit = "kans per jaar",
                       .value = (0.03 + 4 * 0.10 + 0.25) / 6, /* 0.113, the PERT's mean */
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_PERT_DIST(0.03, 0.10, 0.25),
                       .source = "assumption: no Dutch figure found; the base case is the "
                                 "mean of the assumed PERT",
                       .source_nl = "aanname: geen Nederlands cijfer gevonden; de basiswaarde is "
                                    "het gemiddelde van de aangenomen PERT-verdeling",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_LOWERS_NPV},
    /* The effect: gross extra yearly outflow to a home, in probability
       points, before deadweight and attribution. */
    [P_EXTRA_OUTFLOW] = {.key = "extra_outflow",
                         .label_nl = "Extra uitstroom per jaar door de aanpak (bruto)",
                         .label_en = "Extra yearly outflow due to the approach (gross)",
                         .unit = "kanspunten per jaar",
                         .value = (0 + 0.10 + 0.25) / 3, /* 0.117, the triangle's mean */
                         .min = 0,
                         .max = 1,
                         .dist = MKBA_TRIANGULAR_DIST(0, 0.10, 0.25),
                         .source = "assumption: the letters describe the move from residential "
                                   "to ambulant care but give no size; the base case is the "
                                   "mean of the assumed triangle",
                         .source_nl = "aanname: de brieven beschrijven de verschuiving van "
                                      "intramurale naar ambulante zorg, maar noemen geen omvang; "
                                      "de basiswaarde is het gemiddelde van de aangenomen "
                                      "driehoeksverdeling",
                         .confidence = MKBA_ASSUMPTION,
                         .flags = MKBA_PARAM_RAISES_NPV},
    /* Deadweight: the baseline outflow is constant, but the national
       transition raises outflow anyway (most gemeenten have agreements with
       housing corporations on it), so part of a programme's measured extra
       outflow would have happened without it. */
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deadweight: deel van de extra uitstroom dat toch was gebeurd",
                      .label_en = "Deadweight: share of the extra outflow that would have happened "
                                  "anyway",
                      .unit = "fractie",
                      .value = (0.1 + 4 * 0.25 + 0.4) / 6, /* 0.25, the PERT's mean */
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_PERT_DIST(0.1, 0.25, 0.4),
                      .source = "assumption: the letter of 4 June 2024 (Voortgangsrapportage "
                                "Nationaal Actieplan Dakloosheid en Beschermd Wonen) reports that "
                                "most municipalities have agreements with housing corporations on "
                                "outflow from sheltered housing, a trend the constant baseline "
                                "outflow does not contain; a quarter, with a range centred on it",
                      .source_nl = "aanname: de brief van 4 juni 2024 (Voortgangsrapportage "
                                   "Nationaal Actieplan Dakloosheid en Beschermd Wonen) meldt dat "
                                   "de meeste gemeenten afspraken met woningcorporaties hebben "
                                   "over uitstroom uit beschermd wonen, een trend die de constante "
                                   "uitstroom in het nulalternatief niet bevat; een kwart, met die "
                                   "waarde als midden van het bereik",
                      .confidence = MKBA_ASSUMPTION,
                      .flags = MKBA_PARAM_LOWERS_NPV},
    /* Attribution: a move also needs a dwelling from a corporation and
       often treatment, whose contribution this model does not cost. */
    [P_ATTRIBUTION] = {.key = "attribution",
                       .label_nl = "Attributie: deel van het effect toe te rekenen aan de aanpak",
                       .label_en = "Attribution: share of the effect due to the approach",
                       .unit = "fractie",
                       .value = (0.6 + 4 * 0.8 + 1.0) / 6, /* 0.8, the PERT's mean */
                       .min = 0,
                       .max = 1,
                       .dist = MKBA_PERT_DIST(0.6, 0.8, 1.0),
                       .source = "assumption: a move also rests on a corporation's dwelling and "
                                 "on treatment (GGZ), whose efforts are not costed here; four "
                                 "fifths, with a range centred on it",
                       .source_nl = "aanname: een verhuizing steunt ook op een woning van een "
                                    "corporatie en op behandeling (GGZ), waarvan de inzet hier "
                                    "niet in de kosten is opgenomen; vier vijfde, met die waarde "
                                    "als midden van het bereik",
                       .confidence = MKBA_ASSUMPTION,
                       .flags = MKBA_PARAM_RAISES_NPV},
    /* Drop-off: the residents readiest for a home move first, so the extra
       outflow the approach achieves shrinks year by year. */
    [P_DROP_OFF] = {.key = "drop_off",
                    .label_nl = "Drop-off: jaarlijkse afname van het effect",
                    .label_en = "Drop-off: yearly decline of the effect",
                    .unit = "fractie per jaar",
                    .value = (0 + 0.10 + 0.20) / 3, /* 0.1, the triangle's mean */
                    .min = 0,
                    .max = 1,
                    .dist = MKBA_TRIANGULAR_DIST(0, 0.10, 0.20),
                    .source = "assumption: those who remain in sheltered housing are the harder "
                              "cases; a tenth a year, with a range centred on it",
                    .source_nl = "aanname: wie in beschermd wonen achterblijven, zijn de "
                                 "moeilijkere gevallen; een tiende per jaar, met die waarde als "
                                 "midden van het bereik",
                    .confidence = MKBA_ASSUMPTION,
                    .flags = MKBA_PARAM_LOWERS_NPV},
    /* Ramp-up: a dwelling must first be found (waiting lists for social
       housing), so only part of the effect lands in the first year. */
    [P_RAMP_UP] = {.key = "ramp_up",
                   .label_nl = "Ingroei: deel van het effect in het eerste jaar",
                   .label_en = "Ramp-up: share of the effect in the first year",
                   .unit = "fractie",
                   .value = (0.25 + 0.5 + 0.75) / 3, /* 0.5, the triangle's mean */
                   .min = 0,
                   .max = 1,
                   .dist = MKBA_TRIANGULAR_DIST(0.25, 0.5, 0.75),
                   .source = "assumption: a suitable dwelling takes months to find; half of "
                             "the yearly effect in the first year, the full effect after",
                   .source_nl = "aanname: het vinden van een geschikte woning duurt maanden; de "
                                "helft van het jaarlijkse effect in het eerste jaar, daarna het "
                                "volle effect",
                   .confidence = MKBA_ASSUMPTION,
                   .flags = MKBA_PARAM_RAISES_NPV},
    /* What a year of beschermd wonen costs the gemeente: the beschermd-wonen
       tariff itself (stay and 24-hour support), not the heavier Cebeon
       "intensive supported housing" row (see README). */
    [P_BW_COST] = {.key = "bw_cost",
                   .label_nl = "Kosten beschermd wonen per persoon per jaar",
                   .label_en = "Sheltered housing cost per person per year",
                   .unit = "EUR per persoon per jaar",
                   .value = 32016,
                   .min = 0,
                   .max = 200000,
                   .price_year = 2022,
                   .unit_cost = "sheltered_housing_pgb_year",
                   .source = "Tarieftabel pgb beschermd wonen 2022 (gmb-2021-482859): EUR 87.71 "
                             "per day",
                   .source_nl = "Tarieftabel pgb beschermd wonen 2022 (gmb-2021-482859): € 87,71 "
                                "per dag",
                   .confidence = MKBA_VERIFIED,
                   .flags = MKBA_PARAM_RAISES_NPV},
    /* Ambulant support at home, per person-year (both arms). */
    [P_AMBULANT_HOURS] = {.key = "ambulant_hours",
                          .label_nl = "Uren ambulante begeleiding per jaar thuis",
                          .label_en = "Ambulant support hours per year at home",
                          .unit = "uur per persoon per jaar",
                          .value = 200,
                          .min = 0,
                          .max = 3000,
                          .dist = MKBA_TRIANGULAR_DIST(100, 200, 300),
                          .source = "assumption: about four hours a week; people leaving sheltered "
                                    "housing need more than average ambulant support; the range is "
                                    "centred on that estimate",
                          .source_nl = "aanname: ongeveer vier uur per week; wie beschermd wonen "
                                       "verlaat, heeft meer dan gemiddeld ambulante begeleiding "
                                       "nodig; die schatting is het midden van het bereik",
                          .confidence = MKBA_ASSUMPTION,
                          .flags = MKBA_PARAM_LOWERS_NPV},
    /* The nearest sourced price of a social-domain professional's hour. */
    [P_HOUR_COST] = MKBA_PARAM_HOME_GUIDANCE_HOUR("hour_cost"),
    [P_HOUR_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* The intervention's own cost: extra guidance for every resident still
       in beschermd wonen (training for living alone, finding a home). */
    [P_TRANSITION_HOURS] = {.key = "transition_hours",
                            .label_nl = "Extra uren transitiebegeleiding per bewoner per jaar",
                            .label_en = "Extra transition guidance hours per resident per year",
                            .unit = "uur per persoon per jaar",
                            .value = 40,
                            .min = 0,
                            .max = 2000,
                            .dist = MKBA_TRIANGULAR_DIST(20, 40, 60),
                            .source = "assumption: nearly an hour a week on top of the usual "
                                      "support; the range is centred on that estimate",
                            .source_nl = "aanname: bijna een uur per week bovenop de "
                                         "gebruikelijke begeleiding; die schatting is het midden "
                                         "van het bereik",
                            .confidence = MKBA_ASSUMPTION,
                            .flags = MKBA_PARAM_LOWERS_NPV},
    /* The home itself: the beschermd-wonen tariff includes the stay, a home
       does not, so a dwelling-year is a real resource (its rent as the
       opportunity cost), paid by the tenant.  The bank's range sets the
       distribution. */
    [P_DWELLING_COST] = MKBA_PARAM_DWELLING_YEAR("dwelling_cost"),
    [P_DWELLING_COST].flags = MKBA_PARAM_LOWERS_NPV,
    /* Who lives on bijstand: they receive the institution norm in
       beschermd wonen and the full norm at home. */
    [P_SHARE_BIJSTAND] = {.key = "share_bijstand",
                          .label_nl = "Aandeel bewoners met bijstand",
                          .label_en = "Share of residents on social assistance",
                          .unit = "fractie",
                          .value = (0.3 + 4 * 0.5 + 0.7) / 6, /* 0.5, the PERT's mean */
                          .min = 0,
                          .max = 1,
                          .dist = MKBA_PERT_DIST(0.3, 0.5, 0.7),
                          .source = "assumption: no national split of sheltered-housing residents "
                                    "by income source was found; many live on social assistance, "
                                    "others on a disability benefit (Wajong, WIA); half, with a "
                                    "range centred on it",
                          .source_nl = "aanname: er is geen landelijke uitsplitsing van bewoners "
                                       "van beschermd wonen naar inkomensbron gevonden; velen "
                                       "leven van de bijstand, anderen van een "
                                       "arbeidsongeschiktheidsuitkering (Wajong, WIA); de helft, "
                                       "met die waarde als midden van het bereik",
                          .confidence = MKBA_ASSUMPTION},
    /* The full norm a single adult on bijstand receives at home. */
    [P_BIJSTAND_FULL] = MKBA_PARAM_BIJSTAND_YEAR("bijstand_full"),
    /* The norm for someone whose stay an institution provides. */
    [P_BIJSTAND_INST] = MKBA_PARAM_BIJSTAND_INSTITUTION_YEAR("bijstand_institution"),
    /* Who receives huurtoeslag once at home. */
    [P_SHARE_HUURTOESLAG] = {.key = "share_huurtoeslag",
                             .label_nl = "Aandeel thuis met huurtoeslag",
                             .label_en = "Share at home receiving housing allowance",
                             .unit = "fractie",
                             .value = (0.6 + 4 * 0.8 + 1.0) / 6, /* 0.8, the PERT's mean */
                             .min = 0,
                             .max = 1,
                             .dist = MKBA_PERT_DIST(0.6, 0.8, 1.0),
                             .source = "assumption: most people leaving sheltered housing have an "
                                       "income near the social minimum and rent a social dwelling; "
                                       "four fifths, with a range centred on it",
                             .source_nl = "aanname: de meeste mensen die beschermd wonen verlaten, "
                                          "hebben een inkomen rond het sociaal minimum en huren "
                                          "een sociale huurwoning; vier vijfde, met die waarde als "
                                          "midden van het bereik",
                             .confidence = MKBA_ASSUMPTION},
    /* Huurtoeslag per recipient: a transfer from the Rijk. */
    [P_HUURTOESLAG] = MKBA_PARAM_HUURTOESLAG_YEAR("huurtoeslag"),
    /* The CAK contribution for beschermd wonen, for residents not on
       bijstand (residents on bijstand receive the institution norm and pay
       none). */
    [P_CONTRIBUTION_BW] = {.key = "contribution_bw",
                           .label_nl = "Eigen bijdrage beschermd wonen per bewoner zonder bijstand "
                                       "per jaar",
                           .label_en = "Own contribution for sheltered housing per resident not on "
                                       "social assistance per year",
                           .unit = "EUR per persoon per jaar",
                           .value = 8000,
                           .min = 0,
                           .max = 40000,
                           .price_year = 2024,
                           .dist = MKBA_TRIANGULAR_DIST(4000, 8000, 12000),
                           .source = "assumption: the CAK sets the contribution by income, between "
                                     "EUR 0 and 2,419.40 a month (hetcak.nl, beschermd wonen, "
                                     "2020); a resident on a benefit near the full social "
                                     "assistance norm (EUR 15,406 a year, 2024) keeps about the "
                                     "institution norm (EUR 4,878), so pays up to about EUR "
                                     "10,500, less deductions such as the health-insurance "
                                     "premium; residents on social assistance pay none (Stichting "
                                     "Anton Constandse, Betalingen en vergoedingen)",
                           .source_nl = "aanname: het CAK stelt de eigen bijdrage vast naar "
                                        "inkomen, tussen € 0 en 2.419,40 per maand (hetcak.nl, "
                                        "beschermd wonen, 2020); een bewoner met een uitkering "
                                        "rond de volledige bijstandsnorm (€ 15.406 per jaar, 2024) "
                                        "houdt ongeveer de norm bij verblijf in een inrichting "
                                        "over (€ 4.878) en betaalt dus tot ongeveer € 10.500, "
                                        "minus aftrekposten zoals de premie voor de "
                                        "zorgverzekering; bewoners in de bijstand betalen niets "
                                        "(Stichting Anton Constandse, Betalingen en vergoedingen)",
                           .confidence = MKBA_ASSUMPTION},
    /* At home the Wmo support falls under the subscription rate. */
    [P_CONTRIBUTION_HOME] = {.key = "contribution_home",
                             .label_nl = "Eigen bijdrage Wmo thuis (abonnementstarief) per jaar",
                             .label_en = "Own contribution for Wmo support at home (subscription "
                                         "rate) per year",
                             .unit = "EUR per persoon per jaar",
                             .value = 247.20,
                             .min = 0,
                             .max = 5000,
                             .price_year = 2024,
                             .source = "Municipality of Westland, Eigen bijdrage (Wmo, 2024): at "
                                       "most EUR 20.60 a month for support at home, the "
                                       "subscription rate (x 12); sheltered housing has its own, "
                                       "income-dependent contribution",
                             .source_nl = "Gemeente Westland, Eigen bijdrage (Wmo, 2024): ten "
                                          "hoogste € 20,60 per maand voor ondersteuning thuis, het "
                                          "abonnementstarief (x 12); beschermd wonen kent een "
                                          "eigen, inkomensafhankelijke bijdrage",
                             .confidence = MKBA_VERIFIED},
    /* Quality of life at home compared with beschermd wonen; may be
       negative for people who end up lonely. */
    [P_UTILITY_GAIN] = {.key = "utility_gain",
                        .label_nl = "Winst kwaliteit van leven thuis t.o.v. beschermd wonen",
                        .label_en = "Quality-of-life gain at home over sheltered housing",
                        .unit = "QALY per persoonsjaar",
                        .value = 0.05,
                        .min = -1,
                        .max = 1,
                        .dist = MKBA_TRIANGULAR_DIST(-0.05, 0.05, 0.15),
                        .source = "assumption: no Dutch utility values found; small and "
                                  "possibly negative",
                        .source_nl = "aanname: geen Nederlandse utiliteitswaarden gevonden; klein "
                                     "en mogelijk negatief",
                        .confidence = MKBA_ASSUMPTION,
                        .flags = MKBA_PARAM_RAISES_NPV},
    /* Money value of a QALY in Dutch practice: at least EUR 50,000. */
    [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
    [P_QALY_VALUE].flags = MKBA_PARAM_RAISES_NPV,
};

/* The net extra outflow in year index t (see the file comment). */
static double net_effect(const double *p, int t) {
  double ramp = t == 0 ? p[P_RAMP_UP] : 1.0;
  return p[P_EXTRA_OUTFLOW] * (1 - p[P_DEADWEIGHT]) * p[P_ATTRIBUTION] * ramp *
         pow(1 - p[P_DROP_OFF], t);
}

/* One arm's yearly matrix: outflow u from beschermd wonen, return r. */
static void fill_matrix(double *P, double u, double r) {
  P[S_BW * N_STATES + S_BW] = 1 - u;
  P[S_BW * N_STATES + S_THUIS] = u;
  P[S_THUIS * N_STATES + S_BW] = r;
  P[S_THUIS * N_STATES + S_THUIS] = 1 - r;
}

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* no configure() */
  if (!MKBA_HOST_HAS(host, cohort_run_ex) || !MKBA_HOST_HAS(host, cohort_transfer)) {
    snprintf(err, errlen, "this plugin needs a host with ABI 1.1 (cohort_run_ex)");
    return MKBA_ERROR;
  }
  const int H = host->horizon(ctx);
  int cat_bw = host->category(ctx, "beschermd_wonen", "Beschermd wonen", "Sheltered housing");
  int cat_support = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_home = host->category(ctx, "wonen", "Wonen", "Housing");
  int cat_bijstand = host->category(ctx, "bijstand", "Bijstand", "Social assistance");
  int cat_ht = host->category(ctx, "huurtoeslag", "Huurtoeslag", "Housing allowance");
  int cat_eb = host->category(ctx, "eigen_bijdrage", "Eigen bijdrage", "Own contribution");
  int cat_qol =
      host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven", "Quality of life");
  int out_qaly = host->outcome_id(ctx, "qaly", "QALY's", "QALYs", "QALY");
  if (cat_bw < 0 || cat_support < 0 || cat_home < 0 || cat_bijstand < 0 || cat_ht < 0 ||
      cat_eb < 0 || cat_qol < 0 || out_qaly < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }

  /* One matrix for the baseline, one per year for the intervention. */
  double *mats = host->scratch(ctx, sizeof(double) * (size_t)(H + 1) * N_STATES * N_STATES);
  const double **per_year = host->scratch(ctx, sizeof(const double *) * 2 * (size_t)H);
  double *occ = host->scratch(ctx, sizeof(double) * 2 * (size_t)H * N_STATES);
  if (!mats || !per_year || !occ) {
    snprintf(err, errlen, "out of memory");
    return MKBA_ERROR;
  }
  const double u = p[P_OUTFLOW], r = p[P_RETURN_RATE];
  fill_matrix(mats, u, r);
  for (int t = 0; t < H; t++) {
    double *P = mats + (size_t)(t + 1) * N_STATES * N_STATES;
    /* Clamped so a large effect stays a probability. */
    fill_matrix(P, fmin(1.0, u + net_effect(p, t)), r);
    per_year[t] = mats;
    per_year[H + t] = P;
  }
  const double start[N_STATES] = {p[P_CLIENTS], 0.0};
  const mkba_cohort_ex cohort = {.n_states = N_STATES,
                                 .start = start,
                                 .counting = MKBA_COUNT_LIFE_TABLE,
                                 .transition = {per_year, per_year + H}};
  static const char *const state_ids[N_STATES] = {"beschermd_wonen", "thuis"};
  const double s = p[P_SHARE_BIJSTAND];
  if (host->cohort_run_ex(ctx, &cohort, occ))
    return MKBA_ERROR; /* the host has the message */

  /* Resources: the programme's guidance, the beschermd-wonen places freed,
     the ambulant support and the dwellings of the people at home. */
  if (host->cohort_programme_cost(ctx, occ, N_STATES, S_BW, MKBA_GEMEENTE, cat_support,
                                  p[P_TRANSITION_HOURS] * p[P_HOUR_COST]) ||
      mkba_cohort_resource(host, ctx, occ, N_STATES, S_BW, MKBA_GEMEENTE, cat_bw, p[P_BW_COST]) ||
      mkba_cohort_resource(host, ctx, occ, N_STATES, S_THUIS, MKBA_GEMEENTE, cat_support,
                           p[P_AMBULANT_HOURS] * p[P_HOUR_COST]) ||
      mkba_cohort_resource(host, ctx, occ, N_STATES, S_THUIS, MKBA_DEELNEMER, cat_home,
                           p[P_DWELLING_COST]))
    return MKBA_ERROR;

  /* Transfers, per person-year in each state: bijstand at the institution
     norm in beschermd wonen and the full norm at home; huurtoeslag at home;
     the CAK contribution in beschermd wonen (residents not on bijstand) and
     the Wmo subscription rate at home. */
  const int last = H - 1;
  if (host->cohort_transfer(ctx, occ, N_STATES, S_BW, MKBA_GEMEENTE, MKBA_DEELNEMER, cat_bijstand,
                            s * p[P_BIJSTAND_INST], 0, last) ||
      host->cohort_transfer(ctx, occ, N_STATES, S_THUIS, MKBA_GEMEENTE, MKBA_DEELNEMER,
                            cat_bijstand, s * p[P_BIJSTAND_FULL], 0, last) ||
      host->cohort_transfer(ctx, occ, N_STATES, S_THUIS, MKBA_RIJK, MKBA_DEELNEMER, cat_ht,
                            p[P_SHARE_HUURTOESLAG] * p[P_HUURTOESLAG], 0, last) ||
      host->cohort_transfer(ctx, occ, N_STATES, S_BW, MKBA_DEELNEMER, MKBA_GEMEENTE, cat_eb,
                            (1 - s) * p[P_CONTRIBUTION_BW], 0, last) ||
      host->cohort_transfer(ctx, occ, N_STATES, S_THUIS, MKBA_DEELNEMER, MKBA_GEMEENTE, cat_eb,
                            p[P_CONTRIBUTION_HOME], 0, last) ||
      host->cohort_person_years(ctx, occ, N_STATES, state_ids))
    return MKBA_ERROR;

  /* Quality of life: the gain per extra person-year at home. */
  for (int t = 0; t < H; t++) {
    const double home_base = occ[((size_t)MKBA_BASELINE * H + t) * N_STATES + S_THUIS];
    const double home_int = occ[((size_t)MKBA_INTERVENTION * H + t) * N_STATES + S_THUIS];
    const double qaly = (home_int - home_base) * p[P_UTILITY_GAIN];
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, cat_qol, MKBA_BENEFIT, t,
                   qaly * p[P_QALY_VALUE]) ||
        host->outcome(ctx, out_qaly, MKBA_BASELINE, t, home_base * p[P_UTILITY_GAIN]) ||
        host->outcome(ctx, out_qaly, MKBA_INTERVENTION, t, home_int * p[P_UTILITY_GAIN]))
      return MKBA_ERROR;
  }

  host->pm_item(ctx, "Plekken beschermd wonen vrij voor wachtenden",
                "Sheltered-housing places freed for people waiting", MKBA_PM_POSITIVE,
                MKBA_GEMEENTE);
  host->pm_item(ctx, "Meedoen in de wijk (sociale inclusie)",
                "Taking part in the neighbourhood (social inclusion)", MKBA_PM_POSITIVE,
                MKBA_DEELNEMER);
  host->pm_item(ctx, "Risico op eenzaamheid en verwaarlozing thuis",
                "Risk of loneliness and self-neglect at home", MKBA_PM_NEGATIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Huishoudkosten thuis (voeding, energie) die het tarief beschermd wonen dekt",
                "Household costs at home (food, energy) that the sheltered-housing tariff covers",
                MKBA_PM_NEGATIVE, MKBA_DEELNEMER);
  host->pm_item(ctx, "Verdringing van andere woningzoekenden", "Crowding out of other home seekers",
                MKBA_PM_NEGATIVE, MKBA_SAMENLEVING);
  host->pm_item(ctx, "Overlast of juist acceptatie in de buurt",
                "Nuisance, or acceptance, in the neighbourhood", MKBA_PM_UNKNOWN, MKBA_SAMENLEVING);
  return MKBA_OK;
}

MKBA_PLUGIN(
        .name = "beschermd_thuis", .version = "2.0.0",
        .title_nl = "Van beschermd wonen naar beschermd thuis",
        .title_en = "From sheltered housing to a protected home",
        .summary_nl = "Cohort in beschermd wonen; extra begeleiding laat meer bewoners per "
                      "jaar verhuizen naar een eigen woning met ambulante begeleiding "
                      "(na deadweight, attributie, ingroei en afname); met woonkosten, "
                      "bijstand, huurtoeslag en eigen bijdragen.",
        .summary_en =
            "A sheltered-housing cohort; extra guidance lets more residents a year move to an own "
            "home with ambulant support (after deadweight, attribution, ramp-up and drop-off); "
            "with the dwelling, social assistance, housing allowance and own contributions.",
        MKBA_PARAMS_N(params, P_N), .compute = compute)
