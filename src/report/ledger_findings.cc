// Figure and negation conflicts across a whole report pair, and the rows of its Figures section.
#include "report/ledger_findings.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "compare/pair.h"
#include "report/side_views.h"

namespace claimdiff {
namespace {

constexpr std::size_t kMaxDiffTokens = 4000;
constexpr double kRepeated = 0.8;  // similarity of a sentence and its near-verbatim repeat

bool Holds(const std::vector<std::size_t>& indices, std::size_t i) {
  return std::find(indices.begin(), indices.end(), i) != indices.end();
}

// A finding between two sentences, a conflict for `reason` (shared without one), a link when
// either sentence is in another finding; the sentences leave the one-sided lists.
Finding PairFinding(std::size_t i, std::size_t j, const Reason* reason, const Document& a, const Segmentation& seg_a,
                    const Document& b, const Segmentation& seg_b, std::vector<std::size_t>* unmatched_a,
                    std::vector<std::size_t>* unmatched_b) {
  Finding f;
  f.kind = reason != nullptr ? FindingKind::kConflict : FindingKind::kShared;
  f.a = {i};
  f.b = {j};
  f.link = !(Holds(*unmatched_a, i) && Holds(*unmatched_b, j));
  f.diff = DiffTokens(MakePairTokens(ViewOf(a, seg_a, {i}), ViewOf(b, seg_b, {j})), kMaxDiffTokens);
  if (reason != nullptr) f.reasons.push_back(*reason);
  unmatched_a->erase(std::remove(unmatched_a->begin(), unmatched_a->end(), i), unmatched_a->end());
  unmatched_b->erase(std::remove(unmatched_b->begin(), unmatched_b->end(), j), unmatched_b->end());
  return f;
}

// The finding holding A sentence i and B sentence j together, or end().
std::vector<Finding>::iterator FindTogether(std::vector<Finding>* findings, std::size_t i, std::size_t j) {
  return std::find_if(findings->begin(), findings->end(),
                      [&](const Finding& f) { return Holds(f.a, i) && Holds(f.b, j); });
}

void InsertInOrder(std::vector<Finding> added, std::vector<Finding>* findings) {
  if (added.empty()) return;
  for (Finding& f : added) findings->push_back(std::move(f));
  std::stable_sort(findings->begin(), findings->end(),
                   [](const Finding& l, const Finding& r) { return l.a.front() < r.a.front(); });
}

}  // namespace

void AddFigureFindings(const std::vector<FigureEntry>& ledger, const Document& a, const Segmentation& seg_a,
                       const Document& b, const Segmentation& seg_b, std::vector<Finding>* findings,
                       std::vector<std::size_t>* unmatched_a, std::vector<std::size_t>* unmatched_b) {
  std::vector<Finding> added;
  // The finding holding both sentences, among those given or those added here; null if none.
  auto holding = [&](std::size_t i, std::size_t j) -> Finding* {
    for (std::vector<Finding>* in : {findings, &added}) {
      auto it = FindTogether(in, i, j);
      if (it != in->end()) return &*it;
    }
    return nullptr;
  };
  for (const FigureEntry& entry : ledger) {
    Finding* together = holding(entry.a_sentence, entry.b_sentence);
    if (entry.agree) {
      // Two sentences that give one figure for one measure share that claim, however else
      // they are worded ("landed safely at 11:40 a.m." / "The jet touched down at 11.40am").
      if (together == nullptr && entry.strength >= kSureMeasure) {
        added.push_back(
            PairFinding(entry.a_sentence, entry.b_sentence, nullptr, a, seg_a, b, seg_b, unmatched_a, unmatched_b));
      }
      continue;
    }
    if (together != nullptr) {
      // Sentences already together report one fact; a weak tie between two of their figures is
      // still more likely a different measure than a disagreement.
      if (entry.strength >= kAlignedMeasure && !HasReason(together->reasons, entry.reason)) {
        together->reasons.push_back(entry.reason);
        together->kind = FindingKind::kConflict;
      }
      continue;
    }
    if (entry.strength < kSureMeasure || entry.ratio > kMaxUnalignedRatio) continue;
    added.push_back(
        PairFinding(entry.a_sentence, entry.b_sentence, &entry.reason, a, seg_a, b, seg_b, unmatched_a, unmatched_b));
  }
  InsertInOrder(std::move(added), findings);
}

void AddNegationConflicts(const std::vector<NegationEntry>& ledger, const Document& a, const Segmentation& seg_a,
                          const Document& b, const Segmentation& seg_b, std::vector<Finding>* findings,
                          std::vector<std::size_t>* unmatched_a, std::vector<std::size_t>* unmatched_b) {
  // A sentence the other report repeats almost word for word has its counterpart; a flip found
  // against another sentence is the two sentences' other words, not the claim.
  auto settled = [&](std::size_t i, bool side_a) {
    return std::any_of(findings->begin(), findings->end(),
                       [&](const Finding& f) { return f.similarity >= kRepeated && Holds(side_a ? f.a : f.b, i); });
  };
  // A flip is reported between every two sentences that tell it (a headline and its body
  // sentence both deny what the other report affirms), but once per wording: copies of one
  // sentence repeated on each side are not set against each other's copies again.
  std::set<std::pair<std::string_view, std::string_view>> told;
  auto tell = [&](const Finding& f) {
    if (std::none_of(f.reasons.begin(), f.reasons.end(),
                     [](const Reason& r) { return r.kind == ReasonKind::kNegation; })) {
      return;
    }
    for (std::size_t i : f.a) {
      for (std::size_t j : f.b) told.insert({seg_a.sentences[i].text, seg_b.sentences[j].text});
    }
  };
  for (const Finding& f : *findings) tell(f);
  std::vector<Finding> added;
  for (const NegationEntry& entry : ledger) {
    // Sentences compared together were checked for negation with their context; a flip the
    // ledger finds between them is one that context hid ("engine fire; no injuries" / "there
    // was no fire": one negator each, of different things), and joins their finding.
    auto together = FindTogether(findings, entry.a_sentence, entry.b_sentence);
    if (together != findings->end()) {
      if (std::none_of(together->reasons.begin(), together->reasons.end(),
                       [&](const Reason& r) { return r.kind == entry.reason.kind; })) {
        together->reasons.push_back(entry.reason);
        together->kind = FindingKind::kConflict;
      }
      continue;
    }
    if (settled(entry.a_sentence, true) || settled(entry.b_sentence, false)) continue;
    if (told.count({seg_a.sentences[entry.a_sentence].text, seg_b.sentences[entry.b_sentence].text}) != 0) continue;
    added.push_back(
        PairFinding(entry.a_sentence, entry.b_sentence, &entry.reason, a, seg_a, b, seg_b, unmatched_a, unmatched_b));
    tell(added.back());
  }
  InsertInOrder(std::move(added), findings);
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
