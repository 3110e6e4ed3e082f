/* diag.c - sticky error messages; see diag.h. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void mkba_diag_set(mkba_diag *d, int code, const char *fmt, ...) {
  if (d->code)
    return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(d->msg, sizeof d->msg, fmt, ap);
  va_end(ap);
  d->code = code;
}

void mkba_diag_at(mkba_diag *d, int code, const char *file, int line, int col, const char *fmt,
                  ...) {
  if (d->code)
    return;
  size_t n = 0;
  if (file && line > 0)
    n = (size_t)snprintf(d->msg, sizeof d->msg, "%s:%d:%d: ", file, line, col > 0 ? col : 1);
  else if (file)
    n = (size_t)snprintf(d->msg, sizeof d->msg, "%s: ", file);
  if (n >= sizeof d->msg)
    n = sizeof d->msg - 1;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(d->msg + n, sizeof d->msg - n, fmt, ap);
  va_end(ap);
  d->code = code;
}

void mkba_diag_print(const mkba_diag *d) {
  fprintf(stderr, "mkba: %s\n", d->code ? d->msg : "unknown error");
}
