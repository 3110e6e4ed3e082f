/*
 * workbook_check.h: reading a written workbook back. libxlsxwriter writes
 * each part of a workbook to a temporary file and does not check those
 * writes, so both workbooks (results.xlsx, national.xlsx) are checked
 * after they are closed. Needs nothing of either workbook's writer.
 */
#ifndef MKBA_WORKBOOK_CHECK_H
#define MKBA_WORKBOOK_CHECK_H

#include <stddef.h>

/*
 * Read a written workbook back (path) and check that it is a whole zip
 * file whose every part inflates to its size and checksum and every XML
 * part ends with its root's end tag: libxlsxwriter does not check its own
 * writes. Returns 0, or -1 with what is wrong in why (whylen bytes).
 */
int mkba_workbook_check(const char *path, char *why, size_t whylen);

#endif /* MKBA_WORKBOOK_CHECK_H */
