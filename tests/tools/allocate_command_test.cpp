// `optagelse allocate` as a user runs it: a result file with assignments, unplaced applicants with
// reasons and cutoffs; the same seed gives the same bytes; a malformed input names the bad field's
// path, exits with 2 and writes no file.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "server_process.h"
#include "wire/json.h"

namespace optagelse::testing {
namespace {

constexpr const char* kInput = R"({"rule_set": "2023", "seed": 42,
  "programmes": [{"id": "101001-stx", "institution": "101001", "programme": "stx", "capacity": 1},
                 {"id": "101003-stx", "institution": "101003", "programme": "stx", "capacity": 1}],
  "applicants": [
    {"id": "a1", "wishes": [{"programme": "101001-stx"}], "travel_minutes": {"101001": 31, "101003": 40}},
    {"id": "a2", "wishes": [{"programme": "101001-stx"}], "travel_minutes": {"101001": 24, "101003": 44}},
    {"id": "a3", "wishes": [{"programme": "101001-stx"}], "travel_minutes": {"101001": 24, "101003": 90}},
    {"id": "a4", "wishes": []}]})";

std::string ReadFile(const std::string& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

TEST(AllocateCommand, WritesTheResultAndTheSameSeedGivesTheSameBytes) {
  const std::string dir = MakeTempDir();
  std::ofstream(dir + "/in.json") << kInput;
  std::string out, err;
  ASSERT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "allocate", "--in", dir + "/in.json", "--out", dir + "/out.json", "--explain"}, out, err), 0) << err;
  const auto result = *wire::ParseJson(ReadFile(dir + "/out.json"));
  EXPECT_EQ(result["stable"], true);
  ASSERT_EQ(result["assignments"].size(), 2u);
  // a2 and a3 tie on rank and minutes: the seed's lottery decides; the loser goes to the nearest seat.
  const auto& first = result["assignments"][0];
  EXPECT_EQ(first["programme"], first["applicant"] == "a1" ? "101003-stx" : "101001-stx");
  ASSERT_EQ(result["unplaced"].size(), 2u);
  EXPECT_EQ(result["cutoffs"][0]["filled"], 1);
  ASSERT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "allocate", "--in", dir + "/in.json", "--out", dir + "/again.json", "--explain"}, out, err), 0);
  EXPECT_EQ(ReadFile(dir + "/out.json"), ReadFile(dir + "/again.json"));
  std::filesystem::remove_all(dir);
}

TEST(AllocateCommand, AMalformedInputNamesThePathAndWritesNothing) {
  const std::string dir = MakeTempDir();
  std::string input = kInput;
  input.replace(input.find("\"capacity\": 1"), 13, "\"capacity\": \"many\"");
  std::ofstream(dir + "/in.json") << input;
  std::string out, err;
  EXPECT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "allocate", "--in", dir + "/in.json", "--out", dir + "/out.json"}, out, err), 2);
  EXPECT_NE(err.find("programmes[0].capacity"), std::string::npos) << err;
  EXPECT_FALSE(std::filesystem::exists(dir + "/out.json"));
  std::ofstream(dir + "/in.json") << std::string(kInput).replace(std::string(kInput).find("101001-stx\"}], \"travel_minutes\": {\"101001\": 31"), 10, "999999-stx");
  EXPECT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "allocate", "--in", dir + "/in.json", "--out", dir + "/out.json"}, out, err), 2);
  EXPECT_NE(err.find("applicants[0].wishes[0].programme"), std::string::npos) << err;
  EXPECT_FALSE(std::filesystem::exists(dir + "/out.json"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
