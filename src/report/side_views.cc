// The report's picture of a source and the comparing stages' view of its sentences.
#include "report/side_views.h"

#include "input/utf8.h"
#include "report/source_position.h"

namespace claimdiff {

SideInfo DescribeSide(const Document& doc, const Segmentation& seg) {
  SideInfo side;
  // Paths and labels come from the command line as bytes; the report holds only valid UTF-8.
  side.path = ValidUtf8(doc.path);
  side.label = ValidUtf8(doc.label.empty() ? doc.path : doc.label);
  side.kind = doc.kind;
  side.metadata = doc.metadata;
  side.boilerplate = seg.boilerplate_count;
  side.sentences.reserve(seg.sentences.size());
  for (const Sentence& s : seg.sentences) {
    side.sentences.push_back({s.index, s.line, s.begin, s.end, s.paragraph, 0, 0, s.text, s.boilerplate, -1, {}});
  }
  AddPages(doc, &side);
  return side;
}

SideView ViewOf(const Document& doc, const Segmentation& seg, const std::vector<std::size_t>& indices) {
  SideView view;
  view.text = &doc.text;
  view.published = doc.metadata.published;
  for (std::size_t i : indices) view.sentences.push_back(&seg.sentences[i]);
  return view;
}

}  // namespace claimdiff
