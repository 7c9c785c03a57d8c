// Word diffs inside the compare stage, over dtl (word_diff.cc is the only file that includes it).
#ifndef CLAIMDIFF_COMPARE_WORD_DIFF_H_
#define CLAIMDIFF_COMPARE_WORD_DIFF_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimdiff {

// Positions of the words of `x` and of `y` that a shortest edit script from x to y deletes and
// inserts: what each sequence says that the other does not, in order.
struct UnsharedWords {
  std::vector<std::size_t> only_x;
  std::vector<std::size_t> only_y;
};
UnsharedWords FindUnsharedWords(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_WORD_DIFF_H_
