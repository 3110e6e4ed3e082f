/* output.c - whole output sets or none; see output.h. */
#define _GNU_SOURCE /* renameat2 through syscall(), getdents64, nftw */
#include "output.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

/* The longest name of a file mkba writes into DIR, with room to spare. */
#define LONGEST_NAME 40

struct mkba_output {
  char dir[PATH_MAX];      /* the output directory (a symlink resolved) */
  char parent[PATH_MAX];   /* its parent directory */
  char base[NAME_MAX + 1]; /* its last component */
  char staging[PATH_MAX];  /* PARENT/.BASE.mkba-PID-XXXXXX */
  int replace;             /* 1: replace DIR even with files mkba did not write */
};

/* ---- removal on signals ------------------------------------------------ */

static char sig_staging[PATH_MAX];
static volatile sig_atomic_t sig_armed;
static struct sigaction old_int, old_term;

/* A Linux directory entry as getdents64 returns it. */
struct dirent64_ {
  unsigned long long d_ino;
  long long d_off;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[];
};

/*
 * Remove the entries of directory `fd` and, depth levels down, of its
 * subdirectories (a batch's cells/REGION/), with async-signal-safe calls
 * only (openat, getdents64, unlinkat): the staging directory holds files and
 * at most two levels of directories.  Closes fd.
 */
static void remove_entries(int fd, int depth) {
  for (int pass = 0; pass < 4; pass++) { /* entries may shift as they go */
    char buf[4096];
    long n;
    int removed = 0;
    lseek(fd, 0, SEEK_SET);
    while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0)
      for (long off = 0; off < n;) {
        struct dirent64_ *e = (struct dirent64_ *)(buf + off);
        off += e->d_reclen;
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
          continue;
        if (e->d_type == DT_DIR && depth > 0) {
          int sub = openat(fd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
          if (sub >= 0)
            remove_entries(sub, depth - 1);
          removed += unlinkat(fd, e->d_name, AT_REMOVEDIR) == 0;
        } else {
          removed += unlinkat(fd, e->d_name, 0) == 0;
        }
      }
    if (!removed)
      break;
  }
  close(fd);
}

/* Remove the staging directory `path` and what it holds (see remove_entries). */
static void remove_flat(const char *path) {
  int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0)
    return;
  remove_entries(fd, 2);
  rmdir(path);
}

static void on_signal(int sig) {
  if (sig_armed)
    remove_flat(sig_staging);
  signal(sig, SIG_DFL);
  raise(sig);
}

static void arm(const char *staging) {
  snprintf(sig_staging, sizeof sig_staging, "%s", staging);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, &old_int);
  sigaction(SIGTERM, &sa, &old_term);
  sig_armed = 1;
}

static void disarm(void) {
  if (!sig_armed)
    return;
  sig_armed = 0;
  sigaction(SIGINT, &old_int, NULL);
  sigaction(SIGTERM, &old_term, NULL);
}

/* ---- helpers ------------------------------------------------------------ */

/* mkdir -p: create `dir` and any missing parents. */
static int make_dirs(const char *dir) {
  char path[PATH_MAX];
  size_t n = strlen(dir);
  if (n == 0 || n >= sizeof path)
    return -1;
  memcpy(path, dir, n + 1);
  for (size_t i = 1; i <= n; i++) {
    if (path[i] != '/' && path[i] != '\0')
      continue;
    char c = path[i];
    path[i] = '\0';
    if (mkdir(path, 0777) != 0 && errno != EEXIST)
      return -1;
    path[i] = c;
  }
  return 0;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  (void)st;
  (void)ftw;
  return flag == FTW_DP ? rmdir(path) : unlink(path);
}

/* Remove a directory tree without following symbolic links. */
static void remove_tree(const char *path) { nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS); }

/* Whether `name` is a file mkba writes into an output directory. */
static int ours(const char *name) {
  size_t n = strlen(name);
  if (!strcmp(name, "results.json") || !strcmp(name, "results.csv") ||
      !strcmp(name, "results.xlsx") || !strcmp(name, "report.pdf"))
    return 1;
  /* mkba batch and mkba merge (batch.h) */
  if (!strcmp(name, "national.json") || !strcmp(name, "national.csv") ||
      !strcmp(name, "national.xlsx") || !strcmp(name, "national.pdf"))
    return 1;
  if (strncmp(name, "chart-", 6) || n < 11)
    return 0;
  if (strcmp(name + n - 4, ".png") && strcmp(name + n - 4, ".svg"))
    return 0;
  for (size_t i = 6; i < n - 4; i++)
    if (!((name[i] >= 'a' && name[i] <= 'z') || name[i] == '-'))
      return 0;
  return 1;
}

/*
 * Names (up to three) of entries in dir that mkba did not write, into buf;
 * returns their number.
 */
