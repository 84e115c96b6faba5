// GET /api/v1/service: who runs this service and how to reach them (wire::ServiceInfo), public,
// for the app's header, footer and help page. The operator sets it with --operator and
// --contact-email/--contact-phone.
#include "http/json_response.h"
#include "routes/routes.h"

namespace optagelse::routes {

void RegisterServiceInfoRoute(httplib::Server& server, ServiceContext& context) {
  server.Get("/api/v1/service", [&context](const httplib::Request&, httplib::Response& response) {
    wire::ServiceInfo info = context.service_info;
    info.demo = context.demo_login;
    http::WriteJson(response, 200, wire::EncodeAnswer(info));
  });
}

}  // namespace optagelse::routes
