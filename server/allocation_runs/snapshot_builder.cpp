// Building the allocation input from the database: see snapshot_builder.h.
#include "allocation_runs/snapshot_builder.h"

#include <algorithm>
#include <map>
#include <set>

#include "application_flow/application_state.h"
#include "applications/application_rules.h"
#include "store/application_store.h"
#include "store/register_lookup.h"
#include "store/snapshot_store.h"
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
  std::vector<std::uint32_t> regional_index;  // each regional institution in input.institutions
  for (const registry::Institution& institution : regional) regional_index.push_back(travel_institutions.Intern(institution.number));
  auto applications = store::CentralApplicationsWithWishes(context.db, request.admission_year, applications::DeadlineAt(*(*rule_set)->application));
  if (!applications) return Failure({applications.error()});
  auto forrang = store::GrantedForrang(context.db, request.admission_year);
  if (!forrang) return Failure({forrang.error()});
  auto any_imported = store::HasImportedTravelTimes(context.db);
  if (!any_imported) return Failure({any_imported.error()});
  const int reach = (*rule_set)->allocation.nearest_seat_minutes;
  const std::map<std::string, store::StoredTravelTime> none_imported;
  for (const store::SnapshotApplication& application : *applications) {
    // The wishes at the region's offers, with granted forrang carried over.
    allocation::Applicant applicant;
    for (const store::SnapshotWish& wish : application.wishes) {
      std::string offer = wish.institution + "-" + wish.programme;
      if (!offer_ids.contains(offer)) continue;
      const auto granted = forrang->find({application.id, wish.rank});
      applicant.wishes.push_back({std::move(offer), granted == forrang->end() ? "" : granted->second});
    }
    if (applicant.wishes.empty()) continue;
    if (!application.in_register) return Failure({MakeError(ErrorCode::kUnknownReference, "applicant", application.applicant_cpr)});
    applicant.id = application.applicant_cpr;
    applicant.income = IncomeOf(application.income_group);
    std::map<std::string, store::StoredTravelTime> imported;
    if (*any_imported) {
      auto found = store::TravelTimesFromAddress(context.db, application.address_id);
      if (!found) return Failure({found.error()});
      imported = std::move(*found);
    }
    const auto minutes = transport_times::MinutesFor((*rule_set)->transport, application.location, *any_imported ? imported : none_imported, regional);
    for (std::size_t i = 0; i < regional.size(); ++i) {
      if (!minutes[i]) continue;
      const std::string& number = regional[i].number;
      const bool wished = std::any_of(applicant.wishes.begin(), applicant.wishes.end(),
                                      [&](const allocation::Wish& wish) { return wish.offer.compare(0, number.size(), number) == 0; });
      if (wished || *minutes[i] <= reach) applicant.travel.push_back({regional_index[i], *minutes[i]});
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
