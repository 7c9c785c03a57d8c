// ParallelFor: run job(0..n-1) on a few threads that take the next index as they finish.
#ifndef CLAIMDIFF_COMMON_PARALLEL_FOR_H_
#define CLAIMDIFF_COMMON_PARALLEL_FOR_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace claimdiff {

// Calls job(i) once for every i < n, on up to `threads` threads (this one included). Jobs must
// write only their own slots; the order they run in is not fixed, so results must not depend on it.
template <typename Job>
void ParallelFor(std::size_t n, unsigned threads, Job job) {
  const std::size_t workers = std::max<std::size_t>(1, std::min<std::size_t>(threads, n));
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < n;) job(i);
  };
  std::vector<std::thread> pool;
  for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

// The threads a run uses when asked to be parallel: the machine's cores, at least one.
inline unsigned CoreCount() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMMON_PARALLEL_FOR_H_
