// Decodes raw input bytes into the UTF-8 text every later stage works on.
#include <cctype>
#include <string>
#include <string_view>

#include "claimdiff/document.h"
#include "input/charset.h"
#include "input/detect_kind.h"
#include "input/html_charset.h"
#include "input/readers.h"
#include "input/utf8.h"

namespace claimdiff {
namespace {

struct ByteOrderMark {
  std::string_view bytes;
  const char* charset;
};

// Longest first: the UTF-32LE mark starts with the UTF-16LE one.
constexpr ByteOrderMark kMarks[] = {
    {{"\xFF\xFE\x00\x00", 4}, "UTF-32LE"}, {{"\x00\x00\xFE\xFF", 4}, "UTF-32BE"}, {{"\xEF\xBB\xBF", 3}, "UTF-8"},
    {{"\xFF\xFE", 2}, "UTF-16LE"},         {{"\xFE\xFF", 2}, "UTF-16BE"},
};

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

const char* CharsetFromMark(std::string_view bytes) {
  for (const ByteOrderMark& mark : kMarks) {
    if (bytes.substr(0, mark.bytes.size()) == mark.bytes) return mark.charset;
  }
  return "UTF-8";
}

Status BinaryFile(const std::string& name, std::size_t offset, const char* what) {
  return Status::Error(Status::Code::kInvalidInput,
                       name + ": binary file (NUL " + what + " at offset " + std::to_string(offset) + ")");
}

// A byte-order mark is not text; the converters for UTF-16LE, UTF-32BE ... keep it as U+FEFF.
std::string TextWithoutMark(std::string_view utf8) {
  if (utf8.substr(0, kUtf8Bom.size()) == kUtf8Bom) utf8.remove_prefix(kUtf8Bom.size());
  return NormalizeLineEnds(utf8);
}

Status DecodeUtf8(std::string_view bytes, const std::string& name, std::string* text) {
  std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) return BinaryFile(name, nul, "byte");
  std::size_t bad = FindInvalidUtf8(bytes);
  if (bad != std::string_view::npos) {
    return Status::Error(Status::Code::kInvalidInput,
                         name + ": invalid UTF-8 at byte " + std::to_string(bad) +
                             " (pass --encoding to name its charset, e.g. --encoding windows-1252)");
  }
  *text = TextWithoutMark(bytes);
  return Status::Ok();
}

// Offset of the first all-zero code unit (a NUL byte in byte charsets, U+0000 in UTF-16/32).
std::size_t FindNulUnit(std::string_view bytes, std::size_t unit_bytes) {
  if (unit_bytes <= 1) return bytes.find('\0');
  const std::string_view zero("\0\0\0\0", 4);
  for (std::size_t i = 0; i + unit_bytes <= bytes.size(); i += unit_bytes) {
    if (bytes.substr(i, unit_bytes) == zero.substr(0, unit_bytes)) return i;
  }
  return std::string_view::npos;
}

Status DecodeCharset(std::string_view bytes, const std::string& charset, const CharsetInfo& info,
                     const std::string& name, std::string* text) {
  std::size_t nul = FindNulUnit(bytes, static_cast<std::size_t>(info.unit_bytes));
  if (nul != std::string_view::npos) {
    return BinaryFile(name, nul, info.unit_bytes > 1 ? "character" : "byte");
  }
  std::string utf8;
  Status status = ConvertToUtf8(bytes, charset, name, &utf8);
  if (!status.ok()) return status;
  // A charset can spell U+0000 without a zero unit (UTF-7 "+AAA-"): checked after decoding too.
  if (std::size_t nul = utf8.find('\0'); nul != std::string::npos) {
    return Status::Error(Status::Code::kInvalidInput, name + ": binary file (U+0000 at byte " + std::to_string(nul) +
                                                          " of the text decoded from " + charset + ")");
  }
  *text = TextWithoutMark(utf8);
  return Status::Ok();
}

// What a reader extracted keeps the promise of Document::text too: a DOCX can carry bytes that
// are not UTF-8 (ParagraphText already dropped U+0000 and made CR a space).
Status CheckExtractedText(const std::string& name, Document* doc) {
  std::size_t bad = FindInvalidUtf8(doc->text);
  if (bad != std::string::npos) {
    return Status::Error(Status::Code::kInvalidInput,
                         name + ": extracted text is not valid UTF-8 (at byte " + std::to_string(bad) + ")");
  }
  return Status::Ok();
}

}  // namespace

const char* InputKindName(InputKind kind) {
  switch (kind) {
    case InputKind::kText:
      return "text";
    case InputKind::kHtml:
      return "html";
    case InputKind::kPdf:
      return "pdf";
    case InputKind::kDocx:
      return "docx";
  }
  return "text";
}

bool IsUrl(const std::string& path) {
  auto starts = [&](std::string_view scheme) {
    if (path.size() <= scheme.size()) return false;
    for (std::size_t i = 0; i < scheme.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(path[i])) != scheme[i]) return false;
    }
    return true;
  };
  return starts("http://") || starts("https://");
}

Status DecodeDocument(std::string_view bytes, const std::string& name, const InputOptions& options, Document* out,
                      const std::string& content_type) {
  if (bytes.size() > options.max_bytes) {
    return Status::Error(Status::Code::kTooLarge,
                         name + ": larger than the limit of " + std::to_string(options.max_bytes) + " bytes");
  }
  const InputKind kind = DetectKind(bytes, content_type);
  if (kind != InputKind::kText) {
    Status status = kind == InputKind::kPdf ? ReadPdf(bytes, name, out)
                    : kind == InputKind::kDocx
                        ? ReadDocx(bytes, name, out)
                        : ReadHtml(bytes, name, options.encoding, CharsetParameter(content_type), out);
    return status.ok() ? CheckExtractedText(name, out) : status;
  }
  // An explicit --encoding wins; otherwise a byte-order mark decides, and no mark means UTF-8.
  // The whole input, mark included, goes to the converter so error offsets are file offsets.
  const std::string charset = options.encoding.empty() ? CharsetFromMark(bytes) : options.encoding;
  CharsetInfo info;
  Status status = LookUpCharset(charset, name, &info);
  if (!status.ok()) return status;
  std::string text;
  status = info.utf8 ? DecodeUtf8(bytes, name, &text) : DecodeCharset(bytes, charset, info, name, &text);
  if (!status.ok()) return status;
  // A page saved as UTF-16 shows its markup only once decoded.
  if (!info.utf8 && DetectKind(text, "") == InputKind::kHtml) return ReadHtml(text, name, "UTF-8", "", out);
  out->path = name;
  out->label = name;
  out->text = std::move(text);
  out->kind = InputKind::kText;
  return Status::Ok();
}

}  // namespace claimdiff
