/*
 * paths.h - where mkba finds its plugins and data.
 *
 * An installed mkba finds them relative to its own program file
 * (/proc/self/exe): PREFIX/bin/mkba reads PREFIX/lib/mkba/plugins and
 * PREFIX/share/mkba/data, wherever PREFIX has been moved.  Only a program
 * that runs from the build tree it was built in uses the build tree's
 * plugins and the source tree's data.  $MKBA_PLUGIN_PATH (colon-separated)
 * comes before either, and $MKBA_DATA_DIR replaces the data directory.
 *
 * Plugins are code: a plugin directory or file that is relative, or that
 * someone other than its owner can write, or that is owned by someone other
 * than root or the user, is refused, as ssh refuses such key files.
 */
#ifndef MKBA_PATHS_H
#define MKBA_PATHS_H

#include <limits.h>
#include <stddef.h>
#include <sys/stat.h>

#include "diag.h"

/* At most this many plugin directories are searched. */
#define MKBA_MAX_PLUGIN_DIRS 16

/*
 * The plugin directories in search order into dirs (n of them).  A
 * MKBA_PLUGIN_PATH entry that is relative or unsafe is an input error.
 */
int mkba_plugin_dirs(char dirs[][PATH_MAX], size_t *n, mkba_diag *d);

/*
 * Whether the file or directory at `path` (with stat `st`) is safe to load
 * code from; otherwise 0 and the reason in why.
 */
int mkba_path_trusted(const char *path, const struct stat *st, char *why, size_t len);

/* The data directory in use (static). */
const char *mkba_data_dir(void);

#endif
