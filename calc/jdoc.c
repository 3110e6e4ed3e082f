/* jdoc.c - jansson documents with positions; see jdoc.h. */
#include "jdoc.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where one value of the tree starts in the text. */
typedef struct jpos {
  const json_t *v;      /* the value (borrowed from the tree) */
  const json_t *parent; /* its object or array, NULL for the root */
  const char *key;      /* its key in parent (jansson-owned), or NULL */
  int line, col;        /* start of the value */
  int kline, kcol;      /* start of the key, where there is one */
} jpos;

struct mkba_jdoc {
  char *name;   /* file name for messages */
  char *bytes;  /* the file, as read */
  size_t len;   /* its length */
  json_t *root; /* owned */
  jpos *pos;    /* positions, in file order */
  size_t n_pos, cap_pos;
};

/* The text walker: an index with its line and column. */
typedef struct scan {
  const char *s;
  size_t n, i;
  int line, col;
} scan;

static void step(scan *sc) {
  unsigned char c = (unsigned char)sc->s[sc->i++];
  if (c == '\n') {
    sc->line++;
    sc->col = 1;
  } else if ((c & 0xC0) != 0x80) { /* count characters, not UTF-8 bytes */
    sc->col++;
  }
}

static void skip_ws(scan *sc) {
  while (sc->i < sc->n && strchr(" \t\r\n", sc->s[sc->i]) && sc->s[sc->i])
    step(sc);
}

static void skip_string(scan *sc) {
  step(sc); /* opening quote */
  while (sc->i < sc->n && sc->s[sc->i] != '"') {
    if (sc->s[sc->i] == '\\' && sc->i + 1 < sc->n)
      step(sc);
    step(sc);
  }
  if (sc->i < sc->n)
    step(sc); /* closing quote */
}

static int add_pos(mkba_jdoc *doc, jpos p) {
  if (doc->n_pos == doc->cap_pos) {
    size_t cap = doc->cap_pos ? doc->cap_pos * 2 : 64;
    jpos *np = realloc(doc->pos, cap * sizeof *np);
    if (!np)
      return -1;
    doc->pos = np;
    doc->cap_pos = cap;
  }
  doc->pos[doc->n_pos++] = p;
  return 0;
}

/*
 * Walk the value starting at sc->i, which jansson parsed as `v`.  The text
 * is known to be valid JSON, so the walker only needs to find boundaries.
 */
static int walk(mkba_jdoc *doc, scan *sc, const json_t *v, const json_t *parent, const char *key,
                int kline, int kcol) {
  skip_ws(sc);
  jpos p = {v, parent, key, sc->line, sc->col, kline, kcol};
  if (add_pos(doc, p))
    return -1;
  if (sc->i >= sc->n)
    return 0;
  char c = sc->s[sc->i];
  if (c == '{') {
    step(sc);
    void *it = json_object_iter((json_t *)v);
    for (; it; it = json_object_iter_next((json_t *)v, it)) {
      skip_ws(sc);
      int kl = sc->line, kc = sc->col;
      skip_string(sc);
      skip_ws(sc);
      step(sc); /* ':' */
      if (walk(doc, sc, json_object_iter_value(it), v, json_object_iter_key(it), kl, kc))
        return -1;
      skip_ws(sc);
      if (sc->i < sc->n && sc->s[sc->i] == ',')
        step(sc);
    }
    skip_ws(sc);
    if (sc->i < sc->n)
      step(sc); /* '}' */
  } else if (c == '[') {
    step(sc);
    for (size_t k = 0; k < json_array_size(v); k++) {
      if (walk(doc, sc, json_array_get(v, k), v, NULL, 0, 0))
        return -1;
      skip_ws(sc);
      if (sc->i < sc->n && sc->s[sc->i] == ',')
        step(sc);
    }
    skip_ws(sc);
    if (sc->i < sc->n)
      step(sc); /* ']' */
  } else if (c == '"') {
    skip_string(sc);
  } else {
    while (sc->i < sc->n && !strchr(",]} \t\r\n", sc->s[sc->i]))
      step(sc);
  }
  return 0;
}

