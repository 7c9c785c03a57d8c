// Atomic report output: temp file + fsync + rename for files, direct writes for devices and pipes.
#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace claimdiff {
namespace {

Status WriteAll(int fd, const std::string& content, const std::string& name) {
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::Error(Status::Code::kIoError, name + ": write failed: " + std::strerror(errno));
    }
    done += static_cast<std::size_t>(n);
  }
  return Status::Ok();
}

std::string Directory(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

Status WriteOutputFile(const std::string& path, const std::string& content) {
  struct stat info;
  if (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) {
    if (S_ISDIR(info.st_mode)) {
      return Status::Error(Status::Code::kIoError, path + ": is a directory");
    }
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return Status::Error(Status::Code::kIoError, path + ": cannot open: " + std::strerror(errno));
    Status status = WriteAll(fd, content, path);
    ::close(fd);
    return status;
  }
  std::string temp = Directory(path) + "/.claimdiff-XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    return Status::Error(Status::Code::kIoError, path + ": cannot create output: " + std::strerror(errno));
  }
  Status status = WriteAll(fd, content, path);
  if (status.ok() && ::fsync(fd) != 0) {
    status = Status::Error(Status::Code::kIoError, path + ": write failed: " + std::strerror(errno));
  }
  if (::close(fd) != 0 && status.ok()) {
    status = Status::Error(Status::Code::kIoError, path + ": write failed: " + std::strerror(errno));
  }
  // Reports are meant to be read by others: ordinary file permissions, not mkstemp's 0600.
  if (status.ok()) {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(temp.c_str(), 0666 & ~mask);
  }
  if (status.ok() && ::rename(temp.c_str(), path.c_str()) != 0) {
    status = Status::Error(Status::Code::kIoError, path + ": cannot write: " + std::strerror(errno));
  }
  if (!status.ok()) ::unlink(temp.c_str());
  return status;
}

Status WriteStdout(const std::string& content) {
  Status status = WriteAll(STDOUT_FILENO, content, "<stdout>");
  if (!status.ok() && errno == EPIPE) return Status::Ok();
  return status;
}

}  // namespace claimdiff
