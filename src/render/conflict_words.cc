// Finds a conflict's words inside the changed runs of its word diff.
#include "render/conflict_words.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

namespace claimdiff {
namespace {

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0; }

// The run without the spaces and punctuation the diff keeps at its ends.
std::string_view Trimmed(std::string_view run) {
  while (!run.empty() && !IsWordByte(run.front())) run.remove_prefix(1);
  while (!run.empty() && !IsWordByte(run.back())) run.remove_suffix(1);
  return run;
}

bool WholeWordAt(std::string_view text, std::size_t at, std::size_t length) {
  return (at == 0 || !IsWordByte(text[at - 1])) && (at + length >= text.size() || !IsWordByte(text[at + length]));
}

// The runs of whole words of `phrase`, longest first: the phrase, then shorter runs worth
// marking alone (of two words or more, or holding a digit).
std::vector<std::string> PartsLongestFirst(const std::string& phrase) {
  std::vector<std::string_view> words;
  std::string_view rest = phrase;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    if (space != 0) words.push_back(rest.substr(0, space));
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  std::vector<std::string> parts;
  for (std::size_t length = words.size(); length >= 1; --length) {
    for (std::size_t first = 0; first + length <= words.size(); ++first) {
      const char* begin = words[first].data();
      const char* end = words[first + length - 1].data() + words[first + length - 1].size();
      std::string part(begin, end);
      const bool digit = std::any_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (length == words.size() || length >= 2 || digit) parts.push_back(std::move(part));
    }
  }
  return parts;
}

}  // namespace

std::vector<std::string> ConflictWords(const Finding& f, bool side_a) {
  std::vector<std::string> words;
  for (const Reason& reason : f.reasons) {
    const std::string& side = side_a ? reason.a : reason.b;
    if (!Trimmed(side).empty()) words.emplace_back(Trimmed(side));
  }
  return words;
}

std::vector<RunPart> SplitConflictWords(const std::string& run, const std::vector<std::string>& words) {
  const std::string_view core = Trimmed(run);
  if (core.empty() || words.empty()) return {{run, false}};
  // A run that is one of the reason's words, or part of them, is marked whole.
  for (const std::string& word : words) {
    const std::size_t at = word.find(core);
    if (at != std::string::npos && WholeWordAt(word, at, core.size())) {
      const std::size_t begin = static_cast<std::size_t>(core.data() - run.data());
      std::vector<RunPart> parts;
      if (begin > 0) parts.push_back({run.substr(0, begin), false});
      parts.push_back({std::string(core), true});
      if (begin + core.size() < run.size()) parts.push_back({run.substr(begin + core.size()), false});
      return parts;
    }
  }
  // Otherwise the reason's words where they stand in the run, as whole words; when the diff
  // split them ("killing at least six" changed, "people" equal), their longest part that
  // stands in the run and says something (two words or more, or a figure).
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const std::string& word : words) {
    for (const std::string& part : PartsLongestFirst(word)) {
      const std::size_t before = spans.size();
      for (std::size_t at = run.find(part); at != std::string::npos; at = run.find(part, at + 1)) {
        if (WholeWordAt(run, at, part.size())) spans.emplace_back(at, at + part.size());
      }
      if (spans.size() > before) break;
    }
  }
  if (spans.empty()) return {{run, false}};
  std::sort(spans.begin(), spans.end());
  std::vector<RunPart> parts;
  std::size_t done = 0;
  for (const auto& [begin, end] : spans) {
    if (begin < done) continue;  // overlaps a span already marked
    if (begin > done) parts.push_back({run.substr(done, begin - done), false});
    parts.push_back({run.substr(begin, end - begin), true});
    done = end;
  }
  if (done < run.size()) parts.push_back({run.substr(done), false});
  return parts;
}

}  // namespace claimdiff
