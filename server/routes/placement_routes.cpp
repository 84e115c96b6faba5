// What a published allocation shows outside the region:
//   GET /api/v1/me/placement                     an applicant's place and why, wish by wish (wire::MyPlacements)
//                                                (the applicant id in the snapshot is the CPR number)
//   GET /api/v1/institutions/{instnr}/admitted   who an institution admitted, by programme
// Both are computed from the stored snapshot by the same engine (run_cache.h), never stored twice.
#include "allocation/explanation.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "http/json_response.h"
#include "routes/routes.h"
#include "store/allocation_store.h"
#include "store/register_lookup.h"
#include "wire/allocation_wire.h"
#include "wire/placement_answers.h"

namespace optagelse::routes {
namespace {

// Every published run, computed; runs that cannot be recomputed exactly are an error.
Result<std::vector<std::pair<store::AllocationRun, std::shared_ptr<const allocation_runs::ComputedRun>>>> PublishedRuns(
    ServiceContext& context) {
  auto ids = store::PublishedRunIds(context.db);
  if (!ids) return Fail(ids.error());
  std::vector<std::pair<store::AllocationRun, std::shared_ptr<const allocation_runs::ComputedRun>>> runs;
  for (const std::int64_t id : *ids) {
    auto run = store::FindAllocationRun(context.db, id, true);
    if (!run || !*run) return Fail(MakeError(ErrorCode::kInternal, "allocation"));
    auto computed = context.allocation_cache.Get(context.rules, id, (*run)->input_json, (*run)->result_sha256);
    if (!computed) return Fail(computed.error());
    (*run)->input_json.clear();
    (*run)->result_json.clear();
    runs.emplace_back(std::move(**run), std::move(*computed));
  }
  return runs;
}


void MyPlacement(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  context.db_mutex.Run([&] {
    const auto session = auth::Authenticate(context, request, response);
    if (!session) return;
    const auth::Relation relation = session->role == auth::Role::kCitizen ? auth::Relation::kSelf : auth::Relation::kNone;
    if (auth::Decide(*session, auth::Action::kReadOwnPlacement, auth::Resource{"", 0, relation}) != auth::Decision::kAllow) {
      return http::WriteProblem(response, 403, MakeError(ErrorCode::kForbidden, "role", std::string(auth::RoleName(session->role))));
    }
    auto runs = PublishedRuns(context);
    if (!runs) return http::WriteProblem(response, 503, runs.error());
    wire::MyPlacements answer;
    for (const auto& [run, computed] : *runs) {
      const auto found = computed->applicant_index.find(session->organisation);
      if (found == computed->applicant_index.end()) continue;
      const std::size_t a = found->second;
      const allocation::AllocationResult& result = computed->result;
      wire::MyPlacement entry;
      for (const allocation::WishExplanation& wish : allocation::ExplainApplicant(result, a)) {
        entry.wishes.push_back({wish.rank, computed->input.offers[wish.offer].id,
                                {allocation::DescribeWish(result, a, wish, Language::kDanish),
                                 allocation::DescribeWish(result, a, wish, Language::kEnglish)}});
      }
      const auto& placement = result.placements[a];
      entry.run = run.id;
      entry.region = run.region;
      entry.admission_year = run.admission_year;
      entry.placed = placement.offer.has_value();
      entry.text = {allocation::DescribePlacement(result, a, Language::kDanish),
                    allocation::DescribePlacement(result, a, Language::kEnglish)};
      if (placement.offer) entry.programme = computed->input.offers[*placement.offer].id;
      auto manual = store::ListManualPlacements(context.db, run.id);
      if (!manual) return http::WriteProblem(response, 503, manual.error());
      for (const store::ManualPlacement& by_hand : *manual) {
        if (by_hand.applicant == session->organisation) {
          entry.programme = by_hand.programme;
          entry.placed = true;
          entry.placed_by_region = true;
        }
      }
      answer.placements.push_back(std::move(entry));
    }
    if (!audit::Record(context, *session, request, response, "read own placement", {session->organisation})) return;
    http::WriteJson(response, 200, wire::EncodeAnswer(answer));
  });
}

void Admitted(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string institution = request.matches[1];
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kReadAdmitted, institution);
    if (!session) return;
    auto runs = PublishedRuns(context);
    if (!runs) return http::WriteProblem(response, 503, runs.error());
    store::SqliteCprRegister cpr_register(context.db);
    wire::Json admitted = wire::Json::array();
    auto add = [&](const std::string& applicant, const std::string& programme, const std::string& via, std::int64_t run) {
      const auto person = cpr_register.Lookup(applicant);
      wire::Json entry{{"applicant", applicant}, {"programme", programme}, {"via", via}, {"run", run}};
      // Name protection: the name is shown to the person only.
      entry["name"] = person && !person->name_protected ? wire::Json(person->name) : wire::Json(nullptr);
      admitted.push_back(std::move(entry));
    };
    for (const auto& [run, computed] : *runs) {
      for (std::size_t a = 0; a < computed->result.placements.size(); ++a) {
        const auto& placement = computed->result.placements[a];
        if (!placement.offer || computed->input.offers[*placement.offer].institution != institution) continue;
        const char* via = placement.via == allocation::Via::kWish ? "wish" : placement.via == allocation::Via::kNearest ? "nearest" : "only-provider";
        add(computed->input.applicants[a].id, computed->input.offers[*placement.offer].id, via, run.id);
      }
      auto manual = store::ListManualPlacements(context.db, run.id);
      if (!manual) return http::WriteProblem(response, 503, manual.error());
      for (const store::ManualPlacement& by_hand : *manual) {
        for (const auto& offer : computed->input.offers) {
          if (offer.id == by_hand.programme && offer.institution == institution) add(by_hand.applicant, offer.id, "region", run.id);
        }
      }
    }
    std::vector<std::string> shown;
    for (const wire::Json& entry : admitted) shown.push_back(entry["applicant"].get<std::string>());
    if (!audit::Record(context, *session, request, response, "read admitted applicants", shown)) return;
    http::WriteJson(response, 200, wire::Json{{"admitted", std::move(admitted)}});
  });
}

}  // namespace

void RegisterPlacementRoutes(httplib::Server& server, ServiceContext& context) {
  server.Get("/api/v1/me/placement", [&context](const auto& request, auto& response) { MyPlacement(context, request, response); });
  server.Get(R"(/api/v1/institutions/(\d{6})/admitted)", [&context](const auto& request, auto& response) {
    Admitted(context, request, response);
  });
}

}  // namespace optagelse::routes
