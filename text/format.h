/*
 * format.h: numbers, money, percentages and dates as a Dutch or English
 * reader expects them; the one number formatter of mkba (library
 * mkba_text, libc and libm only), used by the host (calc/) and the report
 * renderer (reports/) alike.
 *
 * Two notations over one digit routine:
 *
 * - for reports (mkba_fmt_*): Dutch 9.934.374, 1,43, € 1,2 mln, 95,8%;
 *   English 9,934,374, 1.43, €1.2m, 95.8%. Negative numbers carry a real
 *   minus sign (U+2212), so they stay readable in grey print. A non-finite
 *   value (a JSON null read as NaN) prints as an en dash.
 * - plain text (mkba_text_*), for the printed summary and the messages a
 *   terminal or a log shows: ASCII only, a '-' for minus and for a
 *   missing value, normal spaces.
 *
 * Every function writes a NUL-terminated string into buf (caller-owned, of
 * len bytes; truncated if too short); the mkba_fmt_* functions return buf.
 */
#ifndef MKBA_FORMAT_H
#define MKBA_FORMAT_H

#include <stddef.h>
#include <time.h>

typedef enum { MKBA_LANG_NL = 0, MKBA_LANG_EN = 1 } mkba_lang;

/* "nl" or NULL gives MKBA_LANG_NL, "en" MKBA_LANG_EN; -1 for anything else.
 * lang: the language code (borrowed, may be NULL). */
int mkba_lang_parse(const char *lang);

/*
 * The host's reading of a language code that was checked before (mkba's
 * --lang, a run's lang): "en" is English, anything else (NULL, "nl")
 * Dutch, so the code is parsed once and then passed as a mkba_lang.
 * lang: the language code (borrowed, may be NULL).
 */
mkba_lang mkba_lang_of(const char *lang);

/* The code of a language, "nl" or "en" (static), as documents and options
 * write it. lang: the language. */
const char *mkba_lang_code(mkba_lang lang);

/*
 * A number rounded to `decimals` places, with thousands separators.
 * buf, len: output buffer; x: the number; decimals: 0..9; lang: language.
 */
char *mkba_fmt_fixed(char *buf, size_t len, double x, int decimals,
                     mkba_lang lang);

/* A whole number: 9.934.374 / 9,934,374 (x rounded; see mkba_fmt_fixed). */
char *mkba_fmt_int(char *buf, size_t len, double x, mkba_lang lang);

/*
 * A parameter value: at most six significant digits, trailing zeros
 * dropped (0,0225 / 23.236 / 1,5). buf, len: output; x: value; lang.
 */
char *mkba_fmt_number(char *buf, size_t len, double x, mkba_lang lang);

/*
 * A measured quantity or a result: `sig` significant digits (1..9), at most
 * six decimals, trailing zeros dropped (96,68 / 594 / 0,3319).
 * buf, len: output; x: value; sig: digits; lang: language.
 */
char *mkba_fmt_sig(char *buf, size_t len, double x, int sig, mkba_lang lang);

/* Euros in full: € 9.934.374 / €9,934,374 (buf, len, x in euros, lang). */
char *mkba_fmt_money(char *buf, size_t len, double x, mkba_lang lang);

/*
 * Euros in short, the one style for money in sentences, cards and chart
 * labels: € 45.323 / €45,323 below € 100.000, from there in millions
 * (€ 0,93 mln, € 8,9 mln, € 250 mln / €0.93m, €8.9m, €250m) and billions
 * (€ 3,4 mld / €3.4bn), with two significant digits at least. Amounts from a
 * tenth of a million up are never written in full, so a sentence does not
 * mix "€ 688.628" with "€ 2,8 mln". buf, len: output; x: euros; lang.
 */
char *mkba_fmt_money_short(char *buf, size_t len, double x, mkba_lang lang);

/*
 * Euros in short in the unit that `ref` gets from mkba_fmt_money_short, for
 * amounts shown side by side (a sentence "tussen € 0,51 mln en € 1,1 mln",
 * the labels of one chart): all in millions when ref is, whatever x's own
 * size. buf, len: output; x: euros; ref: the largest amount of the group;
 * lang: language.
 */
char *mkba_fmt_money_like(char *buf, size_t len, double x, double ref,
                          mkba_lang lang);

/*
 * A price or any amount per unit in euros, without the euro sign, for a
 * table cell: whole euros from 100 up (32.300, 4.102), cents below 100 when
 * there are any (70,89; 12,50), none for whole amounts (50). Totals and
 * present values are whole euros always (mkba_fmt_int); cents matter only
 * for small prices. buf, len: output; x: euros; lang: language.
 */
char *mkba_fmt_price(char *buf, size_t len, double x, mkba_lang lang);

/*
 * An axis tick in euros, all ticks of one axis in one unit: the unit follows
 * `span` (the largest absolute tick), the decimals follow `step` (the tick
 * spacing). buf, len: output; x: the tick; step, span: as said; lang.
 */
char *mkba_fmt_money_tick(char *buf, size_t len, double x, double step,
                          double span, mkba_lang lang);

/* A fraction as a percentage: 0.958 -> 95,8% / 95.8% (buf, len, frac,
 * decimals after the point, lang). For a share or a rate; a probability
 * goes through mkba_fmt_probability. */
char *mkba_fmt_percent(char *buf, size_t len, double frac, int decimals,
                       mkba_lang lang);

