// HTML input: decode with the page's charset, parse with gumbo, keep the article and metadata.
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
