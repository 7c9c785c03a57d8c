// Figure conflicts across a whole report pair, and the rows of its Figures section.
#include "report/figure_findings.h"

#include <algorithm>

#include "compare/pair.h"

namespace claimdiff {
namespace {

constexpr std::size_t kMaxDiffTokens = 4000;

bool Holds(const std::vector<std::size_t>& indices, std::size_t i) {
  return std::find(indices.begin(), indices.end(), i) != indices.end();
}

bool HasReason(const Finding& f, const Reason& reason) {
  return std::any_of(f.reasons.begin(), f.reasons.end(), [&](const Reason& r) {
    return r.type == reason.type && (r.a == reason.a || r.b == reason.b);
  });
}

Finding FigureConflict(const FigureEntry& entry, const Document& a, const Segmentation& seg_a, const Document& b,
                       const Segmentation& seg_b, bool link) {
  Finding f;
  f.kind = FindingKind::kConflict;
  f.a = {entry.a_sentence};
  f.b = {entry.b_sentence};
  f.link = link;
  SideView view_a{&a.text, {&seg_a.sentences[entry.a_sentence]}, a.metadata.published};
  SideView view_b{&b.text, {&seg_b.sentences[entry.b_sentence]}, b.metadata.published};
  f.diff = DiffTokens(MakePairTokens(view_a, view_b), kMaxDiffTokens);
  f.reasons.push_back(entry.reason);
  return f;
}

}  // namespace

void AddFigureConflicts(const std::vector<FigureEntry>& ledger, const Document& a, const Segmentation& seg_a,
                        const Document& b, const Segmentation& seg_b, std::vector<Finding>* findings,
                        std::vector<std::size_t>* unmatched_a, std::vector<std::size_t>* unmatched_b) {
  std::vector<Finding> added;
  for (const FigureEntry& entry : ledger) {
    if (entry.agree) continue;
    auto together = std::find_if(findings->begin(), findings->end(), [&](const Finding& f) {
      return Holds(f.a, entry.a_sentence) && Holds(f.b, entry.b_sentence);
    });
    if (together != findings->end()) {
      // Aligned sentences already say the two report one fact; a weak tie between two of
      // their figures is still more likely a different measure than a disagreement.
      if (entry.strength >= kAlignedMeasure && !HasReason(*together, entry.reason)) {
        together->reasons.push_back(entry.reason);
        together->kind = FindingKind::kConflict;
      }
      continue;
    }
    if (entry.strength < kSureMeasure || entry.ratio > kMaxUnalignedRatio) continue;
    const bool lone_a = Holds(*unmatched_a, entry.a_sentence);
    const bool lone_b = Holds(*unmatched_b, entry.b_sentence);
    added.push_back(FigureConflict(entry, a, seg_a, b, seg_b, !(lone_a && lone_b)));
    unmatched_a->erase(std::remove(unmatched_a->begin(), unmatched_a->end(), entry.a_sentence), unmatched_a->end());
    unmatched_b->erase(std::remove(unmatched_b->begin(), unmatched_b->end(), entry.b_sentence), unmatched_b->end());
  }
  if (added.empty()) return;
  for (Finding& f : added) findings->push_back(std::move(f));
  std::stable_sort(findings->begin(), findings->end(),
                   [](const Finding& l, const Finding& r) { return l.a.front() < r.a.front(); });
}

std::vector<FigureRow> FigureRows(const std::vector<FigureEntry>& ledger, const Report& report) {
  std::vector<FigureRow> rows;
  for (const FigureEntry& entry : ledger) {
    const std::vector<int>& of_a = report.a.sentences[entry.a_sentence].findings;
    const std::vector<int>& of_b = report.b.sentences[entry.b_sentence].findings;
    int finding = -1;
    for (int k : of_a) {
      if (std::find(of_b.begin(), of_b.end(), k) != of_b.end()) {
        finding = k;
        break;
      }
    }
    // A pairing the ledger is unsure of is shown only where the sentences were found alike.
    if (finding < 0 && entry.strength < kSureMeasure) continue;
    rows.push_back({entry.reason.measure, entry.a_sentence, entry.b_sentence, entry.reason.a, entry.reason.b,
                    entry.agree, finding});
  }
  return rows;
}

}  // namespace claimdiff
