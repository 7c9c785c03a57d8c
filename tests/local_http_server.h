// A small HTTP/1.1 server on 127.0.0.1 for the URL tests: fixed routes, one thread per
// connection, stopped and joined by its destructor. Nothing outside this machine is reached.
#ifndef CLAIMDIFF_TESTS_LOCAL_HTTP_SERVER_H_
#define CLAIMDIFF_TESTS_LOCAL_HTTP_SERVER_H_

#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace claimdiff::testing {

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  // Content-Length is added
  std::string body;
  int delay_ms = 0;      // wait this long before answering (a slow server)
  bool chunked = false;  // send the body in chunks, without a length
};

class LocalHttpServer {
 public:
  LocalHttpServer();  // listens on 127.0.0.1, on a port the system picks
  ~LocalHttpServer();
  LocalHttpServer(const LocalHttpServer&) = delete;
  LocalHttpServer& operator=(const LocalHttpServer&) = delete;

  void Route(const std::string& path, HttpResponse response);
  std::string Url(const std::string& path) const;
  int requests() const { return requests_; }

 private:
  void AcceptLoop();
  void Serve(int client);

  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<int> requests_{0};
  std::mutex mutex_;
  std::map<std::string, HttpResponse> routes_;
  std::vector<std::thread> workers_;
  std::thread acceptor_;
};

// A port on 127.0.0.1 where nothing listens (bound, then closed).
int ClosedLocalPort();

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_LOCAL_HTTP_SERVER_H_
