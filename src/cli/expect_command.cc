// The --expect / --write-expect side of a claimdiff run: load, snapshot, check, ledger, exit code.
#include "cli/expect_command.h"

#include "claimdiff/ledger_formats.h"
#include "cli/exit_codes.h"
#include "cli/output_file.h"

namespace claimdiff {

Status ExpectCommand::Load() {
  if (!checking()) return Status::Ok();
  return ReadExpectations(options_.expect, &file_);
}

Status ExpectCommand::WriteSnapshot(const Report& report) const {
  if (options_.write_expect.empty()) return Status::Ok();
  return WriteOutputFile(options_.write_expect, WriteExpectations(report));
}

Status ExpectCommand::Check(const Report& report, const std::string& rendered, int* exit_code) const {
  if (!options_.output.empty()) {
    Status status = WriteOutputFile(options_.output, rendered);
    if (!status.ok()) return status;
  }
  ExpectationCheck check = CheckExpectations(file_, report);
  if (!options_.junit.empty()) {
    Status status = WriteOutputFile(options_.junit, FormatJUnit(file_, check, report, options_.strict));
    if (!status.ok()) return status;
  }
  std::string ledger;
  if (options_.format == Format::kJson) {
    ledger = FormatLedgerJson(file_, check, report, options_.strict);
  } else {
    // The report's warnings (WordNet missing, a sentence cut) bear on the ledger too.
    for (const std::string& warning : report.warnings) ledger += "warning: " + warning + "\n";
    ledger += FormatLedger(file_, check, report, options_.strict);
  }
  Status status = WriteStdout(ledger);
  if (!status.ok()) return status;
  *exit_code = check.Passed(options_.strict) ? kExitSame : kExitDifferent;
  return Status::Ok();
}

}  // namespace claimdiff
