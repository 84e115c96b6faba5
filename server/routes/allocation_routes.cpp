// The region's authoritative allocation (docs/domain.md "Allocation"), for the region's own staff:
//   POST /api/v1/regions/{code}/allocations                 {"admission_year", "seed", "capacities", ...}:
//                                                          run on the server's own snapshot of the
//                                                          submitted applications (docs/allocation.md);
//                                                          stored with its hashes, never changed. A
//                                                          hand-made data set is refused: previews are
//                                                          the app's what-if, never stored
//   GET  /api/v1/regions/{code}/allocations                 the region's runs
//   GET  /api/v1/regions/{code}/allocations/{id}            per programme: seats, filled, cutoff;
//                                                          the unplaced with reasons and manual places
//   POST /api/v1/regions/{code}/allocations/{id}/rerun      recompute from the snapshot: identical?
//   POST /api/v1/regions/{code}/allocations/{id}/placements {"applicant", "programme", "reason"}
//   POST /api/v1/regions/{code}/allocations/{id}/publish    applicants and institutions then see it; only
//                                                          a run made after the year's deadline
#include "allocation_runs/allocation_outcomes.h"
#include "allocation_runs/snapshot_request.h"
#include "applications/application_rules.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "calendar/instant.h"
#include "clock.h"
#include "mail/notices.h"
#include "crypto/digest.h"
#include "http/json_response.h"
#include "http/request_body.h"
#include "routes/routes.h"
#include "store/allocation_store.h"
#include "wire/allocation_wire.h"

namespace optagelse::routes {
namespace {

std::string Who(const auth::Session& session) { return std::string(auth::RoleName(session.role)) + ":" + session.organisation; }

wire::Json RunSummary(const store::AllocationRun& run) {
  wire::Json json{{"id", run.id},           {"region", run.region},         {"admission_year", run.admission_year},
                  {"seed", run.seed},       {"stable", run.stable},         {"input_sha256", run.input_sha256},
                  {"result_sha256", run.result_sha256}, {"created_by", run.created_by}, {"created_at", run.created_at}};
  json["published_at"] = run.published_at ? wire::Json(*run.published_at) : wire::Json(nullptr);
  return json;
}

// The run named by the path, belonging to the region, with its texts; or the answer already written.
std::optional<store::AllocationRun> RunFromPath(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  auto run = store::FindAllocationRun(context.db, std::stoll(request.matches[2]), true);
  if (!run) {
    http::WriteProblem(response, 503, run.error());
    return std::nullopt;
  }
  if (!*run || (*run)->region != request.matches[1]) {
    http::WriteProblem(response, 404, MakeError(ErrorCode::kNotFound, "allocation", request.matches[2]));
    return std::nullopt;
  }
  return std::move(**run);
}

std::vector<std::string> ApplicantIds(const allocation::AllocationInput& input) {
  std::vector<std::string> ids;
  ids.reserve(input.applicants.size());
  for (const allocation::Applicant& applicant : input.applicants) ids.push_back(applicant.id);
  return ids;
}

void Create(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string region = request.matches[1];
  auto body = http::ReadJsonBody(request);
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kRunAllocation, region);
    if (!session) return;
    if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
    // The input is the server's own snapshot of the submitted applications, never a body's data set.
    auto snapshot_request = allocation_runs::ReadSnapshotRequest(*body, context.application_year);
    if (!snapshot_request) return http::WriteProblem(response, 422, snapshot_request.error());
    auto input = allocation_runs::BuildSnapshot(context, std::stoi(region), *snapshot_request);
    if (!input) return http::WriteProblems(response, 422, input.error());
    auto computed = allocation_runs::ComputeRun(context.rules, std::move(*input));
    if (!computed) return http::WriteProblems(response, 422, computed.error());
    store::AllocationRun run;
    run.region = region;
    run.admission_year = (*computed)->input.rule_year;
    run.seed = (*computed)->input.seed;
    wire::WriteAllocationInput((*computed)->input, run.input_json);  // rule year resolved
    run.input_sha256 = crypto::Sha256Hex(run.input_json);
    run.result_json = (*computed)->result_json;
    run.result_sha256 = crypto::Sha256Hex(run.result_json);
    run.stable = (*computed)->result.stable();
    run.created_by = Who(*session);
    run.created_at = clock::NowIso();
    auto transaction = store::Transaction::Begin(context.db);
    if (!transaction) return http::WriteProblem(response, 503, transaction.error());
    auto id = store::InsertAllocationRun(context.db, run);
    if (!id) return http::WriteProblem(response, 503, id.error());
    run.id = *id;
    // The run stores each applicant's wishes, forrang and travel times: one audit row each.
    if (!audit::Record(context, *session, request, response, "run allocation", ApplicantIds((*computed)->input), std::to_string(run.id))) {
      return;
    }
    if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
    std::size_t placed = 0;
    for (const auto& placement : (*computed)->result.placements) placed += placement.offer ? 1 : 0;
    wire::Json answer = RunSummary(run);
    answer["placed"] = placed;
    answer["unplaced"] = (*computed)->result.placements.size() - placed;
    http::WriteJson(response, 201, answer);
  });
}

