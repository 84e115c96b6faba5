// What the tests that walk the route table (server/routes/api_routes.h) share: the concrete path of
// a table entry's example, one logged-in member of every role, and a server on demo data.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "api_client.h"
#include "auth/session.h"
#include "server_process.h"

namespace optagelse::testing {

// The example path with its placeholders filled: {school} 101002, {institution} 101001,
// {region} 1084, {municipality} 101 - organisations in every generated demo data set.
std::string ExamplePath(std::string_view example);

struct Member {
  auth::Role role;
  std::string organisation;  // the CPR number for a citizen
};

// Staff of the example school, institution, municipality and region, and the given citizen.
std::vector<Member> EveryRole(const std::string& citizen_cpr);
Headers LogIn(int port, const Member& member);

// A real server on demo data (seed 5, 10 pupils) in a temp folder; citizen_ is its first person.
class RouteWalkTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  // More server arguments; may write files into dir_ first.
  virtual std::vector<std::string> ExtraArguments() { return {}; }

  std::string dir_, citizen_;
  std::unique_ptr<ServerProcess> server_;
};

}  // namespace optagelse::testing
