// A source two ways: as the report shows it (SideInfo) and as the comparing stages read its
// sentences (SideView). Shared by the pairwise and the multi-source reports.
#ifndef CLAIMDIFF_REPORT_SIDE_VIEWS_H_
#define CLAIMDIFF_REPORT_SIDE_VIEWS_H_

#include <cstddef>
#include <vector>

#include "claimdiff/compare.h"
#include "claimdiff/document.h"
#include "claimdiff/normalize.h"
#include "claimdiff/report.h"

namespace claimdiff {

// Path, label (both made valid UTF-8), kind, metadata and every sentence with its position;
// the sentence texts are copied.
SideInfo DescribeSide(const Document& doc, const Segmentation& seg);

// The sentences `indices` of a document, with its text and publication date.
SideView ViewOf(const Document& doc, const Segmentation& seg, const std::vector<std::size_t>& indices);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_SIDE_VIEWS_H_
