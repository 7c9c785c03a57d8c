// ForBothSides: run one job for document A and one for document B, through ParallelFor.
#ifndef CLAIMDIFF_COMMON_BOTH_SIDES_H_
#define CLAIMDIFF_COMMON_BOTH_SIDES_H_

#include <cstddef>

#include "common/parallel.h"

namespace claimdiff {

// Calls job(0) (side A) and job(1) (side B), on two threads when `parallel`, one after the other
// otherwise. The two calls must not write to shared state.
template <typename Job>
void ForBothSides(bool parallel, Job job) {
  ParallelFor(2, parallel ? 2 : 1, [&job](std::size_t side) { job(static_cast<int>(side)); });
}

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_BOTH_SIDES_H_