void List(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string region = request.matches[1];
  context.db_mutex.Run([&] {
    if (!auth::Authorize(context, request, response, auth::Action::kRunAllocation, region)) return;
    auto runs = store::ListAllocationRuns(context.db, region);
    if (!runs) return http::WriteProblem(response, 503, runs.error());
    wire::Json list = wire::Json::array();
    for (const store::AllocationRun& run : *runs) list.push_back(RunSummary(run));
    http::WriteJson(response, 200, wire::Json{{"runs", std::move(list)}});
  });
}

void Detail(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kRunAllocation, std::string(request.matches[1]));
    if (!session) return;
    const auto run = RunFromPath(context, request, response);
    if (!run) return;
    auto result = wire::ParseJson(run->result_json, 200);
    auto manual = store::ListManualPlacements(context.db, run->id);
    if (!result || !manual) return http::WriteProblem(response, 503, MakeError(ErrorCode::kInternal, "allocation"));
    wire::Json placements = wire::Json::array();
    for (const store::ManualPlacement& placement : *manual) {
      placements.push_back({{"applicant", placement.applicant}, {"programme", placement.programme}, {"reason", placement.reason},
                            {"placed_by", placement.placed_by}, {"placed_at", placement.placed_at}});
    }
    wire::Json answer = RunSummary(*run);
    answer["cutoffs"] = (*result)["cutoffs"];
    answer["unplaced"] = (*result)["unplaced"];
    answer["assigned"] = (*result)["assignments"].size();
    answer["manual_placements"] = std::move(placements);
    std::vector<std::string> shown;  // the persons named in the answer: the unplaced and those placed by hand
    for (const wire::Json& unplaced : answer["unplaced"]) {
      if (unplaced["applicant"].is_string()) shown.push_back(unplaced["applicant"].get<std::string>());
    }
    for (const store::ManualPlacement& placement : *manual) shown.push_back(placement.applicant);
    if (!audit::Record(context, *session, request, response, "read allocation run", shown, std::to_string(run->id))) return;
    http::WriteJson(response, 200, answer);
  });
}

void Rerun(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  context.db_mutex.Run([&] {
    if (!auth::Authorize(context, request, response, auth::Action::kRunAllocation, std::string(request.matches[1]))) return;
    const auto run = RunFromPath(context, request, response);
    if (!run) return;
    // The tree reader on purpose: a second path through the stored snapshot, not the one that made it.
    auto json = wire::ParseJson(run->input_json, 200);
    if (!json) return http::WriteProblem(response, 503, MakeError(ErrorCode::kInternal, "allocation"));
    auto computed = allocation_runs::ComputeRun(context.rules, *json);
    if (!computed) return http::WriteProblems(response, 503, computed.error());
    const std::string sha = crypto::Sha256Hex((*computed)->result_json);
    http::WriteJson(response, 200, wire::Json{{"identical", sha == run->result_sha256 && (*computed)->result_json == run->result_json},
                                              {"result_sha256", sha}, {"stored_sha256", run->result_sha256}});
  });
}

void PlaceByHand(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  auto body = http::ReadJsonBody(request);
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kRunAllocation, std::string(request.matches[1]));
    if (!session) return;
    if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
    const auto run = RunFromPath(context, request, response);
    if (!run) return;
    if (run->published_at) return http::WriteProblem(response, 409, MakeError(ErrorCode::kAllocationAlreadyPublished, "allocation"));
    store::ManualPlacement placement;
    for (const auto& [name, out] : {std::pair{"applicant", &placement.applicant}, std::pair{"programme", &placement.programme},
                                    std::pair{"reason", &placement.reason}}) {
      auto text = wire::RequiredString(*body, name);
      if (!text) return http::WriteProblem(response, 400, text.error());
      *out = std::move(*text);
    }
    auto computed = context.allocation_cache.Get(context.rules, run->id, run->input_json, run->result_sha256);
    if (!computed) return http::WriteProblem(response, 503, computed.error());
    const auto applicant = (*computed)->applicant_index.find(placement.applicant);
    if (applicant == (*computed)->applicant_index.end()) {
      return http::WriteProblem(response, 422, MakeError(ErrorCode::kUnknownReference, "applicant", placement.applicant));
    }
    if ((*computed)->result.placements[applicant->second].offer) {
      return http::WriteProblem(response, 409, MakeError(ErrorCode::kAllocationApplicantPlaced, "applicant", placement.applicant));
    }
    bool known = false;
    for (const auto& offer : (*computed)->input.offers) known = known || offer.id == placement.programme;
    if (!known) return http::WriteProblem(response, 422, MakeError(ErrorCode::kUnknownReference, "programme", placement.programme));
    placement.placed_by = Who(*session);
    placement.placed_at = clock::NowIso();
    auto transaction = store::Transaction::Begin(context.db);
    if (!transaction) return http::WriteProblem(response, 503, transaction.error());
    if (auto inserted = store::InsertManualPlacement(context.db, run->id, placement); !inserted) {
      return http::WriteProblem(response, 409, MakeError(ErrorCode::kAllocationApplicantPlaced, "applicant", placement.applicant));
    }
    if (!audit::Record(context, *session, request, response, "place by hand", {placement.applicant}, std::to_string(run->id))) return;
    if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
    http::WriteJson(response, 201, wire::Json{{"applicant", placement.applicant}, {"programme", placement.programme},
                                              {"placed_by", placement.placed_by}, {"placed_at", placement.placed_at}});
  });
}

