// The readers of inputs that are not plain text, one file each; chosen by detect_kind.h.
#ifndef CLAIMDIFF_INPUT_READERS_H_
#define CLAIMDIFF_INPUT_READERS_H_

#include <string>
#include <string_view>

#include "claimdiff/document.h"

namespace claimdiff {

// An HTML page: charset from the byte-order mark, `header_charset` (HTTP), <meta> or
// `encoding` (which wins when given); then the article's text and the page's metadata.
// A page with no article text is an error.
Status ReadHtml(std::string_view bytes, const std::string& name, const std::string& encoding,
                const std::string& header_charset, Document* out);

// A PDF: text in reading order per page, hyphens at line ends joined, running headers, footers
// and page numbers removed; Document::page_starts set. A PDF without a text layer, or one that
// is encrypted or damaged, is an error.
Status ReadPdf(std::string_view bytes, const std::string& name, Document* out);

// A Word document (DOCX): body paragraphs in order, then footnotes and endnotes apart, each
// its own paragraph after the body; metadata from docProps/core.xml.
Status ReadDocx(std::string_view bytes, const std::string& name, Document* out);

}  // namespace claimdiff

#endif  // CLAIMDIFF_INPUT_READERS_H_
