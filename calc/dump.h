/*
 * dump.h - the results document as text: two-space indents, keys in the
 * order they were set, every number at full precision, so the same
 * document gives the same bytes.
 */
#ifndef MKBA_DUMP_H
#define MKBA_DUMP_H

#include <jansson.h>

/* `results` as text (new string, the caller frees it), or NULL when out of memory. */
char *mkba_results_dump(const json_t *results);

#endif
