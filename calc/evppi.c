/*
 * evppi.c - the EVPPI of one parameter by regression on the Monte Carlo
 * draws (evppi.h).
 */
#include "evppi.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The regression models tried, smallest first: a constant, a line, then
 * cubic splines with 3, 5 and 9 breakpoints (1, 3, 7 inner knots at the
 * quantiles of the parameter, each set within the next). */
#define N_MODELS 5
#define MAX_P 11 /* the most coefficients of any model */
static const int model_breaks[N_MODELS] = {0, 0, 3, 5, 9};
#define MAX_SERIES 64 /* options, less the reference */

/* One model's basis. */
typedef struct model {
  int p;           /* number of coefficients */
  int nb;          /* breakpoints of the spline; 0 for constant and line */
  double knot[16]; /* the clamped knot vector: nb + 6 knots */
  int ok;          /* 1 when the model can be fitted */
} model;

/* The draws in groups: what the regression needs of them. */
typedef struct groups {
  int g;        /* number of groups */
  double *w;    /* [g] draws in the group */
  double *x;    /* [g] mean theta, mapped onto [-1, 1] */
  double *mean; /* [g * m] mean incremental net benefit of series k */
  double ss;    /* the sum of squares within the groups (all series) */
} groups;

/*
 * The non-zero basis values of model `md` at x (within the breakpoints):
 * writes them to v and the index of the first into *first; returns their
 * number.  A cubic spline has four at any x, found by de Boor's recursion
 * (Piegl and Tiller, The NURBS Book, algorithm A2.2) on the interval that
 * holds x.
 */
static int basis(const model *md, double x, double *v, size_t *first) {
  if (!md->nb) {
    *first = 0;
    v[0] = 1;
    v[1] = x;
    return md->p;
  }
  const double *t = md->knot;
  int mu = 3; /* the knot interval [t[mu], t[mu + 1]) that holds x; the last one is closed */
  while (mu < md->nb + 1 && x >= t[mu + 1])
    mu++;
  double left[4], right[4], saved;
  v[0] = 1;
  for (int j = 1; j <= 3; j++) {
    left[j] = x - t[mu + 1 - j];
    right[j] = t[mu + j] - x;
    saved = 0;
    for (int r = 0; r < j; r++) {
      double tmp = v[r] / (right[r + 1] + left[j - r]);
      v[r] = saved + right[r + 1] * tmp;
      saved = left[j - r] * tmp;
    }
    v[j] = saved;
  }
  *first = (size_t)(mu - 3);
  return 4;
}

/* Solve A x = b for the symmetric positive definite p x p matrix a (not
 * changed) and `m` right-hand sides b[j * m + k] into x; 0, or -1 when A is
 * not positive definite (a basis the draws cannot tell apart). */
static int cholesky_solve(const double *a, int p, const double *b, int m, double *x) {
  double l[MAX_P * MAX_P] = {0}; /* filled row by row below */
  for (int i = 0; i < p; i++)
    for (int j = 0; j <= i; j++) {
      double s = a[i * p + j];
      for (int k = 0; k < j; k++)
        s -= l[i * p + k] * l[j * p + k];
      if (i == j) {
        if (!(s > 1e-12 * (a[i * p + i] > 0 ? a[i * p + i] : 1)))
          return -1;
        l[i * p + i] = sqrt(s);
      } else {
        l[i * p + j] = s / l[j * p + j];
      }
    }
  for (int k = 0; k < m; k++) {
    double y[MAX_P];
    for (int i = 0; i < p; i++) { /* L y = b */
      double s = b[i * m + k];
      for (int j = 0; j < i; j++)
        s -= l[i * p + j] * y[j];
      y[i] = s / l[i * p + i];
    }
    for (int i = p - 1; i >= 0; i--) { /* L' x = y */
      double s = y[i];
      for (int j = i + 1; j < p; j++)
        s -= l[j * p + i] * x[j * m + k];
      x[i * m + k] = s / l[i * p + i];
    }
  }
  return 0;
}

/* A float's bits as an unsigned key that sorts in the same order. */
static uint32_t float_key(float x) {
  uint32_t u;
  memcpy(&u, &x, sizeof u);
  return (u >> 31) ? ~u : u | 0x80000000u;
}

/*
 * The draw indices 0 .. n-1 in the order of x into `order`, by three
 * passes of an 11-bit radix sort (linear in n; stable, so equal values
 * keep the order of their draws).  `tmp` holds n indices.
 */
