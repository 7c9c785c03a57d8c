// Align: candidates from an inverted index, global best-first one-to-one assignment, then
// split/merge extension and move detection.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "align/features.h"
#include "align/reading_order.h"
#include "claimdiff/align.h"
#include "common/both_sides.h"
#include "common/parallel.h"
#include "normalize/headline.h"
#include "normalize/word_pool.h"

namespace claimdiff {
namespace {

constexpr std::size_t kCandidatesPerSentence = 6;
// One shared word makes two short sentences look alike ("Another 30 homes were damaged." and a
// time of 1:30): below this score a pair must share two words, names or figures.
constexpr double kOneWordScore = 0.3;
// Two sentences that alone of the two reports hold two words, word pairs or figures ("inducing
// panic"; a toll of 13) tell one fact however much else each carries: they link at this score
// (see ShareExclusiveEvidence).
constexpr double kExclusiveLinkScore = 0.1;
constexpr double kAnchorScore = 0.35;     // mutual best pairs at least this alike anchor the order
constexpr double kLocalityBonus = 0.15;   // added to a candidate where the anchors expect it
constexpr double kLocalityWindow = 0.01;  // ... fading out over this share of B (at least 20)
// In long documents (a backbone of this many anchors) a pair far from where the anchors expect it
// must be this alike: a formula repeated across a book is not a moved sentence.
constexpr std::size_t kLongDocumentAnchors = 50;
constexpr double kFarMinScore = 0.4;
constexpr std::size_t kUnassigned = SIZE_MAX;
constexpr std::size_t kMaxGroupSide = 3;              // at most three sentences merge into one
constexpr std::size_t kMinSentencesPerThread = 2000;  // below this a thread costs more than it saves

struct Candidate {
  std::size_t a;
  std::size_t b;
  double score;     // cosine similarity, reported
  double rank = 0;  // score plus locality bonus, used to order the assignment
};

// The candidates' order, best first: by score, then reading order. A total order, so sorting by
// it gives one result whatever order the candidates were found in.
bool BetterScore(const Candidate& l, const Candidate& r) {
  if (l.score != r.score) return l.score > r.score;
  return l.a != r.a ? l.a < r.a : l.b < r.b;
}

struct Group {
  std::vector<std::size_t> a;
  std::vector<std::size_t> b;
  // The union of a side's features once it has grown past one sentence; until then empty, and
  // the sentence's own features serve (see Ids).
  std::vector<FeatureId> merged_a_ids;
  std::vector<FeatureId> merged_b_ids;
  double score = 0;
};

const std::vector<FeatureId>& Ids(const std::vector<FeatureId>& merged, const std::vector<std::size_t>& members,
                                  const std::vector<SentenceFeatures>& side) {
  return members.size() > 1 ? merged : side[members.front()].ids;
}

// The order both documents agree on, from confident pairs: it predicts where in B an A sentence
// should sit, so that among similar candidates (a formula repeated through a long text) the
// one in the expected place wins, while a strong match elsewhere (a moved paragraph) still can.
class Backbone {
 public:
  Backbone(const std::vector<Group>& identical, const std::vector<Candidate>& candidates, std::size_t na,
           std::size_t nb) {
    // Each sentence's best candidate (see BetterScore), in any order of the candidates.
    std::vector<std::size_t> best_of_a(na, kUnassigned), best_of_b(nb, kUnassigned);
    for (std::size_t k = 0; k < candidates.size(); ++k) {
      const Candidate& c = candidates[k];
      if (best_of_a[c.a] == kUnassigned || BetterScore(c, candidates[best_of_a[c.a]])) best_of_a[c.a] = k;
      if (best_of_b[c.b] == kUnassigned || BetterScore(c, candidates[best_of_b[c.b]])) best_of_b[c.b] = k;
    }
    std::vector<AlignedGroup> anchors;
    for (const Group& g : identical) anchors.push_back({g.a, g.b, 1.0, false});
    for (std::size_t k = 0; k < candidates.size(); ++k) {
      const Candidate& c = candidates[k];
      if (c.score >= kAnchorScore && best_of_a[c.a] == k && best_of_b[c.b] == k)
        anchors.push_back({{c.a}, {c.b}, c.score, false});
    }
    // Every anchor has an A sentence of its own: this order does not depend on the input's.
    std::sort(anchors.begin(), anchors.end(), [](const AlignedGroup& l, const AlignedGroup& r) { return l.a < r.a; });
    MarkMoved(&anchors);  // keeps the longest run in order in both documents
    for (const AlignedGroup& g : anchors) {
      if (!g.moved) points_.push_back({static_cast<double>(g.a.front()), static_cast<double>(g.b.front())});
    }
    slope_ = na > 0 ? static_cast<double>(nb) / static_cast<double>(na) : 1.0;
    window_ = std::max(20.0, kLocalityWindow * static_cast<double>(nb));
    // Every A sentence's prediction at once, walking the points alongside: each candidate asks.
    predicted_.resize(na);
    auto next = points_.begin();
    for (std::size_t a = 0; a < na; ++a) {
      const double x = static_cast<double>(a);
      while (next != points_.end() && next->first < x) ++next;
      predicted_[a] = Interpolate(x, next);
    }
  }

