/*
 * format.c: number formatting per language.
 *
 * printf's %f gives the digits; separators are put in by hand rather than
 * through setlocale(), because the locale is process-wide state that a
 * library must not touch and a CI machine may not have nl_NL installed.
 */
#include "format.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define MINUS "\xe2\x88\x92" /* U+2212 MINUS SIGN */
#define DASH "\xe2\x80\x93"  /* U+2013 EN DASH, for a missing value */

int mkba_lang_parse(const char *lang) {
  if (lang == NULL || strcmp(lang, "nl") == 0)
    return MKBA_LANG_NL;
  if (strcmp(lang, "en") == 0)
    return MKBA_LANG_EN;
  return -1;
}

static char *copy(char *buf, size_t len, const char *s) {
  if (len > 0)
    snprintf(buf, len, "%s", s);
  return buf;
}

/* Append s to the string in buf, cutting it to fit. */
static char *append(char *buf, size_t len, const char *s) {
  size_t o = strlen(buf);
  while (*s != '\0' && o + 1 < len)
    buf[o++] = *s++;
  if (o < len)
    buf[o] = '\0';
  return buf;
}

/* Digits of |x| at `decimals` places with separators, into out; sets *neg
 * when the rounded value is below zero (so -0,0 prints as 0,0). */
static void digits(char *out, size_t outlen, double x, int decimals,
                   mkba_lang lang, int *neg) {
  char raw[128];
  const char group = lang == MKBA_LANG_NL ? '.' : ',';
  const char point = lang == MKBA_LANG_NL ? ',' : '.';
  if (decimals < 0)
    decimals = 0;
  if (decimals > 9)
    decimals = 9;
  snprintf(raw, sizeof raw, "%.*f", decimals, fabs(x));
  *neg = 0;
  if (x < 0) {
    for (const char *p = raw; *p; p++)
      if (*p >= '1' && *p <= '9')
        *neg = 1;
  }
  /* the radix character of the C library follows LC_NUMERIC, which a
   * program may have set: take whatever ends the digits */
  size_t intlen = strspn(raw, "0123456789");
  const char *dot = raw[intlen] != '\0' ? raw + intlen : NULL;
  size_t o = 0;
  for (size_t i = 0; i < intlen && o + 2 < outlen; i++) {
    if (i > 0 && (intlen - i) % 3 == 0)
      out[o++] = group;
    out[o++] = raw[i];
  }
  if (dot) {
    if (o + 1 < outlen)
      out[o++] = point;
    for (const char *p = dot + 1; *p && o + 1 < outlen; p++)
      out[o++] = *p;
  }
  out[o] = '\0';
}

char *mkba_fmt_fixed(char *buf, size_t len, double x, int decimals,
                     mkba_lang lang) {
  char d[128];
  int neg;
  if (!isfinite(x))
    return copy(buf, len, DASH);
  digits(d, sizeof d, x, decimals, lang, &neg);
  copy(buf, len, neg ? MINUS : "");
  return append(buf, len, d);
}

char *mkba_fmt_int(char *buf, size_t len, double x, mkba_lang lang) {
  return mkba_fmt_fixed(buf, len, x, 0, lang);
}

char *mkba_fmt_sig(char *buf, size_t len, double x, int sig, mkba_lang lang) {
  if (!isfinite(x))
    return copy(buf, len, DASH);
  int decimals = 0;
  double a = fabs(x);
  if (a > 0 && a < 1e15) {
    int mag = (int)floor(log10(a));
    decimals = sig - 1 - mag;
    if (decimals < 0)
      decimals = 0;
    if (decimals > 6)
      decimals = 6;
  }
  char tmp[128];
  mkba_fmt_fixed(tmp, sizeof tmp, x, decimals, lang);
  const char point = lang == MKBA_LANG_NL ? ',' : '.';
  if (decimals > 0 && strrchr(tmp, point) != NULL) {
    size_t n = strlen(tmp);
    while (n > 0 && tmp[n - 1] == '0')
      tmp[--n] = '\0';
    if (n > 0 && tmp[n - 1] == point)
      tmp[--n] = '\0';
  }
  if (strcmp(tmp, MINUS "0") == 0)
    return copy(buf, len, "0");
  return copy(buf, len, tmp);
}

