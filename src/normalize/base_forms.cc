// BaseForm: irregular inflections undone with WordNet's exception lists (Debian wordnet-base).
#include "normalize/base_forms.h"

#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>

#include "claimdiff/wordnet.h"

namespace claimdiff {
namespace {

// Inflected form -> base form, from the verb and adjective exception lists. Nouns are left out:
// their irregular plurals ("men", "data") name the same thing and Snowball handles most.
std::unordered_map<std::string, std::string> LoadExceptions(const std::string& wordnet_dir) {
  std::unordered_map<std::string, std::string> base;
  for (const char* part : {"verb", "adj"}) {
    std::ifstream in(wordnet_dir + "/" + part + ".exc");
    std::string line, inflected, lemma;
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      if (fields >> inflected >> lemma && inflected.find('_') == std::string::npos) base.emplace(inflected, lemma);
    }
  }
  return base;
}

}  // namespace

std::string_view BaseForm(std::string_view normalized_word) {
  static const std::unordered_map<std::string, std::string> exceptions = LoadExceptions(FindWordNet().dir);
  auto found = exceptions.find(std::string(normalized_word));
  return found == exceptions.end() ? normalized_word : std::string_view(found->second);
}

}  // namespace claimdiff
