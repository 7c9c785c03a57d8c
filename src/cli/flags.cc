// Command-line flags with CLI11: the only file that knows the flag names.
#include "cli/flags.h"

#include <sys/stat.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <map>
#include <regex>

#include "absl/time/civil_time.h"
#include "claimdiff/render.h"
#include "claimdiff/version.h"
#include "cli/exit_codes.h"
#include "cli/help.h"

namespace claimdiff {
namespace {

// Every line at most 80 columns (a test checks).
constexpr const char* kFooter = R"(
Examples:
  claimdiff a.txt b.txt                      side by side, colour on a terminal
  claimdiff --format json a.txt b.txt        machine-readable report
  claimdiff --format html -o r.html a b      one page to read and send
  claimdiff https://a.example/x b.pdf        web pages, URLs, PDF and DOCX too
  cat b.txt | claimdiff a.txt -              '-' reads standard input
  claimdiff --write-expect known.expect a b  snapshot the findings, trim by hand
  claimdiff --expect known.expect a b        check known discrepancies (CI)
  claimdiff --batch pairs.tsv > out.jsonl    many pairs, one JSON line each
  claimdiff a.txt b.html c.pdf d.txt         which sources state, contradict,
                                             or are silent on each claim

Expectations file (--expect), one finding per line, '#' starts a comment:
  conflict negation "we have means to prove" | "we have no means to prove"
  shared            "grave consequences" | "grave consequences"
  aligned           "Sony had made a mistake" | "Sony made a mistake"
  only-a            "We have not caved"
  only-b            "Wired magazine"
A phrase names the sentence of its side (A before '|', B after) that contains
it, ignoring case, quote style, dashes and spacing; write \" for a quote inside
a phrase. 'conflict' may list reasons that must all be present (negation,
antonym, number, date, attribution, quote, modality); 'aligned' accepts shared
or conflict. With --expect the ledger goes to stdout (JSON with --format json)
and the report only to -o.

WordNet (antonyms, irregular verbs) is read from --wordnet DIR, else
$WNSEARCHDIR, else $WNHOME/dict, else the installed default; without it the
report and stderr carry a warning.

Exit status: 0 the two say the same thing, 1 differences (conflicts or claims
only one side makes), 2 trouble (bad arguments, unreadable input, failed
output). With --expect: 0 every expectation holds, 1 one does not (with
--strict, also an unlisted conflict), 2 malformed file. With --batch: 2 when
a pair failed, else 1 when a pair differs, else 0. With three or more
reports: 0 every source states every claim and none is contradicted, else 1.
See claimdiff(1) for more.
)";

// CLI11's messages may span lines; ours are one line.
std::string OneLine(std::string message) {
  for (char& c : message) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  while (!message.empty() && message.back() == ' ') message.pop_back();
  return message;
}

// CLI11 names value types ("1 required TEXT missing"); a user wants to know what to write.
std::string Readable(const std::string& message) {
  static const std::regex missing("^(-[-\\w]+): \\d+ required \\w+ missing$");
  static const std::regex not_number("^Could not convert: (-[-\\w]+) = (.*)$");
  std::smatch m;
  if (std::regex_match(message, m, missing)) return m[1].str() + " needs a value";
  if (std::regex_match(message, m, not_number)) return m[1].str() + ": '" + m[2].str() + "' is not a number";
  return message;
}

// Pairs grow as the square of the sources: 200 sources are 19,900 comparisons.
constexpr std::size_t kMaxSources = 200;

std::optional<CliOptions> Trouble(const std::string& message, int* exit_code) {
  std::cerr << "claimdiff: " << ShowControls(OneLine(message)) << "\n";
  *exit_code = kExitTrouble;
  return std::nullopt;
}

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
  CLI::App app{
      "compare two reports of the same event sentence by sentence: what they share, "
      "where they conflict, and what each says alone.",
      "claimdiff"};
  app.set_help_flag("-h,--help", "show this help and exit")->group("Other");
  app.set_version_flag("-V,--version", "claimdiff " CLAIMDIFF_VERSION, "show the version and exit")->group("Other");
  app.add_option("A", options.path_a, "first report (file, URL, or - for stdin)");
  app.add_option("B", options.path_b, "second report (file, or - for stdin)");
  app.add_option("MORE", options.more_paths, "further reports: every source against every other");

