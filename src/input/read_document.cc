// Reads an input file or stdin into a Document: the only place that touches the file system for input.
#include <sys/stat.h>

#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "claimdiff/document.h"
#include "input/charset.h"
#include "input/fetch_url.h"

namespace claimdiff {
namespace {

std::string DisplayName(const std::string& path) { return path == "-" ? "<stdin>" : path; }

Status TooLarge(const std::string& name, std::size_t max_bytes) {
  return Status::Error(Status::Code::kTooLarge,
                       name + ": larger than the limit of " + std::to_string(max_bytes) + " bytes");
}

// True when the input starts with a UTF-16 or UTF-32 byte-order mark, where zero bytes are text.
bool WideMark(std::string_view start) {
  return start.substr(0, 2) == "\xFF\xFE" || start.substr(0, 2) == "\xFE\xFF" ||
         start.substr(0, 4) == std::string_view("\x00\x00\xFE\xFF", 4);
}

// `nul_is_binary`: input read as UTF-8 unless it starts with a UTF-16/32 mark. There a NUL byte
// means binary input, refused as soon as it is read: /dev/zero or /dev/urandom would otherwise be
// read up to the size limit first.
bool ContainerSignature(const std::string& bytes) {
  return bytes.compare(0, 5, "%PDF-") == 0 || bytes.compare(0, 4, std::string("PK\x03\x04", 4)) == 0;
}

Status ReadAll(std::FILE* file, const std::string& name, std::size_t max_bytes, bool nul_is_binary, std::string* out) {
  char buffer[1 << 16];
  for (bool first = true;; first = false) {
    std::size_t n = std::fread(buffer, 1, sizeof buffer, file);
    out->append(buffer, n);
    // UTF-16/32 text, PDF and DOCX (a ZIP) hold NUL bytes; they are told by their first bytes.
    if (first && (WideMark(*out) || ContainerSignature(*out))) nul_is_binary = false;
    if (const void* nul = nul_is_binary ? std::memchr(buffer, 0, n) : nullptr) {
      std::size_t offset = out->size() - n + static_cast<std::size_t>(static_cast<const char*>(nul) - buffer);
      return Status::Error(Status::Code::kInvalidInput,
                           name + ": binary file (NUL byte at offset " + std::to_string(offset) + ")");
    }
    if (out->size() > max_bytes) return TooLarge(name, max_bytes);
    if (n < sizeof buffer) break;
  }
  if (std::ferror(file)) {
    return Status::Error(Status::Code::kIoError, name + ": read error: " + std::strerror(errno));
  }
  return Status::Ok();
}

// A URL named on the command line: fetched, then read by what it holds, the final URL kept.
Status ReadUrl(const std::string& url, const InputOptions& options, Document* out) {
  FetchedPage page;
  Status status = FetchUrl(url, options, &page);
  if (!status.ok()) return status;
  status = DecodeDocument(page.body, url, options, out, page.content_type);
  if (!status.ok()) return status;
  out->metadata.url = page.final_url;
  return Status::Ok();
}

// file:///absolute/path, percent-encoded, so an HTML report can link to the file it read.
std::string FileUrl(const std::string& path) {
  char* resolved = ::realpath(path.c_str(), nullptr);
  if (resolved == nullptr) return "";
  std::string absolute(resolved);
  std::free(resolved);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (unsigned char c : absolute) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      url.push_back(static_cast<char>(c));
    } else {
      url += '%';
      url += kHex[c >> 4];
      url += kHex[c & 15];
    }
  }
  return url;
}

// UTF-8 by default and every byte charset named with --encoding: there a NUL byte is binary.
bool NulIsBinary(const InputOptions& options) {
  if (options.encoding.empty()) return true;
  CharsetInfo info;
  return LookUpCharset(options.encoding, "", &info).ok() && info.unit_bytes == 1;
}

}  // namespace

Status ReadDocument(const std::string& path, const InputOptions& options, Document* out) {
  if (IsUrl(path)) return ReadUrl(path, options, out);
  const std::string name = DisplayName(path);
  std::string bytes;
  if (path == "-") {
    Status status = ReadAll(stdin, name, options.max_bytes, NulIsBinary(options), &bytes);
    if (!status.ok()) return status;
  } else {
    struct stat info;
    if (::stat(path.c_str(), &info) != 0) {
      if (errno == ENOENT || errno == ENOTDIR) {
        return Status::Error(Status::Code::kNotFound, name + ": no such file");
      }
      return Status::Error(Status::Code::kIoError, name + ": " + std::strerror(errno));
    }
    if (S_ISDIR(info.st_mode)) {
      return Status::Error(Status::Code::kIoError, name + ": is a directory, not a file");
    }
    // Refuse an oversized file before reading a byte of it; pipes and devices are counted as read.
    if (S_ISREG(info.st_mode) && static_cast<std::uintmax_t>(info.st_size) > options.max_bytes) {
      return TooLarge(name, options.max_bytes);
    }
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
      return Status::Error(Status::Code::kIoError, name + ": cannot open: " + std::strerror(errno));
    }
    Status status = ReadAll(file, name, options.max_bytes, NulIsBinary(options), &bytes);
    std::fclose(file);
    if (!status.ok()) return status;
  }
  Status status = DecodeDocument(bytes, name, options, out);
  if (!status.ok()) return status;
  out->path = path;
  if (path != "-") out->metadata.url = FileUrl(path);
  return status;
}

}  // namespace claimdiff
