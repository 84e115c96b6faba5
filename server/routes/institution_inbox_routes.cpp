// The receiving institution's inbox (docs/domain.md "Who uses it": sees applications made to it,
// decides forrang, lists applicants who must take the admission test), for its own staff:
//   GET /api/v1/institutions/{instnr}/applications                            1st wish here, or a forrang claim on a wish here
//   PUT /api/v1/institutions/{instnr}/applications/{id}/forrang/{wish}        {"decision": "granted"|"refused", "reason": "..."}
//   GET /api/v1/institutions/{instnr}/applications/{id}/attachments/{sha256}  a claim's documentation (sensitive)
// except handicap claims, which the region decides and reads (region_forrang_routes.cpp).
//   GET /api/v1/institutions/{instnr}/admission-tests                         who must take the test, and why
// Names under name protection are never shown; the CPR number identifies the applicant.
#include "application_flow/forrang_decisions.h"
#include "application_flow/admission_test.h"
#include "application_flow/application_state.h"
#include "applications/forrang_decider.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "clock.h"
#include "http/json_response.h"
#include "routes/routes.h"

namespace optagelse::routes {
namespace {

namespace service = applications_service;

// The wish ranks (1-based) at this institution that concern it: the 1st wish, and claimed wishes.
std::vector<int> RanksHere(const store::StoredApplication& application, const std::string& institution) {
  std::vector<int> ranks;
  const auto& wishes = application.content.wishes;
  for (std::size_t i = 0; i < wishes.size(); ++i) {
    if (wishes[i].institution != institution) continue;
    const int rank = static_cast<int>(i + 1);
    bool claimed = false;
    for (const auto& claim : application.content.forrang) claimed = claimed || claim.wish == rank;
    if (rank == 1 || claimed) ranks.push_back(rank);
  }
  return ranks;
}

// The applications that concern the institution, each with its state; a problem as the answer.
Result<std::vector<std::pair<store::StoredApplication, service::ApplicationState>>> Inbox(ServiceContext& context,
                                                                                         const std::string& institution) {
  auto ids = store::ApplicationsForInstitution(context.db, context.application_year, institution);
  if (!ids) return Fail(ids.error());
  std::vector<std::pair<store::StoredApplication, service::ApplicationState>> out;
  for (const std::int64_t id : *ids) {
    auto stored = store::FindApplicationById(context.db, id);
    if (!stored) return Fail(stored.error());
    if (!*stored || RanksHere(**stored, institution).empty()) continue;
    auto rules = service::ApplicationRulesFor(context, (*stored)->admission_year);
    if (!rules) return Fail(rules.error());
    auto state = service::StateOf(context.db, **stored, **rules, clock::NowSeconds());
    if (!state) return Fail(state.error());
    if (state->status == applications::Status::kAwaitingSignature) continue;  // not yet a valid application
    out.emplace_back(std::move(**stored), std::move(*state));
  }
  return out;
}

// An inbox entry: nullopt to leave the application out, or the problem that is the answer.
template <class Entry>
using EntryOf = Result<std::optional<Entry>> (*)(ServiceContext&, const std::string& institution,
                                                 const store::StoredApplication&, const service::ApplicationState&);

// A list from the inbox for the institution's own staff: authorised, an entry from each
// application by `entry_of` into the answer's `list`, audited as `what`.
template <class Answer, class Entry>
void AnswerInboxList(ServiceContext& context, const httplib::Request& request, httplib::Response& response,
                     const char* what, std::vector<Entry> Answer::*list, EntryOf<Entry> entry_of) {
  const std::string institution = request.matches[1];
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kReadInstitutionApplications, institution);
    if (!session) return;
    auto inbox = Inbox(context, institution);
    if (!inbox) return http::WriteProblem(response, 503, inbox.error());
    Answer answer;
    answer.admission_year = context.application_year;
    for (const auto& [application, state] : *inbox) {
      Result<std::optional<Entry>> entry = entry_of(context, institution, application, state);
      if (!entry) return http::WriteProblem(response, 503, entry.error());
      if (*entry) (answer.*list).push_back(std::move(**entry));
    }
    if (!audit::Record(context, *session, request, response, what, audit::ApplicantsIn(answer.*list))) return;
    http::WriteJson(response, 200, wire::EncodeAnswer(answer));
  });
}

