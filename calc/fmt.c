/* fmt.c - numbers for people; see fmt.h. */
#include "fmt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void mkba_text_money(double x, char *buf, size_t len, int en) {
  char digits[64];
  if (!isfinite(x) || fabs(x) >= 1e18) {
    snprintf(buf, len, "%s", isfinite(x) ? "(too large)" : "-");
    return;
  }
  snprintf(digits, sizeof digits, "%.0f", fabs(x));
  size_t n = strlen(digits), o = 0;
  if (x <= -0.5 && o + 1 < len)
    buf[o++] = '-';
  for (size_t i = 0; i < n && o + 2 < len; i++) {
    if (i && (n - i) % 3 == 0)
      buf[o++] = en ? ',' : '.';
    buf[o++] = digits[i];
  }
  buf[o] = '\0';
}

void mkba_text_probability(double p, char *buf, size_t len, int en) {
  if (!(p > 0)) {
    snprintf(buf, len, "0%%");
    return;
  }
  if (p >= 1) {
    snprintf(buf, len, "100%%");
    return;
  }
  /* tenths of a percent, half up; a count of draws (1,991 of 2,000) may sit
     a hair below its half in binary */
  double tenths = floor(p * 1000.0 + 0.5 + 1e-7);
  if (tenths >= 1000)
    snprintf(buf, len, en ? "> 99.9%%" : "> 99,9%%");
  else if (tenths <= 0)
    snprintf(buf, len, en ? "< 0.1%%" : "< 0,1%%");
  else
    mkba_text_decimal(tenths / 10, 1, "%", buf, len, en);
}

void mkba_text_decimal(double x, int digits, const char *suffix, char *buf, size_t len, int en) {
  snprintf(buf, len, "%.*f%s", digits, x, suffix);
  for (char *p = buf; !en && *p; p++)
    if (*p == '.')
      *p = ',';
}
