// Retention through real parts: a server records an application with an attachment and a school's
// pupils with their UPV; `optagelse retention` (dry run, the day before, the first allowed day)
// deletes exactly what is due and not a day early, audits each deletion, keeps the audit chain
// intact and leaves no byte of the attachment in the database file or its WAL; the server's own
// daily run deletes a pupil record at its boundary date by itself; an upload no claim names goes
// after a whole day.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "cpr/cpr_number.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/json.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

const std::string kMarker = "RETENTION-MARKER-7f3a9c";
const std::string kPdf = "%PDF-1.4\n% " + kMarker + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
const std::string kUnusedMarker = "UNUSED-UPLOAD-MARKER-41c2";
const std::string kUnusedPdf = "%PDF-1.4\n% " + kUnusedMarker + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

class RetentionJobTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    dataset_ = tools::GenerateDemoData({7, 30});
    std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset_));
    for (const auto& person : dataset_.persons) {
      const auto born = cpr::CheckCpr(person.cpr).birth_date;
      if (!person.guardians.empty() && born && *born > Date{2009, 3, 1}) minors_.push_back(person.cpr);
    }
    ASSERT_GE(minors_.size(), 3u);
    Start({"--now", "2027-02-10T10:00:00Z", "--today", "2027-02-10", "--retention", "off", "--demo-data", dir_ + "/demo.json"});
    RecordAnApplicationAndPupils();
    server_.reset();
  }
  void TearDown() override {
    if (HasFailure() && server_) std::cerr << "server output:\n" << server_->output() << "\n";
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  void Start(std::vector<std::string> args) {
    server_ = std::make_unique<ServerProcess>(std::move(args), dir_);
    ASSERT_TRUE(server_->started()) << server_->output();
  }

  void RecordAnApplicationAndPupils() {
    const int port = server_->port();
    const Headers me = LoginAsPerson(port, minors_[0]);
    const Answer uploaded = Post(port, "/api/v1/me/attachments", kPdf, "application/pdf", me);
    ASSERT_EQ(uploaded.status, 200) << uploaded.body;
    // A second upload that no claim ever names (the person changed their mind).
    ASSERT_EQ(Post(port, "/api/v1/me/attachments", kUnusedPdf, "application/pdf", me).status, 200);
    const std::string draft = R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}],)"
                              R"( "forrang": [{"wish": 1, "ground": "elite", "attachment": ")" + uploaded.json["sha256"].get<std::string>() +
                              R"("}], "contact": {"email": "a@b.dk"}}})";
    ASSERT_EQ(Put(port, "/api/v1/me/application", draft, me).status, 200);
    ASSERT_EQ(Post(port, "/api/v1/me/application/submit", R"({"version": 1})", "application/json", me).status, 200);

    const Headers school = LoginAs(port, "school", "101002");
    // Left grade 9 on 26 June 2026 (kept to 26 June 2028); left grade 10 the same day (to 26 June 2027).
    const std::string csv = "cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato;slutdato\n" + minors_[1] +
                            ";Ni Ende;101002;4800;9;9.B;2025-08-11;2026-06-26\n" + minors_[2] +
                            ";Ti Ende;101002;4800;10;10.A;2025-08-11;2026-06-26\n";
    const Answer report = Post(port, "/api/v1/schools/101002/pupil-reports", csv, "text/csv", school);
    ASSERT_EQ(report.status, 200) << report.body;
    ASSERT_EQ(report.json["accepted"], 2) << report.body;
    const std::string upv = R"({"cpr": ")" + minors_[1] + R"(", "standpunkt": {"dansk": [7], "matematik": [4]}, "personal": true, "social": true})" "\n" +
                            R"({"cpr": ")" + minors_[2] + R"(", "standpunkt": {"dansk": [7], "matematik": [4]}, "personal": true, "social": true})" "\n";
    const Answer imported = Post(port, "/api/v1/schools/101002/upv-import", upv, "application/x-ndjson", school);
    ASSERT_EQ(imported.status, 200) << imported.body;
  }

  std::int64_t Count(const std::string& sql) {
    auto db = store::Database::Open(dir_ + "/test.db");
    return *db->QueryInt(sql);
  }
  wire::Json Retention(const std::string& today, bool dry_run, int expected_exit = 0) {
    std::vector<std::string> argv{OPTAGELSE_CLI_BINARY, "retention", "--db", dir_ + "/test.db", "--today", today};
    if (dry_run) argv.push_back("--dry-run");
    std::string out;
    std::string errors;
    EXPECT_EQ(RunProgram(argv, out, errors), expected_exit) << errors;
    auto json = wire::ParseJson(out);
    return json ? *json : wire::Json();
  }
  static const wire::Json& Line(const wire::Json& report, const std::string& kind) {
    for (const auto& line : report["lines"]) {
      if (line["kind"] == kind) return line;
    }
    static const wire::Json none;
    ADD_FAILURE() << "no line " << kind << " in " << wire::Dump(report);
    return none;
  }
  // Every byte SQLite keeps for the database: the main file and its write-ahead log.
  std::string FileBytes() {
    std::string bytes;
    for (const std::string suffix : {"", "-wal"}) {
      std::ifstream file(dir_ + "/test.db" + suffix, std::ios::binary);
      bytes.append(std::istreambuf_iterator<char>(file), {});
    }
    return bytes;
  }
  std::int64_t StoredRows() {
    return Count("SELECT (SELECT count(*) FROM applications) + (SELECT count(*) FROM application_events) +"
                 " (SELECT count(*) FROM attachments) + (SELECT count(*) FROM pupils) + (SELECT count(*) FROM upv_assessments)");
  }

  std::string dir_;
  registry::Dataset dataset_;
  std::vector<std::string> minors_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(RetentionJobTest, NothingGoesADayEarlyAndADryRunChangesNothing) {
  const std::int64_t rows = StoredRows();
  const std::int64_t audit = Count("SELECT count(*) FROM audit_log");
  ASSERT_GT(rows, 5);

  const wire::Json dry = Retention("2027-10-31", true);
  EXPECT_EQ(dry["dry_run"], true);
  EXPECT_EQ(Line(dry, "applications")["admission_year"], 2027);
  EXPECT_EQ(Line(dry, "applications")["due"], 1);
  EXPECT_EQ(Line(dry, "applications")["delete_on"], "2027-10-31");  // 31 August + 2 months
  EXPECT_EQ(Line(dry, "attachments")["due"], 1);
  EXPECT_EQ(Line(dry, "unused_attachments")["due"], 1);
  EXPECT_EQ(Line(dry, "pupil_records")["due"], 1);  // the grade 10 pupil; grade 9 stays to 2028
  EXPECT_EQ(Line(dry, "pupil_records")["kept"], 1);
  EXPECT_EQ(StoredRows(), rows);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_log"), audit);
  EXPECT_EQ(dry.dump().find(minors_[0]), std::string::npos);  // the report names no one

  const wire::Json day_before = Retention("2027-10-30", false);
  EXPECT_EQ(Line(day_before, "applications")["due"], 0);
  EXPECT_EQ(Line(day_before, "applications")["kept"], 1);
  EXPECT_EQ(Count("SELECT count(*) FROM applications"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM attachments"), 1);  // the claim's document; the unused upload went
  // The grade 10 pupil's date (26 June 2027) had passed: that record alone went.
  EXPECT_EQ(Count("SELECT count(*) FROM pupils"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM upv_assessments"), 1);

  EXPECT_EQ(Line(Retention("2027-06-25", true), "pupil_records")["due"], 0);  // grade 10 the day before
}

TEST_F(RetentionJobTest, OnTheFirstAllowedDayApplicationDataGoesAuditedAndLeavesNoBytesBehind) {
  ASSERT_NE(FileBytes().find(kMarker), std::string::npos);  // positive control: the attachment is in the file
  const wire::Json done = Retention("2027-10-31", false);
  EXPECT_EQ(done["dry_run"], false);
  EXPECT_EQ(done["wal_truncated"], true);
  EXPECT_EQ(done["upv_assessments_deleted"], 1);
  for (const char* table : {"applications", "application_wishes", "application_events", "attachments"}) {
    EXPECT_EQ(Count(std::string("SELECT count(*) FROM ") + table), 0) << table;
  }
  EXPECT_EQ(Count("SELECT count(*) FROM pupils"), 1);
  EXPECT_EQ(FileBytes().find(kMarker), std::string::npos);  // secure_delete + checkpoint: really gone

  // One audit row per deletion, by the system, and the chain still verifies.
  EXPECT_EQ(Count("SELECT count(*) FROM audit_log WHERE action = 'delete (retention)' AND actor_role = 'system'"
                  " AND subject_cpr = '" + minors_[0] + "'"), 3);  // the application and both attachments
  EXPECT_EQ(Count("SELECT count(*) FROM audit_log WHERE action = 'delete (retention)' AND subject_cpr = '" + minors_[2] +
                  "' AND detail LIKE 'pupil record % with 1 UPV entries'"), 1);
  std::string report;
  std::string errors;
  EXPECT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "audit", "verify", "--db", dir_ + "/test.db"}, report, errors), 0) << report;

  // A second run on the same day finds nothing more.
  const wire::Json again = Retention("2027-10-31", false);
  EXPECT_EQ(again["audit_rows"], 0);
}

TEST_F(RetentionJobTest, TheServerRunsItDailyAtItsHour) {
  ASSERT_NE(FileBytes().find(kMarker), std::string::npos);
  ASSERT_NE(FileBytes().find("Ni Ende"), std::string::npos);
  // The server's clock two seconds before 03:00 on the day the grade 9 record's two years end.
  Start({"--now", "2028-06-26T02:59:58Z", "--retention", "03:00"});
  for (int i = 0; i < 100 && Count("SELECT count(*) FROM pupils WHERE cpr = '" + minors_[1] + "'") > 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(Count("SELECT count(*) FROM pupils"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM applications"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_log WHERE actor = 'daily retention' AND subject_cpr = '" + minors_[1] + "'"), 1);
  // While the server still has the database open, the bytes are gone from the file and its WAL.
  const std::string bytes = FileBytes();
  EXPECT_EQ(bytes.find(kMarker), std::string::npos);
  EXPECT_EQ(bytes.find("Ni Ende"), std::string::npos);
  server_->Stop();
  EXPECT_NE(server_->output().find("retention: {"), std::string::npos) << server_->output();  // the report is logged
}

TEST_F(RetentionJobTest, BadInvocationsChangeNothing) {
  const std::int64_t rows = StoredRows();
  std::string out;
  std::string errors;
  EXPECT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "retention", "--db", dir_ + "/test.db", "--today", "2027-13-01"}, out, errors), 2);
  EXPECT_NE(errors.find("--today"), std::string::npos);
  EXPECT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "retention", "--db", dir_ + "/missing.db"}, out, errors), 2);
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/missing.db"));
  EXPECT_EQ(StoredRows(), rows);
}


