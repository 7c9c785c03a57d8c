// HTML escaping shared by the report pages: text, attribute values and word-diff runs.
#include "render/html_escape.h"

#include "claimdiff/render.h"

namespace claimdiff {

std::string Html(const std::string& text) {
  std::string visible = EscapeForTerminal(text);
  std::string out;
  out.reserve(visible.size() + 16);
  std::size_t run = 0;  // start of the pending run that needs no escape
  for (std::size_t i = 0; i < visible.size(); ++i) {
    const char* entity = nullptr;
    switch (visible[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out.append(visible, run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(visible, run, visible.size() - run);
  return out;
}

std::string DiffSideHtml(const std::vector<DiffOp>& diff, bool side_a) {
  std::string out;
  for (const DiffOp& op : diff) {
    if (op.kind == DiffOp::Kind::kEqual) {
      out += Html(side_a ? op.text : op.text_b);
    } else if ((op.kind == DiffOp::Kind::kDelete) == side_a) {
      std::string words = op.text;
      bool space = !words.empty() && words.back() == ' ';
      if (space) words.pop_back();
      out += side_a ? "<del>" + Html(words) + "</del>" : "<ins>" + Html(words) + "</ins>";
      if (space) out += ' ';
    }
  }
  return out;
}

}  // namespace claimdiff
