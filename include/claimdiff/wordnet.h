// Where the WordNet data (synonyms and related words for matching, antonyms, irregular forms)
// is read from, decided at run time.
#ifndef CLAIMDIFF_WORDNET_H_
#define CLAIMDIFF_WORDNET_H_

#include <string>

namespace claimdiff {

struct WordNetLocation {
  std::string dir;     // the dict folder holding data.adj, data.verb, verb.exc ...
  std::string source;  // what chose it: "--wordnet", "WNSEARCHDIR", "WNHOME" or "default"
  bool found = false;  // the data files are there and readable
};

// The folder WordNet's own tools would use: the one given to SetWordNetDir, else
// $WNSEARCHDIR, else $WNHOME/dict, else the folder fixed when claimdiff was built
// (CLAIMDIFF_WORDNET_DIR, /usr/share/wordnet for Debian's wordnet-base).
WordNetLocation FindWordNet();

// Overrides the search; call before the first comparison (the tables are read once).
void SetWordNetDir(const std::string& dir, const std::string& source = "--wordnet");

// The report warning when the data is missing ("" when found): comparisons still run, but
// without WordNet's synonyms, antonyms and irregular forms.
std::string WordNetWarning(const WordNetLocation& location);

}  // namespace claimdiff

#endif  // CLAIMDIFF_WORDNET_H_
