// AsciiLower: lower-cases the ASCII letters of a string, leaving every other byte as it is
// (markup names, charset labels, abbreviations: all ASCII where it matters).
#ifndef CLAIMDIFF_COMMON_ASCII_H_
#define CLAIMDIFF_COMMON_ASCII_H_

#include <string>
#include <string_view>

namespace claimdiff {

inline std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_ASCII_H_
