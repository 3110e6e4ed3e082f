/*
 * cli_new.c - mkba new-plugin NAME [DIR]: a new plugin's folder, written
 * from the scaffold embedded in the program (plugins/template, turned into
 * scaffold.c by plugins/embed_scaffold.cmake at build time):
 *
 *   template.c        -> NAME.c       the template, named NAME, titled from NAME
 *   test_template.c   -> test_NAME.c  its Check test on the mock host
 *   README.md.in      -> README.md    the sections every plugin README has
 *   example.json.in   -> example.json a scenario running the plugin
 *   CMakeLists.txt.in -> CMakeLists.txt  an out-of-tree build with pkg-config
 *
 * In every file, @NAME@ and @TITLE@ become NAME and its title, and the
 * template's own name becomes NAME where it names the plugin or a file:
 * the string "template", template.c, template.so and test_template.  In
 * the C files the strings of .title_nl and .title_en become the title.
 *
 * The folder appears whole or not at all: the files are written into a
 * hidden sibling directory, which is renamed to DIR only when complete and
 * only if DIR still does not exist; on failure it is removed.
 */
#define _GNU_SOURCE /* renameat2 through syscall() */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "cli.h"
#include "diag.h"

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif

/* The scaffold, generated at build time (plugins/embed_scaffold.cmake). */
extern const char *const mkba_scaffold_names[];
extern const unsigned char *const mkba_scaffold_data[];
extern const size_t mkba_scaffold_sizes[];
extern const size_t mkba_scaffold_count;

/* The longest plugin name: the identity section's name[64] holds it with its NUL. */
#define MKBA_NEW_NAME_MAX 63
/* The most files the scaffold may hold (it holds five). */
#define MKBA_NEW_MAX_FILES 16

/* A growing text buffer; `s` is owned by the buffer and freed by the caller. */
typedef struct mkba_new_buf {
  char *s;    /* the text, NUL-terminated once anything was appended */
  size_t n;   /* its length */
  size_t cap; /* the allocated size */
} mkba_new_buf;

/*
 * Append `len` bytes of `text` to `b`.  Returns 0, or -1 when memory runs
 * out (b keeps what it had).
 */
static int mkba_new_append(mkba_new_buf *b, const char *text, size_t len) {
  if (b->n + len + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + len + 1)
      cap *= 2;
    char *s = realloc(b->s, cap);
    if (!s)
      return -1;
    b->s = s;
    b->cap = cap;
  }
  memcpy(b->s + b->n, text, len);
  b->n += len;
  b->s[b->n] = '\0';
  return 0;
}

/*
 * Whether `name` is a plugin name: [a-z][a-z0-9_]*, at most 63 characters.
 * On failure writes why into why[0 .. len-1].  Returns 1 or 0.
 */
static int mkba_new_name_ok(const char *name, char *why, size_t len) {
  size_t n = strlen(name);
  if (n == 0) {
    snprintf(why, len, "it is empty");
    return 0;
  }
  if (n > MKBA_NEW_NAME_MAX) {
    snprintf(why, len, "it has %zu characters, at most %d are allowed", n, MKBA_NEW_NAME_MAX);
    return 0;
  }
  if (!(name[0] >= 'a' && name[0] <= 'z')) {
    snprintf(why, len, "it must start with a lowercase letter a-z");
    return 0;
  }
  for (size_t i = 1; i < n; i++) {
    char c = name[i];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      snprintf(why, len, "character %zu ('%c') is not a lowercase letter, a digit or '_'", i + 1,
               isprint((unsigned char)c) ? c : '?');
      return 0;
    }
  }
  return 1;
}

/*
 * The title derived from plugin name `name` (valid, see mkba_new_name_ok):
 * underscores become spaces and the first letter a capital, so
 * "buurtbemiddeling" gives "Buurtbemiddeling" and "poh_schulden" gives
 * "Poh schulden".  Written into title[0 .. len-1] (len > strlen(name)).
 */
static void mkba_new_title(const char *name, char *title, size_t len) {
  snprintf(title, len, "%s", name);
  for (char *c = title; *c; c++)
    if (*c == '_')
      *c = ' ';
  title[0] = (char)toupper((unsigned char)title[0]);
}

/* Whether c can be part of a C identifier (so a match next to it is part of a longer word). */
static int mkba_new_ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/*
 * If `text` at `p` holds a C designator `field` (".title_nl") followed by
 * "=" and one or more adjacent string literals, returns the end of the last
 * literal and sets *lit to where the first one starts; else returns NULL.
 */
