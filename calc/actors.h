/* actors.h - the six actors (docs/method.md): ids and labels. */
#ifndef MKBA_ACTORS_H
#define MKBA_ACTORS_H

/* The Dutch id of `actor` ("gemeente", ...), or NULL. */
const char *mkba_actor_id(int actor);
/* The label of `actor` in `lang` ("nl" or "en"). */
const char *mkba_actor_label(int actor, const char *lang);
/* The actor with id `id`, or -1. */
int mkba_actor_parse(const char *id);

#endif
