// The receiving institution's inbox (DOMAIN.md "Who uses it": sees applications made to it, decides
// forrang, lists applicants who must take the admission test), for its own staff:
//   GET /api/v1/institutions/{instnr}/applications                            1st wish here, or a forrang claim on a wish here
//   PUT /api/v1/institutions/{instnr}/applications/{id}/forrang/{wish}        {"decision": "granted"|"refused", "reason": "..."}
//   GET /api/v1/institutions/{instnr}/applications/{id}/attachments/{sha256}  a claim's documentation (sensitive)
//   GET /api/v1/institutions/{instnr}/admission-tests                         who must take the test, and why
// Names under name protection are never shown; the CPR number identifies the applicant.
#include "application_flow/admission_test.h"
#include "application_flow/application_state.h"
#include "auth/request_auth.h"
#include "clock.h"
#include "http/json_response.h"
#include "http/request_body.h"
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

const applications::ForrangClaim* ClaimOn(const store::StoredApplication& application, int rank) {
  for (const auto& claim : application.content.forrang) {
    if (claim.wish == rank) return &claim;
  }
  return nullptr;
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

void List(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string institution = request.matches[1];
  std::lock_guard lock(context.db_mutex);
  if (!auth::Authorize(context, request, response, auth::Action::kReadInstitutionApplications, institution)) return;
  auto inbox = Inbox(context, institution);
  if (!inbox) return http::WriteProblem(response, 503, inbox.error());
  wire::Json list = wire::Json::array();
  for (const auto& [application, state] : *inbox) {
    wire::Json entry = service::ApplicationJson(context.db, application, state, service::Audience::kInstitution);
    entry["applicant"] = service::ApplicantJson(context.db, application.applicant_cpr);
    entry["ranks_here"] = RanksHere(application, institution);
    list.push_back(std::move(entry));
  }
  http::WriteJson(response, 200, wire::Json{{"admission_year", context.application_year}, {"applications", std::move(list)}});
}

// The application named by the path if it has a wish at this institution at the given rank with a claim.
std::optional<store::StoredApplication> ClaimedApplication(ServiceContext& context, const httplib::Request& request,
                                                           httplib::Response& response, const std::string& institution, int rank) {
  auto stored = store::FindApplicationById(context.db, std::stoll(request.matches[2]));
  if (!stored) {
    http::WriteProblem(response, 503, stored.error());
    return std::nullopt;
  }
  const bool here = *stored && (*stored)->submitted && !(*stored)->withdrawn && rank >= 1 &&
                    rank <= static_cast<int>((*stored)->content.wishes.size()) &&
                    (*stored)->content.wishes[static_cast<std::size_t>(rank - 1)].institution == institution;
  if (!here || ClaimOn(**stored, rank) == nullptr) {
    http::WriteProblem(response, 404, MakeError(ErrorCode::kForrangNoClaim, "wish", std::to_string(rank)));
    return std::nullopt;
  }
  return std::move(**stored);
}

void Decide(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string institution = request.matches[1];
  auto body = http::ReadJsonBody(request);
  std::lock_guard lock(context.db_mutex);
  const auto session = auth::Authorize(context, request, response, auth::Action::kDecideForrang, institution);
  if (!session) return;
  if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
  const int rank = std::stoi(request.matches[3]);
  const auto application = ClaimedApplication(context, request, response, institution, rank);
  if (!application) return;
  auto decision = wire::RequiredString(*body, "decision");
  if (!decision || (*decision != "granted" && *decision != "refused")) {
    return http::WriteProblem(response, 422, MakeError(ErrorCode::kForrangDecisionInvalid, "decision"));
  }
  auto reason = wire::OptionalString(*body, "reason");
  if (!reason) return http::WriteProblem(response, 400, reason.error());
  const std::string reason_text = reason->value_or("");
  if (*decision == "refused" && reason_text.find_first_not_of(' ') == std::string::npos) {
    return http::WriteProblem(response, 422, MakeError(ErrorCode::kForrangReasonMissing, "reason"));
  }
  if (reason_text.size() > applications::kMaxTextLength) {
    return http::WriteProblem(response, 422, MakeError(ErrorCode::kApplicationTextTooLong, "reason", std::to_string(applications::kMaxTextLength)));
  }
  auto transaction = store::Transaction::Begin(context.db);
  if (!transaction) return http::WriteProblem(response, 503, transaction.error());
  const std::string now = clock::NowIso();
  const std::string ground = ClaimOn(*application, rank)->ground;
  store::ForrangDecision record{rank, ground, *decision, reason_text, institution, now};
  if (auto done = store::AppendForrangDecision(context.db, application->id, record); !done) return http::WriteProblem(response, 503, done.error());
  wire::Json detail{{"wish", rank}, {"ground", ground}, {"decision", *decision}};
  if (auto done = store::AppendEvent(context.db, application->id, {application->version, "forrang_decided", "institution", institution, now, wire::Dump(detail)});
      !done) {
    return http::WriteProblem(response, 503, done.error());
  }
  if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
  http::WriteJson(response, 200, wire::Json{{"wish", rank}, {"ground", ground}, {"decision", *decision}, {"reason", reason_text}, {"at", now}});
}

void Attachment(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string institution = request.matches[1];
  const std::string sha = request.matches[3];
  std::lock_guard lock(context.db_mutex);
  if (!auth::Authorize(context, request, response, auth::Action::kDecideForrang, institution)) return;
  auto stored = store::FindApplicationById(context.db, std::stoll(request.matches[2]));
  if (!stored) return http::WriteProblem(response, 503, stored.error());
  // Only the documentation of a claim on a wish at this institution.
  bool documents_claim_here = false;
  if (*stored && (*stored)->submitted) {
    for (const auto& claim : (*stored)->content.forrang) {
      const auto index = static_cast<std::size_t>(claim.wish - 1);
      documents_claim_here = documents_claim_here || (claim.attachment == sha && claim.wish >= 1 &&
                                                      index < (*stored)->content.wishes.size() &&
                                                      (*stored)->content.wishes[index].institution == institution);
    }
  }
  if (!documents_claim_here) return http::WriteProblem(response, 404, MakeError(ErrorCode::kAttachmentNotFound, "attachment", sha));
  auto attachment = store::FindAttachment(context.db, (*stored)->applicant_cpr, sha, true);
  if (!attachment) return http::WriteProblem(response, 503, attachment.error());
  if (!*attachment) return http::WriteProblem(response, 404, MakeError(ErrorCode::kAttachmentNotFound, "attachment", sha));
  response.set_header("Cache-Control", "no-store");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Content-Disposition", "attachment");
  response.set_content((*attachment)->content, (*attachment)->media_type);
}

void AdmissionTests(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string institution = request.matches[1];
  std::lock_guard lock(context.db_mutex);
  if (!auth::Authorize(context, request, response, auth::Action::kReadInstitutionApplications, institution)) return;
  auto inbox = Inbox(context, institution);
  if (!inbox) return http::WriteProblem(response, 503, inbox.error());
  wire::Json list = wire::Json::array();
  for (const auto& [application, state] : *inbox) {
    if (application.content.wishes.empty() || application.content.wishes.front().institution != institution) continue;
    auto reason = service::AdmissionTestReason(context.db, application, state.status);
    if (!reason) return http::WriteProblem(response, 503, reason.error());
    if (!*reason) continue;
    list.push_back({{"application", application.id},
                    {"applicant", service::ApplicantJson(context.db, application.applicant_cpr)},
                    {"programme", application.content.wishes.front().programme},
                    {"reason", **reason}});
  }
  http::WriteJson(response, 200, wire::Json{{"admission_year", context.application_year}, {"admission_tests", std::move(list)}});
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
