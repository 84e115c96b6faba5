// The demo data's map: all 98 municipalities in the five regions, pupils spread over
// them, homes near their own municipality's town and inside Denmark, schools in every region, and
// the five cities' institution numbers unchanged.
#include <cmath>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "cli/demo_generator.h"
#include "cli/demo_municipalities.h"
#include "registry/registry_types.h"
#include "transport/map_point.h"

namespace optagelse::testing {
namespace {

double Kilometres(const transport::MapPoint& a, const transport::MapPoint& b) {
  return std::hypot(double(a.east) - b.east, double(a.north) - b.north) / 1000.0;
}

const tools::DemoMunicipality& MunicipalityOf(int code) {
  for (const auto& m : tools::DemoMunicipalities()) {
    if (m.code == code) return m;
  }
  throw std::runtime_error("unknown municipality " + std::to_string(code));
}

TEST(DemoMap, NinetyEightMunicipalitiesInFiveRegions) {
  std::set<int> codes;
  std::map<int, int> per_region;
  for (const auto& m : tools::DemoMunicipalities()) {
    codes.insert(m.code);
    ++per_region[m.region];
    EXPECT_TRUE(transport::CheckInDenmark(m.centre, m.name).has_value()) << m.name;
  }
  EXPECT_EQ(codes.size(), 98u);
  EXPECT_EQ(per_region, (std::map<int, int>{{1081, 11}, {1082, 19}, {1083, 22}, {1084, 29}, {1085, 17}}));
  // A sanity check on the projection: Copenhagen to Aarhus is about 157 km as the crow flies,
  // Copenhagen to Rønne about 150 km.
  EXPECT_NEAR(Kilometres(MunicipalityOf(101).centre, MunicipalityOf(751).centre), 157, 5);
  EXPECT_NEAR(Kilometres(MunicipalityOf(101).centre, MunicipalityOf(400).centre), 150, 8);
}

TEST(DemoMap, PupilsLiveNearTheirOwnTownAllOverTheCountry) {
  const registry::Dataset dataset = tools::GenerateDemoData({3, 2000});
  EXPECT_TRUE(registry::ValidateDataset(dataset).empty());
  std::set<int> municipalities, regions;
  for (const auto& person : dataset.persons) {
    ASSERT_TRUE(person.location.has_value());
    const auto& home = MunicipalityOf(person.municipality_code);
    EXPECT_LT(Kilometres(*person.location, home.centre), 30.0) << person.cpr;
    EXPECT_NE(person.address.find(home.postcode), std::string::npos) << person.address;
    municipalities.insert(home.code);
    regions.insert(home.region);
  }
  EXPECT_GE(municipalities.size(), 90u);  // 2,000 pupils miss at most the smallest islands
  EXPECT_EQ(regions.size(), 5u);
}

TEST(DemoMap, EveryRegionHasGymnasiumsAndTheCitiesKeepTheirNumbers) {
  const registry::Dataset dataset = tools::GenerateDemoData({3, 1});
  std::map<int, int> gymnasiums;
  std::map<std::string, std::string> names;
  for (const auto& institution : dataset.institutions) {
    names[institution.number] = institution.name;
    if (institution.kind == "gymnasium") ++gymnasiums[institution.region_code];
    EXPECT_EQ(institution.region_code, MunicipalityOf(institution.municipality_code).region) << institution.number;
    EXPECT_LT(Kilometres(*institution.location, MunicipalityOf(institution.municipality_code).centre), 6.0);
  }
  EXPECT_EQ(names.size(), dataset.institutions.size());  // numbers are unique
  EXPECT_EQ(gymnasiums.size(), 5u);
  for (const auto& [region, count] : gymnasiums) EXPECT_GE(count, 8) << region;
  EXPECT_EQ(names["101001"], "København Gymnasium");
  EXPECT_EQ(names["147004"], "Frederiksberg Skole");
  EXPECT_EQ(names["851009"], "Aalborg Gymnasium");
  EXPECT_EQ(names["101011"], "København Erhvervsskole");
  EXPECT_EQ(names["851020"], "Aalborg 10. klasse-center");
}

}  // namespace
}  // namespace optagelse::testing
