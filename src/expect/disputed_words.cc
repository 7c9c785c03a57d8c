// DisputedWords: the diff's changed runs mapped back onto a sentence's words by byte offset.
#include "expect/disputed_words.h"

#include <cstring>

namespace claimdiff {
namespace {

// The length of the separator at `text[at]`, 0 when there is none.
std::size_t SeparatorAt(const std::string& text, std::size_t at) {
  char c = text[at];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
  for (const char* wide : {"\xC2\xA0", "\xE2\x80\x89", "\xE2\x80\xAF"}) {
    std::size_t n = std::strlen(wide);
    if (text.compare(at, n, wide) == 0) return n;
  }
  return 0;
}

// Calls visit(begin, end) for each word's byte span.
template <typename Visit>
void ForEachWord(const std::string& text, Visit visit) {
  std::size_t at = 0, begin = std::string::npos;
  while (at < text.size()) {
    std::size_t separator = SeparatorAt(text, at);
    if (separator > 0) {
      if (begin != std::string::npos) visit(begin, at);
      begin = std::string::npos;
      at += separator;
    } else {
      if (begin == std::string::npos) begin = at;
      ++at;
    }
  }
  if (begin != std::string::npos) visit(begin, text.size());
}

}  // namespace

std::vector<std::string> SplitSnapshotWords(const std::string& text) {
  std::vector<std::string> words;
  ForEachWord(text, [&](std::size_t begin, std::size_t end) { words.push_back(text.substr(begin, end - begin)); });
  return words;
}

std::vector<bool> DisputedWords(const Finding& f, bool side_a, const std::string& sentence_text) {
  // The side's text as the diff gives it back, and which of its bytes are changed.
  std::string side_text;
  std::vector<bool> changed;
  for (const DiffOp& op : f.diff) {
    const std::string* text = nullptr;
    bool is_change = false;
    if (op.kind == DiffOp::Kind::kEqual) {
      text = side_a || op.text_b.empty() ? &op.text : &op.text_b;
    } else if ((op.kind == DiffOp::Kind::kDelete) == side_a) {
      text = &op.text;
      is_change = true;
    }
    if (text == nullptr) continue;
    side_text += *text;
    changed.insert(changed.end(), text->size(), is_change);
  }
  std::vector<bool> disputed;
  // The diff covers the side's sentences in order, so it starts with the first one; when it
  // does not (a coarse fallback), no word is known to be disputed.
  bool aligned = side_text.compare(0, sentence_text.size(), sentence_text) == 0;
  ForEachWord(sentence_text, [&](std::size_t begin, std::size_t end) {
    bool any = false;
    for (std::size_t i = begin; aligned && i < end && !any; ++i) any = changed[i];
    disputed.push_back(any);
  });
  return disputed;
}

}  // namespace claimdiff
