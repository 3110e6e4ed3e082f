/*
 * loader.h - finding, opening and checking plugins.
 *
 * A plugin `name` is the file `name.so` in the first directory that has
 * it: those of $MKBA_PLUGIN_PATH (colon-separated), then the build tree's
 * plugin directory, then the installed one.  Loading checks everything the
 * ABI promises (see mkba_plugin.h) before any plugin code but the entry
 * function runs; every failure names the file, the reason and the fix, and
 * is a run failure (exit 1).  Plugins are never unloaded: the handles live
 * until the process exits, so descriptor pointers stay valid.
 */
#ifndef MKBA_LOADER_H
#define MKBA_LOADER_H

#include "diag.h"
#include "mkba_plugin.h"

typedef struct mkba_loaded {
  char *name;         /* the plugin's name */
  char *path;         /* the file it came from */
  char sha256[65];    /* hex digest of the file */
  mkba_plugin desc;   /* the descriptor, zero-extended to this host's size */
  mkba_param *params; /* the parameter table, zero-extended; n = desc.n_params */
} mkba_loaded;

/*
 * Load plugin `name` (checked against [a-z][a-z0-9_]* first).  The result
 * is cached and owned by the loader: the same pointer comes back for the
 * same name.  An unknown name is an input error (exit 2) listing the
 * plugins found; a broken plugin is a run failure (exit 1).
 */
int mkba_plugin_load(const char *name, const mkba_loaded **out, mkba_diag *d);

/*
 * Load the plugin file at `path` (for the mock host and tests; cached by
 * path).  The descriptor's name must equal the file's base name when
 * `check_name` is set.
 */
int mkba_plugin_load_path(const char *path, int check_name, const mkba_loaded **out, mkba_diag *d);

/*
 * Every plugin found, sorted by name, each loaded and checked.  Plugins
 * that fail to load are reported through `d` (the first one) and skipped;
 * *n tells how many loaded.  *out is a new array of borrowed pointers.
 */
int mkba_plugin_list(const mkba_loaded ***out, size_t *n, mkba_diag *d);

/* The index of parameter `key` in `p`, or -1. */
int mkba_plugin_param_index(const mkba_loaded *p, const char *key);

#endif