int mkba_jdoc_parse(const char *name, const char *text, size_t len, mkba_jdoc **out, mkba_diag *d) {
  *out = NULL;
  mkba_jdoc *doc = calloc(1, sizeof *doc);
  if (!doc || !(doc->name = strdup(name)) || !(doc->bytes = malloc(len + 1))) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s: out of memory", name);
    mkba_jdoc_free(doc);
    return -1;
  }
  memcpy(doc->bytes, text, len);
  doc->bytes[len] = '\0';
  doc->len = len;
  /* A UTF-8 byte order mark, as Windows editors write it, is not an error. */
  size_t skip = (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
  if (len == skip) {
    mkba_diag_at(d, MKBA_EXIT_INPUT, name, 1, 1, "the file is empty; a scenario is a JSON object");
    mkba_jdoc_free(doc);
    return -1;
  }
  if (memchr(text + skip, '\0', len - skip)) {
    size_t at = (size_t)((const char *)memchr(text + skip, '\0', len - skip) - text);
    scan sc = {text + skip, at - skip, 0, 1, 1};
    while (sc.i < sc.n)
      step(&sc);
    mkba_diag_at(d, MKBA_EXIT_INPUT, name, sc.line, sc.col,
                 "not a text file: NUL byte at offset %zu", at);
    mkba_jdoc_free(doc);
    return -1;
  }
  json_error_t e;
  doc->root = json_loadb(doc->bytes + skip, len - skip, JSON_REJECT_DUPLICATES, &e);
  if (!doc->root) {
    mkba_diag_at(d, MKBA_EXIT_INPUT, name, e.line > 0 ? e.line : 1, e.column > 0 ? e.column : 1,
                 "invalid JSON: %s", e.text);
    mkba_jdoc_free(doc);
    return -1;
  }
  scan sc = {doc->bytes + skip, len - skip, 0, 1, 1};
  if (walk(doc, &sc, doc->root, NULL, NULL, 0, 0)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s: out of memory", name);
    mkba_jdoc_free(doc);
    return -1;
  }
  if (!json_is_object(doc->root)) {
    mkba_jdoc_error(doc, doc->root, d, "the top level must be a JSON object");
    mkba_jdoc_free(doc);
    return -1;
  }
  *out = doc;
  return 0;
}

int mkba_jdoc_load(const char *path, mkba_jdoc **out, mkba_diag *d) {
  *out = NULL;
  /*
   * Open without blocking, so that a FIFO or a device does not hang mkba,
   * and read only regular files.
   */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  struct stat st;
  if (fd < 0) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "%s: cannot open: %s", path, strerror(errno));
    return -1;
  }
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "%s: not a regular file (%s); give a JSON file", path,
                  S_ISDIR(st.st_mode)    ? "a directory"
                  : S_ISFIFO(st.st_mode) ? "a pipe"
                                         : "a device or socket");
    close(fd);
    return -1;
  }
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  FILE *f = fdopen(fd, "rb");
  if (!f) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "%s: cannot open: %s", path, strerror(errno));
    close(fd);
    return -1;
  }
  size_t cap = 1 << 16, len = 0;
  char *buf = malloc(cap);
  while (buf) {
    size_t got = fread(buf + len, 1, cap - len, f);
    len += got;
    if (got == 0)
      break;
    if (len > MKBA_JDOC_MAX_BYTES)
      break;
    if (len == cap) {
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
  }
  int err = ferror(f);
  fclose(f);
  if (!buf) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s: out of memory", path);
    return -1;
  }
  if (err) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "%s: cannot read (is it a directory?)", path);
    free(buf);
    return -1;
  }
  if (len > MKBA_JDOC_MAX_BYTES) {
    mkba_diag_set(d, MKBA_EXIT_INPUT, "%s: file too large (more than %u MiB)", path,
                  MKBA_JDOC_MAX_BYTES >> 20);
    free(buf);
    return -1;
  }
  int rc = mkba_jdoc_parse(path, buf, len, out, d);
  free(buf);
  return rc;
}

json_t *mkba_jdoc_root(const mkba_jdoc *doc) { return doc->root; }
const char *mkba_jdoc_name(const mkba_jdoc *doc) { return doc->name; }
const char *mkba_jdoc_bytes(const mkba_jdoc *doc, size_t *len) {
  *len = doc->len;
  return doc->bytes;
}

static const jpos *find(const mkba_jdoc *doc, const json_t *v) {
  if (!doc || !v)
    return NULL;
  for (size_t k = 0; k < doc->n_pos; k++)
    if (doc->pos[k].v == v)
      return &doc->pos[k];
  return NULL;
}

