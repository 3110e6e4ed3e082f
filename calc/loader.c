/* loader.c - dlopen and the ABI checks; see loader.h. */
#include "loader.h"

#include <dirent.h>
#include <dlfcn.h>
#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "data.h"
#include "dist.h"

#ifndef MKBA_BUILD_PLUGIN_DIR
#define MKBA_BUILD_PLUGIN_DIR ""
#endif
#ifndef MKBA_INSTALL_PLUGIN_DIR
#define MKBA_INSTALL_PLUGIN_DIR "/usr/local/lib/mkba/plugins"
#endif

/* The descriptor fields ABI 1.0 requires: everything up to compute. */
#define MIN_DESC_SIZE (offsetof(mkba_plugin, compute) + sizeof(mkba_compute_fn))
/* The parameter fields ABI 1.0 requires: everything up to unit_cost. */
#define MIN_PARAM_SIZE (offsetof(mkba_param, unit_cost) + sizeof(const char *))

/* Loaded plugins, never freed: their code stays mapped until exit. */
static mkba_loaded **cache;
static size_t n_cache;

static int file_exists(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* The plugin directories in search order; fills dirs, returns the count. */
static size_t search_dirs(char dirs[][4096], size_t max) {
  size_t n = 0;
  const char *env = getenv("MKBA_PLUGIN_PATH");
  if (env && *env) {
    char *copy = strdup(env), *save = NULL;
    for (char *s = strtok_r(copy, ":", &save); s && n < max - 2; s = strtok_r(NULL, ":", &save))
      snprintf(dirs[n++], 4096, "%s", s);
    free(copy);
  }
  if (*MKBA_BUILD_PLUGIN_DIR)
    snprintf(dirs[n++], 4096, "%s", MKBA_BUILD_PLUGIN_DIR);
  snprintf(dirs[n++], 4096, "%s", MKBA_INSTALL_PLUGIN_DIR);
  return n;
}

static int check_params(const mkba_loaded *p, mkba_diag *d) {
  const char *f = p->path;
  if (p->desc.n_params > 10000 || (p->desc.n_params && !p->params)) {
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "%s: invalid parameter table (%u entries); "
                  "declare it with MKBA_PARAMS(array)",
                  f, p->desc.n_params);
    return -1;
  }
  for (uint32_t k = 0; k < p->desc.n_params; k++) {
    const mkba_param *q = &p->params[k];
    const char *why = NULL;
    char buf[160];
    if (!mkba_valid_id(q->key))
      why = "key missing or not [a-z][a-z0-9_]*";
    else if (!q->label_nl || !q->label_en || !*q->label_nl || !*q->label_en)
      why = "label_nl and label_en are required";
    else if (!q->unit)
      why = "unit is required (use \"\" for a pure number)";
    else if (!q->source || !*q->source)
      why = "source is required (author, title, year, page or URL, or say \"assumption: ...\")";
    else if (q->confidence < MKBA_VERIFIED || q->confidence > MKBA_ASSUMPTION)
      why = "confidence must be MKBA_VERIFIED, MKBA_SECONDARY or MKBA_ASSUMPTION";
    else if (!(isfinite(q->min) && isfinite(q->max) && q->min <= q->max))
      why = "min and max must be finite with min <= max";
    else if (!q->unit_cost && !(q->value >= q->min && q->value <= q->max))
      why = "the default value lies outside [min, max]";
    else if (q->price_year && (q->price_year < 1900 || q->price_year > 2200))
      why = "price_year must be 0 or a year";
    else if (q->flags & ~(MKBA_PARAM_INTEGER | MKBA_PARAM_POPULATION))
      why = "unknown flags";
    else if (q->unit_cost && !mkba_valid_id(q->unit_cost))
      why = "unit_cost is not a valid unit-cost id";
    else if (mkba_dist_check(&q->dist, buf, sizeof buf))
      why = buf;
    for (uint32_t j = 0; !why && j < k; j++)
      if (strcmp(p->params[j].key, q->key) == 0)
        why = "the key is repeated";
    if (why) {
      mkba_diag_set(d, MKBA_EXIT_RUN,
                    "%s: invalid parameter table: parameter %u (\"%s\"): %s; fix the "
                    "plugin's mkba_param table and rebuild",
                    f, k, q->key && *q->key ? q->key : "?", why);
      return -1;
    }
  }
  return 0;
}

static int sha256_file(const char *path, char out[65]) {
  gchar *bytes = NULL;
  gsize len = 0;
  if (!g_file_get_contents(path, &bytes, &len, NULL))
    return -1;
  gchar *hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)bytes, len);
  snprintf(out, 65, "%s", hex);
  g_free(hex);
  g_free(bytes);
  return 0;
}

