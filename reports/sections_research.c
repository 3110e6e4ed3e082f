/*
 * sections_research.c: "Waar loont meer onderzoek?", the expected value of
 * partial perfect information (EVPPI) per uncertain parameter, for society
 * and for the gemeente, against the EVPI: which number is worth
 * researching before the decision.
 */
#include <math.h>
#include <stdio.h>

#include "chart.h"
#include "count.h"
#include "sections.h"
#include "table.h"

/* The most parameters the table lists. */
#define MAX_ROWS 10

void mkba_section_research(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *u = mkba_j_obj(r->doc, "uncertainty");
  const json_t *list = mkba_j_arr(u, "evppi");
  if (u == NULL || list == NULL)
    return; /* no draws: the uncertainty chapter says so */
  double room = 120;
  if (mkba_chart_evppi.applies(r))
    room = 60 + mkba_chart_evppi.height(r, MKBA_TEXT_WIDTH);
  mkba_page_section_flow(pg, s->sec_research, room);
  char evpi[64], evpi_gem[64], draws[32], text[1400];
  mkba_fmt_money_short(evpi, sizeof evpi, mkba_j_num(u, "evpi"), r->lang);
  mkba_fmt_money_short(evpi_gem, sizeof evpi_gem,
                       mkba_j_num(u, "evpi_gemeente"), r->lang);
  mkba_fmt_int(draws, sizeof draws, mkba_j_num(u, "evppi_draws"), r->lang);
  mkba_page_para(pg, mkba_tpl(text, sizeof text, s->research_intro, evpi,
                              evpi_gem, draws, NULL));
  if (!mkba_chart_evppi.applies(r)) {
    mkba_page_para(pg, s->research_none);
    return;
  }
  mkba_page_chart(pg, &mkba_chart_evppi);
  static mkba_col cols[3];
  cols[0] = (mkba_col){s->col_parameter, 2.6, MKBA_ALIGN_LEFT};
  cols[1] = (mkba_col){s->col_evppi_society, 1.0, MKBA_ALIGN_RIGHT};
  cols[2] = (mkba_col){s->col_evppi_gemeente, 1.0, MKBA_ALIGN_RIGHT};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  for (size_t i = 0, shown = 0; i < mkba_j_len(list) && shown < MAX_ROWS; i++) {
    const json_t *e = mkba_j_at(list, i);
    if (!(mkba_j_num(e, "value") > 0 || mkba_j_num(e, "gemeente") > 0))
      continue;
    mkba_row_clear(&row);
    mkba_row_set(&row, 0,
                 mkba_j_str(e, "label", mkba_j_str(e, "parameter", "?")));
    mkba_row_amount(&row, 1, mkba_j_num(e, "value"), r->lang);
    mkba_row_amount(&row, 2, mkba_j_num(e, "gemeente"), r->lang);
    mkba_table_row(&t, row.cell, 0, NULL);
    shown++;
  }
  mkba_table_end(&t);
  mkba_page_note(pg, s->research_note);
}
