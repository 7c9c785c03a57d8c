// Parses expectations files: one expectation per line, '#' comments, quoted phrases.
#include <sys/stat.h>

#include <fstream>
#include <set>
#include <sstream>

#include "claimdiff/expect.h"

namespace claimdiff {
namespace {

// Far more than any hand-kept list of findings; a bound for /dev/zero and runaway pipes.
constexpr std::size_t kMaxExpectationBytes = std::size_t{64} << 20;

std::string Trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

class LineParser {
 public:
  LineParser(std::string_view line, std::string where) : line_(line), where_(std::move(where)) {}

  Status Parse(Expectation* out) {
    std::string kind = Word();
    if (kind == "conflict") {
      out->kind = Expectation::Kind::kConflict;
    } else if (kind == "shared") {
      out->kind = Expectation::Kind::kShared;
    } else if (kind == "aligned") {
      out->kind = Expectation::Kind::kAligned;
    } else if (kind == "only-a" || kind == "only_a") {
      out->kind = Expectation::Kind::kOnlyA;
    } else if (kind == "only-b" || kind == "only_b") {
      out->kind = Expectation::Kind::kOnlyB;
    } else {
      return Error("unknown kind '" + kind + "' (expected conflict, shared, aligned, only-a or only-b)");
    }
    for (SkipSpace(); pos_ < line_.size() && line_[pos_] != '"'; SkipSpace()) {
      std::size_t before = pos_;
      std::string reason = Word();
      if (out->kind != Expectation::Kind::kConflict) {
        if (ParseReasonKind(reason)) return Error("only conflict takes reasons, found '" + reason + "'");
        pos_ = before;
        break;
      }
      if (!ParseReasonKind(reason)) {
        return Error("unknown reason '" + reason +
                     "' (expected negation, antonym, number, time, date, attribution, quote or modality)");
      }
      out->reasons.push_back(reason);
    }
    std::string first;
    Status status = Phrase(&first);
    if (!status.ok()) return status;
    bool pair = out->kind == Expectation::Kind::kConflict || out->kind == Expectation::Kind::kShared ||
                out->kind == Expectation::Kind::kAligned;
    SkipSpace();
    if (pair) {
      if (pos_ >= line_.size() || line_[pos_] != '|')
        return Error("expected '|' and a phrase from B after the phrase from A");
      ++pos_;
      SkipSpace();
      status = Phrase(&out->phrase_b);
      if (!status.ok()) return status;
      out->phrase_a = first;
      SkipSpace();
    } else {
      (out->kind == Expectation::Kind::kOnlyA ? out->phrase_a : out->phrase_b) = first;
    }
    // A '#' after the last phrase starts a comment: "only-a \"We have not caved\"  # since Dec 20".
    if (pos_ < line_.size() && line_[pos_] != '#') {
      return Error("unexpected text after the phrase: '" + std::string(line_.substr(pos_)) + "'");
    }
    return Status::Ok();
  }

 private:
  void SkipSpace() {
    while (pos_ < line_.size() && (line_[pos_] == ' ' || line_[pos_] == '\t')) ++pos_;
  }
  std::string Word() {
    SkipSpace();
    std::size_t start = pos_;
    while (pos_ < line_.size() && line_[pos_] != ' ' && line_[pos_] != '\t' && line_[pos_] != '"') ++pos_;
    return std::string(line_.substr(start, pos_ - start));
  }
  Status Phrase(std::string* out) {
    SkipSpace();
    if (pos_ >= line_.size() || line_[pos_] != '"') return Error("expected a \"quoted phrase\"");
    ++pos_;
    for (; pos_ < line_.size(); ++pos_) {
      char c = line_[pos_];
      if (c == '\\' && pos_ + 1 < line_.size()) {
        out->push_back(line_[++pos_]);
      } else if (c == '"') {
        ++pos_;
        if (Trim(*out).empty()) return Error("empty phrase");
        return Status::Ok();
      } else {
        out->push_back(c);
      }
    }
    return Error("unterminated phrase (missing closing \")");
  }
  Status Error(const std::string& message) const {
    return Status::Error(Status::Code::kInvalidInput, where_ + ": " + message);
  }

  std::string_view line_;
  std::string where_;
  std::size_t pos_ = 0;
};

}  // namespace

Status ParseExpectations(std::string_view text, const std::string& path, ExpectationFile* out) {
  out->path = path;
  out->items.clear();
  std::size_t line_number = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte order mark from some editors
  while (!text.empty()) {
    std::size_t newline = text.find('\n');
    std::string_view raw = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    ++line_number;
    std::string line = Trim(raw);
    if (line.empty() || line[0] == '#') continue;
    Expectation expectation;
    expectation.line = line_number;
    expectation.text = line;
    Status status = LineParser(line, path + ":" + std::to_string(line_number)).Parse(&expectation);
    if (!status.ok()) return status;
    out->items.push_back(std::move(expectation));
  }
  return Status::Ok();
}

Status ReadExpectations(const std::string& path, ExpectationFile* out) {
  // A wrong path in CI must fail the check, never pass it as an empty file: a directory is
  // refused, and so is a file that cannot be read through.
  struct stat info;
  if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
    return Status::Error(Status::Code::kIoError, path + ": is a directory, not an expectations file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(Status::Code::kNotFound, path + ": cannot open expectations file");
  // Read in pieces, so that /dev/zero or an endless pipe stops at the limit instead of filling memory.
  std::string content;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    content.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (content.size() > kMaxExpectationBytes) {
      return Status::Error(Status::Code::kTooLarge, path + ": larger than the limit of " +
                                                        std::to_string(kMaxExpectationBytes) +
                                                        " bytes for an expectations file");
    }
  }
  if (in.bad()) return Status::Error(Status::Code::kIoError, path + ": read error");
  if (content.find('\0') != std::string::npos) {
    return Status::Error(Status::Code::kInvalidInput, path + ": binary file (NUL byte), not an expectations file");
  }
  return ParseExpectations(content, path, out);
}

}  // namespace claimdiff
