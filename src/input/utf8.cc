// UTF-8 validation (ICU's well-formedness check) and line-end normalization.
#include "input/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace claimdiff {

std::size_t FindInvalidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    // Skip ASCII eight bytes at a time: most text is mostly ASCII, and U8_NEXT goes byte by byte.
    while (i + 8 <= n) {
      std::uint64_t block;
      std::memcpy(&block, s + i, 8);
      if (block & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    const std::size_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return start;
  }
  return std::string_view::npos;
}

std::string ValidUtf8(std::string_view bytes) {
  std::string out;
  for (std::size_t bad = FindInvalidUtf8(bytes); bad != std::string_view::npos; bad = FindInvalidUtf8(bytes)) {
    out.append(bytes.substr(0, bad));
    out += "\xEF\xBF\xBD";
    bytes.remove_prefix(bad + 1);
  }
  out.append(bytes);
  return out;
}

std::string NormalizeLineEnds(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {  // copies the runs between carriage returns whole
    std::size_t cr = text.find('\r', i);
    if (cr == std::string_view::npos) cr = text.size();
    out.append(text, i, cr - i);
    if (cr == text.size()) break;
    out.push_back('\n');
    i = cr + 1;
    if (i < text.size() && text[i] == '\n') ++i;
  }
  return out;
}

}  // namespace claimdiff
