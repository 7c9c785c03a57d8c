// Paragraph assembly shared by the HTML, PDF and DOCX readers.
#include "input/paragraph_text.h"

namespace claimdiff {
namespace {

// Length of the whitespace character at `i`, or 0 when there is none.
std::size_t SpaceAt(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size()) {
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
    if (c1 == 0x80 && (c2 <= 0x8A || c2 == 0xAF || c2 == 0xA8 || c2 == 0xA9)) return 3;
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80) {
    return 3;
  }
  return 0;
}

}  // namespace

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t space = SpaceAt(text, i);
    if (space > 0) {
      pending_space = !out.empty();
      i += space;
      continue;
    }
    if (text[i] == '\0') {  // U+0000 from an XML or PDF string is no text
      ++i;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

bool ParagraphText::Add(std::string_view paragraph) {
  std::string collapsed;
  while (!paragraph.empty()) {
    std::size_t end = paragraph.find('\n');
    std::string line = CollapseSpaces(paragraph.substr(0, end));
    paragraph.remove_prefix(end == std::string_view::npos ? paragraph.size() : end + 1);
    if (line.empty()) continue;
    if (!collapsed.empty()) collapsed += '\n';
    collapsed += line;
  }
  if (collapsed.empty()) return false;
  if (!text_.empty()) text_ += "\n\n";
  text_ += collapsed;
  ++paragraphs_;
  return true;
}

}  // namespace claimdiff
