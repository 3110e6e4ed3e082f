/* jnum.c - numbers into the results document; see jnum.h. */
#include "jnum.h"

#include <math.h>

json_t *mkba_jnum(double x) {
  if (!isfinite(x))
    return json_null();
  return json_real(x == 0 ? 0.0 : x);
}
