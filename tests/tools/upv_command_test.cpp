// `optagelse upv` as a user runs it: one JSON line per pupil in the order given, reasons per track,
// bad lines answered with their code and line number while the rest go on, and more lines than one
// batch so the parallel path keeps the order.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "server_process.h"
#include "wire/json.h"

namespace optagelse::testing {
namespace {

std::vector<wire::Json> JsonLines(const std::string& text) {
  std::vector<wire::Json> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(*wire::ParseJson(line));
  return lines;
}

TEST(UpvCommand, AssessesEachLineAndReportsBadOnes) {
  const std::string dir = MakeTempDir();
  std::ofstream(dir + "/pupils.jsonl")
      << R"({"id": "amir", "grade_level": 9, "standpunkt": {"dansk": [10, "00"], "matematik": ["02"], "engelsk": [7]}, "personal": true, "social": true})"
      << "\n\n"
      << R"({"id": 2, "grade_level": 8, "standpunkt": {"dansk": [7]}, "personal": true})" << "\n"
      << R"({"id": 3, "grade_level": 9, "standpunkt": {"matematik": [5]}})" << "\r\n"
      << "not json\n";
  std::string out, err;
  ASSERT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "upv", "--rules", "2023", "--in", dir + "/pupils.jsonl", "--lang", "en"}, out, err), 0) << err;
  const auto lines = JsonLines(out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0]["id"], "amir");
  EXPECT_EQ(lines[0]["provisional"], false);
  EXPECT_EQ(lines[0]["tracks"]["eud"]["ready"], true);
  EXPECT_EQ(lines[0]["tracks"]["hf"]["ready"], true);
  EXPECT_EQ(lines[0]["tracks"]["gym"]["ready"], false);
  EXPECT_EQ(lines[0]["tracks"]["gym"]["reasons"][0]["text"], "average of all grades 4.8 < 5.0");
  EXPECT_EQ(lines[1]["provisional"], true);
  EXPECT_EQ(lines[1]["tracks"]["eud"]["reasons"][2]["kind"], "prerequisite_not_assessed");
  EXPECT_EQ(lines[2]["id"], 3);
  EXPECT_EQ(lines[2]["error"], 5000);
  EXPECT_EQ(lines[2]["field"], "standpunkt.matematik");
  EXPECT_EQ(lines[2]["line"], 4);
  EXPECT_EQ(lines[3]["error"], 1005);
  EXPECT_TRUE(lines[3]["id"].is_null());
  std::filesystem::remove_all(dir);
}

TEST(UpvCommand, KeepsTheInputOrderAcrossBatches) {
  const std::string dir = MakeTempDir();
  {
    std::ofstream file(dir + "/many.jsonl");
    for (int i = 0; i < 40000; ++i) {
      file << "{\"id\":" << i << ",\"grade_level\":9,\"standpunkt\":{\"dansk\":[" << (i % 2 ? 7 : 0)
           << "],\"matematik\":[4]},\"personal\":true,\"social\":true}\n";
    }
  }
  std::string out, err;
  ASSERT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "upv", "--rules", "2023", "--in", dir + "/many.jsonl", "--lang", "none"}, out, err), 0);
  const auto lines = JsonLines(out);
  ASSERT_EQ(lines.size(), 40000u);
  for (int i = 0; i < 40000; i += 997) {
    EXPECT_EQ(lines[static_cast<std::size_t>(i)]["id"], i);
    EXPECT_EQ(lines[static_cast<std::size_t>(i)]["tracks"]["eud"]["ready"], i % 2 == 1);
  }
  std::filesystem::remove_all(dir);
}

TEST(UpvCommand, AnUnknownYearIsAWrongInvocation) {
  std::string out, err;
  EXPECT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "upv", "--rules", "2010", "--in", "-"}, out, err), 2);
  EXPECT_NE(err.find("2010"), std::string::npos);
}

}  // namespace
}  // namespace optagelse::testing
