/*
 * sections_summary_words.c: the pieces page 1's sentences are made of:
 * amounts and chances as the sentences write them, the period, the
 * optimism bias, how many parameters vary (and what that does to how sure
 * the result is), and who pays and who gains, actor by actor.
 */
#include "sections_summary_words.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "count.h"

/* See sections_summary_words.h. */
const json_t *mkba_optimism_bias(const mkba_report_ctx *r) {
  const json_t *ob = mkba_j_obj(r->doc, "optimism_bias");
  return mkba_j_obj(ob, "summary") != NULL ? ob : NULL;
}

/* See sections_summary_words.h. */
double mkba_biased_npv(const json_t *bias, const json_t *summary) {
  double c = mkba_j_num(bias, "costs"), b = mkba_j_num(bias, "benefits");
  return mkba_j_num(summary, "pv_benefits") * (1 - b) -
         mkba_j_num(summary, "pv_costs") * (1 + c);
}

/* See sections_summary_words.h. */
char *mkba_money_text(const mkba_report_ctx *r, double x, char *buf,
                      size_t len) {
  return mkba_fmt_money_short(buf, len, x, r->lang);
}

/* See sections_summary_words.h. */
void mkba_money_pair(const mkba_report_ctx *r, double a, double b, char *lo,
                     char *hi, size_t len) {
  double ref = fmax(fabs(a), fabs(b));
  mkba_fmt_money_like(lo, len, a, ref, r->lang);
  mkba_fmt_money_like(hi, len, b, ref, r->lang);
}

/* See sections_summary_words.h. */
char *mkba_chance_text(const mkba_report_ctx *r, double p, char *buf,
                       size_t len) {
  return mkba_fmt_probability(buf, len, p, r->lang);
}

/* See sections_summary_words.h. */
char *mkba_period_text(const mkba_report_ctx *r, char *buf, size_t len) {
  const json_t *sc = mkba_j_obj(r->doc, "scenario");
  double start = mkba_j_num(sc, "start_year");
  double years = mkba_j_num(sc, "horizon_years");
  snprintf(buf, len, "%.0f\xe2\x80\x93%.0f", start, start + years - 1);
  return buf;
}

/* See sections_summary_words.h. */
mkba_param_counts mkba_count_params(const mkba_report_ctx *r, double iv) {
  mkba_param_counts c = {0, 0, 0, 0};
  const json_t *ps = mkba_j_arr(r->doc, "parameters");
  for (size_t i = 0; i < mkba_j_len(ps); i++) {
    const json_t *p = mkba_j_at(ps, i);
    if (iv >= 0 && mkba_j_num(p, "intervention") != iv)
      continue;
    const char *conf = mkba_j_str(p, "confidence", "");
    const char *dist =
        mkba_j_str(mkba_j_obj(p, "distribution"), "dist", "fixed");
    c.n++;
    c.assumed += strcmp(conf, "assumption") == 0;
    c.scenario += strcmp(conf, "scenario") == 0;
    c.varied += strcmp(dist, "fixed") != 0 && strcmp(dist, "constant") != 0;
  }
  return c;
}

/* See sections_summary_words.h. */
int mkba_few_vary(const mkba_param_counts *c) {
  return c->n > 0 && 2 * c->varied < c->n;
}

/* See sections_summary_words.h. */
char *mkba_varied_text(const mkba_report_ctx *r, const mkba_param_counts *c,
                       char *buf, size_t len) {
  const mkba_strings *s = r->s;
  char v[32], n[32], f[32];
  mkba_fmt_int(v, sizeof v, (double)c->varied, r->lang);
  mkba_fmt_int(n, sizeof n, (double)c->n, r->lang);
  mkba_fmt_int(f, sizeof f, (double)(c->n - c->varied), r->lang);
  return mkba_tpl(buf, len,
                  c->varied == c->n ? s->varied_all
                  : c->varied == 1  ? s->varied_one
                                    : s->varied_many,
                  v, n, f, NULL);
}

/* See sections_summary_words.h. */
void mkba_few_text(const mkba_report_ctx *r, const mkba_param_counts *c,
                   char *buf, size_t len, char *fixed, size_t flen) {
  char v[32];
  mkba_fmt_int(v, sizeof v, (double)c->varied, r->lang);
  mkba_fmt_int(fixed, flen, (double)(c->n - c->varied), r->lang);
  mkba_tpl(buf, len, c->varied == 1 ? r->s->few_one : r->s->few_many, v, NULL,
           NULL, NULL);
}

/* See sections_summary_words.h. */
void mkba_few_words(const mkba_report_ctx *r, const mkba_param_counts *c,
                    char *text, size_t len) {
  if (!mkba_few_vary(c))
    return;
  char v[200], f[32], part[600];
  mkba_few_text(r, c, v, sizeof v, f, sizeof f);
  mkba_sentence_add(
      text, len,
      mkba_tpl(part, sizeof part, r->s->sure_fixed, v, f, NULL, NULL));
}

