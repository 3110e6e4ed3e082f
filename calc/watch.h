/*
 * watch.h - what the computation is doing, for the supervisor to read when
 * it has to stop it.
 *
 * The supervised child (supervise.h) runs plugin code; the parent must be
 * able to say which plugin crashed, looped, leaked or wrote to standard
 * output, and at which Monte Carlo draw, without any help from the child
 * at that moment.  So the child keeps a small record in memory shared with
 * the parent: per thread, the intervention whose plugin code is running
 * and the draw.  Without a supervisor (mkba_watch_area NULL) every call is
 * a no-op.
 */
#ifndef MKBA_WATCH_H
#define MKBA_WATCH_H

#include <stddef.h>

#include "scenario.h"

/* Threads that can run plugin code at once: the main thread and workers. */
#define MKBA_WATCH_SLOTS 260

/* What the child was doing. */
enum mkba_phase {
  MKBA_PHASE_START = 0, /* reading the scenario and data */
  MKBA_PHASE_LOAD,      /* loading a plugin (its constructors and entry function run) */
  MKBA_PHASE_BIND,      /* binding parameters; configure() */
  MKBA_PHASE_BASE,      /* the base case */
  MKBA_PHASE_ONEWAY,    /* tornado and switching values */
  MKBA_PHASE_VARIANTS,  /* variants */
  MKBA_PHASE_MC,        /* Monte Carlo */
  MKBA_PHASE_DONE       /* results written */
};

/*
 * One thread's record, a cache line of its own: threads write theirs on
 * every compute call, and sharing a line would make them wait for each
 * other (false sharing).
 */
typedef struct mkba_watch_line {
  volatile int in_plugin;  /* intervention whose plugin code runs, or -1 */
  volatile long long draw; /* Monte Carlo draw, or -1 */
  char pad[64 - 2 * sizeof(long long)];
} mkba_watch_line;

typedef struct mkba_watch {
  volatile int phase;                      /* enum mkba_phase */
  volatile unsigned long long seed;        /* Monte Carlo seed */
  volatile int last;                       /* last intervention entered, -1 none */
  char loading[64];                        /* plugin being loaded */
  char plugin[MKBA_MAX_INTERVENTIONS][64]; /* plugin name per intervention */
  mkba_watch_line slot[MKBA_WATCH_SLOTS] __attribute__((aligned(64)));
} mkba_watch;

/* The shared record, or NULL when nothing watches (borrowed, process-wide). */
extern mkba_watch *mkba_watch_area;
/* This thread's slot in the record (0: the main thread). */
extern _Thread_local int mkba_watch_slot;

/* A new record in memory shared with child processes forked later; NULL on failure. */
mkba_watch *mkba_watch_create(void);

/* The phase, and the seed of a Monte Carlo run. */
void mkba_watch_phase(int phase, unsigned long long seed);

/* Plugin `name` is about to be loaded (its code may run). */
void mkba_watch_loading(const char *name);

/* Intervention k uses plugin `name`. */
void mkba_watch_name(int k, const char *name);

/* This thread enters (k >= 0) or leaves (k = -1) plugin code of intervention k. */
static inline void mkba_watch_enter(int k) {
  mkba_watch *w = mkba_watch_area;
  if (w) {
    w->slot[mkba_watch_slot].in_plugin = k;
    if (k >= 0 && w->last != k) /* read first: the shared line stays clean */
      w->last = k;
  }
}

/* This thread works on Monte Carlo draw `draw` (-1: none). */
static inline void mkba_watch_draw(long long draw) {
  if (mkba_watch_area)
    mkba_watch_area->slot[mkba_watch_slot].draw = draw;
}

#endif