// A run made before the admission year's deadline saw an unfinished set of applications: it may be
// looked at, never published. The problem to answer, or nothing when the run may be published.
std::optional<Problem> RunBeforeDeadline(const ServiceContext& context, const store::AllocationRun& run) {
  auto rule_set = context.rules.ForYear(run.admission_year);
  if (!rule_set) return rule_set.error();
  if (!(*rule_set)->application) return MakeError(ErrorCode::kApplicationNoRules, "admission_year");
  const UnixSeconds deadline = applications::DeadlineAt(*(*rule_set)->application);
  const auto created = ParseIsoInstant(run.created_at);
  if (created && *created >= deadline) return std::nullopt;
  return MakeError(ErrorCode::kAllocationBeforeDeadline, "allocation", FormatIsoInstant(deadline));
}

void Publish(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kRunAllocation, std::string(request.matches[1]));
    if (!session) return;
    const auto run = RunFromPath(context, request, response);
    if (!run) return;
    if (run->published_at) return http::WriteProblem(response, 409, MakeError(ErrorCode::kAllocationAlreadyPublished, "allocation"));
    if (!run->stable) return http::WriteProblem(response, 409, MakeError(ErrorCode::kAllocationNotStable, "allocation"));
    if (auto early = RunBeforeDeadline(context, *run)) return http::WriteProblem(response, 409, *early);
    auto computed = context.allocation_cache.Get(context.rules, run->id, run->input_json, run->result_sha256);
    if (!computed) return http::WriteProblem(response, 503, computed.error());
    const std::string at = clock::NowIso();
    // Publication and the applications it decides, together or not at all.
    auto transaction = store::Transaction::Begin(context.db);
    if (!transaction) return http::WriteProblem(response, 503, transaction.error());
    if (auto published = store::PublishRun(context.db, run->id, Who(*session), at); !published) {
      return http::WriteProblem(response, 503, published.error());
    }
    auto marked = allocation_runs::RecordOutcomes(context.db, *run, (*computed)->input, at);
    if (!marked) return http::WriteProblem(response, 503, marked.error());
    if (auto told = mail::TellApplicantsTheAnswer(context.db, context.notices, ApplicantIds((*computed)->input), run->admission_year); !told) {
      return http::WriteProblem(response, 503, told.error());
    }
    if (!audit::Record(context, *session, request, response, "publish allocation", ApplicantIds((*computed)->input),
                       std::to_string(run->id))) {
      return;
    }
    if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
    http::WriteJson(response, 200, wire::Json{{"id", run->id}, {"published_at", at}, {"applications_allocated", *marked}});
  });
}

}  // namespace

void RegisterAllocationRoutes(httplib::Server& server, ServiceContext& context) {
  const std::string base = R"(/api/v1/regions/(108[1-5])/allocations)";
  server.Post(base, [&context](const auto& request, auto& response) { Create(context, request, response); });
  server.Get(base, [&context](const auto& request, auto& response) { List(context, request, response); });
  server.Get(base + R"(/(\d{1,15}))", [&context](const auto& request, auto& response) { Detail(context, request, response); });
  server.Post(base + R"(/(\d{1,15})/rerun)", [&context](const auto& request, auto& response) { Rerun(context, request, response); });
  server.Post(base + R"(/(\d{1,15})/placements)", [&context](const auto& request, auto& response) {
    PlaceByHand(context, request, response);
  });
  server.Post(base + R"(/(\d{1,15})/publish)", [&context](const auto& request, auto& response) { Publish(context, request, response); });
}

}  // namespace optagelse::routes
