// Building the allocation input from the database: see snapshot_builder.h.
#include "allocation_runs/snapshot_builder.h"

#include <set>

#include "application_flow/application_state.h"
#include "applications/application_rules.h"
#include "store/application_store.h"
#include "store/register_lookup.h"
#include "store/travel_store.h"
#include "travel/travel_times.h"

namespace optagelse::allocation_runs {
namespace {

using Failure = tl::unexpected<std::vector<Problem>>;

allocation::IncomeGroup IncomeOf(const std::string& group) {
  if (group == "low") return allocation::IncomeGroup::kLow;
  if (group == "middle") return allocation::IncomeGroup::kMiddle;
  if (group == "high") return allocation::IncomeGroup::kHigh;
  return allocation::IncomeGroup::kUnknown;
}

Result<std::vector<std::int64_t>> CentralApplications(store::Database& db, int year, std::int64_t deadline) {
  auto query = db.Prepare(
      "SELECT id FROM applications WHERE admission_year = ? AND submitted = 1 AND withdrawn = 0"
      " AND route = 'central_allocation' AND completed_at <= ? ORDER BY id");
  if (!query) return Fail(query.error());
  query->Bind(1, std::int64_t{year}).Bind(2, deadline);
  std::vector<std::int64_t> ids;
  for (auto row = query->Step(); row && *row; row = query->Step()) ids.push_back(query->ColumnInt(0));
  return ids;
}

// The applicant's wishes at the region's offers, with granted forrang carried over.
Result<std::vector<allocation::Wish>> WishesInRegion(store::Database& db, const store::StoredApplication& application,
                                                     const std::set<std::string>& offers) {
  auto decisions = store::CurrentForrangDecisions(db, application.id);
  if (!decisions) return Fail(decisions.error());
  std::vector<allocation::Wish> wishes;
  for (std::size_t rank = 0; rank < application.content.wishes.size(); ++rank) {
    const auto& wish = application.content.wishes[rank];
    const std::string offer = wish.institution + "-" + wish.programme;
    if (!offers.contains(offer)) continue;
    allocation::Wish out{offer, ""};
    for (const auto& decision : *decisions) {
      if (decision.wish == static_cast<int>(rank) + 1 && decision.decision == "granted") out.forrang = decision.ground;
    }
    wishes.push_back(std::move(out));
  }
  return wishes;
}

}  // namespace

tl::expected<allocation::AllocationInput, std::vector<Problem>> BuildSnapshot(ServiceContext& context, int region_code,
                                                                               const SnapshotRequest& request) {
  auto rule_set = context.rules.ForYear(request.admission_year);
  if (!rule_set) return Failure({rule_set.error()});
  if (!(*rule_set)->application) return Failure({MakeError(ErrorCode::kApplicationNoRules, "admission_year")});
  auto institutions = store::AllInstitutions(context.db);
  if (!institutions) return Failure({institutions.error()});

  allocation::AllocationInput input;
  input.rule_year = request.admission_year;
  input.seed = request.seed;
  std::vector<registry::Institution> regional;
  std::set<std::string> offer_ids;
  for (const registry::Institution& institution : *institutions) {
    if (institution.region_code != region_code) continue;
    regional.push_back(institution);
    for (const std::string& programme : institution.programmes) {
      // Only what the central allocation covers: not 2-year stx or the international programmes,
      // and nothing at a private gymnasium (they admit directly).
      if (!applications::CentrallyAllocatedProgramme(programme) || institution.kind == registry::kPrivateGymnasium) continue;
      const std::string id = institution.number + "-" + programme;
      const auto named = request.capacities.find(id);
      input.offers.push_back({id, institution.number, programme, named == request.capacities.end() ? request.default_capacity : named->second, ""});
      offer_ids.insert(id);
    }
  }
  std::vector<Problem> problems;
  for (const auto& [id, seats] : request.capacities) {
    if (!offer_ids.contains(id)) problems.push_back(MakeError(ErrorCode::kUnknownReference, "capacities." + id, id));
  }
  if (!problems.empty()) return Failure(std::move(problems));

  allocation::InstitutionTable travel_institutions(input);
  auto ids = CentralApplications(context.db, request.admission_year, applications::DeadlineAt(*(*rule_set)->application));
  if (!ids) return Failure({ids.error()});
  const int reach = (*rule_set)->allocation.nearest_seat_minutes;
  store::SqliteCprRegister cpr_register(context.db);
  for (const std::int64_t id : *ids) {
    auto application = store::FindApplicationById(context.db, id);
    if (!application || !*application) return Failure({application ? MakeError(ErrorCode::kNotFound, "application") : application.error()});
    auto wishes = WishesInRegion(context.db, **application, offer_ids);
    if (!wishes) return Failure({wishes.error()});
    if (wishes->empty()) continue;
    const auto person = cpr_register.Lookup((*application)->applicant_cpr);
    if (!person) return Failure({MakeError(ErrorCode::kUnknownReference, "applicant", (*application)->applicant_cpr)});
    allocation::Applicant applicant;
    applicant.id = person->cpr;
    applicant.income = IncomeOf(person->income_group);
    applicant.wishes = std::move(*wishes);
    auto times = transport_times::TravelTimesFor(context.db, (*rule_set)->transport, *person, regional);
    if (!times) return Failure({times.error()});
    for (const auto& time : *times) {
      const bool wished = std::any_of(applicant.wishes.begin(), applicant.wishes.end(), [&](const allocation::Wish& wish) {
        return wish.offer.compare(0, time.institution.size(), time.institution) == 0;
      });
      if (wished || time.minutes <= reach) applicant.travel.push_back({travel_institutions.Intern(time.institution), time.minutes});
    }
    // In institution-number order, as the stored snapshot lists them: what is stored is what ran.
    std::sort(applicant.travel.begin(), applicant.travel.end(), [&](const allocation::TravelTime& a, const allocation::TravelTime& b) {
      return input.institutions[a.institution] < input.institutions[b.institution];
    });
    input.applicants.push_back(std::move(applicant));
  }
  return input;
}

}  // namespace optagelse::allocation_runs
