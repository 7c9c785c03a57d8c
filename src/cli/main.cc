// claimdiff command: parse flags, read both inputs, compare, render, write, map to an exit code.
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "claimdiff/claimdiff.h"
#include "cli/batch.h"
#include "cli/exit_codes.h"
#include "cli/expect_command.h"
#include "cli/fatal_errors.h"
#include "cli/flags.h"
#include "cli/interrupt_cleanup.h"
#include "cli/multi_command.h"
#include "cli/output_file.h"
#include "cli/output_guard.h"
#include "common/both_sides.h"

namespace claimdiff {
namespace {

constexpr std::size_t kProgressBytes = 1 << 20;

// The widths --width accepts; a terminal or COLUMNS beyond them is held to the widest.
constexpr int kMinWidth = 40;
constexpr int kMaxWidth = 1000;

int TerminalWidth() {
  struct winsize size;
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= kMinWidth) {
    return std::min<int>(size.ws_col, kMaxWidth);
  }
  if (const char* columns = std::getenv("COLUMNS")) {
    // strtol, not atoi: "99999999999" must not overflow into any width at all.
    long n = std::strtol(columns, nullptr, 10);
    if (n >= kMinWidth) return static_cast<int>(std::min<long>(n, kMaxWidth));
  }
  return 100;
}

bool UseColor(const CliOptions& options) {
  if (options.color == "always") return true;
  if (options.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return options.output.empty() && ::isatty(STDOUT_FILENO);
}

RenderOptions RenderSettings(const CliOptions& options) {
  RenderOptions render;
  render.format = options.format;
  render.width = options.width > 0 ? options.width : TerminalWidth();
  render.color = options.format == Format::kText && UseColor(options);
  return render;
}

// Messages quote file names, which may hold escape sequences or newlines: the error stays one
// visible line and never drives the terminal.
int Fail(const Status& status) {
  std::cerr << "claimdiff: " << ShowControls(status.message()) << "\n";
  return kExitTrouble;
}

// What a run holds: the inputs and the report.
// WordNet's folder from --wordnet (which must hold the data) or the usual search. Missing data
// is a warning here, once, and in every report; false when --wordnet names no WordNet.
bool PrepareWordNet(const CliOptions& options) {
  if (!options.wordnet.empty()) SetWordNetDir(options.wordnet);
  WordNetLocation wordnet = FindWordNet();
  if (wordnet.found) return true;
  if (!options.wordnet.empty()) {
    Fail(Status::Error(Status::Code::kIoError,
                       options.wordnet + ": --wordnet: no WordNet data here (data.verb, verb.exc ...)"));
    return false;
  }
  std::cerr << "claimdiff: warning: " << ShowControls(WordNetWarning(wordnet)) << "\n";
  return true;
}

int Run(const CliOptions& options) {
  Status status = CheckOutputsApart(options);
  if (!status.ok()) return Fail(status);
  // A malformed expectations file is reported before any work is done.
  ExpectCommand expect(options);
  status = expect.Load();
  if (!status.ok()) return Fail(status);
  Document a, b;
  // Both inputs at once (reading and validating a book takes a while); A's error is named first.
  Status status_b;
  ForBothSides(true, [&](int side) {
    if (side == 0)
      status = ReadDocument(options.path_a, options.input, &a);
    else
      status_b = ReadDocument(options.path_b, options.input, &b);
  });
  if (!status.ok()) return Fail(status);
  if (!status_b.ok()) return Fail(status_b);
  if (!options.label_a.empty()) a.label = options.label_a;
  if (!options.label_b.empty()) b.label = options.label_b;
  if (!options.date_a.empty()) a.metadata.published = options.date_a;
  if (!options.date_b.empty()) b.metadata.published = options.date_b;

  Report report;
  // Long inputs take a second or more: say what is happening, on a terminal only.
  Options compare = options.compare;
  bool show_progress = !options.quiet && a.text.size() + b.text.size() > kProgressBytes && ::isatty(STDERR_FILENO);
  if (show_progress) {
    compare.progress = [](const char* stage, double done) {
      std::fprintf(stderr, "\rclaimdiff: %-11s %3d%%", stage, static_cast<int>(done * 100));
      std::fflush(stderr);
    };
  }
  status = CompareDocuments(a, b, compare, &report);
  if (!status.ok()) return Fail(status);

  RenderOptions render = RenderSettings(options);
  status = expect.WriteSnapshot(report);
  if (!status.ok()) return Fail(status);
  if (show_progress) compare.progress("rendering", 0.9);
  if (expect.checking()) {  // the ledger needs the rendered report as a whole
    std::ostringstream rendered;
    Render(report, render, rendered);
    if (show_progress) std::fprintf(stderr, "\r%30s\r", "");
    int exit_code = kExitTrouble;
    status = expect.Check(report, rendered.str(), &exit_code);
    return status.ok() ? exit_code : Fail(status);
  }
  // Rendered straight into the output, never held whole in memory.
  WriteContent write = [&](std::ostream& out) { Render(report, render, out); };
  status = options.output.empty() ? WriteStdout(write) : WriteOutputFile(options.output, write);
  if (show_progress) std::fprintf(stderr, "\r%30s\r", "");
  if (!status.ok()) return Fail(status);
  return report.Same() ? kExitSame : kExitDifferent;
}

}  // namespace
}  // namespace claimdiff

int main(int argc, char** argv) {
  // A closed pipe ("claimdiff a b | head") must end quietly, not kill us mid-write.
  ::signal(SIGPIPE, SIG_IGN);
  // Likewise a file size limit (ulimit -f) must fail the write with EFBIG, not kill us before
  // the temporary output file is cleaned up.
  ::signal(SIGXFSZ, SIG_IGN);
  claimdiff::InstallInterruptCleanup();
  claimdiff::InstallFatalErrorHandlers();
  int exit_code = claimdiff::kExitTrouble;
  std::optional<claimdiff::CliOptions> options = claimdiff::ParseFlags(argc, argv, &exit_code);
  if (!options) return exit_code;
  if (!claimdiff::PrepareWordNet(*options)) return claimdiff::kExitTrouble;
  if (!options->batch.empty()) return claimdiff::RunBatch(*options);
  if (!options->more_paths.empty()) return claimdiff::RunMulti(*options, claimdiff::RenderSettings(*options));
  return claimdiff::Run(*options);
}
