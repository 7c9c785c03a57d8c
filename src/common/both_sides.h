// ForBothSides: run one job for document A and one for document B, on two threads if wanted.
#ifndef CLAIMDIFF_COMMON_BOTH_SIDES_H_
#define CLAIMDIFF_COMMON_BOTH_SIDES_H_

#include <thread>

namespace claimdiff {

// Calls job(0) (side A) on this thread and job(1) (side B) on another when `parallel`, one after
// the other otherwise. The two calls must not write to shared state.
template <typename Job>
void ForBothSides(bool parallel, Job job) {
  if (!parallel) {
    job(0);
    job(1);
    return;
  }
  std::thread other([&job] { job(1); });
  job(0);
  other.join();
}

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_BOTH_SIDES_H_
