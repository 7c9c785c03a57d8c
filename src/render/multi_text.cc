// Text renderer of the multi-source report: the corroboration grid (claims by sources), with
// contradicted claims first and why, then one summary line per source.
#include <algorithm>
#include <string>
#include <vector>

#include "claimdiff/multi.h"
#include "render/terminal.h"

namespace claimdiff {
namespace {

constexpr int kMinWidth = 40;
constexpr int kMinClaimColumns = 16;  // narrower than this, a claim's words go on their own line

std::string Plural(std::size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string Paint(const std::string& text, Style style, bool color) { return PaintLine({{text, style}}, color, 0); }

// Lines of at most `width` columns, the first starting `first_indent` columns in and the rest
// `indent` columns in; every line but the first is returned with its indent.
std::vector<std::string> Wrap(const std::string& text, int width, int indent, bool color, Style style = Style::kPlain) {
  std::vector<std::string> out;
  for (const auto& line : WrapPieces({{ShowControls(text), style}}, std::max(1, width - indent))) {
    out.push_back((out.empty() ? "" : std::string(static_cast<std::size_t>(indent), ' ')) + PaintLine(line, color, 0));
  }
  if (out.empty()) out.push_back("");
  return out;
}

// `text` cut to `columns` display columns, with "…" where it was cut.
std::string Fit(const std::string& text, int columns) {
  auto lines = WrapPieces({{ShowControls(text), Style::kPlain}}, std::max(1, columns - 1));
  if (lines.empty()) return "";
  std::string first = PaintLine(lines.front(), false, 0);
  if (lines.size() == 1 && DisplayWidth(ShowControls(text)) <= columns) return ShowControls(text);
  while (!first.empty() && first.back() == ' ') first.pop_back();
  return first + "…";
}

std::string PadLeft(const std::string& text, std::size_t columns) {
  return (text.size() < columns ? std::string(columns - text.size(), ' ') : std::string()) + text;
}

const std::string& LeadText(const MultiReport& report, const Claim& claim) {
  return report.sources[claim.lead_source].sentences[claim.lead_sentence].text;
}

// Why source `s` contradicts the claim: its first contradicting link, as "type "its words" vs
// N "other words"".
std::string Why(const MultiReport& report, const Claim& claim, std::size_t s) {
  for (std::size_t k : claim.links) {
    const ClaimLink& link = report.links[k];
    if (!link.conflict() || (link.source_a != s && link.source_b != s)) continue;
    const bool mine_a = link.source_a == s;
    const std::size_t other = mine_a ? link.source_b : link.source_a;
    std::string out;
    for (const Reason& r : link.reasons) {
      out += (out.empty() ? "" : "; ") + r.type() + " \"" + (mine_a ? r.a : r.b) + "\" vs " +
             std::to_string(other + 1) + " \"" + (mine_a ? r.b : r.a) + "\"";
    }
    return out;
  }
  return "disputed";  // an even split: its agreeing group is as large as the other side's
}

}  // namespace

void RenderMultiText(const MultiReport& report, const RenderOptions& options, std::ostream& out) {
  const bool color = options.color;
  const int width = std::max(kMinWidth, options.width);
  const std::size_t n = report.sources.size();
  const ClaimTotals totals = report.Totals();
  const std::size_t contradicted = totals.contradicted, corroborated = totals.corroborated,
                    single = totals.single_source;
  std::string head = Plural(n, "source") + " · " + Plural(report.claims.size(), "claim") + " · " +
                     std::to_string(contradicted) + " contradicted · " + std::to_string(corroborated) +
                     " corroborated · " + std::to_string(single) + " from one source only";
  out << Paint("claimdiff", Style::kBold, color) << "  ";
  for (const std::string& line : Wrap(head, width, 11, false)) out << line << "\n";
  for (const std::string& warning : report.warnings) {
    for (const std::string& line : Wrap("warning: " + warning, width, 2, color, Style::kDim)) out << line << "\n";
  }

  out << "\n" << Paint("Sources", Style::kBold, color) << "\n";
  const std::size_t id_columns = std::to_string(n).size();
  for (std::size_t s = 0; s < n; ++s) {
    const SourceSummary& sum = report.summary[s];
    std::string line = PadLeft(std::to_string(s + 1), id_columns) + " " + report.sources[s].label + ": " +
                       Plural(sum.claims, "claim") + ", " + std::to_string(sum.confirmed) + " confirmed by others, " +
                       std::to_string(sum.contradicted) + " contradicted, " + std::to_string(sum.alone) +
                       " nobody else makes";
    std::string description = SourceDescription(report.sources[s]);
    if (!description.empty()) line += " (" + description + ")";
    const int indent = static_cast<int>(id_columns) + 3;
    out << "  ";
    for (const std::string& l : Wrap(line, width, indent, false)) out << l << "\n";
  }

  out << "\n" << Paint("Claims", Style::kBold, color) << "  ";
  for (const std::string& l : Wrap("= states it   ! contradicts it   blank: silent", width, 8, false)) out << l << "\n";
  // One column per source: two wide up to nine sources, one wide (numbers written downwards) beyond.
  const std::size_t cell = n <= 9 ? 2 : 1;
  const std::size_t num_columns = std::max<std::size_t>(1, std::to_string(report.claims.size()).size());
  const std::string before_grid = "  " + std::string(num_columns, ' ') + "  ";
  const int text_column = static_cast<int>(before_grid.size() + n * cell + 1);
  const std::size_t digits = std::to_string(n).size();
  for (std::size_t d = digits; d-- > 0;) {
    std::string header = before_grid;
    for (std::size_t s = 0; s < n; ++s) {
      std::string number = PadLeft(std::to_string(s + 1), digits);
      header += number[digits - 1 - d];
      if (cell == 2) header += ' ';
    }
    if (d == 0) header += cell == 2 ? "claim" : " claim";
    while (!header.empty() && header.back() == ' ') header.pop_back();
    out << header << "\n";
  }
  for (std::size_t c = 0; c < report.claims.size(); ++c) {
    const Claim& claim = report.claims[c];
    std::string row = "  " + PadLeft(std::to_string(c + 1), num_columns) + "  ";
    for (std::size_t s = 0; s < n; ++s) {
      std::string mark = claim.stance[s] == Stance::kStates ? "=" : claim.stance[s] == Stance::kContradicts ? "!" : " ";
      row += mark == "!" ? Paint(mark, Style::kConflict, color) : mark;
      if (cell == 2) row += ' ';
    }
    if (cell == 1) row += ' ';
    const std::string& text = LeadText(report, claim);
    if (width - text_column >= kMinClaimColumns) {
      out << row << Fit(text, width - text_column) << "\n";
    } else {  // too many sources for the width: the claim's words on the next line
      while (!row.empty() && row.back() == ' ') row.pop_back();
      out << row << "\n    " << Fit(text, width - 4) << "\n";
    }
    const int indent = std::min(text_column, width - kMinClaimColumns);
    for (std::size_t s = 0; s < n; ++s) {
      if (claim.stance[s] != Stance::kContradicts) continue;
      std::string why = "! " + std::to_string(s + 1) + " " + report.sources[s].label + ": " + Why(report, claim, s);
      out << std::string(static_cast<std::size_t>(indent), ' ');
      for (const std::string& l : Wrap(why, width, indent + 2, color, Style::kConflict)) out << l << "\n";
    }
  }
}

}  // namespace claimdiff
