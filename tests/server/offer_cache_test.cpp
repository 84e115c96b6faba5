// The offer catalogue kept in memory (store/offer_cache.h): read once, handed out again while
// nothing changed, read again after any change to institutions or their programmes - by this
// connection or another - and never left holding what a rolled-back transaction wrote.
#include <filesystem>

#include <gtest/gtest.h>

#include "server_process.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/offer_cache.h"

namespace optagelse::testing {
namespace {

class OfferCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    auto db = store::Database::Open(Path());
    ASSERT_TRUE(db.has_value());
    db_.emplace(std::move(*db));
    ASSERT_TRUE(store::Migrate(*db_).has_value());
    Run("INSERT INTO institutions (number, name, municipality_code, kind) VALUES ('101001', 'Nordby Gymnasium', 101, 'gym');"
        "INSERT INTO institution_programmes (institution_number, programme) VALUES ('101001', 'stx');");
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::string Path() const { return dir_ + "/offers.db"; }
  void Run(const char* sql) { ASSERT_TRUE(db_->Execute(sql).has_value()) << sql; }
  std::shared_ptr<const applications::OfferCatalog> Current() {
    auto catalog = cache_.Current(*db_);
    EXPECT_TRUE(catalog.has_value());
    return catalog ? *catalog : nullptr;
  }

  std::string dir_;
  std::optional<store::Database> db_;
  store::OfferCache cache_;
};

TEST_F(OfferCacheTest, IsReadOnceWhileNothingChanges) {
  const auto first = Current();
  ASSERT_NE(first, nullptr);
  ASSERT_EQ(first->offers().size(), 1u);
  EXPECT_EQ(first->offers()[0].institution_name, "Nordby Gymnasium");
  Run("INSERT INTO persons (cpr, name, municipality_code) VALUES ('0101101234', 'Anna', 101)");  // not an offer
  EXPECT_EQ(Current(), first);
  EXPECT_EQ(cache_.reloads(), 1);
}

TEST_F(OfferCacheTest, EveryKindOfChangeToTheCatalogueIsSeen) {
  ASSERT_EQ(Current()->offers().size(), 1u);
  Run("INSERT INTO institution_programmes (institution_number, programme) VALUES ('101001', 'hhx')");
  EXPECT_EQ(Current()->offers().size(), 2u);
  Run("UPDATE institution_programmes SET open = 0 WHERE programme = 'hhx'");
  EXPECT_FALSE(Current()->Find("101001", "hhx")->open);
  Run("UPDATE institutions SET name = 'Nordby Gymnasium og HF'");
  EXPECT_EQ(Current()->offers()[0].institution_name, "Nordby Gymnasium og HF");
  Run("DELETE FROM institution_programmes WHERE programme = 'stx'");
  EXPECT_EQ(Current()->Find("101001", "stx"), nullptr);
  Run("DELETE FROM institution_programmes; DELETE FROM institutions");
  EXPECT_TRUE(Current()->offers().empty());
  EXPECT_EQ(cache_.reloads(), 6);
}

TEST_F(OfferCacheTest, AChangeByAnotherConnectionIsSeen) {
  ASSERT_EQ(Current()->offers().size(), 1u);
  {
    auto other = store::Database::Open(Path());
    ASSERT_TRUE(other.has_value());
    ASSERT_TRUE(other->Execute("INSERT INTO institution_programmes (institution_number, programme) VALUES ('101001', 'htx')").has_value());
  }
  EXPECT_NE(Current()->Find("101001", "htx"), nullptr);
}

TEST_F(OfferCacheTest, WhatARolledBackTransactionWroteIsNotKept) {
  ASSERT_EQ(Current()->offers().size(), 1u);
  {
    auto transaction = store::Transaction::Begin(*db_);
    ASSERT_TRUE(transaction.has_value());
    Run("INSERT INTO institution_programmes (institution_number, programme) VALUES ('101001', 'hhx')");
    EXPECT_EQ(Current()->offers().size(), 2u);  // the transaction sees its own change
  }  // rolled back
  EXPECT_EQ(Current()->offers().size(), 1u);
  Run("INSERT INTO institution_programmes (institution_number, programme) VALUES ('101001', 'htx')");
  const auto after = Current();
  EXPECT_NE(after->Find("101001", "htx"), nullptr);
  EXPECT_EQ(after->Find("101001", "hhx"), nullptr);
}

}  // namespace
}  // namespace optagelse::testing
