// Claims from pairwise links. The rule, in two passes over the links, is stable and explainable:
// 1. Agreement: links without a contradiction and at least min_claim_similarity alike join their
//    sentences into one claim, strongest first — unless the join would put into one claim two
//    sentences of one source that the link itself does not hold together (an outlet states a
//    claim once; a sentence it split in two, aligned as one group, is one statement). This stops
//    chains of loose links from sweeping different facts together. One exception: a report's
//    headline restates its lead, so a source's headline may stand in a claim beside one other
//    sentence of that source (a headline is its first sentence, a paragraph of its own of at
//    most kHeadlineWords words, without closing punctuation). A headline no link placed (too
//    short to align with another report) joins the claim of its lead: of the source's next
//    three sentences, the one sharing the most content words with it, at least two.
// 2. Contradiction: contradicting links then join their sentences to claims under the same rule.
// Who states and who contradicts a claim: its sources are split into two sides so that as few
// pairwise verdicts as possible go against the split (two sources on one side that contradict
// each other, or on opposite sides that agree; between two sources, any contradicting link
// makes the verdict a contradiction). The larger side states the claim, the smaller
// contradicts it: three say 7 dead, one says 8 — three '=', one '!' (and a figure a detector
// misread between two of the three is outvoted). When one side fits best, nobody contradicts;
// when the sides are equal, no side holds the claim and every source in it is marked '!'. Ties
// between splits go to the one with fewer sources contradicting.
#include "multi/claims.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <map>
#include <numeric>
#include <string>

#include "claimdiff/normalize.h"

namespace claimdiff {
namespace {

constexpr std::size_t kHeadlineWords = 20;

struct Node {
  std::size_t source;
  std::size_t sentence;
  bool headline;
};

bool IsHeadline(const SideInfo& side, std::size_t i) {
  std::size_t first = 0;
  while (first < side.sentences.size() && side.sentences[first].boilerplate) ++first;
  if (i != first || i >= side.sentences.size()) return false;
  const SentenceInfo& s = side.sentences[i];
  if (i + 1 < side.sentences.size() && side.sentences[i + 1].paragraph == s.paragraph) return false;
  std::string text = s.text;
  while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == '\'')) text.pop_back();
  if (text.empty() || std::string(".!?:;").find(text.back()) != std::string::npos) return false;
  if (text.size() >= 3 && (text.compare(text.size() - 3, 3, "\xE2\x80\x9D") == 0 ||
                           text.compare(text.size() - 3, 3, "\xE2\x80\xA6") == 0)) {
    return false;  // a closing curly quote or an ellipsis: a sentence that ended
  }
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1 <= kHeadlineWords;
}

// Union-find over sentences that keeps each component's members, to check the join rule.
class Components {
 public:
  explicit Components(std::vector<Node> nodes)
      : nodes_(std::move(nodes)), parent_(nodes_.size()), members_(nodes_.size()) {
    std::iota(parent_.begin(), parent_.end(), 0);
    for (std::size_t i = 0; i < nodes_.size(); ++i) members_[i] = {i};
  }

  std::size_t Size(std::size_t x) { return members_[Find(x)].size(); }

  std::size_t Find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }

  // Joins the components of `nodes` unless a source would then have two sentences in one
  // component that are not both among `nodes`. Returns whether it joined.
  bool Join(const std::vector<std::size_t>& nodes) {
    std::vector<std::size_t> roots;
    for (std::size_t n : nodes) roots.push_back(Find(n));
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    if (roots.size() < 2) return true;
    std::map<std::size_t, std::vector<std::pair<std::size_t, std::size_t>>> by_source;  // source -> (root, node)
    for (std::size_t r : roots) {
      for (std::size_t m : members_[r]) by_source[nodes_[m].source].push_back({r, m});
    }
    for (const auto& [source, held] : by_source) {
      const std::size_t first_root = held.front().first;  // a binding is not captured in C++17
      bool several_roots =
          std::any_of(held.begin(), held.end(), [first_root](const auto& h) { return h.first != first_root; });
      if (!several_roots) continue;
      std::size_t outside = 0, body = 0;  // sentences the link does not hold; sentences not the headline
      for (const auto& h : held) {
        outside += std::find(nodes.begin(), nodes.end(), h.second) == nodes.end();
        body += !nodes_[h.second].headline;
      }
      if (outside > 0 && body > 1) return false;
    }
    std::sort(roots.begin(), roots.end(), [&](std::size_t x, std::size_t y) {
      return members_[x].size() != members_[y].size() ? members_[x].size() > members_[y].size() : x < y;
    });
    for (std::size_t k = 1; k < roots.size(); ++k) {
      parent_[roots[k]] = roots[0];
      members_[roots[0]].insert(members_[roots[0]].end(), members_[roots[k]].begin(), members_[roots[k]].end());
      members_[roots[k]].clear();
    }
    return true;
  }

 private:
  std::vector<Node> nodes_;
  std::vector<std::size_t> parent_;
  std::vector<std::vector<std::size_t>> members_;
};

