// The URL tests' HTTP server: plain sockets, enough HTTP/1.1 for libcurl.
#include "local_http_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <stdexcept>

namespace claimdiff::testing {
namespace {

sockaddr_in Loopback(int port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

int BoundPort(int socket_fd) {
  sockaddr_in address{};
  socklen_t length = sizeof address;
  ::getsockname(socket_fd, reinterpret_cast<sockaddr*>(&address), &length);
  return ntohs(address.sin_port);
}

bool SendAll(int fd, const std::string& data) {
  std::size_t sent = 0;
  while (sent < data.size()) {
    ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

const char* StatusText(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 404:
      return "Not Found";
    case 500:
      return "Internal Server Error";
    default:
      return "Status";
  }
}

}  // namespace

LocalHttpServer::LocalHttpServer() {
  listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address = Loopback(0);
  if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(listener_, 16) != 0) {
    throw std::runtime_error("cannot listen on 127.0.0.1");
  }
  port_ = BoundPort(listener_);
  acceptor_ = std::thread([this] { AcceptLoop(); });
}

LocalHttpServer::~LocalHttpServer() {
  stopping_ = true;
  acceptor_.join();
  for (std::thread& worker : workers_) worker.join();
  ::close(listener_);
}

void LocalHttpServer::Route(const std::string& path, HttpResponse response) {
  std::lock_guard<std::mutex> lock(mutex_);
  routes_[path] = std::move(response);
}

std::string LocalHttpServer::Url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

void LocalHttpServer::AcceptLoop() {
  while (!stopping_) {
    pollfd ready{listener_, POLLIN, 0};
    if (::poll(&ready, 1, 20) <= 0) continue;
    int client = ::accept(listener_, nullptr, nullptr);
    if (client < 0) continue;
    workers_.emplace_back([this, client] { Serve(client); });
  }
}

void LocalHttpServer::Serve(int client) {
  std::string request;
  char buffer[4096];
  while (request.find("\r\n\r\n") == std::string::npos && request.size() < 65536) {
    pollfd ready{client, POLLIN, 0};
    if (::poll(&ready, 1, 2000) <= 0) break;
    ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    request.append(buffer, static_cast<std::size_t>(n));
    // Not HTTP (a TLS handshake starts with byte 0x16): hang up, as a plain server would.
    if (!std::isupper(static_cast<unsigned char>(request[0]))) break;
  }
  if (request.empty() || !std::isupper(static_cast<unsigned char>(request[0]))) {
    ::close(client);
    return;
  }
  ++requests_;
  std::size_t start = request.find(' ');
  std::size_t end = start == std::string::npos ? start : request.find(' ', start + 1);
  std::string path = end == std::string::npos ? "" : request.substr(start + 1, end - start - 1);
  HttpResponse response{404, {{"Content-Type", "text/plain"}}, "not found", 0, false};
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto route = routes_.find(path);
    if (route != routes_.end()) response = route->second;
  }
  // A slow answer still ends soon when the server stops, or when the client has gone.
  for (int waited = 0; waited < response.delay_ms && !stopping_; waited += 10) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  std::string head = "HTTP/1.1 " + std::to_string(response.status) + " " + StatusText(response.status) + "\r\n";
  for (const auto& [name, value] : response.headers) head += name + ": " + value + "\r\n";
  if (response.chunked) {
    head += "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    if (SendAll(client, head)) {
      for (std::size_t at = 0; at < response.body.size() && !stopping_; at += 16384) {
        std::string piece = response.body.substr(at, 16384);
        char size[32];
        std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
        if (!SendAll(client, size + piece + "\r\n")) break;
      }
      SendAll(client, "0\r\n\r\n");
    }
  } else {
    head += "Content-Length: " + std::to_string(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    if (SendAll(client, head)) SendAll(client, response.body);
  }
  ::shutdown(client, SHUT_WR);
  ::close(client);
}

int ClosedLocalPort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address = Loopback(0);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  int port = BoundPort(fd);
  ::close(fd);
  return port;
}

}  // namespace claimdiff::testing
