// The --expect / --write-expect side of a claimdiff run: load, snapshot, check, ledger, exit code.
#ifndef CLAIMDIFF_CLI_EXPECT_COMMAND_H_
#define CLAIMDIFF_CLI_EXPECT_COMMAND_H_

#include <string>

#include "claimdiff/expect.h"
#include "claimdiff/report.h"
#include "claimdiff/status.h"
#include "cli/flags.h"

namespace claimdiff {

class ExpectCommand {
 public:
  explicit ExpectCommand(const CliOptions& options) : options_(options) {}

  // True with --expect: the ledger replaces the report on stdout.
  bool checking() const { return !options_.expect.empty(); }

  // Reads and parses the --expect file, so that a malformed one fails (exit 2) before any
  // input is read. Does nothing without --expect.
  Status Load();

  // Writes the --write-expect snapshot of `report` atomically. Does nothing without the flag.
  Status WriteSnapshot(const Report& report) const;

  // Checks the loaded expectations: the ledger goes to stdout, the rendered report only to -o.
  // Sets `exit_code` to 0 when every expectation holds, else 1.
  Status Check(const Report& report, const std::string& rendered, int* exit_code) const;

 private:
  const CliOptions& options_;
  ExpectationFile file_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_CLI_EXPECT_COMMAND_H_
