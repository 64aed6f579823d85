// The declaration in include/CLibFuzzer.h is all there is; a C target needs one source file.
#include "CLibFuzzer.h"
