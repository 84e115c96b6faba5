// Transport time (docs/domain.md "Transport time"):
//   POST /api/v1/travel-times      (text/csv) a journey planner's table, region staff; every row is
//                                  checked first and one bad row imports nothing (problems name
//                                  "lines[N].column"); rows by CPR are stored under the person's address id;
//                                  only people living in the region (anyone else: as unknown), each audited
//   GET  /api/v1/me/travel-times   from my registered address to every institution: minutes, and
//                                  whether from the journey planner (with its date) or estimated
#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <set>
#include <unordered_set>

#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "clock.h"
#include "crypto/digest.h"
#include "http/json_response.h"
#include "routes/routes.h"
#include "store/register_lookup.h"
#include "store/travel_store.h"
#include "cpr/cpr_number.h"
#include "text/csv.h"
#include "text/encoding.h"
#include "travel/travel_times.h"

namespace optagelse::routes {
namespace {

constexpr std::size_t kMaxReportedProblems = 200;

Result<const transport::TransportRules*> TransportRulesOf(const ServiceContext& context) {
  auto rules = context.rules.ForYear(context.application_year);
  if (!rules) return Fail(rules.error());
  return &(*rules)->transport;
}

// How a row named its person or address, for answers: "lines[N].cpr" and the number, or the address id.
struct RowKey {
  std::string field;
  std::string shown;
};

RowKey KeyOf(const transport::ImportedTravelTime& row) {
  const bool cpr = row.key_kind == transport::TravelKeyKind::kCpr;
  return {"lines[" + std::to_string(row.line) + "]." + (cpr ? "cpr" : "address_id"), cpr ? cpr::FormatWithHyphen(row.key) : row.key};
}

// CPR-keyed rows become address-keyed: the register says where the person lives now.
std::vector<Problem> ResolveCprRows(store::Database& db, std::vector<transport::ImportedTravelTime>& rows,
                                    const std::vector<RowKey>& keys) {
  std::vector<std::string> cprs;
  for (const auto& row : rows) {
    if (row.key_kind == transport::TravelKeyKind::kCpr) cprs.push_back(row.key);
  }
  std::vector<Problem> problems;
  auto addresses = store::AddressIdsOf(db, cprs);
  if (!addresses) return {addresses.error()};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto& row = rows[i];
    if (row.key_kind != transport::TravelKeyKind::kCpr) continue;
    const auto found = addresses->find(row.key);
    if (found == addresses->end()) {
      problems.push_back(MakeError(ErrorCode::kUnknownReference, keys[i].field, keys[i].shown));
    } else if (found->second.empty()) {
      problems.push_back(MakeError(ErrorCode::kTravelKeyMissing, keys[i].field));
    } else {
      row.key_kind = transport::TravelKeyKind::kAddressId;
      row.key = found->second;
    }
  }
  return problems;
}

// A region imports times only for people living in it: a row about an address where nobody lives,
// or where someone of another region lives, gets the same answer as an unknown person - the region
// learns nothing about who lives elsewhere. On success, `people` holds everyone whose times change.
std::vector<Problem> KeepToRegion(store::Database& db, const std::vector<transport::ImportedTravelTime>& rows,
                                  const std::vector<RowKey>& keys, int region, std::set<std::string>& people) {
  std::vector<std::string> addresses;
  for (const auto& row : rows) addresses.push_back(row.key);
  auto residents = store::ResidentsOf(db, addresses);
  if (!residents) return {residents.error()};
  std::vector<Problem> problems;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& living = residents->at(rows[i].key);
    const bool ours = !living.empty() && std::all_of(living.begin(), living.end(),
                                                     [region](const store::Resident& r) { return r.region_code == region; });
    if (!ours) {
      problems.push_back(MakeError(ErrorCode::kUnknownReference, keys[i].field, keys[i].shown));
      continue;
    }
    for (const store::Resident& resident : living) people.insert(resident.cpr);
  }
  return problems;
}

