// claimdiff_article_eval: scores the whole pipeline (files in, findings out) on the article-level
// set of tests/eval/articles against its annotations, per pair and in total, split by split.
//
//   claimdiff_article_eval DIR [--split tune|heldout|fresh|all] [--show-misses]
//       [--min-similarity X] [--min-mutual-similarity X] [--min-link-similarity X]
//       (alignment settings; the command's defaults otherwise)
//       [--min-shared-recall X] [--min-one-sided X] [--min-conflict-recall X]
//       [--min-conflict-precision X] [--min-figure-recall X]
//
// Exit 0 when every bar given holds on the pairs scored, 1 when one does not, 2 on bad arguments
// or a malformed pair.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "claimdiff/claimdiff.h"
#include "eval/article_truth.h"

namespace fs = std::filesystem;
using namespace claimdiff;
using namespace claimdiff::eval;

namespace {

// The annotation kind a reason of claimdiff's stands for.
std::string KindOfReason(const std::string& type) {
  if (type == "number" || type == "figure" || type == "time") return "figure";
  if (type == "antonym" || type == "modality") return "contrary";
  return type;  // date, negation, attribution, quote
}

struct Ratio {
  int hit = 0;
  int total = 0;
  void Add(bool ok) {
    hit += ok;
    ++total;
  }
  void Add(const Ratio& other) {
    hit += other.hit;
    total += other.total;
  }
  double Value() const { return total == 0 ? 1.0 : static_cast<double>(hit) / total; }
  std::string Show() const {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%5.2f %3d/%-3d", Value(), hit, total);
    return buffer;
  }
};

struct Score {
  Ratio shared;     // claims both make (shared and conflict lines), linked by a finding
  Ratio one_sided;  // only-a / only-b sentences left without a link
  Ratio conflict;   // annotated conflicts found, with their kind
  Ratio precision;  // reported conflicts that match an annotated one
  Ratio links;      // findings pairing annotated sentences that pair them as annotated
  std::map<std::string, Ratio> kind_recall, kind_precision;
  void Add(const Score& other) {
    shared.Add(other.shared);
    one_sided.Add(other.one_sided);
    conflict.Add(other.conflict);
    precision.Add(other.precision);
    links.Add(other.links);
    for (const auto& [k, r] : other.kind_recall) kind_recall[k].Add(r);
    for (const auto& [k, r] : other.kind_precision) kind_precision[k].Add(r);
  }
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// The sentences of a side that overlap the byte span [begin, end).
std::set<std::size_t> SentencesAt(const SideInfo& side, std::size_t begin, std::size_t end) {
  std::set<std::size_t> out;
  for (const SentenceInfo& s : side.sentences) {
    if (s.begin < end && begin < s.end) out.insert(s.index);
  }
  return out;
}

bool Meets(const std::set<std::size_t>& x, const std::vector<std::size_t>& y) {
  return std::any_of(y.begin(), y.end(), [&](std::size_t i) { return x.count(i) > 0; });
}

struct Anchored {
  const Annotation* annotation;
  std::set<std::size_t> a, b;
};

class PairScorer {
 public:
  PairScorer(const Report& report, const std::vector<Anchored>& anchored, bool show_misses, const std::string& name)
      : report_(report), anchored_(anchored), show_(show_misses), name_(name) {}

