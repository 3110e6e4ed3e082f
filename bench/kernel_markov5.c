/*
 * kernel_markov5.c - the benchmark model of bench/markov5.json (and, with
 * --qaly, bench/markov5_qaly.json) written by hand in C: the limit mkba's
 * general plugin machinery is compared against (bench/run).
 *
 * The model, exactly as the markov plugin and mkba's Monte Carlo compute it:
 * - five states straat, opvang, woning, zorg, overleden; a cohort of
 *   N(200, 20) people, 40% straat and 60% opvang at the start, truncated to
 *   the parameter's range [0, 1e9] by rejection as calc/sampler.c draw()
 *   does;
 * - fixed baseline transitions; intervention transitions with
 *   opvang -> woning ~ Beta(50, 50), truncated to [0, 1 - 0.05 - 0.01] (the
 *   range markov gives an uncertain entry of a row with "rest"), the row's
 *   "rest" on the diagonal computed as 1 - the sum of the row's other
 *   entries in their JSON order, per draw;
 * - counting "beginning" (markov's default): year t counts the occupancy
 *   o(t) at its start, o(0) the start shares times the cohort;
 * - state costs, savings (baseline minus intervention occupancy) x amount:
 *   opvang ~ Gamma(shape 100, scale 232.36) for the gemeente, straat 6,000
 *   zorgverzekeraar and 4,000 rijk, zorg 30,000 zorgverzekeraar, woning -500
 *   woningcorporatie; programme cost 12,000 per intervention person-year in
 *   woning for the gemeente;
 * - with --qaly, utilities straat 0.70, opvang 0.72, woning ~ Beta(144, 56)
 *   (range [-1, 1]), zorg 0.68, overleden 0: the deelnemer's benefit per
 *   year is (QALYs intervention - QALYs baseline) x the value of a QALY
 *   (the value bank's, re-indexed to the scenario's price year; --qaly-value);
 * - discounting at 2.25% from the base year, which is the start year: year
 *   index t is discounted by 1.0225^-t;
 * - outputs as mkba's "uncertainty": per-draw NPV of society (the sum of the
 *   six actors; there are no transfers) and of each actor, P(NPV > 0), mean,
 *   sd, P5/P50/P95 (numpy's linear quantiles), 101 quantiles and a 40-bin
 *   histogram between the smallest and largest NPV.
 *
 * Speed: draws come in blocks of 256 with one random stream per block
 * (xoshiro256++, seeded from the seed and the block number as mkba seeds its
 * blocks), so results do not depend on the thread count.  A block's
 * parameters are drawn into arrays, then the cohorts of the block's draws
 * (64 at a time, to stay in the first-level cache) are propagated year by
 * year with the draws as the inner loop: plain loops over arrays that the
 * compiler vectorises (check with -fopt-info-vec).  The
 * overleden state carries no cost or utility and is not propagated.
 * Threads (pthreads) take blocks from an atomic counter.  The summaries of
 * the seven arrays of draws are made in parallel: society's is sorted (an
 * LSD radix sort, as mkba does) for its 101 quantiles; an actor's three
 * quantiles come from selection, without a sort.
 *
 *   kernel_markov5 [--qaly] [--draws N] [--seed S] [--threads T]
 *                  [--qaly-value EUR] [--base] [--json]
 *
 * --base gives every draw the parameters' base values (the distributions'
 * means, as mkba's deterministic run takes them): its NPVs must equal the
 * "summary" and "actors" NPVs of `mkba run --json` to rounding, which
 * bench/run checks.
 * Prints one line like bench/markov5_numpy.py, or with --json the summary
 * as mkba's results document has it under "uncertainty".  Exit codes: 0 ok,
 * 1 run failure, 2 bad usage.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define LANES 256 /* draws per block and per random stream, as mkba's MKBA_MC_BLOCK */
#define H 20      /* horizon_years */
#define RATE 0.0225
#define N_ACTORS 6
#define HIST_BINS 40
#define MAX_REJECTS 10000 /* as calc/sampler.c */
#define MAX_THREADS 64

