// WordNet database files searched in place (see wndb(5) for the line formats).
#include "lexicon/wordnet_db.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "absl/container/flat_hash_map.h"
#include "absl/container/node_hash_map.h"
#include "claimdiff/wordnet.h"

namespace claimdiff {
namespace {

const char* const kFileSuffix[] = {"noun", "verb", "adj", "adv"};

// Fields of a line separated by single spaces.
class Fields {
 public:
  explicit Fields(std::string_view line) : line_(line) {}
  std::string_view Next() {
    while (at_ < line_.size() && line_[at_] == ' ') ++at_;
    std::size_t start = at_;
    while (at_ < line_.size() && line_[at_] != ' ') ++at_;
    return line_.substr(start, at_ - start);
  }

 private:
  std::string_view line_;
  std::size_t at_ = 0;
};

long Number(std::string_view field, int base) {
  std::string copy(field);
  return std::strtol(copy.c_str(), nullptr, base);
}

PartOfSpeech PosOf(std::string_view field) {
  if (field == "v") return PartOfSpeech::kVerb;
  if (field == "a" || field == "s") return PartOfSpeech::kAdjective;
  if (field == "r") return PartOfSpeech::kAdverb;
  return PartOfSpeech::kNoun;
}

struct Detachment {
  const char* suffix;
  const char* ending;
};
// WordNet's morphy suffix rules, by part of speech.
const std::vector<Detachment> kRules[] = {
    {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
    {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
    {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
    {}};

}  // namespace

WordNetDb::Mapped WordNetDb::Map(const std::string& path) {
  Mapped mapped;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return mapped;
  struct stat info;
  if (::fstat(fd, &info) == 0 && info.st_size > 0) {
    void* data = ::mmap(nullptr, static_cast<std::size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (data != MAP_FAILED) {
      mapped.data = static_cast<const char*>(data);
      mapped.size = static_cast<std::size_t>(info.st_size);
    }
  }
  ::close(fd);
  return mapped;
}

WordNetDb::WordNetDb(const std::string& dir) {
  for (int p = 0; p < 4; ++p) {
    index_[p] = Map(dir + "/index." + kFileSuffix[p]);
    data_[p] = Map(dir + "/data." + kFileSuffix[p]);
    exceptions_[p] = Map(dir + "/" + kFileSuffix[p] + ".exc");
    loaded_ = loaded_ || (index_[p].data != nullptr && data_[p].data != nullptr);
  }
}

WordNetDb::~WordNetDb() {
  for (Mapped* files : {index_, data_, exceptions_}) {
    for (int p = 0; p < 4; ++p) {
      if (files[p].data) ::munmap(const_cast<char*>(files[p].data), files[p].size);
    }
  }
}

const WordNetDb& WordNetDb::Default() {
  static const WordNetDb db(FindWordNet().dir);
  return db;
}

std::string_view WordNetDb::FindLine(const Mapped& file, std::string_view key) {
  if (file.data == nullptr || key.empty()) return {};
  const std::string_view all(file.data, file.size);
  // Binary search over byte positions; each probe reads the line that starts after it. License
  // lines start with a space and sort before every lemma.
  std::size_t low = 0, high = all.size();
  while (low < high) {
    std::size_t mid = low + (high - low) / 2;
    std::size_t start = mid == 0 ? 0 : all.rfind('\n', mid - 1);
    start = (mid == 0 || start == std::string_view::npos) ? 0 : start + 1;
    std::size_t end = all.find('\n', start);
    if (end == std::string_view::npos) end = all.size();
    std::string_view line = all.substr(start, end - start);
    std::string_view first = line.substr(0, line.find(' '));
    int order = line.empty() || line[0] == ' ' ? -1 : first.compare(key);
    if (order == 0) return line;
    if (order < 0) {
      low = end + 1;
    } else {
      high = start;
    }
  }
  return {};
}

std::vector<std::uint32_t> WordNetDb::Senses(std::string_view lemma, PartOfSpeech pos) const {
  std::vector<std::uint32_t> senses;
  std::string_view line = FindLine(index_[static_cast<int>(pos)], lemma);
  if (line.empty()) return senses;
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  Fields fields(line);
  fields.Next();
  fields.Next();
  long synsets = Number(fields.Next(), 10);
  long pointer_kinds = Number(fields.Next(), 10);
  for (long i = 0; i < pointer_kinds; ++i) fields.Next();
  fields.Next();
  fields.Next();
  for (long i = 0; i < synsets; ++i) {
    std::string_view offset = fields.Next();
    if (offset.empty()) break;
    senses.push_back(static_cast<std::uint32_t>(Number(offset, 10)));
  }
  return senses;
}

std::vector<std::string> WordNetDb::BaseForms(std::string_view word, PartOfSpeech pos) const {
  std::vector<std::string> forms;
  auto add = [&](std::string lemma) {
    if (std::find(forms.begin(), forms.end(), lemma) == forms.end() && !Senses(lemma, pos).empty()) {
      forms.push_back(std::move(lemma));
    }
  };
  add(std::string(word));
  std::string_view exception = FindLine(exceptions_[static_cast<int>(pos)], word);
  if (!exception.empty()) {
    Fields fields(exception);
    fields.Next();
    for (std::string_view base = fields.Next(); !base.empty(); base = fields.Next()) add(std::string(base));
  }
  for (const Detachment& rule : kRules[static_cast<int>(pos)]) {
    std::string_view suffix = rule.suffix;
    if (word.size() > suffix.size() + 1 && word.substr(word.size() - suffix.size()) == suffix) {
      add(std::string(word.substr(0, word.size() - suffix.size())) + rule.ending);
    }
  }
  return forms;
}

Synset WordNetDb::ReadSynset(PartOfSpeech pos, std::uint32_t offset) const {
  Synset synset;
  const Mapped& file = data_[static_cast<int>(pos)];
  if (file.data == nullptr || offset >= file.size) return synset;
  const std::string_view all(file.data, file.size);
  std::size_t end = all.find('\n', offset);
  std::string_view line = all.substr(offset, (end == std::string_view::npos ? all.size() : end) - offset);
  line = line.substr(0, line.find(" | "));
  // offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol offset pos source/target)...
  Fields fields(line);
  fields.Next();
  synset.lexicographer_file = static_cast<int>(Number(fields.Next(), 10));
  fields.Next();
  long words = Number(fields.Next(), 16);
  for (long i = 0; i < words; ++i) {
    std::string word(fields.Next());
    fields.Next();
    word = word.substr(0, word.find('('));  // adjective markers: "(a)", "(p)"
    synset.names.push_back(std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    synset.words.push_back(std::move(word));
  }
  long pointers = Number(fields.Next(), 10);
  for (long i = 0; i < pointers; ++i) {
    SynsetPointer pointer;
    pointer.symbol = fields.Next();
    pointer.offset = static_cast<std::uint32_t>(Number(fields.Next(), 10));
    pointer.pos = PosOf(fields.Next());
    std::string_view source_target = fields.Next();
    if (source_target.size() == 4) {
      pointer.source = static_cast<int>(Number(source_target.substr(0, 2), 16));
      pointer.target = static_cast<int>(Number(source_target.substr(2, 2), 16));
    }
    synset.pointers.push_back(pointer);
  }
  return synset;
}

// Remembered per thread: figures and opposites ask of the same few words ("people", "years")
// again and again.
bool MayBeNoun(std::string_view word) {
  thread_local absl::flat_hash_map<std::string, bool> known;
  auto [it, inserted] = known.try_emplace(std::string(word), false);
  if (inserted) it->second = !WordNetDb::Default().BaseForms(word, PartOfSpeech::kNoun).empty();
  return it->second;
}

bool ReachesBroader(const WordNetDb& db, PartOfSpeech pos, std::uint32_t offset,
                    const std::vector<std::uint32_t>& targets, int max_steps) {
  std::vector<std::uint32_t> level = {offset};
  for (int step = 0; !level.empty(); ++step) {
    std::vector<std::uint32_t> up;
    for (std::uint32_t at : level) {
      if (std::find(targets.begin(), targets.end(), at) != targets.end()) return true;
      if (step == max_steps) continue;
      for (const SynsetPointer& pointer : db.ReadSynset(pos, at).pointers) {
        if (pointer.symbol == "@" || pointer.symbol == "@i") up.push_back(pointer.offset);
      }
    }
    if (step == max_steps) break;
    level = std::move(up);
  }
  return false;
}

const std::vector<std::string>& WordAndBaseForms(const std::string& word) {
  // Node map: the answers are handed out by reference while more are added.
  thread_local absl::node_hash_map<std::string, std::vector<std::string>> known;
  auto [it, inserted] = known.try_emplace(word);
  if (!inserted) return it->second;
  it->second.push_back(word);
  for (PartOfSpeech pos : kPartsOfSpeech) {
    for (std::string& base : WordNetDb::Default().BaseForms(word, pos)) it->second.push_back(std::move(base));
  }
  return it->second;
}

}  // namespace claimdiff
