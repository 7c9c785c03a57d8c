// Stem: Snowball English stemming (libstemmer), one stemmer per thread.
#include <libstemmer.h>

#include <string>
#include <string_view>

#include "claimdiff/normalize.h"

namespace claimdiff {
namespace {

// sb_stemmer instances are not thread-safe: each thread gets its own. Callers stem each distinct
// word once (see WordPool), so there is no cache here.
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
    const sb_symbol* stemmed =
        sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (stemmed == nullptr) return std::string(word);
    return std::string(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
  }

 private:
  sb_stemmer* stemmer_;
};

}  // namespace

std::string Stem(std::string_view normalized_word) {
  thread_local ThreadStemmer stemmer;
  return stemmer.Stem(normalized_word);
}

}  // namespace claimdiff
