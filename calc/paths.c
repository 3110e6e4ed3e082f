/* paths.c - plugin and data directories; see paths.h. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Set by the build (calc/CMakeLists.txt); defaults for other builds. */
#ifndef MKBA_BUILD_DIR
#define MKBA_BUILD_DIR ""
#endif
#ifndef MKBA_BUILD_PLUGIN_DIR
#define MKBA_BUILD_PLUGIN_DIR ""
#endif
#ifndef MKBA_SOURCE_DATA_DIR
#define MKBA_SOURCE_DATA_DIR ""
#endif
#ifndef MKBA_INSTALL_PLUGIN_DIR
#define MKBA_INSTALL_PLUGIN_DIR "/usr/local/lib/mkba/plugins"
#endif
#ifndef MKBA_INSTALL_DATA_DIR
#define MKBA_INSTALL_DATA_DIR "/usr/local/share/mkba/data"
#endif
/* The installed directories relative to the installed program's directory. */
#ifndef MKBA_REL_PLUGIN_DIR
#define MKBA_REL_PLUGIN_DIR "../lib/mkba/plugins"
#endif
#ifndef MKBA_REL_DATA_DIR
#define MKBA_REL_DATA_DIR "../share/mkba/data"
#endif

static int is_dir(const char *p) {
  struct stat st;
  return p && *p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The running program's directory, resolved; "" when it cannot be known. */
static const char *exe_dir(void) {
  static char dir[PATH_MAX];
  static int done;
  if (done)
    return dir;
  done = 1;
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0)
    return dir;
  exe[n] = '\0';
  char *slash = strrchr(exe, '/');
  if (slash) {
    *slash = '\0';
    if (!realpath(exe, dir))
      dir[0] = '\0';
  }
  return dir;
}

/* Whether the running program is the one in its build tree. */
static int in_build_tree(void) {
  char build[PATH_MAX];
  return *MKBA_BUILD_DIR && *exe_dir() && realpath(MKBA_BUILD_DIR, build) &&
         !strcmp(build, exe_dir());
}

/* dir/rel into out when it is a directory; 0 or -1. */
static int beside_program(const char *rel, char *out, size_t len) {
  if (!*exe_dir())
    return -1;
  char p[PATH_MAX], real[PATH_MAX];
  if (snprintf(p, sizeof p, "%s/%s", exe_dir(), rel) >= (int)sizeof p || !realpath(p, real) ||
      !is_dir(real))
    return -1;
  snprintf(out, len, "%s", real);
  return 0;
}

const char *mkba_data_dir(void) {
  static char found[PATH_MAX];
  const char *env = getenv("MKBA_DATA_DIR");
  if (env && *env)
    return env;
  if (in_build_tree() && is_dir(MKBA_SOURCE_DATA_DIR))
    return MKBA_SOURCE_DATA_DIR;
  if (!beside_program(MKBA_REL_DATA_DIR, found, sizeof found))
    return found;
  return MKBA_INSTALL_DATA_DIR;
}

int mkba_path_trusted(const char *path, const struct stat *st, char *why, size_t len) {
  (void)path;
  if (st->st_mode & S_IWOTH) {
    snprintf(why, len, "anyone can write to it (chmod o-w)");
    return 0;
  }
  if (st->st_uid != 0 && st->st_uid != geteuid()) {
    snprintf(why, len, "it belongs to another user (uid %ld)", (long)st->st_uid);
    return 0;
  }
  return 1;
}

int mkba_plugin_dirs(char dirs[][PATH_MAX], size_t *n, mkba_diag *d) {
  *n = 0;
  const char *env = getenv("MKBA_PLUGIN_PATH");
  if (env && *env) {
    char *copy = strdup(env), *save = NULL;
    for (char *s = copy ? strtok_r(copy, ":", &save) : NULL; s; s = strtok_r(NULL, ":", &save)) {
      char why[128];
      struct stat st;
      if (s[0] != '/') {
        mkba_diag_set(d, MKBA_EXIT_INPUT,
                      "MKBA_PLUGIN_PATH: \"%s\" is a relative directory, which would load code "
                      "from wherever mkba is started; give an absolute path",
                      s);
        free(copy);
        return -1;
      }
      if (stat(s, &st) != 0)
        continue; /* a directory that is not there has no plugins */
      if (!mkba_path_trusted(s, &st, why, sizeof why)) {
        mkba_diag_set(d, MKBA_EXIT_INPUT, "MKBA_PLUGIN_PATH: refusing to load plugins from %s: %s",
                      s, why);
        free(copy);
        return -1;
      }
      if (*n < MKBA_MAX_PLUGIN_DIRS - 1)
        snprintf(dirs[(*n)++], PATH_MAX, "%s", s);
    }
    free(copy);
  }
  static const char build_plugins[] = MKBA_BUILD_PLUGIN_DIR;
  if (in_build_tree() && build_plugins[0])
    snprintf(dirs[(*n)++], PATH_MAX, "%s", MKBA_BUILD_PLUGIN_DIR);
  else if (beside_program(MKBA_REL_PLUGIN_DIR, dirs[*n], PATH_MAX) == 0)
    (*n)++;
  else
    snprintf(dirs[(*n)++], PATH_MAX, "%s", MKBA_INSTALL_PLUGIN_DIR);
  return 0;
}