static int foreign(const char *dir, char *buf, size_t len) {
  DIR *dp = opendir(dir);
  int n = 0;
  size_t used = 0;
  buf[0] = '\0';
  if (!dp)
    return 0;
  struct dirent *e;
  while ((e = readdir(dp))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
      continue;
    char path[PATH_MAX];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (ours(e->d_name) && lstat(path, &st) == 0 && S_ISREG(st.st_mode))
      continue;
    /* a batch's cell scenarios (batch.h) */
    if (!strcmp(e->d_name, "cells") && lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
      continue;
    if (n++ < 3 && used < len)
      used += (size_t)snprintf(buf + used, len - used, "%s%s", used ? ", " : "", e->d_name);
  }
  closedir(dp);
  return n;
}

/*
 * Remove staging directories of this output directory whose process no
 * longer runs on this machine: PARENT/.BASE.mkba-PID-XXXXXX.
 */
static void remove_stale(const mkba_output *o) {
  char prefix[NAME_MAX + 16];
  snprintf(prefix, sizeof prefix, ".%.200s.mkba-", o->base);
  size_t np = strlen(prefix);
  DIR *dp = opendir(o->parent);
  if (!dp)
    return;
  struct dirent *e;
  while ((e = readdir(dp))) {
    if (strncmp(e->d_name, prefix, np))
      continue;
    char *end;
    long pid = strtol(e->d_name + np, &end, 10);
    if (end == e->d_name + np || *end != '-' || pid <= 0 || pid == (long)getpid())
      continue;
    if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
      continue; /* its run may still be writing */
    char path[PATH_MAX];
    if (snprintf(path, sizeof path, "%s/%s", o->parent, e->d_name) < (int)sizeof path)
      remove_tree(path);
  }
  closedir(dp);
}

/* ---- the interface ------------------------------------------------------ */

int mkba_output_open(const char *dir, int replace, mkba_output **out, mkba_diag *d) {
  *out = NULL;
  size_t n = strlen(dir);
  while (n > 1 && dir[n - 1] == '/')
    n--;
  if (n == 0) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "-o needs a directory name");
    return -1;
  }
  if (n + 1 + NAME_MAX + LONGEST_NAME >= PATH_MAX) {
    mkba_diag_set(d, MKBA_EXIT_INPUT,
                  "the output directory's path is %zu characters long; mkba writes files "
                  "up to %d characters below it, so it can be at most %d",
                  n, LONGEST_NAME, PATH_MAX - 1 - NAME_MAX - LONGEST_NAME);
    return -1;
  }
  mkba_output *o = calloc(1, sizeof *o);
  if (!o) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  o->replace = replace;
  memcpy(o->dir, dir, n);
  o->dir[n] = '\0';
  struct stat st;
  mode_t mode = 0777;
  mode_t mask = umask(0);
  umask(mask);
  mode &= ~mask;
  if (lstat(o->dir, &st) == 0 && S_ISLNK(st.st_mode)) {
    char real[PATH_MAX];
    if (!realpath(o->dir, real)) {
      mkba_diag_set(d, MKBA_EXIT_INPUT, "%s: a symbolic link to nowhere: %s", o->dir,
                    strerror(errno));
      free(o);
      return -1;
    }
    snprintf(o->dir, sizeof o->dir, "%s", real);
  }
  if (stat(o->dir, &st) == 0) {
    if (!S_ISDIR(st.st_mode)) {
      mkba_diag_set(d, MKBA_EXIT_INPUT, "%s: exists and is not a directory", o->dir);
      free(o);
      return -1;
    }
    char names[512];
    int k = foreign(o->dir, names, sizeof names);
    if (k && !replace) {
      mkba_diag_set(d, MKBA_EXIT_INPUT,
                    "%s holds %d file%s mkba did not write (%s%s); mkba replaces its output "
                    "directory as a whole, so choose a new or empty directory, or add "
                    "--replace to replace %s with everything in it",
                    o->dir, k, k == 1 ? "" : "s", names, k > 3 ? ", ..." : "", o->dir);
      free(o);
      return -1;
    }
    mode = st.st_mode & 07777; /* the new set keeps the directory's permissions */
  }
  /* Parent and last component of the (possibly resolved) path. */
  char *slash = strrchr(o->dir, '/');
  if (!slash) {
    snprintf(o->parent, sizeof o->parent, ".");
    snprintf(o->base, sizeof o->base, "%s", o->dir);
  } else {
    snprintf(o->base, sizeof o->base, "%s", slash + 1);
    if (slash == o->dir)
      snprintf(o->parent, sizeof o->parent, "/");
    else
      snprintf(o->parent, sizeof o->parent, "%.*s", (int)(slash - o->dir), o->dir);
  }
  if (!strcmp(o->base, ".") || !strcmp(o->base, "..") || !o->base[0]) {
    mkba_diag_set(d, MKBA_EXIT_INPUT,
                  "%s: name the output directory itself (mkba replaces it as a whole)", o->dir);
    free(o);
    return -1;
  }
  if (stat(o->parent, &st) != 0 && make_dirs(o->parent) != 0) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s: cannot create the output directory's parent: %s",
                  o->parent, strerror(errno));
    free(o);
    return -1;
  }
  /* A long name is cut so that the staging directory's name stays within NAME_MAX. */
  snprintf(o->staging, sizeof o->staging, "%s/.%.200s.mkba-%ld-XXXXXX", o->parent, o->base,
           (long)getpid());
  /* No signal between creating the staging directory and arming its removal. */
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  sigprocmask(SIG_BLOCK, &block, &old);
  if (!mkdtemp(o->staging)) {
    int e = errno;
    sigprocmask(SIG_SETMASK, &old, NULL);
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s: cannot write beside the output directory: %s", o->parent,
                  strerror(e));
    free(o);
    return -1;
  }
  arm(o->staging);
  sigprocmask(SIG_SETMASK, &old, NULL);
  chmod(o->staging, mode);
  *out = o;
  return 0;
}

