/*
 * actors.h - the six actors (docs/method.md): their ids (mkba_actor_id,
 * mkba_actor_parse) and labels (mkba_words_actor) are text/words.h's, which
 * the report renderer shares; this adds the label by a language code.
 */
#ifndef MKBA_ACTORS_H
#define MKBA_ACTORS_H

#include "words.h"

/* The label of `actor` (enum mkba_actor) in language `lang` ("en", else
 * Dutch; borrowed, may be NULL), or NULL when out of range. */
const char *mkba_actor_label(int actor, const char *lang);

#endif