TEST_F(RetentionJobTest, AnUploadNoClaimNamesGoesAfterAWholeDayAuditedAndLeavesNoBytesBehind) {
  ASSERT_NE(FileBytes().find(kUnusedMarker), std::string::npos);  // positive control
  const std::int64_t applications = Count("SELECT count(*) FROM applications");
  // Uploaded on 10 February at 10:00: kept through the next day.
  const wire::Json next_day = Retention("2027-02-11", false);
  EXPECT_EQ(next_day["audit_rows"], 0);
  EXPECT_EQ(Count("SELECT count(*) FROM attachments"), 2);

  const wire::Json after = Retention("2027-02-12", false);
  EXPECT_EQ(Line(after, "unused_attachments")["due"], 1);
  EXPECT_EQ(Line(after, "attachments")["kept"], 1);  // the one the claim names stays with the application
  EXPECT_EQ(Count("SELECT count(*) FROM attachments"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM applications"), applications);
  EXPECT_EQ(FileBytes().find(kUnusedMarker), std::string::npos);
  EXPECT_NE(FileBytes().find(kMarker), std::string::npos);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_log WHERE action = 'delete (retention)' AND subject_cpr = '" + minors_[0] +
                  "' AND detail LIKE 'attachment %'"), 1);
  EXPECT_EQ(after.dump().find(minors_[0]), std::string::npos);  // the report names no one
}

}  // namespace
}  // namespace optagelse::testing
