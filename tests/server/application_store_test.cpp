// The wish rows of a stored application (the index the schools' inboxes search by institution)
// follow its content through saves that add, reorder, keep and drop wishes.
#include <filesystem>

#include <gtest/gtest.h>

#include "cli/demo_generator.h"
#include "server_process.h"
#include "store/application_store.h"
#include "store/migrations.h"
#include "store/register_store.h"

namespace optagelse::testing {
namespace {

std::string WishRows(store::Database& db, std::int64_t id) {
  auto query = db.Prepare("SELECT rank, institution, programme FROM application_wishes WHERE application_id = ? ORDER BY rank");
  query->Bind(1, id);
  std::string rows;
  while (*query->Step()) rows += std::to_string(query->ColumnInt(0)) + ":" + query->ColumnText(1) + "/" + query->ColumnText(2) + " ";
  return rows;
}

TEST(ApplicationStore, TheWishRowsFollowTheContentThroughEverySave) {
  const std::string dir = MakeTempDir();
  auto db = store::Database::Open(dir + "/a.db");
  ASSERT_TRUE(db.has_value());
  ASSERT_TRUE(store::Migrate(*db).has_value());
  const auto dataset = tools::GenerateDemoData({23, 3});
  ASSERT_TRUE(store::LoadDataset(*db, dataset).has_value());
  store::StoredApplication application;
  application.applicant_cpr = dataset.persons.front().cpr;
  application.admission_year = 2027;
  application.version = 1;
  application.updated_at = "2027-02-01T10:00:00Z";
  const applications::Wish a{"101001", "stx"}, b{"147003", "hf"}, c{"101002", "hhx"};
  application.content.wishes = {a, b, c};
  auto id = store::SaveApplication(*db, application);
  ASSERT_TRUE(id.has_value());
  application.id = *id;
  EXPECT_EQ(WishRows(*db, *id), "1:101001/stx 2:147003/hf 3:101002/hhx ");

  application.content.wishes = {b, a, c};  // reordered
  ASSERT_TRUE(store::SaveApplication(*db, application).has_value());
  EXPECT_EQ(WishRows(*db, *id), "1:147003/hf 2:101001/stx 3:101002/hhx ");

  application.submitted = true;  // the same wishes: only the application's own row is written
  const std::int64_t changes_before = *db->QueryInt("SELECT total_changes()");
  ASSERT_TRUE(store::SaveApplication(*db, application).has_value());
  EXPECT_EQ(*db->QueryInt("SELECT total_changes()") - changes_before, 1);
  EXPECT_EQ(WishRows(*db, *id), "1:147003/hf 2:101001/stx 3:101002/hhx ");

  application.content.wishes = {c};  // fewer
  ASSERT_TRUE(store::SaveApplication(*db, application).has_value());
  EXPECT_EQ(WishRows(*db, *id), "1:101002/hhx ");

  application.content.wishes = {c, a};  // more again
  ASSERT_TRUE(store::SaveApplication(*db, application).has_value());
  EXPECT_EQ(WishRows(*db, *id), "1:101002/hhx 2:101001/stx ");

  application.content.wishes = {};
  ASSERT_TRUE(store::SaveApplication(*db, application).has_value());
  EXPECT_EQ(WishRows(*db, *id), "");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
