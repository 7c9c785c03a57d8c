// Reads truth.txt files and scores multi-source reports against them.
//
// Format: '#' starts a comment; "source FILE" lines list the sources in order; "claim NAME"
// starts a cluster, followed by indented lines `FILE = "phrase"` (the source states the claim)
// or `FILE ! "phrase"` (it contradicts the claim). Sources not listed under a claim are silent.
#include "multi/multi_truth.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "claimdiff/normalize.h"

namespace claimdiff::testing {
namespace {

std::string Folded(const std::string& text) {
  std::string out;
  for (char c : NormalizeText(text)) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  return out;
}

}  // namespace

void TruthScore::Add(const TruthScore& other) {
  pairs += other.pairs;
  pairs_joined += other.pairs_joined;
  contradictions += other.contradictions;
  contradictions_found += other.contradictions_found;
  marked += other.marked;
  marked_right += other.marked_right;
  apart += other.apart;
  apart_joined += other.apart_joined;
  misses.insert(misses.end(), other.misses.begin(), other.misses.end());
}

bool ParseTruth(const std::string& path, EventTruth* truth, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = path + ": cannot read";
    return false;
  }
  static const std::regex source_line(R"(^source\s+(\S+)\s*$)");
  static const std::regex claim_line(R"(^claim\s+(\S+)\s*$)");
  static const std::regex mention_line(R"(^\s+(\S+)\s+([=!])\s+\"(.+)\"\s*$)");
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::smatch m;
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    if (std::regex_match(line, m, source_line)) {
      truth->sources.push_back(m[1]);
    } else if (std::regex_match(line, m, claim_line)) {
      truth->claims.push_back({m[1], {}});
    } else if (std::regex_match(line, m, mention_line) && !truth->claims.empty()) {
      auto at = std::find(truth->sources.begin(), truth->sources.end(), m[1].str());
      if (at == truth->sources.end()) {
        *error = path + ":" + std::to_string(number) + ": unknown source " + m[1].str();
        return false;
      }
      truth->claims.back().mentions.push_back(
          {static_cast<std::size_t>(at - truth->sources.begin()), m[2] == "!", m[3]});
    } else {
      *error = path + ":" + std::to_string(number) + ": not a source, claim or mention line";
      return false;
    }
  }
  return true;
}

bool ScoreAgainstTruth(const MultiReport& report, const EventTruth& truth, TruthScore* score, std::string* error) {
  // Each mention's sentence, and the output claim holding it.
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> claim_of;  // (source, sentence) -> claim
  for (std::size_t c = 0; c < report.claims.size(); ++c) {
    for (std::size_t s = 0; s < report.sources.size(); ++s) {
      for (std::size_t i : report.claims[c].sentences[s]) claim_of[{s, i}] = c;
    }
  }
  struct Placed {
    std::size_t truth_claim, source, sentence;
    bool contradicts;
  };
  std::vector<std::vector<Placed>> placed(truth.claims.size());
  std::map<std::pair<std::size_t, std::size_t>, Placed> mention_at;
  for (std::size_t t = 0; t < truth.claims.size(); ++t) {
    for (const TruthMention& m : truth.claims[t].mentions) {
      const SideInfo& side = report.sources[m.source];
      std::vector<std::size_t> hits;
      for (std::size_t i = 0; i < side.sentences.size(); ++i) {
        if (Folded(side.sentences[i].text).find(Folded(m.phrase)) != std::string::npos) hits.push_back(i);
      }
      if (hits.size() != 1) {
        *error = truth.claims[t].name + ": \"" + m.phrase + "\" names " + std::to_string(hits.size()) +
                 " sentences of " + truth.sources[m.source];
        return false;
      }
      Placed p{t, m.source, hits.front(), m.contradicts};
      placed[t].push_back(p);
      mention_at[{m.source, hits.front()}] = p;
    }
  }
  auto claim_holding = [&](const Placed& p) {
    auto at = claim_of.find({p.source, p.sentence});
    return at == claim_of.end() ? static_cast<std::size_t>(-1) : at->second;
  };
  for (std::size_t t = 0; t < truth.claims.size(); ++t) {
    const std::string& name = truth.claims[t].name;
    for (std::size_t x = 0; x < placed[t].size(); ++x) {
      for (std::size_t y = x + 1; y < placed[t].size(); ++y) {
        ++score->pairs;
        if (claim_holding(placed[t][x]) == claim_holding(placed[t][y]))
          ++score->pairs_joined;
        else
          score->misses.push_back(name + ": " + truth.sources[placed[t][x].source] + " and " +
                                  truth.sources[placed[t][y].source] + " not in one claim");
      }
    }
    for (std::size_t u = t + 1; u < truth.claims.size(); ++u) {
      for (const Placed& x : placed[t]) {
        for (const Placed& y : placed[u]) {
          ++score->apart;
          if (claim_holding(x) == claim_holding(y)) {
            ++score->apart_joined;
            score->misses.push_back(name + " and " + truth.claims[u].name + " share a claim");
          }
        }
      }
    }
    // A contradiction is found when its sentence is marked '!' in a claim that also holds a
    // sentence the truth says states the claim.
    for (const Placed& p : placed[t]) {
      if (!p.contradicts) continue;
      ++score->contradictions;
      const std::size_t c = claim_holding(p);
      bool found = c < report.claims.size() && report.claims[c].stance[p.source] == Stance::kContradicts &&
                   std::any_of(placed[t].begin(), placed[t].end(),
                               [&](const Placed& q) { return !q.contradicts && claim_holding(q) == c; });
      if (found)
        ++score->contradictions_found;
      else
        score->misses.push_back(name + ": " + truth.sources[p.source] + " contradicting it was not found");
    }
  }
  // Every '!' the report shows is right when the truth marks that sentence '!' — or, where the
  // report found no majority (no source states the claim), when the truth puts it on either
  // side of a contradiction.
  for (std::size_t c = 0; c < report.claims.size(); ++c) {
    const Claim& claim = report.claims[c];
    for (std::size_t s = 0; s < claim.stance.size(); ++s) {
      if (claim.stance[s] != Stance::kContradicts) continue;
      ++score->marked;
      bool right = false;
      for (std::size_t i : claim.sentences[s]) {
        auto at = mention_at.find({s, i});
        if (at == mention_at.end()) continue;
        const auto& mentions = placed[at->second.truth_claim];
        bool disputed = std::any_of(mentions.begin(), mentions.end(), [](const Placed& q) { return q.contradicts; });
        right = right || at->second.contradicts || (claim.states == 0 && disputed);
      }
      if (right)
        ++score->marked_right;
      else
        score->misses.push_back(truth.sources[s] + " marked as contradicting \"" +
                                report.sources[s].sentences[claim.sentences[s].front()].text + "\"");
    }
  }
  return true;
}

}  // namespace claimdiff::testing