/* Open `path` and check the descriptor; on success a new mkba_loaded. */
static int open_plugin(const char *path, int check_name, mkba_loaded **out, mkba_diag *d) {
  *out = NULL;
  if (!file_exists(path)) {
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "%s: plugin file not found; check the path or "
                  "MKBA_PLUGIN_PATH",
                  path);
    return -1;
  }
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    const char *e = dlerror();
    if (e && (strstr(e, "invalid ELF header") || strstr(e, "file too short") ||
              strstr(e, "not an ELF") || strstr(e, "wrong ELF class")))
      mkba_diag_set(d, MKBA_EXIT_RUN,
                    "%s: not a shared object for this machine (%s); "
                    "build it with cc -shared -fPIC",
                    path, e);
    else
      mkba_diag_set(d, MKBA_EXIT_RUN,
                    "%s: cannot load plugin: %s; a missing library "
                    "or symbol is the usual cause: check with `ldd -r %s`",
                    path, e ? e : "unknown error", path);
    return -1;
  }
  /* dlsym returns void *; POSIX guarantees the conversion for functions. */
  void *sym = dlsym(h, MKBA_ENTRY_SYMBOL);
  mkba_entry_fn entry;
  memcpy(&entry, &sym, sizeof entry);
  if (!sym) {
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "%s: no entry function %s(); is it an mkba plugin? "
                  "define one with MKBA_PLUGIN(...) from mkba_plugin.h",
                  path, MKBA_ENTRY_SYMBOL);
    return -1;
  }
  const mkba_plugin *desc = entry();
  if (!desc) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s: %s() returned no descriptor", path, MKBA_ENTRY_SYMBOL);
    return -1;
  }
  /* Version first: if it differs, the rest of the descriptor may too. */
  uint32_t ver = desc->abi_version;
  if (MKBA_ABI_VERSION_MAJOR(ver) != MKBA_ABI_MAJOR) {
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "%s: built for plugin ABI %u.%u, but this mkba speaks ABI %d.%d; "
                  "rebuild the plugin against the mkba_plugin.h of this mkba",
                  path, MKBA_ABI_VERSION_MAJOR(ver), MKBA_ABI_VERSION_MINOR(ver), MKBA_ABI_MAJOR,
                  MKBA_ABI_MINOR);
    return -1;
  }
  if (MKBA_ABI_VERSION_MINOR(ver) > MKBA_ABI_MINOR) {
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "%s: built for plugin ABI %u.%u, newer than this mkba (ABI %d.%d); "
                  "upgrade mkba, or rebuild the plugin against this mkba's header",
                  path, MKBA_ABI_VERSION_MAJOR(ver), MKBA_ABI_VERSION_MINOR(ver), MKBA_ABI_MAJOR,
                  MKBA_ABI_MINOR);
    return -1;
  }
  if (desc->size < MIN_DESC_SIZE) {
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "%s: descriptor is %u bytes, smaller than the %zu bytes of ABI %d.0; "
                  "define the plugin with MKBA_PLUGIN(...) rather than by hand",
                  path, desc->size, (size_t)MIN_DESC_SIZE, MKBA_ABI_MAJOR);
    return -1;
  }
  if (desc->abi_fingerprint != (uint64_t)MKBA_ABI_FINGERPRINT) {
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "%s: ABI fingerprint %#llx does not match this mkba's %#llx (pointer, "
                  "double, int or size_t size or byte order differ); rebuild the "
                  "plugin on this platform",
                  path, (unsigned long long)desc->abi_fingerprint,
                  (unsigned long long)MKBA_ABI_FINGERPRINT);
    return -1;
  }
  mkba_loaded *p = calloc(1, sizeof *p);
  if (!p) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  /* Never read past what the plugin declared; newer fields stay zero. */
  memcpy(&p->desc, desc, desc->size < sizeof p->desc ? desc->size : sizeof p->desc);
  p->path = strdup(path);
  const char *why = NULL;
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  if (!mkba_valid_id(p->desc.name))
    why = "its name is missing or not [a-z][a-z0-9_]*";
  else if (check_name && (strncmp(base, p->desc.name, strlen(p->desc.name)) != 0 ||
                          strcmp(base + strlen(p->desc.name), ".so") != 0))
    why = "its name does not match its file name (NAME.so)";
  else if (!p->desc.version || !*p->desc.version)
    why = "version is missing";
  else if (!p->desc.title_nl || !p->desc.title_en)
    why = "title_nl and title_en are required";
  else if (!p->desc.compute)
    why = "compute is missing";
  else if (p->desc.configure && !p->desc.release)
    why = "configure is set but release is not";
  else if (p->desc.n_params && p->desc.param_size < MIN_PARAM_SIZE)
    why = "param_size is smaller than ABI 1.0's mkba_param";
  if (why) {
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "%s: invalid descriptor: %s; fix the MKBA_PLUGIN(...) "
                  "fields and rebuild",
                  path, why);
    free(p->path);
    free(p);
    return -1;
  }
  p->name = strdup(p->desc.name);
  if (p->desc.n_params && p->desc.n_params <= 10000 && p->desc.params) {
    p->params = calloc(p->desc.n_params, sizeof *p->params);
    size_t stride = p->desc.param_size;
    size_t take = stride < sizeof(mkba_param) ? stride : sizeof(mkba_param);
    for (uint32_t k = 0; k < p->desc.n_params; k++)
      memcpy(&p->params[k], (const char *)p->desc.params + k * stride, take);
  }
  if (check_params(p, d) || sha256_file(path, p->sha256)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s: cannot read the plugin file", path);
    free(p->params);
    free(p->name);
    free(p->path);
    free(p);
    return -1;
  }
  *out = p;
  return 0;
}

