// RenderInBlocks: a long list of findings rendered on two threads and written in order.
#ifndef CLAIMDIFF_RENDER_BLOCKS_H_
#define CLAIMDIFF_RENDER_BLOCKS_H_

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>

#include "common/parallel.h"

namespace claimdiff {

// Calls render(begin, end, &text) for consecutive ranges of [0, count), two ranges at a time on
// two threads, and writes each range's text to `out` in order: the bytes are the same as one
// render(0, count) would make, and at most two blocks are held at once.
template <typename RenderRange>
void RenderInBlocks(std::size_t count, std::ostream& out, RenderRange render) {
  constexpr std::size_t kBlock = 1024;  // findings: large enough to outweigh a thread's start
  std::string first, second;
  for (std::size_t begin = 0; begin < count; begin += 2 * kBlock) {
    const std::size_t middle = std::min(count, begin + kBlock), end = std::min(count, begin + 2 * kBlock);
    first.clear();
    second.clear();
    ParallelFor(2, middle < end ? 2 : 1, [&](std::size_t half) {
      if (half == 0)
        render(begin, middle, &first);
      else
        render(middle, end, &second);  // an empty range when the list ends in the first half
    });
    out << first << second;
  }
}

}  // namespace claimdiff

#endif  // CLAIMDIFF_RENDER_BLOCKS_H_
