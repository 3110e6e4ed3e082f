/* loader.c - dlopen and the ABI checks; see loader.h. */
#include "loader.h"

#include <dirent.h>
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dist.h"
#include "id.h"
#include "paths.h"
#include "regions.h"
#include "watch.h"

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
    else if (!q->unit_cost && (!q->source || !*q->source))
      why = "source is required (author, title, year, page or URL, or say \"assumption: ...\"), "
            "unless .unit_cost names a row of the value bank";
    else if (q->source && !*q->source)
      why = "source, when set, must not be empty";
    else if (q->source_nl && !*q->source_nl)
      why = "source_nl, when set, must not be empty";
    else if ((q->confidence != MKBA_CONFIDENCE_UNSET || !q->unit_cost) &&
             (q->confidence < MKBA_VERIFIED || q->confidence > MKBA_ASSUMPTION))
      why = "confidence must be MKBA_VERIFIED, MKBA_SECONDARY or MKBA_ASSUMPTION "
            "(a .unit_cost parameter may leave it out: the value bank's is used)";
    else if (!(isfinite(q->min) && isfinite(q->max) && q->min <= q->max))
      why = "min and max must be finite with min <= max";
    else if (!q->unit_cost && !(q->value >= q->min && q->value <= q->max))
      why = "the default value lies outside [min, max]";
    else if (q->price_year && (q->price_year < 1900 || q->price_year > 2200))
      why = "price_year must be 0 or a year";
    else if (q->flags & ~(MKBA_PARAM_INTEGER | MKBA_PARAM_POPULATION | MKBA_PARAM_RAISES_NPV |
                          MKBA_PARAM_LOWERS_NPV))
      why = "unknown flags";
    else if ((q->flags & MKBA_PARAM_RAISES_NPV) && (q->flags & MKBA_PARAM_LOWERS_NPV))
      why = "MKBA_PARAM_RAISES_NPV and MKBA_PARAM_LOWERS_NPV exclude each other";
    else if (q->unit_cost && !mkba_valid_id(q->unit_cost))
      why = "unit_cost is not a valid unit-cost id";
    else if (q->target_group && !mkba_target_label(q->target_group, 0))
      why = "target_group is not one of the MKBA_TARGET_* groups";
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
  const char *file = strrchr(path, '/');
  mkba_watch_loading(file ? file + 1 : path); /* constructors and the entry function run */
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

/* Read n bytes at offset off of f into buf; 0 or -1. */
static int read_at(FILE *f, long off, void *buf, size_t n) {
  return off >= 0 && fseek(f, off, SEEK_SET) == 0 && fread(buf, 1, n, f) == n ? 0 : -1;
}

/* The identity section of plugin file `path`; 0, or -1 with a reason in why. */
static int plugin_ident_read(const char *path, mkba_plugin_ident *id, char *why, size_t len) {
  memset(id, 0, sizeof *id);
  FILE *f = fopen(path, "rb");
  if (!f) {
    snprintf(why, len, "cannot open it: %s", strerror(errno));
    return -1;
  }
  Elf64_Ehdr eh;
  int rc = -1;
  if (read_at(f, 0, &eh, sizeof eh) || memcmp(eh.e_ident, ELFMAG, SELFMAG)) {
    snprintf(why, len, "not an ELF shared object");
    goto out;
  }
  if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_shentsize != sizeof(Elf64_Shdr) ||
      eh.e_shnum == 0 || eh.e_shnum > 4096 || eh.e_shstrndx >= eh.e_shnum) {
    snprintf(why, len, "not a 64-bit ELF file with a section table");
    goto out;
  }
  Elf64_Shdr strtab;
  if (read_at(f, (long)(eh.e_shoff + (Elf64_Off)eh.e_shstrndx * sizeof strtab), &strtab,
              sizeof strtab)) {
    snprintf(why, len, "its section table cannot be read");
    goto out;
  }
  for (unsigned i = 0; i < eh.e_shnum; i++) {
    Elf64_Shdr sh;
    char name[sizeof MKBA_IDENT_SECTION];
    if (read_at(f, (long)(eh.e_shoff + (Elf64_Off)i * sizeof sh), &sh, sizeof sh) ||
        sh.sh_name >= strtab.sh_size ||
        read_at(f, (long)(strtab.sh_offset + sh.sh_name), name, sizeof name) ||
        memcmp(name, MKBA_IDENT_SECTION, sizeof name))
      continue;
    mkba_plugin_ident tmp;
    if (sh.sh_size < offsetof(mkba_plugin_ident, title_en) + sizeof tmp.title_en ||
        read_at(f, (long)sh.sh_offset, &tmp,
                sh.sh_size < sizeof tmp ? (size_t)sh.sh_size : sizeof tmp) ||
        memcmp(tmp.magic, MKBA_IDENT_MAGIC, sizeof MKBA_IDENT_MAGIC)) {
      snprintf(why, len, "its identity section is damaged");
      goto out;
    }
    /* Arrays from a file are not trusted to end. */
    tmp.name[sizeof tmp.name - 1] = tmp.version[sizeof tmp.version - 1] = '\0';
    tmp.title_nl[sizeof tmp.title_nl - 1] = tmp.title_en[sizeof tmp.title_en - 1] = '\0';
    *id = tmp;
    rc = 0;
    goto out;
  }
  snprintf(why, len,
           "no identity section (built before mkba 0.2: rebuild it to list it "
           "without loading it)");
out:
  fclose(f);
  return rc;
}

