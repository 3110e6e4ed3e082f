/*
 * evppi.c - the EVPPI of one parameter by regression on the Monte Carlo
 * draws (evppi.h).
 */
#include "evppi.h"

#include <gsl/gsl_bspline.h>
#include <gsl/gsl_vector.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The regression models tried, smallest first: a constant, a line, then
 * cubic splines with 2, 4, 6 and 10 breakpoints (0, 2, 4, 8 inner knots). */
#define N_MODELS 6
#define MAX_P 12 /* the most coefficients of any model */
static const int model_breaks[N_MODELS] = {0, 0, 2, 4, 6, 10};

/* One model's normal equations and fit. */
typedef struct model {
  int p;                     /* number of coefficients */
  gsl_bspline_workspace *bs; /* the spline basis, or NULL for constant and line */
  gsl_vector *bval;          /* the 4 non-zero basis values at one point */
  double *ata;               /* [p * p] X'X */
  double *atb;               /* [p * m] X'y for each regressed series */
  double *beta;              /* [p * m] the coefficients */
  int ok;                    /* 1 when the fit is usable */
  double gcv;                /* generalised cross-validation score */
} model;

/*
 * The non-zero basis values of model `md` at x: writes them to v and the
 * index of the first into *first; returns their number.
 */
static int basis(model *md, double x, double *v, size_t *first) {
  if (!md->bs) {
    *first = 0;
    v[0] = 1;
    v[1] = x;
    return md->p;
  }
  size_t istart, iend;
  gsl_bspline_eval_nonzero(x, md->bval, &istart, &iend, md->bs);
  for (size_t j = 0; j <= iend - istart; j++)
    v[j] = gsl_vector_get(md->bval, j);
  *first = istart;
  return (int)(iend - istart + 1);
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

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Free what set_up_models allocated. */
static void free_models(model *md) {
  for (int c = 0; c < N_MODELS; c++) {
    if (md[c].bs)
      gsl_bspline_free(md[c].bs);
    if (md[c].bval)
      gsl_vector_free(md[c].bval);
    free(md[c].ata);
    free(md[c].atb);
    free(md[c].beta);
  }
}

/*
 * Allocate the models for `m` series over sorted draws `sorted` (n values,
 * first < last).  A spline whose quantile breakpoints coincide (a
 * parameter with few distinct values) is left out.  Returns 0 or -1.
 */
static int set_up_models(model *md, const double *sorted, long n, int m) {
  memset(md, 0, N_MODELS * sizeof *md);
  for (int c = 0; c < N_MODELS; c++) {
    int nb = model_breaks[c];
    md[c].p = nb ? nb + 2 : c + 1;
    md[c].ok = 1;
    if (nb) {
      double br[16];
      for (int j = 0; j < nb; j++)
        br[j] = sorted[(long)((double)(n - 1) * j / (nb - 1))];
      for (int j = 1; j < nb; j++)
        if (!(br[j] > br[j - 1]))
          md[c].ok = 0;
      if (!md[c].ok)
        continue;
      gsl_vector_view v = gsl_vector_view_array(br, (size_t)nb);
      if (!(md[c].bs = gsl_bspline_alloc(4, (size_t)nb)) || !(md[c].bval = gsl_vector_alloc(4)))
        return -1;
      gsl_bspline_knots(&v.vector, md[c].bs);
    }
    size_t p = (size_t)md[c].p;
    md[c].ata = calloc(p * p, sizeof(double));
    md[c].atb = calloc(p * (size_t)m, sizeof(double));
    md[c].beta = calloc(p * (size_t)m, sizeof(double));
    if (!md[c].ata || !md[c].atb || !md[c].beta)
      return -1;
  }
  return 0;
}

/* The incremental net benefit of series k in draw i (against the reference
 * option: doing nothing, or option 0). */
static inline double incr(const double *const *nb, int with_null, int k, long i) {
  return with_null ? nb[k][i] : nb[k + 1][i] - nb[0][i];
}

int mkba_evppi(const float *theta, long n, const double *const *nb, int n_opt, int with_null,
               double *out) {
  *out = 0;
  if (n > MKBA_EVPPI_MAX_DRAWS)
    n = MKBA_EVPPI_MAX_DRAWS;
  int m = with_null ? n_opt : n_opt - 1; /* regressed series */
  if (n < 16 || m < 1 || m > 64)
    return 0; /* no choice to inform, or too few draws to fit anything */
  double *sorted = malloc((size_t)n * sizeof *sorted);
  if (!sorted)
    return -1;
  for (long i = 0; i < n; i++)
    sorted[i] = theta[i];
  qsort(sorted, (size_t)n, sizeof *sorted, cmp_double);
  if (!(sorted[n - 1] > sorted[0])) { /* a constant: nothing to learn */
    free(sorted);
    return 0;
  }
  /* Fit on theta mapped onto [-1, 1], so that the line's normal equations
     stay well conditioned for amounts in the tens of thousands. */
  double lo = sorted[0], span = sorted[n - 1] - sorted[0];
  for (long i = 0; i < n; i++)
    sorted[i] = (sorted[i] - lo) / span * 2 - 1;
  model md[N_MODELS];
  int rc = set_up_models(md, sorted, n, m);
  free(sorted);
  if (rc) {
    free_models(md);
    return -1;
  }
  /* One pass: the normal equations of every model, and y'y per series. */
  double yy[64] = {0}, mean[64] = {0}, scale = 0;
  for (long i = 0; i < n; i++) {
    double x = ((double)theta[i] - lo) / span * 2 - 1, y[64];
    for (int k = 0; k < m; k++) {
      y[k] = incr(nb, with_null, k, i);
      yy[k] += y[k] * y[k];
      mean[k] += y[k];
      scale += fabs(y[k]);
    }
    for (int c = 0; c < N_MODELS; c++) {
      if (!md[c].ok)
        continue;
      double v[MAX_P];
      size_t f;
      int q = basis(&md[c], x, v, &f), p = md[c].p;
      for (int a = 0; a < q; a++) {
        for (int b = 0; b < q; b++)
          md[c].ata[(f + a) * p + f + b] += v[a] * v[b];
        for (int k = 0; k < m; k++)
          md[c].atb[(f + a) * m + k] += v[a] * y[k];
      }
    }
  }
  /* Fit each model and keep the one with the lowest GCV = n RSS / (n - p)^2. */
  int best = -1;
  for (int c = 0; c < N_MODELS; c++) {
    if (!md[c].ok || cholesky_solve(md[c].ata, md[c].p, md[c].atb, m, md[c].beta)) {
      md[c].ok = 0;
      continue;
    }
    double rss = 0;
    for (int k = 0; k < m; k++) {
      double fit = 0; /* beta'X'y: the explained sum of squares */
      for (int j = 0; j < md[c].p; j++)
        fit += md[c].beta[j * m + k] * md[c].atb[j * m + k];
      rss += yy[k] - fit > 0 ? yy[k] - fit : 0;
    }
    md[c].gcv = (double)n * rss / (((double)n - md[c].p) * ((double)n - md[c].p));
    /* A more complex model must do clearly better (1e-9 relative): equal
       fits keep the simpler one. */
    if (best < 0 || md[c].gcv < md[best].gcv * (1 - 1e-9))
      best = c;
  }
  double emax = 0, maxmean = 0; /* the reference option's incremental benefit is 0 */
  for (int k = 0; k < m; k++)
    if (mean[k] / (double)n > maxmean)
      maxmean = mean[k] / (double)n;
  if (best > 0) { /* best == 0 is the constant: EVPPI 0 */
    model *w = &md[best];
    for (long i = 0; i < n; i++) {
      double v[MAX_P], top = 0;
      size_t f;
      int q = basis(w, ((double)theta[i] - lo) / span * 2 - 1, v, &f);
      for (int k = 0; k < m; k++) {
        double g = 0;
        for (int a = 0; a < q; a++)
          g += v[a] * w->beta[(f + a) * m + k];
        if (g > top)
          top = g;
      }
      emax += top;
    }
    /* Never below 0 but for rounding (the fit has an intercept); what
       rounding leaves where no choice changes is set to 0. */
    double e = emax / (double)n - maxmean;
    *out = e > 1e-12 * scale / ((double)n * m) ? e : 0;
  }
  free_models(md);
  return 0;
}

double mkba_evpi(long n, const double *const *nb, int n_opt, int with_null) {
  int m = with_null ? n_opt : n_opt - 1;
  if (n < 1 || m < 1)
    return 0;
  double emax = 0, maxmean = 0, *mean = calloc((size_t)m, sizeof *mean);
  if (!mean)
    return NAN;
  for (long i = 0; i < n; i++) {
    double top = 0;
    for (int k = 0; k < m; k++) {
      double y = incr(nb, with_null, k, i);
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