  Score Run() {
    Score score;
    for (const Anchored& x : anchored_) {
      const Annotation& n = *x.annotation;
      switch (n.label) {
        case Label::kShared:
        case Label::kConflict: {
          bool linked = Linked(x.a, x.b, "");
          score.shared.Add(linked);
          if (!linked) Miss("not linked", n);
          if (n.label == Label::kConflict) {
            bool found = Linked(x.a, x.b, n.kind);
            score.conflict.Add(found);
            score.kind_recall[n.kind].Add(found);
            if (!found) Miss("conflict missed", n);
          }
          break;
        }
        case Label::kOnlyA:
        case Label::kOnlyB: {
          bool alone = !HasLink(n.label == Label::kOnlyA ? x.a : x.b, n.label == Label::kOnlyA);
          score.one_sided.Add(alone);
          if (!alone) {
            Miss("one-sided claim linked", n);
            ShowLinks(n.label == Label::kOnlyA ? x.a : x.b, n.label == Label::kOnlyA);
          }
          break;
        }
      }
    }
    for (const Finding& f : report_.findings) {
      if (f.a.empty() || f.b.empty() || !Annotates(f.a, true) || !Annotates(f.b, false)) continue;
      bool right = false;
      for (const Anchored& x : anchored_) right = right || (Meets(x.a, f.a) && Meets(x.b, f.b));
      score.links.Add(right);
      if (!right && show_) {
        std::printf("  %s: wrong link (%s, %.2f)\n    A: %s\n    B: %s\n", name_.c_str(), FindingKindName(f.kind),
                    f.similarity, report_.a.sentences[f.a.front()].text.c_str(),
                    report_.b.sentences[f.b.front()].text.c_str());
      }
    }
    for (const Finding& f : report_.findings) {
      if (f.kind != FindingKind::kConflict) continue;
      std::set<std::string> kinds;
      for (const Reason& r : f.reasons) kinds.insert(KindOfReason(r.type()));
      bool right = false;
      for (const std::string& kind : kinds) {
        bool ok = Annotated(f, kind);
        score.kind_precision[kind].Add(ok);
        right = right || ok;
      }
      score.precision.Add(right);
      if (!right && show_) {
        std::string why;
        for (const Reason& r : f.reasons) why += " " + r.type() + "(" + r.a + " / " + r.b + ")";
        std::printf("  %s: false conflict:%s\n    A: %s\n    B: %s\n", name_.c_str(), why.c_str(),
                    report_.a.sentences[f.a.front()].text.c_str(), report_.b.sentences[f.b.front()].text.c_str());
      }
    }
    return score;
  }

 private:
  // True when a finding links a sentence of `a` with one of `b`; with `kind`, a conflict of it.
  bool Linked(const std::set<std::size_t>& a, const std::set<std::size_t>& b, const std::string& kind) const {
    for (const Finding& f : report_.findings) {
      if (f.a.empty() || f.b.empty() || !Meets(a, f.a) || !Meets(b, f.b)) continue;
      if (kind.empty()) return true;
      if (f.kind != FindingKind::kConflict) continue;
      for (const Reason& r : f.reasons) {
        if (KindOfReason(r.type()) == kind) return true;
      }
    }
    return false;
  }

  // True when some annotation names one of `sentences` (of A, or of B).
  bool Annotates(const std::vector<std::size_t>& sentences, bool side_a) const {
    for (const Anchored& x : anchored_) {
      if (Meets(side_a ? x.a : x.b, sentences)) return true;
    }
    return false;
  }

  // With --show-misses: the findings that link a sentence the annotations leave alone.
  void ShowLinks(const std::set<std::size_t>& sentences, bool side_a) const {
    if (!show_) return;
    for (const Finding& f : report_.findings) {
      if (f.a.empty() || f.b.empty() || !Meets(sentences, side_a ? f.a : f.b)) continue;
      const std::size_t other = side_a ? f.b.front() : f.a.front();
      std::printf("    by %s%s, %.2f: %s\n", FindingKindName(f.kind), f.link ? " link" : "", f.similarity,
                  (side_a ? report_.b : report_.a).sentences[other].text.c_str());
    }
  }

  bool HasLink(const std::set<std::size_t>& sentences, bool side_a) const {
    for (const Finding& f : report_.findings) {
      if (f.a.empty() || f.b.empty()) continue;
      if (Meets(sentences, side_a ? f.a : f.b)) return true;
    }
    return false;
  }

  bool Annotated(const Finding& f, const std::string& kind) const {
    for (const Anchored& x : anchored_) {
      if (x.annotation->label == Label::kConflict && x.annotation->kind == kind && Meets(x.a, f.a) && Meets(x.b, f.b)) {
        return true;
      }
    }
    return false;
  }

