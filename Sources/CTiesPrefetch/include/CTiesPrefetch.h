#ifndef C_TIES_PREFETCH_H
#define C_TIES_PREFETCH_H

/// Hints that the cache line holding `address` will soon be read and written (a
/// prefetch never faults, whatever the address).
static inline void ties_prefetch(const void *address) { __builtin_prefetch(address, 1, 3); }

#endif
