// UTF-8 validation and line-end normalization for decoded input.
#ifndef CLAIMDIFF_INPUT_UTF8_H_
#define CLAIMDIFF_INPUT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace claimdiff {

// Offset of the first byte that does not start a well-formed UTF-8 sequence (no overlongs,
// no surrogates, nothing above U+10FFFF), or npos when `bytes` is valid.
std::size_t FindInvalidUtf8(std::string_view bytes);

// `bytes` with each byte that does not start a well-formed sequence replaced by U+FFFD: for
// names from the command line (paths, labels), which must be valid in a JSON or HTML report.
std::string ValidUtf8(std::string_view bytes);

// CRLF and lone CR become LF.
std::string NormalizeLineEnds(std::string_view text);

}  // namespace claimdiff

#endif  // CLAIMDIFF_INPUT_UTF8_H_
