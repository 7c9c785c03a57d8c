// Feeds one fuzz input through every pipeline stage and checks what must hold for any input.
#include "pipeline_entry.h"

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <utility>
#include <vector>

#include "claimdiff/claimdiff.h"
#include "input/utf8.h"
#include "normalize/word_breaker.h"

namespace claimdiff::fuzz {
namespace {

void Require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

// True when the bytes hold a C0/C1 control other than '\n', DEL, or a bidi control, the things
// ShowControls must have made visible.
bool HasRawControl(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7F) return true;
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (c == 0xC2 && next >= 0x80 && next <= 0x9F) return true;  // U+0080..U+009F
    if (c == 0xE2 && i + 2 < text.size()) {
      const auto last = static_cast<unsigned char>(text[i + 2]);
      if (next == 0x80 && last >= 0xAA && last <= 0xAE) return true;    // U+202A..U+202E
      if (next == 0x81 && last >= 0xA6 && last <= 0xA9) return true;    // U+2066..U+2069
      if (next == 0x80 && (last == 0x8E || last == 0x8F)) return true;  // LRM, RLM
    }
  }
  return false;
}

// The text without the SGR colour sequences ("\x1b[1;31m") the renderer itself emits.
std::string WithoutColour(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
      std::size_t j = i + 2;
      while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == ';')) ++j;
      if (j < text.size() && text[j] == 'm') {
        i = j;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

// WordBreaker finds most segments without ICU; they must be ICU's own, ends and statuses.
void CheckWordSegments(const std::string& text) {
  std::vector<std::pair<std::size_t, std::int32_t>> icu_segments, breaker_segments;
  UErrorCode error = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &error);
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), error));
  if (U_SUCCESS(error)) words->setText(utext, error);
  Require(U_SUCCESS(error), "ICU word break iterator opens");
  words->first();
  for (std::int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next()) {
    icu_segments.emplace_back(static_cast<std::size_t>(end), words->getRuleStatus());
  }
  words.reset();
  utext_close(utext);
  WordBreaker breaker(text);
  for (WordSegment segment; breaker.Next(&segment);) breaker_segments.emplace_back(segment.end, segment.status);
  Require(breaker.status().ok(), "word breaker succeeds");
  Require(breaker_segments == icu_segments, "word segments are ICU's");
}

void CheckSide(const SideInfo& side, const std::string& text, const Report& report) {
  for (const SentenceInfo& s : side.sentences) {
    Require(s.begin <= s.end && s.end <= text.size(), "sentence span inside the text");
    if (s.boilerplate) continue;
    Require(s.finding >= 0 && static_cast<std::size_t>(s.finding) < report.findings.size(),
            "every claim sentence has a finding");
    const Finding& f = report.findings[static_cast<std::size_t>(s.finding)];
    const std::vector<std::size_t>& members = &side == &report.a ? f.a : f.b;
    bool found = false;
    for (std::size_t index : members) found = found || index == s.index;
    Require(found, "a sentence's finding lists the sentence");
  }
}

}  // namespace

int RunPipeline(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const unsigned flags = data[0];
  std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  std::size_t cut = rest.find(kSeparator);
  std::string_view bytes_a = rest.substr(0, cut == std::string_view::npos ? rest.size() / 2 : cut);
  std::string_view bytes_b =
      cut == std::string_view::npos ? rest.substr(rest.size() / 2) : rest.substr(cut + sizeof kSeparator - 1);

  static const char* const kCharsets[] = {"", "windows-1252", "UTF-16LE", "shift_jis"};
  InputOptions input;
  input.encoding = kCharsets[flags & 3];
  Document a, b;
  if (!DecodeDocument(bytes_a, "a", input, &a).ok() || !DecodeDocument(bytes_b, "b", input, &b).ok()) {
    return 0;  // rejected input is a clean outcome
  }
  for (const Document* doc : {&a, &b}) {
    Require(FindInvalidUtf8(doc->text) == std::string::npos, "decoded text is valid UTF-8");
    Require(doc->text.find_first_of(std::string_view("\r\0", 2)) == std::string::npos, "decoded text has no CR or NUL");
    CheckWordSegments(doc->text);
  }

  Options options;
  if (flags & 4) options.normalize.max_sentence_bytes = 64;
  options.parallel = (flags & 64) == 0;
  Report report;
  if (!CompareDocuments(a, b, options, &report).ok()) return 0;
  CheckSide(report.a, a.text, report);
  CheckSide(report.b, b.text, report);
  const Summary& sum = report.summary;
  Require(sum.shared + sum.conflict + sum.only_a + sum.only_b == report.findings.size(),
          "summary counts every finding");

  static const int kWidths[] = {40, 60, 100, 200};
  RenderOptions render;
  render.width = kWidths[(flags >> 3) & 3];
  render.color = (flags & 32) != 0;
  std::ostringstream text;
  RenderText(report, render, text);
  Require(FindInvalidUtf8(text.str()) == std::string::npos, "text report is valid UTF-8");
  Require(!HasRawControl(WithoutColour(text.str())), "text report has no raw controls but its colours");

  std::ostringstream json;
  RenderJson(report, render, json);
  Require(nlohmann::json::accept(json.str()), "JSON report parses");

  std::ostringstream html;
  RenderHtml(report, render, html);
  Require(FindInvalidUtf8(html.str()) == std::string::npos, "HTML report is valid UTF-8");
  return 0;
}

}  // namespace claimdiff::fuzz
