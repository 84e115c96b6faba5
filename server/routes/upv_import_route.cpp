// Many readiness assessments at once, as a school's admin system exports them:
//   POST /api/v1/schools/{instnr}/upv-import   (application/x-ndjson) one JSON object per line, the
//   pupil named by "cpr", the rest as for one pupil ({"grade_level", "standpunkt", ...}).
// Every line is checked first; one bad line and nothing is stored (each problem names its line).
#include <algorithm>

#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "cpr/cpr_number.h"
#include "enrolment/enrolment_status.h"
#include "http/json_response.h"
#include "routes/routes.h"
#include "store/pupil_store.h"
#include "upv_records/upv_recorder.h"
#include "upv_records/upv_save_request.h"

namespace optagelse::routes {
namespace {

// Problems of one import line, named "lines[N].field" so the school can find them.
void AddLineProblems(std::vector<Problem>& out, std::size_t line, std::vector<Problem> problems) {
  for (Problem& problem : problems) {
    problem.field = "lines[" + std::to_string(line) + "]" + (problem.field.empty() ? "" : "." + problem.field);
    out.push_back(std::move(problem));
  }
}

// The import line's pupil: accepted at this school, named once in the file; else the problem.
Result<const pupils::PupilRecord*> ImportPupil(const std::vector<pupils::PupilRecord>& records, const wire::Json& line,
                                               std::vector<std::string>& seen) {
  auto cpr_text = wire::RequiredString(line, "cpr");
  if (!cpr_text) return Fail(cpr_text.error());
  const std::string cpr = cpr::CheckCpr(*cpr_text).normalized;
  const pupils::PupilRecord* pupil = nullptr;
  for (const pupils::PupilRecord& record : records) {
    if (cpr.empty() || record.pupil.cpr != cpr) continue;
    if (pupil == nullptr || record.status == pupils::RowOutcome::kAccepted) pupil = &record;
  }
  if (pupil == nullptr) return Fail(MakeError(ErrorCode::kUnknownReference, "cpr", *cpr_text));
  if (pupil->status != pupils::RowOutcome::kAccepted) {
    return Fail(MakeError(ErrorCode::kUpvPupilBlocked, "cpr", std::string(pupils::OutcomeName(pupil->status))));
  }
  if (std::find(seen.begin(), seen.end(), cpr) != seen.end()) return Fail(MakeError(ErrorCode::kDuplicateValue, "cpr", *cpr_text));
  seen.push_back(cpr);
  return pupil;
}

// One non-blank line of the file, parsed (or why not), with its line number.
struct ParsedLine {
  std::size_t number = 0;
  Result<wire::Json> json;
};

std::vector<ParsedLine> ParseLines(std::string_view body) {
  std::vector<ParsedLine> lines;
  std::size_t line_number = 0;
  for (std::size_t start = 0; start < body.size();) {
    const std::size_t end = std::min(body.find('\n', start), body.size());
    const std::string_view line = body.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    lines.push_back({line_number, wire::ParseJson(line)});
  }
  return lines;
}

void Import(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  constexpr std::size_t kMaxReportedProblems = 200;
  const std::string school = request.matches[1];
  std::vector<ParsedLine> lines = ParseLines(request.body);  // before the database's turn
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kWriteUpv, upv_records::SchoolResource(context, school));
    if (!session) return;
    const std::string type = request.get_header_value("Content-Type");
    if (type.rfind("application/x-ndjson", 0) != 0 && type.rfind("application/jsonl", 0) != 0 && type.rfind("text/plain", 0) != 0) {
      return http::WriteProblem(response, 415, MakeError(ErrorCode::kUnsupportedMediaType, "Content-Type", "application/x-ndjson"));
    }
    auto records = store::ListPupils(context.db, school, store::PupilFilter{});
    if (!records) return http::WriteProblem(response, 503, records.error());
    std::vector<std::pair<const pupils::PupilRecord*, upv_records::SaveRequest>> accepted;
    std::vector<Problem> problems;
    std::vector<std::string> seen;
    for (ParsedLine& parsed : lines) {
      if (problems.size() >= kMaxReportedProblems) break;
      const std::size_t line_number = parsed.number;
      auto& json = parsed.json;
      if (!json) {
        AddLineProblems(problems, line_number, {json.error()});
        continue;
      }
      auto pupil = ImportPupil(*records, *json, seen);
      if (!pupil) {
        AddLineProblems(problems, line_number, {pupil.error()});
        continue;
      }
      auto conflict = enrolment::ConflictOf(context.db, **pupil);
      if (!conflict) return http::WriteProblem(response, 503, conflict.error());
      if (*conflict && (*conflict)->held) {
        AddLineProblems(problems, line_number, {enrolment::ConflictProblem(**conflict)});
        continue;
      }
      json->erase("cpr");
      auto save = upv_records::ReadSaveRequest(context, *json, **pupil);
      if (!save) {
        AddLineProblems(problems, line_number, save.error());
        continue;
      }
      accepted.emplace_back(*pupil, std::move(*save));
    }
    if (accepted.empty() && problems.empty()) problems.push_back(MakeError(ErrorCode::kEmptyFile, "body"));
    if (!problems.empty()) return http::WriteProblems(response, 422, problems);
    auto transaction = store::Transaction::Begin(context.db);
    if (!transaction) return http::WriteProblem(response, 503, transaction.error());
    std::size_t changed = 0;
    std::vector<std::string> assessed;  // whose assessment got a new version: one audit row each
    for (const auto& [pupil, save] : accepted) {
      auto recorded = upv_records::RecordUpv(context, *session, *pupil, save.first, *save.second);
      if (!recorded) return http::WriteProblem(response, 503, recorded.error());  // the transaction rolls back
      changed += recorded->unchanged ? 0 : 1;
      if (!recorded->unchanged) assessed.push_back(pupil->pupil.cpr);
    }
    if (!audit::Record(context, *session, request, response, "import UPV", assessed)) return;
    if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
    http::WriteJson(response, 200,
                    wire::Json{{"pupils", accepted.size()}, {"changed", changed}, {"unchanged", accepted.size() - changed}});
  });
}

}  // namespace

void RegisterUpvImportRoute(httplib::Server& server, ServiceContext& context) {
  server.Post(R"(/api/v1/schools/(\d{6})/upv-import)", [&context](const auto& request, auto& response) {
    Import(context, request, response);
  });
}

}  // namespace optagelse::routes
