/*
 * sections_fill.c: what every chapter fills its tables and sentences with:
 * a table row's cells (text, amounts, chances), the scenario's price year
 * and discounting in words, and sentences, shares and lists put together
 * in the report's language. Declared in sections.h.
 */
#include "sections.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* See sections.h. */
void mkba_row_clear(mkba_row *row) {
  for (int i = 0; i < MKBA_TABLE_MAX_COLS; i++) {
    row->buf[i][0] = '\0';
    row->cell[i] = row->buf[i];
  }
}

/* See sections.h. */
void mkba_row_set(mkba_row *row, int i, const char *text) {
  snprintf(row->buf[i], sizeof row->buf[i], "%s", text ? text : "");
  row->cell[i] = row->buf[i];
}

/* See sections.h. */
void mkba_row_amount(mkba_row *row, int i, double euros, mkba_lang lang) {
  mkba_fmt_int(row->buf[i], sizeof row->buf[i], euros, lang);
  row->cell[i] = row->buf[i];
}

/* See sections.h. */
void mkba_row_percent(mkba_row *row, int i, double frac, mkba_lang lang) {
  mkba_fmt_probability(row->buf[i], sizeof row->buf[i], frac, lang);
  row->cell[i] = row->buf[i];
}

/* See sections.h. */
char *mkba_price_year(const mkba_report_ctx *r, char *buf, size_t len) {
  double y = mkba_j_num(mkba_j_obj(r->doc, "scenario"), "price_year");
  if (isfinite(y))
    snprintf(buf, len, "%.0f", y);
  else
    snprintf(buf, len, "?");
  return buf;
}

/* See sections.h. */
char *mkba_discount_text(const mkba_report_ctx *r, char *buf, size_t len) {
  const json_t *d = mkba_j_obj(mkba_j_obj(r->doc, "scenario"), "discount");
  const json_t *sched = mkba_j_arr(d, "schedule");
  char base[16];
  double by = mkba_j_num(d, "base_year");
  snprintf(base, sizeof base, "%.0f", by);
  if (sched != NULL) {
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < mkba_j_len(sched) && o + 1 < len; i++) {
      const json_t *e = mkba_j_at(sched, i);
      char rate[32], from[16], part[96];
      mkba_fmt_percent(rate, sizeof rate, mkba_j_num(e, "rate"), 2, r->lang);
      snprintf(from, sizeof from, "%.0f", mkba_j_num(e, "from"));
      mkba_tpl(part, sizeof part, r->s->discount_step, rate, from, NULL, NULL);
      o += (size_t)snprintf(buf + o, len - o, "%s%s", i ? "; " : "", part);
    }
    if (isfinite(by) && o + 1 < len) {
      char tail[64];
      mkba_tpl(tail, sizeof tail, r->s->discount_base, base, NULL, NULL, NULL);
      snprintf(buf + o, len - o, " (%s)", tail);
    }
    return buf;
  }
  char rate[32];
  mkba_fmt_percent(rate, sizeof rate, mkba_j_num(d, "rate"), 2, r->lang);
  if (isfinite(by))
    return mkba_tpl(buf, len, r->s->discount_fixed, rate, base, NULL, NULL);
  snprintf(buf, len, "%s", rate);
  return buf;
}

/* See sections.h. */
void mkba_sentence_add(char *buf, size_t len, const char *text) {
  size_t o = strlen(buf);
  if (text == NULL || text[0] == '\0' || o + 1 >= len)
    return;
  snprintf(buf + o, len - o, "%s%s", o > 0 ? " " : "", text);
}

/* See sections.h. */
char *mkba_share_text(char *buf, size_t len, double frac, mkba_lang lang) {
  double pc = frac * 100;
  int dec = isfinite(pc) && fabs(pc - round(pc)) > 1e-9 ? 1 : 0;
  return mkba_fmt_percent(buf, len, frac, dec, lang);
}

/* See sections.h. */
char *mkba_join_list(const mkba_report_ctx *r, const char *const *items,
                     size_t n, char *buf, size_t len) {
  size_t o = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < n && o + 1 < len; i++) {
    const char *sep = i == 0 ? "" : i + 1 == n ? r->s->list_and : ", ";
    o += (size_t)snprintf(buf + o, len - o, "%s%s", sep, items[i]);
  }
  return buf;
}
