// JSON renderer: the stable, versioned machine-readable report (schema version 2), streamed.
// Written directly rather than through a JSON DOM: a book-length report is tens of megabytes,
// and building it as a tree first cost most of the run time and memory (see bench/).
#include <charconv>
#include <cstdio>
#include <string>
#include <string_view>

#include "claimdiff/render.h"
#include "render/blocks.h"

namespace claimdiff {
namespace {

// Appends `text` as a JSON string. Input is valid UTF-8, so only quotes, backslashes and
// control characters need escaping; everything else is copied as is.
void AppendString(std::string* out, std::string_view text) {
  out->push_back('"');
  std::size_t run = 0;  // start of the pending run of characters that need no escape
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20) continue;
    out->append(text, run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        *out += "\\\"";
        break;
      case '\\':
        *out += "\\\\";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      case '\t':
        *out += "\\t";
        break;
      case '\b':
        *out += "\\b";
        break;
      case '\f':
        *out += "\\f";
        break;
      default: {
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
        *out += escaped;
      }
    }
  }
  out->append(text, run, text.size() - run);
  out->push_back('"');
}

void AppendKey(std::string* out, std::string_view key) {
  AppendString(out, key);
  out->push_back(':');
}

// 0.83 rather than 0.830000001: three decimals, trailing zeros dropped.
void AppendScore(std::string* out, double value) {
  char buffer[32];
  int n = std::snprintf(buffer, sizeof buffer, "%.3f", value);
  std::string_view text(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
  while (text.size() > 1 && text.back() == '0') text.remove_suffix(1);
  if (!text.empty() && text.back() == '.') text.remove_suffix(1);
  out->append(text);
}

void AppendNumber(std::string* out, std::size_t value) {
  char buffer[24];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out->append(buffer, end);
}

const char* OpName(DiffOp::Kind kind) {
  switch (kind) {
    case DiffOp::Kind::kEqual:
      return "=";
    case DiffOp::Kind::kDelete:
      return "-";
    case DiffOp::Kind::kInsert:
      return "+";
  }
  return "=";
}

void AppendSide(std::string* out, const SideInfo& side) {
  *out += "{";
  AppendKey(out, "path");
  AppendString(out, side.path);
  *out += ",";
  AppendKey(out, "label");
  AppendString(out, side.label);
  *out += ",\"kind\":";
  AppendString(out, InputKindName(side.kind));
  *out += ",\"metadata\":{";
  const std::pair<const char*, const std::string*> fields[] = {{"title", &side.metadata.title},
                                                               {"byline", &side.metadata.byline},
                                                               {"outlet", &side.metadata.outlet},
                                                               {"published", &side.metadata.published},
                                                               {"url", &side.metadata.url}};
  bool first = true;
  for (const auto& [key, value] : fields) {
    if (value->empty()) continue;
    if (!first) *out += ",";
    first = false;
    AppendKey(out, key);
    AppendString(out, *value);
  }
  *out += "}";
  *out += ",\"sentences\":" + std::to_string(side.sentences.size()) +
          ",\"boilerplate\":" + std::to_string(side.boilerplate) + "}";
}

void AppendSentences(std::string* out, const SideInfo& side, const std::vector<std::size_t>& indices) {
  *out += "[";
  for (std::size_t k = 0; k < indices.size(); ++k) {
    const SentenceInfo& s = side.sentences[indices[k]];
    *out += k ? ",{\"index\":" : "{\"index\":";
    AppendNumber(out, s.index);
    *out += ",\"line\":";
    AppendNumber(out, s.line);
    *out += ",\"paragraph\":";
    AppendNumber(out, s.paragraph);
    if (s.page > 0) {
      *out += ",\"page\":";
      AppendNumber(out, s.page);
      *out += ",\"page_paragraph\":";
      AppendNumber(out, s.page_paragraph);
    }
    *out += ",\"position\":";
    AppendString(out, SentencePosition(side, s));
    *out += ",\"text\":";
    AppendString(out, s.text);
    *out += "}";
  }
  *out += "]";
}

void AppendReasons(std::string* out, const std::vector<Reason>& reasons) {
  *out += "[";
  for (std::size_t k = 0; k < reasons.size(); ++k) {
    *out += (k ? ",{" : "{");
    AppendKey(out, "type");
    AppendString(out, reasons[k].type());
    *out += ",";
    AppendKey(out, "a");
    AppendString(out, reasons[k].a);
    *out += ",";
    AppendKey(out, "b");
    AppendString(out, reasons[k].b);
    if (!reasons[k].measure.empty()) {
      *out += ",";
      AppendKey(out, "measure");
      AppendString(out, reasons[k].measure);
    }
    *out += "}";
  }
  *out += "]";
}

void AppendFinding(std::string* out, const Report& report, const Finding& f, std::size_t id) {
  *out += "{\"id\":";
  AppendNumber(out, id);
  *out += ",\"kind\":";
  AppendString(out, FindingKindName(f.kind));
  if (f.link) *out += ",\"link\":true";
  *out += ",\"a\":";
  AppendSentences(out, report.a, f.a);
  *out += ",\"b\":";
  AppendSentences(out, report.b, f.b);
  *out += ",\"similarity\":";
  AppendScore(out, f.similarity);
  *out += f.moved ? ",\"moved\":true" : ",\"moved\":false";
  *out += ",\"reasons\":";
  AppendReasons(out, f.reasons);
  *out += ",\"notes\":";
  AppendReasons(out, f.notes);
  *out += ",\"diff\":[";
  for (std::size_t k = 0; k < f.diff.size(); ++k) {
    const DiffOp& op = f.diff[k];
    *out += (k ? ",{\"op\":\"" : "{\"op\":\"");
    *out += OpName(op.kind);
    *out += "\",\"text\":";
    AppendString(out, op.text);
    if (op.kind == DiffOp::Kind::kEqual && op.text_b != op.text) {
      *out += ",\"text_b\":";
      AppendString(out, op.text_b);
    }
    *out += "}";
  }
  *out += "]}";
}

// "boilerplate"; "conflict" when any finding holding it is one; "shared"; else only_a / only_b.
const char* SentenceStatus(const Report& report, const SentenceInfo& sentence, bool side_a) {
  if (sentence.boilerplate) return "boilerplate";
  bool linked = false;
  for (int k : sentence.findings) {
    const Finding& f = report.findings[static_cast<std::size_t>(k)];
    if (f.kind == FindingKind::kConflict) return "conflict";
    linked = linked || f.kind == FindingKind::kShared;
  }
  return linked ? "shared" : side_a ? "only_a" : "only_b";
}

}  // namespace

