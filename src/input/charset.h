// Charset conversion to UTF-8 for non-UTF-8 input: the input stage's only contact with ICU.
#ifndef CLAIMDIFF_INPUT_CHARSET_H_
#define CLAIMDIFF_INPUT_CHARSET_H_

#include <string>
#include <string_view>

#include "claimdiff/status.h"

namespace claimdiff {

// Converts `bytes` from `charset` (any ICU converter name or alias, e.g. "windows-1252",
// "UTF-16LE", "shift_jis") to UTF-8 in `out`. Bytes the charset cannot decode are an error
// naming `name` and the byte offset; an unknown charset name is kInvalidInput.
Status ConvertToUtf8(std::string_view bytes, const std::string& charset, const std::string& name, std::string* out);

// What the decoder needs to know about a charset before converting from it.
struct CharsetInfo {
  bool utf8 = false;  // an ICU name or alias of UTF-8 ("utf8", "UTF-8")
  // Bytes per code unit: 1 for byte charsets, 2 for UTF-16, 4 for UTF-32. Where it is above 1,
  // a zero byte is ordinary data and only an all-zero unit (U+0000) means a binary file.
  int unit_bytes = 1;
};

// Looks `charset` up; an unknown name is kInvalidInput naming `name` (the input file).
Status LookUpCharset(const std::string& charset, const std::string& name, CharsetInfo* info);

}  // namespace claimdiff

#endif  // CLAIMDIFF_INPUT_CHARSET_H_
