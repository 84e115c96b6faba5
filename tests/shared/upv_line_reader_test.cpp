// The fast batch-line reader reads exactly what the general reader reads, or declines: compared on
// generated lines, mutated lines and the shapes schools' systems write.
#include <gtest/gtest.h>

#include <random>

#include "wire/upv_line_reader.h"
#include "wire/upv_wire.h"

namespace optagelse::wire {
namespace {

std::optional<std::pair<upv::UpvInput, std::string>> ReadGeneral(std::string_view line) {
  auto json = ParseJson(line);
  if (!json) return std::nullopt;
  auto input = UpvInputFromJson(*json);
  if (!input) return std::nullopt;
  const Json id = json->contains("id") ? (*json)["id"] : Json(nullptr);
  return std::pair{*input, Dump(id)};
}

void ExpectSameOrDeclined(const std::string& line) {
  const auto fast = TryReadUpvLineFast(line);
  if (!fast) return;
  const auto general = ReadGeneral(line);
  ASSERT_TRUE(general.has_value()) << "fast reader accepted what the general one refuses: " << line;
  EXPECT_EQ(fast->input, general->first) << line;
  EXPECT_EQ(fast->raw_id, general->second) << line;
}

TEST(UpvLineReader, ReadsThePlainShapeLikeTheGeneralReader) {
  const std::string lines[] = {
      R"({"id": 1, "grade_level": 9, "standpunkt": {"dansk": [7, "02"], "matematik": 4}, "personal": true, "social": false})",
      R"({"grade_level":8,"standpunkt":{"Matematik":[-3,0,2],"dansk":[]},"exam":{"dansk_skriftlig":12},"practical":null})",
      R"(  {"id":"elev-7","grade_level":10,"standpunkt":{"idræt":["12"], "håndværk_og_design": [10]}}  )",
      R"({"id":null,"grade_level":101})",
  };
  for (const std::string& line : lines) {
    ASSERT_TRUE(TryReadUpvLineFast(line).has_value()) << line;
    ExpectSameOrDeclined(line);
  }
}

TEST(UpvLineReader, DeclinesWhatItDoesNotHandle) {
  for (const char* line : {R"({"grade_level": 9, "other": 1})", R"({"grade_level": 9.0})", R"({"grade_level": 9, "grade_level": 8})",
                           R"({"grade_level": 9, "standpunkt": {"dansk": [2.5]}})", R"({"grade_level": 9, "standpunkt": {"dansk": ["B"]}})",
                           R"({"id": "a\"b", "grade_level": 9})", R"({"id": 1e3, "grade_level": 9})", R"({"grade_level": 9} x)",
                           R"({"standpunkt": {}})", R"({"grade_level": 9, "standpunkt": {"a": [1], "a": [2]}})", "{\"id\": \"\xC3\", \"grade_level\": 9}"}) {
    EXPECT_FALSE(TryReadUpvLineFast(line).has_value()) << line;
  }
}

TEST(UpvLineReader, MutatedLinesAreReadTheSameOrDeclined) {
  const std::string base =
      R"({"id": 42, "grade_level": 9, "standpunkt": {"dansk": [7, "02", 4], "matematik": [10, 0]}, "exam": {"naturfag": 7}, "personal": true, "social": false, "practical": true})";
  std::mt19937 random(7);
  const std::string alphabet = "{}[]\",:0123456789-. truefalsn\\aæ";
  for (int round = 0; round < 20000; ++round) {
    std::string line = base;
    const int edits = 1 + static_cast<int>(random() % 3);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = random() % line.size();
      switch (random() % 3) {
        case 0: line.erase(at, 1); break;
        case 1: line.insert(at, 1, alphabet[random() % alphabet.size()]); break;
        default: line[at] = alphabet[random() % alphabet.size()]; break;
      }
    }
    ExpectSameOrDeclined(line);
  }
}

}  // namespace
}  // namespace optagelse::wire
