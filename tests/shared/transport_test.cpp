// Transport time in the core: the estimator (monotonic, rounded up, the smaller of two modes), the
// grid search against brute force, the journey-planner table import with every kind of bad row,
// and coordinates and parameters through the wire formats.
#include <gtest/gtest.h>

#include <random>

#include "text/csv.h"
#include "transport/travel_estimate.h"
#include "transport/travel_table_reader.h"
#include "wire/registry_wire.h"
#include "wire/rule_catalog.h"
#include "wire/rule_set_wire.h"

namespace optagelse::transport {
namespace {

const MapPoint kCentre{575'000, 6'223'000};

MapPoint East(std::int32_t metres) { return {kCentre.east + metres, kCentre.north}; }

TEST(TravelEstimate, IsTheSmallerModeInWholeMinutesRoundedUp) {
  const TransportRules rules;  // 16 km/h x 1.3 by bicycle; 25 km/h x 1.4 + 12 min by public transport
  const TravelEstimate near = EstimateTravel(rules, kCentre, East(2'000));
  EXPECT_EQ(near.bicycle_minutes, 10);  // 2,600 m at 266.67 m/min = 9.75 -> 10
  EXPECT_EQ(near.public_minutes, 12 + 7);  // 2,800 m at 416.67 m/min = 6.72 -> 7
  EXPECT_EQ(near.minutes, 10);
  const TravelEstimate far = EstimateTravel(rules, kCentre, East(20'000));
  EXPECT_EQ(far.bicycle_minutes, 98);  // 26,000 / 266.67 = 97.5 -> 98
  EXPECT_EQ(far.public_minutes, 12 + 68);  // 28,000 / 416.67 = 67.2 -> 68
  EXPECT_EQ(far.minutes, 80);
  EXPECT_EQ(EstimateTravel(rules, kCentre, kCentre), (TravelEstimate{0, 12, 0}));
}

TEST(TravelEstimate, NeverMakesAFartherPlaceNearer) {
  TransportRules rules;
  for (const double transit_kmh : {10.0, 25.0, 60.0}) {
    rules.transit_kmh = transit_kmh;
    int previous = 0;
    for (std::int32_t metres = 0; metres <= 120'000; metres += 37) {
      const int minutes = EstimateTravel(rules, kCentre, East(metres)).minutes;
      ASSERT_GE(minutes, previous) << metres << " m at " << transit_kmh << " km/h";
      previous = minutes;
    }
  }
}

TEST(TravelEstimate, GridSearchFindsExactlyWhatBruteForceFinds) {
  const TransportRules rules;
  std::mt19937 random(7);
  auto point = [&random] {
    return MapPoint{static_cast<std::int32_t>(540'000 + random() % 80'000), static_cast<std::int32_t>(6'180'000 + random() % 80'000)};
  };
  std::vector<MapPoint> origins(300), destinations(120);
  for (MapPoint& p : origins) p = point();
  for (MapPoint& p : destinations) p = point();
  for (const int limit : {0, 15, 45, 90}) {
    const ReachableTable table = EstimateWithin(rules, origins, destinations, limit);
    ASSERT_EQ(table.begin.size(), origins.size() + 1);
    for (std::size_t o = 0; o < origins.size(); ++o) {
      std::vector<Reachable> expected;
      for (std::uint32_t d = 0; d < destinations.size(); ++d) {
        const int minutes = EstimateTravel(rules, origins[o], destinations[d]).minutes;
        if (minutes <= limit) expected.push_back({d, minutes});
      }
      std::sort(expected.begin(), expected.end(), [](const Reachable& a, const Reachable& b) {
        return a.minutes != b.minutes ? a.minutes < b.minutes : a.destination < b.destination;
      });
      ASSERT_EQ(table.begin[o + 1] - table.begin[o], expected.size()) << "origin " << o << " limit " << limit;
      for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(table.entries[table.begin[o] + i].destination, expected[i].destination);
        EXPECT_EQ(table.entries[table.begin[o] + i].minutes, expected[i].minutes);
      }
    }
  }
}

TEST(TransportRules, RefuseImpossibleParameters) {
  TransportRules rules;
  EXPECT_TRUE(ValidateTransportRules(rules).empty());
  rules.bicycle_kmh = 0;
  rules.transit_detour = 0.5;
  const auto problems = ValidateTransportRules(rules);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].code, ErrorCode::kTransportRulesInvalid);
  EXPECT_EQ(problems[0].field, "transport.bicycle_kmh");
  EXPECT_EQ(problems[1].field, "transport.transit_detour");
}

TEST(MapPoint, OnlyDenmarkIsOnTheMap) {
  EXPECT_TRUE(CheckInDenmark(kCentre, "x").has_value());
  EXPECT_TRUE(CheckInDenmark({870'000, 6'120'000}, "x").has_value());  // Bornholm
  const auto degrees = CheckInDenmark({12, 55}, "persons[0].location");  // degrees, not metres
  ASSERT_FALSE(degrees.has_value());
  EXPECT_EQ(degrees.error().code, ErrorCode::kLocationOutsideDenmark);
  EXPECT_EQ(degrees.error().field, "persons[0].location");
}

const std::unordered_set<std::string> kInstitutions = {"751001", "751003"};

tl::expected<std::vector<ImportedTravelTime>, std::vector<Problem>> Read(const std::string& text) {
  auto table = text::ParseCsv(text);
  EXPECT_TRUE(table.has_value());
  return ReadTravelTable(*table, kInstitutions);
}

TEST(TravelTableReader, ReadsAddressAndCprRowsTakingTheSmallerTime) {
  const auto rows = Read(
      "adresse_id;cpr;institution;offentlig_minutter;cykel_minutter;referencedato\n"
      "0a3f50a0-75ca-32b8-e044-0003ba298018;;751001;31;24;2024-03-14\n"
      ";070809-4123;751003;19;;2024-03-14\n");
  ASSERT_TRUE(rows.has_value());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].key_kind, TravelKeyKind::kAddressId);
  EXPECT_EQ((*rows)[0].minutes, 24);
  EXPECT_EQ((*rows)[0].line, 2);
  EXPECT_EQ((*rows)[1].key_kind, TravelKeyKind::kCpr);
  EXPECT_EQ((*rows)[1].key, "0708094123");
  EXPECT_EQ((*rows)[1].minutes, 19);
  EXPECT_EQ((*rows)[1].bicycle_minutes, std::nullopt);
  EXPECT_EQ((*rows)[1].reference_date, (Date{2024, 3, 14}));
}

TEST(TravelTableReader, ReportsEveryBadRowAndReturnsNothing) {
  const auto rows = Read(
      "address_id,cpr,institution,public_minutes,bicycle_minutes,reference_date\n"
      "a1,,751001,-5,20,2024-03-14\n"        // line 2: negative minutes
      "a1,,999999,10,20,2024-03-14\n"        // line 3: unknown institution
      "a2,,751001,10,20,2024-03-14\n"        // line 4: fine
      "a2,,751001,11,21,2024-03-14\n"        // line 5: duplicate of line 4
      ",,751001,10,20,2024-03-14\n"          // line 6: no key
      "a3,0708094123,751001,10,20,2024-03-14\n"  // line 7: both keys
      "a4,,751001,,,2024-03-14\n"            // line 8: no minutes
      "a5,,751001,10,2000,2024-02-30\n"      // line 9: minutes over a day, impossible date
      ",12345,751001,10,20,2024-03-14\n");   // line 10: malformed CPR
  ASSERT_FALSE(rows.has_value());
  std::vector<std::pair<ErrorCode, std::string>> got;
  for (const Problem& p : rows.error()) got.emplace_back(p.code, p.field);
  const std::vector<std::pair<ErrorCode, std::string>> expected = {
      {ErrorCode::kTravelMinutesInvalid, "lines[2].public_minutes"},
      {ErrorCode::kUnknownReference, "lines[3].institution"},
      {ErrorCode::kDuplicateValue, "lines[5].institution"},
      {ErrorCode::kTravelKeyMissing, "lines[6].address_id"},
      {ErrorCode::kTravelKeyBoth, "lines[7].cpr"},
      {ErrorCode::kTravelMinutesMissing, "lines[8].public_minutes"},
      {ErrorCode::kTravelMinutesInvalid, "lines[9].bicycle_minutes"},
      {ErrorCode::kInvalidDate, "lines[9].reference_date"},
      {ErrorCode::kCprWrongLength, "lines[10].cpr"},
  };
  EXPECT_EQ(got, expected);
}

TEST(TravelTableReader, NamesMissingColumnsAndEmptyTables) {
  const auto no_key = Read("institution;offentlig_minutter;cykel_minutter;referencedato\n751001;1;1;2024-03-14\n");
  ASSERT_FALSE(no_key.has_value());
  EXPECT_EQ(no_key.error().at(0).code, ErrorCode::kMissingColumn);
  const auto no_minutes = Read("cpr;institution\n0708094123;751001\n");
  ASSERT_FALSE(no_minutes.has_value());
  EXPECT_EQ(no_minutes.error().size(), 3u);
  const auto empty = Read("cpr;institution;offentlig_minutter;cykel_minutter;referencedato\n");
  ASSERT_FALSE(empty.has_value());
  EXPECT_EQ(empty.error().at(0).code, ErrorCode::kEmptyFile);
}

TEST(TransportWire, EveryRuleSetCarriesValidParametersAndUnknownOnesAreRefused) {
  auto catalog = wire::RuleCatalog::FromEmbedded();
  ASSERT_TRUE(catalog.has_value());
  auto rules = catalog->ForYear(2027);
  ASSERT_TRUE(rules.has_value());
  EXPECT_EQ((*rules)->transport, TransportRules{});

  auto text = std::string(R"({"format":"optagelse-rules-1","admission_year":2027,"upv":false,"grade_levels":[9],)"
                          R"("provisional_grade_levels":[],"rounding":{"decimals":1,"mode":"half_up"},)"
                          R"("requirements":[{"track":"eud","grade_levels":[9],"average_of":"all","min":"2.0"},)"
                          R"({"track":"hf","grade_levels":[9],"average_of":"all","min":"2.0"},)"
                          R"({"track":"gym","grade_levels":[9],"average_of":"all","min":"2.0"}],)"
                          R"("labels":{"ready":{"da":"a","en":"a"},"not_ready":{"da":"b","en":"b"}},)"
                          R"("transport":{"bicycle_kmh":18,"bicycle_detour":1.2,"transit_kmh":30,"transit_detour":1.5,"transit_fixed_minutes":10)");
  auto read = wire::RuleSetFromText(text + "}}");
  ASSERT_TRUE(read.has_value()) << read.error().field << " " << read.error().detail;
  EXPECT_EQ(read->transport.bicycle_kmh, 18);
  EXPECT_EQ(read->transport.transit_fixed_minutes, 10);
  auto misspelt = wire::RuleSetFromText(text + R"(,"bike_kmh":3}})");
  ASSERT_FALSE(misspelt.has_value());
  EXPECT_EQ(misspelt.error().code, ErrorCode::kRuleSetInvalid);
}

TEST(TransportWire, LocationsRoundTripThroughTheRegisterFormat) {
  registry::Dataset dataset;
  registry::Person person;
  person.cpr = "0708094123";
  person.name = "Ida Lund";
  person.address_id = "0a3f50a0-75ca-32b8-e044-0003ba298018";
  person.location = MapPoint{575'100, 6'223'400};
  person.municipality_code = 751;
  dataset.persons.push_back(person);
  dataset.institutions.push_back({"751001", "Aarhus Gymnasium", 751, "gymnasium", {"stx"}, MapPoint{575'800, 6'223'400}, 1082, {}});
  dataset.institutions.push_back({"751003", "Aarhus Skole", 751, "grundskole", {}, std::nullopt, 0, {}});
  auto back = wire::DatasetFromJson(*wire::ParseJson(wire::Dump(wire::DatasetToJson(dataset))));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, dataset);
  auto bad = wire::DatasetFromJson(*wire::ParseJson(
      R"({"format":"optagelse-register-1","persons":[],"institutions":[{"number":"751001","name":"x","municipality_code":751,"kind":"gymnasium","location":{"east":"575000"}}]})"));
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().field, "institutions[0].location.east");
}

}  // namespace
}  // namespace optagelse::transport
