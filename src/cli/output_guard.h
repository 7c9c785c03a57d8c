// Refuses output paths that name one of the run's own files: writing the report over an input
// article (directly, through a symbolic link or a hard link) would destroy it silently.
#ifndef CLAIMDIFF_CLI_OUTPUT_GUARD_H_
#define CLAIMDIFF_CLI_OUTPUT_GUARD_H_

#include "claimdiff/status.h"
#include "cli/flags.h"

namespace claimdiff {

// Checks -o and --write-expect against the inputs, the --expect file and each other, by the file
// they reach (device and inode), before anything is read or written.
Status CheckOutputsApart(const CliOptions& options);

}  // namespace claimdiff

#endif  // CLAIMDIFF_CLI_OUTPUT_GUARD_H_