// Sources a claim's links agree (+1) or disagree (-1) between, as pairs of positions in `who`.
struct Verdict {
  std::size_t x, y;
  int sign;
};

// How many verdicts go against putting the sources of `side` (a bit per position) on one side.
std::size_t Against(const std::vector<Verdict>& verdicts, const std::vector<bool>& side) {
  std::size_t n = 0;
  for (const Verdict& v : verdicts) n += (side[v.x] == side[v.y]) != (v.sign > 0);
  return n;
}

// Sets the claim's stances (see the rule at the top). Exhaustive up to kExhaustiveSources
// sources in the claim; beyond, moves one source at a time while that lowers the count.
constexpr std::size_t kExhaustiveSources = 14;

void SplitSides(const std::vector<ClaimLink>& links, Claim* claim) {
  std::vector<std::size_t> who;  // the claim's sources
  std::vector<long> position(claim->sentences.size(), -1);
  for (std::size_t s = 0; s < claim->sentences.size(); ++s) {
    if (claim->sentences[s].empty()) continue;
    position[s] = static_cast<long>(who.size());
    who.push_back(s);
  }
  // One verdict per pair of sources. A contradiction outweighs agreement: a headline that agrees
  // in general ("council backs bridge") does not cancel a lead that gives another figure.
  std::vector<Verdict> verdicts;
  for (std::size_t k : claim->links) {
    const ClaimLink& l = links[k];
    Verdict v{static_cast<std::size_t>(position[l.source_a]), static_cast<std::size_t>(position[l.source_b]),
              l.conflict() ? -1 : 1};
    auto same_pair =
        std::find_if(verdicts.begin(), verdicts.end(), [&](const Verdict& w) { return w.x == v.x && w.y == v.y; });
    if (same_pair == verdicts.end())
      verdicts.push_back(v);
    else
      same_pair->sign = std::min(same_pair->sign, v.sign);
  }
  const std::size_t n = who.size();
  std::vector<bool> best(n, false);  // true = the second side
  std::size_t best_against = Against(verdicts, best);
  auto smaller_side = [](const std::vector<bool>& x) {
    const std::size_t second = static_cast<std::size_t>(std::count(x.begin(), x.end(), true));
    return std::min(second, x.size() - second);
  };
  if (n <= kExhaustiveSources) {
    for (std::uint32_t mask = 1; mask < (1u << n) / 2; ++mask) {  // the first source stays on side 0
      std::vector<bool> side(n);
      for (std::size_t i = 0; i < n; ++i) side[i] = (mask >> i) & 1;
      std::size_t against = Against(verdicts, side);
      if (against < best_against || (against == best_against && smaller_side(side) < smaller_side(best))) {
        best = side;
        best_against = against;
      }
    }
  } else {
    for (bool moved = true; moved;) {
      moved = false;
      for (std::size_t i = 0; i < n; ++i) {
        best[i] = !best[i];
        std::size_t against = Against(verdicts, best);
        if (against < best_against) {
          best_against = against;
          moved = true;
        } else {
          best[i] = !best[i];
        }
      }
    }
  }
  const std::size_t second = static_cast<std::size_t>(std::count(best.begin(), best.end(), true));
  for (std::size_t i = 0; i < n; ++i) {
    const bool minority = second * 2 == n ? second > 0 : best[i] == (second * 2 < n);
    claim->stance[who[i]] = minority ? Stance::kContradicts : Stance::kStates;
  }
}

// The content-word stems of a sentence's text, for matching a headline to its lead.
std::vector<std::string> ContentStems(const std::string& text) {
  std::vector<std::string> stems;
  std::string word;
  auto flush = [&] {
    if (word.size() > 2 && !IsStopWord(word)) stems.push_back(Stem(word));
    word.clear();
  };
  for (char c : NormalizeText(text)) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80))
      word += c;
    else
      flush();
  }
  flush();
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  return stems;
}

// The lead a headline restates: of the next kLeadCandidates sentences of its source, the one
// sharing the most content words with it (at least kMinLeadWords), or none.
constexpr std::size_t kLeadCandidates = 3;
constexpr std::size_t kMinLeadWords = 2;

long LeadOf(const SideInfo& side, std::size_t headline) {
  const std::vector<std::string> mine = ContentStems(side.sentences[headline].text);
  long lead = -1;
  std::size_t most = kMinLeadWords - 1;
  std::size_t seen = 0;
  for (std::size_t i = headline + 1; i < side.sentences.size() && seen < kLeadCandidates; ++i) {
    if (side.sentences[i].boilerplate) continue;
    ++seen;
    const std::vector<std::string> theirs = ContentStems(side.sentences[i].text);
    std::vector<std::string> shared;
    std::set_intersection(mine.begin(), mine.end(), theirs.begin(), theirs.end(), std::back_inserter(shared));
    if (shared.size() > most) {
      most = shared.size();
      lead = static_cast<long>(i);
    }
  }
  return lead;
}

}  // namespace

