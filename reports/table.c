/*
 * table.c: tables that flow over pages.
 *
 * Rows are copied and kept until mkba_table_end, because a column's width
 * depends on the longest word in any of its cells: a column narrower than
 * "Betrouwbaarheid" or "107.140.242" would have to break it, and text that
 * wraps only between words would run into the next column instead.
 */
#include "table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"

#define PAD_X 3.0
#define PAD_Y 2.6
#define SWATCH 7.0
/* space above a group title, part of its row's height */
#define GROUP_GAP 3.0
/* a header in a tower may take this share of a wrapping text column */
#define HEAD_TAKE 0.15
/* headers may be set this much smaller before the body is (7.5 pt: 6 pt) */
#define HEAD_MIN_SCALE 0.8
/* extra room on the left of a column of numbers, beyond the padding */
#define AIR 2.5
/* a table split over pages has at least this many rows after the split */
#define TAIL_ROWS 3
/* a column may shrink its text this far at most (8 pt body: 5.6 pt) */
#define MIN_SCALE 0.7

/* A kept row: each cell split at its first newline into the main text and
 * the grey rest (NULL: none), all owned. */
struct mkba_table_row {
  char *main[MKBA_TABLE_MAX_COLS];
  char *rest[MKBA_TABLE_MAX_COLS];
  char *note;     /* text under the cells of columns from.., or NULL */
  int note_from;  /* first column the note spans */
  unsigned flags; /* MKBA_ROW_* */
  int has_swatch; /* draw the swatch square */
  mkba_rgb swatch;
};

static int has_header(const mkba_table *t) {
  for (int i = 0; i < t->ncols; i++)
    if (t->cols[i].title != NULL)
      return 1;
  return 0;
}

/* The header text of column col, glued (see glue); "" for none. */
static const char *title_of(const mkba_table *t, int col) {
  return t->head[col] != NULL ? t->head[col] : "";
}

/* Whether the n bytes at p are a comparison: ">", "<", "=", ">=", "<=",
 * "≥", "≤", "≠". */
static int is_comparison(const char *p, size_t n) {
  static const char *const ops[] = {
      ">",           "<", "=", ">=", "<=", "\xe2\x89\xa5", "\xe2\x89\xa4",
      "\xe2\x89\xa0"};
  for (size_t i = 0; i < MKBA_COUNT(ops); i++)
    if (strlen(ops[i]) == n && memcmp(p, ops[i], n) == 0)
      return 1;
  return 0;
}

/* Length of the word (up to the next ASCII space or the end) at p. */
static size_t word_len(const char *p) {
  size_t n = 0;
  while (p[n] != '\0' && p[n] != ' ')
    n++;
  return n;
}

/*
 * A copy of text (NULL: none) in which a short expression is one word: the
 * spaces around a comparison become no-break spaces ("saldo > 0",
 * "P(net > 0)"), and a slash inside short parentheses without spaces gets a
 * word joiner after it ("(B/C)"), where line breaking would otherwise allow
 * a break. Returns a new string (the caller frees) or NULL.
 */
static char *glue(const char *text) {
  if (text == NULL)
    return NULL;
  size_t n = strlen(text);
  /* each byte at most three more: a space becomes two, a slash four */
  char *out = malloc(4 * n + 1);
  if (out == NULL)
    return NULL;
  size_t o = 0, word = 0; /* start of the current word in text */
  int paren = -1;         /* offset of the open parenthesis, or -1 */
  for (size_t i = 0; i < n; i++) {
    char c = text[i];
    if (c == ' ') {
      size_t next = word_len(text + i + 1);
      if (is_comparison(text + word, i - word) ||
          is_comparison(text + i + 1, next)) {
        out[o++] = (char)0xc2;
        out[o++] = (char)0xa0;
      } else {
        out[o++] = ' ';
      }
      word = i + 1;
      paren = -1;
      continue;
    }
    if (c == '(')
      paren = (int)i;
    else if (c == ')')
      paren = -1;
    out[o++] = c;
    if (c == '/' && paren >= 0) {
      /* "(B/C)": the closing parenthesis near, no space before it */
      const char *close = strchr(text + i, ')');
      const char *space = strchr(text + i, ' ');
      if (close != NULL && close - (text + paren) <= 8 &&
          (space == NULL || space > close)) {
        out[o++] = (char)0xe2; /* U+2060 WORD JOINER */
        out[o++] = (char)0x81;
        out[o++] = (char)0xa0;
      }
    }
  }
  out[o] = '\0';
  return out;
}

