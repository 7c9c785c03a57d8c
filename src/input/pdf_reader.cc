// PDF input through poppler-cpp: words in reading order, made into lines, paragraphs and pages.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "input/iso_date.h"
#include "input/paragraph_text.h"
#include "input/readers.h"

namespace claimdiff {
namespace {

struct Line {
  std::string text;
  double top = 0;
  double bottom = 0;
  double left = 0;
  double right = 0;
};

std::string Utf8(const poppler::ustring& text) {
  poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// Words in poppler's reading order, grouped into lines: a word starts a new line when it does
// not sit on the previous word's baseline band or goes back to the left.
std::vector<Line> PageLines(const poppler::page& page) {
  std::vector<Line> lines;
  double last_right = 0;
  bool space_after = false;
  for (const poppler::text_box& box : page.text_list()) {
    const poppler::rectf bbox = box.bbox();
    const double top = bbox.y(), bottom = bbox.y() + bbox.height();
    const double middle = (top + bottom) / 2;
    bool same_line =
        !lines.empty() && middle > lines.back().top && middle < lines.back().bottom && bbox.x() >= last_right - 1;
    if (!same_line) {
      lines.push_back({"", top, bottom, bbox.x(), bbox.x() + bbox.width()});
    } else {
      // poppler marks spaces between words it joined into one line; a wide gap between two
      // boxes (a footer and its page number) is a space too.
      if (space_after || bbox.x() - last_right > (bottom - top) * 0.3) lines.back().text += ' ';
      lines.back().top = std::min(lines.back().top, top);
      lines.back().bottom = std::max(lines.back().bottom, bottom);
    }
    lines.back().text += Utf8(box.text());
    lines.back().right = bbox.x() + bbox.width();
    last_right = lines.back().right;
    space_after = box.has_space_after();
  }
  for (Line& line : lines) line.text = CollapseSpaces(line.text);
  lines.erase(std::remove_if(lines.begin(), lines.end(), [](const Line& l) { return l.text.empty(); }), lines.end());
  return lines;
}

// "12", "Page 3", "page 3 of 9", "- 4 -", "4/9", "iv": a page number standing alone.
bool IsPageNumber(const std::string& text) {
  std::string s;
  for (char c : text) s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (s.rfind("page ", 0) == 0) s = s.substr(5);
  bool digits = false;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c)))
      digits = true;
    else if (c != ' ' && c != '-' && c != '/' && c != 'o' && c != 'f' && c != '|' && c != '.')
      return false;
  }
  if (digits) return true;
  static constexpr const char* kRoman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
  for (const char* roman : kRoman) {
    if (s == roman) return true;
  }
  return false;
}

// The line with its digits masked, so that "Report 2024 - page 3" repeats on every page.
std::string Shape(const std::string& text) {
  std::string shape;
  for (char c : text) shape.push_back(std::isdigit(static_cast<unsigned char>(c)) ? '#' : c);
  return shape;
}

constexpr std::size_t kEdgeLines = 2;  // lines at the top and bottom of a page that may be running heads

// Removes running headers and footers (a line at a page's top or bottom whose shape recurs at
// the same edge of other pages) and page numbers standing alone at an edge.
void RemoveRunningLines(std::vector<std::vector<Line>>* pages) {
  std::map<std::string, std::size_t> top_count, bottom_count;
  for (const std::vector<Line>& lines : *pages) {
    for (std::size_t i = 0; i < std::min(kEdgeLines, lines.size()); ++i) {
      ++top_count[Shape(lines[i].text)];
      ++bottom_count[Shape(lines[lines.size() - 1 - i].text)];
    }
  }
  const std::size_t repeats = pages->size() >= 3 ? std::max<std::size_t>(2, pages->size() / 2) : 2;
  for (std::vector<Line>& lines : *pages) {
    const std::size_t n = lines.size();
    std::vector<bool> drop(n, false);
    for (std::size_t i = 0; i < std::min(kEdgeLines, n); ++i) {
      const Line& top = lines[i];
      const Line& bottom = lines[n - 1 - i];
      if (IsPageNumber(top.text) || top_count[Shape(top.text)] >= repeats) drop[i] = true;
      if (IsPageNumber(bottom.text) || bottom_count[Shape(bottom.text)] >= repeats) drop[n - 1 - i] = true;
    }
    // "Printed on recycled paper   Page 1 of 3": the page number at the end of an edge line.
    for (std::size_t i = 0; i < n; ++i) {
      if (drop[i] || (i >= kEdgeLines && i + kEdgeLines < n)) continue;
      std::string& text = lines[i].text;
      std::size_t cut = std::string::npos;  // the longest tail that reads as a page number
      for (std::size_t space = text.rfind(' '); space != std::string::npos && space > 0;
           space = text.rfind(' ', space - 1)) {
        std::string tail = text.substr(space + 1);
        if (tail.size() > 16) break;
        // "Page 1 of 3", "- 2 -": not a bare number, which may be a year or an amount.
        if (IsPageNumber(tail) && tail.find_first_not_of("0123456789") != std::string::npos) cut = space;
      }
      if (cut != std::string::npos) text.erase(cut);
    }
    std::vector<Line> kept;
    for (std::size_t i = 0; i < n; ++i) {
      if (!drop[i]) kept.push_back(std::move(lines[i]));
    }
    lines = std::move(kept);
  }
}

