// Shared by the route walks: see route_walk.h.
#include "route_walk.h"

#include <filesystem>
#include <fstream>
#include <utility>

#include "cli/demo_generator.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {

std::string ExamplePath(std::string_view example) {
  std::string path(example);
  for (const auto& [placeholder, value] : {std::pair{"{school}", "101002"}, {"{institution}", "101001"},
                                           {"{region}", "1084"}, {"{municipality}", "101"}}) {
    if (const auto at = path.find(placeholder); at != std::string::npos) path.replace(at, std::string(placeholder).size(), value);
  }
  return path;
}

std::vector<Member> EveryRole(const std::string& citizen_cpr) {
  return {{auth::Role::kSchool, "101002"}, {auth::Role::kInstitution, "101001"}, {auth::Role::kCounsellor, "101"},
          {auth::Role::kRegion, "1084"}, {auth::Role::kCitizen, citizen_cpr}};
}

Headers LogIn(int port, const Member& member) {
  return member.role == auth::Role::kCitizen ? LoginAsPerson(port, member.organisation)
                                             : LoginAs(port, std::string(auth::RoleName(member.role)), member.organisation);
}

void RouteWalkTest::SetUp() {
  dir_ = MakeTempDir();
  const auto dataset = tools::GenerateDemoData({5, 10});
  citizen_ = dataset.persons.front().cpr;
  std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  std::vector<std::string> arguments{"--demo-data", dir_ + "/demo.json"};
  for (std::string& extra : ExtraArguments()) arguments.push_back(std::move(extra));
  server_ = std::make_unique<ServerProcess>(arguments, dir_);
  ASSERT_TRUE(server_->started()) << server_->output();
}

void RouteWalkTest::TearDown() {
  server_.reset();
  std::filesystem::remove_all(dir_);
}

}  // namespace optagelse::testing