/* A copy of the n bytes at s as a string, or NULL when n is 0 or memory is
 * short (an empty cell either way). */
static char *dup_n(const char *s, size_t n) {
  if (s == NULL || n == 0)
    return NULL;
  char *d = malloc(n + 1);
  if (d != NULL) {
    memcpy(d, s, n);
    d[n] = '\0';
  }
  return d;
}

static void row_free(struct mkba_table_row *r) {
  for (int i = 0; i < MKBA_TABLE_MAX_COLS; i++) {
    free(r->main[i]);
    free(r->rest[i]);
  }
  free(r->note);
}

/* Width of the text box of column col (or of the whole row for a group
 * title), less padding and the swatch inset. */
static double box_width(const mkba_table *t, int col, double inset, int span) {
  double w = span ? MKBA_TEXT_WIDTH : t->width[col];
  return w - 2 * PAD_X - inset;
}

/* Style of a cell's main text (rest: its grey second part instead), in
 * column col of a row that is bold or not. width: the text box. */
static mkba_text_style cell_style(const mkba_table *t, int col, int bold,
                                  int rest, double width) {
  mkba_text_style st =
      mkba_style((rest ? MKBA_PT_TABLE_REST : t->size) * t->scale[col]);
  st.bold = rest ? 0 : bold;
  st.width = width;
  st.align = t->cols[col].align;
  if (rest)
    st.colour = MKBA_RGB_MUTED;
  return st;
}

/* The header cell's style (bold, half a point smaller than the body). */
static mkba_text_style header_style(const mkba_table *t, int col) {
  mkba_text_style st =
      mkba_style(MKBA_PT_TABLE_HEAD * t->scale[col] * t->head_scale);
  st.bold = 1;
  st.width = t->width[col] - 2 * PAD_X;
  st.align = t->cols[col].align;
  return st;
}

/* Inset of column col's text in row r: room for the swatch. */
static double inset_of(const struct mkba_table_row *r, int col) {
  return col == 0 && r->has_swatch ? SWATCH + 4 : 0;
}

/* Height of cell col of row r, drawn with its top at y when draw is set. */
static double cell(mkba_table *t, const struct mkba_table_row *r, int col,
                   double y, int draw) {
  cairo_t *cr = t->pg->cr;
  int bold = (r->flags & (MKBA_ROW_BOLD | MKBA_ROW_GROUP)) != 0;
  int span = (r->flags & MKBA_ROW_GROUP) != 0;
  double inset = inset_of(r, col);
  double w = box_width(t, col, inset, span);
  double x = t->x[col] + PAD_X + inset;
  const char *main = r->main[col] != NULL ? r->main[col] : "";
  mkba_text_style st = cell_style(t, col, bold, 0, w);
  double h;
  if (draw)
    h = mkba_text_draw(cr, main, &st, x, y);
  else
    mkba_text_size(cr, main, &st, NULL, &h);
  if (r->rest[col] != NULL) {
    mkba_text_style sub = cell_style(t, col, bold, 1, w);
    double h2;
    if (draw)
      h2 = mkba_text_draw(cr, r->rest[col], &sub, x, y + h);
    else
      mkba_text_size(cr, r->rest[col], &sub, NULL, &h2);
    h += h2;
  }
  return h;
}

/* The note's text style: as a grey second line, across its columns. */
static mkba_text_style note_style(const mkba_table *t,
                                  const struct mkba_table_row *r) {
  mkba_text_style st = mkba_style(MKBA_PT_TABLE_REST);
  st.colour = MKBA_RGB_MUTED;
  st.width = t->x[t->ncols - 1] + t->width[t->ncols - 1] - t->x[r->note_from] -
             2 * PAD_X;
  return st;
}

/* Height of row r without padding; *note_y gets the note's offset from the
 * row's top (below the cells it spans). Draws the row at top y when draw. */
