// Puts the ledgers (figures and negations across whole documents) into the findings, and the
// figures into the report's Figures rows.
#ifndef CLAIMDIFF_REPORT_LEDGER_FINDINGS_H_
#define CLAIMDIFF_REPORT_LEDGER_FINDINGS_H_

#include <cstddef>
#include <vector>

#include "claimdiff/document.h"
#include "claimdiff/normalize.h"
#include "claimdiff/report.h"
#include "compare/figure_ledger.h"
#include "compare/negation_ledger.h"

namespace claimdiff {

// A disagreement inside a finding that its detectors missed becomes one of its reasons; a sure
// one between sentences in no finding together becomes a conflict finding of its own (a link
// when either sentence is in another finding), and a sure agreement a shared finding; their
// sentences leave the one-sided lists. `findings` are the compared groups in A's order and stay
// so.
void AddFigureFindings(const std::vector<FigureEntry>& ledger, const Document& a, const Segmentation& seg_a,
                       const Document& b, const Segmentation& seg_b, std::vector<Finding>* findings,
                       std::vector<std::size_t>* unmatched_a, std::vector<std::size_t>* unmatched_b);

// A negation flip between sentences in no finding together becomes a conflict finding of its
// own, as AddFigureFindings does for figures.
void AddNegationConflicts(const std::vector<NegationEntry>& ledger, const Document& a, const Segmentation& seg_a,
                          const Document& b, const Segmentation& seg_b, std::vector<Finding>* findings,
                          std::vector<std::size_t>* unmatched_a, std::vector<std::size_t>* unmatched_b);

// The Figures rows of a finished report: the ledger's entries worth showing, each with the
// finding that holds both its sentences.
std::vector<FigureRow> FigureRows(const std::vector<FigureEntry>& ledger, const Report& report);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_LEDGER_FINDINGS_H_