std::vector<Claim> BuildClaims(const std::vector<SideInfo>& sources, const std::vector<ClaimLink>& links,
                               double min_claim_similarity) {
  const std::size_t n_sources = sources.size();
  std::vector<std::size_t> offset(n_sources + 1, 0);
  std::vector<Node> nodes;
  for (std::size_t s = 0; s < n_sources; ++s) {
    offset[s + 1] = offset[s] + sources[s].sentences.size();
    for (std::size_t i = 0; i < sources[s].sentences.size(); ++i) nodes.push_back({s, i, IsHeadline(sources[s], i)});
  }
  Components parts(nodes);
  auto link_nodes = [&](const ClaimLink& l) {
    std::vector<std::size_t> v;
    for (std::size_t i : l.a) v.push_back(offset[l.source_a] + i);
    for (std::size_t j : l.b) v.push_back(offset[l.source_b] + j);
    return v;
  };
  // Strongest first; links come in a fixed order (source pair, reading order), which breaks ties.
  auto strongest_first = [&](bool conflict) {
    std::vector<std::size_t> order;
    for (std::size_t k = 0; k < links.size(); ++k) {
      if (links[k].conflict() == conflict && (conflict || links[k].similarity >= min_claim_similarity))
        order.push_back(k);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return links[x].similarity > links[y].similarity; });
    return order;
  };
  for (std::size_t k : strongest_first(false)) parts.Join(link_nodes(links[k]));
  for (std::size_t k : strongest_first(true)) parts.Join(link_nodes(links[k]));
  // A headline no link placed (too short to align with another report) joins its lead's claim.
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (!nodes[i].headline || parts.Size(i) > 1) continue;
    long lead = LeadOf(sources[nodes[i].source], nodes[i].sentence);
    if (lead >= 0) parts.Join({i, offset[nodes[i].source] + static_cast<std::size_t>(lead)});
  }

  // One claim per component, numbered in reading order of sources and sentences for now.
  std::vector<long> claim_of_root(nodes.size(), -1);
  std::vector<long> claim_of_node(nodes.size(), -1);
  std::vector<Claim> claims;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (sources[nodes[i].source].sentences[nodes[i].sentence].boilerplate) continue;
    long& c = claim_of_root[parts.Find(i)];
    if (c < 0) {
      c = static_cast<long>(claims.size());
      claims.emplace_back();
      claims.back().stance.assign(n_sources, Stance::kSilent);
      claims.back().sentences.resize(n_sources);
    }
    claim_of_node[i] = c;
    claims[c].sentences[nodes[i].source].push_back(nodes[i].sentence);
  }
  for (std::size_t k = 0; k < links.size(); ++k) {
    const ClaimLink& l = links[k];
    long c = claim_of_node[offset[l.source_a] + l.a.front()];
    if (c >= 0 && c == claim_of_node[offset[l.source_b] + l.b.front()]) claims[c].links.push_back(k);
  }
  for (Claim& claim : claims) SplitSides(links, &claim);
  for (Claim& claim : claims) {
    bool lead_found = false;
    for (Stance wanted : {Stance::kStates, Stance::kContradicts}) {
      for (std::size_t s = 0; s < n_sources && !lead_found; ++s) {
        if (claim.stance[s] != wanted) continue;
        claim.lead_source = s;
        claim.lead_sentence = claim.sentences[s].front();
        lead_found = true;
      }
    }
    claim.states = static_cast<std::size_t>(std::count(claim.stance.begin(), claim.stance.end(), Stance::kStates));
    claim.contradicts =
        static_cast<std::size_t>(std::count(claim.stance.begin(), claim.stance.end(), Stance::kContradicts));
  }
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& x, const Claim& y) {
    if ((x.contradicts > 0) != (y.contradicts > 0)) return x.contradicts > 0;
    if (x.states + x.contradicts != y.states + y.contradicts)
      return x.states + x.contradicts > y.states + y.contradicts;
    if (x.states != y.states) return x.states > y.states;
    if (x.lead_source != y.lead_source) return x.lead_source < y.lead_source;
    return x.lead_sentence < y.lead_sentence;
  });
  return claims;
}

std::vector<SourceSummary> SummarizeSources(std::size_t sources, const std::vector<Claim>& claims) {
  std::vector<SourceSummary> summary(sources);
  for (const Claim& claim : claims) {
    for (std::size_t s = 0; s < sources; ++s) {
      if (claim.stance[s] == Stance::kSilent) continue;
      SourceSummary& mine = summary[s];
      ++mine.claims;
      if (claim.states + claim.contradicts == 1) ++mine.alone;
      if (claim.stance[s] == Stance::kStates && claim.states >= 2) ++mine.confirmed;
      if (claim.contradicts > 0) ++mine.contradicted;
    }
  }
  return summary;
}

}  // namespace claimdiff
