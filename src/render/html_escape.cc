// HTML escaping shared by the report pages: text, attribute values and word-diff runs.
#include "render/html_escape.h"

#include "claimdiff/render.h"
#include "render/conflict_words.h"

namespace claimdiff {

std::string Html(const std::string& text) {
  std::string visible = ShowControls(text);
  std::string out;
  out.reserve(visible.size() + 16);
  std::size_t run = 0;  // start of the pending run that needs no escape
  for (std::size_t i = 0; i < visible.size(); ++i) {
    const char* entity = nullptr;
    switch (visible[i]) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";
        break;
      case '"':
        entity = "&quot;";
        break;
      case '\'':
        entity = "&#39;";
        break;
      default:
        continue;
    }
    out.append(visible, run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(visible, run, visible.size() - run);
  return out;
}

namespace {

// A changed run's words, the ones a conflict is about (`conflict_words`, may be null) marked.
std::string ChangedHtml(const std::string& words, const std::vector<std::string>* conflict_words) {
  if (conflict_words == nullptr) return Html(words);
  std::string out;
  for (const RunPart& part : SplitConflictWords(words, *conflict_words)) {
    out += part.conflict ? "<mark class=\"why\">" + Html(part.text) + "</mark>" : Html(part.text);
  }
  return out;
}

}  // namespace

std::string DiffSideHtml(const std::vector<DiffOp>& diff, bool side_a, const std::vector<std::string>* conflict_words) {
  std::string out;
  for (const DiffOp& op : diff) {
    if (op.kind == DiffOp::Kind::kEqual) {
      out += Html(side_a ? op.text : op.text_b);
    } else if ((op.kind == DiffOp::Kind::kDelete) == side_a) {
      std::string words = op.text;
      bool space = !words.empty() && words.back() == ' ';
      if (space) words.pop_back();
      const std::string marked = ChangedHtml(words, conflict_words);
      out += side_a ? "<del>" + marked + "</del>" : "<ins>" + marked + "</ins>";
      if (space) out += ' ';
    }
  }
  return out;
}

}  // namespace claimdiff
