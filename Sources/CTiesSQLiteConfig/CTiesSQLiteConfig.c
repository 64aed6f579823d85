#include "CTiesSQLiteConfig.h"

#include <sqlite3.h>

// `sqlite3_config` takes variable arguments, which Swift cannot pass: called from here.
int ties_sqlite_disable_memory_statistics(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