/* The value bank's QALY value (50,000 euros of 2013) re-indexed to 2024, as mkba reports it. */
#define DEFAULT_QALY_VALUE 66155.63001868229

static const char *const actor_id[N_ACTORS] = {
    "gemeente", "zorgverzekeraar", "rijk", "woningcorporatie", "deelnemer", "samenleving"};

/* Fixed transition probabilities; each "rest" is 1 - the row's others in JSON order. */
/* Baseline. */
#define B_SO 0.30 /* straat -> opvang */
#define B_SW 0.05
#define B_SZ 0.05
#define B_SS (1 - (0.30 + 0.05 + 0.05 + 0.02))
#define B_OS 0.20 /* opvang -> straat */
#define B_OW 0.15
#define B_OZ 0.05
#define B_OO (1 - (0.20 + 0.15 + 0.05 + 0.01))
#define B_WS 0.10 /* woning -> straat */
#define B_WZ 0.02
#define B_WW (1 - (0.10 + 0.02 + 0.01))
#define B_ZW 0.10 /* zorg -> woning */
#define B_ZZ (1 - (0.10 + 0.03))
/* Intervention; opvang -> woning is the uncertain p. */
#define I_SW 0.55
#define I_SO 0.10
#define I_SZ 0.05
#define I_SS (1 - (0.55 + 0.10 + 0.05 + 0.01))
#define I_OZ 0.05
#define I_OD 0.01
#define I_WS 0.03
#define I_WZ 0.02
#define I_WW (1 - (0.03 + 0.02 + 0.01))
#define I_ZW 0.15
#define I_ZZ (1 - (0.15 + 0.03))
/* The uncertain entry's range: [0, 1 - the row's other entries]. */
#define P_MAX (1 - (I_OZ + I_OD))

/* Utilities of --qaly (overleden 0); woning is drawn. */
#define U_STRAAT 0.70
#define U_OPVANG 0.72
#define U_ZORG 0.68

/* One random stream: xoshiro256++ (Blackman and Vigna). */
typedef struct rng {
  uint64_t s[4]; /* state; never all zero */
  double spare;  /* the second normal of a polar pair */
  int has_spare; /* 1 when spare holds an unused normal */
} rng;

/* SplitMix64's finaliser: the same mixing mkba uses to seed a block's stream. */
static uint64_t mix(uint64_t x /* any 64 bits */) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

/* Seed stream r for block b of seed `seed`: four SplitMix64 outputs. */
static void rng_seed(rng *r /* the stream to set */, uint64_t seed /* the run's seed */,
                     uint64_t b /* block number */) {
  uint64_t x = mix(mix(seed) ^ b);
  for (int k = 0; k < 4; k++) {
    x += 0x9E3779B97F4A7C15ull;
    r->s[k] = mix(x);
  }
  r->has_spare = 0;
}

/* Rotate x left by k bits (0 < k < 64). */
static inline uint64_t rotl(uint64_t x /* value */, int k /* bits */) {
  return (x << k) | (x >> (64 - k));
}

/* The next 64 random bits of stream r. */
static inline uint64_t next64(rng *r /* stream, advanced */) {
  uint64_t *s = r->s;
  uint64_t out = rotl(s[0] + s[3], 23) + s[0], t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return out;
}

/* A uniform double in (0, 1), never 0 (log() of it is finite). */
static inline double uniform(rng *r /* stream, advanced */) {
  return ((double)(next64(r) >> 11) + 0.5) * 0x1.0p-53;
}

/* A standard normal: Marsaglia's polar method, keeping the pair's second value. */
static inline double normal(rng *r /* stream, advanced */) {
  if (r->has_spare) {
    r->has_spare = 0;
    return r->spare;
  }
  double u, v, q;
  do {
    u = 2 * uniform(r) - 1;
    v = 2 * uniform(r) - 1;
    q = u * u + v * v;
  } while (q >= 1 || q == 0);
  double f = sqrt(-2 * log(q) / q);
  r->spare = v * f;
  r->has_spare = 1;
  return u * f;
}

