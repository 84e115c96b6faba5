// What the service has told people (docs/notifications.md "In the app"):
//   GET /api/v1/me/messages                  {"messages": [...]} to me as applicant, and to the
//                                            guardians about my children under 18 in custody
//   GET /api/v1/schools/{instnr}/messages    {"messages": [...]} to the school (pupil reports)
// newest first, at most 200 each; every read is audited for the persons it concerns.
#include "application_flow/guardians.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "clock.h"
#include "http/json_response.h"
#include "mail/message_json.h"
#include "mail/outbox_store.h"
#include "routes/routes.h"
#include "store/register_lookup.h"

namespace optagelse::routes {
namespace {

constexpr int kShown = 200;

wire::Json ListJson(const std::vector<mail::OutboxMessage>& messages) {
  wire::Json list = wire::Json::array();
  for (const mail::OutboxMessage& message : messages) list.push_back(mail::MessageJson(message));
  return list;
}

void Mine(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  wire::Json answer;
  context.db_mutex.Run([&] {
    const auto session = auth::AuthorizeSelf(context, request, response, auth::Action::kReadOwnMessages);
    if (!session) return;
    auto own = mail::MessagesAbout(context.db, session->organisation, kShown);
    if (!own) return http::WriteProblem(response, 503, own.error());
    auto children = store::ChildrenInCustody(context.db, session->organisation);
    if (!children) return http::WriteProblem(response, 503, children.error());
    std::vector<std::string> minors;
    for (const std::string& child : *children) {
      const auth::Resource resource{"", 0, applications_service::IsMinor(child, clock::Today()) ? auth::Relation::kCustodyOfMinor
                                                                                                    : auth::Relation::kNone};
      if (auth::Decide(*session, auth::Action::kReadOwnMessages, resource) == auth::Decision::kAllow) minors.push_back(child);
    }
    auto as_guardian = mail::GuardianMessagesAbout(context.db, minors, kShown);
    if (!as_guardian) return http::WriteProblem(response, 503, as_guardian.error());
    std::vector<std::string> read{session->organisation};
    read.insert(read.end(), minors.begin(), minors.end());
    if (!audit::Record(context, *session, request, response, "read messages", read)) return;
    answer = wire::Json{{"messages", ListJson(*own)}, {"as_guardian", ListJson(*as_guardian)}};
  });
  if (!answer.is_null()) http::WriteJson(response, 200, answer);
}

void School(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string school = request.matches[1];
  wire::Json answer;
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kUploadPupilReport, school);
    if (!session) return;
    auto messages = mail::MessagesToSchool(context.db, school, kShown);
    if (!messages) return http::WriteProblem(response, 503, messages.error());
    answer = wire::Json{{"messages", ListJson(*messages)}};
  });
  if (!answer.is_null()) http::WriteJson(response, 200, answer);
}

}  // namespace

void RegisterMessagesRoutes(httplib::Server& server, ServiceContext& context) {
  server.Get("/api/v1/me/messages", [&context](const auto& request, auto& response) { Mine(context, request, response); });
  server.Get(R"(/api/v1/schools/(\d{6})/messages)", [&context](const auto& request, auto& response) { School(context, request, response); });
}

}  // namespace optagelse::routes
