// CompareSources: segment every source once, compare every pair on all cores, group the claims.
#include <algorithm>

#include "claimdiff/align.h"
#include "claimdiff/multi.h"
#include "claimdiff/wordnet.h"
#include "common/parallel.h"
#include "compare/pair.h"
#include "compare/prepare.h"
#include "compare/word_classes.h"
#include "multi/claims.h"
#include "report/side_views.h"

namespace claimdiff {
namespace {

constexpr std::size_t kMaxDiffTokens = 4000;

}  // namespace

const char* StanceName(Stance stance) {
  switch (stance) {
    case Stance::kSilent:
      return "silent";
    case Stance::kStates:
      return "states";
    case Stance::kContradicts:
      return "contradicts";
  }
  return "silent";
}

bool MultiReport::Same() const {
  return std::all_of(claims.begin(), claims.end(),
                     [&](const Claim& c) { return c.contradicts == 0 && c.states == sources.size(); });
}

ClaimTotals MultiReport::Totals() const {
  ClaimTotals totals;
  for (const Claim& claim : claims) {
    totals.contradicted += claim.contradicts > 0;
    totals.corroborated += claim.contradicts == 0 && claim.states >= 2;
    totals.single_source += claim.states + claim.contradicts == 1;
  }
  return totals;
}

Status CompareSources(const std::vector<Document>& docs, const MultiOptions& options, MultiReport* report) {
  *report = MultiReport();
  const std::size_t n = docs.size();
  if (n < 2) return Status::Error(Status::Code::kInvalidInput, "comparing sources needs at least two");
  const unsigned threads = options.compare.parallel ? CoreCount() : 1;
  std::vector<Segmentation> segs(n);
  std::vector<Status> statuses(n);
  ParallelFor(n + 1, threads, [&](std::size_t i) {
    if (i == n) return PrepareClassify();  // the word tables, while the others segment
    statuses[i] = Segment(docs[i], options.compare.normalize, &segs[i]);
  });
  for (const Status& status : statuses) {
    if (!status.ok()) return status;
  }
  std::vector<std::vector<std::uint16_t>> classes(n);
  ParallelFor(n, threads, [&](std::size_t i) {
    if (segs[i].words) classes[i] = ClassTable(*segs[i].words);
  });
  auto classes_of = [&](std::size_t i) { return classes[i].empty() ? nullptr : &classes[i]; };

  // Every pair once, (0,1), (0,2) ... (n-2,n-1); each fills its own slot.
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) pairs.push_back({i, j});
  }
  std::vector<std::vector<ClaimLink>> pair_links(pairs.size());
  AlignOptions align = options.compare.align;
  align.threads = 1;  // the pairs are the parallel work
  ParallelFor(pairs.size(), threads, [&](std::size_t p) {
    const auto [i, j] = pairs[p];
    Alignment alignment = Align(segs[i], segs[j], align);
    for (const AlignedGroup& group : alignment.groups) {
      // Link groups too: a sentence's further matches often carry the claim another pair
      // aligned differently (a headline against a lead); the claim rule keeps them in check.
      ClaimLink link;
      link.source_a = i;
      link.source_b = j;
      link.a = group.a;
      link.b = group.b;
      link.similarity = group.similarity;
      PairTokens tokens = MakePairTokens(ViewOf(docs[i], segs[i], group.a), ViewOf(docs[j], segs[j], group.b),
                                         classes_of(i), classes_of(j));
      link.reasons = ClassifyTokens(tokens).reasons;
      if (link.conflict()) link.diff = DiffTokens(tokens, kMaxDiffTokens);
      pair_links[p].push_back(std::move(link));
    }
  });
  for (auto& links : pair_links) {
    for (ClaimLink& link : links) report->links.push_back(std::move(link));
  }
  report->sources.resize(n);
  ParallelFor(n, threads, [&](std::size_t i) { report->sources[i] = DescribeSide(docs[i], segs[i]); });
  report->claims = BuildClaims(report->sources, report->links, options.min_claim_similarity);
  report->summary = SummarizeSources(n, report->claims);
  std::size_t cut = 0;
  for (const Segmentation& seg : segs) cut += seg.cut_sentences;
  if (cut > 0)
    report->warnings.push_back(std::to_string(cut) + " overlong sentence(s) were cut at the sentence length limit");
  if (std::string missing = WordNetWarning(FindWordNet()); !missing.empty()) report->warnings.push_back(missing);
  return Status::Ok();
}

}  // namespace claimdiff
