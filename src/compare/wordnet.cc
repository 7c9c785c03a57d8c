// Reads WordNet's data files (wndb(5) format) for direct antonym pointers between single words.
#include "compare/wordnet.h"

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string_view>

#include "absl/strings/string_view.h"
#include "claimdiff/normalize.h"
#include "claimdiff/wordnet.h"
#include "compare/lexicon.h"

namespace claimdiff {
namespace {

std::string ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// A synset line: "offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr ...". Returns the
// words (lower case, adjective markers like "(a)" dropped; multi-word lemmas kept with '_').
std::vector<std::string> SynsetWords(std::istringstream& fields) {
  std::string offset, lex_filenum, ss_type, count_hex;
  fields >> offset >> lex_filenum >> ss_type >> count_hex;
  int count = static_cast<int>(std::strtol(count_hex.c_str(), nullptr, 16));
  std::vector<std::string> words;
  for (int i = 0; i < count; ++i) {
    std::string word, lex_id;
    fields >> word >> lex_id;
    std::size_t marker = word.find('(');
    if (marker != std::string::npos) word.resize(marker);
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    words.push_back(word);
  }
  return words;
}

std::string LineAt(const std::string& data, std::size_t offset) {
  if (offset >= data.size()) return {};
  std::size_t end = data.find('\n', offset);
  return data.substr(offset, end == std::string::npos ? std::string::npos : end - offset);
}

}  // namespace

void AntonymTable::Add(const std::string& a, const std::string& b) {
  const std::string stem_a = Stem(a), stem_b = Stem(b);
  if (stem_a == stem_b) return;
  words_.insert(a);
  words_.insert(b);
  if (opposites_[stem_a].insert(stem_b).second) ++pairs_;
  opposites_[stem_b].insert(stem_a);
}

AntonymTable AntonymTable::Load(const std::string& wordnet_dir) {
  AntonymTable table;
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& [a, b] : NewsAntonymWords()) pairs.emplace_back(a, b);
  std::set<std::string> verbs;  // every single-word verb, for the "re-" forms below
  for (const char* part : {"adj", "verb", "adv"}) {
    std::string data = ReadWhole(wordnet_dir + "/data." + part);
    if (data.empty()) continue;
    table.loaded_ = true;
    const bool verb_file = std::string_view(part) == "verb";
    std::size_t line_start = 0;
    while (line_start < data.size()) {
      std::size_t line_end = data.find('\n', line_start);
      if (line_end == std::string::npos) line_end = data.size();
      // Lines starting with spaces are the license header; only lines with "!" matter, and in
      // the verb file every line's words.
      std::string_view line(data.data() + line_start, line_end - line_start);
      const bool opposites = line.find(" ! ") != std::string_view::npos;
      if (!line.empty() && line[0] != ' ' && (opposites || verb_file)) {
        std::istringstream fields{std::string(line)};
        std::vector<std::string> words = SynsetWords(fields);
        if (verb_file) verbs.insert(words.begin(), words.end());
        if (!opposites) {
          line_start = line_end + 1;
          continue;
        }
        std::string pointer_count;
        fields >> pointer_count;
        int pointers = std::atoi(pointer_count.c_str());
        for (int p = 0; p < pointers; ++p) {
          std::string symbol, target_offset, pos, source_target;
          fields >> symbol >> target_offset >> pos >> source_target;
          if (symbol != "!" || source_target.size() != 4) continue;
          int source = static_cast<int>(std::strtol(source_target.substr(0, 2).c_str(), nullptr, 16));
          int target = static_cast<int>(std::strtol(source_target.substr(2, 2).c_str(), nullptr, 16));
          std::istringstream target_fields(LineAt(data, std::strtoul(target_offset.c_str(), nullptr, 10)));
          std::vector<std::string> target_words = SynsetWords(target_fields);
          if (source < 1 || target < 1 || source > static_cast<int>(words.size()) ||
              target > static_cast<int>(target_words.size())) {
            continue;
          }
          const std::string& a = words[static_cast<std::size_t>(source - 1)];
          const std::string& b = target_words[static_cast<std::size_t>(target - 1)];
          if (a.find('_') != std::string::npos || b.find('_') != std::string::npos) continue;
          pairs.emplace_back(a, b);
        }
      }
      line_start = line_end + 1;
    }
  }
  // A verb done again has its verb's opposites: "reopen" is the opposite of "close", as "open"
  // is, when WordNet knows "reopen".
  const std::size_t listed = pairs.size();
  for (std::size_t k = 0; k < listed; ++k) {
    for (const auto& [word, opposite] : {pairs[k], std::pair{pairs[k].second, pairs[k].first}}) {
      if (verbs.count("re" + word) && !verbs.count("re" + opposite)) pairs.emplace_back("re" + word, opposite);
    }
  }
  for (const auto& [a, b] : pairs) table.Add(a, b);
  return table;
}

const AntonymTable& AntonymTable::Default() {
  static const AntonymTable table = Load(FindWordNet().dir);
  return table;
}

bool AntonymTable::Lists(std::string_view word) const {
  return words_.contains(absl::string_view(word.data(), word.size()));
}

bool AntonymTable::HasOpposite(std::string_view stem) const {
  return opposites_.contains(absl::string_view(stem.data(), stem.size()));
}

bool AntonymTable::Opposite(std::string_view stem_a, std::string_view stem_b) const {
  auto found = opposites_.find(absl::string_view(stem_a.data(), stem_a.size()));
  return found != opposites_.end() && found->second.contains(absl::string_view(stem_b.data(), stem_b.size()));
}

}  // namespace claimdiff