static void order_of(const float *x, long n, uint32_t *order, uint32_t *tmp) {
  size_t count[2048];
  for (long i = 0; i < n; i++)
    tmp[i] = (uint32_t)i;
  uint32_t *src = tmp, *dst = order;
  for (int pass = 0; pass < 3; pass++) {
    int shift = pass * 11;
    memset(count, 0, sizeof count);
    for (long i = 0; i < n; i++)
      count[(float_key(x[src[i]]) >> shift) & 2047u]++;
    size_t sum = 0;
    for (int b = 0; b < 2048; b++) {
      size_t c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (long i = 0; i < n; i++)
      dst[count[(float_key(x[src[i]]) >> shift) & 2047u]++] = src[i];
    uint32_t *t = src;
    src = dst;
    dst = t;
  }
  if (src != order) /* three passes end in tmp */
    memcpy(order, src, (size_t)n * sizeof *order);
}

/* The incremental net benefit of series k in draw i (against the reference
 * option: doing nothing, or option 0). */
static inline double incr(const mkba_evppi_options *s, int k, long i) {
  return s->with_null ? s->nb[k][i] : s->nb[k + 1][i] - s->nb[0][i];
}

/*
 * Fit the models to the groups of one decision (m series) and return the
 * EVPPI: the model with the lowest GCV = n RSS / (n - p)^2, where RSS is
 * the within-group sum of squares plus the groups' weighted residuals.
 */
static double fit(const model *md, const groups *gr, long n, int m, const double *mean_all) {
  double best_gcv = INFINITY, beta_best[MAX_P * MAX_SERIES];
  int best = -1;
  for (int c = 0; c < N_MODELS; c++) {
    if (!md[c].ok)
      continue;
    int p = md[c].p;
    double ata[MAX_P * MAX_P] = {0}, atb[MAX_P * MAX_SERIES] = {0}, beta[MAX_P * MAX_SERIES];
    for (int b = 0; b < gr->g; b++) {
      double v[MAX_P];
      size_t f;
      int q = basis(&md[c], gr->x[b], v, &f);
      for (int a = 0; a < q; a++) {
        for (int e = 0; e < q; e++)
          ata[(f + a) * p + f + e] += gr->w[b] * v[a] * v[e];
        for (int k = 0; k < m; k++)
          atb[(f + a) * m + k] += gr->w[b] * v[a] * gr->mean[(size_t)b * m + k];
      }
    }
    if (cholesky_solve(ata, p, atb, m, beta))
      continue;
    double rss = gr->ss;
    for (int b = 0; b < gr->g; b++) {
      double v[MAX_P];
      size_t f;
      int q = basis(&md[c], gr->x[b], v, &f);
      for (int k = 0; k < m; k++) {
        double g = 0;
        for (int a = 0; a < q; a++)
          g += v[a] * beta[(f + a) * m + k];
        double r = gr->mean[(size_t)b * m + k] - g;
        rss += gr->w[b] * r * r;
      }
    }
    double gcv = (double)n * rss / (((double)n - p) * ((double)n - p));
    /* A more complex model must do clearly better (1e-9 relative): equal
       fits keep the simpler one. */
    if (best < 0 || gcv < best_gcv * (1 - 1e-9)) {
      best = c;
      best_gcv = gcv;
      memcpy(beta_best, beta, (size_t)p * (size_t)m * sizeof *beta);
    }
  }
  double maxmean = 0; /* the reference option's incremental benefit is 0 */
  for (int k = 0; k < m; k++)
    if (mean_all[k] > maxmean)
      maxmean = mean_all[k];
  if (best <= 0) /* the constant: nothing to learn */
    return 0;
  double emax = 0, scale = 0;
  for (int b = 0; b < gr->g; b++) {
    double v[MAX_P], top = 0;
    size_t f;
    int q = basis(&md[best], gr->x[b], v, &f);
    for (int k = 0; k < m; k++) {
      double g = 0;
      for (int a = 0; a < q; a++)
        g += v[a] * beta_best[(f + a) * m + k];
      if (g > top)
        top = g;
      scale += gr->w[b] * fabs(gr->mean[(size_t)b * m + k]);
    }
    emax += gr->w[b] * top;
  }
  /* Never below 0 but for rounding (the fit has an intercept); what
     rounding leaves where no choice changes is set to 0. */
  double e = emax / (double)n - maxmean;
  return e > 1e-12 * scale / ((double)n * m) ? e : 0;
}

/* The models' knots at the quantiles of the sorted, mapped draws `sx`. */
static void set_up_models(model *md, const double *sx, long n) {
  memset(md, 0, N_MODELS * sizeof *md);
  for (int c = 0; c < N_MODELS; c++) {
    int nb = model_breaks[c];
    md[c].p = nb ? nb + 2 : c + 1;
    md[c].ok = 1;
    if (!nb)
      continue;
    double br[16] = {0};
    for (int j = 0; j < nb; j++)
      br[j] = sx[(long)((double)(n - 1) * j / (nb - 1))];
    for (int j = 1; j < nb; j++)
      if (!(br[j] > br[j - 1]))
        md[c].ok = 0; /* a parameter with few distinct values */
    /* Clamped: the end breakpoints four times, the inner ones once. */
    md[c].nb = nb;
    for (int j = 0; j < 3; j++) {
      md[c].knot[j] = br[0];
      md[c].knot[nb + 3 + j] = br[nb - 1];
    }
    for (int j = 0; j < nb; j++)
      md[c].knot[3 + j] = br[j];
  }
}

int mkba_evppi(const float *theta, long n, const mkba_evppi_options *sets, int n_sets,
               double *out) {
  for (int s = 0; s < n_sets; s++)
    out[s] = 0;
  if (n > MKBA_EVPPI_MAX_DRAWS)
    n = MKBA_EVPPI_MAX_DRAWS;
  if (n < 16)
    return 0; /* too few draws to fit anything */
  uint32_t *order = malloc((size_t)n * sizeof *order), *tmp = malloc((size_t)n * sizeof *tmp);
  double *sx = malloc((size_t)n * sizeof *sx);
  int g = n / 20 < MKBA_EVPPI_BINS ? (int)(n / 20) : MKBA_EVPPI_BINS;
  groups gr = {g, calloc((size_t)g, sizeof(double)), calloc((size_t)g, sizeof(double)),
               calloc((size_t)g * MAX_SERIES, sizeof(double)), 0};
  int rc = -1;
  if (!order || !tmp || !sx || !gr.w || !gr.x || !gr.mean)
    goto done;
  order_of(theta, n, order, tmp);
  double lo = theta[order[0]], span = (double)theta[order[n - 1]] - lo;
  rc = 0;
  if (!(span > 0)) /* a constant: nothing to learn */
    goto done;
  /* theta mapped onto [-1, 1], so that the line's normal equations stay
     well conditioned for amounts in the tens of thousands. */
  for (long i = 0; i < n; i++)
    sx[i] = ((double)theta[order[i]] - lo) / span * 2 - 1;
  model md[N_MODELS];
  set_up_models(md, sx, n);
  for (int b = 0; b < g; b++) { /* the groups' sizes and mean theta */
    long from = (long)((double)n * b / g), to = (long)((double)n * (b + 1) / g);
    double sum = 0;
    for (long r = from; r < to; r++)
      sum += sx[r];
    gr.w[b] = (double)(to - from);
    gr.x[b] = sum / gr.w[b];
  }
  for (int s = 0; s < n_sets; s++) {
    const mkba_evppi_options *o = &sets[s];
    int m = o->with_null ? o->n_opt : o->n_opt - 1; /* regressed series */
    if (m < 1 || m > MAX_SERIES)
      continue; /* no choice to inform */
    double mean_all[MAX_SERIES] = {0};
    gr.ss = 0;
    for (int b = 0; b < g; b++) {
      long from = (long)((double)n * b / g), to = (long)((double)n * (b + 1) / g);
      double *mb = gr.mean + (size_t)b * m;
      for (int k = 0; k < m; k++) {
        double sum = 0, ss = 0;
        for (long r = from; r < to; r++) {
          double y = incr(o, k, order[r]);
          sum += y;
          ss += y * y;
        }
        mb[k] = sum / gr.w[b];
        mean_all[k] += sum;
        double within = ss - sum * mb[k];
        gr.ss += within > 0 ? within : 0;
      }
    }
    for (int k = 0; k < m; k++)
      mean_all[k] /= (double)n;
    out[s] = fit(md, &gr, n, m, mean_all);
  }
done:
  free(order);
  free(tmp);
  free(sx);
  free(gr.w);
  free(gr.x);
  free(gr.mean);
  return rc;
}

double mkba_evpi(long n, const mkba_evppi_options *set) {
  int m = set->with_null ? set->n_opt : set->n_opt - 1;
  if (n < 1 || m < 1)
    return 0;
  double emax = 0, maxmean = 0, *mean = calloc((size_t)m, sizeof *mean);
  if (!mean)
    return NAN;
  for (long i = 0; i < n; i++) {
    double top = 0;
    for (int k = 0; k < m; k++) {
      double y = incr(set, k, i);
      mean[k] += y;
      if (y > top)
        top = y;
    }
    emax += top;
  }
  for (int k = 0; k < m; k++)
    if (mean[k] / (double)n > maxmean)
      maxmean = mean[k] / (double)n;
  free(mean);
  double e = emax / (double)n - maxmean;
  return e > 0 ? e : 0;
}
