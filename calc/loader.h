/*
 * loader.h - finding, opening and checking plugins.
 *
 * A plugin `name` is the file `name.so` in the first directory that has
 * it (paths.h): those of $MKBA_PLUGIN_PATH (colon-separated), then the
 * build tree's plugin directory when mkba runs from its build tree, else
 * the installed one beside the program.  A later file of the same name is
 * shadowed, with a warning.  Loading checks everything the
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

/* A plugin file found in the search path, read without loading it. */
typedef struct mkba_plugin_found {
  char name[64];      /* from the file name */
  char path[4200];    /* the file */
  char version[32];   /* from its identity section, or "" */
  char title_nl[160]; /* idem */
  char title_en[160]; /* idem */
  int has_ident;      /* 1 when the identity section was read */
  char shadows[4200]; /* a file of the same name later in the search, hidden by this one */
  char problem[256];  /* why it cannot be listed or loaded as it is, or "" */
} mkba_plugin_found;

/*
 * Every plugin file in the search path, sorted by name, the first of each
 * name only: its identity read from its ELF section, no code run.  *out is
 * owned by the caller (free()).  An unsafe MKBA_PLUGIN_PATH is an error.
 */
int mkba_plugin_find_all(mkba_plugin_found **out, size_t *n, mkba_diag *d);

/* The index of parameter `key` in `p`, or -1. */
int mkba_plugin_param_index(const mkba_loaded *p, const char *key);

#endif
