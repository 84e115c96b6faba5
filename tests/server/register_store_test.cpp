// The database-backed CPR register answers exactly what the register file said, guardians included.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "cli/demo_generator.h"
#include "server_process.h"
#include "store/migrations.h"
#include "store/register_lookup.h"
#include "store/register_store.h"

namespace optagelse::testing {
namespace {

TEST(RegisterStore, LookupReturnsThePersonAsLoaded) {
  const std::string dir = MakeTempDir();
  auto db = store::Database::Open(dir + "/r.db");
  ASSERT_TRUE(db.has_value());
  ASSERT_TRUE(store::Migrate(*db).has_value());
  auto dataset = tools::GenerateDemoData({21, 15});
  dataset.persons[0].administrative = true;
  ASSERT_TRUE(store::LoadDataset(*db, dataset).has_value());
  const store::SqliteCprRegister cpr_register(*db);
  for (registry::Person expected : dataset.persons) {
    std::sort(expected.guardians.begin(), expected.guardians.end());
    const auto found = cpr_register.Lookup(expected.cpr);
    ASSERT_TRUE(found.has_value()) << expected.cpr;
    EXPECT_EQ(*found, expected);
  }
  EXPECT_EQ(cpr_register.Classify(dataset.persons[0].cpr), registry::RegisterStatus::kAdministrative);
  EXPECT_EQ(cpr_register.Classify(dataset.persons[1].cpr), registry::RegisterStatus::kRegistered);
  EXPECT_EQ(cpr_register.Classify("0101900002"), registry::RegisterStatus::kNotInRegister);
  EXPECT_FALSE(cpr_register.Lookup("0101900002").has_value());
  std::filesystem::remove_all(dir);
}

TEST(RegisterStore, ADatasetWithAnUnknownGuardianIsRefusedWhole) {
  const std::string dir = MakeTempDir();
  auto db = store::Database::Open(dir + "/r.db");
  ASSERT_TRUE(store::Migrate(*db).has_value());
  auto dataset = tools::GenerateDemoData({22, 5});
  dataset.persons.back().guardians.push_back("0101900002");  // not in the dataset: foreign key fails
  EXPECT_FALSE(store::LoadDataset(*db, dataset).has_value());
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM persons"), 0);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
