// The shared server-test fixture: see demo_server_test.h.
#include "demo_server_test.h"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {

void DemoServerTest::MakeDemoData(tools::DemoOptions options) {
  dir_ = MakeTempDir();
  dataset_ = tools::GenerateDemoData(options);
  std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset_));
}

void DemoServerTest::Start(const std::string& now, bool load_demo, std::vector<std::string> extra) {
  server_.reset();
  std::vector<std::string> args{"--now", now, "--today", now.substr(0, 10)};
  if (load_demo) args.insert(args.end(), {"--demo-data", dir_ + "/demo.json"});
  args.insert(args.end(), extra.begin(), extra.end());
  server_ = std::make_unique<ServerProcess>(args, dir_);
  ASSERT_TRUE(server_->started()) << server_->output();
}

void DemoServerTest::TearDown() {
  if (HasFailure() && server_) std::cerr << "server output:\n" << server_->output() << "\n";
  server_.reset();
  if (!dir_.empty()) std::filesystem::remove_all(dir_);
}

std::int64_t DemoServerTest::Count(const std::string& sql) const { return *store::Database::Open(server_->database())->QueryInt(sql); }

}  // namespace optagelse::testing
