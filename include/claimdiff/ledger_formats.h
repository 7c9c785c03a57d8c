// The --expect ledger for machines: JSON (with --format json) and JUnit XML (--junit FILE).
#ifndef CLAIMDIFF_LEDGER_FORMATS_H_
#define CLAIMDIFF_LEDGER_FORMATS_H_

#include <string>

#include "claimdiff/expect.h"
#include "claimdiff/report.h"

namespace claimdiff {

// "expected", "resolved", "failed" or "stale": the ledger's section names.
const char* OutcomeName(ExpectationOutcome::State state);

// The ledger as one JSON object (schema "claimdiff_expect": 1): the file, the result, counts,
// one entry per expectation (line, text, state, what was found, where) and the new conflicts.
std::string FormatLedgerJson(const ExpectationFile& file, const ExpectationCheck& check, const Report& report,
                             bool strict);

// JUnit XML as GitLab, Jenkins and GitHub's test reporters read it: one <testcase> per
// expectation (a <failure> unless it held), and with `strict` one failing case per new conflict.
std::string FormatJUnit(const ExpectationFile& file, const ExpectationCheck& check, const Report& report, bool strict);

}  // namespace claimdiff

#endif  // CLAIMDIFF_LEDGER_FORMATS_H_