  void Miss(const char* what, const Annotation& n) const {
    if (!show_) return;
    std::printf("  %s:%d: %s%s%s: \"%s\" | \"%s\"\n", name_.c_str(), n.line, what, n.kind.empty() ? "" : " ",
                n.kind.c_str(), n.a.c_str(), n.b.c_str());
  }

  const Report& report_;
  const std::vector<Anchored>& anchored_;
  bool show_;
  std::string name_;
};

struct PairResult {
  std::string name, split, style;
  Score score;
};

bool ScorePair(const fs::path& dir, const std::string& split, bool show_misses, const Options& base,
               PairResult* result) {
  const std::string name = split + "/" + dir.filename().string();
  Truth truth;
  std::string error;
  if (!ParseTruth(ReadFile(dir / "truth.txt"), &truth, &error)) {
    std::fprintf(stderr, "claimdiff_article_eval: %s/truth.txt: %s\n", name.c_str(), error.c_str());
    return false;
  }
  Document a, b;
  for (auto [doc, file] : {std::pair{&a, "a.txt"}, std::pair{&b, "b.txt"}}) {
    Status status = ReadDocument((dir / file).string(), {}, doc);
    if (!status.ok()) {
      std::fprintf(stderr, "claimdiff_article_eval: %s\n", status.message().c_str());
      return false;
    }
  }
  Options options = base;
  Report report;
  Status status = CompareDocuments(a, b, options, &report);
  if (!status.ok()) {
    std::fprintf(stderr, "claimdiff_article_eval: %s: %s\n", name.c_str(), status.message().c_str());
    return false;
  }
  std::vector<Anchored> anchored;
  for (const Annotation& n : truth.annotations) {
    Anchored x{&n, {}, {}};
    for (auto [phrase, doc, side, out] :
         {std::tuple{&n.a, &a, &report.a, &x.a}, std::tuple{&n.b, &b, &report.b, &x.b}}) {
      if (phrase->empty()) continue;
      std::size_t begin = 0, end = 0;
      if (!FindPhrase(doc->text, *phrase, &begin, &end, &error)) {
        std::fprintf(stderr, "claimdiff_article_eval: %s/truth.txt:%d: %s\n", name.c_str(), n.line, error.c_str());
        return false;
      }
      *out = SentencesAt(*side, begin, end);
    }
    anchored.push_back(std::move(x));
  }
  result->name = name;
  result->split = split;
  result->style = truth.style;
  result->score = PairScorer(report, anchored, show_misses, name).Run();
  return true;
}

void PrintRow(const std::string& name, const std::string& style, const Score& s) {
  std::printf("%-32s %-16s %s  %s  %s  %s  %s\n", name.c_str(), style.c_str(), s.shared.Show().c_str(),
              s.one_sided.Show().c_str(), s.conflict.Show().c_str(), s.precision.Show().c_str(),
              s.links.Show().c_str());
}

void PrintKinds(const Score& s) {
  std::set<std::string> kinds;
  for (const auto& [k, r] : s.kind_recall) kinds.insert(k);
  for (const auto& [k, r] : s.kind_precision) kinds.insert(k);
  for (const std::string& k : kinds) {
    Ratio recall = s.kind_recall.count(k) ? s.kind_recall.at(k) : Ratio{};
    Ratio precision = s.kind_precision.count(k) ? s.kind_precision.at(k) : Ratio{};
    std::printf("    %-12s recall %s   precision %s\n", k.c_str(), recall.Show().c_str(), precision.Show().c_str());
  }
}

int Usage(const std::string& problem) {
  std::fprintf(stderr, "claimdiff_article_eval: %s\n", problem.c_str());
  return 2;
}

}  // namespace

// The splits, in the order they are reported: the pairs rules are developed against, those set
// aside blind, and a further blind set written after the rules, read once.
const char* const kSplits[] = {"tune", "heldout", "fresh"};

int main(int argc, char** argv) {
  if (argc < 2)
    return Usage("usage: claimdiff_article_eval DIR [--split tune|heldout|fresh|all] [--show-misses] [--min-... X]");
  const fs::path root = argv[1];
  std::string only = "all";
  bool show_misses = false;
  Options options;  // the command's defaults, but for the alignment settings given
  const std::map<std::string, double*> align_flags = {{"--min-similarity", &options.align.min_similarity},
                                                      {"--min-mutual-similarity", &options.align.min_mutual_similarity},
                                                      {"--min-link-similarity", &options.align.min_link_similarity}};
  std::map<std::string, double> bars;  // flag -> minimum
  const std::set<std::string> bar_flags = {"--min-shared-recall", "--min-one-sided", "--min-conflict-recall",
                                           "--min-conflict-precision", "--min-figure-recall"};
  for (int i = 2; i < argc; ++i) {
    const std::string flag = argv[i];
    if (flag == "--show-misses") {
      show_misses = true;
    } else if (align_flags.count(flag) && i + 1 < argc) {
      char* end = nullptr;
      double value = std::strtod(argv[++i], &end);
      if (end == argv[i] || *end != '\0' || !(value >= 0 && value <= 1))
        return Usage(flag + " takes a number from 0 to 1");
      *align_flags.at(flag) = value;
    } else if (flag == "--split" && i + 1 < argc) {
      only = argv[++i];
      if (only != "all" && std::find(std::begin(kSplits), std::end(kSplits), only) == std::end(kSplits))
        return Usage("--split takes tune, heldout, fresh or all");
    } else if (bar_flags.count(flag) && i + 1 < argc) {
      char* end = nullptr;
      double value = std::strtod(argv[++i], &end);
      if (end == argv[i] || *end != '\0' || !(value >= 0 && value <= 1))
        return Usage(flag + " takes a number from 0 to 1");
      bars[flag] = value;
    } else {
      return Usage("unknown or incomplete flag '" + flag + "'");
    }
  }
  if (!fs::is_directory(root)) return Usage(root.string() + ": not a directory");
  std::vector<PairResult> results;
  for (const std::string split : kSplits) {
    if (only != "all" && only != split) continue;
    std::vector<fs::path> dirs;
    if (fs::is_directory(root / split)) {
      for (const auto& entry : fs::directory_iterator(root / split)) {
        if (entry.is_directory()) dirs.push_back(entry.path());
      }
    }
    std::sort(dirs.begin(), dirs.end());
    for (const fs::path& dir : dirs) {
      PairResult result;
      if (!ScorePair(dir, split, show_misses, options, &result)) return 2;
      results.push_back(std::move(result));
    }
  }
  if (results.empty()) return Usage("no pairs under " + root.string());
  std::printf("%-32s %-16s %-15s  %-15s  %-15s  %-15s  %-15s\n", "pair", "style", "shared recall", "one-sided acc",
              "conflict recall", "conflict prec", "link precision");
  std::map<std::string, Score> totals;
  for (const PairResult& r : results) {
    PrintRow(r.name, r.style, r.score);
    totals[r.split].Add(r.score);
    totals["all"].Add(r.score);
  }
  for (const std::string split : {"tune", "heldout", "fresh", "all"}) {
    if (!totals.count(split) || (split == "all" && totals.size() < 3)) continue;
    PrintRow("TOTAL " + split, "", totals[split]);
    PrintKinds(totals[split]);
  }
  const Score& scored = totals.count(only) ? totals[only] : totals["all"];
  const std::map<std::string, double> values = {
      {"--min-shared-recall", scored.shared.Value()},
      {"--min-one-sided", scored.one_sided.Value()},
      {"--min-conflict-recall", scored.conflict.Value()},
      {"--min-conflict-precision", scored.precision.Value()},
      {"--min-figure-recall", scored.kind_recall.count("figure") ? scored.kind_recall.at("figure").Value() : 1.0}};
  int failed = 0;
  for (const auto& [flag, minimum] : bars) {
    if (values.at(flag) + 1e-9 < minimum) {
      std::printf("FAIL %s: %.2f < %.2f\n", flag.c_str() + 6, values.at(flag), minimum);
      ++failed;
    }
  }
  if (!bars.empty())
    std::printf("%s: %zu of %zu bars hold\n", failed ? "FAIL" : "PASS", bars.size() - failed, bars.size());
  return failed ? 1 : 0;
}
