// Writes the finished report: atomically to a regular file, straight to anything else.
#ifndef CLAIMDIFF_CLI_OUTPUT_FILE_H_
#define CLAIMDIFF_CLI_OUTPUT_FILE_H_

#include <functional>
#include <ostream>
#include <string>

#include "claimdiff/status.h"

namespace claimdiff {

// Writes the output's bytes into the stream it is given (once). The bytes go to the file as they
// come, through a buffer, so a report of any size is never held whole in memory.
using WriteContent = std::function<void(std::ostream&)>;

// Writes `content` to `path`. A regular (or not yet existing) file is written through a temporary
// file in the same directory and renamed into place, so readers never see a partial report and
// a failure leaves nothing behind; a replaced file keeps its permissions, and a symbolic link
// stays a link to the rewritten file. Devices, FIFOs and the like are written directly, and a
// FIFO reader that stops early ends the write quietly.
Status WriteOutputFile(const std::string& path, const WriteContent& write);
Status WriteOutputFile(const std::string& path, const std::string& content);

// Writes to stdout; a closed pipe (EPIPE) counts as success, since the reader chose to stop
// reading.
Status WriteStdout(const WriteContent& write);
Status WriteStdout(const std::string& content);

}  // namespace claimdiff

#endif  // CLAIMDIFF_CLI_OUTPUT_FILE_H_
