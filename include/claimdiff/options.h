// Options: everything that steers one comparison, gathered in one plain struct.
#ifndef CLAIMDIFF_OPTIONS_H_
#define CLAIMDIFF_OPTIONS_H_

#include "claimdiff/align.h"
#include "claimdiff/document.h"
#include "claimdiff/normalize.h"

namespace claimdiff {

struct Options {
  NormalizeOptions normalize;
  AlignOptions align;
  // Segment the two documents on two threads. Output is identical either way. Default: true.
  bool parallel = true;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_OPTIONS_H_
