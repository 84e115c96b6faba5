// The input of a region's allocation, built from the submitted applications:
//   POST /api/v1/regions/{code}/allocation-snapshots
//        {"admission_year": 2027, "seed": 42, "default_capacity": 28, "capacities": {"101001-stx": 56}}
//   -> the allocation input (docs/allocation.md), travel times included with their imported-over-
//      estimated values, to review before running: POST /api/v1/regions/{code}/allocations with the
//      same request builds it again and runs on exactly that.
#include "allocation_runs/snapshot_builder.h"
#include "allocation_runs/snapshot_request.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "http/json_response.h"
#include "http/request_body.h"
#include "routes/routes.h"
#include "wire/allocation_wire.h"

namespace optagelse::routes {
namespace {

void Build(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string region = request.matches[1];
  auto body = http::ReadJsonBody(request);
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kRunAllocation, region);
    if (!session) return;
    if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
    auto snapshot_request = allocation_runs::ReadSnapshotRequest(*body, context.application_year);
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
