// --help in the style of git and ripgrep: grouped options, aligned descriptions, 80 columns.
#include "cli/help.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include "claimdiff/version.h"

namespace claimdiff {
namespace {

constexpr std::size_t kIndent = 2;
constexpr std::size_t kDescriptionColumn = 26;

// Appends `text` wrapped at word boundaries, every line but the first indented to `column`.
void AppendWrapped(std::string* out, const std::string& text, std::size_t column, std::size_t start) {
  std::istringstream words(text);
  std::size_t at = start;
  bool first = true;
  for (std::string word; words >> word;) {
    if (!first && at + 1 + word.size() > kHelpColumns) {
      *out += "\n" + std::string(column, ' ');
      at = column;
    } else if (!first) {
      *out += ' ';
      ++at;
    }
    *out += word;
    at += word.size();
    first = false;
  }
  *out += '\n';
}

// "-f, --format FORMAT": short names, then long names, then what the value is.
std::string Names(const CLI::Option& option) {
  std::string names;
  for (const std::string& s : option.get_snames()) names += (names.empty() ? "-" : ", -") + s;
  for (const std::string& l : option.get_lnames()) names += (names.empty() ? "--" : ", --") + l;
  if (!option.get_option_text().empty()) names += " " + option.get_option_text();
  return names;
}

void AppendEntry(std::string* out, const std::string& names, const std::string& description) {
  std::string line = std::string(kIndent, ' ') + names;
  if (line.size() + 2 > kDescriptionColumn) {
    *out += line + "\n";
    line = std::string(kDescriptionColumn, ' ');
  } else {
    line.resize(kDescriptionColumn, ' ');
  }
  *out += line;
  AppendWrapped(out, description, kDescriptionColumn, kDescriptionColumn);
}

}  // namespace

std::string FormatHelp(const CLI::App& app, const std::string& footer) {
  std::string out = "claimdiff " CLAIMDIFF_VERSION " - ";
  AppendWrapped(&out, app.get_description(), 0, out.size());
  out +=
      "\nUsage: claimdiff [OPTIONS] A B\n"
      "       claimdiff [OPTIONS] A B C [D ...]\n"
      "       claimdiff [OPTIONS] --batch PAIRS\n\nArguments:\n";
  AppendEntry(&out, "A, B",
              "the two reports: text, HTML, PDF or DOCX files, URLs, or - for standard input (one of them)");
  AppendEntry(&out, "C, D ...",
              "more reports of the same event (up to 200): a grid of which sources state, "
              "contradict or are silent on each claim");
  std::vector<std::string> groups;
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_positional() || option->get_group().empty()) continue;
    if (std::find(groups.begin(), groups.end(), option->get_group()) == groups.end()) {
      groups.push_back(option->get_group());
    }
  }
  // Help and version are registered first, but read last.
  std::stable_partition(groups.begin(), groups.end(), [](const std::string& g) { return g != "Other"; });
  for (const std::string& group : groups) {
    out += "\n" + group + ":\n";
    for (const CLI::Option* option : app.get_options()) {
      if (option->get_positional() || option->get_group() != group) continue;
      AppendEntry(&out, Names(*option), option->get_description());
    }
  }
  return out + footer;
}

}  // namespace claimdiff
