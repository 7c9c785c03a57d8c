// ParallelFor: the one way this library runs work on more than one thread.
#ifndef CLAIMDIFF_COMMON_PARALLEL_H_
#define CLAIMDIFF_COMMON_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace claimdiff {

// Calls job(i) for every i in [0, count) on up to `threads` threads, this one included, and
// returns when all calls have. Threads take the next index as they finish one, so uneven items
// balance. Each job(i) must write only what belongs to i: then the result does not depend on the
// thread count. With threads <= 1 (or one item) everything runs here, in order.
//   ParallelFor(2, 2, [&](std::size_t side) { seg[side] = Segment(doc[side]); });
template <typename Job>
void ParallelFor(std::size_t count, unsigned threads, Job&& job) {
  const std::size_t workers = std::min<std::size_t>(threads, count);
  if (workers <= 1) {
    for (std::size_t i = 0; i < count; ++i) job(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < count;) job(i);
  };
  std::vector<std::thread> helpers;
  helpers.reserve(workers - 1);
  try {
    for (std::size_t w = 1; w < workers; ++w) helpers.emplace_back(work);
  } catch (...) {  // no thread to be had: the ones started finish, the caller hears why
    for (std::thread& helper : helpers) helper.join();
    throw;
  }
  work();
  for (std::thread& helper : helpers) helper.join();
}

// The threads a run uses when asked to be parallel: the machine's cores, at least one.
inline unsigned CoreCount() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_PARALLEL_H_