char *mkba_fmt_number(char *buf, size_t len, double x, mkba_lang lang) {
  return mkba_fmt_sig(buf, len, x, 6, lang);
}

/* "€ " + amount (nl) or "€" + amount (en), minus sign in front of the euro
 * sign, optional unit word after. */
static char *money(char *buf, size_t len, double x, int decimals, double scale,
                   const char *unit, mkba_lang lang) {
  char d[128];
  int neg;
  if (!isfinite(x))
    return copy(buf, len, DASH);
  digits(d, sizeof d, x / scale, decimals, lang, &neg);
  if (len > 0)
    snprintf(buf, len, "%s%s%s%s%s", neg ? MINUS : "",
             lang == MKBA_LANG_NL ? "\xe2\x82\xac\xc2\xa0" : "\xe2\x82\xac", d,
             unit[0] && lang == MKBA_LANG_NL ? "\xc2\xa0" : "", unit);
  return buf;
}

char *mkba_fmt_money(char *buf, size_t len, double x, mkba_lang lang) {
  return money(buf, len, x, 0, 1.0, "", lang);
}

/* The unit for amounts of size `a`: scale and word. */
static double unit_for(double a, mkba_lang lang, const char **word) {
  if (a >= 1e9) {
    *word = lang == MKBA_LANG_NL ? "mld" : "bn";
    return 1e9;
  }
  if (a >= 1e6) {
    *word = lang == MKBA_LANG_NL ? "mln" : "m";
    return 1e6;
  }
  *word = "";
  return 1.0;
}

char *mkba_fmt_money_short(char *buf, size_t len, double x, mkba_lang lang) {
  const char *word;
  double a = fabs(x);
  /* round first, so 999.999,6 shows as € 1,0 mln and not € 1.000.000 */
  if (a >= 999950.0 && a < 1e6)
    a = 1e6;
  double scale = unit_for(a, lang, &word);
  int decimals = 0;
  if (scale > 1.0)
    decimals = a / scale >= 99.95 ? 0 : 1;
  return money(buf, len, x, decimals, scale, word, lang);
}

char *mkba_fmt_money_tick(char *buf, size_t len, double x, double step,
                          double span, mkba_lang lang) {
  const char *word;
  double scale = unit_for(fabs(span), lang, &word);
  int decimals = 0;
  double s = step / scale;
  while (decimals < 3 && s > 0 &&
         fabs(s * pow(10, decimals) - round(s * pow(10, decimals))) > 1e-6)
    decimals++;
  if (fabs(x) < step * 1e-9) /* zero needs no unit: "€ 0" */
    return money(buf, len, 0.0, 0, 1.0, "", lang);
  return money(buf, len, x, decimals, scale, word, lang);
}

char *mkba_fmt_percent(char *buf, size_t len, double frac, int decimals,
                       mkba_lang lang) {
  char d[64];
  if (!isfinite(frac))
    return copy(buf, len, DASH);
  mkba_fmt_fixed(d, sizeof d, frac * 100.0, decimals, lang);
  if (len > 0)
    snprintf(buf, len, "%s%%", d);
  return buf;
}

char *mkba_fmt_date(char *buf, size_t len, time_t t, mkba_lang lang) {
  static const char *const nl[] = {
      "januari", "februari", "maart",     "april",   "mei",      "juni",
      "juli",    "augustus", "september", "oktober", "november", "december"};
  static const char *const en[] = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  struct tm tm;
  if (gmtime_r(&t, &tm) == NULL)
    return copy(buf, len, DASH);
  if (len > 0)
    snprintf(buf, len, "%d %s %d", tm.tm_mday,
             (lang == MKBA_LANG_NL ? nl : en)[tm.tm_mon], tm.tm_year + 1900);
  return buf;
}
