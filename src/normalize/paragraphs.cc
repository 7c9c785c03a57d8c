// Joins hard-wrapped lines so ICU sees whole sentences; byte offsets stay the same.
#include "normalize/paragraphs.h"

namespace claimdiff {
namespace {

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// True when `utf8` holds at least `n` characters; stops counting there (lines can be chapters).
bool HasChars(std::string_view utf8, std::size_t n) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < utf8.size() && count < n; ++i)
    count += (static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80;
  return count >= n;
}

}  // namespace

std::string JoinWrappedLines(std::string_view text, std::size_t min_wrapped_chars) {
  std::string out(text);
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t newline = text.find('\n', line_start);
    if (newline == std::string_view::npos) break;
    std::string_view line = text.substr(line_start, newline - line_start);
    std::size_t next_end = text.find('\n', newline + 1);
    std::string_view next =
        text.substr(newline + 1, (next_end == std::string_view::npos ? text.size() : next_end) - newline - 1);
    if (!IsBlank(line) && !IsBlank(next) && HasChars(line, min_wrapped_chars)) {
      out[newline] = ' ';
    }
    line_start = newline + 1;
  }
  return out;
}

}  // namespace claimdiff
