/*
 * image_diff.h: compare two PNG files by their decoded pixels, with a
 * tolerance, the way cairo's own test suite does (test/buffer-diff.c): a
 * pixel differs when any channel is off by more than a threshold, and the
 * images match while few enough pixels differ. PNG bytes themselves vary
 * with libpng and zlib versions, so files are never compared byte by byte.
 */
#ifndef MKBA_IMAGE_DIFF_H
#define MKBA_IMAGE_DIFF_H

#include <stddef.h>

/*
 * Compare the PNG at `actual` with the PNG at `reference` (paths, borrowed).
 * channel_tol: largest per-channel difference (0..255) that still counts as
 * equal; max_fraction: share of pixels allowed to differ (0..1).
 * On a mismatch, writes `diff_path`: the reference faded, differing pixels
 * red. msg (len bytes, caller-owned) receives a one-line description.
 * Returns 0 when the images match, 1 when they differ, -1 when a file
 * cannot be read.
 */
int image_compare(const char *actual, const char *reference,
                  const char *diff_path, int channel_tol, double max_fraction,
                  char *msg, size_t len);

#endif /* MKBA_IMAGE_DIFF_H */
