/*
 * jnum.h - numbers into the results document: one rule for every writer,
 * so that a value that overflowed reads as null (never NaN, which JSON
 * lacks) and -0 as 0.
 */
#ifndef MKBA_JNUM_H
#define MKBA_JNUM_H

#include <jansson.h>

/* A JSON number for x (new reference), or null where x is not finite. */
json_t *mkba_jnum(double x);

#endif
