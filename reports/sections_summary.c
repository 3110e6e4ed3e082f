/*
 * sections_summary.c: the first page, which many readers will read alone.
 * It says what was analysed (the title block: the scenario's facts and how
 * much rests on assumptions) and then the conclusion a council member can
 * repeat, in one of two forms: for one intervention or a package
 * (sections_summary_package.c), or, for alternatives, the ranking of all
 * of them (sections_summary_alternatives.c); the warnings close it.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>

#include "count.h"
#include "sections_summary_words.h"

/* The report's kind and title, then the scenario's facts as a two-column
 * list. Alternatives and long packages name only their number here: the
 * ranking and the comparison list them all. */
static void title_block(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const mkba_strings *s = r->s;
  const json_t *sc = mkba_j_obj(r->doc, "scenario");
  mkba_text_style st = mkba_style(MKBA_PT_KICKER);
  st.colour = MKBA_RGB_MUTED;
  mkba_page_text(pg, s->report_kind, st);
  mkba_text_style big = mkba_style(MKBA_PT_TITLE);
  big.bold = 1;
  mkba_page_text(pg, mkba_j_str(sc, "title", s->report_kind), big);
  mkba_page_gap(pg, 4);

  static const mkba_col cols[] = {{NULL, 1.1, MKBA_ALIGN_LEFT},
                                  {NULL, 4.0, MKBA_ALIGN_LEFT}};
  mkba_table t;
  mkba_table_begin(&t, pg, cols, MKBA_COUNT(cols));
  mkba_row row;
  char buf[600], a[16], b[16], c[16];
  const char *region = mkba_j_str(sc, "region_label", NULL);
  if (region == NULL)
    region = mkba_j_str(sc, "region", "?");
  mkba_row_clear(&row);
  mkba_row_set(&row, 0, s->region);
  mkba_row_set(&row, 1, region);
  mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);

  double start = mkba_j_num(sc, "start_year");
  double years = mkba_j_num(sc, "horizon_years");
  snprintf(a, sizeof a, "%.0f", start);
  snprintf(b, sizeof b, "%.0f", start + years - 1);
  snprintf(c, sizeof c, "%.0f", years);
  mkba_row_set(&row, 0, s->period);
  mkba_row_set(&row, 1,
               mkba_tpl(buf, sizeof buf, s->period_value, a, b, c, NULL));
  mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);

  mkba_row_set(&row, 0, s->price_level);
  mkba_row_set(&row, 1, mkba_price_year(r, buf, sizeof buf));
  mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
  /* the standard rate with its source, so the reader knows it is one */
  const json_t *d = mkba_j_obj(sc, "discount");
  double rate = mkba_j_num(d, "rate");
  mkba_row_set(&row, 0, s->discount);
  if (mkba_j_arr(d, "schedule") == NULL && isfinite(rate) &&
      fabs(rate - 0.0225) < 1e-9) {
    char pc[32], by[16];
    mkba_fmt_percent(pc, sizeof pc, rate, 2, r->lang);
    snprintf(by, sizeof by, "%.0f", mkba_j_num(d, "base_year"));
    mkba_row_set(
        &row, 1,
        mkba_tpl(buf, sizeof buf, s->discount_std_short, pc, by, NULL, NULL));
  } else {
    mkba_row_set(&row, 1, mkba_discount_text(r, buf, sizeof buf));
  }
  mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);

  const json_t *ivs = mkba_j_arr(r->doc, "interventions");
  size_t niv = mkba_j_len(ivs);
  char count[32];
  snprintf(count, sizeof count, "%zu", niv);
  if (mkba_report_alternatives(r)) {
    /* the conclusion counts them and the ranking lists them all */
  } else if (niv > 6) {
    mkba_row_set(&row, 0, s->interventions_word);
    mkba_row_set(&row, 1,
                 mkba_tpl(buf, sizeof buf, s->interventions_count, count,
                          s->sec_interventions, NULL, NULL));
    mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
  } else {
    for (size_t i = 0; i < niv; i++) {
      mkba_row_set(&row, 0,
                   i > 0     ? ""
                   : niv > 1 ? s->interventions_word
                             : s->intervention_word);
      mkba_row_set(&row, 1,
                   mkba_intervention_name(mkba_j_at(ivs, i), buf, sizeof buf));
      mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
    }
  }
  /* how much rests on assumptions and on the author's own choices, and how
   * much of it varies in the simulations, before any number is read */
  mkba_param_counts pc = mkba_count_params(r, -1);
  if (pc.n > 0) {
    char x[32], y[32], who[300] = "";
    mkba_fmt_int(x, sizeof x, (double)pc.assumed, r->lang);
    mkba_fmt_int(y, sizeof y, (double)pc.n, r->lang);
    if (pc.scenario > 0) {
      char z[32];
      mkba_fmt_int(z, sizeof z, (double)pc.scenario, r->lang);
      who[0] = ';';
      who[1] = ' ';
      mkba_tpl(who + 2, sizeof who - 2,
               pc.scenario == 1 ? s->scenario_one : s->scenario_many, z, NULL,
               NULL, NULL);
    }
    mkba_row_set(&row, 0, s->m_assumptions);
    mkba_row_set(
        &row, 1,
        mkba_tpl(buf, sizeof buf, s->p1_assumptions, x, y, s->sec_method, who));
    mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
    if (mkba_j_obj(r->doc, "uncertainty") != NULL) {
      mkba_row_set(&row, 0, s->sec_uncertainty);
      mkba_row_set(&row, 1, mkba_varied_text(r, &pc, buf, sizeof buf));
      mkba_table_row(&t, row.cell, MKBA_ROW_PLAIN, NULL);
    }
  }
  mkba_table_end(&t);
}

/* What the reader must know that is not an error: overlap, off-centre base
 * case. */
static void warnings(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  const json_t *w = mkba_j_arr(r->doc, "warnings");
  if (mkba_j_len(w) == 0)
    return;
  mkba_page_heading(pg, r->s->warnings_heading, 60);
  for (size_t i = 0; i < mkba_j_len(w); i++) {
    const json_t *m = mkba_j_obj(mkba_j_at(w, i), "message");
    mkba_page_para(pg,
                   mkba_j_str(m, r->lang == MKBA_LANG_EN ? "en" : "nl", ""));
  }
}

/* See sections.h. */
void mkba_section_summary(mkba_page *pg) {
  const mkba_report_ctx *r = pg->r;
  title_block(pg);
  mkba_page_heading(pg, r->s->sec_summary, 200);
  if (mkba_report_alternatives(r)) {
    mkba_summary_alternatives(pg);
    warnings(pg);
    return;
  }
  mkba_summary_package(pg);
  warnings(pg);
  /* the table completes page 1 when it fits there; the overzichtstabel by
   * actor has the same numbers, so it never pushes the story onto a page
   * of its own */
  mkba_summary_actor_table(pg, pg->page == 1);
}
