/* output.c - staged, all-or-nothing output; see output.h. */
#include "output.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct mkba_output {
  char *dir;
  char *staging;
};

/* mkdir -p: create `dir` and any missing parents. */
static int make_dirs(const char *dir) {
  char path[4096];
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

int mkba_output_open(const char *dir, mkba_output **out, mkba_diag *d) {
  *out = NULL;
  struct stat st;
  if (stat(dir, &st) != 0) {
    if (make_dirs(dir) != 0) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "%s: cannot create output directory: %s", dir,
                    strerror(errno));
      return -1;
    }
  } else if (!S_ISDIR(st.st_mode)) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "%s: exists and is not a directory", dir);
    return -1;
  }
  mkba_output *o = calloc(1, sizeof *o);
  size_t len = strlen(dir) + 32;
  if (!o || !(o->dir = strdup(dir)) || !(o->staging = malloc(len))) {
    if (o)
      free(o->dir);
    free(o);
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  snprintf(o->staging, len, "%s/.mkba-XXXXXX", dir);
  if (!mkdtemp(o->staging)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s: cannot write in output directory: %s", dir,
                  strerror(errno));
    free(o->staging);
    free(o->dir);
    free(o);
    return -1;
  }
  *out = o;
  return 0;
}

const char *mkba_output_staging(const mkba_output *o) { return o->staging; }

int mkba_output_write(mkba_output *o, const char *name, const char *text, size_t len,
                      mkba_diag *d) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", o->staging, name);
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(text, 1, len, f) != len || fclose(f) != 0) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s/%s: cannot write: %s", o->dir, name, strerror(errno));
    return -1;
  }
  return 0;
}

int mkba_output_commit(mkba_output *o, mkba_diag *d) {
  DIR *dir = opendir(o->staging);
  if (!dir) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s: %s", o->staging, strerror(errno));
    return -1;
  }
  struct dirent *e;
  int rc = 0;
  while ((e = readdir(dir)) && rc == 0) {
    if (e->d_name[0] == '.')
      continue;
    char from[4096], to[4096];
    snprintf(from, sizeof from, "%s/%s", o->staging, e->d_name);
    snprintf(to, sizeof to, "%s/%s", o->dir, e->d_name);
    if (rename(from, to) != 0) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "%s: cannot move into place: %s", to, strerror(errno));
      rc = -1;
    }
  }
  closedir(dir);
  mkba_output_abort(o);
  return rc;
}

void mkba_output_abort(mkba_output *o) {
  if (!o)
    return;
  DIR *dir = opendir(o->staging);
  if (dir) {
    struct dirent *e;
    while ((e = readdir(dir))) {
      if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
        continue;
      char p[4096];
      snprintf(p, sizeof p, "%s/%s", o->staging, e->d_name);
      unlink(p);
    }
    closedir(dir);
  }
  rmdir(o->staging);
  free(o->staging);
  free(o->dir);
  free(o);
}

/*
 * The shortest text that reads back as exactly `x` (at most 17 significant
 * digits): 0.0225 rather than jansson's 0.022499999999999999.  Keeps a
 * decimal point so that readers still see a real number.
 */
static void shortest(double x, char *buf, size_t len) {
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, len, "%.*g", prec, x);
    if (strtod(buf, NULL) == x)
      break;
  }
  if (!strpbrk(buf, ".eEni"))
    strncat(buf, ".0", len - strlen(buf) - 1);
}

char *mkba_results_dump(const json_t *results) {
  char *s = json_dumps(results, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17));
  if (!s)
    return NULL;
  /* Rewrite each real number outside strings in its shortest exact form. */
  size_t n = strlen(s);
  char *t = malloc(n + 2);
  if (!t) {
    free(s);
    return NULL;
  }
  size_t o = 0;
  int in_string = 0;
  for (size_t i = 0; i < n;) {
    char c = s[i];
    if (in_string) {
      t[o++] = c;
      i++;
      if (c == '\\' && i < n)
        t[o++] = s[i++];
      else if (c == '"')
        in_string = 0;
      continue;
    }
    if (c == '"') {
      in_string = 1;
      t[o++] = s[i++];
      continue;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      size_t j = i;
      int real = 0;
      while (j < n && strchr("+-0123456789.eE", s[j])) {
        real |= s[j] == '.' || s[j] == 'e' || s[j] == 'E';
        j++;
      }
      if (real) {
        char num[40];
        shortest(strtod(s + i, NULL), num, sizeof num);
        size_t len = strlen(num);
        if (len <= j - i) { /* never longer than jansson's 17-digit form */
          memcpy(t + o, num, len);
          o += len;
          i = j;
          continue;
        }
      }
      memcpy(t + o, s + i, j - i);
      o += j - i;
      i = j;
      continue;
    }
    t[o++] = s[i++];
  }
  t[o++] = '\n';
  t[o] = '\0';
  free(s);
  return t;
}