/* Append a found plugin to *list; 0 or -1. */
static int add_found(mkba_plugin_found **list, size_t *n, const mkba_plugin_found *f) {
  mkba_plugin_found *nl = realloc(*list, (*n + 1) * sizeof *nl);
  if (!nl)
    return -1;
  *list = nl;
  nl[(*n)++] = *f;
  return 0;
}

static int by_found_name(const void *a, const void *b) {
  return strcmp(((const mkba_plugin_found *)a)->name, ((const mkba_plugin_found *)b)->name);
}

int mkba_plugin_find_all(mkba_plugin_found **out, size_t *n, mkba_diag *d) {
  char dirs[MKBA_MAX_PLUGIN_DIRS][PATH_MAX];
  size_t nd;
  *out = NULL;
  *n = 0;
  if (mkba_plugin_dirs(dirs, &nd, d))
    return -1;
  mkba_plugin_found *list = NULL;
  size_t count = 0;
  for (size_t k = 0; k < nd; k++) {
    DIR *dir = opendir(dirs[k]);
    if (!dir)
      continue;
    struct dirent *e;
    while ((e = readdir(dir))) {
      size_t len = strlen(e->d_name);
      mkba_plugin_found f;
      memset(&f, 0, sizeof f);
      if (len < 4 || len - 3 >= sizeof f.name || strcmp(e->d_name + len - 3, ".so"))
        continue;
      memcpy(f.name, e->d_name, len - 3);
      f.name[len - 3] = '\0';
      snprintf(f.path, sizeof f.path, "%s/%s", dirs[k], e->d_name);
      if (!mkba_valid_id(f.name) || !file_exists(f.path))
        continue;
      size_t first = count;
      for (size_t j = 0; j < count; j++)
        if (!strcmp(list[j].name, f.name) && first == count)
          first = j;
      if (first < count) { /* found earlier in the search: this one is hidden */
        if (!list[first].shadows[0])
          snprintf(list[first].shadows, sizeof list[first].shadows, "%s", f.path);
        continue;
      }
      mkba_plugin_ident id;
      struct stat st;
      if (stat(f.path, &st) == 0 && !mkba_path_trusted(f.path, &st, f.problem, sizeof f.problem)) {
        /* listed with its problem, never loaded */
      } else if (plugin_ident_read(f.path, &id, f.problem, sizeof f.problem) == 0) {
        f.has_ident = 1;
        f.problem[0] = '\0';
        snprintf(f.version, sizeof f.version, "%s", id.version);
        snprintf(f.title_nl, sizeof f.title_nl, "%s", id.title_nl);
        snprintf(f.title_en, sizeof f.title_en, "%s", id.title_en);
        if (strcmp(id.name, f.name))
          snprintf(f.problem, sizeof f.problem, "its identity names it \"%s\", not its file name",
                   id.name);
        else if (MKBA_ABI_VERSION_MAJOR(id.abi_version) != MKBA_ABI_MAJOR ||
                 MKBA_ABI_VERSION_MINOR(id.abi_version) > MKBA_ABI_MINOR)
          snprintf(f.problem, sizeof f.problem, "built for plugin ABI %u.%u (this mkba: %d.%d)",
                   MKBA_ABI_VERSION_MAJOR(id.abi_version), MKBA_ABI_VERSION_MINOR(id.abi_version),
                   MKBA_ABI_MAJOR, MKBA_ABI_MINOR);
      }
      if (add_found(&list, &count, &f)) {
        closedir(dir);
        free(list);
        mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
        return -1;
      }
    }
    closedir(dir);
  }
  if (count)
    qsort(list, count, sizeof *list, by_found_name);
  *out = list;
  *n = count;
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
  char dirs[MKBA_MAX_PLUGIN_DIRS][PATH_MAX], path[PATH_MAX + 80];
  size_t nd;
  if (mkba_plugin_dirs(dirs, &nd, d))
    return -1;
  for (size_t k = 0; k < nd; k++) {
    snprintf(path, sizeof path, "%s/%s.so", dirs[k], name);
    if (!file_exists(path))
      continue;
    char why[128], other[PATH_MAX + 80];
    struct stat st;
    if (stat(path, &st) == 0 && !mkba_path_trusted(path, &st, why, sizeof why)) {
      mkba_diag_set(d, MKBA_EXIT_RUN, "%s: refusing to load this plugin: %s", path, why);
      return -1;
    }
    for (size_t j = k + 1; j < nd; j++) {
      snprintf(other, sizeof other, "%s/%s.so", dirs[j], name);
      if (file_exists(other))
        fprintf(stderr, "mkba: warning: plugin \"%s\" from %s shadows %s\n", name, path, other);
    }
    return mkba_plugin_load_path(path, 1, out, d);
  }
  /* Unknown: suggest the plugins there are, from their files, loading none. */
  char list[1024] = "";
  size_t used = 0, n = 0;
  mkba_plugin_found *all = NULL;
  mkba_diag ignore = {0};
  mkba_plugin_find_all(&all, &n, &ignore);
  for (size_t k = 0; k < n && used < sizeof list - 70; k++)
    used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", k ? ", " : "", all[k].name);
  free(all);
  mkba_diag_set(d, MKBA_EXIT_INPUT,
                "unknown plugin \"%s\" (found: %s); see `mkba list` "
                "and MKBA_PLUGIN_PATH",
                name, n ? list : "none");
  return -1;
}

int mkba_plugin_param_index(const mkba_loaded *p, const char *key) {
  for (uint32_t k = 0; k < p->desc.n_params; k++)
    if (strcmp(p->params[k].key, key) == 0)
      return (int)k;
  return -1;
}
