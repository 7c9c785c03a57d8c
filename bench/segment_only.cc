// The floor for the benchmark: read and ICU-segment both files (sentences and words), nothing else.
// Usage: claimdiff_segment_only A B
#include <cstdio>
#include <thread>

#include "claimdiff/claimdiff.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: claimdiff_segment_only A B\n");
    return 2;
  }
  claimdiff::Document a, b;
  if (!claimdiff::ReadDocument(argv[1], {}, &a).ok() || !claimdiff::ReadDocument(argv[2], {}, &b).ok()) return 2;
  claimdiff::Segmentation sa, sb;
  std::thread other([&] { claimdiff::Segment(b, {}, &sb); });  // as the pipeline does: one file per core
  claimdiff::Segment(a, {}, &sa);
  other.join();
  std::printf("%zu %zu\n", sa.sentences.size(), sb.sentences.size());
  return 0;
}
