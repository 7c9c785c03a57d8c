// Turns an alignment into findings: diff and verdict per group, one finding per lone sentence,
// all in reading order.
#include "claimdiff/report.h"

#include <algorithm>
#include <string>

#include "common/parallel.h"
#include "compare/pair.h"
#include "compare/word_classes.h"
#include "normalize/word_pool.h"
#include "report/ledger_findings.h"
#include "report/side_views.h"

namespace claimdiff {
namespace {

constexpr std::size_t kMaxDiffTokens = 4000;
constexpr std::size_t kMinGroupsPerThread = 256;  // below this a thread costs more than it saves
constexpr std::size_t kGroupsPerBatch = 64;
// Pairs less alike than the alignment bar are linked, not aligned (see Finding::link).
constexpr double kMinCreditedAlike = AlignOptions{}.min_similarity;

}  // namespace

const char* FindingKindName(FindingKind kind) {
  switch (kind) {
    case FindingKind::kShared:
      return "shared";
    case FindingKind::kConflict:
      return "conflict";
    case FindingKind::kOnlyA:
      return "only_a";
    case FindingKind::kOnlyB:
      return "only_b";
  }
  return "shared";
}

Report BuildReport(const Document& a, const Segmentation& seg_a, const Document& b, const Segmentation& seg_b,
                   const Alignment& alignment, unsigned threads) {
  Report report;
  report.a = DescribeSide(a, seg_a);
  report.b = DescribeSide(b, seg_b);
  // Findings in A's reading order: aligned groups and A-only sentences. Groups are compared
  // independently, so threads take them in small batches as they finish the last (the cost of a
  // group varies); each writes only its own slots.
  const std::size_t groups = alignment.groups.size();
  const std::size_t workers =
      groups < kMinGroupsPerThread * 2 ? 1 : std::min<std::size_t>(threads, groups / kMinGroupsPerThread);
  // What the detectors ask of each word, answered once per distinct word of each document.
  std::vector<std::uint16_t> classes[2];
  const Segmentation* segmentations[2] = {&seg_a, &seg_b};
  ParallelFor(2, workers > 1 ? 2 : 1, [&](std::size_t side) {
    if (groups > 0 && segmentations[side]->words) classes[side] = ClassTable(*segmentations[side]->words);
  });
  const std::vector<std::uint16_t>* classes_a = classes[0].empty() ? nullptr : &classes[0];
  const std::vector<std::uint16_t>* classes_b = classes[1].empty() ? nullptr : &classes[1];
  std::vector<Finding> compared(alignment.groups.size());
  std::vector<char> too_long(alignment.groups.size(), 0);  // not vector<bool>: threads write neighbours
  auto compare_group = [&](std::size_t k) {
    const AlignedGroup& group = alignment.groups[k];
    Finding& f = compared[k];
    f.a = group.a;
    f.b = group.b;
    f.similarity = group.similarity;
    f.moved = group.moved;
    f.link = group.link;
    PairTokens pair = MakePairTokens(ViewOf(a, seg_a, group.a), ViewOf(b, seg_b, group.b), classes_a, classes_b);
    too_long[k] = pair.a.tokens.size() + pair.b.tokens.size() > kMaxDiffTokens;
    f.diff = DiffTokens(pair, kMaxDiffTokens);
    Verdict verdict = ClassifyTokens(pair);
    // Two sentences credit one claim to different sources only where they tell it alike: a pair
    // linked below the alignment bar shares a fact at most, and each source may have said its own.
    if (group.similarity < kMinCreditedAlike) {
      verdict.reasons.erase(std::remove_if(verdict.reasons.begin(), verdict.reasons.end(),
                                           [](const Reason& r) { return r.kind == ReasonKind::kAttribution; }),
                            verdict.reasons.end());
    }
    f.kind = verdict.reasons.empty() ? FindingKind::kShared : FindingKind::kConflict;
    f.reasons = std::move(verdict.reasons);
    f.notes = std::move(verdict.notes);
  };
  ParallelFor((groups + kGroupsPerBatch - 1) / kGroupsPerBatch, static_cast<unsigned>(workers), [&](std::size_t batch) {
    for (std::size_t k = batch * kGroupsPerBatch; k < std::min(groups, (batch + 1) * kGroupsPerBatch); ++k)
      compare_group(k);
  });
  for (std::size_t k = 0; k < groups; ++k) {
    if (too_long[k]) {
      report.warnings.push_back(report.a.label + ":" +
                                std::to_string(seg_a.sentences[alignment.groups[k].a.front()].line) +
                                ": sentence too long for a word diff; shown as replaced whole");
    }
  }
  // Figures measure by measure over the whole documents, wherever their sentences stand.
  const std::vector<FigureEntry> ledger = LedgerFigures(a.text, seg_a, b.text, seg_b, classes_a, classes_b);
  std::vector<std::size_t> unmatched_a = alignment.unmatched_a, unmatched_b = alignment.unmatched_b;
  AddFigureFindings(ledger, a, seg_a, b, seg_b, &compared, &unmatched_a, &unmatched_b);
  AddNegationConflicts(LedgerNegations(a.text, seg_a, b.text, seg_b, classes_a, classes_b), a, seg_a, b, seg_b,
                       &compared, &unmatched_a, &unmatched_b);
  // Groups come ordered by their first A sentence and A-only sentences ascending: a merge.
  std::vector<Finding> in_a_order;
  in_a_order.reserve(compared.size() + unmatched_a.size());
  std::size_t next_group = 0;
  for (std::size_t i : unmatched_a) {
    while (next_group < compared.size() && compared[next_group].a.front() < i) {
      in_a_order.push_back(std::move(compared[next_group++]));
    }
    Finding f;
    f.kind = FindingKind::kOnlyA;
    f.a = {i};
    in_a_order.push_back(std::move(f));
  }
  while (next_group < compared.size()) in_a_order.push_back(std::move(compared[next_group++]));

  // Each B-only sentence goes after the finding that holds the aligned B sentence before it.
  std::vector<long> finding_of_b(seg_b.sentences.size(), -1);
  for (std::size_t k = 0; k < in_a_order.size(); ++k) {
    for (std::size_t j : in_a_order[k].b) finding_of_b[j] = static_cast<long>(k);
  }
  std::vector<std::vector<std::size_t>> b_only_after(in_a_order.size() + 1);
  long anchor = -1;
  std::size_t next_unmatched = 0;
  for (std::size_t j = 0; j < seg_b.sentences.size(); ++j) {
    if (finding_of_b[j] >= 0) anchor = finding_of_b[j];
    if (next_unmatched < unmatched_b.size() && unmatched_b[next_unmatched] == j) {
      b_only_after[static_cast<std::size_t>(anchor + 1)].push_back(j);
      ++next_unmatched;
    }
  }
  auto emit_b_only = [&](const std::vector<std::size_t>& indices) {
    for (std::size_t j : indices) {
      Finding f;
      f.kind = FindingKind::kOnlyB;
      f.b = {j};
      report.findings.push_back(std::move(f));
    }
  };
  report.findings.reserve(in_a_order.size() + unmatched_b.size());
  emit_b_only(b_only_after[0]);
  for (std::size_t k = 0; k < in_a_order.size(); ++k) {
    report.findings.push_back(std::move(in_a_order[k]));
    emit_b_only(b_only_after[k + 1]);
  }

  for (std::size_t k = 0; k < report.findings.size(); ++k) {
    const Finding& f = report.findings[k];
    for (SideInfo* side : {&report.a, &report.b}) {
      for (std::size_t i : side == &report.a ? f.a : f.b) {
        SentenceInfo& sentence = side->sentences[i];
        if (sentence.finding < 0) sentence.finding = static_cast<int>(k);
        sentence.findings.push_back(static_cast<int>(k));
      }
    }
    switch (f.kind) {
      case FindingKind::kShared:
        ++report.summary.shared;
        break;
      case FindingKind::kConflict:
        ++report.summary.conflict;
        break;
      case FindingKind::kOnlyA:
        ++report.summary.only_a;
        break;
      case FindingKind::kOnlyB:
        ++report.summary.only_b;
        break;
    }
    report.summary.moved += f.moved;
  }
  report.figures = FigureRows(ledger, report);
  if (seg_a.cut_sentences + seg_b.cut_sentences > 0) {
    report.warnings.push_back(std::to_string(seg_a.cut_sentences + seg_b.cut_sentences) +
                              " overlong sentence(s) were cut at the sentence length limit");
  }
  return report;
}

}  // namespace claimdiff