/* Gamma(shape a >= 1, scale 1): Marsaglia and Tsang's method (as GSL's gsl_ran_gamma). */
static inline double gamma1(rng *r /* stream, advanced */, double a /* shape, >= 1 */) {
  double d = a - 1.0 / 3, c = 1 / sqrt(9 * d);
  for (;;) {
    double x, v;
    do {
      x = normal(r);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    double u = uniform(r), x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || log(u) < 0.5 * x2 + d * (1 - v + log(v)))
      return d * v;
  }
}

/* Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b); a, b >= 1. */
static inline double beta(rng *r /* stream, advanced */, double a /* alpha */,
                          double b /* beta */) {
  double x = gamma1(r, a), y = gamma1(r, b);
  return x / (x + y);
}

/* The distributions of the model's uncertain parameters. */
enum { P_COHORT, P_TRANSITION, P_COST, P_UTILITY, N_PARAMS };
static const char *const param_id[N_PARAMS] = {"cohort", "transitions.intervention.opvang.woning",
                                               "state_costs[0].amount", "utilities.woning"};
/* Each parameter's range, as markov's config_param gives it. */
static const double param_min[N_PARAMS] = {0, 0, -1e9, -1};
static const double param_max[N_PARAMS] = {1e9, P_MAX, 1e9, 1};

/* One untruncated draw of parameter k. */
static inline double sample(rng *r /* stream, advanced */, int k /* P_* */) {
  switch (k) {
  case P_COHORT:
    return 200 + 20 * normal(r);
  case P_TRANSITION:
    return beta(r, 50, 50);
  case P_COST:
    return 232.36 * gamma1(r, 100);
  default:
    return beta(r, 144, 56);
  }
}

/* Each parameter's base value, as mkba reports it: the distribution's mean. */
static const double param_base[N_PARAMS] = {200, 0.5, 100 * 232.36, 144.0 / (144 + 56)};

/* Parameter k truncated to its range by rejection; 0, or -1 when it almost never fits. */
static int draw(rng *r /* stream, advanced */, int k /* P_* */, double *out /* the value */) {
  for (int tries = 0; tries < MAX_REJECTS; tries++) {
    double x = sample(r, k);
    if (x >= param_min[k] && x <= param_max[k]) {
      *out = x;
      return 0;
    }
  }
  return -1;
}

/* The whole run: options, the draws, the work queue. */
typedef struct run {
  long draws;           /* number of draws */
  uint64_t seed;        /* seed of the streams */
  int qaly;             /* 1: the model with utilities (markov5_qaly.json) */
  int base;             /* 1: every draw takes the base values (the deterministic check) */
  double qaly_value;    /* euros per QALY */
  double df[H];         /* discount factor of each year index */
  double *npv;          /* [draws] society's NPV per draw; owned */
  double *actor;        /* [N_ACTORS * draws] each actor's NPV per draw; owned */
  long n_blocks;        /* blocks of LANES draws */
  atomic_long next;     /* the next block to take */
  atomic_int failed;    /* 1 after a parameter could not be drawn */
  char err[256];        /* the failure, for the message */
  pthread_mutex_t lock; /* guards err */
} run;

/* One block's parameters and cohort state; draws are the inner index. */
typedef struct block {
  double cohort[LANES], p[LANES], cost[LANES], util[LANES];
  double dsum[4][LANES]; /* sum_t df(t) (baseline - intervention occupancy), straat..zorg */
  double wsum[LANES];    /* sum_t df(t) oi(woning): the programme's person-years */
} block;

/*
 * Draw the parameters of lanes 0..n-1 of block b from its own stream, in
 * draw order and, within a draw, in the plugin's parameter order.  Lanes
 * n..LANES-1 (the last, partial block) get harmless values.  0, or -1 with
 * run->err set.
 */
