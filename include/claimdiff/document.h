// Document: one input report read from a file or stdin and decoded to UTF-8.
#ifndef CLAIMDIFF_DOCUMENT_H_
#define CLAIMDIFF_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/status.h"

namespace claimdiff {

struct InputOptions {
  // Charset to convert from (any ICU converter name, e.g. "windows-1252").
  // Default: empty = UTF-8, or UTF-16/32 when the input starts with their byte-order mark.
  std::string encoding;
  // Inputs larger than this many bytes are refused with Code::kTooLarge. Default: 32 MiB, so that
  // two inputs at the limit fit a 2 GB machine (a run peaks at up to about 26 times its input).
  std::size_t max_bytes = std::size_t{32} << 20;
  // URLs (http:// and https:// arguments only; nothing else is ever fetched): seconds to
  // connect, seconds for the whole transfer, and the largest body accepted.
  long connect_timeout_seconds = 10;
  long timeout_seconds = 30;
  std::size_t max_download_bytes = std::size_t{32} << 20;
};

// What an input was, found from its content (never from its name).
enum class InputKind { kText, kHtml, kPdf, kDocx };

// "text", "html", "pdf", "docx".
const char* InputKindName(InputKind kind);

// What the source says about itself, where it says it; empty when it does not.
struct DocumentMetadata {
  std::string title;
  std::string byline;     // the author(s), without a leading "By"
  std::string outlet;     // the publication or site name
  std::string published;  // publication date as ISO 8601 "YYYY-MM-DD"
  std::string url;        // for fetched inputs: the final URL after redirects
};

struct Document {
  std::string path;   // as given by the user; "-" for stdin
  std::string label;  // display name; defaults to path ("<stdin>" for "-")
  // Decoded text: valid UTF-8, no byte-order mark, CRLF and lone CR turned into LF.
  // Every byte offset elsewhere in claimdiff refers to this string.
  std::string text;
  InputKind kind = InputKind::kText;
  DocumentMetadata metadata;
  // PDF only: the byte offset in `text` where each page begins, in page order. Non-text
  // readers separate paragraphs by exactly one blank line, so positions can be paragraphs.
  std::vector<std::size_t> page_starts;
};

// Reads `path` ("-" = stdin; "http://..." or "https://..." is fetched) and turns it into text
// by what its content is: plain text, an HTML page (the article only), a PDF or a DOCX file.
// Errors name the path and the problem: missing, unreadable, a directory, binary (NUL bytes),
// invalid UTF-8 (with byte offset), a PDF without text, a page that holds no article, an HTTP
// status, a timeout ...
Status ReadDocument(const std::string& path, const InputOptions& options, Document* out);

// Decodes raw bytes as ReadDocument does after reading; `name` is used in error messages.
// `content_type` is an HTTP Content-Type header when there was one (its charset is a hint).
Status DecodeDocument(std::string_view bytes, const std::string& name, const InputOptions& options, Document* out,
                      const std::string& content_type = "");

// True when `path` is an http:// or https:// URL (which ReadDocument fetches).
bool IsUrl(const std::string& path);

}  // namespace claimdiff

#endif  // CLAIMDIFF_DOCUMENT_H_
