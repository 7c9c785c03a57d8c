// Removes the temporary output file when an interrupt ends the run (see interrupt_cleanup.h).
#include "cli/interrupt_cleanup.h"

#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace claimdiff {
namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// One output is written at a time. The handler reads only these: a fixed buffer and a flag.
char g_temp_path[PATH_MAX + 1];
volatile sig_atomic_t g_temp_live = 0;

void OnInterrupt(int signal_number) {
  if (g_temp_live) ::unlink(g_temp_path);  // async-signal-safe
  // End with the signal itself, so the parent sees "killed by SIGINT" (status 130 in a shell).
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

sigset_t InterruptSet() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : kSignals) sigaddset(&set, s);
  return set;
}

}  // namespace

void InstallInterruptCleanup() {
  for (int s : kSignals) {
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    // A signal ignored when we started (nohup, a shell's background job) stays ignored.
    if (::sigaction(s, nullptr, &action) == 0 && action.sa_handler == SIG_IGN) continue;
    action.sa_handler = OnInterrupt;
    sigemptyset(&action.sa_mask);
    for (int other : kSignals) sigaddset(&action.sa_mask, other);
    action.sa_flags = 0;
    ::sigaction(s, &action, nullptr);
  }
}

int CreateTempFile(std::string* pattern) {
  if (pattern->size() > PATH_MAX) {
    errno = ENAMETOOLONG;
    return -1;
  }
  sigset_t interrupts = InterruptSet(), previous;
  ::pthread_sigmask(SIG_BLOCK, &interrupts, &previous);
  int fd = ::mkstemp(pattern->data());
  int error = errno;
  if (fd >= 0) {
    std::memcpy(g_temp_path, pattern->c_str(), pattern->size() + 1);
    g_temp_live = 1;
  }
  ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  errno = error;
  return fd;
}

void ForgetTempFile() { g_temp_live = 0; }

void RemoveTempFile() {
  if (g_temp_live) ::unlink(g_temp_path);
  g_temp_live = 0;
}

}  // namespace claimdiff