static const char *mkba_new_string_field(const char *p, const char *field, const char **lit) {
  size_t n = strlen(field);
  if (strncmp(p, field, n) != 0 || mkba_new_ident_char(p[n]))
    return NULL;
  const char *q = p + n;
  while (*q == ' ' || *q == '\t' || *q == '\n')
    q++;
  if (*q != '=')
    return NULL;
  q++;
  while (*q == ' ' || *q == '\t' || *q == '\n')
    q++;
  if (*q != '"')
    return NULL;
  *lit = q;
  const char *end = NULL;
  while (*q == '"') { /* "a" "b" is one string in C */
    q++;
    while (*q && *q != '"' && *q != '\n')
      q += (*q == '\\' && q[1]) ? 2 : 1;
    if (*q != '"')
      return NULL; /* an unterminated literal: leave the text alone */
    end = ++q;
    const char *r = q;
    while (*r == ' ' || *r == '\t' || *r == '\n')
      r++;
    if (*r != '"')
      break;
    q = r;
  }
  return end;
}

/* What mkba_new_fill replaced, to check the template still has what it fills in. */
typedef struct mkba_new_counts {
  int name;  /* the string "template" */
  int title; /* .title_nl and .title_en strings */
} mkba_new_counts;

/*
 * Fill in scaffold text `text` for plugin `name` titled `title` (see the
 * top of this file), appending to `out`; `is_c` also replaces the title
 * strings.  Counts the replacements in *counts.  Returns 0, or -1 when
 * memory runs out.
 */
static int mkba_new_fill(const char *text, const char *name, const char *title, int is_c,
                         mkba_new_buf *out, mkba_new_counts *counts) {
  size_t nlen = strlen(name), tlen = strlen(title);
  const char *p = text, *lit = NULL, *end;
  int rc = 0;
  while (*p && rc == 0) {
    int word_start = p == text || !mkba_new_ident_char(p[-1]);
    if (strncmp(p, "@NAME@", 6) == 0) {
      rc = mkba_new_append(out, name, nlen);
      p += 6;
    } else if (strncmp(p, "@TITLE@", 7) == 0) {
      rc = mkba_new_append(out, title, tlen);
      p += 7;
    } else if (strncmp(p, "\"template\"", 10) == 0) {
      rc = mkba_new_append(out, "\"", 1) || mkba_new_append(out, name, nlen) ||
           mkba_new_append(out, "\"", 1);
      counts->name++;
      p += 10;
    } else if (word_start && strncmp(p, "test_template", 13) == 0 && !mkba_new_ident_char(p[13])) {
      rc = mkba_new_append(out, "test_", 5) || mkba_new_append(out, name, nlen);
      p += 13;
    } else if (word_start &&
               (strncmp(p, "template.c", 10) == 0 || strncmp(p, "template.so", 11) == 0) &&
               !mkba_new_ident_char(p[p[9] == 'c' ? 10 : 11])) {
      rc = mkba_new_append(out, name, nlen); /* the extension follows as it is */
      p += 8;
    } else if (is_c && word_start && *p == '.' &&
               ((end = mkba_new_string_field(p, ".title_nl", &lit)) ||
                (end = mkba_new_string_field(p, ".title_en", &lit)))) {
      rc = mkba_new_append(out, p, (size_t)(lit - p)) || mkba_new_append(out, "\"", 1) ||
           mkba_new_append(out, title, tlen) || mkba_new_append(out, "\"", 1);
      counts->title++;
      p = end;
    } else {
      rc = mkba_new_append(out, p, 1);
      p++;
    }
  }
  return rc;
}

/* One file to write: its name in the new folder and its text (owned). */
typedef struct mkba_new_file {
  char name[96];    /* e.g. "buurtbemiddeling.c" */
  mkba_new_buf buf; /* the filled-in text */
} mkba_new_file;

/*
 * Fill in every scaffold file for `name`/`title` into files[0 .. *n-1].
 * Returns 0, or -1 with the error in `d` (exit 1: out of memory, or a
 * template that lacks what is filled in - a fault of the build, not of
 * the user's input).
 */
