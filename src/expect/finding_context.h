// The comment lines --write-expect puts above a tracked finding: its sentences, as a reviewer
// reading the expectations file in a pull request needs them.
#ifndef CLAIMDIFF_EXPECT_FINDING_CONTEXT_H_
#define CLAIMDIFF_EXPECT_FINDING_CONTEXT_H_

#include <string>

#include "claimdiff/report.h"

namespace claimdiff {

// "#   A:15 As The Guardian reports, ...\n#   B:10 \"Without resorting ...\n": each sentence of
// the finding with its side and line, clipped to 300 bytes, control characters escaped.
std::string FindingContext(const Report& report, const Finding& f);

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXPECT_FINDING_CONTEXT_H_
