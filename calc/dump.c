/* dump.c - the results document as text; see dump.h. */
#include "dump.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The shortest text that reads back as exactly `x` (at most 17 significant
 * digits): 0.0225 rather than jansson's 0.022499999999999999.  Keeps a
 * decimal point so that readers still see a real number.
 */
static void shortest(double x, char *buf, size_t len) {
  /*
   * The fewest significant digits that read back exactly: a precision
   * that round-trips stays so with more digits, so search 1..17 by halves.
   */
  int lo = 1, hi = 17;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    snprintf(buf, len, "%.*g", mid, x);
    if (strtod(buf, NULL) == x)
      hi = mid;
    else
      lo = mid + 1;
  }
  snprintf(buf, len, "%.*g", lo, x);
  if (!strpbrk(buf, ".eEni"))
    strncat(buf, ".0", len - strlen(buf) - 1);
}

char *mkba_results_dump(const json_t *results) {
  char *s = json_dumps(results, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17));
  if (!s)
    return NULL;
  /* Rewrite each real number outside strings in its shortest exact form. */
  size_t n = strlen(s);
  char *t = malloc(n + 2);
  if (!t) {
    free(s);
    return NULL;
  }
  size_t o = 0;
  int in_string = 0;
  for (size_t i = 0; i < n;) {
    char c = s[i];
    if (in_string) {
      t[o++] = c;
      i++;
      if (c == '\\' && i < n)
        t[o++] = s[i++];
      else if (c == '"')
        in_string = 0;
      continue;
    }
    if (c == '"') {
      in_string = 1;
      t[o++] = s[i++];
      continue;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      size_t j = i;
      int real = 0;
      while (j < n && strchr("+-0123456789.eE", s[j])) {
        real |= s[j] == '.' || s[j] == 'e' || s[j] == 'E';
        j++;
      }
      if (real) {
        char num[40];
        shortest(strtod(s + i, NULL), num, sizeof num);
        size_t len = strlen(num);
        if (len <= j - i) { /* never longer than jansson's 17-digit form */
          memcpy(t + o, num, len);
          o += len;
          i = j;
          continue;
        }
      }
      memcpy(t + o, s + i, j - i);
      o += j - i;
      i = j;
      continue;
    }
    t[o++] = s[i++];
  }
  t[o++] = '\n';
  t[o] = '\0';
  free(s);
  return t;
}
