// POST /api/v1/cpr/check {"cpr": "..."}: the core's CPR classification, the same answer the
// browser computes locally and `optagelse cpr check` prints. Touches no personal data.
#include "cpr/cpr_number.h"
#include "http/json_response.h"
#include "http/request_body.h"
#include "routes/routes.h"
#include "wire/cpr_wire.h"

namespace optagelse::routes {

void RegisterCprRoutes(httplib::Server& server) {
  server.Post("/api/v1/cpr/check", [](const httplib::Request& request, httplib::Response& response) {
    auto body = http::ReadJsonBody(request);
    if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
    auto cpr_text = wire::RequiredString(*body, "cpr");
    if (!cpr_text) return http::WriteProblem(response, 400, cpr_text.error());
    http::WriteJson(response, 200, wire::CprCheckToJson(*cpr_text, cpr::CheckCpr(*cpr_text)));
  });
}

}  // namespace optagelse::routes
