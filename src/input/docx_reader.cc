// DOCX input through libzip and pugixml: the body's paragraphs in order, notes after them.
#include <zip.h>
#include <pugixml.hpp>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "input/iso_date.h"
#include "input/paragraph_text.h"
#include "input/readers.h"

namespace claimdiff {
namespace {

// A part larger than this once inflated is refused: a small archive must not become gigabytes.
constexpr zip_uint64_t kMaxPartBytes = zip_uint64_t{64} << 20;

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

// Reads one part; a missing part is an empty string and `found` false.
Status ReadPart(zip_t* archive, const char* part, const std::string& name, std::string* out, bool* found) {
  out->clear();
  *found = false;
  zip_int64_t index = zip_name_locate(archive, part, 0);
  if (index < 0) return Status::Ok();
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
    return Status::Error(Status::Code::kInvalidInput, name + ": damaged DOCX (" + part + " unreadable)");
  }
  if (stat.size > kMaxPartBytes) {
    return Status::Error(Status::Code::kTooLarge,
                         name + ": DOCX part " + part + " inflates past " + std::to_string(kMaxPartBytes) + " bytes");
  }
  zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    return Status::Error(Status::Code::kInvalidInput, name + ": damaged DOCX (" + part + " cannot be opened)");
  }
  out->resize(static_cast<std::size_t>(stat.size));
  zip_int64_t read = zip_fread(file, out->data(), stat.size);
  zip_fclose(file);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
    return Status::Error(Status::Code::kInvalidInput, name + ": damaged DOCX (" + part + " truncated)");
  }
  *found = true;
  return Status::Ok();
}

bool Named(const pugi::xml_node& node, const char* local) {
  const char* full = node.name();
  const char* colon = std::strchr(full, ':');
  return std::strcmp(colon != nullptr ? colon + 1 : full, local) == 0;
}

// The visible text of one paragraph: runs' text, tabs and breaks as spaces. Deleted revisions,
// field codes, note references, text boxes and the fallback copy of alternate content are
// not the paragraph's text.
void ParagraphRuns(const pugi::xml_node& node, std::string* text) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (Named(child, "t")) {
      *text += child.text().get();
    } else if (Named(child, "tab") || Named(child, "br") || Named(child, "cr")) {
      *text += ' ';
    } else if (Named(child, "noBreakHyphen")) {
      *text += '-';
    } else if (Named(child, "del") || Named(child, "delText") || Named(child, "instrText") ||
               Named(child, "footnoteReference") || Named(child, "endnoteReference") || Named(child, "txbxContent") ||
               Named(child, "Fallback") || Named(child, "pPr") || Named(child, "rPr")) {
      continue;
    } else {
      ParagraphRuns(child, text);
    }
  }
}

// Every paragraph below `node` in document order (tables and content controls included).
void Paragraphs(const pugi::xml_node& node, std::vector<std::string>* out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (Named(child, "p")) {
      std::string text;
      ParagraphRuns(child, &text);
      out->push_back(std::move(text));
    } else if (!Named(child, "sectPr")) {
      Paragraphs(child, out);
    }
  }
}

// Footnotes or endnotes, in order, each as "[N] text"; Word's separator notes are skipped.
void Notes(const std::string& xml, const char* element, std::size_t* number, std::vector<std::string>* out) {
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return;
  for (pugi::xml_node note : doc.document_element().children()) {
    if (!Named(note, element)) continue;
    std::string type = note.attribute("w:type").value();
    if (!type.empty() && type != "normal") continue;
    std::vector<std::string> paragraphs;
    Paragraphs(note, &paragraphs);
    std::string text;
    for (const std::string& p : paragraphs) text += p + " ";
    text = CollapseSpaces(text);
    if (!text.empty()) out->push_back("[" + std::to_string(++*number) + "] " + text);
  }
}

std::string ChildText(const pugi::xml_node& parent, const char* local) {
  for (pugi::xml_node child : parent.children()) {
    if (Named(child, local)) return CollapseSpaces(child.text().get());
  }
  return "";
}

}  // namespace

Status ReadDocx(std::string_view bytes, const std::string& name, Document* out) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) return Status::Error(Status::Code::kInternal, name + ": cannot read the ZIP archive");
  Archive archive(zip_open_from_source(source, ZIP_RDONLY, &error));
  if (archive == nullptr) {
    zip_source_free(source);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Status::Error(Status::Code::kInvalidInput, name + ": damaged DOCX (" + why + ")");
  }
  zip_error_fini(&error);

  std::string xml;
  bool found = false;
  Status status = ReadPart(archive.get(), "word/document.xml", name, &xml, &found);
  if (!status.ok()) return status;
  pugi::xml_document document;
  if (!found || !document.load_buffer(xml.data(), xml.size())) {
    return Status::Error(Status::Code::kInvalidInput, name + ": damaged DOCX (word/document.xml is not XML)");
  }
  std::vector<std::string> paragraphs;
  pugi::xml_node body = document.document_element().first_child();
  while (body && !Named(body, "body")) body = body.next_sibling();
  if (body) Paragraphs(body, &paragraphs);

  // Notes are kept, apart from the text that refers to them.
  std::size_t note_number = 0;
  std::vector<std::string> notes;
  for (auto [part, element] :
       {std::pair{"word/footnotes.xml", "footnote"}, std::pair{"word/endnotes.xml", "endnote"}}) {
    status = ReadPart(archive.get(), part, name, &xml, &found);
    if (!status.ok()) return status;
    if (found) Notes(xml, element, &note_number, &notes);
  }

  ParagraphText text;
  for (const std::string& paragraph : paragraphs) text.Add(paragraph);
  if (text.paragraphs() == 0) return Status::Error(Status::Code::kInvalidInput, name + ": DOCX holds no text");
  for (const std::string& note : notes) text.Add(note);

  DocumentMetadata metadata;
  status = ReadPart(archive.get(), "docProps/core.xml", name, &xml, &found);
  if (!status.ok()) return status;
  pugi::xml_document core;
  if (found && core.load_buffer(xml.data(), xml.size())) {
    pugi::xml_node properties = core.document_element();
    metadata.title = ChildText(properties, "title");
    metadata.byline = ChildText(properties, "creator");
    metadata.published = IsoDate(ChildText(properties, "created"));
  }
  status = ReadPart(archive.get(), "docProps/app.xml", name, &xml, &found);
  if (!status.ok()) return status;
  pugi::xml_document app;
  if (found && app.load_buffer(xml.data(), xml.size())) metadata.outlet = ChildText(app.document_element(), "Company");

  out->path = name;
  out->label = name;
  out->text = text.Take();
  out->kind = InputKind::kDocx;
  out->metadata = std::move(metadata);
  return Status::Ok();
}

}  // namespace claimdiff
