// The counsellors' (KUI) view of applications (docs/domain.md "Who uses it", "Privacy rules"): the
// applications of applicants living in their municipality who applied themselves (with MitID, not
// entered for them), and the "another activity" notifications.
//   GET /api/v1/counsellors/{municipality}/applications
#include "application_flow/application_state.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "clock.h"
#include "http/json_response.h"
#include "routes/routes.h"

namespace optagelse::routes {
namespace {

namespace service = applications_service;

void List(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const int municipality = std::stoi(request.matches[1]);
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kReadResidentApplications,
                                         auth::Resource{"", municipality, auth::Relation::kNone});
    if (!session) return;
    auto ids = store::ApplicationsOfResidents(context.db, context.application_year, municipality);
    if (!ids) return http::WriteProblem(response, 503, ids.error());
    wire::CounsellorInbox answer;
    answer.admission_year = context.application_year;
    for (const std::int64_t id : *ids) {
      auto stored = store::FindApplicationById(context.db, id);
      if (!stored) return http::WriteProblem(response, 503, stored.error());
      if (!*stored || !(*stored)->self_applied) continue;
      auto rules = service::ApplicationRulesFor(context, (*stored)->admission_year);
      if (!rules) return http::WriteProblem(response, 404, rules.error());
      auto state = service::StateOf(context.db, **stored, **rules, clock::NowSeconds());
      if (!state) return http::WriteProblem(response, 503, state.error());
      wire::StaffApplication entry{service::ApplicationViewOf(context.db, **stored, *state, service::Audience::kCounsellor),
                                   service::ApplicantSeenOf(context.db, (*stored)->applicant_cpr), std::nullopt};
      ((*stored)->content.another_activity ? answer.another_activity : answer.applications).push_back(std::move(entry));
    }
    std::vector<std::string> shown = audit::ApplicantsIn(answer.applications);
    for (std::string& cpr : audit::ApplicantsIn(answer.another_activity)) shown.push_back(std::move(cpr));
    if (!audit::Record(context, *session, request, response, "read resident's application", shown)) return;
    http::WriteJson(response, 200, wire::EncodeAnswer(answer));
  });
}

}  // namespace

void RegisterCounsellorInboxRoutes(httplib::Server& server, ServiceContext& context) {
  server.Get(R"(/api/v1/counsellors/(\d{3,4})/applications)", [&context](const auto& request, auto& response) { List(context, request, response); });
}

}  // namespace optagelse::routes
