// Compares two files through the installed library and prints the summary and the conflicts.
#include <iostream>

#include "claimdiff/claimdiff.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: consumer A B\n";
    return 2;
  }
  claimdiff::Document a, b;
  claimdiff::Status status = claimdiff::ReadDocument(argv[1], {}, &a);
  if (status.ok()) status = claimdiff::ReadDocument(argv[2], {}, &b);
  claimdiff::Report report;
  if (status.ok()) status = claimdiff::CompareDocuments(a, b, {}, &report);
  if (!status.ok()) {
    std::cerr << "consumer: " << status.message() << "\n";
    return 2;
  }
  std::cout << "claimdiff " << CLAIMDIFF_VERSION << ": " << report.summary.conflict << " conflict, "
            << report.summary.shared << " shared, " << report.summary.only_a << " only in A, " << report.summary.only_b
            << " only in B\n";
  for (const claimdiff::Finding& f : report.findings) {
    for (const claimdiff::Reason& r : f.reasons) std::cout << r.type() << ": " << r.a << " | " << r.b << "\n";
  }
  std::cout << "WordNet: " << (claimdiff::FindWordNet().found ? "found" : "missing") << "\n";
  return report.Same() ? 0 : 1;
}