static double row_body(mkba_table *t, const struct mkba_table_row *r, double y,
                       int draw) {
  int span = (r->flags & MKBA_ROW_GROUP) != 0;
  int n = span ? 1 : t->ncols;
  int from = r->note != NULL ? r->note_from : n;
  double h = 0, over = 0;
  for (int i = 0; i < n; i++) {
    double ch = cell(t, r, i, y, draw);
    if (i >= from && ch > over)
      over = ch; /* the note goes under the tallest cell it spans */
    if (ch > h)
      h = ch;
  }
  if (r->note != NULL && !span) {
    mkba_text_style st = note_style(t, r);
    double nx = t->x[r->note_from] + PAD_X, ny = y + over + 1.0, nh;
    if (draw)
      nh = mkba_text_draw(t->pg->cr, r->note, &st, nx, ny);
    else
      mkba_text_size(t->pg->cr, r->note, &st, NULL, &nh);
    if (over + 1.0 + nh > h)
      h = over + 1.0 + nh;
  }
  return h;
}

/* Height of row r on the page, padding included. */
static double row_height(mkba_table *t, const struct mkba_table_row *r) {
  double gap = (r->flags & MKBA_ROW_GROUP) ? GROUP_GAP : 0;
  return gap + row_body(t, r, 0, 0) + 2 * PAD_Y;
}

/* Height of the header row, padding included; 0 without a header. */
static double header_height(mkba_table *t) {
  if (!has_header(t))
    return 0;
  double h = 0;
  for (int i = 0; i < t->ncols; i++) {
    mkba_text_style st = header_style(t, i);
    double ch;
    mkba_text_size(t->pg->cr, title_of(t, i), &st, NULL, &ch);
    if (ch > h)
      h = ch;
  }
  return h + 2 * PAD_Y;
}

static void draw_header(mkba_table *t) {
  mkba_page *pg = t->pg;
  cairo_t *cr = pg->cr;
  double h = header_height(t);
  if (h <= 0)
    return;
  for (int i = 0; i < t->ncols; i++) {
    mkba_text_style st = header_style(t, i);
    /* header text sits on the rule, like the numbers under it */
    double ch;
    const char *title = title_of(t, i);
    mkba_text_size(cr, title, &st, NULL, &ch);
    mkba_text_draw(cr, title, &st, t->x[i] + PAD_X, pg->y + h - PAD_Y - ch);
  }
  pg->y += h;
  cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
  cairo_set_line_width(cr, MKBA_LW_LIGHT);
  cairo_move_to(cr, MKBA_MARGIN_X, pg->y);
  cairo_line_to(cr, MKBA_MARGIN_X + MKBA_TEXT_WIDTH, pg->y);
  cairo_stroke(cr);
  pg->y += 1;
  pg->fresh = 0;
}

/* The narrowest (*min) and the widest (*max) column col needs: its longest
 * word (in the header or any cell), and its longest line set without
 * wrapping (in any cell), with padding, at full text size; *head gets the
 * width at which the header (which may wrap) takes no more than about
 * three lines. A column of numbers keeps some air on its left, so that
 * numbers in neighbouring columns do not read as one. */
static void col_needs(mkba_table *t, int col, double *min, double *max,
                      double *head, double *body_min, double *head_word) {
  cairo_t *cr = t->pg->cr;
  double lo = 0, hi = 0;
  *head = *head_word = 0;
  if (t->cols[col].title != NULL) {
    /* a header may wrap, but a column that can have the room keeps it to
     * two or three lines rather than a tower of one word a line */
    mkba_text_style st = header_style(t, col);
    double w;
    st.width = 0; /* unwrapped */
    mkba_text_size(cr, title_of(t, col), &st, &w, NULL);
    *head_word = mkba_text_min_width(cr, title_of(t, col), &st);
    *head = (w / 2.5 > *head_word ? w / 2.5 : *head_word) + 2 * PAD_X + 0.5;
  }
  for (size_t k = 0; k < t->nrows; k++) {
    const struct mkba_table_row *r = &t->rows[k];
    if (r->flags & MKBA_ROW_GROUP)
      continue; /* a group title has the whole row */
    int bold = (r->flags & MKBA_ROW_BOLD) != 0;
    double inset = inset_of(r, col);
    for (int part = 0; part < 2; part++) {
      const char *text = part == 0 ? r->main[col] : r->rest[col];
      if (text == NULL)
        continue;
      mkba_text_style st = cell_style(t, col, bold, part, 0);
      double w;
      mkba_text_size(cr, text, &st, &w, NULL);
      double m = mkba_text_min_width(cr, text, &st);
      if (m + inset > lo)
        lo = m + inset;
      if (w + inset > hi)
        hi = w + inset;
    }
  }
  /* half a point for rounding in the layout; a column of numbers keeps
   * some air even at its narrowest, and more at its widest */
  double air = t->cols[col].align == MKBA_ALIGN_RIGHT ? AIR : 0;
  *body_min = lo + 2 * PAD_X + 0.5 + air;
  if (*head_word > lo)
    lo = *head_word;
  if (hi < lo)
    hi = lo;
  *min = lo + 2 * PAD_X + 0.5 + air;
  *max = hi + 2 * PAD_X + 4.5 + air;
}

