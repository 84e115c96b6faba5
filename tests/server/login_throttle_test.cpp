// Login rate limiting through the real server: past the per-person limit a CPR number gets 429 with
// a Retry-After and a JSON error (code, field, Danish and English) while another person still logs
// in; past the per-address limit every attempt from that address is refused, good or bad; a refused
// attempt opens no session.
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

TEST(LoginThrottle, PerPersonAndPerAddressLimitsAnswer429AndOpenNoSession) {
  const std::string dir = MakeTempDir();
  const registry::Dataset dataset = tools::GenerateDemoData({7, 10});
  std::ofstream(dir + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  // The clock starts on a minute, so the whole test falls in one window.
  ServerProcess server({"--now", "2027-02-10T10:00:00Z", "--demo-data", dir + "/demo.json", "--retention", "off", "--logins-per-person", "3", "--logins-per-address", "8"}, dir);
  ASSERT_TRUE(server.started()) << server.output();
  httplib::Client client("127.0.0.1", server.port());
  auto login = [&](const std::string& cpr) {
    return client.Post("/api/v1/session", R"({"role": "citizen", "cpr": ")" + cpr + R"("})", "application/json");
  };
  const std::string first = dataset.persons[0].cpr;
  const std::string second = dataset.persons[1].cpr;
  for (int i = 0; i < 3; ++i) ASSERT_EQ(login(first)->status, 200);
  const auto refused = login(first);
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
  EXPECT_EQ(login(second)->status, 200);  // another person is not held up

  // From this address: five attempts so far (a refused one counts too); the 6th to 8th pass, the 9th
  // is refused whoever it names.
  EXPECT_EQ(login(second)->status, 200);
  EXPECT_EQ(login(second)->status, 200);
  EXPECT_EQ(login(dataset.persons[2].cpr)->status, 200);
  EXPECT_EQ(login(dataset.persons[3].cpr)->status, 429);
  auto db = store::Database::Open(server.database());
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM sessions"), 7);  // only the accepted logins opened one
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
