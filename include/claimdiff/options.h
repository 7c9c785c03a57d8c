// Options: everything that steers one comparison, gathered in one plain struct.
#ifndef CLAIMDIFF_OPTIONS_H_
#define CLAIMDIFF_OPTIONS_H_

#include <functional>

#include "claimdiff/align.h"
#include "claimdiff/document.h"
#include "claimdiff/normalize.h"

namespace claimdiff {

struct Options {
  NormalizeOptions normalize;
  AlignOptions align;
  // Segment the two documents, and compare aligned sentences, on several threads. Output is
  // identical either way. Default: true.
  bool parallel = true;
  // Called as each stage starts with its name ("segmenting", "aligning", "comparing") and the
  // share of the work done so far (0..1). The library never prints; a caller may. Default: none.
  std::function<void(const char* stage, double done)> progress;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_OPTIONS_H_