/* The actor as the subject of a sentence ("de gemeente", "het Rijk"), or
 * its label when the id is not one of the six (r: rendering; id). */
static const char *subject(const mkba_report_ctx *r, const char *id) {
  const mkba_strings *s = r->s;
  static const char *const ids[] = {"gemeente",  "zorgverzekeraar",
                                    "rijk",      "woningcorporatie",
                                    "deelnemer", "samenleving"};
  const char *const subj[] = {s->subj_gemeente,  s->subj_zorgverzekeraar,
                              s->subj_rijk,      s->subj_woningcorporatie,
                              s->subj_deelnemer, s->subj_samenleving};
  for (size_t i = 0; i < MKBA_COUNT(ids); i++)
    if (id != NULL && strcmp(id, ids[i]) == 0)
      return subj[i];
  return mkba_report_actor_label(r, id);
}

/* One actor's money in words: "de gemeente betaalt € 8,2 mln en krijgt
 * € 7,0 mln terug (per saldo −€ 1,3 mln)". a: an element of an "actors"
 * array; buf, len: output. */
static void actor_words(const mkba_report_ctx *r, const json_t *a, char *buf,
                        size_t len) {
  const mkba_strings *s = r->s;
  const char *who = subject(r, mkba_j_str(a, "id", "?"));
  double c = mkba_j_num(a, "pv_costs"), b = mkba_j_num(a, "pv_benefits");
  double wb = mkba_j_num(a, "pv_benefits_wellbeing");
  /* the amounts of one actor in one unit: "€ 8,2 mln ... € 0,70 mln" */
  double ref = fmax(isfinite(c) ? fabs(c) : 0, isfinite(b) ? fabs(b) : 0);
  char cs[64], bs[64], ns[64];
  mkba_fmt_money_like(cs, sizeof cs, c, ref, r->lang);
  mkba_fmt_money_like(bs, sizeof bs, b, ref, r->lang);
  mkba_fmt_money_like(ns, sizeof ns, b - c, ref, r->lang);
  int pays = isfinite(c) && c > 0;
  if (pays && isfinite(b) && b != 0)
    mkba_tpl(buf, len, s->who_pays_gets, who, cs, bs, ns);
  else if (pays)
    mkba_tpl(buf, len, s->who_pays, who, cs, NULL, NULL);
  else if (isfinite(b) && b < 0)
    mkba_tpl(buf, len, s->who_loses, who, mkba_money_text(r, -b, bs, sizeof bs),
             NULL, NULL);
  else
    mkba_tpl(buf, len, s->who_gains, who, bs, NULL, NULL);
  /* well-being is not money in anyone's pocket: say how much of it is */
  if (isfinite(wb) && wb > 0 && isfinite(b) && b > 0) {
    char part[160], w[64];
    mkba_tpl(part, sizeof part, s->who_wellbeing,
             mkba_fmt_money_like(w, sizeof w, wb, ref, r->lang), NULL, NULL,
             NULL);
    size_t o = strlen(buf);
    if (o + 1 < len)
      snprintf(buf + o, len - o, "%s", part);
  }
}

/* See sections_summary_words.h. */
void mkba_who_pays_text(const mkba_report_ctx *r, const json_t *actors,
                        const char *lead, char *buf, size_t len) {
  const mkba_strings *s = r->s;
  char list[1600] = "", part[400], line[1800];
  const char *none[16];
  size_t n_none = 0;
  for (size_t i = 0; i < mkba_j_len(actors); i++) {
    const json_t *a = mkba_j_at(actors, i);
    if (!mkba_actor_has_flows(a)) {
      if (n_none < MKBA_COUNT(none))
        none[n_none++] = subject(r, mkba_j_str(a, "id", "?"));
      continue;
    }
    actor_words(r, a, part, sizeof part);
    size_t o = strlen(list);
    if (o + 1 < sizeof list)
      snprintf(list + o, sizeof list - o, "%s%s", o > 0 ? "; " : "", part);
  }
  buf[0] = '\0';
  if (list[0] != '\0')
    mkba_sentence_add(buf, len,
                      mkba_tpl(line, sizeof line,
                               lead != NULL ? lead : s->who_lead, list, NULL,
                               NULL, NULL));
  if (n_none > 0) {
    char names[600];
    mkba_join_list(r, none, n_none, names, sizeof names);
    mkba_sentence_add(
        buf, len,
        mkba_tpl(line, sizeof line, s->who_none, names, NULL, NULL, NULL));
  }
  /* the council's own question: when does the gemeente get its money back */
  const json_t *g = mkba_j_find_id(actors, "gemeente");
  if (mkba_j_num(g, "pv_costs") > 0) {
    double pb = mkba_j_num(g, "payback_year");
    char year[16];
    snprintf(year, sizeof year, "%.0f", pb);
    mkba_sentence_add(buf, len,
                      isfinite(pb)
                          ? mkba_tpl(line, sizeof line, s->gemeente_payback,
                                     year, NULL, NULL, NULL)
                          : s->gemeente_no_payback);
  }
}