static int draw_block(run *R /* the run; err set on failure */, block *B /* filled */,
                      long b /* block number */, int n /* draws in this block */) {
  rng r;
  rng_seed(&r, R->seed, (uint64_t)b);
  for (int i = 0; i < LANES; i++) {
    double *out[N_PARAMS] = {&B->cohort[i], &B->p[i], &B->cost[i], &B->util[i]};
    if (i >= n) {
      B->cohort[i] = B->p[i] = B->cost[i] = B->util[i] = 0;
      continue;
    }
    for (int k = 0; k < (R->qaly ? N_PARAMS : P_UTILITY); k++)
      if (R->base)
        *out[k] = param_base[k];
      else if (draw(&r, k, out[k])) {
        pthread_mutex_lock(&R->lock);
        snprintf(R->err, sizeof R->err,
                 "draw %ld: parameter \"%s\": its distribution almost never falls within its "
                 "range [%g, %g]",
                 b * LANES + i + 1, param_id[k], param_min[k], param_max[k]);
        pthread_mutex_unlock(&R->lock);
        return -1;
      }
    if (!R->qaly)
      B->util[i] = 0;
  }
  return 0;
}

/*
 * Propagate both arms of the block's 256 cohorts over the horizon and keep
 * the discounted occupancy sums the NPVs are made of.  The lanes go in
 * chunks of CHUNK whose state stays in the first-level cache; every inner
 * loop runs over a chunk's lanes, and the compiler vectorises it.
 */
static void propagate(const run *R /* discount factors */, block *B /* lanes in, sums out */) {
  enum { CHUNK = 64 };
  for (int c0 = 0; c0 < LANES; c0 += CHUNK) {
    /* Occupancy straat..zorg of the baseline and the intervention, sums, p, p's "rest". */
    double ob[4][CHUNK], oi[4][CHUNK], ds[4][CHUNK], ws[CHUNK], pp[CHUNK], st[CHUNK];
    for (int i = 0; i < CHUNK; i++) {
      double c = B->cohort[c0 + i];
      ob[0][i] = oi[0][i] = c * 0.4;
      ob[1][i] = oi[1][i] = c * 0.6;
      ob[2][i] = oi[2][i] = 0;
      ob[3][i] = oi[3][i] = 0;
      ds[0][i] = ds[1][i] = ds[2][i] = ds[3][i] = ws[i] = 0;
      pp[i] = B->p[c0 + i];
      st[i] = 1 - ((pp[i] + I_OZ) + I_OD); /* the row's "rest", summed in JSON order */
    }
    for (int t = 0; t < H; t++) {
      const double d = R->df[t];
      for (int i = 0; i < CHUNK; i++) {
        double bs = ob[0][i], bo = ob[1][i], bw = ob[2][i], bz = ob[3][i];
        double is = oi[0][i], io = oi[1][i], iw = oi[2][i], iz = oi[3][i];
        /* Counting "beginning": year t counts o(t). */
        ds[0][i] += d * (bs - is);
        ds[1][i] += d * (bo - io);
        ds[2][i] += d * (bw - iw);
        ds[3][i] += d * (bz - iz);
        ws[i] += d * iw;
        /* o(t + 1) = o(t) P: the nonzero entries of the columns straat..zorg. */
        ob[0][i] = bs * B_SS + bo * B_OS + bw * B_WS;
        ob[1][i] = bs * B_SO + bo * B_OO;
        ob[2][i] = bs * B_SW + bo * B_OW + bw * B_WW + bz * B_ZW;
        ob[3][i] = bs * B_SZ + bo * B_OZ + bw * B_WZ + bz * B_ZZ;
        oi[0][i] = is * I_SS + iw * I_WS;
        oi[1][i] = is * I_SO + io * st[i];
        oi[2][i] = is * I_SW + io * pp[i] + iw * I_WW + iz * I_ZW;
        oi[3][i] = is * I_SZ + io * I_OZ + iw * I_WZ + iz * I_ZZ;
      }
    }
    for (int i = 0; i < CHUNK; i++) {
      for (int k = 0; k < 4; k++)
        B->dsum[k][c0 + i] = ds[k][i];
      B->wsum[c0 + i] = ws[i];
    }
  }
}