static int mkba_new_files(const char *name, const char *title, mkba_new_file *files, size_t *n,
                          mkba_diag *d) {
  *n = 0;
  if (mkba_scaffold_count > MKBA_NEW_MAX_FILES) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "new-plugin: the scaffold has too many files");
    return -1;
  }
  for (size_t i = 0; i < mkba_scaffold_count; i++) {
    const char *src = mkba_scaffold_names[i];
    mkba_new_file *f = &files[(*n)++];
    memset(f, 0, sizeof *f);
    mkba_new_counts counts = {0, 0};
    mkba_new_buf fname = {0};
    size_t slen = strlen(src);
    int is_c = slen > 2 && strcmp(src + slen - 2, ".c") == 0;
    /* Sizes are those of the embedded bytes, which hold no NUL (they are text). */
    if (strlen((const char *)mkba_scaffold_data[i]) != mkba_scaffold_sizes[i]) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "new-plugin: the scaffold file %s holds a NUL byte", src);
      return -1;
    }
    mkba_new_counts ignored = {0, 0};
    if (mkba_new_fill(src, name, title, 0, &fname, &ignored) ||
        mkba_new_fill((const char *)mkba_scaffold_data[i], name, title, is_c, &f->buf, &counts)) {
      free(fname.s);
      mkba_diag_set(d, MKBA_EXIT_RUN, "new-plugin: out of memory");
      return -1;
    }
    if (fname.n > 3 && strcmp(fname.s + fname.n - 3, ".in") == 0)
      fname.s[fname.n -= 3] = '\0';
    snprintf(f->name, sizeof f->name, "%s", fname.s);
    free(fname.s);
    /* The template must still name itself and carry both titles, or NAME.c
       would be a second plugin called "template". */
    if (strcmp(src, "template.c") == 0 && (counts.name < 1 || counts.title < 2)) {
      mkba_diag_set(d, MKBA_EXIT_RUN,
                    "new-plugin: the template built into mkba has no .name = \"template\" or no "
                    ".title_nl and .title_en strings to fill in");
      return -1;
    }
  }
  return 0;
}

/*
 * Write `len` bytes of `text` to the new file `name` in directory `dirfd`,
 * mode 0644 whatever the umask.  Returns 0, or -1 with the error in `d`
 * naming `shown` (the path the user knows).
 */
static int mkba_new_write(int dirfd, const char *name, const char *text, size_t len,
                          const char *shown, mkba_diag *d) {
  int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s/%s: cannot create: %s", shown, name, strerror(errno));
    return -1;
  }
  int bad = fchmod(fd, 0644) != 0;
  for (size_t done = 0; !bad && done < len;) {
    ssize_t w = write(fd, text + done, len - done);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      bad = 1;
    else
      done += (size_t)w;
  }
  bad |= fsync(fd) != 0;
  int saved = errno;
  bad |= close(fd) != 0;
  if (bad) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s/%s: cannot write: %s", shown, name,
                  strerror(saved ? saved : errno));
    return -1;
  }
  return 0;
}

/*
 * Split `dir` (trailing slashes removed) into its parent directory and last
 * component, in parent[0 .. plen-1] and base[0 .. blen-1].  Returns 0, or
 * -1 with the error in `d` (exit 2) for a path with no last component or
 * one too long.
 */
static int mkba_new_split(const char *dir, char *parent, size_t plen, char *base, size_t blen,
                          mkba_diag *d) {
  size_t n = strlen(dir);
  while (n > 1 && dir[n - 1] == '/')
    n--;
  if (n >= plen) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "new-plugin: the path %s is too long", dir);
    return -1;
  }
  memcpy(parent, dir, n);
  parent[n] = '\0';
  char *slash = strrchr(parent, '/');
  const char *last = slash ? slash + 1 : parent;
  if (!*last || !strcmp(last, ".") || !strcmp(last, "..")) {
    mkba_diag_set(d, MKBA_EXIT_INPUT,
                  "new-plugin: %s names no new folder; give the path of a folder to create", dir);
    return -1;
  }
  if ((size_t)snprintf(base, blen, "%s", last) >= blen) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "new-plugin: the folder name in %s is too long", dir);
    return -1;
  }
  if (!slash)
    snprintf(parent, plen, ".");
  else if (slash == parent)
    parent[1] = '\0'; /* "/x": the parent is "/" */
  else
    *slash = '\0';
  return 0;
}

/*
 * Write files[0 .. n-1] as the new folder `dir`: into a hidden sibling
 * directory first, renamed to `dir` when complete if `dir` still does not
 * exist.  Signals that would end mkba wait until the folder is whole or
 * gone.  Returns 0, or -1 with the error in `d`; then nothing is left.
 */