/* The narrowest width of column col (body_min: its cells' need; word: the
 * header's longest word at full size) with the header set at scale s. */
static double min_at(const mkba_table *t, int col, double body_min, double word,
                     double s) {
  double air = t->cols[col].align == MKBA_ALIGN_RIGHT ? AIR : 0;
  double h = word * s + 2 * PAD_X + 0.5 + air;
  return h > body_min ? h : body_min;
}

/*
 * Column widths. Each column gets its share of the text width by weight,
 * but never less than its longest word (min) and, while another column can
 * use the room, never more than its longest line (max): a column of short
 * numbers gives its spare width to a column of text that would otherwise
 * wrap. Columns held at a bound drop out and the others share what is left
 * by weight, until every column is within its bounds; room that no column
 * can use is shared by weight at the end. When the longest words alone are
 * wider than the page, every column gets a width in proportion to its
 * longest word and its text shrinks to match.
 */
/* Whether column i may give width to a header in a tower: a column of
 * text that wraps anyway (narrower than its widest, max) and whose own
 * header fits (head). */
static int donor(const mkba_table *t, int i, const double *head,
                 const double *max) {
  return t->cols[i].align == MKBA_ALIGN_LEFT && head[i] <= t->width[i] &&
         t->width[i] < max[i] - 0.5;
}

/* The largest header scale from 1 down to HEAD_MIN_SCALE at which the
 * columns' narrowest widths fit the page (whole: with every left-aligned
 * column at its widest, its labels on one line), or 0 when none does.
 * bmin, word, max: per column, the body's narrowest width, the header's
 * longest word at full size, the widest width. */
