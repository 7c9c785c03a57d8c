// Input kind detection by content.
#include "input/detect_kind.h"

#include <cctype>
#include <string>

namespace claimdiff {
namespace {

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

std::string_view SkipSpace(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' ||
                           text.front() == '\r' || text.front() == '\f')) {
    text.remove_prefix(1);
  }
  return text;
}

// WHATWG MIME Sniffing, "rules for identifying an unknown MIME type": the HTML patterns, each
// ended by a space or '>'.
bool SniffsAsHtml(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  bytes = SkipSpace(bytes);
  static constexpr std::string_view kPatterns[] = {
      "<!DOCTYPE HTML", "<HTML",  "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT",    "<TABLE", "<A",
      "<STYLE",         "<TITLE", "<B",    "<BODY",   "<BR",     "<P",  "<!--", "<ARTICLE", "<META"};
  for (std::string_view pattern : kPatterns) {
    if (!StartsWithNoCase(bytes, pattern) || bytes.size() == pattern.size()) continue;
    char end = bytes[pattern.size()];
    if (end == ' ' || end == '>' || end == '\t' || end == '\n' || end == '\r' || pattern == "<!--") return true;
  }
  // XHTML: an XML prologue followed by an <html> element.
  if (StartsWithNoCase(bytes, "<?xml")) {
    std::string head(bytes.substr(0, 1024));
    for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return head.find("<html") != std::string::npos;
  }
  return false;
}

bool IsDocx(std::string_view bytes) {
  // The local file headers name their entries; word/document.xml is near the start in every
  // DOCX seen, and the ZIP reader checks the archive properly afterwards.
  return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) &&
         bytes.find("word/document.xml") != std::string_view::npos;
}

}  // namespace

InputKind DetectKind(std::string_view bytes, std::string_view content_type) {
  if (bytes.substr(0, 5) == "%PDF-") return InputKind::kPdf;
  if (IsDocx(bytes)) return InputKind::kDocx;
  if (SniffsAsHtml(bytes)) return InputKind::kHtml;
  std::string type(content_type.substr(0, content_type.find(';')));
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  if (type == "text/html" || type == "application/xhtml+xml") return InputKind::kHtml;
  return InputKind::kText;
}

}  // namespace claimdiff
