/*
 * format.c: number formatting per language, for reports and plain text.
 *
 * printf's %f gives the digits; separators are put in by hand rather than
 * through setlocale(), because the locale is process-wide state that a
 * library must not touch and a CI machine may not have nl_NL installed.
 * One routine (digits) writes every number of both notations; one routine
 * (probability) holds the rule for chances.
 */
#include "format.h"

#include "count.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define MINUS "\xe2\x88\x92" /* U+2212 MINUS SIGN */
#define DASH "\xe2\x80\x93"  /* U+2013 EN DASH, for a missing value */
#define NBSP "\xc2\xa0"      /* U+00A0 NO-BREAK SPACE */

int mkba_lang_parse(const char *lang) {
  if (lang == NULL || strcmp(lang, "nl") == 0)
    return MKBA_LANG_NL;
  if (strcmp(lang, "en") == 0)
    return MKBA_LANG_EN;
  return -1;
}

mkba_lang mkba_lang_of(const char *lang) {
  return mkba_lang_parse(lang) == MKBA_LANG_EN ? MKBA_LANG_EN : MKBA_LANG_NL;
}

const char *mkba_lang_code(mkba_lang lang) {
  return lang == MKBA_LANG_EN ? "en" : "nl";
}

/* The character that groups thousands in lang: '.' in Dutch, ',' in
 * English. */
static char group_of(mkba_lang lang) {
  return lang == MKBA_LANG_NL ? '.' : ',';
}

