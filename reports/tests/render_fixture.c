/*
 * render_fixture.c: render a results document to a directory, for looking
 * at reports by hand and for the render tests' own fixtures.
 *
 *   mkba-render-fixture RESULTS.json DIR [nl|en] [pdf,png,svg]
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "mkba_report.h"

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: mkba-render-fixture RESULTS.json DIR [nl|en] "
                    "[pdf,png,svg]\n");
    return 2;
  }
  json_error_t jerr;
  json_t *doc = json_load_file(argv[1], 0, &jerr);
  if (doc == NULL) {
    fprintf(stderr, "mkba-render-fixture: %s:%d:%d: %s\n", argv[1], jerr.line,
            jerr.column, jerr.text);
    return 2;
  }
  const char *lang = argc > 3 ? argv[3] : "nl";
  unsigned formats = 0;
  const char *list = argc > 4 ? argv[4] : "pdf,png,svg";
  if (strstr(list, "pdf"))
    formats |= MKBA_REPORT_PDF;
  if (strstr(list, "png"))
    formats |= MKBA_REPORT_PNG;
  if (strstr(list, "svg"))
    formats |= MKBA_REPORT_SVG;
  char err[512];
  int rc = mkba_report_render(doc, argv[2], formats, lang, err, sizeof err);
  json_decref(doc);
  if (rc != 0) {
    fprintf(stderr, "mkba-render-fixture: %s\n", err);
    return 1;
  }
  return 0;
}
