// CompareDocuments: the pipeline — segment both documents, align, compare, build the report.
#include <algorithm>
#include <thread>

#include "claimdiff/claimdiff.h"
#include "claimdiff/wordnet.h"
#include "common/both_sides.h"
#include "compare/prepare.h"

namespace claimdiff {

Status CompareDocuments(const Document& a, const Document& b, const Options& options, Report* report) {
  auto progress = [&](const char* stage, double done) {
    if (options.progress) options.progress(stage, done);
  };
  progress("segmenting", 0.0);
  Segmentation seg_a, seg_b;
  Status status_a, status_b;
  ForBothSides(options.parallel, [&](int side) {
    if (side == 1) {
      status_b = Segment(b, options.normalize, &seg_b);
      return;
    }
    status_a = Segment(a, options.normalize, &seg_a);
    // While the other thread finishes B (usually the longer), load what comparing will need.
    PrepareClassify();
  });
  if (!status_a.ok()) return status_a;
  if (!status_b.ok()) return status_b;
  progress("aligning", 0.35);
  unsigned threads = options.parallel ? std::max(1u, std::min(4u, std::thread::hardware_concurrency())) : 1;
  AlignOptions align = options.align;
  align.threads = std::max(align.threads, threads);
  Alignment alignment = Align(seg_a, seg_b, align);
  progress("comparing", 0.6);
  *report = BuildReport(a, seg_a, b, seg_b, alignment, threads);
  // Never a silently weaker comparison: without WordNet the report says so.
  if (std::string missing = WordNetWarning(FindWordNet()); !missing.empty()) report->warnings.push_back(missing);
  return Status::Ok();
}

}  // namespace claimdiff
