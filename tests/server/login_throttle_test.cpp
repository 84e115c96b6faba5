// Login rate limiting through the real server, with clients at several addresses (the server
// trusts the loopback "proxy" to name them in X-Forwarded-For, as --trusted-proxy does for a real
// one): past the per-address limit every attempt from that address is refused, good or bad; a
// person over their limit is refused only to an address that has failed a login, with a 429, a
// Retry-After and a coded error, and opens no session; nonsense in someone's name never counts
// against them; and without --trusted-proxy, X-Forwarded-For changes nothing.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <httplib.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

class LoginThrottleTest : public ::testing::Test {
 protected:
  void Start(std::vector<std::string> extra) {
    dir_ = MakeTempDir();
    dataset_ = tools::GenerateDemoData({7, 10});
    std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset_));
    // The clock starts on a minute, so the whole test falls in one window.
    std::vector<std::string> args{"--now", "2027-02-10T10:00:00Z", "--demo-data", dir_ + "/demo.json", "--retention", "off",
                                  "--logins-per-person", "3", "--logins-per-address", "8"};
    args.insert(args.end(), extra.begin(), extra.end());
    server_ = std::make_unique<ServerProcess>(args, dir_);
    ASSERT_TRUE(server_->started()) << server_->output();
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  httplib::Result LogIn(const std::string& from, const std::string& body) {
    httplib::Client client("127.0.0.1", server_->port());
    return client.Post("/api/v1/session", {{"X-Forwarded-For", "198.51.100.200, " + from}}, body, "application/json");
  }
  httplib::Result Citizen(const std::string& from, const std::string& cpr) {
    return LogIn(from, R"({"role": "citizen", "cpr": ")" + cpr + R"("})");
  }
  std::string dir_;
  registry::Dataset dataset_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(LoginThrottleTest, APersonOverTheLimitIsRefusedOnlyToAnAddressThatHasFailed) {
  Start({"--trusted-proxy", "127.0.0.1"});
  const std::string person = dataset_.persons[0].cpr;
  const std::string attacker = "203.0.113.7", owner = "192.0.2.10";
  EXPECT_EQ(Citizen(attacker, "0101004321")->status, 400);  // not in the register: the attacker has failed
  for (int i = 0; i < 3; ++i) ASSERT_EQ(Citizen(attacker, person)->status, 200);
  const auto refused = Citizen(attacker, person);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 429);
  EXPECT_FALSE(refused->get_header_value("Retry-After").empty());
  EXPECT_TRUE(refused->get_header_value("Set-Cookie").empty());
  const auto error = wire::ParseJson(refused->body);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ((*error)["errors"][0]["name"], "too_many_attempts");
  EXPECT_EQ((*error)["errors"][0]["field"], "session");
  EXPECT_FALSE((*error)["errors"][0]["message"]["da"].get<std::string>().empty());
  EXPECT_FALSE((*error)["errors"][0]["message"]["en"].get<std::string>().empty());
  // The person themself, from an address that has not failed, is not locked out.
  EXPECT_EQ(Citizen(owner, person)->status, 200);
  auto db = store::Database::Open(server_->database());
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM sessions"), 4);  // only the accepted logins opened one
}

TEST_F(LoginThrottleTest, NonsenseInSomeonesNameNeverCountsAgainstThem) {
  Start({"--trusted-proxy", "127.0.0.1", "--logins-per-address", "100"});
  const std::string person = dataset_.persons[1].cpr;
  const std::string school = "101002";
  for (int i = 0; i < 10; ++i) {
    EXPECT_EQ(LogIn("203.0.113.8", R"({"role": "bogus", "cpr": ")" + person + R"("})")->status, 400);
    EXPECT_EQ(LogIn("203.0.113.8", R"({"role": "bogus", "organisation": ")" + school + R"("})")->status, 400);
    EXPECT_EQ(LogIn("203.0.113.8", R"({"role": "citizen", "cpr": ")" + person + std::string(100, 'x') + R"("})")->status, 400);
  }
  EXPECT_EQ(Citizen("192.0.2.11", person)->status, 200);
  EXPECT_EQ(LogIn("192.0.2.12", R"({"role": "school", "organisation": ")" + school + R"("})")->status, 200);
  EXPECT_EQ(Citizen("203.0.113.8", person)->status, 200) << "malformed attempts did not count against the person";
}

TEST_F(LoginThrottleTest, AnAddressOverItsLimitIsRefusedWhoeverItNames) {
  Start({"--trusted-proxy", "127.0.0.1"});
  for (int i = 0; i < 8; ++i) ASSERT_EQ(Citizen("203.0.113.9", dataset_.persons[i % 5].cpr)->status, 200);
  EXPECT_EQ(Citizen("203.0.113.9", dataset_.persons[6].cpr)->status, 429);
  EXPECT_EQ(Citizen("192.0.2.13", dataset_.persons[6].cpr)->status, 200) << "other clients behind the proxy go on";
}

TEST_F(LoginThrottleTest, WithoutATrustedProxyXForwardedForIsIgnored) {
  Start({});
  for (int i = 0; i < 8; ++i) ASSERT_EQ(Citizen("203.0.113." + std::to_string(i), dataset_.persons[i % 5].cpr)->status, 200);
  EXPECT_EQ(Citizen("203.0.113.99", dataset_.persons[6].cpr)->status, 429) << "every one of them was 127.0.0.1";
}

}  // namespace
}  // namespace optagelse::testing
