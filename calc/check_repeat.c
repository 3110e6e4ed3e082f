/* check_repeat.c - check-plugin: the same inputs again: determinism and threads; see
 * check_stages.h. */
#include "check_stages.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "watch.h"

#define A MKBA_N_ACTORS

/* ---- stage 3: determinism ---------------------------------------------------- */

/* Stage 3: the same inputs twice, in a new ledger and in a reused one. */
int mkba_check_stage_determinism(const mkba_check_job *j, json_t *doc, mkba_diag *d) {
  mkba_run *run = NULL;
  mkba_diag why = {0};
  mkba_check_capture cap;
  char head[8];
  int have = mkba_check_capture_begin(&cap) == 0;
  int rc = mkba_check_prepare(j, &run, &why);
  mkba_ctx *x = rc ? NULL : mkba_check_new_ledger(run), *y = rc ? NULL : mkba_check_new_ledger(run);
  char diff[1024] = "";
  int differs = 0;
  if (!rc && (!x || !y)) {
    mkba_diag_set(d, MKBA_EXIT_RUN, "out of memory");
    rc = -2;
  }
  if (!rc) {
    const mkba_instance *iv = run->iv[0];
    rc = mkba_instance_run(iv, x, iv->base, &why) || mkba_instance_run(iv, y, iv->base, &why);
    differs = !rc && mkba_check_ledger_diff(x, y, diff, sizeof diff);
    /* Once more in the first ledger: nothing may stay behind in it either. */
    if (!rc && !differs) {
      rc = mkba_instance_run(iv, x, iv->base, &why);
      differs = !rc && mkba_check_ledger_diff(y, x, diff, sizeof diff);
    }
  }
  if (have)
    mkba_check_capture_end(&cap, head, sizeof head);
  if (rc == -2) {
    mkba_ctx_free(x);
    mkba_ctx_free(y);
    mkba_run_free(run);
    return -1;
  }
  if (rc)
    mkba_check_verdict(doc, MKBA_CHECK_DETERMINISM, "fail",
                       "compute() must give the same result for the same inputs",
                       "a repeated compute failed: %s", why.msg);
  else if (differs)
    mkba_check_verdict(
        doc, MKBA_CHECK_DETERMINISM, "fail",
        "compute() must depend only on its parameters and model: no static or global "
        "variables, no clock, no random numbers (the host draws them)",
        "the same inputs gave another ledger: %s", diff);
  else
    mkba_check_verdict(
        doc, MKBA_CHECK_DETERMINISM, "pass", NULL,
        "the same inputs gave the same ledger, bit for bit, three times (in a new ledger "
        "and in a reused one)");
  mkba_ctx_free(x);
  mkba_ctx_free(y);
  mkba_run_free(run);
  return 0;
}

/* ---- stage 4: threads ---------------------------------------------------- */

/* The start signal of the threads stage: workers wait until every one exists. */
typedef struct start_gate {
  pthread_mutex_t lock;
  pthread_cond_t cond;
  int open; /* 1: go */
} start_gate;

/* One worker of the threads stage. */
typedef struct worker {
  const mkba_run *run; /* borrowed */
  const mkba_ctx *ref; /* the ledger of one thread alone (borrowed) */
  int slot;            /* its watch slot */
  int repeats;         /* computes to do */
  start_gate *gate;    /* all start together (borrowed) */
  int failed;          /* 1: a compute failed; 2: a ledger differed */
  char why[1024];      /* what went wrong */
} worker;

/* Compute `repeats` times in a ledger of its own, comparing each with the reference. */
static void *work(void *arg) {
  worker *w = arg;
  mkba_watch_slot = w->slot;
  const mkba_instance *iv = w->run->iv[0];
  mkba_ctx *c = mkba_check_new_ledger(w->run);
  pthread_mutex_lock(&w->gate->lock);
  while (!w->gate->open)
    pthread_cond_wait(&w->gate->cond, &w->gate->lock);
  pthread_mutex_unlock(&w->gate->lock);
  for (int r = 0; c && r < w->repeats && !w->failed; r++) {
    mkba_diag d = {0};
    if (mkba_instance_run(iv, c, iv->base, &d)) {
      w->failed = 1;
      snprintf(w->why, sizeof w->why, "%s", d.msg);
    } else if (mkba_check_ledger_diff(w->ref, c, w->why, sizeof w->why)) {
      w->failed = 2;
    }
  }
  if (!c) {
    w->failed = 1;
    snprintf(w->why, sizeof w->why, "out of memory");
  }
  mkba_ctx_free(c);
  return NULL;
}

/* Stage 4: several threads at once, each with its own ledger. */
int mkba_check_stage_threads(const mkba_check_job *j, json_t *doc, mkba_diag *d) {
  mkba_run *run = NULL;
  mkba_diag why = {0};
  mkba_check_capture cap;
  char head[8];
  int have = mkba_check_capture_begin(&cap) == 0;
  int n = j->threads > 0 ? j->threads : 4, repeats = j->repeats > 0 ? j->repeats : 16;
  if (n > MKBA_WATCH_SLOTS - 1)
    n = MKBA_WATCH_SLOTS - 1;
  int rc = mkba_check_prepare(j, &run, &why);
  mkba_ctx *ref = rc ? NULL : mkba_check_new_ledger(run);
  if (!rc && ref)
    rc = mkba_instance_run(run->iv[0], ref, run->iv[0]->base, &why);
  worker *ws = calloc((size_t)n, sizeof *ws);
  pthread_t *th = calloc((size_t)n, sizeof *th);
  int started = 0, bad = -1;
  start_gate gate = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0};
  if (!rc && ref && ws && th) {
    for (int i = 0; i < n; i++) {
      ws[i] = (worker){run, ref, 1 + i, repeats, &gate, 0, ""};
      if (pthread_create(&th[i], NULL, work, &ws[i]) != 0)
        break;
      started++;
    }
    pthread_mutex_lock(&gate.lock);
    gate.open = 1;
    pthread_cond_broadcast(&gate.cond);
    pthread_mutex_unlock(&gate.lock);
    for (int i = 0; i < started; i++)
      pthread_join(th[i], NULL);
    for (int i = 0; i < started && bad < 0; i++)
      if (ws[i].failed)
        bad = i;
  }
  if (have)
    mkba_check_capture_end(&cap, head, sizeof head);
  int ran = !rc && ref && ws && th && started == n;
  if (rc)
    mkba_check_verdict(doc, MKBA_CHECK_THREADS, "fail", "compute() must succeed for the defaults",
                       "compute failed: %s", why.msg);
  else if (ran && bad >= 0)
    mkba_check_verdict(
        doc, MKBA_CHECK_THREADS, "fail",
        "compute() runs in several threads at once, each with its own ctx: keep no state in "
        "static or global variables; take working memory from host->scratch()",
        "%d threads computing %d times each at once: %s%s", n, repeats,
        ws[bad].failed == 2 ? "a thread got another ledger than one thread alone: " : "",
        ws[bad].why);
  else if (ran)
    mkba_check_verdict(
        doc, MKBA_CHECK_THREADS, "pass", NULL,
        "%d threads computing %d times each at once, each with its own ledger, gave the "
        "ledger of one thread alone every time",
        n, repeats);
  else
    mkba_diag_set(d, MKBA_EXIT_RUN, "cannot start %d threads (out of memory or threads)", n);
  mkba_ctx_free(ref);
  free(ws);
  free(th);
  mkba_run_free(run);
  return ran || rc ? 0 : -1;
}
