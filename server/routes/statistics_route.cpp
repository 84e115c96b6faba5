// Pseudonymised statistics for a region (issue "Who may see what", "Statistics"):
//   GET /api/v1/regions/{code}/statistics?year=2027&format=csv|json&min_group=5
// the applications whose 1st wish is in the region, one record per applicant under a keyed
// pseudonym, without CPR number, name, address or free text, small groups suppressed
// (statistics/statistics_export.h). A download; each person in it gets an audit row.
#include <charconv>

#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "http/json_response.h"
#include "routes/routes.h"
#include "statistics/statistics_export.h"

namespace optagelse::routes {
namespace {

// An integer query parameter within [min, max], or the fallback when absent; nullopt when malformed.
std::optional<int> IntParam(const httplib::Request& request, const char* name, int fallback, int min, int max) {
  if (!request.has_param(name)) return fallback;
  const std::string text = request.get_param_value(name);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) return std::nullopt;
  return value;
}

void Export(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string region = request.matches[1];
  const auto year = IntParam(request, "year", context.application_year, 2000, 2100);
  const auto min_group = IntParam(request, "min_group", 5, 5, 1000);  // never below 5 through the API
  const std::string format = request.has_param("format") ? request.get_param_value("format") : "csv";
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kExportStatistics, region);
    if (!session) return;
    if (!year) return http::WriteProblem(response, 400, MakeError(ErrorCode::kWrongFieldType, "year", "2000-2100"));
    if (!min_group) return http::WriteProblem(response, 400, MakeError(ErrorCode::kWrongFieldType, "min_group", "5-1000"));
    if (format != "csv" && format != "json") return http::WriteProblem(response, 400, MakeError(ErrorCode::kBadRequest, "format", "csv or json"));
    auto transaction = store::Transaction::Begin(context.db);
    if (!transaction) return http::WriteProblem(response, 503, transaction.error());
    auto data = statistics::BuildStatistics(context.db, context.statistics_key, *year, std::stoi(region), *min_group);
    if (!data) return http::WriteProblem(response, 503, data.error());
    if (!audit::Record(context, *session, request, response, "export pseudonymised statistics", data->subjects, std::to_string(*year))) return;
    if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
    const std::string file = "statistik-" + region + "-" + std::to_string(*year) + "." + format;
    response.set_header("Cache-Control", "no-store");
    response.set_header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    if (format == "json") {
      http::WriteJson(response, 200, statistics::StatisticsJson(*data));
      response.set_header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    } else {
      response.set_content(statistics::StatisticsCsv(*data), "text/csv; charset=utf-8");
    }
  });
}

}  // namespace

void RegisterStatisticsRoute(httplib::Server& server, ServiceContext& context) {
  server.Get(R"(/api/v1/regions/(108[1-5])/statistics)", [&context](const auto& request, auto& response) { Export(context, request, response); });
}

}  // namespace optagelse::routes
