// Writes a report as an expectations file, naming each sentence by a short distinctive phrase.
#include <set>
#include <sstream>
#include <vector>

#include "claimdiff/expect.h"
#include "claimdiff/normalize.h"
#include "expect/phrase_index.h"

namespace claimdiff {
namespace {

constexpr std::size_t kMinWords = 3;
constexpr std::size_t kMaxWords = 8;

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::string Join(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) out += (i > begin ? " " : "") + words[i];
  return out;
}

// How much a phrase says: letters in words that are not function words.
std::size_t Substance(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
  std::size_t score = 0;
  for (std::size_t i = begin; i < end; ++i) {
    std::string norm = NormalizeText(words[i]);
    std::string letters;
    for (char c : norm) {
      if (c != '"' && c != ',' && c != '.' && c != ':' && c != ';' && c != '(' && c != ')') letters.push_back(c);
    }
    if (!IsStopWord(letters)) score += letters.size();
  }
  return score;
}

// The shortest run of words (3 to 8) found in this sentence only — of those, the one that says
// most — or the whole sentence.
std::string DistinctivePhrase(const PhraseIndex& index, const SentenceInfo& sentence) {
  std::vector<std::string> words = SplitWords(sentence.text);
  for (std::size_t length = kMinWords; length <= kMaxWords && length < words.size(); ++length) {
    std::size_t best_start = words.size(), best_score = 0;
    for (std::size_t start = 0; start + length <= words.size(); ++start) {
      std::size_t score = Substance(words, start, start + length);
      if (best_start != words.size() && score <= best_score) continue;
      if (index.CountMatches(NormalizeText(Join(words, start, start + length))) != 1) continue;
      best_start = start;
      best_score = score;
    }
    if (best_start != words.size()) return Join(words, best_start, best_start + length);
  }
  return sentence.text;
}

// For a conflict, the words a reason names ("have no means") when they identify the sentence.
std::string ReasonPhrase(const PhraseIndex& index, const Finding& f, bool side_a) {
  for (const Reason& r : f.reasons) {
    const std::string& words = side_a ? r.a : r.b;
    if (SplitWords(words).size() >= 2 && index.CountMatches(NormalizeText(words)) == 1) return words;
  }
  return {};
}

std::string Quoted(const std::string& phrase) {
  std::string out = "\"";
  for (char c : phrase) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

std::string WriteExpectations(const Report& report) {
  PhraseIndex index_a(report.a), index_b(report.b);
  auto phrase = [&](bool side_a, const std::vector<std::size_t>& indices) {
    const SideInfo& side = side_a ? report.a : report.b;
    return Quoted(DistinctivePhrase(side_a ? index_a : index_b, side.sentences[indices.front()]));
  };
  auto conflict_phrase = [&](bool side_a, const Finding& f) {
    std::string words = ReasonPhrase(side_a ? index_a : index_b, f, side_a);
    return words.empty() ? phrase(side_a, side_a ? f.a : f.b) : Quoted(words);
  };
  std::ostringstream out;
  out << "# claimdiff expectations: " << report.a.label << " (A) vs " << report.b.label << " (B)\n"
      << "# One finding per line: conflict [reasons] \"A\" | \"B\", shared \"A\" | \"B\",\n"
      << "# aligned \"A\" | \"B\", only-a \"A\", only-b \"B\". Keep the lines you want to track.\n";
  const struct {
    FindingKind kind;
    const char* heading;
  } sections[] = {{FindingKind::kConflict, "conflicts"},
                  {FindingKind::kShared, "shared"},
                  {FindingKind::kOnlyA, "only in A"},
                  {FindingKind::kOnlyB, "only in B"}};
  for (const auto& section : sections) {
    bool first = true;
    for (const Finding& f : report.findings) {
      if (f.kind != section.kind) continue;
      if (first) out << "\n# " << section.heading << "\n";
      first = false;
      switch (f.kind) {
        case FindingKind::kConflict: {
          out << "conflict";
          std::set<std::string> seen;
          for (const Reason& r : f.reasons) {
            if (seen.insert(r.type).second) out << " " << r.type;
          }
          out << " " << conflict_phrase(true, f) << " | " << conflict_phrase(false, f) << "\n";
          break;
        }
        case FindingKind::kShared:
          out << "shared " << phrase(true, f.a) << " | " << phrase(false, f.b) << "\n";
          break;
        case FindingKind::kOnlyA: out << "only-a " << phrase(true, f.a) << "\n"; break;
        case FindingKind::kOnlyB: out << "only-b " << phrase(false, f.b) << "\n"; break;
      }
    }
  }
  return out.str();
}

}  // namespace claimdiff