/* The decimal separator of lang: ',' in Dutch, '.' in English. */
static char point_of(mkba_lang lang) {
  return lang == MKBA_LANG_NL ? ',' : '.';
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

/*
 * Digits of |x| at `decimals` places (0..9), into out (outlen bytes): the
 * thousands grouped by `group` ('\0': not grouped), the decimals after
 * `point`. Sets *neg when the rounded value is below zero (so -0,0 prints
 * as 0,0); a caller with another rule for the sign ignores it. x: finite.
 */
static void digits(char *out, size_t outlen, double x, int decimals, char group,
                   char point, int *neg) {
  char raw[128];
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
    if (group != '\0' && i > 0 && (intlen - i) % 3 == 0)
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
  digits(d, sizeof d, x, decimals, group_of(lang), point_of(lang), &neg);
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
  const char point = point_of(lang);
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
  digits(d, sizeof d, x / scale, decimals, group_of(lang), point_of(lang),
         &neg);
  if (len > 0)
    snprintf(buf, len, "%s%s%s%s%s", neg ? MINUS : "",
             lang == MKBA_LANG_NL ? "\xe2\x82\xac\xc2\xa0" : "\xe2\x82\xac", d,
             unit[0] && lang == MKBA_LANG_NL ? "\xc2\xa0" : "", unit);
  return buf;
}

char *mkba_fmt_money(char *buf, size_t len, double x, mkba_lang lang) {
  return money(buf, len, x, 0, 1.0, "", lang);
}

/* The unit for amounts of size `a` on an axis: scale and word. */
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

/* The unit of the short form for an amount of size a (>= 0): full euros
 * below a tenth of a million, then millions, then billions. The limits sit
 * half a unit of the last digit low, so a value that rounds up to the next
 * unit takes it ("€ 1,0 mld", never "€ 1.000 mln"). */
static double short_unit(double a, mkba_lang lang, const char **word) {
  if (a >= 999.5e6) {
    *word = lang == MKBA_LANG_NL ? "mld" : "bn";
    return 1e9;
  }
  if (a >= 99999.5) {
    *word = lang == MKBA_LANG_NL ? "mln" : "m";
    return 1e6;
  }
  *word = "";
  return 1.0;
}

/* Decimals of the short form for an amount of size a (>= 0) in a unit of
 * `scale` euros: two significant digits at least (0,93; 8,9; 55,7; 250),
 * judged after rounding so 0,999 mln reads 1,0 and not 1,00. */
static int short_decimals(double a, double scale) {
  if (scale <= 1.0)
    return 0;
  double v = a / scale;
  if (v >= 99.95)
    return 0;
  if (v >= 0.995)
    return 1;
  return 2;
}

char *mkba_fmt_money_short(char *buf, size_t len, double x, mkba_lang lang) {
  const char *word;
  double a = fabs(x);
  double scale = short_unit(a, lang, &word);
  return money(buf, len, x, short_decimals(a, scale), scale, word, lang);
}

char *mkba_fmt_money_like(char *buf, size_t len, double x, double ref,
                          mkba_lang lang) {
  const char *word;
  double scale = short_unit(fabs(ref), lang, &word);
  if (!isfinite(ref) || scale <= 1.0)
    return mkba_fmt_money_short(buf, len, x, lang);
  if (x == 0.0) /* nothing needs no unit: "€ 0" */
    return money(buf, len, 0.0, 0, 1.0, "", lang);
  return money(buf, len, x, short_decimals(fabs(x), scale), scale, word, lang);
}

char *mkba_fmt_price(char *buf, size_t len, double x, mkba_lang lang) {
  double a = fabs(x);
  int decimals = 0;
  /* cents only where they are a visible part of the price, and then both
   * digits of them (12,50, not 12,5) */
  if (isfinite(x) && a < 99.995 && fabs(a - round(a)) >= 0.005)
    decimals = 2;
  return mkba_fmt_fixed(buf, len, x, decimals, lang);
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

/*
 * A probability p by the one rule (see mkba_fmt_probability), into buf:
 * "0%", "100%", a percentage to one decimal, or "> 99,9%" and "< 0,1%"
 * with `space` (borrowed: a no-break space in a report, a normal one in
 * plain text) after the sign. p: not NaN; lang: language.
 */
static char *probability(char *buf, size_t len, double p, mkba_lang lang,
                         const char *space) {
  char d[64];
  if (p <= 0.0)
    return copy(buf, len, "0%");
  if (p >= 1.0)
    return copy(buf, len, "100%");
  /* tenths of a percent, half away from zero: a probability is mostly a
   * count of draws (1.991 of 2.000 = 0,9955), whose binary value may sit a
   * hair below the half; the small bias keeps such a half a half */
  double tenths = floor(p * 1000.0 + 0.5 + 1e-7);
  if (tenths >= 1000.0) {
    if (len > 0)
      snprintf(buf, len, ">%s99%c9%%", space, point_of(lang));
    return buf;
  }
  if (tenths <= 0.0) {
    if (len > 0)
      snprintf(buf, len, "<%s0%c1%%", space, point_of(lang));
    return buf;
  }
  mkba_fmt_fixed(d, sizeof d, tenths / 10.0, 1, lang);
  if (len > 0)
    snprintf(buf, len, "%s%%", d);
  return buf;
}

char *mkba_fmt_probability(char *buf, size_t len, double p, mkba_lang lang) {
  if (!isfinite(p))
    return copy(buf, len, DASH);
  /* the no-break space keeps "> 99,9%" one word on a line */
  return probability(buf, len, p, lang, NBSP);
}

/* One word of a unit in English: the Dutch word, its English form as the
 * unit's head ("200 years", "3 hours") and after "per" ("per year"). */
typedef struct {
  const char *nl, *head, *per;
} unit_word;

static const unit_word unit_words[] = {
    {"EUR", "\xe2\x82\xac", "\xe2\x82\xac"},
    {"euro", "\xe2\x82\xac", "\xe2\x82\xac"},
    {"QALY", "QALY", "QALY"},
    {"aandeel", "share", "share"},
    {"aantal", "number", "number"},
    {"bezoek", "visits", "visit"},
    {"bezoeken", "visits", "visits"},
    {"bijstand", "social assistance", "social assistance"},
    {"casus", "cases", "case"},
    {"consult", "consultations", "consultation"},
    {"consulten", "consultations", "consultations"},
    {"contact", "contacts", "contact"},
    {"contacten", "contacts", "contacts"},
    {"dag", "days", "day"},
    {"dagen", "days", "days"},
    {"delict", "offences", "offence"},
    {"delicten", "offences", "offences"},
    {"fractie", "fraction", "fraction"},
    {"huishouden", "households", "household"},
    {"huishoudens", "households", "households"},
    {"huishoudjaar", "household-years", "household-year"},
    {"huishoudjaren", "household-years", "household-years"},
    {"huisuitzetting", "evictions", "eviction"},
    {"huisuitzettingen", "evictions", "evictions"},
    {"incident", "incidents", "incident"},
    {"incidenten", "incidents", "incidents"},
    {"jaar", "years", "year"},
    {"jaartal", "year", "year"},
    {"jaren", "years", "years"},
    {"kans", "probability", "probability"},
    {"kanspunten", "probability points", "probability points"},
    {"maand", "months", "month"},
    {"maanden", "months", "months"},
    {"melding", "reports", "report"},
    {"meldingen", "reports", "reports"},
    {"ontvanger", "recipients", "recipient"},
    {"ontvangers", "recipients", "recipients"},
    {"oplossing", "solutions", "solution"},
    {"oplossingen", "solutions", "solutions"},
    {"personen", "people", "people"},
    {"persoon", "people", "person"},
    {"persoonsjaar", "person-years", "person-year"},
    {"persoonsjaren", "person-years", "person-years"},
    {"plaats", "places", "place"},
    {"plaatsen", "places", "places"},
    {"plek", "places", "place"},
    {"plekjaren", "place-years", "place-years"},
    {"plekken", "places", "places"},
    {"praktijk", "practices", "practice"},
    {"praktijken", "practices", "practices"},
    {"signaal", "signals", "signal"},
    {"signalen", "signals", "signals"},
    {"trajecten", "cases", "cases"},
    {"traject", "cases", "case"},
    {"uur", "hours", "hour"},
    {"uren", "hours", "hours"},
    {"week", "weeks", "week"},
    {"weken", "weeks", "weeks"},
    {"woning", "homes", "home"},
    {"woningen", "homes", "homes"},
    {"woningjaren", "home-years", "home-years"},
};

static const unit_word *unit_word_find(const char *w, size_t n) {
  for (size_t i = 0; i < MKBA_COUNT(unit_words); i++)
    if (strlen(unit_words[i].nl) == n && strncmp(unit_words[i].nl, w, n) == 0)
      return &unit_words[i];
  return NULL;
}

char *mkba_fmt_unit(char *buf, size_t len, const char *unit, mkba_lang lang) {
  if (len == 0)
    return buf;
  buf[0] = '\0';
  if (unit == NULL)
    return buf;
  /* word by word: a word after "per" is singular in English, the first
   * word is the unit's head; separators are copied as they are */
  int after_per = 0, first = 1;
  for (const char *p = unit; *p != '\0';) {
    size_t n = strcspn(p, " ");
    if (n == 0) {
      append(buf, len, " ");
      p++;
      continue;
    }
    char word[64];
    snprintf(word, sizeof word, "%.*s", (int)n, p);
    const unit_word *u = unit_word_find(p, n);
    const char *out = word;
    if (strcmp(word, "per") == 0)
      out = "per";
    else if (u != NULL && lang == MKBA_LANG_EN)
      out = first ? u->head : after_per ? u->per : u->head;
    else if (strcmp(word, "EUR") == 0) /* the sign, as tables write euros */
      out = u->head;
    append(buf, len, out);
    after_per = strcmp(word, "per") == 0;
    first = 0;
    p += n;
  }
  return buf;
}

int mkba_unit_is_money(const char *unit) {
  if (unit == NULL)
    return 0;
  return strncmp(unit, "EUR", 3) == 0 || strncmp(unit, "euro", 4) == 0 ||
         strncmp(unit, "\xe2\x82\xac", 3) == 0;
}

/* Whether a unit or parameter id says the value is a calendar year. */
static int is_year(const char *unit, const char *id) {
  static const char *const units[] = {"jaar", "year", "jaartal"};
  for (size_t i = 0; unit != NULL && i < MKBA_COUNT(units); i++)
    if (strcmp(unit, units[i]) == 0)
      return 1;
  return id != NULL && strstr(id, "year") != NULL;
}

char *mkba_fmt_param(char *buf, size_t len, double x, const char *unit,
                     const char *id, mkba_lang lang) {
  if (isfinite(x) && x == floor(x) && x >= 1000 && x <= 9999 &&
      is_year(unit, id)) {
    if (len > 0)
      snprintf(buf, len, "%.0f", x);
    return buf;
  }
  if (mkba_unit_is_money(unit))
    return mkba_fmt_price(buf, len, x, lang);
  return mkba_fmt_number(buf, len, x, lang);
}

/* x to at most four significant digits and four decimals (two
 * significant digits for a number below 0,001), trailing zeros dropped; the
 * digits of a whole number are never rounded away. */
static char *four_digits(char *buf, size_t len, double x, mkba_lang lang) {
  double a = fabs(x);
  if (!isfinite(x) || a == 0.0 || a >= 1e15)
    return mkba_fmt_sig(buf, len, x, 4, lang);
  int mag = (int)floor(log10(a));
  int decimals = 3 - mag, cap = 1 - mag > 4 ? 1 - mag : 4;
  if (decimals < 0)
    decimals = 0;
  if (decimals > cap)
    decimals = cap;
  /* mkba_fmt_sig gives `decimals` places for this many digits */
  int sig = decimals + 1 + mag;
  return mkba_fmt_sig(buf, len, x, sig < 1 ? 1 : sig > 9 ? 9 : sig, lang);
}

char *mkba_fmt_param_shown(char *buf, size_t len, double x, double ref,
                           const char *unit, const char *id, mkba_lang lang) {
  if (!isfinite(ref))
    ref = x;
  if (isfinite(x) && x == floor(x) && x >= 1000 && x <= 9999 &&
      is_year(unit, id)) {
    if (len > 0)
      snprintf(buf, len, "%.0f", x);
    return buf;
  }
  if (mkba_unit_is_money(unit)) {
    /* cents only below 100 euros and only where there are any: the rule
     * of mkba_fmt_price, decided by ref */
    int decimals = isfinite(x) && fabs(ref) < 99.995 &&
                           fabs(fabs(x) - round(fabs(x))) >= 0.005
                       ? 2
                       : 0;
    return money(buf, len, x, decimals, 1.0, "", lang);
  }
  return four_digits(buf, len, x, lang);
}

char *mkba_fmt_unit_shown(char *buf, size_t len, const char *unit,
                          mkba_lang lang) {
  static const char *const words[] = {"EUR", "euro's", "euros", "euro",
                                      "\xe2\x82\xac"};
  if (unit != NULL && mkba_unit_is_money(unit)) {
    for (size_t i = 0; i < MKBA_COUNT(words); i++) {
      size_t n = strlen(words[i]);
      if (strncmp(unit, words[i], n) == 0 &&
          (unit[n] == ' ' || unit[n] == '\0')) {
        unit += n;
        while (*unit == ' ')
          unit++;
        break;
      }
    }
  }
  return mkba_fmt_unit(buf, len, unit, lang);
}

int mkba_source_kind_first(const char *source) {
  static const char *const kinds[] = {
      "assumption: ", "derived: ", "aanname: ", "afgeleid: "};
  for (size_t i = 0; source && i < MKBA_COUNT(kinds); i++)
    if (strncmp(source, kinds[i], strlen(kinds[i])) == 0)
      return 1;
  return 0;
}

char *mkba_fmt_source(char *buf, size_t len, const char *source,
                      mkba_lang lang) {
  static const char *const kinds[][2] = {{"assumption: ", "aanname: "},
                                         {"derived: ", "afgeleid: "}};
  if (source == NULL)
    source = "";
  for (size_t i = 0; lang == MKBA_LANG_NL && i < 2; i++) {
    size_t n = strlen(kinds[i][0]);
    if (strncmp(source, kinds[i][0], n) == 0) {
      copy(buf, len, kinds[i][1]);
      return append(buf, len, source + n);
    }
  }
  return copy(buf, len, source);
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

/* ---- plain text ---- */

void mkba_text_money(double x, char *buf, size_t len, mkba_lang lang) {
  char d[64];
  int neg;
  if (len == 0)
    return;
  if (!isfinite(x) || fabs(x) >= 1e18) {
    snprintf(buf, len, "%s", isfinite(x) ? "(too large)" : "-");
    return;
  }
  digits(d, sizeof d, x, 0, group_of(lang), point_of(lang), &neg);
  /* the sign follows x, not its rounded digits: -0,5 reads "-0", as the
   * printed summary always wrote it */
  snprintf(buf, len, "%s%s", x <= -0.5 ? "-" : "", d);
}

void mkba_text_decimal(double x, int decimals, const char *suffix, char *buf,
                       size_t len, mkba_lang lang) {
  char d[64];
  int neg;
  if (len == 0)
    return;
  if (!isfinite(x)) {
    snprintf(buf, len, "-");
    return;
  }
  digits(d, sizeof d, x, decimals, '\0', point_of(lang), &neg);
  /* the sign as printf writes it: any negative x, -0,0 included */
  snprintf(buf, len, "%s%s%s", signbit(x) ? "-" : "", d,
           suffix != NULL ? suffix : "");
}

void mkba_text_probability(double p, char *buf, size_t len, mkba_lang lang) {
  probability(buf, len, p > 0 ? p : 0.0, lang, " ");
}
