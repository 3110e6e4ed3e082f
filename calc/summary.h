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

/* Print the summary of results document `r` to `out`, in English when `en`. */
void mkba_print_summary(FILE *out, const json_t *r, int en);

#endif
