/*
 * format.h: numbers, money, percentages and dates as a Dutch or English
 * reader expects them.
 *
 * Dutch: 9.934.374, 1,43, € 1,2 mln, 95,8%; English: 9,934,374, 1.43,
 * €1.2m, 95.8%. Negative numbers carry a real minus sign (U+2212), so they
 * stay readable in grey print. A non-finite value (a JSON null read as NaN)
 * prints as an en dash.
 *
 * Every function writes a NUL-terminated string into buf (caller-owned, of
 * len bytes; truncated if too short) and returns buf.
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
 * Euros in short: € 1,2 mln / €1.2m, € 3,4 mld / €3.4bn; amounts under a
 * million in full. buf, len: output; x: euros; lang: language.
 */
char *mkba_fmt_money_short(char *buf, size_t len, double x, mkba_lang lang);

/*
 * An axis tick in euros, all ticks of one axis in one unit: the unit follows
 * `span` (the largest absolute tick), the decimals follow `step` (the tick
 * spacing). buf, len: output; x: the tick; step, span: as said; lang.
 */
char *mkba_fmt_money_tick(char *buf, size_t len, double x, double step,
                          double span, mkba_lang lang);

/* A fraction as a percentage: 0.958 -> 95,8% / 95.8% (buf, len, frac,
 * decimals after the point, lang). */
char *mkba_fmt_percent(char *buf, size_t len, double frac, int decimals,
                       mkba_lang lang);

/* A date in words, UTC: 22 november 2026 / 22 November 2026
 * (buf, len, t: seconds since the epoch, lang). */
char *mkba_fmt_date(char *buf, size_t len, time_t t, mkba_lang lang);

#endif /* MKBA_FORMAT_H */
