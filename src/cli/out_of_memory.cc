// A failed allocation: one line on stderr, no temporary file left, exit 2 (see out_of_memory.h).
#include "cli/out_of_memory.h"

#include <unistd.h>

#include <new>

#include "cli/exit_codes.h"
#include "cli/interrupt_cleanup.h"

namespace claimdiff {
namespace {

// Nothing here may allocate: write(2) a fixed message and leave with _exit.
void OnOutOfMemory() {
  static const char kMessage[] =
      "claimdiff: out of memory: the inputs need more memory than is available (about 30 times their size)\n";
  RemoveTempFile();
  ssize_t ignored = ::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
  (void)ignored;
  ::_exit(kExitTrouble);
}

}  // namespace

void InstallOutOfMemoryHandler() { std::set_new_handler(OnOutOfMemory); }

}  // namespace claimdiff
