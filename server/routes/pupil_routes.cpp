// A school's pupil report (Elevdatabasen), for the school's own staff only:
//   POST /api/v1/schools/{instnr}/pupil-reports   body: text/csv (charset utf-8 or windows-1252) or JSON;
//        each row says whether another school reported the pupil for an overlapping period
//        ("conflict": held when the other school reported first - the pupil then counts there)
//   GET  /api/v1/schools/{instnr}/pupils?status=accepted|filtered|rejected[,...]&class=9.B
//   GET  /api/v1/schools/{instnr}/pupils.csv?status=...   the same list as CSV (e.g. the rejected rows)
//   PUT  /api/v1/schools/{instnr}/pupils/{id}/cpr  {"cpr": "..."}   correct a CPR number in place
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "core/messages.h"
#include "enrolment/enrolment_status.h"
#include "cpr/cpr_number.h"
#include "http/json_response.h"
#include "mail/notices.h"
#include "http/request_body.h"
#include "import/pupil_import.h"
#include "routes/routes.h"
#include "store/pupil_store.h"
#include "text/csv.h"
#include "wire/pupil_wire.h"

namespace optagelse::routes {
namespace {

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return text;
}

// The format and encoding of an upload from its Content-Type, or the problem with it.
Result<std::pair<import::ReportFormat, text::Encoding>> UploadFormat(const httplib::Request& request) {
  const std::string type = Lower(request.get_header_value("Content-Type"));
  if (type.rfind("application/json", 0) == 0) return std::pair{import::ReportFormat::kJson, text::Encoding::kUtf8};
  if (type.rfind("text/csv", 0) == 0 || type.rfind("text/plain", 0) == 0) {
    text::Encoding encoding = text::Encoding::kDetect;
    if (type.find("charset=utf-8") != std::string::npos) encoding = text::Encoding::kUtf8;
    if (type.find("charset=windows-1252") != std::string::npos || type.find("charset=cp1252") != std::string::npos ||
        type.find("charset=iso-8859-1") != std::string::npos) {
      encoding = text::Encoding::kWindows1252;
    }
    return std::pair{import::ReportFormat::kCsv, encoding};
  }
  return Fail(MakeError(ErrorCode::kUnsupportedMediaType, "Content-Type", "text/csv, application/json"));
}

Result<store::PupilFilter> FilterFrom(const httplib::Request& request) {
  store::PupilFilter filter;
  if (request.has_param("status")) {  // one status or several, comma-separated
    const std::string list = request.get_param_value("status");
    for (std::size_t start = 0; start <= list.size();) {
      const std::size_t end = std::min(list.find(',', start), list.size());
      const auto status = pupils::OutcomeFromName(std::string_view(list).substr(start, end - start));
      if (!status) return Fail(MakeError(ErrorCode::kWrongFieldType, "status", "accepted|filtered|rejected"));
      filter.statuses.push_back(*status);
      start = end + 1;
    }
  }
  if (request.has_param("class")) filter.class_name = request.get_param_value("class");
  return filter;
}

void Upload(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string school = request.matches[1];
  auto format = UploadFormat(request);
  // Decoded and parsed before the database's turn: the turn only judges against the register and stores.
  auto read = format ? import::ReadPupilReport(request.body, format->first, format->second)
                     : tl::expected<pupils::ReadRows, std::vector<Problem>>(tl::unexpected(std::vector<Problem>{}));
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kUploadPupilReport, school);
    if (!session) return;
    if (!format) return http::WriteProblem(response, 415, format.error());
    if (!read) return http::WriteProblems(response, 422, read.error());
    auto transaction = store::Transaction::Begin(context.db);  // the report and the school's message together
    if (!transaction) return http::WriteProblem(response, 503, transaction.error());
    auto summary = import::ImportPupilRows(context.db, school, std::move(*read), request.body);
    if (!summary) return http::WriteProblems(response, 422, summary.error());
    notifications::NoticeFacts facts;
    facts.rows_accepted = static_cast<int>(summary->accepted);
    facts.rows_rejected = static_cast<int>(summary->filtered + summary->rejected);
    if (auto told = mail::TellSchool(context.db, context.notices, notifications::NoticeKind::kPupilReportProcessed, school, facts); !told) {
      return http::WriteProblem(response, 503, told.error());
    }
    std::vector<std::string> reported;
    for (const pupils::RowResult& row : summary->rows) {
      if (!row.pupil.cpr.empty()) reported.push_back(row.pupil.cpr);
    }
    if (!audit::Record(context, *session, request, response, "report pupils", reported)) return;
    if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
    wire::Json rows = wire::Json::array();
    for (const pupils::RowResult& result : summary->rows) {
      wire::Json row = wire::RowResultToJson(result);
      // A pupil another school reported first for an overlapping period: said at once, with the reason.
      auto conflict = enrolment::ConflictOf(context.db, {result.id, result.outcome, result.line, result.problems, result.pupil});
      if (!conflict) return http::WriteProblem(response, 503, conflict.error());
      row["conflict"] = *conflict ? enrolment::ConflictJson(**conflict) : wire::Json(nullptr);
      rows.push_back(std::move(row));
    }
    std::size_t held = 0;
    for (const wire::Json& row : rows) held += row["conflict"].is_object() && row["conflict"]["held"].get<bool>() ? 1 : 0;
    http::WriteJson(response, 200, wire::Json{{"accepted", summary->accepted}, {"filtered", summary->filtered},
                                              {"rejected", summary->rejected}, {"conflicts", held}, {"rows", std::move(rows)}});
  });
}

