// Command-line flags with CLI11: the only file that knows the flag names.
#include "cli/flags.h"

#include <CLI/CLI.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <iostream>
#include <map>

#include "claimdiff/render.h"
#include "cli/exit_codes.h"

namespace claimdiff {
namespace {

constexpr const char* kExamples = R"(
Examples:
  claimdiff samples/sony-cnet.txt samples/sony-vice.txt    side by side, colour on a terminal
  claimdiff --format json a.txt b.txt > report.json         machine-readable report
  claimdiff --format html -o report.html a.txt b.txt        self-contained page to read and send
  claimdiff -o report.txt a.txt b.txt                       write the report to a file
  cat b.txt | claimdiff a.txt -                             '-' reads standard input
  claimdiff --write-expect known.expect a.txt b.txt         snapshot the findings to trim by hand
  claimdiff --expect known.expect a.txt b.txt               check known discrepancies (CI)

Expectations file (--expect), one finding per line, '#' starts a comment:
  conflict negation "we have means to prove" | "we have no means to prove"
  shared            "grave consequences" | "grave consequences"
  aligned           "Sony had made a mistake" | "Sony made a mistake"
  only-a            "We have not caved"
  only-b            "Wired magazine"
A phrase names the sentence of its side (A before '|', B after) that contains it, ignoring
case, quote style, dashes and all spacing; write \" for a quote inside a phrase. 'conflict'
may list reasons that must all be present (negation, antonym, number, date, attribution,
quote, modality); 'aligned' accepts shared or conflict.
With --expect the ledger (expected / resolved / new) goes to stdout and the report only to -o.
--write-expect tracks every conflict and the substantial rest; minor lines follow commented out.

Exit status: 0 the two say the same thing, 1 differences (conflicts or claims only one side
makes), 2 trouble (unreadable input, bad arguments, failed output). With --expect: 0 every
expectation holds, 1 one does not (or, with --strict, a conflict is not listed), 2 malformed file.
)";

// True when both paths reach one pipe, socket or character device ('-' is stdin).
bool SameStream(const std::string& a, const std::string& b) {
  struct stat x, y;
  auto look = [](const std::string& path, struct stat* info) {
    return (path == "-" ? ::fstat(STDIN_FILENO, info) : ::stat(path.c_str(), info)) == 0;
  };
  if (!look(a, &x) || !look(b, &y)) return false;
  bool stream = S_ISFIFO(x.st_mode) || S_ISSOCK(x.st_mode) || S_ISCHR(x.st_mode);
  return stream && x.st_dev == y.st_dev && x.st_ino == y.st_ino && x.st_rdev == y.st_rdev;
}

}  // namespace

std::optional<CliOptions> ParseFlags(int argc, char** argv, int* exit_code) {
  CliOptions options;
  CLI::App app{"claimdiff: compare two reports of the same event sentence by sentence, showing\n"
               "what they share, where they conflict, and what each says alone.",
               "claimdiff"};
  app.footer(kExamples);
  app.set_version_flag("--version", "claimdiff 0.1.0");
  app.add_option("A", options.path_a, "first report (file, or - for stdin)")->required();
  app.add_option("B", options.path_b, "second report (file, or - for stdin)")->required();
  std::map<std::string, Format> formats = {
      {"text", Format::kText}, {"json", Format::kJson}, {"html", Format::kHtml}};
  app.add_option("-f,--format", options.format, "output format: text (default), json or html")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
  app.add_option("-o,--output", options.output, "write the report to this file (atomically)");
  app.add_option("--color,--colour", options.color, "colour in text output: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("-w,--width", options.width, "text report width in columns (default: terminal)")
      ->check(CLI::Range(40, 1000));
  app.add_option("--label-a", options.label_a, "name shown for A (default: its path)");
  app.add_option("--label-b", options.label_b, "name shown for B (default: its path)");
  app.add_option("--encoding", options.input.encoding,
                 "charset of both inputs, any ICU name such as windows-1252 (default: UTF-8;\n"
                 "UTF-16/32 are recognised by their byte-order mark)");
  app.add_option("--min-similarity", options.compare.align.min_similarity,
                 "alignment threshold 0..1 (default 0.12)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_flag("-q,--quiet", options.quiet, "no progress display");
  app.add_option("--expect", options.expect, "check the findings against this expectations file");
  app.add_option("--write-expect", options.write_expect, "write the findings as an expectations file");
  app.add_flag("--strict", options.strict, "with --expect: conflicts not listed in the file fail too");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) {  // --help, --version
      *exit_code = app.exit(error) == 0 ? kExitSame : kExitTrouble;
      return std::nullopt;
    }
    // One line, like every other error, with anything from the command line escaped.
    std::cerr << "claimdiff: " << EscapeForTerminal(error.what()) << " (see --help)\n";
    *exit_code = kExitTrouble;
    return std::nullopt;
  }
  // CLI::Range lets NaN through (every comparison with it is false).
  if (!(options.compare.align.min_similarity >= 0.0 && options.compare.align.min_similarity <= 1.0)) {
    std::cerr << "claimdiff: --min-similarity: not a number between 0 and 1\n";
    *exit_code = kExitTrouble;
    return std::nullopt;
  }
  if (options.strict && options.expect.empty()) {
    std::cerr << "claimdiff: --strict needs --expect FILE\n";
    *exit_code = kExitTrouble;
    return std::nullopt;
  }
  if (options.path_a == "-" && options.path_b == "-") {
    std::cerr << "claimdiff: only one of A and B can be '-' (stdin)\n";
    *exit_code = kExitTrouble;
    return std::nullopt;
  }
  // "/dev/stdin /dev/stdin" (or "- /dev/fd/0"): two readers of one pipe would each get part of it.
  if (SameStream(options.path_a, options.path_b)) {
    std::cerr << "claimdiff: " << EscapeForTerminal(options.path_b) << ": is the same stream as "
              << EscapeForTerminal(options.path_a) << ", which can be read only once\n";
    *exit_code = kExitTrouble;
    return std::nullopt;
  }
  return options;
}

}  // namespace claimdiff
