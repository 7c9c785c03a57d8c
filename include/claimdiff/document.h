// Document: one input report read from a file or stdin and decoded to UTF-8.
#ifndef CLAIMDIFF_DOCUMENT_H_
#define CLAIMDIFF_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "claimdiff/status.h"

namespace claimdiff {

struct InputOptions {
  // Charset to convert from (any ICU converter name, e.g. "windows-1252").
  // Default: empty = UTF-8, or UTF-16/32 when the input starts with their byte-order mark.
  std::string encoding;
  // Inputs larger than this many bytes are refused with Code::kTooLarge. Default: 32 MiB, so that
  // two inputs at the limit fit a 2 GB machine (a run peaks at up to about 26 times its input).
  std::size_t max_bytes = std::size_t{32} << 20;
};

struct Document {
  std::string path;   // as given by the user; "-" for stdin
  std::string label;  // display name; defaults to path ("<stdin>" for "-")
  // Decoded text: valid UTF-8, no byte-order mark, CRLF and lone CR turned into LF.
  // Every byte offset elsewhere in claimdiff refers to this string.
  std::string text;
};

// Reads `path` ("-" = stdin) and decodes it. Errors name the path and the problem:
// missing, unreadable, a directory, binary (NUL bytes), invalid UTF-8 (with byte offset).
Status ReadDocument(const std::string& path, const InputOptions& options, Document* out);

// Decodes raw bytes as ReadDocument does after reading; `name` is used in error messages.
Status DecodeDocument(std::string_view bytes, const std::string& name, const InputOptions& options,
                      Document* out);

}  // namespace claimdiff

#endif  // CLAIMDIFF_DOCUMENT_H_
