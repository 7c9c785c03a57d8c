// Writes a report as an expectations file, naming each sentence by a short distinctive phrase.
#include <algorithm>
#include <set>
#include <sstream>
#include <tuple>
#include <vector>

#include "claimdiff/expect.h"
#include "claimdiff/normalize.h"
#include "claimdiff/render.h"
#include "expect/disputed_words.h"
#include "expect/finding_context.h"
#include "expect/phrase_index.h"

namespace claimdiff {
namespace {

constexpr std::size_t kMinWords = 3;
constexpr std::size_t kMaxWords = 8;
// Phrases start within a sentence's first words: enough to find one, bounded on huge sentences.
constexpr std::size_t kMaxStartWord = 200;
// Phrases up to this long count as equally short, so the one saying most among them wins.
constexpr std::size_t kShortWords = 4;
// Phrases tried per sentence before settling for its whole text: bounds the work on documents
// that repeat themselves, where no short phrase is unique.
constexpr std::size_t kMaxTries = 64;
// A one-sided sentence is tracked by default when it has this many content words: fewer are
// mostly captions, credits, embedded posts and interjections.
constexpr std::size_t kClaimWords = 6;

// Spaces that separate words besides ' ': no-break, thin and narrow no-break space (UTF-8).
const char* const kWideSpaces[] = {"\xC2\xA0", "\xE2\x80\x89", "\xE2\x80\xAF"};
// Punctuation trimmed from the outer edges of a phrase; the quote marks come first.
const char* const kQuotes[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D"};
const char* const kEdgePunctuation[] = {"\"",
                                        "\xE2\x80\x9C",
                                        "\xE2\x80\x9D",
                                        "\xE2\x80\x98",
                                        "\xE2\x80\x99",
                                        "\xE2\x80\x94",
                                        "\xE2\x80\x93",
                                        "'",
                                        ",",
                                        ".",
                                        ";",
                                        ":",
                                        "!",
                                        "?",
                                        "(",
                                        ")",
                                        "[",
                                        "]",
                                        "-"};

std::vector<std::string> SplitWords(std::string text) {
  for (const char* space : kWideSpaces) {
    for (std::size_t at = text.find(space); at != std::string::npos; at = text.find(space, at)) {
      text.replace(at, std::char_traits<char>::length(space), " ");
    }
  }
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Removes edge punctuation from the front (or back) of `s`; returns the quote mark removed, if any.
std::string TrimEdge(std::string* s, bool front) {
  std::string quote;
  for (bool again = true; again && !s->empty();) {
    again = false;
    for (const char* p : kEdgePunctuation) {
      if (front ? StartsWith(*s, p) : EndsWith(*s, p)) {
        std::size_t n = std::char_traits<char>::length(p);
        if (std::any_of(std::begin(kQuotes), std::end(kQuotes),
                        [&](const char* q) { return std::string_view(q) == p; })) {
          quote = p;
        }
        *s = front ? s->substr(n) : s->substr(0, s->size() - n);
        again = true;
        break;
      }
    }
  }
  return quote;
}

std::size_t CountQuotes(std::string_view s) {
  std::size_t n = 0;
  for (const char* q : kQuotes) {
    for (std::size_t at = s.find(q); at != std::string_view::npos; at = s.find(q, at + 1)) ++n;
  }
  return n;
}

// A word as the stop list sees it: normalized, edge punctuation removed.
std::string Core(const std::string& word) {
  std::string core = NormalizeText(word);
  TrimEdge(&core, true);
  TrimEdge(&core, false);
  return core;
}

bool IsContent(const std::string& core) { return !core.empty() && !IsStopWord(core); }

bool EndsClause(const std::string& word) {
  static const char* const kBreaks[] = {",", ";", ":", ".", "?", "!", "\xE2\x80\x94"};
  std::string w = word;
  while (!w.empty() && (w.back() == '"' || w.back() == '\'' || w.back() == ')')) w.pop_back();
  return std::any_of(std::begin(kBreaks), std::end(kBreaks), [&](const char* b) { return EndsWith(w, b); });
}

struct Window {
  std::string text;   // as written, outer punctuation trimmed
  std::string key;    // PhraseKey(text)
  std::string first;  // Core of the first and last words
  std::string last;
  int cost = 0;  // lower reads better
  std::size_t substance = 0;
  std::size_t start = 0;
  std::size_t end = 0;  // one past the last word
};

// words[begin, end) as a phrase: outer punctuation trimmed, but a quote mark kept where it opens
// or closes a quotation the phrase also closes or opens.
std::string PhraseText(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
  std::string text;
  for (std::size_t i = begin; i < end; ++i) text += (i > begin ? " " : "") + words[i];
  std::string front_quote = TrimEdge(&text, true);
  std::string back_quote = TrimEdge(&text, false);
  if (CountQuotes(text) % 2 == 1) {
    if (!front_quote.empty()) {
      text = front_quote + text;
    } else if (!back_quote.empty()) {
      text += back_quote;
    }
  }
  return text;
}

// Every phrase of 3 to 8 words of `words`, costed: few words, content words at both ends, no
// clause break inside, balanced quotes.
std::vector<Window> Windows(const std::vector<std::string>& words) {
  std::vector<std::string> cores;
  for (const std::string& w : words) cores.push_back(Core(w));
  std::vector<Window> out;
  std::size_t min_words = std::min(kMinWords, words.size());
  for (std::size_t start = 0; start < words.size() && start < kMaxStartWord; ++start) {
    for (std::size_t n = min_words; n <= kMaxWords && start + n <= words.size(); ++n) {
      Window w;
      w.text = PhraseText(words, start, start + n);
      w.key = PhraseKey(w.text);
      if (w.key.empty()) continue;
      w.first = cores[start];
      w.last = cores[start + n - 1];
      w.start = start;
      w.end = start + n;
      w.cost = static_cast<int>(std::max(n, kShortWords)) + 2 * !IsContent(w.first) + 2 * !IsContent(w.last);
      for (std::size_t i = start; i + 1 < start + n; ++i) w.cost += 2 * EndsClause(words[i]);
      if (CountQuotes(w.text) % 2 == 1) w.cost += 3;
      for (std::size_t i = start; i < start + n; ++i) w.substance += IsContent(cores[i]) ? cores[i].size() : 0;
      out.push_back(std::move(w));
    }
  }
  return out;
}

struct Preference {
  std::vector<bool> disputed;             // per word: changed by the diff, to leave out if possible
  const Window* frame = nullptr;          // prefer the same first and last word as this phrase
  std::vector<std::string> partner_keys;  // prefer phrases the other side's sentences also contain
};

// The best phrase naming `sentence` alone among its side's sentences, or its whole text.
Window Pick(const PhraseIndex& index, const SentenceInfo& sentence, const Preference& pref) {
  std::vector<Window> windows = Windows(SplitWords(sentence.text));
  for (Window& w : windows) {
    if (pref.frame != nullptr && w.first == pref.frame->first && w.last == pref.frame->last) w.cost -= 2;
    for (const std::string& key : pref.partner_keys) {
      if (key.find(w.key) != std::string::npos) {
        w.cost -= 2;
        break;
      }
    }
  }
  std::stable_sort(windows.begin(), windows.end(), [](const Window& x, const Window& y) {
    return std::make_tuple(x.cost, -static_cast<long>(x.substance), x.start) <
           std::make_tuple(y.cost, -static_cast<long>(y.substance), y.start);
  });
  auto disputed = [&](const Window& w) {
    for (std::size_t i = w.start; i < w.end && i < pref.disputed.size(); ++i) {
      if (pref.disputed[i]) return true;
    }
    return false;
  };
  // A window must name its own sentence: trimming punctuation and re-adding a quote can make a
  // phrase its sentence does not contain ("here.”" -> "here”"), which may name another one alone.
  const std::string own_key = PhraseKey(sentence.text);
  for (int pass = pref.disputed.empty() ? 1 : 0; pass < 2; ++pass) {
    std::size_t tries = 0;
    for (const Window& w : windows) {
      if (pass == 0 && disputed(w)) continue;
      if (own_key.find(w.key) != std::string::npos && index.CountMatches(w.key, 2) == 1) return w;
      if (++tries == kMaxTries) break;
    }
  }
  Window whole;
  whole.text = sentence.text;
  whole.key = PhraseKey(sentence.text);
  return whole;
}

std::string Quoted(const std::string& phrase) {
  std::string out = "\"";
  for (char c : phrase) {
    // A line break would end the expectation early (and could start another): phrases match
    // ignoring spacing, so it reads as a space.
    if (c == '\n' || c == '\r') c = ' ';
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

// Content words in a finding's sentences: how much of a claim it carries.
std::size_t ContentWords(const SideInfo& side, const std::vector<std::size_t>& sentences) {
  std::size_t n = 0;
  for (std::size_t i : sentences) {
    for (const std::string& w : SplitWords(side.sentences[i].text)) n += IsContent(Core(w));
  }
  return n;
}

bool Reworded(const Finding& f) {
  return !f.notes.empty() ||
         std::any_of(f.diff.begin(), f.diff.end(), [](const DiffOp& op) { return op.kind != DiffOp::Kind::kEqual; });
}

class Writer {
 public:
  explicit Writer(const Report& report) : report_(report), index_a_(report.a), index_b_(report.b) {}

  std::string Line(const Finding& f) const {
    switch (f.kind) {
      case FindingKind::kConflict:
        return ConflictLine(f);
      case FindingKind::kShared:
        return SharedLine(f);
      case FindingKind::kOnlyA:
        return "only-a " + Quoted(Pick(index_a_, report_.a.sentences[f.a.front()], {}).text);
      case FindingKind::kOnlyB:
        return "only-b " + Quoted(Pick(index_b_, report_.b.sentences[f.b.front()], {}).text);
    }
    return {};
  }

 private:
  std::vector<std::string> Keys(const SideInfo& side, const std::vector<std::size_t>& sentences) const {
    std::vector<std::string> keys;
    for (std::size_t i : sentences) keys.push_back(PhraseKey(side.sentences[i].text));
    return keys;
  }

  // Phrases without the words the two sides dispute ("no", a figure): when one side is
  // corrected, the phrase still names the sentence and the conflict reads as resolved.
  std::string ConflictLine(const Finding& f) const {
    std::string line = "conflict";
    std::set<std::string> seen;
    for (const Reason& r : f.reasons) {
      if (seen.insert(r.type()).second) line += " " + r.type();
    }
    Preference pref_a, pref_b;
    pref_a.disputed = DisputedWords(f, true, report_.a.sentences[f.a.front()].text);
    pref_b.disputed = DisputedWords(f, false, report_.b.sentences[f.b.front()].text);
    Window a = Pick(index_a_, report_.a.sentences[f.a.front()], pref_a);
    pref_b.frame = &a;
    Window b = Pick(index_b_, report_.b.sentences[f.b.front()], pref_b);
    return line + " " + Quoted(a.text) + " | " + Quoted(b.text);
  }

  // Where both sides word it alike, the same phrase twice: "made a mistake" | "made a mistake".
  std::string SharedLine(const Finding& f) const {
    Preference pref_a;
    pref_a.partner_keys = Keys(report_.b, f.b);
    Window a = Pick(index_a_, report_.a.sentences[f.a.front()], pref_a);
    // Counted first: listing every match of a phrase repeated through a book, for every line
    // that repeats it, would be quadratic.
    std::vector<std::size_t> in_b;
    if (index_b_.CountMatches(a.key, 2) == 1) in_b = index_b_.Find(a.text);
    if (in_b.size() == 1 && std::find(f.b.begin(), f.b.end(), in_b.front()) != f.b.end()) {
      return "shared " + Quoted(a.text) + " | " + Quoted(a.text);
    }
    Preference pref_b;
    pref_b.frame = &a;
    Window b = Pick(index_b_, report_.b.sentences[f.b.front()], pref_b);
    return "shared " + Quoted(a.text) + " | " + Quoted(b.text);
  }

  const Report& report_;
  PhraseIndex index_a_, index_b_;
};

// Which findings a snapshot tracks; the rest are written commented out, to take up by hand.
// Tracked: every conflict, shared claims the two word differently, and the most substantial
// one-sided claims (not captions, credits or embedded posts).
bool Tracked(const Report& report, const Finding& f) {
  switch (f.kind) {
    case FindingKind::kConflict:
      return true;
    case FindingKind::kShared:
      return Reworded(f);
    case FindingKind::kOnlyA:
      return ContentWords(report.a, f.a) >= kClaimWords;
    case FindingKind::kOnlyB:
      return ContentWords(report.b, f.b) >= kClaimWords;
  }
  return true;
}

}  // namespace

std::string WriteExpectations(const Report& report) {
  Writer writer(report);
  std::ostringstream out;
  // Labels are paths or --label text: a newline in one must not end the comment and start an
  // expectation, and an escape sequence must not reach whoever reads the file in a terminal.
  out << "# claimdiff expectations: " << ShowControls(report.a.label) << " (A) vs " << ShowControls(report.b.label)
      << " (B)\n"
      << "# One finding per line: conflict [reasons] \"A\" | \"B\", shared \"A\" | \"B\",\n"
      << "# aligned \"A\" | \"B\", only-a \"A\", only-b \"B\". Keep the lines you want to track.\n";
  const struct {
    FindingKind kind;
    const char* heading;
  } sections[] = {{FindingKind::kConflict, "conflicts"},
                  {FindingKind::kShared, "shared"},
                  {FindingKind::kOnlyA, "only in A"},
                  {FindingKind::kOnlyB, "only in B"}};
  for (bool tracked : {true, false}) {
    if (!tracked) {
      out << "\n# Not tracked: sentences both print alike, and short one-sided lines (captions,\n"
          << "# credits, embedded posts). Remove the leading '# ' from a line to track it.\n";
    }
    for (const auto& section : sections) {
      bool first = true;
      for (const Finding& f : report.findings) {
        if (f.kind != section.kind || Tracked(report, f) != tracked) continue;
        if (first && tracked) out << "\n# " << section.heading << "\n";
        first = false;
        // A tracked line shows its sentences above it, for a reviewer reading the file alone.
        if (tracked) out << FindingContext(report, f);
        out << (tracked ? "" : "# ") << writer.Line(f) << "\n";
      }
    }
  }
  return out.str();
}

}  // namespace claimdiff