const char *mkba_output_staging(const mkba_output *o) { return o->staging; }

int mkba_output_write(mkba_output *o, const char *name, const char *text, size_t len,
                      mkba_diag *d) {
  char path[PATH_MAX];
  if (snprintf(path, sizeof path, "%s/%s", o->staging, name) >= (int)sizeof path) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "%s/%s: the path is too long", o->dir, name);
    return -1;
  }
  /* A name with directories (cells/REGION/FILE): make them in the staging directory. */
  for (char *slash = strchr(path + strlen(o->staging) + 1, '/'); slash;
       slash = strchr(slash + 1, '/')) {
    *slash = '\0';
    int bad = mkdir(path, 0777) != 0 && errno != EEXIST;
    *slash = '/';
    if (bad) {
      int e = errno;
      mkba_diag_set(d, MKBA_EXIT_RUN, "%s/%s: cannot write: %s", o->dir, name, strerror(e));
      return -1;
    }
  }
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(text, 1, len, f) != len || fflush(f) != 0 || fclose(f) != 0) {
    int e = errno;
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s/%s: cannot write: %s", o->dir, name, strerror(e));
    return -1;
  }
  return 0;
}

/* Exchange staging and DIR in one step, or rename DIR aside first. */
static int swap_in(mkba_output *o, mkba_diag *d) {
  if (syscall(SYS_renameat2, AT_FDCWD, o->staging, AT_FDCWD, o->dir, RENAME_EXCHANGE) == 0) {
    remove_tree(o->staging); /* now the previous set */
    return 0;
  }
  if (errno == ENOENT) { /* no DIR yet */
    if (rename(o->staging, o->dir) == 0)
      return 0;
  } else if (errno == ENOSYS || errno == EINVAL || errno == ENOTSUP) {
    /* No exchange on this file system: the old set aside, the new one in. */
    char old[PATH_MAX];
    snprintf(old, sizeof old, "%s/.%.200s.mkba-%ld-old", o->parent, o->base, (long)getpid());
    if (rename(o->dir, old) == 0) {
      if (rename(o->staging, o->dir) == 0) {
        remove_tree(old);
        return 0;
      }
      int e = errno;
      rename(old, o->dir);
      errno = e;
    }
  }
  mkba_diag_set(d, MKBA_EXIT_RUN, "%s: cannot put the new results in place: %s", o->dir,
                strerror(errno));
  return -1;
}

int mkba_output_commit(mkba_output *o, mkba_diag *d) {
  int rc = 0;
  int lock = open(o->parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (!rc && (lock < 0 || flock(lock, LOCK_EX) != 0)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s: cannot lock: %s", o->parent, strerror(errno));
    rc = -1;
  }
  if (!rc) {
    remove_stale(o);
    char names[512];
    struct stat st;
    /* Another program may have put files into DIR meanwhile. */
    if (!o->replace && stat(o->dir, &st) == 0 && foreign(o->dir, names, sizeof names)) {
      mkba_diag_set(d, MKBA_EXIT_INPUT,
                    "%s: files mkba did not write appeared while it ran (%s); nothing was "
                    "replaced",
                    o->dir, names);
      rc = -1;
    } else {
      rc = swap_in(o, d);
    }
  }
  if (lock >= 0)
    close(lock); /* releases the lock */
  if (rc) {
    mkba_output_abort(o);
    return -1;
  }
  disarm();
  free(o);
  return 0;
}

void mkba_output_abort(mkba_output *o) {
  if (!o)
    return;
  remove_flat(o->staging);
  disarm();
  free(o);
}
