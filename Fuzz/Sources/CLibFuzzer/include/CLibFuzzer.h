#ifndef TIES_CLIBFUZZER_H
#define TIES_CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (linked by -sanitize=fuzzer): parses libFuzzer's command line and runs
/// `callback` on each input. The fuzz targets call it from their own main, because SwiftPM
/// links an executable's entry point under its own name and libFuzzer's main would not run.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