/* Book lanes 0..n-1 of block b into the run's per-draw NPVs. */
static void book(run *R /* npv and actor arrays, written */, const block *B /* sums */,
                 long b /* block number */, int n /* draws in this block */) {
  size_t first = (size_t)b * LANES, N = (size_t)R->draws;
  double *restrict gem = R->actor + first, *restrict zv = gem + N, *restrict rijk = zv + N,
                   *restrict wc = rijk + N, *restrict dln = wc + N, *restrict sam = dln + N,
                   *restrict npv = R->npv + first;
  const double v = R->qaly ? R->qaly_value : 0; /* markov5.json has no utilities */
  for (int i = 0; i < n; i++) {
    const double ds = B->dsum[0][i], dop = B->dsum[1][i], dw = B->dsum[2][i], dz = B->dsum[3][i];
    /* A state cost is a saving (baseline - intervention) x amount; the programme a cost. */
    gem[i] = dop * B->cost[i] - B->wsum[i] * 12000;
    zv[i] = ds * 6000 + dz * 30000;
    rijk[i] = ds * 4000;
    wc[i] = dw * -500;
    /* QALYs of the intervention minus the baseline's: minus the avoided utility. */
    dln[i] = -(ds * U_STRAAT + dop * U_OPVANG + dw * B->util[i] + dz * U_ZORG) * v;
    sam[i] = 0;
    npv[i] = ((((gem[i] + zv[i]) + rijk[i]) + wc[i]) + dln[i]) + sam[i];
  }
}

/* A worker thread: takes blocks until none is left or a draw failed. */
static void *worker(void *arg /* the run */) {
  run *R = arg;
  block *B = aligned_alloc(64, (sizeof(block) + 63) / 64 * 64);
  if (!B) {
    pthread_mutex_lock(&R->lock);
    snprintf(R->err, sizeof R->err, "out of memory");
    pthread_mutex_unlock(&R->lock);
    atomic_store(&R->failed, 1);
    return NULL;
  }
  for (;;) {
    long b = atomic_fetch_add(&R->next, 1);
    if (b >= R->n_blocks || atomic_load(&R->failed))
      break;
    long left = R->draws - b * LANES;
    int n = left < LANES ? (int)left : LANES;
    if (draw_block(R, B, b, n)) {
      atomic_store(&R->failed, 1);
      break;
    }
    propagate(R, B);
    book(R, B, b, n);
  }
  free(B);
  return NULL;
}

/* A double's bits as an unsigned key that sorts in the same order (finite x). */
static inline uint64_t sort_key(double x /* finite */) {
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return (u >> 63) ? ~u : u | 0x8000000000000000ull;
}

/* Sort x[0..n-1] ascending: LSD radix sort on 16-bit digits; tmp holds n doubles. 0 or -1. */
static int sort_doubles(double *x /* sorted in place */, double *tmp /* scratch */,
                        long n /* length */) {
  size_t *count = malloc(sizeof(size_t) << 16);
  if (!count)
    return -1;
  double *src = x, *dst = tmp;
  for (int shift = 0; shift < 64; shift += 16) {
    memset(count, 0, sizeof(size_t) << 16);
    for (long i = 0; i < n; i++)
      count[(sort_key(src[i]) >> shift) & 0xffff]++;
    if (count[(sort_key(src[0]) >> shift) & 0xffff] == (size_t)n)
      continue; /* every key has this digit: the pass would copy src as it is */
    size_t sum = 0;
    for (int k = 0; k < 1 << 16; k++) {
      size_t c = count[k];
      count[k] = sum;
      sum += c;
    }
    for (long i = 0; i < n; i++)
      dst[count[(sort_key(src[i]) >> shift) & 0xffff]++] = src[i];
    double *t = src;
    src = dst;
    dst = t;
  }
  if (src != x)
    memcpy(x, src, (size_t)n * sizeof *x);
  free(count);
  return 0;
}

