// The `optagelse` command as a user runs it: one JSON object per line, the register verdict with
// --register, numbers from a file, and exit 0 for any number but 2 for a wrong invocation.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "cli/demo_generator.h"
#include "server_process.h"
#include "wire/json.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

std::vector<wire::Json> Lines(const std::string& text) {
  std::vector<wire::Json> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(*wire::ParseJson(line));
  return lines;
}

TEST(CprCheckCommand, PrintsOneJsonObjectPerNumber) {
  std::string out, err;
  ASSERT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "cpr", "check", "010190-1234", "0203291WQ3", "12", "6101104002"}, out, err), 0);
  const auto lines = Lines(out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], wire::Json::parse(R"({"input":"010190-1234","normalized":"0101901234","status":"valid-format",
      "reason":null,"birth_date":"1990-01-01","sex":"female","mod11":false})"));
  EXPECT_EQ(lines[1]["status"], "fictitious");
  EXPECT_EQ(lines[1]["reason"], "cpr_fictitious_letters");
  EXPECT_TRUE(lines[1]["mod11"].is_null());
  EXPECT_EQ(lines[2]["status"], "malformed");
  EXPECT_EQ(lines[2]["reason"], "cpr_wrong_length");
  EXPECT_TRUE(lines[2]["normalized"].is_null());
  EXPECT_EQ(lines[3]["reason"], "cpr_fictitious_day_plus60");
  EXPECT_EQ(lines[3]["birth_date"], "2010-01-01");
}

TEST(CprCheckCommand, ReadsAFileAndAsksTheRegister) {
  const std::string dir = MakeTempDir();
  auto dataset = tools::GenerateDemoData({9, 3});
  dataset.persons[0].administrative = true;
  std::ofstream(dir + "/register.json") << wire::Dump(wire::DatasetToJson(dataset));
  std::ofstream(dir + "/numbers.txt") << dataset.persons[0].cpr << "\r\n\n" << dataset.persons[1].cpr << "\n0101900002\n";
  std::string out, err;
  ASSERT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "cpr", "check", "--file", dir + "/numbers.txt", "--register",
                        dir + "/register.json"}, out, err), 0) << err;
  const auto lines = Lines(out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["register"], "administrative");
  EXPECT_EQ(lines[1]["register"], "registered");
  EXPECT_EQ(lines[2]["register"], "not-in-register");
  std::filesystem::remove_all(dir);
}

TEST(CprCheckCommand, AWrongInvocationExitsWithTwo) {
  std::string out, err;
  EXPECT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "cpr", "check"}, out, err), 2);
  EXPECT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "cpr", "check", "--file", "/no/such/file"}, out, err), 2);
  EXPECT_NE(RunProgram({OPTAGELSE_CLI_BINARY, "nonsense"}, out, err), 0);
}

TEST(DemoCommand, TheSameSeedGivesTheSameValidRegister) {
  std::string first, second, err;
  ASSERT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "demo", "--seed", "4", "--pupils", "20"}, first, err), 0);
  ASSERT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "demo", "--seed", "4", "--pupils", "20"}, second, err), 0);
  EXPECT_EQ(first, second);
  const auto dataset = wire::DatasetFromJson(*wire::ParseJson(first));
  ASSERT_TRUE(dataset.has_value());
  EXPECT_TRUE(registry::ValidateDataset(*dataset).empty());
  EXPECT_GE(dataset->persons.size(), 40u);  // 20 pupils and at least one guardian each
}

}  // namespace
}  // namespace optagelse::testing
