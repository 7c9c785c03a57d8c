// DiffWords: the word-level diff of an aligned group — the only file that includes dtl.
#include <dtl/dtl.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/compare.h"
#include "compare/pair.h"
#include "compare/word_diff.h"
#include "normalize/word_pool.h"

namespace claimdiff {
namespace {

void Append(std::vector<DiffOp>* ops, DiffOp::Kind kind, std::string text, std::string text_b = {}) {
  if (text.empty()) return;
  auto join = [](std::string* to, const std::string& more) {
    if (!to->empty() && to->back() != ' ') to->push_back(' ');  // runs from two sentences
    to->append(more);
  };
  if (!ops->empty() && ops->back().kind == kind) {
    join(&ops->back().text, text);
    if (!text_b.empty()) join(&ops->back().text_b, text_b);
  } else {
    ops->push_back({kind, std::move(text), std::move(text_b)});
  }
}

// Emits maximal runs of one kind, each as the source text of its side.
class RunWriter {
 public:
  RunWriter(const PairTokens& pair, std::vector<DiffOp>* ops) : pair_(pair), ops_(ops) {}
  // `index` on the op's own side; `b_index` is B's token for equal ops.
  void Add(DiffOp::Kind kind, std::size_t index, std::size_t b_index = 0) {
    bool breaks = end_ > begin_ && (Side().sentence_end[end_ - 1] ||
                                    (kind_ == DiffOp::Kind::kEqual && pair_.b.sentence_end[b_end_ - 1]));
    if (kind != kind_ || index != end_ || breaks) Flush();
    if (begin_ == end_) {
      kind_ = kind;
      begin_ = index;
      b_begin_ = b_index;
    }
    end_ = index + 1;
    b_end_ = b_index + 1;
  }
  void Flush() {
    if (begin_ < end_) {
      std::string b_text = kind_ == DiffOp::Kind::kEqual ? pair_.b.Covering(b_begin_, b_end_) : std::string();
      Append(ops_, kind_, Side().Covering(begin_, end_), std::move(b_text));
    }
    begin_ = end_ = 0;
  }

 private:
  const SideTokens& Side() const { return kind_ == DiffOp::Kind::kInsert ? pair_.b : pair_.a; }
  const PairTokens& pair_;
  std::vector<DiffOp>* ops_;
  DiffOp::Kind kind_ = DiffOp::Kind::kEqual;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::size_t b_begin_ = 0;
  std::size_t b_end_ = 0;
};

// Words are equal for the diff when their normalized forms are (see SameNorm).
class SameWord final : public dtl::Compare<const WordForms*> {
 public:
  bool impl(const WordForms* const& x, const WordForms* const& y) const override { return SameNorm(*x, *y); }
};

std::vector<const WordForms*> Forms(const SideTokens& side) {
  std::vector<const WordForms*> out;
  out.reserve(side.tokens.size());
  for (const Token* token : side.tokens) out.push_back(token->forms);
  return out;
}

}  // namespace

std::vector<DiffOp> DiffWords(const SideView& a, const SideView& b, std::size_t max_tokens) {
  return DiffTokens(MakePairTokens(a, b), max_tokens);
}

std::vector<DiffOp> DiffTokens(const PairTokens& pair, std::size_t max_tokens) {
  std::vector<DiffOp> ops;
  if (pair.a.tokens.size() + pair.b.tokens.size() > max_tokens) {
    // Too long for an O(n·m) diff: show the sides as replaced wholesale.
    if (!pair.a.tokens.empty()) Append(&ops, DiffOp::Kind::kDelete, pair.a.Covering(0, pair.a.tokens.size()));
    if (!pair.b.tokens.empty()) Append(&ops, DiffOp::Kind::kInsert, pair.b.Covering(0, pair.b.tokens.size()));
    return ops;
  }
  std::vector<const WordForms*> left = Forms(pair.a), right = Forms(pair.b);
  dtl::Diff<const WordForms*, std::vector<const WordForms*>, SameWord> diff(left, right);
  // No onHuge(): it only pre-reserves 2 million path points (48 MB) per diff, which costs far
  // more than it saves on sentence-sized inputs; the token cap above bounds the work instead.
  diff.compose();
  RunWriter writer(pair, &ops);
  for (const auto& [element, info] : diff.getSes().getSequence()) {
    (void)element;
    if (info.type == dtl::SES_ADD) {
      writer.Add(DiffOp::Kind::kInsert, static_cast<std::size_t>(info.afterIdx - 1));
    } else if (info.type == dtl::SES_DELETE) {
      writer.Add(DiffOp::Kind::kDelete, static_cast<std::size_t>(info.beforeIdx - 1));
    } else {
      writer.Add(DiffOp::Kind::kEqual, static_cast<std::size_t>(info.beforeIdx - 1),
                 static_cast<std::size_t>(info.afterIdx - 1));
    }
  }
  writer.Flush();
  return ops;
}

UnsharedWords FindUnsharedWords(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
  dtl::Diff<std::string_view> diff(x, y);
  diff.compose();
  UnsharedWords out;
  for (const auto& [element, info] : diff.getSes().getSequence()) {
    (void)element;
    if (info.type == dtl::SES_DELETE) out.only_x.push_back(static_cast<std::size_t>(info.beforeIdx - 1));
    if (info.type == dtl::SES_ADD) out.only_y.push_back(static_cast<std::size_t>(info.afterIdx - 1));
  }
  return out;
}

}  // namespace claimdiff