static int mkba_new_commit(const char *dir, const mkba_new_file *files, size_t n, mkba_diag *d) {
  char parent[PATH_MAX], base[NAME_MAX + 1], tmp[PATH_MAX];
  if (mkba_new_split(dir, parent, sizeof parent, base, sizeof base, d))
    return -1;
  struct stat st;
  if (lstat(dir, &st) == 0) {
    mkba_diag_set(d, MKBA_EXIT_INPUT,
                  "new-plugin: %s already exists; new-plugin writes a new folder only (give "
                  "another DIR, or remove it first)",
                  dir);
    return -1;
  }
  if (errno != ENOENT) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "new-plugin: %s: %s", dir, strerror(errno));
    return -1;
  }
  if (stat(parent, &st) != 0 || !S_ISDIR(st.st_mode)) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "new-plugin: %s: the folder %s to create it in %s", dir,
                  parent, errno == ENOENT ? "does not exist" : "is not a directory");
    return -1;
  }
  if ((size_t)snprintf(tmp, sizeof tmp, "%s/.%s.mkba-new-%ld-XXXXXX", parent, base,
                       (long)getpid()) >= sizeof tmp) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "new-plugin: the path %s is too long", dir);
    return -1;
  }
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  sigaddset(&block, SIGHUP);
  sigaddset(&block, SIGQUIT);
  sigprocmask(SIG_BLOCK, &block, &old);
  int rc = -1;
  size_t written = 0;
  int dirfd = -1;
  if (!mkdtemp(tmp)) {
    int e = errno; /* a folder the user may not write in is bad input; a full disk is not */
    mkba_diag_set(d,
                  e == EACCES || e == EPERM || e == EROFS || e == ENOENT || e == ENOTDIR
                      ? MKBA_EXIT_INPUT
                      : MKBA_EXIT_RUN,
                  "new-plugin: cannot create a folder in %s: %s", parent, strerror(e));
    goto done;
  }
  dirfd = open(tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirfd < 0) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "new-plugin: %s: %s", tmp, strerror(errno));
    goto cleanup;
  }
  for (; written < n; written++)
    if (mkba_new_write(dirfd, files[written].name, files[written].buf.s, files[written].buf.n, dir,
                       d))
      goto cleanup;
  if (fchmod(dirfd, 0755) != 0 || fsync(dirfd) != 0) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "new-plugin: %s: %s", tmp, strerror(errno));
    goto cleanup;
  }
  /* Never over an existing DIR, even one created since the check above. */
  if (syscall(SYS_renameat2, AT_FDCWD, tmp, AT_FDCWD, dir, RENAME_NOREPLACE) != 0) {
    int e = errno;
    if (e == ENOSYS || e == EINVAL) { /* no renameat2: check, then rename */
      e = lstat(dir, &st) == 0 ? EEXIST : rename(tmp, dir) == 0 ? 0 : errno;
    }
    if (e == EEXIST || e == ENOTEMPTY) {
      mkba_diag_set(d, MKBA_EXIT_INPUT,
                    "new-plugin: %s already exists; new-plugin writes a new "
                    "folder only",
                    dir);
      goto cleanup;
    }
    if (e) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "new-plugin: cannot rename %s to %s: %s", tmp, dir,
                    strerror(e));
      goto cleanup;
    }
  }
  rc = 0;
  goto done;
cleanup: /* remove what was written, then the folder itself */
  for (size_t i = 0; dirfd >= 0 && i < written + (written < n); i++)
    unlinkat(dirfd, files[i].name, 0);
  rmdir(tmp);
done:
  if (dirfd >= 0)
    close(dirfd);
  sigprocmask(SIG_SETMASK, &old, NULL);
  return rc;
}

int mkba_cmd_new_plugin(const mkba_opts *o) {
  mkba_diag d = {0};
  char why[160];
  const char *name = o->arg;
  if (!mkba_new_name_ok(name, why, sizeof why)) {
    mkba_diag_set(&d, MKBA_EXIT_INPUT,
                  "new-plugin: \"%.80s\" is not a plugin name: %s (a name is a lowercase letter, "
                  "then lowercase letters, digits or '_', at most %d characters, e.g. "
                  "buurtbemiddeling)",
                  name, why, MKBA_NEW_NAME_MAX);
    mkba_diag_print(&d);
    return d.code;
  }
  const char *dir = o->arg2 && *o->arg2 ? o->arg2 : name;
  if (o->arg2 && !*o->arg2) {
    mkba_diag_set(&d, MKBA_EXIT_INPUT, "new-plugin: DIR is empty");
    mkba_diag_print(&d);
    return d.code;
  }
  char title[MKBA_NEW_NAME_MAX + 1];
  mkba_new_title(name, title, sizeof title);
  mkba_new_file files[MKBA_NEW_MAX_FILES];
  size_t n = 0;
  int rc = mkba_new_files(name, title, files, &n, &d);
  if (rc == 0)
    rc = mkba_new_commit(dir, files, n, &d);
  if (rc == 0) {
    char abs[PATH_MAX];
    const char *shown = realpath(dir, abs) ? abs : dir;
    printf("Wrote %s:", shown);
    for (size_t i = 0; i < n; i++)
      printf(" %s%s", files[i].name, i + 1 < n ? "," : "\n");
    printf("Build and test it (pkg-config must find mkba-plugin.pc and mkba-mock.pc):\n"
           "  cmake -S %s -B %s/build && cmake --build %s/build && ctest --test-dir %s/build\n"
           "Run its example:\n"
           "  MKBA_PLUGIN_PATH=%s/build mkba run %s/example.json\n"
           "Then replace the template's model, parameters and sources in %s.c (see README.md).\n",
           shown, shown, shown, shown, shown, shown, name);
  }
  for (size_t i = 0; i < n; i++)
    free(files[i].buf.s);
  if (rc != 0) {
    mkba_diag_print(&d);
    return d.code;
  }
  return MKBA_EXIT_OK;
}
