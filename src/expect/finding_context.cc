// FindingContext: a finding's sentences as comment lines of an expectations file.
#include "expect/finding_context.h"

#include "claimdiff/render.h"

namespace claimdiff {
namespace {

constexpr std::size_t kMaxBytes = 300;

// `text` cut at a UTF-8 character boundary near `max` bytes, with "..." when cut.
std::string Clipped(const std::string& text) {
  if (text.size() <= kMaxBytes) return text;
  std::size_t end = kMaxBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "...";
}

void AppendSide(std::string* out, const SideInfo& side, const std::vector<std::size_t>& sentences, const char* name) {
  for (std::size_t i : sentences) {
    *out += "#   " + std::string(name) + ":" + std::to_string(side.sentences[i].line) + " " +
            ShowControls(Clipped(side.sentences[i].text)) + "\n";
  }
}

}  // namespace

std::string FindingContext(const Report& report, const Finding& f) {
  std::string out;
  AppendSide(&out, report.a, f.a, "A");
  AppendSide(&out, report.b, f.b, "B");
  return out;
}

}  // namespace claimdiff
