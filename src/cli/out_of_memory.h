// Running out of memory ends the run with one line and exit 2, not std::bad_alloc and an abort.
#ifndef CLAIMDIFF_CLI_OUT_OF_MEMORY_H_
#define CLAIMDIFF_CLI_OUT_OF_MEMORY_H_

namespace claimdiff {

// Installs a new-handler, so that a failed allocation on any thread (both inputs are read and
// compared on two) prints "claimdiff: out of memory ..." and exits 2, removing the temporary
// output file if one is being written.
void InstallOutOfMemoryHandler();

}  // namespace claimdiff

#endif  // CLAIMDIFF_CLI_OUT_OF_MEMORY_H_