bool EndsSentence(const std::string& text) {
  if (text.empty()) return false;
  std::string_view end = text;
  // Closing quotes and brackets after the stop: ."  .”  .)
  for (std::string_view closer : {"\"", "'", ")", "\xE2\x80\x9D", "\xE2\x80\x99"}) {
    if (end.size() > closer.size() && end.substr(end.size() - closer.size()) == closer) {
      end.remove_suffix(closer.size());
      break;
    }
  }
  char last = end.back();
  return last == '.' || last == '!' || last == '?' || last == ':';
}

// A hyphen ending a line inside a word: "investi-" + "gation".
bool EndsWithBrokenWord(const std::string& line, const std::string& next) {
  if (line.size() < 2 || next.empty()) return false;
  if (!std::islower(static_cast<unsigned char>(next[0]))) return false;
  if (line.back() == '-') return std::isalpha(static_cast<unsigned char>(line[line.size() - 2])) != 0;
  return line.size() >= 3 && line.compare(line.size() - 2, 2, "\xC2\xAD") == 0;  // soft hyphen
}

void JoinLine(std::string* paragraph, const std::string& line) {
  if (paragraph->empty()) {
    *paragraph = line;
  } else if (EndsWithBrokenWord(*paragraph, line)) {
    paragraph->erase(paragraph->size() - (paragraph->back() == '-' ? 1 : 2));
    *paragraph += line;
  } else {
    *paragraph += ' ';
    *paragraph += line;
  }
}

// The usual distance from one line's top to the next in this page's prose.
double LineStep(const std::vector<Line>& lines) {
  std::vector<double> steps;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    double step = lines[i].top - lines[i - 1].top;
    if (step > 0) steps.push_back(step);
  }
  if (steps.empty()) return 0;
  std::nth_element(steps.begin(), steps.begin() + static_cast<long>(steps.size() / 2), steps.end());
  return steps[steps.size() / 2];
}

void SilencePoppler(const std::string&, void*) {}

}  // namespace

Status ReadPdf(std::string_view bytes, const std::string& name, Document* out) {
  // poppler's own messages would break the one-line error rule; both inputs may load at once.
  static std::once_flag silenced;
  std::call_once(silenced, [] { poppler::set_debug_error_function(SilencePoppler, nullptr); });
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return Status::Error(Status::Code::kTooLarge, name + ": PDF larger than 2 GiB");
  }
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (pdf == nullptr) return Status::Error(Status::Code::kInvalidInput, name + ": damaged PDF (cannot be opened)");
  if (pdf->is_locked()) {
    return Status::Error(Status::Code::kInvalidInput, name + ": PDF is password-protected");
  }
  std::vector<std::vector<Line>> pages;
  for (int i = 0; i < pdf->pages(); ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    pages.push_back(page != nullptr ? PageLines(*page) : std::vector<Line>{});
  }
  std::size_t words = 0;
  for (const auto& lines : pages) words += lines.size();
  if (words == 0) {
    return Status::Error(Status::Code::kInvalidInput,
                         name + ": PDF has no text layer (a scanned image? run OCR on it first)");
  }
  RemoveRunningLines(&pages);

  // Paragraphs end at a gap clearly wider than the line step, or after a short line that ends a
  // sentence; one that runs on to the next page is continued there.
  ParagraphText text;
  std::vector<std::size_t> page_starts;
  std::string paragraph;
  auto flush = [&] {
    text.Add(paragraph);
    paragraph.clear();
  };
  for (const std::vector<Line>& lines : pages) {
    const double step = LineStep(lines);
    double width = 0;
    for (const Line& line : lines) width = std::max(width, line.right - line.left);
    if (!paragraph.empty() && (lines.empty() || EndsSentence(paragraph))) flush();
    page_starts.push_back(paragraph.empty() ? text.NextBegin() : text.NextBegin() + paragraph.size() + 1);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i > 0) {
        const Line& previous = lines[i - 1];
        const double gap = lines[i].top - previous.top;
        const bool wide_gap = step > 0 && gap > step * 1.4;
        const bool short_end = previous.right - previous.left < width * 0.8 && EndsSentence(previous.text);
        const bool indented = lines[i].left > previous.left + 8 && lines[i].left - previous.left < width * 0.2;
        // A change of type size: a headline above its text, a caption below it.
        const double height = lines[i].bottom - lines[i].top, previous_height = previous.bottom - previous.top;
        const bool new_size = height > previous_height * 1.3 || previous_height > height * 1.3;
        if (wide_gap || short_end || indented || new_size || gap < 0) flush();
      }
      JoinLine(&paragraph, lines[i].text);
    }
  }
  flush();
  if (text.paragraphs() == 0) {
    return Status::Error(Status::Code::kInvalidInput, name + ": PDF holds no text besides page headers and numbers");
  }
  // A page whose text all went before (or none at all) starts where the next text would.
  for (std::size_t& start : page_starts) start = std::min(start, text.size());
  out->path = name;
  out->label = name;
  out->text = text.Take();
  out->kind = InputKind::kPdf;
  out->page_starts = std::move(page_starts);
  out->metadata.title = CollapseSpaces(Utf8(pdf->info_key("Title")));
  out->metadata.byline = CollapseSpaces(Utf8(pdf->info_key("Author")));
  out->metadata.published = IsoDate(Utf8(pdf->info_key("CreationDate")));
  return Status::Ok();
}

}  // namespace claimdiff