void Import(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  // Decoded, parsed and hashed before the database's turn; refused only once the caller is known.
  const bool csv = request.get_header_value("Content-Type").rfind("text/csv", 0) == 0;
  auto decoded = text::DecodeToUtf8(request.body, text::Encoding::kDetect);
  auto table = decoded ? text::ParseCsv(*decoded) : Result<text::CsvTable>(tl::unexpected(decoded.error()));
  const std::string sha256 = crypto::Sha256Hex(request.body);
  context.db_mutex.Run([&] {
    const auto session = auth::Authorize(context, request, response, auth::Action::kImportTravelTimes, "");
    if (!session) return;
    if (!csv) return http::WriteProblem(response, 415, MakeError(ErrorCode::kUnsupportedMediaType, "Content-Type", "text/csv"));
    if (!table) return http::WriteProblem(response, 422, table.error());
    auto institutions = store::AllInstitutions(context.db);
    if (!institutions) return http::WriteProblem(response, 503, institutions.error());
    std::unordered_set<std::string> known;
    for (const auto& institution : *institutions) known.insert(institution.number);
    auto rows = transport::ReadTravelTable(*table, known);
    std::vector<RowKey> keys;
    if (rows) std::transform(rows->begin(), rows->end(), std::back_inserter(keys), KeyOf);
    std::vector<Problem> problems = rows ? ResolveCprRows(context.db, *rows, keys) : std::move(rows.error());
    std::set<std::string> people;
    if (problems.empty()) problems = KeepToRegion(context.db, *rows, keys, std::atoi(session->organisation.c_str()), people);
    if (!problems.empty()) {
      if (problems.size() > kMaxReportedProblems) problems.resize(kMaxReportedProblems);
      return http::WriteProblems(response, 422, problems);
    }
    const store::TravelImport import{sha256,
                                     std::string(auth::RoleName(session->role)) + ":" + session->organisation, clock::NowIso()};
    auto transaction = store::Transaction::Begin(context.db);
    if (!transaction) return http::WriteProblem(response, 503, transaction.error());
    auto id = store::StoreTravelTimes(context.db, import, *rows);
    if (!id) return http::WriteProblem(response, 503, id.error());
    // One audit row per person whose travel times changed, in the import's transaction.
    if (!audit::Record(context, *session, request, response, "import travel times",
                       std::vector<std::string>(people.begin(), people.end()), import.sha256)) {
      return;
    }
    if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
    http::WriteJson(response, 201, wire::Json{{"import_id", *id}, {"rows", rows->size()}, {"sha256", import.sha256}});
  });
}

void Mine(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  context.db_mutex.Run([&] {
    const auto session = auth::AuthorizeSelf(context, request, response, auth::Action::kReadOwnTravelTimes);
    if (!session) return;
    const auto person = store::SqliteCprRegister(context.db).Lookup(session->organisation);
    if (!person) return http::WriteProblem(response, 404, MakeError(ErrorCode::kNotFound, "cpr"));
    auto rules = TransportRulesOf(context);
    if (!rules) return http::WriteProblem(response, 503, rules.error());
    auto institutions = store::AllInstitutions(context.db);
    if (!institutions) return http::WriteProblem(response, 503, institutions.error());
    auto times = transport_times::TravelTimesFor(context.db, **rules, *person, *institutions);
    if (!times) return http::WriteProblem(response, 503, times.error());
    wire::Json list = wire::Json::array();
    for (const auto& time : *times) list.push_back(transport_times::TravelTimeJson(time));
    if (!audit::Record(context, *session, request, response, "read own travel times", {session->organisation})) return;
    http::WriteJson(response, 200, wire::Json{{"has_location", person->location.has_value()}, {"times", std::move(list)}});
  });
}

}  // namespace

void RegisterTravelRoutes(httplib::Server& server, ServiceContext& context) {
  server.Post("/api/v1/travel-times", [&context](const httplib::Request& request, httplib::Response& response) {
    Import(context, request, response);
  });
  server.Get("/api/v1/me/travel-times", [&context](const httplib::Request& request, httplib::Response& response) {
    Mine(context, request, response);
  });
}

}  // namespace optagelse::routes