  std::string format = "text";
  const std::string output = "Output";
  app.add_option("-f,--format", format, "text (default), json or html")->option_text("FORMAT")->group(output);
  app.add_option("-o,--output", options.output, "write the report to FILE atomically (never a partial file)")
      ->option_text("FILE")
      ->group(output);
  app.add_option("-w,--width", options.width, "width of the text report, 40..1000 (default: the terminal's, else 100)")
      ->option_text("N")
      ->group(output);
  app.add_option("--color,--colour", options.color,
                 "auto (default: colour on a terminal, none with NO_COLOR), always or never")
      ->option_text("WHEN")
      ->group(output);
  app.add_option("--label-a", options.label_a, "name shown for A (default: its path)")
      ->option_text("NAME")
      ->group(output);
  app.add_option("--label-b", options.label_b, "name shown for B (default: its path)")
      ->option_text("NAME")
      ->group(output);
  app.add_option("--label", options.labels,
                 "name shown for the next source, in order; repeat per source (default: its path)")
      ->option_text("NAME")
      ->group(output)
      ->allow_extra_args(false);
  app.add_flag("-q,--quiet", options.quiet, "no progress display")->group(output);

  const std::string comparing = "Comparing";
  app.add_option("--encoding", options.input.encoding,
                 "charset of both inputs, any ICU name such as windows-1252 (default: UTF-8; "
                 "UTF-16/32 by byte-order mark)")
      ->option_text("NAME")
      ->group(comparing);
  app.add_option("--timeout", options.input.timeout_seconds, "URLs: seconds for the whole download (default 30)")
      ->check(CLI::Range(1, 3600))
      ->option_text("SEC")
      ->group(comparing);
  app.add_option("--connect-timeout", options.input.connect_timeout_seconds, "URLs: seconds to connect (default 10)")
      ->check(CLI::Range(1, 600))
      ->option_text("SEC")
      ->group(comparing);
  app.add_option("--max-download", options.input.max_download_bytes,
                 "URLs: largest body accepted, in bytes (default 32 MiB)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30))
      ->option_text("BYTES")
      ->group(comparing);
  // A report's date: relative dates ("yesterday", "on Tuesday") resolve against it.
  auto calendar_date = [](const std::string& text) {
    absl::CivilDay day;
    return absl::ParseCivilTime(text, &day) && absl::FormatCivilTime(day) == text
               ? std::string()
               : "'" + text + "' is not a date YYYY-MM-DD";
  };
  app.add_option("--date-a", options.date_a,
                 "the day A was published, YYYY-MM-DD (default: its own date, if it gives one)")
      ->check(calendar_date)
      ->option_text("DATE")
      ->group(comparing);
  app.add_option("--date-b", options.date_b,
                 "the day B was published, YYYY-MM-DD (default: its own date, if it gives one)")
      ->check(calendar_date)
      ->option_text("DATE")
      ->group(comparing);
  app.add_option("--min-similarity", options.compare.align.min_similarity,
                 "how alike two sentences must be to be aligned, 0..1 (default 0.12)")
      ->option_text("X")
      ->group(comparing);
  app.add_option("--wordnet", options.wordnet,
                 "WordNet's dict folder (default: $WNSEARCHDIR, $WNHOME/dict, then the installed one)")
      ->option_text("DIR")
      ->group(comparing);
  app.add_option("--batch", options.batch,
                 "compare every pair of PAIRS (two paths a line, tab-separated; - reads the list "
                 "from stdin): one JSON report per line")
      ->option_text("PAIRS")
      ->group(comparing);

  const std::string checks = "Known discrepancies";
  app.add_option("--expect", options.expect, "check the findings against an expectations file")
      ->option_text("FILE")
      ->group(checks);
  app.add_option("--write-expect", options.write_expect, "write the findings as an expectations file")
      ->option_text("FILE")
      ->group(checks);
  app.add_flag("--strict", options.strict, "with --expect: conflicts not listed in the file fail too")->group(checks);
  app.add_option("--junit", options.junit, "with --expect: also write the check as JUnit XML")
      ->option_text("FILE")
      ->group(checks);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << FormatHelp(app, kFooter);
    *exit_code = kExitSame;
    return std::nullopt;
  } catch (const CLI::CallForVersion&) {
    std::cout << "claimdiff " CLAIMDIFF_VERSION "\n";
    *exit_code = kExitSame;
    return std::nullopt;
  } catch (const CLI::ParseError& error) {
    return Trouble(Readable(OneLine(error.what())) + " (see claimdiff --help)", exit_code);
  }