/* Quantile q of sorted x[0..n-1], linear between order statistics (numpy's default). */
static double quantile(const double *x /* sorted */, long n /* length */, double q /* 0..1 */) {
  double h = (double)(n - 1) * q;
  long lo = (long)floor(h);
  if (lo >= n - 1)
    return x[n - 1];
  return x[lo] + (h - (double)lo) * (x[lo + 1] - x[lo]);
}

/*
 * Rearrange x[lo..hi] so that x[k] is the value of rank k there, smaller or
 * equal values before it and larger or equal after (Hoare's quickselect,
 * median-of-three pivot): expected O(n), where a sort is O(n log n) or, as
 * the radix sort, eight passes over memory.
 */
static void select_rank(double *x /* permuted */, long lo /* first index */,
                        long hi /* last index, inclusive */, long k /* lo <= k <= hi */) {
  while (hi > lo) {
    double a = x[lo], b = x[lo + (hi - lo) / 2], c = x[hi];
    double pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
    long i = lo, j = hi;
    while (i <= j) {
      while (x[i] < pivot)
        i++;
      while (x[j] > pivot)
        j--;
      if (i <= j) {
        double t = x[i];
        x[i++] = x[j];
        x[j--] = t;
      }
    }
    if (k <= j)
      hi = j;
    else if (k >= i)
      lo = i;
    else
      return; /* x[j+1..i-1] all equal the pivot */
  }
}

/*
 * Quantiles q[0] <= q[1] <= ... (numpy's linear rule) of x[0..n-1] without
 * sorting it: each needs the order statistics of ranks floor(h) and
 * floor(h) + 1, found by selection in what lies above the previous one.
 */
static void select_quantiles(double *x /* permuted */, long n /* length, >= 2 */,
                             const double *q /* ascending, in [0, 1] */, int m /* how many */,
                             double *out /* [m] the quantiles */) {
  long from = 0, done = -1; /* x[0..done] hold their ranks; x[from..] is unordered */
  for (int k = 0; k < m; k++) {
    double h = (double)(n - 1) * q[k];
    long lo = (long)floor(h);
    if (lo > done) {
      select_rank(x, from, n - 1, lo);
      done = lo;
      from = lo + 1;
    }
    if (lo >= n - 1) {
      out[k] = x[n - 1];
      continue;
    }
    double next = x[lo + 1];
    if (lo + 1 > done) /* the smallest value above rank lo */
      for (long i = lo + 2; i < n; i++)
        next = x[i] < next ? x[i] : next;
    out[k] = x[lo] + (h - (double)lo) * (next - x[lo]);
  }
}

/* The summaries of the seven arrays of draws, computed by several threads. */
typedef struct stats_jobs {
  double *x[1 + N_ACTORS];     /* society, then the actors; sorted in place */
  double out[1 + N_ACTORS][6]; /* P(>0), mean, p05, p50, p95, sd */
  long n;                      /* draws */
  atomic_int next;             /* next array to summarise */
  atomic_int failed;           /* 1 when out of memory */
} stats_jobs;

/* A stats thread: summarise arrays until none is left. */
static void *stats_worker(void *arg /* the jobs */) {
  stats_jobs *J = arg;
  double *tmp = NULL; /* the radix sort's buffer, for society's array only */
  for (int j; (j = atomic_fetch_add(&J->next, 1)) < 1 + N_ACTORS;) {
    double *x = J->x[j], sum = 0, ss = 0;
    long pos = 0, n = J->n;
    for (long i = 0; i < n; i++) {
      pos += x[i] > 0;
      sum += x[i];
    }
    double mean = sum / (double)n;
    for (long i = 0; i < n; i++)
      ss += (x[i] - mean) * (x[i] - mean);
    double *o = J->out[j];
    static const double q[3] = {0.05, 0.50, 0.95};
    if (j > 0) { /* an actor: three quantiles, by selection */
      select_quantiles(x, n, q, 3, o + 2);
    } else if (!(tmp = malloc((size_t)n * sizeof *tmp)) || sort_doubles(x, tmp, n)) {
      atomic_store(&J->failed, 1); /* society is sorted: 101 quantiles and the histogram */
      break;
    } else {
      for (int k = 0; k < 3; k++)
        o[2 + k] = quantile(x, n, q[k]);
    }
    o[0] = (double)pos / (double)n;
    o[1] = mean;
    o[5] = sqrt(ss / (double)(n - 1));
  }
  free(tmp);
  return NULL;
}