void mkba_jdoc_error(const mkba_jdoc *doc, const json_t *v, mkba_diag *d, const char *fmt, ...) {
  if (d->code)
    return;
  char msg[1536];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  const jpos *p = find(doc, v);
  /* A member's error points at its key: that is what the user typed. */
  int line = p ? (p->key ? p->kline : p->line) : 0;
  int col = p ? (p->key ? p->kcol : p->col) : 0;
  mkba_diag_at(d, MKBA_EXIT_INPUT, doc ? doc->name : NULL, line, col, "%s", msg);
}

void mkba_jdoc_member_error(const mkba_jdoc *doc, const json_t *obj, const char *key, mkba_diag *d,
                            const char *fmt, ...) {
  if (d->code)
    return;
  char msg[1536];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  const jpos *p = NULL;
  for (size_t k = 0; doc && k < doc->n_pos && !p; k++)
    if (doc->pos[k].parent == obj && doc->pos[k].key && strcmp(doc->pos[k].key, key) == 0)
      p = &doc->pos[k];
  if (!p)
    p = find(doc, obj);
  int line = p ? (p->key ? p->kline : p->line) : 0;
  int col = p ? (p->key ? p->kcol : p->col) : 0;
  mkba_diag_at(d, MKBA_EXIT_INPUT, doc ? doc->name : NULL, line, col, "%s", msg);
}

void mkba_jdoc_locate(const mkba_jdoc *doc, const json_t *obj, const char *key, mkba_diag *d) {
  if (d->code != MKBA_EXIT_INPUT || !json_object_get(obj, key))
    return;
  char msg[sizeof d->msg];
  memcpy(msg, d->msg, sizeof msg);
  d->code = 0;
  mkba_jdoc_member_error(doc, obj, key, d, "%s", msg);
}

/* Edit distance, capped: enough to suggest "horizon_years" for "horizon_year". */
static int distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 63 || lb > 63)
    return 99;
  int row[64];
  for (size_t j = 0; j <= lb; j++)
    row[j] = (int)j;
  for (size_t i = 1; i <= la; i++) {
    int prev = row[0];
    row[0] = (int)i;
    for (size_t j = 1; j <= lb; j++) {
      int cur = row[j];
      int best = prev + (a[i - 1] != b[j - 1]);
      if (row[j] + 1 < best)
        best = row[j] + 1;
      if (row[j - 1] + 1 < best)
        best = row[j - 1] + 1;
      row[j] = best;
      prev = cur;
    }
  }
  return row[lb];
}

const char *mkba_jdoc_nearest(const char *s, const char *const *names, size_t n) {
  const char *best = NULL;
  int best_d = 3;
  for (size_t k = 0; k < n; k++) {
    int dist = distance(s, names[k]);
    if (dist < best_d) {
      best_d = dist;
      best = names[k];
    }
  }
  return best;
}

int mkba_jdoc_check_keys(const mkba_jdoc *doc, const json_t *obj, const char *const *allowed,
                         const char *where, mkba_diag *d) {
  if (!json_is_object(obj)) {
    mkba_jdoc_error(doc, obj, d, "%s must be a JSON object", where);
    return -1;
  }
  const char *key;
  json_t *val;
  json_object_foreach((json_t *)obj, key, val) {
    int known = 0;
    for (size_t k = 0; allowed[k]; k++)
      known |= strcmp(key, allowed[k]) == 0;
    if (known)
      continue;
    size_t n_allowed = 0;
    while (allowed[n_allowed])
      n_allowed++;
    const char *best = mkba_jdoc_nearest(key, allowed, n_allowed);
    if (best)
      mkba_jdoc_error(doc, val, d, "unknown key \"%s\" in %s (did you mean \"%s\"?)", key, where,
                      best);
    else {
      char list[512] = "";
      size_t n = 0;
      for (size_t k = 0; allowed[k] && n < sizeof list - 64; k++)
        n += (size_t)snprintf(list + n, sizeof list - n, "%s\"%s\"", k ? ", " : "", allowed[k]);
      mkba_jdoc_error(doc, val, d, "unknown key \"%s\" in %s (allowed: %s)", key, where, list);
    }
    return -1;
  }
  return 0;
}

void mkba_jdoc_free(mkba_jdoc *doc) {
  if (!doc)
    return;
  json_decref(doc->root);
  free(doc->pos);
  free(doc->bytes);
  free(doc->name);
  free(doc);
}
