/*
 * csv_row.c - the rows of mkba's CSV tables (see csv_row.h).
 */
#include "csv_row.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* See csv_row.h. */
void mkba_csv_start(mkba_csv *b, int en, const char *const *head, const char *const *kop,
                    size_t n) {
  *b = (mkba_csv){NULL, 0, 0, 0, en ? ',' : ';', en ? '.' : ',', en};
  mkba_csv_puts(b, "\xEF\xBB\xBF");
  for (size_t k = 0; k < n; k++) {
    if (k)
      mkba_csv_sep(b);
    mkba_csv_puts(b, en ? head[k] : kop[k]);
  }
  mkba_csv_end_row(b);
}

/* See csv_row.h. */
const char *mkba_csv_tr(const mkba_csv *b, const mkba_csv_code *codes, size_t n, const char *en) {
  if (!en || b->en)
    return en;
  for (size_t k = 0; k < n; k++)
    if (!strcmp(codes[k].en, en))
      return codes[k].nl;
  return en;
}

/* See csv_row.h. */
void mkba_csv_put(mkba_csv *b, const char *s, size_t n) {
  if (b->failed)
    return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = (b->cap + n + 1) * 2;
    char *ns = realloc(b->s, cap);
    if (!ns) {
      b->failed = 1;
      return;
    }
    b->s = ns;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
}

/* See csv_row.h. */
void mkba_csv_puts(mkba_csv *b, const char *s) { mkba_csv_put(b, s, strlen(s)); }

/* See csv_row.h. */
void mkba_csv_field(mkba_csv *b, const char *s) {
  if (!s)
    s = "";
  if (!strchr(s, b->sep) && !strpbrk(s, "\"\r\n")) {
    mkba_csv_puts(b, s);
    return;
  }
  mkba_csv_put(b, "\"", 1);
  for (const char *p = s; *p; p++) {
    if (*p == '"')
      mkba_csv_put(b, "\"", 1);
    mkba_csv_put(b, p, 1);
  }
  mkba_csv_put(b, "\"", 1);
}

/* See csv_row.h. */
void mkba_csv_sep(mkba_csv *b) { mkba_csv_put(b, &b->sep, 1); }

/* See csv_row.h. */
int mkba_csv_number(mkba_csv *b, const json_t *v) {
  char t[64];
  if (json_is_integer(v))
    snprintf(t, sizeof t, "%lld", (long long)json_integer_value(v));
  else if (json_is_real(v))
    snprintf(t, sizeof t, "%.15g", json_real_value(v));
  else if (json_is_boolean(v))
    snprintf(t, sizeof t, "%d", json_is_true(v) ? 1 : 0);
  else
    return -1;
  for (char *p = t; *p; p++)
    if (*p == '.')
      *p = b->point;
  mkba_csv_puts(b, t);
  return 0;
}

/* See csv_row.h. */
void mkba_csv_end_row(mkba_csv *b) { mkba_csv_put(b, "\r\n", 2); }

/* See csv_row.h. */
char *mkba_csv_finish(mkba_csv *b) {
  if (b->failed) {
    free(b->s);
    b->s = NULL;
    return NULL;
  }
  return b->s;
}
