// --batch PAIRS: many comparisons in one run, one JSON report per line (JSON Lines).
#ifndef CLAIMDIFF_CLI_BATCH_H_
#define CLAIMDIFF_CLI_BATCH_H_

#include "cli/flags.h"

namespace claimdiff {

// Reads the pairs list (a file, or - for stdin): one pair a line, A and B separated by a tab;
// blank lines and lines starting with '#' are skipped. Writes one compact JSON report per pair
// to stdout as soon as it is done, the same report `claimdiff --format json A B` gives; a pair
// that fails is the record {"claimdiff":1,"line":N,"a":{"path":..},"b":{"path":..},"error":".."}
// and the batch goes on. Returns 2 when the list cannot be read or a pair failed, else 1 when a
// pair differs, else 0.
int RunBatch(const CliOptions& options);

}  // namespace claimdiff

#endif  // CLAIMDIFF_CLI_BATCH_H_
