// Decodes raw input bytes into the UTF-8 text every later stage works on.
#include <string>
#include <string_view>

#include "claimdiff/document.h"
#include "input/utf8.h"

namespace claimdiff {

Status DecodeDocument(std::string_view bytes, const std::string& name, const InputOptions& options,
                      Document* out) {
  if (bytes.size() > options.max_bytes) {
    return Status::Error(Status::Code::kTooLarge,
                         name + ": larger than the limit of " + std::to_string(options.max_bytes) + " bytes");
  }
  if (!options.encoding.empty()) {
    return Status::Error(Status::Code::kInvalidInput, name + ": unsupported encoding '" + options.encoding + "'");
  }
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
  std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    return Status::Error(Status::Code::kInvalidInput,
                         name + ": binary file (NUL byte at offset " + std::to_string(nul) + ")");
  }
  std::size_t bad = FindInvalidUtf8(bytes);
  if (bad != std::string_view::npos) {
    return Status::Error(Status::Code::kInvalidInput,
                         name + ": invalid UTF-8 at byte " + std::to_string(bad) +
                             " (use --encoding to name the charset)");
  }
  out->path = name;
  out->label = name;
  out->text = NormalizeLineEnds(bytes);
  return Status::Ok();
}

}  // namespace claimdiff