  // Sets c->rank.
  void Place(Candidate* c) const {
    c->rank =
        c->score + (points_.size() < 2 ? 0 : kLocalityBonus * std::max(0.0, 1.0 - Distance(c->a, c->b) / window_));
  }

  // Where in B the counterpart of A sentence `a` is expected: between the anchors around it,
  // or on the documents' diagonal when there are none.
  double Predicted(std::size_t a) const { return predicted_[a]; }

  // True for a weak pair far from the expected place in a long document.
  bool Implausible(const Candidate& c) const { return c.score < kFarMinScore && Far(c); }

  // True for a pair far from the expected place in a long document.
  bool Far(const Candidate& c) const { return Long() && Distance(c.a, c.b) > window_; }

  // True for long documents (books, not news): many sentences pair alike, and a sentence told
  // again elsewhere is a formula repeated, not a claim restated.
  bool Long() const { return points_.size() >= kLongDocumentAnchors; }

 private:
  double Distance(std::size_t a, std::size_t b) const { return std::abs(static_cast<double>(b) - Predicted(a)); }

  // The prediction for A position x, given the first point at or after x (`next`).
  double Interpolate(double x, std::vector<std::pair<double, double>>::const_iterator next) const {
    if (points_.empty()) return x * slope_;
    if (next == points_.begin()) return next->second - (next->first - x) * slope_;
    if (next == points_.end()) return points_.back().second + (x - points_.back().first) * slope_;
    auto prev = next - 1;
    double span = next->first - prev->first;
    return span > 0 ? prev->second + (x - prev->first) / span * (next->second - prev->second) : prev->second;
  }

  std::vector<std::pair<double, double>> points_;  // (a, b) in increasing order of both
  std::vector<double> predicted_;                  // predicted_[a]: see Predicted
  double slope_ = 1;
  double window_ = 20;
};

// Inverted index over the free B sentences: feature id -> B sentences holding it.
// Stored flat (one array, one offset per feature): built in two passes, no allocation per feature.
class Postings {
 public:
  Postings(const FeatureSpace& space, const std::vector<std::size_t>& group_of_b) : start_(space.weight.size() + 1, 0) {
    auto free = [&](std::size_t j) { return space.b[j].active && group_of_b[j] == kUnassigned; };
    for (std::size_t j = 0; j < space.b.size(); ++j) {
      if (free(j))
        for (FeatureId id : space.b[j].ids) ++start_[id + 1];
    }
    for (std::size_t id = 1; id < start_.size(); ++id) start_[id] += start_[id - 1];
    sentences_.resize(start_.back());
    std::vector<std::size_t> next(start_.begin(), start_.end() - 1);
    for (std::size_t j = 0; j < space.b.size(); ++j) {
      if (free(j))
        for (FeatureId id : space.b[j].ids) sentences_[next[id]++] = static_cast<std::uint32_t>(j);
    }
  }
  std::size_t size(FeatureId id) const { return start_[id + 1] - start_[id]; }
  const std::uint32_t* begin(FeatureId id) const { return sentences_.data() + start_[id]; }
  const std::uint32_t* end(FeatureId id) const { return sentences_.data() + start_[id + 1]; }

