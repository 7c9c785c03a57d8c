// HTML input: decode with the page's charset, parse with gumbo, keep the article and metadata.
#include <algorithm>
#include <cctype>
#include <string>

#include "input/charset.h"
#include "input/html_article.h"
#include "input/html_charset.h"
#include "input/html_dom.h"
#include "input/html_metadata.h"
#include "input/paragraph_text.h"
#include "input/readers.h"
#include "input/utf8.h"

namespace claimdiff {
namespace {

// Real pages nest a few dozen elements deep. gumbo's tree building slows quadratically with the
// depth, and the walks over its tree recurse, so a page nested deeper than this is refused.
constexpr int kMaxNesting = 2000;

// An upper estimate of the element nesting, from the tags alone: start tags open, end tags close;
// void elements, self-closing tags, comments and elements whose end tag may be left out (p, li,
// td ...) are not counted, so that a long page of unclosed paragraphs is not deep.
int NestingEstimate(std::string_view html) {
  static const char* const kNotNesting[] = {
      "area",  "base",     "br",   "col",  "embed", "hr", "img", "input", "link",   "meta",     "source", "track",
      "wbr",   "p",        "li",   "dt",   "dd",    "tr", "td",  "th",    "option", "optgroup", "tbody",  "thead",
      "tfoot", "colgroup", "html", "head", "body",  "rb", "rt",  "rp",    "param",  "keygen"};
  int depth = 0, deepest = 0;
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    if (html.compare(at, 4, "<!--") == 0) {
      at = html.find("-->", at);
      if (at == std::string_view::npos) break;
      continue;
    }
    const bool closing = at + 1 < html.size() && html[at + 1] == '/';
    std::size_t name_begin = at + (closing ? 2 : 1), name_end = name_begin;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
    if (name_end == name_begin) continue;
    std::string name(html.substr(name_begin, name_end - name_begin));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool counted = true;
    for (const char* other : kNotNesting) {
      if (name == other) counted = false;
    }
    if (!counted) continue;
    std::size_t close = html.find('>', name_end);
    if (!closing && close != std::string_view::npos && close > 0 && html[close - 1] == '/') continue;
    depth = closing ? std::max(0, depth - 1) : depth + 1;
    deepest = std::max(deepest, depth);
  }
  return deepest;
}

}  // namespace

Status ReadHtml(std::string_view bytes, const std::string& name, const std::string& encoding,
                const std::string& header_charset, Document* out) {
  const std::string charset = encoding.empty() ? HtmlCharset(bytes, header_charset) : encoding;
  std::string utf8;
  if (charset == "UTF-8") {
    // Undecodable bytes in a page said to be UTF-8 are named like any invalid UTF-8 input.
    std::size_t bad = FindInvalidUtf8(bytes);
    if (bad != std::string_view::npos) {
      return Status::Error(Status::Code::kInvalidInput,
                           name + ": invalid UTF-8 at byte " + std::to_string(bad) +
                               " (pass --encoding to name its charset, e.g. --encoding windows-1252)");
    }
    utf8.assign(bytes);
  } else {
    Status status = ConvertToUtf8(bytes, charset, name, &utf8);
    if (!status.ok()) return status;
  }
  if (utf8.compare(0, 3, "\xEF\xBB\xBF") == 0) utf8.erase(0, 3);
  if (utf8.find('\0') != std::string::npos) {
    return Status::Error(Status::Code::kInvalidInput, name + ": HTML page holds NUL characters");
  }

  if (NestingEstimate(utf8) > kMaxNesting) {
    return Status::Error(Status::Code::kTooLarge,
                         name + ": HTML page nests elements more than " + std::to_string(kMaxNesting) + " deep");
  }
  HtmlTree tree(utf8);
  DocumentMetadata metadata;
  ReadHtmlMetadata(tree.root(), &metadata);
  ParagraphText text;
  for (const std::string& paragraph : ExtractArticle(tree.root(), metadata.title)) text.Add(paragraph);
  // A headline alone is not an article: a page of links, a login wall, an error page.
  if (text.paragraphs() < 2) {
    return Status::Error(Status::Code::kInvalidInput, name + ": HTML page holds no article text");
  }
  out->path = name;
  out->label = name;
  out->text = text.Take();
  out->kind = InputKind::kHtml;
  metadata.url = out->metadata.url;
  out->metadata = std::move(metadata);
  return Status::Ok();
}

}  // namespace claimdiff
