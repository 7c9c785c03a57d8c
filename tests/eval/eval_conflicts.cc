// Scores conflict detection on the labelled pairs in tests/data/conflict_pairs.tsv: precision and
// recall per reason and overall, the shared/conflict confusion, and every pair it gets wrong.
// Usage: claimdiff_eval PAIRS.tsv [--min-precision P] [--min-recall R]; exit 1 below either bar.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "claimdiff/claimdiff.h"

namespace {

struct Pair {
  std::size_t line = 0;
  bool conflict = false;
  std::set<std::string> reasons;
  std::string a, b;
};

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(s);
  while (std::getline(in, field, sep)) out.push_back(field);
  return out;
}

std::vector<Pair> Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "claimdiff_eval: %s: cannot open\n", path.c_str());
    std::exit(2);
  }
  std::vector<Pair> pairs;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, '\t');
    if (f.size() != 4 || (f[0] != "conflict" && f[0] != "shared")) {
      std::fprintf(stderr, "claimdiff_eval: %s:%zu: expected kind, reasons, A, B\n", path.c_str(), number);
      std::exit(2);
    }
    Pair p;
    p.line = number;
    p.conflict = f[0] == "conflict";
    if (f[1] != "-") {
      for (const std::string& r : Split(f[1], ',')) p.reasons.insert(r);
    }
    p.a = f[2];
    p.b = f[3];
    pairs.push_back(std::move(p));
  }
  return pairs;
}

// A pair that cannot be decoded or segmented is a broken data file, not a miss.
void Require(const claimdiff::Status& status, const Pair& pair) {
  if (status.ok()) return;
  std::fprintf(stderr, "claimdiff_eval: line %zu: %s\n", pair.line, status.message().c_str());
  std::exit(2);
}

claimdiff::Verdict Classify(const Pair& pair) {
  claimdiff::Document a, b;
  Require(claimdiff::DecodeDocument(pair.a, "a", {}, &a), pair);
  Require(claimdiff::DecodeDocument(pair.b, "b", {}, &b), pair);
  claimdiff::Segmentation sa, sb;
  Require(claimdiff::Segment(a, {}, &sa), pair);
  Require(claimdiff::Segment(b, {}, &sb), pair);
  claimdiff::SideView va, vb;
  va.text = &a.text;
  vb.text = &b.text;
  for (const auto& s : sa.sentences) va.sentences.push_back(&s);
  for (const auto& s : sb.sentences) vb.sentences.push_back(&s);
  return claimdiff::Classify(va, vb);
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0; }
  double Recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0; }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: claimdiff_eval PAIRS.tsv [--min-precision P] [--min-recall R]\n");
    return 2;
  }
  double min_precision = 0, min_recall = 0;
  for (int i = 2; i < argc; i += 2) {
    const std::string flag = argv[i];
    double* bar = flag == "--min-precision" ? &min_precision : flag == "--min-recall" ? &min_recall : nullptr;
    char* end = nullptr;
    const double value = i + 1 < argc ? std::strtod(argv[i + 1], &end) : -1;
    if (bar == nullptr || end == argv[i + 1] || *end != '\0' || !(value >= 0 && value <= 1)) {
      std::fprintf(stderr, "claimdiff_eval: unknown flag or bad value: %s (--min-precision P, --min-recall R)\n",
                   flag.c_str());
      return 2;
    }
    *bar = value;
  }
  std::vector<Pair> pairs = Load(argv[1]);
  std::map<std::string, Counts> per_reason;
  Counts overall;
  int shared_shared = 0, shared_conflict = 0, conflict_shared = 0, conflict_conflict = 0;
  std::vector<std::string> misses;
  for (const Pair& pair : pairs) {
    claimdiff::Verdict verdict = Classify(pair);
    std::set<std::string> found;
    for (const auto& r : verdict.reasons) found.insert(r.type());
    bool predicted = !found.empty();
    if (pair.conflict && predicted) ++overall.tp, ++conflict_conflict;
    if (pair.conflict && !predicted) ++overall.fn, ++conflict_shared;
    if (!pair.conflict && predicted) ++overall.fp, ++shared_conflict;
    if (!pair.conflict && !predicted) ++shared_shared;
    std::set<std::string> all(pair.reasons);
    all.insert(found.begin(), found.end());
    for (const std::string& r : all) {
      bool want = pair.reasons.count(r) != 0, got = found.count(r) != 0;
      Counts& c = per_reason[r];
      if (want && got) ++c.tp;
      if (!want && got) ++c.fp;
      if (want && !got) ++c.fn;
    }
    if (found != pair.reasons) {
      std::string want, got;
      for (const auto& r : pair.reasons) want += (want.empty() ? "" : ",") + r;
      for (const auto& r : verdict.reasons) got += (got.empty() ? "" : ",") + r.type() + "(" + r.a + "|" + r.b + ")";
      misses.push_back("  line " + std::to_string(pair.line) + ": expected [" + want + "] found [" + got +
                       "]\n    A: " + pair.a + "\n    B: " + pair.b);
    }
  }
  std::printf("claimdiff conflict evaluation: %zu labelled pairs\n\n", pairs.size());
  std::printf("%-12s %6s %6s %6s %10s %8s\n", "reason", "tp", "fp", "fn", "precision", "recall");
  for (const auto& [reason, c] : per_reason) {
    std::printf("%-12s %6d %6d %6d %10.3f %8.3f\n", reason.c_str(), c.tp, c.fp, c.fn, c.Precision(), c.Recall());
  }
  std::printf("%-12s %6d %6d %6d %10.3f %8.3f\n\n", "conflict", overall.tp, overall.fp, overall.fn, overall.Precision(),
              overall.Recall());
  std::printf("confusion (rows: labelled, columns: found)\n%-10s %8s %9s\n%-10s %8d %9d\n%-10s %8d %9d\n\n", "",
              "shared", "conflict", "shared", shared_shared, shared_conflict, "conflict", conflict_shared,
              conflict_conflict);
  std::printf("pairs with a wrong reason set (%zu):\n", misses.size());
  for (const std::string& m : misses) std::printf("%s\n", m.c_str());
  bool pass = overall.Precision() >= min_precision && overall.Recall() >= min_recall;
  std::printf("\n%s: conflict precision %.3f (bar %.2f), recall %.3f (bar %.2f)\n", pass ? "PASS" : "FAIL",
              overall.Precision(), min_precision, overall.Recall(), min_recall);
  return pass ? 0 : 1;
}
