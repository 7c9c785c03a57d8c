// PrepareClassify: a warm-up hook for the pipeline, kept out of the public API.
#ifndef CLAIMDIFF_COMPARE_PREPARE_H_
#define CLAIMDIFF_COMPARE_PREPARE_H_

namespace claimdiff {

// Loads the word tables the detectors share (WordNet antonyms, about 30 ms), which the first
// Classify call would otherwise load while every other thread waits. Optional; thread-safe.
void PrepareClassify();

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_PREPARE_H_
