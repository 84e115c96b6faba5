// Readiness assessments (UPV) - docs/domain.md "UPV"; who sees what is the access policy's:
//   GET /api/v1/schools/{instnr}/upv[?class=9.B]          class list: each pupil's result per track
//   GET /api/v1/schools/{instnr}/pupils/{id}/upv          one pupil: current input, result, history
//   PUT /api/v1/schools/{instnr}/pupils/{id}/upv          enter or change (school staff); body: the
//       UPV input ({"grade_level", "standpunkt", "exam", "personal", "social", "practical"},
//       optional "admission_year"). Pupils without a valid CPR are blocked with the reason.
//   (POST /api/v1/schools/{instnr}/upv-import: upv_import_route.cpp)
//   GET /api/v1/me/upv                                    a person's own UPV and their children's
#include "application_flow/guardians.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "clock.h"
#include "cpr/cpr_number.h"
#include "enrolment/enrolment_status.h"
#include "http/json_response.h"
#include "http/request_body.h"
#include "routes/routes.h"
#include "store/pupil_store.h"
#include "store/register_lookup.h"
#include "store/upv_store.h"
#include "upv/assessment.h"
#include "upv_records/upv_recorder.h"
#include "upv_records/upv_save_request.h"
#include "wire/problem_wire.h"
#include "wire/upv_answers.h"
#include "wire/upv_wire.h"

namespace optagelse::routes {
namespace {

// Why a pupil cannot be assessed: the verdict of the pupil report (filtered: not in the CPR
// register; rejected: invalid row), as problems; empty for an accepted pupil.
wire::Json BlockedJson(const pupils::PupilRecord& record) {
  if (record.status == pupils::RowOutcome::kAccepted) return nullptr;
  std::string reasons;
  for (const Problem& problem : record.problems) {
    reasons += (reasons.empty() ? "" : ", ") + std::string(ErrorCodeName(problem.code));
  }
  wire::Json blocked = wire::ProblemToJson(MakeError(ErrorCode::kUpvPupilBlocked, "cpr", reasons));
  blocked["status"] = pupils::OutcomeName(record.status);
  blocked["problems"] = wire::ProblemsToJson(record.problems)["errors"];
  return blocked;
}

// A pupil as the school's UPV screens show them; a report held in an enrolment conflict is blocked
// with the conflict's reason, and the school that keeps the pupil sees the conflict too.
Result<wire::Json> PupilJson(store::Database& db, const pupils::PupilRecord& record) {
  auto conflict = enrolment::ConflictOf(db, record);
  if (!conflict) return Fail(conflict.error());
  wire::Json blocked = BlockedJson(record);
  if (*conflict && (*conflict)->held) {
    const Problem problem = enrolment::ConflictProblem(**conflict);
    blocked = wire::ProblemToJson(problem);
    blocked["status"] = "conflict";
    blocked["problems"] = wire::Json::array({wire::ProblemToJson(problem)});
  }
  return wire::Json{{"id", record.id},
                    {"name", record.pupil.name},
                    {"class", record.pupil.class_name},
                    {"grade", record.pupil.grade},
                    {"status", pupils::OutcomeName(record.status)},
                    {"blocked", std::move(blocked)},
                    {"conflict", *conflict ? enrolment::ConflictJson(**conflict) : wire::Json(nullptr)}};
}

wire::UpvVersionSeen VersionSeen(const store::UpvVersion& version, bool with_result) {
  wire::UpvVersionSeen seen{version.id, version.admission_year, version.entered_by, version.entered_at,
                            wire::ParseJson(version.changes_json).value_or(wire::Json::object()), nullptr, nullptr};
  if (with_result) {
    seen.input = wire::ParseJson(version.input_json).value_or(wire::Json::object());
    seen.assessment = wire::ParseJson(version.assessment_json).value_or(wire::Json::object());
  }
  return seen;
}

wire::Json SummaryJson(const store::UpvVersion& version) {
  const wire::Json assessment = wire::ParseJson(version.assessment_json).value_or(wire::Json::object());
  wire::Json ready = wire::Json::object();
  if (assessment.contains("tracks")) {
    for (const auto& [track, result] : assessment["tracks"].items()) ready[track] = result.value("ready", false);
  }
  return wire::Json{{"version", version.id},
                    {"admission_year", version.admission_year},
                    {"provisional", assessment.value("provisional", false)},
                    {"ready", std::move(ready)},
                    {"entered_at", version.entered_at}};
}

void ClassList(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string school = request.matches[1];
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kReadSchoolUpv, upv_records::SchoolResource(context, school));
    if (!session) return;
    store::PupilFilter filter;
    if (request.has_param("class")) filter.class_name = request.get_param_value("class");
    auto records = store::ListPupils(context.db, school, filter);
    if (!records) return http::WriteProblem(response, 503, records.error());
    auto latest = store::LatestUpvForSchool(context.db, school);
    if (!latest) return http::WriteProblem(response, 503, latest.error());
    wire::Json list = wire::Json::array();
    for (const pupils::PupilRecord& record : *records) {
      auto entry = PupilJson(context.db, record);
      if (!entry) return http::WriteProblem(response, 503, entry.error());
      const auto found = latest->find(record.id);
      (*entry)["upv"] = found == latest->end() ? wire::Json(nullptr) : SummaryJson(found->second);
      list.push_back(std::move(*entry));
    }
    std::vector<std::string> shown;
    for (const pupils::PupilRecord& record : *records) {
      if (!record.pupil.cpr.empty()) shown.push_back(record.pupil.cpr);
    }
    if (!audit::Record(context, *session, request, response, "read school's readiness assessments", shown)) return;
    http::WriteJson(response, 200, wire::Json{{"admission_year", context.upv_admission_year}, {"pupils", std::move(list)}});
  });
}

