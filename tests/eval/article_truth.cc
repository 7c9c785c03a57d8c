// Parsing truth.txt and finding its phrases in the articles.
#include "eval/article_truth.h"

#include <sstream>

namespace claimdiff::eval {
namespace {

std::string Trim(const std::string& s) {
  std::size_t begin = s.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return {};
  std::size_t end = s.find_last_not_of(" \t\r");
  return s.substr(begin, end - begin + 1);
}

std::vector<std::string> SplitBar(const std::string& s) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t bar; (bar = s.find('|', start)) != std::string::npos; start = bar + 1) {
    parts.push_back(Trim(s.substr(start, bar - start)));
  }
  parts.push_back(Trim(s.substr(start)));
  return parts;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

const char* const kKinds[] = {"figure", "date", "negation", "attribution", "quote", "contrary"};

}  // namespace

bool ParseTruth(const std::string& text, Truth* truth, std::string* error) {
  std::istringstream in(text);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    std::size_t colon = line.find(':');
    if (colon == std::string::npos) {
      *error = "line " + std::to_string(number) + ": no 'key:'";
      return false;
    }
    const std::string key = Trim(line.substr(0, colon));
    const std::string value = Trim(line.substr(colon + 1));
    const std::vector<std::string> parts = SplitBar(value);
    auto need = [&](std::size_t n) {
      if (parts.size() == n && !parts.back().empty() && !parts.front().empty()) return true;
      *error = "line " + std::to_string(number) + ": '" + key + "' takes " + std::to_string(n) + " part(s)";
      return false;
    };
    Annotation annotation;
    annotation.line = number;
    if (key == "event") {
      truth->event = value;
    } else if (key == "style") {
      truth->style = SplitBar(value).front();
      truth->style = truth->style.substr(0, truth->style.find_first_of(" \t("));
    } else if (key == "date-a" || key == "date-b") {
      (key == "date-a" ? truth->date_a : truth->date_b) = value.substr(0, value.find_first_of(" \t("));
    } else if (key == "shared") {
      if (!need(2)) return false;
      annotation.label = Label::kShared;
      annotation.a = parts[0];
      annotation.b = parts[1];
      truth->annotations.push_back(annotation);
    } else if (key == "conflict") {
      if (!need(3)) return false;
      bool known = false;
      for (const char* kind : kKinds) known = known || parts[0] == kind;
      if (!known) {
        *error = "line " + std::to_string(number) + ": unknown conflict kind '" + parts[0] + "'";
        return false;
      }
      annotation.label = Label::kConflict;
      annotation.kind = parts[0];
      annotation.a = parts[1];
      annotation.b = parts[2];
      truth->annotations.push_back(annotation);
    } else if (key == "only-a" || key == "only-b") {
      if (!need(1)) return false;
      annotation.label = key == "only-a" ? Label::kOnlyA : Label::kOnlyB;
      (key == "only-a" ? annotation.a : annotation.b) = parts[0];
      truth->annotations.push_back(annotation);
    } else {
      *error = "line " + std::to_string(number) + ": unknown key '" + key + "'";
      return false;
    }
  }
  return true;
}

bool FindPhrase(const std::string& text, const std::string& phrase, std::size_t* begin, std::size_t* end,
                std::string* error) {
  // Words of the phrase, matched in order with any white space between them.
  std::vector<std::string> words;
  std::istringstream split(phrase);
  for (std::string word; split >> word;) words.push_back(word);
  if (words.empty()) {
    *error = "empty phrase";
    return false;
  }
  std::size_t found = 0;
  for (std::size_t start = text.find(words[0]); start != std::string::npos; start = text.find(words[0], start + 1)) {
    std::size_t at = start + words[0].size();
    bool match = true;
    for (std::size_t w = 1; w < words.size() && match; ++w) {
      std::size_t spaces = at;
      while (spaces < text.size() && IsSpace(text[spaces])) ++spaces;
      match = spaces > at && text.compare(spaces, words[w].size(), words[w]) == 0;
      at = spaces + words[w].size();
    }
    if (!match) continue;
    if (found++ == 0) {
      *begin = start;
      *end = at;
    }
  }
  if (found == 1) return true;
  *error = found == 0 ? "phrase not found: \"" + phrase + "\""
                      : "phrase occurs " + std::to_string(found) + " times: \"" + phrase + "\"";
  return false;
}

}  // namespace claimdiff::eval
