// Multi: many reports of one event — which sources state each claim, which contradict it, which
// are silent — built from the pairwise comparison of every pair of sources.
#ifndef CLAIMDIFF_MULTI_H_
#define CLAIMDIFF_MULTI_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "claimdiff/compare.h"
#include "claimdiff/document.h"
#include "claimdiff/options.h"
#include "claimdiff/render.h"
#include "claimdiff/report.h"
#include "claimdiff/status.h"

namespace claimdiff {

// Where one source stands on one claim.
enum class Stance { kSilent, kStates, kContradicts };

// "silent", "states", "contradicts" (the JSON names).
const char* StanceName(Stance stance);

// Two sentences (or a split/merged few) of two sources aligned by the pairwise comparison.
struct ClaimLink {
  std::size_t source_a = 0;  // source_a < source_b, indices into MultiReport::sources
  std::size_t source_b = 0;
  std::vector<std::size_t> a;  // sentence indices of source_a
  std::vector<std::size_t> b;
  double similarity = 0;
  std::vector<Reason> reasons;  // non-empty = the two contradict each other
  std::vector<DiffOp> diff;     // contradictions only: the word diff of the two sides
  bool conflict() const { return !reasons.empty(); }
};

struct Claim {
  std::vector<Stance> stance;                       // one per source
  std::vector<std::vector<std::size_t>> sentences;  // one per source: its evidence, ascending
  std::vector<std::size_t> links;                   // the links between the claim's sentences, ascending
  std::size_t states = 0;                           // sources with Stance::kStates
  std::size_t contradicts = 0;                      // sources with Stance::kContradicts
  // The source and sentence shown as the claim's wording: the first stating source's first
  // sentence (the first contradicting one's when every source contradicts).
  std::size_t lead_source = 0;
  std::size_t lead_sentence = 0;
};

// Per source: what the others make of its claims.
struct SourceSummary {
  std::size_t claims = 0;        // claims it states or contradicts
  std::size_t confirmed = 0;     // it states them and another source does too
  std::size_t contradicted = 0;  // claims where it stands on one side of a contradiction
  std::size_t alone = 0;         // claims no other source makes
};

// How the claims stand, as every format's summary line counts them.
struct ClaimTotals {
  std::size_t contradicted = 0;   // a source contradicts it
  std::size_t corroborated = 0;   // two or more sources state it and none contradicts it
  std::size_t single_source = 0;  // one source makes it
};

struct MultiReport {
  // Each source's sentences, as in the pairwise report (SentenceInfo::finding is unused: -1).
  std::vector<SideInfo> sources;
  // Contradicted claims first, then by number of sources stating it (most first), then in the
  // reading order of the lead source.
  std::vector<Claim> claims;
  // Every aligned group (links included) of every pair of sources, by source pair then reading order.
  std::vector<ClaimLink> links;
  std::vector<SourceSummary> summary;  // one per source
  std::vector<std::string> warnings;

  // True when every claim is stated by every source and none is contradicted.
  bool Same() const;
  ClaimTotals Totals() const;
};

struct MultiOptions {
  Options compare;
  // Aligned sentences at least this alike join one claim when they agree. Below it a pair
  // still counts as a link (shown in JSON) but keeps its sentences in claims of their own.
  // Default: 0.2.
  double min_claim_similarity = 0.2;
};

// Compares every pair of `docs` (two or more) and groups the claims. Each document is segmented
// once; pairs are compared on all cores. The result does not depend on the thread count.
//   std::vector<Document> docs(3); ReadDocument("a.txt", {}, &docs[0]); ...
//   MultiReport r; CompareSources(docs, {}, &r); RenderMulti(r, {}, std::cout);
Status CompareSources(const std::vector<Document>& docs, const MultiOptions& options, MultiReport* report);

// Writes the corroboration grid in the chosen format (text, JSON schema "claimdiff-multi" 1, HTML).
void RenderMulti(const MultiReport& report, const RenderOptions& options, std::ostream& out);
void RenderMultiText(const MultiReport& report, const RenderOptions& options, std::ostream& out);
void RenderMultiJson(const MultiReport& report, const RenderOptions& options, std::ostream& out);
void RenderMultiHtml(const MultiReport& report, const RenderOptions& options, std::ostream& out);

}  // namespace claimdiff

#endif  // CLAIMDIFF_MULTI_H_
