/*
 * count.h: MKBA_COUNT, the number of elements of an array.
 *
 * For the counts passed beside an array and the loops over it (the columns
 * of a report table, the keys of a legend, the pipes a supervisor polls),
 * so the number follows the array when an element is added or removed.
 * Only an array is accepted: given a pointer, whose sizeof says nothing
 * about what it points at, the build fails. One copy for the host and the
 * report (text/ is below both).
 */
#ifndef MKBA_COUNT_H
#define MKBA_COUNT_H

/* 0, or a compile-time error when a is a pointer rather than an array: an
 * array's type differs from the type of a pointer to its first element. */
#define MKBA_COUNT_IS_ARRAY(a)                                                 \
  (0 * sizeof(struct {                                                         \
     _Static_assert(                                                           \
         !__builtin_types_compatible_p(__typeof__(a), __typeof__(&(a)[0])),    \
         "MKBA_COUNT needs an array, not a pointer");                          \
     char mkba_count_unused;                                                   \
   }))

/* The number of elements of the array a (a size_t constant expression). */
#define MKBA_COUNT(a) (sizeof(a) / sizeof((a)[0]) + MKBA_COUNT_IS_ARRAY(a))

#endif /* MKBA_COUNT_H */
