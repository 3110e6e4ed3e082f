/*
 * fmt.h - numbers as people read them in messages and the printed summary:
 * whole euros with grouped thousands (1.234.567 in Dutch, 1,234,567 in
 * English) and decimals with a decimal comma in Dutch.
 */
#ifndef MKBA_FMT_H
#define MKBA_FMT_H

#include <stddef.h>

/* Whole euros of x into buf (len bytes), grouped; "-" for a non-finite x. */
void mkba_text_money(double x, char *buf, size_t len, int en);

/* x with `digits` decimals and `suffix`; a decimal comma unless en. */
void mkba_text_decimal(double x, int digits, const char *suffix, char *buf, size_t len, int en);

/*
 * A probability p as a percentage by the one rule of the reports: 0% and
 * 100% only when exact, one decimal rounded half up otherwise, "> 99,9%"
 * and "< 0,1%" where one decimal would round to 100 or 0.
 */
void mkba_text_probability(double p, char *buf, size_t len, int en);

#endif
