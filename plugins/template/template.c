/*
 * template.c - a complete, small mkba plugin to copy.
 *
 * Model: `clients` people get support costing `support_cost` a year each,
 * paid by the gemeente.  Without it (the baseline) a share of them would use
 * `shelter_nights` nights of shelter a year; with it, `effect` of those
 * nights are avoided, a saving to the gemeente.  Replace the numbers and
 * sources with your own: every default must name its source, or say
 * "assumption: ..." with a wide distribution.
 *
 * Build out of the tree:
 *   cc -shared -fPIC -fvisibility=hidden $(pkg-config --cflags mkba-plugin) \
 *      template.c -o template.so
 */
#include <mkba_plugin.h>

#include <stdio.h>

/* Indices into the parameter array compute() receives; keep in table order. */
enum { P_CLIENTS, P_SUPPORT_COST, P_SHELTER_NIGHTS, P_NIGHT_COST, P_EFFECT };

static const mkba_param params[] = {
    [P_CLIENTS] = {.key = "clients",
                   .label_nl = "Aantal deelnemers",
                   .label_en = "Participants",
                   .unit = "personen",
                   .value = 50,
                   .min = 0,
                   .max = 100000,
                   .flags = MKBA_PARAM_INTEGER,
                   .source = "assumption: a typical programme size",
                   .confidence = MKBA_ASSUMPTION},
    [P_SUPPORT_COST] = {.key = "support_cost",
                        .label_nl = "Kosten begeleiding per deelnemer per jaar",
                        .label_en = "Support cost per participant per year",
                        .unit = "EUR per persoon per jaar",
                        .value = 12000,
                        .min = 0,
                        .max = 100000,
                        .price_year = 2024,
                        .dist = MKBA_UNIFORM_DIST(8000, 16000),
                        .source = "assumption: about 3.5 hours of guidance a week",
                        .confidence = MKBA_ASSUMPTION},
    [P_SHELTER_NIGHTS] = {.key = "shelter_nights",
                          .label_nl = "Nachten opvang per jaar zonder interventie",
                          .label_en = "Shelter nights a year without the intervention",
                          .unit = "nachten per persoon per jaar",
                          .value = 200,
                          .min = 0,
                          .max = 366,
                          .dist = MKBA_TRIANGULAR_DIST(100, 200, 300),
                          .source = "assumption: illustrative",
                          .confidence = MKBA_ASSUMPTION},
    [P_NIGHT_COST] = {.key = "night_cost",
                      .label_nl = "Kosten opvang per nacht",
                      .label_en = "Shelter cost per night",
                      .unit = "EUR per nacht",
                      .value = 63.66,
                      .min = 0,
                      .max = 1000,
                      .price_year = 2011,
                      .source = "Cebeon 2011 via DRIFT 2018: EUR 23,236 a year / 365",
                      .confidence = MKBA_VERIFIED},
    [P_EFFECT] = {.key = "effect",
                  .label_nl = "Aandeel vermeden opvangnachten",
                  .label_en = "Share of shelter nights avoided",
                  .unit = "fractie",
                  .value = 0.5,
                  .min = 0,
                  .max = 1,
                  .dist = MKBA_BETA_DIST(5, 5),
                  .source = "assumption: half, with a wide beta distribution",
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
  double base_nights = p[P_CLIENTS] * p[P_SHELTER_NIGHTS];
  double int_nights = base_nights * (1.0 - p[P_EFFECT]);
  for (int t = 0; t < host->horizon(ctx); t++) {
    if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_support, MKBA_COST, t,
                   p[P_CLIENTS] * p[P_SUPPORT_COST]) ||
        host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat_shelter, MKBA_BENEFIT, t,
                   (base_nights - int_nights) * p[P_NIGHT_COST]) ||
        host->outcome(ctx, nights, MKBA_BASELINE, t, base_nights) ||
        host->outcome(ctx, nights, MKBA_INTERVENTION, t, int_nights))
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
            .summary_en = "An example plugin to copy.", MKBA_PARAMS(params), .compute = compute)
