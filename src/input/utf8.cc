// UTF-8 validation (RFC 3629 well-formedness table) and line-end normalization.
#include "input/utf8.h"

#include <cstdint>
#include <cstring>

namespace claimdiff {

std::size_t FindInvalidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    // Skip ASCII eight bytes at a time: most text is mostly ASCII.
    while (i + 8 <= n) {
      std::uint64_t block;
      std::memcpy(&block, s + i, 8);
      if (block & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return i;
    }
    i += len;
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
