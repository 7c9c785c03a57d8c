// Whitespace as sentences are shown: runs of spaces, tabs and newlines read as one space.
#ifndef CLAIMDIFF_COMMON_WHITESPACE_H_
#define CLAIMDIFF_COMMON_WHITESPACE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace claimdiff {

// Line ends are already "\n" here (the input stage turns "\r\n" and "\r" into it).
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v'; }

// Appends `text` to `out` with each whitespace run made one space, and no space at the start of
// `out` or after a space already there. Runs of other bytes are copied whole.
inline void AppendCollapsed(std::string_view text, std::string* out) {
  // Most text has nothing to collapse (single spaces between words, none at the start): one copy.
  bool plain = !text.empty() && text[0] != ' ';
  for (std::size_t k = 0; plain && k < text.size(); ++k) {
    const char c = text[k];
    plain = c != '\t' && c != '\n' && c != '\f' && c != '\v' && (c != ' ' || text[k - 1] != ' ');
  }
  if (plain) {
    out->append(text);
    return;
  }
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t word = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    out->append(text, word, i - word);
    if (i < text.size() && !out->empty() && out->back() != ' ') out->push_back(' ');
    while (i < text.size() && IsSpace(text[i])) ++i;
  }
}

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_WHITESPACE_H_
