/*
 * eviction.h - what follows an eviction, priced once for the intervention
 * library (bemoeizorg, huisuitzetting_preventie, vroegsignalering_schulden),
 * so that an eviction avoided is worth the same in every plugin that
 * avoids one.
 *
 * Header-only (static functions), included by each plugin's single source
 * file; not part of the public SDK.  The booking follows docs/method.md:
 * the landlord's cost less the written-off arrears is a resource of the
 * woningcorporatie, the arrears a transfer between tenant and landlord; a
 * shelter place-year and a home-year are resources; huurtoeslag and the
 * bijstand difference are transfers.
 */
#ifndef MKBA_EVICTION_H
#define MKBA_EVICTION_H

#include <math.h>
#include <stdio.h>

#include <mkba_plugin.h>

/* Years in shelter after an eviction, for those who enter shelter. */
#define MKBA_EVICTION_PARAM_SHELTER_YEARS                                                          \
  {                                                                                                \
    .key = "shelter_years", .label_nl = "Jaren in de opvang na huisuitzetting",                    \
    .label_en = "Years in shelter after eviction", .unit = "jaar", .value = 1.125, .min = 0,       \
    .max = 20, .dist = MKBA_UNIFORM_DIST(0.25, 2),                                                 \
    .source = "assumption: no Dutch average found, so the middle of the assumed range 0.25-2 "     \
              "years",                                                                             \
    .source_nl = "aanname: geen Nederlands gemiddelde gevonden, dus het midden van het "           \
                 "aangenomen bereik 0,25-2 jaar",                                                  \
    .confidence = MKBA_ASSUMPTION                                                                  \
  }

/* Years without a home of one's own (with family or friends) for the rest. */
#define MKBA_EVICTION_PARAM_OTHER_YEARS                                                            \
  {                                                                                                \
    .key = "years_with_others",                                                                    \
    .label_nl = "Jaren zonder eigen woning (bij familie of vrienden) na uitzetting, voor wie "     \
                "niet in de opvang komt",                                                          \
    .label_en = "Years without a home of their own (with family or friends) after eviction, for "  \
                "those not in shelter",                                                            \
    .unit = "jaar", .value = 0.5, .min = 0, .max = 20, .dist = MKBA_UNIFORM_DIST(0, 1),            \
    .source = "assumption: some rent again at once (0), others stay with family or friends for "   \
              "months; no Dutch figure found",                                                     \
    .source_nl = "aanname: sommigen huren meteen weer een woning (0), anderen verblijven "         \
                 "maanden bij familie of vrienden; geen Nederlands cijfer gevonden",               \
    .confidence = MKBA_ASSUMPTION                                                                  \
  }

/* The share of evicted households on huurtoeslag once housed (a transfer). */
#define MKBA_EVICTION_PARAM_SHARE_HUURTOESLAG                                                      \
  {                                                                                                \
    .key = "share_huurtoeslag", .label_nl = "Aandeel huishoudens met huurtoeslag",                 \
    .label_en = "Share of households on housing allowance", .unit = "fractie", .value = 0.6,       \
    .min = 0, .max = 1, .dist = MKBA_BETA_DIST(6, 4),                                              \
    .source = "assumption: households in rent arrears in social housing mostly have low "          \
              "incomes; no Dutch share found",                                                     \
    .source_nl = "aanname: huishoudens met een huurachterstand in de sociale huur hebben "         \
                 "meestal een laag inkomen; geen Nederlands aandeel gevonden",                     \
    .confidence = MKBA_ASSUMPTION                                                                  \
  }

/* The share on bijstand in shelter (the bijstand difference is a transfer). */
#define MKBA_EVICTION_PARAM_SHARE_BIJSTAND                                                         \
  {                                                                                                \
    .key = "share_bijstand", .label_nl = "Aandeel met een bijstandsuitkering (in de opvang)",      \
    .label_en = "Share on social assistance (in shelter)", .unit = "fractie", .value = 0.6,        \
    .min = 0, .max = 1, .dist = MKBA_BETA_DIST(6, 4),                                              \
    .source = "assumption: CBS, Meeste daklozen hadden al jaren een laag inkomen (20 December "    \
              "2018, via divosa.nl): more than 8 in 10 homeless people in 2016 depended on a "     \
              "benefit; not every benefit is social assistance, and an evicted household has "     \
              "more earners than the average homeless person, so 0.6",                             \
    .source_nl = "aanname: CBS, Meeste daklozen hadden al jaren een laag inkomen (20 december "    \
                 "2018, via divosa.nl): meer dan 8 op de 10 daklozen waren in 2016 afhankelijk "   \
                 "van een uitkering; niet elke uitkering is bijstand, en een uit huis gezet "      \
                 "huishouden heeft meer verdieners dan de gemiddelde dakloze, dus 0,6",            \
    .confidence = MKBA_ASSUMPTION                                                                  \
  }