static int remember(mkba_loaded *p) {
  mkba_loaded **nc = realloc(cache, (n_cache + 1) * sizeof *nc);
  if (!nc)
    return -1;
  cache = nc;
  cache[n_cache++] = p;
  return 0;
}

int mkba_plugin_load_path(const char *path, int check_name, const mkba_loaded **out, mkba_diag *d) {
  for (size_t k = 0; k < n_cache; k++)
    if (strcmp(cache[k]->path, path) == 0) {
      *out = cache[k];
      return 0;
    }
  mkba_loaded *p;
  if (open_plugin(path, check_name, &p, d))
    return -1;
  if (remember(p)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  *out = p;
  return 0;
}

int mkba_plugin_load(const char *name, const mkba_loaded **out, mkba_diag *d) {
  *out = NULL;
  if (!mkba_valid_id(name)) {
    mkba_diag_set(d, MKBA_EXIT_INPUT,
                  "invalid plugin name \"%s\": names match "
                  "[a-z][a-z0-9_]*",
                  name);
    return -1;
  }
  for (size_t k = 0; k < n_cache; k++)
    if (strcmp(cache[k]->name, name) == 0) {
      *out = cache[k];
      return 0;
    }
  char dirs[16][4096], path[4200];
  size_t nd = search_dirs(dirs, 16);
  for (size_t k = 0; k < nd; k++) {
    snprintf(path, sizeof path, "%s/%s.so", dirs[k], name);
    if (file_exists(path))
      return mkba_plugin_load_path(path, 1, out, d);
  }
  char list[1024] = "";
  size_t used = 0;
  const mkba_loaded **all = NULL;
  size_t n = 0;
  mkba_diag ignore = {0};
  mkba_plugin_list(&all, &n, &ignore);
  for (size_t k = 0; k < n && used < sizeof list - 70; k++)
    used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", k ? ", " : "", all[k]->name);
  free(all);
  mkba_diag_set(d, MKBA_EXIT_INPUT,
                "unknown plugin \"%s\" (found: %s); see `mkba list` "
                "and MKBA_PLUGIN_PATH",
                name, n ? list : "none");
  return -1;
}

static int by_name(const void *a, const void *b) {
  return strcmp((*(const mkba_loaded *const *)a)->name, (*(const mkba_loaded *const *)b)->name);
}

int mkba_plugin_list(const mkba_loaded ***out, size_t *n, mkba_diag *d) {
  char dirs[16][4096];
  size_t nd = search_dirs(dirs, 16), count = 0;
  const mkba_loaded **list = NULL;
  for (size_t k = 0; k < nd; k++) {
    DIR *dir = opendir(dirs[k]);
    if (!dir)
      continue;
    struct dirent *e;
    while ((e = readdir(dir))) {
      size_t len = strlen(e->d_name);
      char name[64];
      if (len < 4 || len - 3 >= sizeof name || strcmp(e->d_name + len - 3, ".so"))
        continue;
      memcpy(name, e->d_name, len - 3);
      name[len - 3] = '\0';
      int seen = !mkba_valid_id(name);
      for (size_t j = 0; j < count && !seen; j++)
        seen = strcmp(list[j]->name, name) == 0;
      if (seen)
        continue;
      char path[4200];
      snprintf(path, sizeof path, "%s/%s", dirs[k], e->d_name);
      const mkba_loaded *p;
      if (mkba_plugin_load_path(path, 1, &p, d))
        continue;
      const mkba_loaded **nl = realloc(list, (count + 1) * sizeof *nl);
      if (!nl)
        break;
      list = nl;
      list[count++] = p;
    }
    closedir(dir);
  }
  if (count)
    qsort(list, count, sizeof *list, by_name);
  *out = list;
  *n = count;
  return d->code ? -1 : 0;
}

int mkba_plugin_param_index(const mkba_loaded *p, const char *key) {
  for (uint32_t k = 0; k < p->desc.n_params; k++)
    if (strcmp(p->params[k].key, key) == 0)
      return (int)k;
  return -1;
}