// The pupil named by the path, or a 404 already written.
std::optional<pupils::PupilRecord> PupilFromPath(ServiceContext& context, const httplib::Request& request,
                                                 httplib::Response& response) {
  auto record = store::FindPupil(context.db, request.matches[1], std::stoll(request.matches[2]));
  if (!record) {
    http::WriteProblem(response, 503, record.error());
    return std::nullopt;
  }
  if (!*record) http::WriteProblem(response, 404, MakeError(ErrorCode::kNotFound, "pupil", request.matches[2]));
  return *record;
}

void PupilDetail(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string school = request.matches[1];
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kReadSchoolUpv, upv_records::SchoolResource(context, school));
    if (!session) return;
    const auto record = PupilFromPath(context, request, response);
    if (!record) return;
    auto history = store::UpvHistory(context.db, record->id);
    if (!history) return http::WriteProblem(response, 503, history.error());
    wire::Json versions = wire::Json::array();
    for (const store::UpvVersion& version : *history) versions.push_back(wire::EncodeAnswer(VersionSeen(version, false)));
    auto pupil = PupilJson(context.db, *record);
    if (!pupil) return http::WriteProblem(response, 503, pupil.error());
    if (!audit::Record(context, *session, request, response, "read pupil's readiness assessment", {record->pupil.cpr}, std::to_string(record->id))) {
      return;
    }
    http::WriteJson(response, 200,
                    wire::Json{{"pupil", std::move(*pupil)},
                               {"admission_year", context.upv_admission_year},
                               {"current", history->empty() ? wire::Json(nullptr) : wire::EncodeAnswer(VersionSeen(history->front(), true))},
                               {"history", std::move(versions)}});
  });
}

void Save(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string school = request.matches[1];
  auto body = http::ReadJsonBody(request);
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kWriteUpv, upv_records::SchoolResource(context, school));
    if (!session) return;
    if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
    const auto record = PupilFromPath(context, request, response);
    if (!record) return;
    if (record->status != pupils::RowOutcome::kAccepted) {
      wire::Json blocked = wire::Json{{"errors", wire::Json::array({BlockedJson(*record)})}};
      return http::WriteJson(response, 409, blocked);
    }
    auto save = upv_records::ReadSaveRequest(context, *body, *record);
    if (!save) return http::WriteProblems(response, 422, save.error());
    auto transaction = store::Transaction::Begin(context.db);
    if (!transaction) return http::WriteProblem(response, 503, transaction.error());
    auto recorded = upv_records::RecordUpv(context, *session, *record, save->first, *save->second);
    if (!recorded) return http::WriteProblem(response, http::StatusFor(recorded.error().code), recorded.error());
    if (!audit::Record(context, *session, request, response, "assess readiness", {record->pupil.cpr}, std::to_string(record->id))) return;
    if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
    wire::Json answer{{"version", recorded->version}, {"assessment", recorded->assessment}, {"changes", recorded->changes}};
    if (recorded->unchanged) answer["unchanged"] = true;
    http::WriteJson(response, 200, answer);
  });
}

