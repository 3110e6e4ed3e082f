/*
 * id.h - what mkba accepts as an id (of a plugin, parameter, category,
 * outcome, unit cost or region): [a-z][a-z0-9_]*, short enough to be held
 * in MKBA_ID_MAX bytes with its end.  One rule for the loader, the ledger
 * and the data files.
 */
#ifndef MKBA_ID_H
#define MKBA_ID_H

/* Bytes that hold any valid id and its terminating NUL. */
#define MKBA_ID_MAX 64

/* 1 when `s` (may be NULL) is a valid id, else 0. */
int mkba_valid_id(const char *s);

#endif
