// Three or more sources: read them all, compare every pair, write the corroboration grid.
#ifndef CLAIMDIFF_CLI_MULTI_COMMAND_H_
#define CLAIMDIFF_CLI_MULTI_COMMAND_H_

#include "claimdiff/render.h"
#include "cli/flags.h"

namespace claimdiff {

// Exit code: 0 every source states every claim and none is contradicted, 1 otherwise, 2 trouble
// (one line on stderr naming the file; no output file is left behind).
int RunMulti(const CliOptions& options, const RenderOptions& render);

}  // namespace claimdiff

#endif  // CLAIMDIFF_CLI_MULTI_COMMAND_H_
