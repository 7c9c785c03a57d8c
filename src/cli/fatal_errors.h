// Running out of memory, or any exception nothing caught (a thread that cannot be started under
// a memory limit), ends the run with one line and exit 2, not an abort with status 134.
#ifndef CLAIMDIFF_CLI_FATAL_ERRORS_H_
#define CLAIMDIFF_CLI_FATAL_ERRORS_H_

namespace claimdiff {

// Installs a new-handler and a terminate handler, so that a failed allocation or an uncaught
// exception on any thread (inputs are read and compared on two) prints "claimdiff: ..." and
// exits 2, removing the temporary output file if one is being written.
void InstallFatalErrorHandlers();

}  // namespace claimdiff

#endif  // CLAIMDIFF_CLI_FATAL_ERRORS_H_