// One person's UPV as they (or their guardian) see it: where they are a pupil and the current result.
Result<wire::MyUpvPerson> PersonUpv(ServiceContext& context, const registry::Person& person, auth::Relation relation) {
  auto records = enrolment::CountingEnrolmentsOf(context.db, person.cpr);  // a held report does not count
  if (!records) return Fail(records.error());
  wire::MyUpvPerson seen;
  seen.relation = relation == auth::Relation::kSelf ? "self" : "child";
  // Name protection: the name is shown to the person only.
  if (relation == auth::Relation::kSelf || !person.name_protected) seen.name = person.name;
  seen.name_protected = person.name_protected;
  for (const pupils::PupilRecord& record : *records) {
    auto history = store::UpvHistory(context.db, record.id);
    if (!history) return Fail(history.error());
    wire::MyUpvPlace place{record.pupil.institution, record.pupil.class_name, record.pupil.grade, std::nullopt};
    if (!history->empty()) place.current = VersionSeen(history->front(), true);
    seen.pupil.push_back(std::move(place));
  }
  return seen;
}

void MyUpv(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  context.db_mutex.Run([&] {
    const auto session = auth::Authenticate(context, request, response);
    if (!session) return;
    store::SqliteCprRegister cpr_register(context.db);
    const auto me = session->role == auth::Role::kCitizen ? cpr_register.Lookup(session->organisation) : std::nullopt;
    if (!me || auth::Decide(*session, auth::Action::kReadPersonUpv, auth::Resource{"", 0, auth::Relation::kSelf}) !=
                   auth::Decision::kAllow) {
      return http::WriteProblem(response, 403, MakeError(ErrorCode::kForbidden, "role", std::string(auth::RoleName(session->role))));
    }
    wire::MyUpv answer;
    auto own = PersonUpv(context, *me, auth::Relation::kSelf);
    if (!own) return http::WriteProblem(response, 503, own.error());
    answer.people.push_back(std::move(*own));
    auto child_cprs = store::ChildrenInCustody(context.db, me->cpr);
    if (!child_cprs) return http::WriteProblem(response, 503, child_cprs.error());
    const Date today = clock::Today();
    std::vector<std::string> shown{me->cpr};
    for (const std::string& child_cpr : *child_cprs) {
      const auth::Relation relation = applications_service::IsMinor(child_cpr, today) ? auth::Relation::kCustodyOfMinor : auth::Relation::kNone;
      if (auth::Decide(*session, auth::Action::kReadPersonUpv, auth::Resource{"", 0, relation}) != auth::Decision::kAllow) continue;
      const auto child = cpr_register.Lookup(child_cpr);
      if (!child) continue;
      auto entry = PersonUpv(context, *child, relation);
      if (!entry) return http::WriteProblem(response, 503, entry.error());
      answer.people.push_back(std::move(*entry));
      shown.push_back(child_cpr);
    }
    if (!audit::Record(context, *session, request, response, "read readiness assessment", shown)) return;
    http::WriteJson(response, 200, wire::EncodeAnswer(answer));
  });
}

}  // namespace

void RegisterUpvRoutes(httplib::Server& server, ServiceContext& context) {
  server.Get(R"(/api/v1/schools/(\d{6})/upv)", [&context](const auto& request, auto& response) {
    ClassList(context, request, response);
  });
  server.Get(R"(/api/v1/schools/(\d{6})/pupils/(\d{1,15})/upv)", [&context](const auto& request, auto& response) {
    PupilDetail(context, request, response);
  });
  server.Put(R"(/api/v1/schools/(\d{6})/pupils/(\d{1,15})/upv)", [&context](const auto& request, auto& response) {
    Save(context, request, response);
  });
  server.Get("/api/v1/me/upv", [&context](const auto& request, auto& response) { MyUpv(context, request, response); });
}

}  // namespace optagelse::routes
