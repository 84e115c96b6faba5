// No API answer leaves before the writes it could report or show are on disk (issue "Hardening",
// crashes; store/group_commit.h): httplib calls the post-routing handler after a route has made
// its answer and before sending it, and the handler waits until the request's commit batch is
// committed (store/connection_lock.h) and every commit made so far is flushed - one flush for all
// the requests waiting together. Static files show no stored data and do not wait. If the batch
// was rolled back or the flush fails, the answer becomes a 503 instead: the client does not learn
// of a write that may not survive.
#include <iostream>

#include "http/json_response.h"
#include "http/server_hooks.h"

namespace optagelse::http {
namespace {

void ReplaceWithProblem(httplib::Response& response, const Problem& problem) {
  for (const char* header : {"Content-Length", "Cache-Control", "X-Content-Type-Options", "Set-Cookie"}) {
    response.headers.erase(header);
  }
  http::WriteProblem(response, 503, problem);
  response.set_header("Content-Length", std::to_string(response.body.size()));
}

}  // namespace

void RegisterDurableAnswers(httplib::Server& server, ServiceContext& context) {
  server.set_post_routing_handler([&context](const httplib::Request& request, httplib::Response& response) {
    if (request.path.rfind("/api/", 0) != 0) return;
    auto durable = context.db_mutex.WaitCommitted().and_then([&] { return context.db.WaitDurable(); });
    if (durable) return;
    std::cerr << "optagelse-server: " << durable.error().detail << "; no write is acknowledged until a restart\n";
    ReplaceWithProblem(response, durable.error());
  });
}

}  // namespace optagelse::http
