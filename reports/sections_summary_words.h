/*
 * sections_summary_words.h: the pieces page 1's sentences are made of,
 * shared by its two forms (sections_summary_package.c for one
 * intervention or a package, sections_summary_alternatives.c for
 * alternatives) and its title block: amounts and chances as the sentences
 * write them, the period, the optimism bias, how many parameters vary, and
 * who pays and who gains.
 */
#ifndef MKBA_SECTIONS_SUMMARY_WORDS_H
#define MKBA_SECTIONS_SUMMARY_WORDS_H

#include "sections.h"

/* What the numbers rest on: the parameters, how many of them are
 * assumptions, how many the scenario's author chose without a source, and
 * how many vary in the simulations (a distribution that is not fixed). */
typedef struct {
  size_t n;        /* parameters */
  size_t assumed;  /* confidence "assumption" */
  size_t scenario; /* confidence "scenario": the author's choice */
  size_t varied;   /* with a distribution */
} mkba_param_counts;

/* The document's optimism-bias adjustment ({costs, benefits, summary}) when
 * it has one with its numbers, else NULL (borrowed; r: the rendering). */
const json_t *mkba_optimism_bias(const mkba_report_ctx *r);

/* The net value of a summary ({pv_costs, pv_benefits}) under the bias
 * (costs times 1 + c, benefits times 1 - b), as the engine computes it
 * (bias, summary: borrowed). */
double mkba_biased_npv(const json_t *bias, const json_t *summary);

/* Money in the short form, for sentences (€ 1,2 mln): x into buf (len
 * bytes). Returns buf. */
char *mkba_money_text(const mkba_report_ctx *r, double x, char *buf,
                      size_t len);

/* Two amounts read together ("tussen € 0,51 mln en € 1,1 mln") in one
 * unit, that of the larger: a and b into lo and hi, len bytes each. */
void mkba_money_pair(const mkba_report_ctx *r, double a, double b, char *lo,
                     char *hi, size_t len);

/* A chance p in sentences: the same rounding as in every table, so page 1
 * never says 100% where a table says 99,6% (buf, len: output). Returns
 * buf. */
char *mkba_chance_text(const mkba_report_ctx *r, double p, char *buf,
                       size_t len);

/* "2025–2034" for the scenario's period, into buf (len bytes). Returns
 * buf. */
char *mkba_period_text(const mkba_report_ctx *r, char *buf, size_t len);

/* The counts over the parameters of intervention iv, or of all of them
 * when iv is negative (r: the rendering). */
mkba_param_counts mkba_count_params(const mkba_report_ctx *r, double iv);

/* Whether so few parameters vary that the simulations understate the
 * uncertainty: fewer than half of them (c: the counts). */
int mkba_few_vary(const mkba_param_counts *c);

/* "1 van de 22 parameters varieert in de simulaties; de andere 21 liggen
 * vast" for counts c, into buf (len bytes). Returns buf. */
char *mkba_varied_text(const mkba_report_ctx *r, const mkba_param_counts *c,
                       char *buf, size_t len);

/* "de 1 parameter die varieert" for counts c into buf (len bytes), and
 * the number of fixed ones into fixed (flen bytes). */
void mkba_few_text(const mkba_report_ctx *r, const mkba_param_counts *c,
                   char *buf, size_t len, char *fixed, size_t flen);

/* "Daarin telt alleen de onzekerheid van de 1 parameter die varieert
 * mee ...": the certainty qualified, added to text (len bytes) when few
 * parameters vary (c: the counts). */
void mkba_few_words(const mkba_report_ctx *r, const mkba_param_counts *c,
                    char *text, size_t len);

/* Who pays and who gains in words, from an "actors" array (the document's
 * or an intervention's; r: the rendering): "Wie betaalt, wie baat: de
 * gemeente betaalt ... en krijgt ... terug; ...", the actors for whom
 * nothing changes, and when the gemeente recovers its spending. lead: a
 * template whose {1} takes the list (NULL: the standard one). buf, len:
 * output, empty when no actor has a flow. */
void mkba_who_pays_text(const mkba_report_ctx *r, const json_t *actors,
                        const char *lead, char *buf, size_t len);

#endif /* MKBA_SECTIONS_SUMMARY_WORDS_H */
