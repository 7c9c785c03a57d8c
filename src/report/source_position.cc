// Sentence positions and source descriptions for reports of text, web pages, PDF and DOCX.
#include "report/source_position.h"

#include <algorithm>
#include <string>
#include <vector>

namespace claimdiff {

void AddPages(const Document& doc, SideInfo* side) {
  if (doc.page_starts.empty()) return;
  std::vector<std::size_t> first_paragraph;
  std::size_t paragraph = 0, scanned = 0;
  for (std::size_t start : doc.page_starts) {
    for (std::size_t at = doc.text.find("\n\n", scanned); at != std::string::npos && at < start;
         at = doc.text.find("\n\n", at + 2)) {
      ++paragraph;
      scanned = at + 2;
    }
    first_paragraph.push_back(paragraph);
  }
  for (SentenceInfo& sentence : side->sentences) {
    auto after = std::upper_bound(doc.page_starts.begin(), doc.page_starts.end(), sentence.begin);
    std::size_t page = static_cast<std::size_t>(after - doc.page_starts.begin());
    if (page == 0) page = 1;
    sentence.page = page;
    const std::size_t first = first_paragraph[page - 1];
    sentence.page_paragraph = sentence.paragraph >= first ? sentence.paragraph - first : 0;
  }
}

std::string SentencePosition(const SideInfo& side, const SentenceInfo& sentence) {
  if (side.kind == InputKind::kText) return std::to_string(sentence.line);
  if (sentence.page > 0) {
    return "p." + std::to_string(sentence.page) + " \xC2\xB6" + std::to_string(sentence.page_paragraph + 1);
  }
  return "\xC2\xB6" + std::to_string(sentence.paragraph + 1);
}

std::string SourceDescription(const SideInfo& side) {
  const DocumentMetadata& m = side.metadata;
  std::string description;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!description.empty()) description += " \xC2\xB7 ";
    description += part;
  };
  switch (side.kind) {
    case InputKind::kText:
      break;
    case InputKind::kHtml:
      add("HTML");
      break;
    case InputKind::kPdf:
      add("PDF");
      break;
    case InputKind::kDocx:
      add("DOCX");
      break;
  }
  if (!m.title.empty()) add("\"" + m.title + "\"");
  if (!m.byline.empty()) add("by " + m.byline);
  add(m.outlet);
  add(m.published);
  if (m.url.rfind("http://", 0) == 0 || m.url.rfind("https://", 0) == 0) add(m.url);
  return description;
}

}  // namespace claimdiff
