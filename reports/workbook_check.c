/*
 * workbook_check.c: reading a written workbook back (workbook_check.h).
 *
 * libxlsxwriter (1.1.4) writes each part of the workbook to a temporary file
 * and does not check those writes: a full disk or a file size limit gives a
 * workbook with a part cut short, and no error. So the written file is read
 * back: every part must inflate to its recorded size and checksum, and every
 * XML part must end with the end tag of its root element.
 */
#include "workbook_check.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* The little-endian 16-bit number at p. */
static unsigned long le16(const unsigned char *p) {
  return (unsigned long)p[0] | (unsigned long)p[1] << 8;
}

/* The little-endian 32-bit number at p. */
static unsigned long le32(const unsigned char *p) {
  return le16(p) | le16(p + 2) << 16;
}

/* The whole file at path in memory (malloc; *len: its size), or NULL. */
static unsigned char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  unsigned char *data = NULL;
  long n = -1;
  if (f != NULL && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 &&
      fseek(f, 0, SEEK_SET) == 0 && (data = malloc((size_t)n)) != NULL &&
      fread(data, 1, (size_t)n, f) != (size_t)n) {
    free(data);
    data = NULL;
  }
  if (f != NULL)
    fclose(f);
  *len = data != NULL ? (size_t)n : 0;
  return data;
}

/* Whether an XML part (x, n bytes) is whole: it ends with the end tag of
 * its root element, or is a root element that closes itself. */
static int xml_whole(const unsigned char *x, size_t n) {
  size_t i = 0;
  while (i < n &&
         (x[i] != '<' || (i + 1 < n && (x[i + 1] == '?' || x[i + 1] == '!')))) {
    if (x[i] == '<') /* a declaration or comment: past its end */
      while (i < n && x[i] != '>')
        i++;
    i++;
  }
  size_t name = i + 1, end = name;
  while (end < n && x[end] != '>' && x[end] != '/' && x[end] != ' ' &&
         x[end] != '\t' && x[end] != '\r' && x[end] != '\n')
    end++;
  while (n > 0 && (x[n - 1] == ' ' || x[n - 1] == '\r' || x[n - 1] == '\n'))
    n--;
  size_t k = end - name;
  if (end >= n || k == 0)
    return 0;
  if (n >= k + 3 && x[n - 1] == '>' &&
      memcmp(x + n - k - 1, x + name, k) == 0 && x[n - k - 2] == '/' &&
      x[n - k - 3] == '<')
    return 1;
  const unsigned char *close = memchr(x + end, '>', n - end);
  return close != NULL && close == x + n - 1 && close[-1] == '/';
}

/* Inflate one part (data, clen bytes, zip method 0 or 8) and check that it
 * has ulen bytes and the CRC-32 crc. Returns the part (malloc) or NULL. */
static unsigned char *inflate_part(const unsigned char *data, size_t clen,
                                   unsigned long method, size_t ulen,
                                   unsigned long crc) {
  unsigned char *out = malloc(ulen + 1);
  if (out == NULL)
    return NULL;
  int ok = 0;
  if (method == 0) {
    ok = clen == ulen;
    if (ok)
      memcpy(out, data, ulen);
  } else if (method == 8) {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, -MAX_WBITS) == Z_OK) {
      z.next_in = (unsigned char *)data;
      z.avail_in = (uInt)clen;
      z.next_out = out;
      z.avail_out = (uInt)(ulen + 1);
      ok = inflate(&z, Z_FINISH) == Z_STREAM_END && z.total_out == ulen;
      inflateEnd(&z);
    }
  }
  if (ok && crc32(0L, out, (uInt)ulen) == crc)
    return out;
  free(out);
  return NULL;
}

/* Check one part of the zip file (zip, len bytes) whose central directory
 * entry is at cd. Returns 0, or -1 with the part's name in why. */
static int check_part(const unsigned char *zip, size_t len,
                      const unsigned char *cd, char *why, size_t whylen) {
  unsigned long method = le16(cd + 10), crc = le32(cd + 16);
  size_t clen = le32(cd + 20), ulen = le32(cd + 24), nlen = le16(cd + 28);
  size_t local = le32(cd + 42);
  snprintf(why, whylen, "%.*s", (int)nlen, (const char *)cd + 46);
  if (local + 30 > len || le32(zip + local) != 0x04034b50UL)
    return -1;
  size_t start = local + 30 + le16(zip + local + 26) + le16(zip + local + 28);
  if (start > len || clen > len - start)
    return -1;
  unsigned char *part = inflate_part(zip + start, clen, method, ulen, crc);
  if (part == NULL)
    return -1;
  int xml = nlen > 4 && (memcmp(cd + 46 + nlen - 4, ".xml", 4) == 0 ||
                         memcmp(cd + 46 + nlen - 4, "rels", 4) == 0);
  int whole = !xml || xml_whole(part, ulen);
  free(part);
  return whole ? 0 : -1;
}

/* See workbook_check.h: the workbook written at path must be a zip file
 * whose every part is whole. */
int mkba_workbook_check(const char *path, char *why, size_t whylen) {
  size_t len;
  unsigned char *zip = slurp(path, &len);
  if (zip == NULL) {
    snprintf(why, whylen, "cannot read it back: %s", strerror(errno));
    return -1;
  }
  size_t eocd = len >= 22 ? len - 22 : 0;
  while (eocd > 0 && len - eocd < 22 + 65535 &&
         le32(zip + eocd) != 0x06054b50UL)
    eocd--;
  int rc = -1;
  if (len >= 22 && le32(zip + eocd) == 0x06054b50UL) {
    size_t n = le16(zip + eocd + 10), off = le32(zip + eocd + 16);
    char part[256] = "";
    rc = n > 0 ? 0 : -1;
    for (size_t i = 0; i < n && rc == 0; i++) {
      if (off + 46 > len || le32(zip + off) != 0x02014b50UL ||
          off + 46 + le16(zip + off + 28) > len) {
        rc = -1;
        break;
      }
      rc = check_part(zip, len, zip + off, part, sizeof part);
      off += 46 + le16(zip + off + 28) + le16(zip + off + 30) +
             le16(zip + off + 32);
    }
    if (rc != 0)
      snprintf(why, whylen,
               "the part %s was not written whole (a full disk or a file "
               "size limit?)",
               part[0] ? part : "directory");
  } else {
    snprintf(why, whylen, "the file is not a whole zip file");
  }
  free(zip);
  return rc;
}
