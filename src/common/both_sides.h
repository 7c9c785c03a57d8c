// ForBothSides: run one job for document A and one for document B, on two threads if wanted.
// SortOnTwoThreads: a sort split over two threads.
#ifndef CLAIMDIFF_COMMON_BOTH_SIDES_H_
#define CLAIMDIFF_COMMON_BOTH_SIDES_H_

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

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

// Sorts `items` by `less`, a strict total order, splitting the work over two threads when
// `parallel`: the result is the same either way.
template <typename T, typename Less>
void SortOnTwoThreads(bool parallel, std::vector<T>* items, Less less) {
  const auto middle = items->begin() + static_cast<std::ptrdiff_t>(items->size() / 2);
  ForBothSides(parallel && items->size() > 4096, [&](int half) {
    if (half == 0) std::sort(items->begin(), middle, less);
    else std::sort(middle, items->end(), less);
  });
  std::inplace_merge(items->begin(), middle, items->end(), less);
}

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_BOTH_SIDES_H_
