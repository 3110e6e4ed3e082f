/*
 * charts.c: the list of charts, in the order the report shows them.
 */
#include "chart.h"

#include <string.h>

#include "count.h"

static const mkba_chart *const all[] = {
    &mkba_chart_actors, &mkba_chart_years,      &mkba_chart_histogram,
    &mkba_chart_scurve, &mkba_chart_actor_risk, &mkba_chart_tornado,
    &mkba_chart_evppi,  &mkba_chart_variants,   &mkba_chart_interventions,
};

const mkba_chart *const *mkba_charts(size_t *count) {
  *count = MKBA_COUNT(all);
  return all;
}

const mkba_chart *mkba_chart_find(const char *name) {
  for (size_t i = 0; i < MKBA_COUNT(all); i++)
    if (strcmp(all[i]->name, name) == 0)
      return all[i];
  return NULL;
}
