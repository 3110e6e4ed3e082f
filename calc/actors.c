/* actors.c - actor ids and labels; see actors.h. */
#include "actors.h"

#include <string.h>

#include "mkba_plugin.h"

static const char *const ids[MKBA_N_ACTORS] = {
    "gemeente", "zorgverzekeraar", "rijk", "woningcorporatie", "deelnemer", "samenleving"};
static const char *const nl[MKBA_N_ACTORS] = {"Gemeente",         "Zorgverzekeraar", "Rijk",
                                              "Woningcorporatie", "Deelnemer",       "Samenleving"};
static const char *const en[MKBA_N_ACTORS] = {"Municipality",       "Health insurer",
                                              "Central government", "Housing association",
                                              "Participant",        "Rest of society"};

const char *mkba_actor_id(int a) { return a >= 0 && a < MKBA_N_ACTORS ? ids[a] : NULL; }

const char *mkba_actor_label(int a, const char *lang) {
  if (a < 0 || a >= MKBA_N_ACTORS)
    return NULL;
  return lang && strcmp(lang, "en") == 0 ? en[a] : nl[a];
}

int mkba_actor_parse(const char *id) {
  for (int a = 0; id && a < MKBA_N_ACTORS; a++)
    if (strcmp(ids[a], id) == 0)
      return a;
  return -1;
}
