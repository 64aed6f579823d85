// The header's inline function is the whole module; SwiftPM wants one source file.
#include "CTiesPrefetch.h"
