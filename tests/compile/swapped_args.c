/*
 * swapped_args.c - the posting services at compile time (ABI 1.4): the
 * file compiles cleanly as it is; with -DSWAP_FLOW (arm and actor swapped
 * in host->flow) or -DSWAP_POST (an actor given as MKBA_POST's arm) the
 * compiler warns, so -Werror refuses it (test "swapped_args_refused").
 */
#include <mkba_plugin.h>

/* Post one cost of the gemeente in year `t` (host, ctx: as compute() gets them). */
int post_cost(const mkba_host *host, mkba_ctx *ctx, int cat, int t, double x);
int post_cost(const mkba_host *host, mkba_ctx *ctx, int cat, int t, double x) {
#if defined(SWAP_FLOW)
  return host->flow(ctx, MKBA_GEMEENTE, MKBA_INTERVENTION, cat, MKBA_COST, t, x);
#elif defined(SWAP_POST)
  return MKBA_POST(host, ctx, .arm = MKBA_GEMEENTE, .kind = MKBA_COST, .actor = MKBA_GEMEENTE,
                   .category = cat, .year = t, .amount = x);
#else
  if (host->flow(ctx, MKBA_INTERVENTION, MKBA_GEMEENTE, cat, MKBA_COST, t, x))
    return MKBA_ERROR;
  return MKBA_POST(host, ctx, .arm = MKBA_INTERVENTION, .kind = MKBA_COST, .actor = MKBA_GEMEENTE,
                   .category = cat, .year = t, .amount = x);
#endif
}
