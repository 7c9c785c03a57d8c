// Atomic report output: temp file + fsync + rename for files, direct writes for devices and pipes.
#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <streambuf>
#include <vector>

#include "cli/interrupt_cleanup.h"

namespace claimdiff {
namespace {

Status IoError(const std::string& path, const std::string& what, int error) {
  return Status::Error(Status::Code::kIoError, path + ": " + what + ": " + std::strerror(error));
}

// Writes everything; returns 0 or the errno of the failed write (EPIPE: the reader went away).
int WriteAll(int fd, const char* data, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    ssize_t n = ::write(fd, data + done, size - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    done += static_cast<std::size_t>(n);
  }
  return 0;
}

// A buffered stream onto a file descriptor. The first failed write is kept (see Finish) and
// everything after it is dropped, so a full disk or a closed pipe ends the output cleanly.
class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd) : fd_(fd), buffer_(1 << 20) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  // Flushes what is buffered; returns 0 or the errno of the first failed write.
  int Finish() {
    Drain();
    return error_;
  }

 protected:
  int_type overflow(int_type c) override {
    Drain();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* data, std::streamsize size) override {
    if (size > epptr() - pptr()) {
      Drain();
      if (size > epptr() - pptr()) {  // larger than the buffer: straight through
        if (error_ == 0) error_ = WriteAll(fd_, data, static_cast<std::size_t>(size));
        return size;
      }
    }
    std::memcpy(pptr(), data, static_cast<std::size_t>(size));
    pbump(static_cast<int>(size));
    return size;
  }
  int sync() override {
    Drain();
    return 0;
  }

 private:
  void Drain() {
    if (error_ == 0 && pptr() > pbase()) error_ = WriteAll(fd_, pbase(), static_cast<std::size_t>(pptr() - pbase()));
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
};

// Runs `write` into a stream on `fd`; returns 0 or the errno of the first failed write.
int WriteTo(int fd, const WriteContent& write) {
  FdStreamBuf buffer(fd);
  std::ostream out(&buffer);
  write(out);
  return buffer.Finish();
}

std::string Directory(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// Devices, FIFOs and sockets: there is nothing to rename over, and renaming over /dev/stdout
// would replace the device node. A reader closing a FIFO early is a quiet end, as on stdout.
Status WriteDirect(const std::string& path, const WriteContent& write) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return IoError(path, "cannot open", errno);
  int error = WriteTo(fd, write);
  ::close(fd);
  if (error != 0 && error != EPIPE) return IoError(path, "write failed", error);
  return Status::Ok();
}

// The descriptor a path names when it is one of ours: /dev/stdout, /dev/stderr, /dev/fd/N,
// /proc/self/fd/N. Writing through the path would reopen the file behind the descriptor from its
// start, or rename over it; the descriptor itself keeps the shell's redirection (">> log").
int InheritedDescriptor(const std::string& path) {
  if (path == "/dev/stdout") return STDOUT_FILENO;
  if (path == "/dev/stderr") return STDERR_FILENO;
  const std::string self = "/proc/" + std::to_string(::getpid()) + "/fd/";
  for (const std::string& prefix : {std::string("/dev/fd/"), std::string("/proc/self/fd/"), self}) {
    if (path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0) {
      const std::string digits = path.substr(prefix.size());
      if (digits.size() <= 6 && digits.find_first_not_of("0123456789") == std::string::npos) return std::stoi(digits);
    }
  }
  return -1;
}

// Follows symbolic links one at a time, as open() would, to the path finally written: a link
// (even one whose target does not exist yet) stays a link to the rewritten file. Sets `fd` when a
// step names one of our descriptors. Gives up after 40 links (a loop), as the kernel does.
std::string FinalTarget(const std::string& path, int* fd) {
  std::string current = path;
  for (int hops = 0; hops < 40; ++hops) {
    if ((*fd = InheritedDescriptor(current)) >= 0) return current;
    struct stat link;
    if (::lstat(current.c_str(), &link) != 0 || !S_ISLNK(link.st_mode)) return current;
    char target[PATH_MAX];
    ssize_t n = ::readlink(current.c_str(), target, sizeof target - 1);
    if (n < 0) return current;
    std::string next(target, static_cast<std::size_t>(n));
    current = next[0] == '/' ? next : Directory(current) + "/" + next;
  }
  return current;
}

// Writes into an already open descriptor of ours (stdout behind /dev/stdout ...), leaving it open.
Status WriteInherited(const std::string& path, int fd, const WriteContent& write) {
  int error = WriteTo(fd, write);
  if (error != 0 && error != EPIPE) return IoError(path, "write failed", error);
  return Status::Ok();
}

WriteContent Bytes(const std::string& content) {
  return [&content](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); };
}

}  // namespace

