// The typed-answer codec (wire/field_codec.h): an answer written and read back is the same value;
// a member of the wrong type, a missing one or a number out of range is named by its path; null or
// absent optional members are empty; members a reader does not know are ignored.
#include <gtest/gtest.h>

#include "wire/attachment_answers.h"
#include "wire/audit_answers.h"
#include "wire/demo_answers.h"
#include "wire/staff_answers.h"

namespace optagelse::wire {
namespace {

TEST(FieldCodec, WhatIsWrittenReadsBackTheSame) {
  const DemoPeople people{{{"0101101234", "Emil Hansen", 101, {"0101801234", std::nullopt}},
                           {"0202101234", std::nullopt, 851, {"0202801234", "Søren Ærø"}}}};
  const Json json = EncodeAnswer(people);
  EXPECT_TRUE(json["people"][1]["name"].is_null());
  EXPECT_EQ(json["people"][1]["guardian"]["name"], "Søren Ærø");
  auto back = DecodeAnswerText<DemoPeople>(Dump(json));
  ASSERT_TRUE(back);
  ASSERT_EQ(back->people.size(), 2u);
  EXPECT_EQ(back->people[0].name, "Emil Hansen");
  EXPECT_EQ(back->people[1].municipality_code, 851);
  EXPECT_FALSE(back->people[0].guardian.name.has_value());
  EXPECT_EQ(Dump(EncodeAnswer(*back)), Dump(json));
}

TEST(FieldCodec, AWrongMemberIsNamedByItsPath) {
  const struct {
    const char* body;
    ErrorCode code;
    const char* field;
  } cases[] = {
      {R"({"attachments": [{"sha256": "a", "media_type": "x", "size": "12", "file_name": "", "uploaded_at": ""}]})",
       ErrorCode::kWrongFieldType, "attachments[0].size"},
      {R"({"attachments": [{"sha256": "a", "media_type": "x", "size": 1, "file_name": "", "uploaded_at": ""},
                           {"sha256": "b", "media_type": "x", "size": 1, "file_name": ""}]})",
       ErrorCode::kMissingField, "attachments[1].uploaded_at"},
      {R"({"attachments": {}})", ErrorCode::kWrongFieldType, "attachments"},
      {R"({})", ErrorCode::kMissingField, "attachments"},
      {R"([])", ErrorCode::kWrongFieldType, ""},
      {R"({"attachments": [{"sha256": 5}]})", ErrorCode::kWrongFieldType, "attachments[0].sha256"},
      {R"({"attachments": [)", ErrorCode::kInvalidJson, ""},
  };
  for (const auto& c : cases) {
    auto read = DecodeAnswerText<AttachmentList>(c.body);
    ASSERT_FALSE(read) << c.body;
    EXPECT_EQ(read.error().code, c.code) << c.body;
    if (c.code != ErrorCode::kInvalidJson) {
      EXPECT_EQ(read.error().field, c.field) << c.body;
    }
  }
}

TEST(FieldCodec, NumbersMustFitTheirMember) {
  const std::string person = R"({"people": [{"cpr": "1", "name": null, "guardian": {"cpr": "2"}, "municipality_code": )";
  EXPECT_TRUE(DecodeAnswerText<DemoPeople>(person + "2147483647}]}"));
  for (const char* number : {"2147483648", "-2147483649", "1.5", "18446744073709551615", "true", "\"7\""}) {
    auto read = DecodeAnswerText<DemoPeople>(person + number + "}]}");
    ASSERT_FALSE(read) << number;
    EXPECT_EQ(read.error().field, "people[0].municipality_code") << number;
  }
  // A 64-bit member takes every signed 64-bit number and nothing above.
  const std::string attachment = R"({"attachments": [{"sha256": "a", "media_type": "x", "file_name": "", "uploaded_at": "", "size": )";
  EXPECT_TRUE(DecodeAnswerText<AttachmentList>(attachment + "9223372036854775807}]}"));
  EXPECT_FALSE(DecodeAnswerText<AttachmentList>(attachment + "9223372036854775808}]}"));
}

TEST(FieldCodec, OptionalMembersMayBeNullOrAbsentAndUnknownOnesAreIgnored) {
  auto read = DecodeAnswerText<AuditTrailSeen>(
      R"({"entries": [{"at": "2027-02-10T10:00:00Z", "actor_role": "citizen", "actor": "self", "action": "read application",
                       "detail": "", "added_later": {"x": 1}},
                      {"at": "t", "actor_role": "school", "actor": "101001", "actor_name": "Skolen", "action": "a", "detail": ""}],
          "next_page": null})");
  ASSERT_TRUE(read) << read.error().field;
  ASSERT_EQ(read->entries.size(), 2u);
  EXPECT_FALSE(read->entries[0].actor_name.has_value());
  EXPECT_EQ(read->entries[1].actor_name, "Skolen");
  auto wrong = DecodeAnswerText<AuditTrailSeen>(
      R"({"entries": [{"at": "t", "actor_role": "s", "actor": "1", "actor_name": 7, "action": "a", "detail": ""}]})");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().field, "entries[0].actor_name");
}

TEST(FieldCodec, AnInlineMemberIsWrittenAndReadAtItsOwnLevel) {
  StaffApplication entry;
  entry.application.id = 42;
  entry.application.status = "submitted";
  entry.application.content = Json{{"wishes", Json::array()}};
  entry.applicant = {"0101101234", std::nullopt, true};
  entry.ranks_here = std::vector<int>{1, 3};
  const Json json = EncodeAnswer(entry);
  EXPECT_EQ(json["id"], 42);  // the application's members beside the entry's own
  EXPECT_EQ(json["status"], "submitted");
  EXPECT_EQ(json["applicant"]["cpr"], "0101101234");
  EXPECT_FALSE(json.contains("application"));
  auto back = DecodeAnswer<StaffApplication>(json);
  ASSERT_TRUE(back) << back.error().field;
  EXPECT_EQ(back->application.id, 42);
  EXPECT_EQ(back->ranks_here, (std::vector<int>{1, 3}));
  auto wrong = DecodeAnswerText<InstitutionInbox>(R"({"admission_year": 2027, "applications": [{"id": "42"}]})");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().field, "applications[0].id");  // an inline member's path is its container's
  std::string table;
  DescribeAnswer<InstitutionInbox>("", table);
  EXPECT_NE(table.find("| `applications[].id` |"), std::string::npos) << table;
  EXPECT_NE(table.find("| `applications[].applicant.cpr` |"), std::string::npos) << table;
}

TEST(FieldCodec, TheShapeIsDescribedMemberByMember) {
  std::string table;
  DescribeAnswer<DemoPeople>("", table);
  EXPECT_NE(table.find("| `people` | list of object |"), std::string::npos) << table;
  EXPECT_NE(table.find("| `people[].name` | text or null |"), std::string::npos) << table;
  EXPECT_NE(table.find("| `people[].guardian.cpr` | text |"), std::string::npos) << table;
  EXPECT_NE(table.find("| `people[].municipality_code` | whole number |"), std::string::npos) << table;
}

}  // namespace
}  // namespace optagelse::wire
