// FormatJUnit: the --expect check as JUnit XML, the test-report format CI systems display.
#include <string>

#include "claimdiff/ledger_formats.h"

namespace claimdiff {
namespace {

using State = ExpectationOutcome::State;

// XML 1.0 text and attribute values: markup characters as entities; C0 controls other than
// tab, newline and return are not allowed in XML at all, so they are shown as \xNN.
std::string Xml(const std::string& text) {
  static const char* const kHex = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (u < 0x20 || u == 0x7f) {
          out += "\\x";
          out += kHex[u >> 4];
          out += kHex[u & 15];
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string Where(const Report& report, const Finding& f) {
  std::string out;
  if (!f.a.empty()) out += "A:" + std::to_string(report.a.sentences[f.a.front()].line);
  if (!f.b.empty())
    out += std::string(out.empty() ? "" : ", ") + "B:" + std::to_string(report.b.sentences[f.b.front()].line);
  return out;
}

std::string Context(const Report& report, const Finding& f) {
  std::string out;
  for (std::size_t i : f.a)
    out += "A:" + std::to_string(report.a.sentences[i].line) + " " + report.a.sentences[i].text + "\n";
  for (std::size_t i : f.b)
    out += "B:" + std::to_string(report.b.sentences[i].line) + " " + report.b.sentences[i].text + "\n";
  return out;
}

}  // namespace

std::string FormatJUnit(const ExpectationFile& file, const ExpectationCheck& check, const Report& report, bool strict) {
  std::size_t tests = file.items.size() + (strict ? check.new_conflicts.size() : 0);
  std::size_t failures = tests - check.Count(State::kHeld);
  std::string cases;
  for (std::size_t i = 0; i < file.items.size(); ++i) {
    const Expectation& e = file.items[i];
    const ExpectationOutcome& o = check.outcomes[i];
    std::string where = file.path + ":" + std::to_string(e.line);
    cases += "    <testcase classname=\"" + Xml(file.path) + "\" name=\"" + Xml(where + ": " + e.text) + "\" file=\"" +
             Xml(file.path) + "\" line=\"" + std::to_string(e.line) + "\">\n";
    const Finding* f = o.finding >= 0 ? &report.findings[static_cast<std::size_t>(o.finding)] : nullptr;
    if (o.state != State::kHeld) {
      std::string message =
          std::string(OutcomeName(o.state)) + ": " + (o.found.empty() ? "listed discrepancy no longer found" : o.found);
      cases += "      <failure type=\"" + std::string(OutcomeName(o.state)) + "\" message=\"" + Xml(message) + "\">" +
               Xml(where + ": " + e.text + "\n" + message + "\n" + (f != nullptr ? Context(report, *f) : "")) +
               "</failure>\n";
    } else if (f != nullptr) {
      cases += "      <system-out>" + Xml(Context(report, *f)) + "</system-out>\n";
    }
    if (!o.note.empty()) cases += "      <system-err>" + Xml("note: " + o.note) + "</system-err>\n";
    cases += "    </testcase>\n";
  }
  std::string unlisted;
  for (std::size_t k : check.new_conflicts) {
    const Finding& f = report.findings[k];
    std::string name = "new conflict at " + Where(report, f);
    for (const Reason& r : f.reasons) name += " " + r.type() + " (\"" + r.a + "\" vs \"" + r.b + "\")";
    if (strict) {
      cases += "    <testcase classname=\"" + Xml(file.path) + "\" name=\"" + Xml(name) + "\">\n" +
               "      <failure type=\"new\" message=\"" + Xml(name + ", not listed (--strict)") + "\">" +
               Xml(Context(report, f)) + "</failure>\n    </testcase>\n";
    } else {
      unlisted += name + "\n" + Context(report, f);
    }
  }
  std::string counts = "tests=\"" + std::to_string(tests) + "\" failures=\"" + std::to_string(failures) +
                       "\" errors=\"0\" skipped=\"0\"";
  std::string suite_name = "claimdiff " + file.path + ": " + report.a.label + " vs " + report.b.label;
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"claimdiff\" " + counts + ">\n" +
                    "  <testsuite name=\"" + Xml(suite_name) + "\" " + counts + ">\n" + cases;
  if (!unlisted.empty() || !report.warnings.empty()) {
    std::string notes;
    for (const std::string& w : report.warnings) notes += "warning: " + w + "\n";
    if (!unlisted.empty()) notes += "conflicts not listed (pass without --strict):\n" + unlisted;
    out += "    <system-out>" + Xml(notes) + "</system-out>\n";
  }
  return out + "  </testsuite>\n</testsuites>\n";
}

}  // namespace claimdiff
