// Builds the Report model from segmentations and an alignment: findings, verdicts, reading order.
#ifndef CLAIMDIFF_REPORT_REPORT_BUILDER_H_
#define CLAIMDIFF_REPORT_REPORT_BUILDER_H_

#include "claimdiff/align.h"
#include "claimdiff/document.h"
#include "claimdiff/normalize.h"
#include "claimdiff/report.h"

namespace claimdiff {

// `threads` > 1 compares aligned groups in parallel; the report is the same either way.
Report BuildReport(const Document& a, const Segmentation& seg_a, const Document& b, const Segmentation& seg_b,
                   const Alignment& alignment, unsigned threads = 1);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_REPORT_BUILDER_H_
