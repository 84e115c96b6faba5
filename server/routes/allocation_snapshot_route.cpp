// The input of a region's allocation, built from the submitted applications:
//   POST /api/v1/regions/{code}/allocation-snapshots
//        {"admission_year": 2027, "seed": 42, "default_capacity": 28, "capacities": {"101001-stx": 56}}
//   -> the allocation input (docs/allocation.md), travel times included with their imported-over-
//      estimated values, ready to review and to POST to /api/v1/regions/{code}/allocations.
#include "allocation_runs/snapshot_builder.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "http/json_response.h"
#include "http/request_body.h"
#include "routes/routes.h"
#include "wire/allocation_wire.h"

namespace optagelse::routes {
namespace {

Result<allocation_runs::SnapshotRequest> ReadRequest(const wire::Json& body, int default_year) {
  allocation_runs::SnapshotRequest request;
  request.admission_year = default_year;
  if (!body.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, "", "object"));
  for (const auto& [name, value] : body.items()) {
    if (name == "capacities") {
      if (!value.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, name, "object"));
      for (const auto& [offer, seats] : value.items()) {
        if (!seats.is_number_integer() || seats.get<std::int64_t>() < 0 || seats.get<std::int64_t>() > 100000) {
          return Fail(MakeError(ErrorCode::kWrongFieldType, "capacities." + offer, "seats 0-100000"));
        }
        request.capacities[offer] = seats.get<int>();
      }
    } else if (name == "seed") {
      if (!value.is_number_unsigned()) return Fail(MakeError(ErrorCode::kWrongFieldType, name, "a whole number"));
      request.seed = value.get<std::uint64_t>();
    } else if (name == "admission_year" || name == "default_capacity") {
      if (!value.is_number_integer() || value.get<std::int64_t>() < 0 || value.get<std::int64_t>() > 100000) {
        return Fail(MakeError(ErrorCode::kWrongFieldType, name, "a whole number"));
      }
      (name == "admission_year" ? request.admission_year : request.default_capacity) = value.get<int>();
    } else {
      return Fail(MakeError(ErrorCode::kBadRequest, name, "unknown field"));
    }
  }
  return request;
}

void Build(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string region = request.matches[1];
  auto body = http::ReadJsonBody(request);
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kRunAllocation, region);
    if (!session) return;
    if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
    auto snapshot_request = ReadRequest(*body, context.application_year);
    if (!snapshot_request) return http::WriteProblem(response, 422, snapshot_request.error());
    auto input = allocation_runs::BuildSnapshot(context, std::stoi(region), *snapshot_request);
    if (!input) return http::WriteProblems(response, 422, input.error());
    std::vector<std::string> shown;
    shown.reserve(input->applicants.size());
    for (const auto& applicant : input->applicants) shown.push_back(applicant.id);
    if (!audit::Record(context, *session, request, response, "read allocation snapshot", shown, region)) return;
    http::WriteJson(response, 200, wire::AllocationInputToJson(*input));
  });
}

}  // namespace

void RegisterAllocationSnapshotRoute(httplib::Server& server, ServiceContext& context) {
  server.Post(R"(/api/v1/regions/(\d{4})/allocation-snapshots)", [&context](const httplib::Request& request, httplib::Response& response) {
    Build(context, request, response);
  });
}

}  // namespace optagelse::routes
