/*
 * jdoc.h - a JSON document read with jansson, plus the line and column of
 * every value in it, so that errors found after parsing (an unknown key, a
 * value out of range) still name their position in the file.
 *
 * jansson keeps no positions once parsing succeeds.  After a successful
 * parse, jdoc walks the text once more in lockstep with the tree (jansson
 * keeps object members in file order, and duplicate keys are rejected), and
 * records where each value and each member key starts.
 */
#ifndef MKBA_JDOC_H
#define MKBA_JDOC_H

#include <jansson.h>

#include "diag.h"

typedef struct mkba_jdoc mkba_jdoc;

/* Largest scenario or data file read: far beyond any real business case. */
#define MKBA_JDOC_MAX_BYTES (64u << 20)

/*
 * Read and parse file `path` (at most MKBA_JDOC_MAX_BYTES); the top level must be an
 * object.  On success *out owns a new document.  On failure records an
 * input error (exit 2) with the position in `d` and returns -1.
 */
int mkba_jdoc_load(const char *path, mkba_jdoc **out, mkba_diag *d);

/* Parse `len` bytes of `text`; `name` is used in messages. */
int mkba_jdoc_parse(const char *name, const char *text, size_t len, mkba_jdoc **out, mkba_diag *d);

/* The root object (borrowed). */
json_t *mkba_jdoc_root(const mkba_jdoc *doc);
/* The file name given at load (borrowed). */
const char *mkba_jdoc_name(const mkba_jdoc *doc);
/* The raw bytes of the file (borrowed) and their length. */
const char *mkba_jdoc_bytes(const mkba_jdoc *doc, size_t *len);

/*
 * Record an input error (exit 2) located at value `v` (or at the document
 * when `v` is NULL or unknown).
 */
void mkba_jdoc_error(const mkba_jdoc *doc, const json_t *v, mkba_diag *d, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/*
 * Record an input error located at member `key` of object `obj` (its key's
 * position).  Use this rather than mkba_jdoc_error for a member whose value
 * may be true, false or null: jansson shares those values, so they have no
 * position of their own.
 */
void mkba_jdoc_member_error(const mkba_jdoc *doc, const json_t *obj, const char *key, mkba_diag *d,
                            const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/*
 * Give an input error already recorded in `d` without a position (by a
 * layer that does not know the file, e.g. "unknown region") the position
 * of member `key` of `obj`.  Other errors, and members `obj` lacks, are
 * left as they are.
 */
void mkba_jdoc_locate(const mkba_jdoc *doc, const json_t *obj, const char *key, mkba_diag *d);

/*
 * Check that object `obj` has only keys in the NULL-terminated `allowed`;
 * reports the first unknown key at its position, with a suggestion when a
 * known key is one or two edits away.  `where` names the object in the
 * message ("scenario", "discount", ...).  Returns 0 or -1.
 */
int mkba_jdoc_check_keys(const mkba_jdoc *doc, const json_t *obj, const char *const *allowed,
                         const char *where, mkba_diag *d);

/*
 * The name of names[0..n-1] nearest to `s` when it is one or two edits away
 * (borrowed from names), else NULL: the suggestion in "did you mean ...?".
 */
const char *mkba_jdoc_nearest(const char *s, const char *const *names, size_t n);

void mkba_jdoc_free(mkba_jdoc *doc);

#endif
