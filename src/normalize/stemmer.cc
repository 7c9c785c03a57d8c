// Stem: Snowball English stemming (libstemmer), one stemmer and cache per thread.
#include <libstemmer.h>

#include <string>
#include <string_view>
#include <unordered_map>

#include "claimdiff/normalize.h"

namespace claimdiff {
namespace {

// sb_stemmer instances are not thread-safe; each thread gets its own, with a cache because
// the same words recur thousands of times in long documents.
class ThreadStemmer {
 public:
  ThreadStemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {}
  ~ThreadStemmer() {
    if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
  }
  ThreadStemmer(const ThreadStemmer&) = delete;
  ThreadStemmer& operator=(const ThreadStemmer&) = delete;

  std::string Stem(std::string_view word) {
    if (stemmer_ == nullptr) return std::string(word);
    std::string key(word);
    auto found = cache_.find(key);
    if (found != cache_.end()) return found->second;
    const sb_symbol* stemmed = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    std::string result = stemmed == nullptr
                             ? key
                             : std::string(reinterpret_cast<const char*>(stemmed),
                                           static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
    if (cache_.size() > 200000) cache_.clear();  // bound memory on adversarial vocabularies
    cache_.emplace(std::move(key), result);
    return result;
  }

 private:
  sb_stemmer* stemmer_;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace

std::string Stem(std::string_view normalized_word) {
  thread_local ThreadStemmer stemmer;
  return stemmer.Stem(normalized_word);
}

}  // namespace claimdiff
