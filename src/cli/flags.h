// Command-line flags: parsed and validated into one plain struct before anything runs.
#ifndef CLAIMDIFF_CLI_FLAGS_H_
#define CLAIMDIFF_CLI_FLAGS_H_

#include <optional>
#include <string>
#include <vector>

#include "claimdiff/claimdiff.h"

namespace claimdiff {

struct CliOptions {
  std::string path_a;
  std::string path_b;
  std::string label_a;  // empty = the path
  std::string label_b;
  std::string date_a;  // --date-a: the day A was published, YYYY-MM-DD (else its own metadata)
  std::string date_b;
  // Reports after A and B: with any, the run compares them all (the corroboration grid).
  std::vector<std::string> more_paths;
  std::vector<std::string> labels;  // --label, one per source in order; --label-a/-b name 1 and 2
  std::string output;               // empty = stdout
  Format format = Format::kText;
  std::string color = "auto";  // auto | always | never
  int width = 0;               // 0 = terminal width, else 100
  bool quiet = false;
  std::string expect;        // --expect FILE: check the findings against it
  std::string write_expect;  // --write-expect FILE: write the findings as expectations
  bool strict = false;       // --strict: unlisted conflicts fail the --expect check
  std::string junit;         // --junit FILE: the --expect check as JUnit XML
  std::string batch;         // --batch PAIRS: compare many pairs, one JSON report per line
  std::string wordnet;       // --wordnet DIR: WordNet's dict folder (else WNSEARCHDIR, WNHOME)
  InputOptions input;
  Options compare;
};

// Parses argv. Returns the options, or nullopt after printing help/version (exit_code 0) or an
// error (exit_code 2).
std::optional<CliOptions> ParseFlags(int argc, char** argv, int* exit_code);

}  // namespace claimdiff

#endif  // CLAIMDIFF_CLI_FLAGS_H_
