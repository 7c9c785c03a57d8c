// --help: the usage text, written from the parser's own option list so the two never drift.
#ifndef CLAIMDIFF_CLI_HELP_H_
#define CLAIMDIFF_CLI_HELP_H_

#include <CLI/CLI.hpp>

#include <string>

namespace claimdiff {

constexpr std::size_t kHelpColumns = 80;

// The help page: usage, the two arguments, every named option of `app` by group (name, the
// option's text such as FILE, its description wrapped to 80 columns), then `footer`.
std::string FormatHelp(const CLI::App& app, const std::string& footer);

}  // namespace claimdiff

#endif  // CLAIMDIFF_CLI_HELP_H_
