/* id.c - what mkba accepts as an id; see id.h. */
#include "id.h"

#include <stddef.h>

int mkba_valid_id(const char *s) {
  if (!s || !(*s >= 'a' && *s <= 'z'))
    return 0;
  size_t n = 0;
  for (; s[n]; n++)
    if (!((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9') || s[n] == '_'))
      return 0;
  return n < MKBA_ID_MAX;
}