/*
 * A probability (a chance that the net value is positive, that an option is
 * the best) as a percentage, by the one rule every page, table, sentence and
 * chart of the report uses, so the same number never reads two ways: one
 * decimal, half away from zero (0,9955 -> 99,6%); exactly 0 and 1 as 0% and
 * 100%; anything below 1 that would round to 100 as "> 99,9%", anything
 * above 0 that would round to 0 as "< 0,1%" (a chance of 0,9999 is not a
 * certainty). buf, len: output; p: the probability, 0..1; lang: language.
 */
char *mkba_fmt_probability(char *buf, size_t len, double p, mkba_lang lang);

/*
 * A unit as the reader of the language reads it. Plugins give units in
 * Dutch ("EUR per persoon per jaar", "kans per jaar"): Dutch gets the euro
 * sign for "EUR" ("€ per persoon per jaar"), English a word-by-word
 * translation of the common units ("€ per person per year", "probability
 * per year", "person-years"); a word the table does not know stays as
 * written. buf, len: output; unit: the unit (borrowed; NULL: empty); lang.
 */
char *mkba_fmt_unit(char *buf, size_t len, const char *unit, mkba_lang lang);

/* Whether a unit is an amount of euros ("EUR per uur", "euro", "€"), so
 * its values are prices (mkba_fmt_price). unit: borrowed, may be NULL. */
int mkba_unit_is_money(const char *unit);

/*
 * A parameter's value as its unit asks: a price for a unit in euros
 * (mkba_fmt_price), a calendar year without separator (2025), else at most
 * six significant digits (mkba_fmt_number). buf, len: output; x: the value;
 * unit, id: the parameter's unit and id (borrowed, may be NULL); lang.
 */
char *mkba_fmt_param(char *buf, size_t len, double x, const char *unit,
                     const char *id, mkba_lang lang);

/*
 * A parameter's number as the annex shows it, by one rule: a calendar year
 * as written (2025); an amount of euros with the euro sign, in whole euros
 * from 100 up and with its cents below when it has any (€ 29.641 /
 * €29,641; € 70,89; € 50); anything else to at most four significant digits
 * and four decimals, trailing zeros dropped (0,0667; 46,67; 1,125), a whole
 * number in full (33.249) and a tiny one to two significant digits
 * (0,00015). ref: the number whose size decides whole euros or cents (the
 * parameter's value, so its distribution's bounds read as the value does;
 * NAN: x itself). buf, len: output; x: the number; unit, id: the
 * parameter's unit and id (borrowed, may be NULL); lang: language.
 */
char *mkba_fmt_param_shown(char *buf, size_t len, double x, double ref,
                           const char *unit, const char *id, mkba_lang lang);

/*
 * The unit beside a number from mkba_fmt_param_shown: as mkba_fmt_unit, but
 * an amount of euros leaves out the money word its number already carries
 * ("EUR per plaats per jaar" -> "per plaats per jaar" / "per place per
 * year"; "EUR" -> ""). buf, len: output; unit: the unit (borrowed; NULL:
 * empty); lang: language.
 */
char *mkba_fmt_unit_shown(char *buf, size_t len, const char *unit,
                          mkba_lang lang);

/* 1 when a source text starts with a kind word ("assumption: ",
 * "derived: ", or their Dutch "aanname: ", "afgeleid: ") rather than a
 * citation. source: the text (borrowed; NULL: 0). */
int mkba_source_kind_first(const char *source);

/*
 * A source text in the report's language. The results document carries a
 * plugin's source in the run's language (the plugin's Dutch wording when it
 * has one, ABI 1.3). A source either cites a
 * publication, which stays as written, or starts with a kind word in
 * English, "assumption: " or "derived: ", which Dutch reads as "aanname: "
 * and "afgeleid: ". buf, len: output; source: the text (borrowed; NULL:
 * empty); lang: language.
 */
char *mkba_fmt_source(char *buf, size_t len, const char *source,
                      mkba_lang lang);

/* A date in words, UTC: 22 november 2026 / 22 November 2026
 * (buf, len, t: seconds since the epoch, lang). */
char *mkba_fmt_date(char *buf, size_t len, time_t t, mkba_lang lang);

/* ---- plain text: standard output and messages ---- */

/*
 * Whole euros (or any whole count) of x with grouped thousands: 1.234.567 /
 * 1,234,567; an ASCII '-' before a value of -0,5 or less; "-" for a
 * non-finite x and "(too large)" from 1e18 on. buf, len: output (64 bytes
 * hold any result); x: the amount; lang: language.
 */
void mkba_text_money(double x, char *buf, size_t len, mkba_lang lang);

/*
 * x with `decimals` decimals (0..9) and no grouping, a decimal comma in
 * Dutch, an ASCII '-' for a negative x (as printf writes it, so -0,04 at
 * one decimal is "-0,0"), then `suffix` as it is ("%", "" ; borrowed);
 * "-" for a non-finite x. buf, len: output; lang: language.
 */
void mkba_text_decimal(double x, int decimals, const char *suffix, char *buf,
                       size_t len, mkba_lang lang);

/*
 * A probability p as a percentage by the one rule of the reports
 * (mkba_fmt_probability) in plain text: 0% and 100% only when exact, one
 * decimal rounded half up otherwise, "> 99,9%" and "< 0,1%" (a normal
 * space) where one decimal would round to 100 or 0; "0%" for a NaN.
 * buf, len: output; p: the probability; lang: language.
 */
void mkba_text_probability(double p, char *buf, size_t len, mkba_lang lang);

#endif /* MKBA_FORMAT_H */
