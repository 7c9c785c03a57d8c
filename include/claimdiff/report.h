// Report: the one model every renderer reads; built once by the pipeline, never recomputed.
#ifndef CLAIMDIFF_REPORT_H_
#define CLAIMDIFF_REPORT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "claimdiff/align.h"
#include "claimdiff/compare.h"
#include "claimdiff/document.h"
#include "claimdiff/normalize.h"

namespace claimdiff {

enum class FindingKind { kShared, kConflict, kOnlyA, kOnlyB };

// "shared", "conflict", "only_a", "only_b" (the JSON names).
const char* FindingKindName(FindingKind kind);

struct SentenceInfo;
struct SideInfo;

// Where a sentence stands in its source, as a reader finds it there: the line for text ("15"),
// the paragraph for web pages and Word files ("¶4"), page and paragraph for PDF ("p.2 ¶3").
std::string SentencePosition(const SideInfo& side, const SentenceInfo& sentence);

// One line describing a source beyond its label: its kind and what it says about itself, e.g.
// "HTML · \"Headline\" · by Jane Doe · The Outlet · 2014-12-20 · https://final.example/url".
// Empty for plain text without metadata.
std::string SourceDescription(const SideInfo& side);

struct SentenceInfo {
  std::size_t index = 0;
  std::size_t line = 1;
  std::size_t begin = 0;  // byte span in the source text
  std::size_t end = 0;
  std::size_t paragraph = 0;
  std::size_t page = 0;            // PDF: 1-based page the sentence starts on; 0 otherwise
  std::size_t page_paragraph = 0;  // PDF: 0-based paragraph within that page
  std::string text;                // whitespace-collapsed source text
  bool boilerplate = false;
  int finding = -1;  // index into Report::findings of its first finding, -1 for boilerplate
  // Every finding holding this sentence, ascending: more than one when it shares claims with
  // several sentences of the other report (see Finding::link).
  std::vector<int> findings;
};

struct SideInfo {
  std::string path;
  std::string label;
  InputKind kind = InputKind::kText;  // what the input was, found from its content
  DocumentMetadata metadata;          // title, byline, outlet, date, final URL where known
  std::vector<SentenceInfo> sentences;
  std::size_t boilerplate = 0;
};

struct Finding {
  FindingKind kind = FindingKind::kShared;
  std::vector<std::size_t> a;  // sentence indices into Report::a.sentences
  std::vector<std::size_t> b;
  double similarity = 0;  // 0 for only_a / only_b
  bool moved = false;     // aligned, but out of reading order
  // A further link between sentences that also stand in other findings: a sentence may share
  // claims with more than one sentence of the other side. "Only in A" means in no finding with B.
  bool link = false;
  std::vector<Reason> reasons;  // conflicts only
  std::vector<Reason> notes;
  std::vector<DiffOp> diff;  // aligned findings only
};

// A measure both reports give a figure for (a death toll, a share, a time of day), wherever
// the two sentences stand.
struct FigureRow {
  std::string measure;  // what the figures measure, as A names it ("people", "percent")
  std::size_t a = 0;    // sentence indices into Report::a.sentences and Report::b.sentences
  std::size_t b = 0;
  std::string a_value;  // each figure as its report writes it ("at least 11 people")
  std::string b_value;
  bool agree = true;  // both can be right ("more than 300" and "310")
  int finding = -1;   // the finding holding both sentences; -1 when none does
};

struct Summary {
  std::size_t shared = 0;
  std::size_t conflict = 0;
  std::size_t only_a = 0;
  std::size_t only_b = 0;
  std::size_t moved = 0;
};

struct Report {
  SideInfo a;
  SideInfo b;
  // Reading order: A's order, with B-only sentences placed after the finding holding the
  // B sentence before them.
  std::vector<Finding> findings;
  // Every measure both give, in A's reading order: the agreeing ones too, so a reader sees what
  // was checked.
  std::vector<FigureRow> figures;
  Summary summary;
  // Things a reader should know about how the report was made (e.g. a sentence was cut at
  // the length limit, a diff fell back to coarse mode). One line each.
  std::vector<std::string> warnings;

  // True when the two say the same thing: no conflicts and nothing only on one side.
  bool Same() const { return summary.conflict == 0 && summary.only_a == 0 && summary.only_b == 0; }
};

// Turns the stages' outputs into a Report: a word diff and a verdict per aligned group, one
// finding per lone sentence, in reading order. `threads` > 1 compares groups in parallel; the
// report is the same either way. Nothing it is given is changed.
//   Segment(a, {}, &sa); Segment(b, {}, &sb);
//   Report r = BuildReport(a, sa, b, sb, Align(sa, sb, {}));
Report BuildReport(const Document& a, const Segmentation& seg_a, const Document& b, const Segmentation& seg_b,
                   const Alignment& alignment, unsigned threads = 1);

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_H_
