// HTML charset determination.
#include "input/html_charset.h"
#include "common/ascii.h"

#include <algorithm>
#include <cctype>

#include "input/html_dom.h"
#include "input/utf8.h"

namespace claimdiff {
namespace {

std::string Trim(std::string_view s) {
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.front())) || s.front() == '"' || s.front() == '\'')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) || s.back() == '"' || s.back() == '\'')) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

// WHATWG's label table where it differs from ICU's reading of the same name.
std::string WebCharset(std::string_view label) {
  std::string name = AsciiLower(Trim(label));
  static constexpr const char* kWindows1252[] = {"iso-8859-1", "iso8859-1",  "latin1",      "l1",       "us-ascii",
                                                 "ascii",      "cp1252",     "cp819",       "ibm819",   "iso_8859-1",
                                                 "x-cp1252",   "iso-ir-100", "csisolatin1", "iso88591", "windows-1252"};
  for (const char* alias : kWindows1252) {
    if (name == alias) return "windows-1252";
  }
  if (name == "utf8" || name == "unicode-1-1-utf-8") return "UTF-8";
  // A page that calls itself UTF-16 is, once it reaches this point, not UTF-16 (no mark).
  if (name.rfind("utf-16", 0) == 0) return "UTF-8";
  return name;
}

bool IsUtf8Name(const std::string& name) { return name == "utf-8"; }

std::string MetaCharset(std::string_view bytes) {
  // gumbo reads the raw bytes as UTF-8; undecodable bytes become U+FFFD, and the ASCII markup
  // that declares the charset reads the same in every charset a page may declare this way.
  HtmlTree tree(bytes.substr(0, std::min<std::size_t>(bytes.size(), 64 * 1024)));
  std::string found;
  ForEachElement(tree.root(), [&](const GumboNode* node) {
    if (!found.empty()) return false;
    if (node->v.element.tag == GUMBO_TAG_BODY) return false;
    if (node->v.element.tag != GUMBO_TAG_META) return true;
    if (HasAttr(node, "charset")) {
      found = std::string(Attr(node, "charset"));
    } else if (AsciiLower(Attr(node, "http-equiv")) == "content-type") {
      found = CharsetParameter(Attr(node, "content"));
    }
    return false;
  });
  return found;
}

}  // namespace

std::string CharsetParameter(std::string_view content_type) {
  std::string lower = AsciiLower(content_type);
  std::size_t at = lower.find("charset=");
  if (at == std::string::npos) return "";
  std::string_view value = content_type.substr(at + 8);
  std::size_t end = value.find(';');
  return Trim(value.substr(0, end));
}

std::string HtmlCharset(std::string_view bytes, std::string_view header_charset) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return "UTF-8";
  if (bytes.substr(0, 2) == "\xFF\xFE") return "UTF-16LE";
  if (bytes.substr(0, 2) == "\xFE\xFF") return "UTF-16BE";
  if (FindInvalidUtf8(bytes) == std::string_view::npos) return "UTF-8";
  std::string header = WebCharset(header_charset);
  if (!header.empty() && !IsUtf8Name(AsciiLower(header))) return header;
  std::string meta = WebCharset(MetaCharset(bytes));
  if (!meta.empty() && !IsUtf8Name(AsciiLower(meta))) return meta;
  return "windows-1252";
}

}  // namespace claimdiff