/* The prices and spells of an eviction, from the plugin's parameters. */
typedef struct mkba_eviction_prices {
  double landlord_cost;  /* landlord's full cost per eviction */
  double arrears_share;  /* share of it that is written-off arrears */
  double homeless_share; /* share of evicted households entering shelter */
  double shelter_years;  /* years in shelter of those */
  double other_years;    /* years without a home of their own of the rest */
  double shelter_cost;   /* a shelter place-year */
  double dwelling_cost;  /* a dwelling-year */
  double huurtoeslag;    /* expected huurtoeslag per home-year (share x amount) */
  double bijstand_gap;   /* expected bijstand gain per shelter-year avoided */
  double qol_loss;       /* euros of well-being lost per shelter-year */
  int book_qol;          /* 0 where another line of the plugin covers well-being */
} mkba_eviction_prices;

/* The part of year k after the eviction (k = 0: its own year) that a spell of `years` covers. */
static inline double mkba_eviction_spell(double years, int k) {
  return fmax(0.0, fmin(1.0, years - k));
}

/*
 * Book the consequences of dv[t] evictions fewer than in the nulalternatief
 * in year t (dv may not be negative), and return in shelter[t] the shelter
 * place-years avoided and in home[t] the home-years added in year t.
 *
 * An evicted household spends `shelter_years` in shelter (a share
 * `homeless_share`) or `other_years` with family or friends, and then has a
 * home again elsewhere, the same in both arms.  A household kept in its home
 * uses that home all along: the intervention adds exactly the years the
 * evicted household would have had no home of its own.  Returns MKBA_ERROR
 * with a message in err (or from the host) on failure.
 */
static inline int mkba_eviction_book(const mkba_host *host, mkba_ctx *ctx,
                                     const mkba_eviction_prices *e, const double *dv,
                                     double *shelter, double *home, int H, char *err,
                                     size_t errlen) {
  int c_evict = host->category(ctx, "huisuitzetting", "Huisuitzetting", "Eviction");
  int c_arrears = host->category(ctx, "huurschuld", "Huurschuld", "Rent arrears");
  int c_shelter = host->category(ctx, "opvang", "Opvang", "Shelter");
  int c_home = host->category(ctx, "wonen", "Wonen", "Housing");
  int c_ht = host->category(ctx, "huurtoeslag", "Huurtoeslag", "Housing allowance");
  int c_bij = host->category(ctx, "bijstand", "Bijstand", "Social assistance");
  int c_qol = e->book_qol ? host->category(ctx, "kwaliteit_van_leven", "Kwaliteit van leven",
                                           "Quality of life")
                          : 0;
  if (c_evict < 0 || c_arrears < 0 || c_shelter < 0 || c_home < 0 || c_ht < 0 || c_bij < 0 ||
      c_qol < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  double h = e->homeless_share;
  for (int t = 0; t < H; t++) {
    shelter[t] = home[t] = 0;
    for (int tau = 0; tau <= t; tau++) {
      double in_shelter = dv[tau] * h * mkba_eviction_spell(e->shelter_years, t - tau);
      shelter[t] += in_shelter;
      home[t] += in_shelter + dv[tau] * (1 - h) * mkba_eviction_spell(e->other_years, t - tau);
    }
    /* Resources: the landlord's cost without the arrears, the shelter place
       and the home.  Each is a change in use: mkba_post_resource books a
       saving as a benefit and extra use as a cost. */
    if (mkba_post_resource(host, ctx, MKBA_WONINGCORPORATIE, c_evict, t,
                           -dv[t] * (1 - e->arrears_share) * e->landlord_cost) ||
        mkba_post_resource(host, ctx, MKBA_GEMEENTE, c_shelter, t, -shelter[t] * e->shelter_cost) ||
        mkba_post_resource(host, ctx, MKBA_DEELNEMER, c_home, t, home[t] * e->dwelling_cost))
      return MKBA_ERROR;
    /* Transfers, intervention minus nulalternatief: fewer arrears written
       off (the tenant pays them: mkba_post_transfer posts the negative
       change as a transfer tenant -> landlord), huurtoeslag on the home-years,
       and the full bijstand norm instead of the institution norm. */
    if (mkba_post_transfer(host, ctx, MKBA_WONINGCORPORATIE, MKBA_DEELNEMER, c_arrears, t,
                           -dv[t] * e->arrears_share * e->landlord_cost) ||
        mkba_post_transfer(host, ctx, MKBA_RIJK, MKBA_DEELNEMER, c_ht, t,
                           home[t] * e->huurtoeslag) ||
        mkba_post_transfer(host, ctx, MKBA_GEMEENTE, MKBA_DEELNEMER, c_bij, t,
                           shelter[t] * e->bijstand_gap))
      return MKBA_ERROR;
    if (e->book_qol && host->flow(ctx, MKBA_INTERVENTION, MKBA_DEELNEMER, c_qol, MKBA_BENEFIT, t,
                                  shelter[t] * e->qol_loss))
      return MKBA_ERROR;
  }
  return MKBA_OK;
}

#endif /* MKBA_EVICTION_H */
