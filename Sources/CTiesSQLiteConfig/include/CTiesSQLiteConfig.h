#ifndef C_TIES_SQLITE_CONFIG_H
#define C_TIES_SQLITE_CONFIG_H

/// Turns off SQLite's memory statistics (`SQLITE_CONFIG_MEMSTATUS`), which take one
/// process-wide mutex on every allocation: two connections writing at once (a build's graph
/// and its relations' staging database) spent most of their time waiting for it. Only
/// before SQLite is initialized (before the process opens its first connection); returns
/// SQLite's result code (`SQLITE_MISUSE` after).
int ties_sqlite_disable_memory_statistics(void);

#endif
