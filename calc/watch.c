/* watch.c - the record the supervisor reads; see watch.h. */
#define _GNU_SOURCE /* MAP_ANONYMOUS */
#include "watch.h"

#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

mkba_watch *mkba_watch_area;
_Thread_local int mkba_watch_slot;

mkba_watch *mkba_watch_create(void) {
  void *p =
      mmap(NULL, sizeof(mkba_watch), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return NULL;
  mkba_watch *w = p;
  memset(w, 0, sizeof *w);
  w->last = -1;
  for (int i = 0; i < MKBA_WATCH_SLOTS; i++) {
    w->slot[i].in_plugin = -1;
    w->slot[i].draw = -1;
  }
  return w;
}

void mkba_watch_phase(int phase, unsigned long long seed) {
  if (mkba_watch_area) {
    mkba_watch_area->seed = seed;
    mkba_watch_area->phase = phase;
  }
}

void mkba_watch_loading(const char *name) {
  if (mkba_watch_area) {
    snprintf(mkba_watch_area->loading, sizeof mkba_watch_area->loading, "%s", name);
    mkba_watch_area->phase = MKBA_PHASE_LOAD;
  }
}

void mkba_watch_name(int k, const char *name) {
  if (mkba_watch_area && k >= 0 && k < MKBA_MAX_INTERVENTIONS)
    snprintf(mkba_watch_area->plugin[k], sizeof mkba_watch_area->plugin[k], "%s", name);
}
