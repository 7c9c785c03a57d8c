// claimdiff: compare two reports of the same event sentence by sentence — the library's front door.
#ifndef CLAIMDIFF_CLAIMDIFF_H_
#define CLAIMDIFF_CLAIMDIFF_H_

#include "claimdiff/align.h"
#include "claimdiff/compare.h"
#include "claimdiff/document.h"
#include "claimdiff/multi.h"
#include "claimdiff/normalize.h"
#include "claimdiff/options.h"
#include "claimdiff/render.h"
#include "claimdiff/report.h"
#include "claimdiff/status.h"
#include "claimdiff/version.h"
#include "claimdiff/wordnet.h"

namespace claimdiff {

// Runs the whole pipeline on two decoded documents: segment, align, compare; fills `report`.
//   Document a, b; ReadDocument("a.txt", {}, &a); ReadDocument("b.txt", {}, &b);
//   Report r; CompareDocuments(a, b, {}, &r); RenderText(r, {}, std::cout);
Status CompareDocuments(const Document& a, const Document& b, const Options& options, Report* report);

}  // namespace claimdiff

#endif  // CLAIMDIFF_CLAIMDIFF_H_
