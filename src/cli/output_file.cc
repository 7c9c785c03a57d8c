// Atomic report output: temp file + fsync + rename for files, direct writes for devices and pipes.
#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace claimdiff {
namespace {

Status IoError(const std::string& path, const std::string& what, int error) {
  return Status::Error(Status::Code::kIoError, path + ": " + what + ": " + std::strerror(error));
}

// Writes everything; returns 0 or the errno of the failed write (EPIPE: the reader went away).
int WriteAll(int fd, const std::string& content) {
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    done += static_cast<std::size_t>(n);
  }
  return 0;
}

std::string Directory(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// Devices, FIFOs and sockets: there is nothing to rename over, and renaming over /dev/stdout
// would replace the device node. A reader closing a FIFO early is a quiet end, as on stdout.
Status WriteDirect(const std::string& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return IoError(path, "cannot open", errno);
  int error = WriteAll(fd, content);
  ::close(fd);
  if (error != 0 && error != EPIPE) return IoError(path, "write failed", error);
  return Status::Ok();
}

// The file a path names, through symbolic links, so that replacing it keeps the link.
std::string ResolvedTarget(const std::string& path) {
  struct stat link;
  if (::lstat(path.c_str(), &link) != 0 || !S_ISLNK(link.st_mode)) return path;
  char resolved[PATH_MAX];
  if (::realpath(path.c_str(), resolved) == nullptr) return path;
  return resolved;
}

}  // namespace

Status WriteOutputFile(const std::string& path, const std::string& content) {
  struct stat info;
  const bool exists = ::stat(path.c_str(), &info) == 0;
  if (exists && S_ISDIR(info.st_mode)) {
    return Status::Error(Status::Code::kIoError, path + ": is a directory");
  }
  if (exists && !S_ISREG(info.st_mode)) return WriteDirect(path, content);

  const std::string target = exists ? ResolvedTarget(path) : path;
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
  int fd = ::mkstemp(temp.data());
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
  if (int error = WriteAll(fd, content); error != 0) status = IoError(path, "write failed", error);
  if (status.ok() && ::fchmod(fd, mode) != 0) status = IoError(path, "cannot set permissions", errno);
  if (status.ok() && ::fsync(fd) != 0) status = IoError(path, "write failed", errno);
  if (::close(fd) != 0 && status.ok()) status = IoError(path, "write failed", errno);
  if (status.ok() && ::rename(temp.c_str(), target.c_str()) != 0) status = IoError(path, "cannot write", errno);
  if (!status.ok()) ::unlink(temp.c_str());
  return status;
}

Status WriteStdout(const std::string& content) {
  int error = WriteAll(STDOUT_FILENO, content);
  if (error != 0 && error != EPIPE) return IoError("<stdout>", "write failed", error);
  return Status::Ok();
}

}  // namespace claimdiff