  static const std::map<std::string, Format> kFormats = {
      {"text", Format::kText}, {"json", Format::kJson}, {"html", Format::kHtml}};
  std::string format_name = format;
  for (char& c : format_name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto known = kFormats.find(format_name);
  if (known == kFormats.end())
    return Trouble("--format: unknown format '" + format + "' (text, json or html)", exit_code);
  options.format = known->second;
  if (options.color != "auto" && options.color != "always" && options.color != "never") {
    return Trouble("--color: '" + options.color + "' is not auto, always or never", exit_code);
  }
  if (options.width != 0 && (options.width < 40 || options.width > 1000)) {
    return Trouble("--width: " + std::to_string(options.width) + " is not between 40 and 1000", exit_code);
  }
  if (!(options.compare.align.min_similarity >= 0 && options.compare.align.min_similarity <= 1)) {
    return Trouble("--min-similarity: must be between 0 and 1", exit_code);
  }
  if (options.strict && options.expect.empty()) return Trouble("--strict needs --expect FILE", exit_code);
  if (!options.junit.empty() && options.expect.empty()) return Trouble("--junit needs --expect FILE", exit_code);
  if (!options.batch.empty()) {
    if (!options.path_a.empty()) return Trouble("--batch takes its pairs from PAIRS, not from A and B", exit_code);
    if (app.count("--format") > 0 && options.format != Format::kJson) {
      return Trouble("--batch writes one JSON report per line; --format can only be json", exit_code);
    }
    if (!options.expect.empty() || !options.write_expect.empty() || !options.output.empty()) {
      return Trouble("--batch writes JSON lines to stdout; it cannot be combined with -o, --expect or --write-expect",
                     exit_code);
    }
    return options;
  }
  if (options.path_a.empty() || options.path_b.empty()) {
    return Trouble(std::string(options.path_a.empty() ? "missing A and B" : "missing B") +
                       ", the two reports to compare (see claimdiff --help)",
                   exit_code);
  }
  const std::size_t sources = 2 + options.more_paths.size();
  if (options.labels.size() > sources) {
    return Trouble(
        "--label given " + std::to_string(options.labels.size()) + " times for " + std::to_string(sources) + " sources",
        exit_code);
  }
  // --label-a and --label-b, where given, name the first two sources over --label.
  for (std::size_t i = 0; i < 2 && i < options.labels.size(); ++i) {
    std::string& label = i == 0 ? options.label_a : options.label_b;
    if (label.empty()) label = options.labels[i];
  }
  if (!options.more_paths.empty()) {
    if (sources > kMaxSources) {
      return Trouble(
          std::to_string(sources) + " sources: at most " + std::to_string(kMaxSources) + " can be compared at once",
          exit_code);
    }
    // The ledger and its snapshot name findings by side, A or B: they have no meaning for a grid.
    if (!options.expect.empty() || !options.write_expect.empty()) {
      return Trouble(std::string(options.expect.empty() ? "--write-expect" : "--expect") +
                         " works on two reports; with " + std::to_string(sources) + " sources, compare them in pairs",
                     exit_code);
    }
  }
  std::vector<std::string> paths = {options.path_a, options.path_b};
  paths.insert(paths.end(), options.more_paths.begin(), options.more_paths.end());
  if (std::count(paths.begin(), paths.end(), "-") > 1) {
    return Trouble(
        options.more_paths.empty() ? "only one of A and B can be '-' (stdin)" : "only one source can be '-' (stdin)",
        exit_code);
  }
  // "/dev/stdin /dev/stdin" (or "- /dev/fd/0"): two readers of one pipe would each get part of it.
  for (std::size_t j = 1; j < paths.size(); ++j) {
    for (std::size_t i = 0; i < j; ++i) {
      if (SameStream(paths[i], paths[j])) {
        return Trouble(paths[j] + ": is the same stream as " + paths[i] + ", which can be read only once", exit_code);
      }
    }
  }
  return options;
}

}  // namespace claimdiff
