// The forrang claims a region decides (docs/domain.md "The application": handicap is decided by the
// region), for the region's staff - claims on wishes at the region's institutions:
//   GET /api/v1/regions/{code}/forrang-claims                                  the applications with such a claim
//                                                                              ("ranks_here": the wishes it decides)
//   PUT /api/v1/regions/{code}/applications/{id}/forrang/{wish}                {"decision": "granted"|"refused", "reason"}
//   GET /api/v1/regions/{code}/applications/{id}/attachments/{sha256}          the claim's documentation (sensitive)
// Names under name protection are never shown; the CPR number identifies the applicant.
#include <set>

#include "application_flow/forrang_decisions.h"
#include "application_flow/application_state.h"
#include "applications/forrang_decider.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "clock.h"
#include "http/json_response.h"
#include "routes/routes.h"
#include "store/register_lookup.h"
#include "store/travel_store.h"

namespace optagelse::routes {
namespace {

namespace service = applications_service;

// Whether the region decides this claim: its ground is the region's and its wish is at one of the
// region's institutions.
service::ClaimFilter RegionDecides(store::Database& db, const std::string& region) {
  auto catalog = std::make_shared<store::SqliteInstitutionCatalog>(db);
  return [catalog, region](const applications::ForrangClaim& claim, const std::string& institution) {
    if (applications::DeciderOf(claim.ground) != applications::ForrangDecider::kRegion) return false;
    const registry::Institution* found = catalog->FindInstitution(institution);
    return found && std::to_string(found->region_code) == region;
  };
}

void List(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string region = request.matches[1];
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kDecideRegionForrang, region);
    if (!session) return;
    auto institutions = store::AllInstitutions(context.db);
    if (!institutions) return http::WriteProblem(response, 503, institutions.error());
    std::set<std::int64_t> ids;
    for (const registry::Institution& institution : *institutions) {
      if (std::to_string(institution.region_code) != region) continue;
      auto here = store::ApplicationsForInstitution(context.db, context.application_year, institution.number);
      if (!here) return http::WriteProblem(response, 503, here.error());
      ids.insert(here->begin(), here->end());
    }
    const service::ClaimFilter decides = RegionDecides(context.db, region);
    wire::InstitutionInbox answer;
    answer.admission_year = context.application_year;
    for (const std::int64_t id : ids) {
      auto stored = store::FindApplicationById(context.db, id);
      if (!stored) return http::WriteProblem(response, 503, stored.error());
      if (!*stored) continue;
      std::vector<int> ranks_here;  // the wishes whose claims this region decides
      for (const auto& claim : (*stored)->content.forrang) {
        const auto& wishes = (*stored)->content.wishes;
        if (claim.wish >= 1 && claim.wish <= static_cast<int>(wishes.size()) &&
            decides(claim, wishes[static_cast<std::size_t>(claim.wish - 1)].institution)) {
          ranks_here.push_back(claim.wish);
        }
      }
      if (ranks_here.empty()) continue;
      auto rules = service::ApplicationRulesFor(context, (*stored)->admission_year);
      if (!rules) return http::WriteProblem(response, 404, rules.error());
      auto state = service::StateOf(context.db, **stored, **rules, clock::NowSeconds());
      if (!state) return http::WriteProblem(response, 503, state.error());
      if (state->status == applications::Status::kAwaitingSignature) continue;  // not yet a valid application
      answer.applications.push_back({service::ApplicationViewOf(context.db, **stored, *state, service::Audience::kRegion),
                                     service::ApplicantSeenOf(context.db, (*stored)->applicant_cpr), std::move(ranks_here)});
    }
    if (!audit::Record(context, *session, request, response, "read disability priority claim",
                       audit::ApplicantsIn(answer.applications))) {
      return;
    }
    http::WriteJson(response, 200, wire::EncodeAnswer(answer));
  });
}

void Decide(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string region = request.matches[1];
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kDecideRegionForrang, region);
    if (!session) return;
    const int rank = std::stoi(request.matches[3]);
    const auto application = service::ClaimedApplication(context, request, response, rank, RegionDecides(context.db, region));
    if (!application) return;
    service::WriteForrangDecision(context, *session, request, response, *application, rank);
  });
}

void Attachment(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string region = request.matches[1];
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kDecideRegionForrang, region);
    if (!session) return;
    service::WriteClaimDocument(context, *session, request, response, std::stoll(request.matches[2]), request.matches[3], RegionDecides(context.db, region));
  });
}

}  // namespace

void RegisterRegionForrangRoutes(httplib::Server& server, ServiceContext& context) {
  const std::string base = R"(/api/v1/regions/(108[1-5]))";
  server.Get(base + "/forrang-claims", [&context](const auto& request, auto& response) { List(context, request, response); });
  server.Put(base + R"(/applications/(\d{1,15})/forrang/(\d{1,3}))", [&context](const auto& request, auto& response) {
    Decide(context, request, response);
  });
  server.Get(base + R"(/applications/(\d{1,15})/attachments/([0-9a-f]{64}))", [&context](const auto& request, auto& response) {
    Attachment(context, request, response);
  });
}

}  // namespace optagelse::routes
