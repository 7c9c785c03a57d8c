// Align: candidates from an inverted index, global best-first one-to-one assignment, then
// split/merge extension and move detection.
#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "align/features.h"
#include "align/reading_order.h"
#include "claimdiff/align.h"

namespace claimdiff {
namespace {

constexpr std::size_t kCandidatesPerSentence = 4;
constexpr std::size_t kUnassigned = SIZE_MAX;
constexpr std::size_t kMaxGroupSide = 3;  // at most three sentences merge into one

struct Candidate {
  std::size_t a;
  std::size_t b;
  double score;
};

// For every A sentence, the B sentences sharing its rarer features, scored exactly.
// Sentences already paired (`group_of_a`, `group_of_b`) are left out.
std::vector<Candidate> FindCandidates(const FeatureSpace& space, const AlignOptions& options,
                                      double floor, const std::vector<std::size_t>& group_of_a,
                                      const std::vector<std::size_t>& group_of_b) {
  std::vector<std::vector<std::uint32_t>> postings(space.weight.size());
  for (std::size_t j = 0; j < space.b.size(); ++j) {
    if (!space.b[j].active || group_of_b[j] != kUnassigned) continue;
    for (FeatureId id : space.b[j].ids) postings[id].push_back(static_cast<std::uint32_t>(j));
  }
  std::vector<double> dot(space.b.size(), 0);
  std::vector<std::uint32_t> touched;
  std::vector<Candidate> candidates;
  std::vector<Candidate> mine;
  for (std::size_t i = 0; i < space.a.size(); ++i) {
    const SentenceFeatures& x = space.a[i];
    if (!x.active || group_of_a[i] != kUnassigned) continue;
    for (FeatureId id : x.ids) {
      if (postings[id].size() > options.max_posting) continue;  // too common to find anything
      double w2 = space.weight[id] * space.weight[id];
      for (std::uint32_t j : postings[id]) {
        if (dot[j] == 0) touched.push_back(j);
        dot[j] += w2;
      }
    }
    mine.clear();
    for (std::uint32_t j : touched) {
      mine.push_back({i, j, dot[j] / (x.norm * space.b[j].norm)});
      dot[j] = 0;
    }
    touched.clear();
    // Rank by the partial score, then score the best exactly (common features included).
    std::size_t keep = std::min(mine.size(), kCandidatesPerSentence);
    std::partial_sort(mine.begin(), mine.begin() + keep, mine.end(),
                      [](const Candidate& l, const Candidate& r) {
                        return l.score != r.score ? l.score > r.score : l.b < r.b;
                      });
    for (std::size_t k = 0; k < keep; ++k) {
      Candidate c = mine[k];
      c.score = Cosine(x.ids, x.norm, space.b[c.b].ids, space.b[c.b].norm, space.weight);
      if (c.score >= floor && SharePlainWord(x.ids, space.b[c.b].ids, space)) candidates.push_back(c);
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& l, const Candidate& r) {
    if (l.score != r.score) return l.score > r.score;
    return l.a != r.a ? l.a < r.a : l.b < r.b;
  });
  return candidates;
}

struct Group {
  std::vector<std::size_t> a;
  std::vector<std::size_t> b;
  std::vector<FeatureId> a_ids;
  std::vector<FeatureId> b_ids;
  double score = 0;
};

double GroupScore(const Group& g, const std::vector<double>& weight) {
  return Cosine(g.a_ids, Norm(g.a_ids, weight), g.b_ids, Norm(g.b_ids, weight), weight);
}

// Lets a free sentence join the group its best candidate belongs to when the joined group scores
// clearly better: an outlet split one sentence in two, or reported in one sentence what the
// other spread over two (not necessarily neighbours: paragraphs move between outlets).
void ExtendGroups(const std::vector<Candidate>& candidates, const FeatureSpace& space,
                  const AlignOptions& options, std::vector<Group>* groups,
                  std::vector<std::size_t>* group_of_a, std::vector<std::size_t>* group_of_b) {
  for (const Candidate& c : candidates) {
    bool a_free = (*group_of_a)[c.a] == kUnassigned;
    bool b_free = (*group_of_b)[c.b] == kUnassigned;
    if (a_free == b_free) continue;
    std::size_t g = a_free ? (*group_of_b)[c.b] : (*group_of_a)[c.a];
    Group trial = (*groups)[g];
    if (a_free) {
      if (trial.b.size() != 1 || trial.a.size() >= kMaxGroupSide) continue;
      trial.a.push_back(c.a);
      trial.a_ids = UnionIds(trial.a_ids, space.a[c.a].ids);
    } else {
      if (trial.a.size() != 1 || trial.b.size() >= kMaxGroupSide) continue;
      trial.b.push_back(c.b);
      trial.b_ids = UnionIds(trial.b_ids, space.b[c.b].ids);
    }
    trial.score = GroupScore(trial, space.weight);
    if (trial.score < (*groups)[g].score + options.min_merge_gain) continue;
    std::sort(trial.a.begin(), trial.a.end());
    std::sort(trial.b.begin(), trial.b.end());
    (*groups)[g] = std::move(trial);
    (a_free ? (*group_of_a)[c.a] : (*group_of_b)[c.b]) = g;
  }
}

// What a sentence says, ignoring case, quote style and punctuation: equal keys, same sentence.
std::string ExactKey(const Sentence& sentence) {
  if (sentence.tokens.empty()) return sentence.text;
  std::string key;
  for (const Token& token : sentence.tokens) key.append(token.norm).push_back('\x1f');
  return key;
}

// Pairs sentences that read the same, in order of appearance, before any scoring: cheap, exact,
// and the only way to pair sentences without content words ("Boomshakalaka.").
void PairIdentical(const Segmentation& a, const Segmentation& b, std::vector<Group>* groups,
                   std::vector<std::size_t>* group_of_a, std::vector<std::size_t>* group_of_b,
                   const FeatureSpace& space) {
  std::unordered_map<std::string, std::deque<std::size_t>> b_by_key;
  for (const Sentence& s : b.sentences) {
    if (!s.boilerplate) b_by_key[ExactKey(s)].push_back(s.index);
  }
  for (const Sentence& s : a.sentences) {
    if (s.boilerplate) continue;
    auto found = b_by_key.find(ExactKey(s));
    if (found == b_by_key.end() || found->second.empty()) continue;
    std::size_t j = found->second.front();
    found->second.pop_front();
    (*group_of_a)[s.index] = (*group_of_b)[j] = groups->size();
    groups->push_back({{s.index}, {j}, space.a[s.index].ids, space.b[j].ids, 1.0});
  }
}

}  // namespace

Alignment Align(const Segmentation& a, const Segmentation& b, const AlignOptions& options) {
  FeatureSpace space = BuildFeatures(a, b);
  std::vector<Group> groups;
  std::vector<std::size_t> group_of_a(space.a.size(), kUnassigned);
  std::vector<std::size_t> group_of_b(space.b.size(), kUnassigned);
  PairIdentical(a, b, &groups, &group_of_a, &group_of_b, space);
  // Candidates a little below the bar can still join a group as the second half of a split.
  std::vector<Candidate> candidates =
      FindCandidates(space, options, options.min_similarity / 2, group_of_a, group_of_b);
  for (const Candidate& c : candidates) {
    if (c.score < options.min_similarity) break;
    if (group_of_a[c.a] != kUnassigned || group_of_b[c.b] != kUnassigned) continue;
    group_of_a[c.a] = group_of_b[c.b] = groups.size();
    groups.push_back({{c.a}, {c.b}, space.a[c.a].ids, space.b[c.b].ids, c.score});
  }
  ExtendGroups(candidates, space, options, &groups, &group_of_a, &group_of_b);

  Alignment alignment;
  for (Group& g : groups) {
    alignment.groups.push_back({std::move(g.a), std::move(g.b), g.score, false});
  }
  std::sort(alignment.groups.begin(), alignment.groups.end(),
            [](const AlignedGroup& l, const AlignedGroup& r) { return l.a.front() < r.a.front(); });
  MarkMoved(&alignment.groups);
  for (std::size_t i = 0; i < group_of_a.size(); ++i) {
    if (!a.sentences[i].boilerplate && group_of_a[i] == kUnassigned) alignment.unmatched_a.push_back(i);
  }
  for (std::size_t j = 0; j < group_of_b.size(); ++j) {
    if (!b.sentences[j].boilerplate && group_of_b[j] == kUnassigned) alignment.unmatched_b.push_back(j);
  }
  return alignment;
}

}  // namespace claimdiff
