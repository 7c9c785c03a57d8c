// Interrupted runs leave no temporary files: SIGINT, SIGTERM and SIGHUP remove the temporary
// output file being written, then end the process as the signal would have.
#ifndef CLAIMDIFF_CLI_INTERRUPT_CLEANUP_H_
#define CLAIMDIFF_CLI_INTERRUPT_CLEANUP_H_

#include <string>

namespace claimdiff {

// Installs the handlers; call once, early in main.
void InstallInterruptCleanup();

// Creates a temporary file from `pattern` (mkstemp's XXXXXX) and registers it for removal on an
// interrupt, with the signals held off in between so no interrupt can fall between the two.
// Returns the descriptor, or -1 with errno set.
int CreateTempFile(std::string* pattern);

// The temporary file is gone (renamed into place or unlinked): forget it.
void ForgetTempFile();

// Removes the registered temporary file now, for a run ending abruptly (out of memory).
void RemoveTempFile();

}  // namespace claimdiff

#endif  // CLAIMDIFF_CLI_INTERRUPT_CLEANUP_H_