// An application in the inbox list: as the institution sees it, with the wishes that concern it.
Result<std::optional<wire::StaffApplication>> InboxEntry(ServiceContext& context, const std::string& institution,
                                                         const store::StoredApplication& application,
                                                         const service::ApplicationState& state) {
  return std::optional<wire::StaffApplication>(
      wire::StaffApplication{service::ApplicationViewOf(context.db, application, state, service::Audience::kInstitution),
                             service::ApplicantSeenOf(context.db, application.applicant_cpr), RanksHere(application, institution)});
}

void List(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  AnswerInboxList(context, request, response, "read application to institution", &wire::InstitutionInbox::applications, InboxEntry);
}

void Decide(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string institution = request.matches[1];
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kDecideForrang, institution);
    if (!session) return;
    const int rank = std::stoi(request.matches[3]);
    bool region_decides = false;
    const auto application = service::ClaimedApplication(context, request, response, rank, [&](const auto& claim, const std::string& at) {
      region_decides = applications::DeciderOf(claim.ground) == applications::ForrangDecider::kRegion;
      return at == institution;
    });
    if (!application) return;
    if (region_decides) return http::WriteProblem(response, 403, MakeError(ErrorCode::kForrangDecidedByRegion, "wish", std::to_string(rank)));
    service::WriteForrangDecision(context, *session, request, response, *application, rank);
  });
}

void Attachment(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string institution = request.matches[1];
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kDecideForrang, institution);
    if (!session) return;
    // Only the documentation of a claim on a wish here that the institution decides.
    service::WriteClaimDocument(context, *session, request, response, std::stoll(request.matches[2]), request.matches[3], [&](const auto& claim, const std::string& at) {
      return at == institution && applications::DeciderOf(claim.ground) == applications::ForrangDecider::kInstitution;
    });
  });
}

// An applicant with the 1st wish here who must take the admission test, and why; nullopt if none.
Result<std::optional<wire::AdmissionTestEntry>> AdmissionTestEntry(ServiceContext& context, const std::string& institution,
                                                                   const store::StoredApplication& application,
                                                                   const service::ApplicationState& state) {
  const auto& wishes = application.content.wishes;
  if (wishes.empty() || wishes.front().institution != institution) return std::optional<wire::AdmissionTestEntry>();
  auto reason = service::AdmissionTestReason(context.db, application, state.status);
  if (!reason) return Fail(reason.error());
  if (!*reason) return std::optional<wire::AdmissionTestEntry>();
  return std::optional<wire::AdmissionTestEntry>(wire::AdmissionTestEntry{
      application.id, service::ApplicantSeenOf(context.db, application.applicant_cpr), wishes.front().programme, **reason});
}

void AdmissionTests(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  AnswerInboxList(context, request, response, "read admission test list", &wire::AdmissionTestList::admission_tests, AdmissionTestEntry);
}

}  // namespace

void RegisterInstitutionInboxRoutes(httplib::Server& server, ServiceContext& context) {
  server.Get(R"(/api/v1/institutions/(\d{6})/applications)", [&context](const auto& request, auto& response) { List(context, request, response); });
  server.Put(R"(/api/v1/institutions/(\d{6})/applications/(\d{1,15})/forrang/(\d{1,3}))",
             [&context](const auto& request, auto& response) { Decide(context, request, response); });
  server.Get(R"(/api/v1/institutions/(\d{6})/applications/(\d{1,15})/attachments/([0-9a-f]{64}))",
             [&context](const auto& request, auto& response) { Attachment(context, request, response); });
  server.Get(R"(/api/v1/institutions/(\d{6})/admission-tests)",
             [&context](const auto& request, auto& response) { AdmissionTests(context, request, response); });
}

}  // namespace optagelse::routes