static double header_scale(const mkba_table *t, const double *bmin,
                           const double *word, const double *max, int whole) {
  double need[2];
  const double at[2] = {1.0, HEAD_MIN_SCALE};
  for (int k = 0; k < 2; k++) {
    need[k] = 0;
    for (int i = 0; i < t->ncols; i++) {
      double m = min_at(t, i, bmin[i], word[i], at[k]);
      if (whole && t->cols[i].align == MKBA_ALIGN_LEFT && max[i] > m)
        m = max[i];
      need[k] += m;
    }
  }
  if (need[0] <= MKBA_TEXT_WIDTH)
    return 1.0;
  if (need[1] > MKBA_TEXT_WIDTH)
    return 0;
  double lo = HEAD_MIN_SCALE, hi = 1.0;
  for (int it = 0; it < 20; it++) {
    double mid = (lo + hi) / 2, n = 0;
    for (int i = 0; i < t->ncols; i++) {
      double m = min_at(t, i, bmin[i], word[i], mid);
      if (whole && t->cols[i].align == MKBA_ALIGN_LEFT && max[i] > m)
        m = max[i];
      n += m;
    }
    if (n <= MKBA_TEXT_WIDTH)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

static void layout_columns(mkba_table *t) {
  double min[MKBA_TABLE_MAX_COLS], max[MKBA_TABLE_MAX_COLS];
  double head[MKBA_TABLE_MAX_COLS], bmin[MKBA_TABLE_MAX_COLS];
  double word[MKBA_TABLE_MAX_COLS];
  int held[MKBA_TABLE_MAX_COLS] = {0}; /* 0 free, 1 at min, 2 at max */
  double need = 0, total = 0;
  t->head_scale = 1.0;
  for (int i = 0; i < t->ncols; i++) {
    t->scale[i] = 1.0;
    t->width[i] = MKBA_TEXT_WIDTH / t->ncols; /* for measuring only */
  }
  for (int i = 0; i < t->ncols; i++) {
    col_needs(t, i, &min[i], &max[i], &head[i], &bmin[i], &word[i]);
    need += min[i];
    total += t->cols[i].weight > 0 ? t->cols[i].weight : 0;
  }
  /* long words in the headers: set the headers smaller (down to
   * HEAD_MIN_SCALE) before any text of the body is, and before a label
   * column that could be one line a row wraps: the largest size at which
   * the label columns are whole, else the largest at which the table fits
   * at all */
  double s_fit = header_scale(t, bmin, word, max, 0);
  double s_whole = header_scale(t, bmin, word, max, 1);
  t->head_scale = s_whole > 0 ? s_whole : s_fit > 0 ? s_fit : HEAD_MIN_SCALE;
  if (t->head_scale < 1) {
    need = 0;
    for (int i = 0; i < t->ncols; i++) {
      double m = min_at(t, i, bmin[i], word[i], t->head_scale);
      head[i] = (head[i] - 2 * PAD_X - 0.5) * t->head_scale + 2 * PAD_X + 0.5;
      if (max[i] < m)
        max[i] = m;
      min[i] = m;
      need += m;
    }
  }
  if (need > MKBA_TEXT_WIDTH + 0.01) {
    double f = MKBA_TEXT_WIDTH / need;
    for (int i = 0; i < t->ncols; i++) {
      t->width[i] = min[i] * f;
      double s = (t->width[i] - 2 * PAD_X) / (min[i] - 2 * PAD_X);
      t->scale[i] = s < MIN_SCALE ? MIN_SCALE : s > 1 ? 1 : s;
    }
  } else {
    for (int changed = 1; changed;) {
      changed = 0;
      double room = MKBA_TEXT_WIDTH, weight = 0;
      for (int i = 0; i < t->ncols; i++) {
        if (held[i])
          room -= held[i] == 1 ? min[i] : max[i];
        else
          weight += t->cols[i].weight > 0 ? t->cols[i].weight : 0;
      }
      /* the free column furthest below its min is held first, else the
       * one furthest above its max: the shares of the others change */
      int worst = -1, kind = 0;
      double worst_by = 0;
      for (int i = 0; i < t->ncols; i++) {
        if (held[i])
          continue;
        t->width[i] = weight > 0 && t->cols[i].weight > 0
                          ? room * t->cols[i].weight / weight
                          : 0;
        if (min[i] - t->width[i] > (kind == 1 ? worst_by : 0))
          worst = i, kind = 1, worst_by = min[i] - t->width[i];
      }
      for (int i = 0; i < t->ncols && kind == 0; i++)
        if (!held[i] && t->width[i] - max[i] > worst_by)
          worst = i, worst_by = t->width[i] - max[i];
      if (worst >= 0) {
        held[worst] = kind == 1 ? 1 : 2;
        changed = 1;
      }
    }
    double used = 0;
    for (int i = 0; i < t->ncols; i++) {
      if (held[i])
        t->width[i] = held[i] == 1 ? min[i] : max[i];
      used += t->width[i];
    }
    /* a column held at its max early may have more than its share once
     * others were held at their min: give back down to its min */
    double over = used - MKBA_TEXT_WIDTH, slack = 0;
    for (int i = 0; i < t->ncols; i++)
      if (held[i] == 2)
        slack += t->width[i] - min[i];
    for (int i = 0; i < t->ncols && over > 0.01 && slack > 0; i++)
      if (held[i] == 2) {
        double cut = over * (t->width[i] - min[i]) / slack;
        t->width[i] -= cut;
        used -= cut;
      }
    /* every column at its max: first the headers that would wrap into a
     * tower get room, up to about three lines each (a label of the body
     * that wraps reads worse than a header that does) ... */
    double spare = MKBA_TEXT_WIDTH - used, want = 0;
    for (int i = 0; i < t->ncols; i++)
      if (head[i] > t->width[i])
        want += head[i] - t->width[i];
    if (want > 0.01 && spare > 0.01) {
      double f = spare < want ? spare / want : 1;
      for (int i = 0; i < t->ncols; i++)
        if (head[i] > t->width[i]) {
          double add = (head[i] - t->width[i]) * f;
          t->width[i] += add;
          spare -= add;
        }
    }
    /* ... then the rest of the width by weight */
    for (int i = 0; i < t->ncols && spare > 0.01 && total > 0; i++)
      if (t->cols[i].weight > 0)
        t->width[i] += spare * t->cols[i].weight / total;
    /* a header still in a tower takes a little from the columns of text
     * that wrap anyway: at most HEAD_TAKE of their width, never below
     * their narrowest */
    want = 0;
    for (int i = 0; i < t->ncols; i++)
      if (head[i] > t->width[i])
        want += head[i] - t->width[i];
    double can = 0;
    for (int i = 0; i < t->ncols; i++)
      if (donor(t, i, head, max))
        can += fmin(t->width[i] - min[i], HEAD_TAKE * t->width[i]);
    if (want > 0.01 && can > 0.01) {
      double f = want < can ? want / can : 1, g = can < want ? can / want : 1;
      for (int i = 0; i < t->ncols; i++) {
        if (donor(t, i, head, max))
          t->width[i] -=
              fmin(t->width[i] - min[i], HEAD_TAKE * t->width[i]) * f;
        else if (head[i] > t->width[i])
          t->width[i] += (head[i] - t->width[i]) * g;
      }
    }
  }
  double x = MKBA_MARGIN_X;
  for (int i = 0; i < t->ncols; i++) {
    t->x[i] = x;
    x += t->width[i];
  }
}

void mkba_table_begin(mkba_table *t, mkba_page *pg, const mkba_col *cols,
                      int ncols) {
  memset(t, 0, sizeof *t);
  if (ncols > MKBA_TABLE_MAX_COLS)
    ncols = MKBA_TABLE_MAX_COLS;
  t->pg = pg;
  t->cols = cols;
  t->ncols = ncols;
  t->size = MKBA_PT_TABLE;
  t->head_scale = 1.0;
  for (int i = 0; i < ncols; i++)
    t->head[i] = glue(cols[i].title);
}

void mkba_table_row_note(mkba_table *t, const char *const *cells,
                         unsigned flags, const mkba_rgb *swatch,
                         const char *note, int from) {
  if (t->nrows == t->cap) {
    size_t cap = t->cap ? 2 * t->cap : 32;
    struct mkba_table_row *rows = realloc(t->rows, cap * sizeof *rows);
    if (rows == NULL)
      return; /* out of memory: the row is left out, nothing breaks */
    t->rows = rows;
    t->cap = cap;
  }
  struct mkba_table_row *r = &t->rows[t->nrows++];
  memset(r, 0, sizeof *r);
  int n = (flags & MKBA_ROW_GROUP) ? 1 : t->ncols;
  for (int i = 0; i < n; i++) {
    const char *c = cells[i];
    if (c == NULL)
      continue;
    const char *nl = strchr(c, '\n');
    char *m = dup_n(c, nl != NULL ? (size_t)(nl - c) : strlen(c));
    r->main[i] = glue(m);
    free(m);
    if (nl != NULL)
      r->rest[i] = dup_n(nl + 1, strlen(nl + 1));
  }
  if (note != NULL && note[0] != '\0' && from >= 0 && from < t->ncols) {
    r->note = dup_n(note, strlen(note));
    r->note_from = from;
  }
  r->flags = flags;
  if (swatch != NULL) {
    r->has_swatch = 1;
    r->swatch = *swatch;
  }
}

void mkba_table_row(mkba_table *t, const char *const *cells, unsigned flags,
                    const mkba_rgb *swatch) {
  mkba_table_row_note(t, cells, flags, swatch, NULL, 0);
}

/* Draw row r at the cursor; h: its height from row_height. */
static void draw_row(mkba_table *t, const struct mkba_table_row *r, double h) {
  mkba_page *pg = t->pg;
  cairo_t *cr = pg->cr;
  int span = (r->flags & MKBA_ROW_GROUP) != 0;
  if (span) {
    pg->y += GROUP_GAP;
    h -= GROUP_GAP;
  } else if (!(r->flags & MKBA_ROW_PLAIN) && t->row % 2 == 1) {
    cairo_rectangle(cr, MKBA_MARGIN_X, pg->y, MKBA_TEXT_WIDTH, h);
    mkba_set_rgb(cr, MKBA_RGB_SHADE);
    cairo_fill(cr);
  }
  if (r->flags & MKBA_ROW_RULE) {
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_set_line_width(cr, MKBA_LW_THIN);
    cairo_move_to(cr, MKBA_MARGIN_X, pg->y);
    cairo_line_to(cr, MKBA_MARGIN_X + MKBA_TEXT_WIDTH, pg->y);
    cairo_stroke(cr);
  }
  if (r->has_swatch) {
    cairo_rectangle(cr, t->x[0] + PAD_X, pg->y + PAD_Y + 1.5, SWATCH, SWATCH);
    mkba_set_rgb(cr, r->swatch);
    cairo_fill_preserve(cr);
    cairo_set_source_rgba(cr, 0, 0, 0, 0.55);
    cairo_set_line_width(cr, MKBA_LW_FINE);
    cairo_stroke(cr);
  }
  row_body(t, r, pg->y + PAD_Y, 1);
  pg->y += h;
  pg->fresh = 0;
  if (!span)
    t->row++;
  else
    t->row = 0;
}

/* The height that must fit on the page for row k to be drawn there (h:
 * the rows' heights): the row itself; a group title with what the row
 * under it needs; one of the last TAIL_ROWS rows with all the rows after
 * it, so that a total never goes over alone. */
static double keep_with(const mkba_table *t, const double *h, size_t k) {
  double keep = 0;
  for (size_t j = k; j < t->nrows; j++) {
    if (t->nrows - j <= TAIL_ROWS) {
      for (size_t i = j; i < t->nrows; i++)
        keep += h[i];
      break;
    }
    keep += h[j];
    if (!(t->rows[j].flags & MKBA_ROW_GROUP))
      break;
  }
  return keep;
}

void mkba_table_discard(mkba_table *t) {
  for (size_t k = 0; k < t->nrows; k++)
    row_free(&t->rows[k]);
  for (int i = 0; i < MKBA_TABLE_MAX_COLS; i++) {
    free(t->head[i]);
    t->head[i] = NULL;
  }
  free(t->rows);
  t->rows = NULL;
  t->nrows = t->cap = 0;
}

double mkba_table_height(mkba_table *t) {
  layout_columns(t);
  double total = header_height(t);
  for (size_t k = 0; k < t->nrows; k++)
    total += row_height(t, &t->rows[k]);
  return total;
}

void mkba_table_end(mkba_table *t) {
  mkba_page *pg = t->pg;
  layout_columns(t);
  double *h = t->nrows > 0 ? malloc(t->nrows * sizeof *h) : NULL;
  double total = header_height(t);
  for (size_t k = 0; k < t->nrows && h != NULL; k++)
    total += h[k] = row_height(t, &t->rows[k]);
  /* a small table is not split, unless moving it would leave a heading
   * alone at the foot of this page */
  if (h != NULL && total <= MKBA_TABLE_KEEP_WHOLE &&
      !mkba_page_after_heading(pg))
    mkba_page_need(pg, total);
  /* the header starts a page only with its first row and a little of the
   * next under it (the heading and text above it were placed counting on
   * no more than that) */
  double first = header_height(t), more = 0;
  for (size_t k = 0; k < t->nrows && k < 3 && h != NULL; k++)
    if (k == 0)
      first += h[k];
    else
      more += h[k];
  first += more < 2 * (t->size + 2 * PAD_Y) ? more : 2 * (t->size + 2 * PAD_Y);
  mkba_page_need(pg, first);
  draw_header(t);
  for (size_t k = 0; k < t->nrows && h != NULL; k++) {
    const struct mkba_table_row *r = &t->rows[k];
    if (!pg->fresh && pg->y + keep_with(t, h, k) > MKBA_TEXT_BOTTOM) {
      mkba_page_new(pg);
      draw_header(t);
    }
    draw_row(t, r, h[k]);
  }
  free(h);
  mkba_table_discard(t);
  cairo_set_source_rgb(pg->cr, 0.1, 0.1, 0.1);
  cairo_set_line_width(pg->cr, MKBA_LW_FINE);
  cairo_move_to(pg->cr, MKBA_MARGIN_X, pg->y);
  cairo_line_to(pg->cr, MKBA_MARGIN_X + MKBA_TEXT_WIDTH, pg->y);
  cairo_stroke(pg->cr);
  pg->y += 8;
}