/* Print the six statistics s as JSON members (mkba's key names). */
static void print_stats(const double s[6] /* P(>0), mean, p05, p50, p95, sd */) {
  printf("\"p_npv_positive\": %.17g, \"npv_mean\": %.17g, \"npv_p05\": %.17g, "
         "\"npv_p50\": %.17g, \"npv_p95\": %.17g, \"npv_sd\": %.17g",
         s[0], s[1], s[2], s[3], s[4], s[5]);
}

/* Seconds since t0. */
static double since(const struct timespec *t0 /* start */) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - t0->tv_sec) + 1e-9 * (double)(t.tv_nsec - t0->tv_nsec);
}

/* Print how to call the kernel to f. */
static void usage(FILE *f /* stdout or stderr */) {
  fprintf(f, "usage: kernel_markov5 [--qaly] [--draws N] [--seed S] [--threads T] "
             "[--qaly-value EUR] [--base] [--json]\n"
             "  the model of bench/markov5.json (with --qaly: bench/markov5_qaly.json), "
             "written by hand\n");
}

/* Parse a positive whole number for option `opt`; 0, or -1 with a message. */
static int parse_long(const char *opt /* option name */, const char *s /* text, may be NULL */,
                      long lo /* smallest allowed */, long hi /* largest allowed */,
                      long *out /* the value */) {
  char *end;
  long v = s ? strtol(s, &end, 10) : 0;
  if (!s || !*s || *end || v < lo || v > hi) {
    fprintf(stderr, "kernel_markov5: %s needs a whole number from %ld to %ld\n", opt, lo, hi);
    return -1;
  }
  *out = v;
  return 0;
}