 private:
  std::vector<std::size_t> start_;
  std::vector<std::uint32_t> sentences_;  // B sentences, ascending within each feature
};

// Appends the candidates of the free A sentences in [begin, end) to `out`: the B sentences sharing
// their rarer features, ranked by that partial score, the best scored exactly.
void CandidatesOf(std::size_t begin, std::size_t end, const FeatureSpace& space, const Postings& postings,
                  const Backbone& prior, const AlignOptions& options, double floor,
                  const std::vector<std::size_t>& group_of_a, std::vector<Candidate>* out) {
  std::vector<double> dot(space.b.size(), 0);
  std::vector<std::uint32_t> touched;
  Candidate best[kCandidatesPerSentence];  // sorted, best first
  for (std::size_t i = begin; i < end; ++i) {
    const SentenceFeatures& x = space.a[i];
    if (!x.active || group_of_a[i] != kUnassigned) continue;
    FeatureId rarest = 0;
    std::size_t rarest_size = SIZE_MAX;
    for (FeatureId id : x.ids) {
      if (postings.size(id) > options.max_posting) {  // too common to search whole
        if (postings.size(id) < rarest_size) rarest = id, rarest_size = postings.size(id);
        continue;
      }
      double w2 = space.weight[id] * space.weight[id];
      for (const std::uint32_t* j = postings.begin(id); j != postings.end(id); ++j) {
        if (dot[*j] == 0) touched.push_back(*j);
        dot[*j] += w2;
      }
    }
    const double expected = prior.Predicted(i);
    // Every feature too common (a sentence repeated hundreds of times): rather than no candidate
    // at all, its rarest feature proposes the max_posting B sentences nearest the expected place
    // (postings are in B order), so the cost stays bounded and the copies still pair.
    if (touched.empty() && rarest_size != SIZE_MAX && rarest_size > 0) {
      const std::uint32_t* first = postings.begin(rarest);
      const std::uint32_t* last = postings.end(rarest);
      const std::size_t half = std::max<std::size_t>(options.max_posting / 2, 1);
      const std::uint32_t* middle = std::lower_bound(first, last, std::max(0.0, expected));
      const std::uint32_t* from = middle - std::min<std::ptrdiff_t>(middle - first, static_cast<std::ptrdiff_t>(half));
      const std::uint32_t* to = middle + std::min<std::ptrdiff_t>(last - middle, static_cast<std::ptrdiff_t>(half));
      double w2 = space.weight[rarest] * space.weight[rarest];
      for (const std::uint32_t* j = from; j != to; ++j) {
        touched.push_back(*j);
        dot[*j] += w2;
      }
    }
    // Keep the best few by the partial score as they come; equal scores (a formula repeated
    // through a book) go to the copies nearest the expected place.
    auto off = [expected](const Candidate& c) { return std::abs(static_cast<double>(c.b) - expected); };
    auto better = [&off](const Candidate& l, const Candidate& r) {
      if (l.score != r.score) return l.score > r.score;
      return off(l) != off(r) ? off(l) < off(r) : l.b < r.b;
    };
    std::size_t keep = 0;
    for (std::uint32_t j : touched) {
      Candidate c{i, j, dot[j] / (x.norm * space.b[j].norm)};
      dot[j] = 0;
      if (keep == kCandidatesPerSentence && !better(c, best[keep - 1])) continue;
      std::size_t at = keep < kCandidatesPerSentence ? keep++ : keep - 1;  // the slot c may take
      for (; at > 0 && better(c, best[at - 1]); --at) best[at] = best[at - 1];
      best[at] = c;
    }
    touched.clear();
    // Then score those exactly (common features included).
    for (std::size_t k = 0; k < keep; ++k) {
      Candidate c = best[k];
      c.score = Cosine(x.ids, x.norm, space.b[c.b].ids, space.b[c.b].norm, space.weight);
      if (c.score >= floor && SharePlainWord(x.ids, space.b[c.b].ids, space) &&
          (c.score >= kOneWordScore || SharedUnigrams(x.ids, space.b[c.b].ids, space) >= 2)) {
        out->push_back(c);
      }
    }
  }
}

// For every free A sentence, its likely counterparts among the free B sentences, in no set order.
// Sentences already paired (`group_of_a`, `group_of_b`) are left out.
std::vector<Candidate> FindCandidates(const FeatureSpace& space, const Backbone& prior, const AlignOptions& options,
                                      double floor, const std::vector<std::size_t>& group_of_a,
                                      const std::vector<std::size_t>& group_of_b) {
  const Postings postings(space, group_of_b);
  // A sentences are independent: split them across threads, then gather; the caller sorts, so
  // the result is the same for any number of threads.
  const std::size_t na = space.a.size();
  const std::size_t parts = na < kMinSentencesPerThread * 2 ? 1 : std::max(1u, options.threads);
  std::vector<std::vector<Candidate>> found(parts);
  ParallelFor(parts, static_cast<unsigned>(parts), [&](std::size_t p) {
    CandidatesOf(na * p / parts, na * (p + 1) / parts, space, postings, prior, options, floor, group_of_a, &found[p]);
  });
  std::vector<Candidate> candidates;
  for (std::vector<Candidate>& part : found) candidates.insert(candidates.end(), part.begin(), part.end());
  return candidates;
}

// Lets a free sentence join the group its best candidate belongs to when the joined group scores
// clearly better: an outlet split one sentence in two, or reported in one sentence what the
// other spread over two (not necessarily neighbours: paragraphs move between outlets).
template <typename Plausible>
void ExtendGroups(const std::vector<Candidate>& candidates, const FeatureSpace& space, const AlignOptions& options,
                  const Plausible& plausible, std::vector<Group>* groups, std::vector<std::size_t>* group_of_a,
                  std::vector<std::size_t>* group_of_b) {
  for (const Candidate& c : candidates) {
    if (!plausible(c)) continue;
    bool a_free = (*group_of_a)[c.a] == kUnassigned;
    bool b_free = (*group_of_b)[c.b] == kUnassigned;
    if (a_free == b_free) continue;
    std::size_t g = a_free ? (*group_of_b)[c.b] : (*group_of_a)[c.a];
    Group& group = (*groups)[g];
    if (a_free ? group.b.size() != 1 || group.a.size() >= kMaxGroupSide
               : group.a.size() != 1 || group.b.size() >= kMaxGroupSide) {
      continue;
    }
    // Score the group as it would be with the new sentence, without copying it.
    const std::vector<FeatureId>& a_ids = Ids(group.merged_a_ids, group.a, space.a);
    const std::vector<FeatureId>& b_ids = Ids(group.merged_b_ids, group.b, space.b);
    std::vector<FeatureId> joined = a_free ? UnionIds(a_ids, space.a[c.a].ids) : UnionIds(b_ids, space.b[c.b].ids);
    const std::vector<FeatureId>& other = a_free ? b_ids : a_ids;
    double score = Cosine(joined, Norm(joined, space.weight), other, Norm(other, space.weight), space.weight);
    if (score < group.score + options.min_merge_gain) continue;
    std::vector<std::size_t>& members = a_free ? group.a : group.b;
    members.push_back(a_free ? c.a : c.b);
    std::sort(members.begin(), members.end());
    (a_free ? group.merged_a_ids : group.merged_b_ids) = std::move(joined);
    group.score = score;
    (a_free ? (*group_of_a)[c.a] : (*group_of_b)[c.b]) = g;
  }
}

// What a sentence says, ignoring case, quote style and punctuation: its normalized words (the
// text itself when it has none). Sentences with the same words say the same thing.
bool SameWords(const Sentence& x, const Sentence& y) {
  if (x.tokens.empty() || y.tokens.empty()) return x.tokens.empty() && y.tokens.empty() && x.text == y.text;
  if (x.tokens.size() != y.tokens.size()) return false;
  for (std::size_t i = 0; i < x.tokens.size(); ++i) {
    if (!SameNorm(*x.tokens[i].forms, *y.tokens[i].forms)) return false;
  }
  return true;
}

std::uint64_t WordsHash(const Sentence& sentence) {
  if (sentence.tokens.empty()) return std::hash<std::string_view>{}(sentence.text);
  std::uint64_t h = sentence.tokens.size();
  for (const Token& token : sentence.tokens) h = (h ^ Pooled(*token.forms).norm_hash) * 0x9E3779B97F4A7C15ULL;
  return h;
}

// Pairs sentences that read the same, in order of appearance, before any scoring: cheap, exact,
// and the only way to pair sentences without content words ("Boomshakalaka.").
void PairIdentical(const Segmentation& a, const Segmentation& b, std::vector<Group>* groups,
                   std::vector<std::size_t>* group_of_a, std::vector<std::size_t>* group_of_b,
                   const FeatureSpace& space, bool parallel) {
  std::vector<std::uint64_t> hashes[2];
  ForBothSides(parallel, [&](int side) {
    const Segmentation& seg = side == 0 ? a : b;
    hashes[side].reserve(seg.sentences.size());
    for (const Sentence& s : seg.sentences) hashes[side].push_back(s.boilerplate ? 0 : WordsHash(s));
  });
  // One entry per distinct wording (see SameWords) found in B, reached through its hash;
  // entries whose hashes collide are chained. No allocation per entry: B's sentences of an
  // entry are linked through next_b.
  constexpr std::size_t kNone = SIZE_MAX;
  struct SameSentences {
    const Sentence* example;
    std::size_t next_collision;
    std::size_t in_a = 0;
    std::size_t in_b = 0;
    std::size_t next_pair = kNone;  // the first of its B sentences not yet paired
    std::size_t last_b = kNone;
  };
  std::vector<SameSentences> entries;
  entries.reserve(b.sentences.size());
  std::vector<std::size_t> next_b(b.sentences.size(), kNone);  // the next B sentence of the same entry
  absl::flat_hash_map<std::uint64_t, std::size_t> first_entry;
  first_entry.reserve(b.sentences.size());
  auto find = [&](const Sentence& s, std::uint64_t hash) {
    auto found = first_entry.find(hash);
    if (found == first_entry.end()) return kNone;
    for (std::size_t e = found->second; e != kNone; e = entries[e].next_collision) {
      if (SameWords(*entries[e].example, s)) return e;
    }
    return kNone;
  };
  for (const Sentence& s : b.sentences) {
    if (s.boilerplate) continue;
    const std::uint64_t hash = hashes[1][s.index];
    std::size_t e = find(s, hash);
    if (e == kNone) {
      auto [slot, inserted] = first_entry.try_emplace(hash, kNone);
      e = entries.size();
      entries.push_back({&s, slot->second});
      slot->second = e;
    }
    SameSentences& same = entries[e];
    (same.in_b++ == 0 ? same.next_pair : next_b[same.last_b]) = s.index;
    same.last_b = s.index;
  }
  std::vector<std::size_t> of_a(a.sentences.size(), kNone);
  for (const Sentence& s : a.sentences) {
    if (s.boilerplate) continue;
    of_a[s.index] = find(s, hashes[0][s.index]);
    if (of_a[s.index] != kNone) ++entries[of_a[s.index]].in_a;
  }
  for (const Sentence& s : a.sentences) {
    if (of_a[s.index] == kNone) continue;
    SameSentences& same = entries[of_a[s.index]];
    if (same.next_pair == kNone) continue;
    // A sentence repeated a different number of times on each side ("And God said,") is left
    // to the scored pass, where its position decides; one with no content words cannot wait.
    if (same.in_a != same.in_b && space.a[s.index].active) continue;
    const std::size_t j = same.next_pair;
    same.next_pair = next_b[j];
    (*group_of_a)[s.index] = (*group_of_b)[j] = groups->size();
    groups->push_back({{s.index}, {j}, {}, {}, 1.0});
  }
}

// A second round below the bar: two sentences still pair when each is the other's best
// candidate and they share at least two concepts. Two reports of one event word a fact
// differently enough that little is left in common, and what is left is rarely shared by
// anything else. In long documents (a formula repeated through a book) the bar stands.
void PairMutualBest(const std::vector<Candidate>& by_score, const FeatureSpace& space, const AlignOptions& options,
                    const Backbone& backbone, std::vector<Group>* groups, std::vector<std::size_t>* group_of_a,
                    std::vector<std::size_t>* group_of_b) {
  if (options.min_mutual_similarity >= options.min_similarity) return;
  std::vector<std::size_t> best_of_a(space.a.size(), kUnassigned), best_of_b(space.b.size(), kUnassigned);
  for (std::size_t k = 0; k < by_score.size(); ++k) {
    const Candidate& c = by_score[k];
    if (best_of_a[c.a] == kUnassigned) best_of_a[c.a] = k;
    if (best_of_b[c.b] == kUnassigned) best_of_b[c.b] = k;
  }
  for (std::size_t k = 0; k < by_score.size(); ++k) {
    const Candidate& c = by_score[k];
    if (c.score < options.min_mutual_similarity) break;
    if (best_of_a[c.a] != k || best_of_b[c.b] != k) continue;
    if ((*group_of_a)[c.a] != kUnassigned || (*group_of_b)[c.b] != kUnassigned || backbone.Implausible(c)) continue;
    if (SharedUnigrams(space.a[c.a].ids, space.b[c.b].ids, space) < 2) continue;
    (*group_of_a)[c.a] = (*group_of_b)[c.b] = groups->size();
    groups->push_back({{c.a}, {c.b}, {}, {}, c.score});
  }
}

// Pairs that share a claim although their sentences went to different groups, or one of them
// to none: a sentence left alone links to its best candidate above the alignment bar (its
// counterpart was taken by a closer sentence); two paired sentences link when they are clearly
// alike, or share two words or figures no other sentence holds (see kExclusiveLinkScore). Best
// first, a few links a sentence at most. A link that only repeats a group (a
// sentence told twice on each side) and, in a long document, a link far from where the
// documents' order puts it (a formula repeated through a book) are left out.
std::vector<AlignedGroup> FindLinks(const Segmentation& a, const Segmentation& b, const FeatureSpace& space,
                                    const std::vector<Candidate>& by_score, const AlignOptions& options,
                                    const Backbone& backbone, const std::vector<Group>& groups,
                                    const std::vector<std::size_t>& group_of_a,
                                    const std::vector<std::size_t>& group_of_b) {
  std::vector<AlignedGroup> links;
  std::vector<std::size_t> links_of_a(group_of_a.size(), 0), links_of_b(group_of_b.size(), 0);
  // True when `other` reads the same as one of a group's `members`: a link to it repeats the group.
  auto repeats = [](const std::vector<std::size_t>& members, const Segmentation& seg, const Sentence& other) {
    return std::any_of(members.begin(), members.end(),
                       [&](std::size_t k) { return SameWords(seg.sentences[k], other); });
  };
  for (const Candidate& c : by_score) {
    const std::size_t ga = group_of_a[c.a], gb = group_of_b[c.b];
    if (ga == gb) continue;  // together already, or both alone (then below the bar)
    const bool alone = ga == kUnassigned || gb == kUnassigned;
    // A lone sentence takes one link, its best; a paired one a few.
    if ((ga == kUnassigned && links_of_a[c.a] > 0) || (gb == kUnassigned && links_of_b[c.b] > 0)) continue;
    if (links_of_a[c.a] >= options.max_links || links_of_b[c.b] >= options.max_links) continue;
    double bar = alone ? options.min_similarity : options.min_link_similarity;
    if (ShareExclusiveEvidence(space.a[c.a].ids, space.b[c.b].ids, space)) {
      bar = std::min(bar, kExclusiveLinkScore);
    }
    if (c.score < bar || backbone.Far(c)) continue;
    if ((ga != kUnassigned && repeats(groups[ga].b, b, b.sentences[c.b])) ||
        (gb != kUnassigned && repeats(groups[gb].a, a, a.sentences[c.a]))) {
      continue;
    }
    ++links_of_a[c.a];
    ++links_of_b[c.b];
    AlignedGroup link{{c.a}, {c.b}, c.score, false};
    link.link = true;
    links.push_back(std::move(link));
  }
  return links;
}

}  // namespace

Alignment Align(const Segmentation& a, const Segmentation& b, const AlignOptions& options) {
  const ConceptMap concepts = LinkConcepts(a, b, options.threads > 1);
  FeatureSpace space = BuildFeatures(a, b, concepts, options.threads);
  std::vector<Group> groups;
  std::vector<std::size_t> group_of_a(space.a.size(), kUnassigned);
  std::vector<std::size_t> group_of_b(space.b.size(), kUnassigned);
  PairIdentical(a, b, &groups, &group_of_a, &group_of_b, space, options.threads > 1);
  // Candidates a little below the bar can still join a group as the second half of a split.
  // The identical pairs alone already say roughly where each sentence's counterpart should be.
  const Backbone prior(groups, {}, space.a.size(), space.b.size());
  std::vector<Candidate> candidates =
      FindCandidates(space, prior, options, options.min_similarity / 2, group_of_a, group_of_b);
  Backbone backbone(groups, candidates, space.a.size(), space.b.size());
  // Two orders of the candidates, one per thread: by score for growing groups (below), by rank
  // (equal ranks by score, then reading order) for the assignment.
  std::vector<Candidate> by_rank = candidates;
  ForBothSides(options.threads > 1 && candidates.size() > kMinSentencesPerThread, [&](int order) {
    if (order == 0) {
      std::sort(candidates.begin(), candidates.end(), BetterScore);
      return;
    }
    for (Candidate& c : by_rank) backbone.Place(&c);
    std::sort(by_rank.begin(), by_rank.end(), [](const Candidate& l, const Candidate& r) {
      return l.rank != r.rank ? l.rank > r.rank : BetterScore(l, r);
    });
  });
  for (const Candidate& c : by_rank) {
    if (c.score < options.min_similarity || backbone.Implausible(c)) continue;
    if (group_of_a[c.a] != kUnassigned || group_of_b[c.b] != kUnassigned) continue;
    group_of_a[c.a] = group_of_b[c.b] = groups.size();
    groups.push_back({{c.a}, {c.b}, {}, {}, c.score});
  }
  // Below-the-bar pairs and further links serve reports of news size; in a book they would pair
  // copies of a formula across chapters.
  if (!backbone.Long()) PairMutualBest(candidates, space, options, backbone, &groups, &group_of_a, &group_of_b);
  ExtendGroups(
      candidates, space, options, [&](const Candidate& c) { return !backbone.Implausible(c); }, &groups, &group_of_a,
      &group_of_b);

  std::vector<AlignedGroup> links;
  if (!backbone.Long()) links = FindLinks(a, b, space, candidates, options, backbone, groups, group_of_a, group_of_b);
  // Two reports' headlines tell the event's main fact in the fewest and least alike words: they
  // are linked when they share a word, a name or a figure at all.
  if (!backbone.Long()) {
    const std::size_t ha = Headline(a), hb = Headline(b);
    const bool found = ha != SIZE_MAX && hb != SIZE_MAX;
    const bool together = found && group_of_a[ha] != kUnassigned && group_of_a[ha] == group_of_b[hb];
    auto is_this = [&](const AlignedGroup& l) { return l.a.front() == ha && l.b.front() == hb; };
    if (found && !together && std::none_of(links.begin(), links.end(), is_this) &&
        SharedUnigrams(space.a[ha].ids, space.b[hb].ids, space) > 0) {
      const SentenceFeatures& x = space.a[ha];
      const SentenceFeatures& y = space.b[hb];
      AlignedGroup link{{ha}, {hb}, Cosine(x.ids, x.norm, y.ids, y.norm, space.weight), false};
      link.link = true;
      links.push_back(std::move(link));
    }
  }
  Alignment alignment;
  for (Group& g : groups) {
    alignment.groups.push_back({std::move(g.a), std::move(g.b), g.score, false});
  }
  std::sort(alignment.groups.begin(), alignment.groups.end(),
            [](const AlignedGroup& l, const AlignedGroup& r) { return l.a.front() < r.a.front(); });
  MarkMoved(&alignment.groups);
  std::vector<bool> linked_a(group_of_a.size()), linked_b(group_of_b.size());
  for (const AlignedGroup& link : links) {
    linked_a[link.a.front()] = linked_b[link.b.front()] = true;
  }
  for (std::size_t i = 0; i < group_of_a.size(); ++i) {
    if (!a.sentences[i].boilerplate && group_of_a[i] == kUnassigned && !linked_a[i]) alignment.unmatched_a.push_back(i);
  }
  for (std::size_t j = 0; j < group_of_b.size(); ++j) {
    if (!b.sentences[j].boilerplate && group_of_b[j] == kUnassigned && !linked_b[j]) alignment.unmatched_b.push_back(j);
  }
  if (!links.empty()) {
    alignment.groups.insert(alignment.groups.end(), links.begin(), links.end());
    std::stable_sort(alignment.groups.begin(), alignment.groups.end(),
                     [](const AlignedGroup& l, const AlignedGroup& r) {
                       return l.a.front() != r.a.front() ? l.a.front() < r.a.front() : l.b.front() < r.b.front();
                     });
  }
  return alignment;
}

}  // namespace claimdiff
