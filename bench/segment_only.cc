// Benchmark floors: how long segmentation alone takes on the two files.
// Usage: claimdiff_segment_only [--words] A B
//   default  ICU sentence segmentation alone (BreakIterator, "en@ss=standard"), one file after
//            the other: the least any sentence-level tool must spend.
//   --words  claimdiff's own segmentation (sentences, words, normal forms, stems), one thread
//            per file as the pipeline runs it.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <cstdio>
#include <cstring>
#include <memory>

#include "claimdiff/claimdiff.h"
#include "common/both_sides.h"

namespace {

long IcuSentences(const std::string& text) {
  UErrorCode error = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &error);
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), error));
  if (U_FAILURE(error)) return -1;
  sentences->setText(utext, error);
  long count = 0;
  for (int32_t end = sentences->first(); end != icu::BreakIterator::DONE; end = sentences->next()) ++count;
  sentences.reset();
  utext_close(utext);
  return count - 1;
}

}  // namespace

int main(int argc, char** argv) {
  const bool words = argc == 4 && std::strcmp(argv[1], "--words") == 0;
  if (argc != (words ? 4 : 3)) {
    std::fprintf(stderr, "usage: claimdiff_segment_only [--words] A B\n");
    return 2;
  }
  const char* path_a = argv[argc - 2];
  const char* path_b = argv[argc - 1];
  claimdiff::Document a, b;
  if (!claimdiff::ReadDocument(path_a, {}, &a).ok() || !claimdiff::ReadDocument(path_b, {}, &b).ok()) return 2;
  if (!words) {
    std::printf("%ld %ld\n", IcuSentences(a.text), IcuSentences(b.text));
    return 0;
  }
  claimdiff::Segmentation sa, sb;
  claimdiff::ForBothSides(true, [&](int side) { claimdiff::Segment(side == 0 ? a : b, {}, side == 0 ? &sa : &sb); });
  std::printf("%zu %zu\n", sa.sentences.size(), sb.sentences.size());
  return 0;
}
