/*
 * summary.h - the short summary `mkba run` prints without -o or --json,
 * read from the results document: for alternatives the ranking first (their
 * sum is no result), else the totals with budget effects and monetised
 * well-being apart; then who pays and who gains, and the warnings.
 */
#ifndef MKBA_SUMMARY_H
#define MKBA_SUMMARY_H

#include <jansson.h>
#include <stdio.h>

#include "format.h"

/* Print the summary of results document `r` (borrowed) to `out` in
 * language `lang` (its words from mkba_words, its numbers in plain text). */
void mkba_print_summary(FILE *out, const json_t *r, mkba_lang lang);

#endif
