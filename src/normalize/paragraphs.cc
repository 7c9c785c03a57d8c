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

std::size_t CountChars(std::string_view utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
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
    std::string_view next = text.substr(
        newline + 1, (next_end == std::string_view::npos ? text.size() : next_end) - newline - 1);
    if (!IsBlank(line) && !IsBlank(next) && CountChars(line) >= min_wrapped_chars) {
      out[newline] = ' ';
    }
    line_start = newline + 1;
  }
  return out;
}

}  // namespace claimdiff
