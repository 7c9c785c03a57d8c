// Out of memory and uncaught exceptions: one line on stderr, no temporary file left, exit 2.
#include "cli/fatal_errors.h"

#include <unistd.h>

#include <atomic>
#include <cstring>
#include <exception>
#include <new>
#include <system_error>

#include "cli/exit_codes.h"
#include "cli/interrupt_cleanup.h"

namespace claimdiff {
namespace {

// Nothing here may allocate: the message goes out with write(2), the process with _exit.
[[noreturn]] void Die(const char* what, const char* detail = "") {
  // Several threads may run out of memory at once: the first one speaks, the others wait for it.
  static std::atomic<bool> dying{false};
  if (dying.exchange(true)) {
    for (;;) ::pause();
  }
  RemoveTempFile();
  const char prefix[] = "claimdiff: ";
  ssize_t ignored = ::write(STDERR_FILENO, prefix, sizeof prefix - 1);
  ignored = ::write(STDERR_FILENO, what, std::strlen(what));
  ignored = ::write(STDERR_FILENO, detail, std::strlen(detail));
  ignored = ::write(STDERR_FILENO, "\n", 1);
  (void)ignored;
  ::_exit(kExitTrouble);
}

constexpr const char* kOutOfMemory =
    "out of memory: comparing needs about 30 times the inputs' size in memory (see README, Limits)";

void OnOutOfMemory() { Die(kOutOfMemory); }

void OnTerminate() {
  const char* what = "internal error: unexpected exception";
  const char* detail = "";
  try {
    if (std::exception_ptr current = std::current_exception()) std::rethrow_exception(current);
  } catch (const std::bad_alloc&) {
    what = kOutOfMemory;
  } catch (const std::system_error& e) {  // std::thread, when no thread can be started
    what = "cannot start a thread: ";
    detail = e.what();
  } catch (const std::exception& e) {
    what = e.what();  // from the standard library ("Resource temporarily unavailable"), not from input
  } catch (...) {
  }
  Die(what, detail);
}

}  // namespace

void InstallFatalErrorHandlers() {
  std::set_new_handler(OnOutOfMemory);
  std::set_terminate(OnTerminate);
}

}  // namespace claimdiff