Status WriteOutputFile(const std::string& path, const std::string& content) {
  return WriteOutputFile(path, Bytes(content));
}

Status WriteStdout(const std::string& content) { return WriteStdout(Bytes(content)); }

Status WriteOutputFile(const std::string& path, const WriteContent& write) {
  if (path == "-") return WriteStdout(write);
  int inherited = -1;
  const std::string target = FinalTarget(path, &inherited);
  if (inherited >= 0) return WriteInherited(path, inherited, write);
  struct stat info;
  const bool exists = ::stat(target.c_str(), &info) == 0;
  if (exists && S_ISDIR(info.st_mode)) {
    return Status::Error(Status::Code::kIoError, path + ": is a directory");
  }
  if (exists && !S_ISREG(info.st_mode)) return WriteDirect(path, write);

  // rename() would replace a read-only file in a writable directory; refuse as a shell would.
  if (exists && ::access(target.c_str(), W_OK) != 0) return IoError(path, "cannot write", errno);
  mode_t mode;
  if (exists) {
    mode = info.st_mode & 07777;  // a replaced report keeps its permissions
  } else {
    // Reports are meant to be read by others: ordinary file permissions, not mkstemp's 0600.
    mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }

  const std::string directory = Directory(target);
  std::string temp = directory + "/.claimdiff-XXXXXX";
  int fd = CreateTempFile(&temp);
  if (fd < 0) {
    int error = errno;
    struct stat dir_info;
    if (::stat(directory.c_str(), &dir_info) != 0) {
      return Status::Error(Status::Code::kIoError, path + ": cannot write: directory " + directory + " does not exist");
    }
    if (!S_ISDIR(dir_info.st_mode)) {
      return Status::Error(Status::Code::kIoError, path + ": cannot write: " + directory + " is not a directory");
    }
    return IoError(path, "cannot create output in " + directory, error);
  }
  Status status = Status::Ok();
  if (int error = WriteTo(fd, write); error != 0) status = IoError(path, "write failed", error);
  // A replaced report keeps its owner too (root rewriting a user's report, a shared group). Where
  // we may not give the file away, it keeps at least the group if we belong to it; chown comes
  // before chmod, which it would otherwise undo for set-id bits.
  if (status.ok() && exists && ::fchown(fd, info.st_uid, info.st_gid) != 0)
    (void)::fchown(fd, static_cast<uid_t>(-1), info.st_gid);
  if (status.ok() && ::fchmod(fd, mode) != 0) status = IoError(path, "cannot set permissions", errno);
  if (status.ok() && ::fsync(fd) != 0) status = IoError(path, "write failed", errno);
  if (::close(fd) != 0 && status.ok()) status = IoError(path, "write failed", errno);
  if (status.ok() && ::rename(temp.c_str(), target.c_str()) != 0) status = IoError(path, "cannot write", errno);
  if (!status.ok()) ::unlink(temp.c_str());
  ForgetTempFile();
  return status;
}

Status WriteStdout(const WriteContent& write) {
  int error = WriteTo(STDOUT_FILENO, write);
  if (error != 0 && error != EPIPE) return IoError("<stdout>", "write failed", error);
  return Status::Ok();
}

}  // namespace claimdiff