void List(ServiceContext& context, const httplib::Request& request, httplib::Response& response, bool as_csv) {
  const std::string school = request.matches[1];
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kReadSchoolPupils, school);
    if (!session) return;
    auto filter = FilterFrom(request);
    if (!filter) return http::WriteProblem(response, 400, filter.error());
    auto records = store::ListPupils(context.db, school, *filter);
    if (!records) return http::WriteProblem(response, 503, records.error());
    std::vector<std::string> shown;
    for (const pupils::PupilRecord& record : *records) {
      if (!record.pupil.cpr.empty()) shown.push_back(record.pupil.cpr);
    }
    if (!audit::Record(context, *session, request, response, as_csv ? "export school's pupils" : "read school's pupils", shown)) return;
    if (!as_csv) {
      wire::Json list = wire::Json::array();
      for (const pupils::PupilRecord& record : *records) {
        wire::Json entry = wire::PupilRecordToJson(record);
        auto conflict = enrolment::ConflictOf(context.db, record);  // both schools see it, with its reason
        if (!conflict) return http::WriteProblem(response, 503, conflict.error());
        entry["conflict"] = *conflict ? enrolment::ConflictJson(**conflict) : wire::Json(nullptr);
        list.push_back(std::move(entry));
      }
      return http::WriteJson(response, 200, wire::Json{{"pupils", std::move(list)}});
    }
    std::string csv = "\xEF\xBB\xBF";  // a BOM, so spreadsheet programs read æ, ø and å right
    csv += text::CsvLine({"status", "linje", "cpr", "navn", "klasse", "klassetrin", "fejlkoder", "fejl"}, ';');
    for (const pupils::PupilRecord& record : *records) {
      std::string codes, texts;
      for (const Problem& problem : record.problems) {
        codes += (codes.empty() ? "" : " ") + std::string(ErrorCodeName(problem.code));
        texts += (texts.empty() ? "" : " ") + MessageFor(problem, Language::kDanish);
      }
      csv += text::CsvLine({std::string(pupils::OutcomeText(record.status, Language::kDanish)), std::to_string(record.line), record.pupil.cpr,
                            record.pupil.name, record.pupil.class_name,
                            record.pupil.grade ? std::to_string(record.pupil.grade) : "", codes, texts}, ';');
    }
    response.set_header("Cache-Control", "no-store");
    response.set_header("Content-Disposition", "attachment; filename=\"elever-" + school + ".csv\"");
    response.set_content(csv, "text/csv; charset=utf-8");
  });
}

void Correct(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string school = request.matches[1];
  const std::int64_t id = std::stoll(request.matches[2]);
  auto body = http::ReadJsonBody(request);
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kCorrectPupilCpr, school);
    if (!session) return;
    if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
    auto cpr = wire::RequiredString(*body, "cpr");
    if (!cpr) return http::WriteProblem(response, 400, cpr.error());
    // A correction must at least look like a CPR number (the core's check, as the screen shows it
    // while typing): a malformed one is refused and nothing is stored.
    if (const cpr::CprCheck check = cpr::CheckCpr(*cpr); check.status == cpr::CprStatus::kMalformed && check.reason) {
      return http::WriteProblem(response, 422, *check.reason);
    }
    auto result = import::CorrectPupilCpr(context.db, school, id, *cpr);
    if (!result) return http::WriteProblem(response, http::StatusFor(result.error().code), result.error());
    if (!audit::Record(context, *session, request, response, "correct pupil's CPR number", {result->pupil.cpr}, std::to_string(id))) return;
    http::WriteJson(response, 200, wire::RowResultToJson(*result));
  });
}

}  // namespace

void RegisterPupilRoutes(httplib::Server& server, ServiceContext& context) {
  server.Post(R"(/api/v1/schools/(\d{6})/pupil-reports)", [&context](const auto& request, auto& response) {
    Upload(context, request, response);
  });
  server.Get(R"(/api/v1/schools/(\d{6})/pupils)", [&context](const auto& request, auto& response) {
    List(context, request, response, false);
  });
  server.Get(R"(/api/v1/schools/(\d{6})/pupils\.csv)", [&context](const auto& request, auto& response) {
    List(context, request, response, true);
  });
  server.Put(R"(/api/v1/schools/(\d{6})/pupils/(\d{1,15})/cpr)", [&context](const auto& request, auto& response) {
    Correct(context, request, response);
  });
}

}  // namespace optagelse::routes
