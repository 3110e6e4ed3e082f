/* actors.c - actor labels by language code; see actors.h. */
#include "actors.h"

#include "mkba_plugin.h"

/* The words table has a label for every actor of the ABI, in its order. */
_Static_assert(MKBA_WORDS_N_ACTORS == MKBA_N_ACTORS, "one label per actor of mkba_plugin.h");
_Static_assert(MKBA_GEMEENTE == 0 && MKBA_ZORGVERZEKERAAR == 1 && MKBA_RIJK == 2 &&
                   MKBA_WONINGCORPORATIE == 3 && MKBA_DEELNEMER == 4 && MKBA_SAMENLEVING == 5,
               "the actors in the order of text/words.c");

const char *mkba_actor_label(int a, const char *lang) {
  return mkba_words_actor(mkba_words_for(mkba_lang_of(lang)), a);
}
