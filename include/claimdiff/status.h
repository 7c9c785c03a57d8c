// Status: the result of a library call that can fail, with a one-line message naming the problem.
#ifndef CLAIMDIFF_STATUS_H_
#define CLAIMDIFF_STATUS_H_

#include <string>
#include <utility>

namespace claimdiff {

// Library calls never print or exit; they return a Status and the CLI turns it into exit code 2.
class Status {
 public:
  enum class Code {
    kOk = 0,
    kNotFound,      // the path does not exist
    kIoError,       // the path exists but cannot be read or written
    kInvalidInput,  // binary data, invalid UTF-8, unknown encoding, malformed file
    kTooLarge,      // an input exceeds a configured limit
    kInternal,      // a library (ICU, libstemmer ...) failed unexpectedly
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(Code code, std::string message) { return Status(code, std::move(message)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // One line, no trailing newline, e.g. "a.txt: invalid UTF-8 at byte 1207".
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_STATUS_H_
