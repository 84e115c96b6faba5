// The fixture most server tests share: generated demo data in a temp folder, a real server on it
// at a given moment (--now and --today), restarted on the same database to move past a deadline,
// its output shown when a test fails, and the folder removed afterwards.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cli/demo_generator.h"
#include "registry/registry_types.h"
#include "server_process.h"

namespace optagelse::testing {

class DemoServerTest : public ::testing::Test {
 protected:
  // Generates the demo data (seed, pupils) into the folder; a test then calls Start.
  void MakeDemoData(tools::DemoOptions options);
  // (Re)starts the server on the folder's database at `now` (ISO instant); the demo data is loaded
  // when `load_demo` (the first start).
  void Start(const std::string& now, bool load_demo, std::vector<std::string> extra = {});
  void TearDown() override;

  int Port() const { return server_->port(); }
  std::int64_t Count(const std::string& sql) const;

  std::string dir_;
  registry::Dataset dataset_;
  std::unique_ptr<ServerProcess> server_;
};

}  // namespace optagelse::testing
