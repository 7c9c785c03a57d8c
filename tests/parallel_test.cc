// Tests of ParallelFor, the one helper that runs work on several threads.
#include <catch2/catch.hpp>

#include <atomic>
#include <vector>

#include "common/parallel.h"

using claimdiff::ParallelFor;

TEST_CASE("parallel for calls every index exactly once on any number of threads", "[common][parallel]") {
  for (unsigned threads : {0u, 1u, 2u, 3u, 8u}) {
    for (std::size_t count : {0u, 1u, 2u, 7u, 1000u}) {
      std::vector<std::atomic<int>> calls(count);
      ParallelFor(count, threads, [&](std::size_t i) { calls[i].fetch_add(1); });
      for (std::size_t i = 0; i < count; ++i) CHECK(calls[i].load() == 1);
    }
  }
}

TEST_CASE("parallel for with one thread runs in order on the calling thread", "[common][parallel]") {
  std::vector<std::size_t> order;
  ParallelFor(5, 1, [&](std::size_t i) { order.push_back(i); });
  CHECK(order == std::vector<std::size_t>{0, 1, 2, 3, 4});
}
