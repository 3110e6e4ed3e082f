/*
 * cli_limits.c - the limits of a supervised command (mkba run, validate,
 * list), from its options: apart from main.c so that the commands need not
 * call back into the program's entry point.
 */
#include "cli.h"

mkba_limits mkba_cli_limits(const mkba_opts *o, double default_timeout) {
  mkba_limits lim = {o->timeout > 0 ? o->timeout : default_timeout, o->max_memory};
  /* Three quarters of the machine unless --max-memory says otherwise. */
  if (!lim.max_memory)
    lim.max_memory = mkba_physical_memory() / 4 * 3;
  return lim;
}