void RenderJson(const Report& report, const RenderOptions&, std::ostream& out) {
  // One finding per line: readable in a pager, greppable, and streamed in bounded pieces.
  std::string chunk = "{\"claimdiff\":2,\n\"a\":";
  AppendSide(&chunk, report.a);
  chunk += ",\n\"b\":";
  AppendSide(&chunk, report.b);
  const Summary& s = report.summary;
  chunk += ",\n\"summary\":{\"shared\":" + std::to_string(s.shared) + ",\"conflict\":" + std::to_string(s.conflict) +
           ",\"only_a\":" + std::to_string(s.only_a) + ",\"only_b\":" + std::to_string(s.only_b) +
           ",\"moved\":" + std::to_string(s.moved) + "},\n\"findings\":[";
  out << chunk;
  RenderInBlocks(report.findings.size(), out, [&](std::size_t begin, std::size_t end, std::string* text) {
    for (std::size_t k = begin; k < end; ++k) {
      *text += k ? ",\n" : "\n";
      AppendFinding(text, report, report.findings[k], k);
    }
  });
  // Each sentence's status and the findings it stands in: a sentence may share claims with
  // several sentences of the other side, so "only in A" is read here, not from one finding.
  chunk = "],\n\"sentences\":{";
  for (const SideInfo* side : {&report.a, &report.b}) {
    chunk += side == &report.a ? "\"a\":[" : "],\n\"b\":[";
    for (std::size_t i = 0; i < side->sentences.size(); ++i) {
      const SentenceInfo& sentence = side->sentences[i];
      chunk += i ? ",\n{\"index\":" : "\n{\"index\":";
      AppendNumber(&chunk, sentence.index);
      chunk += ",\"status\":\"";
      chunk += SentenceStatus(report, sentence, side == &report.a);
      chunk += "\",\"findings\":[";
      for (std::size_t k = 0; k < sentence.findings.size(); ++k) {
        if (k) chunk += ",";
        AppendNumber(&chunk, static_cast<std::size_t>(sentence.findings[k]));
      }
      chunk += "]}";
      if (chunk.size() > (1 << 16)) {
        out << chunk;
        chunk.clear();
      }
    }
  }
  // The Figures rows: each measure both reports give, agreeing or not.
  chunk += "]},\n\"figures\":[";
  for (std::size_t k = 0; k < report.figures.size(); ++k) {
    const FigureRow& row = report.figures[k];
    chunk += k ? ",\n{\"measure\":" : "\n{\"measure\":";
    AppendString(&chunk, row.measure);
    chunk += row.agree ? ",\"agree\":true" : ",\"agree\":false";
    for (bool side_a : {true, false}) {
      const SentenceInfo& sentence = (side_a ? report.a : report.b).sentences[side_a ? row.a : row.b];
      chunk += side_a ? ",\"a\":{\"index\":" : ",\"b\":{\"index\":";
      AppendNumber(&chunk, sentence.index);
      chunk += ",\"line\":";
      AppendNumber(&chunk, sentence.line);
      chunk += ",\"value\":";
      AppendString(&chunk, side_a ? row.a_value : row.b_value);
      chunk += "}";
    }
    chunk += ",\"finding\":";
    if (row.finding < 0) {
      chunk += "null";
    } else {
      AppendNumber(&chunk, static_cast<std::size_t>(row.finding));
    }
    chunk += "}";
  }
  chunk += "],\n\"warnings\":[";
  for (std::size_t k = 0; k < report.warnings.size(); ++k) {
    chunk += k ? "," : "";
    AppendString(&chunk, report.warnings[k]);
  }
  chunk += "]}\n";
  out << chunk;
}

}  // namespace claimdiff
