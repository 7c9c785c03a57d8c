// FindWordNet: WordNet's search rules (WNSEARCHDIR, WNHOME) over the build's default folder.
#include <unistd.h>

#include <cstdlib>
#include <mutex>

#include "claimdiff/wordnet.h"

#ifndef CLAIMDIFF_WORDNET_DIR
#define CLAIMDIFF_WORDNET_DIR "/usr/share/wordnet"
#endif

namespace claimdiff {
namespace {

std::mutex& OverrideMutex() {
  static std::mutex mutex;
  return mutex;
}

WordNetLocation& Override() {
  static WordNetLocation location;
  return location;
}

bool HasData(const std::string& dir) {
  for (const char* file : {"data.adj", "data.verb", "data.adv", "verb.exc", "adj.exc"}) {
    if (::access((dir + "/" + file).c_str(), R_OK) != 0) return false;
  }
  return true;
}

const char* NonEmptyEnv(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && value[0] != '\0' ? value : nullptr;
}

}  // namespace

void SetWordNetDir(const std::string& dir, const std::string& source) {
  std::lock_guard<std::mutex> lock(OverrideMutex());
  Override() = {dir, source, false};
}

WordNetLocation FindWordNet() {
  WordNetLocation location;
  {
    std::lock_guard<std::mutex> lock(OverrideMutex());
    location = Override();
  }
  if (location.dir.empty()) {
    if (const char* dir = NonEmptyEnv("WNSEARCHDIR")) {
      location = {dir, "WNSEARCHDIR", false};
    } else if (const char* home = NonEmptyEnv("WNHOME")) {
      location = {std::string(home) + "/dict", "WNHOME", false};
    } else {
      location = {CLAIMDIFF_WORDNET_DIR, "default", false};
    }
  }
  location.found = HasData(location.dir);
  return location;
}

std::string WordNetWarning(const WordNetLocation& location) {
  if (location.found) return {};
  std::string from = location.source == "default" ? "" : " (from " + location.source + ")";
  return "WordNet data not found in " + location.dir + from +
         ": antonyms and irregular verb forms were not compared; install wordnet-base or set WNSEARCHDIR";
}

}  // namespace claimdiff
