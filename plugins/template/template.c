/*
 * template.c - a complete, small mkba plugin to copy.
 *
 * Model: `clients` people get support costing `support_cost` a year each,
 * paid by the gemeente.  Without it (the baseline) they would spend
 * `shelter_share` of the year in shelter; with it, `effect` of that
 * shelter time is avoided, less the share `deadweight` that would have
 * been avoided anyway.  A shelter place-year is priced by the value bank
 * (`.unit_cost`), so that every plugin uses one price for it.  Replace the
 * numbers and sources with your own: every default must name its source,
 * or say "assumption: ..." with a distribution whose mean is the default.
 *
 * Build out of the tree:
 *   cc -shared -fPIC -fvisibility=hidden $(pkg-config --cflags mkba-plugin) \
 *      template.c -o template.so
 */
#include <mkba_plugin.h>

#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum { P_CLIENTS, P_SUPPORT_COST, P_SHELTER_SHARE, P_PLACE_YEAR, P_EFFECT, P_DEADWEIGHT, P_N };

static const mkba_param params[] = {
    /* A national programme size: a region scales it by its own count of
       registered homeless people against the national count (ABI 1.2). */
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Aantal deelnemers (landelijk)",
                   .label_en = "Participants (nationally)",
                   .unit = "personen",
                   .value = 500,
                   .min = 0,
                   .max = 100000,
                   .flags = MKBA_PARAM_INTEGER | MKBA_PARAM_POPULATION,
                   .source = "assumption: about 2% of the 22,528 registered homeless people",
                   .confidence = MKBA_ASSUMPTION,
                   .target_group = MKBA_TARGET_HOMELESS_REGISTERED},
    [P_SUPPORT_COST] = {.key = "support_cost",
                        .label_nl = "Kosten begeleiding per deelnemer per jaar",
                        .label_en = "Support cost per participant per year",
                        .unit = "EUR per persoon per jaar",
                        .value = 12000,
                        .min = 0,
                        .max = 100000,
                        .price_year = 2024,
                        .dist = MKBA_UNIFORM_DIST(8000, 16000),
                        .flags = MKBA_PARAM_LOWERS_NPV, /* a cost: more of it, less NPV */
                        .source = "assumption: about 3.5 hours of guidance a week",
                        .confidence = MKBA_ASSUMPTION},
    [P_SHELTER_SHARE] = {.key = "shelter_share",
                         .label_nl = "Deel van het jaar in de opvang zonder interventie",
                         .label_en = "Share of the year in shelter without the intervention",
                         .unit = "fractie",
                         .value = 0.55,
                         .min = 0,
                         .max = 1,
                         .dist = MKBA_TRIANGULAR_DIST(0.3, 0.55, 0.8),
                         .source = "assumption: illustrative",
                         .confidence = MKBA_ASSUMPTION},
    /* The value bank's row (`mkba costs` lists them): the host fills in
       amount, price year, source, confidence and range (and a region's own
       price).  A row without a macro needs only .key, labels, .unit, .min,
       .max and .unit_cost = "<id>" (ABI 1.4). */
    [P_PLACE_YEAR] = MKBA_PARAM_SHELTER_PLACE_YEAR("place_year"),
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Aandeel vermeden opvangtijd",
                  .label_en = "Share of shelter time avoided",
                  .unit = "fractie",
                  .value = 0.5,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(5, 5),
                  .flags = MKBA_PARAM_RAISES_NPV, /* an effect: more of it, more NPV */
                  .source = "assumption: half, with a wide beta distribution",
                  .confidence = MKBA_ASSUMPTION},
    [P_DEADWEIGHT] = {.key = "deadweight",
                      .label_nl = "Deel dat ook zonder interventie was vermeden",
                      .label_en = "Share that would have been avoided anyway",
                      .unit = "fractie",
                      .value = 0.2,
                      .min = 0,
                      .max = 1,
                      .dist = MKBA_UNIFORM_DIST(0.1, 0.3),
                      .flags = MKBA_PARAM_LOWERS_NPV,
                      .source = "assumption: deadweight, what happens without the programme",
                      .confidence = MKBA_ASSUMPTION},
};

static int compute(const mkba_host *host, mkba_ctx *ctx, const void *model, const double *p,
                   char *err, size_t errlen) {
  (void)model; /* this plugin has no configure() */
  int cat_support = host->category(ctx, "begeleiding", "Begeleiding", "Support");
  int cat_shelter = host->category(ctx, "opvang", "Opvang", "Shelter");
  int nights = host->outcome_id(ctx, "opvangnachten", "Opvangnachten", "Shelter nights", "nachten");
  if (cat_support < 0 || cat_shelter < 0 || nights < 0) {
    snprintf(err, errlen, "could not register categories");
    return MKBA_ERROR;
  }
  /* Person-years in shelter in both arms; the difference is the effect
     net of deadweight. */
  double base_years = p[P_CLIENTS] * p[P_SHELTER_SHARE];
  double int_years = base_years * (1.0 - p[P_EFFECT] * (1.0 - p[P_DEADWEIGHT]));
  for (int t = 0; t < host->horizon(ctx); t++) {
    /* The programme's own cost: every field of the posting named, so that
       an arm cannot stand where an actor should (MKBA_POST, ABI 1.4). */
    if (MKBA_POST(host, ctx, .arm = MKBA_INTERVENTION, .kind = MKBA_COST, .actor = MKBA_GEMEENTE,
                  .category = cat_support, .year = t, .amount = p[P_CLIENTS] * p[P_SUPPORT_COST]) ||
        /* The booking convention: more use of a resource is a cost, less
           use a benefit; mkba_post_resource chooses the side by the sign. */
        mkba_post_resource(host, ctx, MKBA_GEMEENTE, cat_shelter, t,
                           (int_years - base_years) * p[P_PLACE_YEAR]) ||
        host->outcome(ctx, nights, MKBA_BASELINE, t, base_years * 365) ||
        host->outcome(ctx, nights, MKBA_INTERVENTION, t, int_years * 365))
      return MKBA_ERROR; /* the host has the message */
  }
  host->pm_item(ctx, "Rust in de buurt", "Less nuisance in the neighbourhood", MKBA_PM_POSITIVE,
                MKBA_SAMENLEVING);
  return MKBA_OK;
}

MKBA_PLUGIN(.name = "template", .version = "1.0.0",
            .title_nl = "Sjabloon: begeleiding die opvang voorkomt",
            .title_en = "Template: support that avoids shelter nights",
            .summary_nl = "Een voorbeeldplugin om te kopiëren.",
            .summary_en = "An example plugin to copy.", MKBA_PARAMS_N(params, P_N),
            .compute = compute)
