// Groups the sentences of many sources into claims from their pairwise links (see claims.cc).
#ifndef CLAIMDIFF_MULTI_CLAIMS_H_
#define CLAIMDIFF_MULTI_CLAIMS_H_

#include <vector>

#include "claimdiff/multi.h"

namespace claimdiff {

// Every non-boilerplate sentence of `sources` ends up in exactly one claim; sentences no link
// joins make claims of one source. Claims come in MultiReport order.
std::vector<Claim> BuildClaims(const std::vector<SideInfo>& sources, const std::vector<ClaimLink>& links,
                               double min_claim_similarity);

// What each source's claims meet in the others (MultiReport::summary).
std::vector<SourceSummary> SummarizeSources(std::size_t sources, const std::vector<Claim>& claims);

}  // namespace claimdiff

#endif  // CLAIMDIFF_MULTI_CLAIMS_H_
