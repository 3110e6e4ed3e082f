/* supervise.c - the supervised child; see supervise.h. */
#define _GNU_SOURCE /* pipe2, strsignal, prctl */
#include "supervise.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "count.h"
#include "watch.h"

/* How often the parent looks at the child's memory and the clock. */
#define POLL_MS 20

size_t mkba_physical_memory(void) {
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
  return pages > 0 && size > 0 ? (size_t)pages * (size_t)size : 0;
}

typedef struct growbuf {
  char *p;
  size_t n, cap;
} growbuf;

static int buf_add(growbuf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = (b->n + n + 1) * 2;
    char *np = realloc(b->p, cap);
    if (!np)
      return -1;
    b->p = np;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
  return 0;
}

static int write_all(int fd, const char *p, size_t n) {
  while (n) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      return -1;
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Resident memory of process pid in bytes, or 0 when it cannot be read. */
static size_t resident(pid_t pid) {
  char path[64];
  snprintf(path, sizeof path, "/proc/%ld/statm", (long)pid);
  FILE *f = fopen(path, "r");
  unsigned long size = 0, rss = 0;
  if (!f)
    return 0;
  int ok = fscanf(f, "%lu %lu", &size, &rss) == 2;
  fclose(f);
  return ok ? (size_t)rss * (size_t)sysconf(_SC_PAGESIZE) : 0;
}

/*
 * The child: run the work, send its product and status, exit.  Standard
 * output is the third pipe, unbuffered, so that a plugin's printf arrives
 * while its code runs and the record still names it.
 */
static void child(mkba_work_fn fn, void *arg, int res_w, int st_w, int out_w) {
#ifdef __linux__
  prctl(PR_SET_PDEATHSIG, SIGKILL); /* do not outlive the parent */
#endif
  int null = open("/dev/null", O_RDONLY);
  if (null >= 0) {
    dup2(null, STDIN_FILENO);
    close(null);
  }
  dup2(out_w, STDOUT_FILENO);
  close(out_w);
  setvbuf(stdout, NULL, _IONBF, 0);
  char *product = NULL;
  size_t len = 0;
  mkba_diag d = {0};
  int rc = fn(arg, &product, &len, &d);
  mkba_watch_phase(MKBA_PHASE_DONE, 0);
  if (!rc && product)
    write_all(res_w, product, len);
  close(res_w);
  char head[16];
  int code = rc ? (d.code ? d.code : MKBA_EXIT_RUN) : 0;
  snprintf(head, sizeof head, "%d\n", code);
  write_all(st_w, head, strlen(head));
  if (rc)
    write_all(st_w, d.msg, strlen(d.msg));
  close(st_w);
  free(product);
  exit(0); /* atexit handlers run, as they would without a supervisor */
}

/*
 * Who was running, into who: the plugins in whose code a thread is, else
 * the last to run; and where, into where: the Monte Carlo draw, or "".
 */
static void culprit(const mkba_watch *w, char *buf, size_t len, char *where, size_t wlen) {
  size_t used = 0;
  int seen[MKBA_MAX_INTERVENTIONS] = {0}, any = 0;
  long long draw = -1;
  buf[0] = '\0';
  for (int s = 0; s < MKBA_WATCH_SLOTS; s++) {
    int k = w->slot[s].in_plugin;
    if (k < 0 || k >= MKBA_MAX_INTERVENTIONS)
      continue;
    if (w->slot[s].draw >= 0 && (draw < 0 || w->slot[s].draw < draw))
      draw = w->slot[s].draw;
    if (seen[k]++)
      continue;
    used += (size_t)snprintf(buf + used, len > used ? len - used : 0,
                             "%splugin \"%s\" (interventions[%d])", any ? " and " : "",
                             w->plugin[k], k);
    any = 1;
  }
  if (!any && w->phase == MKBA_PHASE_LOAD && w->loading[0])
    used += (size_t)snprintf(buf, len, "plugin \"%s\", while it was being loaded", w->loading);
  else if (!any && w->last >= 0 && w->last < MKBA_MAX_INTERVENTIONS)
    used += (size_t)snprintf(buf, len, "plugin \"%s\" (interventions[%d], the last to run)",
                             w->plugin[w->last], w->last);
  else if (!any)
    used += (size_t)snprintf(buf, len, "no plugin code was running");
  (void)used;
  where[0] = '\0';
  if (draw >= 0)
    snprintf(where, wlen,
             ", in Monte Carlo draw %lld (seed %llu; to repeat it alone: --draws %lld --seed "
             "%llu --threads 1)",
             draw + 1, w->seed, draw + 1, w->seed);
}

static int in_process(mkba_work_fn fn, void *arg, char **out, size_t *len, mkba_diag *d) {
  *out = NULL;
  *len = 0;
  int rc = fn(arg, out, len, d);
  if (!rc && !*out && !(*out = calloc(1, 1))) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  return rc;
}

int mkba_supervise(const mkba_limits *lim, mkba_work_fn fn, void *arg, char **out, size_t *len,
                   mkba_diag *d) {
  const char *off = getenv("MKBA_NO_SUPERVISOR");
  if (off && *off && strcmp(off, "0"))
    return in_process(fn, arg, out, len, d);
  *out = NULL;
  *len = 0;
  mkba_watch *w = mkba_watch_create();
  int res[2] = {-1, -1}, st[2] = {-1, -1}, so[2] = {-1, -1};
  if (!w || pipe2(res, O_CLOEXEC) || pipe2(st, O_CLOEXEC) || pipe2(so, O_CLOEXEC)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "cannot start the computation: %s", strerror(errno));
    return -1;
  }
  fflush(NULL); /* nothing buffered is written twice */
  pid_t pid = fork();
  if (pid < 0) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "cannot start the computation: %s", strerror(errno));
    return -1;
  }
  if (pid == 0) {
    close(res[0]);
    close(st[0]);
    close(so[0]);
    mkba_watch_area = w;
    child(fn, arg, res[1], st[1], so[1]);
  }
  close(res[1]);
  close(st[1]);
  close(so[1]);
  growbuf product = {0}, status = {0}, stray = {0};
  struct pollfd fds[3] = {{res[0], POLLIN, 0}, {st[0], POLLIN, 0}, {so[0], POLLIN, 0}};
  growbuf *into[MKBA_COUNT(fds)] = {&product, &status, &stray};
  int open_fds = (int)MKBA_COUNT(fds), alive = 1, wstatus = 0, killed = 0;
  char why[1024] = "";
  double t0 = now(), ended = 0;
  while (open_fds > 0 || alive) {
    int n = poll(fds, MKBA_COUNT(fds), POLL_MS);
    if (n < 0 && errno != EINTR)
      break;
    for (size_t i = 0; i < MKBA_COUNT(fds); i++) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
        continue;
      char chunk[65536];
      ssize_t r = read(fds[i].fd, chunk, sizeof chunk);
      if (r > 0) {
        if (buf_add(into[i], chunk, (size_t)r) && !killed) {
          snprintf(why, sizeof why, "out of memory reading the results");
          kill(pid, SIGKILL);
          killed = 1;
        }
      } else if (r == 0 || (errno != EINTR && errno != EAGAIN)) {
        close(fds[i].fd);
        fds[i].fd = -1;
        open_fds--;
      }
    }
    if (stray.n && !killed) {
      char who[600], where[200];
      culprit(w, who, sizeof who, where, sizeof where);
      snprintf(why, sizeof why,
               "%s wrote to standard output%s, which carries mkba's results; plugins must not "
               "do input or output",
               who, where);
      kill(pid, SIGKILL);
      killed = 1;
    }
    if (alive && waitpid(pid, &wstatus, WNOHANG) == pid) {
      alive = 0;
      ended = now();
    }
    if (alive && !killed && lim->timeout > 0 && now() - t0 > lim->timeout) {
      char who[600], where[200];
      culprit(w, who, sizeof who, where, sizeof where);
      snprintf(why, sizeof why,
               "the run took longer than its time limit of %g seconds (--timeout) and was "
               "stopped; %s was running%s",
               lim->timeout, who, where);
      kill(pid, SIGKILL);
      killed = 1;
    }
    if (alive && !killed && lim->max_memory > 0 && resident(pid) > lim->max_memory) {
      char who[600], where[200];
      culprit(w, who, sizeof who, where, sizeof where);
      snprintf(why, sizeof why,
               "the run used more than its memory limit of %zu MB (--max-memory) and was "
               "stopped; %s was running%s",
               lim->max_memory >> 20, who, where);
      kill(pid, SIGKILL);
      killed = 1;
    }
    /* A grandchild may hold a pipe open after the child ended: stop waiting. */
    if (!alive && open_fds > 0 && now() - ended > 1.0)
      break;
  }
  for (size_t i = 0; i < MKBA_COUNT(fds); i++)
    if (fds[i].fd >= 0)
      close(fds[i].fd);
  if (alive)
    waitpid(pid, &wstatus, 0);
  int rc = -1;
  char who[600], where[200];
  if (why[0]) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s; nothing was written", why);
  } else if (WIFSIGNALED(wstatus)) {
    culprit(w, who, sizeof who, where, sizeof where);
    mkba_diag_set(d, MKBA_EXIT_RUN, "%s crashed: %s (signal %d)%s; nothing was written", who,
                  strsignal(WTERMSIG(wstatus)), WTERMSIG(wstatus), where);
  } else if (status.n == 0) {
    culprit(w, who, sizeof who, where, sizeof where);
    mkba_diag_set(d, MKBA_EXIT_RUN,
                  "%s ended the computation (exit status %d) instead of returning%s; nothing "
                  "was written",
                  who, WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1, where);
  } else {
    char *nl = strchr(status.p, '\n');
    int code = atoi(status.p);
    if (code) {
      mkba_diag_set(d, code, "%s", nl ? nl + 1 : "the computation failed");
    } else if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
      mkba_diag_set(d, MKBA_EXIT_RUN,
                    "the computation ended with exit status %d after its results (a plugin's "
                    "exit handler, or a leak found by a sanitizer); nothing was written",
                    WEXITSTATUS(wstatus));
    } else {
      rc = 0;
    }
  }
  free(status.p);
  free(stray.p);
  munmap(w, sizeof *w);
  if (rc) {
    free(product.p);
    return -1;
  }
  if (!product.p && !(product.p = calloc(1, 1))) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    return -1;
  }
  *out = product.p;
  *len = product.n;
  return 0;
}
