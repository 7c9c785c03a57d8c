// Normalize: sentence and word segmentation with byte spans, normalized and stemmed word forms.
#ifndef CLAIMDIFF_NORMALIZE_H_
#define CLAIMDIFF_NORMALIZE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/document.h"
#include "claimdiff/status.h"

namespace claimdiff {

enum class TokenKind : std::uint8_t { kWord, kNumber };

// The normal forms of one distinct word, stored once per document (Segmentation::words) and
// shared by all its tokens.
struct WordForms {
  std::string_view norm;  // NFKC + case fold + unified quotes/apostrophes/dashes, e.g. "doesn't"
  std::string_view stem;  // Snowball English stem of `norm`, e.g. "investig"; numbers: `norm`
  // The stem of the word's base form: irregular inflections are undone with WordNet's exception
  // lists first, so "knew" and "did not know" meet on one predicate ("know"). Numbers: `norm`.
  std::string_view lemma;
  bool stop = false;  // a function word ("the", "of", "is"): weighs nothing in similarity
};

// One word or number (punctuation and spaces are not tokens; they stay in the sentence text).
// Kept small (24 bytes): a book has millions.
struct Token {
  std::uint32_t begin = 0;  // byte span in Document::text (documents are below 4 GiB)
  std::uint32_t end = 0;
  const WordForms* forms = nullptr;  // in Segmentation::words; set for every segmented token
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // starts with an upper-case letter in the source ("Sony", "The")
  // Two or more letters, all upper case, as abbreviations are written ("US", "U.S", "NATO").
  bool all_caps = false;

  std::string_view norm() const { return forms->norm; }
  std::string_view stem() const { return forms->stem; }
  std::string_view lemma() const { return forms->lemma; }
  bool stop() const { return forms->stop; }
};

struct Sentence {
  std::size_t index = 0;  // position in Segmentation::sentences
  std::size_t begin = 0;  // byte span in Document::text, trimmed of surrounding space
  std::size_t end = 0;
  std::size_t line = 1;       // 1-based line of `begin`
  std::size_t paragraph = 0;  // 0-based; paragraphs are separated by blank lines
  std::string text;           // the source text with whitespace runs collapsed to one space
  std::vector<Token> tokens;
  // Leading tokens that only say where and by whom the story was filed ("LISBON, Portugal (AP)
  // —"): shown as written, left out of matching and comparing.
  std::size_t dateline_tokens = 0;
  // A line that carries no claim ("3 min read", "Photo via Flickr", "Read more here.").
  // Boilerplate is kept for display but never aligned or counted as a difference.
  bool boilerplate = false;
};

class WordPool;

struct Segmentation {
  std::vector<Sentence> sentences;
  // Storage of the tokens' WordForms, shared by copies so that their pointers stay valid.
  std::shared_ptr<const WordPool> words;
  std::size_t boilerplate_count = 0;
  std::size_t cut_sentences = 0;  // sentences cut at NormalizeOptions::max_sentence_bytes
};

struct NormalizeOptions {
  // Sentences longer than this many bytes are cut at word boundaries so that later stages
  // stay bounded on hostile input (a megabyte "sentence" with no punctuation). Default: 8 KiB.
  std::size_t max_sentence_bytes = 8 * 1024;
  // Documents with more sentences than this are refused with Code::kTooLarge: each sentence
  // costs about 2 KB through the pipeline, and a report has hundreds, not millions.
  // Default: 200,000.
  std::size_t max_sentences = 200000;
  // Mark boilerplate lines (see Sentence::boilerplate). Default: true.
  bool mark_boilerplate = true;
};

// Splits `doc` into sentences and tokens. ICU sentence rules ("en" with the standard abbreviation
// suppressions), corrected where they fail on news text: blank lines and headlines end sentences,
// "2:42 p.m. PT" does not, hard-wrapped lines are joined.
Status Segment(const Document& doc, const NormalizeOptions& options, Segmentation* out);

// The normalized form used for matching: NFKC, case folded, curly quotes/apostrophes made
// straight, dashes made '-', whitespace runs made one space. NormalizeText("“Don’t”") == "\"don't\"".
std::string NormalizeText(std::string_view text);

// Snowball English stem of an already normalized word: Stem("investigations") == "investig".
std::string Stem(std::string_view normalized_word);

// True for English function words that carry no claim on their own ("the", "was", "of").
// Negators ("no", "not", "never") are not stop words.
bool IsStopWord(std::string_view normalized_word);

}  // namespace claimdiff

#endif  // CLAIMDIFF_NORMALIZE_H_
