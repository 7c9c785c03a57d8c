// Exit codes of the claimdiff command, as in diff(1).
#ifndef CLAIMDIFF_CLI_EXIT_CODES_H_
#define CLAIMDIFF_CLI_EXIT_CODES_H_

namespace claimdiff {

enum ExitCode : int {
  kExitSame = 0,       // the two say the same thing (or every expectation held)
  kExitDifferent = 1,  // conflicts or one-sided claims found (or an expectation failed)
  kExitTrouble = 2,    // bad arguments, unreadable input, failed output
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_CLI_EXIT_CODES_H_
