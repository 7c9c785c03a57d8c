// Pages of paged inputs (PDF) attached to each sentence of a report side.
#ifndef CLAIMDIFF_REPORT_SOURCE_POSITION_H_
#define CLAIMDIFF_REPORT_SOURCE_POSITION_H_

#include "claimdiff/document.h"
#include "claimdiff/report.h"

namespace claimdiff {

// Sets SentenceInfo::page and ::page_paragraph from Document::page_starts (nothing when the
// document has no pages). Readers separate paragraphs by exactly one blank line, so the
// paragraph a page starts in is the number of blank lines before it.
void AddPages(const Document& doc, SideInfo* side);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_SOURCE_POSITION_H_