/* Run the model; see the top of the file for the options and exit codes. */
int main(int argc, char **argv) {
  long draws = 1000000, seed = 1, threads = sysconf(_SC_NPROCESSORS_ONLN);
  int json = 0, qaly = 0, base = 0;
  double qaly_value = DEFAULT_QALY_VALUE;
  for (int k = 1; k < argc; k++) {
    const char *a = argv[k], *v = k + 1 < argc ? argv[k + 1] : NULL;
    if (!strcmp(a, "--json")) {
      json = 1;
    } else if (!strcmp(a, "--qaly")) {
      qaly = 1;
    } else if (!strcmp(a, "--base")) {
      base = 1;
    } else if (!strcmp(a, "--draws")) {
      if (parse_long(a, v, 2, 1000000000, &draws))
        return 2;
      k++;
    } else if (!strcmp(a, "--seed")) {
      if (parse_long(a, v, 0, 4294967295, &seed))
        return 2;
      k++;
    } else if (!strcmp(a, "--threads")) {
      if (parse_long(a, v, 1, MAX_THREADS, &threads))
        return 2;
      k++;
    } else if (!strcmp(a, "--qaly-value")) {
      char *end = NULL;
      qaly_value = v ? strtod(v, &end) : NAN;
      if (!v || !*v || *end || !(qaly_value >= 0 && qaly_value <= 1e7)) {
        fprintf(stderr, "kernel_markov5: --qaly-value needs a number from 0 to 1e7\n");
        return 2;
      }
      k++;
    } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      usage(stdout);
      return 0;
    } else {
      fprintf(stderr, "kernel_markov5: unknown option \"%s\"\n", a);
      usage(stderr);
      return 2;
    }
  }
  if (threads < 1)
    threads = 1;
  if (threads > MAX_THREADS)
    threads = MAX_THREADS;

  struct timespec t0;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  run R = {
      .draws = draws, .seed = (uint64_t)seed, .qaly = qaly, .base = base, .qaly_value = qaly_value};
  for (int t = 0; t < H; t++)
    R.df[t] = pow(1 + RATE, -(double)t); /* the base year is the start year */
  R.n_blocks = (draws + LANES - 1) / LANES;
  atomic_init(&R.next, 0);
  atomic_init(&R.failed, 0);
  pthread_mutex_init(&R.lock, NULL);
  R.npv = malloc((size_t)draws * sizeof *R.npv);
  R.actor = malloc((size_t)draws * N_ACTORS * sizeof *R.actor);
  if (!R.npv || !R.actor) {
    fprintf(stderr, "kernel_markov5: out of memory for %ld draws\n", draws);
    free(R.npv);
    free(R.actor);
    return 1;
  }
  pthread_t th[MAX_THREADS];
  int started = 0;
  for (int k = 1; k < threads; k++)
    if (!pthread_create(&th[k], NULL, worker, &R))
      started++;
  worker(&R);
  for (int k = 1; k <= started; k++)
    pthread_join(th[k], NULL);
  int rc = 0;
  if (atomic_load(&R.failed)) {
    fprintf(stderr, "kernel_markov5: %s\n", R.err);
    rc = 1;
  }
  double t_draws = since(&t0);

  stats_jobs J = {.n = draws};
  atomic_init(&J.next, 0);
  atomic_init(&J.failed, 0);
  J.x[0] = R.npv;
  for (int a = 0; a < N_ACTORS; a++)
    J.x[1 + a] = R.actor + (size_t)a * (size_t)draws;
  started = 0;
  for (int k = 1; !rc && k < threads && k < 1 + N_ACTORS; k++)
    if (!pthread_create(&th[k], NULL, stats_worker, &J))
      started++;
  if (!rc)
    stats_worker(&J);
  for (int k = 1; k <= started; k++)
    pthread_join(th[k], NULL);
  if (!rc && atomic_load(&J.failed)) {
    fprintf(stderr, "kernel_markov5: out of memory for the summaries\n");
    rc = 1;
  }
  double elapsed = since(&t0);

  if (!rc && json) {
    const double *x = R.npv; /* sorted now */
    double lo = x[0], hi = x[draws - 1];
    long counts[HIST_BINS] = {0};
    for (long i = 0; i < draws; i++) {
      int bin = hi > lo ? (int)((x[i] - lo) / (hi - lo) * HIST_BINS) : 0;
      counts[bin >= HIST_BINS ? HIST_BINS - 1 : bin]++;
    }
    printf("{\"model\": \"%s\", \"draws\": %ld, \"seed\": %ld, \"threads\": %ld, "
           "\"seconds_draws\": %.6f, \"seconds\": %.6f, ",
           qaly ? "markov5_qaly" : "markov5", draws, seed, threads, t_draws, since(&t0));
    if (qaly)
      printf("\"qaly_value\": %.17g, ", qaly_value);
    print_stats(J.out[0]);
    printf(",\n \"quantiles\": [");
    for (int q = 0; q <= 100; q++)
      printf("%s%.17g", q ? ", " : "", quantile(x, draws, q / 100.0));
    printf("],\n \"histogram\": {\"min\": %.17g, \"max\": %.17g, \"counts\": [", lo, hi);
    for (int b = 0; b < HIST_BINS; b++)
      printf("%s%ld", b ? ", " : "", counts[b]);
    printf("]},\n \"actors\": [");
    for (int a = 0; a < N_ACTORS; a++) {
      printf("%s\n  {\"id\": \"%s\", ", a ? "," : "", actor_id[a]);
      print_stats(J.out[1 + a]);
      printf("}");
    }
    printf("]}\n");
  } else if (!rc) {
    const double *s = J.out[0];
    printf("kernel: %ld draws in %.3f s (draws %.3f s, %ld threads); P(NPV>0) %.4f; mean %.0f; "
           "p05 %.0f; p50 %.0f; p95 %.0f\n",
           draws, elapsed, t_draws, threads, s[0], s[1], s[2], s[3], s[4]);
  }
  pthread_mutex_destroy(&R.lock);
  free(R.npv);
  free(R.actor);
  return rc;
}
