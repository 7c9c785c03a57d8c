// Move detection: groups outside the longest increasing subsequence of B positions are moved.
#include "align/reading_order.h"

#include <algorithm>
#include <cstddef>

namespace claimdiff {

void MarkMoved(std::vector<AlignedGroup>* groups) {
  const std::size_t n = groups->size();
  std::vector<std::size_t> tail_value;  // smallest B position ending an increasing run of length k+1
  std::vector<std::size_t> tail_index;
  std::vector<std::ptrdiff_t> previous(n, -1);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t key = (*groups)[i].b.front();
    std::size_t k =
        static_cast<std::size_t>(std::lower_bound(tail_value.begin(), tail_value.end(), key) - tail_value.begin());
    if (k > 0) previous[i] = static_cast<std::ptrdiff_t>(tail_index[k - 1]);
    if (k == tail_value.size()) {
      tail_value.push_back(key);
      tail_index.push_back(i);
    } else {
      tail_value[k] = key;
      tail_index[k] = i;
    }
  }
  for (AlignedGroup& group : *groups) group.moved = true;
  if (tail_index.empty()) return;
  for (std::ptrdiff_t i = static_cast<std::ptrdiff_t>(tail_index.back()); i >= 0; i = previous[i]) {
    (*groups)[static_cast<std::size_t>(i)].moved = false;
  }
}

}  // namespace claimdiff
